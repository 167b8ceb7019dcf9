package bot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/resilient"
)

// Environment of the child process of TestKill9_EveryUpdateAnswered.
const (
	childEnv         = "CORRIDORBOT_TEST_CHILD"
	childEndpointEnv = "CORRIDORBOT_TEST_ENDPOINT"
	childRedisEnv    = "CORRIDORBOT_TEST_REDIS"
	childPrefixEnv   = "CORRIDORBOT_TEST_PREFIX"
)

// TestChildBot is not a test: it is the bot that TestKill9_EveryUpdateAnswered runs as a child
// process (this test binary run again) and kills. It skips unless asked to run.
func TestChildBot(t *testing.T) {
	if os.Getenv(childEnv) != "1" {
		t.Skip("the child process of TestKill9_EveryUpdateAnswered")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	rs, err := redisstore.Open(os.Getenv(childRedisEnv), redisstore.Options{KeyPrefix: os.Getenv(childPrefixEnv)})
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	logs := &testkit.Logs{}
	store := resilient.New(rs, memory.NewStore(time.Hour, 100), logs.Logger())
	b, err := New(Config{Token: fakeapi.Token, Endpoint: os.Getenv(childEndpointEnv), PollTimeout: time.Second,
		// 300 replies a second: the work takes a few seconds, so the kills fall amid it.
		Logger: logs.Logger(), Limits: Limits{Global: 300, PerChat: time.Microsecond, PerGroup: time.Microsecond}},
		testkit.Handler(t, store), store)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

// Issue 11: 1,000 updates, kill -9 at 5 s, restart: 450 were never answered. Now the bot is
// killed at random moments while it works through the updates and restarted each time: every
// update is answered, and few twice (only those whose reply went out just before the kill,
// before their done mark).
func TestKill9_EveryUpdateAnswered(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the bot as a child process several times")
	}
	redisURL := redistest.URL(t)
	prefix := redistest.Prefix(t, redisURL)
	api := fakeapi.New(t)
	const updates = 600
	for i := range updates {
		// One user each: the flood guard stays out of it, and a reply's chat names its update.
		api.Push(fakeapi.PrivateText(int64(10_000+i), "en", "/help"))
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestChildBot$")
		cmd.Env = append(os.Environ(), childEnv+"=1", childEndpointEnv+"="+api.Endpoint(),
			childRedisEnv+"="+redisURL, childPrefixEnv+"="+prefix)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	answered := func() map[string]int {
		per := map[string]int{}
		for _, c := range api.CallsOf("sendMessage") {
			per[c.Params.Get("chat_id")]++
		}
		return per
	}
	for kill := range 6 {
		cmd := start()
		// A random moment of the work: before the first poll, amid the replies, after them.
		time.Sleep(time.Duration(50+rand.IntN(600)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		t.Logf("kill %d: %d chats answered so far", kill+1, len(answered()))
	}
	// The last run is left to finish, then stopped as an operator would.
	cmd := start()
	deadline := time.Now().Add(60 * time.Second)
	for len(answered()) < updates && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()

	per := answered()
	duplicates := 0
	for i := range updates {
		n := per[fmt.Sprint(10_000+i)]
		if n == 0 {
			t.Errorf("update of chat %d never answered", 10_000+i)
		}
		duplicates += max(n-1, 0)
	}
	t.Logf("%d updates, %d answered, %d duplicate replies", updates, len(per), duplicates)
	if duplicates*50 > updates {
		t.Errorf("%d duplicate replies of %d updates; want at most 2%%", duplicates, updates)
	}
}
