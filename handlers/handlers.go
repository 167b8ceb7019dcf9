// Package handlers decides what the bot says: it takes a request in domain terms (no Telegram
// types), uses the knowledge engine and the session store, and returns localized replies.
// The terminal chat and the Telegram bot run exactly this code.
package handlers

import (
	"context"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/locales"
	"github.com/corridorbot/corridorbot/storage"
)

// MaxQuestionRunes is the longest question the bot reads; longer ones get a polite refusal.
// Claims may be longer: a forwarded post is checked whole.
const (
	MaxQuestionRunes = 1000
	MaxClaimRunes    = 4096
)

// The stored types live in the leaf package storage, which the stores implement; the aliases
// keep handlers' callers independent of where they are declared.
type (
	Session       = storage.Session
	SessionStore  = storage.SessionStore
	Unanswered    = storage.Unanswered
	UnansweredLog = storage.UnansweredLog
)

// Request is one incoming message.
type Request struct {
	// Conversation identifies the session ("chat:42", "user:7"); empty means no session.
	Conversation string
	// LangHint is the user's client language (Telegram language_code), used when nothing better is known.
	LangHint string
	Text     string
	// Forwarded marks a message forwarded from elsewhere: it is fact-checked, not answered.
	Forwarded bool
	// NotText marks a message without text (a sticker, a photo without caption).
	NotText bool
	// Chat is where the message was written and User who wrote it (zero in the terminal).
	Chat   Chat
	UserID int64
	// FromChannel is the channel a forwarded post came from, when it did.
	FromChannel *Chat
	// Chats answers who administers a chat (nil: subscriptions cannot be changed).
	Chats Chats
	// Session, when not nil, is the conversation's session already loaded by the caller (the
	// bot loads it together with its duplicate check, in one Redis round trip).
	Session *Session
	// DeferSave, with Session, leaves saving to the caller: a changed session is written back
	// to *Session and Reply.SessionChanged is set. The bot saves it together with the update's
	// done mark after the reply was sent, so an update interrupted by a crash leaves no trace
	// and its redelivery is handled from the same session.
	DeferSave bool
}

// Button is an action offered with a reply; Data is what comes back when it is pressed.
type Button struct {
	Text string
	Data string
}

// Reply is what the bot says.
type Reply struct {
	Lang       knowledge.Lang
	Text       string
	Facts      []string // ids of the facts the answer is built from; empty when the bot does not know
	Confidence float64
	Buttons    [][]Button
	// Photo is a PNG to send with the text as its caption (a chart).
	Photo []byte
	// Verdict and Claims are set for a fact check.
	Verdict string
	Claims  []ClaimReply
	// Edit asks to show the reply in place of the message whose button was pressed.
	Edit bool
	// SessionChanged: the session of a DeferSave request was changed and is to be saved.
	SessionChanged bool
	// unanswered is the question, when the bot could not answer it (for the editors' log).
	unanswered string
}

// Unanswered reports a question the bot had no sourced answer for (a refusal).
func (r Reply) Unanswered() bool { return r.unanswered != "" }

// Handler answers requests.
type Handler struct {
	// engine is swapped whole when the knowledge base is reloaded (SIGHUP): a request reads
	// the pointer and works with one engine, the old one or the new one.
	engine     atomic.Pointer[engine.Engine]
	subs       storage.SubscriptionStore
	cat        *locales.Catalog
	store      SessionStore
	unanswered UnansweredLog
	now        func() time.Time
}

// New returns a handler. store may be nil for one-shot use (the ask command).
func New(eng *engine.Engine, cat *locales.Catalog, store SessionStore) *Handler {
	h := &Handler{cat: cat, store: store, now: time.Now}
	h.engine.Store(eng)
	return h
}

// Engine is the knowledge engine the handler answers from (the CLI's -explain asks it why).
func (h *Handler) Engine() *engine.Engine { return h.engine.Load() }

// SetEngine replaces the engine, safely while requests are being answered: the knowledge base
// was reloaded.
func (h *Handler) SetEngine(e *engine.Engine) { h.engine.Store(e) }

// EnableSubscriptions makes the handler answer /subscribe, /unsubscribe and /subscriptions
// with subs; without it they say subscriptions are not available here.
func (h *Handler) EnableSubscriptions(subs storage.SubscriptionStore) { h.subs = subs }

// RecordUnanswered makes the handler keep the questions it could not answer.
func (h *Handler) RecordUnanswered(log UnansweredLog) { h.unanswered = log }

// Catalog returns the messages the handler speaks with (the bot needs a few of its own).
func (h *Handler) Catalog() *locales.Catalog { return h.cat }

