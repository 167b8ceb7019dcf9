package answer

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// slots are what a question states besides its words: the measure it asks about (trade
// turnover, exports, capacity, cost…), the unit it wants the figure in (TEU, tonnes,
// dollars), whether it asks about a plan, and the names it gives that the base has never
// seen. A fact answers only a question whose stated slots it can fill: "the container
// throughput of Aktau in TEU" is not answered with Aktau's capacity in tonnes, nor
// "trade between Kazakhstan and Georgia" with cargo through Georgia.
type slots struct {
	measures map[string]bool // "trade-turnover": glossary measures the question names
	units    map[knowledge.Unit]bool
	tonnage  bool         // "the total cargo tonnage": a figure in tonnes (or a share of them) answers
	years    bool         // it asks a number of years ("сколько лет"): a span answers, not a year's figure
	read     []index.Unit // the question as read (the search's scratch: valid during it)
	// implied are the measures whose unit the question implies: a fact that does not itself
	// mention the measure must give a figure in that unit.
	implied []impliedUnit
	plan    bool // "planned", "expected", "will", "by 2030": a plan is an answer
	// actual: "faktiki nə qədər oldu?", "what was the actual figure?" — what happened, even
	// after the plan the question quotes ("5.2 Mt was expected").
	actual  bool
	handled bool // "handled", "өңдеді": what a port did handle, which no capacity answers
	done    bool // "went live", "istismara verildi": put into service, which no plan answers
	signed  bool // "when was it signed?", "когда подписали": a signing that happened, which no plan answers
	// movesWord: a word of rising, falling or a multiple ("grew", "упал", "3 times")
	movesWord bool
	// canHandle: "how much can Aktau handle?" asks a capacity in a verb, which nothing but a
	// capacity answers.
	canHandle bool
	// wholeYear: "for the full year 2025", "по итогам года", "yekun il": January–August is no answer.
	wholeYear bool
	// untilEnd: "to end-2022", "до конца 2022": a total up to the year asked is its figure.
	untilEnd bool
	// names are the terms of the glossary names the question gives ("@aktau"): see
	// ofOtherSubject.
	names    []int32
	stranger string // a proper name no fact knows ("Poti", "КТК"), as written
	// toks are the question's words, for the checks only a few facts need (asksChange,
	// namesToward), read when one does rather than for every question.
	toks []text.Token
	// goods: the question names a good (oil, cargo, containers), whose figures may be in
	// another unit than its measure's ("oil exports" in tonnes).
	goods bool
	// goodTerms are the goods the question names ("@oil"): a cost or an investment of
	// something else is no figure of theirs.
	goodTerms []int32
	// counted is what "how many" asks to count when no fact ever names it ("сколько
	// рабочих", "how many employees"): nothing sourced counts it.
	counted string
	// change: the question asks how a figure changed (see scratch.change).
	change bool
	// monthAlone: one month beside its year is the period asked ("in March 2024").
	monthAlone bool
	// phases are the phases the question names ("after the second and third phases").
	phases []int
	// asked is the sentence that asks, when a statement comes before it ("Trend yazır ki,
	// TITR 10 yaşındadır. 2023-də … nə qədər yük keçib?"), or "".
	asked string
}

type impliedUnit struct {
	term    int32
	measure string // the term without its "@"
	unit    knowledge.Unit
}

// givesTonnage reports a fact that answers a question asking a tonnage: a figure in tonnes,
// or a share of them ("10% of the tonnage") — not a rise of containers counted in TEU.
func givesTonnage(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool {
		return q.Unit == "tonne" || q.Unit == "percent" && !knowledge.IsChange(q.Measure)
	})
}

// deniedAt reports a word the question denies: "in tonnes, not TEU", "именно тонн, а не
// TEU", "TEU deyil", "TEU емес" ask the other unit.
func deniedAt(toks []text.Token, i int) bool {
	return i > 0 && text.NegationWords[toks[i-1].Text] ||
		i > 1 && text.NegationWords[toks[i-2].Text] && text.IsStopword(toks[i-1].Text) || // "not in TEU"
		i+1 < len(toks) && text.NegationAfter[toks[i+1].Text]
}

// askedUnits are the units a question can ask a figure in; counts and multiples are not.
var askedUnits = map[knowledge.Unit]bool{"usd": true, "tonne": true, "teu": true, "barrel": true, "percent": true,
	"km": true, "metre": true, "hectare": true, "tenge": true, "eur": true, "vessel": true, "tanker": true, "berth": true, "train": true, "truck": true, "gw": true, "tbps": true}

// countedUnits are things a question counts ("how many ships"); the same words also make
// verbs ("shipped") and are units only right after "how many".
var countedUnits = map[knowledge.Unit]bool{"vessel": true, "tanker": true, "berth": true, "train": true, "truck": true}

