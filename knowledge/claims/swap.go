// A clause that says what a fact says but for one name — another city, port, organisation or
// person where the fact names its own ("the World Bank's event took place in Almaty", "the
// Sarzha terminal is being built at Aktau port") — is refuted by that fact, which names the
// right one. Only names of one kind are swapped: a city for a city, an organisation for an
// organisation.

package claims

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// swapKind is the kind of a glossary entity for a swap, or "".
func (e *Checker) swapKind(id string) string {
	switch c := e.class[id]; {
	case e.cities[id]:
		return "city"
	case c == "port" || c == "terminal":
		return "port"
	case c == "organisation" || c == "person" || c == "event" || c == "region" || c == "oilfield" || c == "vessel":
		return c
	case e.countries[id]:
		return "country"
	}
	return ""
}

// checkSwap refutes a figure-less clause by a fact that says all of it but one name, and names
// instead another of the same kind.
func (e *Checker) checkSwap(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	toks := text.Tokenize(clause, nil)
	denies := text.Denies(toks)
	if info.Hedged && !denies || info.Achieved || text.HasWordIn(toks, text.AlsoWords) {
		return ClaimResult{}, false // "Evrascon is also building the hub" adds a builder
	}
	// a denial ("can't fully replace") is compared only with a fact denying the same
	restSaid := func(f *knowledge.Fact) bool {
		if denies {
			return !deniedWhereSaid(clause, f, lang) && !saysOpposite(clause, f, lang)
		}
		return confirmsRest(clause, f, lang)
	}
	units := slices.Clone(e.ix.Analyze(s, clause))
	stranger := frame.StrangerInClaim(clause, units)
	if stranger == "" {
		stranger = frame.UnknownNameRun(e.ix, clause)
	}
	if stranger != "" && !denies {
		return e.swapStranger(s, lang, clause, info, toks, units, stranger)
	}
	named := e.namePositions(strings.ToLower(clause), lang)
	for i, u := range units {
		id := swappable(e.ix, u)
		kind := e.swapKind(id)
		if kind == "" || !slices.Contains(named, id) && e.shortNameOnly(clause, id) {
			continue // a name of two letters may be a word: "daha az" (less), not "AZ"
		}

		rest := append(slices.Clone(units[:i]), units[i+1:]...)
		cands, _ := e.claimCandidates(s, rest)
		// A name no fact names ("the Kashagan field") is surely not what the fact says: the
		// oil's volume and its first cargo may rank either way, the one saying the rest refutes
		// it. A name the base knows is weighed against the best candidate alone: the second
		// may tell another part of the story ("signed in Baku" of a plant in Shamkir).
		tried := 1
		if u.Term < 0 {
			tried = 2
		}
		for _, c := range cands[:min(len(cands), tried)] {
			f := c.fact
			if c.cover.Share < minSwapCoverage || slices.Contains(f.Entities, id) || e.textNames(f, lang, id) ||
				!restSaid(f) {
				continue
			}
			other := e.otherOfKind(f, units, named, kind)
			if other == "" && kind == "organisation" {
				other = e.sameRoleIn(s, clause, id, f, named, lang) // "carried out by the World Bank" of the EBRD's study the Commission funded
			}
			if other == "" && kind == "organisation" {
				other = e.otherOfKind(f, units, named, "port") // a port's company ("with China's Lianyungang")
			}
			if kind == "country" && e.nationalityOfCompany(clause, lang, id) &&
				!e.nationalityOfCompany(f.Text.In(lang), lang, other) && !e.nationalityOfCompany(f.Text.In(knowledge.EN), knowledge.EN, other) {
				continue // "a Dutch company dredged Kuryk" tells who did it; the fact, where Kuryk is
			}
			if e.class[other] == "organisation" && !slices.Contains(e.namesOfClass(f), other) {
				continue // "the OECD reports that…": who tells the fact did not do what it tells
			}
			if other != "" && e.otherRole(s, clause, id, f, other, lang) {
				continue // "prepared by the World Bank" of a study the Commission funded: who prepared it, the fact does not say
			}
			if kind == "city" && e.sourcePlacesElsewhere(clause, lang, f, id, units) {
				continue // "the HBI project in Shamkir is the JV signed in Baku": its source puts the plant in Shamkir
			}
			if other != "" && e.saidButName(clause, toks, f, lang, id) {
				return e.byName(clause, info, f, Contradicted, "names "+other+" where the clause names "+id), true
			}
		}
	}
	return ClaimResult{}, false
}

