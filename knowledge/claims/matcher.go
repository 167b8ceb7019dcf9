package claims

// This file judges a clause against one fact at a time: which quantities can be compared
// with each figure, and what ruled the others out.

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// compare decides a clause against its candidate facts, best first: a plan's figure stated as
// achieved is contradicted; otherwise the first candidate with a quantity the figures can be
// compared with decides — unless it contradicts them and an equally likely candidate confirms
// them — and a plan confirmed only as a plan.
func (e *Checker) compare(cands []candidate, figures []frame.Figure, info frame.Claim, related func() []candidate) (r ClaimResult) {
	m := matcher{ix: e.ix, cands: cands, figures: figures, info: info, statedAsPlan: e.statedAsPlan(info), related: related, through: e.through, parts: e.parts,
		class: e.class, countries: e.countries, nameOrdinals: e.nameOrdinals}
	defer func() { m.alsoShow(&r) }()
	achieved := info.Achieved && !info.Planned
	if achieved {
		if r, ok := m.planStatedAsDone(); ok {
			if done, ok := e.resultConfirming(cands, figures, info); ok {
				return done // the plan came true: "after the upgrade BTK's capacity reached 5 Mt"
			}
			return r
		}
		if r, ok := m.doneBeforeSchedule(m.cands); ok {
			return r
		}
		if r, ok := m.doneBeforeSchedule(related()); ok {
			return r
		}
	}
	best := float32(0)
	for _, c := range cands {
		best = max(best, c.score)
	}
	for ci, c := range cands {
		f := c.fact
		if f.Kind == "plan" && achieved && mentionsSameFigure(f, figures, info) {
			// "The plant already produces 2 Mt": the plan's own figure, stated as done.
			return ClaimResult{Verdict: Contradicted, Fact: f, Plan: true, Quantity: firstQuantity(f), Schedule: schedule(f, cands)}
		}
		if slot := e.otherOrdinal(f, info); slot != "" {
			if slot == "ordinal" && m.datesOnly() && info.Day != 0 && m.agreesOnDay(f) {
				// "the Council's first meeting was held on 21 October 2025": that day's meeting
				// was its second
				q := &knowledge.Quantity{Value: m.figures[0].Value, Unit: "year", Measure: eventDate}
				m.rule(f, q, "counted otherwise that day")
				return ClaimResult{Verdict: Contradicted, Fact: f, Quantity: q, ByName: true}
			}
			m.rule(f, firstQuantity(f), slot)
			continue
		}
		verdict, q := m.judge(f)
		if verdict == Unverifiable {
			continue
		}
		if verdict == Supported && ci > 0 && m.datesOnly() && (undated(cands[0].fact) && shareBucket(c) < shareBucket(cands[0]) ||
			m.datesOtherYear(cands[0].fact) && c.score < tiedScore*best) {
			// "has had a single co-ordination body since 2022": the fact that explains the
			// claim best (no single body exists) dates nothing; another that agrees on the
			// year alone speaks of something else. So when the best dates its event to
			// another year ("the Coordination Center began work in 2022": 2024) and the one
			// agreeing matches the words clearly less well.
			m.rule(f, q, "another subject")
			continue
		}
		if verdict == Contradicted && !m.ruledOrder(f) && f.ID != info.About {
			// Retrieval cannot always tell "Azerbaijan's investment in Kazakhstan" from the
			// reverse, nor one source from another that disagrees with it: when an equally
			// likely fact confirms the figure, the claim is not called wrong. A change told
			// the other way round ("cut from 150 to 100" of a rise from 100 to 150) is wrong
			// whatever fact gives one of its levels.
			if alt := e.checkAgainst(cands[ci+1:], c, q, figures, info, best); alt.Verdict == Supported || alt.Disputed {
				return alt
			}
			if alt, ok := m.sharingFigures(f, q, cands); ok {
				return alt
			}
		}
		if verdict == Supported && !m.figureExact(q) {
			// "4.5 Mt in 2024": one source's 4.48 Mt rounds to it, another gives 4.5 Mt (and
			// the 62% rise the claim goes on to) — the exact one decides
			if r, ok := m.exactLater(cands[ci+1:]); ok {
				return r
			}
		}
		if verdict == Supported && knowledge.IsPlanned(q) && !m.statedAsPlan {
			// A plan that another source reports as done ("5 million t a year after the
			// modernization") confirms the claim through that result.
			if r, ok := e.resultConfirming(cands, figures, info); ok {
				return r
			}
			if r, ok := e.resultConfirming(e.resultsOf(q), figures, info); ok {
				return r
			}
			// A plan, forecast or target is confirmed only by a claim that says it is one
			// ("could reach", "by 2028", "designed for"): "capacity reached 10 Mt in 2025"
			// restates a target as done, and so does the present tense — "the Port of Baku's
			// capacity is 25 Mt" is a ✅ on a figure that is not yet true. A planned thing's
			// size or price is its own, though: "the cable is about 380 km" quotes the plan.
			if m.statesResult() || !e.design[q.Measure] {
				if !m.statesResult() && m.info.PresentFuture {
					// "тереңдету бес айлаққа орын ашады": opens, or will open — the plan, or
					// the plan stated as done; the claim may mean either
					m.rule(f, q, "a plan's figure in a tense of present and future")
					return ClaimResult{Verdict: Unverifiable, Fact: f}
				}
				if e.forecastOfPast(q) && !m.quotesSpeakerOf(f) {
					// "Baku handled 8 Mt in 2025" of an expectation for 2025: the year is over
					// and no source gives its result — it may have come true
					m.rule(f, q, "a forecast for a past year, whose result no source gives")
					return ClaimResult{Verdict: Unverifiable, Fact: f}
				}
				return ClaimResult{Verdict: Contradicted, Fact: f, Quantity: q, Plan: true, Schedule: schedule(f, cands)}
			}
		}
		r := ClaimResult{Verdict: verdict, Fact: f, Quantity: q}
		if verdict == Contradicted {
			r.Also = m.otherSources(f, q, cands[ci+1:])
		}
		return r
	}
	if r, ok := m.totalAsYear(); ok {
		return r
	}
	return ClaimResult{Verdict: Unverifiable, Fact: m.nearest}
}

