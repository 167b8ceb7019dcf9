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

// nameClasses are the classes of entity whose name in a claim says who did something: the
// company that designed a port, the tanker that carried a cargo, the official who announced.
var nameClasses = map[string]bool{"organisation": true, "vessel": true, "person": true}

// minNameCoverage is how much of a clause's words, its names left aside, a fact must explain to
// confirm who did what the clause says: all of it but a word's worth of rounding. To refute
// it, naming its own where the clause names another, the fact may miss a word of how the
// clause puts it ("built together with" for "a joint project with").
const (
	minNameCoverage   = 0.9
	minRefuteCoverage = 0.75
	minSwapCoverage   = 0.7
)

// checkNames judges a clause without figures by the company or ship it names ("The port was
// designed by the Dutch firm Royal Haskoning"): the facts that say all the rest of the clause
// must name the same one. Naming another, or one the base does not know, where none of them
// does refutes the clause. Naming a fact's only one of its class confirms it, if the fact
// states no figure (one that does is judged by it) and does not deny what the clause says; a
// fact that names two of a class (a designer and a builder) cannot tell which did what the
// clause says, so it confirms nothing.
func (e *Checker) checkNames(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	units := e.ix.Analyze(s, clause)
	if text.Denies(s.Toks) {
		return ClaimResult{}, false // "was not designed by…" denies; it is not judged by names
	}
	stranger := frame.StrangerInClaim(clause, units)
	if stranger == "" {
		stranger = frame.UnknownNameRun(e.ix, clause)
	}
	if stranger != "" && !actorName(clause, stranger) {
		return ClaimResult{}, false // "Daşkənddə", "Heyder Aliyev" mistyped: no telling it is another actor
	}
	named, rest := e.splitNames(s, clause, stranger)
	if len(named) == 0 && stranger == "" {
		return ClaimResult{}, false
	}
	var same, refuting *candidate // the best fact naming one of the clause's names, and naming another
	unnamed := 0.0                // how much of the rest the best fact naming no actor explains
	cands := e.sayTheRest(s, rest, 2)
	for i := range cands {
		c := &cands[i]
		own := e.namesOfClass(c.fact)
		switch {
		case len(own) == 0:
			// the fact names no company or ship: nothing to compare
			unnamed = max(unnamed, c.cover.Share)
		case anyIn(named, own):
			if same == nil {
				same = c
			}
		case anyIn(named, c.fact.Entities):
			// the name is the fact's, as who reports it ("…, Pryce said"): not another's
		case refuting == nil:
			refuting = c
		}
	}
	if same != nil && (refuting == nil || same.cover.Share >= refuting.cover.Share) {
		f := same.fact
		if stranger != "" && joinedToName(clause, stranger) && len(missing(e.namesOfClass(f), named)) > 0 {
			// "AzerTelecom and Turkcell lay the cable": the source's other builder is Kazakhtelecom
			return e.byName(clause, info, f, Contradicted, "names another beside the same"), true
		}
		if stranger != "" || same.cover.Share < minNameCoverage || !e.onlyOneOfClass(named, e.namesOfClass(f)) || !e.confirmsByName(clause, f, lang) || e.describedOtherwise(clause, f, lang) ||
			!e.namesInOnePart(clause, f, lang) || officeUnstated(text.Tokenize(clause, nil), f, lang) || e.officeScopeOtherwise(clause, f, lang) || moreThanSaid(clause, f, lang) != "" ||
			e.movesOtherWay(clause, f, lang) || // "from Sangachal to Aktau" of a cargo the other way
			e.countryUnnamedBy(frame.ReadSlots(e.ix, text.Tokenize(clause, nil), e.ix.Analyze(s, clause)), []*knowledge.Fact{f}, lang) != "" { // "…Georgia and Iran" of four countries without Iran
			return ClaimResult{}, false
		}
		return e.byName(clause, info, f, Supported, "names the same"), true
	}
	if refuting != nil && unnamed > refuting.cover.Share {
		// "the railway companies set up the working group": the fact that tells of the working
		// group names no company, so the World Bank's naming of the countries is no answer
		refuting = nil
	}
	if refuting != nil && stranger != "" && !roleSaid(text.Tokenize(clause, nil), wordOf(stranger), factTexts(refuting.fact, lang), lang) {
		// "…is financed by the Asian Development Bank" of a cable the fact's companies lay: what
		// the name did is not what the fact's names did
		refuting = nil
	}
	if refuting == nil || len(info.Figures) > 0 && !givesAnyFigure(refuting.fact, info.Figures) {
		// "…7 Mt a year, reports on Aliyev's visit say" is not refuted by someone else's 923
		// thousand t: another name refutes a figure only when it gives that very figure
		return ClaimResult{}, false
	}
	return e.byName(clause, info, refuting.fact, Contradicted, "names another"), true
}

