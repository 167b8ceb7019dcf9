// Package memory keeps sessions in the process: the default of `chat`, and the fallback of the
// bot when Redis is not configured or not reachable.
package memory

import (
	"context"
	"sync"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
)

// Sessions is an in-memory session store with a time to live.
type Sessions struct {
	mu  sync.Mutex
	ttl time.Duration
	now func() time.Time
	m   map[string]entry
}

type entry struct {
	s       handlers.Session
	expires time.Time
}

// NewSessions returns a store whose sessions expire ttl after their last save (0 = never).
func NewSessions(ttl time.Duration) *Sessions {
	return &Sessions{ttl: ttl, now: time.Now, m: map[string]entry{}}
}

// Load returns the session of a conversation, or an empty one.
func (s *Sessions) Load(_ context.Context, key string) (handlers.Session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[key]
	if !ok {
		return handlers.Session{}, nil
	}
	if s.ttl > 0 && s.now().After(e.expires) {
		delete(s.m, key)
		return handlers.Session{}, nil
	}
	e.s.LastFacts = append([]string(nil), e.s.LastFacts...) // callers must not share our slice
	return e.s, nil
}

// Save stores the session of a conversation.
func (s *Sessions) Save(_ context.Context, key string, sess handlers.Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess.LastFacts = append([]string(nil), sess.LastFacts...)
	s.m[key] = entry{s: sess, expires: s.now().Add(s.ttl)}
	return nil
}
