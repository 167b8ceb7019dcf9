package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"
)

// readyTimeout bounds each dependency check of /readyz: a probe must answer quickly.
const readyTimeout = 2 * time.Second

// telegramFresh is how long a successful Bot API call vouches for Telegram being reachable.
const telegramFresh = 30 * time.Second

// health answers /healthz (the process is alive and serving) and /readyz (Redis, when
// configured, and Telegram answer).
type health struct {
	b      *Bot
	lastOK atomic.Int64 // unix nanoseconds of the last Bot API call that got an answer
}

func newHealth(b *Bot) *health { return &health{b: b} }

// telegramAnswered records that Telegram answered a call (even with an error: it is reachable).
func (h *health) telegramAnswered() { h.lastOK.Store(time.Now().UnixNano()) }

func (h *health) ready(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if h.b.cfg.Ready != nil {
		if err := h.b.cfg.Ready(ctx); err != nil {
			return fmt.Errorf("store: %w", err)
		}
	}
	if time.Since(time.Unix(0, h.lastOK.Load())) < telegramFresh {
		return nil
	}
	if _, err := withContext(ctx, h.b.api).MakeRequest("getMe", nil); err != nil {
		if !isAPIError(err) { // no answer came back; an API error is an answer
			return fmt.Errorf("telegram: %w", redact(err, h.b.cfg.Token))
		}
	}
	h.telegramAnswered()
	return nil
}

// opsMux serves /metrics, /healthz and /readyz.
func (b *Bot) opsMux(mux *http.ServeMux) {
	mux.Handle("GET /metrics", b.metrics.handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := b.health.ready(r.Context()); err != nil {
			// The reason helps the operator; it names an address at most, never a secret.
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
}

// serveOps serves the operations endpoints on addr until stop is called.
func (b *Bot) serveOps(addr string) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on METRICS_LISTEN %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	b.opsMux(mux)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.log.Warn("metrics server stopped", "err", err)
		}
	}()
	b.log.Info("serving /metrics, /healthz and /readyz", "listen", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		_ = srv.Close()
		<-done
	}, nil
}
