// Package claims checks the numeric claims of a text: each clause is read into a frame, the
// facts about its subject are found, and their quantities are matched with it slot by slot
// (unit, measure, direction, rate or total, phase, bound, period) before the figures are
// compared; the verdict carries the ruling on every candidate (ExplainCheck).
package claims

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Checker checks the numeric claims of a text against a knowledge base's index. It is safe
// for concurrent use.
type Checker struct {
	ix *index.Index
	// latestYear is the year of the newest figure of the base: a claim about a later year
	// speaks of the future, one about an earlier year of what happened.
	latestYear int
	// measured holds the measures some figure of the base counts ("@capacity"); a claim about
	// one no figure counts (tariffs, jobs) cannot be judged by a figure of something else.
	measured map[string]bool
	// class is the class of each entity that has one (aktau: port): a clause naming one is not
	// about a quantity of another of its class.
	class map[string]string
	// design and judgedAs come from the glossary's measures (see knowledge.Term).
	design   map[string]bool
	judgedAs map[string]string
	scratch  sync.Pool
}

// New makes a checker over the index of kb.
func New(kb *knowledge.KB, ix *index.Index) *Checker {
	e := &Checker{ix: ix, latestYear: knowledge.LatestYear(kb), measured: map[string]bool{},
		design: map[string]bool{}, judgedAs: map[string]string{}, class: map[string]string{}}
	for _, t := range kb.Terms {
		e.design[t.ID] = t.Design
		if t.Class != "" {
			e.class[t.ID] = t.Class
		}
		if t.JudgedAs != "" {
			e.judgedAs["@"+t.ID] = "@" + t.JudgedAs
		}
	}
	for _, f := range kb.Facts {
		for _, q := range f.Quantities {
			e.measured["@"+q.Measure] = true
		}
	}
	e.scratch.New = func() any { return ix.NewScratch() }
	return e
}

// Verdict is the outcome of checking a claim against the knowledge base.
type Verdict string

// The verdicts, as the CLI's JSON prints them.
const (
	Supported    Verdict = "supported"
	Contradicted Verdict = "contradicted"
	Unverifiable Verdict = "unverifiable"
)

// Tolerances of the comparison.
const (
	approxTolerance   = 0.10  // "about 500 million" agrees with 470 million… within 10 %
	narrowMargin      = 0.15  // "just over 3 million" is at most 15 % over
	relativeTolerance = 0.005 // at most this much for rounding a figure written to its units
	floatNoise        = 1e-9  // what binary fractions leave of an exact match
	minClaimCoverage  = 0.35  // a clause must share this much with a fact to be about its subject
	claimCandidates   = 8
)

// ClaimResult is the verdict on one clause of a text.
type ClaimResult struct {
	Text    string
	Verdict Verdict
	// Fact decides the verdict; for an unverifiable claim it is the nearest known fact, or nil.
	Fact *knowledge.Fact
	// Quantity is the fact's figure the claim was compared with (nil when none was).
	Quantity *knowledge.Quantity
	// Plan is set when the claim presents as achieved what the source gives as a plan.
	Plan bool
	// Schedule is the fact saying when that plan is due, when it is another fact.
	Schedule *knowledge.Fact
	// Also are other sources' figures for the same measure and period that refute the claim
	// too: where sources disagree (2.7 or 2.764 million t), both are shown, side by side.
	Also []*knowledge.Fact
	// Frame is what the clause was read to state; Considered explains the verdict: each
	// candidate quantity and what ruled it in or out.
	Frame      frame.Claim
	Considered []Ruling
}

// Ruling is the fate of one candidate quantity of a claim: the slot that ruled it out
// ("measure", "direction", "period", "unit"…), or "agrees"/"differs" when it was compared.
type Ruling struct {
	Fact     *knowledge.Fact
	Quantity *knowledge.Quantity
	Outcome  string
}

// CheckResult is the verdict on a whole text: contradicted if any claim is, else supported if
// any is, else unverifiable.
type CheckResult struct {
	Lang    knowledge.Lang
	Verdict Verdict
	Claims  []ClaimResult
}

// Check fact-checks the numeric claims of a text (a sentence, or a forwarded post).
func (e *Checker) Check(msg string, lang knowledge.Lang) CheckResult {
	if lang == "" {
		lang = text.DetectLang(msg, "")
	}
	msg = text.ReadAs(lang, msg)
	res := CheckResult{Lang: lang, Verdict: Unverifiable}
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	clauses := splitClaims(msg)
	infos := e.readClauses(clauses)
	prev, prevFact := "", (*knowledge.Fact)(nil)
	for i, clause := range clauses {
		info := infos[i]
		if len(info.Figures) == 0 && len(info.Years) == 0 {
			prev, prevFact = clause, nil
			continue // no figure, nothing to check
		}
		cr := e.checkClause(s, lang, clause, prev, prevFact, info)
		prevFact = cr.Fact
		res.Claims = append(res.Claims, cr)
		prev = clause
	}
	if len(res.Claims) == 0 {
		res.Claims = append(res.Claims, ClaimResult{Text: strings.TrimSpace(msg), Verdict: Unverifiable})
	}
	res.Verdict = overall(res.Claims)
	return res
}

