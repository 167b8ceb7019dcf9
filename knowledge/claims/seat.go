package claims

import (
	"slices"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// checkSeat judges a clause without figures that says in which city something is based ("the
// joint venture will be headquartered in Baku"): a fact that says all the rest of the clause
// and that the thing is based in that same city confirms it. It never refutes: a fact naming
// another city may give where a thing was signed or announced, not where it sits.
func (e *Checker) checkSeat(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	toks := text.Tokenize(clause, nil)
	if !saysWhereBased(toks) || text.Denies(toks) {
		return ClaimResult{}, false
	}
	units := e.ix.Analyze(s, clause)
	city, rest := "", make([]index.Unit, 0, len(units))
	for _, u := range units {
		if u.Concept && u.Term >= 0 {
			if id := strings.TrimPrefix(e.ix.Term(u.Term), "@"); e.cities[id] {
				if city != "" && city != id {
					return ClaimResult{}, false // two cities: which is the seat?
				}
				city = id
				continue
			}
		}
		rest = append(rest, u)
	}
	if city == "" {
		return ClaimResult{}, false
	}
	// The seat is what the clause says of the thing it names: the name alone is enough. A
	// fact that says where the thing sits may say less of the rest ("the joint venture will
	// be based in Baku") than the one telling of its founding, which defines the thing: the
	// facts about what that one defines say where it sits.
	for _, c := range e.sayTheRest(s, rest, 1) {
		if !e.confirmsByName(clause, c.fact, lang) {
			continue
		}
		if r, ok := e.judgeSeat(clause, lang, info, c.fact, city); ok {
			return r, true
		}
		if def := c.fact.Defines; def != "" {
			if r, ok := e.seatOfDefined(clause, lang, info, def, city); ok {
				return r, true
			}
		}
	}
	return ClaimResult{}, false
}

// judgeSeat decides a seat clause by one fact that says where the thing is based.
func (e *Checker) judgeSeat(clause string, lang knowledge.Lang, info frame.Claim, f *knowledge.Fact, city string) (ClaimResult, bool) {
	if !saysWhereBased(text.Tokenize(f.Text.In(lang), nil)) {
		return ClaimResult{}, false
	}
	switch seat := e.onlyCity(f); {
	case slices.Contains(f.Entities, city):
		return e.byName(clause, info, f, Supported, "says it is based in the same city"), true
	case seat != "":
		// The fact says where the thing is based, and names that one city only: "based in
		// Baku" refutes "headquartered in Tashkent".
		return e.byName(clause, info, f, Contradicted, "says it is based in another city"), true
	}
	return ClaimResult{}, false
}

// seatOfDefined decides a seat clause by the facts about the thing another fact defines.
func (e *Checker) seatOfDefined(clause string, lang knowledge.Lang, info frame.Claim, def, city string) (r ClaimResult, ok bool) {
	t, known := e.ix.Lookup("@" + def)
	if !known {
		return ClaimResult{}, false
	}
	e.ix.EachDoc(t, func(doc int32) bool {
		r, ok = e.judgeSeat(clause, lang, info, e.ix.Fact(doc), city)
		return !ok
	})
	return r, ok
}

// onlyCity is the one city a fact names, or "" when it names none or several (where a thing
// was signed and where it sits).
func (e *Checker) onlyCity(f *knowledge.Fact) string {
	found := ""
	for _, id := range f.Entities {
		if e.cities[id] {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// saysWhereBased reports words that say where something is based or sits.
func saysWhereBased(toks []text.Token) bool {
	return text.ContainsWord(toks, text.LocatedIndex) || text.AnyPhraseIn(toks, text.SeatWords)
}
