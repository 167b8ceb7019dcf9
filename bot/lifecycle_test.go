package bot

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/storage/memory"
)

// Issue 11: setMyCommands answering 429 retry_after=25 kept /healthz silent for ~100 s and
// made SIGTERM take 95 s. Now the menus are registered in the background: /healthz is served
// meanwhile, and a stop does not wait for the menus.
func TestStartup_SetMyCommands429HoldsNeitherHealthNorStop(t *testing.T) {
	api := fakeapi.New(t)
	api.FailNext("setMyCommands", fakeapi.Failure{Status: 429, Code: 429, RetryAfter: 25, Desc: "Too Many Requests: retry after 25"})
	addr, _ := startWebhook(t, api, memory.NewSessions(time.Hour), nil)
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz while setMyCommands waits: %v %v", resp, err)
	}
	resp.Body.Close()
	api.WaitFor("setMyCommands", 1)
	// The stop at cleanup must not wait out the 25 s: runUntilCleanup allows 10.
}

// Issue 11: 40 updates in one supergroup (20 a minute) and a 20 s grace: the bot exited having
// confirmed all 40 and answered 10. Now what the grace does not cover is handed back: the
// offset stops at the first unanswered update, and after a restart all are answered, once.
func TestShutdown_BacklogBeyondGraceIsHandedBack(t *testing.T) {
	api := fakeapi.New(t)
	store := memory.NewSessions(time.Hour) // shared by both runs, as Redis would be
	const backlog = 8
	for range backlog {
		api.Push(fakeapi.GroupText(-100500, 601, "/help"))
	}
	slow := func(c *Config) {
		c.Limits = Limits{Global: 1000, PerChat: time.Millisecond, PerGroup: 400 * time.Millisecond, ChatBurst: 1}
		c.ShutdownGrace = 500 * time.Millisecond
	}
	r := startBot(t, api, store, slow)
	api.WaitFor("sendMessage", 1)
	r.stop(t)
	answeredFirst := len(api.CallsOf("sendMessage"))
	if answeredFirst >= backlog {
		t.Fatalf("all %d answered within the grace; the test needs a longer backlog", answeredFirst)
	}
	polls := api.CallsOf("getUpdates")
	if got, want := polls[len(polls)-1].Params.Get("offset"), itoa(answeredFirst+1); got != want {
		t.Errorf("confirmed up to offset %s after %d answers; want %s", got, answeredFirst, want)
	}

	startBot(t, api, store, nil)
	api.WaitFor("sendMessage", backlog)
	time.Sleep(100 * time.Millisecond) // room for a duplicate to show
	if n := len(api.CallsOf("sendMessage")); n != backlog {
		t.Errorf("%d replies to %d updates across the restart; want each answered once", n, backlog)
	}
}

// Issue 11: a 429 for one chat delayed the other chats of its worker by its retry_after, and a
// hung sendMessage delayed another chat by minutes. Each chat now has its own queue.
func TestPerChat_OneChatsWaitHoldsNoOther(t *testing.T) {
	api := fakeapi.New(t)
	api.FailNextFor("sendMessage", 701, fakeapi.Failure{Status: 429, Code: 429, RetryAfter: 60, Desc: "Too Many Requests: retry after 60"})
	api.FailNextFor("sendMessage", 702, fakeapi.Failure{Hang: true})
	startBot(t, api, memory.NewSessions(time.Hour), func(c *Config) { c.ShutdownGrace = 100 * time.Millisecond })
	api.Push(fakeapi.PrivateText(701, "en", "/help"), fakeapi.PrivateText(702, "en", "/help"), fakeapi.PrivateText(703, "en", "/help"))
	// WaitFor gives up after 10 s: far less than the 60 s wait or the hung send.
	deadline := time.Now().Add(10 * time.Second)
	for {
		for _, c := range api.CallsOf("sendMessage") {
			if c.Params.Get("chat_id") == "703" {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("chat 703 was held by the other chats' waits")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Issue 11: a 429 on getUpdates ignored retry_after.
func TestGetUpdates429_WaitsRetryAfter(t *testing.T) {
	api := fakeapi.New(t)
	var mu sync.Mutex
	var polls []time.Time
	api.OnCall(func(c fakeapi.Call) {
		if c.Method == "getUpdates" {
			mu.Lock()
			polls = append(polls, time.Now())
			mu.Unlock()
		}
	})
	api.FailNext("getUpdates", fakeapi.Failure{Status: 429, Code: 429, RetryAfter: 1, Desc: "Too Many Requests: retry after 1"})
	r := startBot(t, api, memory.NewSessions(time.Hour), nil)
	api.Push(fakeapi.PrivateText(801, "en", "/help"))
	api.WaitFor("sendMessage", 1)
	mu.Lock()
	defer mu.Unlock()
	if len(polls) < 2 || polls[1].Sub(polls[0]) < time.Second {
		t.Errorf("polled again %v after a 429 with retry_after 1 s", polls[1].Sub(polls[0]))
	}
	if !r.logsContain("retry_in=1s") {
		t.Errorf("the wait is not logged:\n%s", r.logs.String())
	}
}