// counted reports a unit word that is a thing counted: a ship, or a container ("how much of
// the 11 million t will be containers" asks for tonnes; "how many containers", for TEU). The
// unit's own name ("TEU") always names the unit.
func counted(u knowledge.Unit, word string) bool {
	return countedUnits[u] || u == "teu" && !strings.HasPrefix(word, "teu") && !text.IsUnitAbbreviation(word)
}

// afterFigure reports a unit word that belongs to a figure the question gives ("«10 mlrd
// avro». Bəs … neçə gündə?"): that is no unit it asks for.
func afterFigure(toks []text.Token, i int) bool {
	if i > 0 && toks[i-1].Num {
		return true
	}
	return i > 1 && toks[i-2].Num && text.IsScale(toks[i-1].Text)
}

func countedAfterAmount(toks []text.Token, i int) bool {
	return i > 0 && text.AmountWords[toks[i-1].Text] || i > 1 && text.AmountWords[toks[i-2].Text]
}

// readSlots reads the slots of a question from its words, glossary concepts and the text as
// written (only capital letters tell a name from a word).
func (e *Answerer) readSlots(msg string, toks []text.Token, units []index.Unit) slots {
	var sl slots
	for _, u := range units {
		if u.Concept && !u.Context && u.Term >= 0 && e.ix.IsMeasure(e.ix.Term(u.Term)) {
			if sl.measures == nil {
				sl.measures = map[string]bool{}
			}
			sl.measures[strings.TrimPrefix(e.ix.Term(u.Term), "@")] = true
			if unit := e.ix.MeasureUnit(e.ix.Term(u.Term)); unit != "" {
				// a cost is counted in dollars
				sl.implied = append(sl.implied, impliedUnit{u.Term, strings.TrimPrefix(e.ix.Term(u.Term), "@"), unit})
			}
		}
	}
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.ix.Flow(e.ix.Term(u.Term)) == knowledge.FlowGood {
			sl.goods = true
			sl.goodTerms = append(sl.goodTerms, u.Term)
		}
		if u.Entity && u.Concept && !u.Context && u.Term >= 0 {
			if sl.names == nil {
				sl.names = make([]int32, 0, 8)
			}
			sl.names = append(sl.names, u.Term)
		}
	}
	for i, t := range toks {
		// A unit of two letters ("га", "m") is one only after a figure or a scale ("млн т"):
		// "БТД-ға" is a case ending. "перевезли танкерами": by tankers, no count of them
		if u := knowledge.Unit(text.UnitOf(t.Text)); !t.Num && askedUnits[u] && !text.AmountNouns[t.Text] && (t.Sym || len([]rune(t.Text)) > 2 || i > 0 && text.IsScale(toks[i-1].Text)) &&
			!(countedUnits[u] && text.EndsWithAny(t.Text, text.ByMeansEndings)) &&
			!(countedUnits[u] && i+1 < len(toks) && text.FlowNouns[toks[i+1].Text]) && // "tanker shipments": tonnes by tanker
			(!counted(u, t.Text) || countedAfterAmount(toks, i)) && !afterFigure(toks, i) && !deniedAt(toks, i) {
			if sl.units == nil {
				sl.units = map[knowledge.Unit]bool{}
			}
			sl.units[u] = true
		}
	}
	sl.tonnage = text.AnyWordHasPrefix(toks, text.TonnageWords)
	sl.read = units
	sl.years = text.AnyPhraseIn(toks, text.YearsAsked) && !frame.AsksWhen(toks)
	if text.AnyPhraseIn(toks, text.DaysAsked) {
		if sl.units == nil {
			sl.units = map[knowledge.Unit]bool{}
		}
		sl.units["day"], sl.units["hour"] = true, true // "how many days": a time answers, in days or hours
	}
	sl.counted = e.countedStranger(toks, units)
	sl.toks = toks
	sl.movesWord = movesWords(toks)
	sl.handled = text.ContainsWord(toks, text.HandledIndex) || text.HasWordIn(toks, text.HandleAsked) || // "how much did Aktau handle?"
		text.AnyPhraseIn(toks, text.HandledPhrases) && len(sl.units) == 0 // "BTK's cargo volume in 2024"; not "what % of the cargo volume"
	if text.AsksCanHandle(toks) && !slices.ContainsFunc(units, func(u index.Unit) bool { return u.Year > e.latestYear }) {
		// (but "how much could the corridor carry by 2030?" asks a forecast, which any
		// measure of freight may give)
		// "how much oil can Aktau handle?" asks its capacity, not what it handled
		sl.handled, sl.canHandle = false, true
		if sl.measures == nil {
			sl.measures = map[string]bool{}
		}
		sl.measures["capacity"] = true
	}
	sl.wholeYear = wholeYear(toks)
	sl.monthAlone = monthAlone(toks)
	sl.untilEnd = text.ContainsWord(toks, text.UntilEndIndex) || frame.HasDeadline(toks)
	sl.plan = text.ContainsWord(toks, text.PlanIndex) || text.ContainsWord(toks, text.GoalIndex) || frame.HasDeadline(toks) ||
		frame.HasFutureEnding(toks) || e.namesPlan(units)
	sl.stranger = frame.Stranger(msg, units)
	sl.asked = askingSentence(msg)
	sl.phases = frame.NamedPhases(toks)
	if sl.actual = text.ContainsWord(toks, text.ActualIndex); sl.actual {
		sl.plan = false
	}
	sl.done = !sl.plan && text.ContainsWord(toks, text.CommissionedIndex)
	sl.signed = !sl.plan && text.ContainsWord(toks, text.SignedDoneIndex)
	return sl
}

