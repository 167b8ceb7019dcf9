package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the kinds of updates the bot asks Telegram for.
var allowedUpdates = []string{"message", "callback_query", "inline_query", "my_chat_member"}

// confirmTimeout bounds the last getUpdates at shutdown, which confirms the answered updates.
const confirmTimeout = 5 * time.Second

// idleRecheck is how long the poller waits for progress when Telegram has nothing new for it
// but the updates it is still handling (getUpdates does not long-poll while any is unconfirmed).
const idleRecheck = 500 * time.Millisecond

// runPolling long-polls getUpdates until ctx ends. An update is confirmed (the offset moves
// past it) only once it and every update before it are answered: a crash at any moment loses
// nothing, it only makes Telegram deliver again what was not confirmed.
func (b *Bot) runPolling(ctx context.Context, d *dispatcher, cancelWork context.CancelFunc) error {
	// getUpdates is refused while a webhook is set (409): polling means no webhook.
	if _, err := b.out.request(ctx, 0, false, tgbotapi.DeleteWebhookConfig{}); err != nil && ctx.Err() == nil {
		b.log.Warn("deleteWebhook failed", "err", err)
	}
	tr := newTracker()
	b.log.Info("polling for updates", "bot", b.username)
	failures := 0
	for ctx.Err() == nil {
		raws, err := b.getUpdates(ctx, tr.offset(), b.cfg.PollTimeout)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			failures++
			wait := min(time.Duration(failures)*time.Second, 15*time.Second)
			var tgErr *tgbotapi.Error
			if errors.As(err, &tgErr) && tgErr.Code == 429 {
				wait = time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
				b.metrics.waited429(wait)
			}
			b.log.Warn("getUpdates failed", "err", err, "attempt", failures, "retry_in", wait)
			_ = sleepCtx(ctx, wait)
			continue
		}
		failures = 0
		fresh := 0
		for _, raw := range raws {
			id, u, err := decodeUpdate(raw)
			if id < 0 {
				// Not even an update_id: nothing to confirm it by. Telegram does not send
				// such a thing; if it did, the next update's confirmation drops it.
				b.log.Error("update without update_id skipped", "err", err)
				b.metrics.undecodable()
				continue
			}
			if !tr.add(id) {
				continue // in hand already: still being handled, or answered and not yet confirmed
			}
			fresh++
			if err != nil {
				b.log.Error("undecodable update skipped", "update_id", id, "err", err)
				b.metrics.undecodable()
				tr.finish(id, answered)
				continue
			}
			if !d.submit(u, func(o outcome) { tr.finish(id, o) }) {
				tr.finish(id, handedBack)
			}
		}
		if fresh == 0 && len(raws) > 0 {
			tr.waitProgress(ctx, idleRecheck)
		}
	}
	b.shutdown(d, cancelWork)
	// Confirm what was answered: getUpdates with an offset marks every earlier update read.
	// Updates handed back stay unconfirmed and come again after the restart.
	if off := tr.offset(); off > 0 {
		cctx, cancel := context.WithTimeout(context.Background(), confirmTimeout)
		defer cancel()
		if _, err := b.getUpdatesOnce(cctx, off, 1, 0); err != nil {
			b.log.Warn("could not confirm the answered updates; they will be delivered again", "err", err)
		}
		b.log.Info("stopped", "confirmed_below", off, "handed_back", tr.unfinished())
		return nil
	}
	b.log.Info("stopped")
	return nil
}

// shutdown lets the queued updates finish within the grace period, then abandons the rest:
// their sends are cancelled and they are handed back, not confirmed.
func (b *Bot) shutdown(d *dispatcher, cancelWork context.CancelFunc) {
	b.log.Info("stopping: finishing in-flight updates", "grace", b.cfg.ShutdownGrace)
	grace, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownGrace)
	defer cancel()
	if err := d.close(grace); err != nil {
		b.log.Warn("grace period over: unfinished updates are handed back to Telegram")
	}
	cancelWork()
	d.wait()
}

// getUpdates asks for the updates from offset on, as raw JSON: each is decoded on its own, so
// that one Telegram cannot be decoded does not hold up its neighbours.
func (b *Bot) getUpdates(ctx context.Context, offset int, timeout time.Duration) ([]json.RawMessage, error) {
	return b.getUpdatesOnce(ctx, offset, 100, timeout)
}

func (b *Bot) getUpdatesOnce(ctx context.Context, offset, limit int, timeout time.Duration) ([]json.RawMessage, error) {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{"allowed_updates": string(allowed), "limit": strconv.Itoa(limit),
		"timeout": strconv.Itoa(int(timeout / time.Second))}
	if offset > 0 {
		params["offset"] = strconv.Itoa(offset)
	}
	// The long poll may take timeout; the sender's timeout bounds only the answer after it.
	pctx, cancel := context.WithTimeout(ctx, timeout+b.out.timeout)
	defer cancel()
	resp, err := withContext(pctx, b.api).MakeRequest("getUpdates", params)
	b.metrics.sent("getUpdates", err)
	if err == nil || isAPIError(err) {
		b.health.telegramAnswered()
	}
	if err != nil {
		return nil, redact(err, b.cfg.Token)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(resp.Result, &raws); err != nil {
		return nil, fmt.Errorf("getUpdates: result is not a list: %w", err)
	}
	return raws, nil
}

// decodeUpdate decodes one update. id is -1 when not even update_id can be read; err is set
// when the update cannot be decoded whole or misses a field the bot relies on.
func decodeUpdate(raw json.RawMessage) (id int, u tgbotapi.Update, err error) {
	var head struct {
		UpdateID *int `json:"update_id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.UpdateID == nil {
		if err == nil {
			err = errors.New("no update_id")
		}
		return -1, u, err
	}
	id = *head.UpdateID
	if err := json.Unmarshal(raw, &u); err != nil {
		return id, u, err
	}
	return id, u, nil
}

// tracker keeps the updates received and not yet confirmed, to confirm only up to the first
// one not answered.
type tracker struct {
	mu       sync.Mutex
	state    map[int]bool // update id → answered
	next     int          // the offset when every update in hand is answered
	progress chan struct{}
}

func newTracker() *tracker {
	return &tracker{state: map[int]bool{}, progress: make(chan struct{}, 1)}
}

// add records a received update; false when it is in hand already.
func (t *tracker) add(id int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.state[id]; ok || id < t.low() {
		return false
	}
	t.state[id] = false
	t.next = max(t.next, id+1)
	return true
}

// finish records how an update's handling ended; only answered updates may be confirmed.
func (t *tracker) finish(id int, o outcome) {
	t.mu.Lock()
	if o == answered {
		t.state[id] = true
	}
	t.mu.Unlock()
	select {
	case t.progress <- struct{}{}:
	default:
	}
}

// low is the lowest update id in hand, or next; with t.mu held.
func (t *tracker) low() int {
	low := t.next
	for id := range t.state {
		low = min(low, id)
	}
	return low
}

// offset is the getUpdates offset: the first update not answered (every one before it is),
// or the next to come. Answered updates below it are forgotten.
func (t *tracker) offset() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]int, 0, len(t.state))
	for id := range t.state {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		if !t.state[id] {
			return id
		}
		delete(t.state, id)
	}
	return t.next
}

// unfinished counts the updates in hand that are not answered.
func (t *tracker) unfinished() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, done := range t.state {
		if !done {
			n++
		}
	}
	return n
}

// waitProgress waits until an update is finished, at most d.
func (t *tracker) waitProgress(ctx context.Context, d time.Duration) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-t.progress:
	case <-timer.C:
	case <-ctx.Done():
	}
}
