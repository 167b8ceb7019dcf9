package claims

// This file looks beyond the deciding fact: another source that confirms or refutes the
// claim too, the schedule of a plan, the related facts a clause's other figures belong to.

import (
	"math"
	"slices"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// confirmedElsewhere reports a candidate with a quantity that agrees with a figure the
// deciding fact cannot speak to, in its unit and its slots but the measure and the period
// (a growth only when it is the deciding fact's own, or of what the claim names):
// in "a $700 million plant of 2 Mt a year, launching in 2029" the clause's measure and year
// are the other figures'. A figure counted in what no fact measures ("1,500 jobs") never is.
func (m *matcher) confirmedElsewhere(deciding *knowledge.Fact, fig frame.Figure) bool {
	if fig.Unit == frame.OtherUnit {
		return false
	}
	for _, c := range m.related() {
		for _, q := range factQuantities(c.fact) {
			if knowledge.IsPlanned(q) && m.statesResult() || c.fact != deciding && changeOfOtherMeasure(c.fact, q, m.info.Slots) {
				continue // another fact's growth is of its own figure: the oil's 63% is not all cargo's
			}
			slot := slotConflict(m.info.Slots, fig, q)
			// Another fact's figure must be of the clause's period (the 54% of January–October
			// is no rise of the first half); a plan's cost has none but its schedule's.
			// The deciding fact's own figure of another period ("215 thousand TEU by 2025" for a
			// claim of 2030) is no confirmation either.
			period := c.fact == deciding && q.Period == "" || periodCompatible(m.info, q, c.fact) || q.Period == "" && knowledge.IsPlanned(q)
			// It must say the same thing of the same subject: the Northern route's 34% fall is
			// no 34% rise of the Middle Corridor.
			if unitsCompatible(fig, q) && (slot == "" || slot == SlotMeasure) && period && agrees(fig, q) &&
				!opposes(m.info.Slots, q) && (c.fact == deciding || !m.ofOtherPlace(c.fact, q)) {
				m.confirming = append(m.confirming, c.fact)
				m.rule(c.fact, q, "agrees")
				return true
			}
		}
	}
	return false
}

// otherSources lists the later candidates from other sources that give another figure for
// what q measures — the same measure, unit, part and period — and refute the claim too.
func (m *matcher) otherSources(f *knowledge.Fact, q *knowledge.Quantity, rest []candidate) []*knowledge.Fact {
	var out []*knowledge.Fact
	for _, c := range rest {
		if c.fact.Source == f.Source || len(out) == 2 {
			continue
		}
		for i := range c.fact.Quantities {
			o := &c.fact.Quantities[i]
			if o.Measure == q.Measure && sameUnit(o, q) && o.Period == q.Period && o.Part == q.Part &&
				knowledge.IsPlanned(o) == knowledge.IsPlanned(q) && valueOf(o) != valueOf(q) {
				if verdict, _ := m.judge(c.fact); verdict == Contradicted {
					out = append(out, c.fact)
				}
				break
			}
		}
	}
	return out
}

// sameUnit: two quantities in one unit, or money in a currency one source leaves unsaid
// ("azerbaijani investment reached 225 million", "…136 million dollars").
func sameUnit(a, b *knowledge.Quantity) bool {
	return a.Unit == b.Unit || (a.Unit == "" || b.Unit == "") && (knowledge.IsMoney(a.Unit) || knowledge.IsMoney(b.Unit))
}

// sharingFigures finds, when a plan's figure q of fact f refutes the claim without f sharing
// any of its figures, another candidate that shares one and refutes it too: "cut from 28–32
// days to 8–12" is about the fact that gives 28–32 days (and 13–17 now), not a 15-day target.
func (m *matcher) sharingFigures(f *knowledge.Fact, q *knowledge.Quantity, rest []candidate) (ClaimResult, bool) {
	if !knowledge.IsPlanned(q) || m.agreesWithAny(f) {
		return ClaimResult{}, false
	}
	for _, c := range rest {
		if c.fact == f {
			continue
		}
		if q := m.totalAsRate(c.fact); q != nil {
			// "Kazakhstan ships 3.4 Mt through BTC every year": 3.4 Mt is the total since 2023.
			return ClaimResult{Verdict: Contradicted, Fact: c.fact, Quantity: q}, true
		}
		if !m.agreesWithAny(c.fact) {
			continue
		}
		if verdict, q := m.judge(c.fact); verdict == Contradicted {
			return ClaimResult{Verdict: Contradicted, Fact: c.fact, Quantity: q}, true
		}
	}
	return ClaimResult{}, false
}

// totalAsRate finds a total of f that the claim gives as a yearly rate: the same figure,
// ruled out only because the claim says "a year".
func (m *matcher) totalAsRate(f *knowledge.Fact) *knowledge.Quantity {
	if !m.info.Slots.PerYear {
		return nil
	}
	for _, fig := range m.figures {
		for _, q := range factQuantities(f) {
			if q.Cumulative && unitsCompatible(fig, q) && agrees(fig, q) && slotConflict(m.info.Slots, fig, q) == SlotRate {
				return q
			}
		}
	}
	return nil
}

// tiedScore: candidates scoring at least this share of the best are equally likely subjects;
// so are facts of the same topic that explain at least sameSubjectShare of the claim (two
// sources giving their own figure for one thing).
const (
	tiedScore        = 0.9
	sameSubjectShare = 0.7
)

// checkAgainst looks for a candidate as likely as the deciding one (a close score, or the same
// share of the claim explained) whose figure agrees with the claim.
// One of another source's figures of the very thing that refuted the claim (refuting) is as
// likely too: where two sources disagree, a claim that quotes one is confirmed by it, and the
// other is shown beside it.
func (e *Checker) checkAgainst(rest []candidate, deciding candidate, refuting *knowledge.Quantity, figures []frame.Figure, info frame.Claim, best float32) ClaimResult {
	bucket := func(c candidate) float64 { return math.Round(c.cover.Share * 4) }
	for _, c := range rest {
		if refuting != nil && (refuting.Measure == eventDate || refuting.Unit == "year") && undated(c.fact) {
			continue // a date refuted is not confirmed by a fact that dates nothing
		}
		if refuting != nil && refuting.Measure == eventDate && c.score < tiedScore*best {
			// "the Coordination Center began work in 2022": the center's own fact says 2024;
			// another event of 2022 that matches the words less well is not the center's
			continue
		}
		if e.otherOrdinal(c.fact, info) != "" {
			continue // the port's target is not its first phase's capacity, however close its score
		}
		sameSubject := c.fact.Topic == deciding.fact.Topic && c.cover.Share >= sameSubjectShare
		// Only a claim of one figure: two figures also make an order ("down from 5 to 1"),
		// which confirmsAll does not check.
		otherSource := len(figures) == 1 && c.fact.Source != deciding.fact.Source && givesSameThing(c.fact, refuting)
		if c.score < tiedScore*best && bucket(c) < bucket(deciding) && !sameSubject && !otherSource {
			continue
		}
		if q := e.confirmsAll(c.fact, figures, info); q != nil {
			if knowledge.IsPlanned(q) && e.lacksNamed(c.fact, deciding.fact, info) {
				continue // "the agreement provides for 7 Mt": a plan under consideration is no agreement
			}
			if q.Period == "" && refuting.Period != "" && len(info.Years) > 0 && knowledge.IsPlanned(q) == knowledge.IsPlanned(refuting) {
				// "2.2 Mt could be exported in 2025": the figure given for 2025 (1.2 Mt) decides,
				// not the agreement's ceiling of no year.
				continue
			}
			r := ClaimResult{Verdict: Supported, Fact: c.fact, Quantity: q}
			if otherSource {
				r.Also = []*knowledge.Fact{deciding.fact}
				if q.Status != "result" && refuting.Status == "result" {
					// "3.2 Mt in 2022": one source's estimate, where another gives the result
					// (1.485 Mt); a claim stated as what happened is not confirmed by the estimate
					r.Verdict, r.Disputed = Unverifiable, true
				}
			}
			return r
		}
	}
	return ClaimResult{Verdict: Unverifiable}
}

// lacksNamed reports a fact that lacks a name of the claim the deciding fact gives.
func (e *Checker) lacksNamed(f, deciding *knowledge.Fact, info frame.Claim) bool {
	doc, ok1 := e.ix.DocOf(f.ID)
	dec, ok2 := e.ix.DocOf(deciding.ID)
	if !ok1 || !ok2 {
		return false
	}
	for c := range info.Slots.Concepts {
		if e.ix.IsMeasure("@" + c) {
			continue // what is measured is compared by the figures themselves
		}
		if id, ok := e.ix.Lookup("@" + c); ok && e.ix.HasName(id, dec) && !e.ix.HasName(id, doc) {
			return true
		}
	}
	return false
}

// givesSameThing reports a fact with a quantity of what q measures: the same measure,
// direction, subject, part and status, in the same unit or money in an unsaid currency.
func givesSameThing(f *knowledge.Fact, q *knowledge.Quantity) bool {
	if q == nil {
		return false
	}
	for i := range f.Quantities {
		o := &f.Quantities[i]
		if o.Measure == q.Measure && sameUnit(o, q) && o.From == q.From && o.To == q.To && o.Subject == q.Subject &&
			o.Part == q.Part && o.Cumulative == q.Cumulative && knowledge.IsPlanned(o) == knowledge.IsPlanned(q) {
			return true
		}
	}
	return false
}

// wholeBesideNamedPart reports a quantity of the whole (no part) beside one of the same
// measure in the same fact whose part is a good the claim names: Aktau's 12 Mt is all cargo
// where the same sentence gives its oil as 7.5 Mt.
func wholeBesideNamedPart(f *knowledge.Fact, q *knowledge.Quantity, goods map[string]bool) bool {
	return q.Part == "" && slices.ContainsFunc(f.Quantities, func(o knowledge.Quantity) bool { return o.Measure == q.Measure && goods[o.Part] })
}

// confirmsAll returns the quantity of f that confirms the claim when one figure agrees with f
// and no other figure the fact can be compared with differs: "from 100 thousand TEU down to
// 80 thousand" is not confirmed by a fact that agrees on the 100 thousand alone.
func (e *Checker) confirmsAll(f *knowledge.Fact, figures []frame.Figure, info frame.Claim) *knowledge.Quantity {
	var confirming, before *knowledge.Quantity
	var used []*knowledge.Quantity // one quantity confirms one figure: "double … and halve …" are two
	m := matcher{ix: e.ix, info: info, class: e.class, countries: e.countries, through: e.through, parts: e.parts, figures: figures}
	if m.misdated(f) {
		return nil // a second opinion dated to another month confirms nothing the claim dates
	}
	for i, fig := range figures {
		comparable, agreed := false, (*knowledge.Quantity)(nil)
		for _, q := range factQuantities(f) {
			// The confirming figure must be a result of the same kind: not a plan for a claim
			// of what happened, not the date of some other event.
			if q.Measure == eventDate || knowledge.IsPlanned(q) && !e.statedAsPlan(info) || q.Measure == "capacity" && handledOnly(info) || allCargoOf(e.ix, info.Slots, f, q) || m.ofOtherSubject(f, q) || q.Than != "" && !info.Slots.Concepts[q.Than] ||
				changeOfOtherMeasure(f, q, info.Slots) || q.Part != "" && e.ix.Knows("@"+q.Part) && !info.Slots.Concepts[q.Part] && !(statesChangeFrom(figures) && q.Part == knowledge.FormerPart) ||
				wholeBesideNamedPart(f, q, info.Slots.Goods) { // "12 Mt of oil": the fact's oil is 7.5 Mt of its 12
				continue // nor a part the claim does not name: 1,076 km in Türkiye is not BTC's length
			}
			if unitsCompatible(fig, q) && slotConflict(info.Slots, fig, q) == "" && periodCompatible(info, q, f) &&
				wholePeriod(fig, info, q) && m.ofPairedYear(fig, q) && !(fig.Exact && (q.Approx || q.Bound != "")) {
				comparable = true
				if agreed == nil && agrees(fig, q) && !opposes(info.Slots, q) && !slices.Contains(used, q) { // "fell 0.5%" is no rise of 0.5%
					agreed = q
				}
			}
		}
		if agreed == nil && !comparable && m.impliedMultiple(f, fig) {
			continue // "fivefold" of a rise from 1 to 5 million t the fact states
		}
		if agreed == nil && (comparable || fig.Unit != "year" || fig.Span) {
			// Every figure must be the fact's: against a refuting candidate, one that only
			// confirms 1.8 Mt says nothing of the 54% beside it. (A year may be its date.)
			return nil
		}
		if before != nil && agreed != nil && !comesBefore(f, before, agreed) {
			return nil // "rises from 53% to 60%" against a source's fall from 60% to 53%
		}
		if agreed != nil && m.rangeEndOnly(f, onlyAt(len(figures), i, agreed)) != nil {
			return nil // "40 thousand TEU" of a source's 35–40 thousand
		}
		before = nil
		if fig.Before && i+1 < len(figures) {
			before = agreed
		}
		if agreed != nil {
			used = append(used, agreed)
		}
		if confirming == nil {
			confirming = agreed
		}
	}
	return confirming
}

// impliedMultiple reports a multiple ("впятеро больше", "fivefold") that a fact's change of
// one thing implies, the later figure over the earlier: 1 → 5 million t is five times. Only a
// fact that gives that thing twice, as a change: a series of years says nothing of how one
// year compares with the one before it unless asked about those two.
func (m *matcher) impliedMultiple(f *knowledge.Fact, fig frame.Figure) bool {
	if fig.Unit != "times" || fig.Value <= 1 || m.info.Slots.Change < 0 {
		return false
	}
	for i := range f.Quantities {
		a := &f.Quantities[i]
		var pair []*knowledge.Quantity
		for j := range f.Quantities {
			b := &f.Quantities[j]
			if a.Measure == b.Measure && a.Subject == b.Subject && a.Unit == b.Unit && a.Per == b.Per {
				pair = append(pair, b)
			}
		}
		if len(pair) != 2 || knowledge.IsPlanned(pair[0]) != knowledge.IsPlanned(pair[1]) {
			continue
		}
		early, late := valueOf(pair[0]), valueOf(pair[1])
		if !comesBefore(f, pair[0], pair[1]) {
			early, late = late, early
		}
		if early > 0 && math.Abs(late/early-fig.Value) <= 0.02*fig.Value {
			return true
		}
	}
	return false
}

// comesBefore reports whether a is the earlier of two figures of f: by their periods when
// both have one, else by the order the fact states them in ("fall from 60% to 53%").
func comesBefore(f *knowledge.Fact, a, b *knowledge.Quantity) bool {
	ya, _ := knowledge.PeriodYears(a.Period)
	yb, _ := knowledge.PeriodYears(b.Period)
	if ya != 0 && yb != 0 && ya != yb {
		return ya < yb
	}
	ia, ib := -1, -1
	for i := range f.Quantities {
		switch &f.Quantities[i] {
		case a:
			ia = i
		case b:
			ib = i
		}
	}
	return ia < 0 || ib < 0 || ia <= ib
}

// schedule finds, for a plan restated as done, the fact that says when it is due
// ("launch planned for early 2029"): the plan itself if it has a year, else a candidate plan.
func schedule(plan *knowledge.Fact, cands []candidate) *knowledge.Fact {
	if hasYear(plan) {
		return nil
	}
	for _, c := range cands {
		if c.fact != plan && c.fact.Kind == "plan" && hasYear(c.fact) {
			return c.fact
		}
	}
	return nil
}

// appendNew appends the facts not yet in out nor the deciding one.
func appendNew(out []*knowledge.Fact, deciding *knowledge.Fact, facts []*knowledge.Fact) []*knowledge.Fact {
	for _, f := range facts {
		if f != deciding && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// mentionsSameFigure reports whether a claim quotes one of a plan's own figures: "the plant
// already produces 2 million tonnes" restates the plan as done.
func mentionsSameFigure(f *knowledge.Fact, figures []frame.Figure, info frame.Claim) bool {
	for _, fig := range figures {
		for _, q := range factQuantities(f) {
			if unitsCompatible(fig, q) && slotConflict(info.Slots, fig, q) == "" && periodCompatible(info, q, f) {
				return true
			}
		}
	}
	return false
}

// measuresElsewhere reports a claim whose amount fact f has no figure in: its year is then the
// amount's period ("Kuryk handled 3 Mt in 2025"), not f's date (a terminal due in 2025).
func measuresElsewhere(f *knowledge.Fact, figures []frame.Figure) bool {
	for _, fig := range figures {
		if fig.Unit == "year" || fig.Unit == frame.OtherUnit {
			continue
		}
		compared := false
		for _, q := range factQuantities(f) {
			compared = compared || unitsCompatible(fig, q)
		}
		if !compared {
			return true
		}
	}
	return false
}

// resultConfirming finds a candidate whose results confirm every figure of the clause.
func (e *Checker) resultConfirming(cands []candidate, figures []frame.Figure, info frame.Claim) (ClaimResult, bool) {
	dates := matcher{info: info, cands: cands}
	for _, c := range cands {
		if q := e.confirmsAll(c.fact, figures, info); q != nil && !knowledge.IsPlanned(q) {
			if dates.dayUnstated(c.fact) {
				// "on 20 March 2024 BTK's capacity reached 5 Mt": it did, but the works
				// were dated 20 May by a fact about the same things.
				return dates.dayElsewhere(c.fact), true
			}
			return ClaimResult{Verdict: Supported, Fact: c.fact, Quantity: q}, true
		}
	}
	return ClaimResult{}, false
}

// resultsOf are the facts with a result of what q plans, as candidates.
func (e *Checker) resultsOf(q *knowledge.Quantity) []candidate {
	facts := e.results[measuredBy(q)]
	out := make([]candidate, len(facts))
	for i, f := range facts {
		out[i] = candidate{fact: f}
	}
	return out
}

// onlyAt is a list of n quantities, all nil but the i-th.
func onlyAt(n, i int, q *knowledge.Quantity) []*knowledge.Quantity {
	out := make([]*knowledge.Quantity, n)
	out[i] = q
	return out
}

// hasYear reports a fact with a quantity counted in years (a schedule, a year of opening).
func hasYear(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Unit == "year" })
}
