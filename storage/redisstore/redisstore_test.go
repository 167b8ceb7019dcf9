package redisstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

// newTestStore connects to the test Redis under a key prefix of the test's own.
func newTestStore(t testing.TB, opts Options) *Store {
	t.Helper()
	redisURL := redistest.URL(t)
	if opts.KeyPrefix == "" {
		opts.KeyPrefix = redistest.Prefix(t, redisURL)
	}
	return openStore(t, redisURL, opts)
}

func openStore(t testing.TB, redisURL string, opts Options) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := New(ctx, redisURL, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestSessions(t *testing.T) {
	t.Parallel()
	storetest.Sessions(t, func(t *testing.T) handlers.SessionStore { return newTestStore(t, Options{}) })
}

func TestBeginUpdate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	want := handlers.Session{Lang: "az", LastFacts: []string{"f1"}, Updated: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}

	first, sess, err := s.BeginUpdate(ctx, 100, "chat:1")
	if err != nil || !first || !reflect.DeepEqual(sess, handlers.Session{}) {
		t.Fatalf("new update, new conversation: first=%v session=%+v err=%v", first, sess, err)
	}
	if err := s.Save(ctx, "chat:1", want); err != nil {
		t.Fatal(err)
	}
	first, sess, err = s.BeginUpdate(ctx, 100, "chat:1")
	if err != nil || first || !reflect.DeepEqual(sess, want) {
		t.Errorf("second delivery: first=%v session=%+v err=%v; want a duplicate with the session", first, sess, err)
	}
	first, sess, err = s.BeginUpdate(ctx, 101, "chat:1")
	if err != nil || !first || !reflect.DeepEqual(sess, want) {
		t.Errorf("next update: first=%v session=%+v err=%v; want first with the session", first, sess, err)
	}
	first, sess, err = s.BeginUpdate(ctx, 102, "")
	if err != nil || !first || !reflect.DeepEqual(sess, handlers.Session{}) {
		t.Errorf("update without a conversation: first=%v session=%+v err=%v", first, sess, err)
	}
	if first, _, _ := s.BeginUpdate(ctx, 102, ""); first {
		t.Error("second delivery of an update without a conversation is first again")
	}
}

// Two replicas over one Redis receive the same updates at the same time: each update must be
// handled by exactly one of them.
func TestBeginUpdate_ReplicasRace(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	redisURL := redistest.URL(t)
	opts := Options{KeyPrefix: redistest.Prefix(t, redisURL)}
	replicas := []*Store{openStore(t, redisURL, opts), openStore(t, redisURL, opts)}

	const updates, racersPerReplica = 200, 4
	var firsts [updates]atomic.Int32
	var wg sync.WaitGroup
	for _, replica := range replicas {
		for range racersPerReplica {
			wg.Go(func() {
				for id := range updates {
					first, _, err := replica.BeginUpdate(ctx, int64(id), "chat:1")
					if err != nil {
						t.Error(err)
						return
					}
					if first {
						firsts[id].Add(1)
					}
				}
			})
		}
	}
	wg.Wait()
	for id := range updates {
		if n := firsts[id].Load(); n != 1 {
			t.Errorf("update %d handled %d times; want exactly once", id, n)
		}
	}
}

// A restart (a new Store over the same Redis) keeps the sessions and the handled updates.
func TestRestartKeepsState(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	redisURL := redistest.URL(t)
	opts := Options{KeyPrefix: redistest.Prefix(t, redisURL)}
	want := handlers.Session{Lang: "ru", LastQuestion: "товарооборот", LastTopic: "trade", Updated: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}

	before := openStore(t, redisURL, opts)
	if _, _, err := before.BeginUpdate(ctx, 7, "chat:1"); err != nil {
		t.Fatal(err)
	}
	if err := before.Save(ctx, "chat:1", want); err != nil {
		t.Fatal(err)
	}
	if err := before.Close(); err != nil {
		t.Fatal(err)
	}

	after := openStore(t, redisURL, opts)
	if got, err := after.Load(ctx, "chat:1"); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after restart: %+v, %v; want %+v", got, err, want)
	}
	if first, sess, err := after.BeginUpdate(ctx, 7, "chat:1"); err != nil || first || sess.Lang != "ru" {
		t.Errorf("redelivery after restart: first=%v session=%+v err=%v; want a duplicate", first, sess, err)
	}
}

func TestTTL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		name                  string
		opts                  Options
		sessionTTL, dedupeTTL time.Duration
	}{
		{"defaults", Options{}, DefaultSessionTTL, DefaultDedupeTTL},
		{"custom", Options{SessionTTL: time.Hour, DedupeTTL: 10 * time.Minute}, time.Hour, 10 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestStore(t, tc.opts)
			if err := s.Save(ctx, "chat:1", handlers.Session{Lang: "en"}); err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.BeginUpdate(ctx, 1, "chat:1"); err != nil {
				t.Fatal(err)
			}
			checkTTL(t, s, s.sessionKey("chat:1"), tc.sessionTTL)
			checkTTL(t, s, s.updateKey(1), tc.dedupeTTL)
		})
	}
}

func checkTTL(t *testing.T, s *Store, key string, want time.Duration) {
	t.Helper()
	got, err := s.client.TTL(context.Background(), key).Result()
	if err != nil {
		t.Fatal(err)
	}
	if got > want || got < want-time.Minute {
		t.Errorf("TTL of %s = %v; want %v", key, got, want)
	}
}

