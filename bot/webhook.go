package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxUpdateBytes bounds a webhook request body: an update is a few kilobytes at most.
const maxUpdateBytes = 1 << 20

// WebhookPath is where updates are posted unless WEBHOOK_URL names another path.
const WebhookPath = "/telegram/webhook"

// serveWebhook serves the webhook (and the operations endpoints) on ln at once, registers the
// webhook with its secret token, and serves until ctx ends.
func (b *Bot) serveWebhook(ctx context.Context, ln net.Listener, d *dispatcher, cancelWork context.CancelFunc) error {
	path := WebhookPath
	if u, err := url.Parse(b.cfg.WebhookURL); err == nil && u.Path != "" && u.Path != "/" {
		path = u.Path
	}
	mux := http.NewServeMux()
	mux.Handle("POST "+path, b.webhookHandler(d))
	b.opsMux(mux)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	b.log.Info("serving webhook", "listen", ln.Addr().String(), "path", path, "bot", b.username)

	// Registered after the server is up: Telegram may post at once.
	if err := b.setWebhook(ctx); err != nil && ctx.Err() == nil {
		_ = srv.Close()
		<-serveErr
		return err
	}
	select {
	case err := <-serveErr:
		return fmt.Errorf("webhook server: %w", err)
	case <-ctx.Done():
	}
	// Requests in flight wait for their update; when the grace is over the updates left are
	// handed back, and their requests answer 503 so that Telegram delivers them again.
	var wg sync.WaitGroup
	wg.Go(func() {
		grace, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownGrace+time.Second)
		defer cancel()
		if err := srv.Shutdown(grace); err != nil {
			_ = srv.Close()
		}
	})
	b.shutdown(d, cancelWork)
	wg.Wait()
	b.log.Info("stopped")
	return nil
}

// setWebhook calls setWebhook with secret_token, a field newer than the library's Bot API
// 5.5, through its generic request path; it waits out a 429 like any other call.
func (b *Bot) setWebhook(ctx context.Context) error {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{
		"url":             b.cfg.WebhookURL,
		"secret_token":    b.cfg.WebhookSecret,
		"allowed_updates": string(allowed),
		"max_connections": "40",
	}
	for attempt := 1; ; attempt++ {
		_, err := b.out.call(ctx, "setWebhook", func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error) {
			return api.MakeRequest("setWebhook", params)
		})
		if err == nil {
			return nil
		}
		var tgErr *tgbotapi.Error
		if !errors.As(err, &tgErr) || tgErr.Code != 429 || attempt > b.cfg.Limits.MaxRetries {
			return fmt.Errorf("setWebhook: %w", err)
		}
		wait := time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
		b.metrics.waited429(wait)
		if err := sleepCtx(ctx, wait); err != nil {
			return err
		}
	}
}

// webhookHandler accepts an update only with the right secret, and answers 200 only after the
// update was answered, so Telegram redelivers anything a crash or a shutdown interrupted.
func (b *Bot) webhookHandler(d *dispatcher) http.Handler {
	secret := []byte(b.cfg.WebhookSecret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token"))
		if subtle.ConstantTimeCompare(got, secret) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpdateBytes))
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "update too large", http.StatusRequestEntityTooLarge)
			return
		}
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		id, u, err := decodeUpdate(body)
		if err != nil {
			// Redelivering it would fail the same way: take it, log it, and move on.
			b.log.Error("undecodable update skipped", "update_id", id, "err", err)
			b.metrics.undecodable()
			w.WriteHeader(http.StatusOK)
			return
		}
		result := make(chan outcome, 1)
		if !d.submit(u, func(o outcome) { result <- o }) {
			http.Error(w, "stopping", http.StatusServiceUnavailable)
			return
		}
		select {
		case o := <-result:
			if o == answered {
				w.WriteHeader(http.StatusOK)
				return
			}
			http.Error(w, "not answered; deliver again", http.StatusServiceUnavailable)
		case <-r.Context().Done():
			// Telegram gave up waiting; it will deliver again and the ledger holds.
		}
	})
}
