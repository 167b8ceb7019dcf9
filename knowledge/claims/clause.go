package claims

// This file finds the facts a clause speaks of and checks it against them.

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

type candidate struct {
	fact  *knowledge.Fact
	cover index.Cover
	score float32
}

// checkClause finds the facts about the clause's subject and compares their figures.
func (e *Checker) checkClause(s *index.Scratch, lang knowledge.Lang, clause, prev string, prevFact *knowledge.Fact, info frame.Claim, before *frame.Slots) ClaimResult {
	msg := strings.TrimSuffix(strings.TrimSpace(clause), ".")
	analyzed := clause
	if info.Resolved != 0 {
		analyzed += " " + strconv.Itoa(info.Resolved) // "last year" ranks the year's facts first
	}
	if info.Speaker != "" {
		analyzed = info.Speaker + " " + clause // "…, and the corridor could reach 10 Mt" is AZCON's
	}
	units := e.ix.Analyze(s, analyzed) // read once: the names, the slots and the ranking use it
	if name := frame.StrangerInClaim(clause, units); name != "" || frame.UnknownNameRun(e.ix, clause) != "" || frame.UnknownWordRun(clause, units) != "" {
		// "Turkmenbashi port handled 10 million t", "Georgia's GDP grew 7.5%": a figure of
		// something no source knows cannot be confirmed or refuted by one it does — but
		// "President Ursula von der Leyen announced the €10 billion" names another than the
		// source who announced it.
		if name != "" && (besideActorWord(clause, name, true) || joinedToName(clause, name) || announcerRun(clause, name) != "") {
			if r, ok := e.checkNames(s, lang, clause, info); ok && r.Verdict == Contradicted {
				return r
			}
		}
		return ClaimResult{Text: msg, Verdict: Unverifiable, Frame: info}
	}
	info = e.readClauseSlots(s.Toks, units, info, before)
	versus := len(s.Toks) > 0 && text.VersusWords[s.Toks[0].Text] // read before the scratch holds the joined text
	cands, units := e.clauseCandidates(s, clause, prev, prevFact, units)
	if versus && prevFact != nil && len(cands) > 0 {
		// "…60,429 TEU in January–July 2025 versus 39,184 TEU a year earlier": the level
		// before, which the fact of the clause before gives first
		cands = factFirst(cands, prevFact)
	}
	if len(cands) == 0 {
		if r, ok := e.placedElsewhere(s, lang, clause, info, units); ok {
			r.Text = msg
			return r
		}
		return ClaimResult{Text: msg, Verdict: Unverifiable}
	}
	if e.unmeasured(info.Slots) {
		// "Tariffs fell 20% in 2024": no figure of the base counts tariffs, so the 176% growth
		// of container traffic cannot refute it.
		return ClaimResult{Text: msg, Verdict: Unverifiable, Frame: info}
	}
	if len(info.Years) == 0 && info.Day != 0 {
		// "arrived on March 23": the year is the one of the candidate dated that very day,
		// and the claim is checked as if it named it; no such candidate, nothing to check.
		if y := yearOfDay(cands, info); y != 0 {
			info.Years = []int{y}
		} else if len(info.Figures) == 0 {
			return ClaimResult{Text: msg, Verdict: Unverifiable, Frame: info}
		}
	}
	restrictMeasures(&info.Slots, cands)
	if len(info.Figures) == 0 && info.BaseYear != 0 && len(info.Years) == 2 {
		// "More cargo went by the TITR in 2025 than in 2024": the two years' own figures
		// decide, never the date of something else in one of them.
		r, ok := compareTwoYears(cands, info, s.Toks)
		if !ok {
			r = ClaimResult{Verdict: Unverifiable}
		}
		r.Text, r.Frame = msg, info
		return r
	}
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
	if r.Verdict == Unverifiable && (info.Deadline || info.Planned) && len(info.Years) > 0 && len(info.Figures) > 0 {
		r = e.otherDeadline(r, cands, info, related)
	}
	if len(figures) == len(yearFigures) && !cands[0].cover.Asks {
		r = ClaimResult{Verdict: Unverifiable} // "BTC 2023" is a search, not a claim
	}
	if r.Verdict == Supported {
		datesOnly := len(figures) == len(yearFigures)
		doubt := e.doubtAboutSupport(s, r, info, clause, lang, datesOnly)
		if doubt != "" && datesOnly {
			// "the BTK opening ceremony was held in Baku on 30 October 2017": Wikipedia
			// agrees on the year and says none of the rest; the ministry's fact says it all
			if other, ok := e.otherDateWitness(s, r, info, clause, lang); ok {
				r, doubt = other, ""
			}
		}
		if doubt != "" {
			r.Verdict = Unverifiable
			r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: doubt})
		}
	}
	if r.Verdict == Supported {
		r = e.wordsAgree(r, clause, lang, info, len(figures) == len(yearFigures))
	}
	if r.Verdict == Contradicted && info.Alone && e.oneAloneOfSeveral(r) {
		// "the EIB alone committed €4 billion": the €10 billion is what several committed
		// together; one's own share is not given, so neither confirmed nor refuted
		r.Verdict = Unverifiable
		r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: "one alone, where the source gives what several gave together"})
	}
	if r.Verdict == Supported && r.Quantity != nil {
		if p := e.otherPartNamed(clause, r.Fact, r.Quantity); p != "" {
			// "Kuryk can take 54 wagons on a single-tier ferry": the source's 54 are any
			// ferry's; the single-tier ferry is what another of its figures is of
			r.Verdict = Unverifiable
			r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: "names " + p + ", the part another figure of the source is of"})
		}
	}
	r.Text = msg
	r.Frame = info
	return r
}

