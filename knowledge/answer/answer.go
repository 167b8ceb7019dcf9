// Package answer answers a question from the facts: the question is read into units and a
// frame, the index ranks candidate facts, and each candidate passes or fails the checks that
// decide an answer (the names it gives, the year, a figure when one is asked for, and how much
// of the question it explains) before the confidence decides between an answer and a refusal.
// ExplainAnswer tells which check decided.
package answer

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Thresholds of the answer decision, tuned on the held-out sets in testdata (eval_test.go runs
// them; TUNE=1 go test -tags tune -run TestTune -v prints the trade-off of each threshold).
const (
	minConfidence = 0.45 // below: "I don't know"
	minCoverage   = 0.40 // share of the question's informative words the fact must explain
	// knownCoverage is the share a refused question's best fact must explain for the refusal
	// to show it as what the sources say of the thing asked about: most of the question.
	knownCoverage        = 0.6
	scoreHalf            = 3.0  // BM25 score at which the score part of confidence is one half
	closeRatio           = 0.80 // a second fact this close to the best one is shown beside it
	maxFacts             = 3
	rerankPool           = 16 // candidates ranked by their words before the question's frame reorders them
	missingEntityPenalty = 0.5
	amountBoost          = 1.25
	reasonBoost          = 1.5  // a fact that says why, for a question asking why
	amountPromotion      = 0.6  // a fact with a figure this close to the best answers a how-many question
	coverageSlack        = 0.1  // …or one that explains nearly as much of the question
	fullCoverage         = 0.95 // a fact that explains (nearly) every word of the question
	directionBoost       = 1.3
	slotPenalty          = 0.5  // a fact without a figure of the measure or unit asked for
	fullYearBoost        = 1.15 // a whole year's figure, for a question about a year
	tiedForecast         = 0.95 // what happened beats a forecast for the year scoring this close
	monthsRival          = 0.8  // a fact of the months asked beats one of another period scoring this close
	seriesCoverage       = 0.25 // what a "how has it changed" question must share with a point of the series
	seriesNamedCoverage  = 0.75 // … with a point of a series no answer of its led to
)

// halfYearMonths is the set of months of the half of a year (1 or 2), a bit for each month
// by its number, or none.
func halfYearMonths(half int) uint16 {
	switch half {
	case 1:
		return 0b1111110 // January to June
	case 2:
		return 0b1_1111_1000_0000 // July to December
	}
	return 0
}

// Answerer answers questions from a knowledge base's index. It is safe for concurrent use.
type Answerer struct {
	kb *knowledge.KB
	ix *index.Index
	// docKinds are the kinds of document each fact's English text names (an agreement, a
	// protocol), read once: a question naming one is checked against every candidate.
	docKinds map[string][]string
	// commissioned are the facts whose text, in any language, tells that something went
	// into service or was opened: read once, like docKinds.
	commissioned map[string]bool
	// measured are the measures some quantity of the base counts: a question about another
	// one ("how much oil does Tengiz produce?") is answered only by a fact that speaks of it.
	measured map[string]bool
	// latestYear is the year of the newest figure: "this year" in a question is read as it,
	// since the base can say nothing of a later one.
	latestYear int
	// latestResult is the last year a result of the base starts in: "since the start of 2026"
	// asks past it.
	latestResult int
	// class is the glossary class of each entity that has one (aktau: port).
	class map[string]string
	// home is the country each place lies in (kuryk: kazakhstan).
	home map[string]string
	// cities are the glossary's cities (see knowledge.Term.City).
	cities map[string]bool
	// headed gives, for a kind of organisation asked for ("Bank", "Holding"), the glossary's
	// organisations with that word in their English name.
	headed map[string]map[string]bool
	// nameTokens are the words of every name of each glossary term, in every language.
	nameTokens map[string][]text.Token
	// parts gives the things an entity counts together (see knowledge.Term.Parts).
	parts map[string][]string
	// enNames are each entity's English names, lower case: a fact's English text tells who
	// reports it ("According to …,") and who acts in it (see onlyReports).
	enNames map[string][]string
	// through gives the places each route runs through (see knowledge.Term.Through).
	through map[string][]string
	// finishes and manufactures are the facts telling, in one of their languages, of finishing
	// something and of making a product, read once.
	finishes, manufactures map[string]bool
	owns                   map[string]bool // facts telling who owns something
	// personFacts are the facts of a source naming one person alone (see factsOfPeople).
	personFacts map[string][]*knowledge.Fact
	// countries are the glossary's countries (terms with a region), by concept ("@kazakhstan").
	countries map[string]bool
	// judgedAs gives the measure that stands for one no figure counts (a plant's production
	// is its capacity; see knowledge.Term.JudgedAs).
	judgedAs map[string]string
	// defines gives, for a glossary term, the fact that says what it is (see Fact.Defines).
	defines map[string]*knowledge.Fact
	scratch sync.Pool
}

// New makes an answerer over the index of kb.
func New(kb *knowledge.KB, ix *index.Index) *Answerer {
	e := &Answerer{kb: kb, ix: ix, latestYear: knowledge.LatestYear(kb), measured: map[string]bool{}, class: map[string]string{}, home: map[string]string{}, cities: map[string]bool{}}
	e.nameTokens = make(map[string][]text.Token, len(kb.Terms))
	e.docKinds, e.commissioned = map[string][]string{}, map[string]bool{}
	e.finishes, e.manufactures, e.owns = map[string]bool{}, map[string]bool{}, map[string]bool{}
	var toks []text.Token // one buffer for every fact's words
	for _, f := range kb.Facts {
		toks = text.Tokenize(f.Text.In(knowledge.EN), toks[:0])
		if kinds := text.DocumentKinds(toks); len(kinds) > 0 {
			e.docKinds[f.ID] = kinds
		}
		for _, l := range knowledge.Langs {
			toks = text.Tokenize(f.Text.In(l), toks[:0])
			if text.ContainsWord(toks, text.CommissionedIndex) || text.ContainsWord(toks, text.OpeningIndex) {
				e.commissioned[f.ID] = true // "opened", "введён в эксплуатацию", "the opening ceremony"
			}
			if text.AnyWordHasPrefix(toks, text.FinishWords) {
				e.finishes[f.ID] = true // "to complete construction by the end of 2026"
			}
			if text.AnyWordHasPrefix(toks, text.OwnerWords) {
				e.owns[f.ID] = true // "Azerbaijan Railways owns the port", "a 51% stake"
			}
			if text.AnyWordHasPrefix(toks, text.ManufactureWords) {
				e.manufactures[f.ID] = true // "the plant will produce HBI"
			}
		}
	}
	for _, t := range kb.Terms {
		for _, names := range t.Names {
			for _, n := range names {
				e.nameTokens[t.ID] = append(e.nameTokens[t.ID], text.Tokenize(n, nil)...)
			}
		}
		if t.Class != "" {
			e.class[t.ID] = t.Class
		}
		if t.City {
			e.cities[t.ID] = true
		}
		if t.Country != "" {
			e.home[t.ID] = t.Country
		}
		if t.Class == "organisation" {
			e.addHeaded(t)
		}
		if t.Region != "" {
			if e.countries == nil {
				e.countries = map[string]bool{}
			}
			e.countries["@"+t.ID] = true
		}
		if t.JudgedAs != "" {
			if e.judgedAs == nil {
				e.judgedAs = map[string]string{}
			}
			e.judgedAs[t.ID] = t.JudgedAs
		}
		if len(t.Parts) > 0 {
			if e.parts == nil {
				e.parts = map[string][]string{}
			}
			e.parts[t.ID] = t.Parts
		}
		if t.Kind == "entity" {
			if e.enNames == nil {
				e.enNames = map[string][]string{}
			}
			for _, n := range t.Names[knowledge.EN] {
				e.enNames[t.ID] = append(e.enNames[t.ID], strings.ToLower(n))
			}
		}
		if len(t.Through) > 0 {
			if e.through == nil {
				e.through = map[string][]string{}
			}
			e.through[t.ID] = t.Through
		}
	}
	for _, f := range kb.Facts {
		for _, q := range f.Quantities {
			e.measured[q.Measure] = true
		}
	}
	e.personFacts = e.factsOfPeople(kb)
	e.defines = map[string]*knowledge.Fact{}
	for _, f := range kb.Facts {
		if f.Defines != "" {
			e.defines[f.Defines] = f
		}
		for _, q := range f.Quantities {
			// the start of a period: "quadrupled since 2022" up to an undated 2026 page is no
			// figure of 2026
			if from, _ := knowledge.PeriodYears(q.Period); !knowledge.IsPlanned(&q) && from > e.latestResult {
				e.latestResult = from
			}
		}
	}
	e.scratch.New = func() any { return &scratch{Scratch: e.ix.NewScratch()} }
	return e
}

// factsOfPeople files, by "source|person", the facts of each source that name that person and
// no other: where one sentence gives "the World Bank's Rolande Pryce", another of the same
// article gives her office, Regional Director. Their words are read only when a question
// asks an office (see sourceSays).
func (e *Answerer) factsOfPeople(kb *knowledge.KB) map[string][]*knowledge.Fact {
	out := map[string][]*knowledge.Fact{}
	for _, f := range kb.Facts {
		person := ""
		for _, id := range f.Entities {
			if e.class[id] != "person" {
				continue
			}
			if person != "" {
				person = ""
				break
			}
			person = id
		}
		if person != "" {
			out[f.Source+"|"+person] = append(out[f.Source+"|"+person], f)
		}
	}
	return out
}

// sourceSays is the words, in every language, of the facts of f's source that name person
// alone.
func (e *Answerer) sourceSays(f *knowledge.Fact, person string) []text.Token {
	var out []text.Token
	for _, g := range e.personFacts[f.Source+"|"+person] {
		for _, l := range knowledge.Langs {
			out = text.Tokenize(g.Text.In(l), out)
		}
	}
	return out
}

// names reports a text that names the glossary term id ("age").
func (e *Answerer) names(msg, id string) bool {
	t, known := e.ix.Lookup("@" + id)
	for _, u := range e.ix.Analyze(e.ix.NewScratch(), msg) {
		if u.Concept && (known && u.Term == t || u.Unknown == "@"+id) {
			return true
		}
	}
	return false
}

// measures reports a fact with a figure of measure m.
func measures(f *knowledge.Fact, m string) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Measure == m })
}

