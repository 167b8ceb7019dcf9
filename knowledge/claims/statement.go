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
const minStatementCover = 0.8

// checkStatement confirms a figure-less clause by a fact that says the same; it never refutes.
func (e *Checker) checkStatement(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	toks := text.Tokenize(clause, nil) // a denial is confirmed only by a fact denying the same (confirmsStatement)
	compass := compassRun(toks)
	units := e.ix.Analyze(s, clause)
	if frame.StrangerInClaim(clause, units) != "" || frame.UnknownNameRun(e.ix, clause) != "" {
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
		if !e.confirmsStatement(clause, f, lang) {
			if !saysOpposite(clause, f, lang) {
				continue
			}
			// "Kuryk closes in winter, a seasonal port" of a port that works all year: the
			// rest is the fact's, and one side of an opposite pair turned round
			verdict, reason = Contradicted, "says the opposite"
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
			e.conceptUnsaid(units, f, lang) || e.placeUnsaid(clause, f, lang) {
			continue
		}
		// A plan stated as done is told across the plan's parts ("the draft is ready; its
		// signing is planned"): the whole text must say the rest of the clause.
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

// personOfOtherOrganisation reports a clause putting a person beside another organisation
// than the fact does, where the fact names both: "Kazakhtelecom's chairman Emil Masimov" of
// "AzerTelecom Chairman Emil Masimov and Kazakhtelecom Chairman Bagdat Musin". A person's
// organisation is the nearest one named.
func (e *Checker) personOfOtherOrganisation(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	own := e.nameSpans(strings.ToLower(clause), lang)
	for _, x := range own {
		if e.swapKind(x.id) != "person" {
			continue
		}
		o := e.nearestOrganisation(strings.ToLower(clause), own, x)
		if o == "" || !slices.Contains(f.Entities, o) {
			continue
		}
		theirs, spans := e.besideInFact(f, lang, x.id, e.nearestOrganisation)
		if theirs != "" && theirs != o && slices.ContainsFunc(spans, func(y nameSpan) bool { return y.id == o }) {
			return true
		}
	}
	return false
}

// besideInFact is what pick finds beside the entity id in the fact's text, in the language
// or else in English ("" when neither gives one), with the names of that text.
func (e *Checker) besideInFact(f *knowledge.Fact, lang knowledge.Lang, id string, pick func(s string, spans []nameSpan, x nameSpan) string) (string, []nameSpan) {
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		t := strings.ToLower(f.Text.In(l))
		spans := e.nameSpans(t, l)
		if at := slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == id }); at >= 0 {
			if got := pick(t, spans, spans[at]); got != "" {
				return got, spans
			}
		}
	}
	return "", nil
}

// nearestOrganisation is the organisation named nearest to x with no "and" or comma
// between them ("AzerTelecom Chairman Emil Masimov and Kazakhtelecom Chairman Bagdat Musin":
// Musin's is Kazakhtelecom), or "". Spans are of the lower-cased text s.
func (e *Checker) nearestOrganisation(s string, spans []nameSpan, x nameSpan) string {
	best, dist := "", -1
	for _, y := range spans {
		if e.swapKind(y.id) != "organisation" || y.overlaps(x) {
			continue
		}
		from, to := min(x.end, y.end), max(x.at, y.at)
		if from < to && joinsTwo(s[from:to]) {
			continue
		}
		if d := max(y.at-x.end, x.at-y.end); dist < 0 || d < dist {
			best, dist = y.id, d
		}
	}
	return best
}

// joinsTwo reports text between two names that joins two of a list: a comma or "and".
func joinsTwo(between string) bool {
	// the ending of the name's word ("казахтелеком|а") is no word of its own
	between = strings.TrimLeftFunc(between, unicode.IsLetter)
	if strings.ContainsAny(between, ",;") {
		return true
	}
	for _, t := range text.Tokenize(between, nil) {
		if text.AndWords[t.Text] || t.Text == "мен" || t.Text == "пен" || t.Text == "бен" { // Kazakh "and" after a name
			return true
		}
	}
	return false
}

