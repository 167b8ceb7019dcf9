package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A clause with no figure, date or name of a company the base knows can still say exactly
// what a fact says: "Royal Haskoning designed the new port at Alat", "the EBRD carried out the
// study, the European Commission funded it", "Kuryk port lies on the Caspian coast in
// Mangystau". It is confirmed when one fact says nearly every word of it in its own text —
// not only in the questions the fact answers — names everything it names, states no figure
// the clause would leave out, and denies or plans nothing the clause states as done.

// minStatementWords is the share of a clause's words a fact's text must give to confirm it.
const minStatementWords = 0.85

// minStatementCover is how much of the clause's reading (names and concepts) a candidate
// must cover to be compared word for word at all.
const minStatementCover = 0.78

// checkStatement confirms a figure-less clause by a fact that says the same; it never refutes.
func (e *Checker) checkStatement(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	toks := text.Tokenize(clause, nil) // a denial is confirmed only by a fact denying the same (confirmsStatement)
	compass := compassRun(toks)
	units := e.ix.Analyze(s, clause)
	if frame.StrangerInClaim(clause, units) != "" || frame.UnknownNameRun(e.ix, clause) != "" || frame.TypoNameInClaim(clause, units) != "" || frame.UnknownWordRun(clause, units) != "" {
		return ClaimResult{}, false
	}
	if unknownListItem(toks, units) {
		// "…digital communication and nuclear power": an item of a list in a word no fact of
		// the base uses is one no source gives, however much of the list a fact gives
		return ClaimResult{}, false
	}
	cands, _ := e.claimCandidates(s, slices.Clone(units))
	read := info // what the clause names, for its status: "signed", "modernization" tell an event
	read.Slots = frame.ReadSlots(e.ix, toks, units)
	for _, c := range cands {
		f := c.fact
		if c.cover.Share < minStatementCover || !onlyDates(f) && e.namesMeasured(units, f) {
			continue
		}
		if len(compass) >= 2 && !sameCompassOrder(compass, compassRun(text.Tokenize(f.Text.In(lang), nil))) {
			// "mostly from west to east": two directions swapped leave every word in place;
			// "the North–South corridor" names them in the fact's order
			continue
		}
		verdict, reason, plan := Supported, "says the same", false
		factToks := text.Tokenize(f.Text.In(lang), nil)
		confirmed := e.confirmsStatement(clause, f, lang) && !e.substitutes(toks, factToks) &&
			!superlativeUnsaid(toks, saidWords(f, lang)) && !monthUnsaid(info, f)
		if confirmed && movedOpposite(toks, factToks) {
			// "freight is falling fast" of freight "rising quickly": one word in many, which
			// the rest agreeing makes the opposite
			verdict, reason = Contradicted, "says the opposite"
		} else if !confirmed {
			switch {
			case saysOpposite(clause, f, lang):
				// "Kuryk closes in winter, a seasonal port" of a port that works all year: the
				// rest is the fact's, and one side of an opposite pair turned round
				verdict, reason = Contradicted, "says the opposite"
			case lang != knowledge.KK && !text.Denies(toks) && deniedWhereSaid(clause, f, lang) && !e.describedOtherwise(clause, f, lang):
				// "the Trans-Caspian corridor can fully replace the Northern one" of one that
				// cannot: the fact denies what the clause says. Not in Kazakh, whose verbs deny
				// by an ending ("-май", "-мейді") a word list does not always catch.
				verdict, reason = Contradicted, "the source denies it"
			default:
				continue
			}
		}
		if !sameStatus(toks, read, f, lang) {
			if verdict == Contradicted {
				continue
			}
			if !planStatedDone(info, f) {
				continue // "Kazakhstan and Azerbaijan signed the agreement": the source plans it
			}
			// "Kazakhstan and Azerbaijan have already signed the agreement": what the fact
			// plans, stated as done, is wrong if the rest is the fact's
			verdict, reason, plan = Contradicted, "a plan stated as done", true
		}
		if !e.sameOrder(clause, f, lang) || e.movesOtherWay(clause, f, lang) || comesFromElsewhere(read.Slots, f) {
			// "the EBRD funded it and the Commission carried it out": roles swapped; "from
			// Sangachal to Aktau" of a cargo brought from Aktau to Sangachal
			continue
		}
		if info.Ordinals != 0 && e.ix.FactOrdinals(f)&info.Ordinals == 0 {
			// "the Council's first session was held": the fact counts no sessions; "the
			// second cargo was brought by the Heydar Aliyev": it brought the first
			continue
		}
		if e.actorUnstated(s, clause, f, lang) || e.otherCity(s, clause, f) || e.otherPlace(s, clause, f) || e.pairedOtherwise(clause, f, lang) || e.personOfOtherOrganisation(clause, f, lang) ||
			e.conceptUnsaid(units, f, lang) || e.placeUnsaid(clause, f, lang) || e.listShortened(clause, f, lang) {
			continue
		}
		// A plan stated as done is told across the plan's parts ("the draft is ready; its
		// signing is planned"): the whole text must say the rest of the clause.
		if !roleVerbsSaid(toks, e.factWords(clause, f, lang), lang) {
			continue // "AzerTelecom and Kazakhtelecom financed the cable" of companies building it
		}
		inPart := e.saidInOnePart(clause, toks, f, lang) || verdict == Contradicted && e.saidInWhole(clause, toks, f, lang)
		if !inPart || !causeOnSameSide(toks, f, lang) || e.witnessAsActor(clause, toks, f, lang) || officeUnstated(toks, f, lang) || e.officeScopeOtherwise(clause, f, lang) || moreThanSaid(clause, f, lang) != "" {
			continue
		}
		r := e.byName(clause, info, f, verdict, reason)
		r.Plan = plan
		return r, true
	}
	return ClaimResult{}, false
}

