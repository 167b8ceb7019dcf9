package claims

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A company's country is told by the country named right beside it: "the Kazakh Fonte
// GreenMet Investments", "Fonte GreenMet Investments is an Azerbaijani company". A clause that
// gives a company another country than the fact that names both is refuted by that fact.

// maxNationalityGap is how many words may stand between a company's name and its country's.
const maxNationalityGap = 2

// checkNationality refutes a figure-less clause giving an organisation a country other than
// the one a fact names beside it.
func (e *Checker) checkNationality(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	lower := strings.ToLower(clause)
	own := e.nameSpans(lower, lang)
	cands, _ := e.claimCandidates(s, slices.Clone(e.ix.Analyze(s, clause)))
	for _, x := range own {
		if e.swapKind(x.id) != "organisation" {
			continue
		}
		theirs := e.countryBeside(lower, own, x)
		if theirs == "" {
			continue
		}
		for _, c := range cands[:min(len(cands), maxSwapCandidates)] {
			if c.cover.Share < minRefuteCoverage || !slices.Contains(c.fact.Entities, x.id) {
				continue
			}
			if given := e.factCountryOf(c.fact, lang, x.id); given != "" && given != theirs {
				return e.byName(clause, info, c.fact, Contradicted, "names "+x.id+" as of "+given+", not "+theirs), true
			}
		}
	}
	return ClaimResult{}, false
}

// maxSwapCandidates is how many of the best candidates a name's check tries.
const maxSwapCandidates = 3

// factCountryOf is the country a fact's text, in the language or in English, names beside
// the organisation, or "".
func (e *Checker) factCountryOf(f *knowledge.Fact, lang knowledge.Lang, id string) string {
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		t := strings.ToLower(f.Text.In(l))
		spans := e.nameSpans(t, l)
		if at := slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == id }); at >= 0 {
			if c := e.countryBeside(t, spans, spans[at]); c != "" {
				return c
			}
		}
	}
	return ""
}

// countryBeside is the country named within maxNationalityGap words of x with no "and" or
// comma between, not inside another name, or "".
func (e *Checker) countryBeside(s string, spans []nameSpan, x nameSpan) string {
	for _, y := range spans {
		if !e.countries[y.id] || slices.ContainsFunc(spans, func(z nameSpan) bool { return z.id != y.id && z.overlaps(y) }) {
			continue // "Azerbaijan" in "Azerbaijan Metal Company" is part of a name
		}
		from, to := min(x.end, y.end), max(x.at, y.at)
		if from > to {
			continue
		}
		between := s[from:to]
		if joinsTwo(between) || len(text.Tokenize(strings.TrimLeftFunc(between, unicode.IsLetter), nil)) > maxNationalityGap {
			continue
		}
		return y.id
	}
	return ""
}