// totalAsYear: "3.4 Mt of Kazakh oil in 2025 alone" quotes the total of 2023 to October 2025
// as one year's figure, "3.4 Mt every year" as a rate — the very figure, of the same thing,
// over a longer period.
func (m *matcher) totalAsYear() (ClaimResult, bool) {
	c := m.info
	// "3.4 Mt every year since 2023" quotes the total since 2023 as a rate, too
	rate := c.Slots.PerYear && (len(c.Years) == 0 || c.Since && len(c.Years) == 1)
	oneYear := len(c.Years) == 1 && !c.Since
	if !oneYear && !rate || c.Deadline || c.YearRange || m.statedAsPlan {
		return ClaimResult{}, false
	}
	for _, cand := range m.cands {
		for _, q := range factQuantities(cand.fact) {
			from, to := knowledge.PeriodYears(q.Period)
			if !q.Cumulative || from >= to || len(c.Years) == 1 && (c.Years[0] < from || c.Years[0] > to) {
				continue
			}
			for _, fig := range m.figures {
				// "3.4 Mt every year": the rate is what the claim gets wrong, so it rules nothing out
				if slot := slotConflict(c.Slots, fig, q); unitsCompatible(fig, q) && (slot == "" || slot == SlotRate) && agrees(fig, q) {
					m.rule(cand.fact, q, "a total over years, as one year's")
					r := ClaimResult{Verdict: Contradicted, Fact: cand.fact, Quantity: q, OtherPeriod: true}
					if f := latestResult(q, append(m.cands[:len(m.cands):len(m.cands)], m.related()...)); f != nil && f != cand.fact {
						r.Also = []*knowledge.Fact{f} // and what one year was, as the base has it
					}
					return r, true
				}
			}
		}
	}
	return ClaimResult{}, false
}

// latestResult is the fact among the candidates with the newest result of what plan quantity
// q plans (its measure, subject and unit), or nil.
func latestResult(q *knowledge.Quantity, cands []candidate) *knowledge.Fact {
	var best *knowledge.Fact
	bestYear, bestWhole := 0, false
	for _, c := range cands {
		for i := range c.fact.Quantities {
			r := &c.fact.Quantities[i]
			if knowledge.IsPlanned(r) || r.Measure != q.Measure || r.Subject != q.Subject || r.Unit != q.Unit || r.Cumulative || r.Part != q.Part {
				continue
			}
			// the newest year, and of it the whole year's figure rather than some months'
			_, to := knowledge.PeriodYears(r.Period)
			whole := !strings.Contains(r.Period, "-")
			if to > 0 && (to > bestYear || to == bestYear && whole && !bestWhole) {
				best, bestYear, bestWhole = c.fact, to, whole
			}
		}
	}
	return best
}

// namedSubjectResult is the fact among the candidates with a result of what plan quantity q
// plans (its measure and unit) for a subject the claim names, or nil.
func namedSubjectResult(q *knowledge.Quantity, cands []candidate, named map[string]bool) *knowledge.Fact {
	for _, c := range cands {
		for i := range c.fact.Quantities {
			r := &c.fact.Quantities[i]
			if !knowledge.IsPlanned(r) && r.Measure == q.Measure && r.Unit == q.Unit && r.Subject != q.Subject && named[r.Subject] && !r.Cumulative {
				return c.fact
			}
		}
	}
	return nil
}

// matcher compares the figures of one clause with the quantities of its candidates, keeping
// the ruling on every quantity it looks at.
type matcher struct {
	ix      *index.Index
	cands   []candidate
	figures []frame.Figure
	info    frame.Claim
	rulings []Ruling
	nearest *knowledge.Fact // the first candidate with a quantity in a unit of the claim
	// statedAsPlan: the claim speaks of a plan or the future. A plan's figure cannot refute a
	// result: "Kuryk handled 3 Mt in 2025" is not wrong because a terminal plans 4 Mt.
	statedAsPlan bool
	// related ranks the facts near the clause whether or not they cover it: the other
	// figures of one subject ("…, $700 million, launch in 2029") are often other facts'.
	related   func() []candidate
	class     map[string]string   // see Checker
	countries map[string]bool     // see Checker
	through   map[string][]string // see Checker
	parts     map[string][]string // see Checker
	// confirming are the related facts that confirmed such figures, shown with the verdict.
	confirming []*knowledge.Fact
	// nameOrdinals are the ordinals in each entity's names ("First Azerbaijan International
	// Investment Forum"), by entity id: the "1st" of such a name is no slot of the claim.
	nameOrdinals map[string]text.OrdinalSet
}

// namedOrdinals are the ordinals the names of a fact's entities carry.
func (m *matcher) namedOrdinals(f *knowledge.Fact) text.OrdinalSet {
	var set text.OrdinalSet
	for _, id := range f.Entities {
		set |= m.nameOrdinals[id]
	}
	return set
}

// oneOfSeveralPayers reports a clause that names one organisation where the fact's text names
// it among others, none of them only the fact's publisher: a sum of the fact is theirs
// together. The text, not the fact's entities: the HBI plant's $700 million names none of the
// plant's partners as who pays it.
func (m *matcher) oneOfSeveralPayers(f *knowledge.Fact) bool {
	var named string
	for c := range m.info.Slots.Concepts {
		if m.class[c] == "organisation" {
			if named != "" {
				return false
			}
			named = c
		}
	}
	if named == "" {
		return false
	}
	inText := map[string]bool{}
	for _, u := range m.ix.Analyze(m.ix.NewScratch(), f.Text.In(knowledge.EN)) {
		if u.Concept && u.Term >= 0 {
			inText[strings.TrimPrefix(m.ix.Term(u.Term), "@")] = true
		}
	}
	if !inText[named] {
		return false
	}
	for id := range inText {
		if id != named && m.class[id] == "organisation" && !m.publishes(f, id) {
			return true
		}
	}
	return false
}

// countsOthers reports a fact naming a country the clause does not, when the clause names
// one: "only Kazakhstan" against a figure of Kazakhstan, Azerbaijan and Georgia.
func (m *matcher) countsOthers(f *knowledge.Fact) bool {
	if m.namesClass("organisation") {
		// "the EBRD alone committed €10 billion": the source's figure is the EIB's, the EBRD's
		// and others' together
		for _, id := range f.Entities {
			if m.class[id] == "organisation" && !m.info.Slots.Concepts[id] {
				return true
			}
		}
	}
	named := 0
	for c := range m.info.Slots.Concepts {
		if m.countries[c] {
			named++
		}
	}
	if named != 1 {
		return false
	}
	for _, id := range f.Entities {
		if m.countries[id] && !m.info.Slots.Concepts[id] {
			return true
		}
	}
	return false
}

// namesClass reports a clause naming an entity of the class.
func (m *matcher) namesClass(class string) bool {
	for c := range m.info.Slots.Concepts {
		if m.class[c] == class {
			return true
		}
	}
	return false
}

// unstated is a concept the clause names that a fact must say to confirm it (a budget), and
// fact f does not, or "".
func (m *matcher) unstated(f *knowledge.Fact) string {
	for c := range m.info.Slots.Concepts {
		if !m.ix.MustState(c) {
			continue
		}
		id, ok := m.ix.Lookup("@" + c)
		doc, found := m.ix.DocOf(f.ID)
		if !ok || !found || !m.ix.HasPosting(id, doc) {
			return c
		}
	}
	return ""
}

