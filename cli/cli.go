// Package cli is the command line of the product: ask, check, chat, chart, serve, kb, help. main.go only
// hands it the process's arguments, environment and standard streams.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/locales"
)

// Env is what a command may touch of the outside world.
type Env struct {
	Getenv func(string) string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// UsageError is a mistake in the command line; the program exits with status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

const usage = `corridorbot — answers about the Middle Corridor and Azerbaijan–Kazakhstan cooperation.

Usage:
  corridorbot ask [-lang ru|az|kk|en] [-json] QUESTION   one answer ("-" reads one question per line)
  corridorbot check [-lang ru|az|kk|en] [-json] CLAIM    fact-check a claim with figures ("-": one per line)
  corridorbot chat                                      conversation in the terminal
  corridorbot serve                                     the Telegram bot (TELEGRAM_TOKEN, REDIS_URL, BOT_MODE, ...)
  corridorbot chart [-lang L] -o FILE SERIES|QUESTION   a PNG chart of a series of figures
  corridorbot broadcast -topic T -file message.yaml     queue an announcement for a topic's subscribers (REDIS_URL)
  corridorbot broadcast status [-json]                  queued, sent, failed, dead-lettered deliveries per announcement
  corridorbot kb check [DIR]                            validate a knowledge base (default: the embedded one)
  corridorbot kb unanswered [-n N] [-json]              questions the bot could not answer (from Redis)
  corridorbot help                                      this text
`

// Run executes one command line.
func Run(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return usagef("no command given")
	}
	switch args[0] {
	case "ask", "check":
		return runAsk(ctx, args[0], args[1:], env)
	case "chat":
		return runChat(ctx, args[1:], env)
	case "chart":
		return runChart(args[1:], env)
	case "serve":
		return runServe(ctx, args[1:], env)
	case "broadcast":
		return runBroadcast(ctx, args[1:], env)
	case "kb":
		if len(args) > 1 && args[1] == "unanswered" {
			return runUnanswered(ctx, args[2:], env)
		}
		return runKB(args[1:], env)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(env.Stdout, usage)
		return nil
	}
	fmt.Fprint(env.Stderr, usage)
	return usagef("unknown command %q", args[0])
}

// newHandler loads the embedded knowledge base and locales and wires a handler.
func newHandler(store handlers.SessionStore) (*handlers.Handler, error) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	return newHandlerFor(kb, store)
}

// newHandlerFor wires a handler answering from kb.
func newHandlerFor(kb *knowledge.KB, store handlers.SessionStore) (*handlers.Handler, error) {
	cat, err := locales.New()
	if err != nil {
		return nil, err
	}
	return handlers.New(newEngine(kb), cat, store), nil
}

// newEngine builds the answering engine over a base: the one place that knows how, so that
// the engine's move to its own package changes one line.
func newEngine(kb *knowledge.KB) *engine.Engine {
	e := engine.NewEngine(kb)
	e.ReleaseQuestions() // kb was loaded for this engine alone
	return e
}

func runKB(args []string, env Env) error {
	if len(args) == 0 || args[0] != "check" {
		return usagef("usage: kb check [DIR] | kb unanswered [-n N] [-json]")
	}
	if len(args) > 2 {
		return usagef("usage: kb check [DIR]")
	}
	fsys, name := knowledge.Embedded(), "embedded knowledge base"
	if len(args) == 2 {
		fsys, name = dirFS(args[1]), args[1]
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	problems := knowledge.Validate(kb)
	for _, p := range problems {
		fmt.Fprintln(env.Stderr, p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s: %d problem(s)", name, len(problems))
	}
	fmt.Fprintf(env.Stdout, "%s: ok — %d facts, %d sources, %d glossary terms\n", name, len(kb.Facts), len(kb.Sources), len(kb.Terms))
	return nil
}

// parseLangFlag validates -lang.
func parseLangFlag(s string) (knowledge.Lang, error) {
	if s == "" {
		return "", nil
	}
	l, ok := knowledge.ParseLang(s)
	if !ok || !strings.EqualFold(string(l), strings.TrimSpace(s)) {
		return "", usagef("-lang %q: want ru, az, kk or en", s)
	}
	return l, nil
}

// IsUsage reports whether err is a command-line mistake.
func IsUsage(err error) bool {
	var u *UsageError
	return errors.As(err, &u)
}
