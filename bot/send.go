package bot

import (
	"context"
	"errors"
	"html"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage"
)

// MaxMessageLen is Telegram's limit of a message text, in UTF-16 code units.
const MaxMessageLen = 4096

// MaxCaptionLen is Telegram's limit for a photo's caption.
const MaxCaptionLen = 1024

// Limits of outgoing traffic. Telegram asks for about 30 messages a second overall, one a second
// per chat and twenty a minute per group; a short burst per chat keeps a split reply together.
type Limits struct {
	Global     float64       // messages per second overall
	PerChat    time.Duration // interval between messages to one private chat
	PerGroup   time.Duration // interval between messages to one group
	ChatBurst  int           // messages a chat may get at once before the interval applies
	MaxRetries int           // retries after 429, 5xx and network errors
}

func (l *Limits) defaults() {
	if l.Global <= 0 {
		l.Global = 30
	}
	if l.PerChat <= 0 {
		l.PerChat = time.Second
	}
	if l.PerGroup <= 0 {
		l.PerGroup = 3 * time.Second
	}
	if l.ChatBurst <= 0 {
		l.ChatBurst = 3
	}
	if l.MaxRetries <= 0 {
		l.MaxRetries = 3
	}
}

// gcra is a rate limiter (the generic cell rate algorithm): one "theoretical arrival time"
// per key is all the state it needs.
type gcra struct {
	interval, burst time.Duration
	tat             time.Time
}

// peek returns how long the next slot is away, booking nothing.
func (g *gcra) peek(now time.Time) time.Duration {
	tat := g.tat
	if tat.Before(now) {
		tat = now
	}
	return max(tat.Sub(now)-g.burst, 0)
}

// reserve books the next slot and returns how long to wait for it.
func (g *gcra) reserve(now time.Time) time.Duration {
	tat := g.tat
	if tat.Before(now) {
		tat = now
	}
	g.tat = tat.Add(g.interval)
	if wait := g.tat.Sub(now) - g.interval - g.burst; wait > 0 {
		return wait
	}
	return 0
}

type limiter struct {
	mu     sync.Mutex
	limits Limits
	global gcra
	chats  map[int64]*gcra

	// shared, when set, holds the budgets of all replicas (Redis); the local ones above are
	// the fallback while it fails, tried again after sharedCooldown.
	shared storage.RateLimiter
	// answering counts the answers waiting for a slot or being sent: deliveries wait for none.
	answering  atomic.Int64
	sharedDown atomic.Int64 // unix nanoseconds until which shared is not tried; 0 = up
	log        *slog.Logger
	metrics    *metrics
}

// sharedCooldown is how long the local limits stand in after the shared limiter failed.
const sharedCooldown = 2 * time.Second

// sharedTimeout bounds one reservation: a hung Redis must not hold the sends.
const sharedTimeout = 500 * time.Millisecond

func newLimiter(l Limits) *limiter {
	return &limiter{
		limits: l,
		global: gcra{interval: time.Duration(float64(time.Second) / l.Global)},
		chats:  map[int64]*gcra{},
	}
}

func (l *limiter) chatInterval(group bool) time.Duration {
	if group {
		return l.limits.PerGroup
	}
	return l.limits.PerChat
}

// wait blocks until a message to chatID may be sent, or ctx ends.
func (l *limiter) wait(ctx context.Context, chatID int64, group bool) error {
	if wait, ok := l.waitShared(ctx, chatID, group); ok {
		return sleepCtx(ctx, wait)
	}
	l.mu.Lock()
	now := time.Now()
	c := l.chats[chatID]
	if c == nil {
		if len(l.chats) > 100000 {
			l.forget(now)
		}
		interval := l.chatInterval(group)
		c = &gcra{interval: interval, burst: time.Duration(l.limits.ChatBurst-1) * interval}
		l.chats[chatID] = c
	}
	wait := max(c.reserve(now), l.global.reserve(now))
	l.mu.Unlock()
	if wait == 0 {
		return nil
	}
	return sleepCtx(ctx, wait)
}