// statesResult: the claim says what happened — "handled", or a past year — rather than
// restating a plan ("the plant will cost $1 billion" is a claim about the plan).
func (m *matcher) statesResult() bool {
	return !m.statedAsPlan && (m.info.Achieved || len(m.info.Years) > 0)
}

func (m *matcher) rule(f *knowledge.Fact, q *knowledge.Quantity, outcome string) {
	m.rulings = append(m.rulings, Ruling{f, q, outcome})
}

// partOfOtherGood reports a quantity of a part named by a good ("grain-terminal") where the
// clause names another good (oil), whether or not it names the part's too: 800,000 t of
// grain are no figure of oil. "Cargo" names no good of its own ("dry-cargo" berths).
func (m *matcher) partOfOtherGood(q *knowledge.Quantity) bool {
	goods := m.info.Slots.Goods
	for _, w := range strings.Split(q.Part, "-") {
		if w == "cargo" || !goods[w] && m.ix.Flow("@"+w) != knowledge.FlowGood {
			continue // no good: the part's other words
		}
		for g := range goods {
			if g != "cargo" && g != w {
				return true
			}
		}
	}
	return false
}

// investedInUnstated is a thing the clause says money went into (a port, a railway, a
// terminal) that the fact does not name, or "".
func (m *matcher) investedInUnstated(f *knowledge.Fact) string {
	doc, ok := m.ix.DocOf(f.ID)
	if !ok {
		return ""
	}
	for c := range m.info.Slots.Concepts {
		if !investedIn[c] {
			continue
		}
		if id, known := m.ix.Lookup("@" + c); known && !m.ix.HasPosting(id, doc) {
			return c
		}
	}
	return ""
}

// investedIn are the things money is said to go into that a sum of investment must name to
// be theirs.
var investedIn = map[string]bool{"port": true, "railway": true, "terminal": true, "pipeline": true, "energy": true, "logistics": true, "oil": true}

// quotesSpeakerOf reports a claim that names a person the fact names ("…, Energy Minister
// Akkenjenov said"): it says what they said, and they said what might be, not what was.
func (m *matcher) quotesSpeakerOf(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool { return m.class[id] == "person" && m.info.Slots.Concepts[id] })
}

// forecastOfPast reports a forecast (not a plan or a target of building something) for a
// period that ended before the newest year of the base, and of which no result of the same
// period is sourced (TITR's 5.2 Mt expected for 2025 has its result, 4.119 Mt).
func (e *Checker) forecastOfPast(q *knowledge.Quantity) bool {
	_, to := knowledge.PeriodYears(q.Period)
	if q.Status != "forecast" || to == 0 || to >= e.latestYear {
		return false
	}
	for _, f := range e.results[measuredBy(q)] {
		for i := range f.Quantities {
			if r := &f.Quantities[i]; r.Status == "result" && r.Period == q.Period && measuredBy(r) == measuredBy(q) {
				return false
			}
		}
	}
	return true
}

// planStatedAsDone: "Kazakhstan already pumps 7 Mt a year" — the figure is a plan's, stated
// as achieved.
func (m *matcher) planStatedAsDone() (ClaimResult, bool) {
	for _, c := range m.cands {
		if c.fact.Kind != "plan" {
			continue
		}
		for _, fig := range m.figures {
			for _, q := range factQuantities(c.fact) {
				if unitsCompatible(fig, q) && slotConflict(m.info.Slots, fig, q) == "" && periodCompatible(m.info, q, c.fact) && agrees(fig, q) {
					m.rule(c.fact, q, "agrees")
					return ClaimResult{Verdict: Contradicted, Fact: c.fact, Quantity: q, Plan: true, Schedule: schedule(c.fact, m.cands)}, true
				}
			}
		}
	}
	return ClaimResult{}, false
}

// datesOnly reports a clause whose only figures are years: what it dates is all it states.
func (m *matcher) datesOnly() bool {
	for _, fig := range m.figures {
		if fig.Unit != "year" || fig.Span {
			return false
		}
	}
	return len(m.figures) > 0
}

// undated reports a fact that dates nothing: no date, no year among its figures.
func undated(f *knowledge.Fact) bool { return f.Date == "" && !hasYear(f) }

// shareBucket is how much of the clause a candidate explains, in quarters: the order
// claimCandidates sorts by.
func shareBucket(c candidate) float64 { return math.Round(c.cover.Share * 4) }

// alsoShow completes a decided clause: the rulings for -explain, and the facts shown beside
// the deciding one — the sources that confirm it too, what a plan stated as done has
// achieved, the total a yearly figure was taken from.
func (m *matcher) alsoShow(r *ClaimResult) {
	r.Considered = m.rulings
	if r.Verdict == Supported {
		r.Also = appendNew(r.Also, r.Fact, m.confirming)
		if o := m.datingDay(r.Fact); o != nil {
			// "opened on 30 October 2017": the fact that gives the day shows it too
			r.Also = appendNew(r.Also, r.Fact, []*knowledge.Fact{o})
		}
	}
	if r.Verdict == Contradicted && len(m.info.Years) == 0 && m.info.Slots.PerYear {
		// "3.4 Mt every year": beside the yearly figure, the total over years it quotes
		if t, ok := m.totalAsYear(); ok {
			r.Also = appendNew(r.Also, r.Fact, append([]*knowledge.Fact{t.Fact}, t.Also...))
		}
	}
	if r.Plan && r.Quantity != nil {
		// "The port already handles 25 Mt a year": beside the target, what it handles.
		f := latestResult(r.Quantity, m.cands)
		if f == nil {
			f = namedSubjectResult(r.Quantity, m.cands, m.info.Slots.Concepts) // "Kuryk already handles 32 Mt": Kuryk's own
		}
		if f != nil && f != r.Fact && f != r.Schedule {
			r.Also = appendNew(r.Also, r.Fact, []*knowledge.Fact{f})
		}
	}
}

