package knowledge

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Thresholds of the answer decision, tuned on the held-out sets in testdata (eval_test.go runs
// them; TUNE=1 go test -tags tune -run TestTune -v prints the trade-off of each threshold).
const (
	minConfidence        = 0.45 // below: "I don't know"
	minCoverage          = 0.40 // share of the question's informative words the fact must explain
	scoreHalf            = 3.0  // BM25 score at which the score part of confidence is one half
	closeRatio           = 0.80 // a second fact this close to the best one is shown beside it
	maxFacts             = 3
	maxQueryUnits        = 48 // long pastes are cut: no question needs more words, and the work stays bounded
	yearPenalty          = 0.2
	missingEntityPenalty = 0.5
	// unknownWeight: a word the knowledge base never uses counts this many times the rarest
	// word's weight against an answer — it is likely what the question is really about.
	unknownWeight   = 1.0
	contextWeight   = 0.5  // the previous question's words rank a follow-up at half weight…
	contextCoverage = 0.25 // …and count little in how much of it a fact explains
	amountBoost     = 1.25
	amountPromotion = 0.6 // a fact with a figure this close to the best answers a how-many question
	directionBoost  = 1.3
)

// Engine answers questions from a knowledge base. It is safe for concurrent use.
type Engine struct {
	kb *KB
	ix *Index
	// measures are the glossary terms of kind measure ("@export"): a claim naming one is
	// compared only with quantities of that measure.
	measures map[string]bool
	terms    map[string]*Term // every glossary term by id, CLDR countries included
	// latestYear is the year of the newest figure: "this year" in a question is read as it,
	// since the base can say nothing of a later one.
	latestYear int
	scratch    sync.Pool
}

// NewEngine indexes a knowledge base.
func NewEngine(kb *KB) *Engine {
	e := &Engine{kb: kb, ix: NewIndex(kb), measures: map[string]bool{}, terms: map[string]*Term{}}
	for _, f := range kb.Facts {
		if y, _ := periodYears(f.AsOf); y > e.latestYear {
			e.latestYear = y
		}
	}
	for _, t := range e.ix.glossary {
		e.terms[t.ID] = t
		if t.Kind == "measure" {
			e.measures["@"+t.ID] = true
		}
	}
	n := len(kb.Facts)
	e.scratch.New = func() any { return &scratch{scores: make([]float32, n)} }
	return e
}

// KB returns the knowledge base the engine answers from.
func (e *Engine) KB() *KB { return e.kb }

// Query is a question with what the conversation knows.
type Query struct {
	Text     string
	Lang     Lang   // answer language; "" means detect it from the text
	Hint     Lang   // the user's known language, used when the text does not tell
	Previous string // the previous question of the conversation, for follow-ups ("and in 2025?")
	// PreviousFacts were the previous answer: a follow-up asks for something else
	// ("and the other way round?"), so they rank lower then.
	PreviousFacts []string
}

// Answer is the engine's reply: facts (none when it does not know) and how sure it is.
type Answer struct {
	Lang       Lang
	Facts      []*Fact
	Confidence float64
	// Question is the question as understood: a follow-up merged with the previous one.
	// The conversation keeps it as the next Previous.
	Question string
	// Related are facts close to the question that were not good enough to answer with
	// (suggestions when the answer is "I don't know", buttons otherwise).
	Related []*Fact
	// Unknown is a name the question gives that no fact mentions ("Kyrgyzstan"), when that
	// is why there is no answer: the reply says what it has no figure for.
	Unknown string
	// Opinion: the question asks for a view or a prediction, which no source states.
	Opinion bool
	// Comparison is set when the question compares two periods' figures.
	Comparison *Comparison
}

type scratch struct {
	explain bool // record the candidates and checks (ExplainAnswer)
	scores  []float32
	touched []int32
	units   []unit
	toks    []text.Token
}

type unit struct {
	variants [2]string
	term     int32 // index term, -1 when the word is not in the knowledge base
	weight   float32
	year     int
	Num      bool
	concept  bool
	covered  bool   // explained by a glossary concept found in the question
	entity   bool   // a glossary name (country, company, pipeline), not a common word
	start    string // concept of a glossary word this word starts with ("xərclənəcək" → @cost)
	context  bool   // from the previous question of a follow-up, not from this one
	measure  bool   // a unit ("dollars", "тонн"): it ranks, but says nothing of the subject
	exact    string // the word as written, for abbreviations (see exactForm)
	unknown  string // a glossary name no fact mentions ("@country-kg")
}

// Answer answers a question.
func (e *Engine) Answer(q Query) Answer {
	lang := q.Lang
	if lang == "" {
		lang = text.DetectLang(q.Text, q.Hint)
	}
	s := e.scratch.Get().(*scratch)
	defer e.scratch.Put(s)

	ans := Answer{Lang: lang, Question: q.Text}
	msg, latest := e.resolveRelativeTime(q.Text)
	if years := asksComparison(text.Tokenize(msg, nil)); years != nil && !AsksOpinion(msg) {
		if c, facts := e.compareYears(s, msg, years); c != nil {
			ans.Facts, ans.Comparison, ans.Confidence = facts, c, 1
			return ans
		}
	}
	res := e.search(s, msg, "", nil)
	if latest {
		res.facts = latestFirst(res.facts)
	}
	short := res.referential || res.contentUnits <= 3
	if q.Previous != "" && (short || !res.confident()) {
		// A follow-up — "and in 2025?", "when will it start?", "and the other way round?" —
		// keeps the subject of the previous question as context. A short question is read
		// with its context when that reading is sure enough: its own words still rank first.
		prev := q.Previous
		if res.hasYear {
			prev = text.WithoutYears(prev) // "and in 2025?" replaces the year asked about
		}
		var demote []string
		if len(q.PreviousFacts) > 0 {
			demote = q.PreviousFacts[:1] // a follow-up asks for something new
		}
		if r2 := e.search(s, q.Text, prev, demote); r2.confident() &&
			(!res.confident() || short) {
			res = r2
			ans.Question = clipBytes(q.Text+" "+prev, maxRemembered)
		}
	}
	ans.Confidence = res.confidence
	if AsksOpinion(q.Text) {
		ans.Opinion, ans.Confidence = true, 0
		ans.Related = append(res.facts, res.related...)
		return ans
	}
	if res.confident() {
		ans.Facts = res.facts
	} else if res.unknown != "" {
		ans.Unknown = strings.TrimPrefix(res.unknown, "@")
	}
	ans.Related = res.related
	return ans
}

type result struct {
	facts      []*Fact
	related    []*Fact
	confidence float64
	coverage   float64
	subject    bool // the question names something the knowledge base knows, not just a year
	predicate  bool // what is asked about a name (trade, capacity, ...) is known, when anything is
	yearOK     bool // the fact covers the year asked about, if any
	amountOK   bool // a question for a figure ("how many", "turnover") gets a fact with one
	// referential: the question points back to the conversation ("it", "его", "orada", "онда").
	referential  bool
	contentUnits int // words that name a subject (not periods, numbers or hedges)
	hasYear      bool
	unknown      string // a name the question gives that no fact mentions
	candidates   []Candidate
}

func (r result) confident() bool {
	return r.subject && r.predicate && r.yearOK && r.amountOK && len(r.facts) > 0 &&
		r.confidence >= minConfidence && r.coverage >= minCoverage
}

// demotedScore is the share of its score a fact of the previous answer keeps in a follow-up.
const demotedScore = 0.5

func (e *Engine) search(s *scratch, msg, context string, demote []string) result {
	ix := e.ix
	units := e.analyze(s, msg)
	var res result
	res.referential = pointsBack(s.toks)
	amount := asksAmount(s.toks, msg) || e.namesAmount(units) && !asksGoal(s.toks)
	when := asksWhen(s.toks)
	for i := range units {
		if !units[i].Num && !units[i].concept {
			res.contentUnits++
		}
		if units[i].unknown != "" && res.unknown == "" {
			res.unknown = units[i].unknown
		}
	}
	if context != "" {
		reverse := asksReversal(s.toks)
		start := len(units)
		units = e.analyzeAppend(s, context, units, true)
		if reverse {
			// "and the other way round?": the previous question's flow, turned around,
			// is part of this question.
			for i := start; i < len(units); i++ {
				u := &units[i]
				if !(u.measure && u.concept) {
					continue
				}
				if id, ok := ix.vocab[text.OppositeDirection(ix.terms[u.term])]; ok {
					u.term, u.weight, u.context = id, ix.idf[id], false
				}
			}
		}
		s.units = units
	}
	var queryYears []int
	for i := range units {
		u := &units[i]
		if u.year != 0 {
			res.hasYear = true
			queryYears = append(queryYears, u.year)
		}
	}
	top := e.rank(s, units, maxFacts+4, rankOptions{demote: demote, years: queryYears})
	if len(top) == 0 {
		return res
	}
	// A fact that lacks a name the question gives ("Kazakh oil through BTC" against BTC's
	// total since 2006) is a worse answer than its words alone suggest.
	var toward []int32
	for i := range units {
		if units[i].measure && units[i].concept && !units[i].context {
			toward = append(toward, units[i].term)
		}
	}
	for i := range top {
		for _, t := range toward {
			if hasPosting(ix.postings[t], top[i].doc) {
				top[i].score *= directionBoost // "in Azerbaijan" is not "in Kazakhstan"
			}
		}
		if !e.coverage(units, top[i].doc).entities {
			top[i].score *= missingEntityPenalty
		}
		if amount && ix.amounts[top[i].doc] {
			top[i].score *= amountBoost // "how much" wants a figure, not the event around it
		}
		if when && ix.dated[top[i].doc] {
			top[i].score *= amountBoost // "when" wants the fact with the date
		}
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].score > top[j].score })
	if amount && !ix.amounts[top[0].doc] {
		// "How many agreements link Baku and Astana?" wants the fact with the figure, when one
		// is nearly as close as a fact that only mentions the same things.
		for i := 1; i < len(top); i++ {
			if ix.amounts[top[i].doc] && top[i].score >= amountPromotion*top[0].score && e.coverage(units, top[i].doc).entities {
				top[0], top[i] = top[i], top[0]
				break
			}
		}
	}
	best := top[0]
	var cv cover
	cv = e.coverage(units, best.doc)
	res.coverage, res.subject, res.predicate = cv.share, cv.subject, cv.predicate && cv.entities
	res.yearOK = len(queryYears) == 0 || anyIn(queryYears, ix.years[best.doc])
	res.amountOK = !amount || ix.amounts[best.doc]
	res.confidence = res.coverage * float64(best.score) / (float64(best.score) + scoreHalf)
	if s.explain {
		res.candidates = e.explainCandidates(units, top, queryYears, amount)
	}
	res.facts = append(res.facts, ix.facts[best.doc])
	for _, c := range top[1:min(len(top), maxFacts+2)] {
		cov := e.coverage(units, c.doc).share
		if len(res.facts) < maxFacts && c.score >= closeRatio*best.score && cov >= res.coverage-0.05 &&
			sameMeasure(ix.facts[best.doc], ix.facts[c.doc]) && (!amount || ix.amounts[c.doc]) {
			res.facts = append(res.facts, ix.facts[c.doc])
		} else {
			res.related = append(res.related, ix.facts[c.doc])
		}
	}
	return res
}

