// Dates: whether a claim's day, month or year is the fact's event's, or another event's of
// the same day, and whether a start is stated as a completion.

package claims

import (
	"fmt"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"slices"
	"strconv"
	"strings"
)

// sinceStart: "oil has flowed through BTC since 2021" dates a start, so the fact of that start
// ("transit began in March 2023") refutes another year.
func (m *matcher) sinceStart(f *knowledge.Fact) bool {
	if !m.info.Since || len(m.info.Figures) > 0 {
		return false
	}
	return m.ix.StatesStart(f)
}

// otherMonth: the claim dates the event to the fact's year but another month — the same
// event misdated, not another one of its kind.
func (m *matcher) otherMonth(f *knowledge.Fact, fig frame.Figure, q *knowledge.Quantity) bool {
	return agrees(fig, q) && !sameMonth(m.info, f, q)
}

// otherDay: the clause dates the event to the fact's month but another day ("signed on 15
// May 2024" of a memorandum signed on 1 May).
func (m *matcher) otherDay(f *knowledge.Fact) bool {
	if m.info.Day == 0 || len(f.Date) != len("2006-01-02") || m.info.Months[0] == 0 {
		return false
	}
	return strings.HasPrefix(f.Date[4:], fmt.Sprintf("-%02d-", m.info.Months[0])) && !m.sameDay(f)
}

// completion reports a claim that dates when something was finished or opened (glossary
// measures of completion): that happens once, so a source that dates it otherwise refutes it.
func (m *matcher) completion() bool {
	if m.info.Started {
		return false
	}
	for measure := range completions {
		if m.info.Slots.Measures["@"+measure] || m.info.Slots.Concepts[measure] {
			return true
		}
	}
	return false
}