// overall is the verdict of a whole text: contradicted when any clause is, supported only when
// every clause is — "25.2 thousand TEU in 2021, 50% more than in 2020" is not confirmed by its
// first half while the second is unknown.
func overall(claims []ClaimResult) Verdict {
	supported := 0
	for _, c := range claims {
		switch c.Verdict {
		case Contradicted:
			return Contradicted
		case Supported:
			supported++
		}
	}
	if supported == len(claims) && supported > 0 {
		return Supported
	}
	return Unverifiable
}

// readClauses reads the frame of every clause of a text. A clause without a verb of its own
// continues the one before it in the same sentence: its tense ("…will build the plant,
// investing $700 million") and its year ("TITR cargo in 2024 was 3.6 million t, up 21%").
// A text that speaks of a plan anywhere ("launch in early 2029") states its neutral clauses
// as plans too ("the HBI plant: 2 million t a year, $700 million, launch in early 2029").
func (e *Checker) readClauses(clauses []string) []frame.Claim {
	infos := make([]frame.Claim, len(clauses))
	anyPlan := false
	for i, clause := range clauses {
		toks := text.Tokenize(clause, nil)
		infos[i] = frame.ParseClaim(toks)
		infos[i].BaseYear = frame.ComparisonBase(clause, toks)
		anyPlan = anyPlan || infos[i].Planned || infos[i].Deadline || e.speaksOfFuture(infos[i])
	}
	for i := range infos {
		info := &infos[i]
		neutral := !info.Planned && !info.Achieved
		if neutral && anyPlan {
			info.Planned = true
		}
		if prev := infos[max(i-1, 0)]; i > 0 && len(info.Years) == 1 && info.BaseYear == info.Years[0] && len(prev.Years) == 1 &&
			prev.Years[0] > info.BaseYear {
			// "2.7 Mt in 2023, which is 63% more than in 2022": the change is of 2023 over 2022.
			info.Years = []int{info.BaseYear, prev.Years[0]}
		}
		if i > 0 && len(info.Years) == 0 && strings.HasSuffix(strings.TrimSpace(clauses[i-1]), ",") {
			info.Years, info.Months, info.Since, info.YearRange = infos[i-1].Years, infos[i-1].Months, infos[i-1].Since, infos[i-1].YearRange
			info.YearsBefore = len(info.Years) > 0
			if info.YearEnd {
				info.Months = [2]int{}
			}
		}
	}
	return infos
}

// speaksOfFuture reports a clause about a year after the newest figure of the base.
func (e *Checker) speaksOfFuture(info frame.Claim) bool {
	for _, y := range info.Years {
		if y > e.latestYear {
			return true
		}
	}
	return false
}

// splitClaims cuts a text into sentences, and a sentence into clauses where both sides carry a
// number ("в 2024 году он составлял 470 млн, а за январь–август 2025 года достиг 547 млн").
func splitClaims(msg string) []string {
	var out []string
	start := 0
	flush := func(end int) {
		if part := strings.TrimSpace(msg[start:end]); part != "" {
			out = append(out, part)
		}
		start = end
	}
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case c == '\n' || c == ';' || c == '!' || c == '?':
			flush(i + 1)
		case c == '.' && (i+1 == len(msg) || msg[i+1] == ' ' || msg[i+1] == '\n') && !(i > 0 && isDigit(msg[i-1]) && i+2 < len(msg) && isDigit(msg[i+2])) && !abbreviationDot(msg, i):
			flush(i + 1)
		case c == ',' && (i+1 == len(msg) || msg[i+1] == ' '):
			if hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) {
				flush(i + 1)
			}
		case c == ' ' && versusAt(msg, i+1):
			if hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) {
				flush(i + 1) // "60% by 2030 versus 40% in 2021": two figures, two claims
			}
		}
	}
	flush(len(msg))
	return out
}

// versusAt reports a word at i that sets a figure against the one before it ("versus", "против").
func versusAt(msg string, i int) bool {
	end := strings.IndexAny(msg[i:], " ,.;")
	if end < 0 {
		end = len(msg) - i
	}
	return end > 0 && text.VersusWords[text.Fold(msg[i:i+end])]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// abbreviationDot reports a full stop at i that ends an abbreviation inside a sentence rather
// than the sentence: the next word starts in lower case ("в 2024 г. объём"), or a short word
// such as "тыс." or "mln." is followed by a word in capitals ("25,2 тыс. TEU", "млн. USD").
func abbreviationDot(msg string, i int) bool {
	next := strings.Fields(msg[i+1:])
	if len(next) == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next[0])
	if unicode.IsLower(first) {
		return true
	}
	word := msg[:i]
	if k := strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, w := utf8.DecodeRuneInString(word[k:])
		word = word[k+w:]
	}
	n := utf8.RuneCountInString(word)
	return n > 0 && n <= 4 && utf8.RuneCountInString(next[0]) >= 2 && strings.ToUpper(next[0]) == next[0]
}

