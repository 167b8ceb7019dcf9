package resilient_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/resilient"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

func TestMain(m *testing.M) {
	// The tests kill Redis on purpose; keep go-redis's reports of failed dials out of the
	// output, as the bot does.
	redis.SetLogger(redisstore.LibraryLogger{Logger: slog.Default()})
	os.Exit(m.Run())
}

const (
	downMsg = "Redis is unreachable"
	backMsg = "Redis is back"
)

func openRedis(t *testing.T, redisURL string) *redisstore.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := redisstore.New(ctx, redisURL, redisstore.Options{KeyPrefix: redistest.Prefix(t, redisURL)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestStore_OverRedis(t *testing.T) {
	t.Parallel()
	storetest.Store(t, func(t *testing.T) storage.Store {
		return resilient.New(openRedis(t, redistest.URL(t)), memory.NewStore(time.Hour, 10), slog.New(slog.DiscardHandler))
	})
}

func TestStore_MemoryOnly(t *testing.T) {
	t.Parallel()
	storetest.Store(t, func(t *testing.T) storage.Store {
		return resilient.New(nil, memory.NewStore(time.Hour, 10), slog.New(slog.DiscardHandler))
	})
}

func TestMemoryOnly_WarnsOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var l testkit.Logs
	st := resilient.New(nil, memory.NewStore(time.Hour, 10), l.Logger())
	for i := range 10 {
		if claim, _, err := st.BeginUpdate(ctx, int64(i), "chat:1", false); err != nil || claim != storage.Leased {
			t.Fatalf("BeginUpdate: %v %v", claim, err)
		}
		if err := st.Save(ctx, "chat:1", storage.Session{Lang: "az"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := l.Count("WARN", "REDIS_URL not set: sessions are kept in memory"); n != 1 || strings.Count(l.String(), "\n") != 1 {
		t.Errorf("logged:\n%s\nwant the one warning that Redis is not configured", l.String())
	}
}

// Redis dies while the bot runs, then comes back: no call fails, the outage and the recovery
// are logged once each, and Redis is used again after the cooldown.
func TestOutageAndRecovery(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	server := redistest.Start(t) // the test kills it: not the shared Redis
	primary := openRedis(t, server.URL())
	fallback := memory.NewStore(time.Hour, 100)
	var l testkit.Logs
	st := resilient.New(primary, fallback, l.Logger())
	st.Cooldown = 20 * time.Millisecond
	st.CallTimeout = 300 * time.Millisecond

	// Redis is up: the calls go to Redis.
	if err := st.Save(ctx, "chat:1", storage.Session{Lang: "az"}); err != nil {
		t.Fatal(err)
	}
	if s, _ := primary.Load(ctx, "chat:1"); s.Lang != "az" {
		t.Fatalf("the session did not reach Redis: %+v", s)
	}
	if s, _ := fallback.Load(ctx, "chat:1"); s.Lang != "" {
		t.Fatalf("memory was used while Redis is up: %+v", s)
	}

	server.Stop()

	// Redis is down, for many cooldowns, with calls coming from several goroutines: they all
	// succeed, from memory.
	const updatesPerWorker = 1000
	outageEnd := time.Now().Add(300 * time.Millisecond)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			key := fmt.Sprintf("chat:w%d", w)
			for i := 0; time.Now().Before(outageEnd) && i < updatesPerWorker; i++ {
				if err := outageCalls(ctx, st, int64(w*updatesPerWorker+i), key); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if s, _ := fallback.Load(ctx, "chat:w0"); s.Lang != "kk" {
		t.Errorf("memory did not serve during the outage: %+v", s)
	}
	if got, err := st.Unanswered(ctx, 1); err != nil || len(got) != 1 || got[0].Text != "q" {
		t.Errorf("Unanswered during the outage: %+v, %v", got, err)
	}
	if down, back := l.Count("WARN", downMsg), l.Count("INFO", backMsg); down != 1 || back != 0 {
		t.Fatalf("during the outage: %d warnings, %d infos; want 1 and 0. Logs:\n%s", down, back, l.String())
	}

	server.Restart() // empty: it kept nothing

	// After the cooldown a probe finds Redis, and the calls go to Redis again.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if err := st.Save(ctx, "chat:2", storage.Session{Lang: "ru"}); err != nil {
			t.Fatal(err)
		}
		if s, _ := primary.Load(ctx, "chat:2"); s.Lang == "ru" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the calls did not go back to Redis. Logs:\n%s", l.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Update 0 was claimed in memory during the outage; the new Redis has not seen it.
	if claim, _, err := st.BeginUpdate(ctx, 0, "chat:w0", false); err != nil || claim != storage.Leased {
		t.Errorf("BeginUpdate after the recovery: claim=%v %v; want it served by Redis", claim, err)
	}
	if down, back := l.Count("WARN", downMsg), l.Count("INFO", backMsg); down != 1 || back != 1 {
		t.Errorf("after the recovery: %d warnings, %d infos; want 1 and 1. Logs:\n%s", down, back, l.String())
	}
}

// outageCalls is what the bot does with one update, checking that each call succeeds.
func outageCalls(ctx context.Context, st *resilient.Store, updateID int64, key string) error {
	claim, _, err := st.BeginUpdate(ctx, updateID, key, false)
	if err != nil || claim != storage.Leased {
		return fmt.Errorf("BeginUpdate(%d): claim=%v %v", updateID, claim, err)
	}
	if err := st.Save(ctx, key, storage.Session{Lang: "kk"}); err != nil {
		return fmt.Errorf("Save: %v", err)
	}
	if s, err := st.Load(ctx, key); err != nil || s.Lang != "kk" {
		return fmt.Errorf("Load: %+v %v", s, err)
	}
	if err := st.Record(ctx, storage.Unanswered{Text: "q"}); err != nil {
		return fmt.Errorf("Record: %v", err)
	}
	return nil
}

// fakeBackend fails (or hangs) as told and counts its calls, to check how a failing primary is
// treated without waiting on a real one.
type fakeBackend struct {
	mu          sync.Mutex
	err         error         // what every call returns
	hang        bool          // block until the call's context is done
	delay       time.Duration // how long each call takes
	calls       int
	inFlight    int
	maxInFlight int
}

func (f *fakeBackend) do(ctx context.Context) error {
	f.mu.Lock()
	f.calls++
	f.inFlight++
	f.maxInFlight = max(f.maxInFlight, f.inFlight)
	err, hang, delay := f.err, f.hang, f.delay
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inFlight--
		f.mu.Unlock()
	}()
	if hang {
		<-ctx.Done()
		return fmt.Errorf("fake: %w", ctx.Err())
	}
	time.Sleep(delay)
	return err
}

func (f *fakeBackend) set(err error, hang bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.err, f.hang = err, hang
}

func (f *fakeBackend) stats() (calls, maxInFlight int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls, f.maxInFlight
}

func (f *fakeBackend) Load(ctx context.Context, _ string) (storage.Session, error) {
	return storage.Session{Lang: "fake"}, f.do(ctx)
}

func (f *fakeBackend) Save(ctx context.Context, _ string, _ storage.Session) error {
	return f.do(ctx)
}

func (f *fakeBackend) BeginUpdate(ctx context.Context, _ int64, _ string, _ bool) (storage.Claim, storage.Session, error) {
	return storage.Leased, storage.Session{Lang: "fake"}, f.do(ctx)
}

func (f *fakeBackend) FinishUpdate(ctx context.Context, _ int64, _ string, _ *storage.Session) error {
	return f.do(ctx)
}

func (f *fakeBackend) ReleaseUpdate(ctx context.Context, _ int64) error { return f.do(ctx) }

func (f *fakeBackend) Record(ctx context.Context, _ storage.Unanswered) error { return f.do(ctx) }

func (f *fakeBackend) Unanswered(ctx context.Context, _ int) ([]storage.Unanswered, error) {
	return nil, f.do(ctx)
}

var errRefused = errors.New("dial tcp 127.0.0.1:6379: connect: connection refused")

// While the primary is down, at most one call at a time probes it, however many come.
func TestOneProbeAtATime(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	primary := &fakeBackend{err: errRefused, delay: 5 * time.Millisecond}
	var l testkit.Logs
	st := resilient.New(primary, memory.NewStore(0, 10), l.Logger())
	st.Cooldown = 0 // probe as often as allowed: only the one-at-a-time rule holds the calls back

	if _, err := st.Load(ctx, "chat:1"); err != nil { // the primary is found down
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			for range 20 {
				if s, err := st.Load(ctx, "chat:1"); err != nil || s.Lang != "" {
					t.Errorf("Load = %+v, %v; want the fallback's empty session", s, err)
					return
				}
			}
		})
	}
	wg.Wait()
	calls, maxInFlight := primary.stats()
	if maxInFlight != 1 {
		t.Errorf("%d calls to the down primary at once; want 1", maxInFlight)
	}
	if calls >= 32*20 {
		t.Errorf("the down primary got %d of %d calls", calls, 32*20+1)
	}
	if n := l.Count("WARN", downMsg); n != 1 {
		t.Errorf("%d warnings; want 1. Logs:\n%s", n, l.String())
	}
}

// The cooldown keeps the calls off a down primary until it is over.
func TestCooldown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	primary := &fakeBackend{err: errRefused}
	var l testkit.Logs
	st := resilient.New(primary, memory.NewStore(0, 10), l.Logger())
	st.Cooldown = 50 * time.Millisecond

	_ = st.Save(ctx, "chat:1", storage.Session{})
	for range 100 {
		_ = st.Save(ctx, "chat:1", storage.Session{})
	}
	if calls, _ := primary.stats(); calls != 1 {
		t.Errorf("%d calls to the primary within the cooldown; want 1", calls)
	}
	primary.set(nil, false)
	time.Sleep(60 * time.Millisecond)
	if s, err := st.Load(ctx, "chat:1"); err != nil || s.Lang != "fake" {
		t.Errorf("after the cooldown: %+v, %v; want the primary's session", s, err)
	}
	if down, back := l.Count("WARN", downMsg), l.Count("INFO", backMsg); down != 1 || back != 1 {
		t.Errorf("%d warnings, %d infos; want 1 and 1. Logs:\n%s", down, back, l.String())
	}
}

