package knowledge

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

// countryTerms names, from CLDR, every country the glossary does not list, in the four
// languages. No fact names them, so a question about one ("trade between Kazakhstan and
// Kyrgyzstan") is known to be about something the base has no figure for, instead of having
// that word ignored as unknown and the rest answered.
func countryTerms(glossary []*Term) []*Term {
	listed := map[string]bool{}
	for _, t := range glossary {
		if t.Region != "" {
			listed[t.Region] = true
		}
	}
	namers := make(map[Lang]display.Namer, len(Langs))
	for _, l := range Langs {
		namers[l] = display.Regions(language.Make(string(l)))
	}
	var out []*Term
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || listed[r.String()] {
				continue
			}
			if t := countryTerm(r, namers); t != nil {
				out = append(out, t)
			}
		}
	}
	return out
}

// countryTerm is the glossary entry of one country, or nil when CLDR has no usable name.
// Names that are also everyday words ("Того" is "of that" in Russian) are left out.
func countryTerm(r language.Region, namers map[Lang]display.Namer) *Term {
	t := &Term{ID: "country-" + strings.ToLower(r.String()), Kind: "entity", Region: r.String(), Names: Lists{}}
	for _, l := range Langs {
		name := namers[l].Name(r)
		if name == "" || name == r.String() || utf8.RuneCountInString(name) < 4 {
			continue
		}
		if toks := text.Tokenize(name, nil); len(toks) == 1 && text.IsStopword(toks[0].Text) {
			continue
		}
		t.Names[l] = []string{name}
	}
	if len(t.Names) == 0 {
		return nil
	}
	return t
}

// TermName is how a reply names a glossary term in a language: its first name there, else
// its English one.
func (e *Engine) TermName(id string, lang Lang) string {
	t := e.terms[strings.TrimPrefix(id, "@")]
	if t == nil {
		return ""
	}
	if names := t.Names[lang]; len(names) > 0 {
		return names[0]
	}
	if names := t.Names[EN]; len(names) > 0 {
		return names[0]
	}
	return ""
}
