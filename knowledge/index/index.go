// Package index is the retrieval structure over a knowledge base: every fact's words (stems
// in the language of each text), glossary concepts and directions as postings with dense
// term ids, weighted by BM25F over the fields questions, text and entities; the glossary's
// names as phrases (with the countries CLDR names besides); typo and prefix lookup. A text is
// read into units (Analyze), which Rank scores and Coverage measures against one fact.
//
// Built for speed by its layout, not by tuning: terms and facts are dense integer ids; all
// postings lie in one array, term after term; a term with a long list is also a set of facts
// (a bit per fact), and so are the facts of each year, so the checks of ranking and coverage
// are one bit test; every word and number of the base is read once, at build, as a question
// reads it; ranking adds postings into a score array reused from query to query (Scratch) and
// allocates nothing. The build streams: no map per fact or per token.
package index

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge"
)

// BM25F parameters. Field weights say how much a match counts where it is found: the
// questions people ask weigh most, the answer texts less, the declared entities least.
const (
	bm25K1         = 1.2
	bm25B          = 0.75
	weightQuestion = 1.0
	weightText     = 0.6
	weightEntity   = 0.6
	fuzzyPenalty   = 0.7 // a word matched only through a typo correction counts less
	prefixPenalty  = 0.8 // a word matched through a shorter or longer form of its stem
)

type field int

const (
	fieldQuestions field = iota
	fieldText
	fieldEntities
	numFields
)

var fieldWeights = [numFields]float64{weightQuestion, weightText, weightEntity}

// phrase is a glossary name as a sequence of stems, leading to a concept token "@id".
type phrase struct {
	stems   []string
	concept string
	// surface is a one-word name as written (folded): a word matches it by stem only when it
	// also looks like it, so "transcaspian" does not become "Transcaucasia" (both "transc").
	surface string
	// noTypos: the name's stem is also another word's (see markSharedStems), or it is a short
	// common word ("завод", "port"), whose neighbours one letter away are other words
	// ("заход"), not typos.
	noTypos bool
	// common: a name of a concept or measure (a common word), not of an entity.
	common bool
}

// Index is the retrieval structure over a knowledge base, built once at start-up.
type Index struct {
	// glossary is the knowledge base's glossary and the countries CLDR names besides.
	glossary []*knowledge.Term
	facts    []*knowledge.Fact
	vocab    map[string]int32
	idf      []float32
	// Postings: every term's weights (saturated BM25F term frequency, ready to multiply by
	// idf) and facts, term after term, each term's in fact order: term id's are at
	// listAt[id]:listAt[id+1]. Weights and facts lie in arrays of their own, a fact in two
	// bytes (docs16) while a base has at most 65,536 facts, else in four (docs32): at 10,000
	// facts a posting takes 6 bytes, not 8 in a struct of an int32 and a float32.
	weights []float32
	docs16  []uint16
	docs32  []int32
	listAt  []int32
	// sets holds the facts of each term with a long list as a set (a bit per fact), else nil.
	sets [][]uint64
	// deletes finds the stems a string is one deleted letter of, so a query word with one
	// typo still finds its stem.
	deletes deletions
	phrases map[string][]phrase
	// years holds the years the figures or events of each fact refer to, fact after fact:
	// fact d's are years[yearsAt[d]:yearsAt[d+1]] (one array, not a slice per fact). yearDocs
	// holds, per year, the set of facts that refer to it (a bit per fact).
	years    []int
	yearsAt  []int32
	yearDocs map[int][]uint64
	// amounts tells, per fact, whether it states an amount (not only a year); dated, whether
	// it gives a year or a date of its own (a launch, an event).
	amounts []bool
	dated   []bool
	// knownWords and knownNumbers hold how each word and number of the base reads in a
	// question (see wordUnit): the position of its unit in known, or -1 for a word that says
	// nothing (a stopword).
	knownWords, knownNumbers map[string]int32
	known                    []Unit
	// stems caches the stems of every word seen in the knowledge base, per language; once
	// the words of the base are read, only those of the other words (see pruneStems).
	stems    [4]map[string]string // one per language, in the order of text.Langs
	terms    []string
	maxIDF   float32
	entities map[string]bool // concept tokens of glossary entities (names, not common words)
	// standsFor gives, by term, the term an entity's concept may stand for (@baku →
	// @azerbaijan), or -1.
	standsFor []int32
	// wordStarts maps folded one-word Azerbaijani and Kazakh names to their concept, for words
	// that extend them with endings no stemmer predicts: "xərc" in "xərclənəcək".
	wordStarts map[string]string
	// stopNames are two-word glossary names whose first word is a stopword ("how old", "iş
	// yeri", jobs: "iş" folds to the English "is"), keyed by that word and the stem of the
	// next: dropped with the stopwords, the name would be any "old", any "yeri" (place).
	stopNames map[string]string
	stopFirst map[string]bool // the first words of stopNames, so that most stopwords cost one lookup
	// places lists, by the term of a country, the terms of the places the glossary puts in
	// it (see knowledge.Term.Country).
	places map[int32][]int32
	// byID lists the facts in the order of their ids (facts that share an id in their own
	// order, so that docOf finds the last, as the map it replaced did): a fact is found by
	// its id in a binary search, with no map of 10,000 ids.
	byID []int32
	// termByID holds every glossary term by id, CLDR countries included; measures the concept
	// terms of kind measure ("@export").
	termByID map[string]*knowledge.Term
	measures map[string]bool
	// ordinals holds, per fact, the ordinals its texts name ("the second meeting"), a bit per
	// number (see text.Ordinals).
	ordinals []text.OrdinalSet
	// traits are what each fact's English text tells besides its words: a start ("began",
	// "launched"), a reason ("due to"), a place ("based in Baku").
	traits []trait
	// titles holds the terms of the names each source's title gives, and titleOf, per fact,
	// the position of its source's in titles (-1 for most): they count as names the fact
	// gives, but not in its ranking.
	titles  [][]int32
	titleOf []int32
	// publisher is, per fact, the glossary id of its source's publisher ("trend-news-agency"),
	// or "": "SOCAR says…" names who tells the figure, not another actor.
	publisher []string
	// heads holds the first headLen letters of every long word of the base: a question's long
	// word with a head the base never wrote is no word of the base, whatever its stem.
	heads map[string]struct{}
}

// headLen is two letters past a stem (six): "turkmenb" is not "turkmeni", though both stem to
// turkme, while "moderniza" (Azerbaijani) meets "modernization".
const headLen = 8

func head(w string) (string, bool) {
	n := 0
	for i := range w {
		if n == headLen {
			return w[:i], true
		}
		n++
	}
	return w, n == headLen
}

