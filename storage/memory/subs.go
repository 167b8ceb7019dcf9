package memory

import (
	"context"
	"slices"
	"sync"

	"github.com/corridorbot/corridorbot/storage"
)

// Subscriptions keeps subscriptions in the process: for `chat` and for a bot without Redis
// (which then has no outbox and delivers nothing, but its commands still work).
type Subscriptions struct {
	mu   sync.Mutex
	subs map[int64]storage.Subscription
}

// NewSubscriptions returns an empty store.
func NewSubscriptions() *Subscriptions {
	return &Subscriptions{subs: map[int64]storage.Subscription{}}
}

var _ storage.SubscriptionStore = (*Subscriptions)(nil)

func clone(s storage.Subscription) storage.Subscription {
	s.Topics = slices.Clone(s.Topics)
	return s
}

// Subscription returns a chat's subscription.
func (m *Subscriptions) Subscription(_ context.Context, chatID int64) (storage.Subscription, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.subs[chatID]
	return clone(s), ok, nil
}

// SaveSubscription stores a chat's subscription.
func (m *Subscriptions) SaveSubscription(_ context.Context, s storage.Subscription) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.subs[s.ChatID] = clone(s)
	return nil
}

// DeleteSubscription removes a chat's subscription.
func (m *Subscriptions) DeleteSubscription(_ context.Context, chatID int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.subs, chatID)
	return nil
}

// MoveSubscription moves a subscription to a new chat id.
func (m *Subscriptions) MoveSubscription(_ context.Context, from, to int64) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.subs[from]
	if !ok {
		return false, nil
	}
	delete(m.subs, from)
	s.ChatID = to
	if s.Kind == "group" {
		s.Kind = "supergroup"
	}
	m.subs[to] = s
	return true, nil
}

// Subscriptions lists every subscription.
func (m *Subscriptions) Subscriptions(_ context.Context) ([]storage.Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]storage.Subscription, 0, len(m.subs))
	for _, s := range m.subs {
		out = append(out, clone(s))
	}
	return out, nil
}
