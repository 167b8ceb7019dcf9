package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/resilient"
)

// The bot over a real Redis that stops in the middle of the conversation and comes back:
// answers never stop, and once Redis is back sessions are stored in it again.
func TestRedisStoppedMidRun_BotKeepsAnswering(t *testing.T) {
	srv := redistest.Start(t)
	rs, err := redisstore.New(context.Background(), srv.URL(), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	logs := &testkit.Logs{}
	store := resilient.New(rs, memory.NewStore(time.Hour, 100), logs.Logger())
	store.Cooldown = 50 * time.Millisecond
	store.CallTimeout = 200 * time.Millisecond

	api := fakeapi.New(t)
	b, err := New(Config{Token: fakeapi.Token, Endpoint: api.Endpoint(), PollTimeout: time.Second, Logger: logs.Logger(),
		Limits: Limits{Global: 1000, PerChat: time.Millisecond}}, testkit.Handler(t, store), store)
	if err != nil {
		t.Fatal(err)
	}
	b.h.RecordUnanswered(store)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()

	api.Push(fakeapi.PrivateText(81, "en", "/lang ru"))
	api.WaitFor("sendMessage", 1)

	srv.Stop()
	api.Push(fakeapi.PrivateText(82, "en", "What was trade in 2024?"))
	if got := api.WaitFor("sendMessage", 2)[1].Params.Get("text"); !strings.Contains(got, "470") {
		t.Errorf("no answer while Redis is down: %q", got)
	}
	if !strings.Contains(logs.String(), "level=WARN") {
		t.Errorf("no warning about the outage:\n%s", logs.String())
	}

	// Redis comes back (empty: it keeps nothing on disk). Choices made now are stored in it.
	srv.Restart()
	deadline := time.Now().Add(5 * time.Second)
	n := 2
	for {
		time.Sleep(100 * time.Millisecond) // past the cooldown
		api.Push(fakeapi.PrivateText(83, "en", "/lang az"))
		n++
		api.WaitFor("sendMessage", n)
		if sess, err := rs.Load(context.Background(), "u:83"); err == nil && sess.Lang == "az" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("after Redis came back the bot did not store sessions in it again")
		}
	}
	if !strings.Contains(logs.String(), "back") {
		t.Errorf("no log line about Redis being back:\n%s", logs.String())
	}
}
