package bot

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/handlers"
)

// adminCacheTTL is how long a getChatMember answer is trusted: a group's admins change rarely,
// and a burst of button presses must not cost a Bot API call each.
const adminCacheTTL = 60 * time.Second

// chats answers the handlers' questions about chats with getChat and getChatMember.
type chats struct {
	b   *Bot
	now func() time.Time

	mu    sync.Mutex
	cache map[[2]int64]memberEntry
}

type memberEntry struct {
	m       chatMember
	expires time.Time
}

// chatMember is the part of a ChatMember the bot reads (Bot API 5+ fields; the library's
// type predates some of them).
type chatMember struct {
	Status          string `json:"status"`
	CanPostMessages bool   `json:"can_post_messages"`
}

func (m chatMember) admin() bool { return m.Status == "creator" || m.Status == "administrator" }

func newChats(b *Bot) *chats {
	return &chats{b: b, now: time.Now, cache: map[[2]int64]memberEntry{}}
}

var _ handlers.Chats = (*chats)(nil)

func (c *chats) BotName() string { return c.b.username }

// member returns a user's membership of a chat, cached for adminCacheTTL.
func (c *chats) member(ctx context.Context, chat string, chatID, userID int64) (chatMember, error) {
	key := [2]int64{chatID, userID}
	c.mu.Lock()
	if e, ok := c.cache[key]; ok && chatID != 0 && c.now().Before(e.expires) {
		c.mu.Unlock()
		return e.m, nil
	}
	c.mu.Unlock()
	resp, err := c.b.out.call(ctx, "getChatMember", func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error) {
		return api.MakeRequest("getChatMember", tgbotapi.Params{"chat_id": chat, "user_id": strconv.FormatInt(userID, 10)})
	})
	if err != nil {
		return chatMember{}, err
	}
	var m chatMember
	if err := json.Unmarshal(resp.Result, &m); err != nil {
		return chatMember{}, err
	}
	if chatID != 0 {
		c.mu.Lock()
		if len(c.cache) > 10000 {
			clear(c.cache)
		}
		c.cache[key] = memberEntry{m: m, expires: c.now().Add(adminCacheTTL)}
		c.mu.Unlock()
	}
	return m, nil
}

// IsAdmin reports whether a user is the creator or an administrator of a chat.
func (c *chats) IsAdmin(ctx context.Context, chatID, userID int64) (bool, error) {
	m, err := c.member(ctx, strconv.FormatInt(chatID, 10), chatID, userID)
	return m.admin(), err
}

// Channel looks a channel up and checks the user's and the bot's rights there.
func (c *chats) Channel(ctx context.Context, ref string, userID int64) (handlers.ChannelCheck, error) {
	resp, err := c.b.out.call(ctx, "getChat", func(api *tgbotapi.BotAPI) (*tgbotapi.APIResponse, error) {
		return api.MakeRequest("getChat", tgbotapi.Params{"chat_id": ref})
	})
	var tgErr *tgbotapi.Error
	if errors.As(err, &tgErr) && (tgErr.Code == 400 || tgErr.Code == 403) {
		return handlers.ChannelCheck{}, handlers.ErrNoChat
	}
	if err != nil {
		return handlers.ChannelCheck{}, err
	}
	var chat tgbotapi.Chat
	if err := json.Unmarshal(resp.Result, &chat); err != nil {
		return handlers.ChannelCheck{}, err
	}
	title := chat.Title
	if chat.UserName != "" {
		title = "@" + chat.UserName
	}
	out := handlers.ChannelCheck{Found: true, Chat: handlers.Chat{ID: chat.ID, Kind: chat.Type, Title: title}}
	if chat.Type != "channel" {
		return out, nil
	}
	id := strconv.FormatInt(chat.ID, 10)
	user, err := c.member(ctx, id, chat.ID, userID)
	if err != nil && !errors.As(err, &tgErr) {
		return out, err
	}
	self, err := c.member(ctx, id, chat.ID, c.b.api.Self.ID)
	if err != nil && !errors.As(err, &tgErr) {
		return out, err
	}
	out.UserAdmin = user.admin()
	out.BotAdmin = self.admin()
	out.BotCanPost = self.Status == "creator" || self.admin() && self.CanPostMessages
	return out, nil
}

// chatOf maps a Telegram chat to the handlers' terms.
func chatOf(c *tgbotapi.Chat) handlers.Chat {
	if c == nil {
		return handlers.Chat{}
	}
	title := c.Title
	if c.UserName != "" && c.Type == "channel" {
		title = "@" + strings.TrimPrefix(c.UserName, "@")
	}
	return handlers.Chat{ID: c.ID, Kind: c.Type, Title: title}
}