// waitShared books the slot in the shared budgets; ok is false when there are none or they
// failed (the local limits apply then).
func (l *limiter) waitShared(ctx context.Context, chatID int64, group bool) (time.Duration, bool) {
	if l.shared == nil || time.Now().UnixNano() < l.sharedDown.Load() {
		return 0, false
	}
	rctx, cancel := context.WithTimeout(ctx, sharedTimeout)
	defer cancel()
	wait, err := l.shared.Reserve(rctx,
		storage.Rate{Key: "global", Interval: l.global.interval, Burst: 1},
		storage.Rate{Key: "chat:" + strconv.FormatInt(chatID, 10), Interval: l.chatInterval(group), Burst: l.limits.ChatBurst})
	if err == nil {
		if l.sharedDown.Swap(0) != 0 {
			l.log.Info("shared rate limit answers again: the limits hold across replicas")
			l.metrics.limiterFallback(false)
		}
		return wait, true
	}
	if ctx.Err() != nil {
		return 0, false
	}
	l.metrics.storeError("reserve")
	if l.sharedDown.Swap(time.Now().Add(sharedCooldown).UnixNano()) == 0 {
		l.log.Warn("shared rate limit unavailable: limiting this replica alone", "err", err)
		l.metrics.limiterFallback(true)
	}
	return 0, false
}

// politeSlack is how far ahead a delivery may book a slot: about one interval of the global
// budget, so that the deliveries keep the budget busy (a worker waking a little late does
// not waste its slot) while an answer arriving meanwhile waits at most that long.
func (l *limiter) politeSlack() time.Duration { return 2 * l.global.interval }

// waitPolite blocks until a delivery to chatID may be sent. Deliveries give way to answers:
// none starts while an answer of this replica waits for its slot or is being sent, and they
// take only the slots free now (booking at most politeSlack ahead), while answers book ahead
// of them — across replicas too, through the shared budgets.
func (l *limiter) waitPolite(ctx context.Context, chatID int64, group bool) error {
	for {
		if l.answering.Load() > 0 {
			if err := sleepCtx(ctx, 5*time.Millisecond); err != nil {
				return err
			}
			continue
		}
		wait, booked := l.tryReserve(ctx, chatID, group)
		if booked {
			return sleepCtx(ctx, wait)
		}
		if err := sleepCtx(ctx, max(wait-l.politeSlack()/2, time.Millisecond)); err != nil {
			return err
		}
	}
}