// roleVerbsSaid reports a fact saying every word of the clause that tells who paid for, led or
// carried out a work: the one word a restatement may leave unsaid is never that one.
func roleVerbsSaid(toks []text.Token, texts [][]text.Token, lang knowledge.Lang) bool {
	li := text.LangIndex(lang)
	for i, t := range toks {
		if i > 0 && toks[i-1].Joined || text.HasPrefixIn(t.Text, text.CarryVerbs) && !(i+1 < len(toks) && text.CarryOutWords[toks[i+1].Text]) {
			continue // "an EU-financed study" is an adjective; "the TITR carried 2.764 Mt" moved cargo
		}
		for _, verbs := range [][]string{text.SponsorVerbs[li], text.ExecutorVerbs[li]} {
			// "жүргізді" (conducted) is said by "орындады" (carried out): a verb of the same role
			if text.HasPrefixIn(t.Text, verbs) && !saidLong(t, texts) && !anyWordOf(texts, verbs) {
				return false
			}
		}
	}
	return true
}

// saidLong reports a word a text says by a word of four letters or more sharing its stem: a
// short word ("в", "по") starts many words it is not, and a deed's verb must be said itself.
func saidLong(w text.Token, texts [][]text.Token) bool {
	return slices.ContainsFunc(texts, func(ts []text.Token) bool {
		return slices.ContainsFunc(ts, func(n text.Token) bool { return utf8.RuneCountInString(n.Text) >= 4 && sameStem(n.Text, w.Text) })
	})
}

// anyWordOf reports a text with a word starting with one of the prefixes.
func anyWordOf(texts [][]text.Token, prefixes []string) bool {
	return slices.ContainsFunc(texts, func(ts []text.Token) bool { return text.AnyWordHasPrefix(ts, prefixes) })
}

// compassRun is the compass words of a text in order, each by its first four letters folded
// ("восток" and "востока" are one direction).
func compassRun(toks []text.Token) []string {
	var out []string
	for _, t := range toks {
		if !t.Num && text.HasPrefixIn(t.Text, text.CompassWords) {
			r := []rune(text.Fold(t.Text))
			out = append(out, string(r[:min(4, len(r))]))
		}
	}
	return out
}

// sameCompassOrder reports each pair of directions the clause names in turn ("north",
// "south") named in turn by the fact, which never names them the other way round: "used for
// East-West transit, while West-East traffic is insignificant" confirms neither order.
func sameCompassOrder(clause, fact []string) bool {
	pairs := func(run []string) []string {
		var out []string
		for i := 1; i < len(run); i++ {
			out = append(out, run[i-1]+">"+run[i])
		}
		return out
	}
	have := pairs(fact)
	for i := 1; i < len(clause); i++ {
		if !slices.Contains(have, clause[i-1]+">"+clause[i]) || slices.Contains(have, clause[i]+">"+clause[i-1]) {
			return false
		}
	}
	return true
}

// planStatedDone reports a clause stating as done ("already signed", "уже запущен") what the
// fact only plans.
func planStatedDone(info frame.Claim, f *knowledge.Fact) bool {
	return (info.Achieved || info.Built) && !info.Planned && !info.Hedged && (f.Kind == "plan" || knowledge.PlansAnything(f))
}

// pairedOtherwise reports a clause that pairs two names of one kind the fact pairs otherwise:
// "the Sarzha terminal is being built at Aktau port" of a fact where it is built at Kuryk and
// Aktau has other projects. A name's partner is the nearest name of its kind; the fact must
// give the clause's partner in its text in the clause's language or in English.
func (e *Checker) pairedOtherwise(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	own := e.nameSpans(strings.ToLower(clause), lang)
	for _, x := range own {
		p := e.nearestOfKind(own, x)
		if p < 0 || !slices.Contains(f.Entities, own[p].id) {
			continue
		}
		// The partner and the names inside or around it ("the container hub at Aktau port"
		// and "Aktau") are one place.
		partners := []string{}
		for _, y := range own {
			if y.overlaps(own[p]) {
				partners = append(partners, y.id)
			}
		}
		same := slices.ContainsFunc([]knowledge.Lang{lang, knowledge.EN}, func(l knowledge.Lang) bool {
			spans := e.nameSpans(strings.ToLower(f.Text.In(l)), l)
			at := slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == x.id })
			if at < 0 {
				return true
			}
			q := e.nearestOfKind(spans, spans[at])
			return q >= 0 && slices.Contains(partners, spans[q].id)
		})
		if !same {
			return true
		}
	}
	return false
}