// Query is a question with what the conversation knows.
type Query struct {
	Text     string
	Lang     knowledge.Lang // answer language; "" means detect it from the text
	Hint     knowledge.Lang // the user's known language, used when the text does not tell
	Previous string         // the previous question of the conversation, for follow-ups ("and in 2025?")
	// PreviousFacts were the previous answer: a follow-up asks for something else
	// ("and the other way round?"), so they rank lower then.
	PreviousFacts []string
}

// Answer is the engine's reply: facts (none when it does not know) and how sure it is.
type Answer struct {
	Lang       knowledge.Lang
	Facts      []*knowledge.Fact
	Confidence float64
	// Question is the question as understood: a follow-up merged with the previous one.
	// The conversation keeps it as the next Previous.
	Question string
	// Related are facts close to the question that were not good enough to answer with
	// (suggestions when the answer is "I don't know", buttons otherwise).
	Related []*knowledge.Fact
	// Unknown is a name the question gives that the base has no figure for ("kyrgyzstan", a
	// glossary id, or a name as written when no term knows it), and UnknownMeasure the
	// measure asked about ("trade-turnover"), when that is why there is no answer: the reply
	// says what it has no figure for.
	Unknown        string
	UnknownMeasure string
	// Opinion: the question asks for a view or a prediction, which no source states.
	Opinion bool
	// Known: the question names something the base knows and asks something it knows of it
	// ("when did the Caspian cable go live?"), though no fact answers it: the refusal shows
	// the closest related fact as related, not as the answer.
	Known bool
	// Comparison is set when the question compares two periods' figures, or two things'.
	Comparison *Comparison
	// Series is set when the question asks how a figure changed over time and the answer's
	// figure belongs to a series: the reply shows the series (and its chart).
	Series string
	// mayAskTwo: the message has an "and" and two words that ask, so it may ask two things
	// (frame.TwoQuestions decides); most do not, and are not split.
	mayAskTwo bool
	// Unasked is the part of a message asking two things ("…, and what are its port fees?")
	// that no fact answers, as written: the reply answers the other part and says so.
	Unasked string
}

type scratch struct {
	*index.Scratch
	qtoks   []text.Token // the question's own tokens, read once
	explain bool         // record the candidates and checks (ExplainAnswer)
	// since is the year the question counts from, read before relative time is resolved
	// ("2023-dən indiyə qədər" loses its "-dən" with "indiyə").
	since int
	// change: the question asks how a figure changed; its change words are cut before it is
	// searched, so a growth figure must still count as an answer ("quadrupled since 2022").
	change bool
	// sofar: the question asks what has happened up to now ("so far", "на сегодня"), words
	// cut before it is searched: a plan does not say.
	sofar bool
	// ask is the question read by the search under way, kept here so the gates can point at
	// it without a copy on the heap for every question.
	ask  asked
	gate gateCase
	// beside is the gate case of a fact shown beside the best one, kept here so that checking
	// it allocates nothing
	beside gateCase
}

// Answer answers a question. A message not answered as written is read again two ways: a
// statement before a dash as the context of the question after it, and a sentence asking two
// things part by part: the second part reads the first as its previous question ("and
// its plan for 2026?"), and a part no fact answers is named in the reply, not left silent.
func (e *Answerer) Answer(q Query) Answer {
	ans := e.answerOne(q)
	if ans.Opinion {
		return ans
	}
	var first, second string
	two := false
	if ans.mayAskTwo {
		first, second, two = frame.TwoQuestions(q.Text)
	}
	var parts Answer
	both := false
	if two {
		parts, both = e.answerParts(q, ans.Lang, first, second)
	}
	if ans.answered() {
		// "Aktau is said to top 11 Mt, and Kuryk's design capacity?": the question set
		// against the statement is what is asked, when it is answered on its own (an
		// unanswered message is read so below, with a dash too)
		if told := frame.StatementAndQuestion(q.Text); told != q.Text {
			// the statement is the question's context, as a previous question is: "TITR grew to
			// 4.5 Mt a year in 7 years, and from what level?" asks the level before
			said := strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(q.Text, told)), ",")
			if a := e.answerOne(Query{Text: told, Lang: ans.Lang, Previous: said, PreviousFacts: factIDs(ans.Facts)}); a.answered() {
				return a
			}
		}
	}
	switch {
	case both && (!ans.answered() || !slices.Contains(parts.Facts, ans.Facts[0]) || !slices.Contains(ans.Facts, parts.Facts[0])):
		// the parts, each answered on its own, disagree with the reading of the whole, which
		// a word of one part can pull to a third fact ("…turnover in 2023, and its plan for
		// 2026?" → a plan of 2023) or to the second part alone ("when did BTK open, and how
		// much can it carry?"): the parts are what was asked
		return parts
	case ans.answered():
		return ans
	}
	if told := frame.StatementThenQuestion(q.Text); told != q.Text {
		// "PortNews puts Aktau at 12 Mt — and the Astana Times?": the statement before the
		// dash is the question's context, as before a full stop
		if a := e.answerOne(Query{Text: told, Lang: ans.Lang, Previous: q.Previous, PreviousFacts: q.PreviousFacts}); a.answered() {
			return a
		}
	}
	if parts.answered() {
		return parts
	}
	return ans
}

// answerParts answers the two parts of a sentence asking two things: the second read after
// the first ("and its plan for 2026?"), or on its own when that finds what the first part did
// not name. A part no fact answers is named in the answer (Unasked). both reports that each
// part has its answer.
func (e *Answerer) answerParts(q Query, lang knowledge.Lang, first, second string) (ans Answer, both bool) {
	a := e.answerOne(Query{Text: first, Lang: lang, Previous: q.Previous, PreviousFacts: q.PreviousFacts})
	b := Answer{}
	if a.answered() {
		b = e.answerOne(Query{Text: second, Lang: lang, Previous: first})
	}
	if !a.answered() || b.answered() && !e.goesOn(first, second, a.Facts, b.Facts) {
		// After an unanswered first part, or read after it but finding something it did not
		// name ("…and how much does it cost?" → a plant's cost after a tanker's name), the
		// second part must name what it asks of itself.
		b = Answer{}
		if e.namesThing(second) {
			b = e.answerOne(Query{Text: second, Lang: lang})
		}
	}
	switch {
	case a.answered() && b.answered():
		a.Facts = appendNew(a.Facts, b.Facts)
		a.Confidence, a.Series = min(a.Confidence, b.Confidence), ""
		a.Question = q.Text
		return a, true
	case a.answered() && !b.Opinion:
		a.Unasked = second
		return a, false
	case b.answered() && !a.Opinion:
		b.Unasked = first
		return b, false
	}
	return Answer{}, false
}

