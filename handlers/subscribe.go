package handlers

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/storage"
)

// Chat is a Telegram chat in domain terms.
type Chat struct {
	ID    int64
	Kind  string // "private", "group", "supergroup", "channel"
	Title string
}

// Group reports a basic group or a supergroup.
func (c Chat) Group() bool { return c.Kind == "group" || c.Kind == "supergroup" }

// ChannelCheck is what the bot found out about a channel someone wants to subscribe.
type ChannelCheck struct {
	Chat       Chat
	Found      bool // the channel exists and the bot can see it
	UserAdmin  bool // the user is its creator or an administrator
	BotAdmin   bool // the bot is an administrator there
	BotCanPost bool // … allowed to post messages
}

// Chats answers questions about chats that only Telegram can answer; the bot implements it.
type Chats interface {
	// IsAdmin reports whether user is the creator or an administrator of chat.
	IsAdmin(ctx context.Context, chatID, userID int64) (bool, error)
	// Channel looks up a channel by "@username" or numeric id and checks user's and the bot's rights there.
	Channel(ctx context.Context, ref string, userID int64) (ChannelCheck, error)
	// BotName is the bot's @username without "@", for the instructions.
	BotName() string
}

// ErrNoChat is what Chats.Channel returns for a chat that does not exist or that the bot cannot see.
var ErrNoChat = errors.New("chat not found")

// subscriptionCommand answers /subscribe, /unsubscribe and /subscriptions; ok is false for
// any other message.
func (h *Handler) subscriptionCommand(ctx context.Context, req Request, sess *Session) (Reply, bool) {
	cmd, arg, ok := parseCommand(strings.TrimSpace(req.Text))
	if !ok || req.NotText || (cmd != "subscribe" && cmd != "unsubscribe" && cmd != "subscriptions") {
		return Reply{}, false
	}
	lang := replyLang(sess, "", req.LangHint)
	if h.subs == nil || req.Chats == nil || req.Chat.ID == 0 {
		return h.plain(lang, "SubUnavailable"), true
	}
	args := strings.Fields(strings.ToLower(arg))
	target := req.Chat
	if len(args) > 0 && (strings.HasPrefix(args[0], "@") || strings.HasPrefix(args[0], "-100")) {
		if req.Chat.Kind != "private" {
			return h.plain(lang, "SubChannelOnlyPrivate"), true
		}
		ch, refusal, ok := h.checkChannel(ctx, req, args[0], lang, cmd == "subscribe")
		if !ok {
			return refusal, true
		}
		target, args = ch, args[1:]
	} else if r, ok := h.refuseNonAdmin(ctx, req, target, lang); !ok {
		return r, true
	}
	var topics []string
	for _, a := range args {
		if !slices.Contains(knowledge.Topics, a) {
			return Reply{Lang: lang, Text: h.cat.T(string(lang), "UnknownTopic", map[string]any{
				"Topic": clip(a, 32), "Topics": strings.Join(knowledge.Topics, ", ")}, nil)}, true
		}
		if !slices.Contains(topics, a) {
			topics = append(topics, a)
		}
	}
	sub, exists, err := h.subs.Subscription(ctx, target.ID)
	if err != nil {
		return h.plain(lang, "SubStoreDown"), true
	}
	if exists {
		lang = subLang(sub, lang)
	}
	switch cmd {
	case "subscribe":
		if !exists {
			sub = storage.Subscription{ChatID: target.ID, Kind: target.Kind, Title: target.Title, Lang: string(lang), Period: storage.Instant, LastDigest: h.now()}
			if target.Kind == "channel" {
				sub.By = req.UserID
			}
			sub.Topics = topics
		} else if len(topics) == 0 {
			sub.Topics = nil
		} else if len(sub.Topics) > 0 {
			for _, t := range topics {
				if !slices.Contains(sub.Topics, t) {
					sub.Topics = append(sub.Topics, t)
				}
			}
		}
		if err := h.subs.SaveSubscription(ctx, sub); err != nil {
			return h.plain(lang, "SubStoreDown"), true
		}
		id := "SubDone"
		if target.Kind == "channel" {
			id = "SubChannelDone"
		}
		return h.subscriptionReply(lang, sub, id, target), true
	case "unsubscribe":
		if !exists {
			return h.plain(lang, "SubNone"), true
		}
		if len(topics) > 0 {
			rest := sub.Topics
			if len(rest) == 0 {
				rest = slices.Clone(knowledge.Topics)
			}
			rest = slices.DeleteFunc(rest, func(t string) bool { return slices.Contains(topics, t) })
			if len(rest) > 0 {
				sub.Topics = rest
				if err := h.subs.SaveSubscription(ctx, sub); err != nil {
					return h.plain(lang, "SubStoreDown"), true
				}
				return h.subscriptionReply(lang, sub, "SubUpdated", target), true
			}
		}
		if err := h.subs.DeleteSubscription(ctx, target.ID); err != nil {
			return h.plain(lang, "SubStoreDown"), true
		}
		return h.plain(lang, "SubOff"), true
	}
	if !exists {
		return h.plain(lang, "SubNone"), true
	}
	return h.subscriptionReply(lang, sub, "SubStatus", target), true
}