// tryReserve books a slot for a delivery if one is free within politeSlack.
func (l *limiter) tryReserve(ctx context.Context, chatID int64, group bool) (time.Duration, bool) {
	slack := l.politeSlack()
	if p, ok := l.shared.(storage.PoliteLimiter); ok && time.Now().UnixNano() >= l.sharedDown.Load() {
		rctx, cancel := context.WithTimeout(ctx, sharedTimeout)
		wait, booked, err := p.ReserveWithin(rctx, slack,
			storage.Rate{Key: "global", Interval: l.global.interval, Burst: 1},
			storage.Rate{Key: "chat:" + strconv.FormatInt(chatID, 10), Interval: l.chatInterval(group), Burst: l.limits.ChatBurst})
		cancel()
		if err == nil {
			return wait, booked
		}
		if ctx.Err() == nil {
			l.metrics.storeError("reserve")
			if l.sharedDown.Swap(time.Now().Add(sharedCooldown).UnixNano()) == 0 {
				l.log.Warn("shared rate limit unavailable: limiting this replica alone", "err", err)
				l.metrics.limiterFallback(true)
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	c := l.chats[chatID]
	if c == nil {
		interval := l.chatInterval(group)
		c = &gcra{interval: interval, burst: time.Duration(l.limits.ChatBurst-1) * interval}
		l.chats[chatID] = c
	}
	wait := max(c.peek(now), l.global.peek(now))
	if wait > slack {
		return wait, false
	}
	return max(c.reserve(now), l.global.reserve(now)), true
}

// forget drops chats that have been quiet long enough to start afresh.
func (l *limiter) forget(now time.Time) {
	for id, c := range l.chats {
		if c.tat.Before(now) {
			delete(l.chats, id)
		}
	}
}

// sender sends Bot API requests within the limits, retrying what Telegram asks to retry.
type sender struct {
	api     *tgbotapi.BotAPI
	lim     *limiter
	token   string
	log     *slog.Logger
	sleep   func(context.Context, time.Duration) error
	timeout time.Duration // of one call, so that a hung send gives up and is retried
	metrics *metrics
	// answered, when set, is told that Telegram answered a call (for /readyz).
	answered func()
}

func newSender(api *tgbotapi.BotAPI, l Limits, shared storage.RateLimiter, token string, log *slog.Logger, m *metrics) *sender {
	lim := newLimiter(l)
	lim.shared, lim.log, lim.metrics = shared, log, m
	return &sender{api: api, lim: lim, token: token, log: log, sleep: sleepCtx, timeout: defaultSendTimeout, metrics: m}
}

// defaultSendTimeout bounds one Bot API call other than getUpdates.
const defaultSendTimeout = 20 * time.Second

// withContext returns the library's client bound to ctx: its calls take no context, but each
// reads the BotAPI's Client field, so a shallow copy with a client that sets the request's
// context makes one call cancellable without touching the others.
func withContext(ctx context.Context, api *tgbotapi.BotAPI) *tgbotapi.BotAPI {
	c := *api
	c.Client = ctxClient{ctx: ctx, next: api.Client}
	return &c
}

type ctxClient struct {
	ctx  context.Context
	next tgbotapi.HTTPClient
}

func (c ctxClient) Do(r *http.Request) (*http.Response, error) {
	return c.next.Do(r.WithContext(c.ctx))
}

// call makes one Bot API call bound to ctx and the sender's timeout, and counts it.
func (s *sender) call(ctx context.Context, method string, do func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error)) (*tgbotapi.APIResponse, error) {
	cctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	resp, err := do(withContext(cctx, s.api))
	s.metrics.sent(method, err)
	if s.answered != nil && (err == nil || isAPIError(err)) {
		s.answered()
	}
	return resp, redact(err, s.token)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errForbidden: the user blocked the bot or it was removed from the chat; nothing to retry.
var errForbidden = errors.New("forbidden by Telegram (bot blocked or removed)")

// request performs one Bot API call; chatID 0 means it is not a message to a chat (no chat limit).
func (s *sender) request(ctx context.Context, chatID int64, group bool, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	var lastErr error
	if chatID != 0 { // a message to someone, not a menu or a callback's acknowledgement
		s.lim.answering.Add(1)
		defer s.lim.answering.Add(-1)
	}
	for attempt := 0; attempt <= s.lim.limits.MaxRetries; attempt++ {
		if chatID != 0 {
			if err := s.lim.wait(ctx, chatID, group); err != nil {
				return nil, err
			}
		}
		resp, err := s.call(ctx, methodOf(c), func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error) { return api.Request(c) })
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		lastErr = err
		var tgErr *tgbotapi.Error
		switch {
		case errors.As(err, &tgErr) && tgErr.Code == 429:
			wait := time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
			s.log.Warn("Telegram asks to slow down", "retry_after", wait, "chat", chatID)
			s.metrics.waited429(wait)
			if err := s.sleep(ctx, wait); err != nil {
				return nil, err
			}
		case errors.As(err, &tgErr) && tgErr.Code == 403:
			return nil, errForbidden
		case errors.As(err, &tgErr) && tgErr.Code >= 400 && tgErr.Code < 500:
			return nil, err // our request is wrong: retrying will not help
		default: // 5xx, a broken body, the network
			if err := s.sleep(ctx, time.Duration(attempt+1)*300*time.Millisecond); err != nil {
				return nil, err
			}
		}
	}
	return nil, lastErr
}

// methodOf names a request for the metrics.
func methodOf(c tgbotapi.Chattable) string {
	switch c.(type) {
	case tgbotapi.MessageConfig:
		return "sendMessage"
	case tgbotapi.PhotoConfig:
		return "sendPhoto"
	case tgbotapi.EditMessageTextConfig:
		return "editMessageText"
	case tgbotapi.CallbackConfig:
		return "answerCallbackQuery"
	case tgbotapi.InlineConfig:
		return "answerInlineQuery"
	case tgbotapi.SetMyCommandsConfig:
		return "setMyCommands"
	case tgbotapi.DeleteWebhookConfig:
		return "deleteWebhook"
	}
	return "other"
}

// sendReply sends a reply as HTML, split at paragraph boundaries when it is too long; buttons
// go with the last part.
func (s *sender) sendReply(ctx context.Context, chatID int64, group bool, replyTo int, r handlers.Reply) error {
	if len(r.Photo) > 0 {
		return s.sendPhoto(ctx, chatID, group, replyTo, r)
	}
	parts := splitMessage(r.Text, MaxMessageLen)
	for i, part := range parts {
		msg := tgbotapi.NewMessage(chatID, html.EscapeString(part))
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if i == 0 && replyTo != 0 {
			msg.ReplyToMessageID = replyTo
			msg.AllowSendingWithoutReply = true
		}
		if i == len(parts)-1 {
			if kb, ok := keyboard(r.Buttons); ok {
				msg.ReplyMarkup = kb
			}
		}
		if _, err := s.request(ctx, chatID, group, msg); err != nil {
			return err
		}
	}
	return nil
}

// sendPhoto uploads a chart (multipart sendPhoto) with the first paragraph of the text as its
// caption; the rest follows as messages, since a caption holds only 1024 characters.
func (s *sender) sendPhoto(ctx context.Context, chatID int64, group bool, replyTo int, r handlers.Reply) error {
	caption, rest, _ := strings.Cut(r.Text, "\n")
	photo := tgbotapi.NewPhoto(chatID, tgbotapi.FileBytes{Name: "chart.png", Bytes: r.Photo})
	photo.Caption = clipRunes(caption, MaxCaptionLen)
	if replyTo != 0 {
		photo.ReplyToMessageID = replyTo
		photo.AllowSendingWithoutReply = true
	}
	if _, err := s.request(ctx, chatID, group, photo); err != nil {
		return err
	}
	if strings.TrimSpace(rest) == "" {
		return nil
	}
	r.Photo, r.Text = nil, strings.TrimSpace(rest)
	return s.sendReply(ctx, chatID, group, 0, r)
}

// keyboard turns reply buttons into an inline keyboard. Callback data over Telegram's 64
// bytes is dropped rather than cut (a cut id would point nowhere).
func keyboard(rows [][]handlers.Button) (tgbotapi.InlineKeyboardMarkup, bool) {
	var out [][]tgbotapi.InlineKeyboardButton
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			if len(b.Data) == 0 || len(b.Data) > 64 {
				continue
			}
			r = append(r, tgbotapi.NewInlineKeyboardButtonData(clipRunes(b.Text, 60), b.Data))
		}
		if len(r) > 0 {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return tgbotapi.InlineKeyboardMarkup{}, false
	}
	return tgbotapi.NewInlineKeyboardMarkup(out...), true
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// textLen is the length Telegram counts: UTF-16 code units.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// splitMessage cuts text into parts of at most limit, preferring paragraph breaks, then line
// breaks, then spaces, and only then the middle of a word.
func splitMessage(text string, limit int) []string {
	if textLen(text) <= limit {
		return []string{text}
	}
	var parts []string
	for textLen(text) > limit {
		cut := cutPoint(text, limit)
		parts = append(parts, strings.TrimRight(text[:cut], " \n"))
		text = strings.TrimLeft(text[cut:], " \n")
	}
	if text != "" {
		parts = append(parts, text)
	}
	return parts
}

// cutPoint is the byte offset of the best break within the first limit UTF-16 units.
func cutPoint(text string, limit int) int {
	end, n := 0, 0
	for i, r := range text {
		if n+utf16.RuneLen(r) > limit {
			break
		}
		n += utf16.RuneLen(r)
		end = i + utf8.RuneLen(r)
	}
	head := text[:end]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > 0 {
			return i + len(sep)
		}
	}
	return end
}
