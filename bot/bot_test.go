package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage/memory"
)

func newHandler(t testing.TB, store handlers.SessionStore) *handlers.Handler {
	return testkit.Handler(t, store)
}

type running struct {
	bot    *Bot
	api    *fakeapi.Server
	logs   *testkit.Logs
	cancel context.CancelFunc
	done   chan error
}

// startBot runs a bot in polling mode against a fake Bot API.
func startBot(t *testing.T, api *fakeapi.Server, store *memory.Sessions, mod func(*Config)) *running {
	t.Helper()
	logs := &testkit.Logs{}
	cfg := Config{
		Token: fakeapi.Token, Endpoint: api.Endpoint(), PollTimeout: time.Second,
		Logger:        logs.Logger(),
		Limits:        Limits{Global: 10000, PerChat: time.Millisecond, PerGroup: time.Millisecond},
		ShutdownGrace: 5 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	b, err := New(cfg, newHandler(t, store), store)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{bot: b, api: api, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- b.Run(ctx) }()
	t.Cleanup(func() { r.stop(t) })
	return r
}

func (r *running) stop(t *testing.T) {
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("Run returned %v", err)
		}
		r.done <- nil // later stops return at once
	case <-time.After(10 * time.Second):
		t.Fatal("bot did not stop")
	}
	if strings.Contains(r.logs.String(), fakeapi.Token) {
		t.Errorf("the token appears in the logs:\n%s", r.logs.String())
	}
}

func lastText(cs []fakeapi.Call) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[len(cs)-1].Params.Get("text")
}

func TestCommands_EveryCommandInFourLanguages(t *testing.T) {
	cases := []struct {
		lang                              string
		help, topics, source, unknownWord string
	}{
		{"ru", "/fact", "Торговля", "Источник", "/help"},
		{"az", "/fact", "Ticarət", "Mənbə", "/help"},
		{"kk", "/fact", "Сауда", "Дереккөз", "/help"},
		{"en", "/fact", "Trade", "Source", "/help"},
	}
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	n := 0
	for i, c := range cases {
		uid := int64(100 + i)
		send := func(text string) string {
			t.Helper()
			api.Push(fakeapi.PrivateText(uid, c.lang, text))
			n++
			cs := api.WaitFor("sendMessage", n)
			msg := cs[len(cs)-1]
			if msg.Params.Get("parse_mode") != "HTML" || msg.Params.Get("chat_id") != jsonInt(uid) {
				t.Errorf("%s %q: sent %v", c.lang, text, msg.Params)
			}
			return msg.Params.Get("text")
		}
		if got := send("/start"); !strings.Contains(got, "/help") {
			t.Errorf("%s /start: %q", c.lang, got)
		}
		if got := send("/help"); !strings.Contains(got, c.help) {
			t.Errorf("%s /help: %q", c.lang, got)
		}
		if got := send("/topics"); !strings.Contains(got, c.topics) {
			t.Errorf("%s /topics: %q", c.lang, got)
		}
		// The first page of sources, in one message with a button to the next (handlers test every page).
		if got := send("/sources"); !strings.Contains(got, "Astana Times") || !strings.Contains(lastMarkup(api), "sources:2") {
			t.Errorf("%s /sources: %q", c.lang, got)
		}
		if got := send("/about"); got == "" {
			t.Errorf("%s /about: empty", c.lang)
		}
		if got := send("/ask 2024 товарооборот"); !strings.Contains(got, "470") || !strings.Contains(got, c.source) {
			t.Errorf("%s /ask: %q", c.lang, got)
		}
		if got := send("/fact Trade between Azerbaijan and Kazakhstan was $900 million in 2024"); !strings.Contains(got, "470") {
			t.Errorf("%s /fact: %q", c.lang, got)
		}
		if got := send("/nosuchcommand"); !strings.Contains(got, c.unknownWord) {
			t.Errorf("%s unknown command: %q", c.lang, got)
		}
	}
	// Command menus: four languages and the default, for private chats and for groups.
	menus := api.CallsOf("setMyCommands")
	if len(menus) != 10 {
		t.Errorf("%d setMyCommands calls, want 10", len(menus))
	}
	seen := map[string]bool{}
	for _, m := range menus {
		seen[m.Params.Get("language_code")+"/"+m.Params.Get("scope")] = true
	}
	if !seen[`kk/{"type":"all_group_chats"}`] || !seen[`/{"type":"default"}`] {
		t.Errorf("menus registered: %v", seen)
	}
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestLang_KeyboardCallbackEditsMessageAndSticks(t *testing.T) {
	api := fakeapi.New(t)
	store := memory.NewSessions(time.Hour)
	r := startBot(t, api, store, nil)
	api.Push(fakeapi.PrivateText(7, "ru", "/lang"))
	msg := api.WaitFor("sendMessage", 1)[0]
	var kb tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(msg.Params.Get("reply_markup")), &kb); err != nil || len(kb.InlineKeyboard) != 4 {
		t.Fatalf("/lang keyboard %q: %v", msg.Params.Get("reply_markup"), err)
	}
	if kb.InlineKeyboard[1][0].Text != "Azərbaycanca" || *kb.InlineKeyboard[1][0].CallbackData != "lang:az" {
		t.Errorf("az button: %+v", kb.InlineKeyboard[1][0])
	}
	api.Push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "cb1", From: fakeapi.User(7, "ru"), Data: "lang:kk",
		Message: &tgbotapi.Message{MessageID: 1001, Chat: &tgbotapi.Chat{ID: 7, Type: "private"}}}})
	edit := api.WaitFor("editMessageText", 1)[0]
	if edit.Params.Get("message_id") != "1001" || !strings.Contains(edit.Params.Get("text"), "қазақ") {
		t.Errorf("confirmation edit: %v", edit.Params)
	}
	if cb := api.WaitFor("answerCallbackQuery", 1)[0]; cb.Params.Get("callback_query_id") != "cb1" {
		t.Errorf("answerCallbackQuery: %v", cb.Params)
	}
	// The choice survives a restart: a new bot over the same store answers in Kazakh.
	r.stop(t)
	api2 := fakeapi.New(t)
	api2.SetNextID(1000) // update ids keep growing across restarts
	startBot(t, api2, store, nil)
	api2.Push(fakeapi.PrivateText(7, "ru", "What was trade in 2024?"))
	if got := lastText(api2.WaitFor("sendMessage", 1)); !strings.Contains(got, "Дереккөз") {
		t.Errorf("after restart: %q", got)
	}
}

