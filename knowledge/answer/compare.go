package answer

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Comparison answers "was trade bigger in 2023 or in 2024?": both sourced figures, and which
// is larger. It is given only when both periods have a figure of the same measure and unit.
type Comparison struct {
	Larger, Smaller         *knowledge.Fact
	LargerQty, SmallerQty   *knowledge.Quantity
	LargerYear, SmallerYear int // 0 when two things are compared, not two years
	Equal                   bool
}

// compareYears answers a comparison of the figures of years: the question is asked once per
// year, and the two answers must give figures of the same measure in the same unit —
// preferably of one series from one source (two sources count the same thing differently).
func (e *Answerer) compareYears(s *scratch, msg string, years []int, months [2]int) (*Comparison, []*knowledge.Fact) {
	base := frame.WithoutComparison(msg)
	var found [2][]*knowledge.Fact
	for i, y := range years[:2] {
		res := e.search(s, base+" "+strconv.Itoa(y), "", nil)
		if !res.confident() && !res.comparable() {
			return nil, nil
		}
		found[i] = append(res.facts, res.related...)
	}
	fa, qa, fb, qb := bestPair(found[0], years[0], found[1], years[1], months)
	if qa == nil {
		return nil, nil
	}
	c := &Comparison{Larger: fa, Smaller: fb, LargerQty: qa, SmallerQty: qb, LargerYear: years[0], SmallerYear: years[1]}
	va, vb := qa.Value*knowledge.ScaleValue(qa.Scale), qb.Value*knowledge.ScaleValue(qb.Scale)
	if va < vb {
		c.Larger, c.Smaller, c.LargerQty, c.SmallerQty, c.LargerYear, c.SmallerYear = c.Smaller, c.Larger, qb, qa, years[1], years[0]
	}
	c.Equal = va == vb
	facts := []*knowledge.Fact{c.Larger}
	if c.Smaller != c.Larger {
		facts = append(facts, c.Smaller)
	}
	return c, facts
}

// compareSubjects answers "which is larger: A or B?" about two things: each side is asked on
// its own and must be answered with confidence, and the two answers must give figures in the
// same unit. The facts come back in the question's order.
func (e *Answerer) compareSubjects(s *scratch, a, b string) (*Comparison, []*knowledge.Fact) {
	var found [2]*knowledge.Fact
	for i, side := range [2]string{a, b} {
		res := e.search(s, frame.WithoutCompareWords(side), "", nil)
		if i == 1 && !measuredAlike(found[0], res) {
			// "Aktau's capacity or Kuryk's?", "мощность порта Актау или порта Курык?": the
			// second side leaves out what the first says of its name
			res = e.search(s, frame.WithoutCompareWords(side+" "+e.withoutNames(s, a)), "", nil)
		}
		if !res.confident() {
			return nil, nil
		}
		found[i] = res.facts[0]
	}
	fa, fb := found[0], found[1]
	if fa == fb {
		return nil, nil // both sides read as one fact: nothing is compared
	}
	qa, qb := sameUnitPair(fa, fb)
	if qa == nil {
		return nil, nil
	}
	if asked := e.ix.Analyze(s.Scratch, a+" "+b); !subjectNamed(e.ix, asked, qa) || !subjectNamed(e.ix, asked, qb) {
		return nil, nil // "Kuryk's capacity" is not the capacity of all Kazakhstan's ports
	}
	c := &Comparison{Larger: fa, Smaller: fb, LargerQty: qa, SmallerQty: qb}
	va, vb := qa.Value*knowledge.ScaleValue(qa.Scale), qb.Value*knowledge.ScaleValue(qb.Scale)
	if va < vb {
		c.Larger, c.Smaller, c.LargerQty, c.SmallerQty = fb, fa, qb, qa
	}
	c.Equal = va == vb
	return c, []*knowledge.Fact{fa, fb}
}