// sourcePlacesElsewhere reports another fact of f's source that names the place and every
// other name of the clause (countries aside) and says as much of it as f does (not the
// signing of "signed in Shamkir"): the source puts what the clause tells of in that
// place, so it is no swap of the place where f's event happened ("the HBI project in Shamkir
// is the joint venture of Dashkasan and Fonte", of the venture's agreement signed in Baku).
func (e *Checker) sourcePlacesElsewhere(clause string, lang knowledge.Lang, f *knowledge.Fact, place string, units []index.Unit) bool {
	t, ok := e.ix.Lookup("@" + place)
	if !ok {
		return false
	}
	toks := text.Tokenize(clause, nil)
	saidByF := statementWords(toks, e.factWords(clause, f, lang))
	found := false
	e.ix.EachDoc(t, func(doc int32) bool {
		g := e.ix.Fact(doc)
		found = g != f && g.Source == f.Source && e.namesAllOfClause(g, units, place) && statementWords(toks, e.factWords(clause, g, lang)) >= saidByF
		return !found
	})
	return found
}

// namesAllOfClause reports a fact naming every entity the clause names but its countries,
// and some thing beside the place that is no person.
func (e *Checker) namesAllOfClause(g *knowledge.Fact, units []index.Unit, place string) bool {
	things := 0
	for _, u := range units {
		id := swappable(e.ix, u)
		if id == "" || e.countries[id] {
			continue
		}
		if !slices.Contains(g.Entities, id) {
			return false
		}
		if id != place && e.class[id] != "person" {
			things++ // a person is in many places: "Tokayev in Astana" places no signing there
		}
	}
	return things > 0
}

// swappable is the glossary entity a unit names, whether or not a fact names it ("the
// Kashagan field" of the first oil that came from Tengiz), or "".
func swappable(ix *index.Index, u index.Unit) string {
	switch {
	case !u.Entity || !u.Concept:
		return ""
	case u.Term >= 0:
		return strings.TrimPrefix(ix.Term(u.Term), "@")
	}
	return strings.TrimPrefix(u.Unknown, "@")
}

// nationalityOfCompany reports a clause naming the country only as a company's: "a Dutch
// company", "нидерландская фирма".
func (e *Checker) nationalityOfCompany(clause string, lang knowledge.Lang, id string) bool {
	toks := text.Tokenize(clause, nil)
	for i := 0; i+1 < len(toks); i++ {
		if text.IsOrganisationHead(toks[i+1].Text) && slices.Contains(e.namePositions(toks[i].Text, lang), id) {
			return true
		}
	}
	return false
}

