// Package index is the retrieval structure over a knowledge base: every fact's words (stems
// in the language of each text), glossary concepts and directions as postings with dense
// term ids, weighted by BM25F over the fields questions, text and entities; the glossary's
// names as phrases (with the countries CLDR names besides); typo and prefix lookup. A text is
// read into units (Analyze), which Rank scores and Coverage measures against one fact.
package index

import (
	"math"
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

type posting struct {
	doc    int32
	weight float32 // saturated BM25F term frequency, ready to multiply by idf
}

// phrase is a glossary name as a sequence of stems, leading to a concept token "@id".
type phrase struct {
	stems   []string
	concept string
	// surface is a one-word name as written (folded): a word matches it by stem only when it
	// also looks like it, so "transcaspian" does not become "Transcaucasia" (both "transc").
	surface string
}

// Index is the retrieval structure over a knowledge base, built once at start-up.
type Index struct {
	// glossary is the knowledge base's glossary and the countries CLDR names besides.
	glossary []*knowledge.Term
	facts    []*knowledge.Fact
	vocab    map[string]int32
	idf      []float32
	postings [][]posting
	// deletes maps every stem and each of its one-letter deletions to stems of the vocabulary,
	// so a query word with one typo still finds its stem (symmetric delete, as in SymSpell).
	deletes map[string][]int32
	phrases map[string][]phrase
	// years holds, per fact, the years its figures or events refer to.
	years [][]int
	// amounts tells, per fact, whether it states an amount (not only a year); dated, whether
	// it gives a year or a date of its own (a launch, an event).
	amounts []bool
	dated   []bool
	// stems caches the stems of every word seen in the knowledge base, per language.
	stems    [4]map[string]string // one per language, in the order of text.Langs
	terms    []string
	maxIDF   float32
	entities map[string]bool // concept tokens of glossary entities (names, not common words)
	// standsFor maps an entity's concept term to the one it may stand for (@baku → @azerbaijan).
	standsFor map[int32]int32
	// wordStarts maps folded one-word Azerbaijani and Kazakh names to their concept, for words
	// that extend them with endings no stemmer predicts: "xərc" in "xərclənəcək".
	wordStarts map[string]string
	docOf      map[string]int32
	// termByID holds every glossary term by id, CLDR countries included; measures the concept
	// terms of kind measure ("@export").
	termByID map[string]*knowledge.Term
	measures map[string]bool
}

type docBuilder struct {
	tf     [numFields]map[string]float64
	length [numFields]float64
}

// stem returns the stem of a folded word in a language, from the cache when possible.
func (ix *Index) stem(lang text.Lang, w string) string {
	if s, ok := ix.stems[text.LangIndex(lang)][w]; ok {
		return s
	}
	return text.Stem(lang, w)
}

func (ix *Index) stemCached(lang text.Lang, w string) string {
	m := ix.stems[text.LangIndex(lang)]
	if s, ok := m[w]; ok {
		return s
	}
	s := text.Stem(lang, w)
	m[w] = s
	return s
}

// NewIndex builds the index of a knowledge base.
func NewIndex(kb *knowledge.KB) *Index {
	ix := &Index{
		facts:      kb.Facts,
		vocab:      map[string]int32{},
		deletes:    map[string][]int32{},
		phrases:    map[string][]phrase{},
		entities:   map[string]bool{},
		wordStarts: map[string]string{},
		docOf:      map[string]int32{},
	}
	for i := range ix.stems {
		ix.stems[i] = map[string]string{}
	}
	ix.addGlossary(kb.Terms)
	docs := make([]docBuilder, len(kb.Facts))
	for d, f := range kb.Facts {
		ix.docOf[f.ID] = int32(d)
		ix.addDoc(&docs[d], f, kb.Sources[f.Source])
		ix.addAttributes(f)
	}
	combined := combineFields(docs)
	// Other countries are named after the facts are indexed, and only by names that are no
	// word of the base ("Кения" stems to "кен", the Kazakh for a mineral deposit).
	countries := ix.withoutBaseWords(countryTerms(kb.Terms), combined)
	ix.addGlossary(countries)
	ix.setGlossary(append(kb.Terms[:len(kb.Terms):len(kb.Terms)], countries...))
	ix.addPostings(combined, len(docs))
	ix.standsFor = map[int32]int32{}
	for _, t := range kb.Terms {
		from, ok1 := ix.vocab["@"+t.ID]
		to, ok2 := ix.vocab["@"+t.StandsFor]
		if t.StandsFor != "" && ok1 && ok2 {
			ix.standsFor[from] = to
		}
	}
	return ix
}

// addDoc counts the words of a fact in its fields: the questions people ask, the answer
// texts, and the entities it names (its source's publisher and the months of its periods too).
func (ix *Index) addDoc(db *docBuilder, f *knowledge.Fact, src *knowledge.Source) {
	for i := range db.tf {
		db.tf[i] = map[string]float64{}
	}
	var toks []text.Token
	for _, l := range text.Langs {
		toks = text.Tokenize(f.Text[l], toks[:0])
		ix.addField(db, fieldText, l, toks)
		for _, q := range f.Questions[l] {
			toks = text.Tokenize(q, toks[:0])
			ix.addField(db, fieldQuestions, l, toks)
		}
	}
	entities := f.Entities
	if src != nil && src.Entity != "" {
		entities = append(entities[:len(entities):len(entities)], src.Entity) // "according to the Astana Times"
	}
	for _, e := range entities {
		db.tf[fieldEntities]["@"+e]++
		db.length[fieldEntities]++
	}
	for _, m := range knowledge.FactMonths(f) {
		db.tf[fieldEntities][monthToken(m)]++
	}
}

// addAttributes records what the checks of an answer ask of a fact: the years it refers to,
// whether it states an amount, whether it is dated.
func (ix *Index) addAttributes(f *knowledge.Fact) {
	ix.years = append(ix.years, knowledge.FactYears(f))
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

// combineFields combines the fields of every document per term (BM25F): normalized, weighted
// frequency, saturated once.
func combineFields(docs []docBuilder) map[string][]posting {
	var avg [numFields]float64
	for d := range docs {
		for i := range avg {
			avg[i] += docs[d].length[i]
		}
	}
	for i := range avg {
		avg[i] = math.Max(avg[i]/math.Max(float64(len(docs)), 1), 1)
	}
	combined := map[string][]posting{}
	for d := range docs {
		db := &docs[d]
		sum := map[string]float64{}
		for fi := range numFields {
			norm := 1 - bm25B + bm25B*db.length[fi]/avg[fi]
			for term, tf := range db.tf[fi] {
				sum[term] += fieldWeights[fi] * tf / norm
			}
		}
		for term, tf := range sum {
			w := tf * (bm25K1 + 1) / (tf + bm25K1)
			combined[term] = append(combined[term], posting{doc: int32(d), weight: float32(w)})
		}
	}
	return combined
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

// addPostings gives every term a dense id in sorted order, with its postings sorted by
// document, its idf, and its one-letter deletions for typo lookup.
func (ix *Index) addPostings(combined map[string][]posting, docs int) {
	terms := make([]string, 0, len(combined))
	for t := range combined {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	ix.terms = terms
	n := float64(docs)
	for id, t := range terms {
		ps := combined[t]
		sort.Slice(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc })
		ix.vocab[t] = int32(id)
		ix.postings = append(ix.postings, ps)
		df := float64(len(ps))
		idf := float32(math.Log(1 + (n-df+0.5)/(df+0.5)))
		ix.idf = append(ix.idf, idf)
		if idf > ix.maxIDF {
			ix.maxIDF = idf
		}
		if !strings.HasPrefix(t, "@") && utf8.RuneCountInString(t) >= 4 && !isNumber(t) {
			ix.deletes[t] = append(ix.deletes[t], int32(id))
			forDeletions(t, func(del string) {
				ix.deletes[del] = append(ix.deletes[del], int32(id))
			})
		}
	}
}

func isNumber(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// forDeletions calls fn with every string made by deleting one letter of w.
func forDeletions(w string, fn func(string)) {
	prev := ""
	for i, r := range w {
		del := w[:i] + w[i+utf8.RuneLen(r):]
		if del != prev {
			fn(del)
		}
		prev = del
	}
}

// addField adds the stems of one text to a document field, with glossary concepts.
func (ix *Index) addField(db *docBuilder, fi field, lang text.Lang, toks []text.Token) {
	stems := make([]string, 0, len(toks))
	exact := make([]string, 0, len(toks)) // the words as written, for abbreviations
	for _, t := range toks {
		if t.Num {
			stems = append(stems, t.Text)
			exact = append(exact, t.Text)
			continue
		}
		if t.Sym || text.IsStopword(t.Text) {
			continue // dropped on both sides, so glossary names match across "of", "и", "və"
		}
		stems = append(stems, ix.stemCached(lang, t.Text))
		exact = append(exact, exactForm(t))
	}
	for _, s := range stems {
		if s != "" {
			db.tf[fi][s]++
			db.length[fi]++
		}
	}
	if fi == fieldText {
		// Only the answer texts say authoritatively which way a flow goes; the questions
		// people ask are paraphrases and would blur it.
		text.Directions(toks, func(term string) { db.tf[fi][term]++ })
	}
	for i := 0; i < len(stems); {
		found := longest(ix.matchPhrases(i, func(j int) [3]string { return [3]string{stems[j], "", exact[j]} }, len(stems)))
		if len(found) == 0 {
			i++
			continue
		}
		for _, c := range found {
			db.tf[fi][c.concept]++
		}
		i += len(found[0].stems)
	}
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
				if len(toks) == 1 && !toks[0].Num && (lang == text.AZ || lang == text.KK) && utf8.RuneCountInString(toks[0].Text) >= 4 {
					ix.wordStarts[toks[0].Text] = "@" + t.ID
				}
				if isAbbreviation(name) {
					ix.addAbbreviation(t.ID, toks, seen)
				} else {
					ix.addName(t.ID, lang, toks, seen)
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
			exact = append(exact, exactForm(tk))
		}
	}
	if key := strings.Join(exact, " "); len(exact) > 0 && !seen[key] {
		seen[key] = true
		ix.phrases[exact[0]] = append(ix.phrases[exact[0]], phrase{stems: exact, concept: "@" + id})
	}
}

// addName registers a name as the stems of its words in its language.
func (ix *Index) addName(id string, lang text.Lang, toks []text.Token, seen map[string]bool) {
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
	if seen[key] {
		return
	}
	seen[key] = true
	p := phrase{stems: stems, concept: "@" + id}
	if len(toks) == 1 && !toks[0].Num {
		p.surface = toks[0].Text
	}
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

// matchPhrases returns the glossary phrases starting at position i. variants(j) gives the
// candidate stems of position j (a query word may be read as Russian or Kazakh, say).
func (ix *Index) matchPhrases(i int, variants func(int) [3]string, n int) []phrase {
	var found []phrase
	seen := ""
	for _, v := range variants(i) {
		if v == "" {
			continue
		}
	next:
		for _, p := range ix.phrases[v] {
			if i+len(p.stems) > n {
				continue
			}
			if p.surface != "" && !looksLike(strings.TrimPrefix(variants(i)[2], "="), p.surface) {
				continue
			}
			for k := 1; k < len(p.stems); k++ {
				vs := variants(i + k)
				if vs[0] != p.stems[k] && vs[1] != p.stems[k] && vs[2] != p.stems[k] {
					continue next
				}
			}
			if !strings.Contains(seen, p.concept+" ") {
				seen += p.concept + " "
				found = append(found, p)
			}
		}
	}
	return found
}

// longest keeps the longest of the phrases found at one position (they come longest first).
func longest(ps []phrase) []phrase {
	for i := 1; i < len(ps); i++ {
		if len(ps[i].stems) < len(ps[0].stems) {
			return ps[:i]
		}
	}
	return ps
}

// monthToken is the index term of a month, whatever language named it.
func monthToken(m int) string { return "#m" + strconv.Itoa(m) }

// looksLike tells an inflected or mistyped form of a name ("qazaxıstana", "Shakmir") from
// another word that only shares its stem ("transcaspian" and "Transcaucasia"): one must start
// with nearly all of the other, or be at most two edits from it.
func looksLike(word, name string) bool {
	if word == "" || word == name {
		return true
	}
	w, n := []rune(word), []rune(name)
	common := 0
	for common < len(w) && common < len(n) && w[common] == n[common] {
		common++
	}
	if common >= len(n)-2 || common >= len(w)-2 {
		return true
	}
	if len(w) > len(n) {
		w = w[:len(n)] // an ending does not count as a typo
	}
	return editDistanceAtMost(w, n, 2)
}

// editDistanceAtMost reports whether the Levenshtein distance of a and b is at most k.
func editDistanceAtMost(a, b []rune, k int) bool {
	if d := len(a) - len(b); d > k || -d > k {
		return false
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
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
func (ix *Index) withoutBaseWords(terms []*knowledge.Term, base map[string][]posting) []*knowledge.Term {
	out := terms[:0]
	for _, t := range terms {
		for _, l := range text.Langs {
			names := t.Names[l][:0]
			for _, n := range t.Names[l] {
				toks := text.Tokenize(n, nil)
				if len(toks) == 1 && base[ix.stemCached(l, toks[0].Text)] != nil {
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

// Scratch is the per-query working memory of ranking: reuse one per goroutine (a sync.Pool).
type Scratch struct {
	scores  []float32
	touched []int32
	Units   []Unit       // the units of the last text analyzed
	Toks    []text.Token // the tokens of the last text analyzed
}

// NewScratch makes working memory for queries against ix.
func (ix *Index) NewScratch() *Scratch { return &Scratch{scores: make([]float32, len(ix.facts))} }

// Lookup finds the id of an index term ("инвест", "@btc", "→kazakhstan", "#m8").
func (ix *Index) Lookup(term string) (int32, bool) {
	id, ok := ix.vocab[term]
	return id, ok
}

// Term is the index term of an id.
func (ix *Index) Term(id int32) string { return ix.terms[id] }

// IDF is the inverse document frequency of a term.
func (ix *Index) IDF(id int32) float32 { return ix.idf[id] }

// HasPosting reports whether document doc has term id.
func (ix *Index) HasPosting(id, doc int32) bool { return hasPosting(ix.postings[id], doc) }

// Fact is the fact of a document.
func (ix *Index) Fact(doc int32) *knowledge.Fact { return ix.facts[doc] }

// Years lists the years the figures or events of a document refer to.
func (ix *Index) Years(doc int32) []int { return ix.years[doc] }

// HasAmount reports whether a document states an amount (not only a year).
func (ix *Index) HasAmount(doc int32) bool { return ix.amounts[doc] }

// IsDated reports whether a document gives a year or a date of its own (a launch, an event).
func (ix *Index) IsDated(doc int32) bool { return ix.dated[doc] }

// Glossary is the knowledge base's glossary and the countries CLDR names besides.
func (ix *Index) Glossary() []*knowledge.Term { return ix.glossary }

// DocFreq is how many documents have term id.
func (ix *Index) DocFreq(id int32) int { return len(ix.postings[id]) }