// goesOn reports facts answering a second part read after the first that the first part's
// answer already gives, or that tell of something the first part names besides a country or
// a measure, and of every country the second part names: "and its plan for 2026?" after
// Aktau's turnover is Aktau's plan, while a $700 million plant after a tanker's name is a guess.
func (e *Answerer) goesOn(first, second string, answered, facts []*knowledge.Fact) bool {
	named := e.thingsNamed(first)
	countries := e.countriesNamed(second) // "…and in the Turkish section?" is Türkiye's
	for _, f := range facts {
		if slices.Contains(answered, f) {
			continue
		}
		if !slices.ContainsFunc(f.Entities, func(id string) bool { return named[id] }) ||
			slices.ContainsFunc(countries, func(id string) bool { return !slices.Contains(f.Entities, id) }) {
			return false
		}
	}
	return true
}

// countriesNamed are the glossary ids of the countries a text names.
func (e *Answerer) countriesNamed(msg string) []string {
	var out []string
	for id := range e.conceptsNamed(msg, func(c string) bool { return e.countries[c] }) {
		out = append(out, id)
	}
	return out
}

// thingsNamed are the glossary ids of what a text names other than measures and countries.
func (e *Answerer) thingsNamed(msg string) map[string]bool {
	return e.conceptsNamed(msg, func(c string) bool { return !e.ix.IsMeasure(c) && !e.countries[c] })
}

// conceptsNamed are the glossary ids of the concepts ("@kuryk") a text names that keep accepts.
func (e *Answerer) conceptsNamed(msg string, keep func(concept string) bool) map[string]bool {
	out := map[string]bool{}
	for _, u := range e.ix.Analyze(e.ix.NewScratch(), msg) {
		if u.Concept && u.Term >= 0 && keep(e.ix.Term(u.Term)) {
			out[strings.TrimPrefix(e.ix.Term(u.Term), "@")] = true
		}
	}
	return out
}

// namesThing reports a text that names something of the glossary other than a measure or a
// country: "how much does it cost?" or "how much in the Turkish section?" alone name nothing
// a figure could be of.
func (e *Answerer) namesThing(msg string) bool { return len(e.thingsNamed(msg)) > 0 }

// definitionAsked is the fact that says what the one thing a "what is" question names is
// ("what is the Middle Corridor?", "чё такое ТМТМ"), or nil: a question that asks more ("what
// is the capacity of Aktau?") is searched as any other.
func (e *Answerer) definitionAsked(s *scratch, msg string) *knowledge.Fact {
	if len(e.defines) == 0 || !text.AnyPhraseIn(s.qtoks, text.WhatIs) {
		return nil
	}
	named := ""
	for _, u := range e.ix.Analyze(s.Scratch, msg) {
		switch {
		case u.Concept && u.Term >= 0:
			id := strings.TrimPrefix(e.ix.Term(u.Term), "@")
			if named != "" && named != id {
				return nil
			}
			named = id
		case u.Covered:
		default:
			return nil
		}
	}
	return e.defines[named]
}

// answered reports an answer that gives facts.
func (a Answer) answered() bool { return len(a.Facts) > 0 }

// appendNew appends the facts of more that facts does not hold yet.
func appendNew(facts, more []*knowledge.Fact) []*knowledge.Fact {
	for _, f := range more {
		if !slices.Contains(facts, f) {
			facts = append(facts, f)
		}
	}
	return facts
}

// answerOne answers a question read as one.
func (e *Answerer) answerOne(q Query) Answer {
	lang := q.Lang
	if lang == "" {
		lang = text.DetectLang(q.Text, q.Hint)
	}
	q.Text = text.NumericDates(lang, text.MonthCountsInDigits(text.ReadAs(lang, q.Text, e.ix.WritesWord))) // Kazakh in Latin letters as the base's Cyrillic
	q.Previous = text.ReadAs(lang, q.Previous, e.ix.WritesWord)
	s := e.scratch.Get().(*scratch)
	defer e.scratch.Put(s)

	ans := Answer{Lang: lang, Question: q.Text}
	// The question is split into tokens once for every reading of its kind below.
	s.qtoks = text.Tokenize(q.Text, s.qtoks[:0])
	ans.mayAskTwo = text.HasWordIn(s.qtoks, text.AndWords) && askWords(s.qtoks) >= 2
	opinion := frame.AsksOpinionIn(s.qtoks)
	s.since = frame.SinceYear(q.Text, s.qtoks)
	s.change = false
	prediction := !opinion && frame.AsksPrediction(s.qtoks)
	if s.since > e.latestResult {
		return ans // "since the start of 2026": no figure of the base is that recent
	}
	msg, latest := frame.ResolveRelativeTimeIn(q.Text, s.qtoks, e.latestYear)
	s.sofar = latest
	toks := s.qtoks
	if msg != q.Text {
		toks = text.Tokenize(msg, nil)
	}
	if f := e.definitionAsked(s, msg); f != nil && !opinion {
		ans.Facts, ans.Confidence = []*knowledge.Fact{f}, 1
		return ans
	}
	if years := frame.AsksComparison(toks); years != nil && !opinion {
		if c, facts := e.compareYears(s, msg, years, monthSpan(namedMonths(toks))); c != nil {
			ans.Facts, ans.Comparison, ans.Confidence = facts, c, 1
			return ans
		}
		// "will the corridor carry more in 2026 than in 2025?": no source gives both years, so
		// the comparison is a prediction, not a question one year's figure answers
		prediction = prediction || frame.StartsAsFuture(toks)
	}
	if y := frame.AsksYearOnYear(toks, msg); y != 0 && !opinion {
		// "did trade grow in 2024?": the year's figure against the year before's, when one
		// series of a source gives both
		if c, facts := e.compareYears(s, msg, []int{y - 1, y}, monthSpan(namedMonths(toks))); c != nil {
			ans.Facts, ans.Comparison, ans.Confidence = facts, c, 1
			return ans
		}
	}
	if a, b, ok := frame.Alternatives(msg, toks); ok && !opinion {
		if c, facts := e.compareSubjects(s, a, b); c != nil {
			ans.Facts, ans.Comparison, ans.Confidence = facts, c, 1
			return ans
		}
	}
	if rest, ok := frame.AsksChangeIn(q.Text, toks); ok && namedMonths(toks) == 0 && text.HalfYear(toks) == 0 {
		// A series is of whole years: "how did it change in January–July 2025 vs 2024?" is
		// answered by the months' own figures below.
		s.change = true
		if a, ok := e.seriesAnswer(s, rest, ans); ok {
			return a
		}
		msg = rest // no series: answer what it changed to, without the words that ask how
	}
	res, _ := e.readMessage(s, q.Text, msg)
	if !res.confident() {
		if r, ok := e.datedByOtherEvent(s, msg); ok {
			res = r
		} else if r, ok := e.toldOnOccasion(s, msg); ok {
			res = r
		}
	}
	if !res.confident() && !text.AnyWordHasPrefix(toks, text.MoreWords) && !text.AnyWordHasPrefix(toks, text.LessWords) && !text.HasWordIn(toks, text.BetterWords) {
		res = e.chooseOne(s, msg, res) // "who did more — Aliyev or Tokayev?" is a judgement, not a choice
	}
	if latest && !res.slots.asksChange() {
		// "how much does it carry now?" wants the newest point; "by what % does the forecast
		// exceed current figures?" wants the change the fact gives.
		res.facts = e.latestOfSeries(res.facts)
	}
	res, ans.Question = e.followUp(s, q, msg, res, ans.Question)
	ans.Confidence = res.confidence
	if opinion || prediction && !(res.confident() && e.plansWhatIsAsked(res.facts[0], res.slots)) {
		// A prediction a sourced plan answers ("will Kazakhstan build a hub in Aktau?") gets
		// the plan; any other gets the reply that the bot states facts only.
		ans.Opinion, ans.Confidence = true, 0
		ans.Related = append(res.facts, res.related...)
		return ans
	}
	switch {
	case res.confident():
		ans.Facts = res.facts
	case res.stranger != "":
		ans.Unknown = res.stranger // a name as written: no glossary term knows it
	default:
		name, measure := e.refusalReason(res.units, res.slots)
		ans.Unknown, ans.UnknownMeasure = strings.TrimPrefix(name, "@"), strings.TrimPrefix(measure, "@")
		ans.Known = name == "" && measure == "" && res.subject && res.predicate && res.coverage >= knownCoverage
	}
	ans.Related = res.related
	return ans
}

