// How much of a clause a fact says, part by part: the words shared, the parts a fact's text
// is told in, the names it shares.

package claims

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
)

// saidInOnePart reports a part of the fact's text (between full stops or semicolons, in the
// clause's language or in English) that gives nearly every word of the clause and every name
// it shares with the fact: "the report covers Kazakhstan, Azerbaijan and Georgia; a later
// study will cover Türkiye" does not say the report covers Türkiye.
func (e *Checker) saidInOnePart(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	// names the clause shares with the fact, and concepts both name in words of their own
	shared := append(e.sharedNameWords(clause, f, l), e.conceptWords(clause, f, l)...)
	said := func(part string) bool {
		partToks := text.Tokenize(part, nil)
		return statementWords(toks, [][]text.Token{partToks, shared}) >= minStatementWords && statusWordsGiven(toks, partToks)
	}
	return e.anyPartNamingShared(clause, f, l, said) || e.saidPartByPart(clause, f, l) ||
		e.oneSubjectThroughout(f, l) && said(f.Text.In(l))
}

// oneSubjectThroughout reports a fact whose parts name no two different things of one kind
// ("Kazakhstan plans to sign the agreement soon; the draft was prepared to raise the route's
// status"): a clause may take its words from any part, for no detail can move to another
// thing's part. "Aktau takes ferries; Kuryk grain" names two ports, and is read part by part.
func (e *Checker) oneSubjectThroughout(f *knowledge.Fact, l knowledge.Lang) bool {
	parts := textParts(f.Text.In(l))
	if len(parts) < 2 {
		return false
	}
	named := make([][]string, len(parts))
	for i, part := range parts {
		named[i] = e.namePositions(strings.ToLower(part), l)
	}
	// two parts each naming a thing of one kind the other does not: "Aktau …; Kuryk …"
	only := func(a, b []string) []string {
		return slices.DeleteFunc(slices.Clone(a), func(id string) bool { return slices.Contains(b, id) })
	}
	for i := range named {
		for j := i + 1; j < len(named); j++ {
			for _, a := range only(named[i], named[j]) {
				if slices.ContainsFunc(only(named[j], named[i]), func(b string) bool { return e.orderClass(b) == e.orderClass(a) }) {
					return false
				}
			}
		}
	}
	return true
}

// minPartSaid is the share of a fact's part a stretch of a clause restating it must give.
const minPartSaid = 0.6

// saidPartByPart reports a clause that restates the parts of a fact's text one after another,
// each stretch of the clause said in its own part: "the report covers Kazakhstan, Azerbaijan
// and Georgia, with Türkiye to be covered later" of "…covers Kazakhstan, Azerbaijan and
// Georgia; a later study is to cover Türkiye". Each stretch runs from its part's first name to
// the next part's, so a detail moved to another part's name ("Aktau takes ferries; Kuryk
// grain" of the reverse) is not said in its stretch's part.
func (e *Checker) saidPartByPart(clause string, f *knowledge.Fact, l knowledge.Lang) bool {
	lower := strings.ToLower(clause)
	spans := e.nameSpans(lower, l)
	names := outer(spans)
	if len(names) < 2 {
		return false
	}
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		parts := textParts(f.Text.In(lang))
		if len(parts) < 2 {
			continue
		}
		starts, part := e.partsInTurn(names, spans, parts, lang)
		if len(part) < 2 {
			continue
		}
		starts[0] = 0
		said := true
		for i, k := range part {
			end := len(lower)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			said = said && e.stretchSaid(lower[starts[i]:end], parts[k], f, l)
		}
		if said {
			return true
		}
	}
	return false
}

// partsInTurn gives each name of a clause, in order, the first part of a fact's text from the
// current one on that names it, and returns where each new part's stretch starts and the
// parts in turn; none when a name is in no part left.
func (e *Checker) partsInTurn(names []string, spans []nameSpan, parts []string, lang knowledge.Lang) (starts, part []int) {
	inPart := make([][]string, len(parts))
	for i, p := range parts {
		inPart[i] = e.namePositions(strings.ToLower(p), lang)
	}
	at := 0
	for _, id := range names {
		k := at
		for k < len(parts) && !slices.Contains(inPart[k], id) {
			k++
		}
		if k == len(parts) {
			return nil, nil
		}
		if len(part) == 0 || k != part[len(part)-1] {
			x := spans[slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == id })]
			starts, part = append(starts, x.at), append(part, k)
		}
		at = k
	}
	return starts, part
}

