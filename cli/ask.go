package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

func dirFS(dir string) fs.FS { return os.DirFS(dir) }

// askJSON is the documented JSON shape of one answer; other tools parse it.
type askJSON struct {
	Lang       string   `json:"lang"`
	Text       string   `json:"text"`
	Facts      []string `json:"facts"`
	Confidence float64  `json:"confidence"`
}

// checkJSON is the documented JSON shape of one fact check.
type checkJSON struct {
	Lang    string                `json:"lang"`
	Verdict string                `json:"verdict"`
	Text    string                `json:"text"`
	Facts   []string              `json:"facts"`
	Claims  []handlers.ClaimReply `json:"claims"`
}

// runAsk runs `ask` (verb "ask") and `check` (verb "check"): the same flags, input and output
// rules, a different question.
func runAsk(ctx context.Context, verb string, args []string, env Env) error {
	fl := flag.NewFlagSet(verb, flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	langFlag := fl.String("lang", "", "reply language: ru, az, kk or en (default: the text's)")
	asJSON := fl.Bool("json", false, "print one JSON object per reply")
	explain := fl.Bool("explain", false, "after each reply, print why: the question or claim as read, the candidate facts and what ruled each out")
	if err := fl.Parse(args); err != nil {
		return usagef("%s: %v", verb, err)
	}
	lang, err := parseLangFlag(*langFlag)
	if err != nil {
		return err
	}
	if fl.NArg() == 0 || strings.TrimSpace(strings.Join(fl.Args(), " ")) == "" {
		what := "QUESTION"
		if verb == "check" {
			what = "CLAIM"
		}
		return usagef("usage: %s [-lang ru|az|kk|en] [-json] %s (or - to read one per line from standard input)", verb, what)
	}
	h, err := newHandler(nil)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	answer := func(q string, batch bool) error {
		if *explain {
			defer func() { fmt.Fprint(w, explainText(h, verb, q, lang)) }()
		}
		var r handlers.Reply
		if verb == "check" {
			r = h.Check(q, lang)
			if *asJSON {
				return writeJSON(w, checkJSON{Lang: string(r.Lang), Verdict: r.Verdict, Text: r.Text, Facts: nonNil(r.Facts), Claims: r.Claims})
			}
		} else {
			r = h.Ask(q, lang)
			if *asJSON {
				return writeJSON(w, askJSON{Lang: string(r.Lang), Text: r.Text, Facts: nonNil(r.Facts), Confidence: r.Confidence})
			}
		}
		text := r.Text
		if batch {
			text = strings.ReplaceAll(text, "\n", " ") // one reply per line
		}
		_, err := fmt.Fprintln(w, text)
		return err
	}
	if fl.NArg() == 1 && fl.Arg(0) == "-" {
		return eachLine(ctx, env.Stdin, func(line string) error { return answer(line, true) })
	}
	return answer(strings.Join(fl.Args(), " "), false)
}

// nonNil makes an empty list print as [] rather than null, as the contract says.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// eachLine calls fn for every line of r, however long, until EOF or cancellation.
func eachLine(ctx context.Context, r io.Reader, fn func(string) error) error {
	br := bufio.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := br.ReadString('\n')
		if line != "" || err == nil {
			if ferr := fn(strings.TrimRight(line, "\r\n")); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
	}
}

// explainText asks the engine why it answers q as it does (-explain).
func explainText(h *handlers.Handler, verb, q string, lang knowledge.Lang) string {
	e := h.Engine()
	if verb == "check" {
		return e.ExplainCheck(e.Check(q, lang))
	}
	return e.ExplainAnswer(engine.Query{Text: q, Lang: lang})
}
