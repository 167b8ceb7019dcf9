package answer

import (
	"sort"
	"strconv"

	"github.com/corridorbot/corridorbot/knowledge"
)

// latestFirst orders facts newest figure first, keeping the ranking among equals; a fact of
// plans only ("7 Mt a year by 2027") comes after those of results: "what is it now?" asks what
// happened.
func latestFirst(facts []*knowledge.Fact) []*knowledge.Fact {
	key := func(f *knowledge.Fact) int {
		if onlyPlannedAmounts(f) {
			return factEnd(f) - 1_000_000
		}
		return factEnd(f)
	}
	sort.SliceStable(facts, func(i, j int) bool { return key(facts[i]) > key(facts[j]) })
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

// latestOfSeries puts first the newest result of the series the best fact belongs to: "trade
// so far" is answered with January–August 2025, not with 2024 because it ranked higher.
func (e *Answerer) latestOfSeries(facts []*knowledge.Fact) []*knowledge.Fact {
	if len(facts) == 0 {
		return facts
	}
	series := ""
	for _, q := range facts[0].Quantities {
		if q.Series != "" {
			series = q.Series
			break
		}
	}
	var newest *knowledge.Fact
	for _, p := range e.kb.Points(series) {
		if !p.Planned() && p.Quantity.Part == "" && (newest == nil || factEnd(p.Fact) > factEnd(newest)) {
			newest = p.Fact
		}
	}
	if newest == nil {
		return latestFirst(facts)
	}
	out := []*knowledge.Fact{newest}
	for _, f := range facts {
		if f != newest && len(out) < maxFacts {
			out = append(out, f)
		}
	}
	return out
}
