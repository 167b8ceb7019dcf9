// Package claims checks the numeric claims of a text: each clause is read into a frame, the
// facts about its subject are found, and their quantities are matched with it slot by slot
// (unit, measure, direction, rate or total, phase, bound, period) before the figures are
// compared; the verdict carries the ruling on every candidate (ExplainCheck).
package claims

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Checker checks the numeric claims of a text against a knowledge base's index. It is safe
// for concurrent use.
type Checker struct {
	ix *index.Index
	// names are the entities' names as nameSpansAt looks for them, per language.
	names map[knowledge.Lang][]termNames
	// textNameCache caches, by textNameKey, the entities a fact's text names (namedIn).
	textNameCache sync.Map
	// latestYear is the year of the newest figure of the base: a claim about a later year
	// speaks of the future, one about an earlier year of what happened.
	latestYear int
	// measured holds the measures some figure of the base counts ("@capacity"); a claim about
	// one no figure counts (tariffs, jobs) cannot be judged by a figure of something else.
	measured map[string]bool
	// class is the class of each entity that has one (aktau: port): a clause naming one is not
	// about a quantity of another of its class.
	class map[string]string
	// countries are the glossary's countries (a term with a region).
	countries map[string]bool
	// regions are their ISO 3166 codes ("AZ"): written in capitals, a clause's code names
	// the country though the code alone may be a word ("az" is "little" in Azerbaijani).
	regions map[string]string
	// nameOrdinals are the ordinals in each entity's names (see matcher).
	nameOrdinals map[string]text.OrdinalSet
	// yearNames are the glossary names that carry a year ("aiif 2025"), lower case.
	yearNames []string
	// namedYears are the years those names carry.
	namedYears map[int]bool
	// cities are the glossary's cities (see knowledge.Term.City).
	cities map[string]bool
	// measures are the glossary's measures (capacity, travel time): what a figure is of, read
	// also from words like "can take", so no thing a statement names.
	measures map[string]bool
	// through are the places a route or line runs through (see knowledge.Term.Through).
	through map[string][]string
	// parts are the things an entity counts together (see knowledge.Term.Parts).
	parts map[string][]string
	// places are the ports and terminals a movement goes from or to (see text.PlaceMoves).
	places []text.Place
	// design and judgedAs come from the glossary's measures (see knowledge.Term).
	design   map[string]bool
	judgedAs map[string]string
	// actors are the companies and ships each fact says did something: those it names but
	// as who reports it ("according to Kazakhstan's Ministry of Transport").
	actors map[*knowledge.Fact][]string
	// publishers are the names of the sources' publishers, lower case ("astana times"): a
	// year written right after one dates the report, not its figure.
	publishers []string
	// sourceWords are the words naming each source (sourceWordsOf).
	sourceWords map[string][]text.Token
	// published is each source's year of publication, by source id.
	published map[string]int
	// speakers are the lower-case names of the organisations and people the glossary knows,
	// longest first: one followed by a word of saying speaks for the clauses that go on from
	// its own ("AZCON says X, and Y").
	speakers []string
	// results are the facts with a result (no plan, no estimate) of each thing measured: a plan's figure
	// stated as done is confirmed by one of them that retrieval did not rank among the
	// candidates ("the first phase handles 15 Mt a year": the phase was built).
	results map[measured][]*knowledge.Fact
	// bySource are the facts of each source (see otherPartNamed).
	bySource map[string][]*knowledge.Fact
	// sourceEntity is the glossary entity of each source that has one (wikipedia-titr:
	// wikipedia): a claim naming it says what that source says.
	sourceEntity map[string]string
	// cites are how each source is named in each language ("ЭЫДҰ, «…» баяндамасы"): a fact
	// says what its source is, so "the OECD report says…" is said by the report's facts.
	cites map[string]knowledge.Texts
	// plainConcepts are the glossary's concepts that are neither names nor measures ("study",
	// "signing"): what a source's name can say of its facts (a title naming Kuryk does not
	// put a fact in Kuryk).
	plainConcepts map[string]bool
	// byDay are the facts dated to a day, by that date ("2025-10-21").
	byDay map[string][]*knowledge.Fact
	// series are the quantities of each series (see knowledge.Quantity.Series).
	series  map[string][]*knowledge.Quantity
	scratch sync.Pool
}

// measured is what a quantity counts, for finding the results of what a plan planned.
type measured struct{ measure, subject, part, unit string }

func measuredBy(q *knowledge.Quantity) measured {
	return measured{string(q.Measure), q.Subject, q.Part, string(q.Unit)}
}

// New makes a checker over the index of kb.
func New(kb *knowledge.KB, ix *index.Index) *Checker {
	e := &Checker{ix: ix, latestYear: knowledge.LatestYear(kb), measured: map[string]bool{},
		design: map[string]bool{}, judgedAs: map[string]string{}, class: map[string]string{}, countries: map[string]bool{}, regions: map[string]string{}, cities: map[string]bool{}, measures: map[string]bool{}, plainConcepts: map[string]bool{}, namedYears: map[int]bool{}}
	e.through, e.parts = map[string][]string{}, map[string][]string{}
	for _, t := range kb.Terms {
		if len(t.Parts) > 0 {
			e.parts[t.ID] = t.Parts
		}
		e.cities[t.ID] = t.City
		if t.Kind == "measure" {
			e.measures[t.ID] = true
		}
		if t.Kind == "concept" {
			e.plainConcepts[t.ID] = true
		}
		if len(t.Through) > 0 {
			e.through[t.ID] = t.Through
		}
		if t.Region != "" {
			e.countries[t.ID] = true
			e.regions[t.ID] = t.Region
		}
		e.design[t.ID] = t.Design
		if t.Class != "" {
			e.class[t.ID] = t.Class
		}
		for _, names := range t.Names {
			for _, n := range names {
				for _, tok := range text.Tokenize(n, nil) {
					if y := text.YearOf(tok.Text); tok.Num && y != 0 {
						e.yearNames = append(e.yearNames, strings.ToLower(n)) // "AIIF 2025"
						e.namedYears[y] = true
					}
				}
				if o := text.Ordinals(text.Tokenize(n, nil)); o != 0 {
					if e.nameOrdinals == nil {
						e.nameOrdinals = map[string]text.OrdinalSet{}
					}
					e.nameOrdinals[t.ID] |= o
				}
			}
		}
		if t.Class == "port" || t.Class == "terminal" {
			e.places = append(e.places, text.Place{ID: t.ID, Stems: oneWordNames(t)})
		}
		if t.JudgedAs != "" {
			e.judgedAs["@"+t.ID] = "@" + t.JudgedAs
		}
	}
	e.bySource = map[string][]*knowledge.Fact{}
	for _, f := range kb.Facts {
		e.bySource[f.Source] = append(e.bySource[f.Source], f)
	}
	e.results = map[measured][]*knowledge.Fact{}
	e.byDay = map[string][]*knowledge.Fact{}
	e.series = map[string][]*knowledge.Quantity{}
	for _, f := range kb.Facts {
		for i := range f.Quantities {
			if q := &f.Quantities[i]; q.Series != "" {
				e.series[q.Series] = append(e.series[q.Series], q)
			}
		}
		if len(f.Date) == len("2025-10-21") {
			e.byDay[f.Date] = append(e.byDay[f.Date], f)
		}
		for i, q := range f.Quantities {
			e.measured["@"+q.Measure] = true
			if q.Status == "result" && q.Subject != "" { // not an estimate another source disputes
				k := measuredBy(&f.Quantities[i])
				e.results[k] = append(e.results[k], f)
			}
		}
	}
	e.actors = actorsOf(kb, e.class)
	e.publishers = publisherNames(kb)
	e.sourceWords = sourceWordsOf(kb)
	e.published = map[string]int{}
	e.sourceEntity = map[string]string{}
	e.cites = map[string]knowledge.Texts{}
	for _, src := range kb.Sources {
		e.cites[src.ID] = src.Cite
		if src.Entity != "" {
			e.sourceEntity[src.ID] = src.Entity
		}
		if y, _ := knowledge.PeriodYears(src.Published); y != 0 {
			e.published[src.ID] = y
		}
	}
	e.speakers = speakerNames(kb, e.publishers)
	e.scratch.New = func() any { return ix.NewScratch() }
	e.prepareNames()
	return e
}

