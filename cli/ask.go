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
)

func dirFS(dir string) fs.FS { return os.DirFS(dir) }

// askJSON is the documented JSON shape of one answer; other tools parse it.
type askJSON struct {
	Lang       string   `json:"lang"`
	Text       string   `json:"text"`
	Facts      []string `json:"facts"`
	Confidence float64  `json:"confidence"`
}

func runAsk(ctx context.Context, args []string, env Env) error {
	fl := flag.NewFlagSet("ask", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	langFlag := fl.String("lang", "", "reply language: ru, az, kk or en (default: the question's)")
	asJSON := fl.Bool("json", false, "print one JSON object per answer")
	if err := fl.Parse(args); err != nil {
		return usagef("ask: %v", err)
	}
	lang, err := parseLangFlag(*langFlag)
	if err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return usagef("usage: ask [-lang ru|az|kk|en] [-json] QUESTION (or - to read questions from standard input)")
	}
	h, err := newHandler(nil)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	answer := func(q string, batch bool) error {
		r := h.Ask(q, lang)
		if *asJSON {
			return writeJSON(w, askJSON{Lang: string(r.Lang), Text: r.Text, Facts: r.Facts, Confidence: r.Confidence})
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
