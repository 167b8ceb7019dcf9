// Names in a clause: where each glossary name stands, in every form a language inflects it.

package claims

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// namePositions lists the glossary entities a text names, in the order it first names them.
func (e *Checker) namePositions(s string, lang knowledge.Lang) []string {
	spans := e.nameSpans(s, lang)
	out := make([]string, len(spans))
	for i, x := range spans {
		out[i] = x.id
	}
	return out
}

// outerNames lists the entities a text names in order, leaving out a name read only inside a
// longer one ("Azerbaijan" in "Azerbaijan Metal Company").
func (e *Checker) outerNames(s string, lang knowledge.Lang) []string {
	return outer(e.nameSpans(s, lang))
}

// outer is the ids of the spans not inside a longer span of another name.
func outer(spans []nameSpan) []string {
	var out []string
	for _, x := range spans {
		inside := slices.ContainsFunc(spans, func(y nameSpan) bool {
			return y.id != x.id && y.at <= x.at && x.end <= y.end && y.end-y.at > x.end-x.at
		})
		if !inside {
			out = append(out, x.id)
		}
	}
	return out
}

// nameSpan is where a text first names an entity, and where that name ends.
type nameSpan struct {
	id      string
	at, end int
}

// overlaps reports two names written over one another: "Aktau" in "the Aktau container hub".
func (x nameSpan) overlaps(y nameSpan) bool { return x.at < y.end && y.at < x.end }

// nameSpans lists the entities a text names with their first names' spans, in text order.
func (e *Checker) nameSpans(s string, lang knowledge.Lang) []nameSpan {
	return e.nameSpansAt(s, lang, false)
}

// nameSpansAt is nameSpans, by the entities' last names instead of their first when last.
func (e *Checker) nameSpansAt(s string, lang knowledge.Lang, last bool) []nameSpan {
	var all []nameSpan
	for _, t := range e.names[lang] {
		first := nameSpan{id: t.id, at: -1}
		for _, n := range t.names {
			if last {
				if i := lastNameAt(s, n.text, n.whole); i >= 0 && (first.at < 0 || i > first.at || i == first.at && i+len(n.text) > first.end) {
					first.at, first.end = i, i+len(n.text)
				}
			} else if i := nameAt(s, n.text, n.whole); i >= 0 && (first.at < 0 || i < first.at || i == first.at && i+len(n.text) > first.end) {
				first.at, first.end = i, i+len(n.text)
			}
		}
		if first.at >= 0 {
			all = append(all, first)
		}
	}
	slices.SortStableFunc(all, func(a, b nameSpan) int { return a.at - b.at })
	return all
}

// termNames are an entity's names in one language as nameSpansAt looks for them.
type termNames struct {
	id    string
	names []soughtName
}

// soughtName is a name lowered, with its other dash and folded forms, stemmed where the
// language inflects it, and whether it must stand as a whole word.
type soughtName struct {
	text  string
	whole bool
}

// prepareNames readies every entity's names for nameSpansAt once, per language: the glossary
// and CLDR's countries are some thousand names, and a check looks for them many times.
func (e *Checker) prepareNames() {
	e.names = map[knowledge.Lang][]termNames{}
	for _, lang := range knowledge.Langs {
		for _, t := range e.ix.Glossary() {
			if t.Kind != "entity" {
				continue
			}
			tn := termNames{id: t.ID}
			for _, n := range withVariants(append(slices.Clone(t.Names[lang]), t.Names[knowledge.EN]...)) {
				whole := lang == knowledge.EN
				if len(n) < 3 {
					if strings.ToUpper(n) != n || e.ix.WritesWord(text.Fold(strings.ToLower(n))) || text.IsStopword(strings.ToLower(n)) {
						continue // not "az", "less", which the texts write
					}
					whole = true // "KZ", "UZ": an abbreviation, a word of its own
				}
				n = strings.ToLower(n)
				if lang != knowledge.EN {
					n = inflectedStem(n) // "Турция" is named in "Турцию" too
				}
				tn.names = append(tn.names, soughtName{text: n, whole: whole})
			}
			e.names[lang] = append(e.names[lang], tn)
		}
	}
}

// withVariants adds to names each one's other dash and its folded form: "Azəri–Çıraq–Günəşli"
// is written with en dashes in one text and hyphens in another, "İran" and "Gürcüstan" typed
// "Iran" and "Gurcustan", and a name found in one but not the other would drop out of the
// names compared.
func withVariants(names []string) []string {
	out := names
	for _, n := range names {
		if v := strings.ReplaceAll(n, "–", "-"); v != n {
			out = append(out, v)
		} else if v := strings.ReplaceAll(n, "-", "–"); v != n {
			out = append(out, v)
		}
		if v := text.Fold(n); v != strings.ToLower(n) {
			out = append(out, v)
		}
	}
	return out
}

// inflectedStem is a one-word name without the vowel its case endings replace ("турция" →
// "турци", which "Турцию", "Турции" start with); other names as they are.
func inflectedStem(name string) string {
	r := []rune(name)
	if len(r) < 5 || strings.ContainsAny(name, " -–") || !strings.ContainsRune("аяоеыиь", r[len(r)-1]) {
		return name
	}
	return string(r[:len(r)-1])
}

// lastNameAt is where name last starts a word in s, as nameAt reads it, or -1.
func lastNameAt(s, name string, whole bool) int {
	last := -1
	for from := 0; from < len(s); {
		i := nameAt(s[from:], name, whole)
		if i < 0 {
			break
		}
		last = from + i
		from = last + len(name)
	}
	return last
}

// nameAt is where name starts a word in s, or -1; in English it must end one too ("Europe" is
// not in "European"), where other languages inflect a name ("Bakının").
func nameAt(s, name string, whole bool) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return -1
		}
		at := from + i
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(name):])
		if (at == 0 || !unicode.IsLetter(before)) && (!whole || at+len(name) == len(s) || !unicode.IsLetter(after)) {
			return at
		}
		from = at + len(name)
	}
	return -1
}
