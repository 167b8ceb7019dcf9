// Package memory keeps the bot's state in the process: the default of `chat`, and the fallback
// of the bot when Redis is not configured or not reachable. Everything it holds is bounded: a
// capped number of sessions, least recently used evicted first, each forgotten a time to live
// after its last save — so without Redis the choices of long-idle users are forgotten.
package memory

import (
	"context"
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/corridorbot/corridorbot/storage"
)

// RecentUpdates is how many update ids the ledger remembers. Telegram redelivers an update
// soon after a failure, so the last hundred thousand are plenty, and the memory used stays
// bounded however long the process runs.
const RecentUpdates = 100_000

// DefaultMaxSessions is the cap on sessions of a store made with maxSessions < 1.
const DefaultMaxSessions = 10_000

// DefaultLease is how long an update's lease holds before another delivery may take it.
const DefaultLease = 10 * time.Second

// ledgerTTL outlasts Telegram's redelivery window (it keeps an update for 24 hours).
const ledgerTTL = 48 * time.Hour

// Sessions is an in-memory session store and update ledger with a time to live and a cap.
type Sessions struct {
	ttl   time.Duration
	now   func() time.Time
	Lease time.Duration // how long a lease holds; set before the first call

	// The LRU frees what expired or overflowed; expires is also checked on load, against now,
	// so that expiry does not depend on the LRU's background sweep.
	m *expirable.LRU[string, entry]

	mu      sync.Mutex // makes BeginUpdate's check-and-claim atomic
	updates *expirable.LRU[int64, updateState]
}

type entry struct {
	s       storage.Session
	expires time.Time
}

type updateState struct {
	done       bool
	leaseUntil time.Time
}

// NewSessions returns a store whose sessions expire ttl after their last save (0 = never),
// holding at most DefaultMaxSessions of them.
func NewSessions(ttl time.Duration) *Sessions { return NewSessionsCapped(ttl, DefaultMaxSessions) }

// NewSessionsCapped is NewSessions holding at most maxSessions sessions (DefaultMaxSessions
// when maxSessions < 1), the least recently used evicted first.
func NewSessionsCapped(ttl time.Duration, maxSessions int) *Sessions {
	if maxSessions < 1 {
		maxSessions = DefaultMaxSessions
	}
	return &Sessions{
		ttl: ttl, now: time.Now, Lease: DefaultLease,
		m:       expirable.NewLRU[string, entry](maxSessions, nil, ttl),
		updates: expirable.NewLRU[int64, updateState](RecentUpdates, nil, ledgerTTL),
	}
}

// Len is the number of sessions held.
func (s *Sessions) Len() int { return s.m.Len() }

// Load returns the session of a conversation, or an empty one.
func (s *Sessions) Load(_ context.Context, key string) (storage.Session, error) {
	return s.load(key), nil
}

func (s *Sessions) load(key string) storage.Session {
	e, ok := s.m.Get(key)
	if !ok {
		return storage.Session{}
	}
	if s.ttl > 0 && s.now().After(e.expires) {
		s.m.Remove(key)
		return storage.Session{}
	}
	e.s.LastFacts = append([]string(nil), e.s.LastFacts...) // callers must not share our slice
	return e.s
}

// Save stores the session of a conversation.
func (s *Sessions) Save(_ context.Context, key string, sess storage.Session) error {
	sess.LastFacts = append([]string(nil), sess.LastFacts...)
	s.m.Add(key, entry{s: sess, expires: s.now().Add(s.ttl)})
	return nil
}

