package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/storage"
)

// The outbox is a Redis stream read by one consumer group: every replica is a consumer, so
// each entry goes to one of them, and the entries a dead replica had read stay pending until
// XAUTOCLAIM hands them to a live one. Each delivery (item, chat) has a key recording its
// state — leased by a replica until a time, or done — changed by scripts together with the
// entry's acknowledgement and the item's counters, so a crash leaves no half-recorded step.

// outboxGroup is the consumer group of the outbox stream.
const outboxGroup = "deliver"

// DefaultDeliveryLease is how long a replica holds a delivery it is sending; past it, another
// replica may take the delivery over. It outlasts one send with its retries and waits.
const DefaultDeliveryLease = 2 * time.Minute

// doneTTL is how long a delivery's done mark is kept: longer than any redelivery of its entry.
const doneTTL = 30 * 24 * time.Hour

func (s *Store) outKey(name string) string { return s.opts.KeyPrefix + "{out}:" + name }
func (s *Store) itemKey(id string) string  { return s.outKey("item:" + id) }
func (s *Store) deliveryKey(item string, chat int64) string {
	return s.outKey("dlv:" + item + ":" + strconv.FormatInt(chat, 10))
}

// outboxState is what a Store remembers of its outbox reads.
type outboxState struct {
	mu        sync.Mutex
	groupOK   bool
	lastClaim time.Time
}

func (s *Store) deliveryLease() time.Duration {
	if s.opts.DeliveryLease > 0 {
		return s.opts.DeliveryLease
	}
	return DefaultDeliveryLease
}

var _ storage.Outbox = (*Store)(nil)

// enqueueScript: KEYS item hash, items index, stream; ARGV item JSON, created ms, item id,
// then the chats. Nothing is written when the item exists.
const enqueueScript = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'queued', #ARGV - 3, 'sent', 0, 'failed', 0, 'dead', 0, 'skipped', 0)
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
for i = 4, #ARGV do
  redis.call('XADD', KEYS[3], '*', 'item', ARGV[3], 'chat', ARGV[i])