// otherPartNamed is the part of a whole (written in several words: "single-tier-ferry",
// "grain-terminal") that a quantity of another fact of f's source is of, and the clause names
// word for word, where the deciding quantity q is of another part; or "".
func (e *Checker) otherPartNamed(clause string, f *knowledge.Fact, q *knowledge.Quantity) string {
	var toks []text.Token
	for _, g := range e.bySource[f.Source] {
		if g == f {
			continue // its own parts are weighed with its figures
		}
		for i := range g.Quantities {
			p := g.Quantities[i].Part
			words := strings.Split(p, "-")
			if len(words) < 2 || p == q.Part || isPhase(p) {
				continue
			}
			if toks == nil {
				toks = text.Tokenize(clause, nil)
			}
			if !slices.ContainsFunc(words, func(w string) bool {
				return !slices.ContainsFunc(toks, func(t text.Token) bool { return !t.Num && strings.HasPrefix(t.Text, w) })
			}) {
				return p
			}
		}
	}
	return ""
}

// goodAsCause reports a good named right before a word of cause that follows its cause
// ("neft hesabına", "мұнай есебінен": thanks to oil) that the fact does not name.
func (e *Checker) goodAsCause(s *index.Scratch, clause string, f *knowledge.Fact) bool {
	toks := text.Tokenize(clause, nil)
	for k := 1; k < len(toks); k++ {
		if toks[k].Num || !text.HasPrefixIn(toks[k].Text, text.CausesAfter) || toks[k-1].Num {
			continue
		}
		doc, ok := e.ix.DocOf(f.ID)
		if !ok {
			return false
		}
		for _, u := range e.ix.Analyze(s, toks[k-1].Text) {
			if u.Concept && u.Term >= 0 && e.ix.Flow(e.ix.Term(u.Term)) == knowledge.FlowGood && !e.ix.HasPosting(u.Term, doc) {
				return true
			}
		}
	}
	return false
}

// otherDateWitness is the result decided by another fact that agreed on the clause's dates
// and leaves no doubt, when the deciding one does.
func (e *Checker) otherDateWitness(s *index.Scratch, r ClaimResult, info frame.Claim, clause string, lang knowledge.Lang) (ClaimResult, bool) {
	for _, c := range r.Considered {
		if c.Outcome != "agrees" || c.Fact == r.Fact {
			continue
		}
		alt := r
		alt.Fact, alt.Quantity = c.Fact, c.Quantity
		if e.doubtAboutSupport(s, alt, info, clause, lang, true) == "" {
			return alt, true
		}
	}
	return ClaimResult{}, false
}

// withDecision is the rulings of r with the quantity that decided it: a fact another one's
// contradiction led to ("differs" by the nearest, then "agrees" by the next) is not ruled.
func withDecision(r ClaimResult) []Ruling {
	if r.Quantity == nil || slices.ContainsFunc(r.Considered, func(c Ruling) bool { return c.Quantity == r.Quantity && c.Outcome == "agrees" }) {
		return r.Considered
	}
	return append(slices.Clip(r.Considered), Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: "agrees"})
}