// nearestOfKind is the index of the port or city among spans nearest to port or city x, or -1.
func (e *Checker) nearestOfKind(spans []nameSpan, x nameSpan) int {
	kind := e.swapKind(x.id)
	if kind != "port" && kind != "city" {
		return -1 // where a thing is; a list of countries or companies pairs nothing
	}
	best, dist := -1, -1
	for i, y := range spans {
		if y.id == x.id || e.swapKind(y.id) != kind || y.overlaps(x) {
			continue // a name inside the other ("Aktau" in "the container hub at Aktau port") is no partner
		}
		d := max(y.at-x.end, x.at-y.end)
		if dist < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// checkStatementParts confirms a long figure-less clause told in parts ("SOCAR announced the
// start of the transit: the tanker … brought Tengiz oil from Aktau to Sangachal") when each
// part says what a fact says. A first part that only says who speaks ("Kazakh transport
// ministry: …") must be named by the facts that confirm the rest. It never refutes.
func (e *Checker) checkStatementParts(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	parts := statementParts(clause)
	if len(parts) < 2 {
		return ClaimResult{}, false
	}
	speaker := ""
	if strings.HasSuffix(parts[0], ":") && len(strings.Fields(parts[0])) <= 4 {
		speaker, parts = parts[0], parts[1:]
	}
	var facts []*knowledge.Fact
	for _, part := range parts {
		if !statesSomething(part) {
			return ClaimResult{}, false // "…, it's a key part": too little to confirm alone
		}
		r, ok := e.checkStatement(s, lang, part, frame.ParseClaim(text.Tokenize(part, nil)))
		if !ok || r.Verdict != Supported {
			return ClaimResult{}, false
		}
		facts = append(facts, r.Fact)
	}
	if speaker != "" && !slices.ContainsFunc(e.namePositions(strings.ToLower(speaker), lang), func(id string) bool {
		// who speaks is an organisation or a person ("Минтранс РК"), not the country in its name
		return (e.class[id] == "organisation" || e.class[id] == "person") &&
			slices.ContainsFunc(facts, func(f *knowledge.Fact) bool { return slices.Contains(f.Entities, id) })
	}) || slices.ContainsFunc(facts, func(f *knowledge.Fact) bool { return officeUnstated(text.Tokenize(speaker, nil), f, lang) }) {
		return ClaimResult{}, false // another speaker, or one given an office the facts do not give
	}
	r := e.byName(clause, info, facts[0], Supported, "says the same, part by part")
	for _, f := range facts[1:] {
		if f != facts[0] && !slices.Contains(r.Also, f) {
			r.Also = append(r.Also, f)
		}
	}
	return r, true
}

// statementParts cuts a clause at a colon, a dash between words, or a comma before "and",
// "but", "while": the parts of a statement told in one sentence. The colon stays with its
// part, which may only say who speaks.
func statementParts(clause string) []string {
	var out []string
	start := 0
	cut := func(end, next int) {
		if part := strings.TrimSpace(clause[start:end]); part != "" {
			out = append(out, part)
		}
		start = next
	}
	for i := 0; i < len(clause); i++ {
		switch {
		case clause[i] == ':' && (i+1 == len(clause) || clause[i+1] == ' '):
			cut(i+1, i+1)
		case strings.HasPrefix(clause[i:], " — ") || strings.HasPrefix(clause[i:], " – "):
			cut(i, i+len(" — "))
		case clause[i] == ',' && i+1 < len(clause) && (andAt(clause, i+2) || contrastAt(clause, i+1)):
			cut(i, i+1)
		}
	}
	cut(len(clause), len(clause))
	return out
}

// sameStatus reports a fact that plans, forecasts or hedges what the clause does, or neither
// does: "the JV will build the plant in Shamkir" is the source's plan, "they signed the
// agreement" is not its plan to sign. Words of plans or hedges the fact says itself ("the
// planning department", "the forecast volumes were approved") are what both say, no status.
func sameStatus(toks []text.Token, info frame.Claim, f *knowledge.Fact, lang knowledge.Lang) bool {
	plans := f.Kind == "plan" || knowledge.PlansAnything(f)
	if (info.Built || info.Achieved) && !saysDone(f, lang) {
		// "the cable has been laid" is not "one of the projects is laying the cable", nor "the
		// cable was put into operation" a feasibility study begun
		return false
	}
	if !info.Planned && !info.Hedged {
		return !plans || describesOnly(info)
	}
	said := saidWords(f, lang)
	if info.Hedged && text.AnyWordHasPrefix(said, text.ConditionalWords) {
		// "goods now on the Northern Route could switch to it (the Middle Corridor)": what a
		// possibility hangs on, and where it leads, a restatement may turn round
		return false
	}
	if info.Planned && plans {
		return true
	}
	own := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool {
		return !t.Num && slices.ContainsFunc(said, func(n text.Token) bool { return sameStem(n.Text, t.Text) })
	})
	rest := frame.ParseClaim(own)
	return !rest.Planned && !rest.Hedged && !plans
}

// saysDone reports a fact whose text, in the language or in English, says something was
// finished, built or achieved.
func saysDone(f *knowledge.Fact, lang knowledge.Lang) bool {
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		toks := text.Tokenize(f.Text.In(l), nil)
		if text.SaysBuilt(toks) || text.ContainsWord(toks, text.AchievedIndex) {
			return true
		}
	}
	return false
}

