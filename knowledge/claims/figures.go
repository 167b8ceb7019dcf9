package claims

// This file compares one figure of a claim with one sourced quantity: units, periods, values.

import (
	"math"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
)

func valueOf(q *knowledge.Quantity) float64 { return q.Value * knowledge.ScaleValue(q.Scale) }

// firstYear: a figure in years below it is a span ("22 years"), not a date.
const firstYear = 1000

// unitsCompatible: the same unit, or a claim that names none ("trade was 470 in 2024"),
// compared only with amounts (not years or ordinals). A currency the source did not state
// is compatible with any currency.
func unitsCompatible(fig frame.Figure, q *knowledge.Quantity) bool {
	switch {
	case fig.Containers && q.Unit == "teu":
		return false // "19 thousand containers" is no "19 thousand TEU": a 40-foot box is two
	case fig.Unit == q.Unit:
		return true
	case fig.Unit == "times" && q.Unit == "percent" && q.Measure == "growth":
		return true // "more than tripled" of a rise of 176%: see timesAsRise
	case fig.Unit == "":
		return q.Unit != "year" && q.Unit != "ordinal" && q.Unit != "percent" && q.Unit != "times"
	case q.Unit == "" && knowledge.IsMoney(fig.Unit):
		return true
	case q.Unit == "count" && countedThings[fig.Unit]:
		// "5244 tankers" is a count — of ships or their voyages, not of berths: "12 vessels"
		// is no "12 berths"
		return (q.Measure == "berth") == (fig.Unit == "berth")
	case q.Unit == "count" && q.Measure == "container" && fig.Unit == "teu" && fig.Containers:
		return true // "700-container ships": the base counts the containers (not TEU)
	}
	return false
}

// countedThings are units a claim may name where the knowledge base just counts.
var countedThings = map[knowledge.Unit]bool{"tanker": true, "vessel": true, "berth": true, "voyage": true, "wagon": true}

// ofSourceYear: a figure of what moved, given without a period, is of its source's year when
// the source is of that year's last quarter: "in 2025 Azerbaijani investment in Kazakhstan
// was $136 million" is judged by the $225 million an October 2025 article gives. A state (a
// capacity) may have changed within the year and is not.
func ofSourceYear(c frame.Claim, q *knowledge.Quantity, f *knowledge.Fact) bool {
	y, _ := knowledge.PeriodYears(f.AsOf)
	if y != c.Years[0] || c.Months[0] != 0 || len(f.AsOf) < 7 {
		return false
	}
	m, _ := strconv.Atoi(f.AsOf[5:7])
	return q.Flow != "" && m >= 10 && !knowledge.IsPlanned(q) // a target without a period is of no year
}

// plannedThen: a plan the claim dates to the year it was made ("in 2017, at its opening, BTK
// was planned to carry 6.5 Mt a year") is the plan a source of that year states.
func plannedThen(c frame.Claim, q *knowledge.Quantity, asOf int) bool {
	return c.Planned && knowledge.IsPlanned(q) && asOf == c.Years[0] && !c.YearAfterFigure()
}

// physicalSize are the units of what a thing measures once built (length, depth, area).
var physicalSize = map[knowledge.Unit]bool{"km": true, "metre": true, "hectare": true}