// shortNameOnly reports a clause naming the entity by a name of two letters alone.
func (e *Checker) shortNameOnly(clause string, id string) bool {
	lower := strings.ToLower(clause)
	for _, t := range e.ix.Glossary() {
		if t.ID != id {
			continue
		}
		for _, names := range t.Names { // the index reads every language's names in any text
			for _, n := range names {
				if utf8.RuneCountInString(n) <= 2 && nameAt(lower, strings.ToLower(n), true) >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// textNames reports a fact whose text, in the language or in English, names the entity,
// though its list of entities may not.
func (e *Checker) textNames(f *knowledge.Fact, lang knowledge.Lang, id string) bool {
	return slices.Contains(e.namedIn(f, lang), id) || slices.Contains(e.namedIn(f, knowledge.EN), id)
}

// swapStranger refutes a clause naming a company the base does not know ("the hub is built
// with the Chinese COSCO") by a fact that says the rest and names one other company: the
// name is surely a company's (an abbreviation, or beside "company", "şirkəti").
func (e *Checker) swapStranger(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim, toks []text.Token, units []index.Unit, stranger string) (ClaimResult, bool) {
	var kind string
	announcer := announcerRun(clause, stranger)
	switch {
	case personName(clause, stranger):
		kind = "person" // "vice-premier Serik Zhumangarin"
	case announcer != "":
		// "Ursula von der Leyen announced": the whole name, not its first word, is left out
		kind, stranger = "person", announcer
	case actorName(clause, stranger) || e.joinedToOrganisation(s, clause, stranger):
		kind = "organisation" // "COSCO", "between SOCAR and Lukoil"
	case placeName(clause, stranger):
		kind = "city" // "held in Bishkek", "Biskekde keçirilən"
	default:
		return ClaimResult{}, false
	}
	strange := text.Tokenize(stranger, nil)
	isStrange := func(w string) bool {
		return slices.ContainsFunc(strange, func(t text.Token) bool { return t.Text == w })
	}
	rest := slices.DeleteFunc(slices.Clone(units), func(u index.Unit) bool { return isStrange(strings.TrimPrefix(u.Exact, "=")) })
	cands, _ := e.claimCandidates(s, rest)
	// the stranger is a name, not a word describing the company: "Çinin COSCO şirkəti" is
	// described as Chinese, as the fact's company is
	without := strings.Join(slices.DeleteFunc(strings.Fields(clause), func(w string) bool { return strings.HasPrefix(strings.Trim(w, ".,;:«»\"'()"), stranger) }), " ")
	restToks := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool { return isStrange(t.Text) })
	named := e.namePositions(strings.ToLower(clause), lang)
	// the plant's capacity and the plant itself may rank either way: the one saying the rest
	// of the clause
	for _, c := range cands[:min(len(cands), 2)] {
		f := c.fact
		if c.cover.Share < minRefuteCoverage || !e.confirmsStatement(without, f, lang) {
			continue
		}
		other := e.otherOfKind(f, units, named, kind)
		if other == "" && kind == "organisation" {
			other = e.otherOfKind(f, units, named, "port") // a port's company ("with China's Lianyungang")
		}
		texts := e.factWords(clause, f, lang)
		if other != "" && statementWords(restToks, texts) >= minStatementWords && roleSaid(toks, isStrange, texts, lang) {
			return e.byName(clause, info, f, Contradicted, "names "+other+" where the clause names "+stranger), true
		}
	}
	return ClaimResult{}, false
}

// roleSaid reports a fact that says the words of paying or ordering beside the swapped name,
// when the clause has them (roleVerbsSaid, which a confirmation needs, asks every verb of a
// role in the clause, and would keep "the association held its meeting in Istanbul" from
// being refuted by the meeting held in Ankara): "the laying is financed by the Asian Development Bank" of a cable
// two companies lay says nothing of who pays for it, though nearly every other word is the
// fact's. Other words beside a name ("firm", an office, "carries out") a restatement may change.
func roleSaid(toks []text.Token, isName func(string) bool, texts [][]text.Token, lang knowledge.Lang) bool {
	sponsors := text.SponsorVerbs[text.LangIndex(lang)]
	for i, t := range toks {
		if !isName(t.Text) {
			continue
		}
		for k := max(0, i-2); k <= min(len(toks)-1, i+2); k++ {
			if !isName(toks[k].Text) && text.HasPrefixIn(toks[k].Text, sponsors) && statementWords(toks[k:k+1], texts) == 0 {
				return false
			}
		}
	}
	return true
}

// wordOf reports a word of the name.
func wordOf(name string) func(string) bool {
	words := text.Tokenize(name, nil)
	return func(w string) bool { return slices.ContainsFunc(words, func(t text.Token) bool { return t.Text == w }) }
}

// personName reports a name the base does not know written after an office, perhaps past a
// first name: "vice-premier Serik Zhumangarin", "министр Марат Карабаев".
func personName(clause, name string) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		if !strings.HasPrefix(strings.Trim(w, ".,;:«»\"'()"), name) {
			continue
		}
		for k := i - 1; k >= max(0, i-2); k-- {
			n := strings.Trim(words[k], ".,;:«»\"'()")
			if text.IsTitleWord(n) {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
				break // only a first name may stand between
			}
		}
	}
	return false
}

// nameParticles are the lower-case words inside European and Arabic names ("Ursula von der
// Leyen", "Abd al-Aziz").
var nameParticles = map[string]bool{"von": true, "der": true, "van": true, "de": true, "da": true, "del": true, "la": true, "le": true, "al": true, "bin": true}

// announcerRun is the whole name a word of announcing follows, from name, written with a
// capital ("Ursula von der Leyen announced", "… Leyen who announced"), or "": one who
// announced something.
func announcerRun(clause, name string) string {
	words := strings.Fields(clause)
	for i, w := range words {
		if !strings.HasPrefix(strings.Trim(w, ".,;:«»\"'()"), name) {
			continue
		}
		run := []string{strings.Trim(w, ".,;:«»\"'()")}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			n := strings.Trim(words[k], ".,;:«»\"'()")
			if text.AgentMarks[text.Fold(n)] && text.Fold(n) != "by" {
				return strings.Join(run, " ")
			}
			r, _ := utf8.DecodeRuneInString(n)
			if !unicode.IsUpper(r) && !nameParticles[n] && !text.IsStopword(text.Fold(n)) {
				break // only the name's own words ("von der Leyen") or "who" may stand between
			}
			if unicode.IsUpper(r) || nameParticles[n] {
				run = append(run, n)
			}
		}
	}
	return ""
}