// askingSentence is the last sentence of a message that states something first and then
// asks, or "" for a message of one sentence.
func askingSentence(msg string) string {
	msg = strings.TrimSpace(msg)
	if !strings.HasSuffix(msg, "?") {
		return ""
	}
	i := strings.LastIndexAny(strings.TrimSuffix(msg, "?"), ".!?")
	if i < 0 || i+1 >= len(msg) {
		return ""
	}
	if i > 0 && msg[i] == '.' && msg[i-1] >= '0' && msg[i-1] <= '9' && i+1 < len(msg) && msg[i+1] >= '0' && msg[i+1] <= '9' {
		return "" // "3.6 million": a decimal point, not a sentence's end
	}
	return strings.TrimSpace(msg[i+1:])
}

// fills reports whether a fact can fill the slots of a question that asks for a figure: one of
// its quantities is in a unit the question names ("in TEU", "сколько тонн"), and in the unit
// of a measure it names (a cost, a turnover, an investment is money) unless the fact itself
// speaks of that measure. Measures that name the same money ("how much did the plant cost?"
// and a $700 million investment) meet by their unit. It returns the slot that fails, or "".
func (e *Answerer) fills(sl slots, doc int32) string {
	f := e.ix.Fact(doc)
	if len(f.Quantities) == 0 {
		return ""
	}
	for _, q := range f.Quantities {
		if knowledge.IsChange(q.Measure) && sl.measures[q.Measure] {
			return "" // "how much did container shipping drop?" is answered by a share
		}
	}
	if sl.asksChange() && len(sl.measures) == 0 && !frame.QuotesFigure(sl.toks) && slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return knowledge.IsChange(q.Measure) }) {
		// "how much did container trains from China grow?": by 33 times, whatever they count
		// in; but "went up 33 times — how many trains was that?" tells the change, asks the count
		return ""
	}
	if len(sl.units) > 0 && !hasUnit(f, sl.units) || sl.years && !hasSpanOfYears(f) {
		return "unit"
	}
	if sl.tonnage && !givesTonnage(f) {
		return "unit" // "the port's total cargo tonnage" is no count of TEU; a share of it may answer
	}
	if sl.canHandle && !givesMeasure(f, "capacity") {
		return "measure" // what Aktau handled in 2023 is not what it can handle
	}
	if onlyChanges(f) && !sl.units["percent"] && !sl.asksChange() {
		return "measure" // "how many container trains came from China?" is no "33 times more"
	}
	if e.onlyOtherSubjects(sl, f, doc) {
		return "subject" // Kuryk's cargo is no answer for Aktau, though one title names both
	}
	measured, ofOther, partOnly := false, false, false
	for _, q := range f.Quantities {
		if sl.measures[q.Measure] {
			if q.Measure == "length" && e.unaskedPart(sl, q) {
				partOnly = true // the 184 km in Georgia is no length of all of BTK
				continue
			}
			if e.ofOtherSubject(sl, q, doc) {
				ofOther = true // Kuryk's depth does not answer for Aktau's
				continue
			}
			if !sl.goods && sl.impliesOtherUnit(q) {
				continue // "Kazakhstan's exports to Azerbaijan" are dollars, not its oil in tonnes
			}
			measured = true
		}
	}
	if measured && !e.moneyUnanswered(sl, f, doc) {
		return "" // it gives a figure of a measure the question names ("the share of goods carried")
	}
	if partOnly {
		return "measure"
	}
	if sl.handled && !sl.plan && !sl.measures["capacity"] && !handledFigure(f) && !e.namesQuantityOf(sl, f) {
		// what Aktau handled in 2024 is not what it can handle, nor its berths — but a
		// "throughput target" may be set as a capacity
		return "measure"
	}
	if (sl.units["day"] || sl.units["hour"] || sl.units["week"]) && hasUnit(f, sl.units) && !ofOther {
		return "" // "in how many days does cargo reach Europe?" asks a time, whatever is carried
	}
	if ofOther {
		return "subject"
	}
	for _, im := range sl.implied {
		if (sl.goods || e.namesClass(sl.read, "pipeline")) && onlyGoods(f) && e.ix.Flow("@"+im.measure) == knowledge.FlowCarried && !sl.namesToward() {
			// "how many tonnes of oil were exported", "how much could be exported via BTC":
			// the good's own figures answer (a pipeline carries a good)
			continue
		}
		if spending[im.measure] && !hasMoney(f) && !hasUnit(f, map[knowledge.Unit]bool{"percent": true}) {
			// "how much was invested in the new port?" is not answered by a capacity reached
			// "without any investment": a fact that speaks of spending must give its sum (or
			// a share: "10% of the tonnage would need large investment")
			return "measure"
		}
		if ownFigureOnly[im.measure] && !givesMeasure(f, im.measure) {
			return "measure" // "at what depth does the cable lie?" is not its 380 km length
		}
		if (!e.ix.HasPosting(im.term, doc) || !sl.goods && onlyGoods(f)) && !hasUnit(f, map[knowledge.Unit]bool{im.unit: true}) {
			// A fact must give a figure in the unit asked for unless it speaks of the measure:
			// even then, tonnes of oil are no answer to "Kazakhstan's exports" (dollars).
			return "measure"
		}
	}
	return ""
}

