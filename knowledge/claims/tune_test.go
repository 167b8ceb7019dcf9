//go:build tune

// Diagnostic tools for tuning the claim checker, not tests: they print, they do not assert.
// Run them with the tag, e.g. `C="..." go test -tags tune ./knowledge/claims -run TestExplainCheck -v`.

package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// TestExplainCheck prints how a claim is checked (run with C="...").
func TestExplainCheck(t *testing.T) {
	c := os.Getenv("C")
	if c == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	for _, clause := range splitClaims(c) {
		info := frame.ParseClaim(text.Tokenize(clause, nil))
		fmt.Printf("clause %q info=%+v\n", clause, info)
		s := e.scratch.Get().(*index.Scratch)
		cands, _ := e.claimCandidates(s, e.ix.Analyze(s, clause))
		for _, cand := range cands {
			fmt.Printf("  cand %s %+v score=%.2f\n", cand.fact.ID, cand.cover, cand.score)
		}
	}
	r := e.Check(c, "")
	for _, cr := range r.Claims {
		id := ""
		if cr.Fact != nil {
			id = cr.Fact.ID
		}
		fmt.Printf("=> %s %s %s plan=%v\n", cr.Verdict, id, knowledge.Expected(cr.Quantity), cr.Plan)
	}
}

// TestUnexplained prints, for each row of the check files in FILES (space-separated), the
// verdict, the expected one, and the claim's words the deciding fact's text does not give.
func TestUnexplained(t *testing.T) {
	files := strings.Fields(os.Getenv("FILES"))
	if len(files) == 0 {
		t.Skip()
	}
	e := shippedChecker(t)
	for _, path := range files {
		raw, _ := os.ReadFile(path)
		for _, line := range strings.Split(string(raw), "\n") {
			cols := strings.Split(line, "\t")
			if strings.HasPrefix(line, "#") || len(cols) < 4 {
				continue
			}
			r := e.Check(cols[3], knowledge.Lang(cols[1]))
			if r.Verdict != Supported {
				continue
			}
			for _, cr := range r.Claims {
				if cr.Fact == nil || cr.Verdict != Supported {
					continue
				}
				lang := knowledge.Lang(cols[1])
				said := append(text.Tokenize(cr.Fact.Text.In(lang), nil), text.Tokenize(cr.Fact.Text.In(knowledge.EN), nil)...)
				var asked []text.Token
				for _, q := range cr.Fact.Questions[lang] {
					asked = append(asked, text.Tokenize(q, nil)...)
				}
				words, miss, missQ := 0, []string{}, 0
				for _, w := range text.Tokenize(cr.Text, nil) {
					if w.Num || w.Sym || text.IsStopword(w.Text) || text.MonthOf(w.Text) > 0 {
						continue
					}
					words++
					has := func(ts []text.Token) bool {
						return slices.ContainsFunc(ts, func(n text.Token) bool { return sameStem(n.Text, w.Text) || withinWord(n.Text, w.Text) })
					}
					if !has(said) {
						miss = append(miss, w.Text)
						if !has(asked) {
							missQ++
						}
					}
				}
				fmt.Printf("%s\t%s\t%d/%d\t%d\t%s\t%s\n", cols[2], cols[0], len(miss), words, missQ, cr.Fact.ID, strings.Join(miss, " "))
			}
		}
	}
}

// TestStatementGap prints, for each claim in the file F (one per line), why the check of
// claims without figures does not confirm it by its best candidates.
func TestStatementGap(t *testing.T) {
	lines := linesOfF(t)
	e := shippedChecker(t)
	for _, c := range lines {
		lang := text.DetectLang(c, "")
		c = text.ReadAs(lang, c, e.ix.WritesWord)
		s := e.scratch.Get().(*index.Scratch)
		toks := text.Tokenize(c, nil)
		info := frame.ParseClaim(toks)
		fmt.Printf("\n## %s\n  planned=%v hedged=%v cause=%d\n", c, info.Planned, info.Hedged, causeAt(toks))
		cands, _ := e.claimCandidates(s, slices.Clone(e.ix.Analyze(s, c)))
		for i, cand := range cands {
			if i == 2 {
				break
			}
			f := cand.fact
			fmt.Printf("  %s cover=%.2f onlyDates=%v confirms=%v status=%v order=%v actor=%v city=%v place=%v onePart=%v cause=%v\n", f.ID, cand.cover.Share,
				onlyDates(f), e.confirmsStatement(c, f, lang), sameStatus(toks, info, f, lang), e.sameOrder(c, f, lang), e.actorUnstated(s, c, f, lang),
				e.otherCity(s, c, f), e.otherPlace(s, c, f), e.saidInOnePart(c, toks, f, lang), causeOnSameSide(toks, f, lang))
		}
		e.scratch.Put(s)
	}
}