// hasFigure reports a number that is not a year: "By 2027–2028, transit could reach 7 Mt"
// is one claim, not two.
func hasFigure(s string) bool {
	for _, t := range text.Tokenize(s, nil) {
		if t.Num && text.YearOf(t.Text) == 0 {
			return true
		}
	}
	return false
}

func nextStop(msg string, i int) int {
	if j := strings.IndexAny(msg[i:], ".;!?\n,"); j >= 0 {
		return i + j
	}
	return len(msg)
}

type candidate struct {
	fact  *knowledge.Fact
	cover index.Cover
	score float32
}

// checkClause finds the facts about the clause's subject and compares their figures.
func (e *Checker) checkClause(s *index.Scratch, lang knowledge.Lang, clause, prev string, prevFact *knowledge.Fact, info frame.Claim) ClaimResult {
	msg := strings.TrimSuffix(strings.TrimSpace(clause), ".")
	units := e.ix.Analyze(s, clause) // read once: the names, the slots and the ranking use it
	if name := frame.StrangerInClaim(clause, units); name != "" || frame.UnknownNameRun(e.ix, clause) != "" {
		// "Turkmenbashi port handled 10 million t", "Georgia's GDP grew 7.5%": a figure of
		// something no source knows cannot be confirmed or refuted by one it does.
		return ClaimResult{Text: msg, Verdict: Unverifiable, Frame: info}
	}
	info.Slots = frame.ReadSlots(e.ix, s.Toks, units)
	if info.Slots.Per == "month" || info.Slots.Per == "day" {
		for i := range info.Figures {
			if info.Figures[i].Unit != "percent" {
				info.Figures[i].Per = info.Slots.Per // "150 min TEU ayda": a monthly rate
			}
		}
	}
	cands, content := e.claimCandidates(s, units)
	if prev != "" && (len(cands) == 0 || content < 2 || !e.namesSubject(units)) {
		// "…, шамамен 3,6 млн тоннаға жетті", "…, то уже за январь–август 2025 года достиг 547
		// млн": a clause that barely names its subject continues the one before.
		joined := e.ix.Analyze(s, clause+" "+text.WithoutYears(prev))
		if more, _ := e.claimCandidates(s, joined); len(more) > 0 {
			cands = more
		}
		if prevFact != nil && !e.namesSubject(units) {
			// "…2.7 Mt in 2023, which is 86% more than in 2022": the fact the clause before
			// was judged by is the first to speak to it.
			cands = append([]candidate{{fact: prevFact, cover: index.Cover{Share: 1}, score: math.MaxFloat32}}, withoutFact(cands, prevFact)...)
		}
	}
	if len(cands) == 0 {
		return ClaimResult{Text: msg, Verdict: Unverifiable}
	}
	if e.unmeasured(info.Slots) {
		// "Tariffs fell 20% in 2024": no figure of the base counts tariffs, so the 176% growth
		// of container traffic cannot refute it.
		return ClaimResult{Text: msg, Verdict: Unverifiable, Frame: info}
	}
	restrictMeasures(&info.Slots, cands)
	info, yearFigures := splitYearFigures(info, cands, e.latestYear)
	figures := append(info.Figures, yearFigures...)
	var near []candidate // ranked once, and only when a figure needs them
	related := func() []candidate {
		if near == nil {
			near = e.relatedFacts(s, units)
		}
		return near
	}
	r := e.compare(cands, figures, info, related)
	if r.Verdict == Unverifiable && r.Fact == nil && len(info.Years) > 0 && onlyUncounted(info.Figures) && cands[0].cover.Asks &&
		(info.Once || info.Planned || info.Deadline) {
		// "…is planned for early 2027; 1500 people will work there": no fact counts the staff
		// at all, but the year of the event the clause dates may be wrong (the launch is due
		// in 2029). A right year does not confirm the staff, so only a contradiction counts. A
		// clause that dates no event ("3000 people worked there in 2025") is not refuted by
		// whatever else happened that year.
		yi := info
		yi.Figures, yi.Years = nil, nil
		if r2 := e.compare(cands, yearsAsFigures(info.Years), yi, related); r2.Verdict == Contradicted {
			r = r2
		}
	}
	if len(figures) == len(yearFigures) && !cands[0].cover.Asks {
		r = ClaimResult{Verdict: Unverifiable} // "BTC 2023" is a search, not a claim
	}
	if r.Verdict == Supported && saysOpposite(s.Toks, r.Fact, lang) {
		// "takes three times less time" is not confirmed by "3 times longer": the figure
		// agrees, the words around it do not.
		r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Outcome: "says the opposite"})
		r.Verdict = Unverifiable
	}
	r.Text = msg
	r.Frame = info
	return r
}