// asksChange: the question asks how something grew or fell ("how much has trade grown?",
// "во сколько раз"), which a figure of the change answers.
func (sl slots) asksChange() bool {
	return sl.change || sl.measures["growth"] || sl.measures["decline"] || sl.movesWord ||
		sl.units["percent"] && frame.ComparisonBase("", sl.toks) != 0 // "by what % was it up on 2023?"
}

// movesWords reports a word of rising, falling or a multiple among toks: read once a
// question, for asksChange is asked of every candidate.
func movesWords(toks []text.Token) bool {
	return text.AnyWordHasPrefix(toks, text.RisingWords) || text.AnyWordHasPrefix(toks, text.FallingWords) ||
		slices.ContainsFunc(toks, func(t text.Token) bool { return text.UnitOf(t.Text) == "times" })
}

// namesToward: the question names where a flow goes ("to Kazakhstan", "Қазақстанға").
func (sl slots) namesToward() bool {
	toward := false
	text.Directions(sl.toks, func(string) { toward = true })
	return toward
}

// onlyChanges reports a fact whose figures are all changes of something (growth, decline).
func onlyChanges(f *knowledge.Fact) bool {
	for _, q := range f.Quantities {
		if !knowledge.IsChange(q.Measure) {
			return false
		}
	}
	return len(f.Quantities) > 0
}

// onlyGoods reports a fact whose figures all count goods (oil, cargo, containers).
func onlyGoods(f *knowledge.Fact) bool {
	for _, q := range f.Quantities {
		if q.Flow != knowledge.FlowGood {
			return false
		}
	}
	return len(f.Quantities) > 0
}

// impliesOtherUnit reports a quantity of a measure the question names whose unit is not the
// one the measure is counted in (an export in tonnes, where exports are dollars).
func (sl slots) impliesOtherUnit(q knowledge.Quantity) bool {
	for _, im := range sl.implied {
		if im.measure == q.Measure && q.Unit != "" && q.Unit != im.unit && !(knowledge.IsMoney(q.Unit) && knowledge.IsMoney(im.unit)) {
			return true
		}
	}
	return false
}

// ofOtherSubject reports a figure of something other than what the question names: the
// quantity has a subject the question does not name, and the question names a place or thing
// the fact's own words do not (only its source's title may: "Aktau, Kuryk seaports" over a fact
// on Kuryk's depth). A subject's parts and places ("Alat" for the Port of Baku) are among the
// fact's own words, so they pass.
func (e *Answerer) ofOtherSubject(sl slots, q knowledge.Quantity, doc int32) bool {
	if knowledge.IsMoney(q.Unit) {
		// "the oil price" is not the cable's cost: money spent on something else than a good
		// the question names (not cargo in general, a measure of its own) is another subject's.
		for _, g := range sl.goodTerms {
			if !e.ix.IsMeasure(e.ix.Term(g)) && !e.ix.HasPosting(g, doc) {
				return true
			}
		}
	}
	if q.Subject == "" {
		return false
	}
	if e.namesAllParts(sl, q.Subject) {
		return false // "Aktau and Kuryk" typed apart are the two ports together
	}
	foreign, rival := false, false
	for _, n := range sl.names {
		id := e.ix.Term(n)[1:] // "@aktau"
		if id == q.Subject {
			return false
		}
		foreign = foreign || !e.ix.HasPosting(n, doc)
		// Another of the subject's class ("the Middle Corridor's length" against the Northern
		// Route's), even where the source's title names it.
		rival = rival || e.class[id] != "" && e.class[id] == e.class[q.Subject]
	}
	return foreign || rival
}

// onlyOtherSubjects reports a fact whose every figure is of another subject than the question
// names (see ofOtherSubject).
func (e *Answerer) onlyOtherSubjects(sl slots, f *knowledge.Fact, doc int32) bool {
	n := 0
	for _, q := range f.Quantities {
		if q.Unit == "year" {
			continue
		}
		if !e.ofOtherSubject(sl, q, doc) {
			return false
		}
		n++
	}
	return n > 0
}

