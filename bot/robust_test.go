package bot

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/memory"
)

// Issue 11: a message or a callback's message without "chat" crashed the process in the
// dispatcher, and one undecodable update ("message_id":"abc") stopped polling for good with its
// neighbours never answered. Now each is logged and skipped, and confirmed with the batch.
func TestPolling_BadUpdatesAreSkippedAndNeighboursAnswered(t *testing.T) {
	api := fakeapi.New(t)
	api.Push(fakeapi.PrivateText(201, "en", "/help"))
	noChat := api.PushRaw(`"message":{"message_id":5,"date":1,"from":{"id":202,"first_name":"U"},"text":"/help"}`)
	api.PushRaw(`"callback_query":{"id":"cb1","from":{"id":203,"first_name":"U"},"data":"lang:kk","message":{"message_id":6,"date":1}}`)
	bad := api.PushRaw(`"message":{"message_id":"abc","date":1,"chat":{"id":204,"type":"private"},"text":"/help"}`)
	api.Push(fakeapi.PrivateText(205, "en", "/help"))
	r := startBot(t, api, memory.NewSessions(time.Hour), nil)

	api.WaitFor("sendMessage", 2)
	api.Push(fakeapi.PrivateText(206, "en", "/help")) // the bot is still alive and polling
	sent := api.WaitFor("sendMessage", 3)
	chats := map[string]bool{}
	for _, c := range sent {
		chats[c.Params.Get("chat_id")] = true
	}
	for _, want := range []string{"201", "205", "206"} {
		if !chats[want] {
			t.Errorf("chat %s not answered; answered %v", want, chats)
		}
	}
	if cb := api.CallsOf("answerCallbackQuery"); len(cb) != 1 {
		t.Errorf("%d answerCallbackQuery; want the spinner of the chatless callback stopped", len(cb))
	}
	r.stop(t)
	logs := r.logs.String()
	if !strings.Contains(logs, "undecodable update skipped") || !strings.Contains(logs, "update_id="+itoa(bad)) {
		t.Errorf("the undecodable update %d is not logged with its id:\n%s", bad, logs)
	}
	polls := api.CallsOf("getUpdates")
	if got, want := polls[len(polls)-1].Params.Get("offset"), itoa(bad+3); got != want {
		t.Errorf("confirmed up to offset %s; want %s (every update, the bad ones included: id %d had no chat)", got, want, noChat)
	}
}

// panicStore panics when asked for one update: a stand-in for a bug the bot must survive.
type panicStore struct {
	*memory.Sessions
	id int64
}

func (p panicStore) BeginUpdate(ctx context.Context, id int64, key string, takeOver bool) (storage.Claim, storage.Session, error) {
	if id == p.id {
		panic("boom")
	}
	return p.Sessions.BeginUpdate(ctx, id, key, takeOver)
}

func TestPanic_OneUpdateIsSkippedTheOthersAnswered(t *testing.T) {
	api := fakeapi.New(t)
	api.SetNextID(900)
	store := panicStore{Sessions: memory.NewSessions(time.Hour), id: 901}
	logs := startBotWithStore(t, api, store)
	api.Push(fakeapi.PrivateText(301, "en", "/help"), fakeapi.PrivateText(302, "en", "/help"))
	sent := api.WaitFor("sendMessage", 1)
	if got := sent[0].Params.Get("chat_id"); got != "302" {
		t.Errorf("answered chat %s; want 302", got)
	}
	api.Push(fakeapi.PrivateText(303, "en", "/help"))
	api.WaitFor("sendMessage", 2)
	if !strings.Contains(logs.String(), "panicked") || !strings.Contains(logs.String(), "update_id=901") {
		t.Errorf("the panic is not logged with the update id:\n%s", logs.String())
	}
}

