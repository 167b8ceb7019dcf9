package bot

import (
	"context"
	"errors"
	"fmt"
	"html"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage"
)

// inlineCacheTime is how long Telegram may reuse inline results (seconds): answers change
// only when the knowledge base does, but the user's language choice can.
const inlineCacheTime = 60

// sessionKey keeps one session per user, so the language chosen in a private chat holds in
// groups and inline mode too.
func sessionKey(userID int64) string { return "u:" + strconv.FormatInt(userID, 10) }

// handleUpdate routes one update and tells whether it is answered. Nothing escapes it: a
// panic is logged with the update id and the update counted as answered (handling it again
// would panic again), so one bad update never stops the others.
func (b *Bot) handleUpdate(ctx context.Context, u tgbotapi.Update) (o outcome) {
	start := time.Now()
	kind := updateKind(u)
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("update handler panicked; the update is skipped", "update_id", u.UpdateID, "kind", kind,
				"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			o = answered
			b.metrics.updateHandled(kind, "panic", time.Since(start))
			return
		}
		b.metrics.updateHandled(kind, o.String(), time.Since(start))
		// No text and no user id: the log says what happened and how long it took, not who said what.
		b.log.Debug("update handled", "update_id", u.UpdateID, "kind", kind, "outcome", o, "took", time.Since(start))
	}()
	id := int64(u.UpdateID)
	switch {
	case u.Message != nil:
		return b.onMessage(ctx, id, u.Message)
	case u.CallbackQuery != nil:
		return b.onCallback(ctx, id, u.CallbackQuery)
	case u.InlineQuery != nil:
		return b.onInline(ctx, id, u.InlineQuery)
	case u.MyChatMember != nil:
		return b.onMyChatMember(ctx, u.MyChatMember)
	}
	return answered // channel posts, edits and the rest are not for this bot
}

func updateKind(u tgbotapi.Update) string {
	switch {
	case u.Message != nil:
		return "message"
	case u.CallbackQuery != nil:
		return "callback"
	case u.InlineQuery != nil:
		return "inline"
	case u.MyChatMember != nil:
		return "my_chat_member"
	}
	return "ignored"
}

func (o outcome) String() string {
	switch o {
	case answered:
		return "answered"
	case handedBack:
		return "handed_back"
	case retry:
		return "retry"
	case busy:
		return "busy"
	}
	return "unknown"
}

// claim is an update being handled: begun in the store, to be finished once answered.
type claim struct {
	b          *Bot
	id         int64
	sessionKey string
	sess       handlers.Session
	leased     bool // the store holds our lease: finish or release it
}

// begin claims an update and loads its session. ok is false when there is nothing to do now:
// the update was answered already (o = answered) or another handler holds it (o = busy).
// A store that fails does not stop the answer: it is given without the session.
func (b *Bot) begin(ctx context.Context, updateID int64, key string) (c *claim, o outcome, ok bool) {
	c = &claim{b: b, id: updateID, sessionKey: key}
	if b.store == nil {
		return c, answered, true
	}
	state, sess, err := b.store.BeginUpdate(ctx, updateID, key, b.takeOver)
	if err != nil {
		b.metrics.storeError("begin")
		b.log.Warn("session store unavailable; answering without the session", "update_id", updateID, "err", err)
		return c, answered, true
	}
	switch state {
	case storage.Done:
		b.log.Debug("duplicate update ignored", "update_id", updateID)
		return nil, answered, false
	case storage.Busy:
		b.log.Debug("update handled elsewhere; waiting", "update_id", updateID)
		return nil, busy, false
	}
	c.sess, c.leased = sess, true
	return c, answered, true
}

// finish ends a claim after the reply: sendErr nil (accepted) or permanent marks the update
// done and saves the session; a transient failure hands the update back for another try.
func (c *claim) finish(ctx context.Context, reply *handlers.Reply, sendErr error) outcome {
	b := c.b
	if sendErr != nil && !permanent(sendErr) {
		if c.leased {
			rctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
			if err := b.store.ReleaseUpdate(rctx, c.id); err != nil {
				b.metrics.storeError("release")
			}
			cancel()
		}
		if ctx.Err() != nil {
			return handedBack
		}
		return retry
	}
	if b.store == nil {
		return answered
	}
	var save *handlers.Session
	if reply != nil && reply.SessionChanged {
		save = &c.sess
	}
	// The reply is out: record it even while stopping, or its redelivery would be answered twice.
	fctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	if err := b.store.FinishUpdate(fctx, c.id, c.sessionKey, save); err != nil {
		b.metrics.storeError("finish")
		b.log.Warn("update answered but not marked done; a redelivery would be answered again", "update_id", c.id, "err", err)
	}
	return answered
}

// storeTimeout bounds the store calls made after a reply, which do not use the update's context.
const storeTimeout = 2 * time.Second

// permanent tells a failed send that retrying will not mend: the user blocked the bot, or
// Telegram refused the request itself.
func permanent(err error) bool {
	var tgErr *tgbotapi.Error
	return errors.Is(err, errForbidden) || errors.As(err, &tgErr) && tgErr.Code >= 400 && tgErr.Code < 500 && tgErr.Code != 429
}