// datedByOtherEvent answers a "when" question that dates what it asks by another event
// ("when did Tokayev go to Baku before the April 2023 talks?"): the question without that
// part, answered by a fact dated before (or after) the event's year and month.
func (e *Answerer) datedByOtherEvent(s *scratch, msg string) (result, bool) {
	core, year, month, before, ok := frame.TimeReference(msg)
	if !ok || strings.TrimSpace(core) == "" {
		return result{}, false
	}
	r := e.search(s, core, "", nil)
	if !r.confident() {
		return result{}, false
	}
	y, m := datedYearMonth(r.facts[0].Date)
	if y == 0 {
		return result{}, false
	}
	at, ref := y*100+m, year*100+month
	if month == 0 || m == 0 {
		at, ref = y, year // a year against a year: the same year says neither
	}
	if before && at < ref || !before && at > ref {
		return r, true
	}
	return result{}, false
}

// toldOnOccasion answers a question that names the people of the occasion a figure was given
// at ("Tokayev–Aliyev talks, April 2023: how much had Azerbaijan invested?", "during Bektenov's
// trip, how much cargo had Kuryk handled?"): the figure's fact need not name them when another
// fact of its source does — they are the article's occasion, not the figure's subject.
func (e *Answerer) toldOnOccasion(s *scratch, msg string) (result, bool) {
	var kept, people []string
	for _, w := range strings.Fields(msg) {
		if id := e.personIn(s, w); id != "" {
			people = append(people, id)
			continue
		}
		kept = append(kept, w)
	}
	if len(people) == 0 || len(kept) == 0 || saysWhatSaid(text.Tokenize(msg, nil)) {
		// "what did Tokayev say about the Middle Corridor?" asks his words: the article he is
		// the occasion of says things he did not
		return result{}, false
	}
	r := e.search(s, strings.Join(kept, " "), "", nil)
	if !r.confident() {
		return result{}, false
	}
	told := map[string]bool{}
	for _, f := range e.kb.Facts {
		if f.Source == r.facts[0].Source {
			for _, id := range f.Entities {
				told[id] = true
			}
		}
	}
	for _, p := range people {
		if !told[p] {
			return result{}, false
		}
	}
	return r, true
}

// saysWhatSaid reports a question asking what someone said: a word of saying.
func saysWhatSaid(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool {
		return !t.Num && text.HasPrefixIn(t.Text, text.SayingWords)
	}) && !slices.ContainsFunc(toks, func(t text.Token) bool {
		return !t.Num && text.HasPrefixIn(t.Text, text.ReportNouns) // "the article on Aliyev's visit says…": the article's words
	})
}

// personIn is the person a word names, or "".
func (e *Answerer) personIn(s *scratch, w string) string {
	for _, u := range e.ix.Analyze(s.Scratch, w) {
		if u.Concept && u.Entity && u.Term >= 0 {
			if id := strings.TrimPrefix(e.ix.Term(u.Term), "@"); e.class[id] == "person" {
				return id
			}
		}
	}
	return ""
}

// factIDs lists the facts' ids.
func factIDs(fs []*knowledge.Fact) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.ID
	}
	return out
}

// datedYearMonth reads the year and month of a fact's date ("2022-08", "2022-08-15", "2022").
func datedYearMonth(date string) (year, month int) {
	parts := strings.Split(date, "-")
	year, _ = strconv.Atoi(parts[0])
	if len(parts) > 1 {
		month, _ = strconv.Atoi(parts[1])
	}
	return year, month
}

// chooseOne answers a question offering two answers ("sarzha terminal — aktau or kuryk?") by
// the one side the base confirms, when only one does; otherwise res stands.
func (e *Answerer) chooseOne(s *scratch, msg string, res result) result {
	a, b, ok := frame.Choices(msg)
	if !ok {
		return res
	}
	ra, _ := e.readMessage(s, a, a)
	rb, _ := e.readMessage(s, b, b)
	okA, okB := ra.confident(), rb.confident()
	if okA && okB {
		// "sarzha terminal aktau" finds a fact naming both ports: it does not choose
		okA = !e.namesAnyOf(ra.facts[0], onlyIn(rb.slots.names, ra.slots.names))
		okB = !e.namesAnyOf(rb.facts[0], onlyIn(ra.slots.names, rb.slots.names))
	}
	switch {
	case okA && !okB:
		return ra
	case okB && !okA:
		return rb
	}
	return res
}

// onlyIn are the terms of a not in b.
func onlyIn(a, b []int32) []int32 {
	var out []int32
	for _, t := range a {
		if !slices.Contains(b, t) {
			out = append(out, t)
		}
	}
	return out
}

// namesOtherCity reports a fact naming a city the question does not: a port stands for its
// town ("the roadmap was signed in Aktau").
func (e *Answerer) namesOtherCity(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesBeyond(f, units, func(id string) bool { return e.cities[id] || e.class[id] == "port" })
}

// namesAnyOf reports a fact naming one of the glossary terms.
func (e *Answerer) namesAnyOf(f *knowledge.Fact, terms []int32) bool {
	return slices.ContainsFunc(terms, func(t int32) bool { return slices.Contains(f.Entities, strings.TrimPrefix(e.ix.Term(t), "@")) })
}

// onItsRoute reports a fact about a route the question names, all of whose missing names are
// places the route runs through: "how many days from China to Europe via the Middle
// Corridor?" is answered by the corridor's delivery time.
func (e *Answerer) onItsRoute(units []index.Unit, f *knowledge.Fact, doc int32) bool {
	var places []string
	for _, id := range f.Entities {
		if t, ok := e.ix.Lookup("@" + id); ok && index.HasConcept(units, t) {
			places = append(places, e.through[id]...)
		}
	}
	if len(places) == 0 {
		return false
	}
	for _, u := range units {
		if u.Unknown != "" && !u.Context {
			return false
		}
		if u.Entity && u.Concept && !u.Context && u.Term >= 0 && !e.ix.HasName(u.Term, doc) &&
			!slices.Contains(places, strings.TrimPrefix(e.ix.Term(u.Term), "@")) {
			return false
		}
	}
	return true
}

// namesSeveral reports a fact naming two or more people or organisations: one of them may
// be asked about after the other.
func (e *Answerer) namesSeveral(f *knowledge.Fact) bool {
	n := 0
	for _, id := range f.Entities {
		if c := e.class[id]; c == "person" || c == "organisation" {
			n++
		}
	}
	return n >= 2
}

// quotedFigures are the amounts a question gives (not its years), and of them the percent
// changes.
func quotedFigures(toks []text.Token) (amounts, percents []float64) {
	has := false
	for i, t := range toks {
		if text.AmountWords[t.Text] {
			// "nə qədərdi, 6 mln ton?", "how much, about 4 million?": a guess after the question
			// is to be confirmed, not a figure already given
			toks = toks[:i]
			break
		}
		has = has || t.Num && text.YearOf(t.Text) == 0
	}
	if !has {
		return nil, nil
	}
	for _, f := range frame.ParseClaim(toks).Figures {
		if f.Unit != "year" {
			amounts = append(amounts, f.Value)
		}
		if f.Unit == "percent" {
			percents = append(percents, f.Value)
		}
	}
	return amounts, percents
}

// changesOtherwise reports a fact whose percent changes are all other than the ones the
// question quotes: "ASCO's shipments outside the Caspian jumped 191%; how many tons?" is not
// about its tanker shipments, which rose 11%.
func changesOtherwise(f *knowledge.Fact, percents []float64) bool {
	if len(percents) == 0 {
		return false
	}
	found := false
	for _, q := range f.Quantities {
		if q.Unit != "percent" || !knowledge.IsChange(q.Measure) {
			continue
		}
		if slices.Contains(percents, q.Value) {
			return false
		}
		found = true
	}
	return found
}