func wordHeads(stems []map[string]string) map[string]struct{} {
	heads := map[string]struct{}{}
	for _, m := range stems {
		for w := range m {
			if h, ok := head(w); ok {
				heads[h] = struct{}{}
			}
		}
	}
	return heads
}

// unseenHead reports a long word whose head the base never wrote.
func (ix *Index) unseenHead(w string) bool {
	h, ok := head(w)
	if !ok || utf8.RuneCountInString(w) < unseenLen {
		return false
	}
	_, seen := ix.heads[h]
	return !seen
}

// stem returns the stem of a folded word in a language, from the cache or the unit of a word
// of the base when possible.
func (ix *Index) stem(lang text.Lang, w string) string {
	if s, ok := ix.stems[text.LangIndex(lang)][w]; ok {
		return s
	}
	if s, ok := ix.knownStem(lang, w); ok {
		return s
	}
	return text.Stem(lang, w)
}

// knownStem is the stem of a word of the base in a language of its script, as its unit holds
// it (see readWord): its first reading, and its second when that differs.
func (ix *Index) knownStem(lang text.Lang, w string) (string, bool) {
	i, ok := ix.knownWords[w]
	if !ok || i < 0 || ix.known[i].Variants[0] == "" {
		return "", false
	}
	u := &ix.known[i]
	switch ls := text.ScriptLangs(w); lang {
	case ls[0]:
		return u.Variants[0], true
	case ls[1]:
		if u.Variants[1] != "" {
			return u.Variants[1], true
		}
		return u.Variants[0], true
	}
	return "", false
}

// pruneStems drops from the cache of stems what the units of the words of the base hold
// (see knownStem): once they are read, the cache is needed only for the other words it
// holds (of glossary names), and the base's words would be kept twice.
func (ix *Index) pruneStems() {
	for li, m := range ix.stems {
		kept := map[string]string{}
		for w, s := range m {
			if _, known := ix.knownStem(text.Langs[li], w); !known {
				kept[w] = s
			}
		}
		ix.stems[li] = kept
	}
}

func (ix *Index) stemCached(lang text.Lang, w string) string {
	m := ix.stems[text.LangIndex(lang)]
	if s, ok := m[w]; ok {
		return s
	}
	w = strings.Clone(w) // kept: not the text it was read from (see text.Tokenize)
	s := text.Stem(lang, w)
	m[w] = s
	return s
}

// stemBothReadings caches the stem of every word of the base in the other language of its
// script too, since a question's word is read both ways (Russian and Kazakh, English and
// Azerbaijani): a question in the words of the base is then stemmed without a stemmer.
func (ix *Index) stemBothReadings() {
	for li, m := range ix.stems {
		for w := range m {
			for _, l := range text.ScriptLangs(w) {
				if o := text.LangIndex(l); o != li {
					if _, ok := ix.stems[o][w]; !ok {
						ix.stems[o][w] = text.Stem(l, w)
					}
				}
			}
		}
	}
}

// NewIndex builds the index of a knowledge base. The build streams: each fact's terms get
// provisional dense ids and are counted per field in arrays indexed by id (no map per fact or
// per token); a fact's counts go to one flat list, weighted once every fact's length is known,
// then laid out as postings in one array by term, in sorted term order.
func NewIndex(kb *knowledge.KB) *Index {
	ix := &Index{
		facts:      kb.Facts,
		phrases:    map[string][]phrase{},
		entities:   map[string]bool{},
		wordStarts: map[string]string{},
		stopNames:  map[string]string{},
		stopFirst:  map[string]bool{},
		yearsAt:    make([]int32, 1, len(kb.Facts)+1),
		yearDocs:   map[int][]uint64{},
	}
	for i := range ix.stems {
		ix.stems[i] = map[string]string{}
	}
	terms := withTurkishSpellings(kb.Terms)
	ix.addGlossary(terms)
	b := newBuilder(ix, len(kb.Facts))
	read := tokenizeFacts(kb.Facts)
	for d, f := range kb.Facts {
		toks := <-read.ready
		b.addDoc(f, kb.Sources[f.Source], toks)
		read.free <- toks
		ix.addAttributes(int32(d), f)
	}
	// Other countries are named after the facts are indexed, and only by names that are no
	// word of the base ("Кения" stems to "кен", the Kazakh for a mineral deposit).
	countries := ix.withoutBaseWords(countryTerms(kb.Terms), b.ids)
	ix.addGlossary(countries)
	ix.setGlossary(append(terms, countries...))
	b.finish()
	ix.years = slices.Clip(ix.years)
	ix.setIDs()
	ix.setTitleNames(b.titles)
	ix.ordinals, ix.traits = b.ordinalsOf, b.traitsOf
	ix.stemBothReadings()
	ix.markSharedStems()
	ix.heads = wordHeads(ix.stems[:])
	ix.readKnownWords(b)
	ix.pruneStems()
	ix.standsFor = make([]int32, len(ix.terms))
	for i := range ix.standsFor {
		ix.standsFor[i] = -1
	}
	for _, t := range kb.Terms {
		from, ok1 := ix.vocab["@"+t.ID]
		to, ok2 := ix.vocab["@"+t.StandsFor]
		if t.StandsFor != "" && ok1 && ok2 {
			ix.standsFor[from] = to
		}
		place, ok1 := ix.vocab["@"+t.ID]
		country, ok2 := ix.vocab["@"+t.Country]
		if t.Country != "" && ok1 && ok2 {
			if ix.places == nil {
				ix.places = map[int32][]int32{}
			}
			ix.places[country] = append(ix.places[country], place)
		}
	}
	return ix
}

// inPlaceOf reports a document that names a place lying in the country term id.
func (ix *Index) inPlaceOf(id, doc int32) bool {
	for _, p := range ix.places[id] {
		if ix.has(p, doc) {
			return true
		}
	}
	return false
}

// builder streams the facts into postings.
type builder struct {
	ix    *Index
	ids   map[string]int32 // provisional id of every term, in order of first use
	names []string         // the term of each provisional id
	// counts of the current fact, per field, by provisional id; inDoc lists the ids it uses.
	counts [numFields][]uint16
	inDoc  []int32
	length [numFields]float64
	// entries holds every fact's terms with their counts, fact after fact; fact d's end at
	// ends[d]; lengths[d] are its field lengths.
	entries chunks
	ends    []int32
	lengths [][numFields]float32
	// ordinals are those the current fact's texts name, and ordinalsOf those of every fact.
	ordinals   text.OrdinalSet
	ordinalsOf []text.OrdinalSet
	// traits are what the current fact's English text tells (see Index.traits); traitsOf,
	// every fact's.
	traits   trait
	traitsOf []trait
	ws       []*word
	found    []phrase
	// words caches the reading of every word, per language; numbers, of every number.
	words   [4]map[string]*word
	numbers map[string]*word
	// titleOf caches the names each source's title gives; titles lists them by fact.
	titleOf map[*knowledge.Source][]string
	titles  [][]string
}

