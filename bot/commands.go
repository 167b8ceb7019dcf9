package bot

import (
	"context"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/corridorbot/corridorbot/locales"
)

var (
	privateCommands = []string{"start", "ask", "fact", "chart", "topics", "sources", "subscribe", "unsubscribe", "subscriptions", "lang", "help", "about"}
	groupCommands   = []string{"ask", "fact", "chart", "topics", "subscribe", "unsubscribe", "subscriptions", "lang", "help"}
)

// commandName maps a command to the id of its localized description.
func commandName(c string) string {
	return "Cmd" + string(c[0]-'a'+'A') + c[1:]
}

// registerCommands sets the command menus: per language (ru, az, kk, en, and English as the
// default for other clients) for private chats, and a shorter one for groups.
func (b *Bot) registerCommands(ctx context.Context) error {
	cat := b.h.Catalog()
	build := func(lang string, names []string) []tgbotapi.BotCommand {
		cmds := make([]tgbotapi.BotCommand, 0, len(names))
		for _, n := range names {
			cmds = append(cmds, tgbotapi.BotCommand{Command: n, Description: cat.T(lang, commandName(n), nil, nil)})
		}
		return cmds
	}
	langs := append([]string{""}, locales.Languages...)
	for _, lang := range langs {
		msgLang := lang
		if msgLang == "" {
			msgLang = "en"
		}
		for _, scope := range []struct {
			scope tgbotapi.BotCommandScope
			names []string
		}{
			{tgbotapi.NewBotCommandScopeDefault(), privateCommands},
			{tgbotapi.NewBotCommandScopeAllGroupChats(), groupCommands},
		} {
			cfg := tgbotapi.NewSetMyCommandsWithScopeAndLanguage(scope.scope, lang, build(msgLang, scope.names)...)
			if _, err := b.out.request(ctx, 0, false, cfg); err != nil {
				return err
			}
		}
	}
	return nil
}
