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
	var cands []candidate // found only for a clause that gives a company a country
	for _, x := range own {
		if e.swapKind(x.id) != "organisation" {
			continue
		}
		theirs := e.countryBeside(lower, own, x)
		if theirs == "" {
			continue
		}
		if cands == nil {
			cands, _ = e.claimCandidates(s, slices.Clone(e.ix.Analyze(s, clause)))
		}
		for _, c := range cands[:min(len(cands), maxNationalityCandidates)] {
			if c.cover.Share < minRefuteCoverage || !slices.Contains(c.fact.Entities, x.id) {
				continue
			}
			if given, _ := e.besideInFact(c.fact, lang, x.id, e.countryBeside); given != "" && given != theirs {
				return e.byName(clause, info, c.fact, Contradicted, "names "+x.id+" as of "+given+", not "+theirs), true
			}
		}
	}
	return ClaimResult{}, false
}

// maxNationalityCandidates is how many of the best candidates checkNationality tries.
const maxNationalityCandidates = 3

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
