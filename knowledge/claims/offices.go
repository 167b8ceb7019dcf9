// Offices and organisations: a person beside another organisation than the fact's, an office
// the fact does not give, a witness stated as the actor.

package claims

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
	"unicode"
)

// personOfOtherOrganisation reports a clause putting a person beside another organisation
// than the fact does, where the fact names both: "Kazakhtelecom's chairman Emil Masimov" of
// "AzerTelecom Chairman Emil Masimov and Kazakhtelecom Chairman Bagdat Musin". A person's
// organisation is the nearest one named.
func (e *Checker) personOfOtherOrganisation(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	own := e.nameSpans(strings.ToLower(clause), lang)
	for _, x := range own {
		if e.swapKind(x.id) != "person" {
			continue
		}
		o := e.nearestOrganisation(strings.ToLower(clause), own, x)
		if o == "" || !slices.Contains(f.Entities, o) {
			continue
		}
		theirs, spans := e.besideInFact(f, lang, x.id, e.nearestOrganisation)
		if theirs != "" && theirs != o && slices.ContainsFunc(spans, func(y nameSpan) bool { return y.id == o }) {
			return true
		}
	}
	return false
}

// besideInFact is what pick finds beside the entity id in the fact's text, in the language
// or else in English ("" when neither gives one), with the names of that text.
func (e *Checker) besideInFact(f *knowledge.Fact, lang knowledge.Lang, id string, pick func(s string, spans []nameSpan, x nameSpan) string) (string, []nameSpan) {
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		t := strings.ToLower(f.Text.In(l))
		spans := e.nameSpans(t, l)
		if at := slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == id }); at >= 0 {
			if got := pick(t, spans, spans[at]); got != "" {
				return got, spans
			}
		}
	}
	return "", nil
}

// nearestOrganisation is the organisation named nearest to x with no "and" or comma
// between them ("AzerTelecom Chairman Emil Masimov and Kazakhtelecom Chairman Bagdat Musin":
// Musin's is Kazakhtelecom), or "". Spans are of the lower-cased text s.
func (e *Checker) nearestOrganisation(s string, spans []nameSpan, x nameSpan) string {
	best, dist := "", -1
	for _, y := range spans {
		if e.swapKind(y.id) != "organisation" || y.overlaps(x) {
			continue
		}
		from, to := min(x.end, y.end), max(x.at, y.at)
		if from < to && joinsTwo(s[from:to]) {
			continue
		}
		if d := max(y.at-x.end, x.at-y.end); dist < 0 || d < dist {
			best, dist = y.id, d
		}
	}
	return best
}

// joinsTwo reports text between two names that joins two of a list: a comma or "and".
func joinsTwo(between string) bool {
	// the ending of the name's word ("казахтелеком|а") is no word of its own
	between = strings.TrimLeftFunc(between, unicode.IsLetter)
	if strings.ContainsAny(between, ",;") {
		return true
	}
	for _, t := range text.Tokenize(between, nil) {
		if text.AndWords[t.Text] || t.Text == "мен" || t.Text == "пен" || t.Text == "бен" { // Kazakh "and" after a name
			return true
		}
	}
	return false
}

// officeUnstated reports a clause giving someone an office ("Transport Practice Manager",
// "director") in words the fact's text, in the clause's language or in English, does not use,
// or giving the office a portfolio the fact does not ("Commissioner for Transport" of the
// Commissioner for Enlargement).
func officeUnstated(toks []text.Token, f *knowledge.Fact, lang knowledge.Lang) bool {
	said := saidWords(f, lang)
	anyOffice := slices.ContainsFunc(said, func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.OfficeWords) })
	var given map[string]bool // the fact's portfolios, read when an office asks for them
	for i, t := range toks {
		if t.Num {
			continue
		}
		office := text.HasPrefixIn(t.Text, text.OfficeWords)
		if (office || text.HasPrefixIn(t.Text, text.PresidentWords)) && lowered(said, t.Text) && !viceAt(toks, i) {
			return true // "President Dombrovskis" of an Executive Vice-President, "the minister" of a deputy
		}
		if !office {
			continue
		}
		if !hasStemOf(said, t.Text) && !(anyOffice && text.HasPrefixIn(t.Text, text.HeadWords)) { // "the head of ADY" of its chairman
			return true
		}
		if given == nil {
			given = portfoliosSaid(said)
		}
		if slices.ContainsFunc(portfolios(toks, i), func(id string) bool { return !given[id] }) {
			return true
		}
	}
	return false
}

// lowered reports a title the fact's text gives only with a vice word ("Vice-President",
// "nazir müavini"): the bare title is another office.
func lowered(said []text.Token, w string) bool {
	found := false
	for i, t := range said {
		if !sameStem(t.Text, w) {
			continue
		}
		if !viceAt(said, i) {
			return false
		}
		found = true
	}
	return found
}

// viceAt reports a vice word right before or right after the title at toks[i].
func viceAt(toks []text.Token, i int) bool {
	return i > 0 && text.ViceWords[toks[i-1].Text] || i+1 < len(toks) && text.ViceWords[toks[i+1].Text]
}

// portfolios are the portfolios named near an office at toks[i]: two words before it
// ("Transport Minister", "nəqliyyat üzrə komissar", "көлік министрі") and three after
// ("Commissioner for Enlargement", "министр транспорта").
func portfolios(toks []text.Token, i int) []string {
	var out []string
	for _, t := range toks[max(0, i-2):min(len(toks), i+4)] {
		if id := text.PortfolioOf(t.Text); id != "" && !t.Num {
			out = append(out, id)
		}
	}
	return out
}

