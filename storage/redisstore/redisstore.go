// Package redisstore keeps the bot's state in Redis: sessions, the guard against handling an
// update twice, and the log of unanswered questions. Unlike the in-memory store, this state
// survives a restart and is shared by all replicas of the bot.
package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/handlers"
)

// Defaults of Options.
const (
	DefaultSessionTTL = 30 * 24 * time.Hour
	// DefaultDedupeTTL outlasts Telegram's redelivery window (it keeps an update for 24 hours).
	DefaultDedupeTTL     = 48 * time.Hour
	DefaultKeyPrefix     = "corridorbot:"
	DefaultUnansweredCap = 10_000
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
	if o.UnansweredCap < 1 {
		o.UnansweredCap = DefaultUnansweredCap
	}
	return o
}

// Store is the Redis-backed store. It is safe for concurrent use.
type Store struct {
	client        *redis.Client
	opts          Options
	unansweredKey string
	addr          string
	password      string // only to keep it out of error messages
}

// The bot's handler uses a Store through these interfaces.
var (
	_ handlers.SessionStore  = (*Store)(nil)
	_ handlers.UnansweredLog = (*Store)(nil)
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
func Open(redisURL string, opts Options) (*Store, error) {
	if strings.TrimSpace(redisURL) == "" {
		return nil, errors.New("redisstore: REDIS_URL is empty")
	}
	ro, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, &redactedError{msg: "redisstore: REDIS_URL: " + redactURLError(err, redisURL)}
	}
	// Without this go-redis ignores the context's deadline on reads and writes, and a hung
	// server would stall a call for ReadTimeout however short the caller's deadline is.
	ro.ContextTimeoutEnabled = true
	opts = opts.withDefaults()
	return &Store{client: redis.NewClient(ro), opts: opts, unansweredKey: opts.KeyPrefix + "unanswered",
		addr: ro.Addr, password: ro.Password}, nil
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
		return &redactedError{msg: redact(msg, s.password), cause: err}
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
func (s *Store) Load(ctx context.Context, key string) (handlers.Session, error) {
	data, err := s.client.Get(ctx, s.sessionKey(key)).Bytes()
	if errors.Is(err, redis.Nil) {
		return handlers.Session{}, nil
	}
	if err != nil {
		return handlers.Session{}, fmt.Errorf("redisstore: load session: %w", err)
	}
	return decodeSession(data)
}

// Save stores the session of a conversation for SessionTTL.
func (s *Store) Save(ctx context.Context, key string, sess handlers.Session) error {
	data, err := json.Marshal(sess)
	if err != nil {
		return fmt.Errorf("redisstore: encode session: %w", err)
	}
	if err := s.client.Set(ctx, s.sessionKey(key), data, s.opts.SessionTTL).Err(); err != nil {
		return fmt.Errorf("redisstore: save session: %w", err)
	}
	return nil
}

// BeginUpdate claims an update for DedupeTTL and loads the session of its conversation (none
// when sessionKey is ""), in one round trip. first is false when the update was already
// claimed: a second delivery, after a restart or to another replica, that must be skipped.
func (s *Store) BeginUpdate(ctx context.Context, updateID int64, sessionKey string) (bool, handlers.Session, error) {
	pipe := s.client.Pipeline()
	claim := pipe.SetNX(ctx, s.updateKey(updateID), 1, s.opts.DedupeTTL)
	var load *redis.StringCmd
	if sessionKey != "" {
		load = pipe.Get(ctx, s.sessionKey(sessionKey))
	}
	// Exec reports a missing session (redis.Nil) like a failure: each reply is checked below.
	_, _ = pipe.Exec(ctx)

	first, err := claim.Result()
	if err != nil {
		return false, handlers.Session{}, fmt.Errorf("redisstore: claim update: %w", err)
	}
	if load == nil {
		return first, handlers.Session{}, nil
	}
	data, err := load.Bytes()
	if errors.Is(err, redis.Nil) {
		return first, handlers.Session{}, nil
	}
	if err != nil {
		return first, handlers.Session{}, fmt.Errorf("redisstore: load session: %w", err)
	}
	sess, err := decodeSession(data)
	return first, sess, err
}

// Record adds an unanswered question to the log, dropping the oldest beyond UnansweredCap.
func (s *Store) Record(ctx context.Context, q handlers.Unanswered) error {
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
func (s *Store) Unanswered(ctx context.Context, limit int) ([]handlers.Unanswered, error) {
	stop := int64(limit) - 1 // LRANGE's stop is inclusive; -1 is the end of the list
	if limit < 1 {
		stop = -1
	}
	items, err := s.client.LRange(ctx, s.unansweredKey, 0, stop).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list questions: %w", err)
	}
	out := make([]handlers.Unanswered, len(items))
	for i, item := range items {
		if err := json.Unmarshal([]byte(item), &out[i]); err != nil {
			return nil, fmt.Errorf("%w: question: %w", ErrCorrupt, err)
		}
	}
	return out, nil
}

func decodeSession(data []byte) (handlers.Session, error) {
	var sess handlers.Session
	if err := json.Unmarshal(data, &sess); err != nil {
		return handlers.Session{}, fmt.Errorf("%w: session: %w", ErrCorrupt, err)
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
