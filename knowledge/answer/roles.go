// People, offices and organisations: whether a fact gives the office or the kind of
// organisation a question asks about.

package answer

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
	"unicode/utf8"
)

// namesOrganisation reports a fact naming an organisation the question does not name.
func (e *Answerer) namesOrganisation(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesOfClass(f, units, "organisation")
}

// namesActor reports a fact naming an organisation the question does not, as one that acts
// in it rather than one that only reports it (see onlyReports).
func (e *Answerer) namesActor(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesBeyond(f, units, func(id string) bool { return e.class[id] == "organisation" && !e.onlyReports(f, id) })
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

// namesPersonAsked reports a fact naming a person the question names.
func (e *Answerer) namesPersonAsked(f *knowledge.Fact, sl slots) bool {
	return slices.ContainsFunc(sl.names, func(n int32) bool {
		id := strings.TrimPrefix(e.ix.Term(n), "@")
		return e.class[id] == "person" && slices.Contains(f.Entities, id)
	})
}

// namesOfClass reports a fact naming an entity of the class ("person") the question does not.
func (e *Answerer) namesOfClass(f *knowledge.Fact, units []index.Unit, class string) bool {
	return e.namesBeyond(f, units, func(id string) bool { return e.class[id] == class })
}

// namesBeyond reports a fact naming an entity that is of the kind asked (kind) and that the
// question does not name.
func (e *Answerer) namesBeyond(f *knowledge.Fact, units []index.Unit, kind func(id string) bool) bool {
	for _, id := range f.Entities {
		if !kind(id) {
			continue
		}
		if t, ok := e.ix.Lookup("@" + id); !ok || !index.HasConcept(units, t) {
			return true
		}
	}
	return false
}

// orgKinds are the kinds of organisation a question can ask for, each by the word its
// English name holds and the phrases that ask for it: "which bank" wants a bank, "which
// holding" a holding.
var orgKinds = []struct {
	head  string
	asked text.Phrases
}{{"Bank", text.BankAsked}, {"Holding", text.HoldingAsked}, {"Shipyard", text.ShipyardAsked}}

// addHeaded files an organisation under each kind its English names say it is.
func (e *Answerer) addHeaded(t *knowledge.Term) {
	for _, kind := range orgKinds {
		if !slices.ContainsFunc(t.Names[knowledge.EN], func(n string) bool { return slices.Contains(strings.Fields(n), kind.head) }) {
			continue
		}
		if e.headed == nil {
			e.headed = map[string]map[string]bool{}
		}
		if e.headed[kind.head] == nil {
			e.headed[kind.head] = map[string]bool{}
		}
		e.headed[kind.head][t.ID] = true
	}
}

// orgKindAsked gives the kind of organisation a question asks for ("which bank": "Bank"),
// or "".
func orgKindAsked(toks []text.Token) string {
	for _, kind := range orgKinds {
		if text.AnyPhraseIn(toks, kind.asked) {
			return kind.head
		}
	}
	return ""
}

// namesKind reports a fact naming an organisation of the kind ("Bank").
func (e *Answerer) namesKind(f *knowledge.Fact, kind string) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool { return e.headed[kind][id] })
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
		if e.class[id] == "person" {
			said = append(said, e.sourceSays(f, id)...) // her office, said in another sentence
		}
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

// namesOffice reports a question naming an office ("minister", "директор"), not only a head.
func namesOffice(toks []text.Token) bool { return slices.ContainsFunc(toks, isOfficeWord) }

// isOfficeWord reports a word of an office ("minister", "директор"), not of a head ("глава").
func isOfficeWord(t text.Token) bool {
	return !t.Num && text.HasPrefixIn(t.Text, text.RoleWords) && !text.HasPrefixIn(t.Text, text.HeadWords)
}
