// Package redisstore keeps the bot's state in Redis: sessions, the guard against handling an
// update twice, and the log of unanswered questions. Unlike the in-memory store, this state
// survives a restart and is shared by all replicas of the bot.
package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/storage"
)

// Defaults of Options.
const (
	DefaultSessionTTL = 30 * 24 * time.Hour
	// DefaultDedupeTTL outlasts Telegram's redelivery window (it keeps an update for 24 hours).
	DefaultDedupeTTL     = 48 * time.Hour
	DefaultKeyPrefix     = "corridorbot:"
	DefaultUnansweredCap = 10_000
	// DefaultLease is how long an update stays claimed by a handler that neither finished nor
	// released it (it crashed): past it, a redelivery is handled again.
	DefaultLease = 10 * time.Second
)

// pingTimeout bounds the connection check of New when the caller's context has no deadline,
// so that a black-holed address fails the start-up instead of hanging it.
const pingTimeout = 5 * time.Second

// ErrCorrupt marks a value in Redis that cannot be decoded. Redis did answer: this is bad data,
// not an outage.
var ErrCorrupt = errors.New("redisstore: undecodable value")

// Options tune a Store; zero fields take the defaults.
type Options struct {
	// SessionTTL is how long a conversation is remembered after its last message.
	SessionTTL time.Duration
	// DedupeTTL is how long an update id is remembered to recognise a second delivery.
	DedupeTTL time.Duration
	// KeyPrefix starts every key, so that several bots (or tests) can share one Redis.
	KeyPrefix string
	// UnansweredCap is how many unanswered questions are kept; older ones are dropped.
	UnansweredCap int
	// Lease is how long an unfinished update stays claimed by the handler that claimed it.
	Lease time.Duration
	// DeliveryLease is how long a replica holds an outbox delivery it is sending (default
	// DefaultDeliveryLease); a replica silent for longer is taken for dead.
	DeliveryLease time.Duration
}

func (o Options) withDefaults() Options {
	if o.SessionTTL <= 0 {
		o.SessionTTL = DefaultSessionTTL
	}
	if o.DedupeTTL <= 0 {
		o.DedupeTTL = DefaultDedupeTTL
	}
	if o.KeyPrefix == "" {
		o.KeyPrefix = DefaultKeyPrefix
	}
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.UnansweredCap < 1 {
		o.UnansweredCap = DefaultUnansweredCap
	}
	return o
}

// Store is the Redis-backed store. It is safe for concurrent use.
type Store struct {
	client        redis.UniversalClient
	owner         string // this store's name on the leases it takes
	opts          Options
	unansweredKey string
	addr          string
	passwords     []string // only to keep them out of error messages
	out           outboxState
}

// The bot's handler uses a Store through these interfaces.
var (
	_ storage.SessionStore  = (*Store)(nil)
	_ storage.UnansweredLog = (*Store)(nil)
)

// New connects to the Redis at redisURL (redis://[user:password@]host:port/db, or rediss:// for
// TLS) and checks it answers. Its errors never contain the password of the URL.
func New(ctx context.Context, redisURL string, opts Options) (*Store, error) {
	s, err := Open(redisURL, opts)
	if err != nil {
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

// Open parses the URL and prepares the client without contacting Redis: the bot starts even
// while Redis is down, serving from memory until it answers (see storage/resilient).
//
// The URL names one server (redis://[user:password@]host:port/db, rediss:// for TLS), a
// Sentinel-watched master (the sentinels' address with ?master_name=NAME, more sentinels as
// &addr=host:port), or a Cluster (one node's address and the others as ?addr=host:port&…).
func Open(redisURL string, opts Options) (*Store, error) {
	if strings.TrimSpace(redisURL) == "" {
		return nil, errors.New("redisstore: REDIS_URL is empty")
	}
	fail := func(err error) (*Store, error) {
		return nil, &redactedError{msg: "redisstore: REDIS_URL: " + redactURLError(err, redisURL)}
	}
	u, err := url.Parse(redisURL)
	if err != nil {
		return fail(err)
	}
	q := u.Query()
	switch {
	case q.Get("master_name") != "":
		fo, err := redis.ParseFailoverURL(redisURL)
		if err != nil {
			return fail(err)
		}
		fo.ContextTimeoutEnabled = true
		return newStore(redis.NewFailoverClient(fo), opts, fo.MasterName+" via "+strings.Join(fo.SentinelAddrs, ","), fo.Password, fo.SentinelPassword), nil
	case q.Has("addr"):
		co, err := redis.ParseClusterURL(redisURL)
		if err != nil {
			return fail(err)
		}
		co.ContextTimeoutEnabled = true
		return newStore(redis.NewClusterClient(co), opts, strings.Join(co.Addrs, ","), co.Password), nil
	}
	ro, err := redis.ParseURL(redisURL)
	if err != nil {
		return fail(err)
	}
	// Without this go-redis ignores the context's deadline on reads and writes, and a hung
	// server would stall a call for ReadTimeout however short the caller's deadline is.
	ro.ContextTimeoutEnabled = true
	return newStore(redis.NewClient(ro), opts, ro.Addr, ro.Password), nil
}

// Addrs is the configuration of Redis without a URL: REDIS_ADDRS (one address: a server;
// several: a Cluster's nodes, or Sentinels with MasterName), REDIS_MASTER_NAME, REDIS_PASSWORD.
type Addrs struct {
	Addrs      []string
	MasterName string
	Username   string
	Password   string
}

// OpenAddrs is Open for a configuration given as addresses: go-redis's universal client picks
// a server, Sentinel or Cluster client from them.
func OpenAddrs(a Addrs, opts Options) (*Store, error) {
	if len(a.Addrs) == 0 {
		return nil, errors.New("redisstore: REDIS_ADDRS is empty")
	}
	client := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: a.Addrs, MasterName: a.MasterName,
		Username: a.Username, Password: a.Password, ContextTimeoutEnabled: true})
	return newStore(client, opts, strings.Join(a.Addrs, ","), a.Password), nil
}