// doubts takes back a verdict of supported that something else the clause says undoes: a
// figure no fact confirms, a name or day the source does not give, a year unconfirmed; or
// turns it to contradicted when the clause misdates the event.
func (m *matcher) doubts(f *knowledge.Fact, verdict Verdict, q *knowledge.Quantity, unmatched []frame.Figure) (Verdict, *knowledge.Quantity) {
	// A figure the fact cannot speak to must be confirmed by another candidate (the
	// plant's launch year beside its capacity), or the claim is not shown: "…and will
	// create 1,500 jobs" adds what no source says.
	for _, fig := range unmatched {
		if fig.Span && q != nil && spansYears(q, fig.Value) {
			continue // "over the last six years, 2020–2025": the period of the figure itself
		}
		if verdict == Supported && !m.confirmedElsewhere(f, fig) {
			m.rule(f, nil, "figure "+knowledge.FormatNumber(fig.Value)+" unconfirmed")
			verdict = Unverifiable
		}
	}
	if verdict == Supported && q != nil && q.Status == "estimate" && m.completion() && !m.info.Planned && !m.info.Hedged {
		// "the cable was built for $51 million": the source estimates what it will cost, a
		// figure of a thing not yet done, not what it cost
		m.rule(f, q, "an estimate stated as done")
		verdict = Unverifiable
	}
	if verdict == Supported && m.info.Only && m.countsOthers(f) {
		// "only Kazakhstan's own freight base": the source's 90 Mt is three countries'
		m.rule(f, nil, "counts others beside the one singled out")
		verdict = Unverifiable
	}
	if verdict == Supported && q != nil && knowledge.IsMoney(q.Unit) && m.oneOfSeveralPayers(f) {
		// "the EIB will allocate €10 billion": the source's sum is the EIB's, the EBRD's and
		// others' commitments together
		m.rule(f, q, "one of several organisations' sum")
		verdict = Unverifiable
	}
	if c := m.unstated(f); verdict == Supported && c != "" {
		// "€10 billion from the EU's own budget": the source says whose money it is not
		m.rule(f, nil, "names "+c+", which it does not say")
		verdict = Unverifiable
	}
	if verdict == Supported && m.misdated(f) {
		// "released on December 27, 2023" where the source dates it 26 November 2023
		m.rule(f, nil, "dated to another month")
		y, _ := strconv.Atoi(f.Date[:4])
		verdict, q = Contradicted, &knowledge.Quantity{Value: float64(y), Unit: "year", Measure: eventDate}
	}
	if verdict == Supported && m.info.Ordinals&^m.namedOrdinals(f) != 0 && m.info.Months[0] == m.info.Months[1] && m.ix.FactOrdinals(f) == 0 { // not "the first 9 months"
		// "held the first meeting of the council" is not shown by the agreement to set it
		// up: the ordinal is a slot the fact does not state
		m.rule(f, nil, "ordinal unstated")
		verdict = Unverifiable
	}
	if verdict == Supported && m.dayUnstated(f) {
		// "on 20 March 2024 BTK's capacity reached 5 Mt": the source says it did, but
		// not on that day (another of its facts dates the works 20 May).
		m.rule(f, nil, "day unstated")
		verdict = Unverifiable
	}
	if d := m.deadlineOtherwise(f, q); verdict == Supported && d != nil {
		// "the 380 km cable is to be finished by the end of 2025": the length is right, and
		// the source's schedule says 2026
		m.rule(f, d, "scheduled for another year")
		verdict, q = Contradicted, d
	}
	if verdict == Supported && m.resultAsAim(f, q) {
		// "Kazakhstan aims to cut delivery time to 13–17 days by 2029": the source says it
		// has been cut already, and sets no aim for 2029
		m.rule(f, q, "a result stated as an aim")
		verdict = Unverifiable
	}
	if y := m.otherYear(f, q); verdict == Supported && y != 0 {
		// "Trade kept rising in 2024, surpassing the $529.4 million of 2023": the one
		// figure is 2023's; what the clause says of 2024 no figure shows.
		m.rule(f, nil, "year "+strconv.Itoa(y)+" unconfirmed")
		verdict = Unverifiable
	}
	return verdict, q
}

// deadlineOtherwise is the year a fact schedules something for when a clause confirmed by a
// size of no period (a length, a depth) dates its plan to another year, or nil: a size does
// not change with the year, but the schedule beside it is the fact's too.
func (m *matcher) deadlineOtherwise(f *knowledge.Fact, q *knowledge.Quantity) *knowledge.Quantity {
	c := m.info
	if q == nil || !physicalSize[q.Unit] || q.Period != "" || len(c.Years) != 1 || !c.Deadline && !c.Planned {
		return nil
	}
	var other *knowledge.Quantity
	for _, fq := range factQuantities(f) {
		if fq.Unit != "year" || !knowledge.IsPlanned(fq) {
			continue
		}
		if int(fq.Value) == c.Years[0] {
			return nil
		}
		other = fq
	}
	return other
}

// judge compares every figure of the clause with the quantities of fact f it can be compared
// with: one figure that differs makes the claim wrong; all that agree make it supported.
func (m *matcher) judge(f *knowledge.Fact) (verdict Verdict, q *knowledge.Quantity) {
	verdict = Unverifiable
	var before *knowledge.Quantity // what the first of "from X to Y" agreed with
	var unmatched []frame.Figure
	defer func() { verdict, q = m.doubts(f, verdict, q, unmatched) }()
	compatibles, agreements := m.compareEach(f)
	for i, fig := range m.figures {
		from := before
		before = nil
		compatible, agreed := compatibles[i], agreements[i]
		if len(compatible) == 0 {
			unmatched = append(unmatched, fig)
			continue
		}
		if compatible[0].Measure == eventDate && m.info.Started && !m.ix.StatesStart(f) {
			// "Transit began in 2022" is not confirmed, nor refuted, by another event of 2022
			// (an upgrade made so that it could begin).
			m.rule(f, compatible[0], "event")
			continue
		}
		if compatible[0].Measure == eventDate && m.datesPreparation(f) {
			// "construction of the cable began in 2024" of a feasibility study begun then
			m.rule(f, compatible[0], "event")
			continue
		}
		if compatible[0].Measure == eventDate && m.otherEvent(f) {
			// "the port was put into service on 3 November 2010" of its groundbreaking that
			// day: both are starts, of building and of work
			m.rule(f, compatible[0], "event")
			continue
		}
		if compatible[0].Measure == eventDate && (m.info.Achieved || m.completion()) && !m.info.Started && m.ix.StatesStart(f) {
			// "the cable is already laid and working since 2025" is not confirmed by the
			// survey that began in 2025, nor "the port was completed in 2010" by its
			// groundbreaking: a start is no completion.
			m.rule(f, compatible[0], "event")
			continue
		}
		if fig.Before && i+1 < len(m.figures) {
			before = agreed
		}
		if from != nil && agreed != nil && !comesBefore(f, from, agreed) {
			// "rises from 53% to 60%" against a source's fall from 60% to 53%
			m.rule(f, agreed, "order")
			verdict, q = Contradicted, agreed
			continue
		}
		switch {
		case agreed == nil && compatible[0].Measure == eventDate && !m.info.Once && !m.completion() && !m.otherMonth(f, fig, compatible[0]) &&
			!m.sinceStart(f) && !m.sameDay(f):
			// An event's date confirms a claim of that year, but events recur (visits,
			// meetings): another year is not a contradiction, only not known — unless the
			// claim speaks of something that happens once (a start, the second meeting).
			// Known it is not, though: another figure agreeing does not confirm this one
			// ("talks in April 2023 … his visit in August 2021").
			unmatched = append(unmatched, fig)
			continue
		case agreed == nil:
			// Every figure must agree: one wrong number makes the claim wrong.
			verdict, q = Contradicted, compatible[0]
		case agreed.Measure == eventDate && m.otherDay(f) && m.datedElsewhere(f):
			m.rule(f, agreed, "dated a day apart from another source")
			continue
		case agreed.Measure == eventDate && m.otherDay(f):
			// the year and month agree, the day does not: the same event misdated
			verdict, q = Contradicted, agreed
		case verdict != Contradicted:
			verdict, q = Supported, agreed
		}
	}
	if end := m.rangeEndOnly(f, agreements); verdict == Supported && end != nil {
		// "goods now cross in 13 days": the source says 13–17 days, and one end of a range
		// is not what it says
		m.rule(f, end, "one end of a range")
		verdict = Unverifiable
	}
	if later := m.againstChange(f, agreements); verdict == Supported && later != nil {
		// "continued to grow, reaching 4.119 Mt after 4.484 Mt": both levels are right, and
		// they fell
		m.rule(f, later, "order")
		verdict, q = Contradicted, later
	}
	return verdict, q
}

