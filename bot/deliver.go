package bot

import (
	"context"
	"errors"
	"html"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/storage"
)

// DeliveryConfig tunes the delivery of the outbox; zero fields take the defaults.
type DeliveryConfig struct {
	Workers     int           // deliveries sent at once by this replica, default 4
	Batch       int           // entries read from the outbox at once, default 32
	MaxAttempts int           // failed sends (5xx, timeouts) before a delivery is dead-lettered, default 5
	Backoff     time.Duration // wait after the first failed send, doubled after each, default 1 s
	MaxBackoff  time.Duration // longest wait between attempts, default 1 min
	Max429      int           // 429 answers one delivery may get before it counts as a failed attempt, default 10
	Block       time.Duration // how long one read of the outbox waits for new entries, default 2 s
	// Tick is how often digests are looked for (and whatever else runs periodically), default 1 min.
	Tick time.Duration
	// Periodic, when set, runs every Tick while the bot delivers (digests: see handlers.Digests).
	Periodic func(ctx context.Context, now time.Time) error
}

func (c *DeliveryConfig) defaults() {
	if c.Workers <= 0 {
		c.Workers = 4
	}
	if c.Batch <= 0 {
		c.Batch = 32
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 5
	}
	if c.Backoff <= 0 {
		c.Backoff = time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = time.Minute
	}
	if c.Max429 <= 0 {
		c.Max429 = 10
	}
	if c.Block <= 0 {
		c.Block = 2 * time.Second
	}
	if c.Tick <= 0 {
		c.Tick = time.Minute
	}
}

// deliver runs the delivery of the outbox until ctx ends: one reader hands entries to the
// workers; on stop the sends in flight finish and are recorded, the rest is released for the
// next holder.
func (b *Bot) deliver(ctx context.Context) {
	cfg, out := b.cfg.Delivery, b.cfg.Outbox
	jobs := make(chan storage.Delivery)
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Go(func() {
			for d := range jobs {
				b.deliverOne(ctx, d)
			}
		})
	}
	if cfg.Periodic != nil {
		wg.Go(func() {
			t := time.NewTicker(cfg.Tick)
			defer t.Stop()
			for {
				if err := cfg.Periodic(ctx, time.Now()); err != nil && ctx.Err() == nil {
					b.log.Warn("periodic delivery work failed", "err", err)
				}
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
		})
	}
	failures := 0
	for ctx.Err() == nil {
		ds, err := out.Next(ctx, cfg.Batch, cfg.Block)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			failures++
			b.metrics.storeError("outbox_read")
			b.log.Warn("outbox not readable", "err", err, "attempt", failures)
			_ = sleepCtx(ctx, min(time.Duration(failures)*time.Second, 15*time.Second))
			continue
		}
		failures = 0
		for i, d := range ds {
			select {
			case jobs <- d:
			case <-ctx.Done():
				// Read but not started: released, so another replica (or the next start)
				// takes them at once.
				for _, rest := range ds[i:] {
					b.releaseDelivery(rest)
				}
			}
		}
	}
	close(jobs)
	wg.Wait()
}

// deliveryStoreTimeout bounds the outbox calls made after a send, which must happen even
// while the bot stops (the send is out: it must be recorded).
const deliveryStoreTimeout = 5 * time.Second

func (b *Bot) releaseDelivery(d storage.Delivery) {
	ctx, cancel := context.WithTimeout(context.Background(), deliveryStoreTimeout)
	defer cancel()
	if err := b.cfg.Outbox.Release(ctx, d); err != nil {
		b.log.Debug("delivery not released; it is taken over when its lease expires", "err", err)
	}
}

// stillLeased renews the lease on d after a wait that may have outlasted it: false when
// another replica took the delivery over meanwhile (it sends it), or it is done already.
func (b *Bot) stillLeased(ctx context.Context, d storage.Delivery) bool {
	claim, _, err := b.cfg.Outbox.Begin(ctx, d)
	if err != nil {
		b.log.Warn("delivery lease not renewed; it comes back later", "item", d.ItemID, "chat", d.ChatID, "err", err)
		return false
	}
	return claim == storage.Leased
}