// stretchSaid reports a stretch of a clause said in a part of a fact's text both ways: it says
// nothing the part does not, and most of what the part says ("Türkiye" alone is no "a later
// study is to cover Türkiye").
func (e *Checker) stretchSaid(stretch, part string, f *knowledge.Fact, l knowledge.Lang) bool {
	toks, partToks := text.Tokenize(stretch, nil), text.Tokenize(part, nil)
	names := e.sharedNameWords(stretch, f, l)
	return statementWords(toks, [][]text.Token{partToks, names}) >= minStatementWords &&
		statementWords(partToks, [][]text.Token{toks}) >= minPartSaid && statusWordsGiven(toks, partToks)
}

// saidInWhole is saidInOnePart over the fact's whole text.
func (e *Checker) saidInWhole(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	whole := [][]text.Token{text.Tokenize(f.Text.In(l), nil), e.sharedNameWords(clause, f, l)}
	return statementWords(toks, whole) >= minStatementWords
}

// namesInOnePart reports a part of the fact's text that names every name the clause shares
// with the fact, whatever its other words: the same report names Türkiye, but not as covered.
func (e *Checker) namesInOnePart(clause string, f *knowledge.Fact, l knowledge.Lang) bool {
	return e.anyPartNamingShared(clause, f, l, func(string) bool { return true })
}

// anyPartNamingShared reports a part of the fact's text (between full stops or semicolons, in
// the clause's language or in English) naming every name the clause shares with the fact, for
// which ok holds.
func (e *Checker) anyPartNamingShared(clause string, f *knowledge.Fact, l knowledge.Lang, ok func(part string) bool) bool {
	names := e.namePositions(strings.ToLower(clause), l)
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		whole := e.namePositions(strings.ToLower(f.Text.In(lang)), lang)
		shared := slices.DeleteFunc(slices.Clone(names), func(id string) bool { return !slices.Contains(whole, id) })
		parts := textParts(f.Text.In(lang))
		for _, part := range append(parts, backJoined(parts)...) {
			inPart := e.namePositions(strings.ToLower(part), lang)
			if !slices.ContainsFunc(shared, func(id string) bool { return !slices.Contains(inPart, id) }) && ok(part) {
				return true
			}
		}
	}
	return false
}

// statusWordsGiven reports a part giving every word of the clause that says how far a thing
// has come — begun, finished, working, achieved: "the next phase of the cable has begun" is
// not "the cable is finished and working".
func statusWordsGiven(toks, part []text.Token) bool {
	for i, t := range toks {
		status := text.ContainsWord(toks[i:i+1], text.AchievedIndex) || text.ContainsWord(toks[i:i+1], text.StartedIndex) ||
			text.HasPrefixIn(t.Text, text.FinishWords)
		if status && !slices.ContainsFunc(part, func(n text.Token) bool { return sameStem(n.Text, t.Text) }) {
			return false
		}
	}
	return true
}

// sharedNameWords are the clause's words naming an entity the fact names too: the fact gives
// them, whichever of its names it writes ("BTK" for "the Baku–Tbilisi–Kars railway").
func (e *Checker) sharedNameWords(clause string, f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	lower := strings.ToLower(clause)
	var out []text.Token
	for _, x := range e.nameSpans(lower, lang) {
		if slices.Contains(f.Entities, x.id) {
			out = append(out, text.Tokenize(lower[x.at:x.end], nil)...)
		}
	}
	return out
}

// maxConceptFacts is how many facts a concept may name for its words to count as said in
// other words: a specific one (the groundbreaking, an opening ceremony), not "route".
const maxConceptFacts = 80