// ruledOrder reports a fact ruled out for giving the clause's levels in the other order.
func (m *matcher) ruledOrder(f *knowledge.Fact) bool {
	return slices.ContainsFunc(m.rulings, func(r Ruling) bool { return r.Fact == f && r.Outcome == "order" })
}

// rangeEndOnly returns the quantity a figure of the clause agrees with when that quantity is
// one end of a range the fact gives ("13–17 days", "1–1.5 Mt") and the clause states that end
// alone — without the other end, and not as the range's bound ("up to 8 ferries").
func (m *matcher) rangeEndOnly(f *knowledge.Fact, agreements []*knowledge.Quantity) *knowledge.Quantity {
	for i, q := range agreements {
		if q == nil || q.Unit == "year" {
			continue
		}
		mate := rangeMate(f, q)
		if mate == nil || m.statesToo(i, mate) {
			continue
		}
		fig := m.figures[i]
		if fig.Bound < 0 && valueOf(q) > valueOf(mate) || fig.Bound > 0 && valueOf(q) < valueOf(mate) {
			continue // "up to 8" of 5–8, "at least 5" of 5–8
		}
		return q
	}
	return nil
}

// statesToo reports another figure of the clause than the i-th that agrees with q.
func (m *matcher) statesToo(i int, q *knowledge.Quantity) bool {
	for k, g := range m.figures {
		if k != i && unitsCompatible(g, q) && agrees(g, q) {
			return true
		}
	}
	return false
}

// rangeMate is the other end of a range q is an end of: a quantity of f measuring the same
// thing in the same period with another value, or nil.
func rangeMate(f *knowledge.Fact, q *knowledge.Quantity) *knowledge.Quantity {
	for i := range f.Quantities {
		o := &f.Quantities[i]
		if o != q && o.Value != q.Value && o.Unit == q.Unit && o.Scale == q.Scale && o.Measure == q.Measure && o.Period == q.Period &&
			o.Part == q.Part && o.Subject == q.Subject && o.Status == q.Status && o.Per == q.Per && o.From == q.From && o.To == q.To &&
			o.Cumulative == q.Cumulative && o.Series == q.Series && !knowledge.IsChange(o.Measure) {
			return o
		}
	}
	return nil
}

// againstChange returns the later of two levels the clause gives for two years when they
// move against the change it states (a rise that fell, a fall that rose), or nil. A clause
// that gives one level and names the other year ("kept growing, above 2024's level, at
// 4.119 Mt") is held to the fact's level of that year.
func (m *matcher) againstChange(f *knowledge.Fact, agreements []*knowledge.Quantity) *knowledge.Quantity {
	var first, last *knowledge.Quantity
	for i, q := range agreements {
		if q == nil || knowledge.IsChange(q.Measure) || m.figures[i].Unit == "year" || m.figures[i].Unit == "percent" || len(q.Period) != len("2006") {
			continue
		}
		if first == nil || q.Period < first.Period {
			first = q
		}
		if last == nil || q.Period > last.Period {
			last = q
		}
	}
	if first != nil && first == last && len(m.info.Years) == 2 {
		if other := sameMeasureOfYear(f, first, m.info.Years); other != nil && other.Period < first.Period {
			first = other
		} else if other != nil {
			last = other
		}
	}
	if first == nil || first.Period == last.Period {
		return nil
	}
	change := valueOf(last) - valueOf(first)
	if m.info.Slots.Change > 0 && change < 0 || m.info.Slots.Change < 0 && change > 0 {
		return last
	}
	return nil
}

// otherOrdinal names the slot that rules f out when the claim counts something f does not:
// the second meeting's date is not the first's, the hub's completion is not its second phase's.
func (e *Checker) otherOrdinal(f *knowledge.Fact, info frame.Claim) string {
	named := e.ix.FactOrdinals(f)
	switch {
	case info.Ordinals != 0 && named != 0 && named&info.Ordinals == 0:
		return "ordinal"
	case len(info.Slots.Phases) > 0 && named&info.Ordinals == 0 && !statesPhases(f, info.Slots.Phases):
		return SlotPhase
	}
	return ""
}

// statesPhases reports a fact with a quantity of the phases named.
func statesPhases(f *knowledge.Fact, phases []int) bool {
	for _, q := range f.Quantities {
		if isPhase(q.Part) && samePhases(phases, q.Part) {
			return true
		}
	}
	return false
}

// compareEach finds for every figure the quantities of f it can be compared with and the one
// it agrees with. A quantity another figure agrees with is not one this figure can differ
// from: in "1,768 km long, 443 km of it in Azerbaijan" the 443 is no length of the whole.
func (m *matcher) compareEach(f *knowledge.Fact) (compatibles [][]*knowledge.Quantity, agreements []*knowledge.Quantity) {
	compatibles = make([][]*knowledge.Quantity, len(m.figures))
	agreements = make([]*knowledge.Quantity, len(m.figures))
	for i, fig := range m.figures {
		compatible := m.compatible(f, fig)
		if handledOnly(m.info) {
			compatible = m.ceilings(f, fig, compatible)
		}
		if whole := m.info.PartOf; whole != 0 {
			// The whole the clause before named is no figure its part could differ from.
			compatible = slices.DeleteFunc(compatible, func(q *knowledge.Quantity) bool {
				return math.Abs(valueOf(q)-whole) <= relativeTolerance*whole
			})
		}
		compatibles[i] = compatible
		for _, cq := range compatible {
			if agrees(fig, cq) && !opposes(m.info.Slots, cq) && sameMonth(m.info, f, cq) && m.yearsMonth(i, fig, cq) && !(fig.Before && laterOfTwo(cq, compatible)) &&
				!slices.Contains(agreements[:i], cq) { // "double the freight and halve the time": one 2× each
				agreements[i] = cq
				break
			}
		}
	}
	// Only a figure with its unit written claims a quantity for itself: "6,5 milyon sərnişin"
	// is no 6.5 million tonnes.
	var used []*knowledge.Quantity
	for i, q := range agreements {
		if q != nil && m.figures[i].Unit != "" {
			used = append(used, q)
		}
	}
	for i, compatible := range compatibles {
		if agreements[i] == nil && len(compatible) > 0 && compatible[0].Measure != eventDate {
			compatibles[i] = slices.DeleteFunc(compatible, func(q *knowledge.Quantity) bool {
				return slices.Contains(used, q)
			})
		}
	}
	return compatibles, agreements
}