// doubtAboutSupport is the first reason a clause its figures confirm is still not shown, or "":
// the words around a right figure can say more than, or other than, its source. Each check
// returns the outcome -explain prints.
func (e *Checker) doubtAboutSupport(s *index.Scratch, r ClaimResult, info frame.Claim, clause string, lang knowledge.Lang, datesOnly bool) string {
	when := func(holds bool, outcome string) string {
		if holds {
			return outcome
		}
		return ""
	}
	checks := []func() string{
		func() string { return when(!e.countsAgree(r.Fact, info.Counts), "another number of countries") },
		func() string { return e.unstatedWording(r, info, lang, clause, datesOnly) },
		// "the Northern route takes three times longer than the Middle Corridor": the
		// source's three times is the Middle Corridor's against the Northern route
		func() string {
			return when(r.Quantity != nil && r.Quantity.Than != "" && e.comparedBackwards(clause, r.Quantity.Than, lang), "compared the other way")
		},
		// "in April 2023 Tokayev called last year's August visit a serious impulse": a date
		// agreeing confirms what the words around it say only when the fact says them
		func() string {
			return when(datesOnly && e.datedWordsUnsaid(clause, r.Fact, lang), "the words around the date unstated")
		},
		// "Istanbul hosted the meeting on 2021's results": the year agrees, and the clause
		// names a place the base knows only as a slip for another word
		func() string {
			return when(datesOnly && e.typoName(clause) != "", "a name the base does not know")
		},
		// "since 2022 China has reduced its involvement": the year agrees, the move is the
		// opposite of the source's
		func() string {
			return when(datesOnly && movedOpposite(text.Tokenize(clause, nil), text.Tokenize(r.Fact.Text.In(lang), nil)), "the opposite move of the source's")
		},
		// "SOCAR built the Sangachal terminal's new pipelines in 2022": the source's SOCAR
		// upgraded the network that year; a deed dated is confirmed only if the fact tells it
		func() string {
			return when(datesOnly && text.SaysBuilt(text.Tokenize(clause, nil)) && !text.SaysBuilt(saidWords(r.Fact, lang)), "a building the source does not tell")
		},
		// "the TITR association's meeting on 2021's results was held in Istanbul": a date
		// alone agrees, and the fact names another place (Ankara); "held in Kars" of the
		// Baku–Tbilisi–Kars railway's opening in Baku
		func() string {
			return when(datesOnly && (e.elsewhereThanCity(clause, r.Fact, lang) || e.placeMoved(s, clause, r.Fact, lang)), "in a place the source does not name")
		},
		// "port capacity will grow by 21.2 Mt, to 30 Mt": 21.2 Mt is the logistics hub's
		// capacity, not a growth any source states
		func() string {
			return when(info.Slots.Change != 0 && changeAsLevel(info.Figures, withDecision(r)), "a level stated as a change")
		},
		// "could triple by 2030 compared with 2022": the source's change by 2030 names no
		// base year, so one the claim names is not shown
		func() string {
			facts := append([]*knowledge.Fact{r.Fact}, r.Also...)
			return when(baseUnstated(info, r.Considered, facts), "a base year the source does not give")
		},
		func() string { return when(e.personsSwapped(clause, r.Fact, lang), "persons in each other's places") },
		// "Azerbaijan Kazakhstan investment $136 million" of Kazakhstan's money in
		// Azerbaijan: no direction read, the two countries named destination first
		func() string {
			sl := info.Slots
			return when(r.Quantity != nil && len(sl.Toward) == 0 && len(sl.From) == 0 && namedTheOtherWay(sl.Countries, r.Quantity), "the countries named the other way round")
		},
		func() string { return moreThanSaid(clause, r.Fact, lang) },
		// "…ticarət neft hesabına 40% artaraq…", "…мұнай есебінен…": a good given as the cause,
		// where the source gives none
		func() string { return when(e.goodAsCause(s, clause, r.Fact), "a cause the source does not give") },
		// "Kazakhstan's trade turnover was $470 million": the figure is the two countries'
		// together, not one's own
		func() string {
			return when(e.oneOfJoint(s, clause, r), "one country's own figure, where the source gives several countries' together")
		},
		// "BTC was commissioned in 2005, its length is 1,768 km": the length is right, and the
		// year is of something no confirming fact dates
		func() string {
			return when(!datesOnly && yearUnconfirmed(clause, info, append([]*knowledge.Fact{r.Fact}, r.Also...)), "a year the source does not give")
		},
		// "Urpilainen opened the forum announcing €10 billion": Dombrovskis opened it
		func() string {
			return when(e.namesPerson(s, clause) && eventRoleUnsaid(text.Tokenize(clause, nil), r.Fact, lang), "a part at the event the source does not give")
		},
		func() string { return when(e.otherPlace(s, clause, r.Fact), "names another terminal or port") },
		// "all of the about 170 agreements were signed during this visit": the source counts
		// the agreements in force, and tells of no signing
		func() string {
			return when(e.signingOfStock(clause, r.Fact, lang), "a signing the source does not tell of")
		},
		// "…the 184 km section was repaired in Azerbaijan": in Georgia
		func() string {
			// of the confirming facts, one that gives a part of something (a section, a
			// stretch) must give it where the clause places it
			elsewhere := func(f *knowledge.Fact) bool {
				return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Part != "" }) && e.countryElsewhere(clause, f, lang)
			}
			return when(elsewhere(r.Fact) || slices.ContainsFunc(r.Also, elsewhere), "in another country")
		},
		// "the BTK opening ceremony began on 30 October 2017 in Tbilisi": it began in Baku
		func() string {
			elsewhere := func(f *knowledge.Fact) bool { return e.otherCity(s, clause, f) }
			return when(elsewhere(r.Fact) && !slices.ContainsFunc(r.Also, func(f *knowledge.Fact) bool { return !elsewhere(f) }), "in another city")
		},
		func() string {
			return when(e.actorUnstated(s, clause, r.Fact, lang), "names another office or organisation")
		},
		func() string {
			return when(e.signerUnsaid(clause, r.Fact, lang), "a signer the source names as telling of it")
		},
		// "Kazakhstan and Azerbaijan signed a memorandum in Tashkent on 1 May 2024": Uzbekistan too
		func() string {
			return when(e.listShortened(clause, r.Fact, lang), "leaves a country out of the source's list")
		},
		// "trade fell to $470 million in 2024", "…grew to $470 million": the source gives the
		// level, and neither it nor the figure before it in its series says which way it went
		func() string {
			return when(e.changeUnstated(r, statedChange(info, text.Tokenize(clause, nil)), lang), "a change the source does not state")
		},
	}
	for _, check := range checks {
		if doubt := check(); doubt != "" {
			return doubt
		}
	}
	return ""
}

// unstatedWording is what a clause confirmed by its figures says that the deciding fact does
// not, or "": the wording around a right figure can still make the claim unshown.
func (e *Checker) unstatedWording(r ClaimResult, info frame.Claim, lang knowledge.Lang, clause string, datesOnly bool) string {
	switch {
	case datesOnly && info.DatesOnOther():
		// "Tokayev travelled to Baku only after his April 2023 meeting": the meeting's date
		// agrees, but when he travelled is what the clause says, and nothing shows it
		return "dates another event"
	case !info.Hedged && !quotes(clause) && r.Quantity != nil && r.Quantity.Status != "result" && (r.Quantity.Measure != eventDate || knowledge.IsPlanned(r.Quantity)) &&
		(!info.Achieved || !knowledge.IsPlanned(r.Quantity)) && e.ix.SaysCondition(r.Fact):
		// "will triple by 2030": the source says it could, given the right investments (in
		// any of its languages: Kazakh says "if" with an ending). A date of what was done is
		// no such figure: "upgraded in 2022 so that Kazakh oil could be received" has no
		// condition on the upgrade (a planned date may have one).
		return "the source's condition unstated"
	case r.Quantity != nil && r.Quantity.Status == "commitment" && text.ContainsWord(text.Tokenize(clause, nil), text.SpentIndex):
		// "the €10 billion has been invested and spent": the source says committed
		return "a commitment stated as spent"
	case info.Record && (!e.ix.SaysRecord(r.Fact) || info.Ever && !e.ix.SaysEver(r.Fact)):
		// "a record $470 million", "for the first time above 4 Mt": the source gives the
		// figure, not the superlative
		return "record unstated"
	case deputyUnstated(clause, r.Fact, lang):
		return "a deputy's office stated as the head's"
	case datesOnly && info.Publication && !e.ix.SaysPublished(r.Fact):
		// "the World Bank published its report on 27 February 2024 in Tbilisi": the page of
		// an event presenting it bears that date; the report came out in November 2023
		return "publication unstated"
	case info.Published != 0 && atoiPrefix(r.Fact.AsOf, 4) != info.Published:
		// "the World Bank's 2021 report says…" of a figure its 2023 report gives
		return "published " + strconv.Itoa(info.Published) + " unconfirmed"
	}
	return ""
}

