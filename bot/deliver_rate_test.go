package bot

import (
	"sync"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
)

// With Telegram's limits scaled up (so that the test is short) and enforced by the fake Bot
// API, a delivery to many chats reaches every chat and is never refused with 429. The rate it
// reaches (≥ 0.95 of the allowed one on an idle machine) is logged, not asserted: a loaded
// machine slows the sender, which is no fault of it — speed is measured, never a pass/fail.
func TestDelivery_ReachesTheAllowedRateWithout429(t *testing.T) {
	if testing.Short() {
		t.Skip("sends for a few seconds")
	}
	const allowed, chats = 200, 800 // messages a second the fake allows; four seconds of work
	api := fakeapi.New(t)
	api.Enforce(fakeapi.Limits{Global: allowed, PerChat: time.Second})
	var mu sync.Mutex
	var times []time.Time
	api.OnCall(func(c fakeapi.Call) {
		if c.Method == "sendMessage" {
			mu.Lock()
			times = append(times, time.Now())
			mu.Unlock()
		}
	})
	rs := newOutbox(t)
	subscribeMany(t, rs, "rate", 100_000, chats)
	// The bot is configured a little under the fake's limit: the fake measures arrivals,
	// which jitter around the slots the bot books.
	startDelivering(t, api, rs, func(c *Config) {
		c.Limits = Limits{Global: allowed * 0.98, PerChat: time.Second, PerGroup: 3 * time.Second}
	})
	st := waitStatus(t, rs, "rate")
	if st.Sent != chats {
		t.Fatalf("status %+v; want %d sent", st, chats)
	}
	mu.Lock()
	defer mu.Unlock()
	span := times[len(times)-1].Sub(times[0])
	rate := float64(len(times)-1) / span.Seconds()
	t.Logf("%d messages in %v: %.1f/s of %d/s allowed (%.3f), %d refused with 429", len(times), span.Round(time.Millisecond), rate, allowed, rate/allowed, api.TooMany())
	if api.TooMany() != 0 {
		t.Errorf("%d sends refused with 429; want none", api.TooMany())
	}
	if rate > allowed*1.02 {
		t.Errorf("%.1f messages a second; the limit is %d", rate, allowed) // faster than allowed is a fault
	}
}