// oneWordNames are the folded names of a term written in one word ("Aktau", "Сангачал"):
// the stems a place's case endings are read after.
func oneWordNames(t *knowledge.Term) []string {
	var out []string
	for _, l := range knowledge.Langs {
		for _, n := range t.Names[l] {
			if toks := text.Tokenize(n, nil); len(toks) == 1 && len(toks[0].Text) >= 4 {
				out = append(out, toks[0].Text)
			}
		}
	}
	return out
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
	approxTolerance   = 0.05  // "about" rounds by 5 % at most: "about 500 million" is not 470 million (6 % off)
	narrowMargin      = 0.15  // "just over 3 million" is at most 15 % over
	relativeTolerance = 0.005 // at most this much for rounding a figure written to its units
	// roundTolerance: a round figure said plainly rounds its source's by at most this much —
	// "$3.5 million" for 3.46, not "$500 million" for 461.9 (8 % off), which only "about" excuses.
	roundTolerance   = 0.05
	floatNoise       = 1e-9 // what binary fractions leave of an exact match
	minClaimCoverage = 0.35 // a clause must share this much with a fact to be about its subject
	claimCandidates  = 8
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
	// ByName is set when the verdict rests on the company or ship the claim names, not on a
	// figure (see checkNames).
	ByName bool
	// OtherPeriod is set when the claim gives the fact's very figure for another period (a
	// total over years as one year's).
	OtherPeriod bool
	// Unsaid is a remark of the clause the deciding fact, which gives its figure, does not
	// make ("…, mostly thanks to oil products"): why the clause is not confirmed.
	Unsaid string
	// Schedule is the fact saying when that plan is due, when it is another fact.
	Schedule *knowledge.Fact
	// Also are other sources' figures for the same measure and period that refute the claim
	// too: where sources disagree (2.7 or 2.764 million t), both are shown, side by side.
	Also []*knowledge.Fact
	// Disputed: one source's estimate gives the claim's figure, another source's result
	// another (Also); the claim is not confirmed, and both are shown.
	Disputed bool
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

// deedsJudged weighs a confirmation against who did what and what was done: roles given to
// another organisation (read in the whole text: a swap may span clauses), a deed undone, a
// doer the source does not tell.
func (e *Checker) deedsJudged(s *index.Scratch, msg, clause string, r ClaimResult, lang knowledge.Lang) ClaimResult {
	if r.Verdict != Supported {
		return r
	}
	return e.roleUntold(clause, undoneWhereDone(clause, e.judgedByRoles(s, msg, r, lang), lang), lang)
}

// undoneWhereDone takes back a confirmation of a clause that undoes a deed ("cancelled",
// "closed", "отменили", "ləğv edib") when the fact undoes nothing: the date and the names
// agree, the deed is the opposite ("the free trade zone was abolished on 17 March 2016" of
// the decree that created it).
func undoneWhereDone(clause string, r ClaimResult, lang knowledge.Lang) ClaimResult {
	if r.Verdict != Supported || r.Fact == nil || !undoes(text.Tokenize(clause, nil)) {
		return r
	}
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		if text.ContainsWord(text.Tokenize(r.Fact.Text.In(l), nil), text.UndoingIndex) {
			return r // the source undoes something too: the rest of the checks judge it
		}
	}
	r.Verdict = Unverifiable
	r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Outcome: "undoes what the source tells done"})
	return r
}

// undoes reports a word of undoing not beside a document's name: "bağlanmış saziş" is an
// agreement concluded, not something closed.
func undoes(toks []text.Token) bool {
	for i := range toks {
		if !text.ContainsWord(toks[i:i+1], text.UndoingIndex) {
			continue
		}
		beside := func(k int) bool { return k >= 0 && k < len(toks) && text.HasPrefixIn(toks[k].Text, text.DocumentWords) }
		if !beside(i-1) && !beside(i+1) && !beside(i+2) { // "bağlanmış hökumətlərarası saziş"
			return true
		}
	}
	return false
}

// roleUntold takes back a confirmation of a clause that says who carried out, led or paid for
// a work in words the fact does not say ("the repair of the 184 km section was done by the
// Georgian railway", "fugro carried out the 2025 survey"): the figure or the date agrees, the
// doer is the clause's own.
func (e *Checker) roleUntold(clause string, r ClaimResult, lang knowledge.Lang) ClaimResult {
	if r.Verdict != Supported || r.Fact == nil || roleVerbsSaid(text.Tokenize(clause, nil), e.factWords(clause, r.Fact, lang), lang) {
		return r
	}
	r.Verdict = Unverifiable
	r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Outcome: "a doer the source does not tell"})
	return r
}

// judgedByRoles refutes a confirmation whose words or figures agree when the text gives an
// organisation another role than the fact does ("the EBRD led and funded the study", which
// the Commission led and funded and the EBRD carried out).
func (e *Checker) judgedByRoles(s *index.Scratch, msg string, r ClaimResult, lang knowledge.Lang) ClaimResult {
	if e.swapsRoles(s, msg, r.Fact, lang) || e.roleGivenToAnother(s, msg, r.Fact, lang) {
		r.Verdict, r.ByName = Contradicted, true
		r.Considered = append(r.Considered, Ruling{Fact: r.Fact, Outcome: "another role"})
	}
	return r
}

