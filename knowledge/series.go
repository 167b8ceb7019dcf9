package knowledge

import (
	"fmt"
	"sort"
	"strings"
)

// Series names a measure followed over time (the route's cargo by year, bilateral trade by
// year). Its points are the quantities that carry its id: the data links them, not code.
type Series struct {
	ID string `yaml:"id"`
	// Title says what is measured, in each language ("Cargo on the Middle Corridor").
	Title Texts `yaml:"title"`
	file  string
	line  int
}

// Point is one figure of a series: the quantity and the fact (with its source) stating it.
type Point struct {
	Fact     *Fact
	Quantity *Quantity
}

// Planned reports a point that is a plan, forecast or target rather than a result.
func (p Point) Planned() bool {
	s := p.Quantity.Status
	return s == "plan" || s == "forecast" || s == "target"
}

// SeriesByID returns a declared series, or nil.
func (kb *KB) SeriesByID(id string) *Series {
	for _, s := range kb.Series {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Points lists the figures of a series in time order (by the start, then the end of their
// periods); figures of one period from different sources stay side by side.
func (kb *KB) Points(id string) []Point {
	var out []Point
	if id == "" {
		return nil
	}
	for _, f := range kb.Facts {
		for i := range f.Quantities {
			if f.Quantities[i].Series == id {
				out = append(out, Point{Fact: f, Quantity: &f.Quantities[i]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Quantity.Period, out[j].Quantity.Period
		if len(a) < 4 || len(b) < 4 {
			return len(a) < len(b) // a point without a period (kb check refuses it) goes first
		}
		if a[:4] != b[:4] {
			return a < b
		}
		return len(a) < len(b) || len(a) == len(b) && a < b // the year before its months
	})
	return out
}

// seriesDeclarations checks that series are declared with titles and that every series a
// quantity names is declared.
func seriesDeclarations(kb *KB) []Problem {
	var ps []Problem
	declared := map[string]bool{}
	for _, s := range kb.Series {
		bad := func(format string, args ...any) {
			ps = append(ps, Problem{File: s.file, Line: s.line, ID: s.ID, Msg: fmt.Sprintf(format, args...)})
		}
		if !kebab.MatchString(s.ID) {
			bad("series id must be kebab-case")
		}
		if declared[s.ID] {
			bad("duplicate series id")
		}
		declared[s.ID] = true
		for _, l := range Langs {
			if s.Title[l] == "" {
				bad("title.%s: missing", l)
			}
		}
		if len(kb.Points(s.ID)) == 0 {
			bad("no quantity belongs to this series")
		}
	}
	for _, f := range kb.Facts {
		for i, q := range f.Quantities {
			if q.Series != "" && !declared[q.Series] {
				ps = append(ps, Problem{File: f.file, Line: f.line, ID: f.ID,
					Msg: fmt.Sprintf("quantities[%d]: series %q is not declared in a series: section", i, q.Series)})
			}
		}
	}
	return ps
}

// Timeline is one point per period of a series, for a chart or a "how has it changed" answer:
// whole years (and plan spans) only when the series has any, the whole rather than a part,
// a result before an estimate before a plan, and the source that gives most of the series
// before the others. The points left out stay in Points, for answers that show sources side
// by side.
func (kb *KB) Timeline(id string) []Point {
	points := kb.Points(id)
	perSource := map[string]int{}
	whole := false
	for _, p := range points {
		perSource[p.Fact.Source]++
		whole = whole || !PartOfYear(p.Quantity.Period)
	}
	var out []Point
	for _, p := range points {
		if whole && PartOfYear(p.Quantity.Period) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Quantity.Period == p.Quantity.Period {
			if pointRank(p, perSource) < pointRank(out[n-1], perSource) {
				out[n-1] = p
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// PartOfYear reports a period of some months of one year ("2025-01/2025-08", "2024-06"), not
// whole years nor a span across years ("2006-06/2022-12").
func PartOfYear(period string) bool {
	from, to, span := strings.Cut(period, "/")
	if len(from) < 7 {
		return false
	}
	return !span || len(to) >= 7 && to[:4] == from[:4] && !(from[5:7] == "01" && to[5:7] == "12")
}

// pointRank orders the points of one period, best first (lowest).
func pointRank(p Point, perSource map[string]int) int {
	r := 0
	if p.Quantity.Part != "" {
		r += 1000
	}
	switch p.Quantity.Status {
	case "result":
	case "estimate":
		r += 100
	default:
		r += 200
	}
	return r - perSource[p.Fact.Source]
}
