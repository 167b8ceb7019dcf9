package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/bot"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/resilient"
)

// sessionTTL is how long a quiet conversation is remembered.
const sessionTTL = 30 * 24 * time.Hour

// runServe runs the Telegram bot, configured from the environment (see README).
func runServe(ctx context.Context, args []string, env Env) error {
	if len(args) > 0 {
		return usagef("usage: serve (configured by TELEGRAM_TOKEN, REDIS_URL, BOT_MODE, WEBHOOK_*, LOG_LEVEL)")
	}
	if strings.TrimSpace(env.Getenv("TELEGRAM_TOKEN")) == "" {
		return usagef("TELEGRAM_TOKEN is not set: create a bot with @BotFather (/newbot) and export its token")
	}
	level, err := parseLevel(env.Getenv("LOG_LEVEL"))
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	// go-redis has one process-wide logger; route it through ours, at debug level, so an
	// outage is one warning from the resilient store rather than a line per reconnect.
	redis.SetLogger(redisstore.LibraryLogger{Logger: logger})

	var primary resilient.Backend
	var shared storage.RateLimiter
	var ready func(context.Context) error
	rs, err := openRedis(env)
	if err != nil {
		return usagef("%v", err)
	}
	if rs != nil {
		defer rs.Close()
		if err := rs.Ping(ctx); err != nil {
			logger.Warn("Redis does not answer at start-up; answering from memory until it does", "err", err)
		}
		primary, shared, ready = rs, rs, rs.Ping
	}
	store := resilient.New(primary, memory.NewStore(sessionTTL, memory.DefaultUnansweredCap), logger)
	h, err := newHandler(store)
	if err != nil {
		return err
	}
	h.RecordUnanswered(store)
	b, err := bot.New(bot.Config{
		// A token read from a secret file often ends with a newline; it is not part of it.
		Token:         strings.TrimSpace(env.Getenv("TELEGRAM_TOKEN")),
		Endpoint:      env.Getenv("TELEGRAM_API_ENDPOINT"),
		Mode:          env.Getenv("BOT_MODE"),
		WebhookURL:    env.Getenv("WEBHOOK_URL"),
		WebhookListen: env.Getenv("WEBHOOK_LISTEN"),
		WebhookSecret: env.Getenv("WEBHOOK_SECRET"),
		MetricsListen: env.Getenv("METRICS_LISTEN"),
		SharedLimits:  shared,
		Ready:         ready,
		Collectors:    []prometheus.Collector{store.Collector()},
		Logger:        logger,
	}, h, store)
	if err != nil {
		return err
	}
	logger.Info("bot started", "bot", "@"+b.Username())
	return b.Run(ctx)
}

// openRedis opens the Redis named by REDIS_URL (a server, Sentinel or Cluster: see
// redisstore.Open), or by REDIS_ADDRS with REDIS_MASTER_NAME and REDIS_PASSWORD; nil when
// neither is set.
func openRedis(env Env) (*redisstore.Store, error) {
	opts := redisstore.Options{SessionTTL: sessionTTL}
	if url := env.Getenv("REDIS_URL"); url != "" {
		return redisstore.Open(url, opts)
	}
	addrs := strings.FieldsFunc(env.Getenv("REDIS_ADDRS"), func(r rune) bool { return r == ',' || r == ' ' })
	if len(addrs) == 0 {
		return nil, nil
	}
	return redisstore.OpenAddrs(redisstore.Addrs{Addrs: addrs, MasterName: env.Getenv("REDIS_MASTER_NAME"),
		Username: env.Getenv("REDIS_USERNAME"), Password: env.Getenv("REDIS_PASSWORD")}, opts)
}

func parseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "info":
		return slog.LevelInfo, nil
	case "debug":
		return slog.LevelDebug, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, usagef("LOG_LEVEL %q: want debug, info, warn or error", s)
}

// runUnanswered lists the questions the bot could not answer, newest first, for the editors
// of the knowledge base. They are kept in Redis; without it they live only in the bot's memory.
func runUnanswered(ctx context.Context, args []string, env Env) error {
	fl := flag.NewFlagSet("kb unanswered", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	n := fl.Int("n", 50, "how many to list (0 = all)")
	asJSON := fl.Bool("json", false, "print JSON Lines")
	if err := fl.Parse(args); err != nil {
		return usagef("kb unanswered: %v", err)
	}
	url := env.Getenv("REDIS_URL")
	if url == "" {
		return fmt.Errorf("REDIS_URL is not set: the unanswered questions are kept in Redis (without it, only in the running bot's memory)")
	}
	rs, err := redisstore.New(ctx, url, redisstore.Options{})
	if err != nil {
		return err
	}
	defer rs.Close()
	qs, err := rs.Unanswered(ctx, *n)
	if err != nil {
		return err
	}
	for _, q := range qs {
		if *asJSON {
			if err := writeJSON(env.Stdout, q); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", q.Time.UTC().Format(time.RFC3339), q.Lang, strings.ReplaceAll(q.Text, "\n", " "))
	}
	if len(qs) == 0 && !*asJSON {
		fmt.Fprintln(env.Stderr, "no unanswered questions recorded")
	}
	return nil
}
