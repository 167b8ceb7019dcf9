package bot

import (
	"context"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// outcome is how the handling of one update ended.
type outcome int

const (
	// answered: the reply was accepted (or the update needs none, or it was answered before):
	// the update may be confirmed.
	answered outcome = iota
	// handedBack: the update was not answered (shutdown, Telegram unreachable, another
	// handler holds it); it must not be confirmed, so that it is delivered again.
	handedBack
	// retry: the reply failed for a reason that may pass; the worker tries again later.
	retry
	// busy: another handler holds the update's lease; ask again once it may have expired.
	busy
)

// job is one update waiting in its chat's queue.
type job struct {
	u        tgbotapi.Update
	key      int64
	finished func(outcome) // called once, with answered or handedBack; may be nil
}

// dispatcher keeps one queue per chat: the updates of a chat are handled in order, one at a
// time, while every chat proceeds on its own — a chat waiting on a 429 or a hung send never
// holds another. A chat's goroutine lives while its queue has work.
type dispatcher struct {
	handle func(ctx context.Context, u tgbotapi.Update) outcome
	work   context.Context // cancelled when the grace period is over: abandon what is left

	mu     sync.Mutex
	queues map[int64][]job
	closed bool
	wg     sync.WaitGroup
	depth  func(delta int) // reports the number of queued updates (metrics); may be nil
}

// retryBackoff bounds the wait before a failed reply is tried again.
var retryBackoff = []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 10 * time.Second}

// busyWait is how often a webhook delivery of an update leased elsewhere asks again.
const busyWait = 250 * time.Millisecond

func newDispatcher(work context.Context, handle func(context.Context, tgbotapi.Update) outcome) *dispatcher {
	return &dispatcher{handle: handle, work: work, queues: map[int64][]job{}}
}

// submit queues an update in its chat's queue. It returns false once the dispatcher is closed.
func (d *dispatcher) submit(u tgbotapi.Update, finished func(outcome)) bool {
	key := orderKey(u)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return false
	}
	q, running := d.queues[key]
	d.queues[key] = append(q, job{u: u, key: key, finished: finished})
	if d.depth != nil {
		d.depth(1)
	}
	if !running {
		d.wg.Add(1)
		go d.run(key)
	}
	return true
}

// run handles a chat's queue until it is empty.
func (d *dispatcher) run(key int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[key]
		if len(q) == 0 {
			delete(d.queues, key)
			d.mu.Unlock()
			return
		}
		j := q[0]
		d.mu.Unlock()

		o := d.attempt(j)

		d.mu.Lock()
		d.queues[key] = d.queues[key][1:]
		if d.depth != nil {
			d.depth(-1)
		}
		d.mu.Unlock()
		if j.finished != nil {
			j.finished(o)
		}
	}
}

// attempt handles one update until it is answered or must be handed back.
func (d *dispatcher) attempt(j job) outcome {
	for try := 0; ; try++ {
		if d.work.Err() != nil {
			return handedBack
		}
		o := d.handle(d.work, j.u)
		switch o {
		case answered, handedBack:
			return o
		case busy:
			if sleepCtx(d.work, busyWait) != nil {
				return handedBack
			}
		case retry:
			if sleepCtx(d.work, retryBackoff[min(try, len(retryBackoff)-1)]) != nil {
				return handedBack
			}
		}
	}
}

// close stops taking updates and waits until the queues are empty or ctx ends. What is still
// queued then is left for abandon.
func (d *dispatcher) close(ctx context.Context) error {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	finished := make(chan struct{})
	go func() { d.wg.Wait(); close(finished) }()
	select {
	case <-finished:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// wait waits for the chat goroutines after the work context was cancelled: each hands back
// its update and the rest of its queue, without calling Telegram again.
func (d *dispatcher) wait() { d.wg.Wait() }

// orderKey is what must be handled in order: the chat, or the user when there is no chat.
// Updates come from outside: a field may be missing where Telegram promises it.
func orderKey(u tgbotapi.Update) int64 {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	case u.InlineQuery != nil && u.InlineQuery.From != nil:
		return u.InlineQuery.From.ID
	}
	return int64(u.UpdateID)
}