// announcedByAnother reports a clause that gives a fact's figure to a doer the base has never
// heard of, typed in lower case beside "by" ("announced by michel", "tərəfindən"),
// where the fact names the person who did it and the clause names none of the fact's persons.
func (e *Checker) announcedByAnother(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	persons := slices.DeleteFunc(slices.Clone(f.Entities), func(id string) bool { return e.class[id] != "person" })
	named := e.namePositions(strings.ToLower(clause), lang)
	if len(persons) == 0 || slices.ContainsFunc(persons, func(id string) bool { return slices.Contains(named, id) }) {
		return false
	}
	toks := text.Tokenize(clause, nil)
	for i, t := range toks {
		if !text.ByAgentWords[t.Text] {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(toks) && !toks[k].Num && len([]rune(toks[k].Text)) >= 4 && !text.IsStopword(toks[k].Text) && !e.ix.WritesWord(toks[k].Text) {
				return true
			}
		}
	}
	return false
}

// givesAnyFigure reports a fact with a quantity one of the figures agrees with.
func givesAnyFigure(f *knowledge.Fact, figs []frame.Figure) bool {
	for _, fig := range figs {
		for _, q := range factQuantities(f) {
			if unitsCompatible(fig, q) && agrees(fig, q) {
				return true
			}
		}
	}
	return false
}

// namesPerson reports a clause that names a person of the glossary.
func (e *Checker) namesPerson(s *index.Scratch, clause string) bool {
	for _, u := range e.ix.Analyze(s, clause) {
		if u.Concept && u.Term >= 0 && e.class[strings.TrimPrefix(e.ix.Term(u.Term), "@")] == "person" {
			return true
		}
	}
	return false
}

// confirmsByName reports a fact that may confirm a clause by its names: it states no figure
// to judge it by instead, and neither denies nor opposes what the clause says ("cannot fully
// replace", "three times longer").
func (e *Checker) confirmsByName(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	factToks := text.Tokenize(f.Text.In(lang), nil)
	return len(f.Quantities) == 0 && !text.Denies(factToks) && !saysOpposite(clause, f, lang)
}

func (e *Checker) byName(clause string, info frame.Claim, f *knowledge.Fact, v Verdict, outcome string) ClaimResult {
	msg := strings.TrimSuffix(strings.TrimSpace(clause), ".")
	return ClaimResult{Text: msg, Verdict: v, Fact: f, Frame: info, ByName: true, Considered: []Ruling{{Fact: f, Outcome: outcome}}}
}

// splitNames separates the companies and ships a clause names from the units of the rest of
// it. The words that describe a name the base does not know go with it: "the Danish firm
// Ramboll", "датская компания Ramboll" say nothing a fact should explain.
func (e *Checker) splitNames(s *index.Scratch, clause, stranger string) (named []string, rest []index.Unit) {
	strange := map[string]bool{}
	for _, t := range text.Tokenize(stranger, nil) {
		strange[t.Text] = true
	}
	caps := capitalised(clause)
	var names []string // stems of the words that are (part of) a glossary name
	for _, u := range e.ix.Analyze(s, clause) {
		if u.Covered && !u.Concept && u.Variants[0] != "" {
			names = append(names, u.Variants[0])
		}
	}
	toks := text.Tokenize(clause, nil)
	kept := make([]string, 0, len(toks))
	for i, t := range toks {
		head := text.IsOrganisationHead(t.Text) || text.IsTitleWord(t.Text)
		beforeHead := i+1 < len(toks) && text.IsOrganisationHead(toks[i+1].Text)
		// "von der" in "Ursula von der Leyen": a short word between the words of a name
		particle := len([]rune(t.Text)) <= 3 && i > 0 && i+1 < len(toks) && (caps[toks[i-1].Text] || strange[toks[i-1].Text] ||
			i > 1 && len([]rune(toks[i-1].Text)) <= 3 && caps[toks[i-2].Text]) && !e.namesSomething(t.Text, names)
		if strange[t.Text] || head || particle || (beforeHead || caps[t.Text]) && !e.namesSomething(t.Text, names) {
			continue
		}
		kept = append(kept, t.Text)
	}
	for _, u := range e.ix.Analyze(s, strings.Join(kept, " ")) {
		if u.Concept && !u.Context && u.Term >= 0 {
			if id := strings.TrimPrefix(e.ix.Term(u.Term), "@"); nameClasses[e.class[id]] {
				named = append(named, id)
				continue
			}
		}
		rest = append(rest, u)
	}
	return named, rest
}