// rankOptions adjust ranking: facts to demote (the previous answer of a follow-up), years
// asked about (facts about other years rank lower), and whether quoted figures count.
type rankOptions struct {
	demote        []string
	years         []int
	ignoreFigures bool
}

// rank scores facts against the units of a question (BM25F over the postings of every known
// unit) and returns the best k.
func (e *Engine) rank(s *scratch, units []unit, k int, opt rankOptions) []scored {
	ix := e.ix
	for i := range units {
		u := &units[i]
		if u.term < 0 || opt.ignoreFigures && u.Num && u.year == 0 {
			continue
		}
		for _, p := range ix.postings[u.term] {
			if s.scores[p.doc] == 0 {
				s.touched = append(s.touched, p.doc)
			}
			s.scores[p.doc] += u.weight * p.weight
		}
	}
	for _, id := range opt.demote {
		if d, ok := ix.docOf[id]; ok {
			s.scores[d] *= demotedScore
		}
	}
	if len(opt.years) > 0 {
		for _, d := range s.touched {
			if !anyIn(opt.years, ix.years[d]) {
				s.scores[d] *= yearPenalty
			}
		}
	}
	top := topDocs(s, k)
	for _, d := range s.touched {
		s.scores[d] = 0
	}
	s.touched = s.touched[:0]
	return top
}