// portfoliosSaid are the portfolios a fact's text names anywhere, in the clause's language or
// in English.
func portfoliosSaid(said []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range said {
		if id := text.PortfolioOf(t.Text); id != "" {
			out[id] = true
		}
	}
	return out
}

// officeScopeOtherwise reports a clause giving an office a region or country the fact does
// not give that office ("World Bank regional director for Central Asia" of its director for
// the South Caucasus), though the fact may name that region elsewhere.
func (e *Checker) officeScopeOtherwise(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimed := e.officeScopes(strings.ToLower(clause), lang)
	if len(claimed) == 0 {
		return false
	}
	var given []string
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		given = append(given, e.officeScopes(strings.ToLower(f.Text.In(l)), l)...)
	}
	return slices.ContainsFunc(claimed, func(id string) bool { return !slices.Contains(given, id) })
}

// officeScopes are the regions and countries a text names within five words after an office
// word ("региональный директор Всемирного банка по Южному Кавказу") or, in Azerbaijani and
// Kazakh, which put what qualifies a noun before it, within four words before it ("Оңтүстік
// Кавказ жөніндегі өңірлік директоры").
func (e *Checker) officeScopes(s string, lang knowledge.Lang) []string {
	var out []string
	words := strings.Fields(s)
	starts := make([]int, len(words)+1) // byte offset of each word; the last is the text's end
	at := 0
	for i, w := range words {
		at = strings.Index(s[at:], w) + at
		starts[i] = at
		at += len(w)
	}
	starts[len(words)] = len(s)
	before, after := 0, 5
	if lang == knowledge.AZ || lang == knowledge.KK {
		before, after = 4, 0 // what follows the office is its holder and what he did ("sədri Rüstəmov … Gürcüstandakı hissəsində")
	}
	for i, w := range words {
		if !text.HasPrefixIn(text.Fold(w), text.OfficeWords) {
			continue
		}
		// the window ends at a comma or a full stop: "Астанаға келді, әуежайда оны премьер
		// Бектенов" gives the prime minister no city
		lo, hi := i, i+1
		for lo > max(0, i-before) && !endsPhrase(words[lo-1]) {
			lo--
		}
		for hi < min(len(words), i+1+after) && !endsPhrase(words[hi-1]) {
			hi++
		}
		from, to := starts[lo], starts[hi]
		for _, x := range e.nameSpans(s[from:to], lang) {
			if e.class[x.id] == "region" || e.countries[x.id] || e.cities[x.id] {
				out = append(out, x.id) // where the office is
			}
		}
	}
	return out
}

// endsPhrase reports a word a comma, semicolon, colon or full stop ends.
func endsPhrase(w string) bool { return strings.ContainsAny(w[len(w)-1:], ",;:.") }

// witnessAsActor reports a clause naming a person the fact names only as present at what
// others did ("signed in the presence of the prime ministers"), without saying so itself:
// "the prime ministers signed the agreement".
func (e *Checker) witnessAsActor(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	present := func(toks []text.Token) bool {
		return slices.ContainsFunc(toks, func(t text.Token) bool { return text.HasPrefixIn(t.Text, text.PresenceWords) })
	}
	if present(toks) {
		return false
	}
	names := e.namePositions(strings.ToLower(clause), l)
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		for _, part := range textParts(f.Text.In(lang)) {
			if !present(text.Tokenize(part, nil)) {
				continue
			}
			for _, id := range e.namePositions(strings.ToLower(part), lang) {
				if e.class[id] == "person" && slices.Contains(names, id) {
					return true
				}
			}
		}
	}
	return false
}

// signerUnsaid reports a clause naming a person beside a signing whom the fact names only as
// telling of it — after the signing, as the subject of a word of saying, with no signing
// after the name: "Shahbazov signed the venture's founding agreement" of "…companies signed an
// agreement founding a joint venture, which … Parviz Shahbazov, in a post on X, calls…".
func (e *Checker) signerUnsaid(clause string, f *knowledge.Fact, l knowledge.Lang) bool {
	signing, ok := e.ix.Lookup("@signing")
	if !ok {
		return false
	}
	s := e.ix.NewScratch()
	if !index.HasConcept(e.ix.Analyze(s, clause), signing) {
		return false
	}
	en := strings.ToLower(f.Text.In(knowledge.EN))
	lower := strings.ToLower(clause)
	for _, c := range e.nameSpans(lower, l) {
		id := c.id
		if e.class[id] != "person" || sayingAfter(lower[c.end:]) {
			continue // "…, Shahbazov announced": the clause too has him tell of it
		}
		for _, sp := range e.nameSpans(en, knowledge.EN) {
			if sp.id != id {
				continue
			}
			return sayingAfter(en[sp.end:]) && index.HasConcept(e.ix.Analyze(s, en[:sp.at]), signing) && !index.HasConcept(e.ix.Analyze(s, en[sp.end:]), signing)
		}
	}
	return false
}

// sayingAfter reports a word of saying among the first words of s ("…Shahbazov, in a post on
// X, calls it").
func sayingAfter(s string) bool {
	toks := text.Tokenize(s, nil)
	return slices.ContainsFunc(toks[:min(len(toks), 8)], func(t text.Token) bool { return text.HasPrefixIn(t.Text, text.SayingWords) })
}