// handledFigure reports a fact with a figure of what was carried or handled (cargo, oil,
// containers, a good, a flow) — not only what something can handle, its berths or its cost.
func handledFigure(f *knowledge.Fact) bool {
	change, capacity := false, false
	for _, q := range f.Quantities {
		switch {
		case q.Flow.Handled():
			return true
		case knowledge.IsChange(q.Measure):
			change = true
		case q.Measure == "capacity":
			capacity = true
		}
	}
	// A change beside a capacity is the capacity's ("five times more than before").
	return change && !capacity || len(f.Quantities) == 0 // a fact without figures is judged by the other checks
}

// hasUnit reports a quantity in one of the units; a source that names no currency still
// gives an amount of money.
func hasUnit(f *knowledge.Fact, units map[knowledge.Unit]bool) bool {
	for _, q := range f.Quantities {
		if units[q.Unit] || (q.Unit == "" || knowledge.IsMoney(q.Unit)) && (units["usd"] || units["tenge"] || units["eur"]) {
			return true
		}
		if q.Unit == "count" && units[knowledge.Unit(q.Measure)] {
			return true // "5244 tankers" is a count whose measure is the tanker
		}
		if q.Unit == "count" && q.Measure == "container" && units["teu"] {
			return true // "how many containers" reads as TEU, and "700 containers" is a count of them
		}
		if (q.Unit == "km" || q.Unit == "metre") && (units["km"] || units["metre"]) {
			return true // "how long in metres?": a length in kilometres answers it
		}
	}
	return false
}

// firstMeasure names a measure of the question, for a refusal ("no sourced figure about trade
// turnover…").
func (sl slots) firstMeasure() string {
	first := ""
	for m := range sl.measures {
		if first == "" || m < first {
			first = m // the same question always names the same measure in its refusal
		}
	}
	return first
}

// coversYear reports whether a fact gives a figure for year y that answers the question: a
// result of that year (a plan only when the question asks about plans, or the year is after
// the newest figure of the base), a total over years only for its first year ("since 2023"),
// an event of that year; a figure of its source's year only when no part of a year is asked.
func (e *Answerer) coversYear(f *knowledge.Fact, y int, ask asked) bool {
	plan := ask.slots.plan
	if strings.HasPrefix(f.Date, strconv.Itoa(y)) && !(ask.amount && !plan && onlyPlannedAmounts(f) && !plansStateAsked(f, ask.slots)) {
		return true // an event of that year — but a plan announced then is no figure of it
	}
	if asOf, _ := knowledge.PeriodYears(f.AsOf); plan && asOf == y && knowledge.PlansAnything(f) || asOf == y && (e.namesPublisher(f, ask.slots) || ask.reportYears[y]) {
		// "what was planned in 2022": the plan's own year is when it was made; so is the year
		// beside the source a question names ("Kazinform 2022: …"), and the date of a report
		// or a meeting where it was said ("as said at the April 2023 meeting")
		return true
	}
	if asOf, _ := knowledge.PeriodYears(f.AsOf); asOf == y && (ask.person && e.factNamesClass(f, "person") || e.namesPersonAsked(f, ask.slots)) {
		// "who was the port's director quoted in December 2025?", "which declaration did
		// Tokayev recall in April 2023?": the year is when the person spoke, not the period of
		// what they spoke of
		return true
	}
	periods := 0
	for i := range f.Quantities {
		q := &f.Quantities[i]
		if q.Unit == "year" && int(q.Value) == y {
			return true
		}
		from, to := knowledge.PeriodYears(q.Period)
		if from == 0 {
			continue
		}
		periods++
		if knowledge.IsPlanned(q) && !plan && y <= e.latestYear {
			continue // what was planned for a year is not what happened in it
		}
		if ask.slots.wholeYear && from == to && strings.Contains(q.Period, "-") {
			continue // some months of the year, when the whole year is asked for
		}
		if ask.months && (bits.OnesCount16(ask.monthSet) >= 2 || ask.monthSet == 0) && from == to && !strings.Contains(q.Period, "-") && q.Flow != "" {
			// The whole year's flow, when some months are asked for ("January–July 2024",
			// "H1"); one month named is as often when something was said ("in October 2025").
			continue
		}
		if !sameMonthSpan(ask.monthSet, q.Period) {
			continue // "January–October" is not answered by January–June
		}
		if ask.slots.handled && ask.slots.monthAlone && q.Flow != "" && !knowledge.IsPlanned(q) && !oneMonth(q.Period, ask.monthSet) {
			continue // "how much did Kuryk handle in March 2024?" is no figure of January–September
		}
		if knowledge.IsChange(q.Measure) && y > from && y < to {
			continue // "to triple from 2021 to 2030" says nothing of 2026
		}
		if q.Cumulative && y != from && !(ask.slots.untilEnd && y == to) {
			continue // 3.4 million t since 2023 is not the figure of 2024, unless asked up to its end
		}
		if knowledge.IsChange(q.Measure) && to == from+1 && y == from && len(q.Period) == len("2022/2023") && y != ask.baseYear {
			continue // the rise over 2022/2023 is 2023's, measured against 2022: no figure of 2022 — unless asked against it
		}
		if y >= from && y <= to {
			return true
		}
	}
	if periods == 0 && f.Date == "" && (!schedules(f) || ask.reportYears[y]) {
		// A figure without a period is of its source's year — but not of the first half of it,
		// nor of a month other than the source's own ("the April 2023 piece").
		asOf, _ := knowledge.PeriodYears(f.AsOf)
		if ask.months {
			// A fact without figures (a reason, an event) is not of some months only; a flow
			// said without a period is no figure of a span of months ("January–March 2026")
			// because its source spoke in March.
			if bits.OnesCount16(ask.monthSet) >= 2 && len(f.Quantities) > 0 && handledFigure(f) {
				return false
			}
			return asOf == y && (len(f.Quantities) == 0 || ask.monthSet&(1<<sourceMonth(f)) != 0)
		}
		// Nor is a flow reported before the year's last quarter that year's: "grew from
		// 0.8 to 4.5 million t", said in March 2026, is no figure of 2026.
		m := sourceMonth(f)
		return asOf == y && !(m > 0 && m < 10 && handledFigure(f) && len(f.Quantities) > 0)
	}
	return false
}