// compareTwoYears judges "more (less) in Y than in the base year" by a fact that gives the same
// measure's result for both years.
func compareTwoYears(cands []candidate, info frame.Claim, toks []text.Token) (ClaimResult, bool) {
	dir := 0
	for _, t := range toks {
		switch {
		case text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.RisingWords):
			dir = 1
		case text.HasPrefixIn(t.Text, text.LessWords) || text.HasPrefixIn(t.Text, text.FallingWords):
			dir = -1
		}
	}
	year := info.Years[0]
	if year == info.BaseYear {
		year = info.Years[1]
	}
	if dir == 0 || year == info.BaseYear {
		return ClaimResult{}, false
	}
	named := func(q *knowledge.Quantity) bool {
		return len(info.Slots.Measures) == 0 && len(info.Slots.Goods) == 0 || info.Slots.Measures["@"+q.Measure] || info.Slots.Goods[q.Measure]
	}
	for _, c := range cands {
		of := func(y int) *knowledge.Quantity {
			for i := range c.fact.Quantities {
				q := &c.fact.Quantities[i]
				if q.Period == strconv.Itoa(y) && !knowledge.IsPlanned(q) && !q.Cumulative && q.Part == "" && !knowledge.IsChange(q.Measure) && named(q) {
					return q
				}
			}
			return nil
		}
		a, b := of(year), of(info.BaseYear)
		if a == nil || b == nil || a.Unit != b.Unit || a.Measure != b.Measure {
			continue
		}
		v := Supported
		if (valueOf(a) > valueOf(b)) != (dir > 0) || valueOf(a) == valueOf(b) {
			v = Contradicted
		}
		return ClaimResult{Verdict: v, Fact: c.fact, Quantity: a, Considered: []Ruling{{Fact: c.fact, Quantity: a, Outcome: "compared with " + strconv.Itoa(info.BaseYear)}}}, true
	}
	return ClaimResult{}, false
}

// otherDeadline: "300 thousand TEU by 2030" where the sources set that very figure for 2029
// gives the plan's deadline wrong. The figures are compared without the year; a plan they all
// agree with, due in another year, refutes the claim.
func (e *Checker) otherDeadline(r ClaimResult, cands []candidate, info frame.Claim, related func() []candidate) ClaimResult {
	undated := info
	undated.Years, undated.Deadline = nil, false
	alt := e.compare(cands, info.Figures, undated, related)
	if alt.Verdict != Supported || alt.Quantity == nil || !knowledge.IsPlanned(alt.Quantity) {
		return r
	}
	// the latest year a clause names is the deadline ("signed in 2022 … by 2030")
	if _, due := knowledge.PeriodYears(alt.Quantity.Period); due != 0 && due != slices.Max(info.Years) {
		return ClaimResult{Verdict: Contradicted, Fact: alt.Fact, Quantity: alt.Quantity, Considered: alt.Considered}
	}
	return r
}

// wordsAgree takes back a ✅ the figures earned when the clause's words say otherwise than the
// fact's: a change of no figure, a movement the other way, opposite words.
func (e *Checker) wordsAgree(r ClaimResult, clause string, lang knowledge.Lang, info frame.Claim, onlyYears bool) ClaimResult {
	outcome := ""
	switch {
	case onlyYears && info.Slots.Change != 0:
		// "Trade has shrunk since 2022" states a change with no figure: the year of some
		// event cannot confirm which way it went.
		return ClaimResult{Verdict: Unverifiable, Considered: r.Considered}
	case e.movesOtherWay(clause, r.Fact, lang):
		outcome = "moves the other way" // "from Sangachal to Aktau", not from Aktau to Sangachal
	case multipleOtherWay(clause, r, lang):
		outcome = "a multiple the other way" // "could double travel time" of a source's "cut 2-fold"
	case slices.ContainsFunc(append([]*knowledge.Fact{r.Fact}, r.Also...), func(f *knowledge.Fact) bool { return saysOpposite(clause, f, lang) }):
		// "three times less time" against "3 times longer"; "launch at the end of 2029"
		// against the fact beside that confirmed the year: "early 2029"
		outcome = "says the opposite"
	case deniesOtherwise(clause, r.Fact, lang):
		outcome = "denies otherwise" // "required large investment" against "without any investment"
	case changedOtherWay(r.Fact, latestStated(r.Fact, r.Quantity, info.Figures), info.Slots.Change):
		// "TITR cargo rose to 4.119 Mt in 2025": the same source gives 4.484 Mt for 2024.
		r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: "changed the other way"})
		r.Verdict = Contradicted
		return r
	default:
		return r
	}
	r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Outcome: outcome})
	r.Verdict = Unverifiable
	return r
}

// deniesOtherwise reports a clause that denies where the fact's text does not ("needs no
// updating" against "requires updating"), or a fact's text that says something was not done
// where the clause does not deny ("required investment" against "without any investment",
// "already shown efficient" against "not yet assessed").
func deniesOtherwise(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claim := text.Tokenize(clause, nil)
	fact := text.Tokenize(f.Text.In(lang), nil)
	if text.Denies(claim) {
		return !text.Denies(fact)
	}
	for _, part := range strings.FieldsFunc(f.Text.In(lang), func(r rune) bool { return r == ',' || r == ';' }) {
		toks := text.Tokenize(part, nil)
		if (text.HasWordIn(toks, text.DenialWords) || text.AnyPhraseIn(toks, text.DenialPhrases)) && speaksOf(claim, toks, fact) &&
			!deniesTheSame(claim, toks) {
			return true
		}
	}
	return false
}

// deniesTheSame reports a claim that denies what the fact's part denies: "…without additional
// investment" of "without any investment" — a word right after the claim's denial is the
// part's.
func deniesTheSame(claim, part []text.Token) bool {
	const stem = 5
	denied := map[string]bool{}
	for _, t := range part {
		if !t.Num && !text.IsStopword(t.Text) {
			denied[text.Truncate(t.Text, stem)] = true
		}
	}
	for i, t := range claim {
		if !t.Num && denied[text.Truncate(t.Text, stem)] && text.EndsWithAny(t.Text, text.PrivativeEndings) && slices.ContainsFunc(part, func(p text.Token) bool { return p.Text == t.Text }) {
			return true // Kazakh "инвестициясыз" of "ешқандай инвестициясыз": the same word of "without"
		}
		if t.Num || !text.DenialWords[t.Text] {
			continue
		}
		for _, n := range claim[i+1 : min(len(claim), i+4)] {
			if !n.Num && denied[text.Truncate(n.Text, stem)] {
				return true
			}
		}
	}
	return false
}

