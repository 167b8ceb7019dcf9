package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/memory"
)

func withSubs(subs storage.SubscriptionStore) func(*Config) {
	return func(c *Config) { c.Subscriptions = subs }
}

// waitText waits for the n-th sendMessage and returns its text.
func waitText(t *testing.T, api *fakeapi.Server, n int) string {
	t.Helper()
	return api.WaitFor("sendMessage", n)[n-1].Params.Get("text")
}

func TestSubscribe_InAGroupOnlyAdministrators(t *testing.T) {
	api := fakeapi.New(t)
	subs := memory.NewSubscriptions()
	startBot(t, api, memory.NewSessions(time.Hour), withSubs(subs))
	const group, admin, member = -100500, 11, 12
	api.SetMember(group, admin, fakeapi.Member{Status: "administrator"})

	api.Push(fakeapi.GroupText(group, member, "/subscribe trade"))
	if got := waitText(t, api, 1); !strings.Contains(got, "Only the administrators") {
		t.Errorf("a member's /subscribe: %q; want the refusal", got)
	}
	if _, ok, _ := subs.Subscription(context.Background(), group); ok {
		t.Fatal("a member subscribed the group")
	}
	api.Push(fakeapi.GroupText(group, admin, "/subscribe@"+fakeapi.Username+" trade transit"))
	reply := api.WaitFor("sendMessage", 2)[1]
	if got := reply.Params.Get("text"); !strings.Contains(got, "Subscribed: Trade, Transit") {
		t.Errorf("the admin's /subscribe: %q", got)
	}
	if !strings.Contains(reply.Params.Get("reply_markup"), `"callback_data":"sub:-100500:p:daily"`) {
		t.Errorf("no period buttons: %s", reply.Params.Get("reply_markup"))
	}
	sub, ok, _ := subs.Subscription(context.Background(), group)
	if !ok || strings.Join(sub.Topics, ",") != "trade,transit" || sub.Kind != "supergroup" || sub.Period != storage.Instant {
		t.Errorf("stored %+v", sub)
	}
	// The member cannot use the buttons either; the admin can (one getChatMember per user:
	// the answer is cached).
	press := func(user int64, data string) {
		api.Push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", From: fakeapi.User(user, "en"), Data: data,
			Message: &tgbotapi.Message{MessageID: 5, Chat: &tgbotapi.Chat{ID: group, Type: "supergroup"}}}})
	}
	press(member, "sub:-100500:p:weekly")
	if got := waitText(t, api, 3); !strings.Contains(got, "Only the administrators") {
		t.Errorf("a member's button: %q", got)
	}
	press(admin, "sub:-100500:p:weekly")
	edit := api.WaitFor("editMessageText", 1)[0]
	if got := edit.Params.Get("text"); !strings.Contains(got, "a weekly digest") {
		t.Errorf("the admin's button: %q", got)
	}
	if sub, _, _ := subs.Subscription(context.Background(), group); sub.Period != storage.Weekly {
		t.Errorf("period %q; want weekly", sub.Period)
	}
	if n := len(api.CallsOf("getChatMember")); n != 2 {
		t.Errorf("%d getChatMember calls; want 2 (one per user, then cached)", n)
	}
}

func TestSubscribe_PrivateChatListsAndUnsubscribes(t *testing.T) {
	api := fakeapi.New(t)
	subs := memory.NewSubscriptions()
	startBot(t, api, memory.NewSessions(time.Hour), withSubs(subs))
	api.Push(fakeapi.PrivateText(7, "ru", "/subscribe"))
	if got := waitText(t, api, 1); !strings.Contains(got, "все темы") {
		t.Errorf("/subscribe in Russian: %q", got)
	}
	api.Push(fakeapi.PrivateText(7, "ru", "/unsubscribe energy"))
	if got := waitText(t, api, 2); strings.Contains(got, "Нефть") || !strings.Contains(got, "Торговля") {
		t.Errorf("/unsubscribe energy: %q; want every topic but energy", got)
	}
	api.Push(fakeapi.PrivateText(7, "ru", "/subscribe weather"))
	if got := waitText(t, api, 3); !strings.Contains(got, "weather") {
		t.Errorf("unknown topic: %q", got)
	}
	api.Push(fakeapi.PrivateText(7, "ru", "/unsubscribe"))
	if got := waitText(t, api, 4); !strings.Contains(got, "Подписка отменена") {
		t.Errorf("/unsubscribe: %q", got)
	}
	if _, ok, _ := subs.Subscription(context.Background(), 7); ok {
		t.Error("still subscribed")
	}
}