// agreesWithAny: some figure of the claim agrees with a quantity of f it can be compared with.
func (m *matcher) agreesWithAny(f *knowledge.Fact) bool {
	for _, fig := range m.figures {
		for _, q := range factQuantities(f) {
			if unitsCompatible(fig, q) && slotConflict(m.info.Slots, fig, q) == "" && periodCompatible(m.info, q, f) && agrees(fig, q) {
				return true
			}
		}
	}
	return false
}

// handledOnly: the clause says what was handled ("handled", "ауыстырып тиеді"), not what
// can be, nor a plan.
func handledOnly(c frame.Claim) bool {
	return c.Slots.Handled && !c.Planned && !c.Deadline && !c.Slots.Measures["@capacity"]
}

// wholeOrPart tells, in a clause that gives a figure and then, after "of which" ("из них",
// "onlardan"), a figure of a part, whether fig is the whole's: known is false in any other
// clause. A part that is a good has its own rule (Slots.WholeAndPart).
func (m *matcher) wholeOrPart(f *knowledge.Fact, fig frame.Figure) (whole, known bool) {
	if m.info.Slots.WholeAndPart || len(m.figures) != 2 || m.figures[0].AfterIncluding || !m.figures[1].AfterIncluding ||
		m.figures[1].Unit != "" && m.figures[0].Unit != m.figures[1].Unit { // "19 thousand TEU, of which 13.5 thousand"
		return false, false
	}
	// the fact must tell the whole from its part the same way: a quantity of the unit with a
	// part and one without ("90 Mt of freight, 70 Mt of it exports" are two measures)
	withPart, without := false, false
	for _, q := range f.Quantities {
		if q.Unit == m.figures[0].Unit {
			withPart, without = withPart || q.Part != "" && q.Part != knowledge.FormerPart, without || q.Part == ""
		}
	}
	return !fig.AfterIncluding, withPart && without
}

// figureExact reports a quantity that gives one of the clause's figures (not a year) as
// written, not by rounding.
func (m *matcher) figureExact(q *knowledge.Quantity) bool {
	if q == nil || q.Unit == "year" {
		return true
	}
	for _, fig := range m.figures {
		if fig.Unit != "year" && math.Abs(fig.Value-valueOf(q)) <= 1e-9*math.Max(1, math.Abs(fig.Value)) {
			return true
		}
	}
	return false
}

// exactLater is the verdict of the first later candidate confirming the clause with a figure
// as written, unless it is a plan the clause states as done.
func (m *matcher) exactLater(cands []candidate) (ClaimResult, bool) {
	for _, c := range cands {
		verdict, q := m.judge(c.fact)
		if verdict == Supported && q != nil && q.Unit != "year" && m.figureExact(q) && !knowledge.IsPlanned(q) {
			return ClaimResult{Verdict: Supported, Fact: c.fact, Quantity: q}, true
		}
	}
	return ClaimResult{}, false
}

// ceilings keeps of a fact's capacities, against a claim of what was handled, only those the
// figure exceeds: "Aktau handled 12 Mt" is not confirmed by its capacity of 12 Mt, but "BTK
// carried 17 Mt a year" is refuted by a capacity of 1 Mt.
func (m *matcher) ceilings(f *knowledge.Fact, fig frame.Figure, qs []*knowledge.Quantity) []*knowledge.Quantity {
	out := qs[:0:0]
	for _, q := range qs {
		partOnly := q.Part != "" && !m.info.Slots.Concepts[q.Part] // the oil berths' 7.5 Mt is no ceiling of all cargo
		if q.Measure == "capacity" && (partOnly || fig.Bound < 0 || fig.Value <= valueOf(q)*(1+1e-9)) {
			m.rule(f, q, "capacity")
			continue
		}
		if q.Measure == "capacity" && q.Subject != "" && !m.info.Slots.Concepts[q.Subject] {
			// "Georgian Railways carried 15 Mt": BTK's capacity bounds only what BTK carried
			m.rule(f, q, SlotSubject)
			continue
		}
		out = append(out, q)
	}
	return out
}

