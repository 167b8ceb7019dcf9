package claims

import (
	"maps"
	"slices"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

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
	return frame.RoleCountries(e.ix, s, text.Tokenize(msg, nil), func(id string) bool { return e.countries[id] })
}

func (e *Checker) termOf(u index.Unit) string {
	if u.Term < 0 {
		return u.Unknown
	}
	return e.ix.Term(u.Term)
}

// Roles of an actor in a work: who ordered, led or paid for it, and who carried it out.
const (
	sponsorRole  = 1
	executorRole = 2
)

// actorWindow is how far from its actor a verb of its role may stand ("led and funded by the
// European Commission").
const actorWindow = 5

// swapsRoles reports a claim that swaps the roles of two organisations in a work: "led by the
// EBRD and carried out by the Commission" where the Commission led and the EBRD carried it out.
func (e *Checker) swapsRoles(s *index.Scratch, clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimed := e.actorRoles(s, clause, lang)
	if len(claimed) == 0 || f == nil {
		return false
	}
	stated := e.actorRoles(s, f.Text.In(lang), lang)
	// Only a swap proper: one organisation said to lead what the fact says it carried out,
	// and another said to carry out what the fact says it led. A role read on one side only
	// ("the EU-funded EBRD study") may be a misreading of the words around it.
	swapped := func(role, other int) bool {
		for org, roles := range claimed {
			if roles == role && stated[org] == other {
				return true
			}
		}
		return false
	}
	return swapped(sponsorRole, executorRole) && swapped(executorRole, sponsorRole)
}

// rolesSwappedIn is the fact, among the two that best explain the whole text, whose
// organisations the text gives each other's roles, or nil.
func (e *Checker) rolesSwappedIn(s *index.Scratch, msg string, lang knowledge.Lang) *knowledge.Fact {
	own := e.scratch.Get().(*index.Scratch) // not the caller's: its analysis is in use
	defer e.scratch.Put(own)
	cands, _ := e.claimCandidates(own, slices.Clone(e.ix.Analyze(own, msg)))
	for _, c := range cands[:min(len(cands), 2)] {
		if c.cover.Share >= minRefuteCoverage && e.swapsRoles(s, msg, c.fact, lang) {
			return c.fact
		}
	}
	return nil
}

// roleGivenToAnother reports a claim giving an organisation the role the fact gives another,
// while the fact gives it a role of its own: "the EBRD led and funded the study" the
// Commission led and funded, and the EBRD carried out.
func (e *Checker) roleGivenToAnother(s *index.Scratch, msg string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimed := e.actorRoles(s, msg, lang)
	if len(claimed) != 1 || f == nil {
		return false // a role the fact gives another, the claim naming no other
	}
	stated := e.actorRoles(s, f.Text.In(lang), lang)
	for org, r := range claimed {
		// only who paid or led: a commissioner is said to have "carried out" its study too
		// ("The European Commission carried out a study…", as the EC's own page puts it)
		if r != sponsorRole || stated[org] == 0 || stated[org]&r != 0 {
			continue
		}
		for other, given := range stated {
			if other != org && given&r != 0 {
				return true
			}
		}
	}
	return false
}

// sameRoleIn is the one organisation the fact gives the role the clause gives id ("carried
// out by the World Bank": the EBRD carried the study out, the Commission funded it), that the
// clause does not name, or "".
func (e *Checker) sameRoleIn(s *index.Scratch, clause, id string, f *knowledge.Fact, named []string, lang knowledge.Lang) string {
	role := e.actorRoles(s, clause, lang)[id]
	if role == 0 {
		return ""
	}
	found := ""
	for org, r := range e.actorRoles(s, f.Text.In(lang), lang) {
		if r&role == 0 || slices.Contains(named, org) {
			continue
		}
		if found != "" {
			return "" // two of that role: no telling which the clause replaced
		}
		found = org
	}
	return found
}

// otherRole reports a clause giving id a role the fact does not give other: the one who paid
// for a work did not carry it out, and who published a study did not prepare it.
func (e *Checker) otherRole(s *index.Scratch, clause, id string, f *knowledge.Fact, other string, lang knowledge.Lang) bool {
	role := e.actorRoles(s, clause, lang)[id]
	given := e.actorRoles(s, f.Text.In(lang), lang)[other]
	return role != 0 && role&given == 0
}

// actorRoles reads, for every organisation a text names beside a verb of a role, the roles it
// is given (a bit per role).
func (e *Checker) actorRoles(s *index.Scratch, msg string, lang knowledge.Lang) map[string]int {
	li := text.LangIndex(lang)
	toks := text.Tokenize(msg, nil)
	var compounds []int // "a European Commission-funded study": the name before the hyphen paid
	for i := 1; i < len(toks); i++ {
		if toks[i-1].Joined {
			if text.HasPrefixIn(toks[i].Text, text.SponsorVerbs[li]) {
				compounds = append(compounds, i-1)
			}
			toks[i].Text = "-" + toks[i].Text // "the EU-funded EBRD study": an adjective, no verb of a role
		}
	}
	role := func(w string) int {
		switch {
		case text.HasPrefixIn(w, text.SponsorVerbs[li]):
			return sponsorRole
		case text.HasPrefixIn(w, text.ExecutorVerbs[li]):
			return executorRole
		}
		return 0
	}
	anyRole := len(compounds) > 0
	for _, t := range toks {
		anyRole = anyRole || role(t.Text) != 0
	}
	if !anyRole {
		return nil
	}
	out := map[string]int{}
	for _, end := range compounds {
		for k := max(0, end-2); k <= end; k++ {
			if org := e.organisationAt(s, toks, k); org != "" {
				out[org] |= sponsorRole // the organisation whose name ends at the hyphen
				break
			}
		}
	}
	for k := range toks {
		org := e.organisationAt(s, toks, k)
		if org == "" {
			continue
		}
		other := func(i int) bool { o := e.organisationAt(s, toks, i); return o != "" && o != org }
		if lang == knowledge.EN && !byBefore(toks, k) {
			// English puts the doer after the verb only in the passive ("funded by the EU"):
			// "the EBRD funded the Commission's study" gives the Commission no role
			from := toks[k:]
			if r := nearestRole(from, 0, role, false, func(i int) bool { return other(k + i) }); r != 0 {
				out[org] |= r
			}
			continue
		}
		if r := nearestRole(toks, k, role, text.ActorAfterVerb[li], other); r != 0 {
			out[org] |= r
		}
	}
	return out
}

