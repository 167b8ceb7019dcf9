package bot

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/corridorbot/corridorbot/handlers"
)

// metrics are what an operator sees at /metrics. Each bot has a registry of its own (no
// package-level state), so tests can run several bots and read each one's figures.
type metrics struct {
	reg       *prometheus.Registry
	updates   *prometheus.CounterVec   // by kind and outcome
	latency   *prometheus.HistogramVec // handling time by kind
	answers   *prometheus.CounterVec   // answered or refused (the bot did not know)
	verdicts  *prometheus.CounterVec   // fact-check verdicts
	sends     *prometheus.CounterVec   // Bot API calls by method and status
	waits     prometheus.Counter       // 429 waits
	waitSecs  prometheus.Counter
	storeErrs *prometheus.CounterVec
	queued    prometheus.Gauge
	fallback  prometheus.Gauge       // 1 while the shared rate limit is down
	skipped   prometheus.Counter     // undecodable updates
	delivers  *prometheus.CounterVec // outbox deliveries by outcome
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		updates: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_updates_total",
			Help: "Updates handled, by kind (message, callback, inline, ignored, undecodable) and outcome (answered, handed_back, retry, busy, panic, skipped)."}, []string{"kind", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "corridorbot_update_handling_seconds",
			Help:    "Time to handle one update, the reply included.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}}, []string{"kind"}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_answers_total",
			Help: "Questions answered from the knowledge base, or refused (no sourced answer)."}, []string{"result"}),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_verdicts_total",
			Help: "Fact-check verdicts given."}, []string{"verdict"}),
		sends: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_telegram_requests_total",
			Help: "Bot API calls by method and status (the HTTP or Bot API error code; \"network\" when none came back)."}, []string{"method", "status"}),
		waits: prometheus.NewCounter(prometheus.CounterOpts{Name: "corridorbot_telegram_429_waits_total",
			Help: "Waits asked by Telegram with 429 retry_after."}),
		waitSecs: prometheus.NewCounter(prometheus.CounterOpts{Name: "corridorbot_telegram_429_wait_seconds_total",
			Help: "Seconds waited on 429 retry_after."}),
		storeErrs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_store_errors_total",
			Help: "Store calls that failed (the fallback answered when there is one), by operation."}, []string{"op"}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Name: "corridorbot_queued_updates",
			Help: "Updates waiting or being handled in the per-chat queues."}),
		fallback: prometheus.NewGauge(prometheus.GaugeOpts{Name: "corridorbot_rate_limit_fallback",
			Help: "1 while the shared (Redis) rate limit is unavailable and this replica limits itself alone."}),
		skipped: prometheus.NewCounter(prometheus.CounterOpts{Name: "corridorbot_undecodable_updates_total",
			Help: "Updates that could not be decoded, logged and skipped."}),
		delivers: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "corridorbot_deliveries_total",
			Help: "Outbox deliveries by outcome: sent, failed, dead, skipped, and in_doubt (taken over from a stopped replica)."}, []string{"outcome"}),
	}
	m.reg.MustRegister(m.updates, m.latency, m.answers, m.verdicts, m.sends, m.waits, m.waitSecs, m.storeErrs,
		m.queued, m.fallback, m.skipped, m.delivers, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Register adds collectors of other components (the store's fallback state, say).
func (m *metrics) register(cs ...prometheus.Collector) {
	for _, c := range cs {
		_ = m.reg.Register(c)
	}
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

func (m *metrics) updateHandled(kind, outcome string, took time.Duration) {
	m.updates.WithLabelValues(kind, outcome).Inc()
	m.latency.WithLabelValues(kind).Observe(took.Seconds())
}

func (m *metrics) undecodable() {
	m.skipped.Inc()
	m.updates.WithLabelValues("undecodable", "skipped").Inc()
}

func (m *metrics) reply(r handlers.Reply) {
	switch {
	case r.Verdict != "":
		m.verdicts.WithLabelValues(r.Verdict).Inc()
	case len(r.Facts) > 0:
		m.answers.WithLabelValues("answered").Inc()
	case r.Unanswered():
		m.answers.WithLabelValues("refused").Inc()
	}
}

// isAPIError tells an error the Bot API answered with.
func isAPIError(err error) bool {
	var tgErr *tgbotapi.Error
	return errors.As(err, &tgErr)
}

func (m *metrics) sent(method string, err error) {
	status := "200"
	var tgErr *tgbotapi.Error
	switch {
	case err == nil:
	case errors.As(err, &tgErr):
		status = strconv.Itoa(tgErr.Code)
	default:
		status = "network"
	}
	m.sends.WithLabelValues(method, status).Inc()
}

func (m *metrics) waited429(d time.Duration) {
	m.waits.Inc()
	m.waitSecs.Add(d.Seconds())
}

func (m *metrics) storeError(op string) { m.storeErrs.WithLabelValues(op).Inc() }

func (m *metrics) queueDepth(delta int) { m.queued.Add(float64(delta)) }

func (m *metrics) limiterFallback(on bool) {
	if on {
		m.fallback.Set(1)
	} else {
		m.fallback.Set(0)
	}
}

func (m *metrics) delivered(outcome string) { m.delivers.WithLabelValues(outcome).Inc() }
