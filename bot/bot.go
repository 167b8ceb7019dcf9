// Package bot is the adapter between Telegram and the handlers: polling or webhook transport,
// mapping updates to domain requests and replies back to Bot API calls, the outgoing limits.
// It is the only importer of the Telegram library.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage"
)

// Config is the bot's configuration, read once from the environment by the caller.
type Config struct {
	Token    string
	Endpoint string // Bot API URL format "http://host:port/bot%s/%s"; "" = api.telegram.org
	Mode     string // "polling" (default) or "webhook"

	WebhookURL    string // public HTTPS address Telegram posts updates to
	WebhookListen string // local address of the webhook server, default ":8080"
	WebhookSecret string // compared with X-Telegram-Bot-Api-Secret-Token

	Workers int // updates handled in parallel (across chats), default 8
	// Limits of outgoing messages; zero values take Telegram's documented limits.
	Limits Limits
	// SharedLimits, when set (Redis), holds the global and per-chat budgets for all replicas
	// together; Limits applies locally while it fails.
	SharedLimits storage.RateLimiter
	// Flood is how many messages one user may send per FloodWindow before one "slow down".
	Flood       int
	FloodWindow time.Duration
	// ShutdownGrace bounds how long in-flight updates may take after a stop signal.
	ShutdownGrace time.Duration
	PollTimeout   time.Duration // long-polling timeout of getUpdates, default 30 s

	// MetricsListen is where polling mode serves /metrics, /healthz and /readyz ("" = not
	// served); webhook mode serves them on the webhook listener.
	MetricsListen string
	// CommandsDeadline bounds the registration of the command menus, done in the background.
	CommandsDeadline time.Duration
	// Ready reports whether the bot's dependencies other than Telegram (Redis) answer; nil =
	// none. /readyz calls it.
	Ready func(ctx context.Context) error
	// Collectors are added to /metrics (the store's, say).
	Collectors []prometheus.Collector

	// Subscriptions, when set, makes /subscribe and its kin work, and removes or moves a chat's
	// subscription when the bot is removed from it or the group becomes a supergroup.
	Subscriptions storage.SubscriptionStore
	// Outbox, when set (Redis), is delivered from: announcements, knowledge-base changes and
	// digests to the subscribed chats.
	Outbox   storage.Outbox
	Delivery DeliveryConfig

	Logger     *slog.Logger
	HTTPClient *http.Client
}

func (c *Config) defaults() {
	if c.Mode == "" {
		c.Mode = "polling"
	}
	if c.WebhookListen == "" {
		c.WebhookListen = ":8080"
	}
	if c.Workers <= 0 {
		c.Workers = 8
	}
	if c.Flood <= 0 {
		c.Flood = 20
	}
	if c.FloodWindow <= 0 {
		c.FloodWindow = time.Minute
	}
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = 20 * time.Second
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = 30 * time.Second
	}
	if c.CommandsDeadline <= 0 {
		c.CommandsDeadline = time.Minute
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	c.Limits.defaults()
	c.Delivery.defaults()
}

// Store is what the bot needs of storage: the ledger that makes handling at-least-once with
// idempotent replies — an update leased with its session in one round trip, marked done with
// the changed session in another once the reply was accepted.
type Store = storage.Ledger

// Bot serves one Telegram bot.
type Bot struct {
	cfg      Config
	api      *tgbotapi.BotAPI
	h        *handlers.Handler
	store    Store
	log      *slog.Logger
	username string // without "@", for /cmd@username and mentions
	out      *sender
	flood    *floodGuard
	metrics  *metrics
	// takeOver: in polling mode this process is the only one getting updates (Telegram allows
	// one poller), so a lease it did not take is a dead process's and is taken over at once.
	takeOver bool
	health   *health
	chats    *chats
	subs     storage.SubscriptionStore
	// sending holds the outbox entries this process is working on: the outbox hands an entry
	// whose lease ran out (a worker waiting out a long 429) to another worker of the same
	// replica, which must not send it a second time.
	sending sync.Map
}

