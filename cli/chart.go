package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/corridorbot/corridorbot/handlers"
)

// runChart runs `chart [-lang L] -o FILE SERIES|QUESTION`: a PNG of a series of figures, and
// its caption (the change, each point's source) on standard output.
func runChart(args []string, env Env) error {
	fl := flag.NewFlagSet("chart", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	langFlag := fl.String("lang", "", "language of the chart's texts: ru, az, kk or en (default: the question's)")
	out := fl.String("o", "", "the PNG file to write")
	if err := fl.Parse(args); err != nil {
		return usagef("chart: %v", err)
	}
	lang, err := parseLangFlag(*langFlag)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(fl.Args(), " "))
	if *out == "" || query == "" {
		return usagef("usage: chart [-lang ru|az|kk|en] -o FILE SERIES|QUESTION")
	}
	h, err := newHandler(nil)
	if err != nil {
		return err
	}
	c, err := h.Chart(query, lang)
	if errors.Is(err, handlers.ErrNoSeries) {
		return usagef("chart: %q names no series; series: %s", query, strings.Join(h.SeriesIDs(), ", "))
	}
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, c.PNG, 0o644); err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	_, err = fmt.Fprintln(env.Stdout, c.Caption)
	return err
}
