package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
)

// A list of countries or organisations is said whole: "the companies of Azerbaijan and
// Kazakhstan founded the venture" of one the companies of Azerbaijan, Kazakhstan and
// Uzbekistan founded leaves out a party, and the one who reads it takes the two for all.

// maxListGap is how far apart, in letters, two names of one list stand: ", ", " and ", " және ".
const maxListGap = 6

// listShortened reports a clause that lists two countries or two organisations or more
// together where the fact's text lists them together with another of the kind the clause
// does not name anywhere ("two bodies, the World Bank and the EBRD" of three forecasters).
func (e *Checker) listShortened(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	lower := strings.ToLower(clause)
	named := e.namePositions(lower, lang) // "грузино-азербайджано-турецкому": named, if not listed
	for _, kind := range []func(string) bool{e.isCountry, e.isOrganisation} {
		said := e.nameList(lower, lang, kind, nil)
		if len(said) < 2 {
			continue
		}
		for _, l := range []knowledge.Lang{lang, knowledge.EN} {
			list := e.nameList(strings.ToLower(f.Text.In(l)), l, kind, said)
			if slices.ContainsFunc(list, func(id string) bool { return !slices.Contains(named, id) && !codeIn(clause, e.regions[id]) }) {
				return true
			}
		}
	}
	return false
}

func (e *Checker) isCountry(id string) bool      { return e.countries[id] }
func (e *Checker) isOrganisation(id string) bool { return e.class[id] == "organisation" }

// nameList is the longest run of names of a kind a text gives one right after another,
// joined by a comma or a word of joining; with within, the run must hold every one of those.
func (e *Checker) nameList(s string, lang knowledge.Lang, kind func(string) bool, within []string) []string {
	var best, run []string
	prevEnd := -1
	keep := func() {
		if len(run) > len(best) && !slices.ContainsFunc(within, func(id string) bool { return !slices.Contains(run, id) }) {
			best = slices.Clone(run)
		}
	}
	for _, sp := range e.nameSpans(s, lang) {
		if !kind(sp.id) {
			continue
		}
		if prevEnd < 0 || sp.at < prevEnd || utf8.RuneCountInString(s[prevEnd:sp.at]) > maxListGap+gapWordLen(s[prevEnd:sp.at]) {
			keep()
			run = run[:0]
		}
		run = append(run, sp.id)
		prevEnd = sp.end
	}
	keep()
	return best
}

// gapWordLen lets a gap hold the rest of an inflected name ("Қазақстан|ның") besides the
// joining word: the letters of its first word when the gap starts without a space.
func gapWordLen(gap string) int {
	if gap == "" || gap[0] == ' ' || gap[0] == ',' {
		return 0
	}
	end := strings.IndexAny(gap, " ,")
	if end < 0 {
		return 0
	}
	return utf8.RuneCountInString(gap[:end])
}

// codeIn reports a country's code written in capitals as a word of the clause ("AZ, KZ and UZ").
func codeIn(clause, code string) bool {
	if code == "" {
		return false
	}
	return slices.ContainsFunc(strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return w == code })
}