// sameUnitPair finds a figure of each fact in one unit and rate (or one stated without a
// rate), of one measure if they have such; years, ordinals and multiples are no amounts to
// compare.
func sameUnitPair(a, b *knowledge.Fact) (*knowledge.Quantity, *knowledge.Quantity) {
	var loose [2]*knowledge.Quantity
	for i := range a.Quantities {
		qa := &a.Quantities[i]
		if qa.Unit == "year" || qa.Unit == "ordinal" || qa.Unit == "times" {
			continue
		}
		for j := range b.Quantities {
			qb := &b.Quantities[j]
			if !sameUnit(qa.Unit, qb.Unit) || qa.Per != qb.Per && qa.Per != "" && qb.Per != "" {
				continue
			}
			if qa.Measure == qb.Measure {
				return qa, qb
			}
			if loose[0] == nil {
				loose = [2]*knowledge.Quantity{qa, qb}
			}
		}
	}
	return loose[0], loose[1]
}

// sameUnit: one unit, or an amount of money whose source names no currency beside one that does.
func sameUnit(a, b knowledge.Unit) bool {
	return a == b || a == "" && knowledge.IsMoney(b) || b == "" && knowledge.IsMoney(a)
}

// bestPair picks, from the facts found for each year, the two results to compare: of one
// source and one series if there are such, else of one series, else of one measure and unit;
// better-ranked facts first.
func bestPair(as []*knowledge.Fact, ya int, bs []*knowledge.Fact, yb int, months [2]int) (*knowledge.Fact, *knowledge.Quantity, *knowledge.Fact, *knowledge.Quantity) {
	for _, strict := range []int{2, 1, 0} {
		for _, fa := range as {
			for _, fb := range bs {
				if qa, qb := comparable(fa, ya, fb, yb, strict, months); qa != nil {
					return fa, qa, fb, qb
				}
			}
		}
	}
	return nil, nil, nil, nil
}

// comparable finds a result of fact a for year ya and one of b for yb that measure the same
// thing in the same unit (trade turnover in 2022 against trade turnover in 2024, not the
// 2022 growth rate). strict 1 asks for one series, 2 also for one source.
func comparable(a *knowledge.Fact, ya int, b *knowledge.Fact, yb int, strict int, months [2]int) (*knowledge.Quantity, *knowledge.Quantity) {
	for i := range a.Quantities {
		qa := &a.Quantities[i]
		if !resultOfPeriod(qa, ya, months) {
			continue
		}
		for j := range b.Quantities {
			qb := &b.Quantities[j]
			same := qa.Unit == qb.Unit && qa.Per == qb.Per && qa.Measure == qb.Measure && qa.Part == qb.Part
			series := qa.Series != "" && qa.Series == qb.Series
			if resultOfPeriod(qb, yb, months) && same && (strict < 1 || series) && (strict < 2 || a.Source == b.Source) {
				return qa, qb
			}
		}
	}
	return nil, nil
}

// resultOfPeriod reports a figure of what happened in calendar year y (not a plan), or in
// its months m[0]–m[1] when the question names them ("January–July 2024 or 2025?").
func resultOfPeriod(q *knowledge.Quantity, y int, m [2]int) bool {
	period := strconv.Itoa(y)
	if m[0] != 0 {
		period = fmt.Sprintf("%d-%02d/%d-%02d", y, m[0], y, m[1])
	}
	return q.Period == period && q.Unit != "year" && !knowledge.IsPlanned(q)
}

// monthSpan is the first and last month of a set (a bit per month), or zeros for none or one.
func monthSpan(set uint16) [2]int {
	if bits.OnesCount16(set) < 2 {
		return [2]int{}
	}
	return [2]int{bits.TrailingZeros16(set), 15 - bits.LeadingZeros16(set)}
}

// withoutNames is a text without its words that name an entity (a port, a country, a
// person): what it says of them.
func (e *Answerer) withoutNames(s *scratch, msg string) string {
	var kept []string
	for _, w := range strings.Fields(msg) {
		named := false
		for _, u := range e.ix.Analyze(s.Scratch, w) {
			named = named || u.Concept && u.Entity
		}
		if !named {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// measuredAlike reports a confident result whose best fact has a figure in the unit of one of
// first's.
func measuredAlike(first *knowledge.Fact, res result) bool {
	if !res.confident() {
		return false
	}
	q, _ := sameUnitPair(first, res.facts[0])
	return q != nil
}

// subjectNamed reports a figure whose subject, where it has one, the comparison names.
func subjectNamed(ix *index.Index, asked []index.Unit, q *knowledge.Quantity) bool {
	if q.Subject == "" {
		return true
	}
	t, ok := ix.Lookup("@" + q.Subject)
	return ok && index.HasConcept(asked, t)
}