func newStore(client redis.UniversalClient, opts Options, addr string, passwords ...string) *Store {
	opts = opts.withDefaults()
	return &Store{client: client, opts: opts, unansweredKey: opts.KeyPrefix + "unanswered",
		addr: addr, passwords: passwords, owner: newOwner()}
}

// Ping checks that Redis answers; the error names the address, never the password.
func (s *Store) Ping(ctx context.Context) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, pingTimeout)
		defer cancel()
	}
	if err := s.client.Ping(ctx).Err(); err != nil {
		msg := fmt.Sprintf("redisstore: cannot use Redis at %s: %v", s.addr, err)
		for _, p := range s.passwords {
			msg = redact(msg, p)
		}
		return &redactedError{msg: msg, cause: err}
	}
	return nil
}

// Close closes the connections to Redis.
func (s *Store) Close() error { return s.client.Close() }

func (s *Store) sessionKey(key string) string { return s.opts.KeyPrefix + "session:" + key }

func (s *Store) updateKey(updateID int64) string {
	return s.opts.KeyPrefix + "update:" + strconv.FormatInt(updateID, 10)
}

// Load returns the session of a conversation, or an empty one.
func (s *Store) Load(ctx context.Context, key string) (storage.Session, error) {
	data, err := s.client.Get(ctx, s.sessionKey(key)).Bytes()
	if errors.Is(err, redis.Nil) {
		return storage.Session{}, nil
	}
	if err != nil {
		return storage.Session{}, fmt.Errorf("redisstore: load session: %w", err)
	}
	return decodeSession(data)
}

// Save stores the session of a conversation for SessionTTL.
func (s *Store) Save(ctx context.Context, key string, sess storage.Session) error {
	data, err := json.Marshal(sess)
	if err != nil {
		return fmt.Errorf("redisstore: encode session: %w", err)
	}
	if err := s.client.Set(ctx, s.sessionKey(key), data, s.opts.SessionTTL).Err(); err != nil {
		return fmt.Errorf("redisstore: save session: %w", err)
	}
	return nil
}

// newOwner names one store instance on the leases it takes: a process restarted is another
// owner, so it never mistakes a dead process's lease for its own.
func newOwner() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "lease:" + hex.EncodeToString(b[:])
}

// beginScript claims an update: KEYS[1] the update's key, ARGV owner, lease in ms, take over
// ("1" or "0"). It returns 0 leased, 1 done, 2 busy (storage.Claim): a lease is exclusive,
// whoever holds it, unless taken over. A script, so that the check and the claim are one
// step for every replica.
const beginScript = `
local v = redis.call('GET', KEYS[1])
if v == 'done' then return 1 end
if v and ARGV[3] ~= '1' then return 2 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 0`

// releaseScript deletes KEYS[1] when ARGV[1], the owner, still holds its lease.
const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