// refuseNonAdmin lets anyone manage a private chat's subscription, and only administrators a
// group's; ok is false with the refusal otherwise.
func (h *Handler) refuseNonAdmin(ctx context.Context, req Request, chat Chat, lang knowledge.Lang) (Reply, bool) {
	if !chat.Group() {
		return Reply{}, true
	}
	admin, err := req.Chats.IsAdmin(ctx, chat.ID, req.UserID)
	if err != nil {
		return h.plain(lang, "SubAdminCheckFailed"), false
	}
	if !admin {
		return h.plain(lang, "SubNotAdmin"), false
	}
	return Reply{}, true
}

// checkChannel checks that a channel may be subscribed (or managed) by this user: it exists,
// the user administers it and, to subscribe, the bot is an administrator that can post.
func (h *Handler) checkChannel(ctx context.Context, req Request, ref string, lang knowledge.Lang, subscribing bool) (Chat, Reply, bool) {
	l := string(lang)
	data := map[string]any{"Channel": clip(ref, 40), "Bot": req.Chats.BotName()}
	c, err := req.Chats.Channel(ctx, ref, req.UserID)
	switch {
	case errors.Is(err, ErrNoChat) || err == nil && !c.Found:
		return Chat{}, Reply{Lang: lang, Text: h.cat.T(l, "SubChannelNotFound", data, nil)}, false
	case err != nil:
		return Chat{}, h.plain(lang, "SubAdminCheckFailed"), false
	}
	if c.Chat.Title != "" {
		data["Channel"] = clip(c.Chat.Title, 60)
	}
	switch {
	case c.Chat.Kind != "channel":
		return Chat{}, Reply{Lang: lang, Text: h.cat.T(l, "SubNotAChannel", data, nil)}, false
	case !c.UserAdmin:
		return Chat{}, Reply{Lang: lang, Text: h.cat.T(l, "SubChannelUserNotAdmin", data, nil)}, false
	case subscribing && !c.BotAdmin:
		return Chat{}, Reply{Lang: lang, Text: h.cat.T(l, "SubChannelBotNotAdmin", data, nil)}, false
	case subscribing && !c.BotCanPost:
		return Chat{}, Reply{Lang: lang, Text: h.cat.T(l, "SubChannelBotCannotPost", data, nil)}, false
	}
	return c.Chat, Reply{}, true
}

func subLang(sub storage.Subscription, fallback knowledge.Lang) knowledge.Lang {
	if l, ok := knowledge.ParseLang(sub.Lang); ok {
		return l
	}
	return fallback
}

// subscriptionReply describes a subscription with the keyboard that changes it: a button per
// topic (✓ when chosen), per language and per period, and one to unsubscribe.
func (h *Handler) subscriptionReply(lang knowledge.Lang, sub storage.Subscription, id string, chat Chat) Reply {
	l := string(lang)
	topics := h.cat.T(l, "SubAllTopics", nil, nil)
	if len(sub.Topics) > 0 {
		names := make([]string, len(sub.Topics))
		for i, t := range sub.Topics {
			names[i] = h.cat.T(l, topicMessage(t), nil, nil)
		}
		topics = strings.Join(names, ", ")
	}
	name := chat.Title
	if chat.Kind != "channel" || name == "" {
		name = h.cat.T(l, "SubThisChat", nil, nil)
	}
	text := h.cat.T(l, id, map[string]any{"Topics": topics, "Chat": name, "Channel": name,
		"Lang":   h.cat.T(string(subLang(sub, lang)), "LanguageName", nil, nil),
		"Period": h.cat.T(l, periodMessage(sub.Period), nil, nil)}, nil)
	prefix := "sub:" + strconv.FormatInt(sub.ChatID, 10) + ":"
	r := Reply{Lang: lang, Text: text}
	var row []Button
	for _, t := range knowledge.Topics {
		mark := ""
		if len(sub.Topics) == 0 || slices.Contains(sub.Topics, t) {
			mark = "✓ "
		}
		row = append(row, Button{Text: mark + h.cat.T(l, topicMessage(t), nil, nil), Data: prefix + "t:" + t})
		if len(row) == 2 {
			r.Buttons, row = append(r.Buttons, row), nil
		}
	}
	row = nil
	for _, lg := range knowledge.Langs {
		mark := ""
		if string(lg) == sub.Lang {
			mark = "✓ "
		}
		row = append(row, Button{Text: mark + h.cat.T(string(lg), "LanguageName", nil, nil), Data: prefix + "l:" + string(lg)})
	}
	r.Buttons = append(r.Buttons, row)
	row = nil
	for _, p := range storage.Periods {
		mark := ""
		if p == sub.Period {
			mark = "✓ "
		}
		row = append(row, Button{Text: mark + h.cat.T(l, periodMessage(p), nil, nil), Data: prefix + "p:" + p})
	}
	r.Buttons = append(r.Buttons, row, []Button{{Text: h.cat.T(l, "SubButtonOff", nil, nil), Data: prefix + "off:"}})
	r.Edit = true
	return r
}