// onlyQuoted reports a fact all of whose figures the question gives itself.
func onlyQuoted(f *knowledge.Fact, quoted []float64) bool {
	if len(f.Quantities) == 0 {
		return false
	}
	for _, q := range f.Quantities {
		v := q.Value * knowledge.ScaleValue(q.Scale)
		if !slices.ContainsFunc(quoted, func(x float64) bool { return sameValue(x, v) }) {
			return false
		}
	}
	return true
}

// sameValue reports two figures equal but for float rounding.
func sameValue(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// measuredFigures are the figures a question writes in digits with a unit (tonnes, dollars,
// TEU), as scaled and as written: not its years, bare numbers ("the 5 steps") or a word that
// may be a number ("on" is ten in Kazakh).
func measuredFigures(toks []text.Token) []float64 {
	if !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Num && text.YearOf(t.Text) == 0 }) {
		return nil
	}
	var out []float64
	for _, f := range frame.ParseClaim(toks).Figures {
		if f.Unit != "" && f.Unit != "year" {
			out = append(out, f.Value, f.Raw) // a mistyped scale ("10 milyrad") keeps its number
		}
	}
	return out
}

// statesAnyQuoted reports a fact stating one of the figures the question quotes.
func statesAnyQuoted(f *knowledge.Fact, quoted []float64) bool {
	for _, q := range f.Quantities {
		v := q.Value * knowledge.ScaleValue(q.Scale)
		if slices.ContainsFunc(quoted, func(x float64) bool { return sameValue(x, v) || sameValue(q.Value, x) }) {
			return true
		}
	}
	return false
}

// givesMeasureAsked reports a fact with a figure of a measure the question names: capacity,
// or a good (cargo) when the question names no other measure.
func (e *Answerer) givesMeasureAsked(f *knowledge.Fact, sl slots) bool {
	if sl.measures["capacity"] {
		return givesMeasure(f, "capacity")
	}
	for m := range sl.measures {
		return len(sl.measures) == 1 && givesMeasure(f, m)
	}
	return false
}

// givesMeasure reports a fact with a figure of measure m.
// plansWhatIsAsked reports a fact planning something that gives a figure of every measure
// the question names that is a figure by nature: "will the corridor be cheaper?" names a
// cost, which the EBRD's plan of a 10% shift does not give.
func (e *Answerer) plansWhatIsAsked(f *knowledge.Fact, sl slots) bool {
	if !knowledge.PlansAnything(f) {
		return false
	}
	for m := range sl.measures {
		if e.ix.IsAmount("@"+m) && !givesMeasure(f, m) {
			return false
		}
	}
	return true
}

// namesUnstated reports a question naming a concept the fact does not name.
func (e *Answerer) namesUnstated(units []index.Unit, concept string, doc int32) bool {
	t, ok := e.ix.Lookup(concept)
	return ok && index.HasConcept(units, t) && !e.ix.HasName(t, doc) && !e.ix.HasPosting(t, doc)
}

func givesMeasure(f *knowledge.Fact, m string) bool {
	for _, q := range f.Quantities {
		if string(q.Measure) == m {
			return true
		}
	}
	return false
}

type result struct {
	facts      []*knowledge.Fact
	related    []*knowledge.Fact
	confidence float64
	coverage   float64
	subject    bool   // the question names something the knowledge base knows, not just a year
	predicate  bool   // what is asked about a name (trade, capacity, ...) is known, when anything is
	yearOK     bool   // the fact covers the year asked about, if any
	amountOK   bool   // a question for a figure ("how many", "turnover") gets a fact with one
	slotOK     bool   // the fact has a figure of the measure and in the unit the question asks for
	stranger   string // a proper name of the question no fact knows ("Poti")
	// referential: the question points back to the conversation ("it", "его", "orada", "онда").
	referential  bool
	contentUnits int // words that name a subject (not periods, numbers or hedges)
	hasYear      bool
	unknown      string // a name the question gives that no fact mentions
	candidates   []Candidate
	units        []index.Unit // the question as read, for the reason of a refusal
	slots        slots
}

func (r result) confident() bool {
	return r.subject && r.predicate && r.yearOK && r.amountOK && r.slotOK && r.stranger == "" && len(r.facts) > 0 &&
		r.confidence >= minConfidence && r.coverage >= minCoverage
}

// comparable: short of the confidence an answer needs, the result still names the subject of a
// comparison well enough — what it is compared on (one measure, one unit, a result of each
// year asked) is checked after, in bestPair, which a mere namesake cannot pass.
func (r result) comparable() bool {
	return r.subject && r.predicate && r.yearOK && r.slotOK && r.stranger == "" && len(r.facts) > 0 && r.coverage >= minCoverage
}

// search ranks the facts for a question — with the previous question as context for a
// follow-up, and the previous answer's facts demoted — and runs the checks on the best one.
func (e *Answerer) search(s *scratch, msg, context string, demote []string) result {
	// The result keeps its reading (its slots, the reason of a refusal), and the next analysis
	// rewrites the scratch: a result that shared it would read another question's words.
	units := slices.Clone(e.ix.Analyze(s.Scratch, msg))
	toks := slices.Clone(s.Toks)
	softenAskedKind(units, toks)
	ask := readAsked(e.ix, toks, msg, units)
	if context != "" && !ask.asksAnything() && !text.HasWordIn(toks, text.AmountWords) { // "во сколько раз" asks a multiple
		// "а за первые восемь месяцев 2025-го?" asks what the question before it asked: a figure
		ctx := text.Tokenize(context, nil)
		ask.amount = frame.AsksAmount(ctx, context) || text.HasWordIn(ctx, text.AmountNouns)
	}
	ask.since = s.since // read from the question as written (see scratch.since)
	ask.baseYear = frame.ComparisonBase(msg, toks)
	if ask.amount || text.HasWordIn(toks, text.AmountWords) { // "во сколько раз" asks a multiple
		ask.quoted, ask.quotedPercents = quotedFigures(toks)
	} else if ask.who || ask.person {
		ask.said = measuredFigures(toks)
	}
	// "будет ли по ТМТМ в 2026 больше 6 млн т?": a yes or no about a future figure, which
	// only a fact stating a figure (a plan, a forecast) can answer
	ask.futureFigure = (frame.StartsAsFuture(toks) || text.AnyPhraseIn(toks, text.FutureMarkers)) && len(measuredFigures(toks)) > 0
	ask.slots = e.readSlots(msg, toks, units)
	ask.slots.actual = ask.slots.actual || s.sofar && ask.slots.handled                      // "how many passengers has BTK carried so far?"
	ask.slots.change = s.change || ask.since != 0 && !text.HasWordIn(toks, text.AmountWords) // "trade did what since 2022?": how it changed, not "how much since"
	if context != "" && ask.referential && !ask.slots.plan && !ask.slots.actual && text.ContainsWord(text.Tokenize(context, nil), text.PlanIndex) {
		// "A container-hub plan was announced in 2022. To how many TEU was its capacity to
		// grow?": the plan the story names is what "its" points back to, and its year when
		// it was made
		ask.slots.plan = true
	}
	if len(ask.slots.units) > 0 && !ask.why && !ask.where && !ask.when {
		ask.amount = true // "what capacity in gigawatts": a unit asks for a figure in it
	}
	if ask.amount && text.AnyWordHasPrefix(toks, text.NumberNouns) && text.AnyWordHasPrefix(toks, text.Decrees) {
		ask.amount = false // "what number is the presidential order?" asks which act, no amount
	}
	ask.monthSet = namedMonths(toks)
	if ask.monthSet == 0 {
		ask.monthSet = halfYearMonths(text.HalfYear(toks)) // "в первом полугодии" is January–June, not January–July
	}
	ask.ordinals = text.Ordinals(toks)
	ask.months = ask.monthSet != 0 || text.HalfYear(toks) > 0
	var res result
	res.stranger, res.slots = ask.slots.stranger, ask.slots
	if res.stranger == "" && ask.amount {
		res.stranger = ask.slots.counted // nothing sourced counts what is asked to be counted
	}
	res.referential = ask.referential
	res.contentUnits, res.unknown = contentOf(units)
	res.contentUnits -= comparisonWords(toks) // "2022 жылмен салыстырғанда": what a change is against
	if !ask.when {
		units = withoutYears(units, describingYears(toks))
	}
	if context == "" && (onlyWordsIn(toks, text.LaterWords) || onlyWordsIn(toks, text.EarlierWords)) {
		return res // "and after?" with nothing before it to go on from names no subject
	}
	if context != "" {
		units = e.withContext(s, units, context, ask.reversal)
	}
	years := yearsOf(units)
	res.hasYear = len(years) > 0
	// More candidates are ranked than kept: what the question asks (every name it gives, a
	// figure, a date) reorders them, and a fact just below the first few by its words alone
	// may be the one that fits.
	top := e.ix.Rank(s.Scratch, units, rerankPool, index.RankOptions{Demote: demote, Years: years})
	if len(top) == 0 {
		return res
	}
	e.rerank(top, units, ask, years)
	if ask.person {
		e.promotePerson(top, units, ask.slots.toks)
	}
	top = top[:min(len(top), maxFacts+4)]
	if text.HasWordIn(toks, text.EarlierWords) {
		e.promoteLevelBefore(top, units)
	}
	e.promoteNamed(top, units)
	e.promoteCovered(top, units)
	if text.AnyPhraseIn(ask.slots.toks, text.CityAsked) {
		e.promoteCity(top, units)
	}
	if ask.amount {
		e.promoteWholeAsked(top, units)
	}
	if len(ask.quoted) > 0 {
		e.promoteUnquoted(top, units, ask.quoted)
	}
	switch {
	case ask.person:
		e.promoteBetterNamer(top, units, "person")
	case ask.who:
		e.promoteBetterNamer(top, units, "person")
		e.promoteBetterNamer(top, units, "organisation")
	case ask.company:
		e.promoteBetterNamer(top, units, "organisation") // "which two companies formed it?"
	}
	if ask.who && !namesOffice(ask.slots.toks) {
		e.promoteRoleOf(top, units)
	}
	if ask.ordinals != 0 {
		e.promoteOrdinal(top, units, ask.ordinals)
	}
	s.ask = ask
	e.promoteTiedPassing(s, top, units, years)
	best := top[0]
	e.checkBest(s, &res, units, best, years)
	if s.explain {
		res.candidates = e.explainCandidates(units, top, years, ask)
	}
	passed := res.slotOK // not res itself: a closure over it would put it on the heap
	res.facts, res.related = e.pickFacts(units, top, res.coverage, ask.amount, func(f *knowledge.Fact, doc int32) bool {
		return e.answersBeside(s, passed, f, doc, units, years)
	})
	if !res.confident() {
		res.units = append([]index.Unit(nil), units...) // kept only to say why it refuses
	}
	return res
}

