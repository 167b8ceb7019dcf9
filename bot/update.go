package bot

import (
	"context"
	"html"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/handlers"
)

// inlineCacheTime is how long Telegram may reuse inline results (seconds): answers change
// only when the knowledge base does, but the user's language choice can.
const inlineCacheTime = 60

// sessionKey keeps one session per user, so the language chosen in a private chat holds in
// groups and inline mode too.
func sessionKey(userID int64) string { return "u:" + strconv.FormatInt(userID, 10) }

// handleUpdate routes one update. Errors are logged, never returned: one bad update must
// not stop the others.
func (b *Bot) handleUpdate(ctx context.Context, u tgbotapi.Update) {
	start := time.Now()
	kind := "ignored" // channel posts, edits and the rest are not for this bot
	switch {
	case u.Message != nil:
		kind = "message"
		b.onMessage(ctx, int64(u.UpdateID), u.Message)
	case u.CallbackQuery != nil:
		kind = "callback"
		b.onCallback(ctx, int64(u.UpdateID), u.CallbackQuery)
	case u.InlineQuery != nil:
		kind = "inline"
		b.onInline(ctx, int64(u.UpdateID), u.InlineQuery)
	}
	// No text and no user id: the log says what happened and how long it took, not who said what.
	b.log.Debug("update handled", "update_id", u.UpdateID, "kind", kind, "took", time.Since(start))
}

// begin claims an update and loads the session. ok is false for a duplicate delivery.
func (b *Bot) begin(ctx context.Context, updateID int64, key string) (handlers.Session, bool) {
	if b.store == nil {
		return handlers.Session{}, true
	}
	first, sess, err := b.store.BeginUpdate(ctx, updateID, key)
	if err != nil {
		b.log.Warn("session store unavailable; answering without the session", "err", err)
		return handlers.Session{}, true
	}
	if !first {
		b.log.Debug("duplicate update ignored", "update_id", updateID)
	}
	return sess, first
}

func (b *Bot) onMessage(ctx context.Context, updateID int64, m *tgbotapi.Message) {
	if m.Chat == nil || m.Chat.IsChannel() || m.From == nil || m.From.IsBot && m.From.ID == b.api.Self.ID {
		return
	}
	group := m.Chat.IsGroup() || m.Chat.IsSuperGroup()
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	if group {
		var ok bool
		if text, ok = b.addressedInGroup(m, text); !ok {
			return // privacy: the bot reads only what is addressed to it
		}
	}
	if ok, warn := b.flood.allow(m.From.ID); !ok {
		if warn {
			lang := m.From.LanguageCode
			b.send(ctx, m.Chat.ID, group, 0, handlers.Reply{Text: b.h.Catalog().T(langOr(lang), "SlowDown", nil, nil)})
		}
		return
	}
	key := sessionKey(m.From.ID)
	sess, first := b.begin(ctx, updateID, key)
	if !first {
		return
	}
	req := handlers.Request{
		Conversation: key,
		LangHint:     m.From.LanguageCode,
		Text:         text,
		Forwarded:    !group && isForwarded(m),
		Session:      &sess,
	}
	req.NotText = text == "" // a sticker, a photo without caption: the handlers say "text only"
	reply, err := b.h.Handle(ctx, req)
	if err != nil {
		b.log.Warn("session not saved", "err", err)
	}
	replyTo := 0
	if group {
		replyTo = m.MessageID
	}
	b.send(ctx, m.Chat.ID, group, replyTo, reply)
}

// addressedInGroup tells whether a group message is for this bot — a command without @ or with
// this bot's @, a mention, a reply to the bot — and returns the text without the mention.
func (b *Bot) addressedInGroup(m *tgbotapi.Message, text string) (string, bool) {
	if strings.HasPrefix(text, "/") {
		// A command, with or without a bot_command entity: some clients and bridges omit it.
		head, _, _ := strings.Cut(strings.Fields(text)[0]+" ", " ")
		_, at, hasAt := strings.Cut(head, "@")
		return text, !hasAt || strings.EqualFold(at, b.username)
	}
	mention := "@" + b.username
	if b.username != "" && containsFold(text, mention) {
		return strings.TrimSpace(replaceFold(text, mention, "")), true
	}
	for _, e := range m.Entities {
		if e.Type == "text_mention" && e.User != nil && e.User.ID == b.api.Self.ID {
			return text, true
		}
	}
	if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == b.api.Self.ID {
		return text, true
	}
	return "", false
}

