// Package resilient keeps the bot working when Redis does not: it serves from Redis while Redis
// answers, from memory while it does not, and goes back to Redis once it answers again.
//
// What is written to memory during an outage stays there: when Redis is back, conversations
// continue from what Redis had before the outage. Losing a few minutes of conversation memory
// is the price of never stalling or failing an update.
package resilient

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore"
)

// Backend is what Store needs of each of its stores: redisstore.Store and memory.Store.
type Backend = storage.Store

// Defaults of Store's fields.
const (
	DefaultCooldown    = 2 * time.Second
	DefaultCallTimeout = 500 * time.Millisecond
)

// Store serves from a primary backend and falls back to another one while the primary fails.
// It is safe for concurrent use.
type Store struct {
	// Cooldown is how long the primary is left alone after it failed; then one call probes it.
	// Set it before the first call.
	Cooldown time.Duration
	// CallTimeout bounds each call to the primary, so that a hung server delays an update by
	// this much at most. Set it before the first call.
	CallTimeout time.Duration

	primary, fallback Backend
	logger            *slog.Logger

	mu      sync.Mutex
	down    bool      // the primary failed and has not answered since
	probeAt time.Time // while down: when the next probe may go
	probing bool      // while down: a probe is in flight, the other calls use the fallback
	epoch   uint64    // counts the switches, to ignore the outcome of calls that straddle one
}

// The bot uses a Store through these interfaces.
var _ storage.Store = (*Store)(nil)

// New returns a store over primary (nil: use the fallback only) and fallback. logger (nil:
// slog.Default) receives one warning when the primary goes down and one info when it is back.
func New(primary, fallback Backend, logger *slog.Logger) *Store {
	if logger == nil {
		logger = slog.Default()
	}
	// A nil *redisstore.Store in the interface is not == nil, and would panic on the first
	// call: it is what main passes when it made no Redis store, so it means "no primary".
	if rs, ok := primary.(*redisstore.Store); ok && rs == nil {
		primary = nil
	}
	if primary == nil {
		logger.Warn("REDIS_URL not set: sessions are kept in memory")
	}
	return &Store{
		Cooldown:    DefaultCooldown,
		CallTimeout: DefaultCallTimeout,
		primary:     primary,
		fallback:    fallback,
		logger:      logger,
	}
}

// Load returns the session of a conversation, or an empty one.
func (s *Store) Load(ctx context.Context, key string) (storage.Session, error) {
	return serve(ctx, s, func(ctx context.Context, b Backend) (storage.Session, error) {
		return b.Load(ctx, key)
	})
}

// Save stores the session of a conversation.
func (s *Store) Save(ctx context.Context, key string, sess storage.Session) error {
	_, err := serve(ctx, s, func(ctx context.Context, b Backend) (struct{}, error) {
		return struct{}{}, b.Save(ctx, key, sess)
	})
	return err
}

// beginResult is what BeginUpdate returns, in one value for serve.
type beginResult struct {
	claim storage.Claim
	sess  storage.Session
}

// BeginUpdate claims an update and loads its session; see storage.Ledger. During an outage
// the claims are only those of this process.
func (s *Store) BeginUpdate(ctx context.Context, updateID int64, sessionKey string, takeOver bool) (storage.Claim, storage.Session, error) {
	r, err := serve(ctx, s, func(ctx context.Context, b Backend) (beginResult, error) {
		c, sess, err := b.BeginUpdate(ctx, updateID, sessionKey, takeOver)
		return beginResult{c, sess}, err
	})
	return r.claim, r.sess, err
}

// FinishUpdate marks an update done and saves its session when sess is not nil.
func (s *Store) FinishUpdate(ctx context.Context, updateID int64, sessionKey string, sess *storage.Session) error {
	_, err := serve(ctx, s, func(ctx context.Context, b Backend) (struct{}, error) {
		return struct{}{}, b.FinishUpdate(ctx, updateID, sessionKey, sess)
	})
	return err
}

// ReleaseUpdate gives up this process's lease on an unfinished update.
func (s *Store) ReleaseUpdate(ctx context.Context, updateID int64) error {
	_, err := serve(ctx, s, func(ctx context.Context, b Backend) (struct{}, error) {
		return struct{}{}, b.ReleaseUpdate(ctx, updateID)
	})
	return err
}

