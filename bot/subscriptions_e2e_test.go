package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

// The "done when": an administrator subscribes a group, a channel and a private chat
// with the bot's commands; a knowledge-base change and an announcement then reach each of
// them once, in its language.
func TestSubscriptions_GroupChannelAndPrivateChatGetChangesAndAnnouncements(t *testing.T) {
	ctx := context.Background()
	api := fakeapi.New(t)
	rs := newOutbox(t)
	r := startDelivering(t, api, rs, nil)
	const group, channel, admin = -100700, -100800, 70
	api.SetMember(group, admin, fakeapi.Member{Status: "creator"})
	api.SetChat(fakeapi.Chat{ID: channel, Type: "channel", Title: "Corridor News", Username: "corridor_news"})
	api.SetMember(channel, admin, fakeapi.Member{Status: "administrator"})
	api.SetMember(channel, fakeapi.BotID, fakeapi.Member{Status: "administrator", CanPostMessages: true})

	// The admin writes in Russian; the group is subscribed in Kazakh, the channel in English.
	// The language is the user's choice (/lang), taken by each subscription when it is made.
	steps := []struct {
		update tgbotapi.Update
		want   string
	}{
		{fakeapi.PrivateText(admin, "ru", "/subscribe trade"), "Подписка оформлена"},
		{fakeapi.GroupText(group, admin, "/lang kk"), ""},
		{fakeapi.GroupText(group, admin, "/subscribe trade"), "Жазылым ресімделді"},
		{fakeapi.PrivateText(admin, "kk", "/lang en"), ""},
		{fakeapi.PrivateText(admin, "en", "/subscribe @corridor_news trade"), "Channel @corridor_news is subscribed"},
	}
	for i, s := range steps {
		api.Push(s.update)
		got := waitText(t, api, i+1)
		if s.want != "" && !strings.Contains(got, s.want) {
			t.Fatalf("step %d: %q; want %q", i, got, s.want)
		}
	}
	sent := len(api.CallsOf("sendMessage"))

	// The knowledge base changes: the fact is announced to the three chats.
	h := r.bot.h
	news := handlers.News{Subs: rs, Outbox: rs, Changes: rs}
	if _, err := h.Announce(ctx, news, time.Now()); err != nil { // the baseline
		t.Fatal(err)
	}
	var fact *knowledge.Fact
	for _, f := range h.Engine().KB().Facts {
		if f.Topic == "trade" {
			fact = f
			break
		}
	}
	kb, _ := knowledge.Load(knowledge.Embedded())
	revised := kb.Fact(fact.ID)
	revised.Text.Set(knowledge.EN, revised.Text.In(knowledge.EN)+" (revised)")
	revised.Text.Set(knowledge.RU, revised.Text.In(knowledge.RU)+" (уточнено)")
	revised.Text.Set(knowledge.KK, revised.Text.In(knowledge.KK)+" (нақтыланды)")
	h.SetEngine(engine.NewEngine(kb))
	if n, err := h.Announce(ctx, news, time.Now()); err != nil || n != 1 {
		t.Fatalf("Announce = %d, %v", n, err)
	}
	enqueue(t, rs, announcement("e2e"), []int64{admin, group, channel})
	waitStatus(t, rs, "e2e")
	for deadline := time.Now().Add(10 * time.Second); len(api.CallsOf("sendMessage")) < sent+6 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	got := sentTo(api)
	want := map[int64][]string{
		admin:   {"(уточнено)", "Порт Актау"},
		group:   {"(нақтыланды)", "Ақтау порты"},
		channel: {"(revised)", "Port of Aktau"},
	}
	for chat, texts := range want {
		msgs := got[jsonInt(chat)]
		for _, w := range texts {
			n := 0
			for _, m := range msgs {
				if strings.Contains(m, w) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("chat %d got %q %d times; want once (messages %q)", chat, w, n, msgs)
			}
		}
	}
}
