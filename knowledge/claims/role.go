package claims

import (
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// roleWindow is how many words from an office ("minister") its country may stand:
// "Kazakhstan's energy minister", "министр энергетики Азербайджана".
const roleWindow = 3

// ofAnotherCountry reports a claim that gives an office to one country ("Kazakhstan's energy
// minister announced…") where the fact that confirms it gives that office to another
// ("Azerbaijan's Energy Minister Parviz Shahbazov announced…"): the figure or date may agree,
// the actor does not.
func (e *Checker) ofAnotherCountry(s *index.Scratch, clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimed := e.roleCountries(s, clause)
	if len(claimed) == 0 || f == nil {
		return false
	}
	stated := e.roleCountries(s, f.Text.In(lang))
	if len(stated) == 0 {
		return false
	}
	for c := range claimed {
		if stated[c] {
			return false
		}
	}
	return true
}

// roleCountries are the countries named within a few words of an office in a text.
func (e *Checker) roleCountries(s *index.Scratch, msg string) map[string]bool {
	toks := text.Tokenize(msg, nil)
	var out map[string]bool
	for i, t := range toks {
		if !text.HasPrefixIn(t.Text, text.RoleWords) {
			continue
		}
		for k := max(0, i-roleWindow); k <= min(len(toks)-1, i+roleWindow); k++ {
			if k == i || toks[k].Num {
				continue
			}
			for _, u := range e.ix.Analyze(s, toks[k].Text) {
				if id := strings.TrimPrefix(e.termOf(u), "@"); u.Concept && e.countries[id] {
					if out == nil {
						out = map[string]bool{}
					}
					out[id] = true
				}
			}
		}
	}
	return out
}

func (e *Checker) termOf(u index.Unit) string {
	if u.Term < 0 {
		return u.Unknown
	}
	return e.ix.Term(u.Term)
}
