package engine

import (
	"sort"
	"strconv"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge"
)

// resolveRelativeTime writes the year a relative phrase means into the question, and
// reports whether it asks for the latest figure.
func (e *Engine) resolveRelativeTime(msg string) (string, bool) {
	toks := text.Tokenize(msg, nil)
	// "This year" asks for the newest figure, but is no hard year: sources say "this year"
	// of their own year too ("the goal is to double trade this year").
	if rest, ok := text.CutPhrases(toks, text.ThisYearPhrases); ok {
		return rest, true
	}
	if rest, ok := text.CutPhrases(toks, text.LastYearPhrases); ok {
		return rest + " " + strconv.Itoa(e.latestYear-1), false
	}
	if rest, ok := text.CutPhrases(toks, text.LatestPhrases); ok {
		return rest, true
	}
	return msg, false
}

// latestFirst orders facts newest figure first, keeping the ranking among equals.
func latestFirst(facts []*knowledge.Fact) []*knowledge.Fact {
	sort.SliceStable(facts, func(i, j int) bool { return factEnd(facts[i]) > factEnd(facts[j]) })
	return facts
}

// factEnd is the last year (and month) a fact's figures describe, as yyyymm.
func factEnd(f *knowledge.Fact) int {
	end := 0
	for _, q := range f.Quantities {
		if knowledge.IsPlanned(&q) || q.Period == "" {
			continue
		}
		_, to := knowledge.PeriodYears(q.Period)
		m := 12
		if _, t, ok := cutPeriod(q.Period); ok && len(t) >= 7 {
			m, _ = strconv.Atoi(t[5:7])
		}
		end = max(end, to*100+m)
	}
	if end == 0 {
		y, _ := knowledge.PeriodYears(f.AsOf)
		end = y * 100
	}
	return end
}

func cutPeriod(p string) (string, string, bool) {
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			return p[:i], p[i+1:], true
		}
	}
	return p, p, true
}
