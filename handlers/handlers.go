// Package handlers decides what the bot says: it takes a request in domain terms (no Telegram
// types), uses the knowledge engine and the session store, and returns localized replies.
// The terminal chat and the Telegram bot run exactly this code.
package handlers

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/locales"
)

// MaxQuestionRunes is the longest question the bot reads; longer ones get a polite refusal.
// Claims may be longer: a forwarded post is checked whole.
const (
	MaxQuestionRunes = 1000
	MaxClaimRunes    = 4096
)

// Session is what the bot remembers about one conversation.
type Session struct {
	Lang         string    `json:"lang,omitempty"`          // chosen with /lang; "" = not chosen
	LastQuestion string    `json:"last_question,omitempty"` // for follow-ups such as "and in 2025?"
	LastFacts    []string  `json:"last_facts,omitempty"`
	LastTopic    string    `json:"last_topic,omitempty"`
	Updated      time.Time `json:"updated"`
}

// SessionStore keeps sessions by conversation key. Implementations: storage/memory, Redis.
type SessionStore interface {
	Load(ctx context.Context, key string) (Session, error)
	Save(ctx context.Context, key string, s Session) error
}

// Unanswered is a question the bot could not answer, kept for the editors of the knowledge
// base: what was asked, in which language, when — never who asked.
type Unanswered struct {
	Text string    `json:"text"`
	Lang string    `json:"lang"`
	Time time.Time `json:"time"`
}

// UnansweredLog records unanswered questions. Implementations: storage/memory, Redis.
type UnansweredLog interface {
	Record(ctx context.Context, q Unanswered) error
}

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
	// Session, when not nil, is the conversation's session already loaded by the caller (the
	// bot loads it together with its duplicate check, in one Redis round trip).
	Session *Session
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
	// Verdict and Claims are set for a fact check.
	Verdict string
	Claims  []ClaimReply
	// unanswered is the question, when the bot could not answer it (for the editors' log).
	unanswered string
}

// Handler answers requests.
type Handler struct {
	engine     *engine.Engine
	cat        *locales.Catalog
	store      SessionStore
	unanswered UnansweredLog
	now        func() time.Time
}

// New returns a handler. store may be nil for one-shot use (the ask command).
func New(engine *engine.Engine, cat *locales.Catalog, store SessionStore) *Handler {
	return &Handler{engine: engine, cat: cat, store: store, now: time.Now}
}

// Engine is the knowledge engine the handler answers from (the CLI's -explain asks it why).
func (h *Handler) Engine() *engine.Engine { return h.engine }

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
	reply, changed := h.handle(req, &sess)
	if reply.unanswered != "" && h.unanswered != nil {
		if err := h.unanswered.Record(ctx, Unanswered{Text: reply.unanswered, Lang: string(reply.Lang), Time: h.now()}); err != nil && storeErr == nil {
			storeErr = err
		}
	}
	if changed && h.store != nil && req.Conversation != "" && storeErr == nil {
		sess.Updated = h.now()
		storeErr = h.store.Save(ctx, req.Conversation, sess)
	}
	return reply, storeErr
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
		return h.check(text, req.LangHint, sess), false
	}
	return h.question(text, req.LangHint, sess)
}

// replyLang picks the language of a reply: the stored choice, else the text's, else the hint.
func replyLang(sess *Session, text, hint string) knowledge.Lang {
	if l, ok := knowledge.ParseLang(sess.Lang); ok {
		return l
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
	ans := h.engine.Answer(engine.Query{Text: text, Lang: lang, Previous: sess.LastQuestion, PreviousFacts: sess.LastFacts})
	reply := h.render(ans)
	if len(ans.Facts) == 0 {
		reply.unanswered = text
	}
	if len(ans.Facts) > 0 {
		sess.LastQuestion = ans.Question
		sess.LastTopic = ans.Facts[0].Topic
		sess.LastFacts = reply.Facts
		return reply, true
	}
	return reply, false
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

func (h *Handler) plain(lang knowledge.Lang, id string) Reply {
	return Reply{Lang: lang, Text: h.cat.T(string(lang), id, nil, nil)}
}
