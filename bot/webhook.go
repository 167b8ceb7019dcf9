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
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxUpdateBytes bounds a webhook request body: an update is a few kilobytes at most.
const maxUpdateBytes = 1 << 20

// WebhookPath is where updates are posted unless WEBHOOK_URL names another path.
const WebhookPath = "/telegram/webhook"

// runWebhook registers the webhook with its secret token and serves it until ctx ends.
func (b *Bot) runWebhook(ctx context.Context) error {
	ln, err := net.Listen("tcp", b.cfg.WebhookListen)
	if err != nil {
		return fmt.Errorf("listen on WEBHOOK_LISTEN %s: %w", b.cfg.WebhookListen, err)
	}
	return b.serveWebhook(ctx, ln)
}

func (b *Bot) serveWebhook(ctx context.Context, ln net.Listener) error {
	path := WebhookPath
	if u, err := url.Parse(b.cfg.WebhookURL); err == nil && u.Path != "" && u.Path != "/" {
		path = u.Path
	}
	if err := b.setWebhook(ctx); err != nil {
		ln.Close()
		return err
	}
	work, cancelWork := context.WithCancel(context.Background())
	defer cancelWork()
	d := newDispatcher(b.cfg.Workers, queuePerWorker, func(u tgbotapi.Update) { b.handleUpdate(work, u) })

	mux := http.NewServeMux()
	mux.Handle("POST "+path, b.webhookHandler(d))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	b.log.Info("serving webhook", "listen", ln.Addr().String(), "path", path, "bot", b.username)

	select {
	case err := <-serveErr:
		return fmt.Errorf("webhook server: %w", err)
	case <-ctx.Done():
	}
	b.log.Info("stopping: finishing in-flight updates", "grace", b.cfg.ShutdownGrace)
	grace, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownGrace)
	defer cancel()
	// Shutdown waits for running requests, and each request waits for its update.
	if err := srv.Shutdown(grace); err != nil {
		b.log.Warn("webhook requests did not finish in time", "err", err)
	}
	if err := d.close(grace); err != nil {
		cancelWork()
	}
	b.log.Info("stopped")
	return nil
}

// setWebhook calls setWebhook with secret_token, a field newer than the library's Bot API
// 5.5, through its generic request path.
func (b *Bot) setWebhook(ctx context.Context) error {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{
		"url":             b.cfg.WebhookURL,
		"secret_token":    b.cfg.WebhookSecret,
		"allowed_updates": string(allowed),
		"max_connections": "40",
	}
	if _, err := b.api.MakeRequest("setWebhook", params); err != nil {
		return fmt.Errorf("setWebhook: %w", redact(err, b.cfg.Token))
	}
	return nil
}

// webhookHandler accepts an update only with the right secret, and answers 200 only after the
// update was handled, so Telegram redelivers anything a crash interrupted.
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
		var u tgbotapi.Update
		if err != nil || json.Unmarshal(body, &u) != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		done := make(chan struct{})
		if err := d.submit(r.Context(), u, done); err != nil {
			http.Error(w, "stopping", http.StatusServiceUnavailable)
			return
		}
		select {
		case <-done:
			w.WriteHeader(http.StatusOK)
		case <-r.Context().Done():
			// Telegram gave up waiting; it will deliver again and the duplicate check holds.
		}
	})
}