end
return 1`

// Enqueue stores an item and its deliveries in one script: all or nothing.
func (s *Store) Enqueue(ctx context.Context, item storage.Item, chats []int64) (bool, error) {
	if item.ID == "" || strings.ContainsAny(item.ID, " \n") {
		return false, fmt.Errorf("redisstore: item id %q", item.ID)
	}
	data, err := json.Marshal(item)
	if err != nil {
		return false, fmt.Errorf("redisstore: encode item: %w", err)
	}
	args := make([]any, 0, 3+len(chats))
	args = append(args, data, item.Created.UnixMilli(), item.ID)
	for _, c := range chats {
		args = append(args, c)
	}
	n, err := s.client.Eval(ctx, enqueueScript, []string{s.itemKey(item.ID), s.outKey("items"), s.outKey("stream")}, args...).Int()
	if err != nil {
		return false, fmt.Errorf("redisstore: enqueue %s: %w", item.ID, err)
	}
	return n == 1, nil
}

func (s *Store) ensureGroup(ctx context.Context) error {
	s.out.mu.Lock()
	defer s.out.mu.Unlock()
	if s.out.groupOK {
		return nil
	}
	err := s.client.XGroupCreateMkStream(ctx, s.outKey("stream"), outboxGroup, "0").Err()
	if err != nil && !strings.Contains(err.Error(), "BUSYGROUP") {
		return fmt.Errorf("redisstore: create the outbox group: %w", err)
	}
	s.out.groupOK = true
	return nil
}

// Next returns deliveries for this replica: first those another replica left pending for
// longer than the lease (checked at most twice a lease), then new ones.
func (s *Store) Next(ctx context.Context, n int, block time.Duration) ([]storage.Delivery, error) {
	if err := s.ensureGroup(ctx); err != nil {
		return nil, err
	}
	stream := s.outKey("stream")
	lease := s.deliveryLease()
	s.out.mu.Lock()
	claim := time.Since(s.out.lastClaim) > lease/2
	if claim {
		s.out.lastClaim = time.Now()
	}
	s.out.mu.Unlock()
	if claim {
		msgs, _, err := s.client.XAutoClaim(ctx, &redis.XAutoClaimArgs{Stream: stream, Group: outboxGroup,
			MinIdle: lease, Start: "0-0", Count: int64(n), Consumer: s.owner}).Result()
		if err != nil {
			return nil, s.groupLost(fmt.Errorf("redisstore: claim pending deliveries: %w", err))
		}
		if len(msgs) > 0 {
			return deliveries(msgs), nil
		}
	}
	res, err := s.client.XReadGroup(ctx, &redis.XReadGroupArgs{Group: outboxGroup, Consumer: s.owner,
		Streams: []string{stream, ">"}, Count: int64(n), Block: block}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, s.groupLost(fmt.Errorf("redisstore: read the outbox: %w", err))
	}
	var out []storage.Delivery
	for _, st := range res {
		out = append(out, deliveries(st.Messages)...)
	}
	return out, nil
}

// groupLost forgets the group after a NOGROUP error (Redis restarted empty), to create it again.
func (s *Store) groupLost(err error) error {
	if strings.Contains(err.Error(), "NOGROUP") {
		s.out.mu.Lock()
		s.out.groupOK = false
		s.out.mu.Unlock()
	}
	return err
}

func deliveries(msgs []redis.XMessage) []storage.Delivery {
	out := make([]storage.Delivery, 0, len(msgs))
	for _, m := range msgs {
		item, _ := m.Values["item"].(string)
		chat, _ := m.Values["chat"].(string)
		id, err := strconv.ParseInt(chat, 10, 64)
		if item == "" || err != nil {
			continue // not ours: ignored, and reclaimed and ignored again; never sent
		}
		out = append(out, storage.Delivery{Entry: m.ID, ItemID: item, ChatID: id})
	}
	return out
}

// beginScript leases a delivery. KEYS: delivery, item, subscriptions, stream; ARGV: owner,
// lease ms, chat, group, entry. Returns {1} done (the entry is acknowledged), {2} busy, or
// {0, in doubt, item JSON, subscription JSON}. The lease is "s:OWNER|UNTIL" in ms of Redis's
// clock; a lease of another owner that expired means that owner died mid-delivery.
const beginDeliveryScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local v = redis.call('GET', KEYS[1])
if v == 'done' then
  redis.call('XACK', KEYS[4], ARGV[4], ARGV[5])
  redis.call('XDEL', KEYS[4], ARGV[5])
  return {1}
end
local doubt = 0
if v then
  local owner, untilms = string.match(v, '^s:(.+)|(%d+)$')
  if owner ~= ARGV[1] then
    if untilms and tonumber(untilms) > now then return {2} end
    doubt = 1
  end
end
redis.call('SET', KEYS[1], 's:' .. ARGV[1] .. '|' .. (now + tonumber(ARGV[2])), 'EX', ARGV[6])
return {0, doubt, redis.call('HGET', KEYS[2], 'json') or '', redis.call('HGET', KEYS[3], ARGV[3]) or ''}`

// Begin leases a delivery and loads its item and the chat's subscription, in one round trip.
func (s *Store) Begin(ctx context.Context, d storage.Delivery) (storage.Claim, storage.Job, error) {
	chat := strconv.FormatInt(d.ChatID, 10)
	res, err := s.client.Eval(ctx, beginDeliveryScript,
		[]string{s.deliveryKey(d.ItemID, d.ChatID), s.itemKey(d.ItemID), s.subsKey(), s.outKey("stream")},
		s.owner, s.deliveryLease().Milliseconds(), chat, outboxGroup, d.Entry, int64(doneTTL.Seconds())).Slice()
	if err != nil {
		return storage.Busy, storage.Job{}, fmt.Errorf("redisstore: lease delivery: %w", err)
	}
	job := storage.Job{Delivery: d}
	switch code, _ := res[0].(int64); code {
	case 1:
		return storage.Done, job, nil
	case 2:
		return storage.Busy, job, nil
	}
	job.InDoubt = res[1].(int64) == 1
	if data, _ := res[2].(string); data != "" {
		if err := json.Unmarshal([]byte(data), &job.Item); err != nil {
			return storage.Leased, job, fmt.Errorf("%w: item %s: %w", ErrCorrupt, d.ItemID, err)
		}
	}
	if data, _ := res[3].(string); data != "" {
		sub, err := decodeSub([]byte(data))
		if err != nil {
			return storage.Leased, job, err
		}
		job.Sub, job.Subscribed = sub, true
	}
	return storage.Leased, job, nil
}