// periodCompatible: a claim without a period fits any; "since 2023" fits a period starting in
// 2023; a year fits a period within that year; two years fit a range; "by 2028" fits a plan
// ending in 2028. A figure without a period belongs to the year of its source.
func periodCompatible(c frame.Claim, q *knowledge.Quantity, f *knowledge.Fact) bool {
	if len(c.Years) == 0 {
		// "in the first 9 months of this year": no year, but a span of months a figure of
		// other months (January–August) is not
		return c.Months[0] == 0 || !strings.Contains(q.Period, "-") || monthsCompatible(c, q.Period)
	}
	period := q.Period
	if from, _ := knowledge.PeriodYears(period); from == 0 && f.Date != "" {
		period = f.Date // a figure an event states is of the event's date ("announced on 29 January 2024")
	}
	from, to := knowledge.PeriodYears(period)
	if asOf, _ := knowledge.PeriodYears(f.AsOf); from != 0 && len(c.Years) == 1 && !c.Deadline && plannedThen(c, q, asOf) && to != asOf+1 {
		// "the 2022 plan: 215 thousand TEU" is the plan a 2022 source makes for 2025; but "in
		// 2025, over 110 thousand TEU was planned" is the plan for 2025, not the one made in
		// December 2025 for the next year
		return true
	}
	if from == 0 && physicalSize[q.Unit] {
		return true // a pipeline's length does not change with the year a claim dates its opening
	}
	if from == 0 {
		from, to = knowledge.PeriodYears(f.AsOf)
		if len(c.Years) == 1 && !c.Since {
			// The source gives no period: a claim about a given year cannot be judged, unless
			// the year is the clause before's and this figure a standing one (a limit), or a
			// state the source gives as of that very month ("as of September 2024, Aktau's
			// capacity is over 11 Mt").
			// "…to launch in early 2029, investment of $700 million": a plan's sum of no period
			// takes the year of the clause before, its schedule
			return c.YearsBefore && (q.Bound != "" || knowledge.IsPlanned(q) && c.Planned) || (q.Flow == "" || q.Cumulative || c.AsOfData) && c.Months[0] != 0 && monthsCompatible(c, f.AsOf) ||
				c.AsOfData && q.Flow == "" && c.Months[0] == 0 && from == c.Years[0] || // "per 2021 data, the berth's capacity is 4.1 Mt"
				ofSourceYear(c, q, f) || plannedThen(c, q, from)
		}
	}
	first, last := c.Years[0], c.Years[len(c.Years)-1]
	// A change from one year to the next is of whole years: not of "the first 11 months"; a
	// change of some months of one year is that year's ("January–October 2023, +22%").
	change := knowledge.IsChange(q.Measure) && (c.Months[0] == 0 || !strings.Contains(period, "/") || from == to)
	if first == last && from+1 == to && first == to && change && c.BaseYear != first {
		return true // a change over 2023/2024 is the change "in 2024"
	}
	if change && from+1 == to && c.BaseYear == from && (first == from || first == to) && (last == from || last == to) {
		return true // "50% more than in 2020" is the change over 2020/2021
	}
	if change && from == to && c.BaseYear == from-1 && (first == from || first == c.BaseYear) && (last == from || last == c.BaseYear) {
		return true // "40% more than in 2024" is the rise of 2025
	}
	if change && c.BaseYear != 0 && from == to && from == c.BaseYear {
		return false // "twice the same period of 2024" is a rise over 2024, not 2024's own rise
	}
	if change && c.BaseYear != 0 && from+1 == to && from != c.BaseYear {
		return false // "63% more than in 2022" is not the rise of 2024 over 2023
	}
	if change && c.BaseYear != 0 && from != 0 && from+1 < to && c.BaseYear != from {
		return false // "to triple by 2030 against 2023" is not the tripling over 2021–2030
	}
	if !change && from == to && from == c.BaseYear && len(c.Years) == 2 && levels(c.Figures) == 1 && levels(c.Figures) < len(c.Figures) {
		// "25.2 thousand TEU in 2022, 20% more than in 2021": the level beside the change is
		// 2022's (but "less than in 2020 (783 thousand)" gives 2020's)
		return false
	}
	if change && c.BaseYear != 0 && first == last && first == c.BaseYear {
		return false // "14.4% more than in 2022" names only the base: not the rise of 2022 itself
	}
	if first == last && q.Cumulative && c.Deadline && to == last {
		return true // "by the end of 2022, more than 4 billion barrels": a total up to 2022
	}
	if first == last && q.Cumulative && to == last && c.Months[0] != 0 && c.Months[0] == c.Months[1] && endMonth(period) == c.Months[1] {
		return true // "reached 4 billion barrels on 18 January 2023": the total up to that month
	}
	switch {
	case c.Since:
		// "4.3 Mt since 2023" is a total from then on, not the figure of 2023 alone.
		return first == from && (q.Cumulative || to > from || q.Unit == "year")
	case first != last && (c.YearRange || q.Cumulative && from != to):
		// a total over years spans them: "from June 2006 to the end of 2023" is not the total
		// up to 2022
		return first == from && last == to
	case first != last:
		// Separate dates ("at the November 2022 meeting … by 2025"): one must be the figure's.
		for _, y := range c.Years {
			if y == from || y == to {
				return true
			}
		}
		return false
	case from == to && c.Months[0] != 0 && c.Months[0] == c.Months[1] && !strings.Contains(period, "-") && factMonth(f) == c.Months[0]:
		return first == from // "meeting in March 2025, they planned 2.5 Mt for 2025": the month is the meeting's
	case from == to:
		// A date in the claim ("after the upgrade of 20 May 2024") does not make a state of
		// that year (a capacity, a length) a figure of another period; a flow's months do.
		return first == from && (monthsCompatible(c, period) || q.Flow == "" && c.Months[0] == c.Months[1])
	case f.Kind == "plan":
		return first == to
	}
	return false
}

// endMonth is the month a period of months ends with ("2006-06/2023-01": 1), or 0.
func endMonth(period string) int {
	i := strings.LastIndexByte(period, '/')
	end := period[i+1:]
	if len(end) != len("2023-01") {
		return 0
	}
	m, _ := strconv.Atoi(end[5:])
	return m
}

