package knowledge

import (
	"strconv"
	"strings"
)

func ScaleValue(scale string) float64 {
	switch scale {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	}
	return 1
}

func PeriodYears(p string) (int, int) {
	if len(p) < 4 {
		return 0, 0
	}
	from, to, _ := strings.Cut(p, "/")
	a, err := strconv.Atoi(from[:4])
	if err != nil {
		return 0, 0
	}
	b := a
	if len(to) >= 4 {
		if y, err := strconv.Atoi(to[:4]); err == nil {
			b = y
		}
	}
	return a, b
}

// Expected renders a sourced figure compactly for machines: "470 million usd (2024)".
func Expected(q *Quantity) string {
	if q == nil {
		return ""
	}
	parts := []string{FormatNumber(q.Value)}
	if q.Scale != "" && q.Scale != "one" {
		parts = append(parts, q.Scale)
	}
	if q.Unit != "" && q.Unit != "year" {
		parts = append(parts, string(q.Unit))
	}
	if q.Per != "" {
		parts = append(parts, "per "+q.Per)
	}
	s := strings.Join(parts, " ")
	if q.Period != "" {
		s += " (" + q.Period + ")"
	}
	return s
}

// IsChange reports a measure that is a change of another figure (growth, decline), not an
// amount of its own.
func IsChange(measure string) bool { return measure == "growth" || measure == "decline" }

// IsPlanned reports a figure that describes what is expected, not what happened.
func IsPlanned(q *Quantity) bool {
	return q != nil && (q.Status == "plan" || q.Status == "forecast" || q.Status == "target")
}

// PlansAnything reports a fact with a planned, forecast or target figure.
func PlansAnything(f *Fact) bool {
	for i := range f.Quantities {
		if IsPlanned(&f.Quantities[i]) {
			return true
		}
	}
	return false
}

// FormatNumber writes a quantity value the way the index reads numbers: "3.6", "470".
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// FactMonths lists the months that bound a fact's periods and date ("2025-01/2025-08" → 1, 8).
func FactMonths(f *Fact) []int {
	var ms []int
	add := func(s string) {
		for _, part := range strings.Split(s, "/") {
			if len(part) >= 7 {
				if m, err := strconv.Atoi(part[5:7]); err == nil && m >= 1 && m <= 12 {
					ms = append(ms, m)
				}
			}
		}
	}
	for _, q := range f.Quantities {
		add(q.Period)
	}
	add(f.Date)
	return ms
}

// FactYears lists the years a fact's figures and events refer to, for matching "in 2024": the
// years it dates, and a plan's year of its source ("the 2022 plan for the hub").
func FactYears(f *Fact) []int {
	ys := DatedYears(f)
	if len(ys) > 0 && f.Kind == "plan" {
		if y, _ := PeriodYears(f.AsOf); y != 0 {
			ys = append(ys, y)
		}
	}
	return ys
}

// DatedYears lists the years a fact dates: its event's, its figures' periods (every year of a
// range), a year it states; its source's year only when it dates nothing else ("in November
// 2022 the four countries signed a roadmap", reported in 2023, is no event of 2023).
func DatedYears(f *Fact) []int {
	var ys []int
	add := func(period string) {
		for _, part := range strings.Split(period, "/") {
			if len(part) >= 4 {
				if y, err := strconv.Atoi(part[:4]); err == nil {
					ys = append(ys, y)
				}
			}
		}
	}
	for _, q := range f.Quantities {
		if q.Unit == "year" && q.Value >= 1000 {
			ys = append(ys, int(q.Value)) // "in 2029"; "over 7 years" is a span, no year
		}
		parts := strings.Split(q.Period, "/")
		if len(parts) == 2 && len(parts[0]) >= 4 && len(parts[1]) >= 4 {
			a, err1 := strconv.Atoi(parts[0][:4])
			b, err2 := strconv.Atoi(parts[1][:4])
			if err1 == nil && err2 == nil && b >= a && b-a < 50 {
				for y := a; y <= b; y++ {
					ys = append(ys, y)
				}
				continue
			}
		}
		add(q.Period)
	}
	add(f.Date)
	if len(ys) == 0 {
		add(f.AsOf)
	}
	return ys
}

// LatestYear is the year of the newest figure of a base (the latest as_of): relative time in
// a question and the tense of a claim are read against it, not against the clock.
func LatestYear(kb *KB) int {
	latest := 0
	for _, f := range kb.Facts {
		if y, _ := PeriodYears(f.AsOf); y > latest {
			latest = y
		}
	}
	return latest
}