// endScript records the outcome of a delivery once. KEYS: delivery, item, stream, dead
// letters; ARGV: group, entry, outcome counter, done ttl, reason, item id, chat. The guard
// keeps the counters right when two holders both finished it (an in-doubt takeover).
const endScript = `
if redis.call('GET', KEYS[1]) ~= 'done' then
  redis.call('SET', KEYS[1], 'done', 'EX', ARGV[4])
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
  redis.call('HINCRBY', KEYS[2], 'queued', -1)
  if ARGV[3] == 'dead' then
    redis.call('XADD', KEYS[4], 'MAXLEN', '~', 100000, '*', 'item', ARGV[6], 'chat', ARGV[7], 'reason', ARGV[5])
  end
end
redis.call('XACK', KEYS[3], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[3], ARGV[2])
return 1`

func (s *Store) end(ctx context.Context, d storage.Delivery, outcome, reason string) error {
	err := s.client.Eval(ctx, endScript,
		[]string{s.deliveryKey(d.ItemID, d.ChatID), s.itemKey(d.ItemID), s.outKey("stream"), s.outKey("dead")},
		outboxGroup, d.Entry, outcome, int64(doneTTL.Seconds()), reason, d.ItemID, d.ChatID).Err()
	if err != nil {
		return fmt.Errorf("redisstore: record delivery %s: %w", outcome, err)
	}
	return nil
}

// Sent records that Telegram accepted the delivery and acknowledges its entry.
func (s *Store) Sent(ctx context.Context, d storage.Delivery) error { return s.end(ctx, d, "sent", "") }

// End records a delivery that will not be sent and acknowledges its entry.
func (s *Store) End(ctx context.Context, d storage.Delivery, outcome, reason string) error {
	switch outcome {
	case storage.Failed, storage.Dead, storage.Skipped:
		return s.end(ctx, d, outcome, reason)
	}
	return fmt.Errorf("redisstore: unknown delivery outcome %q", outcome)
}

// releaseDeliveryScript deletes a lease KEYS[1] when this owner ARGV[1] holds it, and makes the entry
// (KEYS[2], group ARGV[2], id ARGV[3]) at once claimable by another replica: XCLAIM with IDLE
// backdates it by the lease ARGV[4] ms.
const releaseDeliveryScript = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, #ARGV[1] + 3) == 's:' .. ARGV[1] .. '|' then redis.call('DEL', KEYS[1]) end
redis.call('XCLAIM', KEYS[2], ARGV[2], ARGV[1], 0, ARGV[3], 'IDLE', ARGV[4], 'JUSTID')
return 1`

// Release gives up this replica's lease on an unsent delivery.
func (s *Store) Release(ctx context.Context, d storage.Delivery) error {
	err := s.client.Eval(ctx, releaseDeliveryScript, []string{s.deliveryKey(d.ItemID, d.ChatID), s.outKey("stream")},
		s.owner, outboxGroup, d.Entry, s.deliveryLease().Milliseconds()).Err()
	if err != nil {
		return fmt.Errorf("redisstore: release delivery: %w", err)
	}
	return nil
}

// redirectScript ends a delivery to a migrated group (without counting it) and queues the item
// for the supergroup. KEYS: delivery, stream; ARGV: group, entry, done ttl, item, new chat.
const redirectScript = `
if redis.call('GET', KEYS[1]) ~= 'done' then
  redis.call('SET', KEYS[1], 'done', 'EX', ARGV[3])
  redis.call('XADD', KEYS[2], '*', 'item', ARGV[4], 'chat', ARGV[5])
