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
	if !saysWhereBased(toks) || text.HasWordIn(toks, text.NegationWords) {
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
	// The seat is what the clause says of the thing it names: the name alone is enough.
	for _, c := range e.sayTheRest(s, rest, 1) {
		f := c.fact
		if c.cover.Share < minNameCoverage || !e.confirmsByName(clause, f, lang) || !saysWhereBased(text.Tokenize(f.Text.In(lang), nil)) {
			continue
		}
		switch seat := e.onlyCity(f); {
		case slices.Contains(f.Entities, city):
			return e.byName(clause, info, f, Supported, "says it is based in the same city"), true
		case seat != "":
			// The fact says where the thing is based, and names that one city only: "based in
			// Baku" refutes "headquartered in Tashkent".
			return e.byName(clause, info, f, Contradicted, "says it is based in another city"), true
		}
	}
	return ClaimResult{}, false
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