// namesSomething reports a word that is, or is part of, a name of the glossary ("Dutch": the
// Netherlands; "Royal" of Royal Haskoning).
func (e *Checker) namesSomething(w string, names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(w, n) {
			return true
		}
	}
	s := e.scratch.Get().(*index.Scratch) // the clause's own scratch still holds its reading
	defer e.scratch.Put(s)
	for _, u := range e.ix.Analyze(s, w) {
		if u.Concept || u.Covered {
			return true
		}
	}
	return false
}

// sayTheRest are the facts that explain (nearly) all a clause says but its names, best first.
func (e *Checker) sayTheRest(s *index.Scratch, rest []index.Unit, minContent int) []candidate {
	content := 0
	for _, u := range rest {
		if !u.Num && !u.Covered {
			content++
		}
	}
	if content < minContent {
		return nil // "… by Evrascon": too little besides the name to know what it did
	}
	var out []candidate
	for _, t := range e.ix.Rank(s, rest, claimCandidates, index.RankOptions{IgnoreFigures: true}) {
		cv := e.ix.Coverage(rest, t.Doc)
		if cv.Subject && cv.Entities && cv.Predicate && (cv.Asks || minContent < 2) && cv.Share >= minRefuteCoverage {
			out = append(out, candidate{fact: e.ix.Fact(t.Doc), cover: cv, score: t.Score})
		}
	}
	return out
}

// namesOfClass are the companies and ships a fact says did something.
func (e *Checker) namesOfClass(f *knowledge.Fact) []string { return e.actors[f] }

// actorsOf finds, for every fact, the companies and ships it names that are not only who
// reports it: a name within a few words of "according to" or "said" in the English text tells
// the fact, it did not do what the fact says.
func actorsOf(kb *knowledge.KB, class map[string]string) map[*knowledge.Fact][]string {
	names := map[string][][]text.Token{}
	for _, t := range kb.Terms {
		if nameClasses[t.Class] {
			for _, n := range t.Names[knowledge.EN] {
				names[t.ID] = append(names[t.ID], text.Tokenize(n, nil))
			}
		}
	}
	out := map[*knowledge.Fact][]string{}
	var toks []text.Token // one buffer for every text: the base may hold many thousand facts
	for _, f := range kb.Facts {
		read := false
		for _, id := range f.Entities {
			if !nameClasses[class[id]] {
				continue
			}
			if !read {
				toks, read = text.Tokenize(f.Text.In(knowledge.EN), toks[:0]), true
			}
			if !onlyReports(toks, names[id]) {
				out[f] = append(out[f], id)
			}
		}
	}
	return out
}

// attributionReach is how many words from a name an attribution word ("according to …",
// "…, he said") makes it the teller.
const attributionReach = 3

// onlyReports reports a name written in toks only beside an attribution word.
func onlyReports(toks []text.Token, names [][]text.Token) bool {
	found := false
	for i := range toks {
		for _, n := range names {
			if len(n) == 0 || !startsWith(toks[i:], n) {
				continue
			}
			found = true
			from, to := max(i-attributionReach, 0), min(i+len(n)+attributionReach, len(toks))
			if !text.HasWordIn(toks[from:to], text.AttributionWords) {
				return false
			}
		}
	}
	return found
}

func startsWith(toks, name []text.Token) bool {
	if len(toks) < len(name) {
		return false
	}
	for i, t := range name {
		if toks[i].Text != t.Text {
			return false
		}
	}
	return true
}

// onlyOneOfClass reports names all among the fact's own, each the only one of its class there.
func (e *Checker) onlyOneOfClass(named, own []string) bool {
	for _, n := range named {
		if !anyIn([]string{n}, own) {
			return false
		}
		for _, o := range own {
			if o != n && e.class[o] == e.class[n] {
				return false
			}
		}
	}
	return true
}

func anyIn(xs, set []string) bool {
	for _, x := range xs {
		for _, y := range set {
			if x == y {
				return true
			}
		}
	}
	return false
}

// actorName reports a name the base does not know that is surely a company's, a ship's or a
// person's: an abbreviation ("COSCO"), or a name beside a word like "firm", "şirkəti",
// "tanker", "President", "sədri".
func actorName(clause, name string) bool {
	if r := []rune(name); len(r) >= 3 && strings.ToUpper(name) == name {
		return true
	}
	return besideActorWord(clause, name, false)
}