type scored struct {
	doc   int32
	score float32
}

func topDocs(s *scratch, k int) []scored {
	top := make([]scored, 0, k+1)
	for _, d := range s.touched {
		sc := s.scores[d]
		if len(top) == k && sc <= top[k-1].score {
			continue
		}
		i := sort.Search(len(top), func(i int) bool {
			return top[i].score < sc || top[i].score == sc && top[i].doc > d
		})
		top = append(top, scored{})
		copy(top[i+1:], top[i:])
		top[i] = scored{doc: d, score: sc}
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

// entityWeight makes names count more than common words: a question about China's trade
// is not answered by a fact about Azerbaijan's, however much else they share.
const entityWeight = 1.5

type cover struct {
	share     float64 // of the question's information (idf-weighted) the fact explains
	subject   bool    // some known word of the question is in the fact
	predicate bool    // a non-name word is matched, or the question has none ("What is BTC?")
	entities  bool    // every name in the question is in the fact: China's trade is not Azerbaijan's
	asks      bool    // the question has words besides names, years and figures
}

// coverage measures how much of a question a fact explains. Unknown words count fully
// against it: a question about something the base never mentions must not be answered by a
// fact that shares only its common words.
func (e *Engine) coverage(units []unit, doc int32) cover {
	ix := e.ix
	var total, matched float64
	var c cover
	predicates, predicatesMatched := 0, 0
	// Capitals stand for their countries when two of them are named together ("Baku and
	// Astana agreed…"); one alone is the city ("apartment prices in Baku").
	capitals := 0
	for i := range units {
		if _, ok := ix.standsFor[units[i].term]; ok && units[i].concept && !units[i].context {
			capitals++
		}
	}
	metonymy := capitals >= 2
	c.entities = true
	for i := range units {
		u := &units[i]
		if u.covered {
			continue // its concept unit speaks for it
		}
		scale := 1.0
		if u.context {
			scale = contextCoverage
		}
		switch {
		case u.year != 0:
			total += float64(ix.maxIDF) * scale
			if contains(ix.years[doc], u.year) {
				matched += float64(ix.maxIDF) * scale
			}
		case u.Num:
			// Other numbers (a figure the user quotes) neither help nor hurt an answer.
		case u.term < 0 && u.entity:
			total += float64(ix.maxIDF) * entityWeight * scale
			if !u.context {
				c.entities = false // a name the question gives that no fact has
			}
		case u.term < 0:
			total += float64(ix.maxIDF) * unknownWeight * scale
			if !u.context && !u.measure {
				predicates++
			}
		default:
			w, idf := float64(u.weight), float64(ix.idf[u.term])*scale
			if u.context {
				w = idf // the context counts in coverage at its own, smaller scale
			}
			// A unit ("dollars", "тонн") counts in coverage but is no subject of its own.
			isPredicate := !u.entity && !u.context && !u.measure
			if u.entity {
				w, idf = w*entityWeight, idf*entityWeight
			} else if isPredicate {
				predicates++
			}
			total += idf
			found := hasPosting(ix.postings[u.term], doc)
			if to, ok := ix.standsFor[u.term]; ok && !found && metonymy {
				found = hasPosting(ix.postings[to], doc) // "Baku and Astana" for the two countries
			}
			if found {
				matched += w
				c.subject = true
				if isPredicate {
					predicatesMatched++
				}
			} else if u.entity && !u.context {
				c.entities = false // a name the question gives; the context's may change
			}
		}
	}
	c.predicate = predicates == 0 || predicatesMatched > 0
	c.asks = predicates > 0
	if total > 0 {
		c.share = matched / total
	}
	return c
}

func hasPosting(ps []posting, doc int32) bool {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= doc })
	return i < len(ps) && ps[i].doc == doc
}

