package bot

import (
	"context"
	"net/http"
	"strings"
	"sync"
)

// pollCanceller lets a stop signal interrupt a long getUpdates poll (the library's calls take
// no context) while replies being sent during shutdown go on.
type pollCanceller struct {
	mu     sync.Mutex
	ctx    context.Context
	cancel context.CancelFunc
}

func newPollCanceller() *pollCanceller {
	ctx, cancel := context.WithCancel(context.Background())
	return &pollCanceller{ctx: ctx, cancel: cancel}
}

// stop aborts the running poll and any later one.
func (p *pollCanceller) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cancel()
}

// resume lets one more poll run (the final offset confirmation at shutdown).
func (p *pollCanceller) resume() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ctx, p.cancel = context.WithCancel(context.Background())
}

func (p *pollCanceller) current() context.Context {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ctx
}

func (p *pollCanceller) wrap(rt http.RoundTripper) http.RoundTripper {
	if rt == nil {
		rt = http.DefaultTransport
	}
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if strings.HasSuffix(r.URL.Path, "/getUpdates") {
			r = r.WithContext(p.current())
		}
		return rt.RoundTrip(r)
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
