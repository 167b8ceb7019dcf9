// Reranking: the index ranks facts by their words; these adjust the order to what the
// question asks (a figure, a date, a person, the year asked, the whole not a part).

package answer

import (
	"cmp"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"math"
	"slices"
)

// rerank adjusts the ranking to what the question asks: the direction of a flow, every name
// it gives, a figure for "how much", a date for "when".
func (e *Answerer) rerank(top []index.Scored, units []index.Unit, ask asked, years []int) {
	ix := e.ix
	// A fact that lacks a name the question gives ("Kazakh oil through BTC" against BTC's
	// total since 2006) is a worse answer than its words alone suggest.
	var toward []int32
	kind := orgKindAsked(ask.slots.toks)
	for i := range units {
		if units[i].Measure && units[i].Concept && !units[i].Context {
			toward = append(toward, units[i].Term)
		}
	}
	for i := range top {
		for _, t := range toward {
			if ix.HasPosting(t, top[i].Doc) {
				top[i].Score *= directionBoost // "in Azerbaijan" is not "in Kazakhstan"
			}
		}
		if !ix.Coverage(units, top[i].Doc).Entities {
			top[i].Score *= missingEntityPenalty
		}
		if ask.amount && ix.HasAmount(top[i].Doc) {
			top[i].Score *= amountBoost // "how much" wants a figure, not the event around it
		}
		if ask.when && ix.IsDated(top[i].Doc) {
			top[i].Score *= amountBoost // "when" wants the fact with the date
		}
		if ask.whenOnly() && !datesAnything(ix.Fact(top[i].Doc)) && !ix.NamesYear(ix.Fact(top[i].Doc)) {
			top[i].Score *= slotPenalty // …and one that dates nothing cannot answer it
		}
		f := ix.Fact(top[i].Doc)
		if ask.why && ix.GivesReason(top[i].Doc) && e.coversYears(f, years, ask) {
			top[i].Score *= reasonBoost // "why" wants the fact that gives the reason
		}
		if (ask.company || ask.who && !ask.person) && e.namesActor(f, units) || ask.person && e.namesOfClass(f, units, "person") {
			top[i].Score *= amountBoost // "which companies lay the cable?" wants the fact that names them
		}
		if kind != "" && e.namesKind(f, kind) {
			top[i].Score *= amountBoost // "which holding…?" wants the fact that names one
		}
		if ask.goal && (f.Kind == "plan" || knowledge.PlansAnything(f)) {
			top[i].Score *= reasonBoost // "what goal was set?" wants the plan, not the meeting it was set at
		} else if ask.slots.plan && !ask.why && (f.Kind == "plan" || knowledge.PlansAnything(f)) && (len(years) == 0 || e.coversYears(f, years, ask)) {
			top[i].Score *= amountBoost // "what will Kazakhstan sign?" wants the plan, not a past agreement
		}
		switch phaseFit(f, ask.slots.phases) {
		case 1:
			top[i].Score *= reasonBoost // "after the second and third phases" is that build-out's figure
		case -1:
			top[i].Score *= slotPenalty
		}
		if ask.slots.actual && onlyPlannedAmounts(f) {
			top[i].Score *= slotPenalty // "…5.2 Mt was expected; what was the actual?" is no plan
		}
		if ask.where && ix.GivesPlace(top[i].Doc) {
			top[i].Score *= reasonBoost // "in which city is it based?" wants the fact that says where
		}
		if ask.amount && e.givesMeasureAsked(f, ask.slots) {
			// "how much oil can Aktau handle?" wants its capacity, not a half-year's oil; "how
			// much cargo?" a figure of cargo, not of the containers among it
			top[i].Score *= amountBoost
		}
		if len(ask.quoted) > 0 && onlyQuoted(f, ask.quoted) || changesOtherwise(f, ask.quotedPercents) {
			top[i].Score *= slotPenalty // "…over 1.5 Mt; how much was expected?" is not the 1.5 Mt
		}
		if ask.amount && e.fills(ask.slots, top[i].Doc) != "" {
			top[i].Score *= slotPenalty // "in TEU" is not answered in tonnes
		}
		if ask.since != 0 && totalFrom(f, ask.since) {
			top[i].Score *= reasonBoost // "since 2023" wants the total from 2023 on, not 2023's figure
		}
		if len(years) == 1 && !ask.months && fullYear(f, years[0]) {
			top[i].Score *= fullYearBoost // "trade in 2024" is the year's, not January–June's
		}
	}
	slices.SortStableFunc(top, func(a, b index.Scored) int { return cmp.Compare(b.Score, a.Score) })
	if ask.amount && !ix.HasAmount(top[0].Doc) {
		e.promoteFigure(top, units)
	}
	e.promoteResult(top, years, ask)
	e.promoteCoveringYears(top, years, ask)
	promoteFullYear(e.ix, top, years, ask)
	if ask.slots.actual {
		e.promoteOutcome(top)
	}
}

