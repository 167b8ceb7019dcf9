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

// Digest periods of a subscription: instant delivers each item as it comes; daily and weekly
// collect the knowledge-base changes into one digest per period.
const (
	Instant = "instant"
	Daily   = "daily"
	Weekly  = "weekly"
)

// Periods lists the digest periods in the order the bot offers them.
var Periods = []string{Instant, Daily, Weekly}

// Subscription is what one chat (private, group, supergroup or channel) receives.
type Subscription struct {
	ChatID int64    `json:"chat_id"`
	Kind   string   `json:"kind,omitempty"`   // "private", "group", "supergroup", "channel"
	Title  string   `json:"title,omitempty"`  // of a channel or group, for the subscriber's list
	Topics []string `json:"topics,omitempty"` // empty = every topic
	Lang   string   `json:"lang"`
	Period string   `json:"period"` // Instant, Daily or Weekly
	// LastDigest is when the chat's last digest period ended (zero: when it subscribed).
	LastDigest time.Time `json:"last_digest,omitzero"`
	// By is the user who subscribed a channel from a private chat (listed by /subscriptions there).
	By int64 `json:"by,omitempty"`
}

// Wants reports whether the subscription covers topic ("" = an item for every subscriber).
func (s Subscription) Wants(topic string) bool {
	if len(s.Topics) == 0 || topic == "" {
		return true
	}
	for _, t := range s.Topics {
		if t == topic {
			return true
		}
	}
	return false
}

// SubscriptionStore keeps subscriptions by chat id.
type SubscriptionStore interface {
	// Subscription returns a chat's subscription; ok is false when it has none.
	Subscription(ctx context.Context, chatID int64) (s Subscription, ok bool, err error)
	SaveSubscription(ctx context.Context, s Subscription) error
	// DeleteSubscription removes a chat's subscription (unsubscribed, bot removed or blocked).
	DeleteSubscription(ctx context.Context, chatID int64) error
	// MoveSubscription moves a group's subscription to the supergroup it became; ok is false
	// when the group had none.
	MoveSubscription(ctx context.Context, from, to int64) (ok bool, err error)
	// Subscriptions lists every subscription, in no particular order.
	Subscriptions(ctx context.Context) ([]Subscription, error)
}

// Item is something to deliver to subscribers: an editor's announcement, a new or changed
// fact, or one chat's digest. Texts maps a language to the text; a chat whose language is
// missing gets English.
type Item struct {
	ID      string            `json:"id"`
	Kind    string            `json:"kind"` // "broadcast", "fact" or "digest"
	Topic   string            `json:"topic,omitempty"`
	Texts   map[string]string `json:"texts"`
	Created time.Time         `json:"created"`
}

// Text is the item's text in lang, else in English, else "".
func (it Item) Text(lang string) string {
	if t := it.Texts[lang]; t != "" {
		return t
	}
	return it.Texts["en"]
}

// Delivery is one item due to one chat: an entry of the outbox.
type Delivery struct {
	Entry  string // the outbox's id of the entry
	ItemID string
	ChatID int64
}

// Job is a delivery leased for sending, with what the sender needs.
type Job struct {
	Delivery
	Item Item
	// Sub is the chat's subscription; Subscribed is false when it has none any more.
	Sub        Subscription
	Subscribed bool
	// InDoubt: an earlier holder's lease on this delivery expired without a record of the
	// outcome — it crashed before or just after Telegram accepted the message.
	InDoubt bool
}

// Outcomes of a delivery that ends without being sent.
const (
	Failed  = "failed"  // refused for good (blocked, removed, a bad request)
	Dead    = "dead"    // still failing after the allowed attempts: dead-lettered
	Skipped = "skipped" // the chat unsubscribed before its turn
)

// ItemStatus counts the deliveries of one item.
type ItemStatus struct {
	ID      string    `json:"id"`
	Kind    string    `json:"kind"`
	Topic   string    `json:"topic,omitempty"`
	Created time.Time `json:"created"`
	Queued  int64     `json:"queued"`
	Sent    int64     `json:"sent"`
	Failed  int64     `json:"failed"`
	Dead    int64     `json:"dead"`
	Skipped int64     `json:"skipped"`
}

// Outbox is the durable queue of deliveries shared by every replica: a delivery is leased
// before it is sent, recorded after Telegram accepted it, and taken over by another replica
// when its holder dies; each (item, chat) is sent at most once except when a holder dies
// between Telegram's acceptance and the record (then Job.InDoubt tells).
type Outbox interface {
	// Enqueue stores item and one delivery per chat, all or nothing; added is false (and
	// nothing is enqueued) when an item with this id exists already.
	Enqueue(ctx context.Context, item Item, chats []int64) (added bool, err error)
	// Next returns up to n deliveries for this replica, waiting up to block for new ones;
	// deliveries of a replica silent for longer than the lease come first.
	Next(ctx context.Context, n int, block time.Duration) ([]Delivery, error)
	// Begin leases a delivery: Leased with its job; Done when it was sent or ended already
	// (the entry is acknowledged); Busy when another replica holds it.
	Begin(ctx context.Context, d Delivery) (Claim, Job, error)
	// Sent records that Telegram accepted the delivery and acknowledges it, in one step.
	Sent(ctx context.Context, d Delivery) error
	// End records a delivery that will not be sent (Failed, Dead or Skipped) with the reason,
	// and acknowledges it.
	End(ctx context.Context, d Delivery, outcome, reason string) error
	// Release gives up this replica's lease on a delivery it did not send (it is stopping), so
	// that the next holder takes it without waiting for the lease to expire.
	Release(ctx context.Context, d Delivery) error
	// Redirect ends a delivery to a group that became a supergroup and queues it to the new id.
	Redirect(ctx context.Context, d Delivery, to int64) error
	// Status counts the deliveries of the newest items, newest first (all when limit < 1).
	Status(ctx context.Context, limit int) ([]ItemStatus, error)
}

// FactVersion is one fact as the change detector sees it.
type FactVersion struct {
	ID, Topic, Hash string
}

// Change is a fact that was new or changed at Time.
type Change struct {
	FactVersion
	Time time.Time `json:"time"`
}

// ChangeLog remembers the version of every fact and when each changed, for announcements
// and digests.
type ChangeLog interface {
	// DiffFacts returns the facts whose version differs from the recorded one. baseline is true
	// when nothing was recorded yet: then nothing is reported as changed.
	DiffFacts(ctx context.Context, facts []FactVersion) (changed []FactVersion, baseline bool, err error)
	// RecordFacts stores the versions and logs the changed ones at now.
	RecordFacts(ctx context.Context, facts []FactVersion, changed []FactVersion, now time.Time) error
	// ChangesSince lists the changes logged after since, oldest first.
	ChangesSince(ctx context.Context, since time.Time) ([]Change, error)
}

// PoliteLimiter is a RateLimiter that can also book a slot only when it is free soon: senders
// of lower priority (deliveries) take the slots the others (answers) leave.
type PoliteLimiter interface {
	RateLimiter
	// ReserveWithin books the next slot when it is at most maxWait away; otherwise it books
	// nothing and returns the wait until the next free slot with booked false.
	ReserveWithin(ctx context.Context, maxWait time.Duration, rates ...Rate) (wait time.Duration, booked bool, err error)
}