// describesOnly reports a clause that says what a planned thing is, not that anything was done
// to it or how far it has got: "the Aktau hub is a joint project with Lianyungang" restates a
// plan's own description; "the cable is in service", "they signed the agreement", "the hub
// is being built" or "handles 100,000 TEU" do not.
func describesOnly(info frame.Claim) bool {
	if info.Achieved || info.Built || info.Started || len(info.Slots.Measures) > 0 || len(info.Figures) > 0 {
		return false
	}
	for _, c := range doneEvents {
		if info.Slots.Concepts[c] {
			return false
		}
	}
	return true
}

// doneEvents are the glossary's concepts of something done: a clause naming one tells an event.
var doneEvents = []string{"signing", "groundbreaking", "launch", "construction", "modernization", "production", "announcement", "opening-address", "meeting"}

// causeAt is where the clause gives a cause or a purpose ("because", "из-за", "üçün"), or -1.
func causeAt(toks []text.Token) int {
	for i, t := range toks {
		if t.Num || !text.HasPrefixIn(t.Text, text.CauseWords) {
			continue
		}
		if t.Text == "из" && (i+1 == len(toks) || toks[i+1].Text != "за") {
			continue // "из Актау" is where from; "из-за" is why
		}
		return i
	}
	return -1
}

// causeOnSameSide reports a clause giving no cause, or one whose words before and after its
// word of cause the fact gives on the same sides of its own: a cause and its effect swapped
// ("because of the Black Sea, operators prefer Türkiye") leave every word in place.
func causeOnSameSide(toks []text.Token, f *knowledge.Fact, lang knowledge.Lang) bool {
	at := causeAt(toks)
	if at < 0 || text.HasPrefixIn(toks[at].Text, text.PurposeWords) {
		return true // "… üçün": what a thing is for, which the word count already compares
	}
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		for _, part := range textParts(f.Text.In(l)) {
			pt := text.Tokenize(part, nil)
			fat := causeAt(pt)
			if fat < 0 {
				continue
			}
			if sideGiven(toks[:at], pt[:fat]) && sideGiven(toks[at+1:], pt[fat+1:]) {
				return true
			}
		}
	}
	return false
}

// sideGiven reports a side of a cause whose words one side of the fact's gives (nearly all).
func sideGiven(side, factSide []text.Token) bool {
	share := statementWords(side, [][]text.Token{factSide})
	return share >= minStatementWords || share == 0 && !slices.ContainsFunc(side, func(t text.Token) bool { return !t.Num && !t.Sym && !text.IsStopword(t.Text) })
}

// sameOrder reports a fact whose text names the clause's glossary names in the clause's order:
// who did what is told by where each name stands, and a clause that swaps two ("Uzbekistan's
// energy minister Satkaliev", "the Kazakh Dashkasan and the Azerbaijani Fonte GreenMet") is
// not confirmed by a fact that names them all. Only names of one class trade roles (a person
// for a person, a company for a company); names of different classes stand in whatever order
// a sentence puts them ("a plant is planned in Shamkir, to be built by Azerbaijan Metal
// Company").
func (e *Checker) sameOrder(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	own := e.uncoordinated(strings.ToLower(clause), lang)
	factText := strings.ToLower(f.Text.In(lang))
	byFirst, byLast := e.outerNames(factText, lang), outer(e.nameSpansAt(factText, lang, true))
	for _, id := range own {
		class := e.orderClass(id)
		ofClass := func(ids []string) []string {
			return slices.DeleteFunc(slices.Clone(ids), func(x string) bool { return e.orderClass(x) != class })
		}
		// a name the fact writes twice may stand at either place: "Azerbaijan's minister:
		// … Kazakh oil across Azerbaijan"
		if !inOrder(ofClass(own), ofClass(byFirst)) && !inOrder(ofClass(own), ofClass(byLast)) {
			return false
		}
	}
	return true
}