// joinedToOrganisation reports a name the base does not know joined by "and" to an
// organisation it knows: "between SOCAR and Lukoil", "Azercell and Kazakhtelecom".
func (e *Checker) joinedToOrganisation(s *index.Scratch, clause, name string) bool {
	toks := text.Tokenize(clause, nil)
	at := slices.IndexFunc(toks, func(t text.Token) bool { return strings.HasPrefix(t.Text, strings.ToLower(name)) })
	if at < 0 {
		return false
	}
	if at >= 2 && text.AndWords[toks[at-1].Text] && e.organisationAt(s, toks, at-2) != "" {
		return true
	}
	return at+2 < len(toks) && text.AndWords[toks[at+1].Text] && e.organisationAt(s, toks, at+2) != ""
}

// placeName reports a name written as a place: after "in", "в", or with a locative ending
// ("Biskekde", "Бішкекте").
func placeName(clause, name string) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		w = strings.Trim(w, ".,;:«»\"'()")
		if !strings.HasPrefix(w, name) && !strings.HasPrefix(name, w) {
			continue
		}
		k := i - 1
		if k > 0 && strings.ToLower(words[k]) == "the" {
			k-- // "in the Shamkir district"
		}
		if k >= 0 && slices.Contains([]string{"in", "at", "в", "во"}, strings.ToLower(words[k])) || text.EndsWithAny(strings.ToLower(w), locativeEndings) {
			return true
		}
	}
	return false
}

// locativeEndings are the Azerbaijani and Kazakh endings of "in" a place.
var locativeEndings = []string{"da", "də", "de", "ta", "tə", "te", "да", "де", "та", "те"}

// otherOfKind is the one entity of the kind the fact names and the clause does not, or "".
// A name written inside a longer one ("Aktau" in "the container hub in Aktau port") is named.
func (e *Checker) otherOfKind(f *knowledge.Fact, units []index.Unit, named []string, kind string) string {
	found := ""
	for _, id := range f.Entities {
		if e.swapKind(id) != kind || slices.Contains(named, id) {
			continue
		}
		if t, ok := e.ix.Lookup("@" + id); ok && index.HasConcept(units, t) {
			continue
		}
		switch {
		case found == "":
			found = id
		case e.namedAfter(found, id):
			found = id // "Aktau container hub" and Aktau: the place is what a clause moves
		case !e.namedAfter(id, found):
			return "" // two candidates: no telling which the clause replaced
		}
	}
	return found
}

// namedAfter reports an entity whose English name holds another's ("Aktau container hub",
// Aktau): a thing at that place.
func (e *Checker) namedAfter(thing, place string) bool {
	var things, places []string
	for _, t := range e.ix.Glossary() {
		switch t.ID {
		case thing:
			things = t.Names[knowledge.EN]
		case place:
			places = t.Names[knowledge.EN]
		}
	}
	return slices.ContainsFunc(things, func(n string) bool {
		return slices.ContainsFunc(places, func(p string) bool { return nameAt(strings.ToLower(n), strings.ToLower(p), true) >= 0 })
	})
}

// saidButName reports a fact whose text says nearly every word of the clause other than the
// words of the swapped name.
func (e *Checker) saidButName(clause string, toks []text.Token, f *knowledge.Fact, lang knowledge.Lang, id string) bool {
	var nameToks []text.Token
	for _, t := range e.ix.Glossary() {
		if t.ID != id {
			continue
		}
		for _, n := range append(slices.Clone(t.Names[lang]), t.Names[knowledge.EN]...) {
			nameToks = append(nameToks, text.Tokenize(n, nil)...)
		}
	}
	rest := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool {
		return slices.ContainsFunc(nameToks, func(n text.Token) bool { return sameStem(n.Text, t.Text) })
	})
	texts := factTexts(f, lang)
	if statementWords(rest, texts) >= minStatementWords {
		return true
	}
	// words a concept of the fact explains count as said ("асты" of "түбімен", the seabed),
	// and so do names the fact gives under any of their names
	texts = append(texts, e.conceptWords(clause, f, lang), e.sharedNameWords(clause, f, lang))
	return statementWords(rest, texts) >= minStatementWords
}