// checkWithoutFigures judges a clause with no figure, date or day by the first check that
// decides it: the companies or ships it names, a thing said to be done before its schedule,
// where a thing is based, one name swapped, a fact saying it word for word.
func (e *Checker) checkWithoutFigures(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	checks := []func(*index.Scratch, knowledge.Lang, string, frame.Claim) (ClaimResult, bool){
		e.checkNames,
		func(s *index.Scratch, _ knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
			return e.checkDone(s, clause, info)
		},
		e.checkSeat, e.checkSwap, e.checkNationality, e.checkStatement, // a name swapped is refuted before the rest is confirmed
	}
	for _, check := range checks {
		if r, ok := check(s, lang, clause, info); ok {
			return r, true
		}
	}
	return e.checkStatementParts(s, lang, clause, info)
}

// checkFigureless judges a clause with no figure, date or day, and reports whether it is a
// claim to list: a fact saying it (or refuting it), roles swapped across the whole post (read
// once a post: rolesSwapped), or, in
// a post of several sentences, one that says something the checker cannot judge (then the
// post as a whole is not ✅: "…The port works only in the warm season.").
func (e *Checker) checkFigureless(s *index.Scratch, lang knowledge.Lang, msg, clause string, info frame.Claim, inPost bool, rolesSwapped func() *knowledge.Fact) (ClaimResult, bool) {
	if !inPost && len(entityTerms(e.ix.Analyze(s, clause))) == 0 {
		// "the port was built", "liman tikilib": no name says which port; nothing to judge
		return ClaimResult{Text: strings.TrimSuffix(strings.TrimSpace(clause), "."), Verdict: Unverifiable, Frame: info}, true
	}
	if r, ok := e.checkWithoutFigures(s, lang, clause, info); ok {
		return e.deedsJudged(s, msg, clause, r, lang), true
	}
	if f := rolesSwapped(); f != nil {
		// "the EBRD paid for the study, and the Commission carried it out": each clause
		// alone says too little, the whole swaps what the source says each did
		return e.byName(clause, info, f, Contradicted, "another role"), true
	}
	r := ClaimResult{Text: strings.TrimSuffix(strings.TrimSpace(clause), "."), Verdict: Unverifiable, Frame: info}
	return r, inPost && statesSomething(clause)
}

// judgedBeside weighs a clause's verdict against what the facts beside its deciding one say
// and what the clause says beside its figure: a country the source does not name, a result
// that says otherwise, a meeting of that day held elsewhere, another announcer, another
// country's office, deeds and doers; and a clause left unverified may still have swapped a
// name (a city, a tanker, an announcer) the facts give otherwise.
func (e *Checker) judgedBeside(s *index.Scratch, lang knowledge.Lang, msg, clause string, info frame.Claim, cr ClaimResult) ClaimResult {
	if c := e.countryUnnamed(cr, lang); cr.Verdict == Supported && c != "" {
		cr.Verdict = Unverifiable
		cr.Considered = append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "names " + c + ", which the source does not"})
	}
	if other := e.resultOtherwise(cr); other != nil && !e.namesSourceOf(s, clause, cr.Fact) {
		// "3.2 Mt in 2022": Wikipedia's estimate says so, the ministry's result 1.485 Mt;
		// a figure stated as what happened is not confirmed while a result says otherwise
		cr.Verdict, cr.Also, cr.Disputed = Unverifiable, append(cr.Also, other), true
		cr.Considered = append(cr.Considered, Ruling{Fact: other, Outcome: "a result says otherwise"})
	}
	if other := e.sameDayElsewhere(s, clause, info, cr); other != nil {
		// "the Council's second meeting was held in Astana on 21 October 2025": the
		// meeting of that day is sourced, its city is not; the agreement of 2023 to set up
		// the Council, made in Astana, does not refute the date
		cr.Verdict = Unverifiable
		cr.Considered = append(cr.Considered, Ruling{Fact: other, Outcome: "dated that day, about the same subject"})
	}
	if cr.Verdict == Supported && e.announcedByAnother(clause, cr.Fact, lang) {
		// "the €10 billion was announced by michel": the figure agrees, its announcer is
		// someone the base does not know, not the source's
		cr.Verdict, cr.Considered = Unverifiable, append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "another announcer"})
	}
	if cr.Verdict == Supported && e.ofAnotherCountry(s, clause, cr.Fact, lang) {
		// the figure agrees, but the source gives the office to another country
		cr.Verdict, cr.Considered = Unverifiable, append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "another country's office"})
	}
	cr = e.deedsJudged(s, msg, clause, cr, lang)
	if cr.Verdict == Unverifiable && len(info.Figures) == 0 {
		// "the memorandum was signed in Baku on 1 May 2024": the day is the fact's, the
		// city another
		if r, ok := e.checkSwap(s, lang, clause, info); ok {
			cr = r
		}
	}
	if cr.Verdict == Unverifiable && (len(info.Figures) == 0 || e.namesPerson(s, clause)) {
		// "…delivered on 27 March by the tanker Shusha": no fact of that day, but the
		// tanker may still be another than the source's; "Marta Kos announced the €10
		// billion": no fact of hers, but the figure's announcer is another.
		if r, ok := e.checkNames(s, lang, clause, info); ok && r.Verdict == Contradicted {
			cr = r
		}
	}
	return cr
}