// asked is what kind of question it is, read from its own words (not its context).
type asked struct {
	// docKind is the one kind of document the question names ("agreement"), or "".
	docKind string
	amount  bool // it asks for a figure: "how much", or a subject that is a figure (trade turnover)
	when    bool // it asks when
	date    bool // it asks for the date itself ("on what date"): an answer must give one
	next    bool // it asks about the next of something ("the next meeting")
	why     bool // it asks for a reason
	// document: it asks which document ("which documents were signed"): a fact naming none
	// does not answer
	document bool
	where    bool // it asks where something is
	since    int  // the year it counts from ("since 2023"), or 0
	company  bool // it asks which company or organisation ("which companies build the cable")
	who      bool // it asks who ("кто", "kim", "кім"): a fact naming an organisation may answer
	person   bool // it asks who holds an office ("who is the port's director?"): a person answers
	goal     bool // it asks about a goal or target ("what goal was set for trade?")
	// reportYears are the years the question gives as when something was said or published
	// ("according to the piece on the October 2025 visit"), not as what it asks about.
	reportYears map[int]bool
	// baseYear is the year a change is asked against ("how much more than in 2022?"), or 0.
	baseYear int
	// quoted are the figures the question itself gives ("it handled over 1.5 Mt, how much was
	// expected?"): a fact that only repeats them answers nothing.
	quoted         []float64
	quotedPercents []float64 // of quoted, the percent changes
	// said are the measured figures a who-question quotes ("who said BTK would carry 17 Mt?"):
	// a fact answers it only if it states one of them.
	said []float64
	// futureFigure: a yes-or-no question about a figure to come ("will it top 6 Mt in 2026?")
	futureFigure bool
	// wholeGiven are the figures of a whole it asks a part of ("how much of the €10 bn").
	wholeGiven  []float64
	referential bool            // it points back to the conversation ("it", "его", "orada", "онда")
	reversal    bool            // "and the other way round?"
	months      bool            // it names a month ("January–June") or a half: part of a year is asked about
	monthSet    uint16          // the months it names, a bit per month
	ordinals    text.OrdinalSet // the ordinals it names ("the third meeting"), a bit per number
	slots       slots
}

// asksAnything reports a question that says itself what it asks: a figure, a date, a reason,
// a place or a name.
func (a asked) asksAnything() bool {
	return a.amount || a.when || a.date || a.why || a.where || a.company
}

// namedMonths returns the months a question names, a bit per month (bit 1 for January).
func namedMonths(toks []text.Token) uint16 {
	if span := monthRange(toks); span != 0 {
		return span
	}
	var set uint16
	for i, t := range toks {
		if m := text.MonthOf(t.Text); !t.Num && m > 0 {
			set |= 1 << m
		}
		// "the first 7 months", "8 ayında": January to the N-th month
		if !t.Num || i+1 >= len(toks) || !text.HasPrefixIn(toks[i+1].Text, text.MonthUnit) {
			continue
		}
		if n, err := strconv.Atoi(t.Text); err == nil && n >= 2 && n <= 11 {
			set |= 1<<1 | 1<<n
		}
	}
	return set
}

// monthRange is the first and last month of a span the question names ("January–August",
// "с января по август", "қаңтар–тамыз"), or 0: the span is the period asked, and a month
// named apart from it is when something was said ("the article on the October visit").
func monthRange(toks []text.Token) uint16 {
	for i, t := range toks {
		first := text.MonthOf(t.Text)
		if t.Num || first == 0 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if last := text.MonthOf(toks[j].Text); !toks[j].Num && last > first {
				return 1<<first | 1<<last
			}
			if !toks[j].Sym && !text.RangeToWords[toks[j].Text] {
				break
			}
		}
	}
	return 0
}

func readAsked(ix *index.Index, toks []text.Token, msg string, units []index.Unit) asked {
	return asked{
		// "who spoke of exports?" wants a name; "why did it gain so much weight?" a reason,
		// "where was the forecast approved?" a place
		// as does "what did Aktau handle?", "the total cargo throughput".
		amount: !text.AsksWhy(toks) && !text.HasWordIn(toks, text.WhereWords) && !text.AnyPhraseIn(toks, text.WhereName) && (frame.AsksAmount(toks, msg) ||
			(frame.NamesAmount(ix, units) || text.ContainsWord(toks, text.HandledIndex) || text.HasWordIn(toks, text.AmountNouns)) &&
				!frame.AsksGoal(toks) && !(frame.AsksWhen(toks) && !frame.WhenClause(msg)) && !text.HasWordIn(toks, text.WhoWords) &&
				!text.AsksWhichName(toks)),
		when:        frame.AsksWhen(toks) && !frame.WhenClause(msg),
		company:     text.AsksWhich(toks, text.WhichCompany),
		who:         text.HasWordIn(toks, text.WhoWords),
		person:      text.HasWordIn(toks, text.WhoWords) && (text.AnyWordHasPrefix(toks, text.RoleWords) || namesConcept(ix, units, "@company-head")) || asksWhichRole(toks),
		goal:        frame.AsksGoal(toks),
		reportYears: reportYears(toks),
		date:        text.AnyPhraseIn(toks, text.DateAsked),
		next:        text.AnyWordHasPrefix(toks, text.NextWords),
		why:         text.AsksWhy(toks),
		document:    text.AnyPhraseIn(toks, text.DocumentAsked),
		where: text.HasWordIn(toks, text.WhereWords) || text.ContainsWord(toks, text.LocatedIndex) ||
			text.AnyPhraseIn(toks, text.WhereName),
		wholeGiven:  wholeGiven(toks),
		referential: frame.PointsBack(toks),
		reversal:    frame.AsksReversal(toks),
		docKind:     oneDocumentKind(toks),
	}
}

