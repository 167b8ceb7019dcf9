package bot

import (
	"context"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

// openOutbox opens the test Redis under a prefix of the test's own, with a short delivery
// lease so that takeovers happen within a test.
func openOutbox(t testing.TB, redisURL, prefix string) *redisstore.Store {
	t.Helper()
	rs, err := redisstore.Open(redisURL, redisstore.Options{KeyPrefix: prefix, DeliveryLease: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	return rs
}

func newOutbox(t testing.TB) *redisstore.Store {
	t.Helper()
	url := redistest.URL(t)
	return openOutbox(t, url, redistest.Prefix(t, url))
}

// startDelivering runs a bot delivering from rs, with fast limits unless mod changes them.
func startDelivering(t *testing.T, api *fakeapi.Server, rs *redisstore.Store, mod func(*Config)) *running {
	t.Helper()
	return startBot(t, api, memory.NewSessions(time.Hour), func(c *Config) {
		c.Subscriptions, c.Outbox, c.SharedLimits = rs, rs, rs
		c.Delivery = DeliveryConfig{Block: 50 * time.Millisecond, Backoff: time.Millisecond}
		if mod != nil {
			mod(c)
		}
	})
}

func subscribe(t testing.TB, rs storage.SubscriptionStore, chat int64, kind, lang string, topics ...string) {
	t.Helper()
	if err := rs.SaveSubscription(context.Background(), storage.Subscription{ChatID: chat, Kind: kind, Lang: lang, Period: storage.Instant, Topics: topics}); err != nil {
		t.Fatal(err)
	}
}

func announcement(id string) storage.Item {
	return storage.Item{ID: id, Kind: "broadcast", Topic: "trade", Created: time.Now(),
		Texts: map[string]string{"en": "Port of Aktau <news>", "ru": "Порт Актау", "kk": "Ақтау порты"}}
}

func enqueue(t testing.TB, rs storage.Outbox, item storage.Item, chats []int64) {
	t.Helper()
	if added, err := rs.Enqueue(context.Background(), item, chats); err != nil || !added {
		t.Fatalf("Enqueue = %v, %v", added, err)
	}
}

func status(t testing.TB, rs storage.Outbox, id string) storage.ItemStatus {
	t.Helper()
	st, err := rs.Status(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range st {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no status of %s in %+v", id, st)
	return storage.ItemStatus{}
}

// waitStatus waits until no delivery of the item is queued.
func waitStatus(t testing.TB, rs storage.Outbox, id string) storage.ItemStatus {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := status(t, rs, id)
		if s.Queued == 0 || time.Now().After(deadline) {
			return s
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func sentTo(api *fakeapi.Server) map[string][]string {
	out := map[string][]string{}
	for _, c := range api.CallsOf("sendMessage") {
		out[c.Params.Get("chat_id")] = append(out[c.Params.Get("chat_id")], c.Params.Get("text"))
	}
	return out
}

func TestDelivery_EachChatOnceInItsLanguage(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	subscribe(t, rs, 1, "private", "ru")
	subscribe(t, rs, -2, "supergroup", "kk")
	subscribe(t, rs, -1003, "channel", "en")
	subscribe(t, rs, 4, "private", "az") // no Azerbaijani text: English
	startDelivering(t, api, rs, nil)
	enqueue(t, rs, announcement("b1"), []int64{1, -2, -1003, 4})
	st := waitStatus(t, rs, "b1")
	if st.Sent != 4 || st.Queued != 0 {
		t.Fatalf("status %+v; want 4 sent", st)
	}
	want := map[string]string{"1": "Порт Актау", "-2": "Ақтау порты", "-1003": "Port of Aktau &lt;news&gt;", "4": "Port of Aktau &lt;news&gt;"}
	got := sentTo(api)
	for chat, text := range want {
		if len(got[chat]) != 1 || got[chat][0] != text {
			t.Errorf("chat %s got %q; want once %q", chat, got[chat], text)
		}
	}
}

func TestDelivery_ForbiddenUnsubscribes(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	subscribe(t, rs, 10, "private", "en")
	subscribe(t, rs, 11, "private", "en")
	api.FailNextFor("sendMessage", 10, fakeapi.Failure{Status: 403, Code: 403, Desc: "Forbidden: bot was blocked by the user"})
	startDelivering(t, api, rs, nil)
	enqueue(t, rs, announcement("b2"), []int64{10, 11})
	st := waitStatus(t, rs, "b2")
	if st.Sent != 1 || st.Failed != 1 {
		t.Errorf("status %+v; want 1 sent, 1 failed", st)
	}
	if _, ok, _ := rs.Subscription(context.Background(), 10); ok {
		t.Error("the chat that blocked the bot is still subscribed")
	}
	if _, ok, _ := rs.Subscription(context.Background(), 11); !ok {
		t.Error("the other chat lost its subscription")
	}
}

func TestDelivery_MigratedGroupGetsItOnceUnderItsNewID(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	subscribe(t, rs, -500, "group", "en")
	api.FailNextFor("sendMessage", -500, fakeapi.Failure{Status: 400, Code: 400, Desc: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: -100500})
	startDelivering(t, api, rs, nil)
	enqueue(t, rs, announcement("b3"), []int64{-500})
	st := waitStatus(t, rs, "b3")
	got := sentTo(api)
	if st.Sent != 1 || len(got["-100500"]) != 1 || len(got["-500"]) != 1 {
		t.Errorf("status %+v, sends %v; want the old id tried once and the new one sent once", st, got)
	}
	if s, ok, _ := rs.Subscription(context.Background(), -100500); !ok || s.Kind != "supergroup" {
		t.Errorf("subscription not moved: %+v", s)
	}
}

func TestDelivery_429WaitsRetryAfterThenSendsTheSameMessage(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	subscribe(t, rs, 20, "private", "en")
	api.FailNextFor("sendMessage", 20, fakeapi.Failure{Status: 429, Code: 429, RetryAfter: 1, Desc: "Too Many Requests: retry after 1"})
	r := startDelivering(t, api, rs, nil)
	enqueue(t, rs, announcement("b4"), []int64{20})
	st := waitStatus(t, rs, "b4")
	got := sentTo(api)["20"]
	if st.Sent != 1 || len(got) != 2 || got[0] != got[1] {
		t.Errorf("status %+v, sends %q; want the refused message sent again, once", st, got)
	}
	if r.logs.Count("WARN", "Telegram asks to slow down") != 1 {
		t.Errorf("the wait is not logged:\n%s", r.logs.String())
	}
}

func TestDelivery_PersistentFailuresAreDeadLettered(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	subscribe(t, rs, 30, "private", "en")
	for range 3 {
		api.FailNextFor("sendMessage", 30, fakeapi.Failure{Status: 502})
	}
	startDelivering(t, api, rs, func(c *Config) { c.Delivery.MaxAttempts = 3 })
	enqueue(t, rs, announcement("b5"), []int64{30})
	st := waitStatus(t, rs, "b5")
	if st.Dead != 1 || st.Sent != 0 {
		t.Errorf("status %+v; want dead-lettered", st)
	}
	if n := len(sentTo(api)["30"]); n != 3 {
		t.Errorf("%d attempts; want 3", n)
	}
}

func TestDelivery_UnsubscribedBeforeItsTurnIsSkipped(t *testing.T) {
	api := fakeapi.New(t)
	rs := newOutbox(t)
	enqueue(t, rs, announcement("b6"), []int64{40})
	startDelivering(t, api, rs, nil)
	if st := waitStatus(t, rs, "b6"); st.Skipped != 1 {
		t.Errorf("status %+v; want skipped", st)
	}
	if n := len(api.CallsOf("sendMessage")); n != 0 {
		t.Errorf("%d messages sent to a chat without subscription", n)
	}
}