// Handle answers one message: a command or a question. A failing session store is not fatal:
// the answer is still given, only the conversation memory is lost for this message.
func (h *Handler) Handle(ctx context.Context, req Request) (Reply, error) {
	var sess Session
	var storeErr error
	switch {
	case req.Session != nil:
		sess = *req.Session
	case h.store != nil && req.Conversation != "":
		sess, storeErr = h.store.Load(ctx, req.Conversation)
	}
	var reply Reply
	var changed bool
	if r, ok := h.subscriptionCommand(ctx, req, &sess); ok {
		reply = r
	} else {
		reply, changed = h.handle(req, &sess)
	}
	if reply.unanswered != "" && h.unanswered != nil {
		if err := h.unanswered.Record(ctx, Unanswered{Text: reply.unanswered, Lang: string(reply.Lang), Time: h.now()}); err != nil && storeErr == nil {
			storeErr = err
		}
	}
	storeErr = h.keep(ctx, req, &reply, sess, changed, storeErr)
	return reply, storeErr
}

// keep saves a changed session, or hands it back to the caller for a DeferSave request.
func (h *Handler) keep(ctx context.Context, req Request, reply *Reply, sess Session, changed bool, storeErr error) error {
	if !changed {
		return storeErr
	}
	sess.Updated = h.now()
	if req.DeferSave && req.Session != nil {
		*req.Session = sess
		reply.SessionChanged = true
		return storeErr
	}
	if h.store != nil && req.Conversation != "" && storeErr == nil {
		return h.store.Save(ctx, req.Conversation, sess)
	}
	return storeErr
}

// Ask answers one question with no conversation (the ask command). lang "" means detect it
// from the text.
func (h *Handler) Ask(text string, lang knowledge.Lang) Reply {
	var sess Session
	if lang != "" {
		sess.Lang = string(lang)
	}
	reply, _ := h.question(strings.TrimSpace(knowledge.NFC(text)), "", &sess)
	return reply
}

func (h *Handler) handle(req Request, sess *Session) (Reply, bool) {
	text := strings.TrimSpace(knowledge.NFC(req.Text))
	if req.NotText {
		return h.plain(replyLang(sess, "", req.LangHint), "NotText"), false
	}
	if cmd, arg, ok := parseCommand(text); ok {
		return h.command(cmd, arg, req, sess)
	}
	if req.Forwarded {
		r := h.check(text, req.LangHint, sess)
		if req.FromChannel != nil && h.subs != nil && req.Chats != nil {
			r.Buttons = append(r.Buttons, h.channelOffer(r.Lang, req.FromChannel))
		}
		return r, false
	}
	return h.question(text, req.LangHint, sess)
}

// replyLang picks the language of a reply: the stored choice, else the text's, else the hint.
func replyLang(sess *Session, text, hint string) knowledge.Lang {
	if l, ok := knowledge.ParseLang(sess.Lang); ok {
		return l
	}
	// The conversation's language outweighs the app's: a follow-up that does not tell by
	// itself ("bes 2022-de?", "ал 2023 ше?") stays in it; one that clearly does, switches.
	if l, ok := knowledge.ParseLang(sess.LastLang); ok {
		hint = string(l)
	}
	h, _ := knowledge.ParseLang(hint)
	if hasLetters(text) {
		return knowledge.DetectLang(text, h)
	}
	if h != "" {
		return h
	}
	return knowledge.EN
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// question answers free text, with follow-up memory in the session.
func (h *Handler) question(text, hint string, sess *Session) (Reply, bool) {
	lang := replyLang(sess, text, hint)
	switch {
	case text == "":
		return h.plain(lang, "EmptyInput"), false
	case !utf8.ValidString(text) || isBinary(text):
		return h.plain(lang, "NotText"), false
	case utf8.RuneCountInString(text) > MaxQuestionRunes:
		return Reply{Lang: lang, Text: h.cat.T(string(lang), "TooLong", nil, MaxQuestionRunes)}, false
	}
	switch knowledge.SmallTalk(text) {
	case knowledge.Greeting:
		return h.plain(lang, "Welcome"), false
	case knowledge.Thanks:
		return h.plain(lang, "Thanks"), false
	}
	langChanged := sess.LastLang != string(lang)
	sess.LastLang = string(lang)
	ans := h.Engine().Answer(engine.Query{Text: text, Lang: lang, Previous: sess.LastQuestion, PreviousFacts: sess.LastFacts})
	reply := h.render(ans)
	if ans.Series != "" {
		reply = h.seriesReply(ans, reply)
	}
	if len(ans.Facts) == 0 {
		reply.unanswered = text
	}
	if len(ans.Facts) > 0 {
		sess.LastQuestion = ans.Question
		sess.LastTopic = ans.Facts[0].Topic
		sess.LastFacts = reply.Facts
		return reply, true
	}
	return reply, langChanged
}

// isBinary reports text that is mostly control characters or replacement runes: a file or
// garbage pasted by mistake, not a question.
func isBinary(s string) bool {
	bad, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r') {
			bad++
		}
	}
	return bad*5 > n
}

// Text is a message of the catalogue in a language, for a front end's own words (the
// terminal's note that a chart went with an answer).
func (h *Handler) Text(lang knowledge.Lang, id string) string {
	return h.cat.T(string(lang), id, nil, nil)
}

func (h *Handler) plain(lang knowledge.Lang, id string) Reply {
	return Reply{Lang: lang, Text: h.cat.T(string(lang), id, nil, nil)}
}