// byBefore reports "by" (or "by the") right before token k: a passive's doer follows.
func byBefore(toks []text.Token, k int) bool {
	return k > 0 && toks[k-1].Text == "by" || k > 1 && toks[k-1].Text == "the" && toks[k-2].Text == "by"
}

// organisationAt is the organisation whose name starts at token k, or "": a name the words
// from k name, and the words from k+1 do not.
func (e *Checker) organisationAt(s *index.Scratch, toks []text.Token, k int) string {
	for n := 1; n <= min(3, len(toks)-k); n++ {
		org := e.organisationIn(s, toks[k:k+n])
		if org != "" && (n == 1 || e.organisationIn(s, toks[k+1:k+n]) != org) {
			return org
		}
	}
	return ""
}

// organisationIn is an organisation the words name, or "".
func (e *Checker) organisationIn(s *index.Scratch, toks []text.Token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	for _, u := range e.ix.Analyze(s, strings.Join(words, " ")) {
		if id := strings.TrimPrefix(e.termOf(u), "@"); u.Concept && e.class[id] == "organisation" {
			return id
		}
	}
	return ""
}

// nearestRole is the role of the nearest role verb on the side the language puts it (before
// its actor in English and Russian, after it in Azerbaijani and Kazakh), else on the other.
// A verb that ends its sentence (Azerbaijani, Kazakh) may stand far after its actor, past
// dates ("AYİB isə onu 2021-ci ilin noyabrından 2023-cü ilin iyununadək həyata keçirib"): it is
// looked for as far as the next other organisation named — or, after it, past the first verb,
// which is that one's: in "ЕҚДБ Еуропалық комиссия қаржыландыратын зерттеуді жүргізіп жатыр"
// the Commission funds, the EBRD carries the study out.
func nearestRole(toks []text.Token, k int, role func(string) int, verbFirst bool, otherOrgAt func(int) bool) int {
	look := func(dir, reach int, pastOne bool) int {
		others, last := 0, -2
		for d := 1; d <= reach; d++ {
			i := k + dir*d
			if i < 0 || i >= len(toks) {
				return 0
			}
			if otherOrgAt(i) {
				if i != last+1 { // not the next word of the same name ("Еуропалық комиссия")
					others++
				}
				if last = i; !pastOne || others > 1 {
					return 0
				}
				continue
			}
			if r := role(toks[i].Text); r != 0 {
				if others == 1 {
					others = 2 // the other organisation's verb; the next is this one's
					continue
				}
				return r
			}
		}
		return 0
	}
	if verbFirst {
		if r := look(-1, actorWindow, false); r != 0 {
			return r
		}
		return look(1, actorWindow, false)
	}
	if r := look(1, len(toks), true); r != 0 {
		return r
	}
	return look(-1, actorWindow, false)
}

// countryUnnamed is a country the clause names (as its reading found it: not inside another
// name, "the Azerbaijan International Investment Forum") that neither the deciding fact nor
// the facts beside it name, nor place any of their names in: "531 million t of crude, Kazakh
// oil included" of a total that says nothing of Kazakhstan. It returns the country, or "".
func (e *Checker) countryUnnamed(cr ClaimResult, lang knowledge.Lang) string {
	return e.countryUnnamedBy(cr.Frame.Slots, append([]*knowledge.Fact{cr.Fact}, cr.Also...), lang)
}

// countryUnnamedBy is countryUnnamed for the facts that confirm a clause.
func (e *Checker) countryUnnamedBy(sl frame.Slots, facts []*knowledge.Fact, lang knowledge.Lang) string {
	for _, id := range slices.Sorted(maps.Keys(sl.Concepts)) {
		if !e.countries[id] {
			continue
		}
		if !slices.ContainsFunc(facts, func(f *knowledge.Fact) bool { return f != nil && e.namesCountry(f, id, lang) }) {
			return id
		}
	}
	return ""
}

// namesCountry reports a fact naming the country, or a place, company or body of it.
func (e *Checker) namesCountry(f *knowledge.Fact, country string, lang knowledge.Lang) bool {
	of := func(id string) bool { return id == country || e.ix.CountryOfTerm(id) == country }
	return slices.ContainsFunc(f.Entities, of) || slices.ContainsFunc(e.namedIn(f, lang), of) || slices.ContainsFunc(e.namedIn(f, knowledge.EN), of)
}

// textNameKey keys the entities a fact's text in one language names (see namedIn).
type textNameKey struct {
	fact *knowledge.Fact
	lang knowledge.Lang
}

// namedIn are the entities a fact's text in one language names, found once and kept: a
// check asks for them with every claim it confirms.
func (e *Checker) namedIn(f *knowledge.Fact, lang knowledge.Lang) []string {
	key := textNameKey{f, lang}
	if ids, ok := e.textNameCache.Load(key); ok {
		return ids.([]string)
	}
	ids := e.namePositions(strings.ToLower(f.Text.In(lang)), lang)
	e.textNameCache.Store(key, ids)
	return ids
}