// uncoordinated is the outer names of s in order, the names after the first of a list of
// equals left out: "Қазақстан мен Әзербайжан" names the two partners in no order, nor
// "Azərbaycan, Qazaxıstan və Özbəkistan" the three.
func (e *Checker) uncoordinated(s string, lang knowledge.Lang) []string {
	spans := e.nameSpans(s, lang)
	names := outer(spans)
	var out []string
	prevEnd := -1
	for _, sp := range spans {
		if !slices.Contains(names, sp.id) {
			continue
		}
		if prevEnd >= 0 && prevEnd <= sp.at && coordinated(s[prevEnd:sp.at]) {
			prevEnd = sp.end // the list goes on: "Azərbaycan, Qazaxıstan və Özbəkistan"
			continue
		}
		out = append(out, sp.id)
		prevEnd = sp.end
	}
	return out
}

// coordinated reports the text between two names as one coordinator or a comma: " and ",
// " мен ", ", ".
func coordinated(between string) bool {
	toks := text.Tokenize(between, nil)
	return len(toks) == 1 && text.Coordinators[toks[0].Text] || len(toks) == 0 && strings.TrimSpace(between) == ","
}

// orderClass is the kind of name whose order sameOrder compares: countries with countries,
// cities with cities ("at the Tashkent forum, the ministers of Azerbaijan, Kazakhstan and
// Uzbekistan" lists the same countries as "… Uzbekistan signed it at the Tashkent forum"),
// otherwise the glossary class.
func (e *Checker) orderClass(id string) string {
	switch {
	case e.countries[id]:
		return "(country)"
	case e.cities[id]:
		return "(city)"
	}
	return e.class[id]
}

// inOrder reports the names of own that fact names standing in fact in own's order.
func inOrder(own, fact []string) bool {
	last := -1
	for _, id := range own {
		at := slices.Index(fact, id)
		if at < 0 {
			continue
		}
		if at < last {
			return false
		}
		last = at
	}
	return true
}

// personsSwapped reports a clause naming two persons the fact names in the other order: who
// visited whom, who met whom ("Tokayev arrived on a state visit to Azerbaijan, talks with
// Aliyev" of Aliyev's visit to Kazakhstan and his talks with Tokayev).
func (e *Checker) personsSwapped(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	persons := func(s string) []string {
		return slices.DeleteFunc(e.namePositions(strings.ToLower(s), lang), func(id string) bool { return e.class[id] != "person" })
	}
	own := persons(clause)
	if len(own) < 2 {
		return false
	}
	// within one part of the fact: "Aliyev came to Astana; Bektenov met him" names them in
	// two parts, and "Bektenov met Aliyev" swaps nothing
	for _, part := range textParts(f.Text.In(lang)) {
		fact := persons(part)
		if a, b := slices.Index(fact, own[0]), slices.Index(fact, own[1]); a >= 0 && b >= 0 && a > b {
			return true
		}
	}
	return false
}

// comparedBackwards reports a clause that names what the fact compares against (than) before
// its word of comparison, as the subject: the comparison turned round ("the Northern route
// takes three times longer than the Middle Corridor").
func (e *Checker) comparedBackwards(clause, than string, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	thanAt := slices.IndexFunc(toks, func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.ThanWords) })
	if thanAt < 0 {
		return false
	}
	for _, t := range e.ix.Glossary() {
		if t.ID != than {
			continue
		}
		for _, n := range append(slices.Clone(t.Names[lang]), t.Names[knowledge.EN]...) {
			name := text.Tokenize(n, nil)
			for i := 0; i+len(name) <= thanAt; i++ {
				if !slices.ContainsFunc(name, func(w text.Token) bool { return !stemAt(toks, i, name, w) }) {
					return true
				}
			}
		}
	}
	return false
}

// stemAt reports the name's word w matched, five letters deep, at its place after i.
func stemAt(toks []text.Token, i int, name []text.Token, w text.Token) bool {
	k := i + slices.Index(name, w)
	a, b := []rune(toks[k].Text), []rune(w.Text)
	n := min(5, len(a), len(b))
	return n > 0 && string(a[:n]) == string(b[:n])
}

// onlyDates reports a fact whose figures are dates or ordinals only: a fact with an amount
// confirms a clause that gives none only by leaving it out.
func onlyDates(f *knowledge.Fact) bool {
	return !slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Unit != "year" && q.Unit != "ordinal" })
}