func TestGroups_CommandsMentionsRepliesAndPrivacy(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	const chat = -100500
	api.Push(
		fakeapi.GroupText(chat, 1, "/help@"+fakeapi.Username),
		fakeapi.GroupText(chat, 2, "/help@some_other_bot"),
		fakeapi.GroupText(chat, 3, "What was trade in 2024?"), // not addressed to the bot
		fakeapi.GroupText(chat, 4, "@"+fakeapi.Username+" how many agreements do Azerbaijan and Kazakhstan have?"),
	)
	reply := fakeapi.GroupText(chat, 5, "and what was trade in 2024?")
	reply.Message.ReplyToMessage = &tgbotapi.Message{MessageID: 3, From: &tgbotapi.User{ID: fakeapi.BotID, IsBot: true}}
	api.Push(reply, tgbotapi.Update{ChannelPost: &tgbotapi.Message{Chat: &tgbotapi.Chat{ID: -1009, Type: "channel"}, Text: "/help"}})
	sent := api.WaitFor("sendMessage", 3)
	time.Sleep(200 * time.Millisecond) // the ignored ones would have arrived by now
	sent = api.CallsOf("sendMessage")
	if len(sent) != 3 {
		t.Fatalf("%d replies in the group, want 3 (help, mention, reply): %v", len(sent), sent)
	}
	for _, s := range sent {
		if s.Params.Get("chat_id") != jsonInt(chat) || s.Params.Get("reply_to_message_id") != "77" {
			t.Errorf("group reply %v", s.Params)
		}
	}
	texts := sent[0].Params.Get("text") + sent[1].Params.Get("text") + sent[2].Params.Get("text")
	if !strings.Contains(texts, "170") || !strings.Contains(texts, "470") {
		t.Errorf("group answers: %q", texts)
	}
}

