package bot

import (
	"context"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// onMyChatMember drops a chat's subscription when the bot was removed from it or blocked:
// nothing can be delivered there any more.
func (b *Bot) onMyChatMember(ctx context.Context, u *tgbotapi.ChatMemberUpdated) outcome {
	if b.subs == nil {
		return answered
	}
	switch u.NewChatMember.Status {
	case "left", "kicked":
		b.unsubscribe(ctx, u.Chat.ID, "the bot was removed or blocked")
	}
	return answered
}

// unsubscribe removes a chat's subscription, logging why (never who).
func (b *Bot) unsubscribe(ctx context.Context, chatID int64, why string) {
	if b.subs == nil {
		return
	}
	if err := b.subs.DeleteSubscription(ctx, chatID); err != nil {
		b.metrics.storeError("unsubscribe")
		b.log.Warn("subscription not removed", "chat", chatID, "why", why, "err", err)
		return
	}
	b.log.Info("subscription removed", "chat", chatID, "why", why)
}

// migrated moves a group's subscription to the supergroup it became.
func (b *Bot) migrated(ctx context.Context, from, to int64) outcome {
	if b.subs == nil {
		return answered
	}
	moved, err := b.subs.MoveSubscription(ctx, from, to)
	if err != nil {
		b.metrics.storeError("migrate")
		b.log.Warn("subscription not moved to the supergroup", "from", from, "to", to, "err", err)
		return retry
	}
	if moved {
		b.log.Info("subscription moved to the supergroup", "from", from, "to", to)
	}
	return answered
}