// onMessage answers a message. A message without chat or sender is not Telegram's, but it
// must not take the bot down: it is skipped.
func (b *Bot) onMessage(ctx context.Context, updateID int64, m *tgbotapi.Message) outcome {
	if m.Chat != nil && m.MigrateToChatID != 0 {
		return b.migrated(ctx, m.Chat.ID, m.MigrateToChatID)
	}
	if m.Chat == nil || m.Chat.IsChannel() || m.From == nil || m.From.IsBot && m.From.ID == b.api.Self.ID {
		return answered
	}
	group := m.Chat.IsGroup() || m.Chat.IsSuperGroup()
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	if group {
		var ok bool
		if text, ok = b.addressedInGroup(m, text); !ok {
			return answered // privacy: the bot reads only what is addressed to it
		}
	}
	if ok, warn := b.flood.allow(m.From.ID); !ok {
		if warn {
			lang := m.From.LanguageCode
			b.send(ctx, m.Chat.ID, group, 0, handlers.Reply{Text: b.h.Catalog().T(langOr(lang), "SlowDown", nil, nil)})
		}
		return answered
	}
	key := sessionKey(m.From.ID)
	c, o, ok := b.begin(ctx, updateID, key)
	if !ok {
		return o
	}
	req := handlers.Request{
		Conversation: key,
		LangHint:     m.From.LanguageCode,
		Text:         text,
		Forwarded:    !group && isForwarded(m),
		Session:      &c.sess,
		DeferSave:    true,
		Chat:         chatOf(m.Chat),
		UserID:       m.From.ID,
		Chats:        b.chats,
	}
	if f := m.ForwardFromChat; f != nil && f.IsChannel() && !group {
		ch := chatOf(f)
		req.FromChannel = &ch
	}
	req.NotText = text == "" // a sticker, a photo without caption: the handlers say "text only"
	reply, err := b.h.Handle(ctx, req)
	if err != nil {
		b.log.Warn("session not saved", "err", err)
	}
	b.metrics.reply(reply)
	replyTo := 0
	if group {
		replyTo = m.MessageID
	}
	return c.finish(ctx, &reply, b.send(ctx, m.Chat.ID, group, replyTo, reply))
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

func (b *Bot) send(ctx context.Context, chatID int64, group bool, replyTo int, r handlers.Reply) error {
	err := b.out.sendReply(ctx, chatID, group, replyTo, r)
	if err != nil && ctx.Err() == nil {
		b.log.Warn("reply not delivered", "chat", chatID, "err", err)
	}
	return err
}

func (b *Bot) onCallback(ctx context.Context, updateID int64, q *tgbotapi.CallbackQuery) outcome {
	if q.From == nil {
		return answered
	}
	key := sessionKey(q.From.ID)
	c, o, ok := b.begin(ctx, updateID, key)
	if !ok {
		if o == answered {
			b.answerCallback(ctx, q) // a redelivery: stop the spinner, nothing else
		}
		return o
	}
	req := handlers.Request{Conversation: key, LangHint: q.From.LanguageCode, Session: &c.sess, DeferSave: true,
		UserID: q.From.ID, Chats: b.chats}
	if q.Message != nil {
		req.Chat = chatOf(q.Message.Chat)
	}
	reply, err := b.h.Callback(ctx, req, q.Data)
	if err != nil {
		b.log.Warn("session not saved", "err", err)
	}
	text := html.EscapeString(clipRunes(reply.Text, MaxMessageLen))
	var sendErr error
	switch {
	case q.Message == nil && q.InlineMessageID != "":
		// A button under a message sent in inline mode: there is no chat to write to, so
		// the message itself shows the answer.
		edit := tgbotapi.EditMessageTextConfig{BaseEdit: tgbotapi.BaseEdit{InlineMessageID: q.InlineMessageID}, Text: text, ParseMode: tgbotapi.ModeHTML, DisableWebPagePreview: true}
		if kb, ok := keyboard(reply.Buttons); ok {
			edit.ReplyMarkup = &kb
		}
		if _, sendErr = b.out.request(ctx, 0, false, edit); sendErr != nil {
			b.log.Warn("inline message not edited", "err", sendErr)
		}
	case q.Message != nil && q.Message.Chat != nil && (strings.HasPrefix(q.Data, "lang:") || reply.Edit):
		// The language choice, a subscription's change: shown in place of the keyboard that offered it.
		edit := tgbotapi.NewEditMessageText(q.Message.Chat.ID, q.Message.MessageID, text)
		edit.ParseMode = tgbotapi.ModeHTML
		if kb, ok := keyboard(reply.Buttons); ok && reply.Edit {
			edit.ReplyMarkup = &kb
		}
		if _, sendErr = b.out.request(ctx, q.Message.Chat.ID, false, edit); sendErr != nil {
			b.log.Warn("language message not edited", "err", sendErr)
		}
	case q.Message != nil && q.Message.Chat != nil:
		chat := q.Message.Chat
		sendErr = b.send(ctx, chat.ID, chat.IsGroup() || chat.IsSuperGroup(), 0, reply)
	}
	o = c.finish(ctx, &reply, sendErr)
	if o == answered {
		// Telegram shows a spinner until the query is answered.
		b.answerCallback(ctx, q)
	}
	return o
}

func (b *Bot) answerCallback(ctx context.Context, q *tgbotapi.CallbackQuery) {
	if _, err := b.out.request(ctx, 0, false, tgbotapi.NewCallback(q.ID, "")); err != nil {
		b.log.Debug("answerCallbackQuery failed", "err", err)
	}
}

func (b *Bot) onInline(ctx context.Context, updateID int64, q *tgbotapi.InlineQuery) outcome {
	if q.From == nil {
		return answered
	}
	c, o, ok := b.begin(ctx, updateID, sessionKey(q.From.ID))
	if !ok {
		return o
	}
	results := b.h.Inline(q.Query, q.From.LanguageCode, c.sess)
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
	_, err := b.out.request(ctx, 0, false, cfg)
	if err != nil {
		b.log.Warn("answerInlineQuery failed", "err", err)
	}
	return c.finish(ctx, nil, err)
}
