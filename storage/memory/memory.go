// Package memory keeps sessions in the process: the default of `chat`, and the fallback of the
// bot when Redis is not configured or not reachable.
package memory

import (
	"context"
	"sync"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
)

// RecentUpdates is how many update ids Sessions.BeginUpdate remembers. Telegram re-delivers an
// update soon after a failure, so the last hundred thousand are plenty, and the memory used
// stays bounded however long the process runs.
const RecentUpdates = 100_000

// Sessions is an in-memory session store with a time to live.
type Sessions struct {
	mu  sync.Mutex
	ttl time.Duration
	now func() time.Time
	m   map[string]entry

	// seen holds the recent update ids; seenOrder holds the same ids in a ring, so that the
	// oldest one (at seenNext once the ring is full) is dropped when a new one comes.
	seen      map[int64]struct{}
	seenOrder []int64
	seenNext  int
	seenCap   int
}

type entry struct {
	s       handlers.Session
	expires time.Time
}

// NewSessions returns a store whose sessions expire ttl after their last save (0 = never).
func NewSessions(ttl time.Duration) *Sessions {
	return &Sessions{ttl: ttl, now: time.Now, m: map[string]entry{}, seen: map[int64]struct{}{}, seenCap: RecentUpdates}
}

// Load returns the session of a conversation, or an empty one.
func (s *Sessions) Load(_ context.Context, key string) (handlers.Session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.load(key), nil
}

// load is Load with s.mu held.
func (s *Sessions) load(key string) handlers.Session {
	e, ok := s.m[key]
	if !ok {
		return handlers.Session{}
	}
	if s.ttl > 0 && s.now().After(e.expires) {
		delete(s.m, key)
		return handlers.Session{}
	}
	e.s.LastFacts = append([]string(nil), e.s.LastFacts...) // callers must not share our slice
	return e.s
}

// Save stores the session of a conversation.
func (s *Sessions) Save(_ context.Context, key string, sess handlers.Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess.LastFacts = append([]string(nil), sess.LastFacts...)
	s.m[key] = entry{s: sess, expires: s.now().Add(s.ttl)}
	return nil
}

// BeginUpdate claims an update and loads the session of its conversation (none when sessionKey
// is ""). first is false when the update was already claimed: a duplicate delivery. Only the
// last RecentUpdates ids are remembered.
func (s *Sessions) BeginUpdate(_ context.Context, updateID int64, sessionKey string) (bool, handlers.Session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := s.claim(updateID)
	if sessionKey == "" {
		return first, handlers.Session{}, nil
	}
	return first, s.load(sessionKey), nil
}

// claim records an update id, dropping the oldest one when the ring is full; with s.mu held.
func (s *Sessions) claim(updateID int64) bool {
	if _, dup := s.seen[updateID]; dup {
		return false
	}
	if len(s.seenOrder) < s.seenCap {
		s.seenOrder = append(s.seenOrder, updateID)
	} else {
		delete(s.seen, s.seenOrder[s.seenNext])
		s.seenOrder[s.seenNext] = updateID
		s.seenNext = (s.seenNext + 1) % s.seenCap
	}
	s.seen[updateID] = struct{}{}
	return true
}

// DefaultUnansweredCap is the capacity of an Unanswered log made with a capacity below 1.
const DefaultUnansweredCap = 10_000

// Unanswered is an in-memory log of the questions the bot could not answer. It keeps the
// newest ones up to its capacity and is safe for concurrent use.
type Unanswered struct {
	mu       sync.Mutex
	ring     []handlers.Unanswered
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
func (u *Unanswered) Record(_ context.Context, q handlers.Unanswered) error {
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
func (u *Unanswered) Unanswered(_ context.Context, limit int) ([]handlers.Unanswered, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	n := len(u.ring)
	if limit < 1 || limit > n {
		limit = n
	}
	out := make([]handlers.Unanswered, limit)
	for i := range out {
		out[i] = u.ring[(u.next-1-i+2*n)%n]
	}
	return out, nil
}

// Store is sessions and the unanswered log together: everything the bot keeps, in memory.
// It is the fallback of the Redis store, with the same methods.
type Store struct {
	sessions   *Sessions
	unanswered *Unanswered
}

// NewStore returns a store whose sessions expire sessionTTL after their last save (0 = never)
// and whose log keeps the last unansweredCap questions.
func NewStore(sessionTTL time.Duration, unansweredCap int) *Store {
	return &Store{sessions: NewSessions(sessionTTL), unanswered: NewUnanswered(unansweredCap)}
}

// Load returns the session of a conversation, or an empty one.
func (s *Store) Load(ctx context.Context, key string) (handlers.Session, error) {
	return s.sessions.Load(ctx, key)
}

// Save stores the session of a conversation.
func (s *Store) Save(ctx context.Context, key string, sess handlers.Session) error {
	return s.sessions.Save(ctx, key, sess)
}

// BeginUpdate claims an update and loads its session; see Sessions.BeginUpdate.
func (s *Store) BeginUpdate(ctx context.Context, updateID int64, sessionKey string) (bool, handlers.Session, error) {
	return s.sessions.BeginUpdate(ctx, updateID, sessionKey)
}

// Record adds an unanswered question to the log.
func (s *Store) Record(ctx context.Context, q handlers.Unanswered) error {
	return s.unanswered.Record(ctx, q)
}

// Unanswered returns up to limit unanswered questions, newest first; all when limit < 1.
func (s *Store) Unanswered(ctx context.Context, limit int) ([]handlers.Unanswered, error) {
	return s.unanswered.Unanswered(ctx, limit)
}