// deliverOne sends one delivery and records its outcome.
func (b *Bot) deliverOne(ctx context.Context, d storage.Delivery) {
	if _, busy := b.sending.LoadOrStore(d.Entry, struct{}{}); busy {
		return // another worker of this process has it
	}
	defer b.sending.Delete(d.Entry)
	out := b.cfg.Outbox
	claim, job, err := out.Begin(ctx, d)
	if err != nil {
		if ctx.Err() == nil {
			b.metrics.storeError("outbox_begin")
			b.log.Warn("delivery not leased; it comes back later", "item", d.ItemID, "chat", d.ChatID, "err", err)
		}
		return
	}
	if claim != storage.Leased {
		return // sent already, or another replica holds it
	}
	if job.InDoubt {
		// Its last holder died mid-send: Telegram may have the message already. Sent again,
		// since a chat missing an announcement is worse than one seeing it twice.
		b.metrics.delivered("in_doubt")
		b.log.Warn("delivery taken over from a stopped replica; it may arrive twice", "item", d.ItemID, "chat", d.ChatID)
	}
	text := job.Item.Text(job.Sub.Lang)
	switch {
	case !job.Subscribed:
		b.endDelivery(d, storage.Skipped, "not subscribed")
		return
	case text == "":
		b.endDelivery(d, storage.Failed, "no text")
		return
	}
	group := job.Sub.Kind != "private"
	msg := tgbotapi.NewMessage(d.ChatID, html.EscapeString(clipRunes(text, MaxMessageLen)))
	msg.ParseMode = tgbotapi.ModeHTML
	msg.DisableWebPagePreview = true

	cfg := b.cfg.Delivery
	failed, got429 := 0, 0
	for {
		if err := b.out.lim.waitPolite(ctx, d.ChatID, group); err != nil {
			b.releaseDelivery(d) // stopping before the send: nothing went out
			return
		}
		// The send is not cut short by a stop: once it is on its way its outcome is recorded.
		sendCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.out.timeout)
		_, err := b.out.call(sendCtx, "sendMessage", func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error) { return api.Request(msg) })
		cancel()
		if err == nil {
			b.recordSent(d)
			return
		}
		var tgErr *tgbotapi.Error
		isAPI := errors.As(err, &tgErr)
		switch {
		case isAPI && tgErr.Code == 429 && got429 < cfg.Max429:
			got429++
			wait := time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
			b.metrics.waited429(wait)
			b.log.Warn("Telegram asks to slow down", "retry_after", wait, "chat", d.ChatID)
			if sleepCtx(ctx, wait) != nil {
				b.releaseDelivery(d)
				return
			}
			if !b.stillLeased(ctx, d) {
				return
			}
			continue
		case isAPI && tgErr.MigrateToChatID != 0:
			b.redirect(ctx, d, tgErr.MigrateToChatID)
			return
		case isAPI && tgErr.Code == 403:
			b.unsubscribe(context.WithoutCancel(ctx), d.ChatID, "forbidden by Telegram: "+tgErr.Message)
			b.endDelivery(d, storage.Failed, "403 "+tgErr.Message)
			return
		case isAPI && tgErr.Code >= 400 && tgErr.Code < 500 && tgErr.Code != 429:
			b.endDelivery(d, storage.Failed, strconv.Itoa(tgErr.Code)+" "+tgErr.Message)
			return
		}
		// 5xx, a timeout, the network, or 429 too often: a failed attempt.
		failed++
		if failed >= cfg.MaxAttempts {
			b.log.Warn("delivery dead-lettered", "item", d.ItemID, "chat", d.ChatID, "attempts", failed, "err", err)
			b.endDelivery(d, storage.Dead, err.Error())
			return
		}
		backoff := min(cfg.Backoff<<(failed-1), cfg.MaxBackoff)
		if sleepCtx(ctx, backoff) != nil {
			b.releaseDelivery(d)
			return
		}
		if !b.stillLeased(ctx, d) {
			return
		}
	}
}

func (b *Bot) recordSent(d storage.Delivery) {
	ctx, cancel := context.WithTimeout(context.Background(), deliveryStoreTimeout)
	defer cancel()
	b.metrics.delivered("sent")
	if err := b.cfg.Outbox.Sent(ctx, d); err != nil {
		b.metrics.storeError("outbox_sent")
		b.log.Warn("delivery sent but not recorded; it may be sent again", "item", d.ItemID, "chat", d.ChatID, "err", err)
	}
}

func (b *Bot) endDelivery(d storage.Delivery, outcome, reason string) {
	ctx, cancel := context.WithTimeout(context.Background(), deliveryStoreTimeout)
	defer cancel()
	b.metrics.delivered(outcome)
	if err := b.cfg.Outbox.End(ctx, d, outcome, reason); err != nil {
		b.metrics.storeError("outbox_end")
		b.log.Warn("delivery outcome not recorded", "item", d.ItemID, "chat", d.ChatID, "outcome", outcome, "err", err)
	}
}

// redirect follows a group that became a supergroup: its subscription moves, and the delivery
// is queued again to the new id, once.
func (b *Bot) redirect(ctx context.Context, d storage.Delivery, to int64) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), deliveryStoreTimeout)
	defer cancel()
	if b.subs != nil {
		if _, err := b.subs.MoveSubscription(ctx, d.ChatID, to); err != nil {
			b.log.Warn("subscription not moved to the supergroup", "from", d.ChatID, "to", to, "err", err)
			b.releaseDelivery(d)
			return
		}
	}
	if err := b.cfg.Outbox.Redirect(ctx, d, to); err != nil {
		b.log.Warn("delivery not redirected to the supergroup", "from", d.ChatID, "to", to, "err", err)
		return
	}
	b.log.Info("group became a supergroup: delivery redirected", "from", d.ChatID, "to", to)
}
