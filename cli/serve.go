package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/corridorbot/corridorbot/bot"
	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
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
		return usagef("usage: serve (configured by TELEGRAM_TOKEN, REDIS_URL, KB_DIR, BOT_MODE, WEBHOOK_*, LOG_LEVEL)")
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
	kbDir := env.Getenv("KB_DIR")
	kb, err := loadKB(kbDir)
	if err != nil {
		return err
	}
	h, err := newHandlerFor(kb, store)
	if err != nil {
		return err
	}
	returnBuildMemory()
	h.RecordUnanswered(store)
	subs, outbox, news, delivery := subscriptionsFor(rs, h, logger)
	// SIGHUP reloads the knowledge base; registered before the bot starts, so that an early
	// signal does not end the process (its default action).
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
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
		Subscriptions: subs,
		Outbox:        outbox,
		Delivery:      delivery,
		Logger:        logger,
	}, h, store)
	if err != nil {
		return err
	}
	var bg sync.WaitGroup
	defer bg.Wait()
	bgCtx, stopBg := context.WithCancel(ctx)
	defer stopBg()
	bg.Go(func() { watchReloads(bgCtx, hup, kbDir, h, news, logger) })
	logger.Info("bot started", "bot", "@"+b.Username(), "knowledge_base", kbName(kbDir))
	return b.Run(ctx)
}

// subscriptionsFor wires subscriptions: they live in Redis, with the outbox that delivers to
// them and the news of changed facts; without Redis the commands work from memory and nothing
// is delivered (news is then nil).
func subscriptionsFor(rs *redisstore.Store, h *handlers.Handler, logger *slog.Logger) (storage.SubscriptionStore, storage.Outbox, *handlers.News, bot.DeliveryConfig) {
	var delivery bot.DeliveryConfig
	if rs == nil {
		logger.Warn("REDIS_URL is not set: subscriptions are kept in memory and nothing is delivered to them")
		return memory.NewSubscriptions(), nil, nil, delivery
	}
	news := &handlers.News{Subs: rs, Outbox: rs, Changes: rs}
	delivery.Periodic = func(ctx context.Context, now time.Time) error { return h.Digests(ctx, *news, now) }
	return rs, rs, news, delivery
}

// watchReloads announces the base's changes at start, then reloads the base on every SIGHUP
// and announces what changed, until ctx ends.
func watchReloads(ctx context.Context, hup <-chan os.Signal, kbDir string, h *handlers.Handler, news *handlers.News, logger *slog.Logger) {
	if news != nil {
		announce(ctx, h, *news, logger)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
		}
		if reloadKB(kbDir, h, logger) && news != nil {
			announce(ctx, h, *news, logger)
		}
	}
}

func kbName(dir string) string {
	if dir == "" {
		return "embedded"
	}
	return dir
}

// loadKB loads the knowledge base from dir (KB_DIR), or the embedded one when dir is "", and
// validates it: a base with problems is refused with them.
func loadKB(dir string) (*knowledge.KB, error) {
	fsys := knowledge.Embedded()
	if dir != "" {
		fsys = dirFS(dir)
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("knowledge base %s: %w", kbName(dir), err)
	}
	if problems := knowledge.Validate(kb); len(problems) > 0 {
		msgs := make([]string, len(problems))
		for i, p := range problems {
			msgs[i] = fmt.Sprint(p)
		}
		return nil, fmt.Errorf("knowledge base %s: %d problem(s):\n%s", kbName(dir), len(problems), strings.Join(msgs, "\n"))
	}
	return kb, nil
}

// returnBuildMemory gives the operating system back at once the memory that building the
// engine used and dropped (a 10,000-fact base peaks near 120 MB to keep about 40): the
// runtime would return it too, but over minutes, and a long-running bot should not look
// three times its size meanwhile.
func returnBuildMemory() { debug.FreeOSMemory() }

// reloadKB loads and validates the base again (SIGHUP) and swaps the handler's engine when it
// is sound; a broken base is refused, its problems logged, and the old one keeps serving.
func reloadKB(dir string, h *handlers.Handler, logger *slog.Logger) bool {
	kb, err := loadKB(dir)
	if err != nil {
		logger.Error("knowledge base not reloaded; the previous one keeps serving", "err", err)
		return false
	}
	h.SetEngine(newEngine(kb))
	returnBuildMemory()
	logger.Info("knowledge base reloaded", "knowledge_base", kbName(dir), "facts", len(kb.Facts))
	return true
}

// announce queues the new and changed facts for their subscribers.
func announce(ctx context.Context, h *handlers.Handler, news handlers.News, logger *slog.Logger) {
	n, err := h.Announce(ctx, news, time.Now())
	if err != nil {
		if ctx.Err() == nil {
			logger.Warn("knowledge-base changes not announced; the next reload or start tries again", "err", err)
		}
		return
	}
	if n > 0 {
		logger.Info("knowledge-base changes queued for the subscribers", "facts", n)
	}
}

// openRedis opens the Redis named by REDIS_URL (a server, Sentinel or Cluster: see
// redisstore.Open), or by REDIS_ADDRS with REDIS_MASTER_NAME and REDIS_PASSWORD; nil when
// neither is set.
func openRedis(env Env) (*redisstore.Store, error) {
	opts := redisstore.Options{SessionTTL: sessionTTL, KeyPrefix: env.Getenv("REDIS_KEY_PREFIX")}
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
