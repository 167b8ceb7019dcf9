// Package answer answers a question from the facts: the question is read into units and a
// frame, the index ranks candidate facts, and each candidate passes or fails the checks that
// decide an answer (the names it gives, the year, a figure when one is asked for, and how much
// of the question it explains) before the confidence decides between an answer and a refusal.
// ExplainAnswer tells which check decided.
package answer

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Thresholds of the answer decision, tuned on the held-out sets in testdata (eval_test.go runs
// them; TUNE=1 go test -tags tune -run TestTune -v prints the trade-off of each threshold).
const (
	minConfidence        = 0.45 // below: "I don't know"
	minCoverage          = 0.40 // share of the question's informative words the fact must explain
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

// Answerer answers questions from a knowledge base's index. It is safe for concurrent use.
type Answerer struct {
	kb *knowledge.KB
	ix *index.Index
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
	// cities are the glossary's cities (see knowledge.Term.City).
	cities map[string]bool
	// headed gives, for a kind of organisation asked for ("Bank", "Holding"), the glossary's
	// organisations with that word in their English name.
	headed map[string]map[string]bool
	// nameTokens are the words of every name of each glossary term, in every language.
	nameTokens map[string][]text.Token
	// parts gives the things an entity counts together (see knowledge.Term.Parts).
	parts map[string][]string
	// through gives the places each route runs through (see knowledge.Term.Through).
	through map[string][]string
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
	e := &Answerer{kb: kb, ix: ix, latestYear: knowledge.LatestYear(kb), measured: map[string]bool{}, class: map[string]string{}, cities: map[string]bool{}}
	e.nameTokens = make(map[string][]text.Token, len(kb.Terms))
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
	q.Text = text.MonthCountsInDigits(text.ReadAs(lang, q.Text, e.ix.WritesWord)) // Kazakh in Latin letters as the base's Cyrillic
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
	if len(people) == 0 || len(kept) == 0 {
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
	for _, id := range f.Entities {
		if !e.cities[id] && e.class[id] != "port" {
			continue
		}
		if t, ok := e.ix.Lookup("@" + id); !ok || !index.HasConcept(units, t) {
			return true
		}
	}
	return false
}

// namesAnyOf reports a fact naming one of the glossary terms.
func (e *Answerer) namesAnyOf(f *knowledge.Fact, terms []int32) bool {
	return slices.ContainsFunc(terms, func(t int32) bool { return slices.Contains(f.Entities, strings.TrimPrefix(e.ix.Term(t), "@")) })
}

// readMessage searches a message — raw as written, msg with relative time resolved — and
// returns the result and, when a story around the question was read as its context, the
// asking sentence. A story with one question is read that way first; a message of several
// questions ("What is Aktau's capacity? How many tonnes a year?") is first read whole, as one
// question asked twice, unless a later one gives a year to check.
func (e *Answerer) readMessage(s *scratch, raw, msg string) (result, string) {
	if !text.SeveralSentences(raw) {
		return e.search(s, msg, "", nil), ""
	}
	questions, guess := 0, false
	sentences := text.Sentences(raw)
	for _, sentence := range sentences {
		if questions > 0 && slices.ContainsFunc(strings.Fields(sentence), func(w string) bool { return yearWord(w) != 0 }) {
			guess = true // "…? I heard 2010, is that right?": a year to check, not to search
		}
		if strings.HasSuffix(sentence, "?") {
			questions++
		}
	}
	var whole result
	searched := questions > 1 && !guess
	if searched {
		if whole = e.search(s, msg, "", nil); whole.confident() {
			return whole, ""
		}
	}
	if res, asked, ok := e.statementAsContext(s, sentences); ok {
		return res, asked
	}
	if !searched {
		whole = e.search(s, msg, "", nil)
	}
	return whole, ""
}

// statementAsContext reads a message of several sentences — a story and a question ("I read
// that Aliyev came in October. How much was trade in 2024?") — with the asking sentence as
// the question and the others as its context, as a follow-up's previous question is: the
// story around a question does not dilute what it asks, and a name it gives still counts.
// The sentences that end with "?" ask (the last one first), else the last sentence does. A
// story before the question sets its scene, years included ("In 2024 the ports handled
// 3.3 Mt. And how many TEU?") unless the question names its own; one after it is a guess to
// check ("I heard 2010, right?"), whose years are not the ones asked. It returns the first sure reading and its question.
func (e *Answerer) statementAsContext(s *scratch, sentences []string) (result, string, bool) {
	if len(sentences) < 2 || len(sentences) > maxStorySentences {
		return result{}, "", false
	}
	asking := func(i int) bool { return strings.HasSuffix(sentences[i], "?") }
	if !slices.ContainsFunc(sentences, func(s string) bool { return strings.HasSuffix(s, "?") }) {
		asking = func(i int) bool { return i == len(sentences)-1 }
	}
	for i := len(sentences) - 1; i >= 0; i-- {
		if !asking(i) {
			continue
		}
		before := reportDate
		if slices.ContainsFunc(strings.Fields(sentences[i]), func(w string) bool { return yearWord(w) != 0 }) {
			before = anyYear // "…40% in 2021. And by 2030?": the question's own year is the one asked
		}
		story := withoutYearWords(strings.Join(sentences[:i], " "), before) + " " +
			withoutYearWords(strings.Join(sentences[i+1:], " "), anyYear)
		question, _ := frame.ResolveRelativeTime(sentences[i], e.latestYear) // "over the last 7 years"
		story = strings.TrimSpace(story)
		if r := e.search(s, question, story, nil); r.confident() {
			return r, sentences[i], true
		}
		if r, ok := e.askedBeyondStory(s, question, story); ok {
			return r, sentences[i], true
		}
	}
	return result{}, "", false
}

// askedBeyondStory reads a question that asks past what its story states ("Aktau handled
// 2.3 Mt in the first half of 2023. And in January–October?"): as a follow-up does, with the
// fact the story itself tells put after the others.
func (e *Answerer) askedBeyondStory(s *scratch, question, story string) (result, bool) {
	told := e.search(s, story, "", nil)
	if !told.confident() {
		return result{}, false
	}
	r := e.search(s, question, story, []string{told.facts[0].ID})
	return r, r.confident() && r.facts[0].ID != told.facts[0].ID
}

// withoutYearWords drops the years of a text that drop says are not asked about.
func withoutYearWords(story string, drop func(story string) map[int]bool) string {
	dropped := drop(story)
	if len(dropped) == 0 {
		return story
	}
	words := strings.Fields(story)
	kept := make([]string, 0, len(words))
	for _, w := range words {
		if y := yearWord(w); y == 0 || !dropped[y] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// anyYear: a year told after a question is a guess to check ("I heard 2010, right?").
func anyYear(story string) map[int]bool {
	years := map[int]bool{}
	for _, w := range strings.Fields(story) {
		if y := yearWord(w); y != 0 {
			years[y] = true
		}
	}
	return years
}

// reportDate: a year that dates a report, not what it reports ("In March 2026 Trend wrote
// that…").
func reportDate(story string) map[int]bool {
	toks := text.Tokenize(story, nil)
	var years map[int]bool
	for i := range frame.ReportDates(toks) {
		if y := text.YearOf(toks[i].Text); toks[i].Num && y != 0 {
			if years == nil {
				years = map[int]bool{}
			}
			years[y] = true
		}
	}
	return years
}

// yearWord is the year a word writes ("2010-da", "2025-го"), or 0.
func yearWord(w string) int {
	if toks := text.Tokenize(w, nil); len(toks) > 0 && toks[0].Num {
		return text.YearOf(toks[0].Text)
	}
	return 0
}

// maxStorySentences bounds the readings tried for a long paste: each is a search.
const maxStorySentences = 4

// followUp reads a follow-up — "and in 2025?", "when will it start?", "and the other way
// round?" — with the subject of the previous question as context. A short question is read
// with its context when that reading is sure enough: its own words still rank first. It
// returns the better reading and the question as the conversation should remember it.
func (e *Answerer) followUp(s *scratch, q Query, searched string, res result, question string) (result, string) {
	short := res.referential || res.contentUnits <= 3
	if q.Previous == "" || !short && res.confident() {
		return res, question
	}
	prev := q.Previous
	// A follow-up that names nothing of its own ("and its total length?") is about what the
	// conversation names: an answer must name it too — BTC's length is no answer about BTK.
	var about []string
	if len(e.entitiesIn(s, searched)) == 0 {
		about = e.entitiesIn(s, prev)
	}
	if res.hasYear || frame.AsksWhen(text.Tokenize(searched, nil)) {
		// "and in 2025?" replaces the year asked about; "and by what year?" asks for one
		prev = text.WithoutYears(prev)
	} else if before, ok := yearNextTo(searched, prev); ok {
		searched, prev = before, text.WithoutYears(prev) // "and the year before?" of 2024 asks 2023, "the year after" 2025
	}
	if e.namesCountry(s, searched) {
		prev = e.withoutCountries(s, prev) // "а казахстан в аз?": the countries are the follow-up's
	}
	var demote []string
	msg := samePeriod(searched, prev) // as searched: "bəs indi?" without its "now", read as the latest
	// "and after?" of a figure asked before a change: the previous answer gives the after too
	// "and of which, how many TEU?" after 2.5 Mt "including 96,000 TEU": the part is given too
	again := len(q.PreviousFacts) > 0 && (e.answersAgain(s, q.PreviousFacts[0], q.Text, msg, res) ||
		onlyWordsIn(res.slots.toks, text.LaterWords) && e.givesChange(q.PreviousFacts[0], slots{}) ||
		text.AnyPhraseIn(res.slots.toks, text.IncludingPhrases) && e.givesUnitAsked(q.PreviousFacts[0], res.slots) && e.tellsIncluded(q.PreviousFacts[0]))
	if len(q.PreviousFacts) > 0 && !again && !e.coversAsked(q.PreviousFacts[0], msg) && !e.datesPrevious(q.PreviousFacts[0], res) {
		demote = q.PreviousFacts[:1] // a follow-up asks for something new…
	} // …unless the previous answer gives the year now asked about too (a series by year)
	if len(q.PreviousFacts) > 0 && e.sectionOfPrevious(s, q.PreviousFacts[0], msg) {
		r := e.search(s, msg, prev, nil)
		if !r.confident() {
			r = res
		}
		if r.confident() {
			r.facts = []*knowledge.Fact{e.kb.Fact(q.PreviousFacts[0])}
			return r, clipBytes(q.Text+" "+prev, maxRemembered)
		}
	}
	if r2 := e.search(s, msg, prev, demote); r2.confident() && (!res.confident() || short) && e.aboutAny(r2, about, q.PreviousFacts) {
		if (res.referential || res.contentUnits <= 1) && len(q.PreviousFacts) > 0 && r2.facts[0].ID != q.PreviousFacts[0] &&
			(e.tellsPart(s, q.PreviousFacts[0], msg) || res.slots.asksChange() && e.givesChange(q.PreviousFacts[0], res.slots) && !e.namesMoreThan(s, r2.facts[0].ID, q.PreviousFacts[0], msg) ||
				res.contentUnits == 0 && e.givesUnitAsked(q.PreviousFacts[0], res.slots)) || again {
			// "сколько груза… в первом полугодии? — а зерна сколько из этого?": the previous
			// answer gives the part asked about too; another fact about grain does not. So
			// for "how many times more than a year before?" after a figure given with its rise.
			r2.facts = []*knowledge.Fact{e.kb.Fact(q.PreviousFacts[0])}
		}
		return r2, clipBytes(q.Text+" "+prev, maxRemembered)
	}
	if r, ok := e.nextOrdinal(s, q, msg, prev, demote); ok {
		return r, clipBytes(q.Text+" "+prev, maxRemembered)
	}
	if !again && !e.aboutAny(res, about, q.PreviousFacts) {
		return result{slots: res.slots, referential: res.referential, contentUnits: res.contentUnits}, question
	}
	if again {
		// "and what was it before?" of a figure given with the level before it: the previous
		// answer again, as sure as the question that found it.
		if r := e.search(s, prev, "", nil); r.confident() && r.facts[0].ID == q.PreviousFacts[0] {
			r.facts = r.facts[:1]
			return r, clipBytes(q.Text+" "+prev, maxRemembered)
		}
	}
	return res, question
}

// onlyWordsIn reports a question whose every word that is no stopword is one of words.
func onlyWordsIn(toks []text.Token, words map[string]bool) bool {
	found := false
	for _, t := range toks {
		switch {
		case words[t.Text]:
			found = true
		case !text.IsStopword(t.Text):
			return false
		}
	}
	return found
}

// entitiesIn lists the glossary entities a text names (countries, ports, pipelines…).
func (e *Answerer) entitiesIn(s *scratch, msg string) []string {
	var out []string
	for _, u := range e.ix.Analyze(s.Scratch, msg) {
		if u.Concept && u.Entity && u.Term >= 0 {
			out = append(out, strings.TrimPrefix(e.ix.Term(u.Term), "@"))
			if c := e.ix.StandsFor(u.Term); c >= 0 {
				out = append(out, strings.TrimPrefix(e.ix.Term(c), "@")) // "Baku and Astana": the countries
			}
		}
	}
	return out
}

// aboutAny reports a result whose first fact names one of the entities (any, when none are
// given), or is the previous answer.
func (e *Answerer) aboutAny(r result, entities, previous []string) bool {
	if len(entities) == 0 || len(r.facts) == 0 {
		return true
	}
	f := r.facts[0]
	if len(previous) > 0 && f.ID == previous[0] {
		return true
	}
	return slices.ContainsFunc(entities, func(id string) bool { return slices.Contains(f.Entities, id) })
}

// namesCountry reports a text naming a country.
func (e *Answerer) namesCountry(s *scratch, msg string) bool {
	for _, u := range e.ix.Analyze(s.Scratch, msg) {
		if u.Concept && u.Term >= 0 && e.countries[e.ix.Term(u.Term)] {
			return true
		}
	}
	return false
}

// withoutCountries is a text without its words that name a country: a follow-up naming its
// own countries asks about them, not the previous question's.
func (e *Answerer) withoutCountries(s *scratch, msg string) string {
	words := strings.Fields(msg)
	kept := words[:0:0]
	for _, w := range words {
		if !e.namesCountry(s, w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// yearNextTo reads "and the year before?" or "and the year after?" after a question naming a
// year: the follow-up with that year written out.
func yearNextTo(msg, prev string) (string, bool) {
	step := -1
	rest, ok := text.CutPhrases(text.Tokenize(msg, nil), text.YearBefore)
	if !ok {
		step = 1
		if rest, ok = text.CutPhrases(text.Tokenize(msg, nil), text.NextYearPhrases); !ok {
			return msg, false
		}
	}
	y := 0
	for _, t := range text.Tokenize(prev, nil) {
		if v := text.YearOf(t.Text); t.Num && v != 0 {
			y = v
		}
	}
	if y == 0 {
		return msg, false
	}
	return rest + " " + strconv.Itoa(y+step), true
}

// givesUnitAsked reports a previous fact with a figure in the unit a follow-up asks for ("by
// what %?" after a half-year's oil given with its rise in percent).
func (e *Answerer) givesUnitAsked(id string, sl slots) bool {
	f := e.kb.Fact(id)
	return f != nil && len(sl.units) > 0 && hasUnit(f, sl.units)
}

// tellsIncluded reports a fact that gives a figure as a part of another ("2.5 Mt, including
// 96,000 TEU"), in English: "of which, how many TEU?" asks for that part.
func (e *Answerer) tellsIncluded(id string) bool {
	f := e.kb.Fact(id)
	return f != nil && text.AnyPhraseIn(text.Tokenize(f.Text.In(knowledge.EN), nil), text.IncludingPhrases)
}

// answersAgain reports a follow-up the previous answer already answers: "and who signed for
// Azerbaijan?" after a fact naming both signatories, "and now?" after one giving the figure
// before and now ("used to take 28–32 days, now 13–17"), when it names nothing else. A "who"
// follow-up must be explained by the fact word for word.
func (e *Answerer) answersAgain(s *scratch, id, question, msg string, res result) bool {
	f := e.kb.Fact(id)
	doc, ok := e.ix.DocOf(id)
	if f == nil || !ok {
		return false
	}
	units := e.ix.Analyze(s.Scratch, msg)
	var cv index.Cover
	if len(units) > 0 {
		cv = e.ix.Coverage(units, doc)
	}
	_, latest := frame.ResolveRelativeTime(question, e.latestYear)
	if (latest || text.HasWordIn(res.slots.toks, text.EarlierWords) || text.AnyPhraseIn(res.slots.toks, text.LevelBefore)) && givesLevelBefore(f) {
		return len(units) == 0 || cv.Entities // "and before?" of a figure given before and now, of nothing else
	}
	if res.referential && res.contentUnits == 0 && f.Date != "" && (frame.AsksWhen(res.slots.toks) || text.AnyPhraseIn(res.slots.toks, text.DateAsked)) {
		return true // "and what date was that?" after a dated fact: its date answers, naming nothing new
	}
	if res.referential && text.HasWordIn(res.slots.toks, text.WhoWords) && e.factNamesClass(f, "person") && (len(units) == 0 || cv.Entities) {
		return true // "who from ADY said it?" after a figure its source gives with the speaker's name
	}
	if len(units) > 0 && (!cv.Subject || !cv.Predicate || !cv.Entities || cv.Share < 0.99) {
		return false
	}
	// "who else?" of a fact naming several; "and when did it start working?" of one giving
	// several dates (commissioned in December 2016, working from March 2017)
	return text.HasWordIn(res.slots.toks, text.WhoWords) && e.namesSeveral(f) || frame.AsksWhen(res.slots.toks) && datesSeveral(f)
}

// datesSeveral reports a fact giving more than one date: each may answer another "when".
func datesSeveral(f *knowledge.Fact) bool {
	n := 0
	for _, q := range f.Quantities {
		if q.Unit == "year" {
			n++
		}
	}
	return n > 1
}

// givesLevelBefore reports a fact that gives a figure's level before a change: marked as the
// former level, or a second figure of the same measure ("deepened from 5 m to 7–8 m").
func givesLevelBefore(f *knowledge.Fact) bool {
	for i, q := range f.Quantities {
		if q.Part == knowledge.FormerPart {
			return true
		}
		for _, o := range f.Quantities[:i] {
			if o.Measure != "" && o.Measure == q.Measure && o.Unit == q.Unit && o.Value != q.Value && !knowledge.IsChange(q.Measure) {
				return true
			}
		}
	}
	return false
}

// nextOrdinal answers "and the second one?" after the first cargo, meeting or phase: a
// follow-up naming another ordinal than the previous answer's, answered by the fact that
// names it and shares the previous answer's names — however little else of the question's
// context it covers ("the second tanker" need not reach Sangachal, as the first did).
func (e *Answerer) nextOrdinal(s *scratch, q Query, msg, prev string, demote []string) (result, bool) {
	if len(q.PreviousFacts) == 0 {
		return result{}, false
	}
	asked := text.Ordinals(text.Tokenize(q.Text, nil))
	before := e.kb.Fact(q.PreviousFacts[0])
	if asked == 0 || before == nil || e.ix.FactOrdinals(before)&asked != 0 {
		return result{}, false
	}
	r := e.search(s, msg, prev, demote)
	if len(r.facts) == 0 || r.coverage < minOrdinalCoverage || !r.subject || !r.yearOK || !r.slotOK || r.stranger != "" {
		return result{}, false
	}
	f := r.facts[0]
	shared := 0
	for _, id := range f.Entities {
		if slices.Contains(before.Entities, id) {
			shared++
		}
	}
	if e.ix.FactOrdinals(f)&asked == 0 || shared < 2 || f.ID == before.ID {
		return result{}, false
	}
	r.facts = r.facts[:1]
	r.confidence = max(r.confidence, minConfidence)
	return r, true
}

// minOrdinalCoverage is how much of a follow-up and its context the fact naming the ordinal
// asked must explain.
const minOrdinalCoverage = 0.4

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

// namesOrganisation reports a fact naming an organisation the question does not name.
func (e *Answerer) namesOrganisation(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesOfClass(f, units, "organisation")
}

// namesClass reports a question that names an entity of the class itself ("who is Rolande
// Pryce?").
func (e *Answerer) namesClass(units []index.Unit, class string) bool {
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.class[strings.TrimPrefix(e.ix.Term(u.Term), "@")] == class {
			return true
		}
	}
	return false
}

// factNamesClass reports a fact naming an entity of the class ("person").
func (e *Answerer) factNamesClass(f *knowledge.Fact, class string) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool { return e.class[id] == class })
}

// namesOfClass reports a fact naming an entity of the class ("person") the question does not.
func (e *Answerer) namesOfClass(f *knowledge.Fact, units []index.Unit, class string) bool {
	for _, id := range f.Entities {
		if e.class[id] != class {
			continue
		}
		if t, ok := e.ix.Lookup("@" + id); !ok || !index.HasConcept(units, t) {
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

// orgKinds are the words an organisation's English name holds that a question can ask for:
// "which bank" wants a bank, "which holding" a holding.
var orgKinds = []string{"Bank", "Holding"}

// addHeaded files an organisation under each kind its English names say it is.
func (e *Answerer) addHeaded(t *knowledge.Term) {
	for _, kind := range orgKinds {
		if !slices.ContainsFunc(t.Names[knowledge.EN], func(n string) bool { return slices.Contains(strings.Fields(n), kind) }) {
			continue
		}
		if e.headed == nil {
			e.headed = map[string]map[string]bool{}
		}
		if e.headed[kind] == nil {
			e.headed[kind] = map[string]bool{}
		}
		e.headed[kind][t.ID] = true
	}
}

// orgKindAsked gives the kind of organisation a question asks for ("which bank": "Bank"),
// or "".
func orgKindAsked(toks []text.Token) string {
	switch {
	case text.AnyPhraseIn(toks, text.BankAsked):
		return "Bank"
	case text.AnyPhraseIn(toks, text.HoldingAsked):
		return "Holding"
	}
	return ""
}

// namesKind reports a fact naming an organisation of the kind ("Bank").
func (e *Answerer) namesKind(f *knowledge.Fact, kind string) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool { return e.headed[kind][id] })
}

func givesMeasure(f *knowledge.Fact, m string) bool {
	for _, q := range f.Quantities {
		if string(q.Measure) == m {
			return true
		}
	}
	return false
}

// givesChange reports a fact with a change (growth, decline) among its figures, of the year a
// follow-up measures it against if it names one.
func (e *Answerer) givesChange(id string, sl slots) bool {
	f := e.kb.Fact(id)
	if f == nil {
		return false
	}
	for _, q := range f.Quantities {
		if !knowledge.IsChange(q.Measure) {
			continue
		}
		if len(sl.toks) == 0 {
			return true
		}
		base := frame.ComparisonBase("", sl.toks)
		if from, to := knowledge.PeriodYears(q.Period); base == 0 || from == base || from == to && to == base+1 {
			return true // "+40% in 2025" is measured against 2024
		}
	}
	return false
}

// tellsPart reports a fact that explains every word of a question on its own and gives a
// figure of a part the question names (the grain of "2.3 Mt, of which 118 thousand t of
// grain"): not merely the country a whole passes through.
func (e *Answerer) tellsPart(s *scratch, id, msg string) bool {
	return e.givesPart(s, id, msg, false)
}

// namesMoreThan reports a fact that names something of a follow-up the previous answer does
// not: "and how much did Kazakh exports on it grow?" after the route's growth asks the
// exports' growth, though the previous answer gives a growth too.
func (e *Answerer) namesMoreThan(s *scratch, id, previous, msg string) bool {
	doc, ok1 := e.ix.DocOf(id)
	prev, ok2 := e.ix.DocOf(previous)
	if !ok1 || !ok2 || e.ix.Fact(doc).Source != e.ix.Fact(prev).Source {
		return false // another report's figure: the follow-up is still the previous answer's
	}
	for _, u := range e.ix.Analyze(s.Scratch, msg) {
		if u.Concept && !u.Context && u.Term >= 0 && e.ix.HasName(u.Term, doc) && !e.ix.HasName(u.Term, prev) {
			return true
		}
	}
	return false
}

// sectionOfPrevious reports a follow-up asking for a section of what the previous fact
// measures ("bəs Gürcüstandan keçən hissəsi?" after BTC's length), which that fact gives: the
// words of "section" are not the fact's, so only its names must be explained.
func (e *Answerer) sectionOfPrevious(s *scratch, id, msg string) bool {
	toks := text.Tokenize(msg, nil)
	if !text.AnyPhraseIn(toks, text.PartOfPhrases) && !text.AnyWordHasPrefix(toks, text.SectionWords) {
		return false
	}
	return e.givesPart(s, id, msg, true)
}

// givesPart reports a fact of two figures or more, one of them of a part (or a measure) the
// question names; namesOnly: the fact need explain only the question's names.
func (e *Answerer) givesPart(s *scratch, id, msg string, namesOnly bool) bool {
	doc, ok := e.ix.DocOf(id)
	f := e.kb.Fact(id)
	if !ok || f == nil || len(f.Quantities) < 2 {
		return false
	}
	units := e.ix.Analyze(s.Scratch, msg)
	cv := e.ix.Coverage(units, doc)
	if !cv.Subject || !cv.Entities || !namesOnly && (!cv.Predicate || cv.Share < 0.99) {
		return false
	}
	for _, q := range f.Quantities[1:] {
		if id, ok := e.ix.Lookup("@" + string(q.Measure)); !namesOnly && ok && q.Measure != f.Quantities[0].Measure && index.HasConcept(units, id) {
			return true
		}
		if id, ok := e.ix.Lookup("@" + q.Part); ok && q.Part != "" && index.HasConcept(units, id) {
			return true // "how much of that is in Türkiye?" after BTC's length, Türkiye's section given
		}
	}
	return false
}

// samePeriod spells out "the same period" of a follow-up with the months the previous
// question named: "and for the same period of 2024?" after "…in January–July 2025" asks for
// January–July 2024, not the whole year.
func samePeriod(msg, prev string) string {
	toks := text.Tokenize(msg, nil)
	rest, ok := text.CutPhrases(toks, text.SamePeriod)
	if !ok {
		return msg
	}
	var b strings.Builder
	b.WriteString(rest) // "the same months" said, the months are written instead
	for _, t := range text.Tokenize(prev, nil) {
		if !t.Num && text.MonthOf(t.Text) > 0 {
			b.WriteString(" " + t.Text)
		}
	}
	return b.String()
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
	ask.monthSet = namedMonths(toks)
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
	best := top[0]
	e.checkBest(&res, units, best, years, ask)
	if s.explain {
		res.candidates = e.explainCandidates(units, top, years, ask)
	}
	res.facts, res.related = e.pickFacts(units, top, res.coverage, ask.amount, func(f *knowledge.Fact) bool {
		// "who is the transport minister?", "which Kazakh company?": another fact beside the
		// answer must name one too
		return (!ask.person || e.namesOfClass(f, units, "person") && e.statesRole(f, ask.slots.toks) && !e.officeOfAnotherCountry(f, ask.slots.toks)) &&
			(!ask.company || e.namesOfClass(f, units, "organisation"))
	})
	if !res.confident() {
		res.units = append([]index.Unit(nil), units...) // kept only to say why it refuses
	}
	return res
}

// asked is what kind of question it is, read from its own words (not its context).
type asked struct {
	amount  bool // it asks for a figure: "how much", or a subject that is a figure (trade turnover)
	when    bool // it asks when
	date    bool // it asks for the date itself ("on what date"): an answer must give one
	next    bool // it asks about the next of something ("the next meeting")
	why     bool // it asks for a reason
	where   bool // it asks where something is
	since   int  // the year it counts from ("since 2023"), or 0
	company bool // it asks which company or organisation ("which companies build the cable")
	who     bool // it asks who ("кто", "kim", "кім"): a fact naming an organisation may answer
	person  bool // it asks who holds an office ("who is the port's director?"): a person answers
	goal    bool // it asks about a goal or target ("what goal was set for trade?")
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
		where: text.HasWordIn(toks, text.WhereWords) || text.ContainsWord(toks, text.LocatedIndex) ||
			text.AnyPhraseIn(toks, text.WhereName),
		wholeGiven:  wholeGiven(toks),
		referential: frame.PointsBack(toks),
		reversal:    frame.AsksReversal(toks),
	}
}

// statesRole reports a fact whose text (in any of its languages) gives the
// office the question asks about, where it names one ("director", "министр"): a person of
// another office does not answer.
func (e *Answerer) statesRole(f *knowledge.Fact, toks []text.Token) bool {
	var roles []string
	for _, t := range toks {
		if isOfficeWord(t) {
			roles = append(roles, t.Text)
		}
	}
	if len(roles) == 0 {
		return true
	}
	var said []text.Token
	for _, l := range knowledge.Langs {
		said = append(said, text.Tokenize(f.Text.In(l), nil)...)
	}
	for _, id := range f.Entities {
		// the words of the names it gives: "the chairman of ADY (Azerbaijan Railways)" is
		// the one of the fact that writes "ADY"
		said = append(said, e.nameTokens[id]...)
	}
	gives := func(w string) bool {
		stem := string([]rune(w)[:min(6, len([]rune(w)))]) // six letters: "transport" is no "transit"
		return slices.ContainsFunc(said, func(t text.Token) bool { return strings.HasPrefix(t.Text, stem) })
	}
	if !slices.ContainsFunc(roles, gives) {
		return false
	}
	// "the transport minister" is not the energy minister: the word beside the office that
	// says which must be the fact's too
	for i, t := range toks {
		if !isOfficeWord(t) {
			continue
		}
		// The word before says which ("transport minister", "көлік министрі", "nəqliyyat
		// naziri"); in Russian the genitive after does ("министр транспорта"). A verb after
		// ("the commissioner warned", "министр аралады") does not.
		if i > 0 && officeQualifier(toks[i-1]) && !gives(toks[i-1].Text) {
			return false
		}
		if i+1 < len(toks) && text.IsCyrillic(t.Text) && officeQualifier(toks[i+1]) && text.EndsWithAny(toks[i+1].Text, []string{"а", "и"}) &&
			!text.EndsWithAny(toks[i+1].Text, text.VerbEndings) && !gives(toks[i+1].Text) {
			return false
		}
	}
	return true
}

// officeOfAnotherCountry reports a fact that gives the office a question asks about only to
// other countries than the one the question gives it to.
func (e *Answerer) officeOfAnotherCountry(f *knowledge.Fact, toks []text.Token) bool {
	asked := e.roleCountries(toks)
	if len(asked) == 0 {
		return false
	}
	// The English text, whose word order keeps an office's country beside it (a Kazakh verb's
	// object may stand three words from "Президенті" and be no country of his)
	stated := e.roleCountries(text.Tokenize(f.Text.In(knowledge.EN), nil))
	if len(stated) == 0 {
		return false // the fact gives the office no country: it cannot be told
	}
	for c := range asked {
		if stated[c] {
			return false
		}
	}
	return true
}

// roleCountries are the countries a text names within a few words of an office.
func (e *Answerer) roleCountries(toks []text.Token) map[string]bool {
	return frame.RoleCountries(e.ix, e.ix.NewScratch(), toks, func(id string) bool { return e.countries["@"+id] })
}

// officeQualifier reports a word beside an office that may say which office it is
// ("transport", "энергетики"): a content word, not a name's short form, a date or a
// question word.
func officeQualifier(t text.Token) bool {
	return !t.Num && utf8.RuneCountInString(t.Text) > 3 && !text.IsStopword(t.Text) && text.MonthOf(t.Text) == 0 &&
		!text.HasPrefixIn(t.Text, text.RoleWords) && !text.WhoWords[t.Text] && !text.AskWords[t.Text] && !text.HasPrefixIn(t.Text, text.CountryWords)
}

// namesConcept reports a question that names the glossary concept ("@company-head": "who
// runs the port?").
func namesConcept(ix *index.Index, units []index.Unit, concept string) bool {
	t, ok := ix.Lookup(concept)
	return ok && index.HasConcept(units, t)
}

// asksWhichRole: "which minister said…", "какой еврокомиссар…", "hansı nazir…", "қай министр…"
// asks for a person as "who" does: a word asking which, and an office within two words after.
func asksWhichRole(toks []text.Token) bool {
	for i, t := range toks {
		if !text.WhichWords[t.Text] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.OfficeWords) {
				return true
			}
		}
	}
	return false
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
// without "city", one naming AZCON Holding without the Russian word (the gates in slotFits
// make sure the fact names one of that kind).
func softenAskedKind(units []index.Unit, toks []text.Token) {
	for i := 1; i < len(toks); i++ {
		if !text.WhichWords[toks[i-1].Text] || toks[i].Num {
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

// kindAsked are the "which <kind>" phrases a gate of slotFits answers by a name of the kind.
var kindAsked = []text.Phrases{text.CityAsked, text.BankAsked, text.HoldingAsked}

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
		if (ask.company || ask.who && !ask.person) && e.namesOrganisation(f, units) || ask.person && e.namesOfClass(f, units, "person") {
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

// namesOffice reports a question naming an office ("minister", "директор"), not only a head.
func namesOffice(toks []text.Token) bool { return slices.ContainsFunc(toks, isOfficeWord) }

// isOfficeWord reports a word of an office ("minister", "директор"), not of a head ("глава").
func isOfficeWord(t text.Token) bool {
	return !t.Num && text.HasPrefixIn(t.Text, text.RoleWords) && !text.HasPrefixIn(t.Text, text.HeadWords)
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

// checkBest runs the checks that decide whether the best fact answers: how much of the
// question it explains (coverage), whether it matches what is asked about (subject,
// predicate) and every name given, the year asked about, a figure when one is asked for.
// The confidence follows from the coverage and the score.
func (e *Answerer) checkBest(res *result, units []index.Unit, best index.Scored, years []int, ask asked) {
	cv := e.ix.Coverage(units, best.Doc)
	f := e.ix.Fact(best.Doc)
	res.coverage, res.subject, res.predicate = cv.Share, cv.Subject, cv.Predicate && (cv.Entities || e.onItsRoute(units, f, best.Doc))
	res.yearOK = len(years) == 0
	for _, y := range years {
		res.yearOK = res.yearOK || e.coversYear(f, y, ask)
	}
	res.amountOK = !ask.amount || e.ix.HasAmount(best.Doc)
	c := gateCase{f: f, doc: best.Doc, units: units, ask: &ask, years: years}
	res.slotOK = e.failedGate(&c) == nil
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

// pickFacts shows beside the best fact the ones nearly as good on the same subject area, and
// offers the other close ones as related.
func (e *Answerer) pickFacts(units []index.Unit, top []index.Scored, coverage float64, amount bool, answers func(*knowledge.Fact) bool) (facts, related []*knowledge.Fact) {
	ix := e.ix
	best := top[0]
	facts = append(facts, ix.Fact(best.Doc))
	for _, c := range top[1:min(len(top), maxFacts+2)] {
		cov := ix.Coverage(units, c.Doc).Share
		if len(facts) < maxFacts && c.Score >= closeRatio*best.Score && cov >= coverage-0.05 &&
			sameMeasure(ix.Fact(best.Doc), ix.Fact(c.Doc)) && (!amount || ix.HasAmount(c.Doc)) && answers(ix.Fact(c.Doc)) {
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

// maxRemembered bounds the question a conversation keeps as context, so a long chain of
// follow-ups does not grow the session without end.
const maxRemembered = 400

func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// coversAsked reports whether the fact with id gives a result for a year the message names.
func (e *Answerer) coversAsked(id, msg string) bool {
	f := e.kb.Fact(id)
	if f == nil {
		return false
	}
	toks := text.Tokenize(msg, nil)
	months := namedMonths(toks) != 0
	if text.HasWordIn(toks, text.PerYearWords) && slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Per == "year" }) {
		return true // "and how much a year?" after a plant's capacity, given a year
	}
	for _, t := range toks {
		if y := text.YearOf(t.Text); t.Num && y != 0 && (fullYear(f, y) || months && partOfYear(f, y) || changeFrom(f, y)) {
			return true
		}
	}
	return false
}

// datesPrevious: "when?" alone, after an answer whose fact is dated ("the second loading, on
// the Shusha tanker, was due on 27 March 2023"), asks that fact's date — not something new.
func (e *Answerer) datesPrevious(id string, res result) bool {
	f := e.kb.Fact(id)
	return f != nil && f.Date != "" && res.contentUnits <= 1 && frame.AsksWhen(res.slots.toks) // "vaxt" of "nə vaxt" counts as a word
}

// changeFrom reports a fact with a change measured from year y ("three times the 2021 volume
// by 2030"): "how many times more than in 2021?" follows it up.
func changeFrom(f *knowledge.Fact, y int) bool {
	for i := range f.Quantities {
		q := &f.Quantities[i]
		if from, to := knowledge.PeriodYears(q.Period); knowledge.IsChange(q.Measure) && from == y && to > from {
			return true
		}
	}
	return false
}

// partOfYear reports a fact with a result for some months of year y ("January–July 2024").
func partOfYear(f *knowledge.Fact, y int) bool {
	prefix := strconv.Itoa(y) + "-"
	for i := range f.Quantities {
		if q := &f.Quantities[i]; strings.HasPrefix(q.Period, prefix) && !knowledge.IsPlanned(q) {
			return true
		}
	}
	return false
}

// seriesAnswer answers "how has it changed?" with the series the best answer's figure belongs
// to: every point with its fact, oldest first.
func (e *Answerer) seriesAnswer(s *scratch, msg string, ans Answer) (Answer, bool) {
	res := e.search(s, msg, "", nil)
	// The question says what it follows over time; its names must all be the series', but
	// its other words ("since 2019", "over the years") need not be explained by one point.
	if !res.subject || !res.predicate || res.stranger != "" || res.coverage < seriesCoverage {
		return ans, false
	}
	if best := res.facts[0]; res.coverage >= fullCoverage && statesChange(best) || res.confident() && onlyChanges(best) && !inSeries(best) {
		// "how has it changed over 7 years, says the ministry?": the ministry's own from–to;
		// "how has trade changed since 2022, says the EU?": its "quadrupled".
		return ans, false
	}
	for _, f := range e.seriesCandidates(s, msg, res) {
		for _, q := range f.Quantities {
			if q.Series == "" {
				continue
			}
			return e.withSeries(ans, q.Series, res.confidence), true
		}
	}
	if id, conf := e.seriesNamed(s, msg); id != "" {
		return e.withSeries(ans, id, min(conf, res.confidence)), true
	}
	return ans, false
}

// withSeries answers with every point of a series, each fact once, oldest first.
func (e *Answerer) withSeries(ans Answer, id string, confidence float64) Answer {
	ans.Series, ans.Confidence = id, confidence
	seen := map[*knowledge.Fact]bool{}
	for _, p := range e.kb.Timeline(id) {
		if !seen[p.Fact] {
			seen[p.Fact] = true
			ans.Facts = append(ans.Facts, p.Fact)
		}
	}
	return ans
}

// seriesNamed is the series whose points best explain a "how has it changed" question when
// neither its best answer nor the related facts belong to one: "how has transit on the Middle
// Corridor changed?" ranks a sentence on the war "changing trade routes" first, yet every name
// it gives is the route's cargo series'. One point must name every name and explain most of it.
func (e *Answerer) seriesNamed(s *scratch, msg string) (string, float64) {
	units := e.ix.Analyze(s.Scratch, msg)
	best, share := "", 0.0
	for _, sr := range e.kb.Series {
		for _, p := range e.kb.Points(sr.ID) {
			doc, ok := e.ix.DocOf(p.Fact.ID)
			if !ok {
				continue
			}
			if !e.goodNamed(units, p.Quantity) {
				continue
			}
			if cv := e.ix.Coverage(e.carriedAsHandled(units, p.Quantity), doc); cv.Entities && cv.Subject && cv.Predicate && cv.Share > share {
				best, share = sr.ID, cv.Share
			}
		}
	}
	if share < seriesNamedCoverage {
		return "", 0
	}
	return best, share
}

// carriedAsHandled leaves out of units the words for what crosses a route ("transit") when q
// counts a good carried: the route's cargo is its transit, whether or not a point says so.
func (e *Answerer) carriedAsHandled(units []index.Unit, q *knowledge.Quantity) []index.Unit {
	if !q.Flow.Handled() {
		return units
	}
	out := units[:0:0]
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.ix.Flow(e.ix.Term(u.Term)) == knowledge.FlowCarried {
			continue
		}
		out = append(out, u)
	}
	return out
}

// goodNamed reports a figure of all cargo, or of a good the question names: "transit" is all
// cargo, not the containers among it.
func (e *Answerer) goodNamed(units []index.Unit, q *knowledge.Quantity) bool {
	if q.Flow != knowledge.FlowGood || q.Measure == "cargo" {
		return true
	}
	t, ok := e.ix.Lookup("@" + q.Measure)
	return ok && index.HasConcept(units, t)
}

// seriesCandidates are the facts whose series may answer "how has it changed": the answer's
// own, then related ones that name every name the question gives ("the raw materials share"
// is not the Caspian route's share).
func (e *Answerer) seriesCandidates(s *scratch, msg string, res result) []*knowledge.Fact {
	out := append([]*knowledge.Fact(nil), res.facts...)
	units := e.ix.Analyze(s.Scratch, msg)
	for _, f := range res.related {
		if doc, ok := e.ix.DocOf(f.ID); ok && e.ix.Coverage(units, doc).Entities {
			out = append(out, f)
		}
	}
	// "how does the share change?" follows the share, though the cargo it is of ranks first
	named := func(f *knowledge.Fact) int {
		for _, q := range f.Quantities {
			if t, ok := e.ix.Lookup("@" + q.Measure); ok && q.Series != "" && index.HasConcept(units, t) {
				return 1
			}
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b *knowledge.Fact) int { return cmp.Compare(named(b), named(a)) })
	return out
}

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

// inSeries reports a fact with a figure of some series.
func inSeries(f *knowledge.Fact) bool {
	for _, q := range f.Quantities {
		if q.Series != "" {
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