func TestSubscribe_ChannelChecksRights(t *testing.T) {
	const channel, user = -1009001, 21
	cases := []struct {
		name      string
		user, bot fakeapi.Member
		want      string
	}{
		{"user not admin", fakeapi.Member{Status: "member"}, fakeapi.Member{Status: "administrator", CanPostMessages: true}, "Only an administrator of @corridor_news"},
		{"bot not admin", fakeapi.Member{Status: "creator"}, fakeapi.Member{Status: "left"}, "Add administrator, choose @" + fakeapi.Username},
		{"bot cannot post", fakeapi.Member{Status: "administrator"}, fakeapi.Member{Status: "administrator"}, "turn on “Post messages”"},
		{"all set", fakeapi.Member{Status: "administrator"}, fakeapi.Member{Status: "administrator", CanPostMessages: true}, "Channel @corridor_news is subscribed: Oil and energy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			api := fakeapi.New(t)
			subs := memory.NewSubscriptions()
			startBot(t, api, memory.NewSessions(time.Hour), withSubs(subs))
			api.SetChat(fakeapi.Chat{ID: channel, Type: "channel", Title: "Corridor News", Username: "corridor_news"})
			api.SetMember(channel, user, c.user)
			api.SetMember(channel, fakeapi.BotID, c.bot)
			api.Push(fakeapi.PrivateText(user, "en", "/subscribe @Corridor_News energy"))
			if got := waitText(t, api, 1); !strings.Contains(got, c.want) {
				t.Errorf("reply %q; want %q", got, c.want)
			}
			_, ok, _ := subs.Subscription(context.Background(), channel)
			if ok != (c.name == "all set") {
				t.Errorf("subscribed = %v", ok)
			}
		})
	}
	t.Run("unknown channel", func(t *testing.T) {
		api := fakeapi.New(t)
		startBot(t, api, memory.NewSessions(time.Hour), withSubs(memory.NewSubscriptions()))
		api.Push(fakeapi.PrivateText(user, "kk", "/subscribe @nowhere"))
		if got := waitText(t, api, 1); !strings.Contains(got, "@nowhere арнасын таба алмадым") {
			t.Errorf("reply %q", got)
		}
	})
	t.Run("forwarded post offers the channel", func(t *testing.T) {
		api := fakeapi.New(t)
		subs := memory.NewSubscriptions()
		startBot(t, api, memory.NewSessions(time.Hour), withSubs(subs))
		api.SetChat(fakeapi.Chat{ID: channel, Type: "channel", Title: "Corridor News"})
		api.SetMember(channel, user, fakeapi.Member{Status: "creator"})
		api.SetMember(channel, fakeapi.BotID, fakeapi.Member{Status: "administrator", CanPostMessages: true})
		u := fakeapi.PrivateText(user, "en", "Trade between Kazakhstan and Azerbaijan reached $470 million in 2024")
		u.Message.ForwardFromChat = &tgbotapi.Chat{ID: channel, Type: "channel", Title: "Corridor News"}
		u.Message.ForwardDate = 1
		api.Push(u)
		markup := api.WaitFor("sendMessage", 1)[0].Params.Get("reply_markup")
		if !strings.Contains(markup, `"callback_data":"subch:-1009001"`) {
			t.Fatalf("no offer to subscribe the channel: %s", markup)
		}
		api.Push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", From: fakeapi.User(user, "en"), Data: "subch:-1009001",
			Message: &tgbotapi.Message{MessageID: 5, Chat: &tgbotapi.Chat{ID: user, Type: "private"}}}})
		if got := api.WaitFor("editMessageText", 1)[0].Params.Get("text"); !strings.Contains(got, "Channel Corridor News is subscribed") {
			t.Errorf("after the button: %q", got)
		}
		if sub, ok, _ := subs.Subscription(context.Background(), channel); !ok || sub.Kind != "channel" || sub.By != user {
			t.Errorf("stored %+v %v", sub, ok)
		}
	})
}

func TestChatChanges_RemovalAndMigration(t *testing.T) {
	api := fakeapi.New(t)
	subs := memory.NewSubscriptions()
	ctx := context.Background()
	_ = subs.SaveSubscription(ctx, storage.Subscription{ChatID: -300, Kind: "group", Lang: "en", Period: storage.Instant})
	_ = subs.SaveSubscription(ctx, storage.Subscription{ChatID: -400, Kind: "supergroup", Lang: "en", Period: storage.Instant})
	startBot(t, api, memory.NewSessions(time.Hour), withSubs(subs))
	api.Push(tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 3, From: fakeapi.User(5, "en"),
		Chat: &tgbotapi.Chat{ID: -300, Type: "group"}, MigrateToChatID: -100300}})
	api.Push(tgbotapi.Update{MyChatMember: &tgbotapi.ChatMemberUpdated{Chat: tgbotapi.Chat{ID: -400, Type: "supergroup"},
		From: *fakeapi.User(5, "en"), NewChatMember: tgbotapi.ChatMember{Status: "kicked", User: &tgbotapi.User{ID: fakeapi.BotID}}}})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		_, moved, _ := subs.Subscription(ctx, -100300)
		_, removed, _ := subs.Subscription(ctx, -400)
		if moved && !removed {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, ok, _ := subs.Subscription(ctx, -300); ok {
		t.Error("the old group keeps its subscription")
	}
	if s, ok, _ := subs.Subscription(ctx, -100300); !ok || s.Kind != "supergroup" {
		t.Errorf("the supergroup's subscription: %+v %v", s, ok)
	}
	if _, ok, _ := subs.Subscription(ctx, -400); ok {
		t.Error("the group the bot was removed from is still subscribed")
	}
}