// compatible lists the quantities of f a figure can be compared with — the same unit, no slot
// in conflict, the period of the claim — and rules on each quantity it looks at.
func (m *matcher) compatible(f *knowledge.Fact, fig frame.Figure) []*knowledge.Quantity {
	var out []*knowledge.Quantity
	for _, fq := range factQuantities(f) {
		if !unitsCompatible(fig, fq) || fig.Unit == "year" && fig.Span != (fq.Value < firstYear) {
			m.rule(f, fq, "unit") // a span of years is no date, nor a date a span
			continue
		}
		if m.nearest == nil {
			m.nearest = f
		}
		if m.info.Slots.WholeAndPart && fq.Flow == knowledge.FlowGood && fig.AfterIncluding == (fq.Measure == "cargo") {
			// "2.3 Mt of cargo, of which 1.8 Mt oil": the first figure is all cargo, the next the good's
			m.rule(f, fq, SlotMeasure)
			continue
		}
		if fig.Exact && (fq.Approx || fq.Bound != "") {
			m.rule(f, fq, SlotBound) // "exactly 170 agreements": the source says about 170
			continue
		}
		if len(m.figures) == 1 && fq.Measure == "berth" && fq.Part != "" && len(m.info.Slots.Goods) > 0 && !m.info.Slots.Goods[fq.Part] && !m.info.Slots.Goods["cargo"] {
			// "Aktau has 3 grain berths": the source's 3 are its dry-cargo berths, berths of one
			// kind (a clause of several counts is left to the rest: "3 oil and 3 dry-cargo")
			m.rule(f, fq, SlotPhase)
			continue
		}
		if fq.Measure == "investment" && m.investedInUnstated(f) != "" {
			// "Azerbaijan invested $225 million in Kazakhstan's ports": the source's 225 million
			// went into Kazakhstan's economy, no sector named
			m.rule(f, fq, SlotSubject)
			continue
		}
		if len(m.figures) == 1 && m.partOfOtherGood(fq) {
			// "Kuryk's grain terminal will handle 1 Mt of oil a year": the terminal's tonnes are
			// grain (one figure only: a clause of several names its goods for different ones)
			m.rule(f, fq, SlotMeasure)
			continue
		}
		if fig.Part != "" && fq.Part != "" && fig.Part != fq.Part {
			// "60% in value": the fact's 60% is the volume's
			m.rule(f, fq, SlotPhase)
			continue
		}
		if changeOfOtherMeasure(f, fq, m.info.Slots) {
			// "Kazakhstan's exports grew 40%": the fact's 40% is the growth of trade.
			m.rule(f, fq, SlotMeasure)
			continue
		}
		if m.ofOtherSubject(f, fq) {
			// "Dredging at Aktau deepened the channel to 7-8 m": the depth is Kuryk's.
			m.rule(f, fq, SlotSubject)
			continue
		}
		if fq.Than == "" && fq.Unit == "times" && m.info.ComparedWith {
			// "three times longer than the sea route": the source's tripling of freight by 2030
			// compares nothing with the sea route
			m.rule(f, fq, "compared with")
			continue
		}
		if fq.Than != "" && !m.info.Slots.Concepts[fq.Than] {
			// "three times longer than by sea": the source's three times is against the
			// Northern route; a comparison with something else is not its figure.
			m.rule(f, fq, "compared with")
			continue
		}
		if m.handledWhole(fq) {
			// "Aktau handled 4.8 Mt": what a port handled, goods unnamed, is all its cargo —
			// not its grain's 162 thousand t, nor the oil exported through it (a pipeline's is
			// its oil).
			m.rule(f, fq, SlotMeasure)
			continue
		}
		if fq.Part != "" && m.ix.Knows("@"+fq.Part) && !m.info.Slots.Concepts[fq.Part] && !(statesChangeFrom(m.figures) && fq.Part == knowledge.FormerPart) {
			// "Aktau can handle 7.5 Mt of cargo": 7.5 Mt is its oil, a part the claim does not name.
			m.rule(f, fq, SlotPhase)
			continue
		}
		if fq.Cumulative && fq.Bound == "" && m.info.Since && fig.Bound > 0 && fig.Value >= valueOf(fq) {
			// "more than 5,244 tankers since 2006": a total only grows, and 5,244 was its
			// figure up to 2022 — it cannot refute more since.
			m.rule(f, fq, SlotBound)
			continue
		}
		if whole, known := m.wholeOrPart(f, fig); known {
			if whole != (fq.Part == "") {
				// "over 19 thousand TEU, of which over 13.5 thousand on the TITR": the figure
				// before "of which" is the whole's, the one after it the part's
				m.rule(f, fq, SlotPhase)
				continue
			}
		} else if fq.Part == "" && namesPart(f, m.info.Slots, fq) {
			// "Aktau handles up to 12 Mt of oil": the port's 12 Mt of all cargo is not its oil,
			// which the same fact gives apart (7.5 Mt).
			m.rule(f, fq, SlotPhase)
			continue
		}
		if slot := slotConflict(m.info.Slots, fig, fq); slot != "" {
			m.rule(f, fq, slot)
			continue
		}
		if m.partOfNamedMeasure(f, fq) {
			// "the freight base could grow by 70 Mt": the fact's freight base grows by 90 Mt,
			// of which 70 Mt are Kazakhstan's exports.
			m.rule(f, fq, SlotMeasure)
			continue
		}
		if knowledge.IsPlanned(fq) && m.statesResult() && !agrees(fig, fq) {
			m.rule(f, fq, "plan")
			continue
		}
		if partialOfClaimedYear(m.info, fq) && (!agrees(fig, fq) || changeMeasure(fq.Measure)) {
			// January–August's $547 million shows a year's trade exceeded $500 million, but
			// cannot show it did not exceed $1 billion.
			m.rule(f, fq, "period")
			continue
		}
		// The level before a dated change has no period of its own: "rose from 1 to 5 million
		// t in 2024" is compared with the fact's 1 million as it stood.
		before := fig.Before && fq.Period == ""
		if fig.Unit == "year" && fq.Unit == "year" && otherMonthOfYear(m.info, fq) {
			m.rule(f, fq, "period") // "commissioned in December 2017": not the start of March 2017
			continue
		}
		if !m.ofPairedYear(fig, fq) {
			m.rule(f, fq, "period") // "from 60% in 2021 to 40% in 2030": the 40% is 2030's
			continue
		}
		if fig.Unit == "year" && fq.Unit == "year" || before || periodCompatible(m.info, fq, f) && wholePeriod(fig, m.info, fq) {
			out = append(out, fq)
			outcome := "differs"
			if agrees(fig, fq) {
				outcome = "agrees"
			}
			m.rule(f, fq, outcome)
		} else {
			m.rule(f, fq, "period")
		}
	}
	return out
}

// sameMeasureOfYear is the quantity of f that measures what q does in the other of two
// years, or nil.
func sameMeasureOfYear(f *knowledge.Fact, q *knowledge.Quantity, years []int) *knowledge.Quantity {
	for _, y := range years {
		period := strconv.Itoa(y)
		if period == q.Period {
			continue
		}
		for _, o := range factQuantities(f) {
			if o.Period == period && o.Measure == q.Measure && o.Unit == q.Unit && o.Part == q.Part && o.Subject == q.Subject && knowledge.IsPlanned(o) == knowledge.IsPlanned(q) {
				return o
			}
		}
	}
	return nil
}

// ofPairedYear reports a quantity of the year a clause of two years and two figures in one
// unit gives the figure — "from X in Y1 to Z in Y2", "Z in Y2, up from X in Y1": each in the
// order written — or of a year the clause does not pair.
func (m *matcher) ofPairedYear(fig frame.Figure, q *knowledge.Quantity) bool {
	y := m.pairedYear(fig)
	return y == 0 || len(q.Period) != len("2006") || q.Period == strconv.Itoa(y)
}

// pairedYear is the year of fig in a clause of two years and two figures in its unit, or 0.
func (m *matcher) pairedYear(fig frame.Figure) int {
	c := m.info
	if len(c.Years) != 2 || c.YearRange || c.Since || c.BaseYear != 0 || fig.Unit == "year" {
		return 0
	}
	var same []frame.Figure
	for _, g := range m.figures {
		if g.Unit == fig.Unit {
			same = append(same, g)
		}
	}
	if len(same) != 2 || same[0].Value == same[1].Value {
		return 0
	}
	if same[1].At() < same[0].At() {
		same[0], same[1] = same[1], same[0] // the years pair with the figures as written
	}
	switch fig.Value {
	case same[0].Value:
		return c.Years[0]
	case same[1].Value:
		return c.Years[1]
	}
	return 0
}

// partOfNamedMeasure reports a flow of another measure than the claim names (exports) in a
// fact that gives a figure of the very measure named (cargo): the part, not the whole.
func (m *matcher) partOfNamedMeasure(f *knowledge.Fact, q *knowledge.Quantity) bool {
	sl := m.info.Slots
	named := func(measure string) bool { return sl.Measures["@"+measure] || sl.Goods[measure] }
	if !directional[q.Measure] || named(q.Measure) {
		return false
	}
	for i := range f.Quantities {
		o := &f.Quantities[i]
		if o != q && named(o.Measure) && o.Unit == q.Unit && !directional[o.Measure] && !knowledge.IsChange(o.Measure) {
			return true
		}
	}
	return false
}