// promoteOutcome: "5.2 Mt was expected for 2025; what was the actual figure?" quotes a plan
// and asks what came of it — the result its series gives for the same period, which shares
// few of the question's words, is put first.
func (e *Answerer) promoteOutcome(top []index.Scored) {
	f := e.ix.Fact(top[0].Doc)
	if !onlyPlannedAmounts(f) {
		return
	}
	for i := range f.Quantities {
		q := &f.Quantities[i]
		for _, p := range e.kb.Points(q.Series) {
			if p.Planned() || p.Quantity.Period != q.Period || p.Fact == f {
				continue
			}
			if doc, ok := e.ix.DocOf(p.Fact.ID); ok {
				copy(top[1:], top[:len(top)-1]) // the plan stays, second
				top[0].Doc = doc
				return
			}
		}
	}
}

// promoteCoveringYears: "trade in the first half of 2024" is answered by the half-year's
// figure scoring close behind the year-to-date one that does not cover it, not refused.
func (e *Answerer) promoteCoveringYears(top []index.Scored, years []int, ask asked) {
	if len(years) == 0 || len(top) < 2 || e.coversYears(e.ix.Fact(top[0].Doc), years, ask) {
		return
	}
	margin := float32(tiedForecast)
	if ask.months {
		margin = monthsRival // "the first half of 2024" is not the whole year, however it scores
	}
	for i := 1; i < len(top) && top[i].Score >= margin*top[0].Score; i++ {
		if e.coversYears(e.ix.Fact(top[i].Doc), years, ask) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// promoteFullYear: "how many TEU in 2024?" is the whole year's figure when one scores near
// the first, not the January–July of 2024 that a 2025 report compares with.
func promoteFullYear(ix *index.Index, top []index.Scored, years []int, ask asked) {
	if len(years) != 1 || ask.months || ask.baseYear != 0 || ask.since != 0 || ask.slots.untilEnd || ask.slots.asksChange() ||
		len(top) < 2 || fullYear(ix.Fact(top[0].Doc), years[0]) {
		return
	}
	for i := 1; i < len(top) && top[i].Score >= nearFullYear*top[0].Score; i++ {
		if fullYear(ix.Fact(top[i].Doc), years[0]) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// nearFullYear is how close behind the first a whole year's figure must score to answer.
const nearFullYear = 0.9

// promoteResult: "how much oil went through BTC in the first eight months of 2025" is
// answered by what happened, not by a forecast for 2025 scoring as close, which the year's
// check would refuse.
func (e *Answerer) promoteResult(top []index.Scored, years []int, ask asked) {
	f := e.ix.Fact(top[0].Doc)
	if len(years) == 0 && !ask.slots.plan && !ask.goal {
		promoteSameMeasureResult(e.ix, top, f)
		return
	}
	if len(years) != 1 || !knowledge.PlansAnything(f) || e.coversYears(f, years, ask) {
		return
	}
	for i := 1; i < len(top) && top[i].Score >= tiedForecast*top[0].Score; i++ {
		if g := e.ix.Fact(top[i].Doc); !knowledge.PlansAnything(g) && e.coversYears(g, years, ask) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// promoteSameMeasureResult: "in how many days does cargo reach Europe?" asks how long it takes
// now, which the delivery time measured answers rather than a platform's aim of 15 days.
func promoteSameMeasureResult(ix *index.Index, top []index.Scored, f *knowledge.Fact) {
	planned := map[string]bool{}
	for i := range f.Quantities {
		if q := &f.Quantities[i]; !knowledge.IsPlanned(q) {
			return
		} else if q.Measure != "" {
			planned[q.Measure] = true
		}
	}
	for i := 1; i < len(top) && top[i].Score >= tiedForecast*top[0].Score; i++ {
		g := ix.Fact(top[i].Doc)
		if slices.ContainsFunc(g.Quantities, func(q knowledge.Quantity) bool { return !knowledge.IsPlanned(&q) && planned[q.Measure] }) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// coversYears reports a fact that covers every year asked about (any, when none is).
func (e *Answerer) coversYears(f *knowledge.Fact, years []int, ask asked) bool {
	for _, y := range years {
		if !e.coversYear(f, y, ask) {
			return false
		}
	}
	return true
}

// coveredRival is how close in score a fact that explains enough of a question must be to take
// the place of a first one that explains too little.
const coveredRival = 0.6

// promoteCovered puts first a close runner-up that explains enough of the question when the
// first does not: "which commissioner said the infrastructure is outdated?" is answered by
// the quote, not by the study the quote is about.
//
// So, when the first explains only about half of it, is a close runner-up that explains it
// all ("ТХКБ өсуінің негізгі факторлары" is the fact naming the factors of growth, not one
// about the route's growth).
func (e *Answerer) promoteCovered(top []index.Scored, units []index.Unit) {
	if len(top) < 2 {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	if first >= halfCovered {
		return
	}
	for i := 1; i < len(top) && i < 5; i++ {
		if top[i].Score < coveredRival*top[0].Score {
			continue
		}
		cv := e.ix.Coverage(units, top[i].Doc)
		if first < minCoverage && cv.Share >= minCoverage || cv.Share >= fullCoverage && cv.Entities {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// halfCovered: a first fact explaining less of the question yields to a close one that
// explains it all.
const halfCovered = 0.55

// quotedRival is how close a runner-up that gives none of the figures a question quotes must
// score to take the place of a first that gives one.
const quotedRival = 0.8

// quotedMargin is how much more of the question that runner-up must explain: "from 100
// thousand TEU to how many?" is answered by the fact that gives both.
const quotedMargin = 0.05

// promoteUnquoted: "1.84 Mt over 9 months of 2022, per KTZ — and by how many times did
// Kazakhstan's exports grow?" quotes the fact it starts from and asks about another: a close
// runner-up that explains as much of the question and gives none of the quoted figures is
// put first.
func (e *Answerer) promoteUnquoted(top []index.Scored, units []index.Unit, quoted []float64) {
	if len(top) < 2 || !givesAny(e.ix.Fact(top[0].Doc), quoted) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top) && i < 5 && top[i].Score >= quotedRival*top[0].Score; i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		if cv.Entities && cv.Share >= first+quotedMargin && !givesAny(e.ix.Fact(top[i].Doc), quoted) && e.ix.HasAmount(top[i].Doc) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// givesAny reports a fact with a quantity of one of the values.
func givesAny(f *knowledge.Fact, values []float64) bool {
	for _, q := range f.Quantities {
		v := q.Value * knowledge.ScaleValue(q.Scale)
		if slices.ContainsFunc(values, func(x float64) bool { return math.Abs(x-v) <= 1e-9*math.Max(1, math.Abs(v)) }) {
			return true
		}
	}
	return false
}

// promoteBetterNamer: "who is the commissioner for international partnerships?" is answered
// by the fact naming the person whose office the question's words describe — the one that
// explains clearly more of it — not by another official scoring higher on the event's words.
func (e *Answerer) promoteBetterNamer(top []index.Scored, units []index.Unit, class string) {
	if len(top) < 2 || !e.namesOfClass(e.ix.Fact(top[0].Doc), units, class) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top) && i < 5 && top[i].Score >= personRival*top[0].Score; i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		if cv.Entities && cv.Share >= first+personMargin && e.namesOfClass(e.ix.Fact(top[i].Doc), units, class) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// promotePerson: "which commissioner for enlargement spoke of the meta-study?" asks for a
// person, and the fact about the study names none. A fact further down that names a person
// the question does not, gives every name it does and explains more of it answers instead,
// however few of its words the rest of the question shares.
//
// A fact that gives the office the question names ("kz transport minister … who?") answers as
// well when it explains as much of it: the office is what the question asks about.
func (e *Answerer) promotePerson(top []index.Scored, units []index.Unit, toks []text.Token) {
	if len(top) < 2 {
		return
	}
	office := namesOffice(toks)
	holds := func(f *knowledge.Fact) bool { return e.statesRole(f, toks) && !e.officeOfAnotherCountry(f, toks) }
	if f := e.ix.Fact(top[0].Doc); e.namesOfClass(f, units, "person") && (!office || holds(f)) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top); i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		f := e.ix.Fact(top[i].Doc)
		if !cv.Entities || !e.namesOfClass(f, units, "person") {
			continue
		}
		if cv.Share >= first+personMargin && (!office || !e.officeOfAnotherCountry(f, toks)) || office && cv.Share >= first && holds(f) {
			toFront(top, i)
			return
		}
	}
}

// promoteRoleOf: "Xudayar Həsənli kimdir?" names a person and asks who he is: of the facts
// quoting him, the one that says what office he holds answers, not a figure he gave.
func (e *Answerer) promoteRoleOf(top []index.Scored, units []index.Unit) {
	if len(top) < 2 || !e.namesClass(units, "person") || e.statesSomeRole(e.ix.Fact(top[0].Doc)) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top); i++ {
		if cv := e.ix.Coverage(units, top[i].Doc); cv.Entities && cv.Share >= first && e.statesSomeRole(e.ix.Fact(top[i].Doc)) {
			toFront(top, i)
			return
		}
	}
}

// statesSomeRole reports a fact whose English text names an office or a head ("head of the
// Strategic Planning Department", "minister"): every fact has an English text.
func (e *Answerer) statesSomeRole(f *knowledge.Fact) bool {
	return slices.ContainsFunc(text.Tokenize(f.Text.In(knowledge.EN), nil), func(t text.Token) bool {
		return !t.Num && text.HasPrefixIn(t.Text, text.RoleWords)
	})
}

// promoteCity: "from which city in Azerbaijan does the cable run?" wants a city the question
// does not give; the best fact that names one, every name the question gives and what it asks
// about answers, not a better-scoring one about the same thing that names none.
func (e *Answerer) promoteCity(top []index.Scored, units []index.Unit) {
	if len(top) < 2 || e.namesOtherCity(e.ix.Fact(top[0].Doc), units) {
		return
	}
	for i := 1; i < len(top); i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		if cv.Entities && cv.Subject && cv.Share >= minCoverage && e.namesOtherCity(e.ix.Fact(top[i].Doc), units) {
			toFront(top, i)
			return
		}
	}
}

// promoteWholeAsked: "how much oil went via Aktau toward BTC in 2023?" names no field, so
// the fact giving Tengiz's part of it is no better an answer than the one giving the whole,
// which comes first when it explains as much of the question and scores close.
func (e *Answerer) promoteWholeAsked(top []index.Scored, units []index.Unit) {
	if len(top) < 2 || !e.onlyUnnamedParts(e.ix.Fact(top[0].Doc), units) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top) && top[i].Score >= wholeRival*top[0].Score; i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		if f := e.ix.Fact(top[i].Doc); cv.Entities && cv.Share >= first && e.ix.HasAmount(top[i].Doc) && !e.onlyUnnamedParts(f, units) {
			toFront(top, i)
			return
		}
	}
}

// wholeRival is how close behind the fact giving the whole must score.
const wholeRival = 0.8

// onlyUnnamedParts reports a fact whose every amount is of a part — a place, a field, a
// company — the question does not name (Tengiz's oil, of all the oil sent).
func (e *Answerer) onlyUnnamedParts(f *knowledge.Fact, units []index.Unit) bool {
	amounts := 0
	for _, q := range f.Quantities {
		if q.Unit == "year" || q.Unit == "ordinal" {
			continue
		}
		t, ok := e.ix.Lookup("@" + q.Part)
		if !e.ix.IsEntity("@"+q.Part) || ok && index.HasConcept(units, t) {
			return false // no part, or one that is no place, field or company: containers, a phase
		}
		amounts++
	}
	return amounts > 0
}

// promoteLevelBefore: "BTK's capacity before the May 2024 upgrade?" wants the fact that gives
// the level before the change ("from 1 to 5 million t"), when one as close names all the
// question names.
func (e *Answerer) promoteLevelBefore(top []index.Scored, units []index.Unit) {
	if len(top) < 2 || givesLevelBefore(e.ix.Fact(top[0].Doc)) {
		return
	}
	first := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top); i++ {
		cv := e.ix.Coverage(units, top[i].Doc)
		if cv.Entities && cv.Subject && cv.Share >= first-levelBeforeSlack && givesLevelBefore(e.ix.Fact(top[i].Doc)) {
			toFront(top, i)
			return
		}
	}
}

// levelBeforeSlack is how much less of the question a fact giving the level before a change
// may explain and still answer "before the upgrade".
const levelBeforeSlack = 0.05

// toFront moves top[i] first, keeping the order of the others.
func toFront(top []index.Scored, i int) {
	found := top[i]
	copy(top[1:i+1], top[:i])
	top[0] = found
}

// personRival and personMargin: how close behind, and how much more of the question it must
// explain, for another person's fact to answer a who-question.
const personRival, personMargin = 0.5, 0.08

// promoteFigure: "How many agreements link Baku and Astana?" wants the fact with the figure,
// when one is nearly as close as a fact that only mentions the same things — by score, or by
// how much of the question it explains ("how big is the investment in the joint venture?":
// the plant's cost names the partners, though its questions speak of the plant).
func (e *Answerer) promoteFigure(top []index.Scored, units []index.Unit) {
	best := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top); i++ {
		if !e.ix.HasAmount(top[i].Doc) {
			continue
		}
		cv := e.ix.Coverage(units, top[i].Doc)
		near := top[i].Score >= amountPromotion*top[0].Score || cv.Share >= minCoverage && cv.Share >= best-coverageSlack
		if near && (cv.Entities || e.onItsRoute(units, e.ix.Fact(top[i].Doc), top[i].Doc)) {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// promoteNamed puts first the best fact that gives every name of the question, when the best
// lacks one: a fact that lacks a name is no answer, however many other words it shares, and
// the one that has them all is judged on its own (coverage, year, figure) instead.
func (e *Answerer) promoteNamed(top []index.Scored, units []index.Unit) {
	if e.ix.Coverage(units, top[0].Doc).Entities || e.onItsRoute(units, e.ix.Fact(top[0].Doc), top[0].Doc) {
		return
	}
	for i := 1; i < len(top); i++ {
		if e.ix.Coverage(units, top[i].Doc).Entities {
			toFront(top, i)
			return
		}
	}
}
