package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/corridorbot/corridorbot/storage"
)

// reserveScript books the next slot under every budget of KEYS (a GCRA per key: the key holds
// its theoretical arrival time in microseconds of Redis's clock, so all replicas share one
// clock). ARGV holds, per key, its interval and its tolerance (burst-1 intervals) in µs. The
// slot is the earliest moment every budget allows; each budget is booked at that moment, and
// the wait until it, in µs, is returned. With a last ARGV of a maximum wait (≥ 0), a slot
// further away is not booked and -(wait+1) is returned: a caller of lower priority takes only
// the slots free now and never books ahead of the others.
const reserveScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local slot = now
local tats = {}
for i, k in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', k) or '0')
  tats[i] = tat
  local earliest = tat - tonumber(ARGV[2*i])
  if earliest > slot then slot = earliest end
end
local limit = tonumber(ARGV[2*#KEYS+1] or '-1')
if limit >= 0 and slot - now > limit then return -(slot - now) - 1 end
for i, k in ipairs(KEYS) do
  local tat = tats[i]
  if tat < slot then tat = slot end
  tat = tat + tonumber(ARGV[2*i-1])
  redis.call('SET', k, string.format('%d', tat), 'PX', math.floor((tat - now) / 1000) + 1000)
end
return slot - now`

// Reserve books the next slot under every rate, shared by every replica using this Redis and
// key prefix, in one round trip; see storage.RateLimiter. The keys share one hash tag, so the
// script stays on one slot of a cluster.
func (s *Store) Reserve(ctx context.Context, rates ...storage.Rate) (time.Duration, error) {
	wait, _, err := s.reserve(ctx, -1, rates)
	return wait, err
}

// ReserveWithin books the next slot only when it is at most maxWait away; otherwise it books
// nothing and returns how long until the next free slot, with booked false. Deliveries use it,
// so that the answers to people, which book ahead with Reserve, always go first.
func (s *Store) ReserveWithin(ctx context.Context, maxWait time.Duration, rates ...storage.Rate) (time.Duration, bool, error) {
	return s.reserve(ctx, maxWait.Microseconds(), rates)
}

func (s *Store) reserve(ctx context.Context, maxWaitUS int64, rates []storage.Rate) (time.Duration, bool, error) {
	keys := make([]string, len(rates))
	args := make([]any, 0, 2*len(rates))
	for i, r := range rates {
		keys[i] = s.opts.KeyPrefix + "{rate}:" + r.Key
		args = append(args, r.Interval.Microseconds(), strconv.FormatInt(int64(max(r.Burst-1, 0))*r.Interval.Microseconds(), 10))
	}
	args = append(args, maxWaitUS)
	us, err := s.client.Eval(ctx, reserveScript, keys, args...).Int64()
	if err != nil {
		return 0, false, fmt.Errorf("redisstore: reserve a send: %w", err)
	}
	if us < 0 {
		return time.Duration(-us-1) * time.Microsecond, false, nil
	}
	return time.Duration(us) * time.Microsecond, true, nil
}

var _ storage.RateLimiter = (*Store)(nil)