// speaksOf reports a claim that uses a word of one part of a fact's text that the rest of the
// text does not: "…need big investment, which has been shown efficient" speaks of the part
// "whether that is economically efficient has not yet been assessed"; "…would call for large
// investment" only of the part before it.
func speaksOf(claim, part, whole []text.Token) bool {
	const stem = 5 // letters that stand for a word's inflections
	key := func(w string) string { return text.Truncate(w, stem) }
	inPart := map[string]int{}
	for _, t := range part {
		if !t.Num && !t.Sym && !text.IsStopword(t.Text) {
			inPart[key(t.Text)]++
		}
	}
	inWhole := map[string]int{}
	for _, t := range whole {
		inWhole[key(t.Text)]++
	}
	for _, t := range claim {
		if k := key(t.Text); !t.Num && !t.Sym && !text.IsStopword(t.Text) && inPart[k] > 0 && inWhole[k] == inPart[k] {
			return true
		}
	}
	return false
}

// changedOtherWay reports a figure of a year the clause says rose (change +1) or fell (-1)
// to, where the same fact gives the year before a larger (or smaller) figure of the same thing.
func changedOtherWay(f *knowledge.Fact, q *knowledge.Quantity, change int) bool {
	if change == 0 || q == nil || knowledge.IsChange(q.Measure) {
		return false
	}
	from, to := knowledge.PeriodYears(q.Period)
	if from == 0 || from != to {
		return false
	}
	before := yearEarlier(q.Period) // "2024", or "2024-01/2024-07" of January–July 2025
	for i := range f.Quantities {
		p := &f.Quantities[i]
		if p.Part != q.Part || knowledge.IsPlanned(p) != knowledge.IsPlanned(q) {
			continue
		}
		if (p.Period == q.Period || endsWith(p.Period, q.Period)) && p.Unit == "percent" && (p.Measure == "growth" || p.Measure == "decline") {
			// "60,429 TEU in January–July 2025, lower than a year before": the source's +54.2%
			grew := (p.Measure == "growth") == (p.Value > 0)
			return change < 0 && grew || change > 0 && !grew
		}
		if p.Measure != q.Measure || p.Unit != q.Unit || p.Subject != q.Subject || p.Period != before {
			continue
		}
		return change > 0 && valueOf(p) > valueOf(q) || change < 0 && valueOf(p) < valueOf(q)
	}
	return false
}

// endsWith reports a span of two periods ending in the period ("2023/2024" of 2024): the
// change of that period over the one before.
func endsWith(span, period string) bool {
	from, to, ok := strings.Cut(span, "/")
	return ok && to == period && from < period
}

// yearEarlier is a period moved a year back, each date of it ("2025-01/2025-07" →
// "2024-01/2024-07").
func yearEarlier(period string) string {
	dates := strings.Split(period, "/")
	for i, d := range dates {
		y, err := strconv.Atoi(d[:min(4, len(d))])
		if err != nil {
			return ""
		}
		dates[i] = strconv.Itoa(y-1) + d[4:]
	}
	return strings.Join(dates, "/")
}

// latestStated is, of the fact's quantities of q's measure that the clause's figures give, the
// one of the latest period: "4.484 Mt in 2024, and in 2025 it fell, to 4.119 Mt" states a
// change of 2025's figure, not of 2024's.
func latestStated(f *knowledge.Fact, q *knowledge.Quantity, figures []frame.Figure) *knowledge.Quantity {
	if q == nil || len(figures) < 2 {
		return q
	}
	best := q
	for i := range f.Quantities {
		p := &f.Quantities[i]
		if p.Measure != q.Measure || p.Unit != q.Unit || p.Part != q.Part || p.Period <= best.Period {
			continue
		}
		if slices.ContainsFunc(figures, func(fig frame.Figure) bool {
			v := valueOf(p)
			return v != 0 && math.Abs(fig.Value-v) <= 0.01*math.Abs(v)
		}) {
			best = p
		}
	}
	return best
}

// yearOfDay is the year of the first candidate dated on the clause's day and month, or 0.
func yearOfDay(cands []candidate, info frame.Claim) int {
	want := fmt.Sprintf("-%02d-%02d", info.Months[0], info.Day)
	for _, c := range cands {
		if d := c.fact.Date; len(d) == len("2006-01-02") && strings.HasSuffix(d, want) {
			y, _ := strconv.Atoi(d[:4])
			return y
		}
	}
	return 0
}

// clauseCandidates finds the facts a clause speaks of, and returns them with the units they
// were found by. A clause that barely names its subject ("…, шамамен 3,6 млн тоннаға жетті",
// "…, то уже за январь–август 2025 года достиг 547 млн") continues the one before.
func (e *Checker) clauseCandidates(s *index.Scratch, clause, prev string, prevFact *knowledge.Fact, units []index.Unit) ([]candidate, []index.Unit) {
	cands, content := e.claimCandidates(s, units)
	if !slices.ContainsFunc(cands, func(c candidate) bool { return hasAmount(c.fact) }) {
		if rest := e.withoutReportOnEvent(s, clause); rest != "" {
			// "According to the October 2025 report on Aliyev's state visit, investment…": the
			// visit names the report, not what the figure is of
			restUnits := slices.Clone(e.ix.Analyze(s, rest))
			if more, _ := e.claimCandidates(s, restUnits); len(more) > 0 {
				return more, restUnits
			}
			units = slices.Clone(e.ix.Analyze(s, clause)) // the scratch holds the clause again
		}
	}
	named := e.namesSubject(units)
	back := text.HasWordIn(s.Toks, text.BackWords) // "Здесь четыре причала", "Its capacity…"
	if prev == "" || len(cands) > 0 && content >= 2 && named && !back {
		return cands, units
	}
	units = slices.Clone(units) // the analysis of the joined text reuses the scratch
	joined := e.ix.Analyze(s, clause+" "+text.WithoutYears(prev))
	if more, _ := e.claimCandidates(s, joined); len(more) > 0 {
		cands = more
	}
	if prevFact != nil && !named {
		// "…2.7 Mt in 2023, which is 86% more than in 2022": the fact the clause before was
		// judged by is the first to speak to it.
		cands = factFirst(cands, prevFact)
	}
	return cands, units
}