// A primary that hangs delays a call by CallTimeout, no more, and the fallback answers it.
func TestHungPrimary(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	primary := &fakeBackend{hang: true}
	var l testkit.Logs
	st := resilient.New(primary, memory.NewStore(0, 10), l.Logger())
	st.CallTimeout = 20 * time.Millisecond

	start := time.Now()
	claim, _, err := st.BeginUpdate(ctx, 1, "chat:1", false)
	if took := time.Since(start); err != nil || claim != storage.Leased || took > time.Second {
		t.Errorf("BeginUpdate = %v, %v after %v; want the fallback's answer after about %v", claim, err, took, st.CallTimeout)
	}
	if n := l.Count("WARN", downMsg); n != 1 {
		t.Errorf("%d warnings; want 1. Logs:\n%s", n, l.String())
	}
}

// Answers of the primary are returned as they are, even errors, and are not outages.
func TestAnswersAreNotOutages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, answer := range []error{redis.Nil, fmt.Errorf("%w: session: bad json", redisstore.ErrCorrupt)} {
		primary := &fakeBackend{err: answer}
		var l testkit.Logs
		st := resilient.New(primary, memory.NewStore(0, 10), l.Logger())
		for range 3 {
			if _, err := st.Load(ctx, "chat:1"); !errors.Is(err, answer) {
				t.Errorf("Load = %v; want the primary's answer %v", err, answer)
			}
		}
		if calls, _ := primary.stats(); calls != 3 {
			t.Errorf("%v: the primary got %d calls of 3", answer, calls)
		}
		if l.String() != "" {
			t.Errorf("%v: logged %s", answer, l.String())
		}
	}
}

