package claims

import (
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A figure compared in words with another period — "60,429 TEU in January–July 2025, less
// than in the same period of 2024", "…, down from 2024" — states two things: the figure, and
// which way it moved. The figure agreeing confirms only the first.

// changeDirection is the way a clause says a thing moved: 1 more or up, -1 less or down, 0
// neither. Only words after the last figure count: "more than 60,000 TEU" bounds the figure.
func changeDirection(toks []text.Token) int {
	from := 0
	for i, t := range toks {
		if t.Num && text.YearOf(t.Text) == 0 {
			from = i + 1
		}
	}
	dir := 0
	for _, t := range toks[from:] {
		switch {
		case t.Num:
		case text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.RisingWords):
			dir = 1
		case text.HasPrefixIn(t.Text, text.LessWords) || text.HasPrefixIn(t.Text, text.FallingWords):
			dir = -1
		}
	}
	return dir
}

// comparedOtherwise checks the comparison a clause makes of its figure q (of fact f) with
// the base year: Contradicted when f gives the base period's figure and it moved the other
// way, Unverifiable when f does not give it, "" when the clause compares nothing.
func comparedOtherwise(info frame.Claim, toks []text.Token, f *knowledge.Fact, q *knowledge.Quantity) (Verdict, *knowledge.Quantity) {
	if info.BaseYear == 0 || q == nil || len(info.Figures) != 1 || info.Figures[0].Unit == "percent" || info.Figures[0].Unit == "times" {
		return "", nil // a change stated as a figure is checked as one
	}
	dir := changeDirection(toks)
	year, _ := knowledge.PeriodYears(q.Period)
	if dir == 0 || year == 0 || year == info.BaseYear {
		return "", nil
	}
	base := strings.ReplaceAll(q.Period, strconv.Itoa(year), strconv.Itoa(info.BaseYear))
	for i := range f.Quantities {
		// "…, close to 40% more than a year earlier": the fact states the change itself
		if c := &f.Quantities[i]; knowledge.IsChange(c.Measure) && !knowledge.IsPlanned(c) &&
			(c.Period == q.Period || c.Period == strconv.Itoa(info.BaseYear)+"/"+strconv.Itoa(year)) {
			if changeSign(c) != dir {
				return Contradicted, c
			}
			return "", nil
		}
	}
	for i := range f.Quantities {
		b := &f.Quantities[i]
		if b.Period != base || b.Measure != q.Measure || b.Unit != q.Unit || b.Part != q.Part || knowledge.IsPlanned(b) {
			continue
		}
		if (valueOf(q) > valueOf(b)) != (dir > 0) || valueOf(q) == valueOf(b) {
			return Contradicted, b
		}
		return "", nil
	}
	if b := wholeYear(f, q, info.BaseYear); b != nil && valueOf(q) > valueOf(b) {
		// "$547 million in January–August 2025, more than in 2024" of a fact giving 2024's
		// whole year, $470 million: more than the whole year is more than any part of it
		if dir < 0 {
			return Contradicted, b
		}
		return "", nil
	}
	return Unverifiable, nil
}

// wholeYear is f's figure of q's measure for the whole year y, when q is of part of a year.
func wholeYear(f *knowledge.Fact, q *knowledge.Quantity, y int) *knowledge.Quantity {
	if q.Cumulative || !strings.Contains(q.Period, "/") {
		return nil
	}
	for i := range f.Quantities {
		b := &f.Quantities[i]
		if b.Period == strconv.Itoa(y) && b.Measure == q.Measure && b.Unit == q.Unit && b.Part == q.Part && !knowledge.IsPlanned(b) && !b.Cumulative {
			return b
		}
	}
	return nil
}

// changeSign is the way a change figure goes: 1 up, -1 down.
func changeSign(q *knowledge.Quantity) int {
	if q.Measure == "decline" != (q.Value < 0) {
		return -1
	}
	return 1
}
