package knowledge

import (
	"strings"
	"testing"
)

// Retrieval and refusals, per language, in the ways people type: full questions, keywords,
// abbreviations, typos, Azerbaijani without diacritics, Kazakh with Russian letters.
func TestAnswer_PerLanguage(t *testing.T) {
	e := shippedEngine(t)
	cases := []struct {
		name string
		lang Lang
		q    string
		want string // "" = must refuse
	}{
		{"ru question", RU, "Какой товарооборот был у Казахстана и Азербайджана в 2024 году?", "470"},
		{"ru abbreviation", RU, "сколько нефти прошло по БТД с 2023", "3,4"},
		{"ru typo", RU, "товароборот 2024", "470"},
		{"ru out of scope", RU, "Какая погода в Баку?", ""},
		{"az question", AZ, "Qazaxıstanın Azərbaycana investisiyaları nə qədərdir?", "136"},
		{"az without diacritics", AZ, "Semkir zavodu ilde nece ton istehsal edecek", "2 milyon"},
		{"az out of scope", AZ, "Plov necə bişirilir?", ""},
		{"kk question", KK, "HBI зауыты қашан іске қосылады?", "2029"},
		{"kk russian letters", KK, "Казакстан мен Азербайжан арасындагы тауар айналымы 2024 жылы канша", "470"},
		{"kk out of scope", KK, "Маған ән айтып бер", ""},
		{"en keywords", EN, "agreements AZ KZ", "170"},
		{"en direction", EN, "How much has Kazakhstan invested in Azerbaijan?", "136"},
		{"en year not covered", EN, "What was Azerbaijan–Kazakhstan trade in 2010?", ""},
		{"en other country", EN, "What was China–Kazakhstan trade in 2024?", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := e.Answer(Query{Text: c.q, Lang: c.lang})
			text := answerText(a)
			switch {
			case c.want == "" && len(a.Facts) > 0:
				t.Errorf("answered an out-of-scope question with %v", ids(a.Facts))
			case c.want != "" && !strings.Contains(text, c.want):
				t.Errorf("answer %v does not state %s: %q", ids(a.Facts), c.want, text)
			}
			if c.want != "" && (a.Confidence <= 0 || a.Confidence > 1) {
				t.Errorf("confidence %v", a.Confidence)
			}
		})
	}
}

// A question naming a country the base has no fact about is refused, and the answer says
// which name it was, in every language (CLDR names the countries the glossary does not).
func TestAnswer_UnknownCountryIsRefusedWithItsName(t *testing.T) {
	e := shippedEngine(t)
	for _, c := range []struct {
		q    string
		lang Lang
		want string
	}{
		{"What was trade between Kazakhstan and Kyrgyzstan in 2024?", EN, "kyrgyzstan"},
		{"Какой товарооборот между Казахстаном и Узбекистаном?", RU, "country-uz"},
		{"Qazaxıstan ilə Türkmənistan arasında ticarət nə qədərdir?", AZ, "country-tm"},
		{"Қазақстан мен Өзбекстан арасындағы тауар айналымы қанша?", KK, "country-uz"},
	} {
		a := e.Answer(Query{Text: c.q, Lang: c.lang})
		if len(a.Facts) > 0 || a.Unknown != c.want {
			t.Errorf("%q: facts %v, unknown %q; want a refusal naming %s", c.q, ids(a.Facts), a.Unknown, c.want)
		}
	}
	if got := e.TermName("country-uz", KK); got != "Өзбекстан" {
		t.Errorf("Kazakh name of Uzbekistan: %q", got)
	}
}