func TestUnanswered(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{UnansweredCap: 3})
	if got, err := s.Unanswered(ctx, 10); err != nil || len(got) != 0 {
		t.Fatalf("empty log: %+v, %v", got, err)
	}
	at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	for i := range 5 {
		if err := s.Record(ctx, handlers.Unanswered{Text: fmt.Sprint("q", i), Lang: "en", Time: at.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Unanswered(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []handlers.Unanswered{
		{Text: "q4", Lang: "en", Time: at.Add(4 * time.Minute)},
		{Text: "q3", Lang: "en", Time: at.Add(3 * time.Minute)},
		{Text: "q2", Lang: "en", Time: at.Add(2 * time.Minute)},
	}
	if !reflect.DeepEqual(all, want) {
		t.Errorf("all = %+v; want the 3 newest, newest first: %+v", all, want)
	}
	if n, _ := s.client.LLen(ctx, s.unansweredKey).Result(); n != 3 {
		t.Errorf("the list holds %d questions; want the cap, 3", n)
	}
	if two, _ := s.Unanswered(ctx, 2); !reflect.DeepEqual(two, want[:2]) {
		t.Errorf("limit 2 = %+v; want %+v", two, want[:2])
	}
}

func TestCorruptValueIsReported(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	if err := s.client.Set(ctx, s.sessionKey("chat:1"), "{not json", time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, "chat:1"); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Load of a corrupt session: %v; want ErrCorrupt", err)
	}
	if first, _, err := s.BeginUpdate(ctx, 1, "chat:1"); !first || !errors.Is(err, ErrCorrupt) {
		t.Errorf("BeginUpdate with a corrupt session: first=%v %v; want the claim and ErrCorrupt", first, err)
	}
}

// roundTrips counts the exchanges with Redis: a command or a whole pipeline is one.
type roundTrips struct{ n atomic.Int64 }

func (c *roundTrips) DialHook(next redis.DialHook) redis.DialHook { return next }

func (c *roundTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		c.n.Add(1)
		return next(ctx, cmd)
	}
}

func (c *roundTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		c.n.Add(1)
		return next(ctx, cmds)
	}
}

// The bot handles an update with BeginUpdate then, when the conversation changed, Save: that
// must cost at most two round trips, however many commands they send.
func TestRoundTrips(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	counter := &roundTrips{}
	s.client.AddHook(counter)
	// A new connection first says HELLO and CLIENT SETINFO, through the hooks too. That happens
	// once per pooled connection, not per update: warm the pools up before counting.
	if _, _, err := s.BeginUpdate(ctx, 0, "chat:0"); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, "chat:0", handlers.Session{}); err != nil {
		t.Fatal(err)
	}

	count := func(name string, max int64, f func() error) {
		t.Helper()
		counter.n.Store(0)
		if err := f(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n := counter.n.Load(); n > max {
			t.Errorf("%s: %d round trips; want at most %d", name, n, max)
		}
	}
	count("BeginUpdate+Save", 2, func() error {
		_, sess, err := s.BeginUpdate(ctx, 1, "chat:1")
		if err != nil {
			return err
		}
		sess.Lang = "az"
		return s.Save(ctx, "chat:1", sess)
	})
	count("BeginUpdate", 1, func() error { _, _, err := s.BeginUpdate(ctx, 2, "chat:1"); return err })
	count("Record", 1, func() error { return s.Record(ctx, handlers.Unanswered{Text: "q"}) })
}

func TestNew_ErrorsHideThePassword(t *testing.T) {
	t.Parallel()
	const secret = "s3cr3t-pa55"
	closedPort := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().String()
	}()
	cases := map[string]string{
		"not a URL":      "redis://:" + secret + "@127.0.0.1:notaport/0",
		"bad escape":     "redis://user:" + secret + "%zz@127.0.0.1/0",
		"bad scheme":     "http://user:" + secret + "@127.0.0.1/0",
		"unknown option": "redis://user:" + secret + "@127.0.0.1/0?" + secret + "=1",
		"nobody listens": "redis://user:" + secret + "@" + closedPort + "/0",
		"wrong password": wrongPasswordURL(t, secret),
	}
	for name, redisURL := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			s, err := New(ctx, redisURL, Options{})
			if err == nil {
				_ = s.Close()
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), url.QueryEscape(secret)) {
				t.Errorf("the error shows the password: %v", err)
			}
			t.Log(err)
		})
	}
}

// wrongPasswordURL is the test Redis with credentials it refuses.
func wrongPasswordURL(t *testing.T, password string) string {
	u, err := url.Parse(redistest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword("corridorbot-test-nobody", password)
	return u.String()
}

func BenchmarkBeginUpdateAndSave(b *testing.B) {
	ctx := context.Background()
	s := newTestStore(b, Options{})
	b.ReportAllocs()
	id := int64(0)
	for b.Loop() {
		id++
		_, sess, err := s.BeginUpdate(ctx, id, "chat:1")
		if err != nil {
			b.Fatal(err)
		}
		sess.LastQuestion = "trade 2024"
		if err := s.Save(ctx, "chat:1", sess); err != nil {
			b.Fatal(err)
		}
	}
}