// A caller who gives up says nothing about the primary: it is not marked down.
func TestCallerGivesUp(t *testing.T) {
	t.Parallel()
	primary := &fakeBackend{hang: true}
	var l testkit.Logs
	st := resilient.New(primary, memory.NewStore(0, 10), l.Logger())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := st.Save(ctx, "chat:1", storage.Session{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Save = %v; want the caller's deadline", err)
	}
	primary.set(nil, false)
	if s, err := st.Load(context.Background(), "chat:1"); err != nil || s.Lang != "fake" {
		t.Errorf("next call: %+v, %v; want the primary's answer", s, err)
	}
	if l.String() != "" {
		t.Errorf("logged %s", l.String())
	}
}

// A Redis that accepts connections but answers nothing (frozen with SIGSTOP) delays a call by
// CallTimeout, no more: go-redis must honour the context's deadline on its reads.
func TestFrozenRedis(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	server := redistest.Start(t)
	primary := openRedis(t, server.URL())
	var l testkit.Logs
	st := resilient.New(primary, memory.NewStore(time.Hour, 10), l.Logger())
	st.Cooldown = 20 * time.Millisecond
	st.CallTimeout = 100 * time.Millisecond
	if err := st.Save(ctx, "chat:1", storage.Session{Lang: "az"}); err != nil {
		t.Fatal(err)
	}

	server.Freeze()
	start := time.Now()
	claim, sess, err := st.BeginUpdate(ctx, 1, "chat:1", false)
	if took := time.Since(start); err != nil || claim != storage.Leased || took > time.Second {
		t.Errorf("BeginUpdate on a frozen Redis = %v %+v %v after %v; want the fallback's answer after about %v",
			claim, sess, err, took, st.CallTimeout)
	}
	if n := l.Count("WARN", downMsg); n != 1 {
		t.Errorf("%d warnings; want 1. Logs:\n%s", n, l.String())
	}

	server.Thaw()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if s, err := st.Load(ctx, "chat:1"); err != nil {
			t.Fatal(err)
		} else if s.Lang == "az" { // only Redis has it
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the calls did not go back to Redis. Logs:\n%s", l.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := l.Count("INFO", backMsg); n != 1 {
		t.Errorf("%d infos; want 1. Logs:\n%s", n, l.String())
	}
}

// A nil *redisstore.Store, as main has when REDIS_URL is not set, means memory only.
func TestNilRedisStoreIsNoPrimary(t *testing.T) {
	t.Parallel()
	var l testkit.Logs
	var none *redisstore.Store
	st := resilient.New(none, memory.NewStore(time.Hour, 10), l.Logger())
	if err := st.Save(context.Background(), "chat:1", storage.Session{Lang: "az"}); err != nil {
		t.Fatal(err)
	}
	if n := l.Count("WARN", "REDIS_URL not set"); n != 1 {
		t.Errorf("logged:\n%s\nwant the one warning that Redis is not configured", l.String())
	}
}