// TestSwapDebug prints each step of checkSwap for C.
func TestSwapDebug(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	units := slices.Clone(e.ix.Analyze(s, clause))
	stranger := frame.StrangerInClaim(clause, units)
	if stranger == "" {
		stranger = frame.UnknownNameRun(e.ix, clause)
	}
	fmt.Printf("stranger=%q actorName=%v placeName=%v\n", stranger, actorName(clause, stranger), placeName(clause, stranger))
	for _, u := range units {
		id := ""
		if u.Term >= 0 {
			id = e.ix.Term(u.Term)
		}
		fmt.Printf("  unit %q entity=%v concept=%v term=%s kind=%s unseen=%v typo=%v covered=%v\n", u.Exact, u.Entity, u.Concept, id, e.swapKind(strings.TrimPrefix(id, "@")), u.Unseen, u.Typo, u.Covered)
	}
	cands, _ := e.claimCandidates(s, units)
	for _, c := range cands {
		lang := knowledge.Lang(text.DetectLang(clause, ""))
		fmt.Printf("  cand %s share=%.2f confirms=%v entities=%v\n", c.fact.ID, c.cover.Share, e.confirmsStatement(clause, c.fact, lang), c.fact.Entities)
		for _, k := range []string{"organisation", "city", "port", "person"} {
			fmt.Printf("    other %s=%q\n", k, e.otherOfKind(c.fact, units, nil, k))
		}
	}
}

// TestSwapSteps prints the gates of checkSwap for C.
func TestSwapSteps(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	toks := text.Tokenize(clause, nil)
	info := frame.ParseClaim(toks)
	fmt.Printf("neg=%v planned=%v hedged=%v achieved=%v\n", text.HasWordIn(toks, text.NegationWords), info.Planned, info.Hedged, info.Achieved)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	for _, check := range []struct {
		name string
		f    func(*index.Scratch, knowledge.Lang, string, frame.Claim) (ClaimResult, bool)
	}{{"names", e.checkNames}, {"seat", e.checkSeat}, {"swap", e.checkSwap}, {"statement", e.checkStatement}} {
		r, ok := check.f(s, lang, clause, info)
		id := ""
		if r.Fact != nil {
			id = r.Fact.ID
		}
		fmt.Printf("%s: ok=%v %s %s\n", check.name, ok, r.Verdict, id)
	}
}

// TestRoles prints the roles read in C and in the fact F.
func TestRoles(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	fmt.Printf("claim roles %v\n", e.actorRoles(s, clause, lang))
	kb, _ := knowledge.Load(knowledge.Embedded())
	for _, f := range kb.Facts {
		if f.ID == os.Getenv("F") {
			fmt.Printf("fact roles %v\n", e.actorRoles(s, f.Text.In(lang), lang))
		}
	}
}

// TestStatementGates prints, for each candidate of the clause C that checkStatement would
// compare, every later gate that rules it out.
func TestStatementGates(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	printStatementGates(shippedChecker(t), clause)
}

// TestStatementGatesBatch is TestStatementGates over each line of the file F.
func TestStatementGatesBatch(t *testing.T) {
	lines := linesOfF(t)
	e := shippedChecker(t)
	for _, clause := range lines {
		fmt.Printf("## %s\n", clause)
		printStatementGates(e, clause)
	}
}

