// Package storage declares what the bot keeps — sessions, the ledger of updates and the log of
// unanswered questions — and the interfaces its stores implement (storage/memory,
// storage/redisstore, storage/resilient). It imports nothing of the bot, so a store does not
// drag in the knowledge base, and handlers and bot can both use its types.
package storage

import (
	"context"
	"time"
)

// Session is what the bot remembers about one conversation.
type Session struct {
	Lang         string    `json:"lang,omitempty"`          // chosen with /lang; "" = not chosen
	LastLang     string    `json:"last_lang,omitempty"`     // of the conversation so far: a follow-up keeps it
	LastQuestion string    `json:"last_question,omitempty"` // for follow-ups such as "and in 2025?"
	LastFacts    []string  `json:"last_facts,omitempty"`
	LastTopic    string    `json:"last_topic,omitempty"`
	Updated      time.Time `json:"updated"`
}

// SessionStore keeps sessions by conversation key.
type SessionStore interface {
	Load(ctx context.Context, key string) (Session, error)
	Save(ctx context.Context, key string, s Session) error
}

// Unanswered is a question the bot could not answer, kept for the editors of the knowledge
// base: what was asked, in which language, when — never who asked.
type Unanswered struct {
	Text string    `json:"text"`
	Lang string    `json:"lang"`
	Time time.Time `json:"time"`
}

// UnansweredLog records unanswered questions.
type UnansweredLog interface {
	Record(ctx context.Context, q Unanswered) error
}

// UnansweredReader lists the recorded questions, newest first; all of them when limit < 1.
type UnansweredReader interface {
	Unanswered(ctx context.Context, limit int) ([]Unanswered, error)
}

// Claim is the state of an update when a handler asks for it.
type Claim int

const (
	// Leased: the caller now holds the update's lease and must handle it, then call
	// FinishUpdate once its reply was accepted (or ReleaseUpdate if it gives up).
	Leased Claim = iota
	// Done: the update was answered already (a redelivery): nothing to do.
	Done
	// Busy: another handler holds an unexpired lease on it; ask again later.
	Busy
)

func (c Claim) String() string {
	switch c {
	case Leased:
		return "leased"
	case Done:
		return "done"
	case Busy:
		return "busy"
	}
	return "unknown"
}

// Ledger makes the handling of updates at-least-once with idempotent replies: an update is
// leased (with an expiry, so a crashed holder does not keep it) before it is handled, and
// marked done only after its reply was accepted, so a redelivery after a crash is answered
// and a redelivery of an answered update is not.
type Ledger interface {
	// BeginUpdate claims an update and loads the session of its conversation (none when
	// sessionKey is ""), in one round trip. takeOver takes a lease another holder has, for
	// callers that know that holder is gone (one poller at a time: a lease it did not take
	// itself is a dead process's).
	BeginUpdate(ctx context.Context, updateID int64, sessionKey string, takeOver bool) (Claim, Session, error)
	// FinishUpdate marks an update done and, when sess is not nil, saves the session of its
	// conversation, in one round trip.
	FinishUpdate(ctx context.Context, updateID int64, sessionKey string, sess *Session) error
	// ReleaseUpdate gives up the lease this store holds on an unfinished update, so that its
	// next delivery is handled at once.
	ReleaseUpdate(ctx context.Context, updateID int64) error
}

// Store is everything the bot keeps.
type Store interface {
	SessionStore
	UnansweredLog
	UnansweredReader
	Ledger
}

// Rate is one budget of a shared rate limit: calls under Key are spaced Interval apart, with
// Burst of them allowed at once (a generic cell rate algorithm, GCRA).
type Rate struct {
	Key      string
	Interval time.Duration
	Burst    int
}

// RateLimiter books the next slot under several budgets at once, shared by every replica, and
// returns how long the caller must wait for it.
type RateLimiter interface {
	Reserve(ctx context.Context, rates ...Rate) (time.Duration, error)
}