// hasAmount reports a fact with a figure other than a date or an ordinal.
func hasAmount(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Unit != "year" && q.Unit != "ordinal" })
}

// withoutReportOnEvent is the clause without the part that names the publication it comes
// from by the event it reported ("According to the October 2025 report on Aliyev's state
// visit, …", "В статье о госвизите Алиева (октябрь 2025) сказано, что …", "…, по статье о
// визите Алиева, …"): a part between commas, at most twelve words, naming a publication and
// a meeting. The visit and its guest say which article, not what its figure
// is of. It is "" when the clause opens otherwise: "X said that …" keeps its speaker, whom a
// fact must name.
func (e *Checker) withoutReportOnEvent(s *index.Scratch, clause string) string {
	parts := strings.Split(clause, ",")
	if len(parts) < 2 {
		return ""
	}
	meeting, known := e.ix.Lookup("@meeting")
	if !known {
		return ""
	}
	kept := parts[:0:0]
	for _, p := range parts {
		units := e.ix.Analyze(s, p)
		if len(s.Toks) <= 12 && text.AnyWordHasPrefix(s.Toks, text.ReportNouns) && index.HasConcept(units, meeting) {
			continue // "…, по статье о визите Алиева в октябре 2025, …" says which article
		}
		kept = append(kept, p)
	}
	if len(kept) == len(parts) || len(kept) == 0 {
		return ""
	}
	return strings.TrimSpace(strings.Join(kept, ","))
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
// Nor does cargo alone: "…, and it will handle 15 Mt of cargo a year" is the port's before.
var changeTerms = map[string]bool{"@growth": true, "@decline": true, "@share": true, "@cargo": true}

// namesState reports a clause naming only measures of a state (capacity, length), not of a
// flow: a total of a state is all its parts, never a sum over years.
func (e *Checker) namesState(sl frame.Slots) bool {
	for m := range sl.Measures {
		if e.ix.Flow(m) != "" {
			return false
		}
	}
	return len(sl.Measures) > 0
}

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
		// A year carried over from the clause before was judged there ("…launch in early
		// 2029, investment $700 million"): here it only dates the figures.
		if !info.YearsBefore && (statesYear(cands, y, info, latest) || (info.Planned || info.Achieved) && schedulesYear(cands) && y > latestAsOf(cands)) {
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
func saysOpposite(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	factToks := text.Tokenize(f.Text.In(lang), nil)
	return text.SaysEitherSide(toks) && text.Opposite(toks, factToks) || comparedOpposite(toks, factToks)
}

// movedOpposite reports a clause telling only of a fall where the fact tells only of a rise,
// or the other way round: "freight is falling fast" of freight "rising quickly".
func movedOpposite(claim, fact []text.Token) bool {
	moves := func(toks []text.Token) (up, down bool) {
		for _, t := range toks {
			if t.Num {
				continue
			}
			up = up || text.HasPrefixIn(t.Text, text.RisingWords)
			down = down || text.HasPrefixIn(t.Text, text.FallingWords)
		}
		// "scaled back", "ramped up": two words of one move
		return up || text.AnyPhraseIn(toks, text.RisingPhrases), down || text.AnyPhraseIn(toks, text.FallingPhrases)
	}
	cu, cd := moves(claim)
	fu, fd := moves(fact)
	return cu != cd && fu != fd && cu == fd
}

// comparedOpposite reports "more X" in the clause where the fact says "less X", or the other
// way round: "currently more attractive than the alternative routes" of a corridor the OECD
// finds less attractive.
func comparedOpposite(claim, fact []text.Token) bool {
	degrees := func(toks []text.Token) (more, less []string) {
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Num || toks[i+1].Num || text.IsStopword(toks[i+1].Text) {
				continue
			}
			switch {
			case text.HasPrefixIn(toks[i].Text, text.MoreWords):
				more = append(more, toks[i+1].Text)
			case text.HasPrefixIn(toks[i].Text, text.LessWords):
				less = append(less, toks[i+1].Text)
			}
		}
		return more, less
	}
	cm, cl := degrees(claim)
	fm, fl := degrees(fact)
	sharesStem := func(a, b []string) bool {
		return slices.ContainsFunc(a, func(w string) bool { return slices.ContainsFunc(b, func(v string) bool { return sameStem(v, w) }) })
	}
	return sharesStem(cm, fl) && !sharesStem(cm, fm) || sharesStem(cl, fm) && !sharesStem(cl, fl)
}

// movesOtherWay reports a clause that moves something from a place the fact's text moves it
// to, or to a place the fact moves it from.
func (e *Checker) movesOtherWay(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimFrom, claimTo := e.moves(clause)
	if len(claimFrom)+len(claimTo) == 0 {
		return false
	}
	factFrom, factTo := e.moves(f.Text.In(lang))
	for _, p := range claimFrom {
		if slices.Contains(factTo, p) && !slices.Contains(factFrom, p) {
			return true
		}
	}
	for _, p := range claimTo {
		if slices.Contains(factFrom, p) && !slices.Contains(factTo, p) {
			return true
		}
	}
	return false
}

// moves are the places a text moves something from and to.
func (e *Checker) moves(s string) (from, to []string) {
	text.PlaceMoves(text.Tokenize(s, nil), e.places, func(id string) { from = append(from, id) },
		func(id string) { to = append(to, id) })
	return from, to
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

// relatedFacts are the best-ranked facts for the clause, without the coverage a deciding
// candidate needs.
func (e *Checker) relatedFacts(s *index.Scratch, units []index.Unit) []candidate {
	var out []candidate
	for _, t := range e.ix.Rank(s, units, claimCandidates, index.RankOptions{IgnoreFigures: true}) {
		out = append(out, candidate{fact: e.ix.Fact(t.Doc), score: t.Score})
	}
	return out
}

// quotes reports a clause quoting words ("is titled '…to Triple Freight Volumes…'"): what it
// quotes is not its own statement.
func quotes(clause string) bool { return strings.ContainsAny(clause, "'«»\"“”‘’") }

// deputyUnstated reports a clause giving an office ("President of the European Commission
// Dombrovskis") that the fact gives as a deputy's ("Executive Vice-President"): the title the
// fact puts after a deputy word is in the clause, and no deputy word is.
func deputyUnstated(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	if slices.ContainsFunc(toks, func(t text.Token) bool { return text.HasPrefixIn(t.Text, text.DeputyWords) }) {
		return false
	}
	fact := text.Tokenize(f.Text.In(lang), nil)
	for j := 0; j+1 < len(fact); j++ {
		title := fact[j+1].Text
		if !text.HasPrefixIn(fact[j].Text, text.DeputyWords) || !text.IsTitleWord(title) || text.HasPrefixIn(title, text.DeputyWords) {
			continue
		}
		if hasStemOf(toks, title) {
			return true
		}
	}
	return false
}

// countsAgree reports a fact naming as many countries as each count of the clause says.
func (e *Checker) countsAgree(f *knowledge.Fact, counts []frame.Figure) bool {
	n := 0
	for _, id := range f.Entities {
		if e.countries[id] {
			n++
		}
	}
	for _, c := range counts {
		if float64(n) != c.Value {
			return false
		}
	}
	return true
}

// hasStemOf reports tokens with a word starting as w does (its first five letters): the same
// word in another case or number ("президенті", "президенттің").
func hasStemOf(toks []text.Token, w string) bool {
	stem := string([]rune(w)[:min(5, len([]rune(w)))])
	return slices.ContainsFunc(toks, func(t text.Token) bool { return strings.HasPrefix(t.Text, stem) })
}

// yearToDateOf reports a fact id with figures of the year-to-date part, when named names it.
func (e *Checker) yearToDateOf(id string, named map[string]bool) bool {
	doc, ok := e.ix.DocOf(id)
	return ok && named[knowledge.YearToDatePart] &&
		slices.ContainsFunc(e.ix.Fact(doc).Quantities, func(q knowledge.Quantity) bool { return q.Part == knowledge.YearToDatePart })
}

// changeUnstated reports a clause saying a level rose (change > 0) or fell (change < 0) that
// its deciding quantity, a level of one period, does not show: the fact has no change, no
// level a year before and no word of the movement, and the result its series gives for the
// period before does not go that way.
func (e *Checker) changeUnstated(r ClaimResult, change int, lang knowledge.Lang) bool {
	q := r.Quantity
	if change == 0 || q == nil || knowledge.IsChange(q.Measure) || q.Unit == "year" || knowledge.IsPlanned(q) || q.Cumulative {
		return false
	}
	words := text.RisingWords
	if change < 0 {
		words = text.FallingWords
	}
	if text.AnyWordHasPrefix(saidWords(r.Fact, lang), words) {
		return false
	}
	before := yearEarlier(q.Period)
	for i := range r.Fact.Quantities {
		p := &r.Fact.Quantities[i]
		earlier := p.Period == before || p.Part == knowledge.FormerPart
		if knowledge.IsChange(p.Measure) || p.Measure == q.Measure && earlier {
			return false // a change or the level before, which changedOtherWay weighs
		}
	}
	if q.Series == "" || before == "" {
		return true
	}
	return !slices.ContainsFunc(e.series[q.Series], func(p *knowledge.Quantity) bool {
		return p.Period == before && !knowledge.IsPlanned(p) && p.Unit == q.Unit &&
			(change > 0 && valueOf(p) < valueOf(q) || change < 0 && valueOf(p) > valueOf(q))
	})
}

// statedChange is the direction of a change a clause states with no figure of it: by a
// verb ("grew", "fell"), or by naming growth or a decline ("…1.05 Mt, өсім көрсетті": showed
// growth).
func statedChange(info frame.Claim, toks []text.Token) int {
	if slices.ContainsFunc(info.Figures, func(f frame.Figure) bool { return f.Unit == "percent" || f.Unit == "times" }) {
		return 0
	}
	switch {
	case text.AnyWordHasPrefix(toks, text.RisingWords), info.Slots.Measures["@growth"]:
		return 1
	case text.AnyWordHasPrefix(toks, text.FallingWords), info.Slots.Measures["@decline"]:
		return -1
	}
	return 0
}

// placedElsewhere refutes a clause whose figures a fact confirms once the country the clause
// places them in is left out, when that fact places them in another ("the 184 km section in
// Turkey" of the section repaired in Georgia). No fact names both, so none was a candidate.
func (e *Checker) placedElsewhere(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim, units []index.Unit) (ClaimResult, bool) {
	none := func() []candidate { return nil }
	for i, u := range units {
		if !u.Concept || u.Term < 0 || !e.countries[strings.TrimPrefix(e.ix.Term(u.Term), "@")] {
			continue
		}
		rest := append(slices.Clone(units[:i]), units[i+1:]...)
		cands, _ := e.claimCandidates(s, rest)
		if len(cands) == 0 {
			continue
		}
		r := e.compare(cands, info.Figures, info, none)
		if r.Verdict == Supported && r.Fact != nil && e.countryElsewhere(clause, r.Fact, lang) {
			r.Verdict, r.Frame = Contradicted, info
			r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Quantity: r.Quantity, Outcome: "in another country"})
			return r, true
		}
	}
	return ClaimResult{}, false
}

