package claims

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

// An office's region or country is read within its phrase: a city before the comma is where
// someone arrived, not the office's.
func TestOfficeScopes_EndAtAComma(t *testing.T) {
	e := shippedChecker(t)
	for _, c := range []struct {
		lang  knowledge.Lang
		text  string
		scope bool
	}{
		{knowledge.KK, "әлиев астанаға келді, әуежайда оны премьер бектенов қарсы алды", false},
		{knowledge.KK, "оны қазақстан премьер-министрі олжас бектенов қарсы алды", true},
		{knowledge.EN, "the world bank regional director for the south caucasus, rolande pryce", true},
		{knowledge.EN, "the director said, in baku, that", false},
	} {
		if got := len(e.officeScopes(c.text, c.lang)) > 0; got != c.scope {
			t.Errorf("%q: an office's scope read: %v, want %v", c.text, got, c.scope)
		}
	}
}