// conceptUnsaid reports a clause naming a thing the glossary knows ("oil", "a grain
// terminal", "Kars") that the fact neither lists nor names in its text: one word swapped for
// another of the base's ("open an oil terminal" of a grain one) leaves the rest said.
func (e *Checker) conceptUnsaid(units []index.Unit, f *knowledge.Fact, lang knowledge.Lang) bool {
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	said := e.saidUnits(s, f, lang)
	n := len(said)
	said = append(said, e.ix.Analyze(s, e.cites[f.Source][lang])...)
	for _, u := range units {
		if !u.Concept || u.Term < 0 || index.HasConcept(said[:n], u.Term) {
			continue
		}
		id := strings.TrimPrefix(e.ix.Term(u.Term), "@")
		if e.plainConcepts[id] && index.HasConcept(said[n:], u.Term) {
			continue // "the OECD report: …" is said by the facts of the report
		}
		if id == knowledge.YearToDatePart {
			continue // "әзірге жоқ" (not yet) is no part of a year: it counts with a figure only
		}
		if !e.measures[id] && !slices.Contains(f.Entities, id) {
			return true
		}
	}
	return false
}

// signingOfStock reports a clause telling of a signing when the fact only counts what stands
// (no date, no period: "the legal base comprises about 170 agreements") and tells of no signing.
func (e *Checker) signingOfStock(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	if f.Date != "" || len(f.Quantities) == 0 || slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return q.Period != "" || q.Unit != "count" }) {
		return false // a count of things that stand, and nothing else
	}
	signing, ok := e.ix.Lookup("@signing")
	if !ok {
		return false
	}
	s := e.scratch.Get().(*index.Scratch) // not the caller's: its analysis of the clause is in use
	defer e.scratch.Put(s)
	if !index.HasConcept(e.ix.Analyze(s, clause), signing) {
		return false
	}
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		if index.HasConcept(e.ix.Analyze(s, f.Text.In(l)), signing) {
			return false
		}
	}
	return true
}

// placeUnsaid reports a clause placing something in a named place ("held in Kars", "Bakıda
// keçirilib") that the fact, in the clause's language or in English, does not name as a
// place: the railway's name "Baku–Tbilisi–Kars" names Kars, but nothing happens in it.
func (e *Checker) placeUnsaid(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		w = strings.Trim(w, ".,;:«»\"'()")
		r := []rune(w)
		district := beforeDistrict(words, i) // "в гянджинском районе": a place in any case
		if len(r) < 4 || strings.ContainsAny(w, "-–") || text.MonthOf(text.Fold(strings.ToLower(w))) > 0 ||
			!district && (i == 0 || !unicode.IsUpper(r[0]) || !placeName(clause, w)) {
			continue // "in January", "at the EU-Central Asia forum": no place
		}
		stem := text.Fold(strings.ToLower(string(r[:max(4, len(r)-3)]))) // "Kars", "Карсе", "Bakida"
		folded := func(l knowledge.Lang) string { return text.Fold(strings.ToLower(f.Text.In(l))) }
		said := placeName(folded(lang), stem) || placeName(folded(knowledge.EN), stem) ||
			district && (strings.Contains(folded(lang), stem) || strings.Contains(folded(knowledge.EN), stem))
		if !said && !e.namedInText(strings.ToLower(w), f, lang) {
			return true
		}
	}
	return false
}

// beforeDistrict reports a word followed by a noun of an administrative area ("Shamkir
// district", "Şəmkir rayonunda", "Шамкір ауданында").
func beforeDistrict(words []string, i int) bool {
	return i+1 < len(words) && text.HasPrefixIn(text.Fold(strings.ToLower(strings.Trim(words[i+1], ".,;:«»\"'()"))), text.DistrictWords)
}

// namedInText reports a word naming a place the fact lists and its text names, under any of
// the place's names ("Алате" of Alat, which the text writes "Алят").
func (e *Checker) namedInText(w string, f *knowledge.Fact, lang knowledge.Lang) bool {
	for _, id := range e.namePositions(w, lang) {
		if slices.Contains(f.Entities, id) && slices.Contains(e.namePositions(strings.ToLower(f.Text.In(lang)), lang), id) {
			return true
		}
	}
	return false
}

// elsewhereThanCity reports a clause that does not name the city the fact places its event
// in, and places it with a locative ending in a word the fact does not say ("stambulda
// otti" of a meeting held in Ankara): another place the base does not know.
func (e *Checker) elsewhereThanCity(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	named := e.namePositions(strings.ToLower(clause), lang)
	city := slices.ContainsFunc(f.Entities, func(id string) bool { return e.cities[id] && !slices.Contains(named, id) })
	if !city {
		return false
	}
	said := saidWords(f, lang)
	for _, t := range text.Tokenize(clause, nil) {
		if !t.Num && utf8.RuneCountInString(t.Text) >= 6 && text.EndsWithAny(t.Text, locativeEndings) && !hasStemOf(said, t.Text) &&
			text.MonthOf(t.Text) == 0 && !text.IsStopword(t.Text) && !e.ix.WritesWord(t.Text) {
			// a word no fact writes: a place the base does not know ("haqqında", about, is known)
			return true
		}
	}
	return false
}