// printStatementGates prints, for each candidate of the clause, the gates of checkStatement
// that rule it out.
func printStatementGates(e *Checker, clause string) {
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	toks := text.Tokenize(clause, nil)
	info := frame.ParseClaim(toks)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	units := slices.Clone(e.ix.Analyze(s, clause))
	cands, _ := e.claimCandidates(s, slices.Clone(units))
	info.Slots = frame.ReadSlots(e.ix, toks, units) // as checkStatement reads the clause's status
	for _, c := range cands {
		f := c.fact
		gates := map[string]bool{
			"cover":           c.cover.Share < minStatementCover,
			"namesMeasured":   !onlyDates(f) && e.namesMeasured(units, f),
			"deniedWhereSaid": deniedWhereSaid(clause, f, lang),
			"saysOpposite":    saysOpposite(clause, f, lang),
			"describedOther":  e.describedOtherwise(clause, f, lang),
			"sameStatus":      !sameStatus(toks, info, f, lang),
			"sameOrder":       !e.sameOrder(clause, f, lang),
			"movesOtherWay":   e.movesOtherWay(clause, f, lang),
			"actorUnstated":   e.actorUnstated(s, clause, f, lang),
			"otherCity":       e.otherCity(s, clause, f),
			"otherPlace":      e.otherPlace(s, clause, f),
			"pairedOther":     e.pairedOtherwise(clause, f, lang),
			"conceptUnsaid":   e.conceptUnsaid(units, f, lang),
			"placeUnsaid":     e.placeUnsaid(clause, f, lang),
			"onePart":         !e.saidInOnePart(clause, toks, f, lang),
			"cause":           !causeOnSameSide(toks, f, lang),
			"witness":         e.witnessAsActor(clause, toks, f, lang),
			"officeUnstated":  officeUnstated(toks, f, lang),
			"officeScope":     e.officeScopeOtherwise(clause, f, lang),
			"moreThanSaid":    moreThanSaid(clause, f, lang) != "",
		}
		var failed []string
		for g, bad := range gates {
			if bad {
				failed = append(failed, g)
			}
		}
		slices.Sort(failed)
		texts := factTexts(f, lang)
		fmt.Printf("%s cover=%.2f words=%.2f fails=%v\n", f.ID, c.cover.Share, statementWords(toks, texts), failed)
	}
	r, ok := e.checkStatement(s, lang, clause, info)
	fmt.Printf("checkStatement: %v %v\n", ok, r.Verdict)
}

// TestConceptUnsaid prints the concepts of the clause C that the fact F does not say.
func TestConceptUnsaid(t *testing.T) {
	e, s, clause, lang, f := clauseAndFact(t)
	units := slices.Clone(e.ix.Analyze(s, clause))
	said := e.saidUnits(e.ix.NewScratch(), f, lang)
	for _, u := range units {
		if u.Concept && u.Term >= 0 && !index.HasConcept(said, u.Term) {
			fmt.Printf("unsaid %s (entity of fact: %v, measure: %v)\n", e.ix.Term(u.Term), slices.Contains(f.Entities, strings.TrimPrefix(e.ix.Term(u.Term), "@")), e.measures[strings.TrimPrefix(e.ix.Term(u.Term), "@")])
		}
	}
}

// TestSwapGates prints, for each name of the clause C that checkSwap could take as swapped,
// the best fact of the rest and the gates it fails.
func TestSwapGates(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	toks := text.Tokenize(clause, nil)
	units := slices.Clone(e.ix.Analyze(s, clause))
	named := e.namePositions(strings.ToLower(clause), lang)
	for i, u := range units {
		id := swappable(e.ix, u)
		if id == "" {
			continue
		}
		kind := e.swapKind(id)
		rest := append(slices.Clone(units[:i]), units[i+1:]...)
		cands, _ := e.claimCandidates(s, rest)
		if len(cands) == 0 {
			fmt.Printf("%s kind=%q: no candidates\n", id, kind)
			continue
		}
		f := cands[0].fact
		other := e.otherOfKind(f, units, named, kind)
		fmt.Printf("%s kind=%q best=%s share=%.2f factNames=%v textNames=%v confirmsRest=%v other=%q saidButName=%v\n", id, kind, f.ID, cands[0].cover.Share,
			slices.Contains(f.Entities, id), e.textNames(f, lang, id), confirmsRest(clause, f, lang), other, e.saidButName(clause, toks, f, lang, id))
	}
}

// TestUnsaidWords prints the words of the clause C that no part of the fact F gives.
func TestUnsaidWords(t *testing.T) {
	clause, id := os.Getenv("C"), os.Getenv("F")
	if clause == "" || id == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	doc, ok := e.ix.DocOf(id)
	if !ok {
		t.Fatalf("no fact %s", id)
	}
	f := e.ix.Fact(doc)
	texts := [][]text.Token{text.Tokenize(f.Text.In(lang), nil), e.sharedNameWords(clause, f, lang)}
	for _, tk := range text.Tokenize(clause, nil) {
		if statementWords([]text.Token{tk}, texts) == 0 && !tk.Num && !text.IsStopword(tk.Text) {
			fmt.Printf("unsaid %q\n", tk.Text)
		}
	}
}

// TestNameSpans prints the names a text gives, in order, with their kinds for pairing (C="...", F=fact id).
func TestNameSpans(t *testing.T) {
	c := os.Getenv("C")
	if c == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	show := func(s string, l knowledge.Lang) {
		for _, x := range e.nameSpans(strings.ToLower(s), l) {
			fmt.Printf("  %s [%d,%d] kind=%q\n", x.id, x.at, x.end, e.swapKind(x.id))
		}
	}
	fmt.Println("claim:")
	show(c, knowledge.EN)
	if id := os.Getenv("F"); id != "" {
		f := shippedFact(t, id)
		fmt.Println("fact:", f.Entities)
		show(f.Text.In(knowledge.EN), knowledge.EN)
	}
}