// BeginUpdate claims an update and loads the session of its conversation (none when
// sessionKey is ""), in one round trip; see storage.Ledger.
func (s *Store) BeginUpdate(ctx context.Context, updateID int64, sessionKey string, takeOver bool) (storage.Claim, storage.Session, error) {
	pipe := s.client.Pipeline()
	take := "0"
	if takeOver {
		take = "1"
	}
	claim := pipe.Eval(ctx, beginScript, []string{s.updateKey(updateID)}, s.owner, s.opts.Lease.Milliseconds(), take)
	var load *redis.StringCmd
	if sessionKey != "" {
		load = pipe.Get(ctx, s.sessionKey(sessionKey))
	}
	// Exec reports a missing session (redis.Nil) like a failure: each reply is checked below.
	_, _ = pipe.Exec(ctx)

	n, err := claim.Int()
	if err != nil {
		return storage.Busy, storage.Session{}, fmt.Errorf("redisstore: claim update: %w", err)
	}
	c := storage.Claim(n)
	if load == nil {
		return c, storage.Session{}, nil
	}
	data, err := load.Bytes()
	if errors.Is(err, redis.Nil) {
		return c, storage.Session{}, nil
	}
	if err != nil {
		return c, storage.Session{}, fmt.Errorf("redisstore: load session: %w", err)
	}
	sess, err := decodeSession(data)
	return c, sess, err
}

// FinishUpdate marks an update done for DedupeTTL and saves the session when sess is not nil,
// in one round trip.
func (s *Store) FinishUpdate(ctx context.Context, updateID int64, sessionKey string, sess *storage.Session) error {
	pipe := s.client.Pipeline()
	pipe.Set(ctx, s.updateKey(updateID), "done", s.opts.DedupeTTL)
	if sess != nil && sessionKey != "" {
		data, err := json.Marshal(sess)
		if err != nil {
			return fmt.Errorf("redisstore: encode session: %w", err)
		}
		pipe.Set(ctx, s.sessionKey(sessionKey), data, s.opts.SessionTTL)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: finish update: %w", err)
	}
	return nil
}

// ReleaseUpdate drops this store's lease on an unfinished update.
func (s *Store) ReleaseUpdate(ctx context.Context, updateID int64) error {
	if err := s.client.Eval(ctx, releaseScript, []string{s.updateKey(updateID)}, s.owner).Err(); err != nil {
		return fmt.Errorf("redisstore: release update: %w", err)
	}
	return nil
}

// Record adds an unanswered question to the log, dropping the oldest beyond UnansweredCap.
func (s *Store) Record(ctx context.Context, q storage.Unanswered) error {
	data, err := json.Marshal(q)
	if err != nil {
		return fmt.Errorf("redisstore: encode question: %w", err)
	}
	pipe := s.client.Pipeline()
	pipe.LPush(ctx, s.unansweredKey, data)
	pipe.LTrim(ctx, s.unansweredKey, 0, int64(s.opts.UnansweredCap)-1)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("redisstore: record question: %w", err)
	}
	return nil
}

// Unanswered returns up to limit unanswered questions, newest first; all of them when limit < 1.
func (s *Store) Unanswered(ctx context.Context, limit int) ([]storage.Unanswered, error) {
	stop := int64(limit) - 1 // LRANGE's stop is inclusive; -1 is the end of the list
	if limit < 1 {
		stop = -1
	}
	items, err := s.client.LRange(ctx, s.unansweredKey, 0, stop).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list questions: %w", err)
	}
	out := make([]storage.Unanswered, len(items))
	for i, item := range items {
		if err := json.Unmarshal([]byte(item), &out[i]); err != nil {
			return nil, fmt.Errorf("%w: question: %w", ErrCorrupt, err)
		}
	}
	return out, nil
}

func decodeSession(data []byte) (storage.Session, error) {
	var sess storage.Session
	if err := json.Unmarshal(data, &sess); err != nil {
		return storage.Session{}, fmt.Errorf("%w: session: %w", ErrCorrupt, err)
	}
	return sess, nil
}

// redactedError carries a message already cleaned of the password. It unwraps to the cause so
// callers can still test it with errors.Is (a context deadline, say).
type redactedError struct {
	msg   string
	cause error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.cause }

// redactURLError describes why a Redis URL was refused. A *url.Error quotes the whole URL,
// password included, and its reason may quote a piece of it, so none of it is kept. The
// other errors of ParseURL (scheme, database, options) are kept, with the password removed.
func redactURLError(err error, rawURL string) string {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return "not a valid URL"
	}
	password := ""
	if u, perr := url.Parse(rawURL); perr == nil && u.User != nil {
		password, _ = u.User.Password()
	}
	return redact(err.Error(), password)
}

func redact(msg, password string) string {
	if password == "" {
		return msg
	}
	return strings.ReplaceAll(msg, password, "xxxxx")
}
