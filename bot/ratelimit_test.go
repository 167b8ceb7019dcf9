package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

func newSharedBot(t *testing.T, api *fakeapi.Server, shared storage.RateLimiter, global float64, logs *testkit.Logs) *Bot {
	t.Helper()
	b, err := New(Config{Token: fakeapi.Token, Endpoint: api.Endpoint(), Logger: logs.Logger(),
		Limits:       Limits{Global: global, PerChat: time.Millisecond, PerGroup: time.Millisecond},
		SharedLimits: shared}, newHandler(t, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Issue 11: two replicas sent 61–63 messages in one second, each keeping Telegram's 30/s on its
// own. With the budget shared through Redis, two senders together stay within it.
func TestSharedLimit_TwoReplicasStayWithinTheGlobalBudget(t *testing.T) {
	redisURL := redistest.URL(t)
	prefix := redistest.Prefix(t, redisURL)
	api := fakeapi.New(t)
	var mu sync.Mutex
	perSecond := map[int64]int{}
	api.OnCall(func(c fakeapi.Call) {
		if c.Method == "sendMessage" {
			mu.Lock()
			perSecond[time.Now().Unix()]++
			mu.Unlock()
		}
	})
	const rate, perReplica = 20, 30
	var wg sync.WaitGroup
	for replica := range 2 {
		rs, err := redisstore.New(context.Background(), redisURL, redisstore.Options{KeyPrefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = rs.Close() })
		b := newSharedBot(t, api, rs, rate, &testkit.Logs{})
		for i := range perReplica {
			wg.Go(func() {
				chat := int64(1000*replica + i + 1)
				if err := b.out.sendReply(context.Background(), chat, false, 0, handlers.Reply{Text: "hi"}); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	total := 0
	for sec, n := range perSecond {
		total += n
		// The slots are 1/rate apart; one more may fall into a second when a send scheduled
		// just before its start reaches the server just after it.
		if n > rate+1 {
			t.Errorf("%d messages in second %d; the shared budget is %d/s", n, sec, rate)
		}
	}
	if total != 2*perReplica {
		t.Errorf("%d messages sent; want %d", total, 2*perReplica)
	}
}

// While the shared limiter's Redis is down, each replica limits itself: sends go on, with one
// warning.
func TestSharedLimit_RedisDownFallsBackToLocal(t *testing.T) {
	srv := redistest.Start(t)
	rs, err := redisstore.Open(srv.URL(), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	srv.Stop()
	api := fakeapi.New(t)
	logs := &testkit.Logs{}
	b := newSharedBot(t, api, rs, 1000, logs)
	for i := range 5 {
		if err := b.out.sendReply(context.Background(), int64(i+1), false, 0, handlers.Reply{Text: "hi"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := logs.Count("WARN", "shared rate limit unavailable"); n != 1 {
		t.Errorf("%d warnings; want 1:\n%s", n, logs.String())
	}
}