// New connects to the Bot API (getMe) and returns a bot. The token never appears in an error.
func New(cfg Config, h *handlers.Handler, store Store) (*Bot, error) {
	cfg.defaults()
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("TELEGRAM_TOKEN is not set: create a bot with @BotFather and export its token")
	}
	if cfg.Mode != "polling" && cfg.Mode != "webhook" {
		return nil, fmt.Errorf("BOT_MODE %q: want polling or webhook", cfg.Mode)
	}
	if cfg.Mode == "webhook" && (cfg.WebhookURL == "" || cfg.WebhookSecret == "") {
		return nil, errors.New("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
	}
	endpoint := cfg.Endpoint
	if endpoint == "" {
		endpoint = tgbotapi.APIEndpoint
	}
	if strings.Count(endpoint, "%s") != 2 {
		return nil, fmt.Errorf("TELEGRAM_API_ENDPOINT %q: want the form http://host:port/bot%%s/%%s", endpoint)
	}
	base := cfg.HTTPClient
	if base == nil {
		cfg.Token = strings.TrimSpace(cfg.Token) // a secret file's trailing newline is not the token
		// Every request goes to one host; the default keeps only two idle connections per
		// host, so parallel workers would dial (and leave in TIME_WAIT) a connection per reply.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = 4 * cfg.Workers
		tr.MaxIdleConnsPerHost = 4 * cfg.Workers
		base = &http.Client{Timeout: cfg.PollTimeout + 15*time.Second, Transport: tr}
	}
	// The long poll has its own deadline (see getUpdates): the client's timeout must not cut it.
	client := &http.Client{Timeout: max(base.Timeout, cfg.PollTimeout+defaultSendTimeout), Transport: base.Transport, Jar: base.Jar}
	api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, endpoint, client)
	if err != nil {
		return nil, fmt.Errorf("connect to the Telegram Bot API: %w", redact(err, cfg.Token))
	}
	m := newMetrics()
	m.register(cfg.Collectors...)
	b := &Bot{
		cfg: cfg, api: api, h: h, store: store, log: cfg.Logger,
		username: api.Self.UserName,
		flood:    newFloodGuard(cfg.Flood, cfg.FloodWindow),
		metrics:  m,
		takeOver: cfg.Mode == "polling",
	}
	b.out = newSender(api, cfg.Limits, cfg.SharedLimits, cfg.Token, cfg.Logger, m)
	b.chats, b.subs = newChats(b), cfg.Subscriptions
	if b.subs != nil {
		h.EnableSubscriptions(b.subs)
	}
	b.health = newHealth(b)
	b.out.answered = b.health.telegramAnswered
	return b, nil
}

// Username is the bot's @name without the "@".
func (b *Bot) Username() string { return b.username }

// Run serves updates until ctx is cancelled, then finishes in-flight updates within
// ShutdownGrace, hands back the rest, and returns nil. The health endpoints are served first;
// the command menus are registered in the background, within CommandsDeadline.
func (b *Bot) Run(ctx context.Context) error {
	if b.cfg.Mode != "webhook" {
		return b.run(ctx, nil)
	}
	ln, err := net.Listen("tcp", b.cfg.WebhookListen)
	if err != nil {
		return fmt.Errorf("listen on WEBHOOK_LISTEN %s: %w", b.cfg.WebhookListen, err)
	}
	return b.run(ctx, ln)
}

// run is Run with the webhook's listener (nil in polling mode).
func (b *Bot) run(ctx context.Context, ln net.Listener) error {
	work, cancelWork := context.WithCancel(context.Background())
	defer cancelWork()
	d := newDispatcher(work, b.handleUpdate)
	d.depth = b.metrics.queueDepth

	var bg sync.WaitGroup
	defer bg.Wait()
	cmdCtx, cancelCmds := context.WithTimeout(ctx, b.cfg.CommandsDeadline)
	defer cancelCmds()
	bg.Go(func() {
		if err := b.registerCommands(cmdCtx); err != nil {
			// Not fatal: the bot works without its command menu.
			b.log.Warn("setMyCommands failed", "err", err)
		}
	})

	if b.cfg.Outbox != nil {
		bg.Go(func() { b.deliver(ctx) })
	}
	if ln != nil {
		return b.serveWebhook(ctx, ln, d, cancelWork)
	}
	if b.cfg.MetricsListen != "" {
		stop, err := b.serveOps(b.cfg.MetricsListen)
		if err != nil {
			return err
		}
		defer stop()
	}
	return b.runPolling(ctx, d, cancelWork)
}

// redact removes the bot token from an error: the library puts it in every request URL, and
// a transport error quotes the URL — escaped or not. The secret after the bot id is made of
// letters, digits, '-' and '_', which no escaping changes, so removing it removes every
// encoded form of the token.
func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	msg := err.Error()
	clean := strings.ReplaceAll(msg, token, "<token>")
	if _, secret, ok := strings.Cut(token, ":"); ok && len(secret) >= 8 {
		clean = strings.ReplaceAll(clean, secret, "<token>")
	}
	if clean == msg {
		return err
	}
	return redactedError{msg: clean, err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }

// Unwrap keeps errors.As working (for *tgbotapi.Error and its retry_after) without exposing
// the unredacted text through Error().
func (e redactedError) Unwrap() error { return e.err }