// statesChangeFrom reports figures of which one is the level before a change ("from 28–32").
func statesChangeFrom(figs []frame.Figure) bool {
	for _, f := range figs {
		if f.From {
			return true
		}
	}
	return false
}

// directional are the measures of a flow one way, parts of a whole (cargo, trade) in both.
var directional = map[string]bool{"export": true, "import": true, "transit": true}

// otherMonthOfYear reports a year the fact dates to a month ("2017-03") that the claim dates to
// another one.
func otherMonthOfYear(c frame.Claim, q *knowledge.Quantity) bool {
	if c.Months[0] == 0 || c.Months[0] != c.Months[1] || len(q.Period) != len("2017-03") {
		return false
	}
	m, err := strconv.Atoi(q.Period[5:])
	return err == nil && m != c.Months[0]
}

// changeOfOtherMeasure reports a change (growth, decline) of a fact whose figures measure
// something else than every measure the claim names: a change beside a trade figure is the
// trade's.
func changeOfOtherMeasure(f *knowledge.Fact, q *knowledge.Quantity, sl frame.Slots) bool {
	if (q.Unit == "times" || q.Unit == "percent") && q.Flow != "" && !knowledge.IsChange(q.Measure) && q.Measure != "share" {
		// A multiple of a measure ("fertilizer exports to double") is no multiple of another the
		// claim names ("freight to double").
		return namesOtherMeasure(sl, q.Measure)
	}
	if !knowledge.IsChange(q.Measure) {
		return false
	}
	if flowNamedNotGiven(f, q, sl) {
		return true // "Kazakh export cargo grew 2.7 times": the 2.7 times is all cargo's, not the exports'
	}
	named := false
	for m := range sl.Measures {
		if m != "@growth" && m != "@decline" {
			named = true
		}
	}
	named = named || len(sl.Goods) > 0 // "the total cargo grew 63%": not the oil's 63%
	if !named {
		return false
	}
	of := false
	for i := range f.Quantities {
		o := &f.Quantities[i]
		if o.Measure == "" || knowledge.IsChange(o.Measure) {
			continue
		}
		if sl.Measures["@"+o.Measure] || sl.Concepts[o.Measure] || sameFlow(sl, o) ||
			o.Measure == "container" && sl.Concepts["teu"] {
			return false
		}
		of = true
	}
	return of
}

// changeMeasure: a rate of change or a share, which part of a year does not bound.
func changeMeasure(m string) bool { return knowledge.IsChange(m) || m == "share" }

// namesPart reports a clause naming a part (oil, containers) that a quantity of f measures
// apart from the whole, fq: not when fq measures that part itself (3 Mt of oil beside the
// growth of its oil part).
func namesPart(f *knowledge.Fact, sl frame.Slots, fq *knowledge.Quantity) bool {
	for _, q := range f.Quantities {
		if q.Part != "" && sl.Concepts[q.Part] && q.Part != string(fq.Measure) {
			return true
		}
	}
	return false
}

// eventDate marks the year figure taken from an event's date rather than stated as a figure.
const eventDate = "event date"

// factQuantities lists a fact's figures; an event's date counts as a year figure.
func factQuantities(f *knowledge.Fact) []*knowledge.Quantity {
	out := make([]*knowledge.Quantity, 0, len(f.Quantities)+1)
	hasYear := false
	for i := range f.Quantities {
		out = append(out, &f.Quantities[i])
		hasYear = hasYear || f.Quantities[i].Unit == "year"
	}
	if !hasYear && len(f.Date) >= 4 {
		if y, err := strconv.Atoi(f.Date[:4]); err == nil {
			out = append(out, &knowledge.Quantity{Value: float64(y), Unit: "year", Measure: eventDate})
		}
	}
	return out
}

func firstQuantity(f *knowledge.Fact) *knowledge.Quantity {
	if len(f.Quantities) == 0 {
		return nil
	}
	return &f.Quantities[0]
}

// laterOfTwo reports a dated quantity beside an undated one of the same measure among the
// compatible ones: the level before a dated change ("down from 5 Mt") is the fact's undated
// figure (1 Mt before the 2024 upgrade), and agreeing with the dated one (5 Mt after) is no
// agreement.
func laterOfTwo(q *knowledge.Quantity, compatible []*knowledge.Quantity) bool {
	if q.Period == "" {
		return false
	}
	for _, o := range compatible {
		if o != q && o.Measure == q.Measure && o.Unit == q.Unit && o.Period == "" {
			return true
		}
	}
	return false
}

// namesOtherMeasure reports a clause naming measures or goods, none of them measure.
func namesOtherMeasure(sl frame.Slots, measure string) bool {
	if sl.Measures["@"+measure] || sl.Concepts[measure] || sl.Goods[measure] {
		return false
	}
	for m := range sl.Measures {
		if m != "@growth" && m != "@decline" {
			return true
		}
	}
	return len(sl.Goods) > 0
}

// flowNamedNotGiven reports a clause naming a flow one way (an export, an import) where the
// fact gives no figure of it, nor its growth as a part: a change it states is of something else.
func flowNamedNotGiven(f *knowledge.Fact, q *knowledge.Quantity, sl frame.Slots) bool {
	if !sl.Measures["@export"] && !sl.Measures["@import"] || q.Part != "" || q.From != "" || q.To != "" {
		return false
	}
	for i := range f.Quantities {
		if o := &f.Quantities[i]; directional[o.Measure] || o.From != "" || o.To != "" {
			return false
		}
	}
	return true
}

// spansYears reports a quantity whose period runs over n whole years (2020–2025: six).
func spansYears(q *knowledge.Quantity, n float64) bool {
	from, to := knowledge.PeriodYears(q.Period)
	return from != 0 && to > from && float64(to-from+1) == n && !strings.Contains(q.Period, "-")
}

// resultAsAim reports a clause stating as a plan for a year what its deciding quantity gives
// as a result of no period, in a fact that names no such year.
func (m *matcher) resultAsAim(f *knowledge.Fact, q *knowledge.Quantity) bool {
	c := m.info
	if q == nil || !c.Planned || len(c.Years) != 1 || q.Period != "" || knowledge.IsPlanned(q) || f.Kind == "plan" || q.Unit == "year" {
		return false
	}
	for _, o := range f.Quantities {
		if from, to := knowledge.PeriodYears(o.Period); o.Unit == "year" && int(o.Value) == c.Years[0] || from != 0 && c.Years[0] >= from && c.Years[0] <= to {
			return false
		}
	}
	return !strings.Contains(f.Text.In(knowledge.EN), strconv.Itoa(c.Years[0]))
}