// Record adds an unanswered question to the log.
func (s *Store) Record(ctx context.Context, q storage.Unanswered) error {
	_, err := serve(ctx, s, func(ctx context.Context, b Backend) (struct{}, error) {
		return struct{}{}, b.Record(ctx, q)
	})
	return err
}

// Unanswered returns up to limit unanswered questions, newest first; all when limit < 1.
func (s *Store) Unanswered(ctx context.Context, limit int) ([]storage.Unanswered, error) {
	return serve(ctx, s, func(ctx context.Context, b Backend) ([]storage.Unanswered, error) {
		return b.Unanswered(ctx, limit)
	})
}

// serve runs call on the primary when it is up (or due for a probe), else on the fallback;
// a call the primary fails is run again on the fallback, whose answer alone is returned.
func serve[T any](ctx context.Context, s *Store, call func(context.Context, Backend) (T, error)) (T, error) {
	t, usePrimary := s.route()
	if !usePrimary {
		return call(ctx, s.fallback)
	}
	primaryCtx, cancel := context.WithTimeout(ctx, s.CallTimeout)
	v, err := call(primaryCtx, s.primary)
	cancel()
	if !isOutage(err) {
		s.settle(t, nil)
		return v, err // the primary answered, even if the answer is an error
	}
	if ctx.Err() != nil {
		// The caller gave up, or its deadline passed: that says nothing about the primary,
		// and there is no one left to serve.
		s.release(t)
		var zero T
		return zero, ctx.Err()
	}
	s.settle(t, err)
	return call(ctx, s.fallback)
}

// isOutage tells a primary that did not answer from one that answered. "Not found" and
// undecodable data are answers: falling back on them would hide them and flap for nothing.
func isOutage(err error) bool {
	return err != nil && !errors.Is(err, redis.Nil) && !errors.Is(err, redisstore.ErrCorrupt)
}

// ticket is a call's permission to use the primary.
type ticket struct {
	epoch uint64 // the epoch the call started in
	probe bool   // the call is the one probe of a down primary
}

// route decides where a call goes: the primary when it is up, or when it is down, the cooldown
// is over and no other probe is in flight.
func (s *Store) route() (ticket, bool) {
	if s.primary == nil {
		return ticket{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return ticket{epoch: s.epoch}, true
	}
	if s.probing || time.Now().Before(s.probeAt) {
		return ticket{}, false
	}
	s.probing = true
	return ticket{epoch: s.epoch, probe: true}, true
}

// release ends a call to the primary whose outcome says nothing about it.
func (s *Store) release(t ticket) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t.probe {
		s.probing = false
	}
}

// settle records the outcome of a call to the primary (failure nil: it answered) and logs the
// switches, once each.
func (s *Store) settle(t ticket, failure error) {
	s.mu.Lock()
	if t.probe {
		s.probing = false
	}
	var wentDown, cameBack bool
	switch {
	case t.epoch != s.epoch:
		// The call started before a switch (a slow failure after the primary came back, a
		// slow success after it went down): it says nothing about the primary now.
	case failure == nil:
		if s.down {
			s.down, cameBack = false, true
			s.epoch++
		}
	default:
		if !s.down {
			s.down, wentDown = true, true
			s.epoch++
		}
		s.probeAt = time.Now().Add(s.Cooldown)
	}
	s.mu.Unlock()

	// Logged outside the lock, so that a slow log does not hold up the other calls.
	if wentDown {
		s.logger.Warn("Redis is unreachable: sessions are kept in memory until it is back",
			"error", failure, "retry_every", s.Cooldown)
	}
	if cameBack {
		s.logger.Info("Redis is back: sessions are kept in Redis again")
	}
}

// Down reports whether the store serves from its fallback because the primary failed (or
// because there is no primary).
func (s *Store) Down() bool {
	if s.primary == nil {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.down
}

// Collector is the fallback state as a metric, for /metrics.
func (s *Store) Collector() prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "corridorbot_store_fallback",
		Help: "1 while the bot's state is kept in memory because Redis is not configured or not reachable."},
		func() float64 {
			if s.Down() {
				return 1
			}
			return 0
		})
}
