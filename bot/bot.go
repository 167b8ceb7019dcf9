// Package bot is the adapter between Telegram and the handlers: polling or webhook transport,
// mapping updates to domain requests and replies back to Bot API calls, the outgoing limits.
// It is the only importer of the Telegram library.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/handlers"
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
	// Flood is how many messages one user may send per FloodWindow before one "slow down".
	Flood       int
	FloodWindow time.Duration
	// ShutdownGrace bounds how long in-flight updates may take after a stop signal.
	ShutdownGrace time.Duration
	PollTimeout   time.Duration // long-polling timeout of getUpdates, default 30 s

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
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	c.Limits.defaults()
}

// Store is what the bot needs of storage: one round trip that both claims an update (false
// when another delivery of it was already handled) and loads the conversation's session.
type Store interface {
	BeginUpdate(ctx context.Context, updateID int64, sessionKey string) (first bool, s handlers.Session, err error)
}

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
	polls    *pollCanceller
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
		// Every request goes to one host; the default keeps only two idle connections per
		// host, so parallel workers would dial (and leave in TIME_WAIT) a connection per reply.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = 4 * cfg.Workers
		tr.MaxIdleConnsPerHost = 4 * cfg.Workers
		base = &http.Client{Timeout: cfg.PollTimeout + 15*time.Second, Transport: tr}
	}
	polls := newPollCanceller()
	client := &http.Client{Timeout: base.Timeout, Transport: polls.wrap(base.Transport), Jar: base.Jar}
	api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, endpoint, client)
	if err != nil {
		return nil, fmt.Errorf("connect to the Telegram Bot API: %w", redact(err, cfg.Token))
	}
	b := &Bot{
		cfg: cfg, api: api, h: h, store: store, log: cfg.Logger,
		username: api.Self.UserName,
		flood:    newFloodGuard(cfg.Flood, cfg.FloodWindow),
		polls:    polls,
	}
	b.out = newSender(api, cfg.Limits, cfg.Token, cfg.Logger)
	return b, nil
}

// Username is the bot's @name without the "@".
func (b *Bot) Username() string { return b.username }

// Run serves updates until ctx is cancelled, then finishes in-flight updates (bounded by
// ShutdownGrace) and returns nil.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.registerCommands(); err != nil {
		// Not fatal: the bot works without its command menu.
		b.log.Warn("setMyCommands failed", "err", err)
	}
	if b.cfg.Mode == "webhook" {
		return b.runWebhook(ctx)
	}
	return b.runPolling(ctx)
}

// redact removes the bot token from an error: the library puts it in every request URL,
// and a transport error quotes the URL.
func redact(err error, token string) error {
	if err == nil || token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return redactedError{msg: strings.ReplaceAll(err.Error(), token, "<token>"), err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }

// Unwrap keeps errors.As working (for *tgbotapi.Error and its retry_after) without exposing
// the unredacted text through Error().
func (e redactedError) Unwrap() error { return e.err }