end
redis.call('XACK', KEYS[2], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[2], ARGV[2])
return 1`

// Redirect queues a delivery again for the supergroup a group became, once.
func (s *Store) Redirect(ctx context.Context, d storage.Delivery, to int64) error {
	err := s.client.Eval(ctx, redirectScript, []string{s.deliveryKey(d.ItemID, d.ChatID), s.outKey("stream")},
		outboxGroup, d.Entry, int64(doneTTL.Seconds()), d.ItemID, to).Err()
	if err != nil {
		return fmt.Errorf("redisstore: redirect delivery: %w", err)
	}
	return nil
}

// Status counts the deliveries of the newest items.
func (s *Store) Status(ctx context.Context, limit int) ([]storage.ItemStatus, error) {
	ids, err := s.client.ZRevRange(ctx, s.outKey("items"), 0, int64(limit)-1).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list items: %w", err)
	}
	pipe := s.client.Pipeline()
	cmds := make([]*redis.SliceCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HMGet(ctx, s.itemKey(id), "json", "queued", "sent", "failed", "dead", "skipped")
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("redisstore: item status: %w", err)
	}
	out := make([]storage.ItemStatus, 0, len(ids))
	for i, c := range cmds {
		v := c.Val()
		var item storage.Item
		if data, _ := v[0].(string); data != "" {
			_ = json.Unmarshal([]byte(data), &item)
		}
		num := func(x any) int64 { s, _ := x.(string); n, _ := strconv.ParseInt(s, 10, 64); return n }
		out = append(out, storage.ItemStatus{ID: ids[i], Kind: item.Kind, Topic: item.Topic, Created: item.Created,
			Queued: num(v[1]), Sent: num(v[2]), Failed: num(v[3]), Dead: num(v[4]), Skipped: num(v[5])})
	}
	return out, nil
}

// The change log: a hash of fact id → version, and a sorted set of changes by time.

var _ storage.ChangeLog = (*Store)(nil)

// DiffFacts compares fact versions with the recorded ones.
func (s *Store) DiffFacts(ctx context.Context, facts []storage.FactVersion) ([]storage.FactVersion, bool, error) {
	known, err := s.client.HGetAll(ctx, s.outKey("facts")).Result()
	if err != nil {
		return nil, false, fmt.Errorf("redisstore: load fact versions: %w", err)
	}
	if len(known) == 0 {
		return nil, true, nil
	}
	var changed []storage.FactVersion
	for _, f := range facts {
		if known[f.ID] != f.Hash {
			changed = append(changed, f)
		}
	}
	return changed, false, nil
}

// changesKept is how long the change log keeps a change: longer than the longest digest period.
const changesKept = 60 * 24 * time.Hour

// RecordFacts stores fact versions and logs the changed ones.
func (s *Store) RecordFacts(ctx context.Context, facts, changed []storage.FactVersion, now time.Time) error {
	if len(facts) == 0 {
		return nil
	}
	pipe := s.client.TxPipeline()
	versions := make([]any, 0, 2*len(facts))
	for _, f := range facts {
		versions = append(versions, f.ID, f.Hash)
	}
	pipe.HSet(ctx, s.outKey("facts"), versions...)
	for _, f := range changed {
		data, _ := json.Marshal(storage.Change{FactVersion: f, Time: now})
		pipe.ZAdd(ctx, s.outKey("changes"), redis.Z{Score: float64(now.UnixMilli()), Member: data})
	}
	pipe.ZRemRangeByScore(ctx, s.outKey("changes"), "-inf", strconv.FormatInt(now.Add(-changesKept).UnixMilli(), 10))
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: record fact versions: %w", err)
	}
	return nil
}

// ChangesSince lists the changes logged after since, oldest first.
func (s *Store) ChangesSince(ctx context.Context, since time.Time) ([]storage.Change, error) {
	items, err := s.client.ZRangeByScore(ctx, s.outKey("changes"), &redis.ZRangeBy{
		Min: "(" + strconv.FormatInt(since.UnixMilli(), 10), Max: "+inf"}).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list changes: %w", err)
	}
	out := make([]storage.Change, 0, len(items))
	for _, it := range items {
		var c storage.Change
		if err := json.Unmarshal([]byte(it), &c); err != nil {
			return nil, fmt.Errorf("%w: change: %w", ErrCorrupt, err)
		}
		out = append(out, c)
	}
	return out, nil
}