// wholeYear reports a word of the whole ("full", "итоговый", "yekun", "толық") right before
// a year or the word for one.
func wholeYear(toks []text.Token) bool {
	if text.AnyPhraseIn(toks, text.FullYear) {
		return true // "2025 tam il üzrə", "full year 2024"
	}
	if slices.ContainsFunc(toks, func(t text.Token) bool { return !t.Num && text.MonthOf(t.Text) > 0 }) || text.HalfYear(toks) > 0 {
		return false // "янв-окт 2023 всего", "2023 бірінші жарты жылда барлығы": the months asked for, all of them
	}
	isYear := func(t text.Token) bool {
		return t.Num && text.YearOf(t.Text) != 0 || !t.Num && text.PeriodWords[t.Text]
	}
	years := 0
	for _, t := range toks {
		if t.Num && text.YearOf(t.Text) != 0 {
			years++
		}
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].Num || !text.HasPrefixIn(toks[i].Text, text.WholeWords) {
			continue
		}
		if years == 1 && i == len(toks)-1 {
			return true // "Kuryk 2024-də faktiki nə qədər yük aşırdı, yekun": the last word sums it up
		}
		// "по итогам 2025 года", "full year 2025"; and with the year first, as Kazakh and
		// Azerbaijani put it: "2025 жылдың қорытындысы бойынша", "2025-ci ilin yekunlarına görə".
		// One word may stand between: "2025-ci ilin tam yekunu" (the full results of 2025).
		if i+1 < len(toks) && isYear(toks[i+1]) || i > 0 && isYear(toks[i-1]) || i > 1 && isYear(toks[i-2]) ||
			i+2 < len(toks) && text.IsStopword(toks[i+1].Text) && isYear(toks[i+2]) { // "the whole of 2025"
			return true
		}
	}
	return false
}

// sourceMonth is the month of a fact's source date, or 0.
func sourceMonth(f *knowledge.Fact) int {
	if len(f.AsOf) < 7 {
		return 0
	}
	m, _ := strconv.Atoi(f.AsOf[5:7])
	return m
}

// fullYear reports a result for the whole of year y (not January–June, not the seaports only).
func fullYear(f *knowledge.Fact, y int) bool {
	for i := range f.Quantities {
		q := &f.Quantities[i]
		if q.Period == strconv.Itoa(y) && q.Part == "" && !knowledge.IsPlanned(q) && q.Unit != "year" {
			return true
		}
	}
	return false
}

// missingName is the first name the question gives that the fact lacks: the reason to give
// when a fact about Kazakhstan and Azerbaijan is refused for a question about Kazakhstan and
// Kyrgyzstan.
func (e *Answerer) missingName(units []index.Unit, doc int32) string {
	for _, u := range units {
		if u.Unknown != "" && !u.Context {
			return u.Unknown
		}
		if u.Entity && u.Concept && !u.Context && u.Term >= 0 && !e.ix.HasName(u.Term, doc) {
			return e.ix.Term(u.Term)
		}
	}
	return ""
}

// refusalReason finds what the base has no figure for, to say so: a name no fact mentions,
// else a name of the question for which no fact gives a figure of the measure asked about
// ("trade" for Kyrgyzstan), else a measure no fact gives at all. Empty when none stands out.
func (e *Answerer) refusalReason(units []index.Unit, sl slots) (name, measure string) {
	measure = sl.firstMeasure()
	for _, u := range units {
		if u.Unknown != "" && !u.Context {
			return u.Unknown, measure
		}
	}
	for _, u := range units {
		if u.Entity && u.Concept && !u.Context && u.Term >= 0 && !e.anyFactGives(u.Term, sl) {
			return e.ix.Term(u.Term), measure
		}
	}
	if measure != "" && !e.anyFactGives(-1, sl) {
		return "", measure
	}
	return "", ""
}