// yearsMonth reports a year of the claim whose month, if the claim gives one, is the month a
// year-quantity is dated to: "between November 2021 and March 2023" is not the study of
// November 2021 to June 2023. The first year figure takes the first month, the last the last.
func (m *matcher) yearsMonth(i int, fig frame.Figure, q *knowledge.Quantity) bool {
	if fig.Unit != "year" || q.Unit != "year" || len(q.Period) < len("2006-01") || m.info.Months[0] == 0 {
		return true
	}
	first, last := -1, -1
	for k, g := range m.figures {
		if g.Unit == "year" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	month := 0
	switch {
	case first == last && m.info.MonthsApart && m.info.YearMonth != 0:
		month = m.info.YearMonth // "began in March 2016, before commissioning in December": March's
	case first == last:
		if m.info.Months[0] < m.info.Months[1] {
			return true // a span of months with one year: no single month to compare
		}
		// One month, or two running backwards ("in October 2016, and the next year in
		// March"): no span runs backwards, so the first month is the year's.
		month = m.info.Months[0]
	case i == first:
		month = m.info.Months[0]
	case i == last:
		month = m.info.Months[1]
	default:
		return true
	}
	want, _ := strconv.Atoi(q.Period[5:7])
	return month == want
}

// misdated reports a claim that dates the fact's event to another month of the same year
// ("signed in October 2022" where the source dates it November 2022): the year agrees, the
// date does not.
func (m *matcher) misdated(f *knowledge.Fact) bool {
	c := m.info
	// A month carried over from the clause before ("opened on 13 July 2006; it is 1,768 km
	// long") dates that clause's event, not this one's figure.
	if c.YearsBefore || c.Months[0] == 0 || c.Months[0] != c.Months[1] || len(f.Date) < len("2006-01") || c.Day != 0 && len(f.Date) < len("2006-01-02") {
		return false
	}
	y, _ := strconv.Atoi(f.Date[:4])
	month, _ := strconv.Atoi(f.Date[5:7])
	return slices.Contains(c.Years, y) && month != c.Months[0]
}

// dayUnstated reports a claim that dates its figure to a day and month that neither the fact
// nor a candidate about the same things gives — as an event's date or the day it was
// reported: a day is a slot of its own, and one no source states cannot be confirmed.
func (m *matcher) dayUnstated(f *knowledge.Fact) bool {
	want := m.claimedDay()
	return want != "" && !datesDay(f, want) && m.datingDay(f) == nil
}

// claimedDay is the claim's day as a date's suffix ("-05-20"), or "" when it names none.
func (m *matcher) claimedDay() string {
	if m.info.Day == 0 || m.info.Months[0] != m.info.Months[1] {
		return ""
	}
	return fmt.Sprintf("-%02d-%02d", m.info.Months[0], m.info.Day)
}

// datingDay is the candidate about the same things as f that gives the claim's day when f
// does not, or nil.
func (m *matcher) datingDay(f *knowledge.Fact) *knowledge.Fact {
	want := m.claimedDay()
	if f == nil || want == "" || datesDay(f, want) {
		return nil
	}
	for _, o := range m.cands {
		if o.fact != f && sharesEntities(o.fact, f) && datesDay(o.fact, want) {
			return o.fact
		}
	}
	return nil
}

// dayElsewhere judges a claim whose day f does not state: a candidate about the same things that
// dates its event to another day of the claim's year refutes it; none leaves it unshown.
func (m *matcher) dayElsewhere(f *knowledge.Fact) ClaimResult {
	for _, o := range m.cands {
		d := o.fact.Date
		if len(d) == len("2006-01-02") && sharesEntities(o.fact, f) && slices.Contains(m.info.Years, atoiPrefix(d, 4)) {
			q := &knowledge.Quantity{Value: float64(atoiPrefix(d, 4)), Unit: "year", Measure: eventDate}
			return ClaimResult{Verdict: Contradicted, Fact: o.fact, Quantity: q}
		}
	}
	return ClaimResult{Verdict: Unverifiable, Fact: f}
}

// datesDay reports a fact dated, reported or measured on the day suffix ("-05-20").
func datesDay(f *knowledge.Fact, suffix string) bool {
	days := []string{f.Date}
	if len(f.Date) != len("2006-01-02") {
		days = append(days, f.AsOf) // a fact dating its event to the day has its day, not its report's
	}
	for _, d := range days {
		if len(d) == len("2006-01-02") && strings.HasSuffix(d, suffix) {
			return true
		}
	}
	for _, q := range factQuantities(f) {
		if len(q.Period) == len("2006-01-02") && strings.HasSuffix(q.Period, suffix) {
			return true
		}
	}
	return false
}

// datedElsewhere: sources may date one event a day apart (a report dated the 26th, released
// the 27th). A candidate of the claim's very day and year, about the same things, decides
// instead of the one that dates it otherwise.
func (m *matcher) datedElsewhere(f *knowledge.Fact) bool {
	for _, c := range m.cands {
		if c.fact != f && m.sameDay(c.fact) && c.fact.Date[:4] == f.Date[:4] && sharesEntities(c.fact, f) {
			return true
		}
	}
	return false
}

// sharesEntities reports two facts that name a glossary entity in common.
func sharesEntities(a, b *knowledge.Fact) bool {
	return slices.ContainsFunc(a.Entities, func(e string) bool { return slices.Contains(b.Entities, e) })
}

// sameDay reports a fact dated on the day and month the clause names ("signed on 13
// November"): the same event, so another year is a wrong year, not another event.
func (m *matcher) sameDay(f *knowledge.Fact) bool {
	want := fmt.Sprintf("-%02d-%02d", m.info.Months[0], m.info.Day)
	return m.info.Day != 0 && len(f.Date) == len("2006-01-02") && strings.HasSuffix(f.Date, want)
}

// startEvents are the glossary events that start something — building (the groundbreaking)
// or work (the launch): a date of one is not a date of the other.
var startEvents = [2]string{"groundbreaking", "launch"}

// otherEvent reports a clause naming a start the fact does not tell, where the fact tells
// the other start: "the port was put into service on 3 November 2010" is not its
// groundbreaking that day.
func (m *matcher) otherEvent(f *knowledge.Fact) bool {
	doc, found := m.ix.DocOf(f.ID)
	if !found {
		return false
	}
	tells := func(id string) bool {
		t, ok := m.ix.Lookup("@" + id)
		return ok && m.ix.HasPosting(t, doc)
	}
	for i, ev := range startEvents {
		if other := startEvents[1-i]; m.info.Slots.Concepts[ev] && !tells(ev) && tells(other) {
			return true
		}
	}
	return false
}

// datesPreparation reports a fact about work done before the thing itself (a study) when
// the clause names no such work: the fact's date is the work's.
func (m *matcher) datesPreparation(f *knowledge.Fact) bool {
	for c := range m.info.Slots.Concepts {
		if m.ix.Prepares(c) {
			return false
		}
	}
	return slices.ContainsFunc(f.Entities, m.ix.Prepares)
}

// otherYear is the year of a clause with one figure and two years (not a range, a start or a
// comparison base) that neither the quantity confirming the figure covers nor the fact dates
// (a roadmap signed in 2022 for 10 Mt by 2025), or 0.
func (m *matcher) otherYear(f *knowledge.Fact, q *knowledge.Quantity) int {
	c := m.info
	if q == nil || len(m.figures) == 0 || len(m.figures) > 1 && c.Day == 0 || len(c.Years) != 2 || c.YearRange || c.Since || c.BaseYear != 0 || c.Years[0] == c.Years[1] {
		return 0
	}
	from, to := knowledge.PeriodYears(q.Period)
	for _, y := range c.Years {
		if from != 0 && (y < from || y > to) && !slices.Contains(knowledge.DatedYears(f), y) {
			return y
		}
	}
	return 0
}

// datesOtherYear reports a fact that dates something, never to a year of the clause.
func (m *matcher) datesOtherYear(f *knowledge.Fact) bool {
	years := knowledge.DatedYears(f)
	claimed := slices.Clone(m.info.Years)
	for _, fig := range m.figures {
		if fig.Unit == "year" {
			claimed = append(claimed, int(fig.Value)) // the years a date-only clause checks
		}
	}
	return len(years) > 0 && !slices.ContainsFunc(claimed, func(y int) bool { return slices.Contains(years, y) })
}

// agreesOnDay reports a fact dated to the very day the clause names.
func (m *matcher) agreesOnDay(f *knowledge.Fact) bool {
	c := m.info
	return len(m.figures) == 1 && c.Months[0] != 0 && c.Months[0] == c.Months[1] &&
		f.Date == dayDate(int(m.figures[0].Value), c.Months[0], c.Day)
}
