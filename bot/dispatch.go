package bot

import (
	"context"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// dispatcher runs updates on a fixed pool of workers: updates of one chat always go to the
// same worker, so they are handled in order, while different chats proceed in parallel.
type dispatcher struct {
	queues []chan job
	wg     sync.WaitGroup
}

type job struct {
	u    tgbotapi.Update
	done chan struct{} // closed when handled; nil when nobody waits
}

func newDispatcher(workers, queue int, handle func(tgbotapi.Update)) *dispatcher {
	d := &dispatcher{queues: make([]chan job, workers)}
	for i := range d.queues {
		q := make(chan job, queue)
		d.queues[i] = q
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			for j := range q {
				handle(j.u)
				if j.done != nil {
					close(j.done)
				}
			}
		}()
	}
	return d
}

// submit queues an update, waiting while its worker is busy (back-pressure on the poller).
func (d *dispatcher) submit(ctx context.Context, u tgbotapi.Update, done chan struct{}) error {
	q := d.queues[uint64(orderKey(u))%uint64(len(d.queues))]
	select {
	case q <- job{u: u, done: done}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close stops taking updates and waits for the queued ones, or until ctx ends.
func (d *dispatcher) close(ctx context.Context) error {
	for _, q := range d.queues {
		close(q)
	}
	finished := make(chan struct{})
	go func() { d.wg.Wait(); close(finished) }()
	select {
	case <-finished:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// orderKey is what must be handled in order: the chat, or the user when there is no chat.
func orderKey(u tgbotapi.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	case u.InlineQuery != nil && u.InlineQuery.From != nil:
		return u.InlineQuery.From.ID
	}
	return int64(u.UpdateID)
}