func periodMessage(p string) string {
	switch p {
	case storage.Daily:
		return "SubPeriodDaily"
	case storage.Weekly:
		return "SubPeriodWeekly"
	}
	return "SubPeriodInstant"
}

// subscriptionCallback applies a pressed button of the subscription keyboard
// ("sub:CHAT:t:trade", "sub:CHAT:l:kk", "sub:CHAT:p:daily", "sub:CHAT:off:") or of the offer
// under a forwarded channel post ("subch:CHANNEL").
func (h *Handler) subscriptionCallback(ctx context.Context, req Request, sess *Session, kind, value string) Reply {
	lang := replyLang(sess, "", req.LangHint)
	if h.subs == nil || req.Chats == nil {
		return h.plain(lang, "SubUnavailable")
	}
	if kind == "subch" {
		req.Text = "/subscribe " + value
		r, _ := h.subscriptionCommand(ctx, req, sess)
		return r
	}
	parts := strings.SplitN(value, ":", 3)
	if len(parts) != 3 {
		return h.plain(lang, "SubNone")
	}
	chatID, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return h.plain(lang, "SubNone")
	}
	sub, exists, err := h.subs.Subscription(ctx, chatID)
	if err != nil {
		return h.plain(lang, "SubStoreDown")
	}
	if !exists {
		return h.plain(lang, "SubNone")
	}
	target := Chat{ID: chatID, Kind: sub.Kind, Title: sub.Title}
	// Whoever presses a button must have the right to change the subscription now.
	switch {
	case chatID != req.Chat.ID && sub.Kind == "channel":
		if _, r, ok := h.checkChannel(ctx, req, parts[0], lang, false); !ok {
			return r
		}
	case chatID != req.Chat.ID:
		return h.plain(lang, "SubNotAdmin")
	default:
		if r, ok := h.refuseNonAdmin(ctx, req, target, lang); !ok {
			return r
		}
	}
	lang = subLang(sub, lang)
	switch op, v := parts[1], parts[2]; op {
	case "t":
		if !slices.Contains(knowledge.Topics, v) {
			return h.plain(lang, "SubNone")
		}
		if len(sub.Topics) == 0 {
			sub.Topics = slices.Clone(knowledge.Topics)
		}
		if i := slices.Index(sub.Topics, v); i >= 0 {
			sub.Topics = slices.Delete(sub.Topics, i, i+1)
		} else {
			sub.Topics = append(sub.Topics, v)
		}
		if len(sub.Topics) == len(knowledge.Topics) || len(sub.Topics) == 0 {
			sub.Topics = nil // every topic, or none chosen: a subscription covers all
		}
	case "l":
		l, ok := knowledge.ParseLang(v)
		if !ok {
			return h.plain(lang, "SubNone")
		}
		sub.Lang, lang = string(l), l
	case "p":
		if !slices.Contains(storage.Periods, v) {
			return h.plain(lang, "SubNone")
		}
		if sub.Period == storage.Instant && v != storage.Instant {
			sub.LastDigest = h.now() // the first digest covers what changes from now on
		}
		sub.Period = v
	case "off":
		if err := h.subs.DeleteSubscription(ctx, chatID); err != nil {
			return h.plain(lang, "SubStoreDown")
		}
		r := h.plain(lang, "SubOff")
		r.Edit = true
		return r
	default:
		return h.plain(lang, "SubNone")
	}
	if err := h.subs.SaveSubscription(ctx, sub); err != nil {
		return h.plain(lang, "SubStoreDown")
	}
	return h.subscriptionReply(lang, sub, "SubStatus", target)
}

// channelOffer is the button under the fact check of a post forwarded from a channel: its
// administrator may subscribe the channel with one press.
func (h *Handler) channelOffer(lang knowledge.Lang, ch *Chat) []Button {
	name := ch.Title
	if name == "" {
		name = strconv.FormatInt(ch.ID, 10)
	}
	return []Button{{Text: h.cat.T(string(lang), "SubChannelButton", map[string]any{"Channel": clip(name, 30)}, nil),
		Data: "subch:" + strconv.FormatInt(ch.ID, 10)}}
}