func anyIn(want, have []int) bool {
	for _, w := range want {
		if contains(have, w) {
			return true
		}
	}
	return false
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// analyze turns a question into units: stems of its words (read in both languages of their
// script), numbers and years, and the glossary concepts they name.
func (e *Engine) analyze(s *scratch, msg string) []unit {
	s.units = e.analyzeAppend(s, msg, s.units[:0], false)
	return s.units
}

// analyzeAppend adds the units of text to units. Units of the conversation's context (the
// previous question, for a follow-up) weigh less than the question's own.
func (e *Engine) analyzeAppend(s *scratch, msg string, units []unit, context bool) []unit {
	ix := e.ix
	s.toks = text.Tokenize(msg, s.toks[:0])
	start := len(units)
	for _, t := range s.toks {
		if len(units)-start == maxQueryUnits {
			break
		}
		if t.Sym || text.IsStopword(t.Text) || !t.Num && utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		u := unit{term: -1}
		if m := text.MonthOf(t.Text); m > 0 && !t.Num {
			// "январь", "Aug", "avqust", "тамыз" meet the months of a figure's period.
			u.Num = true
			u.variants[0] = monthToken(m)
			if id, ok := ix.vocab[u.variants[0]]; ok {
				u.term, u.weight = id, ix.idf[id]
			}
			units = append(units, u)
			continue
		}
		if !t.Num && (text.PeriodWords[t.Text] || text.BackWords[t.Text] || text.NumberWord(t.Text) != 0 || text.IsHedge(t.Text) || text.IsScale(t.Text)) {
			u.Num = true // says when or how many, not what: see coverage
			units = append(units, u)
			continue
		}
		if t.Num {
			u.Num = true
			u.variants[0] = t.Text
			if y := text.YearOf(t.Text); y != 0 {
				u.year = y
			}
		} else {
			ls := text.ScriptLangs(t.Text)
			u.variants[0] = ix.stem(ls[0], t.Text)
			if v := ix.stem(ls[1], t.Text); v != u.variants[0] {
				u.variants[1] = v
			}
		}
		e.resolve(&u, t.Text)
		u.exact = exactForm(t)
		u.measure = text.IsMeasureUnit(t.Text)
		u.start = ix.wordStart(t.Text)
		units = append(units, u)
	}
	// Glossary concepts: "БТД", "Baku–Tbilisi–Ceyhan" and "Bakı-Tbilisi-Ceyhan" all become @btc.
	n := len(units)
	variants := func(j int) [3]string {
		v := [3]string{units[j].variants[0], units[j].variants[1], units[j].exact}
		if units[j].term >= 0 && v[1] == "" {
			v[1] = ix.terms[units[j].term] // a typo-corrected word can still start a name
		}
		return v
	}
	for i := start; i < n; {
		found := longest(ix.matchPhrases(i, variants, n))
		if len(found) == 0 {
			i++
			continue
		}
		for _, p := range found {
			id, ok := ix.vocab[p.concept]
			if !ok && ix.entities[p.concept] {
				// A name no fact mentions (another country, say): the question is about
				// something the base has no figure for, whatever else it shares.
				units = append(units, unit{term: -1, concept: true, entity: true, unknown: p.concept})
				continue
			}
			if !ok || hasConcept(units, id) {
				continue
			}
			units = append(units, unit{term: id, weight: ix.idf[id], concept: true, entity: ix.entities[p.concept]})
		}
		for k := i; k < i+len(found[0].stems); k++ {
			units[k].covered = true
		}
		i += len(found[0].stems) // "Astana Times" is a newspaper, not the city inside it
	}
	// Words that only start with a glossary word count as that concept when no name matched them.
	for i := start; i < n; i++ {
		if units[i].covered || units[i].start == "" {
			continue
		}
		if id, ok := ix.vocab[units[i].start]; ok {
			units[i].covered = true
			if !hasConcept(units, id) {
				units = append(units, unit{term: id, weight: ix.idf[id] * prefixPenalty, concept: true, entity: ix.entities[units[i].start]})
			}
		}
	}
	// The country a flow goes to ("инвестиции в Казахстан", "Azərbaycana"): ranks, is no subject.
	text.Directions(s.toks, func(term string) {
		if id, ok := ix.vocab[term]; ok && !hasConcept(units[start:], id) {
			units = append(units, unit{term: id, weight: ix.idf[id], concept: true, measure: true})
		}
	})
	if context {
		for i := start; i < len(units); i++ {
			units[i].context = true
			units[i].weight *= contextWeight
		}
	}
	return units
}

// wordStart finds the longest Azerbaijani or Kazakh glossary word that begins a longer word.
func (ix *Index) wordStart(w string) string {
	for end := len(w); end > 0; end-- {
		if !utf8.RuneStart(w[end-1]) && end < len(w) {
			continue
		}
		if end < len(w) && !utf8.RuneStart(w[end]) {
			continue
		}
		if utf8.RuneCountInString(w[:end]) < 4 {
			break
		}
		if c, ok := ix.wordStarts[w[:end]]; ok {
			return c
		}
	}
	return ""
}

func hasConcept(us []unit, id int32) bool {
	for _, u := range us {
		if u.concept && u.term == id {
			return true
		}
	}
	return false
}

// resolve finds the index term of a unit: an exact stem, else a stem one typo away.
func (e *Engine) resolve(u *unit, word string) {
	ix := e.ix
	// Of the two readings (Russian or Kazakh, English or Azerbaijani), the one the knowledge
	// base uses more is more likely meant: "жылы" is Kazakh "year", not a rare Russian stem.
	for _, v := range u.variants {
		if v == "" {
			continue
		}
		if id, ok := ix.vocab[v]; ok && (u.term < 0 || len(ix.postings[id]) > len(ix.postings[u.term])) {
			u.term = id
		}
	}
	if u.term >= 0 {
		u.weight = ix.idf[u.term]
		return
	}
	if u.Num || utf8.RuneCountInString(word) < 4 {
		return
	}
	if id := ix.prefixMatch(u.variants); id >= 0 {
		u.term = id
		u.weight = ix.idf[id] * prefixPenalty
		return
	}
	if utf8.RuneCountInString(word) < 5 {
		return
	}
	best := int32(-1)
	var consider func(string)
	for _, v := range u.variants {
		if v == "" || utf8.RuneCountInString(v) < 5 {
			continue // one letter off a short stem is another word more often than a typo
		}
		target := v
		consider = func(key string) {
			for _, id := range ix.deletes[key] {
				// Shared deletions also pair words two edits apart. Typos rarely hit the first
				// letter, so two edits are accepted only when it agrees ("anakl" is not "canal").
				near := oneEditApart(target, ix.terms[id]) || sameFirstRune(target, ix.terms[id])
				if (best < 0 || len(ix.postings[id]) > len(ix.postings[best])) && near {
					best = id
				}
			}
		}
		consider(v)
		forDeletions(v, consider)
	}
	if best >= 0 {
		u.term = best
		u.weight = ix.idf[best] * fuzzyPenalty
	}
}

// prefixMatch finds the most frequent term that extends a stem or that the stem extends,
// both at least five letters long: "инвестировал" (инвест) meets "инвестиции" (инвестиц).
func (ix *Index) prefixMatch(variants [2]string) int32 {
	best := int32(-1)
	better := func(id int32) {
		if best < 0 || len(ix.postings[id]) > len(ix.postings[best]) {
			best = id
		}
	}
	for _, v := range variants {
		if utf8.RuneCountInString(v) < 5 {
			continue
		}
		for i := sort.SearchStrings(ix.terms, v); i < len(ix.terms) && strings.HasPrefix(ix.terms[i], v); i++ {
			better(int32(i))
		}
		for k := len(v) - 1; k > 0; k-- {
			if !utf8.RuneStart(v[k]) || utf8.RuneCountInString(v[:k]) < 5 {
				continue
			}
			if id, ok := ix.vocab[v[:k]]; ok {
				better(id)
			}
		}
	}
	return best
}

func asksAmount(toks []text.Token, msg string) bool {
	for i, t := range toks {
		if i+1 < len(toks) && text.UnitOf(toks[i+1].Text) == "times" {
			continue // "қанша есе", "во сколько раз": a multiple, often said in words ("to double")
		}
		if text.AmountWords[t.Text] {
			// Folded, Azerbaijani "neçə" (how many) and "necə" (how) are one word: written
			// with its diacritics, "necə" asks how, not how many.
			if t.Text == "nece" && strings.Contains(strings.ToLower(msg), "necə") {
				continue
			}
			return true
		}
	}
	return false
}

// sameMeasure reports facts on the same subject area (trade in 2024 and in January–August
// 2025; two sources' cargo volumes for 2022): a close second one is shown beside the best, so
// the user sees both figures rather than one picked silently. Close facts of another topic
// are offered as related questions instead.
func sameMeasure(a, b *Fact) bool { return a.Topic == b.Topic }

func pointsBack(toks []text.Token) bool { return text.HasWordIn(toks, text.BackWords) }

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

// amountConcepts are subjects that are figures by nature: a question about trade turnover
// asks for a number even without "how much" — unless it asks about a goal ("what is the trade
// target?"), which is a plan stated in words ("to double").
var amountConcepts = map[string]bool{"@trade-turnover": true}

func (e *Engine) namesAmount(units []unit) bool {
	for _, u := range units {
		if u.concept && !u.context && u.term >= 0 && amountConcepts[e.ix.terms[u.term]] {
			return true
		}
	}
	return false
}

func asksGoal(toks []text.Token) bool {
	for _, t := range toks {
		if !t.Num && text.HasPrefixIn(t.Text, text.GoalStems) {
			return true
		}
	}
	return false
}

// oneEditApart reports words that differ by one substitution, insertion, deletion or swap of
// neighbours (Damerau–Levenshtein distance 1).
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		var diff []int
		for i := range ra {
			if ra[i] != rb[i] {
				diff = append(diff, i)
			}
		}
		switch len(diff) {
		case 0, 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && ra[i] == rb[j] && ra[j] == rb[i]
		}
		return false
	case 1:
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i+1:]) == string(rb[i:])
	}
	return false
}

func sameFirstRune(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb
}

func asksWhen(toks []text.Token) bool { return text.HasWordIn(toks, text.WhenWords) }
