package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage/memory"
)

// runChat is a conversation in the terminal through the same handlers as the Telegram bot,
// with an in-memory session. Buttons are numbered; typing the number presses one; a line
// starting with ">" is handled as a forwarded message.
func runChat(ctx context.Context, args []string, env Env) error {
	if len(args) > 0 {
		return usagef("usage: chat (no arguments)")
	}
	h, err := newHandler(memory.NewSessions(24 * time.Hour))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	req := handlers.Request{Conversation: "terminal", LangHint: langFromEnv(env.Getenv)}
	var buttons []handlers.Button
	show := func(r handlers.Reply) {
		fmt.Fprintln(w, r.Text)
		if len(r.Photo) > 0 { // a terminal shows no picture: say how to draw it
			fmt.Fprintln(w, h.Text(r.Lang, "ChartInTerminal"))
		}
		buttons = buttons[:0]
		for _, row := range r.Buttons {
			for _, b := range row {
				buttons = append(buttons, b)
				fmt.Fprintf(w, "  [%d] %s\n", len(buttons), b.Text)
			}
		}
		fmt.Fprint(w, "> ")
		w.Flush()
	}
	r, _ := h.Handle(ctx, handlers.Request{Conversation: req.Conversation, LangHint: req.LangHint, Text: "/start"})
	show(r)
	err = eachLine(ctx, env.Stdin, func(line string) error {
		line = strings.TrimSpace(line)
		if line == "/quit" || line == "/exit" {
			return errQuit
		}
		var r handlers.Reply
		var err error
		if n, convErr := strconv.Atoi(line); convErr == nil && n >= 1 && n <= len(buttons) {
			r, err = h.Callback(ctx, req, buttons[n-1].Data)
		} else {
			// A line starting with ">" stands for a forwarded message: it is fact-checked.
			req.Text, req.Forwarded = strings.CutPrefix(line, ">")
			r, err = h.Handle(ctx, req)
		}
		if err != nil {
			fmt.Fprintln(env.Stderr, "warning:", err)
		}
		show(r)
		return nil
	})
	fmt.Fprintln(w)
	if err == errQuit {
		return nil
	}
	return err
}

var errQuit = errors.New("quit")

// langFromEnv reads the terminal's language (LANG=ru_RU.UTF-8) as the hint a Telegram
// client's language_code would be.
func langFromEnv(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return ""
}