// TestDescribesOnly prints what keeps a clause from being a mere description (C="...").
func TestDescribesOnly(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	toks := text.Tokenize(clause, nil)
	info := frame.ParseClaim(toks)
	info.Slots = frame.ReadSlots(e.ix, toks, e.ix.Analyze(s, clause))
	fmt.Printf("achieved=%v started=%v planned=%v hedged=%v measures=%v figures=%d concepts=%v describesOnly=%v\n",
		info.Achieved, info.Started, info.Planned, info.Hedged, info.Slots.Measures, len(info.Figures), info.Slots.Concepts, describesOnly(info))
}

// TestConceptsUnsaid prints the concepts of a clause (C="...") that a fact's text (F=id) does not say.
func TestConceptsUnsaid(t *testing.T) {
	clause, id := os.Getenv("C"), os.Getenv("F")
	if clause == "" || id == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	f := shippedFact(t, id)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	units := slices.Clone(e.ix.Analyze(e.scratch.Get().(*index.Scratch), clause))
	said := e.saidUnits(e.scratch.Get().(*index.Scratch), f, lang)
	for _, u := range units {
		if u.Concept && u.Term >= 0 && !index.HasConcept(said, u.Term) {
			fmt.Println("unsaid:", e.ix.Term(u.Term), "measure:", e.measures[strings.TrimPrefix(e.ix.Term(u.Term), "@")])
		}
	}
}

// TestPersonOrganisation prints each person's organisation in C and in the fact F.
func TestPersonOrganisation(t *testing.T) {
	clause, id := os.Getenv("C"), os.Getenv("F")
	if clause == "" || id == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	f := shippedFact(t, id)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	for _, s := range []string{strings.ToLower(clause), strings.ToLower(f.Text.In(lang)), strings.ToLower(f.Text.In(knowledge.EN))} {
		spans := e.nameSpans(s, lang)
		for _, x := range spans {
			if e.swapKind(x.id) == "person" {
				fmt.Printf("%s → %q\n", x.id, e.nearestOrganisation(s, spans, x))
			}
		}
		fmt.Println("--")
	}
	fmt.Println(e.personOfOtherOrganisation(clause, f, lang))
}

// TestUnsaidBatch prints, for each claim of the file F (one per line), the top candidate's
// share of the clause's words its text says and the words it does not.
func TestUnsaidBatch(t *testing.T) {
	lines := linesOfF(t)
	e := shippedChecker(t)
	for _, c := range lines {
		lang := knowledge.Lang(text.DetectLang(c, ""))
		c = text.ReadAs(text.Lang(lang), c, e.ix.WritesWord)
		s := e.scratch.Get().(*index.Scratch)
		cands, _ := e.claimCandidates(s, slices.Clone(e.ix.Analyze(s, c)))
		e.scratch.Put(s)
		if len(cands) == 0 {
			fmt.Printf("%s\n   no candidate\n", c)
			continue
		}
		f := cands[0].fact
		texts := e.factWords(c, f, lang)
		var unsaid []string
		for _, tk := range text.Tokenize(c, nil) {
			if statementWords([]text.Token{tk}, texts) == 0 && !tk.Num && !text.IsStopword(tk.Text) {
				unsaid = append(unsaid, tk.Text)
			}
		}
		fmt.Printf("%s\n   %s cover=%.2f words=%.2f unsaid=%v\n", c, f.ID, cands[0].cover.Share, statementWords(text.Tokenize(c, nil), texts), unsaid)
	}
}

// TestStrangerSteps prints each step of swapStranger for C.
func TestStrangerSteps(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	units := slices.Clone(e.ix.Analyze(s, clause))
	stranger := frame.StrangerInClaim(clause, units)
	if stranger == "" {
		stranger = frame.UnknownNameRun(e.ix, clause)
	}
	fmt.Printf("stranger=%q person=%v actor=%v joined=%v place=%v\n", stranger, personName(clause, stranger), actorName(clause, stranger), e.joinedToOrganisation(s, clause, stranger), placeName(clause, stranger))
	strange := text.Tokenize(stranger, nil)
	rest := slices.DeleteFunc(slices.Clone(units), func(u index.Unit) bool {
		return slices.ContainsFunc(strange, func(t text.Token) bool { return t.Text == strings.TrimPrefix(u.Exact, "=") })
	})
	cands, _ := e.claimCandidates(s, rest)
	without := strings.Join(slices.DeleteFunc(strings.Fields(clause), func(w string) bool { return strings.HasPrefix(strings.Trim(w, ".,;:«»\"'()"), stranger) }), " ")
	for i, c := range cands {
		if i == 3 {
			break
		}
		fmt.Printf("  cand %s share=%.2f confirms=%v denied=%v opposite=%v described=%v\n", c.fact.ID, c.cover.Share, e.confirmsStatement(without, c.fact, lang),
			deniedWhereSaid(without, c.fact, lang), saysOpposite(without, c.fact, lang), e.describedOtherwise(without, c.fact, lang))
	}
}