// BeginUpdate claims an update and loads the session of its conversation; see
// storage.Ledger. Only the last RecentUpdates ids are remembered.
func (s *Sessions) BeginUpdate(_ context.Context, updateID int64, sessionKey string, takeOver bool) (storage.Claim, storage.Session, error) {
	s.mu.Lock()
	claim := storage.Leased
	st, ok := s.updates.Peek(updateID)
	now := s.now()
	switch {
	case ok && st.done:
		claim = storage.Done
	case ok && !takeOver && now.Before(st.leaseUntil):
		claim = storage.Busy
	default:
		s.updates.Add(updateID, updateState{leaseUntil: now.Add(s.Lease)})
	}
	s.mu.Unlock()
	if sessionKey == "" {
		return claim, storage.Session{}, nil
	}
	return claim, s.load(sessionKey), nil
}

// FinishUpdate marks an update done and saves the session when sess is not nil.
func (s *Sessions) FinishUpdate(ctx context.Context, updateID int64, sessionKey string, sess *storage.Session) error {
	s.mu.Lock()
	s.updates.Add(updateID, updateState{done: true})
	s.mu.Unlock()
	if sess != nil && sessionKey != "" {
		return s.Save(ctx, sessionKey, *sess)
	}
	return nil
}

// ReleaseUpdate drops the lease on an unfinished update.
func (s *Sessions) ReleaseUpdate(_ context.Context, updateID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.updates.Peek(updateID); ok && !st.done {
		s.updates.Remove(updateID)
	}
	return nil
}

// DefaultUnansweredCap is the capacity of an Unanswered log made with a capacity below 1.
const DefaultUnansweredCap = 10_000

// Unanswered is an in-memory log of the questions the bot could not answer. It keeps the
// newest ones up to its capacity and is safe for concurrent use.
type Unanswered struct {
	mu       sync.Mutex
	ring     []storage.Unanswered
	next     int // where the next question goes; the newest one is just before it
	capacity int
}

// NewUnanswered returns a log keeping the last capacity questions (DefaultUnansweredCap when
// capacity < 1).
func NewUnanswered(capacity int) *Unanswered {
	if capacity < 1 {
		capacity = DefaultUnansweredCap
	}
	return &Unanswered{capacity: capacity}
}

// Record adds a question, dropping the oldest one when the log is full.
func (u *Unanswered) Record(_ context.Context, q storage.Unanswered) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	if len(u.ring) < u.capacity {
		u.ring = append(u.ring, q)
	} else {
		u.ring[u.next] = q
	}
	u.next = (u.next + 1) % u.capacity
	return nil
}

// Unanswered returns up to limit questions, newest first; all of them when limit < 1.
func (u *Unanswered) Unanswered(_ context.Context, limit int) ([]storage.Unanswered, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	n := len(u.ring)
	if limit < 1 || limit > n {
		limit = n
	}
	out := make([]storage.Unanswered, limit)
	for i := range out {
		out[i] = u.ring[(u.next-1-i+2*n)%n]
	}
	return out, nil
}

// Store is sessions, the update ledger and the unanswered log together: everything the bot
// keeps, in memory. It is the fallback of the Redis store, with the same methods.
type Store struct {
	*Sessions
	log *Unanswered
}

var _ storage.Store = (*Store)(nil)

// NewStore returns a store whose sessions expire sessionTTL after their last save (0 = never),
// at most DefaultMaxSessions of them, and whose log keeps the last unansweredCap questions.
func NewStore(sessionTTL time.Duration, unansweredCap int) *Store {
	return NewStoreCapped(sessionTTL, DefaultMaxSessions, unansweredCap)
}

// NewStoreCapped is NewStore holding at most maxSessions sessions.
func NewStoreCapped(sessionTTL time.Duration, maxSessions, unansweredCap int) *Store {
	return &Store{Sessions: NewSessionsCapped(sessionTTL, maxSessions), log: NewUnanswered(unansweredCap)}
}

// Record adds an unanswered question to the log.
func (s *Store) Record(ctx context.Context, q storage.Unanswered) error { return s.log.Record(ctx, q) }

// Unanswered returns up to limit unanswered questions, newest first; all when limit < 1.
func (s *Store) Unanswered(ctx context.Context, limit int) ([]storage.Unanswered, error) {
	return s.log.Unanswered(ctx, limit)
}