// The webhook takes an undecodable update (200: a redelivery would fail the same way) and
// stays up.
func TestWebhook_UndecodableUpdateIsTakenAndLogged(t *testing.T) {
	api := fakeapi.New(t)
	addr, logs := startWebhook(t, api, memory.NewSessions(time.Hour), nil)
	post := func(body string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+WebhookPath, bytes.NewReader([]byte(body)))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(`{"update_id":5,"message":{"message_id":"abc"}}`); code != http.StatusOK {
		t.Errorf("undecodable update: %d; want 200", code)
	}
	if code := post(`{"update_id":6,"message":{"message_id":1,"date":1,"from":{"id":7,"first_name":"U"},"text":"/help"}}`); code != http.StatusOK {
		t.Errorf("message without chat: %d; want 200", code)
	}
	if code := post(`{"update_id":7,"message":{"message_id":1,"date":1,"from":{"id":7,"first_name":"U"},"chat":{"id":7,"type":"private"},"text":"/help"}}`); code != http.StatusOK {
		t.Errorf("valid update: %d", code)
	}
	if n := len(api.CallsOf("sendMessage")); n != 1 {
		t.Errorf("%d replies; want 1", n)
	}
	if !strings.Contains(logs.String(), "update_id=5") {
		t.Errorf("undecodable update not logged with its id:\n%s", logs.String())
	}
}

func itoa(n int) string { return jsonInt(int64(n)) }

// startBotWithStore runs a polling bot over any store; it returns the bot's logs.
func startBotWithStore(t *testing.T, api *fakeapi.Server, store Store) *testkit.Logs {
	t.Helper()
	logs := &testkit.Logs{}
	cfg := Config{Token: fakeapi.Token, Endpoint: api.Endpoint(), PollTimeout: time.Second, Logger: logs.Logger(),
		Limits: Limits{Global: 10000, PerChat: time.Millisecond, PerGroup: time.Millisecond}, ShutdownGrace: 5 * time.Second}
	b, err := New(cfg, newHandler(t, nil), store)
	if err != nil {
		t.Fatal(err)
	}
	runUntilCleanup(t, func(ctx context.Context) error { return b.Run(ctx) })
	return logs
}

// startWebhook runs a webhook bot on a free local port with secret "s3cret"; it returns the
// address and the logs.
func startWebhook(t *testing.T, api *fakeapi.Server, store Store, mod func(*Config)) (string, *testkit.Logs) {
	t.Helper()
	logs := &testkit.Logs{}
	cfg := Config{Token: fakeapi.Token, Endpoint: api.Endpoint(), Mode: "webhook",
		WebhookURL: "https://bot.example.com" + WebhookPath, WebhookSecret: "s3cret", Logger: logs.Logger(),
		Limits: Limits{Global: 10000, PerChat: time.Millisecond, PerGroup: time.Millisecond}, ShutdownGrace: 5 * time.Second}
	if mod != nil {
		mod(&cfg)
	}
	b, err := New(cfg, newHandler(t, nil), store)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	runUntilCleanup(t, func(ctx context.Context) error { return b.run(ctx, ln) })
	api.WaitFor("setWebhook", 1)
	return ln.Addr().String(), logs
}

// runUntilCleanup runs f until the test ends, then stops it and checks it returned nil.
func runUntilCleanup(t *testing.T, f func(context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("the bot did not stop")
		}
	})
}

func (r *running) logsContain(s string) bool { return strings.Contains(r.logs.String(), s) }

// Issue 11: a token with a trailing newline (as read from a secret file) was printed in the
// start-up error. It is trimmed, and no encoded form of it reaches an error.
func TestToken_TrailingNewlineTrimmedAndNeverPrinted(t *testing.T) {
	h := newHandler(t, nil)
	api := fakeapi.New(t)
	if _, err := New(Config{Token: fakeapi.Token + "\n", Endpoint: api.Endpoint()}, h, nil); err != nil {
		t.Errorf("token with a trailing newline: %v", err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	_, secret, _ := strings.Cut(fakeapi.Token, ":")
	_, err := New(Config{Token: fakeapi.Token + "\r\n", Endpoint: "http://" + addr + "/bot%s/%s"}, h, nil)
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("unreachable endpoint: %v", err)
	}
	for _, form := range []string{fakeapi.Token, url.QueryEscape(fakeapi.Token), url.PathEscape(fakeapi.Token + "\n"), secret} {
		if got := redact(errors.New("Post \"http://x/bot"+form+"/getMe\": EOF"), fakeapi.Token).Error(); strings.Contains(got, secret) {
			t.Errorf("redacted %q to %q", form, got)
		}
	}
}