// chunks holds entries in blocks of a fixed size: growing never copies them.
type chunks struct {
	c [][]entry
	n int
}

const chunkSize = 1 << 16

func (c *chunks) add(e entry) {
	if c.n%chunkSize == 0 {
		c.c = append(c.c, make([]entry, 0, chunkSize))
	}
	last := &c.c[len(c.c)-1]
	*last = append(*last, e)
	c.n++
}

func (c *chunks) at(i int32) entry { return c.c[i/chunkSize][i%chunkSize] }

// entry is a term of a fact with its count in each field, held at most 255: BM25 saturates
// long before, and eight bytes an entry instead of twelve keep the build's peak lower.
type entry struct {
	term  int32
	count [numFields]uint8
}

func newBuilder(ix *Index, docs int) *builder {
	return &builder{ix: ix, ids: map[string]int32{}, ends: make([]int32, 0, docs),
		lengths: make([][numFields]float32, 0, docs)}
}

// id is the provisional id of a term.
func (b *builder) id(term string) int32 {
	id, ok := b.ids[term]
	if !ok {
		term = strings.Clone(term) // kept as the vocabulary: not the text it was read from
		id = int32(len(b.names))
		b.ids[term] = id
		b.names = append(b.names, term)
		for i := range b.counts {
			b.counts[i] = append(b.counts[i], 0)
		}
	}
	return id
}

// count adds one occurrence of a term to a field of the current fact.
func (b *builder) count(fi field, term string) { b.countID(fi, b.id(term)) }

func (b *builder) countID(fi field, id int32) {
	if b.counts[0][id] == 0 && b.counts[1][id] == 0 && b.counts[2][id] == 0 {
		b.inDoc = append(b.inDoc, id)
	}
	b.counts[fi][id]++
}

// addDoc counts the words of a fact in its fields: the questions people ask, the answer
// texts, and the entities it names (its source's publisher and the months of its periods too).
func (b *builder) addDoc(f *knowledge.Fact, src *knowledge.Source, ft *factTokens) {
	b.length = [numFields]float64{}
	part := 0
	for _, l := range text.Langs {
		toks := ft.part(part)
		part++
		b.addField(fieldText, l, toks)
		b.ordinals |= text.Ordinals(toks)
		if l == text.EN {
			b.traits |= traitsIn(toks, englishTraits)
			if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Num && text.YearOf(t.Text) != 0 }) {
				b.traits |= namesYear
			}
		}
		b.traits |= traitsIn(toks, anyLangTraits)
		for range f.Questions[l] {
			b.addField(fieldQuestions, l, ft.part(part))
			part++
		}
	}
	entities := f.Entities
	if src != nil && src.Entity != "" {
		entities = append(entities[:len(entities):len(entities)], src.Entity) // "according to the Astana Times"
	}
	for _, e := range entities {
		b.count(fieldEntities, "@"+e)
		b.length[fieldEntities]++
	}
	b.titles = append(b.titles, nil)
	b.ix.publisher = append(b.ix.publisher, "")
	if src != nil {
		b.titles[len(b.titles)-1] = b.titleNames(src)
		b.ix.publisher[len(b.ix.publisher)-1] = src.Entity
	}
	for _, m := range knowledge.FactMonths(f) {
		b.count(fieldEntities, monthToken(m))
	}
	for _, id := range b.inDoc {
		e := entry{term: id}
		for fi := range b.counts {
			e.count[fi] = uint8(min(b.counts[fi][id], 255))
			b.counts[fi][id] = 0
		}
		b.entries.add(e)
	}
	b.inDoc = b.inDoc[:0]
	b.ends = append(b.ends, int32(b.entries.n))
	b.ordinalsOf = append(b.ordinalsOf, b.ordinals)
	b.traitsOf = append(b.traitsOf, b.traits)
	b.ordinals, b.traits = 0, 0
	var l [numFields]float32
	for i := range l {
		l[i] = float32(b.length[i]) // a count of words: exact in a float32
	}
	b.lengths = append(b.lengths, l)
}

// word is what the build knows of a word of a language: whether it is a stopword, its stem
// and that stem's provisional id, its form as written (for abbreviations), and the glossary
// names that start with either.
type word struct {
	stem, exact     string
	id              int32 // provisional id of the stem; -1 for an empty stem
	stop            bool
	byStem, byExact []phrase
}

// word reads a token once per language: later occurrences cost one map lookup.
func (b *builder) word(lang text.Lang, words *map[string]*word, t text.Token) *word {
	cache := words
	if t.Num {
		cache = &b.numbers // a number is itself in every language
	}
	if w, ok := (*cache)[t.Text]; ok {
		return w
	}
	t.Text = strings.Clone(t.Text) // kept by the cache (see builder.folded)
	w := &word{id: -1}
	switch {
	case t.Num:
		w.stem, w.exact = t.Text, t.Text
	case text.IsStopword(t.Text):
		w.stop = true
	default:
		w.stem, w.exact = b.ix.stemCached(lang, t.Text), exactForm(t)
	}
	if !w.stop {
		if w.stem != "" {
			w.id = b.id(w.stem)
			w.byStem = ofForm(b.ix.phrases[w.stem], strings.TrimPrefix(w.exact, "="))
		}
		w.byExact = ofForm(b.ix.phrases[w.exact], strings.TrimPrefix(w.exact, "="))
	}
	if *cache == nil {
		*cache = map[string]*word{}
	}
	(*cache)[t.Text] = w
	return w
}

// addField adds the stems of one text to a document field, with glossary concepts.
func (b *builder) addField(fi field, lang text.Lang, toks []text.Token) {
	words := &b.words[text.LangIndex(lang)]
	ws, names := b.readWords(toks, b.ws[:0], func(t text.Token) *word { return b.word(lang, words, t) })
	b.ws = ws
	for _, w := range ws {
		if w.id >= 0 {
			b.countID(fi, w.id)
			b.length[fi]++
		}
	}
	if fi == fieldText {
		// Only the answer texts say authoritatively which way a flow goes; the questions
		// people ask are paraphrases and would blur it.
		text.Directions(toks, func(term string) {
			if !text.RouteEnd(term) {
				b.count(fi, term)
			}
		})
	}
	if names {
		b.eachName(ws, func(concept string) { b.count(fi, concept) })
	}
}