// conceptWords are the clause's words a glossary concept (not a name) explains that the fact's
// text names too, in words of its own: "заложили первый камень" and "церемония закладки фундамента" both
// tell of the groundbreaking, so a restatement in synonyms says what the fact says.
func (e *Checker) conceptWords(clause string, f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	s := e.scratch.Get().(*index.Scratch) // not the caller's: its analysis of the clause is in use
	defer e.scratch.Put(s)
	said := e.saidUnits(s, f, lang)
	var out []text.Token
	for _, u := range e.ix.Analyze(s, clause) {
		// names: see sharedNameWords; a concept most facts name ("route") says too little
		if u.Covered && u.By >= 0 && !e.ix.IsEntity(e.ix.Term(u.By)) && e.ix.DocFreq(u.By) <= maxConceptFacts && index.HasConcept(said, u.By) {
			out = append(out, text.Token{Text: strings.TrimPrefix(u.Exact, "=")})
		}
	}
	return out
}

// saidUnits are the units of a fact's text in the clause's language and in English, copied
// out of the scratch s.
func (e *Checker) saidUnits(s *index.Scratch, f *knowledge.Fact, lang knowledge.Lang) []index.Unit {
	var said []index.Unit
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		said = append(said, e.ix.Analyze(s, f.Text.In(l))...)
	}
	return said
}

// saidWords are the words of a fact's text in the clause's language and in English: what the
// fact says, whichever of the two a restatement follows.
func saidWords(f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	return append(text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil)...)
}

// textParts are a text's parts between full stops and semicolons.
func textParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '.' })
}

// backJoined are the fact's parts that open by pointing back ("…is planned; it will be built
// by …", "…; onu … tikəcək"), each joined to the part before it, where the thing it speaks
// of is named.
func backJoined(parts []string) []string {
	var out []string
	for i := 1; i < len(parts); i++ {
		if toks := text.Tokenize(parts[i], nil); len(toks) > 0 && text.BackWords[toks[0].Text] {
			out = append(out, parts[i-1]+";"+parts[i])
		}
	}
	return out
}

// factTexts are the fact's text in the clause's language and in English, in words.
func factTexts(f *knowledge.Fact, lang knowledge.Lang) [][]text.Token {
	return [][]text.Token{text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil)}
}

// factWords are factTexts with the names the clause shares with the fact, under the clause's
// names for them.
func (e *Checker) factWords(clause string, f *knowledge.Fact, lang knowledge.Lang) [][]text.Token {
	return append(factTexts(f, lang), e.sharedNameWords(clause, f, lang))
}

// weighedWord reports a word statementWords weighs: not a figure, a stop word, or a word any
// restatement may change. "приехал с визитом": who came for talks held there came, whatever
// words tell it; "Şahbazov deyir ki": who says it is a name, whatever verb says he said it;
// "runs from X to Y" is "between X and Y" (the way it goes is movesOtherWay's).
func weighedWord(t text.Token) bool {
	return !t.Num && !t.Sym && !text.IsStopword(t.Text) && !text.HasPrefixIn(t.Text, text.ArrivalWords) && !text.AttributionWords[t.Text] &&
		!text.RouteWords[t.Text] && !text.IsLocatedWord(t.Text) && !text.IsLightVerb(t.Text) &&
		(!text.PeriodWords[t.Text] || text.MonthOf(t.Text) > 0) // "ildə", "году" say when; a month's name says which
}

// statementWords is the share of the clause's words (not stopwords) whose stem one of the
// texts gives.
func statementWords(toks []text.Token, texts [][]text.Token) float64 {
	words, found := 0, 0
	for _, t := range toks {
		if !weighedWord(t) {
			continue
		}
		words++
		if slices.ContainsFunc(texts, func(ft []text.Token) bool {
			return wordSaid(t.Text, ft)
		}) {
			found++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(found) / float64(words)
}

// wordSaid reports a word one of the tokens gives: the same stem, inside a compound, or a
// synonym.
func wordSaid(w string, in []text.Token) bool {
	return slices.ContainsFunc(in, func(n text.Token) bool {
		return sameStem(n.Text, w) || withinWord(n.Text, w) || text.Synonyms(n.Text, w)
	})
}
