package knowledge

import (
	"sort"
	"strconv"
)

// Relative time ("this year", "last year", "currently", "so far") is resolved against the
// facts' dates, not the clock: the base can only speak of what its sources date, and every
// answer names the date its figure is as of.
var (
	thisYearPhrases = phraseList(`в этом году|этот год|этого года|текущем году|this year|bu il|bu ilin|биыл|осы жылы|осы жыл`)
	lastYearPhrases = phraseList(`в прошлом году|прошлом году|прошлый год|прошлого года|last year|previous year|kecen il|oten il|былтыр|откен жылы|откен жыл`)
	latestPhrases   = phraseList(`сейчас|на данный момент|в настоящее время|на сегодня|пока что|к настоящему|последн|
		currently|now|so far|to date|latest|today|at present|most recent|
		hazirda|indi|helelik|indiye|son|
		казир|азирге|сонгы|бугинги`)
)

// resolveRelativeTime writes the year a relative phrase means into the question, and
// reports whether it asks for the latest figure.
func (e *Engine) resolveRelativeTime(text string) (string, bool) {
	toks := tokenize(text, nil)
	// "This year" asks for the newest figure, but is no hard year: sources say "this year"
	// of their own year too ("the goal is to double trade this year").
	if rest, ok := cutPhrases(toks, thisYearPhrases); ok {
		return rest, true
	}
	if rest, ok := cutPhrases(toks, lastYearPhrases); ok {
		return rest + " " + strconv.Itoa(e.latestYear-1), false
	}
	if rest, ok := cutPhrases(toks, latestPhrases); ok {
		return rest, true
	}
	return text, false
}

// cutPhrases removes the first phrase of ps found in toks and returns the other words (their
// folded forms, which the engine reads as it reads the original), or false if none is there.
func cutPhrases(toks []token, ps [][]string) (string, bool) {
	for i := range toks {
		for _, p := range ps {
			if len(p) > len(toks)-i || !phraseIn(toks[i:i+len(p)], p) {
				continue
			}
			var b []byte
			for k, t := range toks {
				if k < i || k >= i+len(p) {
					b = append(b, t.text...)
					b = append(b, ' ')
				}
			}
			return string(b), true
		}
	}
	return "", false
}

// latestFirst orders facts newest figure first, keeping the ranking among equals.
func latestFirst(facts []*Fact) []*Fact {
	sort.SliceStable(facts, func(i, j int) bool { return factEnd(facts[i]) > factEnd(facts[j]) })
	return facts
}

// factEnd is the last year (and month) a fact's figures describe, as yyyymm.
func factEnd(f *Fact) int {
	end := 0
	for _, q := range f.Quantities {
		if isPlanned(&q) || q.Period == "" {
			continue
		}
		_, to := periodYears(q.Period)
		m := 12
		if _, t, ok := cutPeriod(q.Period); ok && len(t) >= 7 {
			m, _ = strconv.Atoi(t[5:7])
		}
		end = max(end, to*100+m)
	}
	if end == 0 {
		y, _ := periodYears(f.AsOf)
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