// countryElsewhere reports a clause placing something in a country ("на территории
// Азербайджана", "in Azerbaijan", "Azərbaycanda") that the fact neither lists nor names, while
// it names another country: the 184 km were repaired in Georgia, not in Azerbaijan.
func (e *Checker) countryElsewhere(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	lower := strings.ToLower(clause)
	other := slices.ContainsFunc(f.Entities, func(id string) bool { return e.countries[id] })
	if !other {
		return false
	}
	for _, x := range e.nameSpans(lower, lang) {
		if !e.countries[x.id] || slices.Contains(f.Entities, x.id) {
			continue
		}
		word, rest, _ := strings.Cut(lower[x.at:], " ")
		before, after := strings.Fields(lower[:x.at]), strings.Fields(rest)
		// "on the territory of Türkiye", and where the country comes first, "Türkiyə
		// ərazisindəki", "Түркия аумағында"
		territory := len(before) >= 2 && text.HasPrefixIn(text.Fold(before[len(before)-1]), text.TerritoryWords) ||
			len(after) > 0 && text.HasPrefixIn(text.Fold(after[0]), text.TerritoryWords)
		if !territory && !placeName(lower, strings.Trim(word, ".,;:«»\"'()")) {
			continue
		}
		named := func(l knowledge.Lang) bool {
			return slices.Contains(e.namePositions(strings.ToLower(f.Text.In(l)), l), x.id)
		}
		if !named(lang) && !named(knowledge.EN) {
			return true
		}
	}
	return false
}

// namesMeasured reports a clause naming what one of the fact's amounts measures ("berths",
// "travel time"): it speaks of the amount without a figure one can read ("алты айлақ", six
// berths, spelled out), or compares it otherwise, so only the figure could confirm it. A
// clause saying what else the fact says ("the port works all year") is confirmed by its words.
func (e *Checker) namesMeasured(units []index.Unit, f *knowledge.Fact) bool {
	for _, q := range f.Quantities {
		if q.Unit == "year" || q.Unit == "ordinal" {
			continue
		}
		for _, id := range []string{string(q.Measure), string(q.Unit)} {
			if e.ix.Flow(id) == knowledge.FlowGood {
				continue // "Kazakh oil is shipped under an agreement" names what is carried, not how much
			}
			if t, ok := e.ix.Lookup("@" + id); ok && index.HasConcept(units, t) {
				return true
			}
		}
	}
	return false
}

// confirmsRest: the fact neither denies nor says the opposite of the clause. A company the
// clause describes otherwise ("a Turkish company" of a Chinese one) may be the swap itself.
func confirmsRest(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	return !text.Denies(text.Tokenize(f.Text.In(lang), nil)) && !saysOpposite(clause, f, lang)
}

// confirmsStatement: the fact neither denies nor says the opposite of the clause.
func (e *Checker) confirmsStatement(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	return !deniedWhereSaid(clause, f, lang) && !saysOpposite(clause, f, lang) && !e.describedOtherwise(clause, f, lang)
}

// deniedWhereSaid reports a fact whose text, in the part of it (between full stops or
// semicolons) that says most of the clause, denies otherwise than the clause: a denial the
// clause does not make, or one it makes that the part does not. A denial in another part
// ("…; there are no problems between the two countries") is about something else, and
// "can't fully replace" denies what "cannot fully replace" does.
func deniedWhereSaid(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	best, bestToks := -1.0, []text.Token(nil)
	for _, part := range textParts(f.Text.In(lang)) {
		partToks := text.Tokenize(part, nil)
		if w := statementWords(toks, [][]text.Token{partToks}); w > best {
			best, bestToks = w, partToks
		}
	}
	return !sameDenials(toks, bestToks)
}

// sameDenials reports two texts that deny the same: every negation of each is followed by
// the word that follows one of the other's ("can't fully replace", "cannot fully replace";
// not "can't replace", which denies more).
func sameDenials(a, b []text.Token) bool {
	return deniedIn(a, b) && deniedIn(b, a)
}

// deniedIn reports that every negation of a denies the word a negation of b denies.
func deniedIn(a, b []text.Token) bool {
	for i := range a {
		if text.Denies(a[i:i+1]) && !deniesWord(b, negatedWord(a, i)) {
			return false
		}
	}
	return true
}

// negatedWord is the word after the negation toks[i], or "" at the end. Words restricting
// to one thing are one word: "not only" denies what "не просто" does.
func negatedWord(toks []text.Token, i int) string {
	if text.NegatedBySuffix(toks[i]) && i > 0 {
		return toks[i-1].Text // "алмастыра алмайды": the verb before the suffixed one
	}
	if i+1 >= len(toks) {
		return ""
	}
	if text.MerelyWords[toks[i+1].Text] {
		return "(merely)"
	}
	return toks[i+1].Text
}

// deniesWord reports a negation of toks followed by w.
func deniesWord(toks []text.Token, w string) bool {
	for i := range toks {
		if text.Denies(toks[i:i+1]) && negatedWord(toks, i) == w {
			return true
		}
	}
	return false
}