// officeUnstated reports a clause giving someone an office ("Transport Practice Manager",
// "director") in words the fact's text, in the clause's language or in English, does not use,
// or giving the office a portfolio the fact does not ("Commissioner for Transport" of the
// Commissioner for Enlargement).
func officeUnstated(toks []text.Token, f *knowledge.Fact, lang knowledge.Lang) bool {
	said := saidWords(f, lang)
	anyOffice := slices.ContainsFunc(said, func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.OfficeWords) })
	var given map[string]bool // the fact's portfolios, read when an office asks for them
	for i, t := range toks {
		if t.Num {
			continue
		}
		office := text.HasPrefixIn(t.Text, text.OfficeWords)
		if (office || text.HasPrefixIn(t.Text, text.PresidentWords)) && lowered(said, t.Text) && !viceAt(toks, i) {
			return true // "President Dombrovskis" of an Executive Vice-President, "the minister" of a deputy
		}
		if !office {
			continue
		}
		if !hasStemOf(said, t.Text) && !(anyOffice && text.HasPrefixIn(t.Text, text.HeadWords)) { // "the head of ADY" of its chairman
			return true
		}
		if given == nil {
			given = portfoliosSaid(said)
		}
		if slices.ContainsFunc(portfolios(toks, i), func(id string) bool { return !given[id] }) {
			return true
		}
	}
	return false
}

// lowered reports a title the fact's text gives only with a vice word ("Vice-President",
// "nazir müavini"): the bare title is another office.
func lowered(said []text.Token, w string) bool {
	found := false
	for i, t := range said {
		if !sameStem(t.Text, w) {
			continue
		}
		if !viceAt(said, i) {
			return false
		}
		found = true
	}
	return found
}

// viceAt reports a vice word right before or right after the title at toks[i].
func viceAt(toks []text.Token, i int) bool {
	return i > 0 && text.ViceWords[toks[i-1].Text] || i+1 < len(toks) && text.ViceWords[toks[i+1].Text]
}

// portfolios are the portfolios named near an office at toks[i]: two words before it
// ("Transport Minister", "nəqliyyat üzrə komissar", "көлік министрі") and three after
// ("Commissioner for Enlargement", "министр транспорта").
func portfolios(toks []text.Token, i int) []string {
	var out []string
	for _, t := range toks[max(0, i-2):min(len(toks), i+4)] {
		if id := text.PortfolioOf(t.Text); id != "" && !t.Num {
			out = append(out, id)
		}
	}
	return out
}

// portfoliosSaid are the portfolios a fact's text names anywhere, in the clause's language or
// in English.
func portfoliosSaid(said []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range said {
		if id := text.PortfolioOf(t.Text); id != "" {
			out[id] = true
		}
	}
	return out
}

// officeScopeOtherwise reports a clause giving an office a region or country the fact does
// not give that office ("World Bank regional director for Central Asia" of its director for
// the South Caucasus), though the fact may name that region elsewhere.
func (e *Checker) officeScopeOtherwise(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	claimed := e.officeScopes(strings.ToLower(clause), lang)
	if len(claimed) == 0 {
		return false
	}
	var given []string
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		given = append(given, e.officeScopes(strings.ToLower(f.Text.In(l)), l)...)
	}
	return slices.ContainsFunc(claimed, func(id string) bool { return !slices.Contains(given, id) })
}

// officeScopes are the regions and countries a text names within five words after an office
// word ("региональный директор Всемирного банка по Южному Кавказу") or, in Azerbaijani and
// Kazakh, which put what qualifies a noun before it, within four words before it ("Оңтүстік
// Кавказ жөніндегі өңірлік директоры").
func (e *Checker) officeScopes(s string, lang knowledge.Lang) []string {
	var out []string
	words := strings.Fields(s)
	starts := make([]int, len(words)+1) // byte offset of each word; the last is the text's end
	at := 0
	for i, w := range words {
		at = strings.Index(s[at:], w) + at
		starts[i] = at
		at += len(w)
	}
	starts[len(words)] = len(s)
	before, after := 0, 5
	if lang == knowledge.AZ || lang == knowledge.KK {
		before, after = 4, 0 // what follows the office is its holder and what he did ("sədri Rüstəmov … Gürcüstandakı hissəsində")
	}
	for i, w := range words {
		if !text.HasPrefixIn(text.Fold(w), text.OfficeWords) {
			continue
		}
		from, to := starts[max(0, i-before)], starts[min(len(words), i+1+after)]
		for _, x := range e.nameSpans(s[from:to], lang) {
			if e.class[x.id] == "region" || e.countries[x.id] || e.cities[x.id] {
				out = append(out, x.id) // where the office is
			}
		}
	}
	return out
}