// readWords reads the words of a text, stopwords left out, and reports whether a glossary
// name starts at any of them.
func (b *builder) readWords(toks []text.Token, ws []*word, read func(text.Token) *word) ([]*word, bool) {
	names := false
	for _, t := range toks {
		if t.Sym && !t.Num {
			continue
		}
		w := read(t)
		if w.stop {
			continue // dropped on both sides, so glossary names match across "of", "и", "və"
		}
		ws = append(ws, w)
		names = names || w.byStem != nil || w.byExact != nil
	}
	return ws, names
}

// eachName calls fn with the concept of every glossary name in the words, longest first.
func (b *builder) eachName(ws []*word, fn func(concept string)) {
	for i := 0; i < len(ws); {
		b.found = b.matchNames(b.found[:0], ws, i)
		found := longest(b.found, strings.TrimPrefix(ws[i].exact, "="))
		if len(found) == 0 {
			i++
			continue
		}
		for _, c := range found {
			fn(c.concept)
		}
		i += len(found[0].stems)
	}
}

// titleNames are the names of people, places and things a source's title gives ("Realising
// the Potential of the Middle Corridor", "Ilham Aliyev arrives in Kazakhstan on a state
// visit"): a question may name a fact by the publication or the occasion it comes from.
func (b *builder) titleNames(src *knowledge.Source) []string {
	if names, ok := b.titleOf[src]; ok {
		return names
	}
	lang := text.EN
	for _, l := range text.Langs {
		if string(l) == src.Language {
			lang = l
		}
	}
	var names []string
	// The title's words are read as a question's would be, not added to the vocabulary:
	// a word only a title uses would be a term no fact has.
	ws, found := b.readWords(text.Tokenize(src.Title, nil), nil, func(t text.Token) *word {
		w := &word{id: -1, stem: t.Text, exact: t.Text}
		switch {
		case !t.Num && text.IsStopword(t.Text):
			w.stop = true
		case !t.Num:
			w.stem, w.exact = text.Stem(lang, t.Text), exactForm(t)
		}
		w.byStem, w.byExact = b.ix.phrases[w.stem], b.ix.phrases[w.exact]
		return w
	})
	if found {
		b.eachName(ws, func(concept string) {
			if b.ix.entities[concept] {
				names = append(names, concept)
			}
		})
	}
	if b.titleOf == nil {
		b.titleOf = map[*knowledge.Source][]string{}
	}
	b.titleOf[src] = names
	return names
}

// ofForm keeps the phrases a word of the base may start: those of a one-word name only when
// the word is a form of it (never a typo: the base's own words are spelled right). A word is
// read once, so each name is judged once per word, not per occurrence.
func ofForm(ps []phrase, word string) []phrase {
	keep := len(ps)
	for i := range ps {
		if ps[i].surface != "" && !ps[i].nameForm(word, false) {
			keep--
		}
	}
	if keep == len(ps) {
		return ps
	}
	if keep == 0 {
		return nil
	}
	out := make([]phrase, 0, keep)
	for _, p := range ps {
		if p.surface == "" || p.nameForm(word, false) {
			out = append(out, p)
		}
	}
	return out
}

// matchNames is matchPhrases over the words of a text: the glossary names starting at word i.
func (b *builder) matchNames(found []phrase, ws []*word, i int) []phrase {
	for _, ps := range [2][]phrase{ws[i].byStem, ws[i].byExact} {
	next:
		for _, p := range ps {
			if i+len(p.stems) > len(ws) {
				continue
			}
			for k := 1; k < len(p.stems); k++ {
				if w := ws[i+k]; w.stem != p.stems[k] && p.stems[k] != "" && w.exact != p.stems[k] {
					continue next
				}
			}
			for _, f := range found {
				if f.concept == p.concept {
					continue next
				}
			}
			found = append(found, p)
		}
	}
	return found
}

// finish weighs every fact's terms (BM25F: normalized, weighted frequency, saturated once),
// gives the terms dense ids in sorted order and lays their postings out by document.
func (b *builder) finish() {
	ix := b.ix
	docs := len(b.ends)
	var avg [numFields]float64
	for d := range b.lengths {
		for i := range avg {
			avg[i] += float64(b.lengths[d][i])
		}
	}
	for i := range avg {
		avg[i] = math.Max(avg[i]/math.Max(float64(docs), 1), 1)
	}
	// Final ids: the terms in sorted order.
	order := make([]int32, len(b.names))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return b.names[order[i]] < b.names[order[j]] })
	final := make([]int32, len(b.names))
	ix.terms = make([]string, len(b.names))
	for id, prov := range order {
		final[prov] = int32(id)
		ix.terms[id] = b.names[prov]
		b.ids[b.names[prov]] = int32(id)
	}
	ix.vocab = b.ids
	b.names = nil
	ix.layPostings(b, final, avg)
	b.entries, b.ends, b.lengths = chunks{}, nil, nil
	ix.idf = make([]float32, len(ix.terms))
	n := float64(docs)
	for id := range ix.terms {
		df := float64(ix.DocFreq(int32(id)))
		idf := float32(math.Log(1 + (n-df+0.5)/(df+0.5)))
		ix.idf[id] = idf
		if idf > ix.maxIDF {
			ix.maxIDF = idf
		}
	}
	ix.setDeletions()
}

// setDeletions records the stems a typo may be of (see typoMatch): the words of four letters
// or more, not concepts or numbers.
func (ix *Index) setDeletions() {
	typos := func(t string) bool {
		return !strings.HasPrefix(t, "@") && utf8.RuneCountInString(t) >= 4 && !isNumber(t)
	}
	n := 0
	for _, t := range ix.terms {
		if typos(t) {
			n += stemDeletions(t)
		}
	}
	ix.deletes = newDeletions(n)
	var buf []byte
	for id, t := range ix.terms {
		if typos(t) {
			buf = ix.deletes.add(t, int32(id), buf)
		}
	}
}