// oneDocumentKind is the kind of document a question names, when it names one kind only.
func oneDocumentKind(toks []text.Token) string {
	if kinds := text.DocumentKinds(toks); len(kinds) == 1 {
		return kinds[0]
	}
	return ""
}

// namesConcept reports a question that names the glossary concept ("@company-head": "who
// runs the port?").
func namesConcept(ix *index.Index, units []index.Unit, concept string) bool {
	t, ok := ix.Lookup(concept)
	return ok && index.HasConcept(units, t)
}

// countUnit is the unit of a count of things ("170 agreements").
var countUnit = map[knowledge.Unit]bool{"count": true}

// countsDocuments: "how many memoranda were signed?", "сколько соглашений подписали?",
// "neçə saziş", "неше келісім": an amount word and, within three words after it, a paper.
func countsDocuments(toks []text.Token) bool {
	for i, t := range toks {
		if t.Num || !text.AmountWords[t.Text] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.DocumentWords) {
				return true
			}
		}
	}
	return false
}

// contentOf counts the words that name a subject (not periods, numbers or hedges), and finds
// the first name the question gives that no fact mentions.
func contentOf(units []index.Unit) (content int, unknown string) {
	for i := range units {
		if !units[i].Num && !units[i].Concept && !units[i].Measure {
			content++
		}
		if units[i].Unknown != "" && unknown == "" {
			unknown = units[i].Unknown
		}
	}
	return content, unknown
}

// describingYears are the years that date when the subject opened or began ("the railway
// opened in 2017", "2017-də açılan"): they say which thing is meant, not the year asked about.
func describingYears(toks []text.Token) map[int]bool {
	var out map[int]bool
	started := func(k int) bool {
		return k >= 0 && k < len(toks) && !toks[k].Num && text.ContainsWord(toks[k:k+1], text.StartedIndex)
	}
	for i, t := range toks {
		y := text.YearOf(t.Text)
		if !t.Num || y == 0 {
			continue
		}
		short := func(k int) bool {
			return k >= 0 && k < len(toks) && (text.IsStopword(toks[k].Text) || len([]rune(toks[k].Text)) <= 3)
		}
		if started(i+1) || started(i+2) && short(i+1) || started(i-1) || started(i-2) && short(i-1) {
			if out == nil {
				out = map[int]bool{}
			}
			out[y] = true
		}
	}
	return out
}

// withoutYears drops the units of the given years.
func withoutYears(units []index.Unit, years map[int]bool) []index.Unit {
	if len(years) == 0 {
		return units
	}
	out := units[:0]
	for _, u := range units {
		if u.Year == 0 || !years[u.Year] {
			out = append(out, u)
		}
	}
	return out
}

// comparisonWords counts the words that say what a change is measured against ("than",
// "compared with", "салыстырғанда"): they name no subject.
func comparisonWords(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if !text.IsStopword(t.Text) && (text.HasPrefixIn(t.Text, text.ThanWords) || text.HasPrefixIn(t.Text, text.ThanAfterWords)) {
			n++
		}
	}
	return n
}

// softenAskedKind: in "қай ел", "hansı ölkə", "which country", "қай қаламен", "в какой
// холдинг" the noun after "which" is the kind of name asked for, not a subject the answer must
// share: a fact naming Uzbekistan answers without the word "country", one naming Sumgait
// without "city", one naming AZCON Holding without the Russian word (the gates in gates.go
// make sure the fact names one of that kind).
func softenAskedKind(units []index.Unit, toks []text.Token) {
	for i := 1; i < len(toks); i++ {
		// "which country", "which other country": one word may stand between
		which := text.WhichWords[toks[i-1].Text] || i > 1 && text.WhichWords[toks[i-2].Text] && !toks[i-1].Num
		if !which || toks[i].Num {
			continue
		}
		if !text.HasPrefixIn(toks[i].Text, text.CountryWords) && !slices.ContainsFunc(kindAsked, func(p text.Phrases) bool { return text.StartsPhrase(toks[i-1:i+1], p) }) {
			continue
		}
		for k := range units {
			if units[k].Exact == "="+toks[i].Text {
				units[k].Soft = true
			}
		}
	}
}

// kindAsked are the "which <kind>" phrases a gate (gates.go) answers by a name of the kind.
var kindAsked = func() []text.Phrases {
	out := []text.Phrases{text.CityAsked}
	for _, kind := range orgKinds {
		out = append(out, kind.asked)
	}
	return out
}()

// withContext adds the units of the previous question of a follow-up, at a smaller weight.
func (e *Answerer) withContext(s *scratch, units []index.Unit, context string, reversal bool) []index.Unit {
	start := len(units)
	units = e.ix.AnalyzeAppend(s.Scratch, context, units, true)
	if reversal {
		// "and the other way round?": the previous question's flow, turned around,
		// is part of this question.
		for i := start; i < len(units); i++ {
			u := &units[i]
			if !(u.Measure && u.Concept) {
				continue
			}
			if id, ok := e.ix.Lookup(text.OppositeDirection(e.ix.Term(u.Term))); ok {
				u.Term, u.Weight, u.Context = id, e.ix.IDF(id), false
			}
		}
	}
	s.Units = units
	return units
}

// yearsOf lists the years a question (with its context) asks about.
func yearsOf(units []index.Unit) []int {
	var years []int
	for i := range units {
		if units[i].Year != 0 {
			years = append(years, units[i].Year)
		}
	}
	return years
}

// wholeGiven reads the figures of a question asking for a part of them, or nil.
func wholeGiven(toks []text.Token) []float64 {
	if !text.AnyPhraseIn(toks, text.PartOfPhrases) {
		return nil
	}
	var out []float64
	for _, g := range frame.ParseClaim(toks).Figures {
		out = append(out, g.Value)
	}
	return out
}

// restatesWhole reports a fact whose every figure is one the question itself states: asked
// for a part of that whole, it has no answer to give.
func restatesWhole(f *knowledge.Fact, given []float64) bool {
	for _, q := range f.Quantities {
		v := q.Value * knowledge.ScaleValue(q.Scale)
		if !slices.ContainsFunc(given, func(g float64) bool { return math.Abs(g-v) <= 1e-6*v }) {
			return false
		}
	}
	return len(f.Quantities) > 0
}

// totalFrom reports a fact with a total over years that starts in year y.
func totalFrom(f *knowledge.Fact, y int) bool {
	for _, q := range f.Quantities {
		if from, to := knowledge.PeriodYears(q.Period); from == y && (q.Cumulative || to > from) {
			return true
		}
	}
	return false
}

// checkBest runs the checks that decide whether the best fact answers: how much of the
// question it explains (coverage), whether it matches what is asked about (subject,
// predicate) and every name given, the year asked about, a figure when one is asked for.
// The confidence follows from the coverage and the score.
func (e *Answerer) checkBest(s *scratch, res *result, units []index.Unit, best index.Scored, years []int) {
	ask := &s.ask
	cv := e.ix.Coverage(units, best.Doc)
	f := e.ix.Fact(best.Doc)
	res.coverage, res.subject, res.predicate = cv.Share, cv.Subject, cv.Predicate && (cv.Entities || e.onItsRoute(units, f, best.Doc))
	res.yearOK = len(years) == 0
	for _, y := range years {
		res.yearOK = res.yearOK || e.coversYear(f, y, *ask)
	}
	res.amountOK = !ask.amount || e.ix.HasAmount(best.Doc)
	s.gate = gateCase{f: f, doc: best.Doc, units: units, ask: ask, years: years}
	res.slotOK = e.failedGate(&s.gate) == nil
	if res.unknown == "" && ask.amount && e.fills(ask.slots, best.Doc) == "measure" {
		res.unknown = "@" + ask.slots.firstMeasure() // "no sourced figure about trade turnover…"
	}
	if m := e.unmeasured(ask.slots, best.Doc); m != "" && res.unknown == "" {
		res.unknown = "@" + m
	}
	if !cv.Entities && res.unknown == "" {
		res.unknown = e.missingName(units, best.Doc)
	}
	res.confidence = res.coverage * float64(best.Score) / (float64(best.Score) + scoreHalf)
}

