package claims

import (
	"slices"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// An office or an organisation a claim names is part of what it says: "EU Commissioner for
// International Partnerships Valdis Dombrovskis announced €10 billion" is not shown by a fact
// that calls him Executive Vice-President, nor "the Ministry of Digital Development puts the
// cable at $51 million" by one citing the Foreign Ministry, nor "the Asian Development Bank
// carried out the study" by one naming the EBRD. The words beside such a head word in the
// claim must stand beside the same head word in the fact.

// actorReach is how many words either side of a head word say whose it is ("Ministry of
// Digital Development", "Premier-ministrdің orynbasary").
const actorReach = 2

// actorUnstated reports a head word of an office or an organisation in the clause, with the
// words beside it, that the fact's text (in the clause's language, or in English) does not
// give together.
func (e *Checker) actorUnstated(s *index.Scratch, clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	var texts [][]text.Token
	for i, t := range toks {
		if t.Num || !isActorHead(t.Text, lang) {
			continue
		}
		beside := e.withoutCountOf(e.besideHead(s, toks, i, lang), f)
		offices := text.HasPrefixIn(t.Text, text.OfficeWords) && pluralWord(t.Text)
		if beside == nil && !offices {
			continue // nothing but names or common words around it ("SOCAR's company")
		}
		if texts == nil {
			texts = factTexts(f, lang)
		}
		// Holders of an office, named by it alone, must be the fact's: "the presidents
		// signed" is not shown by a fact in which the energy ministers did.
		if !slices.ContainsFunc(texts, func(ft []text.Token) bool { return saysTogether(ft, t.Text, beside) || headOfSame(ft, t.Text, beside) }) {
			return true
		}
	}
	return false
}

// withoutCountOf leaves out of the words beside an office a count of the people the fact
// names: "the three presidents met" of a fact naming Aliyev, Tokayev and Mirziyoyev.
func (e *Checker) withoutCountOf(beside []string, f *knowledge.Fact) []string {
	people := 0
	for _, id := range f.Entities {
		if e.class[id] == "person" {
			people++
		}
	}
	out := slices.DeleteFunc(slices.Clone(beside), func(w string) bool {
		word, _, _ := strings.Cut(w, "|")
		return people > 0 && text.NumberWord(word) == float64(people)
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// headOfSame reports a word for a head ("глава", "head") where the text gives the same
// organisation an office of its own ("Председатель ADY"): the chairman is its head.
func headOfSame(ft []text.Token, head string, beside []string) bool {
	if !text.HasPrefixIn(head, text.HeadWords) {
		return false
	}
	return slices.ContainsFunc(ft, func(o text.Token) bool {
		return !o.Num && text.HasPrefixIn(o.Text, text.OfficeWords) && saysTogether(ft, o.Text, beside)
	})
}

// pluralWord reports a word in the plural: "presidents", "министры", "nazirləri",
// "министрлері".
func pluralWord(w string) bool {
	for _, end := range []string{"s", "ы", "и"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	for _, mid := range []string{"ler", "lər", "lar", "лер", "лар", "тер", "тар", "дер", "дар"} {
		if strings.Contains(w, mid) {
			return true
		}
	}
	return false
}

// isActorHead reports a word naming an office, a ministry or a kind of organisation — not an
// English verb made of one ("funded", "grouping").
func isActorHead(w string, lang knowledge.Lang) bool {
	if lang == knowledge.EN && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return false
	}
	return text.IsOrganisationHead(w) || text.HasPrefixIn(w, text.OfficeWords) || text.HasPrefixIn(w, text.MinistryWords) ||
		text.HasPrefixIn(w, text.DeputyWords)
}

// besideHead are the words that say whose the head at i is: up to two before it ("Asian
// Development Bank", "Premier-ministrdің orynbasary"), and after it in Russian ("Министерство
// цифрового развития") or after "of"/"for" in English ("Commissioner for International
// Partnerships"). Stopwords, numbers, other head words and names the glossary knows (checked
// as names) are left out. It is nil when nothing is left, or when the head is part of a name
// the glossary knows ("European Bank for Reconstruction and Development").
func (e *Checker) besideHead(s *index.Scratch, toks []text.Token, i int, lang knowledge.Lang) []string {
	var out, window []string
	add := func(k int) {
		w := toks[k].Text
		window = append(window, w)
		country := e.countryOf(s, w)
		if toks[k].Num || text.IsStopword(w) || isActorHead(w, lang) || e.namesEntity(s, w) && country == "" {
			return
		}
		if name := e.englishName(country); name != "" && name != w {
			w += "|" + name // "kz energy minister": the fact's English text says Kazakhstan's
		}
		out = append(out, w)
	}
	for k := max(0, i-actorReach); k < i; k++ {
		add(k)
	}
	window = append(window, toks[i].Text)
	after := i + 1
	if lang == knowledge.EN && after < len(toks) && (toks[after].Text == "of" || toks[after].Text == "for") {
		after++
	}
	if lang == knowledge.RU || after > i+1 {
		for k := after; k < len(toks) && k < after+actorReach; k++ {
			add(k)
		}
	}
	if len(out) == 0 || e.headInName(s, window, toks[i].Text) {
		return nil
	}
	return out
}

// otherCity reports a clause naming a city the fact does not, where the fact names another.
// A city the clause names as where a thing happened ("held in Kars") must be the fact's too,
// even where the fact names none: the place is part of what the clause says.
func (e *Checker) otherCity(s *index.Scratch, clause string, f *knowledge.Fact) bool {
	factCity := slices.ContainsFunc(f.Entities, func(id string) bool { return e.cities[id] })
	for _, u := range e.ix.Analyze(s, clause) {
		if !u.Concept || u.Term < 0 {
			continue
		}
		id := strings.TrimPrefix(e.ix.Term(u.Term), "@")
		if !e.cities[id] || slices.Contains(f.Entities, id) {
			continue
		}
		if factCity || e.happenedIn(clause, id) {
			return true
		}
	}
	return false
}

// placeMoved reports a clause placing what happened in a city ("held in Kars") that the fact,
// in the clause's language or in English, names only inside another name (the
// Baku–Tbilisi–Kars railway), while it places it in another city (Baku).
func (e *Checker) placeMoved(s *index.Scratch, clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	texts := []string{f.Text.In(lang), f.Text.In(knowledge.EN)}
	inFact := func(id string) bool {
		return slices.ContainsFunc(texts, func(t string) bool { return e.happenedIn(t, id) })
	}
	elsewhere := slices.ContainsFunc(f.Entities, func(id string) bool { return e.cities[id] && inFact(id) })
	if !elsewhere {
		return false
	}
	for _, u := range e.ix.Analyze(s, clause) {
		if !u.Concept || u.Term < 0 {
			continue
		}
		if id := strings.TrimPrefix(e.ix.Term(u.Term), "@"); e.cities[id] && e.happenedIn(clause, id) && !inFact(id) {
			return true
		}
	}
	return false
}

// happenedIn reports a city the clause names as a place ("in Kars", "Qarsda"), not as the
// name of a route or a thing ("Baku–Tbilisi–Kars").
func (e *Checker) happenedIn(clause, id string) bool {
	for _, t := range e.ix.Glossary() {
		if t.ID != id {
			continue
		}
		for _, names := range t.Names {
			for _, n := range names {
				if placeName(clause, n) {
					return true
				}
			}
		}
	}
	return false
}

// otherPlace reports a clause naming a terminal or port by a name right beside the word
// ("the Ceyhan terminal", "терминал Джейхан"), where the fact names a terminal or port the
// clause does not: the 2022 upgrade was at the Sangachal Terminal, and Ceyhan, a word of the
// pipeline's name, is not it.
func (e *Checker) otherPlace(s *index.Scratch, clause string, f *knowledge.Fact) bool {
	units := e.ix.Analyze(s, clause)
	var theirs []text.Token // the words of the names of the fact's places the clause does not name
	for _, id := range f.Entities {
		if t, ok := e.ix.Lookup("@" + id); e.swapKind(id) == "port" && ok && !index.HasConcept(units, t) {
			theirs = append(theirs, e.nameWords(id)...)
		}
	}
	if len(theirs) == 0 {
		return false
	}
	toks := text.Tokenize(clause, nil)
	caps := capitalised(clause)
	for i, t := range toks {
		if t.Num || !text.HasPrefixIn(t.Text, text.PlaceHeadWords) {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(toks) {
				continue
			}
			w := toks[k].Text
			if caps[w] && !hasStemOf(theirs, w) && !e.namesEntity(s, w) && !e.countryWord(s, w) && !e.actorWord(w) {
				return true
			}
		}
	}
	return false
}

// actorWord reports a word of a person's or an organisation's name ("директора порта Эльдара
// Салахова"): whose the port is, or who spoke, not which port.
func (e *Checker) actorWord(w string) bool {
	for _, t := range e.ix.Glossary() {
		if c := e.class[t.ID]; (c == "person" || c == "organisation") && hasStemOf(termWords(t), w) {
			return true
		}
	}
	return false
}

// nameWords are the words of every name the glossary gives an entity, in every language.
func (e *Checker) nameWords(id string) []text.Token {
	for _, t := range e.ix.Glossary() {
		if t.ID == id {
			return termWords(t)
		}
	}
	return nil
}

// termWords are the words of every name of a glossary term, in every language.
func termWords(t *knowledge.Term) []text.Token {
	var out []text.Token
	for _, names := range t.Names {
		for _, n := range names {
			out = append(out, text.Tokenize(n, nil)...)
		}
	}
	return out
}

// namesEntity reports a word that alone names a glossary entity ("АЖД", "Bakı", "Rustamov").
func (e *Checker) namesEntity(s *index.Scratch, w string) bool {
	return len(entityTerms(e.ix.Analyze(s, w))) > 0
}

// countryWord reports a word that names a country ("Kazakhstan's", "Өзбекстанның"): whose
// office it is, which a fact must say too.
func (e *Checker) countryWord(s *index.Scratch, w string) bool { return e.countryOf(s, w) != "" }

// countryOf is the glossary id of the country a word names, or "".
func (e *Checker) countryOf(s *index.Scratch, w string) string {
	for _, t := range entityTerms(e.ix.Analyze(s, w)) {
		if id := strings.TrimPrefix(e.ix.Term(t), "@"); e.countries[id] {
			return id
		}
	}
	return ""
}

// englishName is the first word of a glossary term's English name, folded ("kazakhstan"), or
// "" for none.
func (e *Checker) englishName(id string) string {
	if id == "" {
		return ""
	}
	if toks := text.Tokenize(e.ix.TermName(id, knowledge.EN), nil); len(toks) > 0 {
		return toks[0].Text
	}
	return ""
}

// headInName reports a head word that is part of an organisation's name the glossary knows:
// reading the window with it finds a name that reading it without does not.
func (e *Checker) headInName(s *index.Scratch, window []string, head string) bool {
	with := entityTerms(e.ix.Analyze(s, strings.Join(window, " ")))
	without := entityTerms(e.ix.Analyze(s, strings.Join(slices.DeleteFunc(slices.Clone(window), func(w string) bool { return w == head }), " ")))
	return slices.ContainsFunc(with, func(t int32) bool { return !slices.Contains(without, t) })
}

func entityTerms(units []index.Unit) []int32 {
	var out []int32
	for _, u := range units {
		if u.Entity && u.Concept && u.Term >= 0 {
			out = append(out, u.Term)
		}
	}
	return out
}

// saysTogether reports a text with a word of the head's stem and, within reach of it, a word
// of each stem beside.
func saysTogether(ft []text.Token, head string, beside []string) bool {
	for j, t := range ft {
		if !sameStem(t.Text, head) {
			continue
		}
		near := ft[max(0, j-actorReach-1):min(len(ft), j+actorReach+2)]
		if !slices.ContainsFunc(beside, func(alts string) bool {
			return !slices.ContainsFunc(strings.Split(alts, "|"), func(w string) bool { // "kz|kazakhstan": either
				return slices.ContainsFunc(near, func(n text.Token) bool { return sameStem(n.Text, w) || withinWord(n.Text, w) })
			})
		}) {
			return true
		}
	}
	return false
}

// withinWord reports a word whose stem is inside a compound: "жузилик" in "дүниежүзілік".
func withinWord(compound, w string) bool {
	r := []rune(w)
	return len(r) >= 4 && strings.Contains(compound, string(r[:4]))
}

// sameStem reports two words sharing their first four letters (or all of the shorter):
// "enerji" and "energetika", "министрі" and "министрдің".
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := min(4, len(ra), len(rb))
	return n > 0 && string(ra[:n]) == string(rb[:n])
}