// witnessAsActor reports a clause naming a person the fact names only as present at what
// others did ("signed in the presence of the prime ministers"), without saying so itself:
// "the prime ministers signed the agreement".
func (e *Checker) witnessAsActor(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	present := func(toks []text.Token) bool {
		return slices.ContainsFunc(toks, func(t text.Token) bool { return text.HasPrefixIn(t.Text, text.PresenceWords) })
	}
	if present(toks) {
		return false
	}
	names := e.namePositions(strings.ToLower(clause), l)
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		for _, part := range textParts(f.Text.In(lang)) {
			if !present(text.Tokenize(part, nil)) {
				continue
			}
			for _, id := range e.namePositions(strings.ToLower(part), lang) {
				if e.class[id] == "person" && slices.Contains(names, id) {
					return true
				}
			}
		}
	}
	return false
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
	if info.Built && !saysDone(f, lang) {
		return false // "the cable has been laid" is not "one of the projects is laying the cable"
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
		if text.ContainsWord(toks, text.BuiltIndex) || text.ContainsWord(toks, text.AchievedIndex) {
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
	own := e.outerNames(strings.ToLower(clause), lang)
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
	fact := persons(f.Text.In(lang))
	a, b := slices.Index(fact, own[0]), slices.Index(fact, own[1])
	return a >= 0 && b >= 0 && a > b
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
	for _, u := range units {
		if !u.Concept || u.Term < 0 || index.HasConcept(said, u.Term) {
			continue
		}
		if id := strings.TrimPrefix(e.ix.Term(u.Term), "@"); !e.measures[id] && !slices.Contains(f.Entities, id) {
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
		if i == 0 || len(r) < 4 || !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "-–") || text.MonthOf(text.Fold(strings.ToLower(w))) > 0 ||
			!placeName(clause, w) {
			continue // "in January", "at the EU-Central Asia forum": no place
		}
		stem := text.Fold(strings.ToLower(string(r[:max(4, len(r)-3)]))) // "Kars", "Карсе", "Bakida"
		folded := func(l knowledge.Lang) string { return text.Fold(strings.ToLower(f.Text.In(l))) }
		if !placeName(folded(lang), stem) && !placeName(folded(knowledge.EN), stem) && !e.namedInText(strings.ToLower(w), f, lang) {
			return true
		}
	}
	return false
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

// saidInOnePart reports a part of the fact's text (between full stops or semicolons, in the
// clause's language or in English) that gives nearly every word of the clause and every name
// it shares with the fact: "the report covers Kazakhstan, Azerbaijan and Georgia; a later
// study will cover Türkiye" does not say the report covers Türkiye.
func (e *Checker) saidInOnePart(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	shared := e.sharedNameWords(clause, f, l)
	return e.anyPartNamingShared(clause, f, l, func(part string) bool {
		partToks := text.Tokenize(part, nil)
		return statementWords(toks, [][]text.Token{partToks, shared}) >= minStatementWords && statusWordsGiven(toks, partToks)
	}) || e.saidPartByPart(clause, f, l)
}

// minPartSaid is the share of a fact's part a stretch of a clause restating it must give.
const minPartSaid = 0.6

// saidPartByPart reports a clause that restates the parts of a fact's text one after another,
// each stretch of the clause said in its own part: "the report covers Kazakhstan, Azerbaijan
// and Georgia, with Türkiye to be covered later" of "…covers Kazakhstan, Azerbaijan and
// Georgia; a later study is to cover Türkiye". Each stretch runs from its part's first name to
// the next part's, so a detail moved to another part's name ("Aktau takes ferries; Kuryk
// grain" of the reverse) is not said in its stretch's part.
func (e *Checker) saidPartByPart(clause string, f *knowledge.Fact, l knowledge.Lang) bool {
	lower := strings.ToLower(clause)
	spans := e.nameSpans(lower, l)
	names := outer(spans)
	if len(names) < 2 {
		return false
	}
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		parts := textParts(f.Text.In(lang))
		if len(parts) < 2 {
			continue
		}
		starts, part := e.partsInTurn(names, spans, parts, lang)
		if len(part) < 2 {
			continue
		}
		starts[0] = 0
		said := true
		for i, k := range part {
			end := len(lower)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			said = said && e.stretchSaid(lower[starts[i]:end], parts[k], f, l)
		}
		if said {
			return true
		}
	}
	return false
}

// partsInTurn gives each name of a clause, in order, the first part of a fact's text from the
// current one on that names it, and returns where each new part's stretch starts and the
// parts in turn; none when a name is in no part left.
func (e *Checker) partsInTurn(names []string, spans []nameSpan, parts []string, lang knowledge.Lang) (starts, part []int) {
	inPart := make([][]string, len(parts))
	for i, p := range parts {
		inPart[i] = e.namePositions(strings.ToLower(p), lang)
	}
	at := 0
	for _, id := range names {
		k := at
		for k < len(parts) && !slices.Contains(inPart[k], id) {
			k++
		}
		if k == len(parts) {
			return nil, nil
		}
		if len(part) == 0 || k != part[len(part)-1] {
			x := spans[slices.IndexFunc(spans, func(y nameSpan) bool { return y.id == id })]
			starts, part = append(starts, x.at), append(part, k)
		}
		at = k
	}
	return starts, part
}

// stretchSaid reports a stretch of a clause said in a part of a fact's text both ways: it says
// nothing the part does not, and most of what the part says ("Türkiye" alone is no "a later
// study is to cover Türkiye").
func (e *Checker) stretchSaid(stretch, part string, f *knowledge.Fact, l knowledge.Lang) bool {
	toks, partToks := text.Tokenize(stretch, nil), text.Tokenize(part, nil)
	names := e.sharedNameWords(stretch, f, l)
	return statementWords(toks, [][]text.Token{partToks, names}) >= minStatementWords &&
		statementWords(partToks, [][]text.Token{toks}) >= minPartSaid && statusWordsGiven(toks, partToks)
}

// saidInWhole is saidInOnePart over the fact's whole text.
func (e *Checker) saidInWhole(clause string, toks []text.Token, f *knowledge.Fact, l knowledge.Lang) bool {
	whole := [][]text.Token{text.Tokenize(f.Text.In(l), nil), e.sharedNameWords(clause, f, l)}
	return statementWords(toks, whole) >= minStatementWords
}

// namesInOnePart reports a part of the fact's text that names every name the clause shares
// with the fact, whatever its other words: the same report names Türkiye, but not as covered.
func (e *Checker) namesInOnePart(clause string, f *knowledge.Fact, l knowledge.Lang) bool {
	return e.anyPartNamingShared(clause, f, l, func(string) bool { return true })
}

// anyPartNamingShared reports a part of the fact's text (between full stops or semicolons, in
// the clause's language or in English) naming every name the clause shares with the fact, for
// which ok holds.
func (e *Checker) anyPartNamingShared(clause string, f *knowledge.Fact, l knowledge.Lang, ok func(part string) bool) bool {
	names := e.namePositions(strings.ToLower(clause), l)
	for _, lang := range []knowledge.Lang{l, knowledge.EN} {
		whole := e.namePositions(strings.ToLower(f.Text.In(lang)), lang)
		shared := slices.DeleteFunc(slices.Clone(names), func(id string) bool { return !slices.Contains(whole, id) })
		parts := textParts(f.Text.In(lang))
		for _, part := range append(parts, backJoined(parts)...) {
			inPart := e.namePositions(strings.ToLower(part), lang)
			if !slices.ContainsFunc(shared, func(id string) bool { return !slices.Contains(inPart, id) }) && ok(part) {
				return true
			}
		}
	}
	return false
}

// statusWordsGiven reports a part giving every word of the clause that says how far a thing
// has come — begun, finished, working, achieved: "the next phase of the cable has begun" is
// not "the cable is finished and working".
func statusWordsGiven(toks, part []text.Token) bool {
	for i, t := range toks {
		status := text.ContainsWord(toks[i:i+1], text.AchievedIndex) || text.ContainsWord(toks[i:i+1], text.StartedIndex) ||
			text.HasPrefixIn(t.Text, text.FinishWords)
		if status && !slices.ContainsFunc(part, func(n text.Token) bool { return sameStem(n.Text, t.Text) }) {
			return false
		}
	}
	return true
}

// sharedNameWords are the clause's words naming an entity the fact names too: the fact gives
// them, whichever of its names it writes ("BTK" for "the Baku–Tbilisi–Kars railway").
func (e *Checker) sharedNameWords(clause string, f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	lower := strings.ToLower(clause)
	var out []text.Token
	for _, x := range e.nameSpans(lower, lang) {
		if slices.Contains(f.Entities, x.id) {
			out = append(out, text.Tokenize(lower[x.at:x.end], nil)...)
		}
	}
	return out
}

// maxConceptFacts is how many facts a concept may name for its words to count as said in
// other words: a specific one (the groundbreaking, an opening ceremony), not "route".
const maxConceptFacts = 40

// conceptWords are the clause's words a glossary concept (not a name) explains that the fact's
// text names too, in words of its own: "заложили первый камень" and "церемония закладки фундамента" both
// tell of the groundbreaking, so a restatement in synonyms says what the fact says.
func (e *Checker) conceptWords(clause string, f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	s := e.scratch.Get().(*index.Scratch) // not the caller's: its analysis of the clause is in use
	defer e.scratch.Put(s)
	said := e.saidUnits(s, f, lang)
	var out []text.Token
	for _, u := range e.ix.Analyze(s, clause) {
		// names: see sharedNameWords; a concept most facts name ("route") says too little
		if u.Covered && u.By >= 0 && !e.ix.IsEntity(e.ix.Term(u.By)) && e.ix.DocFreq(u.By) <= maxConceptFacts && index.HasConcept(said, u.By) {
			out = append(out, text.Token{Text: strings.TrimPrefix(u.Exact, "=")})
		}
	}
	return out
}

// saidUnits are the units of a fact's text in the clause's language and in English, copied
// out of the scratch s.
func (e *Checker) saidUnits(s *index.Scratch, f *knowledge.Fact, lang knowledge.Lang) []index.Unit {
	var said []index.Unit
	for _, l := range []knowledge.Lang{lang, knowledge.EN} {
		said = append(said, e.ix.Analyze(s, f.Text.In(l))...)
	}
	return said
}

// saidWords are the words of a fact's text in the clause's language and in English: what the
// fact says, whichever of the two a restatement follows.
func saidWords(f *knowledge.Fact, lang knowledge.Lang) []text.Token {
	return append(text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil)...)
}

