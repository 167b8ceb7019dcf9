package index

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

import (
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Unit is one reading of a question's word, number or name. Its fields are ordered by size,
// so that it has no padding (112 bytes): the index keeps one for every word of the
// base (see knownWords).
type Unit struct {
	Variants [2]string
	Exact    string // the word as written, for abbreviations (see exactForm)
	Start    string // concept of a glossary word this word starts with ("xərclənəcək" → @cost)
	Unknown  string // a glossary name no fact mentions ("@country-kg")
	Year     int
	Term     int32 // index term, -1 when the word is not in the knowledge base
	Weight   float32
	Num      bool
	Concept  bool
	Covered  bool  // explained by a glossary concept found in the question
	By       int32 // with Covered: the glossary term that explains the word, -1 when none the base knows
	Entity   bool  // a glossary name (country, company, pipeline), not a common word
	Context  bool  // from the previous question of a follow-up, not from this one
	Measure  bool  // a unit ("dollars", "тонн"): it ranks, but says nothing of the subject
	// Unseen: a long word the base never wrote that matched a term only through its clipped
	// stem ("Turkmenbashi" reads turkme, as Turkmen does): if it is a name, it is a stranger.
	Unseen bool
	// Soft: a verb of handling ("перевалил", "тасылды"), of where a thing lies
	// ("расположен", "yerləşir") or of a plan ("возможно", "mümkün"). A fact that uses it
	// answers what is asked; one that says it in other words ("carried", "at Alat", "could
	// be exported") may too.
	Soft bool
	// Typo: matched a term only as a typo of it. A name so matched ("Istanbul", one letter
	// from a stem of "istinad") is a name the base does not know.
	Typo bool
}

// Analyze turns a question into units: stems of its words (read in both languages of their
// script), numbers and years, and the glossary concepts they name.
func (ix *Index) Analyze(s *Scratch, msg string) []Unit {
	s.Units = ix.AnalyzeAppend(s, msg, s.Units[:0], false)
	return s.Units
}

// AnalyzeAppend adds the units of text to units. Units of the conversation's context (the
// previous question, for a follow-up) weigh less than the question's own.
func (ix *Index) AnalyzeAppend(s *Scratch, msg string, units []Unit, context bool) []Unit {
	s.Toks = text.Tokenize(msg, s.Toks[:0])
	start := len(units)
	for _, t := range s.Toks {
		if len(units)-start == maxQueryUnits {
			break
		}
		if u, ok := ix.wordUnit(t); ok {
			units = append(units, u)
		}
	}
	n := len(units)
	units = ix.appendConcepts(s, units, start, n)
	units = ix.appendWordStarts(units, start, n)
	units = ix.appendStopNames(units, start, s.Toks)
	units = ix.appendDirections(units, start, s.Toks)
	if context {
		for i := start; i < len(units); i++ {
			units[i].Context = true
			units[i].Weight *= contextWeight
		}
	}
	return units
}

// wordUnit reads one word: a month, a word that says when or how much, a number, or a word
// with its stems and index term. ok is false for a word that says nothing (a stopword, a sign).
// The words and numbers of the base were read when it was indexed.
func (ix *Index) wordUnit(t text.Token) (u Unit, ok bool) {
	if !t.Sym {
		known := ix.knownWords
		if t.Num {
			known = ix.knownNumbers
		}
		if i, found := known[t.Text]; found {
			if i < 0 {
				return Unit{}, false
			}
			return ix.known[i], true
		}
	}
	return ix.readWord(t)
}

// readKnownWords reads every word and number of the indexed texts as a question's word.
// Each word is kept once, in one block with its written form (see exactForm): "=word" is
// both the unit's Exact and, past its first byte, the word.
func (ix *Index) readKnownWords(b *builder) {
	var words []string
	seen := map[string]bool{}
	for _, ws := range b.words {
		for w := range ws {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	numbers := make([]string, 0, len(b.numbers))
	for w := range b.numbers {
		numbers = append(numbers, w)
	}
	exact := exactForms(words)
	ix.knownWords = make(map[string]int32, len(words))
	for i := range words {
		ix.knownWords[exact[i][1:]] = ix.keepUnit(text.Token{Text: exact[i][1:]}, exact[i])
	}
	ix.knownNumbers = make(map[string]int32, len(numbers))
	for _, w := range numbers {
		w = strings.Clone(w)
		ix.knownNumbers[w] = ix.keepUnit(text.Token{Text: w, Num: true}, w)
	}
	ix.known = slices.Clip(ix.known)
}

// keepUnit reads a word of the base and keeps its unit, with exact as its written form
// when it has one; it returns the unit's position in known, or -1 for a word that says nothing.
func (ix *Index) keepUnit(t text.Token, exact string) int32 {
	u, ok := ix.readWord(t)
	if !ok {
		return -1
	}
	if u.Exact != "" {
		u.Exact = exact // the same string, not a copy of its own
	}
	ix.known = append(ix.known, u)
	return int32(len(ix.known) - 1)
}

// exactForms writes "=" and each word, all in one string, and returns the slices of it.
func exactForms(words []string) []string {
	n := 0
	for _, w := range words {
		n += 1 + len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range words {
		b.WriteString("=")
		b.WriteString(w)
	}
	all, out := b.String(), make([]string, len(words))
	for i, w := range words {
		out[i], all = all[:1+len(w)], all[1+len(w):]
	}
	return out
}

func (ix *Index) readWord(t text.Token) (u Unit, ok bool) {
	if t.Sym || text.IsStopword(t.Text) || !t.Num && utf8.RuneCountInString(t.Text) < 2 {
		return u, false
	}
	u = Unit{Term: -1}
	if m := text.MonthOf(t.Text); m > 0 && !t.Num {
		// "январь", "Aug", "avqust", "тамыз" meet the months of a figure's period.
		u.Num = true
		u.Variants[0] = monthToken(m)
		if id, ok := ix.vocab[u.Variants[0]]; ok {
			u.Term, u.Weight = id, ix.idf[id]
		}
		// "Marta Kos" is a name that starts like a month: its word may still start one.
		u.Variants[1] = ix.stem(text.ScriptLangs(t.Text)[0], t.Text)
		u.Exact = exactForm(t)
		return u, true
	}
	if !t.Num && (text.PeriodWords[t.Text] || text.BackWords[t.Text] || text.NumberWord(t.Text) != 0 || text.IsHedge(t.Text) || text.IsScale(t.Text)) {
		u.Num = true // says when or how many, not what: see coverage
		return u, true
	}
	if t.Num {
		u.Num = true
		u.Variants[0] = t.Text
		if y := text.YearOf(t.Text); y != 0 {
			u.Year = y
		}
	} else {
		ls := text.ScriptLangs(t.Text)
		u.Variants[0] = ix.stem(ls[0], t.Text)
		if v := ix.stem(ls[1], t.Text); v != u.Variants[0] {
			u.Variants[1] = v
		}
	}
	ix.resolve(&u, t.Text)
	u.Unseen = u.Unseen || u.Term >= 0 && ix.unseenHead(t.Text)
	u.Exact = exactForm(t)
	u.Measure = text.IsMeasureUnit(t.Text)
	u.Soft = text.IsHandledVerb(t.Text) || text.IsLocatedWord(t.Text) || text.IsLightVerb(t.Text) || text.IsAskingHowWord(t.Text) || text.IsPlanWord(t.Text) || text.IsSlotWord(t.Text) ||
		text.HasPrefixIn(t.Text, text.RisingWords) || text.HasPrefixIn(t.Text, text.FallingWords) || // "өсті": a change, asked as such
		text.HasPrefixIn(t.Text, text.ArrivalWords) // "hansı terminala gəldi?": where it went, in the fact's own words
	u.Start = ix.wordStart(t.Text)
	return u, true
}

// appendConcepts adds the glossary concepts the words units[start:n] name: "БТД",
// "Baku–Tbilisi–Ceyhan" and "Bakı-Tbilisi-Ceyhan" all become @btc. The words of a name are
// covered by its concept.
func (ix *Index) appendConcepts(s *Scratch, units []Unit, start, n int) []Unit {
	variants := func(j int) [4]string {
		v := [4]string{units[j].Variants[0], units[j].Variants[1], units[j].Exact}
		// A word corrected for a typo can still start a name: one with a single reading
		// ("Kuriq"), or a long one ("Мендиратта"); a short word with two readings is likelier
		// another word than a name ("турист" is no "Түркия").
		if t := units[j].Term; t >= 0 && ix.terms[t] != v[0] && ix.terms[t] != v[1] &&
			(v[1] == "" || utf8.RuneCountInString(v[2]) >= longWord) {
			v[3] = ix.terms[t]
		}
		return v
	}
	asWritten := func(j int) [4]string {
		v := variants(j)
		v[3] = ""
		return v
	}
	for i := start; i < n; {
		// A word that is a name as written is not read as a typo of another name too:
		// "metastudy" is a study, not also "metal" one letter off its stem.
		s.found = ix.matchPhrases(s.found[:0], i, asWritten, n)
		if len(s.found) == 0 {
			s.found = ix.matchPhrases(s.found[:0], i, variants, n)
		}
		found := ix.namesFirst(longest(s.found, strings.TrimPrefix(units[i].Exact, "=")))
		if len(found) == 0 {
			i++
			continue
		}
		for _, p := range found {
			id, ok := ix.vocab[p.concept]
			if !ok {
				// A glossary name or subject no fact mentions (another country, oil production,
				// a company's director): the question is about something the base has no
				// figure for, whatever else it shares.
				units = append(units, Unit{Term: -1, Concept: true, Entity: true, Unknown: p.concept})
				continue
			}
			if !ok || HasConcept(units, id) {
				continue
			}
			units = append(units, Unit{Term: id, Weight: ix.idf[id], Concept: true, Entity: ix.entities[p.concept]})
		}
		by, ok := ix.vocab[found[0].concept]
		if !ok {
			by = -1
		}
		for k := i; k < i+len(found[0].stems); k++ {
			units[k].Covered, units[k].By = true, by
		}
		i += len(found[0].stems) // "Astana Times" is a newspaper, not the city inside it
	}
	return units
}

// namesFirst keeps, of the one-word matches of a word, the name whose stem another word
// shares when the word is written as that name: "Грузии" is Georgia, not "груз" (cargo).
// A longer name of a concept wins over a word that names a concept too: "контейнер
// пойыздары" is container trains, though "контейнер" alone is written as a name of containers.
// A thing's longer name does not ("инвестициялық форумы" is the Tashkent forum as much as the
// EU's investors forum of that name), nor does a thing's word yield ("Ташкент").
func (ix *Index) namesFirst(found []phrase) []phrase {
	longer := slices.ContainsFunc(found, func(p phrase) bool { return len(p.stems) > 1 && !ix.entities[p.concept] })
	for i, p := range found {
		if len(p.stems) == 1 && p.noTypos && p.surface != "" && !(longer && !ix.entities[p.concept]) {
			return found[i : i+1]
		}
	}
	return found
}

// appendStopNames adds the concepts of two-word names that begin with a word folded to another
// language's stopword ("iş yeri" → @employment; see Index.stopNames).
func (ix *Index) appendStopNames(units []Unit, start int, toks []text.Token) []Unit {
	if len(ix.stopNames) == 0 {
		return units
	}
	for i := 0; i+1 < len(toks); i++ {
		if !ix.stopFirst[toks[i].Text] || toks[i+1].Num {
			continue
		}
		for _, l := range text.ScriptLangs(toks[i+1].Text) {
			c, ok := ix.stopNames[toks[i].Text+" "+ix.stem(l, toks[i+1].Text)]
			if !ok {
				continue
			}
			if id, known := ix.vocab[c]; !known {
				units = append(units, Unit{Term: -1, Concept: true, Entity: true, Unknown: c})
			} else if !HasConcept(units[start:], id) {
				units = append(units, Unit{Term: id, Weight: ix.idf[id], Concept: true, Entity: ix.entities[c]})
			}
			break
		}
	}
	return units
}

// appendWordStarts: words of units[start:n] that only start with a glossary word count as
// that concept when no name matched them ("xərclənəcək" → @cost).
func (ix *Index) appendWordStarts(units []Unit, start, n int) []Unit {
	for i := start; i < n; i++ {
		if units[i].Covered || units[i].Start == "" {
			continue
		}
		if id, ok := ix.vocab[units[i].Start]; ok {
			units[i].Covered, units[i].By = true, id
			if !HasConcept(units, id) {
				units = append(units, Unit{Term: id, Weight: ix.idf[id] * prefixPenalty, Concept: true, Entity: ix.entities[units[i].Start]})
			}
		}
	}
	return units
}

// appendDirections adds the country a flow goes to ("инвестиции в Казахстан", "Azərbaycana"):
// it ranks, but is no subject.
func (ix *Index) appendDirections(units []Unit, start int, toks []text.Token) []Unit {
	text.Directions(toks, func(term string) {
		if id, ok := ix.vocab[term]; ok && !text.RouteEnd(term) && !HasConcept(units[start:], id) {
			units = append(units, Unit{Term: id, Weight: ix.idf[id], Concept: true, Measure: true})
		}
	})
	return units
}

// wordStart finds the longest Azerbaijani or Kazakh glossary word that begins a longer word.
func (ix *Index) wordStart(w string) string {
	for end := len(w); end > 0; end-- {
		if end < len(w) && !utf8.RuneStart(w[end]) {
			continue // inside a letter of two bytes (Cyrillic): "Ақтауды" starts with "ақтау"
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

// HasConcept reports units naming the glossary concept id.
func HasConcept(us []Unit, id int32) bool {
	for _, u := range us {
		if u.Concept && u.Term == id {
			return true
		}
	}
	return false
}

// unseenLen is the length from which a word's stem is clipped well short of it (stems keep
// six letters), so that a name unknown to the base may share the stem of one it knows.
const unseenLen = 9

// resolve finds the index term of a unit: an exact stem, else a stem one typo away.
func (ix *Index) resolve(u *Unit, word string) {
	if id := ix.exactMatch(u.Variants); id >= 0 {
		u.Term, u.Weight = id, ix.idf[id]
		return
	}
	if u.Num || utf8.RuneCountInString(word) < 4 {
		return
	}
	if id := ix.breveMatch(word); id >= 0 {
		u.Term, u.Weight = id, ix.idf[id]
		return
	}
	if id := ix.prefixMatch(u.Variants); id >= 0 && !otherThanUnit(word, ix.terms[id]) {
		u.Term = id
		u.Weight = ix.idf[id] * prefixPenalty
		return
	}
	if utf8.RuneCountInString(word) < 5 {
		return
	}
	// A verb with a prefix the base uses without: "отремонтировали" is about "ремонт".
	for _, l := range text.ScriptLangs(word) {
		text.VerbRoots(l, word, func(root string) bool {
			stem := ix.stem(l, root)
			if utf8.RuneCountInString(stem) < 5 {
				return false // "доходит" is not about "ход": a short root is another word's
			}
			if id := ix.exactMatch([2]string{stem}); id >= 0 {
				u.Term, u.Weight = id, ix.idf[id]*prefixPenalty
			}
			return u.Term >= 0
		})
	}
	if u.Term >= 0 {
		return
	}
	if id := ix.typoMatch(u.Variants, utf8.RuneCountInString(word)); id >= 0 && !otherThanUnit(word, ix.terms[id]) {
		u.Term = id
		u.Weight = ix.idf[id] * fuzzyPenalty
		u.Typo = true // if it is a name, it is a stranger: "Istanbul" is no "istinad"
	}
}

// exactMatch finds the term of a stem. Of the two readings (Russian or Kazakh, English or
// Azerbaijani), the one the knowledge base uses more is more likely meant: "жылы" is Kazakh
// "year", not a rare Russian stem.
func (ix *Index) exactMatch(variants [2]string) int32 {
	best := int32(-1)
	for _, v := range variants {
		if v == "" {
			continue
		}
		if id, ok := ix.vocab[v]; ok && (best < 0 || ix.DocFreq(id) > ix.DocFreq(best)) {
			best = id
		}
	}
	return best
}

// typoMatch finds the most frequent term one typo away from a stem of five letters or more
// (symmetric delete: both sides lose a letter).
func (ix *Index) typoMatch(variants [2]string, letters int) int32 {
	best, bestRank := int32(-1), 0
	consider := func(target string, ids []int32) {
		for _, id := range ids {
			// Typos rarely hit the first letter: a word that differs there is another word
			// ("отремонтировали" is not "стремится"), unless one only adds a letter before
			// the other ("смотреть", "осмотрел"). Shared deletions also pair words two edits
			// apart, which only a long word makes likely a typo ("Кашаган" is no "канша").
			term := ix.terms[id]
			if text.IsStopword(term) {
				continue // "Кашаган" is not "қашан" (when), whatever their letters
			}
			if n := utf8.RuneCountInString(target); letters > n+2 && sharedStart(target, term) >= n-1 && !ix.isEntityName(term) {
				// A long word's stem is clipped ("portfolio" reads "portf"), so its last letter
				// is where the clip fell: a common word differing only there ("port") is one it
				// merely starts like, no typo of it. A name may be misspelt anywhere
				// ("Sengacala", Səngəçal).
				continue
			}
			one := oneEditApart(target, term)
			near := one || sameFirstRune(target, term) && letters >= longWord
			near = near && (sameFirstRune(target, term) || letterBefore(target, term) || letterBefore(term, target))
			if !near {
				continue
			}
			// One typo is likelier than two ("Мендиратта" is "Мехндиратта", not "менеджер");
			// typos fall late in a word more often than early: of two words one typo away,
			// the one that keeps more of the start is meant ("desinged" is "design", not the
			// Azerbaijani "daşın" its other reading is one letter from); then the commoner.
			rank := sharedStart(target, term)
			if one {
				rank += oneEditRank
			}
			if best < 0 || rank > bestRank || rank == bestRank && ix.DocFreq(id) > ix.DocFreq(best) {
				best, bestRank = id, rank
			}
		}
	}
	var arr [64]byte
	var found [16]int32
	for _, v := range variants {
		if v == "" || utf8.RuneCountInString(v) < 5 {
			continue // one letter off a short stem is another word more often than a typo
		}
		consider(v, ix.deletes.appendStems(found[:0], append(arr[:0], v...), ix.terms))
		// Every deletion of one letter, built in place (a doubled letter gives one).
		prev := -1
		for i, r := range v {
			if prev < 0 || !sameDeletion(v, prev, i) {
				del := append(append(arr[:0], v[:i]...), v[i+utf8.RuneLen(r):]...)
				consider(v, ix.deletes.appendStems(found[:0], del, ix.terms))
			}
			prev = i
		}
	}
	return best
}

// isEntityName reports the stem of a one-word name of a glossary entity (a place, a
// company): names are misspelt anywhere, common words are not worth the guess.
func (ix *Index) isEntityName(stem string) bool {
	return slices.ContainsFunc(ix.phrases[stem], func(p phrase) bool { return len(p.stems) == 1 && ix.entities[p.concept] })
}

// oneEditRank ranks a word one typo away above any two away, whatever they share.
const oneEditRank = 1000

// sharedStart counts the letters two words share from their start.
func sharedStart(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, wa := utf8.DecodeRuneInString(a)
		rb, wb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n, a, b = n+1, a[wa:], b[wb:]
	}
	return n
}

// longWord is the length from which a word may carry two typos.
const longWord = 8

// letterBefore reports that b is a with one more letter in front.
func letterBefore(a, b string) bool {
	_, w := utf8.DecodeRuneInString(b)
	return len(b) > w && b[w:] == a
}

// prefixMatch finds the most frequent term that extends a stem or that the stem extends,
// both at least five letters long: "инвестировал" (инвест) meets "инвестиции" (инвестиц).
func (ix *Index) prefixMatch(variants [2]string) int32 {
	best := int32(-1)
	better := func(id int32) {
		if best < 0 || ix.DocFreq(id) > ix.DocFreq(best) {
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

// oneEditApart reports words that differ by one substitution, insertion, deletion or swap of
// neighbours (Damerau–Levenshtein distance 1).
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		diffs, first, second := 0, -1, -1
		for i := range ra {
			if ra[i] != rb[i] {
				diffs++
				if first < 0 {
					first = i
				} else if second < 0 {
					second = i
				}
			}
		}
		switch diffs {
		case 0, 1:
			return true
		case 2:
			i, j := first, second
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

// otherThanUnit reports a unit word in a case form ("avronu", euros) matched to the stem of a
// word that is no such unit ("avrop", Europe): a letter off a unit is not another word.
func otherThanUnit(word, term string) bool {
	return text.UnitOf(word) != "" && text.NotUnitStem(term)
}

// breveMatch finds the term of a Cyrillic word typed with и for a closing й ("мұнаи" for
// "мұнай", "новыи"), a slip of phone keyboards: the stemmer reads й endings, so the word is
// stemmed again with its breve. It returns -1 when that finds nothing.
func (ix *Index) breveMatch(word string) int32 {
	r, w := utf8.DecodeLastRuneInString(word)
	if r != 'и' || w >= len(word) {
		return -1
	}
	before, _ := utf8.DecodeLastRuneInString(word[:len(word)-w])
	if !strings.ContainsRune("аеиоуыэюяaеоу", before) {
		return -1 // "жылдары", "мемлекетаралық" end in и of their own
	}
	fixed := word[:len(word)-w] + "й"
	for _, l := range text.ScriptLangs(fixed) {
		if id, ok := ix.vocab[ix.stem(l, fixed)]; ok {
			return id
		}
	}
	return -1
}