func TestInline_AnswersTopicsAndVerdictCards(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(
		tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "q1", From: fakeapi.User(9, "en"), Query: "trade 2024"}},
		tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "q2", From: fakeapi.User(9, "en"), Query: ""}},
		tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "q3", From: fakeapi.User(9, "ru"), Query: "Товарооборот в 2024 году составил 900 млн долларов"}},
	)
	calls := api.WaitFor("answerInlineQuery", 3)
	byID := map[string][]map[string]any{}
	for _, c := range calls {
		if c.Params.Get("cache_time") == "" {
			t.Errorf("no cache_time: %v", c.Params)
		}
		var results []map[string]any
		if err := json.Unmarshal([]byte(c.Params.Get("results")), &results); err != nil {
			t.Fatal(err)
		}
		if len(results) == 0 || len(results) > 5 {
			t.Errorf("%s: %d results", c.Params.Get("inline_query_id"), len(results))
		}
		for _, r := range results {
			if r["type"] != "article" || r["title"] == "" {
				t.Errorf("result %v", r)
			}
		}
		byID[c.Params.Get("inline_query_id")] = results
	}
	content := func(id string) string {
		if len(byID[id]) == 0 {
			return ""
		}
		m, _ := byID[id][0]["input_message_content"].(map[string]any)
		return m["message_text"].(string)
	}
	if got := content("q1"); !strings.Contains(got, "470") || !strings.Contains(got, "Source") {
		t.Errorf("inline answer: %q", got)
	}
	if n := len(byID["q2"]); n != 5 {
		t.Errorf("empty query: %d topic cards, want 5", n)
	}
	if got := content("q3"); !strings.Contains(got, "❌") || !strings.Contains(got, "470") {
		t.Errorf("verdict card: %q", got)
	}
}

func TestCallback_FromInlineMessageHasNoMessage(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "cb9", From: fakeapi.User(5, "en"), InlineMessageID: "inl-42", Data: "fact:az-kz-trade-2024"}})
	edit := api.WaitFor("editMessageText", 1)[0]
	if edit.Params.Get("inline_message_id") != "inl-42" || !strings.Contains(edit.Params.Get("text"), "470") {
		t.Errorf("inline edit: %v", edit.Params)
	}
	if api.WaitFor("answerCallbackQuery", 1)[0].Params.Get("callback_query_id") != "cb9" {
		t.Error("callback not answered")
	}
}

func TestHTML_HostileTextIsEscaped(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(fakeapi.PrivateText(11, "en", "/<b>bold</b>&<script>"))
	got := lastText(api.WaitFor("sendMessage", 1))
	if strings.Contains(got, "<b>") || strings.Contains(got, "<script>") || !strings.Contains(got, "&lt;b&gt;") {
		t.Errorf("not escaped: %q", got)
	}
}

func TestSplit_LongRepliesOnParagraphs(t *testing.T) {
	para := strings.Repeat("слово ", 300) // 1800 characters
	text := strings.TrimSpace(para) + "\n\n" + strings.TrimSpace(para) + "\n\n" + strings.TrimSpace(para) + "\n\n🚂" + strings.Repeat("x", 5000)
	parts := splitMessage(text, MaxMessageLen)
	if len(parts) < 3 {
		t.Fatalf("%d parts", len(parts))
	}
	if !strings.HasSuffix(parts[0], "слово") || strings.Count(parts[0], "\n\n") != 1 {
		t.Errorf("first part does not end on a paragraph: …%q", parts[0][len(parts[0])-20:])
	}
	joined := 0
	for _, p := range parts {
		if textLen(p) > MaxMessageLen {
			t.Errorf("part of %d units", textLen(p))
		}
		joined += len([]rune(strings.ReplaceAll(p, "\n", "")))
	}
	if want := len([]rune(strings.ReplaceAll(text, "\n", ""))); joined != want {
		t.Errorf("lost text: %d of %d runes", joined, want)
	}

	// End to end: the parts go out in order, the buttons with the last one.
	api := fakeapi.New(t)
	r := startBot(t, api, memory.NewSessions(time.Hour), nil)
	reply := handlers.Reply{Text: text, Buttons: [][]handlers.Button{{{Text: "Trade", Data: "topic:trade"}}}}
	if err := r.bot.out.sendReply(context.Background(), 42, false, 0, reply); err != nil {
		t.Fatal(err)
	}
	sent := api.CallsOf("sendMessage")
	if len(sent) != len(parts) {
		t.Fatalf("%d messages for %d parts", len(sent), len(parts))
	}
	for i, s := range sent {
		hasKB := s.Params.Get("reply_markup") != ""
		if hasKB != (i == len(sent)-1) {
			t.Errorf("part %d keyboard=%v", i, hasKB)
		}
	}
}