// comesFromElsewhere reports a clause whose flow comes from a country none of the fact's
// flows comes from, or goes to the country they come from: "Azerbaijani oil reaches Europe
// across Kazakhstan" of Kazakh oil crossing Azerbaijan names the same words in other roles.
func comesFromElsewhere(sl frame.Slots, f *knowledge.Fact) bool {
	from, same := false, false
	for _, q := range f.Quantities {
		if q.From == "" {
			continue
		}
		from = true
		same = same || text.OneOfWord(q.From, sl.From)
		if text.OneOfWord(q.From, sl.Toward) && !text.OneOfWord(q.To, sl.Toward) {
			return true
		}
	}
	return from && len(sl.From) > 0 && !same
}

// unknownListItem reports a word right after a coordinator ("and nuclear power") that no
// fact of the base uses: not a name, a number, a typo of a known word, or one a concept
// covers. A verb or a word of its own ("cannot", "memo") is a paraphrase's.
func unknownListItem(toks []text.Token, units []index.Unit) bool {
	unknown := map[string]bool{}
	for _, u := range units {
		if u.Term < 0 && !u.Num && !u.Covered && !u.Typo && !u.Soft && u.Exact != "" {
			unknown[strings.TrimPrefix(u.Exact, "=")] = true
		}
	}
	for i := 1; i < len(toks); i++ {
		if !unknown[toks[i].Text] || utf8.RuneCountInString(toks[i].Text) < 4 {
			continue
		}
		k := i - 1
		for k > 0 && text.IsStopword(toks[k].Text) && !text.Coordinators[toks[k].Text] {
			k-- // "and the nuclear industry"
		}
		if text.Coordinators[toks[k].Text] {
			return true
		}
	}
	return false
}

// substitutes reports an item of a list the fact does not give standing where the fact has
// an item the claim does not give, after the same word and a coordinator: "digital
// communication and agriculture" of "digital communication and the space industry". One
// word in many, it would pass a share of words said.
func (e *Checker) substitutes(claim, fact []text.Token) bool {
	for _, c := range listItems(claim) {
		if wordSaid(c.item.Text, fact) {
			continue
		}
		for _, f := range listItems(fact) {
			if !wordSaid(f.item.Text, claim) && sameStem(c.before.Text, f.before.Text) && !e.isName(c.item.Text) && !e.isName(f.item.Text) {
				return true // names are weighed elsewhere, and spelled many ways ("Әзербайжан")
			}
		}
	}
	return false
}

// isName reports a word that alone names a glossary entity, read with a scratch of its own.
func (e *Checker) isName(w string) bool {
	s := e.scratch.Get().(*index.Scratch)
	defer e.scratch.Put(s)
	return e.namesEntity(s, w)
}

// listItem is a word after a coordinator ("and the space industry": space) and the word
// before the coordinator (communication).
type listItem struct{ before, item text.Token }

// listItems are the items of a text's lists, stop words after the coordinator skipped.
func listItems(toks []text.Token) []listItem {
	var out []listItem
	for i := 1; i+1 < len(toks); i++ {
		if !text.Coordinators[toks[i].Text] || !weighedWord(toks[i-1]) {
			continue
		}
		k := i + 1
		for k < len(toks) && text.IsStopword(toks[k].Text) {
			k++
		}
		if k < len(toks) && weighedWord(toks[k]) {
			out = append(out, listItem{before: toks[i-1], item: toks[k]})
		}
	}
	return out
}

// superlativeUnsaid reports a word of the clause that ranks a thing first or alone ("the
// cheapest route", "ən ucuz"), which the fact does not give: one word in many, it is the
// whole claim.
func superlativeUnsaid(toks, said []text.Token) bool {
	isSaid := func(t text.Token) bool {
		return slices.ContainsFunc(said, func(n text.Token) bool { return sameStem(n.Text, t.Text) || text.Synonyms(n.Text, t.Text) })
	}
	for i, t := range toks {
		switch {
		case t.Num:
		case text.HasPrefixIn(t.Text, text.SuperlativeWords) && !isSaid(t):
			return true
		case text.MostMarkers[t.Text] && i+1 < len(toks) && (!isSaid(t) || !isSaid(toks[i+1])):
			return true
		}
	}
	return false
}

// monthUnsaid reports a clause naming a month ("held in May in Ankara") that neither the
// fact's date nor its text gives: one word in many, it dates the whole claim.
func monthUnsaid(info frame.Claim, f *knowledge.Fact) bool {
	if info.Months[0] == 0 {
		return false
	}
	if len(f.Date) >= len("2006-01") {
		if m := atoiPrefix(f.Date[5:7], 2); m >= info.Months[0] && m <= max(info.Months[0], info.Months[1]) {
			return false
		}
	}
	for _, t := range text.Tokenize(f.Text.In(knowledge.EN), nil) {
		if m := text.MonthOf(t.Text); !t.Num && m >= info.Months[0] && m <= max(info.Months[0], info.Months[1]) {
			return false
		}
	}
	return true
}
