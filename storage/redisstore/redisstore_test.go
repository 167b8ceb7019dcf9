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

	"github.com/corridorbot/corridorbot/storage"
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
	storetest.Store(t, func(t *testing.T) storage.Store { return newTestStore(t, Options{}) })
}

// A lease outlives a crashed holder only by Options.Lease.
func TestLeaseExpires(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{Lease: 100 * time.Millisecond})
	if c, _, err := s.BeginUpdate(ctx, 1, "", false); err != nil || c != storage.Leased {
		t.Fatalf("first delivery: %v %v", c, err)
	}
	if c, _, _ := s.BeginUpdate(ctx, 1, "", false); c != storage.Busy {
		t.Errorf("within the lease: %v; want busy", c)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, _, err := s.BeginUpdate(ctx, 1, "", false)
		if err == nil && c == storage.Leased {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("lease never expired: %v %v", c, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Releasing another store's lease does nothing: only the holder may give it up.
func TestRelease_OnlyByTheHolder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	redisURL := redistest.URL(t)
	opts := Options{KeyPrefix: redistest.Prefix(t, redisURL)}
	a, b := openStore(t, redisURL, opts), openStore(t, redisURL, opts)
	_, _, _ = a.BeginUpdate(ctx, 5, "", false)
	_ = b.ReleaseUpdate(ctx, 5)
	if c, _, _ := b.BeginUpdate(ctx, 5, "", false); c != storage.Busy {
		t.Errorf("after another store's release: %v; want busy", c)
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
					c, _, err := replica.BeginUpdate(ctx, int64(id), "chat:1", false)
					if err != nil {
						t.Error(err)
						return
					}
					if c == storage.Leased {
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
	want := storage.Session{Lang: "ru", LastQuestion: "товарооборот", LastTopic: "trade", Updated: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}

	before := openStore(t, redisURL, opts)
	if _, _, err := before.BeginUpdate(ctx, 7, "chat:1", false); err != nil {
		t.Fatal(err)
	}
	if err := before.FinishUpdate(ctx, 7, "chat:1", &want); err != nil {
		t.Fatal(err)
	}
	if err := before.Close(); err != nil {
		t.Fatal(err)
	}

	after := openStore(t, redisURL, opts)
	if got, err := after.Load(ctx, "chat:1"); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after restart: %+v, %v; want %+v", got, err, want)
	}
	if c, sess, err := after.BeginUpdate(ctx, 7, "chat:1", true); err != nil || c != storage.Done || sess.Lang != "ru" {
		t.Errorf("redelivery after restart: %v session=%+v err=%v; want done", c, sess, err)
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
		{"custom", Options{SessionTTL: time.Hour, DedupeTTL: 10 * time.Minute, Lease: 5 * time.Minute}, time.Hour, 10 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestStore(t, tc.opts)
			if err := s.Save(ctx, "chat:1", storage.Session{Lang: "en"}); err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.BeginUpdate(ctx, 1, "chat:1", false); err != nil {
				t.Fatal(err)
			}
			checkTTL(t, s, s.updateKey(1), s.opts.Lease)
			if err := s.FinishUpdate(ctx, 1, "", nil); err != nil {
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
	if got > want || got < want-want/10 {
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
		if err := s.Record(ctx, storage.Unanswered{Text: fmt.Sprint("q", i), Lang: "en", Time: at.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Unanswered(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []storage.Unanswered{
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
	if c, _, err := s.BeginUpdate(ctx, 1, "chat:1", false); c != storage.Leased || !errors.Is(err, ErrCorrupt) {
		t.Errorf("BeginUpdate with a corrupt session: %v %v; want the lease and ErrCorrupt", c, err)
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

// The bot handles an update with BeginUpdate then FinishUpdate (with the session when the
// conversation changed): that must cost at most two round trips.
func TestRoundTrips(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	counter := &roundTrips{}
	s.client.AddHook(counter)
	// A new connection first says HELLO and CLIENT SETINFO, through the hooks too. That happens
	// once per pooled connection, not per update: warm the pools up before counting.
	if _, _, err := s.BeginUpdate(ctx, 0, "chat:0", false); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishUpdate(ctx, 0, "chat:0", &storage.Session{}); err != nil {
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
	count("BeginUpdate+FinishUpdate with the session", 2, func() error {
		_, sess, err := s.BeginUpdate(ctx, 1, "chat:1", false)
		if err != nil {
			return err
		}
		sess.Lang = "az"
		return s.FinishUpdate(ctx, 1, "chat:1", &sess)
	})
	count("BeginUpdate", 1, func() error { _, _, err := s.BeginUpdate(ctx, 2, "chat:1", false); return err })
	count("ReleaseUpdate", 1, func() error { return s.ReleaseUpdate(ctx, 2) })
	count("Record", 1, func() error { return s.Record(ctx, storage.Unanswered{Text: "q"}) })
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

func BenchmarkBeginAndFinishUpdate(b *testing.B) {
	ctx := context.Background()
	s := newTestStore(b, Options{})
	b.ReportAllocs()
	id := int64(0)
	for b.Loop() {
		id++
		_, sess, err := s.BeginUpdate(ctx, id, "chat:1", false)
		if err != nil {
			b.Fatal(err)
		}
		sess.LastQuestion = "trade 2024"
		if err := s.FinishUpdate(ctx, id, "chat:1", &sess); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSubscriptions(t *testing.T) {
	t.Parallel()
	storetest.Subscriptions(t, func(t *testing.T) storage.SubscriptionStore { return newTestStore(t, Options{}) })
}