// readClauseSlots reads the slots of a clause going on, where it does, from the one before
// (its phases, the part of a year it named, the things a clause opening with "против" or
// "the same period" speaks of).
func (e *Checker) readClauseSlots(toks []text.Token, units []index.Unit, info frame.Claim, before *frame.Slots) frame.Claim {
	info.Slots = frame.ReadSlots(e.ix, toks, units)
	if before != nil && len(info.Slots.Phases) == 0 && !info.Slots.AllPhases && !text.ContainsWord(toks, text.PeakIndex) { // "…and 17 Mt at peak" is no phase's
		info.Slots.Phases = before.Phases // "after phase 2, 25 Mt of cargo and 1 million TEU"
	}
	if before != nil && info.About != "" && e.yearToDateOf(info.About, before.Concepts) {
		// "…184,9 млн доллар болып, өткен жылмен салыстырғанда 0,5% төмендеді": the part of a
		// year the clause before named (so far this year) is this clause's too
		if info.Slots.Concepts == nil {
			info.Slots.Concepts = map[string]bool{}
		}
		info.Slots.Concepts[knowledge.YearToDatePart] = true
	}
	if len(info.Slots.Concepts) > 0 || len(info.Slots.Measures) > 0 {
		info.About = "" // it names a subject of its own
	} else if before != nil && info.About != "" && len(toks) > 0 && (text.VersusWords[toks[0].Text] || text.AnyPhraseIn(toks, text.SamePeriod)) {
		// "…1.392 Mt of oil toward BTC, против 250 тыс т годом ранее", "…0.5% more than in the
		// same period": the clause goes on about the things the one before named
		info.Slots.Concepts = before.Concepts
	}
	if info.Slots.Cumulative && e.namesState(info.Slots) {
		info.Slots.Cumulative = false // "the port's total capacity" is all of it, not a sum over years
	}
	info.ReadRates()
	return info
}