// TestStrangerEnd prints the last steps of swapStranger for C against fact F.
func TestStrangerEnd(t *testing.T) {
	e, s, clause, lang, f := clauseAndFact(t)
	units := slices.Clone(e.ix.Analyze(s, clause))
	named := e.namePositions(strings.ToLower(clause), lang)
	for _, k := range []string{"organisation", "port", "person", "city"} {
		fmt.Printf("other %s=%q\n", k, e.otherOfKind(f, units, named, k))
	}
	texts := e.factWords(clause, f, lang)
	fmt.Printf("words=%.2f\n", statementWords(text.Tokenize(clause, nil), texts))
}

// TestActorRoles prints the roles read in C and in the fact F's text.
func TestActorRoles(t *testing.T) {
	e, s, clause, lang, f := clauseAndFact(t)
	fmt.Printf("claim %v\nfact %v\nfact text %s\nswaps=%v\n", e.actorRoles(s, clause, lang), e.actorRoles(s, f.Text.In(lang), lang), f.Text.In(lang), e.swapsRoles(s, clause, f, lang))
}

// TestRolesSwappedIn prints rolesSwappedIn for C and its candidates.
func TestRolesSwappedIn(t *testing.T) {
	clause := os.Getenv("C")
	if clause == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	s := e.scratch.Get().(*index.Scratch)
	lang := knowledge.Lang(text.DetectLang(clause, ""))
	cands, _ := e.claimCandidates(s, slices.Clone(e.ix.Analyze(s, clause)))
	for i, c := range cands {
		if i < 3 {
			fmt.Printf("cand %s %.2f swaps=%v\n", c.fact.ID, c.cover.Share, e.swapsRoles(s, clause, c.fact, lang))
		}
	}
	fmt.Printf("rolesSwappedIn=%v\n", e.rolesSwappedIn(s, clause, lang) != nil)
}

// TestPlanVerdicts prints, for every evaluation claim the checker refutes as a plan stated
// as done, its set, expected verdict, the plan's due year (0: none) and the claim's years.
func TestPlanVerdicts(t *testing.T) {
	if os.Getenv("PLANS") == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	files, _ := filepath.Glob("../testdata/*_check.tsv")
	for _, path := range files {
		raw, _ := os.ReadFile(path)
		for _, line := range strings.Split(string(raw), "\n") {
			row := strings.Split(line, "\t")
			if strings.HasPrefix(line, "#") || len(row) < 4 {
				continue
			}
			r := e.Check(row[3], knowledge.Lang(row[1]))
			for _, c := range r.Claims {
				if !c.Plan || c.Verdict != Contradicted {
					continue
				}
				due := 0
				for _, f := range []*knowledge.Fact{c.Fact, c.Schedule} {
					if f == nil {
						continue
					}
					for _, q := range f.Quantities {
						if q.Unit == "year" && knowledge.IsPlanned(&q) {
							due = max(due, int(q.Value))
						}
					}
				}
				fmt.Printf("%s\t%s\t%s\tdue=%d\tyears=%v\tasof=%s\n", filepath.Base(path), row[0], row[2], due, c.Frame.Years, c.Fact.AsOf)
			}
		}
	}
}

// clauseAndFact reads the clause C and the fact F a diagnostic prints about, or skips.
func clauseAndFact(t *testing.T) (e *Checker, s *index.Scratch, clause string, lang knowledge.Lang, f *knowledge.Fact) {
	clause, id := os.Getenv("C"), os.Getenv("F")
	if clause == "" || id == "" {
		t.Skip()
	}
	e = shippedChecker(t)
	doc, ok := e.ix.DocOf(id)
	if !ok {
		t.Fatalf("no fact %s", id)
	}
	return e, e.scratch.Get().(*index.Scratch), clause, knowledge.Lang(text.DetectLang(clause, "")), e.ix.Fact(doc)
}

// linesOfF is the lines of the file F a batch diagnostic reads, one claim each, or skips.
func linesOfF(t *testing.T) []string {
	path := os.Getenv("F")
	if path == "" {
		t.Skip()
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(raw)), "\n")
}