// Check fact-checks the numeric claims of a text (a sentence, or a forwarded post).
func (e *Checker) Check(msg string, lang knowledge.Lang) CheckResult {
	if lang == "" {
		lang = text.DetectLang(msg, "")
	}
	msg = text.NumericDates(lang, text.ReadAs(lang, msg, e.ix.WritesWord))
	msg = scaleLetterUnits(withoutSourceDates(withoutDatingNotes(msg)))
	res := CheckResult{Lang: lang, Verdict: Unverifiable}
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	clauses := splitClaims(msg)
	infos := e.readClauses(clauses)
	prev, prevFact := "", (*knowledge.Fact)(nil)
	// roles swapped across the whole post are read once, for the first figure-less clause
	// that needs them
	var swapped *knowledge.Fact
	read := false
	rolesSwapped := func() *knowledge.Fact {
		if !read {
			swapped, read = e.rolesSwappedIn(s, msg, lang), true
		}
		return swapped
	}
	for i, clause := range clauses {
		info := infos[i]
		if len(info.Figures) == 0 && len(info.Years) == 0 && info.Day == 0 {
			r, ok := e.checkFigureless(s, lang, msg, clause, info, len(clauses) > 1, rolesSwapped)
			if n := len(res.Claims); ok && r.Verdict == Unverifiable && n > 0 && res.Claims[n-1].Verdict == Supported && e.goesOnAbout(clause, res.Claims[n-1].Fact, lang) {
				// "…founded the Eurasian Joint Alliance; its task is to automate logistics":
				// the clause points back to what the one before spoke of, and its fact says it
				r = e.byName(clause, info, res.Claims[n-1].Fact, Supported, "goes on about the fact before")
			}
			if ok {
				res.Claims = append(res.Claims, r)
			}
			prev, prevFact = clause, r.Fact
			continue
		}
		var before *frame.Slots
		if n := len(res.Claims); n > 0 && info.Continues {
			before = &res.Claims[n-1].Frame.Slots
			if last := res.Claims[n-1]; last.Verdict != Unverifiable && last.Fact != nil {
				info.About = last.Fact.ID // the fact that decided what the clause goes on about
			}
		}
		if info.Continues && i > 0 {
			info.Speaker = e.speakerOf(clauses[i-1], clause)
		}
		var arithmetic differenceCheck
		var figuresBefore []frame.Figure
		if i > 0 {
			figuresBefore = infos[i-1].Figures
		}
		info.Figures, arithmetic = checkDifferences(info.Figures, figuresBefore)
		arithmetic = max(arithmetic, checkHalves(info.Figures, figuresBefore))
		cr := e.checkClause(s, lang, clause, prev, prevFact, info, before)
		if n := len(res.Claims); n > 0 && info.Continues && cr.Plan && cameTrue(res.Claims[n-1], cr.Fact) {
			// "capacity is 5 Mt a year since May 2024, five times the former million": the
			// clause before confirmed that plan as done, and this one goes on about it
			cr = ClaimResult{Verdict: Supported, Fact: res.Claims[n-1].Fact, Quantity: cr.Quantity, Frame: info,
				Considered: append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "a plan the clause before found done"})}
		}
		if cr.Verdict == Supported && cr.Fact != nil && !e.reportedThen(cr.Fact, info.ReportYear) {
			// "According to Report (March 2027), …": the figure is right, but the source that
			// gives it spoke in 2026
			cr.Verdict = Unverifiable
			cr.Considered = append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "reported in another year"})
		}
		switch {
		case arithmetic == differenceWrong && cr.Fact != nil:
			// "547 million, 87 million more than the 470 million": the figures agree with the
			// source, their difference (77 million) does not
			cr.Verdict = Contradicted
			cr.Considered = append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "the difference stated is not the figures' difference"})
		case arithmetic == differenceWrong:
			cr.Verdict = Unverifiable
		case arithmetic == differenceUnknown && cr.Verdict == Supported:
			cr.Verdict = Unverifiable // more than what, the claim does not say
		}
		if cr.Verdict == Supported {
			if v, base := comparedOtherwise(info, text.Tokenize(clause, nil), cr.Fact, cr.Quantity); v != "" {
				cr.Verdict = v
				cr.Considered = append(cr.Considered, Ruling{Fact: cr.Fact, Quantity: base, Outcome: "compared with " + strconv.Itoa(info.BaseYear) + " the other way"})
			}
		}
		if cr.Verdict == Supported {
			var before *knowledge.Fact
			if n := len(res.Claims); n > 0 && res.Claims[n-1].Verdict == Supported {
				before = res.Claims[n-1].Fact
			}
			if rest := e.unsaidRemark(clause, cr.Fact, before, lang); rest != "" {
				cr.Verdict, cr.Unsaid = Unverifiable, rest
				cr.Considered = append(cr.Considered, Ruling{Fact: cr.Fact, Outcome: "says more than the source: " + rest})
			}
		}
		cr = e.judgedBeside(s, lang, msg, clause, info, cr)
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

// cameTrue reports a supported clause that a result confirmed, comparing the plan fact's
// figure along the way: the plan came true.
func cameTrue(before ClaimResult, plan *knowledge.Fact) bool {
	return before.Verdict == Supported && plan != nil && before.Fact != plan &&
		slices.ContainsFunc(before.Considered, func(r Ruling) bool { return r.Fact == plan && r.Outcome == "agrees" })
}

// statesSomething reports a clause of four words or more that are not stopwords: a
// statement, not a heading ("Kuryk port in brief:").
func statesSomething(clause string) bool {
	n := 0
	for _, t := range text.Tokenize(clause, nil) {
		if !t.Num && !text.IsStopword(t.Text) {
			n++
		}
	}
	return n >= 4
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
	continues := make([]bool, len(clauses)) // "…, and imported $87m", "All the TEU handled in that period…"
	anyPlan, anyHedged := false, false
	lastYear := make([]bool, len(clauses)) // "last year", said with no report date
	for i, clause := range clauses {
		toks := text.Tokenize(clause, nil)
		// "…, and imported $87m", "All the TEU handled in that period…", "…против 250 тыс т"
		continues[i] = text.AnyPhraseIn(toks, text.SamePeriod) || len(toks) > 0 && (text.AndWords[toks[0].Text] || text.VersusWords[toks[0].Text])
		infos[i] = frame.ParseClaim(toks)
		infos[i].WithoutNamedNumbers(clause, toks)
		e.withoutNamedYears(clause, &infos[i])
		infos[i].Continues = i > 0 && (continues[i] || e.joinedTo(clauses[i-1], clause))
		e.withoutReportDates(clause, &infos[i])
		withoutBracketedDate(clause, &infos[i])
		if len(infos[i].Figures) > 0 && infos[i].Months[0] == 0 {
			infos[i].Years, infos[i].Published = withoutPublicationYears(toks, infos[i].Years)
		}
		infos[i].BaseYear = frame.ComparisonBase(clause, toks)
		if infos[i].Since && len(infos[i].Years) == 1 && infos[i].BaseYear == infos[i].Years[0] {
			infos[i].BaseYear = 0 // "2022-dən bəri", "2022 жылдан бері": since the year, as "с 2022 года"
		}
		// "снизившись на 0,5% к прошлому году": last year is the base of a change
		changeWithoutBase := infos[i].BaseYear == 0 && slices.ContainsFunc(infos[i].Figures, func(f frame.Figure) bool { return f.Unit == "percent" || f.Unit == "times" })
		lastYear[i] = text.AnyPhraseIn(toks, text.LastYearPhrases) && !text.AnyPhraseIn(toks, text.ThisYearPhrases) && len(frame.ReportDates(toks)) == 0 &&
			!changeWithoutBase && (len(infos[i].Years) == 0 || len(infos[i].Years) == 1 && infos[i].Years[0] == infos[i].BaseYear)
		anyPlan = anyPlan || infos[i].Planned || infos[i].Deadline || e.speaksOfFuture(infos[i])
		anyHedged = anyHedged || infos[i].Hedged
	}
	for i := range infos {
		if lastYear[i] {
			e.resolveLastYear(i, infos)
		}
	}
	for i := range infos {
		info := &infos[i]
		neutral := !info.Planned && !info.Achieved
		if neutral && anyPlan {
			info.Planned = true
		}
		info.Hedged = info.Hedged || anyHedged // "…could triple by 2030, to 11 Mt a year": the whole text is hedged
		if i > 0 {
			for _, fig := range infos[i-1].Figures {
				if fig.Whole {
					info.PartOf = fig.Value // "Из 10 млрд евро, …, 3 млрд — гранты": a part of it
				}
			}
		}
		if prev := infos[max(i-1, 0)]; i > 0 && len(info.Years) == 1 && info.BaseYear == info.Years[0] && len(prev.Years) == 1 &&
			prev.Years[0] > info.BaseYear {
			// "2.7 Mt in 2023, which is 63% more than in 2022": the change is of 2023 over 2022,
			// and of its months ("60,429 TEU in January–July 2025, 54.2% more than the same
			// period of 2024")
			info.Years = []int{info.BaseYear, prev.Years[0]}
			if info.Months[0] == 0 && info.Continues {
				info.Months = prev.Months
			}
		}
		if toks := text.Tokenize(clauses[i], nil); i > 0 && len(info.Years) == 0 && len(infos[i-1].Years) == 1 && len(toks) > 0 &&
			text.VersusWords[toks[0].Text] && text.AnyPhraseIn(toks, text.YearBefore) {
			// "1.392 Mt in 2023 против 250 тыс т годом ранее": the level of the year before,
			// of the same months
			info.Years, info.Months = []int{infos[i-1].Years[0] - 1}, infos[i-1].Months
		}
		if i > 0 && len(info.Years) == 0 && (e.joinedTo(clauses[i-1], clauses[i]) || continues[i]) &&
			!text.HasWordIn(text.Tokenize(clauses[i], nil), text.EarlierWords) { // "…, while in earlier years it was 35–40 thousand": not that year
			// "…, up 21%", and "All the TEU handled in that period…" in the next sentence
			info.Years, info.Months, info.Since, info.YearRange = infos[i-1].Years, infos[i-1].Months, infos[i-1].Since, infos[i-1].YearRange
			info.Deadline = info.Deadline || infos[i-1].Deadline // "…8 Mt by year-end, with about 120,000 TEU": by then too
			if info.BaseYear == 0 {
				info.BaseYear = infos[i-1].BaseYear // "…up 22% on the same period of 2022, to 3.8 Mt"
			}
			if b := info.BaseYear; b != 0 && len(info.Years) > 1 && slices.Contains(info.Years, b) && !startsWithWhen(clauses[i]) {
				// "…rose 22% on the same period of 2022 and reached 3.8 Mt": the level is of
				// the period compared (2023), not of its base; "…less than in 2020, when it
				// was 783 kt" is of the base
				info.Years = slices.DeleteFunc(slices.Clone(info.Years), func(y int) bool { return y == b })
			}
			info.YearsBefore = len(info.Years) > 0
			if info.YearEnd {
				info.Months = [2]int{}
			}
		}
	}
	return infos
}

