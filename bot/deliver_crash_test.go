package bot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

func defaultWorkers() int {
	var c DeliveryConfig
	c.defaults()
	return c.Workers
}

// subscribeMany subscribes n private chats numbered from first and queues one announcement to
// them all.
func subscribeMany(t testing.TB, rs *redisstore.Store, id string, first int64, n int) {
	t.Helper()
	chats := make([]int64, n)
	for i := range n {
		chats[i] = first + int64(i)
		subscribe(t, rs, chats[i], "private", "en")
	}
	enqueue(t, rs, announcement(id), chats)
}

// receipts counts the accepted sendMessage calls per chat.
func receipts(api *fakeapi.Server) map[int64]int {
	per := map[int64]int{}
	for _, c := range api.CallsOf("sendMessage") {
		id, _ := strconv.ParseInt(c.Params.Get("chat_id"), 10, 64)
		per[id]++
	}
	return per
}

// slowLimits spread the deliveries over about a second, so that a stop falls amid them.
func slowLimits(c *Config) {
	c.Limits = Limits{Global: 300, PerChat: time.Millisecond, PerGroup: time.Millisecond}
}

func waitReceipts(api *fakeapi.Server, n int) {
	for deadline := time.Now().Add(20 * time.Second); len(receipts(api)) < n && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
}

func assertExactlyOnce(t *testing.T, api *fakeapi.Server, first int64, n int) {
	t.Helper()
	per := receipts(api)
	for i := range n {
		if got := per[first+int64(i)]; got != 1 {
			t.Errorf("chat %d got the announcement %d times; want once", first+int64(i), got)
		}
	}
}

// A bot stopped in the middle of a delivery to many chats, then started again: every chat
// gets the announcement exactly once — the sends in flight finish and are recorded, the rest
// is released to the next start.
func TestDelivery_StoppedMidwayAndRestarted_EachChatExactlyOnce(t *testing.T) {
	api := fakeapi.New(t)
	url := redistest.URL(t)
	prefix := redistest.Prefix(t, url)
	rs := openOutbox(t, url, prefix)
	const chats = 300
	subscribeMany(t, rs, "crash1", 1000, chats)
	first := startDelivering(t, api, rs, slowLimits)
	waitReceipts(api, chats/3)
	first.stop(t)
	stoppedAt := len(receipts(api))
	if stoppedAt >= chats {
		t.Fatalf("the stop came after the whole delivery (%d chats): nothing was tested", stoppedAt)
	}
	again := openOutbox(t, url, prefix)
	startDelivering(t, api, again, slowLimits)
	st := waitStatus(t, again, "crash1")
	t.Logf("stopped after %d chats; status %+v", stoppedAt, st)
	if st.Sent != chats {
		t.Errorf("status %+v; want %d sent", st, chats)
	}
	assertExactlyOnce(t, api, 1000, chats)
}

// Two replicas share the outbox; one is stopped midway; between them every chat gets the
// announcement exactly once.
func TestDelivery_TwoReplicasOneStopped_EachChatExactlyOnce(t *testing.T) {
	api := fakeapi.New(t)
	url := redistest.URL(t)
	prefix := redistest.Prefix(t, url)
	rs := openOutbox(t, url, prefix)
	const chats = 300
	subscribeMany(t, rs, "crash2", 5000, chats)
	a := startDelivering(t, api, rs, slowLimits)
	startDelivering(t, api, openOutbox(t, url, prefix), slowLimits)
	waitReceipts(api, chats/3)
	a.stop(t)
	st := waitStatus(t, rs, "crash2")
	if st.Sent != chats {
		t.Errorf("status %+v; want %d sent", st, chats)
	}
	assertExactlyOnce(t, api, 5000, chats)
}

// Environment of the child process of TestKill9_Delivery.
const childDeliverEnv = "CORRIDORBOT_TEST_DELIVER_CHILD"

// TestChildDeliverer is not a test: it is the delivering bot TestKill9_Delivery runs as a
// child process and kills. It skips unless asked to run.
func TestChildDeliverer(t *testing.T) {
	if os.Getenv(childDeliverEnv) != "1" {
		t.Skip("the child process of TestKill9_Delivery")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	rs := openOutbox(t, os.Getenv(childRedisEnv), os.Getenv(childPrefixEnv))
	logs := &testkit.Logs{}
	b, err := New(Config{Token: fakeapi.Token, Endpoint: os.Getenv(childEndpointEnv), PollTimeout: time.Second,
		Logger: logs.Logger(), Limits: Limits{Global: 300, PerChat: time.Millisecond, PerGroup: time.Millisecond},
		Subscriptions: rs, Outbox: rs, SharedLimits: rs, Delivery: DeliveryConfig{Block: 50 * time.Millisecond}},
		testkit.Handler(t, memory.NewSessions(time.Hour)), memory.NewSessions(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

// The delivery engine is killed (SIGKILL) at random moments of a delivery to many chats, one
// replica alone and then two at once, and started again: every chat gets the announcement.
// A chat gets it twice only when a kill fell between Telegram's acceptance of its message
// and the record of it — at most one message per worker per kill — and those are counted.
func TestKill9_Delivery(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the bot as a child process several times")
	}
	for _, replicas := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d replicas", replicas), func(t *testing.T) {
			api := fakeapi.New(t)
			url := redistest.URL(t)
			prefix := redistest.Prefix(t, url)
			rs := openOutbox(t, url, prefix)
			const chats = 600
			subscribeMany(t, rs, "kill", 20_000, chats)
			start := func() *exec.Cmd {
				cmd := exec.Command(os.Args[0], "-test.run=^TestChildDeliverer$")
				cmd.Env = append(os.Environ(), childDeliverEnv+"=1", childEndpointEnv+"="+api.Endpoint(),
					childRedisEnv+"="+url, childPrefixEnv+"="+prefix)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				return cmd
			}
			const kills = 4
			for kill := range kills {
				var cmds []*exec.Cmd
				for range replicas {
					cmds = append(cmds, start())
				}
				time.Sleep(time.Duration(300+rand.IntN(700)) * time.Millisecond)
				for _, cmd := range cmds {
					_ = cmd.Process.Signal(syscall.SIGKILL)
					_ = cmd.Wait()
				}
				t.Logf("kill %d: %d chats reached so far", kill+1, len(receipts(api)))
			}
			var cmds []*exec.Cmd
			for range replicas {
				cmds = append(cmds, start())
			}
			st := waitStatus(t, rs, "kill")
			for _, cmd := range cmds {
				_ = cmd.Process.Signal(syscall.SIGTERM)
				_ = cmd.Wait()
			}
			per := receipts(api)
			twice := 0
			for i := range chats {
				n := per[20_000+int64(i)]
				if n == 0 {
					t.Errorf("chat %d never got the announcement", 20_000+i)
				}
				twice += max(n-1, 0)
			}
			t.Logf("%d replicas, %d kills: %d chats, %d got it twice; status %+v", replicas, kills*replicas, len(per), twice, st)
			if limit := kills * replicas * defaultWorkers(); twice > limit {
				t.Errorf("%d chats got it twice; at most %d sends can be in flight at the kills", twice, limit)
			}
			if st.Sent != chats || st.Queued != 0 {
				t.Errorf("status %+v; want all %d sent", st, chats)
			}
		})
	}
}