// textParts are a text's parts between full stops and semicolons.
func textParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '.' })
}

// backJoined are the fact's parts that open by pointing back ("…is planned; it will be built
// by …", "…; onu … tikəcək"), each joined to the part before it, where the thing it speaks
// of is named.
func backJoined(parts []string) []string {
	var out []string
	for i := 1; i < len(parts); i++ {
		if toks := text.Tokenize(parts[i], nil); len(toks) > 0 && text.BackWords[toks[0].Text] {
			out = append(out, parts[i-1]+";"+parts[i])
		}
	}
	return out
}

// statementWords is the share of the clause's words (not stopwords) whose stem one of the
// texts gives.
func statementWords(toks []text.Token, texts [][]text.Token) float64 {
	words, found := 0, 0
	for _, t := range toks {
		if t.Num || t.Sym || text.IsStopword(t.Text) || text.HasPrefixIn(t.Text, text.ArrivalWords) || text.AttributionWords[t.Text] ||
			text.RouteWords[t.Text] || text.IsLocatedWord(t.Text) {
			// "приехал с визитом": who came for talks held there came, whatever words tell
			// it; "Şahbazov deyir ki": who says it is a name, whatever verb says he said it;
			// "runs from X to Y" is "between X and Y" (the way it goes is movesOtherWay's)
			continue
		}
		words++
		if slices.ContainsFunc(texts, func(ft []text.Token) bool {
			return slices.ContainsFunc(ft, func(n text.Token) bool { return sameStem(n.Text, t.Text) || withinWord(n.Text, t.Text) })
		}) {
			found++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(found) / float64(words)
}

// A clause that says what a fact says but for one name — another city, port, organisation or
// person where the fact names its own ("the World Bank's event took place in Almaty", "the
// Sarzha terminal is being built at Aktau port") — is refuted by that fact, which names the
// right one. Only names of one kind are swapped: a city for a city, an organisation for an
// organisation.

// swapKind is the kind of a glossary entity for a swap, or "".
func (e *Checker) swapKind(id string) string {
	switch c := e.class[id]; {
	case e.cities[id]:
		return "city"
	case c == "port" || c == "terminal":
		return "port"
	case c == "organisation" || c == "person":
		return c
	case e.countries[id]:
		return "country"
	}
	return ""
}

// checkSwap refutes a figure-less clause by a fact that says all of it but one name, and names
// instead another of the same kind.
func (e *Checker) checkSwap(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim) (ClaimResult, bool) {
	toks := text.Tokenize(clause, nil)
	if text.Denies(toks) || info.Hedged || info.Achieved {
		return ClaimResult{}, false
	}
	units := slices.Clone(e.ix.Analyze(s, clause))
	stranger := frame.StrangerInClaim(clause, units)
	if stranger == "" {
		stranger = frame.UnknownNameRun(e.ix, clause)
	}
	if stranger != "" {
		return e.swapStranger(s, lang, clause, info, toks, units, stranger)
	}
	named := e.namePositions(strings.ToLower(clause), lang)
	for i, u := range units {
		if !u.Entity || !u.Concept || u.Term < 0 {
			continue
		}
		id := strings.TrimPrefix(e.ix.Term(u.Term), "@")
		kind := e.swapKind(id)
		if kind == "" || !slices.Contains(named, id) && e.shortNameOnly(clause, id) {
			continue // a name of two letters may be a word: "daha az" (less), not "AZ"
		}
		rest := append(slices.Clone(units[:i]), units[i+1:]...)
		cands, _ := e.claimCandidates(s, rest)
		if len(cands) == 0 {
			continue
		}
		f := cands[0].fact
		if cands[0].cover.Share < minRefuteCoverage || slices.Contains(f.Entities, id) || e.textNames(f, lang, id) ||
			!confirmsRest(clause, f, lang) {
			continue
		}
		if other := e.otherOfKind(f, units, named, kind); other != "" && e.saidButName(toks, f, lang, id) {
			return e.byName(clause, info, f, Contradicted, "names "+other+" where the clause names "+id), true
		}
	}
	return ClaimResult{}, false
}

// shortNameOnly reports a clause naming the entity by a name of two letters alone.
func (e *Checker) shortNameOnly(clause string, id string) bool {
	lower := strings.ToLower(clause)
	for _, t := range e.ix.Glossary() {
		if t.ID != id {
			continue
		}
		for _, names := range t.Names { // the index reads every language's names in any text
			for _, n := range names {
				if utf8.RuneCountInString(n) <= 2 && nameAt(lower, strings.ToLower(n), true) >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// textNames reports a fact whose text, in the language or in English, names the entity,
// though its list of entities may not.
func (e *Checker) textNames(f *knowledge.Fact, lang knowledge.Lang, id string) bool {
	return slices.Contains(e.namedIn(f, lang), id) || slices.Contains(e.namedIn(f, knowledge.EN), id)
}

// swapStranger refutes a clause naming a company the base does not know ("the hub is built
// with the Chinese COSCO") by a fact that says the rest and names one other company: the
// name is surely a company's (an abbreviation, or beside "company", "şirkəti").
func (e *Checker) swapStranger(s *index.Scratch, lang knowledge.Lang, clause string, info frame.Claim, toks []text.Token, units []index.Unit, stranger string) (ClaimResult, bool) {
	var kind string
	switch {
	case personName(clause, stranger):
		kind = "person" // "vice-premier Serik Zhumangarin"
	case actorName(clause, stranger) || e.joinedToOrganisation(s, clause, stranger):
		kind = "organisation" // "COSCO", "between SOCAR and Lukoil"
	case placeName(clause, stranger):
		kind = "city" // "held in Bishkek", "Biskekde keçirilən"
	default:
		return ClaimResult{}, false
	}
	strange := text.Tokenize(stranger, nil)
	isStrange := func(w string) bool {
		return slices.ContainsFunc(strange, func(t text.Token) bool { return t.Text == w })
	}
	rest := slices.DeleteFunc(slices.Clone(units), func(u index.Unit) bool { return isStrange(strings.TrimPrefix(u.Exact, "=")) })
	cands, _ := e.claimCandidates(s, rest)
	if len(cands) == 0 || cands[0].cover.Share < minRefuteCoverage || !e.confirmsStatement(clause, cands[0].fact, lang) {
		return ClaimResult{}, false
	}
	f := cands[0].fact
	named := e.namePositions(strings.ToLower(clause), lang)
	other := e.otherOfKind(f, units, named, kind)
	if other == "" && kind == "organisation" {
		other = e.otherOfKind(f, units, named, "port") // a port's company ("with China's Lianyungang")
	}
	if other == "" {
		return ClaimResult{}, false
	}
	restToks := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool { return isStrange(t.Text) })
	texts := [][]text.Token{text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil), e.sharedNameWords(clause, f, lang)}
	if statementWords(restToks, texts) < minStatementWords {
		return ClaimResult{}, false
	}
	return e.byName(clause, info, f, Contradicted, "names "+other+" where the clause names "+stranger), true
}

// personName reports a name the base does not know written after an office, perhaps past a
// first name: "vice-premier Serik Zhumangarin", "министр Марат Карабаев".
func personName(clause, name string) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		if !strings.HasPrefix(strings.Trim(w, ".,;:«»\"'()"), name) {
			continue
		}
		for k := i - 1; k >= max(0, i-2); k-- {
			n := strings.Trim(words[k], ".,;:«»\"'()")
			if text.IsTitleWord(n) {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
				break // only a first name may stand between
			}
		}
	}
	return false
}

// joinedToOrganisation reports a name the base does not know joined by "and" to an
// organisation it knows: "between SOCAR and Lukoil", "Azercell and Kazakhtelecom".
func (e *Checker) joinedToOrganisation(s *index.Scratch, clause, name string) bool {
	toks := text.Tokenize(clause, nil)
	at := slices.IndexFunc(toks, func(t text.Token) bool { return strings.HasPrefix(t.Text, strings.ToLower(name)) })
	if at < 0 {
		return false
	}
	if at >= 2 && text.AndWords[toks[at-1].Text] && e.organisationAt(s, toks, at-2) != "" {
		return true
	}
	return at+2 < len(toks) && text.AndWords[toks[at+1].Text] && e.organisationAt(s, toks, at+2) != ""
}

// placeName reports a name written as a place: after "in", "в", or with a locative ending
// ("Biskekde", "Бішкекте").
func placeName(clause, name string) bool {
	words := strings.Fields(clause)
	for i, w := range words {
		w = strings.Trim(w, ".,;:«»\"'()")
		if !strings.HasPrefix(w, name) && !strings.HasPrefix(name, w) {
			continue
		}
		k := i - 1
		if k > 0 && strings.ToLower(words[k]) == "the" {
			k-- // "in the Shamkir district"
		}
		if k >= 0 && slices.Contains([]string{"in", "at", "в", "во"}, strings.ToLower(words[k])) || text.EndsWithAny(strings.ToLower(w), locativeEndings) {
			return true
		}
	}
	return false
}

// locativeEndings are the Azerbaijani and Kazakh endings of "in" a place.
var locativeEndings = []string{"da", "də", "de", "ta", "tə", "te", "да", "де", "та", "те"}

// otherOfKind is the one entity of the kind the fact names and the clause does not, or "".
// A name written inside a longer one ("Aktau" in "the container hub in Aktau port") is named.
func (e *Checker) otherOfKind(f *knowledge.Fact, units []index.Unit, named []string, kind string) string {
	found := ""
	for _, id := range f.Entities {
		if e.swapKind(id) != kind || slices.Contains(named, id) {
			continue
		}
		if t, ok := e.ix.Lookup("@" + id); ok && index.HasConcept(units, t) {
			continue
		}
		if found != "" {
			return "" // two candidates: no telling which the clause replaced
		}
		found = id
	}
	return found
}

// saidButName reports a fact whose text says nearly every word of the clause other than the
// words of the swapped name.
func (e *Checker) saidButName(toks []text.Token, f *knowledge.Fact, lang knowledge.Lang, id string) bool {
	var nameToks []text.Token
	for _, t := range e.ix.Glossary() {
		if t.ID != id {
			continue
		}
		for _, n := range append(slices.Clone(t.Names[lang]), t.Names[knowledge.EN]...) {
			nameToks = append(nameToks, text.Tokenize(n, nil)...)
		}
	}
	rest := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool {
		return slices.ContainsFunc(nameToks, func(n text.Token) bool { return sameStem(n.Text, t.Text) })
	})
	texts := [][]text.Token{text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil)}
	return statementWords(rest, texts) >= minStatementWords
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