// joinedTo reports a clause going on with the subject and period of the one before: after a
// comma, or after a semicolon when it names nothing of its own ("…6.1 Mt in 9 months of
// 2025; containers 77,295 TEU, up 40.4%").
func (e *Checker) joinedTo(before, clause string) bool {
	b := strings.TrimSpace(before)
	if strings.HasSuffix(b, ",") {
		return true
	}
	if !strings.HasSuffix(b, ";") || !hasFigure(clause) {
		return false // "…; the works are expected to take up to four months": nothing to date
	}
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	return len(entityTerms(e.ix.Analyze(s, clause))) == 0
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
	if info.Slots.Concepts["agreement"] || info.Slots.Concepts["memorandum"] {
		return true // "signed an agreement to build a 2 Mt plant": what is agreed is to come
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

// publisherNames lists, lower case, every name of every source's publisher.
func publisherNames(kb *knowledge.KB) []string {
	publishers := map[string]bool{}
	for _, src := range kb.Sources {
		publishers[src.Entity] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range kb.Terms {
		if !publishers[t.ID] {
			continue
		}
		for _, l := range knowledge.Langs {
			for _, n := range t.Names[l] {
				if n = strings.ToLower(n); !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// speakerNames lists the names of the glossary's organisations and people, and the
// publishers', lower case and longest first (so "AZCON Holding" is found before "AZCON").
func speakerNames(kb *knowledge.KB, publishers []string) []string {
	out := slices.Clone(publishers)
	for _, t := range kb.Terms {
		if t.Class != "organisation" && t.Class != "person" {
			continue
		}
		for _, l := range knowledge.Langs {
			for _, n := range t.Names[l] {
				out = append(out, strings.ToLower(n))
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return slices.Compact(out)
}

// speakerOf is the speaker a clause before names ("AZCON says …") when the clause that goes on
// from it names none of its own: what "and the corridor could reach 10 Mt" says is AZCON's too.
func (e *Checker) speakerOf(before, clause string) string {
	lowBefore, low := strings.ToLower(before), strings.ToLower(clause)
	for _, name := range e.speakers {
		if strings.Contains(low, name) {
			return "" // the clause names a speaker of its own
		}
	}
	for _, name := range e.speakers {
		i := strings.Index(lowBefore, name)
		if i < 0 {
			continue
		}
		rest := text.Tokenize(lowBefore[i+len(name):], nil)
		if len(rest) > 0 && text.HasPrefixIn(rest[0].Text, text.ReportVerbs) {
			return before[i : i+len(name)]
		}
	}
	return ""
}

// withoutReportDates drops from a clause's period the date written right after a publisher's
// name: "Astana Times (2024): trade reached…", "(Trend, 10 марта 2026 года): в 2025 году…" —
// when the report was published, not the figure's period.
func (e *Checker) withoutReportDates(clause string, c *frame.Claim) {
	lower := strings.ToLower(clause)
	for _, name := range e.publishers {
		for at := 0; ; {
			i := strings.Index(lower[at:], name)
			if i < 0 {
				break
			}
			after := lower[at+i+len(name):]
			rest := strings.TrimLeft(after, " (,")
			at += i + len(name)
			// The date stands apart: "Astana Times (2024):", "Trend, 2026:" — not "World
			// Bank: by 2030", whose year is the figure's.
			if sep := after[:len(after)-len(rest)]; strings.ContainsAny(sep, "(,") {
				if y, month := reportDate(rest); y != 0 {
					c.ReportYear = y
					c.Years = slices.DeleteFunc(slices.Clone(c.Years), func(v int) bool { return v == y })
					if month != 0 && c.Months == [2]int{month, month} {
						c.Months, c.Day = [2]int{}, 0
					}
				}
			}
		}
	}
}

// comparedWith reports the token at i written after a word of comparison ("than in 2024",
// "compared with 2024", "чем в 2024", "по сравнению с 2024").
func comparedWith(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.ThanWords) {
			return true
		}
	}
	return false
}

// bracketedDate is a date written in digits between brackets: "(10.03.2026)", "(06.01.2026)".
var bracketedDate = regexp.MustCompile(`\((\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\)`)

// withoutBracketedDate: "Report (06.01.2026): …", "Trend со ссылкой на Минтранс РК
// (10.03.2026): …" — a date in digits between brackets dates the post, not its figures. It
// is dropped from the clause's years and figures ("06.01" is no figure) and kept as the
// report's year. So is a month and year between brackets that open the post's text ("Pryce
// at the forum in Baku (Sept 2025): …").
func withoutBracketedDate(clause string, c *frame.Claim) {
	if !strings.Contains(clause, "(") {
		return
	}
	withoutHeaderDate(clause, c)
	withoutAttributedYear(clause, c)
	withoutAsideYear(clause, c)
	m := bracketedDate.FindStringSubmatch(clause)
	if m == nil {
		return
	}
	year, _ := strconv.Atoi(m[3])
	dayMonth, _ := strconv.ParseFloat(m[1]+"."+m[2], 64)
	c.Figures = slices.DeleteFunc(slices.Clone(c.Figures), func(f frame.Figure) bool { return f.Raw == dayMonth && f.Unit == "" })
	if strings.Count(clause, m[3]) == 1 {
		c.Years = slices.DeleteFunc(slices.Clone(c.Years), func(v int) bool { return v == year })
	}
	if c.ReportYear == 0 {
		c.ReportYear = year
	}
}

// withoutAsideYear drops the year of an aside between brackets that tells of another event
// ("Kuryk port (commissioned Dec 2016) has a berth rated at 4.1 Mt a year"): it dates the
// commissioning, not the figure outside the brackets. An aside of a date alone ("(2023)")
// may date the figure, and is left to the other readings.
func withoutAsideYear(clause string, c *frame.Claim) {
	open := strings.Index(clause, "(")
	end := strings.Index(clause, ")")
	if open < 0 || end < open {
		return
	}
	inside := text.Tokenize(clause[open+1:end], nil)
	y, words := 0, 0
	for _, t := range inside {
		switch {
		case t.Num && text.YearOf(t.Text) != 0:
			y = text.YearOf(t.Text)
		case t.Num:
			return // a figure of its own: the aside is a claim too
		case !text.IsStopword(t.Text) && text.MonthOf(t.Text) == 0:
			words++
		}
	}
	outside := clause[:open] + clause[end+1:]
	if y == 0 || words == 0 || strings.Contains(outside, strconv.Itoa(y)) ||
		!slices.ContainsFunc(text.Tokenize(outside, nil), func(t text.Token) bool { return t.Num }) {
		return
	}
	c.Years = slices.DeleteFunc(slices.Clone(c.Years), func(v int) bool { return v == y })
	c.Months = [2]int{}
}

// withoutAttributedYear drops a year between brackets that closes an attribution ("…, per
// Kazakh foreign ministry (2023)", "по данным МИД (2023)"): when the source spoke, kept as the
// report's year, not the period of the figure.
func withoutAttributedYear(clause string, c *frame.Claim) {
	body := strings.TrimRight(strings.TrimSpace(clause), ".,;")
	open := strings.LastIndex(body, "(")
	if open < 0 || !strings.HasSuffix(body, ")") {
		return
	}
	y := text.YearOf(strings.TrimSpace(body[open+1 : len(body)-1]))
	if y == 0 || strings.Count(clause, strconv.Itoa(y)) > 1 {
		return
	}
	before := text.Tokenize(body[:open], nil)
	if !slices.ContainsFunc(before[max(0, len(before)-5):], func(t text.Token) bool {
		return !t.Num && (text.AttributionWords[t.Text] || text.HasPrefixIn(t.Text, text.ReportVerbs) || t.Text == "per")
	}) {
		return
	}
	c.Years = slices.DeleteFunc(slices.Clone(c.Years), func(v int) bool { return v == y })
	if c.ReportYear == 0 {
		c.ReportYear = y
	}
}

// withoutHeaderDate drops a date in words between brackets right before a colon ("(Sept
// 2025): …"): the date of what the post reports, kept as the report's year.
func withoutHeaderDate(clause string, c *frame.Claim) {
	open := strings.Index(clause, "(")
	end := strings.Index(clause, "):")
	if open < 0 || end < open {
		return
	}
	year, month := reportDate(strings.ToLower(clause[open+1:end]) + ")")
	if year == 0 || strings.Count(clause, strconv.Itoa(year)) > 1 {
		return
	}
	c.Years = slices.DeleteFunc(slices.Clone(c.Years), func(v int) bool { return v == year })
	dropMonth(c, month)
	if c.ReportYear == 0 {
		c.ReportYear = year
	}
}

// withoutDatingNotes drops a note between brackets that begins with a date and a semicolon
// ("(July; the year, 2024, by context)"): when the post came out, not what it reports.
func withoutDatingNotes(msg string) string {
	return rewriteBrackets(msg, func(note, _ string) (string, bool) {
		semi := strings.Index(note, ";")
		if semi < 0 {
			return "", false
		}
		y, m := reportDate(strings.ToLower(note[:semi]) + ")")
		return "", y != 0 || m != 0
	})
}

// rewriteBrackets gives each note between brackets, and the text after it, to rewrite, which
// returns what stands in place of the whole bracket, or false to leave it.
func rewriteBrackets(msg string, rewrite func(note, after string) (string, bool)) string {
	for from := 0; ; {
		open := strings.Index(msg[from:], "(")
		if open < 0 {
			return msg
		}
		open += from
		end := strings.Index(msg[open:], ")")
		if end < 0 {
			return msg
		}
		end += open
		if with, ok := rewrite(msg[open+1:end], msg[end+1:]); ok {
			msg = msg[:open] + with + msg[end+1:]
			from = open + len(with)
			continue
		}
		from = end
	}
}

// scaledWithUnit is a figure with a scale letter and its unit ("1.5m+ tonnes"); bareScaled one
// with the letter alone ("2.2m expected").
var (
	scaledWithUnit = regexp.MustCompile(`\d(?:[.,]\d+)?([mk])\+? ?(tonnes|tons|t|TEU|teu)\b`)
	bareScaled     = regexp.MustCompile(`(\d(?:[.,]\d+)?[mk])(\+?)( |$|[,;.])`)
)

// scaleLetterUnits gives a scale letter written alone the unit the message writes after the
// same letter elsewhere: in "1.5m+ tonnes since January, with 2.2m expected by year end" the
// 2.2m are tonnes too, not metres.
func scaleLetterUnits(msg string) string {
	m := scaledWithUnit.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	letter, unit := m[1], m[2]
	return bareScaled.ReplaceAllStringFunc(msg, func(s string) string {
		sub := bareScaled.FindStringSubmatch(s)
		if !strings.HasSuffix(sub[1], letter) {
			return s
		}
		rest := msg[strings.Index(msg, s)+len(s):]
		if next, _, _ := strings.Cut(strings.TrimSpace(rest), " "); strings.EqualFold(strings.Trim(next, ".,;"), unit) {
			return s
		}
		return sub[1] + sub[2] + " " + unit + sub[3]
	})
}

// withoutSourceDates drops the date from a bracket naming a source and when it spoke
// ("(Trend, 17 December 2024)" → "(Trend)") when the text goes on to a span of months of its
// own: the report's month is not the figure's ("…in January–November 2024").
func withoutSourceDates(msg string) string {
	return rewriteBrackets(msg, func(note, after string) (string, bool) {
		source, date, ok := strings.Cut(note, ",")
		if !ok || strings.TrimSpace(source) == "" {
			return "", false
		}
		if y, m := reportDate(strings.ToLower(date) + ")"); y == 0 || m == 0 || !namesMonthRange(after) {
			return "", false
		}
		return "(" + source + ")", true
	})
}

// namesMonthRange reports a span of months written with a dash ("January-November").
func namesMonthRange(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for _, w := range words {
		a, b, ok := strings.Cut(strings.ReplaceAll(strings.Trim(w, ".,;:()"), "–", "-"), "-")
		if ok && text.MonthOf(text.Fold(a)) > 0 && text.MonthOf(text.Fold(b)) > 0 {
			return true
		}
	}
	return false
}

// dropMonth takes a post's month out of the months a clause reads.
func dropMonth(c *frame.Claim, month int) {
	switch {
	case month == 0:
	case c.Months == [2]int{month, month}:
		c.Months, c.Day = [2]int{}, 0
	case c.Months[0] == month:
		c.Months = [2]int{c.Months[1], c.Months[1]}
	case c.Months[1] == month:
		c.Months = [2]int{c.Months[0], c.Months[0]}
	}
}

// withoutPublicationYears drops a year written once, right beside a word naming a publication
// ("the World Bank's 2023 Middle Corridor report", "доклад 2023 года"): it dates the report,
// not the figure the report gives (a clause with no other figure may date the report itself).
func withoutPublicationYears(toks []text.Token, years []int) (kept []int, published int) {
	for i, t := range toks {
		y := text.YearOf(t.Text)
		if !t.Num || y == 0 || countYear(toks, y) > 1 || comparedWith(toks, i) {
			continue // "40% more than in 2024 (ADY, via Report…)": 2024 is the base, not the report's
		}
		for k := max(0, i-2); k <= min(len(toks)-1, i+3); k++ {
			// a noun before the year is Russian, Azerbaijani or Kazakh order ("доклад 2023
			// года"); in English it would be the agency Report ("Report: in 2025, …")
			if k != i && text.HasPrefixIn(toks[k].Text, text.ReportNouns) && (k > i || toks[k].Text != "report") {
				return slices.DeleteFunc(slices.Clone(years), func(v int) bool { return v == y }), y
			}
		}
	}
	return years, 0
}

// countYear counts the tokens that write year y.
func countYear(toks []text.Token, y int) int {
	n := 0
	for _, t := range toks {
		if t.Num && text.YearOf(t.Text) == y {
			n++
		}
	}
	return n
}

// reportDate is the year and month (0 if none) of a date that stands apart after a
// publisher's name, up to a closing bracket, comma or colon: "2026)", "10 марта 2026 года)",
// "March 10, 2026:"; 0 when the text goes on otherwise.
func reportDate(rest string) (year, month int) {
	end := strings.IndexAny(rest, "),:")
	if e := strings.IndexAny(rest, "):"); e > end && end >= 0 && end < 7 {
		end = e // "March 10, 2026:": the comma after the day is inside the date
	}
	if end < 0 || end > 30 {
		return 0, 0
	}
	for date := rest[:end]; date != ""; {
		var w string
		w, date = nextDateWord(date)
		if w == "" {
			continue
		}
		switch y, m := text.YearOf(w), text.MonthOf(w); {
		case y != 0 && year == 0:
			year = y
		case m > 0 && month == 0:
			month = m
		case y == 0 && m == 0 && (dayNumber(w) || text.PeriodWords[text.Fold(w)]):
		default:
			return 0, 0
		}
	}
	return year, month
}

// nextDateWord splits the first word off a date ("10 марта 2026"), skipping the spaces, commas
// and dots before it — without allocating, as it runs on every clause naming a publisher.
func nextDateWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ,.")
	if i := strings.IndexAny(s, " ,."); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// dayNumber reports a day of the month written in digits.
func dayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// differenceCheck is what the arithmetic of a difference a clause states shows.
type differenceCheck int

// In rising order of weight: one wrong difference decides the clause.
const (
	noDifference      differenceCheck = iota
	differenceRight                   // the two figures differ by what the clause says
	differenceUnknown                 // the clause does not give the figure it is a difference of
	differenceWrong                   // they differ by something else
)

// checkDifferences takes out of figs those that state a difference of two others ("87
// million more than the 470 million") and checks each against the figures it is the
// difference of: the clause's own, or the clause's before ("547 million, which is …").
func checkDifferences(figs, before []frame.Figure) ([]frame.Figure, differenceCheck) {
	if !slices.ContainsFunc(figs, func(f frame.Figure) bool { return f.Difference }) {
		return figs, noDifference // most clauses: nothing to copy
	}
	out, check := figs[:0:0], noDifference
	for _, d := range figs {
		if !d.Difference {
			out = append(out, d)
			continue
		}
		other, ok := otherFigure(d.Unit, d.Base, figs, before)
		switch {
		case !ok && len(figs) == 2:
			// "586 thousand t — less than in 2020 (783 thousand)": two figures compared,
			// no difference between them stated
			d.Difference = false
			out = append(out, d)
		case !ok:
			check = max(check, differenceUnknown)
		case math.Abs(math.Abs(other-d.Base)-d.Value) <= math.Max(roundingOf(d.Raw, d.Decimals)*d.Scale, d.Value*relativeTolerance):
			check = max(check, differenceRight)
		default:
			check = differenceWrong
		}
	}
	return out, check
}

// otherFigure finds the figure a difference or a half is measured against: an amount in the
// unit given (or none), other than base, in the clause or else in the clause before.
func otherFigure(unit knowledge.Unit, base float64, figs, before []frame.Figure) (float64, bool) {
	for _, set := range [][]frame.Figure{figs, before} {
		for _, f := range set {
			if !f.Difference && f.Value != base && f.Unit != "percent" && f.Unit != "times" && f.Unit != "year" && (f.Unit == unit || unit == "" || f.Unit == "") {
				return f.Value, true
			}
		}
	}
	return 0, false
}

// checkHalves checks a figure said to be more or less than half of another ("280.6 million,
// less than half of the 529.4 million"), or half of it: against the other figure in the same
// unit, in the clause or the clause before.
func checkHalves(figs, before []frame.Figure) differenceCheck {
	check := noDifference
	for _, whole := range figs {
		if !whole.HalfOf {
			continue
		}
		part, ok := otherFigure(whole.Unit, whole.Value, figs, before)
		half := whole.Value / 2
		switch {
		case !ok:
			check = max(check, differenceUnknown)
		case whole.HalfCompare < 0 && part < half, whole.HalfCompare > 0 && part > half,
			whole.HalfCompare == 0 && math.Abs(part-half) <= half*roundTolerance:
			check = max(check, differenceRight)
		default:
			check = differenceWrong
		}
	}
	return check
}

// resolveLastYear reads "last year" in clause i: the year after the base it is compared with,
// in the clause or the one going on from it ("Ötən il … 107 054 TEU, bu, 2024-cü illə
// müqayisədə 40% artım": 2025); else the year before the base's newest figures, as a
// question's "last year" is.
func (e *Checker) resolveLastYear(i int, all []frame.Claim) {
	info := &all[i]
	y := e.latestYear - 1
	switch {
	case info.BaseYear != 0:
		y = info.BaseYear + 1
	case i+1 < len(all) && all[i+1].BaseYear != 0 && len(all[i+1].Years) <= 1:
		y = all[i+1].BaseYear + 1
	}
	if !slices.Contains(info.Years, y) {
		info.Years, info.Resolved = append([]int{y}, info.Years...), y
	}
}

// reportedThen reports a fact a source gave in the year a claim dates the report to: the
// year of its source's publication or of its figures' state (any, when none is given).
func (e *Checker) reportedThen(f *knowledge.Fact, year int) bool {
	if year == 0 {
		return true
	}
	asOf, _ := knowledge.PeriodYears(f.AsOf)
	return year == asOf || year == e.published[f.Source] || e.published[f.Source] == 0 && asOf == 0
}

// sameDayElsewhere is a fact dated to the day the clause names, about the same subject as
// the fact that refutes the clause's date, or nil: a date contradicted by another year's
// event of that subject may be the day's own event, which the clause describes with a detail
// (a city) the day's fact does not give.
func (e *Checker) sameDayElsewhere(s *index.Scratch, clause string, info frame.Claim, cr ClaimResult) *knowledge.Fact {
	if cr.Verdict != Contradicted || cr.Quantity == nil || cr.Quantity.Measure != eventDate || info.Day == 0 ||
		len(info.Years) != 1 || info.Months[0] == 0 || info.Months[0] != info.Months[1] {
		return nil
	}
	day := dayDate(info.Years[0], info.Months[0], info.Day)
	if len(e.byDay[day]) == 0 {
		return nil
	}
	var subjects, cities []string
	for _, u := range e.ix.Analyze(s, clause) {
		if !u.Entity || !u.Concept || u.Term < 0 {
			continue
		}
		switch c := strings.TrimPrefix(e.ix.Term(u.Term), "@"); {
		case !slices.Contains(cr.Fact.Entities, c), e.countries[c]:
		case e.cities[c]:
			cities = append(cities, c)
		default:
			subjects = append(subjects, c)
		}
	}
	for _, f := range e.byDay[day] {
		// the day's fact names the subject the refuting one shares with the clause, but not
		// the city that brought the refuting one in
		if f != cr.Fact && slices.ContainsFunc(subjects, func(c string) bool { return slices.Contains(f.Entities, c) }) &&
			len(cities) > 0 && !slices.ContainsFunc(cities, func(c string) bool { return slices.Contains(f.Entities, c) }) {
			return f
		}
	}
	return nil
}

// resultOtherwise is a fact with a result of what a supported claim's estimate measures, for
// the same period, whose figure differs from it by more than rounding, or nil.
func (e *Checker) resultOtherwise(cr ClaimResult) *knowledge.Fact {
	q := cr.Quantity
	if cr.Verdict != Supported || q == nil || q.Status != "estimate" || q.Period == "" {
		return nil
	}
	for _, f := range e.results[measuredBy(q)] {
		for i := range f.Quantities {
			r := &f.Quantities[i]
			if r.Status == "result" && r.Period == q.Period && r.Per == q.Per && !r.Cumulative &&
				math.Abs(valueOf(r)-valueOf(q)) > 0.1*max(valueOf(r), valueOf(q)) {
				return f
			}
		}
	}
	return nil
}

// namesSourceOf reports a clause naming the source of f ("according to Wikipedia, …"): it
// says what that source says, which f confirms whatever others give.
func (e *Checker) namesSourceOf(s *index.Scratch, clause string, f *knowledge.Fact) bool {
	ent := e.sourceEntity[f.Source]
	if ent == "" {
		return false
	}
	for _, u := range e.ix.Analyze(s, clause) {
		if u.Concept && u.Term >= 0 && e.ix.Term(u.Term) == "@"+ent {
			return true
		}
	}
	return false
}

// dayDate writes a day as facts date it ("2025-10-21").
func dayDate(year, month, day int) string { return fmt.Sprintf("%04d-%02d-%02d", year, month, day) }

// startsWithWhen reports a clause opening with "when" ("когда было 783 тыс. тонн"): it speaks
// of the year named last.
func startsWithWhen(clause string) bool {
	toks := text.Tokenize(clause, nil)
	return len(toks) > 0 && text.WhenWords[toks[0].Text]
}

// goesOnAbout reports a figure-less clause opening with a word pointing back ("its", "оның",
// "его") that the fact confirming the clause before says in full: the same wording checks a
// statement must pass, on that one fact.
func (e *Checker) goesOnAbout(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	if f == nil || len(toks) == 0 || !text.BackWords[toks[0].Text] {
		return false
	}
	factToks := text.Tokenize(f.Text.In(lang), nil)
	return statementWords(toks, factTexts(f, lang)) >= minStatementWords && e.confirmsStatement(clause, f, lang) &&
		!e.substitutes(toks, factToks) && !superlativeUnsaid(toks, saidWords(f, lang)) && !movedOpposite(toks, factToks)
}

// withoutNamedYears drops from a clause's years one that stands only inside a name that
// carries it ("at AIIF 2025 an agreement was signed" dates nothing: the forum's name does).
func (e *Checker) withoutNamedYears(clause string, info *frame.Claim) {
	if !slices.ContainsFunc(info.Years, func(y int) bool { return e.namedYears[y] }) {
		return // no year of the clause is one a name carries: nothing to lower-case
	}
	lower := strings.ToLower(clause)
	for _, n := range e.yearNames {
		if !strings.Contains(lower, n) {
			continue
		}
		rest := strings.ReplaceAll(lower, n, "")
		info.Years = slices.DeleteFunc(info.Years, func(y int) bool {
			ys := strconv.Itoa(y)
			return strings.Contains(n, ys) && !strings.Contains(rest, ys)
		})
	}
}