func isForwarded(m *tgbotapi.Message) bool {
	return m.ForwardDate != 0 || m.ForwardFrom != nil || m.ForwardFromChat != nil || m.ForwardSenderName != ""
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func replaceFold(s, old, repl string) string {
	i := strings.Index(strings.ToLower(s), strings.ToLower(old))
	if i < 0 {
		return s
	}
	return s[:i] + repl + s[i+len(old):]
}

func langOr(code string) string {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	switch code {
	case "ru", "az", "kk", "en":
		return code
	}
	return "en"
}

func (b *Bot) send(ctx context.Context, chatID int64, group bool, replyTo int, r handlers.Reply) {
	if err := b.out.sendReply(ctx, chatID, group, replyTo, r); err != nil {
		b.log.Warn("reply not delivered", "chat", chatID, "err", err)
	}
}

func (b *Bot) onCallback(ctx context.Context, updateID int64, q *tgbotapi.CallbackQuery) {
	// Telegram shows a spinner until the query is answered: answer it whatever happens next.
	defer func() {
		if _, err := b.out.request(ctx, 0, false, tgbotapi.NewCallback(q.ID, "")); err != nil {
			b.log.Debug("answerCallbackQuery failed", "err", err)
		}
	}()
	if q.From == nil {
		return
	}
	key := sessionKey(q.From.ID)
	sess, first := b.begin(ctx, updateID, key)
	if !first {
		return
	}
	reply, err := b.h.Callback(ctx, handlers.Request{Conversation: key, LangHint: q.From.LanguageCode, Session: &sess}, q.Data)
	if err != nil {
		b.log.Warn("session not saved", "err", err)
	}
	text := html.EscapeString(clipRunes(reply.Text, MaxMessageLen))
	switch {
	case q.Message == nil && q.InlineMessageID != "":
		// A button under a message sent in inline mode: there is no chat to write to, so
		// the message itself shows the answer.
		edit := tgbotapi.EditMessageTextConfig{BaseEdit: tgbotapi.BaseEdit{InlineMessageID: q.InlineMessageID}, Text: text, ParseMode: tgbotapi.ModeHTML, DisableWebPagePreview: true}
		if kb, ok := keyboard(reply.Buttons); ok {
			edit.ReplyMarkup = &kb
		}
		if _, err := b.out.request(ctx, 0, false, edit); err != nil {
			b.log.Warn("inline message not edited", "err", err)
		}
	case q.Message != nil && strings.HasPrefix(q.Data, "lang:"):
		// The language choice is confirmed in place of the keyboard that offered it.
		edit := tgbotapi.NewEditMessageText(q.Message.Chat.ID, q.Message.MessageID, text)
		edit.ParseMode = tgbotapi.ModeHTML
		if _, err := b.out.request(ctx, q.Message.Chat.ID, false, edit); err != nil {
			b.log.Warn("language message not edited", "err", err)
		}
	case q.Message != nil:
		chat := q.Message.Chat
		b.send(ctx, chat.ID, chat.IsGroup() || chat.IsSuperGroup(), 0, reply)
	}
}

func (b *Bot) onInline(ctx context.Context, updateID int64, q *tgbotapi.InlineQuery) {
	if q.From == nil {
		return
	}
	sess, first := b.begin(ctx, updateID, sessionKey(q.From.ID))
	if !first {
		return
	}
	results := b.h.Inline(q.Query, q.From.LanguageCode, sess)
	articles := make([]any, 0, len(results))
	for i, r := range results {
		a := tgbotapi.NewInlineQueryResultArticleHTML(strconv.Itoa(i), clipRunes(r.Title, 100), html.EscapeString(clipRunes(r.Text, MaxMessageLen)))
		a.Description = clipRunes(r.Description, 200)
		if content, ok := a.InputMessageContent.(tgbotapi.InputTextMessageContent); ok {
			content.DisableWebPagePreview = true
			a.InputMessageContent = content
		}
		articles = append(articles, a)
	}
	cfg := tgbotapi.InlineConfig{InlineQueryID: q.ID, Results: articles, CacheTime: inlineCacheTime, IsPersonal: true}
	if _, err := b.out.request(ctx, 0, false, cfg); err != nil {
		b.log.Warn("answerInlineQuery failed", "err", err)
	}
}
