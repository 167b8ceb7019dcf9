// Follow-ups: a question read with the previous one as its context ("and in 2023?", "of
// which, how many TEU?"), and when the previous answer answers it again.

package answer

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

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
