package index

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge"
)

// countryTerms names, from CLDR, every country the glossary does not list, in the four
// languages. No fact names them, so a question about one ("trade between Kazakhstan and
// Kyrgyzstan") is known to be about something the base has no figure for, instead of having
// that word ignored as unknown and the rest answered.
func countryTerms(glossary []*knowledge.Term) []*knowledge.Term {
	listed := map[string]bool{}
	for _, t := range glossary {
		if t.Region != "" {
			listed[t.Region] = true
		}
	}
	namers := make(map[text.Lang]display.Namer, len(text.Langs))
	for _, l := range text.Langs {
		namers[l] = display.Regions(language.Make(string(l)))
	}
	var out []*knowledge.Term
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
func countryTerm(r language.Region, namers map[text.Lang]display.Namer) *knowledge.Term {
	t := &knowledge.Term{ID: "country-" + strings.ToLower(r.String()), Kind: "entity", Region: r.String(), Names: knowledge.Lists{}}
	for _, l := range text.Langs {
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
	return withTurkishSpelling(t, display.Regions(language.Turkish))
}

// withTurkishSpelling adds a country's Turkish name from CLDR to its Azerbaijani ones
// ("Kazakistan", "Gürcistan", "Azerbaycan"): Azerbaijani is often typed the Turkish way, on
// Turkish keyboards and from Turkish news. The term is copied, never changed in place.
func withTurkishSpelling(t *knowledge.Term, turkish display.Namer) *knowledge.Term {
	r, err := language.ParseRegion(t.Region)
	if err != nil {
		return t
	}
	name := turkish.Name(r)
	if name == "" || name == t.Region || slices.Contains(t.Names[text.AZ], name) {
		return t
	}
	c := *t
	c.Names = maps.Clone(t.Names)
	c.Names[text.AZ] = append(slices.Clip(t.Names[text.AZ]), name)
	return &c
}

// withTurkishSpellings gives every country of the glossary its Turkish name (see
// withTurkishSpelling).
func withTurkishSpellings(terms []*knowledge.Term) []*knowledge.Term {
	turkish := display.Regions(language.Turkish)
	out := make([]*knowledge.Term, len(terms))
	for i, t := range terms {
		out[i] = t
		if t.Region != "" {
			out[i] = withTurkishSpelling(t, turkish)
		}
	}
	return out
}

// TermName is how a reply names a glossary term in a language: its first name there, else
// its English one.
func (ix *Index) TermName(id string, lang text.Lang) string {
	t := ix.termByID[strings.TrimPrefix(id, "@")]
	if t == nil {
		return ""
	}
	if names := t.Names[lang]; len(names) > 0 {
		return names[0]
	}
	if names := t.Names[text.EN]; len(names) > 0 {
		return names[0]
	}
	return ""
}

// IsMeasure reports a concept term ("@export") of a glossary term of kind measure: a claim
// naming one is compared only with quantities of that measure.
func (ix *Index) IsMeasure(concept string) bool { return ix.measures[concept] }

// IsEntity reports a glossary name of a thing (a country, a port, a company, a person), not
// a concept or a measure: "@aktau", not "@groundbreaking".
func (ix *Index) IsEntity(concept string) bool { return ix.entities[concept] }

// Flow is what a concept term's figures count over time ("@oil" → a good), or "".
func (ix *Index) Flow(concept string) knowledge.Flow {
	if t := ix.termByID[strings.TrimPrefix(concept, "@")]; t != nil {
		return t.Flow
	}
	return ""
}

// MeasureUnit is the unit a measure's figures are counted in ("@cost" → usd), or "".
func (ix *Index) MeasureUnit(concept string) knowledge.Unit {
	if t := ix.termByID[strings.TrimPrefix(concept, "@")]; t != nil {
		return t.Unit
	}
	return ""
}

// IsAmount reports a measure that is a figure by nature ("@trade-turnover", "@cost").
// MustState reports a concept a fact must name to confirm a claim that names it (see
// knowledge.Term.Stated).
func (ix *Index) MustState(concept string) bool {
	t := ix.termByID[strings.TrimPrefix(concept, "@")]
	return t != nil && t.Stated
}

// Prepares reports a concept of work done before the thing itself (see
// knowledge.Term.Prepares).
func (ix *Index) Prepares(concept string) bool {
	t := ix.termByID[strings.TrimPrefix(concept, "@")]
	return t != nil && t.Prepares
}

func (ix *Index) IsAmount(concept string) bool {
	t := ix.termByID[strings.TrimPrefix(concept, "@")]
	return t != nil && t.Amount
}

// CountryOfTerm is the country a glossary entity lies in or belongs to (aktau: kazakhstan),
// or "".
func (ix *Index) CountryOfTerm(id string) string {
	if t := ix.termByID[strings.TrimPrefix(id, "@")]; t != nil {
		return t.Country
	}
	return ""
}