// layPostings counts the postings of every term and fills them fact by fact, so each term's
// are in fact order.
func (ix *Index) layPostings(b *builder, final []int32, avg [numFields]float64) {
	docs := len(b.ends)
	ix.listAt = make([]int32, len(ix.terms)+1)
	for _, c := range b.entries.c {
		for _, e := range c {
			ix.listAt[final[e.term]+1]++
		}
	}
	for id := range ix.terms {
		ix.listAt[id+1] += ix.listAt[id]
	}
	ix.makeSets(docs)
	ix.weights = make([]float32, b.entries.n)
	if docs <= 1<<16 {
		ix.docs16 = make([]uint16, b.entries.n)
	} else {
		ix.docs32 = make([]int32, b.entries.n)
	}
	next := slices.Clone(ix.listAt[:len(ix.terms)]) // where each term's next posting goes
	from := int32(0)
	for d, end := range b.ends {
		norm := fieldNorms(b.lengths[d], avg)
		for i := from; i < end; i++ {
			e := b.entries.at(i)
			id := final[e.term]
			ix.weights[next[id]] = float32(e.weight(norm))
			if ix.docs16 != nil {
				ix.docs16[next[id]] = uint16(d)
			} else {
				ix.docs32[next[id]] = int32(d)
			}
			if set := ix.sets[id]; set != nil {
				set[d/64] |= 1 << (d % 64)
			}
			next[id]++
		}
		from = end
	}
}

// dense reports a list of n facts at least as large as a set of all docs: its term gets a
// set too, so that whether a fact has it is one bit test.
func dense(n, docs int) bool { return n*64 >= docs }

// makeSets gives an empty set to every term with a dense list, all in one array.
func (ix *Index) makeSets(docs int) {
	words := (docs + 63) / 64
	withSet := func(id int) bool {
		n := int(ix.listAt[id+1] - ix.listAt[id])
		return n > 0 && dense(n, docs)
	}
	n := 0
	for id := range ix.terms {
		if withSet(id) {
			n++
		}
	}
	bits := make([]uint64, n*words)
	ix.sets = make([][]uint64, len(ix.terms))
	for id := range ix.terms {
		if withSet(id) {
			ix.sets[id], bits = bits[:words:words], bits[words:]
		}
	}
}

// fieldNorms are BM25's length normalizations of a fact's fields.
func fieldNorms(lengths [numFields]float32, avg [numFields]float64) [numFields]float64 {
	var norm [numFields]float64
	for fi := range norm {
		norm[fi] = 1 - bm25B + bm25B*float64(lengths[fi])/avg[fi]
	}
	return norm
}

// weight is the BM25F weight of an entry: its normalized, weighted frequency, saturated once.
func (e entry) weight(norm [numFields]float64) float64 {
	tf := 0.0
	for fi := range numFields {
		if c := e.count[fi]; c > 0 {
			tf += fieldWeights[fi] * float64(c) / norm[fi]
		}
	}
	return tf * (bm25K1 + 1) / (tf + bm25K1)
}

// setTitleNames keeps the title names of every fact as terms, one shared list per title.
func (ix *Index) setTitleNames(titles [][]string) {
	ix.titleOf = make([]int32, len(titles))
	byTitle := map[*string]int32{}
	for d, names := range titles {
		ix.titleOf[d] = -1
		if len(names) == 0 {
			continue
		}
		at, ok := byTitle[&names[0]]
		if !ok {
			var ids []int32
			for _, n := range names {
				if id, known := ix.vocab[n]; known {
					ids = append(ids, id)
				}
			}
			at = int32(len(ix.titles))
			ix.titles = append(ix.titles, ids)
			byTitle[&names[0]] = at
		}
		ix.titleOf[d] = at
	}
}

// IsSourceEntity reports the glossary term id naming the publisher of a fact's source.
func (ix *Index) IsSourceEntity(id, doc int32) bool {
	p := ix.publisher[doc]
	return p != "" && strings.TrimPrefix(ix.terms[id], "@") == p
}

// inTitle reports a name given by the title of a fact's source.
func (ix *Index) inTitle(id, doc int32) bool {
	if at := ix.titleOf[doc]; at >= 0 {
		return slices.Contains(ix.titles[at], id)
	}
	return false
}

// setIDs sorts the facts by id, for docOf.
func (ix *Index) setIDs() {
	ix.byID = make([]int32, len(ix.facts))
	for d := range ix.byID {
		ix.byID[d] = int32(d)
	}
	slices.SortStableFunc(ix.byID, func(a, b int32) int { return strings.Compare(ix.facts[a].ID, ix.facts[b].ID) })
}

// docOf finds the fact with an id: of facts with the same id, the last.
// DocOf is the document of the fact with id.
func (ix *Index) DocOf(id string) (int32, bool) { return ix.docOf(id) }

func (ix *Index) docOf(id string) (int32, bool) {
	i := sort.Search(len(ix.byID), func(i int) bool { return ix.facts[ix.byID[i]].ID > id })
	if i == 0 || ix.facts[ix.byID[i-1]].ID != id {
		return 0, false
	}
	return ix.byID[i-1], true
}

// HasName reports a name a fact gives: in its own words or entities, or in its source's title.
func (ix *Index) HasName(id, doc int32) bool { return ix.has(id, doc) || ix.inTitle(id, doc) }

func (ix *Index) has(id, doc int32) bool {
	if set := ix.sets[id]; set != nil {
		return set[uint32(doc)/64]&(1<<(uint32(doc)%64)) != 0
	}
	from, to := ix.listAt[id], ix.listAt[id+1]
	if ix.docs16 != nil {
		_, found := slices.BinarySearch(ix.docs16[from:to], uint16(doc))
		return found
	}
	_, found := slices.BinarySearch(ix.docs32[from:to], doc)
	return found
}

// addAttributes records what the checks of an answer ask of a fact: the years it refers to
// (also as the set of facts of each year, for ranking), whether it states an amount, whether
// it is dated.
func (ix *Index) addAttributes(doc int32, f *knowledge.Fact) {
	ys := knowledge.FactYears(f)
	ix.years = append(ix.years, ys...)
	ix.yearsAt = append(ix.yearsAt, int32(len(ix.years)))
	for _, y := range ys {
		set := ix.yearDocs[y]
		if set == nil {
			set = make([]uint64, (len(ix.facts)+63)/64)
			ix.yearDocs[y] = set
		}
		set[doc/64] |= 1 << (doc % 64)
	}
	hasAmount := false
	for _, q := range f.Quantities {
		hasAmount = hasAmount || q.Unit != "year" && q.Unit != "ordinal"
	}
	ix.amounts = append(ix.amounts, hasAmount)
	isDated := f.Date != ""
	for _, q := range f.Quantities {
		isDated = isDated || q.Unit == "year"
	}
	ix.dated = append(ix.dated, isDated)
}

// setGlossary keeps the glossary (the base's and CLDR's countries) by id, and its measures.
func (ix *Index) setGlossary(glossary []*knowledge.Term) {
	ix.glossary = glossary
	ix.termByID, ix.measures = map[string]*knowledge.Term{}, map[string]bool{}
	for _, t := range ix.glossary {
		ix.termByID[t.ID] = t
		if t.Kind == "measure" {
			ix.measures["@"+t.ID] = true
		}
	}
}