// sameMonth: an event dated to the day (13 November 2024) is not confirmed by a claim of the
// same year and another month ("signed on 1 May 2024").
func sameMonth(c frame.Claim, f *knowledge.Fact, q *knowledge.Quantity) bool {
	if q.Measure != eventDate || c.Months[0] == 0 || len(f.Date) < 7 {
		return true
	}
	m, err := strconv.Atoi(f.Date[5:7])
	return err != nil || c.Months[0] <= m && m <= c.Months[1]
}

func monthsCompatible(c frame.Claim, period string) bool {
	if c.Months[0] == 0 {
		return true
	}
	from, to, ok := strings.Cut(period, "/")
	if !ok {
		from, to = period, period // a date: "in January 2024" of 29 January 2024
	}
	if len(from) < 7 || len(to) < 7 {
		return false
	}
	m1, _ := strconv.Atoi(from[5:7])
	m2, _ := strconv.Atoi(to[5:7])
	return c.Months[0] == m1 && c.Months[1] == m2
}

// inSourceTerms is the claimed figure in the source quantity's scale and rate.
func inSourceTerms(fig frame.Figure, q *knowledge.Quantity) float64 {
	got := fig.Value
	if fig.Scale == 1 && fig.Unit != "year" && q.Unit != "year" && knowledge.ScaleValue(q.Scale) > 1 && fig.Raw < 1e4 {
		got = fig.Raw * knowledge.ScaleValue(q.Scale) // "trade was 470 in 2024" means 470 million
	}
	if fig.Per != "" && fig.Per != q.Per && frame.RatePerYear(q.Per) > 0 {
		got *= frame.RatePerYear(fig.Per) / frame.RatePerYear(q.Per) // 2 Mt a month is 24 Mt a year
	}
	return got
}

// agrees compares a claimed figure with a sourced one, allowing for the claim's rounding,
// its approximation words and its bounds ("more than 500 million").
func agrees(fig frame.Figure, q *knowledge.Quantity) bool {
	if fig.Unit == "times" && q.Unit == "percent" {
		fig = timesAsRise(fig)
	}
	want := valueOf(q)
	got := fig.Value
	if fig.Negative && want > 0 {
		return false // "-470 million" is not a turnover of 470 million
	}
	if fig.Bound != 0 && fig.Bound == boundSign(q) {
		fig.Bound = 0 // "more than 531 million" agrees with a source saying "more than 531"
	}
	if fig.Bound != 0 && boundSign(q) != 0 {
		return false // "under 53%" says nothing a source's "at least 35%" could confirm
	}
	if (fig.Narrow || fig.Approx) && fig.Bound == 0 && boundSign(q) > 0 && q.Bound == "at-least" {
		return false // "almost 35%" may be below what a source's "at least 35%" puts above
	}
	if fig.Almost && fig.Bound == 0 && boundSign(q) > 0 {
		return false // "almost 6.1 Mt" is below what a source's "more than 6.1 Mt" puts above
	}
	got = inSourceTerms(fig, q)
	if fig.Bound != 0 && preciseMisquote(fig, got, want) {
		return false // "more than 356,860 TEU" misquotes the source's 365,860: no round bound
	}
	switch fig.Bound {
	case 1:
		// "more than 60%" is no way to state 150%: a bound says where the figure lies, so one
		// more than twice the bound is another figure
		return want > got && (!fig.Narrow || want <= got*(1+narrowMargin)) && want <= boundReach(fig)*got
	case -1:
		return want < got && (!fig.Narrow || want >= got*(1-narrowMargin))
	}
	if fig.Unit == "year" || q.Unit == "year" {
		return want == got // a year is right or wrong, never "about"
	}
	if q.Approx && !fig.Approx && significantDigits(fig.Raw) >= 4 {
		// "77,295 TEU" states every digit: a source's "about 76,000" does not
		return math.Abs(want-got) <= roundingOf(fig.Raw, fig.Decimals)*got/nonZero(fig.Raw)
	}
	if fig.Approx || q.Approx {
		// "about" rounds to the place the figure is written to, but by 5% at most: "about
		// 1.5 million" for 1.485, not "about 500 million" for 470 nor "about 70,000" for 77,000
		tol := math.Max(math.Abs(want)*roundTolerance, roundingOf(fig.Raw, fig.Decimals)*fig.Scale)
		if fig.Approx && !fig.Almost && !q.Approx && significantDigits(fig.Raw) >= 2 {
			// "about 376 million" states its units: the source's 375.3 rounds to 375; "about
			// 4.2 million" its tenths, and 4.119 rounds to 4.1. "Almost 3.5" is what falls
			// short of 3.5 (3.4), within the tolerance below.
			tol = roundingOf(fig.Raw, fig.Decimals) * got / nonZero(fig.Raw)
		}
		return math.Abs(want-got) <= math.Min(tol, math.Abs(want)*approxTolerance)
	}
	// Figures agree within the rounding of the coarser of the two — "107 000" or "0,47 млрд"
	// may round the source's 107,054 or 470 million, but "107 540" states its tens and is
	// another figure — and never beyond relativeTolerance unless the claim rounds coarsely.
	rounding := math.Max(roundingOf(fig.Raw, fig.Decimals)*got/nonZero(fig.Raw), roundingOf(q.Value, -1)*want/nonZero(q.Value))
	tol := math.Max(math.Abs(want)*floatNoise, math.Min(math.Abs(want)*relativeTolerance, rounding))
	// "3,5 млн" is rounded to 0.1 million: anything within half of that rounds to it — but a
	// figure rounded that coarsely ("1 billion" for 700 million) is not the same figure.
	if fig.Scale > 1 {
		tol = math.Max(tol, math.Min(roundingOf(fig.Raw, fig.Decimals)*fig.Scale, math.Abs(want)*roundTolerance))
	}
	return math.Abs(want-got) <= tol
}