func TestDuplicates_AnsweredOnce(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	u := fakeapi.PrivateText(21, "en", "What was trade in 2024?")
	u.UpdateID = 5000
	api.Push(u)
	api.WaitFor("sendMessage", 1)
	api.Push(u) // delivered again, as after a restart
	next := fakeapi.PrivateText(21, "en", "/help")
	next.UpdateID = 5001
	api.Push(next)
	api.WaitFor("sendMessage", 2)
	time.Sleep(100 * time.Millisecond)
	if n := len(api.CallsOf("sendMessage")); n != 2 {
		t.Errorf("%d replies, want 2 (the duplicate answered once)", n)
	}
}

func TestRetry_429WaitsRetryAfterAnd5xx(t *testing.T) {
	api := fakeapi.New(t)
	api.FailNext("sendMessage", fakeapi.Failure{Status: 429, Code: 429, RetryAfter: 1, Desc: "Too Many Requests: retry after 1"}, fakeapi.Failure{Status: 502})
	r := startBot(t, api, memory.NewSessions(time.Hour), nil)
	start := time.Now()
	api.Push(fakeapi.PrivateText(31, "en", "/help"))
	calls := api.WaitFor("sendMessage", 3)
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("retried after %v, before retry_after", waited)
	}
	if calls[2].Params.Get("text") == "" || !strings.Contains(r.logs.String(), "retry_after") {
		t.Errorf("no successful retry or no warning: %v", r.logs.String())
	}
}

func TestForbidden_IsNotRetried(t *testing.T) {
	api := fakeapi.New(t)
	api.FailNext("sendMessage", fakeapi.Failure{Status: 403, Code: 403, Desc: "Forbidden: bot was blocked by the user"})
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(fakeapi.PrivateText(32, "en", "/help"), fakeapi.PrivateText(33, "en", "/help"))
	api.WaitFor("sendMessage", 2)
	time.Sleep(100 * time.Millisecond)
	if n := len(api.CallsOf("sendMessage")); n != 2 {
		t.Errorf("%d sendMessage calls, want 2 (the blocked chat not retried)", n)
	}
}

func TestFlood_OneSlowDownThenSilence(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), func(c *Config) { c.Flood = 3 })
	for range 6 {
		api.Push(fakeapi.PrivateText(41, "ru", "/help"))
	}
	api.WaitFor("sendMessage", 4)
	time.Sleep(200 * time.Millisecond)
	sent := api.CallsOf("sendMessage")
	if len(sent) != 4 || !strings.Contains(sent[3].Params.Get("text"), "минут") {
		t.Errorf("%d messages, last %q; want 3 answers and one Russian slow-down", len(sent), lastText(sent))
	}
}

func TestShutdown_FinishesAndConfirmsOffset(t *testing.T) {
	api := fakeapi.New(t)
	r := startBot(t, api, memory.NewSessions(time.Hour), nil)
	u := fakeapi.PrivateText(51, "en", "What was trade in 2024?")
	u.UpdateID = 700
	api.Push(u)
	api.WaitFor("sendMessage", 1)
	r.stop(t)
	polls := api.CallsOf("getUpdates")
	last := polls[len(polls)-1]
	if last.Params.Get("offset") != "701" || last.Params.Get("timeout") != "0" {
		t.Errorf("last getUpdates %v; want offset 701 without long polling (confirmation)", last.Params)
	}
}