// promoteOrdinal puts first a close runner-up that tells of the one the question counts when
// the first tells of another: "the second loading of Kazakh oil at Aktau — which tanker?" is
// the second loading's fact, not the first cargo's that outscores it by a word. No candidate
// telling of that one ("the third meeting"), nothing moves, and the gate refuses.
func (e *Answerer) promoteOrdinal(top []index.Scored, units []index.Unit, asked text.OrdinalSet) {
	if named := e.ix.Ordinals(top[0].Doc); named == 0 || named&asked != 0 {
		return
	}
	cov := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top) && i <= 3; i++ {
		if float64(top[i].Score) < closeRatio*float64(top[0].Score) {
			return
		}
		// it may explain a little less: the first tells of another one, so it is no answer at all
		if c := e.ix.Coverage(units, top[i].Doc).Share; e.ix.Ordinals(top[i].Doc)&asked != 0 && c >= cov-ordinalSlack && c >= minCoverage {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// promoteTiedPassing puts first a runner-up all but tied with the first (within tiedRatio of
// its score, explaining as much of the question) when the first fails a gate and it passes
// them all: "Кто построил порт Алят?" is the contractor's fact, a hair behind the order that
// started the works, which names no builder.
func (e *Answerer) promoteTiedPassing(s *scratch, top []index.Scored, units []index.Unit, years []int) {
	if len(top) < 2 {
		return
	}
	// the scratch's gate case, not a new one: one on the heap for every question
	s.gate = gateCase{f: e.ix.Fact(top[0].Doc), doc: top[0].Doc, units: units, ask: &s.ask, years: years}
	if e.failedGate(&s.gate) == nil {
		return
	}
	cov := e.ix.Coverage(units, top[0].Doc).Share
	for i := 1; i < len(top) && i <= 2; i++ {
		if float64(top[i].Score) < tiedRatio*float64(top[0].Score) {
			return
		}
		s.gate = gateCase{f: e.ix.Fact(top[i].Doc), doc: top[i].Doc, units: units, ask: &s.ask, years: years}
		if e.ix.Coverage(units, top[i].Doc).Share >= cov && e.failedGate(&s.gate) == nil {
			top[0], top[i] = top[i], top[0]
			return
		}
	}
}

// tiedRatio: a runner-up within 3% of the first's score is all but tied with it.
const tiedRatio = 0.97

// ordinalSlack is how much less of the question a runner-up telling of the one counted may
// explain than a first telling of another ("loaded" is the second loading's word, the first
// cargo's fact says it "arrived").
const ordinalSlack = 0.15

// answersBeside reports a fact that may be shown beside the best one: it passes the gates the
// best one passed ("who designed the port?" is not the port's capacity shown beside its
// designer), and names a person or an organisation where the question asks for one ("who is
// the transport minister?", "which Kazakh company?").
func (e *Answerer) answersBeside(s *scratch, bestPassed bool, f *knowledge.Fact, doc int32, units []index.Unit, years []int) bool {
	ask := &s.ask
	s.beside = gateCase{f: f, doc: doc, units: units, ask: ask, years: years}
	if bestPassed && e.failedGate(&s.beside) != nil {
		return false
	}
	return (!ask.person || e.namesOfClass(f, units, "person") && e.statesRole(f, ask.slots.toks) && !e.officeOfAnotherCountry(f, ask.slots.toks)) &&
		(!ask.company || e.namesOfClass(f, units, "organisation"))
}

// pickFacts shows beside the best fact the ones nearly as good on the same subject area, and
// offers the other close ones as related.
func (e *Answerer) pickFacts(units []index.Unit, top []index.Scored, coverage float64, amount bool, answers func(*knowledge.Fact, int32) bool) (facts, related []*knowledge.Fact) {
	ix := e.ix
	best := top[0]
	facts = append(facts, ix.Fact(best.Doc))
	for _, c := range top[1:min(len(top), maxFacts+2)] {
		cov := ix.Coverage(units, c.Doc).Share
		if len(facts) < maxFacts && c.Score >= closeRatio*best.Score && cov >= coverage-0.05 &&
			sameMeasure(ix.Fact(best.Doc), ix.Fact(c.Doc)) && (!amount || ix.HasAmount(c.Doc)) && answers(ix.Fact(c.Doc), c.Doc) {
			facts = append(facts, ix.Fact(c.Doc))
		} else {
			related = append(related, ix.Fact(c.Doc))
		}
	}
	return facts, related
}

// sameMeasure reports facts on the same subject area (trade in 2024 and in January–August
// 2025; two sources' cargo volumes for 2022): a close second one is shown beside the best, so
// the user sees both figures rather than one picked silently. Close facts of another topic
// are offered as related questions instead.
func sameMeasure(a, b *knowledge.Fact) bool { return a.Topic == b.Topic }

// whenOnly reports a question that asks when and nothing else: no figure, no measure
// ("what capacity was planned when it opened?" asks the capacity).
func (a asked) whenOnly() bool { return a.when && !a.amount && len(a.slots.measures) == 0 }

// shareOfUnnamed reports a fact whose shares are all of a part the question does not name
// (raw materials), while the question names something the fact does not (China).
func (e *Answerer) shareOfUnnamed(f *knowledge.Fact, units []index.Unit, doc int32) bool {
	named := func(id string) bool {
		t, ok := e.ix.Lookup("@" + id)
		return ok && index.HasConcept(units, t)
	}
	shares := 0
	for _, q := range f.Quantities {
		if q.Measure != "share" {
			continue
		}
		if q.Part == "" || named(q.Part) {
			return false
		}
		shares++
	}
	return shares > 0 && !e.ix.Coverage(units, doc).Entities
}

// onlyPlans reports a fact of plans only: every figure it gives is planned, forecast or a target.
func onlyPlans(f *knowledge.Fact) bool {
	return f.Kind == "plan" || len(f.Quantities) > 0 && !slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return !knowledge.IsPlanned(&q) })
}

// datesAnything reports a fact that says when: a date, a year or a period of a figure.
func datesAnything(f *knowledge.Fact) bool {
	if f.Date != "" {
		return true
	}
	for _, q := range f.Quantities {
		if q.Period != "" || q.Unit == "year" {
			return true
		}
	}
	return false
}

// statesChange reports a fact that tells a change itself, from one figure to another of the
// same measure with no series of its own ("grew from 0.8 to 4.5 million t in seven years").
func statesChange(f *knowledge.Fact) bool {
	for i, q := range f.Quantities {
		if q.Series != "" {
			return false
		}
		for _, r := range f.Quantities[i+1:] {
			if r.Measure == q.Measure && r.Unit == q.Unit && r.Period == q.Period && r.Value != q.Value {
				return true
			}
		}
	}
	return false
}

// unmeasured is a measure the question names that no quantity of the base counts and the fact
// does not speak of either: "how much oil does Tengiz produce?" is not answered with the oil
// Tengiz shipped.
func (e *Answerer) unmeasured(sl slots, doc int32) string {
	for m := range sl.measures {
		if e.measured[m] {
			continue
		}
		if id, ok := e.ix.Lookup("@" + m); ok && e.ix.HasPosting(id, doc) {
			continue
		}
		if j := e.judgedAs[m]; j != "" && measures(e.ix.Fact(doc), j) {
			continue // "how much does the plant produce?" is its capacity; Tengiz has none
		}
		if sl.asked != "" && !e.names(sl.asked, m) {
			continue // the statement before the question named it ("TITR is 10 years old."), not what is asked
		}
		return m
	}
	return ""
}

// askWords counts the words of toks that ask ("what", "сколько", "nə", "қанша").
func askWords(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if text.AskWords[t.Text] {
			n++
		}
	}
	return n
}

// reportYears are the years among toks that date a report ("according to the Astana Times in
// April 2023").
func reportYears(toks []text.Token) map[int]bool {
	var out map[int]bool
	for i := range frame.ReportDates(toks) {
		if y := text.YearOf(toks[i].Text); y != 0 && toks[i].Num {
			if out == nil {
				out = map[int]bool{}
			}
			out[y] = true
		}
	}
	return out
}

// asksShare reports a question asking what share something is ("what share", "какая доля",
// "hansı pay", "қандай үлес"): the glossary's share named in a question that asks for it.
func (e *Answerer) asksShare(units []index.Unit) bool {
	t, ok := e.ix.Lookup("@share")
	return ok && index.HasConcept(units, t)
}
