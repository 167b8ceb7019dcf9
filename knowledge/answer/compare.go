package answer

import (
	"strconv"

	"github.com/corridorbot/corridorbot/knowledge"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Comparison answers "was trade bigger in 2023 or in 2024?": both sourced figures, and which
// is larger. It is given only when both periods have a figure of the same measure and unit.
type Comparison struct {
	Larger, Smaller         *knowledge.Fact
	LargerQty, SmallerQty   *knowledge.Quantity
	LargerYear, SmallerYear int
	Equal                   bool
}

// compareYears answers a comparison of the figures of years: the question is asked once per
// year, and the two answers must give figures of the same measure in the same unit.
func (e *Answerer) compareYears(s *scratch, msg string, years []int) (*Comparison, []*knowledge.Fact) {
	base := frame.WithoutComparison(msg)
	var found [2]*knowledge.Fact
	for i, y := range years[:2] {
		res := e.search(s, base+" "+strconv.Itoa(y), "", nil)
		if !res.confident() {
			return nil, nil
		}
		found[i] = res.facts[0]
	}
	qa, qb := comparable(found[0], years[0], found[1], years[1])
	if qa == nil {
		return nil, nil
	}
	c := &Comparison{Larger: found[0], Smaller: found[1], LargerQty: qa, SmallerQty: qb, LargerYear: years[0], SmallerYear: years[1]}
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

// comparable finds a result of fact a for year ya and one of b for yb that measure the same
// thing in the same unit (trade turnover in 2022 against trade turnover in 2024, not the
// 2022 growth rate).
func comparable(a *knowledge.Fact, ya int, b *knowledge.Fact, yb int) (*knowledge.Quantity, *knowledge.Quantity) {
	for i := range a.Quantities {
		qa := &a.Quantities[i]
		if !resultOfYear(qa, ya) {
			continue
		}
		for j := range b.Quantities {
			qb := &b.Quantities[j]
			if resultOfYear(qb, yb) && qa.Unit == qb.Unit && qa.Per == qb.Per && qa.Measure == qb.Measure && qa.Part == qb.Part {
				return qa, qb
			}
		}
	}
	return nil, nil
}

// resultOfYear reports a figure of what happened in calendar year y (not a plan, not a part
// of the year).
func resultOfYear(q *knowledge.Quantity, y int) bool {
	return q.Period == strconv.Itoa(y) && q.Unit != "year" && !knowledge.IsPlanned(q)
}