func isNumber(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// sameDeletion reports whether deleting the letter at j gives what deleting the one at i (the
// letter before it) gave: the two letters are the same.
func sameDeletion(w string, i, j int) bool {
	ri, _ := utf8.DecodeRuneInString(w[i:])
	rj, _ := utf8.DecodeRuneInString(w[j:])
	return ri == rj
}

// addGlossary registers every name of every term as a phrase, stemmed the way texts of its
// language are stemmed. Abbreviations (BTC, ТМТМ) are registered for both languages of their
// script, since every language uses them; full words are not, because the short Turkic stem
// of an English word can be the stem of another ("Transcaucasia" and "transit" → "trans").
func (ix *Index) addGlossary(terms []*knowledge.Term) {
	var toks []text.Token
	for _, t := range terms {
		if t.Kind == "entity" || t.Kind == "commodity" { // both bind an answer to them
			ix.entities["@"+t.ID] = true
		}
		seen := map[string]bool{}
		for _, lang := range text.Langs {
			for _, name := range t.Names[lang] {
				toks = text.Tokenize(name, toks[:0])
				if len(toks) == 0 {
					continue
				}
				if len(toks) == 1 && !toks[0].Num && (lang == text.AZ || lang == text.KK) && utf8.RuneCountInString(toks[0].Text) >= minWordStart(toks[0].Text) {
					ix.wordStarts[strings.Clone(toks[0].Text)] = "@" + t.ID
				}
				if len(toks) == 2 && text.IsStopword(toks[0].Text) {
					ix.stopNames[toks[0].Text+" "+ix.stemCached(lang, toks[1].Text)] = "@" + t.ID
					ix.stopFirst[strings.Clone(toks[0].Text)] = true
				} else if isAbbreviation(name) {
					ix.addAbbreviation(t.ID, toks, seen)
				} else {
					ix.addName(t.ID, lang, toks, seen, t.Kind == "concept" || t.Kind == "measure")
				}
			}
		}
	}
	// Longest names first, so "Baku–Tbilisi–Ceyhan" wins over "Baku".
	for k, ps := range ix.phrases {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
		ix.phrases[k] = ps
	}
}

// addAbbreviation registers a name written in capitals: it matches only as written ("ЕС",
// "BTC"), since a stem cut from a longer word ("есе" → "ес") is not it.
func (ix *Index) addAbbreviation(id string, toks []text.Token, seen map[string]bool) {
	exact := make([]string, 0, len(toks))
	for _, tk := range toks {
		if !tk.Sym {
			exact = append(exact, strings.Clone(exactForm(tk)))
		}
	}
	if key := strings.Join(exact, " "); len(exact) > 0 && !seen[key] {
		seen[key] = true
		ix.phrases[exact[0]] = append(ix.phrases[exact[0]], phrase{stems: exact, concept: "@" + id})
	}
}

// addName registers a name as the stems of its words in its language.
func (ix *Index) addName(id string, lang text.Lang, toks []text.Token, seen map[string]bool, common bool) {
	stems := make([]string, 0, len(toks))
	for _, tk := range toks {
		if tk.Sym || text.IsStopword(tk.Text) {
			continue
		}
		if tk.Num {
			stems = append(stems, tk.Text)
			continue
		}
		stems = append(stems, ix.stemCached(lang, tk.Text))
	}
	if len(stems) == 0 {
		return
	}
	key := strings.Join(stems, " ")
	p := phrase{stems: stems, concept: "@" + id, common: common}
	if len(toks) == 1 && !toks[0].Num {
		p.surface = toks[0].Text
		key += " =" + p.surface // each written form of a one-word name is kept (see nameForm)
	}
	if seen[key] {
		return
	}
	seen[key] = true
	ix.phrases[stems[0]] = append(ix.phrases[stems[0]], p)
}

// exactForm is how a word of an abbreviation is keyed: as written (folded), marked so that it
// never equals a stem. Numbers are themselves.
func exactForm(t text.Token) string {
	if t.Num {
		return t.Text
	}
	return "=" + t.Text
}

// isAbbreviation reports names written in capitals only: BTC, TITR, ТМТМ, AIIF 2025.
func isAbbreviation(name string) bool {
	upper := false
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// matchPhrases appends to found the glossary phrases starting at position i. variants(j)
// gives the candidate stems of position j (a query word may be read as Russian or Kazakh, say).
func (ix *Index) matchPhrases(found []phrase, i int, variants func(int) [4]string, n int) []phrase {
	first := len(found)
	vi := variants(i)
	for _, v := range vi {
		if v == "" {
			continue
		}
	next:
		for _, p := range ix.phrases[v] {
			if i+len(p.stems) > n {
				continue
			}
			if p.surface != "" && !p.nameForm(strings.TrimPrefix(vi[2], "="), true) {
				continue
			}
			for k := 1; k < len(p.stems); k++ {
				vs := variants(i + k)
				if vs[0] != p.stems[k] && vs[1] != p.stems[k] && vs[2] != p.stems[k] && vs[3] != p.stems[k] && !inflectedForm(vs[0], p.stems[k]) {
					continue next
				}
			}
			for _, f := range found[first:] {
				if f.concept == p.concept {
					continue next
				}
			}
			found = append(found, p)
		}
	}
	return found
}

// inflectedForm reports a word, cut to a stem's length, that starts with a short word of a
// name: "портының" (cut to "портын") after "Ақтау теңіз" is "порты", whose stem is "порт".
// A word of a name after its first only: its first word must match as a whole.
func inflectedForm(cut, stem string) bool {
	return utf8.RuneCountInString(stem) >= 4 && len(cut) > len(stem) && strings.HasPrefix(cut, stem)
}

// longest keeps the longest of the phrases found at one position (they come longest first),
// in the word written there.
func longest(ps []phrase, word string) []phrase {
	for i := 1; i < len(ps); i++ {
		if len(ps[i].stems) < len(ps[0].stems) {
			ps = ps[:i]
			break
		}
	}
	return withoutShorterForms(ps, word)
}

// withoutShorterForms drops a one-word name whose written form begins another one found in the
// same word: "qiymətləndirməsinə" (assessment) is not "qiymət" (price), though a short Turkic
// stem makes it both. The longer form must be written: "суда" (ships) is no "Судан".
func withoutShorterForms(ps []phrase, word string) []phrase {
	if len(ps) < 2 || len(ps) > 64 || len(ps[0].stems) != 1 {
		return ps
	}
	var shorter uint64
	for i := range ps {
		for j := range ps {
			if longerForm(ps[j].surface, ps[i].surface) && strings.HasPrefix(word, ps[j].surface) {
				shorter |= 1 << i
			}
		}
	}
	if shorter == 0 {
		return ps
	}
	n := 0
	for i := range ps {
		if shorter&(1<<i) == 0 {
			ps[n] = ps[i]
			n++
		}
	}
	return ps[:n]
}

// longerForm reports a written form that begins with another and goes on.
func longerForm(long, short string) bool {
	return short != "" && len(long) > len(short) && strings.HasPrefix(long, short)
}

// monthToken is the index term of a month, whatever language named it.
func monthToken(m int) string { return "#m" + strconv.Itoa(m) }

// nameForm reports a word that is this one-word name: a form of it, or (typos) a typo of it.
// A name whose stem is another word's too ("Грузия" and "груз") is only its written forms
// with an ending: "грузил" (loaded) is not "Грузия", whatever their shared letters; a longer
// one may change its last letter before an ending ("тереңдік", "тереңдігі").
func (p *phrase) nameForm(word string, typos bool) bool {
	if !p.noTypos {
		return looksLike(word, p.surface, typos)
	}
	if strings.HasPrefix(word, p.surface) {
		return true
	}
	n := utf8.RuneCountInString(p.surface)
	if n <= shortName {
		return false
	}
	_, last := utf8.DecodeLastRuneInString(p.surface)
	stem := p.surface[:len(p.surface)-last]
	if strings.HasPrefix(word, stem) && utf8.RuneCountInString(word) > n {
		return true
	}
	// A long adjective changes its two-letter ending: "Трансказахстанская", "-скую", "-ской".
	if n < longName {
		return false
	}
	_, prev := utf8.DecodeLastRuneInString(stem)
	root := stem[:len(stem)-prev]
	return strings.HasPrefix(word, root) && utf8.RuneCountInString(word) == n
}

// longName is the length from which a one-word name is an adjective whose ending may change.
const longName = 12

// markSharedStems forbids typos of the one-word names whose stem the base also writes as
// another word: "Грузии" stems to "груз", as "грузов" (of cargo) does, so "грузил" (loaded),
// one letter from "Грузия", is that word, not a typo of the name.
func (ix *Index) markSharedStems() {
	surfaces := map[string][]string{} // stem of a one-word name → the names
	for _, ps := range ix.phrases {
		for _, p := range ps {
			if p.surface != "" {
				surfaces[p.stems[0]] = append(surfaces[p.stems[0]], p.surface)
			}
		}
	}
	// A name is read under its stem in each language (Russian "груз", Kazakh "грузи"): a
	// word under any of them that is no form of the name makes every reading careful.
	shared := map[string]bool{}
	for _, m := range ix.stems {
		for w, stem := range m {
			for _, n := range surfaces[stem] {
				if !looksLike(w, n, false) {
					shared[n] = true
				}
			}
		}
	}
	for _, ps := range ix.phrases {
		for i := range ps {
			short := ps[i].common && utf8.RuneCountInString(ps[i].surface) <= shortName
			ps[i].noTypos = ps[i].surface != "" && (shared[ps[i].surface] || short)
		}
	}
}

// looksLike tells an inflected or mistyped form of a name ("qazaxıstana", "Shakmir") from
// another word that only shares its stem ("transcaspian" and "Transcaucasia"; "грузов", of
// cargo, and "Грузии", of Georgia): one must start with nearly all of the other, or be a typo
// of it. A short name allows less: one letter of ending or one typo, not two.
func looksLike(word, name string, typos bool) bool {
	if word == "" || word == name {
		return true
	}
	var wb, nb [48]rune // on the stack for any word of the base
	w, n := appendRunes(wb[:0], word), appendRunes(nb[:0], name)
	slack, cut := 2, 2 // letters of the name the word may change, or lack
	if len(n) <= shortName || !typos {
		// "груза" (cargo) is not a cut "Грузия"; a word of the base, spelled right, changes
		// at most the name's last letter before its ending ("тереңдігі"), so "жұмыстары"
		// (works) is not "жұмысшы" (worker).
		slack, cut = 1, 0
	}
	common := 0
	for common < len(w) && common < len(n) && w[common] == n[common] {
		common++
	}
	// The word has nearly the whole name (and perhaps an ending): "Kazakh" is not the
	// one-word name "Kazakhtelecom", though its stem is.
	if common >= len(n)-slack {
		return true
	}
	if !typos {
		return false // a word of the base is written in full, not cut short
	}
	if common >= len(w)-cut && len(w) >= len(n)-slack {
		return true
	}
	if len(w) > len(n) {
		w = w[:len(n)] // an ending does not count as a typo
	}
	return editDistanceAtMost(w, n, slack)
}

// shortName is the length up to which a name tolerates one changed letter rather than two.
const shortName = 6

func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// editDistanceAtMost reports whether the Levenshtein distance of a and b is at most k.
func editDistanceAtMost(a, b []rune, k int) bool {
	if d := len(a) - len(b); d > k || -d > k {
		return false
	}
	var pb, cb [49]int
	prev, cur := pb[:0], cb[:0]
	for range len(b) + 1 {
		prev, cur = append(prev, 0), append(cur, 0)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= k
}

// withoutBaseWords drops the one-word names whose stem is a word of the indexed facts.
func (ix *Index) withoutBaseWords(terms []*knowledge.Term, base map[string]int32) []*knowledge.Term {
	out := terms[:0]
	for _, t := range terms {
		for _, l := range text.Langs {
			names := t.Names[l][:0]
			for _, n := range t.Names[l] {
				toks := text.Tokenize(n, nil)
				if len(toks) == 1 && isBaseWord(base, ix.stemCached(l, toks[0].Text)) {
					continue
				}
				names = append(names, n)
			}
			if len(names) == 0 {
				delete(t.Names, l)
			} else {
				t.Names[l] = names
			}
		}
		if len(t.Names) > 0 {
			out = append(out, t)
		}
	}
	return out
}

func isBaseWord(base map[string]int32, stem string) bool {
	_, ok := base[stem]
	return ok
}

// Scratch is the per-query working memory of ranking: reuse one per goroutine (a sync.Pool).
type Scratch struct {
	scores  []float32
	touched []int32
	found   []phrase
	top     []Scored
	years   []uint64     // the facts of the years asked about, when more than one
	Units   []Unit       // the units of the last text analyzed
	Toks    []text.Token // the tokens of the last text analyzed
}

// NewScratch makes working memory for queries against ix.
func (ix *Index) NewScratch() *Scratch {
	// touched holds each fact at most once, and one more slot for Rank's write-ahead.
	return &Scratch{scores: make([]float32, len(ix.facts)), touched: make([]int32, 0, len(ix.facts)+1)}
}

// Lookup finds the id of an index term ("инвест", "@btc", "→kazakhstan", "#m8").
func (ix *Index) Lookup(term string) (int32, bool) {
	id, ok := ix.vocab[term]
	return id, ok
}

// Term is the index term of an id.
func (ix *Index) Term(id int32) string { return ix.terms[id] }

// WritesWord reports a folded word the base's own texts use (not a stopword).
func (ix *Index) WritesWord(w string) bool {
	i, ok := ix.knownWords[w]
	return ok && i >= 0
}

// Knows reports a glossary concept some fact names ("@oil").
func (ix *Index) Knows(concept string) bool { _, ok := ix.vocab[concept]; return ok }

// IDF is the inverse document frequency of a term.
func (ix *Index) IDF(id int32) float32 { return ix.idf[id] }

// HasPosting reports whether document doc has term id.
func (ix *Index) HasPosting(id, doc int32) bool { return ix.has(id, doc) }

// Fact is the fact of a document.
func (ix *Index) Fact(doc int32) *knowledge.Fact { return ix.facts[doc] }

// Years lists the years the figures or events of a document refer to.
func (ix *Index) Years(doc int32) []int {
	from, to := ix.yearsAt[doc], ix.yearsAt[doc+1]
	return ix.years[from:to:to]
}

// HasAmount reports whether a document states an amount (not only a year).
func (ix *Index) HasAmount(doc int32) bool { return ix.amounts[doc] }

// GivesReason reports a fact whose text says why ("attributes the rise to demand", "due to
// sanctions"): what a question asking why wants.
func (ix *Index) GivesReason(doc int32) bool { return ix.traits[doc]&givesReason != 0 }

// GivesPlace reports a fact whose text says where something is ("based in Baku", "located").
func (ix *Index) GivesPlace(doc int32) bool { return ix.traits[doc]&givesPlace != 0 }

// trait is a bit set of what a fact's text tells besides its words.
type trait uint8

const (
	tellsStart trait = 1 << iota
	givesReason
	givesPlace
	saysCondition // "could", "if", "если", "əgər", "мүмкін": what it tells may happen, not will
	saysRecord    // "a record", "the highest": it calls its figure a superlative
	saysEver      // "ever", "за всю историю": a superlative with no bound in time
	saysPublished // "released", "выпущено", "жарық көрді": it dates a publication
	namesYear     // its text names a year ("by 2026"), whether or not a figure has one
)

// traitWords pairs each trait with the words that tell it; englishTraits are read from the
// English text only (their word lists are English), anyLangTraits from every language
// (Kazakh says "if" with an ending, so its English text is where a condition shows).
type traitWords struct {
	t     trait
	words *text.WordIndex
}

var (
	englishTraits = []traitWords{{tellsStart, text.StartedIndex}, {givesReason, text.ReasonIndex}, {givesPlace, text.LocatedIndex}}
	anyLangTraits = []traitWords{{saysCondition, text.HedgeIndex}, {saysRecord, text.RecordIndex}, {saysEver, text.EverIndex}, {saysPublished, text.PublishedIndex}}
)

// traitsIn reads which of the traits a text tells.
func traitsIn(toks []text.Token, of []traitWords) trait {
	var t trait
	for _, tw := range of {
		if text.ContainsWord(toks, tw.words) {
			t |= tw.t
		}
	}
	return t
}

// SaysCondition reports a fact whose text, in some language, tells what may happen ("could").
func (ix *Index) SaysCondition(f *knowledge.Fact) bool { return ix.hasTrait(f, saysCondition) }

// SaysRecord reports a fact whose text calls its figure a superlative ("a record").
func (ix *Index) SaysRecord(f *knowledge.Fact) bool { return ix.hasTrait(f, saysRecord) }

// SaysEver reports a fact whose superlative has no bound in time ("ever").
func (ix *Index) SaysEver(f *knowledge.Fact) bool { return ix.hasTrait(f, saysEver) }

// NamesYear reports a fact whose English text names a year ("completed by 2026").
func (ix *Index) NamesYear(f *knowledge.Fact) bool { return ix.hasTrait(f, namesYear) }

// SaysPublished reports a fact whose text tells of a publication ("the study was released").
func (ix *Index) SaysPublished(f *knowledge.Fact) bool { return ix.hasTrait(f, saysPublished) }

func (ix *Index) hasTrait(f *knowledge.Fact, t trait) bool {
	d, ok := ix.docOf(f.ID)
	return ok && ix.traits[d]&t != 0
}

// StatesStart reports a fact whose text tells of a start ("transit began in March 2023").
func (ix *Index) StatesStart(f *knowledge.Fact) bool { return ix.hasTrait(f, tellsStart) }

// Ordinals are the ordinals a fact's texts name, a bit per number.
func (ix *Index) Ordinals(doc int32) text.OrdinalSet { return ix.ordinals[doc] }

// FactOrdinals are the ordinals a fact's texts name (see Ordinals).
func (ix *Index) FactOrdinals(f *knowledge.Fact) text.OrdinalSet {
	if d, ok := ix.docOf(f.ID); ok {
		return ix.ordinals[d]
	}
	return 0
}

// IsDated reports whether a document gives a year or a date of its own (a launch, an event).
func (ix *Index) IsDated(doc int32) bool { return ix.dated[doc] }

// Glossary is the knowledge base's glossary and the countries CLDR names besides.
func (ix *Index) Glossary() []*knowledge.Term { return ix.glossary }

// DocFreq is how many documents have term id.
func (ix *Index) DocFreq(id int32) int { return int(ix.listAt[id+1] - ix.listAt[id]) }

// EachDoc calls fn with every fact a term is posted in, until fn returns false.
func (ix *Index) EachDoc(id int32, fn func(doc int32) bool) {
	for i := ix.listAt[id]; i < ix.listAt[id+1]; i++ {
		d := int32(0)
		if ix.docs16 != nil {
			d = int32(ix.docs16[i])
		} else {
			d = ix.docs32[i]
		}
		if !fn(d) {
			return
		}
	}
}

// minWordStart is how long a one-word name must be for the words it starts to be read as
// it: four letters in Latin script ("Bakı" → "Bakıya"), five in Cyrillic, where Kazakh
// short words start longer ones ("жасы", age, starts "жасыл", green).
func minWordStart(name string) int {
	if text.IsCyrillic(name) {
		return 5
	}
	return 4
}

// StandsFor is the term a name may stand for (@baku → @azerbaijan: "Baku and Astana agreed"),
// or -1.
func (ix *Index) StandsFor(term int32) int32 {
	if term < 0 || int(term) >= len(ix.standsFor) {
		return -1
	}
	return ix.standsFor[term]
}
