package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/storage"
)

// The subscriptions, the outbox and the change log share one hash tag, so that the scripts
// that touch several of their keys stay on one slot of a cluster.
func (s *Store) subsKey() string { return s.opts.KeyPrefix + "{out}:subs" }

var _ storage.SubscriptionStore = (*Store)(nil)

// Subscription returns a chat's subscription.
func (s *Store) Subscription(ctx context.Context, chatID int64) (storage.Subscription, bool, error) {
	data, err := s.client.HGet(ctx, s.subsKey(), strconv.FormatInt(chatID, 10)).Bytes()
	if errors.Is(err, redis.Nil) {
		return storage.Subscription{}, false, nil
	}
	if err != nil {
		return storage.Subscription{}, false, fmt.Errorf("redisstore: load subscription: %w", err)
	}
	sub, err := decodeSub(data)
	return sub, err == nil, err
}

func decodeSub(data []byte) (storage.Subscription, error) {
	var sub storage.Subscription
	if err := json.Unmarshal(data, &sub); err != nil {
		return storage.Subscription{}, fmt.Errorf("%w: subscription: %w", ErrCorrupt, err)
	}
	return sub, nil
}

// SaveSubscription stores a chat's subscription.
func (s *Store) SaveSubscription(ctx context.Context, sub storage.Subscription) error {
	data, err := json.Marshal(sub)
	if err != nil {
		return fmt.Errorf("redisstore: encode subscription: %w", err)
	}
	if err := s.client.HSet(ctx, s.subsKey(), strconv.FormatInt(sub.ChatID, 10), data).Err(); err != nil {
		return fmt.Errorf("redisstore: save subscription: %w", err)
	}
	return nil
}

// DeleteSubscription removes a chat's subscription.
func (s *Store) DeleteSubscription(ctx context.Context, chatID int64) error {
	if err := s.client.HDel(ctx, s.subsKey(), strconv.FormatInt(chatID, 10)).Err(); err != nil {
		return fmt.Errorf("redisstore: delete subscription: %w", err)
	}
	return nil
}

// moveScript moves field ARGV[1] of hash KEYS[1] to field ARGV[2] with the value ARGV[3]
// (the subscription rewritten for its new id) — in one step, so that a concurrent delivery
// sees the subscription under one id or the other, never both or neither.
const moveScript = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
return 1`

// MoveSubscription moves a group's subscription to the supergroup it became.
func (s *Store) MoveSubscription(ctx context.Context, from, to int64) (bool, error) {
	sub, ok, err := s.Subscription(ctx, from)
	if err != nil || !ok {
		return false, err
	}
	sub.ChatID = to
	if sub.Kind == "group" {
		sub.Kind = "supergroup"
	}
	data, err := json.Marshal(sub)
	if err != nil {
		return false, fmt.Errorf("redisstore: encode subscription: %w", err)
	}
	n, err := s.client.Eval(ctx, moveScript, []string{s.subsKey()}, strconv.FormatInt(from, 10), strconv.FormatInt(to, 10), data).Int()
	if err != nil {
		return false, fmt.Errorf("redisstore: move subscription: %w", err)
	}
	return n == 1, nil
}

// Subscriptions lists every subscription.
func (s *Store) Subscriptions(ctx context.Context) ([]storage.Subscription, error) {
	all, err := s.client.HGetAll(ctx, s.subsKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list subscriptions: %w", err)
	}
	out := make([]storage.Subscription, 0, len(all))
	for _, data := range all {
		sub, err := decodeSub([]byte(data))
		if err != nil {
			return nil, err
		}
		out = append(out, sub)
	}
	return out, nil
}