func TestStartup_ClearErrorsWithoutTheToken(t *testing.T) {
	h := newHandler(t, nil)
	if _, err := New(Config{}, h, nil); err == nil || !strings.Contains(err.Error(), "TELEGRAM_TOKEN") {
		t.Errorf("missing token: %v", err)
	}
	api := fakeapi.New(t)
	_, err := New(Config{Token: "999:WRONG-secret", Endpoint: api.Endpoint()}, h, nil)
	if err == nil || strings.Contains(err.Error(), "WRONG-secret") || !strings.Contains(err.Error(), "Unauthorized") {
		t.Errorf("invalid token: %v", err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err = New(Config{Token: fakeapi.Token, Endpoint: "http://" + addr + "/bot%s/%s"}, h, nil)
	if err == nil || strings.Contains(err.Error(), fakeapi.Token) || !strings.Contains(err.Error(), "<token>") {
		t.Errorf("unreachable endpoint: %v", err)
	}
	if _, err := New(Config{Token: fakeapi.Token, Endpoint: "http://x/bot"}, h, nil); err == nil || !strings.Contains(err.Error(), "TELEGRAM_API_ENDPOINT") {
		t.Errorf("bad endpoint format: %v", err)
	}
}

func TestWebhook_SecretBodyLimitAndAckAfterHandling(t *testing.T) {
	api := fakeapi.New(t)
	logs := &testkit.Logs{}
	b, err := New(Config{
		Token: fakeapi.Token, Endpoint: api.Endpoint(), Mode: "webhook",
		WebhookURL: "https://bot.example.com/telegram/webhook", WebhookSecret: "s3cret-Value_1",
		Logger: logs.Logger(),
		Limits: Limits{Global: 1000, PerChat: time.Millisecond},
	}, newHandler(t, memory.NewSessions(time.Hour)), memory.NewSessions(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.run(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	set := api.WaitFor("setWebhook", 1)[0]
	if set.Params.Get("secret_token") != "s3cret-Value_1" || set.Params.Get("url") != "https://bot.example.com/telegram/webhook" {
		t.Errorf("setWebhook %v", set.Params)
	}
	url := "http://" + ln.Addr().String() + "/telegram/webhook"
	post := func(secret string, body []byte) int {
		req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	update, _ := json.Marshal(fakeapi.PrivateText(61, "en", "What was trade in 2024?"))
	if code := post("", update); code != http.StatusForbidden {
		t.Errorf("missing secret: %d", code)
	}
	if code := post("wrong", update); code != http.StatusForbidden {
		t.Errorf("wrong secret: %d", code)
	}
	if code := post("s3cret-Value_1", bytes.Repeat([]byte("x"), maxUpdateBytes+10)); code != http.StatusRequestEntityTooLarge {
		t.Errorf("huge body: %d", code)
	}
	if n := len(api.CallsOf("sendMessage")); n != 0 {
		t.Fatalf("rejected requests were handled: %d messages", n)
	}
	if code := post("s3cret-Value_1", update); code != http.StatusOK {
		t.Errorf("valid update: %d", code)
	}
	// 200 came after the reply was sent, not before.
	if got := lastText(api.CallsOf("sendMessage")); !strings.Contains(got, "470") {
		t.Errorf("reply before the acknowledgement: %q", got)
	}
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("healthz: %v %v", resp, err)
	}
}

// /chart uploads a PNG with sendPhoto (multipart), its caption in the chat's language; the
// points and their sources follow as a message; /chart with nothing named lists the series
// as buttons.
func TestChart_SendsAPhotoInTheChatsLanguage(t *testing.T) {
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(fakeapi.PrivateText(501, "kk", "/chart trade"))
	photo := api.WaitFor("sendPhoto", 1)[0]
	if !bytes.HasPrefix(photo.Files["photo"], []byte("\x89PNG")) {
		t.Fatalf("sendPhoto uploaded no PNG: %v", photo.Params)
	}
	if c := photo.Params.Get("caption"); !strings.Contains(c, "тауар айналымы") || photo.Params.Get("chat_id") != "501" {
		t.Errorf("caption %q to chat %s", c, photo.Params.Get("chat_id"))
	}
	if text := lastText(api.WaitFor("sendMessage", 1)); !strings.Contains(text, "Дереккөз") {
		t.Errorf("the points' sources were not sent: %q", text)
	}
	api.Push(fakeapi.PrivateText(502, "en", "/chart"))
	list := api.WaitFor("sendMessage", 2)[1]
	if !strings.Contains(list.Params.Get("reply_markup"), "chart:titr-cargo-volume") {
		t.Errorf("/chart without a series: %v", list.Params)
	}
}

// lastMarkup is the inline keyboard of the last message sent.
func lastMarkup(api *fakeapi.Server) string {
	cs := api.CallsOf("sendMessage")
	return cs[len(cs)-1].Params.Get("reply_markup")
}