// namesSubject reports a clause that names anything of the glossary (a place, a company, a
// measure) but a change: one that names nothing ("…, and by the year's end it expects 2.2
// million t", "…, up 40.4% year on year") speaks of the one before's subject.
func (e *Checker) namesSubject(units []index.Unit) bool {
	for _, u := range units {
		if u.Concept && !u.Context && (u.Term < 0 || !changeTerms[e.ix.Term(u.Term)]) {
			return true
		}
	}
	return false
}

// changeTerms name no subject of their own: a change or a share is always of something.
var changeTerms = map[string]bool{"@growth": true, "@decline": true, "@share": true}

// unmeasured reports a clause naming only measures no figure of the base counts.
func (e *Checker) unmeasured(sl frame.Slots) bool {
	for m := range sl.Measures {
		if e.measured[m] || e.measured[e.judgedAs[m]] {
			return false
		}
	}
	return len(sl.Measures) > 0
}

// onlyUncounted reports figures all counted in things no fact measures ("1500 people"): only
// then may the clause's year be the claim (a percentage or a tonnage of another year is not
// confirmed by an event of that year).
func onlyUncounted(figs []frame.Figure) bool {
	for _, f := range figs {
		if f.Unit != frame.OtherUnit {
			return false
		}
	}
	return len(figs) > 0
}

// splitYearFigures moves out of the claim's period the years that are figures of their own:
// "launch planned for 2029" when a candidate states the year of a launch.
func splitYearFigures(info frame.Claim, cands []candidate, latest int) (frame.Claim, []frame.Figure) {
	if len(info.Figures) == 0 {
		years := info.Years
		info.Years = nil
		return info, yearsAsFigures(years)
	}
	var keep []int
	var figs []frame.Figure
	for _, y := range info.Years {
		// A year the plan is scheduled for ("…launch planned for early 2029") is a figure of
		// its own, not the period of the clause's other figures.
		// So is a later year claimed as done when a candidate schedules something for a year
		// ("launched in 2026" against "launch planned for 2029").
		// Only when a candidate schedules something for a year: "a 50% rise planned for 2030"
		// dates the rise, and is compared with the rise's own year (2028), not with none.
		if statesYear(cands, y, info, latest) || (info.Planned || info.Achieved) && schedulesYear(cands) && y > latestAsOf(cands) {
			figs = append(figs, yearsAsFigures([]int{y})...)
		} else {
			keep = append(keep, y)
		}
	}
	info.Years = keep
	return info, figs
}

// latestAsOf is the latest year the candidates' figures are valid at.
func latestAsOf(cands []candidate) int {
	latest := 0
	for _, c := range cands {
		if y, _ := knowledge.PeriodYears(c.fact.AsOf); y > latest {
			latest = y
		}
	}
	return latest
}

func yearsAsFigures(years []int) []frame.Figure {
	var out []frame.Figure
	for _, y := range years {
		out = append(out, frame.Figure{Value: float64(y), Raw: float64(y), Scale: 1, Unit: "year"})
	}
	return out
}

// schedulesYear reports a candidate plan whose figure is a year (a launch date).
func schedulesYear(cands []candidate) bool {
	for _, c := range cands {
		for _, q := range c.fact.Quantities {
			if q.Unit == "year" && knowledge.IsPlanned(&q) {
				return true
			}
		}
	}
	return false
}

// statesYear reports a candidate that gives year y as a figure (not as the period of another).
func statesYear(cands []candidate, y int, info frame.Claim, latest int) bool {
	for _, c := range cands {
		if !info.Planned && y <= latest && measuresElsewhere(c.fact, info.Figures) {
			// "In 2025 Kuryk handled 3 Mt": the year is the period of an amount this fact does
			// not measure. A plan's clause may date one thing and cost another ("$700 million,
			// launch in early 2029").
			continue
		}
		for _, q := range c.fact.Quantities {
			if q.Unit == "year" && int(q.Value) == y {
				return true
			}
		}
	}
	return false
}

