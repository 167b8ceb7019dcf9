package bot

import (
	"context"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the kinds of updates the bot asks Telegram for.
var allowedUpdates = []string{"message", "callback_query", "inline_query"}

// queuePerWorker bounds the updates waiting per worker; past it the poller waits.
const queuePerWorker = 64

// bgCtx is the context of work that must finish even while the bot is stopping.
func (b *Bot) bgCtx() context.Context { return context.Background() }

// runPolling long-polls getUpdates until ctx ends, then drains the workers and confirms the
// offset, so a restart gets no update twice.
func (b *Bot) runPolling(ctx context.Context) error {
	// getUpdates is refused while a webhook is set (409): polling means no webhook.
	if _, err := b.out.request(ctx, 0, false, tgbotapi.DeleteWebhookConfig{}); err != nil {
		b.log.Warn("deleteWebhook failed", "err", err)
	}
	work, cancelWork := context.WithCancel(context.Background())
	defer cancelWork()
	d := newDispatcher(b.cfg.Workers, queuePerWorker, func(u tgbotapi.Update) { b.handleUpdate(work, u) })
	stopPolls := context.AfterFunc(ctx, b.polls.stop)
	defer stopPolls()

	b.log.Info("polling for updates", "bot", b.username)
	offset, failures := 0, 0
	for ctx.Err() == nil {
		updates, err := b.api.GetUpdates(tgbotapi.UpdateConfig{
			Offset: offset, Timeout: int(b.cfg.PollTimeout / time.Second), AllowedUpdates: allowedUpdates,
		})
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			failures++
			b.log.Warn("getUpdates failed", "err", redact(err, b.cfg.Token), "attempt", failures)
			_ = sleepCtx(ctx, min(time.Duration(failures)*time.Second, 15*time.Second))
			continue
		}
		failures = 0
		for _, u := range updates {
			if err := d.submit(ctx, u, nil); err != nil {
				break // stopping: this update and later ones stay unconfirmed and come again
			}
			offset = u.UpdateID + 1
		}
	}
	b.log.Info("stopping: finishing in-flight updates", "grace", b.cfg.ShutdownGrace)
	grace, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownGrace)
	defer cancel()
	if err := d.close(grace); err != nil {
		b.log.Warn("in-flight updates did not finish in time", "err", err)
		cancelWork()
	}
	if offset > 0 {
		// Confirm what was handled: getUpdates with the next offset marks earlier updates read.
		b.polls.resume()
		if _, err := b.api.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Limit: 1}); err != nil {
			b.log.Warn("could not confirm the last update", "err", redact(err, b.cfg.Token))
		}
	}
	b.log.Info("stopped")
	return nil
}