// roundingOf is half the place of the last digit a number is written to: 5 for "107 540",
// 500 for "107 000", 0.05 for "3,5". decimals < 0 reads them from the value itself.
func roundingOf(v float64, decimals int) float64 {
	if decimals < 0 {
		s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
		decimals = 0
		if dot := strings.IndexByte(s, '.'); dot >= 0 {
			decimals = len(s) - dot - 1
		}
	}
	if decimals > 0 {
		return 0.5 * math.Pow(10, -float64(decimals))
	}
	place := 1.0
	for n := math.Abs(v); n >= 10 && math.Mod(n, 10) == 0; n /= 10 {
		place *= 10
	}
	return 0.5 * place
}

func nonZero(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// wholePeriod: a claim about a year (no months named) is about the whole year, so a figure of
// some of its months does not confirm or refute it — unless the claim says "more than",
// which part of the year already shows ("trade in 2025 exceeded $500 million": $547 million
// in January–August).
func wholePeriod(fig frame.Figure, c frame.Claim, q *knowledge.Quantity) bool {
	// "More than" a flow is shown by part of the year; a rate of change is not.
	return c.Months[0] != 0 || !knowledge.PartOfYear(q.Period) || fig.Bound > 0 && !changeMeasure(q.Measure)
}

// partialOfClaimedYear: the claim names a year but no months, and the figure is of some
// months of it.
func partialOfClaimedYear(c frame.Claim, q *knowledge.Quantity) bool {
	return c.Months[0] == 0 && len(c.Years) > 0 && knowledge.PartOfYear(q.Period)
}

// factMonth is the month of a fact's date, or 0.
func factMonth(f *knowledge.Fact) int {
	if len(f.Date) < 7 {
		return 0
	}
	m, _ := strconv.Atoi(f.Date[5:7])
	return m
}

// levels counts the figures of a clause that are no change or year: "25.2 thousand TEU, 20%
// more than in 2021" gives one level beside a change.
func levels(figs []frame.Figure) int {
	n := 0
	for _, f := range figs {
		if f.Unit != "percent" && f.Unit != "times" && f.Unit != "year" {
			n++
		}
	}
	return n
}

// timesAsRise writes a multiple as the rise in percent it makes: "tripled" is a rise of 200%,
// so a source's +176% (2.76 times) does not show "more than tripled". A multiple said in words
// is round, so it is compared as "about".
func timesAsRise(fig frame.Figure) frame.Figure {
	fig.Value = (fig.Value - 1) * 100
	fig.Raw, fig.Scale, fig.Decimals, fig.Unit = fig.Value, 1, 0, "percent"
	fig.Approx = fig.Approx || fig.Bound == 0
	return fig
}

// boundReach is how far past a "more than" a figure may lie and still be the one it bounds: a
// percentage twice over is another ("more than 60%" is no 150%), any other figure five times
// over ("more than 531 million barrels" is no 3.99 billion).
func boundReach(fig frame.Figure) float64 {
	if fig.Unit == "percent" {
		return 2
	}
	return 5
}

// preciseMisquote reports a bound written to four significant digits or more, within a tenth
// of the figure it is compared with and not equal to it: a bound people set is round ("more
// than 19,000"); a precise one quotes a source's figure, here wrongly.
func preciseMisquote(fig frame.Figure, got, want float64) bool {
	if significantDigits(fig.Raw) < 4 || want == 0 {
		return false
	}
	off := math.Abs(want-got) / math.Abs(want)
	return off > floatNoise && off <= 0.1
}

// significantDigits counts the digits of v from its first to its last non-zero one.
func significantDigits(v float64) int {
	s := strings.Trim(strings.ReplaceAll(strconv.FormatFloat(math.Abs(v), 'f', -1, 64), ".", ""), "0")
	return len(s)
}
