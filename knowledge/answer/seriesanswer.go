// Series: a question about change over time answered with every point of a series.

package answer

import (
	"cmp"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"slices"
)

// seriesAnswer answers "how has it changed?" with the series the best answer's figure belongs
// to: every point with its fact, oldest first.
func (e *Answerer) seriesAnswer(s *scratch, msg string, ans Answer) (Answer, bool) {
	res := e.search(s, msg, "", nil)
	// The question says what it follows over time; its names must all be the series', but
	// its other words ("since 2019", "over the years") need not be explained by one point.
	if !res.subject || !res.predicate || res.stranger != "" || res.coverage < seriesCoverage {
		return ans, false
	}
	if best := res.facts[0]; res.coverage >= fullCoverage && statesChange(best) || res.confident() && onlyChanges(best) && !inSeries(best) {
		// "how has it changed over 7 years, says the ministry?": the ministry's own from–to;
		// "how has trade changed since 2022, says the EU?": its "quadrupled".
		return ans, false
	}
	for _, f := range e.seriesCandidates(s, msg, res) {
		for _, q := range f.Quantities {
			if q.Series == "" {
				continue
			}
			return e.withSeries(ans, q.Series, res.confidence), true
		}
	}
	if id, conf := e.seriesNamed(s, msg); id != "" {
		return e.withSeries(ans, id, min(conf, res.confidence)), true
	}
	return ans, false
}

// withSeries answers with every point of a series, each fact once, oldest first.
func (e *Answerer) withSeries(ans Answer, id string, confidence float64) Answer {
	ans.Series, ans.Confidence = id, confidence
	seen := map[*knowledge.Fact]bool{}
	for _, p := range e.kb.Timeline(id) {
		if !seen[p.Fact] {
			seen[p.Fact] = true
			ans.Facts = append(ans.Facts, p.Fact)
		}
	}
	return ans
}

// seriesNamed is the series whose points best explain a "how has it changed" question when
// neither its best answer nor the related facts belong to one: "how has transit on the Middle
// Corridor changed?" ranks a sentence on the war "changing trade routes" first, yet every name
// it gives is the route's cargo series'. One point must name every name and explain most of it.
func (e *Answerer) seriesNamed(s *scratch, msg string) (string, float64) {
	units := e.ix.Analyze(s.Scratch, msg)
	best, share := "", 0.0
	for _, sr := range e.kb.Series {
		for _, p := range e.kb.Points(sr.ID) {
			doc, ok := e.ix.DocOf(p.Fact.ID)
			if !ok {
				continue
			}
			if !e.goodNamed(units, p.Quantity) {
				continue
			}
			if cv := e.ix.Coverage(e.carriedAsHandled(units, p.Quantity), doc); cv.Entities && cv.Subject && cv.Predicate && cv.Share > share {
				best, share = sr.ID, cv.Share
			}
		}
	}
	if share < seriesNamedCoverage {
		return "", 0
	}
	return best, share
}

// carriedAsHandled leaves out of units the words for what crosses a route ("transit") when q
// counts a good carried: the route's cargo is its transit, whether or not a point says so.
func (e *Answerer) carriedAsHandled(units []index.Unit, q *knowledge.Quantity) []index.Unit {
	if !q.Flow.Handled() {
		return units
	}
	out := units[:0:0]
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.ix.Flow(e.ix.Term(u.Term)) == knowledge.FlowCarried {
			continue
		}
		out = append(out, u)
	}
	return out
}

// goodNamed reports a figure of all cargo, or of a good the question names: "transit" is all
// cargo, not the containers among it.
func (e *Answerer) goodNamed(units []index.Unit, q *knowledge.Quantity) bool {
	if q.Flow != knowledge.FlowGood || q.Measure == "cargo" {
		return true
	}
	t, ok := e.ix.Lookup("@" + q.Measure)
	return ok && index.HasConcept(units, t)
}

// seriesCandidates are the facts whose series may answer "how has it changed": the answer's
// own, then related ones that name every name the question gives ("the raw materials share"
// is not the Caspian route's share).
func (e *Answerer) seriesCandidates(s *scratch, msg string, res result) []*knowledge.Fact {
	out := append([]*knowledge.Fact(nil), res.facts...)
	units := e.ix.Analyze(s.Scratch, msg)
	for _, f := range res.related {
		if doc, ok := e.ix.DocOf(f.ID); ok && e.ix.Coverage(units, doc).Entities {
			out = append(out, f)
		}
	}
	// "how does the share change?" follows the share, though the cargo it is of ranks first
	named := func(f *knowledge.Fact) int {
		for _, q := range f.Quantities {
			if t, ok := e.ix.Lookup("@" + q.Measure); ok && q.Series != "" && index.HasConcept(units, t) {
				return 1
			}
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b *knowledge.Fact) int { return cmp.Compare(named(b), named(a)) })
	return out
}

// inSeries reports a fact with a figure of some series.
func inSeries(f *knowledge.Fact) bool {
	for _, q := range f.Quantities {
		if q.Series != "" {
			return true
		}
	}
	return false
}