// compare decides a clause against its candidate facts, best first: a plan's figure stated as
// achieved is contradicted; otherwise the first candidate with a quantity the figures can be
// compared with decides — unless it contradicts them and an equally likely candidate confirms
// them — and a plan confirmed only as a plan.
func (e *Checker) compare(cands []candidate, figures []frame.Figure, info frame.Claim, related func() []candidate) (r ClaimResult) {
	m := matcher{ix: e.ix, cands: cands, figures: figures, info: info, statedAsPlan: e.statedAsPlan(info), related: related,
		class: e.class}
	defer func() {
		r.Considered = m.rulings
		if r.Verdict == Supported {
			r.Also = appendNew(r.Also, r.Fact, m.confirming)
		}
	}()
	achieved := info.Achieved && !info.Planned
	if achieved {
		if r, ok := m.planStatedAsDone(); ok {
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
		if named := e.ix.FactOrdinals(f); info.Ordinals != 0 && named != 0 && named&info.Ordinals == 0 {
			m.rule(f, firstQuantity(f), "ordinal") // the second meeting's date is not the first's
			continue
		}
		verdict, q := m.judge(f)
		if verdict == Unverifiable {
			continue
		}
		if verdict == Contradicted {
			// Retrieval cannot always tell "Azerbaijan's investment in Kazakhstan" from the
			// reverse, nor one source from another that disagrees with it: when an equally
			// likely fact confirms the figure, the claim is not called wrong.
			if alt := e.checkAgainst(cands[ci+1:], c, figures, info, best); alt.Verdict == Supported {
				return alt
			}
			if alt, ok := m.sharingFigures(f, q, cands); ok {
				return alt
			}
		}
		if verdict == Supported && knowledge.IsPlanned(q) && !m.statedAsPlan {
			// A plan that another source reports as done ("5 million t a year after the
			// modernization") confirms the claim through that result.
			if r, ok := resultAgreeing(cands, figures, info); ok {
				return r
			}
			// A plan, forecast or target is confirmed only by a claim that says it is one
			// ("could reach", "by 2028", "designed for"): "capacity reached 10 Mt in 2025"
			// restates a target as done, and so does the present tense — "the Port of Baku's
			// capacity is 25 Mt" is a ✅ on a figure that is not yet true. A planned thing's
			// size or price is its own, though: "the cable is about 380 km" quotes the plan.
			if m.statesResult() || !e.design[q.Measure] {
				return ClaimResult{Verdict: Contradicted, Fact: f, Quantity: q, Plan: true, Schedule: schedule(f, cands)}
			}
		}
		r := ClaimResult{Verdict: verdict, Fact: f, Quantity: q}
		if verdict == Contradicted {
			r.Also = m.otherSources(f, q, cands[ci+1:])
		}
		return r
	}
	return ClaimResult{Verdict: Unverifiable, Fact: m.nearest}
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
	related func() []candidate
	class   map[string]string // see Checker
	// confirming are the related facts that confirmed such figures, shown with the verdict.
	confirming []*knowledge.Fact
}

// statesResult: the claim says what happened — "handled", or a past year — rather than
// restating a plan ("the plant will cost $1 billion" is a claim about the plan).
func (m *matcher) statesResult() bool {
	return !m.statedAsPlan && (m.info.Achieved || len(m.info.Years) > 0)
}

func (m *matcher) rule(f *knowledge.Fact, q *knowledge.Quantity, outcome string) {
	m.rulings = append(m.rulings, Ruling{f, q, outcome})
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

// judge compares every figure of the clause with the quantities of fact f it can be compared
// with: one figure that differs makes the claim wrong; all that agree make it supported.
func (m *matcher) judge(f *knowledge.Fact) (verdict Verdict, q *knowledge.Quantity) {
	verdict = Unverifiable
	var before *knowledge.Quantity // what the first of "from X to Y" agreed with
	var unmatched []frame.Figure
	defer func() {
		// A figure the fact cannot speak to must be confirmed by another candidate (the
		// plant's launch year beside its capacity), or the claim is not shown: "…and will
		// create 1,500 jobs" adds what no source says.
		for _, fig := range unmatched {
			if verdict == Supported && !m.confirmedElsewhere(f, fig) {
				m.rule(f, nil, "figure "+knowledge.FormatNumber(fig.Value)+" unconfirmed")
				verdict = Unverifiable
			}
		}
	}()
	for i, fig := range m.figures {
		from := before
		before = nil
		compatible := m.compatible(f, fig)
		if handledOnly(m.info) {
			compatible = m.ceilings(f, fig, compatible)
		}
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
		agreed := (*knowledge.Quantity)(nil)
		for _, cq := range compatible {
			if agrees(fig, cq) && !opposes(m.info.Slots, cq) && sameMonth(m.info, f, cq) {
				agreed = cq
				break
			}
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
		case agreed == nil && compatible[0].Measure == eventDate && !m.info.Once && !m.otherMonth(f, fig, compatible[0]) &&
			!m.sinceStart(f):
			// An event's date confirms a claim of that year, but events recur (visits,
			// meetings): another year is not a contradiction, only not known — unless the
			// claim speaks of something that happens once (a start, the second meeting).
			continue
		case agreed == nil:
			// Every figure must agree: one wrong number makes the claim wrong.
			verdict, q = Contradicted, compatible[0]
		case verdict != Contradicted:
			verdict, q = Supported, agreed
		}
	}
	return verdict, q
}

// ofOtherSubject reports a quantity about one subject (kuryk) where the clause names another
// of its class (aktau) and not it, and the fact does not name that other.
func (m *matcher) ofOtherSubject(f *knowledge.Fact, q *knowledge.Quantity) bool {
	named, class := m.info.Slots.Concepts, m.class[q.Subject]
	if class == "" || named[q.Subject] {
		return false
	}
	for n := range named {
		if n != q.Subject && m.class[n] == class && !slices.Contains(f.Entities, n) {
			return true
		}
	}
	return false
}

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
			if unitsCompatible(fig, q) && (slot == "" || slot == SlotMeasure) && agrees(fig, q) {
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
			if o.Measure == q.Measure && o.Unit == q.Unit && o.Period == q.Period && o.Part == q.Part &&
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

func valueOf(q *knowledge.Quantity) float64 { return q.Value * knowledge.ScaleValue(q.Scale) }

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
		out = append(out, q)
	}
	return out
}

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
		if fq.Part != "" && m.ix.Knows("@"+fq.Part) && !m.info.Slots.Concepts[fq.Part] {
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
		if fq.Part == "" && namesPart(f, m.info.Slots) {
			// "Aktau handles up to 12 Mt of oil": the port's 12 Mt of all cargo is not its oil,
			// which the same fact gives apart (7.5 Mt).
			m.rule(f, fq, SlotPhase)
			continue
		}
		if slot := slotConflict(m.info.Slots, fig, fq); slot != "" {
			m.rule(f, fq, slot)
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

// changeOfOtherMeasure reports a change (growth, decline) of a fact whose figures measure
// something else than every measure the claim names: a change beside a trade figure is the
// trade's.
func changeOfOtherMeasure(f *knowledge.Fact, q *knowledge.Quantity, sl frame.Slots) bool {
	if !knowledge.IsChange(q.Measure) {
		return false
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
// apart from the whole.
func namesPart(f *knowledge.Fact, sl frame.Slots) bool {
	for _, q := range f.Quantities {
		if q.Part != "" && sl.Concepts[q.Part] {
			return true
		}
	}
	return false
}

// firstYear: a figure in years below it is a span ("22 years"), not a date.
const firstYear = 1000

// tiedScore: candidates scoring at least this share of the best are equally likely subjects;
// so are facts of the same topic that explain at least sameSubjectShare of the claim (two
// sources giving their own figure for one thing).
const (
	tiedScore        = 0.9
	sameSubjectShare = 0.7
)

// checkAgainst looks for a candidate as likely as the deciding one (a close score, or the same
// share of the claim explained) whose figure agrees with the claim.
func (e *Checker) checkAgainst(rest []candidate, deciding candidate, figures []frame.Figure, info frame.Claim, best float32) ClaimResult {
	bucket := func(c candidate) float64 { return math.Round(c.cover.Share * 4) }
	for _, c := range rest {
		sameSubject := c.fact.Topic == deciding.fact.Topic && c.cover.Share >= sameSubjectShare
		if c.score < tiedScore*best && bucket(c) < bucket(deciding) && !sameSubject {
			continue
		}
		if q := e.confirmsAll(c.fact, figures, info); q != nil {
			return ClaimResult{Verdict: Supported, Fact: c.fact, Quantity: q}
		}
	}
	return ClaimResult{Verdict: Unverifiable}
}

// confirmsAll returns the quantity of f that confirms the claim when one figure agrees with f
// and no other figure the fact can be compared with differs: "from 100 thousand TEU down to
// 80 thousand" is not confirmed by a fact that agrees on the 100 thousand alone.
func (e *Checker) confirmsAll(f *knowledge.Fact, figures []frame.Figure, info frame.Claim) *knowledge.Quantity {
	var confirming, before *knowledge.Quantity
	for i, fig := range figures {
		comparable, agreed := false, (*knowledge.Quantity)(nil)
		for _, q := range factQuantities(f) {
			// The confirming figure must be a result of the same kind: not a plan for a claim
			// of what happened, not the date of some other event.
			if q.Measure == eventDate || knowledge.IsPlanned(q) && !e.statedAsPlan(info) || q.Measure == "capacity" && handledOnly(info) ||
				changeOfOtherMeasure(f, q, info.Slots) {
				continue
			}
			if unitsCompatible(fig, q) && slotConflict(info.Slots, fig, q) == "" && periodCompatible(info, q, f) &&
				wholePeriod(fig, info, q) {
				comparable = true
				if agreed == nil && agrees(fig, q) {
					agreed = q
				}
			}
		}
		if comparable && agreed == nil {
			return nil
		}
		if before != nil && agreed != nil && !comesBefore(f, before, agreed) {
			return nil // "rises from 53% to 60%" against a source's fall from 60% to 53%
		}
		before = nil
		if fig.Before && i+1 < len(figures) {
			before = agreed
		}
		if confirming == nil {
			confirming = agreed
		}
	}
	return confirming
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
	hasYear := func(f *knowledge.Fact) bool {
		for _, q := range f.Quantities {
			if q.Unit == "year" {
				return true
			}
		}
		return false
	}
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

// claimCandidates are facts about the clause's subject, best first, and how many words of
// the clause name a subject. Quoted figures do not rank (a wrong figure must find the same
// fact as the right one); years do.
func (e *Checker) claimCandidates(s *index.Scratch, units []index.Unit) ([]candidate, int) {
	content := 0
	for _, u := range units {
		if !u.Num && !u.Measure && !u.Covered {
			content++
		}
	}
	top := e.ix.Rank(s, units, claimCandidates, index.RankOptions{IgnoreFigures: true})
	var out []candidate
	for _, t := range top {
		cv := e.ix.Coverage(units, t.Doc)
		if cv.Subject && cv.Entities && cv.Predicate && cv.Share >= minClaimCoverage {
			out = append(out, candidate{fact: e.ix.Fact(t.Doc), cover: cv, score: t.Score})
		}
	}
	// The fact that explains more of the claim is its subject ("first phase" against "second and
	// third phases"); the score breaks ties.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := math.Round(out[i].cover.Share*4), math.Round(out[j].cover.Share*4)
		if a != b {
			return a > b
		}
		return out[i].score > out[j].score
	})
	return out, content
}

// saysOpposite reports a clause that says the opposite of what the fact's text in the
// clause's language says.
func saysOpposite(clause []text.Token, f *knowledge.Fact, lang knowledge.Lang) bool {
	return text.Opposite(clause, text.Tokenize(f.Text.In(lang), nil))
}

// withoutFact returns the candidates but f's.
func withoutFact(cands []candidate, f *knowledge.Fact) []candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if c.fact != f {
			out = append(out, c)
		}
	}
	return out
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

// relatedFacts are the best-ranked facts for the clause, without the coverage a deciding
// candidate needs.
func (e *Checker) relatedFacts(s *index.Scratch, units []index.Unit) []candidate {
	var out []candidate
	for _, t := range e.ix.Rank(s, units, claimCandidates, index.RankOptions{IgnoreFigures: true}) {
		out = append(out, candidate{fact: e.ix.Fact(t.Doc), score: t.Score})
	}
	return out
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

// unitsCompatible: the same unit, or a claim that names none ("trade was 470 in 2024"),
// compared only with amounts (not years or ordinals). A currency the source did not state
// is compatible with any currency.
func unitsCompatible(fig frame.Figure, q *knowledge.Quantity) bool {
	switch {
	case fig.Unit == q.Unit:
		return true
	case fig.Unit == "":
		return q.Unit != "year" && q.Unit != "ordinal" && q.Unit != "percent" && q.Unit != "times"
	case q.Unit == "" && knowledge.IsMoney(fig.Unit):
		return true
	case q.Unit == "count" && countedThings[fig.Unit]:
		return true // "5244 tankers" is a count
	}
	return false
}

// countedThings are units a claim may name where the knowledge base just counts.
var countedThings = map[knowledge.Unit]bool{"tanker": true, "vessel": true, "berth": true, "voyage": true, "wagon": true}

// periodCompatible: a claim without a period fits any; "since 2023" fits a period starting in
// 2023; a year fits a period within that year; two years fit a range; "by 2028" fits a plan
// ending in 2028. A figure without a period belongs to the year of its source.
func periodCompatible(c frame.Claim, q *knowledge.Quantity, f *knowledge.Fact) bool {
	if len(c.Years) == 0 {
		return true
	}
	period := q.Period
	if from, _ := knowledge.PeriodYears(period); from == 0 && f.Date != "" {
		period = f.Date // a figure an event states is of the event's date ("announced on 29 January 2024")
	}
	from, to := knowledge.PeriodYears(period)
	if from == 0 {
		from, to = knowledge.PeriodYears(f.AsOf)
		if len(c.Years) == 1 && !c.Since {
			// The source gives no period: a claim about a given year cannot be judged, unless
			// the year is the clause before's and this figure a standing one (a limit).
			return c.YearsBefore && q.Bound != ""
		}
	}
	first, last := c.Years[0], c.Years[len(c.Years)-1]
	// A change from one year to the next is of whole years: not of "the first 11 months".
	change := knowledge.IsChange(q.Measure) && (c.Months[0] == 0 || !strings.Contains(period, "/"))
	if first == last && from+1 == to && first == to && change && c.BaseYear != first {
		return true // a change over 2023/2024 is the change "in 2024"
	}
	if change && from+1 == to && c.BaseYear == from && (first == from || first == to) && (last == from || last == to) {
		return true // "50% more than in 2020" is the change over 2020/2021
	}
	if change && from == to && c.BaseYear == from-1 && (first == from || first == c.BaseYear) && (last == from || last == c.BaseYear) {
		return true // "40% more than in 2024" is the rise of 2025
	}
	if change && c.BaseYear != 0 && from+1 == to && from != c.BaseYear {
		return false // "63% more than in 2022" is not the rise of 2024 over 2023
	}
	if change && c.BaseYear != 0 && first == last && first == c.BaseYear {
		return false // "14.4% more than in 2022" names only the base: not the rise of 2022 itself
	}
	if first == last && q.Cumulative && c.Deadline && to == last {
		return true // "by the end of 2022, more than 4 billion barrels": a total up to 2022
	}
	switch {
	case c.Since:
		// "4.3 Mt since 2023" is a total from then on, not the figure of 2023 alone.
		return first == from && (q.Cumulative || to > from || q.Unit == "year")
	case first != last && c.YearRange:
		return first == from && last == to
	case first != last:
		// Separate dates ("at the November 2022 meeting … by 2025"): one must be the figure's.
		for _, y := range c.Years {
			if y == from || y == to {
				return true
			}
		}
		return false
	case from == to:
		// A date in the claim ("after the upgrade of 20 May 2024") does not make a state of
		// that year (a capacity, a length) a figure of another period; a flow's months do.
		return first == from && (monthsCompatible(c, period) || q.Flow == "" && c.Months[0] == c.Months[1])
	case f.Kind == "plan":
		return first == to
	}
	return false
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

// agrees compares a claimed figure with a sourced one, allowing for the claim's rounding,
// its approximation words and its bounds ("more than 500 million").
func agrees(fig frame.Figure, q *knowledge.Quantity) bool {
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
	if fig.Scale == 1 && fig.Unit != "year" && q.Unit != "year" && knowledge.ScaleValue(q.Scale) > 1 && fig.Raw < 1e4 {
		got = fig.Raw * knowledge.ScaleValue(q.Scale) // "trade was 470 in 2024" means 470 million
	}
	if fig.Per != "" && fig.Per != q.Per && frame.RatePerYear(q.Per) > 0 {
		got *= frame.RatePerYear(fig.Per) / frame.RatePerYear(q.Per) // 2 Mt a month is 24 Mt a year
	}
	switch fig.Bound {
	case 1:
		return want > got && (!fig.Narrow || want <= got*(1+narrowMargin))
	case -1:
		return want < got && (!fig.Narrow || want >= got*(1-narrowMargin))
	}
	if fig.Unit == "year" || q.Unit == "year" {
		return want == got // a year is right or wrong, never "about"
	}
	if fig.Approx || q.Approx {
		return math.Abs(want-got) <= math.Abs(want)*approxTolerance
	}
	// Figures agree within the rounding of the coarser of the two — "107 000" or "0,47 млрд"
	// may round the source's 107,054 or 470 million, but "107 540" states its tens and is
	// another figure — and never beyond relativeTolerance unless the claim rounds coarsely.
	rounding := math.Max(roundingOf(fig.Raw, fig.Decimals)*got/nonZero(fig.Raw), roundingOf(q.Value, -1)*want/nonZero(q.Value))
	tol := math.Max(math.Abs(want)*floatNoise, math.Min(math.Abs(want)*relativeTolerance, rounding))
	// "3,5 млн" is rounded to 0.1 million: anything within half of that rounds to it — but a
	// figure rounded that coarsely ("1 billion" for 700 million) is not the same figure.
	if fig.Scale > 1 {
		tol = math.Max(tol, math.Min(roundingOf(fig.Raw, fig.Decimals)*fig.Scale, math.Abs(want)*approxTolerance))
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

// statedAsPlan reports a claim that speaks of the future: plan words ("will", "может",
// "olacaq"), or a year after the newest figure of the base ("by 2028") without words of
// achievement. "Capacity reached 10 Mt in 2025" speaks of a year the base has results for:
// it restates a target as done.
func (e *Checker) statedAsPlan(info frame.Claim) bool {
	if info.Planned || info.Deadline {
		return true
	}
	if info.Achieved {
		return false
	}
	for _, y := range info.Years {
		if y > e.latestYear {
			return true
		}
	}
	for _, fig := range info.Figures {
		if fig.Unit == "year" && int(fig.Value) > e.latestYear {
			return true
		}
	}
	return false
}

// wholePeriod: a claim about a year (no months named) is about the whole year, so a figure of
// some of its months does not confirm or refute it — unless the claim says "more than",
// which part of the year already shows ("trade in 2025 exceeded $500 million": $547 million
// in January–August).
func wholePeriod(fig frame.Figure, c frame.Claim, q *knowledge.Quantity) bool {
	// "More than" a flow is shown by part of the year; a rate of change is not.
	return c.Months[0] != 0 || !knowledge.PartOfYear(q.Period) || fig.Bound > 0 && !changeMeasure(q.Measure)
}

// resultAgreeing finds among the candidates a result (not a plan) that agrees with the claim
// in every slot and its period.
func resultAgreeing(cands []candidate, figures []frame.Figure, info frame.Claim) (ClaimResult, bool) {
	for _, c := range cands {
		for _, fig := range figures {
			for _, q := range factQuantities(c.fact) {
				if q.Measure == eventDate || knowledge.IsPlanned(q) {
					continue
				}
				if unitsCompatible(fig, q) && slotConflict(info.Slots, fig, q) == "" && periodCompatible(info, q, c.fact) &&
					wholePeriod(fig, info, q) && agrees(fig, q) {
					return ClaimResult{Verdict: Supported, Fact: c.fact, Quantity: q}, true
				}
			}
		}
	}
	return ClaimResult{}, false
}

// partialOfClaimedYear: the claim names a year but no months, and the figure is of some
// months of it.
func partialOfClaimedYear(c frame.Claim, q *knowledge.Quantity) bool {
	return c.Months[0] == 0 && len(c.Years) > 0 && knowledge.PartOfYear(q.Period)
}
