package frame

import (
	"strings"

	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// roleWindow is how many words from an office ("minister") its country may stand:
// "Kazakhstan's energy minister", "министр энергетики Азербайджана", "Azerbaijani President
// Ilham Aliyev".
const roleWindow = 3

// RoleCountries are the countries (glossary ids, as country reports them) a text names within a
// few words of an office: whose president, whose minister. Countries the base knows no fact of
// count too: "Kyrgyzstan's transport minister" is no other country's.
func RoleCountries(ix *index.Index, s *index.Scratch, toks []text.Token, country func(id string) bool) map[string]bool {
	var out map[string]bool
	for i, t := range toks {
		if t.Num || !text.HasPrefixIn(t.Text, text.RoleWords) {
			continue
		}
		for k := max(0, i-roleWindow); k <= min(len(toks)-1, i+roleWindow); k++ {
			if k == i || toks[k].Num {
				continue
			}
			for _, u := range ix.Analyze(s, toks[k].Text) {
				term := u.Unknown
				if u.Term >= 0 {
					term = ix.Term(u.Term)
				}
				if id := strings.TrimPrefix(term, "@"); u.Concept && id != "" && country(id) {
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
