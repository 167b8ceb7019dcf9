package claims

import (
	"slices"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
)

// completions are the measures of a year that a thing is finished or opened in: a claim that
// the thing is already done, before that year, restates the plan as done.
var completions = map[string]bool{"construction": true, "launch": true}

// checkDone checks a clause with no figure that says a thing is already done ("the Caspian
// cable is already laid and working"), against a plan that finishes it later.
func (e *Checker) checkDone(s *index.Scratch, clause string, info frame.Claim) (ClaimResult, bool) {
	if !info.Achieved || info.Planned || info.Started {
		return ClaimResult{}, false
	}
	units := e.ix.Analyze(s, clause)
	info.Slots = frame.ReadSlots(e.ix, s.Toks, units)
	m := matcher{ix: e.ix, info: info, class: e.class, countries: e.countries, through: e.through, parts: e.parts}
	cands, _ := e.claimCandidates(s, units)
	for _, cs := range [][]candidate{cands, e.relatedFacts(s, units)} {
		if r, ok := m.doneBeforeSchedule(cs); ok {
			r.Text, r.Frame, r.Considered = clause, info, m.rulings
			return r, true
		}
	}
	return ClaimResult{}, false
}

// doneBeforeSchedule: "the Caspian cable is already laid and working" says done what its
// source expects to be completed by the end of 2026, after the source spoke (and after any
// year the claim gives). The planned year must be the completion of a thing the claim names,
// and the claim may name nothing the plan does not: "Kazakh oil already flows through BTC" is
// not refuted by BTC's expansion. A claim with a figure of its own is judged by that figure.
func (m *matcher) doneBeforeSchedule(cands []candidate) (ClaimResult, bool) {
	if m.info.Started {
		return ClaimResult{}, false
	}
	for _, fig := range m.figures {
		if fig.Unit != "year" && !knowledge.IsMoney(fig.Unit) {
			return ClaimResult{}, false // a sum may be what it cost: "built for 22.8 billion tenge"
		}
	}
	for _, c := range cands {
		for _, q := range factQuantities(c.fact) {
			if !m.finishesLater(c.fact, q) {
				continue
			}
			m.rule(c.fact, q, "scheduled later")
			return ClaimResult{Verdict: Contradicted, Fact: c.fact, Quantity: q, Plan: true, Schedule: schedule(c.fact, m.cands)}, true
		}
	}
	return ClaimResult{}, false
}

// finishesLater reports a planned completion year of a thing the claim names, after its
// source's date and after every year the claim gives, in a fact that names all the claim does.
func (m *matcher) finishesLater(f *knowledge.Fact, q *knowledge.Quantity) bool {
	if q.Unit != "year" || !completions[q.Measure] || !knowledge.IsPlanned(q) || q.Subject == "" || !m.info.Slots.Concepts[q.Subject] {
		return false
	}
	due := int(q.Value)
	if len(f.AsOf) < 4 || due <= atoiPrefix(f.AsOf, 4) || slices.ContainsFunc(m.info.Years, func(y int) bool { return y >= due }) {
		return false
	}
	for n := range m.info.Slots.Concepts {
		if n != q.Subject && !slices.Contains(f.Entities, n) {
			return false
		}
	}
	return true
}

// atoiPrefix is the number the first n digits of s write, or 0.
func atoiPrefix(s string, n int) int {
	v := 0
	for i := 0; i < n && i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}