// anyFactGives reports a fact that names the term (any fact, for -1) and gives a figure of
// a measure of the question (any figure, when it names none). It walks the term's postings,
// not the whole base.
func (e *Answerer) anyFactGives(term int32, sl slots) bool {
	if len(sl.measures) == 0 {
		return true // no measure asked about: the name is known, so it is not the reason
	}
	gives := func(doc int32) bool {
		for _, q := range e.ix.Fact(doc).Quantities {
			if sl.measures[q.Measure] {
				return true
			}
		}
		return false
	}
	found := false
	if term < 0 {
		for doc := int32(0); int(doc) < len(e.kb.Facts) && !found; doc++ {
			found = gives(doc)
		}
		return found
	}
	e.ix.EachDoc(term, func(doc int32) bool {
		found = gives(doc)
		return !found
	})
	return found
}

// countedStranger finds the word a "how many" asks to count, when it is a word the base
// never uses: the word right after the amount word (skipping stopwords), or before it in
// Azerbaijani and Kazakh order is not read — "neçə işçi", "канша жұмысшы" follow it too.
func (e *Answerer) countedStranger(toks []text.Token, units []index.Unit) string {
	unknown := map[string]bool{}
	for _, u := range units {
		if u.Term < 0 && !u.Num && !u.Covered && u.Exact != "" && u.Start == "" {
			unknown[strings.TrimPrefix(u.Exact, "=")] = true
		}
	}
	for i, t := range toks {
		if t.Num || !text.AmountWords[t.Text] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if text.IsStopword(toks[k].Text) {
				continue
			}
			if unknown[toks[k].Text] && !text.EndsWithAny(toks[k].Text, text.VerbEndings) && !text.IsUnitAbbreviation(toks[k].Text) { // "сколько ТЕУ": a unit
				return toks[k].Text
			}
			break
		}
	}
	return ""
}

// plansStateAsked reports a fact planning the state the question names for its date: "BTK's
// capacity after the 2024 upgrade" is the 5 Mt planned from the upgrade's day, though what BTK
// carried in 2024 is not.
func plansStateAsked(f *knowledge.Fact, sl slots) bool {
	for i := range f.Quantities {
		if q := &f.Quantities[i]; q.Flow == "" && knowledge.IsPlanned(q) && sl.measures[q.Measure] {
			return true
		}
	}
	return false
}

// namesPublisher reports a question naming the publisher of the fact's source ("Kazinform").
func (e *Answerer) namesPublisher(f *knowledge.Fact, sl slots) bool {
	src := e.kb.Sources[f.Source]
	if src == nil || src.Entity == "" {
		return false
	}
	id, ok := e.ix.Lookup("@" + src.Entity)
	return ok && slices.Contains(sl.names, id)
}

// onlyPlannedAmounts reports a fact whose amounts are all planned ("BTK's capacity is to grow
// to 5 Mt after the May 2024 upgrade"): "how many tons did BTK carry in 2024?" is not
// answered by it, though the upgrade is dated 2024.
func onlyPlannedAmounts(f *knowledge.Fact) bool {
	amounts := 0
	for i := range f.Quantities {
		q := &f.Quantities[i]
		if q.Unit == "year" || q.Unit == "ordinal" || q.Part == knowledge.FormerPart {
			continue // (the level a plan starts from is no result of the plan: 40,000 TEU before the hub)
		}
		if !knowledge.IsPlanned(q) {
			return false
		}
		amounts++
	}
	return amounts > 0
}

// namesPlan reports a question that names the plan concept itself ("planını", "жоспары"): an
// Azerbaijani or Kazakh case form no plan word of the lexicon starts.
func (e *Answerer) namesPlan(units []index.Unit) bool {
	for _, u := range units {
		if u.Concept && !u.Context && u.Term >= 0 && e.ix.Term(u.Term) == "@plan" {
			return true
		}
	}
	return false
}