// factFirst puts f first among the candidates, as if it covered the clause whole.
func factFirst(cands []candidate, f *knowledge.Fact) []candidate {
	return append([]candidate{{fact: f, cover: index.Cover{Share: 1, Subject: true, Predicate: true, Entities: true, Asks: true}, score: math.MaxFloat32}}, withoutFact(cands, f)...)
}

// multipleOtherWay reports a clause whose multiple agrees with one of a fact's that is not a
// change measure ("travel time cut 2-fold") but goes the other way: a clause without a word
// of falling multiplies up ("could double travel time"), and the fact's words next to its
// number say which way its own goes.
func multipleOtherWay(clause string, r ClaimResult, lang knowledge.Lang) bool {
	down := func(toks []text.Token) bool {
		return text.AnyWordHasPrefix(toks, text.FallingWords) || text.AnyWordHasPrefix(toks, text.HalvingWords)
	}
	own := text.Tokenize(clause, nil)
	for _, c := range r.Considered {
		q := c.Quantity
		if c.Outcome != "agrees" || q == nil || q.Unit != "times" || knowledge.IsChange(q.Measure) || c.Fact == nil {
			continue
		}
		claimed, ok := wordsNearValue(own, q.Value, 7) // "cut container handling at Aktau and Kuryk threefold"
		if !ok {
			continue
		}
		for _, l := range []knowledge.Lang{lang, knowledge.EN} {
			if near, ok := wordsNearValue(text.Tokenize(c.Fact.Text.In(l), nil), q.Value, 3); ok && down(near) != down(claimed) {
				return true
			}
		}
	}
	return false
}

// wordsNearValue are the words within radius either side of the first number of value in
// toks, in digits, in words or as a word of a multiple ("double", "halved", "iki dəfə").
func wordsNearValue(toks []text.Token, value float64, radius int) ([]text.Token, bool) {
	for i, t := range toks {
		v, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", "."), 64)
		if t.Num && err == nil && v == value || !t.Num && (text.TimesWord(t.Text) == value || text.NumberWord(t.Text) == value) {
			return toks[max(0, i-radius):min(len(toks), i+radius+1)], true
		}
	}
	return nil, false
}

// oneOfJoint reports a clause naming one country alone for a figure of no one subject or
// direction that several countries share (their trade turnover, their freight base): a
// figure of what moved; a date or a count of the fact is not one country's or another's.
func (e *Checker) oneOfJoint(s *index.Scratch, clause string, r ClaimResult) bool {
	q := r.Quantity
	if q == nil || r.Fact == nil || q.Flow == "" || q.Subject != "" || q.From != "" || q.To != "" {
		return false
	}
	shared, _ := e.countriesAndOrganisations(r.Fact)
	toks := text.Tokenize(clause, nil)
	if shared < 2 || text.AnyPhraseIn(toks, text.JointPhrases) { // "товарооборот двух стран"
		return false
	}
	one := ""
	for _, t := range toks {
		if c := e.countryOf(s, t.Text); c != "" && c != one {
			if one != "" {
				return false // two countries: "Kazakhstan's trade with Azerbaijan"
			}
			one = c
		}
	}
	return one != "" && slices.Contains(r.Fact.Entities, one)
}

// oneAloneOfSeveral reports, of a clause saying one did it alone (info.Alone: "alone",
// "təkbaşına"), a fact naming several organisations or countries whose figure is of no one.
func (e *Checker) oneAloneOfSeveral(r ClaimResult) bool {
	q := r.Quantity
	if r.Fact == nil || q == nil || q.From != "" || q.Subject != "" {
		return false // a figure of one giver: "Kazakhstan alone: 90 Mt" is refuted by its own 70 Mt
	}
	countries, orgs := e.countriesAndOrganisations(r.Fact)
	return orgs >= 2 || countries >= 2
}

// countriesAndOrganisations counts the countries and the organisations a fact names.
func (e *Checker) countriesAndOrganisations(f *knowledge.Fact) (countries, orgs int) {
	for _, id := range f.Entities {
		switch {
		case e.countries[id]:
			countries++
		case e.class[id] == "organisation":
			orgs++
		}
	}
	return countries, orgs
}

// typoName is a capitalised word of the clause, first or not, that the base knows only as a
// typo of another word (frame.TypoNameInClaim), read with a scratch of its own.
func (e *Checker) typoName(clause string) string {
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	return frame.TypoNameInClaim(clause, e.ix.Analyze(s, clause))
}