// besideActorWord reports a name beside a word for a company, a ship or (with persons) an
// office: "the Danish firm Ramboll", "Kcell компаниясы", "sədri Ursula fon der Lyayen".
func besideActorWord(clause, name string, onlyPersons bool) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		if !strings.Contains(w, name) && !strings.Contains(name, strings.Trim(w, ".,;:«»\"'")) {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(words) {
				n := strings.Trim(words[k], ".,;:«»\"'")
				if text.IsTitleWord(n) || !onlyPersons && (text.IsOrganisationHead(n) || text.IsVesselWord(n)) {
					return true
				}
			}
		}
	}
	return false
}

// joinedToName reports a name written right after or before "and" ("AzerTelecom и Turkcell").
func joinedToName(clause, name string) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		if strings.Trim(w, ".,;:«»\"'") != name {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(words) && text.AndWords[text.Fold(strings.ToLower(words[k]))] {
				return true
			}
		}
	}
	return false
}

// missing are the names of have that want lacks.
func missing(have, want []string) []string {
	var out []string
	for _, h := range have {
		if !anyIn([]string{h}, want) {
			out = append(out, h)
		}
	}
	return out
}

// capitalised are the folded words of a text written with a capital letter, the first one
// of the text aside.
func capitalised(s string) map[string]bool {
	out := map[string]bool{}
	for i, w := range strings.Fields(s) {
		if r := []rune(w); i > 0 && len(r) > 1 && unicode.IsUpper(r[0]) {
			for _, t := range text.Tokenize(w, nil) {
				out[t.Text] = true
			}
		}
	}
	return out
}

// namesListed reports a word naming an entity the fact lists ("Hollandiya" for the Netherlands).
func (e *Checker) namesListed(w string, f *knowledge.Fact, lang knowledge.Lang) bool {
	return slices.ContainsFunc(e.namePositions(w, lang), func(id string) bool { return slices.Contains(f.Entities, id) })
}

// describedOtherwise reports a clause describing a company with a word the fact does not use
// ("the Danish company Royal Haskoning" where the source says Dutch): the word right before
// "company", "firm", "компания" must be the source's too, or name what the fact lists.
func (e *Checker) describedOtherwise(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	if e.nationalitySwapped(clause, f, lang) {
		return true
	}
	toks := text.Tokenize(clause, nil)
	var fact []text.Token
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Text
		if !text.IsOrganisationHead(toks[i+1].Text) || toks[i].Num || text.IsStopword(w) || text.IsOrganisationHead(w) {
			continue
		}
		if fact == nil {
			fact = text.Tokenize(f.Text.In(lang), nil)
		}
		if !hasStemOf(fact, w) && !e.namesListed(w, f, lang) {
			return true // not "Hollandiya şirkəti" of a "Niderland şirkəti": both name the Netherlands
		}
	}
	return false
}

// nationalitySwapped reports a clause giving a company the country the fact gives another, or
// another country than the fact gives it: "the Kazakh Dashkasan Iron Ore and the Azerbaijani
// Fonte GreenMet" of "Dashkasan Iron Ore and the Kazakh Fonte GreenMet".
func (e *Checker) nationalitySwapped(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	said := e.nationalities(clause, lang)
	if len(said) == 0 {
		return false
	}
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		given := e.nationalities(f.Text.In(l), l)
		for org, country := range said {
			if !slices.Contains(f.Entities, org) {
				continue
			}
			c, own := given[org]
			if own && c != country {
				return true
			}
			for other, c := range given {
				if !own && other != org && c == country {
					return true // the fact calls another company that country's
				}
			}
		}
		if len(given) > 0 {
			return false // the clause's language told it; English need not be asked
		}
	}
	return false
}

// nationalities maps each organisation a text names to the country the word just before it
// names ("казахстанской Fonte GreenMet", "the Kazakh Fonte GreenMet").
func (e *Checker) nationalities(s string, lang knowledge.Lang) map[string]string {
	lower := strings.ToLower(s)
	out := map[string]string{}
	for _, x := range e.nameSpans(lower, lang) {
		if e.class[x.id] != "organisation" {
			continue
		}
		before := strings.Fields(lower[:x.at])
		if len(before) == 0 {
			continue
		}
		word := strings.Trim(before[len(before)-1], ".,;:«»\"'()")
		for _, id := range e.namePositions(word, lang) {
			if e.countries[id] {
				out[x.id] = id
				break
			}
		}
	}
	return out
}