// phaseFit is +1 for a fact with a figure of exactly the phases a question names, -1 for one
// whose phased figures are all of others, 0 when the question names none or the fact has no
// phased figure.
func phaseFit(f *knowledge.Fact, named []int) int {
	if len(named) == 0 {
		return 0
	}
	fit := 0
	for _, q := range f.Quantities {
		have := frame.PartPhases(q.Part)
		if len(have) == 0 {
			continue
		}
		if sameSet(have, named) {
			return 1
		}
		fit = -1
	}
	return fit
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// hasSpanOfYears reports a figure counted in years that is no year itself ("over 7 years",
// "a 25-year agreement").
func hasSpanOfYears(f *knowledge.Fact) bool {
	for i := range f.Quantities {
		if q := &f.Quantities[i]; q.Unit == "year" && q.Value < 1000 {
			return true
		}
	}
	return false
}

// namesQuantityOf reports a question naming what one of the fact's figures counts ("the share
// of raw materials carried"): the verb of carrying describes the goods, it asks no tonnage.
func (e *Answerer) namesQuantityOf(sl slots, f *knowledge.Fact) bool {
	for i := range f.Quantities {
		if id, ok := e.ix.Lookup("@" + f.Quantities[i].Measure); ok && index.HasConcept(sl.read, id) {
			return true
		}
	}
	return false
}

// unaskedPart reports a quantity of a part the glossary names (a section, a phase) that the
// question does not name.
func (e *Answerer) unaskedPart(sl slots, q knowledge.Quantity) bool {
	if q.Part == "" {
		return false
	}
	id, ok := e.ix.Lookup("@" + q.Part)
	return ok && !index.HasConcept(sl.read, id)
}

// moneyUnanswered reports a question naming a measure counted in money (a cost, an
// investment) that the fact neither speaks of nor gives money for: "Kuryk dredging cost?" is
// not answered by the depth the dredging reached.
func (e *Answerer) moneyUnanswered(sl slots, f *knowledge.Fact, doc int32) bool {
	for _, im := range sl.implied {
		if spending[im.measure] && !e.ix.HasPosting(im.term, doc) && !hasUnit(f, map[knowledge.Unit]bool{im.unit: true}) && !hasMoney(f) {
			return true
		}
	}
	return false
}

// spending are the measures of money spent: a question naming one asks what it cost.
var spending = map[string]bool{"cost": true, "investment": true}

// moneyPerUnitAsked reports a question giving both money (or a price, a cost) and a unit of
// goods ("how many dollars for one tonne", "bir ton yükün daşınması neçəyə başa gəlir"): a
// price of one unit.
func moneyPerUnitAsked(sl slots) bool {
	money, goods := sl.measures["cost"] || sl.measures["tariff"], false
	for u := range sl.units {
		money = money || knowledge.IsMoney(u)
		goods = goods || u == "tonne" || u == "teu" || u == "barrel"
	}
	return money && goods
}

// hasMoneyPerUnit reports a fact with a sum of money per tonne, TEU or barrel.
func hasMoneyPerUnit(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool {
		return knowledge.IsMoney(q.Unit) && (q.Per == "tonne" || q.Per == "teu" || q.Per == "barrel")
	})
}

// hasMoney reports a fact with a figure in any currency.
func hasMoney(f *knowledge.Fact) bool {
	for i := range f.Quantities {
		if knowledge.IsMoney(f.Quantities[i].Unit) {
			return true
		}
	}
	return false
}

// sameMonthSpan reports a period that runs over the months a question names as a span (the
// first and the last of two or more), or any period when it names fewer or the period gives
// no months ("2023-01/2023-06" is not January–October).
func sameMonthSpan(monthSet uint16, period string) bool {
	if bits.OnesCount16(monthSet) < 2 {
		return true
	}
	from, to, ok := strings.Cut(period, "/")
	if !ok || len(from) != len("2006-01") || len(to) != len("2006-01") {
		return true
	}
	first, last := bits.TrailingZeros16(monthSet), 15-bits.LeadingZeros16(monthSet)
	return atoi2(from[5:]) == first && atoi2(to[5:]) == last
}

// monthAlone reports a question naming one month beside its year as the period it asks
// about ("in March 2024", "в ноябре 2025"): not a month ending a span ("until September",
// "sentyabrına qədər", "yanvar-oktyabr"), nor the month of a source ("Report, январь 2026")
// beside another year asked.
func monthAlone(toks []text.Token) bool {
	month, years := -1, 0
	for i, t := range toks {
		switch {
		case t.Num && text.YearOf(t.Text) != 0:
			years++
		case !t.Num && text.MonthOf(t.Text) > 0:
			if month >= 0 || t.Joined || i > 0 && toks[i-1].Joined {
				return false // two months, or a range of them
			}
			month = i
		}
	}
	if month < 0 || years != 1 || text.AnyWordHasPrefix(toks, text.UntilWords) {
		return false
	}
	near := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Num && text.YearOf(toks[k].Text) != 0 }
	return near(month-1) || near(month+1) || near(month-2) || near(month+2)
}

// oneMonth reports a period of just the month of monthSet ("2024-03").
func oneMonth(period string, monthSet uint16) bool {
	return len(period) == len("2006-01") && atoi2(period[5:]) == bits.TrailingZeros16(monthSet)
}

// atoi2 reads a month written in two digits.
func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

// namesAllParts reports a question naming every part of an entity made of several.
func (e *Answerer) namesAllParts(sl slots, id string) bool {
	parts := e.parts[id]
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !slices.ContainsFunc(sl.names, func(n int32) bool { return e.ix.Term(n) == "@"+p }) {
			return false
		}
	}
	return true
}

// schedules reports a fact with a year among its figures (a completion due in 2026): it is
// dated by that year, not by its source's — "what month of 2025 was it finished?" is not
// answered by a plan to finish it in 2026, though the plan was reported in 2025.
func schedules(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Unit == "year" })
}

// ownFigureOnly are measures of a thing's size other than its length (depth): counted in
// metres like a length, they are answered only by a figure of themselves.
var ownFigureOnly = map[string]bool{"depth": true}
