package answer

import (
	"slices"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A slotGate is one check that a fact gives the kind of answer a question asks for, beyond
// sharing its words: a person when it asks who holds an office, a date when it asks when, a
// bank when it asks which bank. A fact any gate rules out does not answer; -explain names
// the first gate that did.
type slotGate struct {
	// why says what the fact lacks, as -explain words it after "the best fact".
	why      string
	rulesOut func(e *Answerer, c *gateCase) bool
}

// gateCase is one fact judged against one question.
type gateCase struct {
	f     *knowledge.Fact
	doc   int32
	units []index.Unit
	ask   *asked
	years []int
}

// failedGate gives the first gate that rules the fact out, or nil.
func (e *Answerer) failedGate(c *gateCase) *slotGate {
	for i := range slotGates {
		if slotGates[i].rulesOut(e, c) {
			return &slotGates[i]
		}
	}
	return nil
}

// namedClasses gives the glossary class of the things a kind word of the question stands for:
// "the names of the ships" asks for vessels the glossary knows by name. A port is not among
// them: "the name of the terminal at Kuryk port" names a port and asks a terminal.
var namedClasses = map[string]string{"@vessel": "vessel", "@tanker": "vessel"}

// The gates, cheapest and most common first. Each comment gives the question it guards.
var slotGates = []slotGate{
	{"gives no figure of the measure or in the unit asked for", func(e *Answerer, c *gateCase) bool {
		return c.ask.amount && e.fills(c.ask.slots, c.doc) != "" // "in TEU" is not answered in tonnes
	}},
	{"tells of another one than the one counted in the question", func(e *Answerer, c *gateCase) bool {
		named := e.ix.Ordinals(c.doc)
		return c.ask.ordinals != 0 && named != 0 && named&c.ask.ordinals == 0 // the second meeting is not the third
	}},
	{"restates the whole the question asks a part of", func(e *Answerer, c *gateCase) bool {
		return len(c.ask.wholeGiven) > 0 && restatesWhole(c.f, c.ask.wholeGiven) // "how much of the €10 bn…?"
	}},
	{"names another kind of document than the one asked about", func(e *Answerer, c *gateCase) bool {
		// "when was the intergovernmental agreement signed?" is not the trilateral protocol
		return e.otherDocumentKind(c.ask.docKind, c.f)
	}},
	{"names a party to it beyond the two countries whose document is asked about", func(e *Answerer, c *gateCase) bool {
		// "when was the kz-az agreement on TITR signed?" is not China's agreements with each
		return c.ask.docKind != "" && e.pairAsked(c.ask.slots.toks, c.units) && e.namesOtherCountry(c.f, c.units)
	}},
	{"names no document, and the question asks which", func(e *Answerer, c *gateCase) bool {
		// "which documents were signed at the Council's second meeting?": not the meeting
		return c.ask.document && !text.AnyWordHasPrefix(text.Tokenize(c.f.Text.In(knowledge.EN), nil), text.DocumentWords)
	}},
	{"gives flows out of the country the question sends the flow to", func(e *Answerer, c *gateCase) bool {
		return flowsOutOfToward(c.f, c.ask.slots.toks) // "how much oil did Azerbaijan export to Kazakhstan?" is not Kazakhstan's oil
	}},
	{"gives no flow between the countries asked about", func(e *Answerer, c *gateCase) bool {
		return c.ask.amount && e.flowOfOtherPair(c.f, c.units, c.ask.slots) // "Kazakhstan's exports to Georgia" are not its exports of no destination
	}},
	{"names no person, and the question asks who", func(e *Answerer, c *gateCase) bool {
		return c.ask.person && !e.namesOfClass(c.f, c.units, "person") && !e.namesClass(c.units, "person") // "which minister said…?"
	}},
	{"does not give the office asked about", func(e *Answerer, c *gateCase) bool {
		// "who is the director of Aktau port?" is not the Prime Minister who visited it, nor
		// "who is Kazakhstan's president?" Azerbaijan's, who visited it
		return c.ask.person && !e.namesClass(c.units, "person") &&
			(!e.statesRole(c.f, c.ask.slots.toks) || e.officeOfAnotherCountry(c.f, c.ask.slots.toks))
	}},
	{"gives no figure to compare with the one asked about", func(e *Answerer, c *gateCase) bool {
		return c.ask.futureFigure && !slices.ContainsFunc(c.f.Quantities, func(q knowledge.Quantity) bool { return q.Unit != "year" && q.Unit != "ordinal" })
	}},
	{"does not state the figure the question quotes", func(e *Answerer, c *gateCase) bool {
		return len(c.ask.said) > 0 && !statesAnyQuoted(c.f, c.ask.said) // "who said BTK would carry 17 Mt?" is not who spoke of 5 Mt
	}},
	{"cannot say who heads something the question does not name", func(e *Answerer, c *gateCase) bool {
		// "who heads Kazakhstan's railways?": the head of what the base does not know
		return namesConcept(e.ix, c.units, "@company-head") && !e.namesClass(c.units, "organisation") &&
			!e.namesClass(c.units, "port") && !e.namesClass(c.units, "terminal")
	}},
	{"names no organisation of the kind asked for (a bank, a holding, a shipyard)", func(e *Answerer, c *gateCase) bool {
		// "which bank finances the Aktau hub?" is not the ministry that plans the money,
		// "which holding is the Port of Baku part of?" not the railway company inside it
		kind := orgKindAsked(c.ask.slots.toks)
		return kind != "" && !e.namesKind(c.f, kind)
	}},
	{"names none of the things whose name is asked", func(e *Answerer, c *gateCase) bool {
		// "what are the names of the two container ships Kazakhstan will buy?" is not the
		// plan to buy them, which names none
		if !text.AnyPhraseIn(c.ask.slots.toks, text.NameAsked) {
			return false
		}
		for concept, class := range namedClasses {
			if namesConcept(e.ix, c.units, concept) && !e.namesOfClass(c.f, c.units, class) {
				return true
			}
		}
		return false
	}},
	{"names no city but the question's, and the question asks which city", func(e *Answerer, c *gateCase) bool {
		return text.AnyPhraseIn(c.ask.slots.toks, text.CityAsked) && !e.namesOtherCity(c.f, c.units)
	}},
	{"names no country but the question's, and the question asks which country", func(e *Answerer, c *gateCase) bool {
		return text.AnyPhraseIn(c.ask.slots.toks, text.CountryAsked) && !e.namesOtherCountry(c.f, c.units)
	}},
	{"does not give the construction's start asked about", func(e *Answerer, c *gateCase) bool {
		// "when does construction of the plant start?" is not when the plant is to be launched
		return c.ask.when && text.ContainsWord(c.ask.slots.toks, text.StartedIndex) && e.namesUnstated(c.units, "@construction", c.doc)
	}},
	{"tells when it began, and the question asks when it ends", func(e *Answerer, c *gateCase) bool {
		// "when will the cable be finished?" is not when its study began
		return c.ask.when && text.AnyWordHasPrefix(c.ask.slots.toks, text.FinishWords) &&
			!text.ContainsWord(c.ask.slots.toks, text.StartedIndex) && e.ix.StatesStart(c.f)
	}},
	{"does not count the documents asked about", func(e *Answerer, c *gateCase) bool {
		return countsDocuments(c.ask.slots.toks) && !hasUnit(c.f, countUnit) // "how many memoranda…?" is not the €10 bn they commit
	}},
	{"gives what several gave together, and the question asks one alone", func(e *Answerer, c *gateCase) bool {
		// "how much did the EIB alone commit?" is not what it gave with the EBRD
		// nor "how much will the cable cost Azerbaijan alone?" the joint project's whole cost
		return text.HasWordIn(c.ask.slots.toks, text.AloneWords) &&
			(e.namesClass(c.units, "organisation") && e.namesOfClass(c.f, c.units, "organisation") ||
				len(e.countriesIn(c.units)) == 1 && e.namesOtherCountry(c.f, c.units))
	}},
	{"gives another change than the one the question quotes", func(e *Answerer, c *gateCase) bool {
		return changesOtherwise(c.f, c.ask.quotedPercents) // "…jumped 191%; how many tons?" is not the shipments that rose 11%
	}},
	{"tells who builds or plans it, and the question asks who makes it", func(e *Answerer, c *gateCase) bool {
		// "which company makes the cable for the Trans-Caspian line?" is not who lays it
		maker := c.ask.who || c.ask.company || whichFactory(c.ask.slots.toks)
		return maker && text.AnyWordHasPrefix(c.ask.slots.toks, text.ManufactureWords) && !e.manufactures[c.f.ID]
	}},
	{"tells nothing of who owns it, and the question asks", func(e *Answerer, c *gateCase) bool {
		// "who owns Fonte GreenMet?" is not the joint venture it set up
		return c.ask.who && text.AnyWordHasPrefix(c.ask.slots.toks, text.OwnerWords) && !e.owns[c.f.ID]
	}},
	{"tells what was done, and the question asks who paid for it", func(e *Answerer, c *gateCase) bool {
		// "who finances the Sumgait–Aktau cable?" is not who builds it
		return c.ask.who && text.AnyWordHasPrefix(c.ask.slots.toks, text.PayWords) && !statesPayer(c.f)
	}},
	{"gives no price of one tonne or container, and the question asks one", func(e *Answerer, c *gateCase) bool {
		// "BTC ilə bir ton neft neçə dollardır?" asks money per tonne: neither the tonnes
		// carried nor a project's cost answer
		return c.ask.amount && moneyPerUnitAsked(c.ask.slots) && !hasMoneyPerUnit(c.f)
	}},
	{"gives no money, and the question asks how much is paid", func(e *Answerer, c *gateCase) bool {
		// "how much does Kazakhstan pay for a tonne of oil through BTC?" is not how many tonnes
		// go through it
		return c.ask.amount && !c.ask.who && text.AnyWordHasPrefix(c.ask.slots.toks, text.PaymentWords) && !hasMoney(c.f)
	}},
	{"tells of no one saying anything, and the question asks what someone said", func(e *Answerer, c *gateCase) bool {
		// "what did Musin say about the cable?" is not the agreement he signed
		return saysWhatSaid(c.ask.slots.toks) && e.namesClass(c.units, "person") && !factSays(c.f)
	}},
	{"names no one the question does not, and it asks who", func(e *Answerer, c *gateCase) bool {
		// "who designed the Kuryk port?" is not the port's design capacity: an answer to who
		// names a person, an organisation or a country besides those the question names. Not
		// "who is Roland Price?" (a person the question names) nor "whose investment is
		// bigger, Azerbaijan's or Kazakhstan's?" (a choice between two it names).
		return c.ask.who && !c.ask.person && !c.ask.amount && text.AnyWordHasPrefix(c.ask.slots.toks, text.DeedWords) && !e.namesClass(c.units, "person") &&
			e.agentsNamed(c.units) < 2 && !e.namesAgent(c.f, c.units)
	}},
	{"names no company, and the question asks which company", func(e *Answerer, c *gateCase) bool {
		// "какая компания строила БТК, подрядчик кто?" is not the governments' agreement it was
		// built under, nor the news agency that reported its opening
		return c.ask.company && !c.ask.amount && !e.namesBeyond(c.f, c.units, func(id string) bool {
			return e.class[id] == "organisation" || e.class[id] == "port" || e.class[id] == "person" // "which World Bank manager"
		})
	}},
	{"gives no share, and one is asked for", func(e *Answerer, c *gateCase) bool {
		// "what share of the project does AzerTelecom own?" wants a percentage
		return e.asksShare(c.units) && !c.ask.slots.asksChange() && !hasUnit(c.f, map[knowledge.Unit]bool{"percent": true})
	}},
	{"gives only plans, and what was done is asked", func(e *Answerer, c *gateCase) bool {
		// "how many trips did SOCAR actually make?" is not its plan of 12–14 a month, nor "how
		// many passengers has BTK carried?" the million planned at its opening
		past := len(c.years) > 0 && !slices.ContainsFunc(c.years, func(y int) bool { return y > e.latestYear })
		return c.ask.amount && (c.ask.slots.actual || c.ask.slots.handled && !c.ask.slots.plan && past) && onlyPlannedAmounts(c.f)
	}},
	{"gives the share of another thing than the one asked about", func(e *Answerer, c *gateCase) bool {
		return e.asksShare(c.units) && e.shareOfUnnamed(c.f, c.units, c.doc) // China's share is not raw materials'
	}},
	{"gives only plans, and when or by whom it was done is asked", func(e *Answerer, c *gateCase) bool {
		// "when did the cable go live?", "when was the agreement signed?": a plan says it has not
		// (a roadmap signed in November 2022 with a target for 2025 is dated: a signing, though it plans)
		// nor "who signed the intergovernmental agreement?" a plan to sign it (a plan of a
		// figure under an agreement, "1.5 Mt a year under the master agreement", names a
		// signed one)
		signing := c.ask.when || c.ask.who && !e.ix.HasAmount(c.doc)
		return c.ask.when && c.ask.slots.done && onlyPlans(c.f) || signing && c.ask.slots.signed && c.f.Kind == "plan" && c.f.Date == ""
	}},
	{"tells of work toward it, and the question asks when it went into service", func(e *Answerer, c *gateCase) bool {
		// "when did the Caspian cable go live?" is not when its sea survey or study began
		return c.ask.when && c.ask.slots.done && !e.commissioned[c.f.ID]
	}},
	{"tells of work toward it, and the question asks when it will go into service", func(e *Answerer, c *gateCase) bool {
		// "when will the Caspian green-energy cable be commissioned?" is not when its
		// feasibility study began; a plan to finish it, or its launch year, answers
		return c.ask.when && text.ContainsWord(c.ask.slots.toks, text.WillGoLiveIndex) && !e.commissioned[c.f.ID] &&
			!e.finishes[c.f.ID] && !slices.ContainsFunc(c.f.Quantities, func(q knowledge.Quantity) bool { return q.Measure == "launch" })
	}},
	{"tells of a past one, and the next is asked about", func(e *Answerer, c *gateCase) bool {
		return c.ask.next && c.f.Kind != "plan" && !knowledge.PlansAnything(c.f) // "when is the next meeting?"
	}},
	{"gives no month, and the question asks which", func(e *Answerer, c *gateCase) bool {
		// "in which month was the 2025 Almaty roadmap adopted?" is not its year
		return text.AnyPhraseIn(c.ask.slots.toks, text.MonthAsked) && !givesMonth(c.f)
	}},
	{"gives no date, and one is asked for", func(e *Answerer, c *gateCase) bool {
		// "on what date will they sign?" is not answered by "soon", nor "in which year will
		// the second phase be finished?" by its capacity
		return c.ask.date && !datesAnything(c.f) || c.ask.whenOnly() && !datesAnything(c.f) && !e.ix.NamesYear(c.f)
	}},
	{"gives figures of another place or thing than the one asked about", func(e *Answerer, c *gateCase) bool {
		// "what is the Middle Corridor's length" is not the Northern Route's; "who spoke of
		// the Middle Corridor?" asks the speaker, whatever the subject of the figures
		return !c.ask.amount && !text.HasWordIn(c.ask.slots.toks, text.WhoWords) && e.onlyOtherSubjects(c.ask.slots, c.f, c.doc)
	}},
	{"asks about a measure no figure of the base counts", func(e *Answerer, c *gateCase) bool {
		return e.unmeasured(c.ask.slots, c.doc) != ""
	}},
}

// whichFactory reports a question asking which factory ("hansı zavod", "which factory"), not
// what a factory named makes ("Şəmkirdəki zavod hansı məhsul istehsal edəcək?").
func whichFactory(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if text.WhichWords[toks[i].Text] && text.AnyWordHasPrefix(toks[i+1:min(len(toks), i+3)], text.FactoryWords) {
			return true
		}
	}
	return false
}

// statesPayer reports a fact whose text, in any language, says who paid or invested.
func statesPayer(f *knowledge.Fact) bool {
	for _, l := range knowledge.Langs {
		if text.AnyWordHasPrefix(text.Tokenize(f.Text.In(l), nil), text.PayWords) {
			return true
		}
	}
	return false
}

// namesAgent reports a fact naming a person, an organisation or a country the question does
// not name: someone who could have done what a who-question asks. The country a place of
// the question lies in is not one: Kazakhstan did not design Kuryk by having it.
func (e *Answerer) namesAgent(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesBeyond(f, units, func(id string) bool {
		if e.countries["@"+id] {
			return !e.homeOfNamed(units, id)
		}
		return (e.class[id] == "person" || e.class[id] == "organisation") && !e.onlyReports(f, id)
	})
}

// onlyReports reports an entity the fact's English text names only in its opening "According
// to …," — who tells the fact, not who did what it tells: "who dredged Kuryk?" is not
// answered by the ministry that announced when the dredging starts.
func (e *Answerer) onlyReports(f *knowledge.Fact, id string) bool {
	en := strings.ToLower(f.Text.In(knowledge.EN))
	opening, rest, ok := strings.Cut(en, ", ")
	if !ok || !strings.HasPrefix(opening, "according to ") {
		return false
	}
	named := false
	for _, n := range e.enNames[id] {
		if strings.Contains(rest, n) {
			return false
		}
		named = named || strings.Contains(opening, n)
	}
	return named
}

// homeOfNamed reports a country that a place the question names lies in.
func (e *Answerer) homeOfNamed(units []index.Unit, country string) bool {
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.home[strings.TrimPrefix(e.ix.Term(u.Term), "@")] == country {
			return true
		}
	}
	return false
}

// agentsNamed counts the people, organisations and countries a question names.
func (e *Answerer) agentsNamed(units []index.Unit) int {
	n := 0
	for _, u := range units {
		if !u.Concept || u.Term < 0 {
			continue
		}
		term := e.ix.Term(u.Term)
		if c := e.class[strings.TrimPrefix(term, "@")]; c == "person" || c == "organisation" || e.countries[term] {
			n++
		}
	}
	return n
}

// namesOtherCountry reports a fact naming a country neither the question nor a place of the
// question's lies in.
func (e *Answerer) namesOtherCountry(f *knowledge.Fact, units []index.Unit) bool {
	return e.namesBeyond(f, units, func(id string) bool { return e.countries["@"+id] && !e.homeOfNamed(units, id) })
}

// flowsOutOfToward reports a fact whose every flow with an origin comes from the one country
// the question says the flow goes to (a question sending flows both ways compares them).
func flowsOutOfToward(f *knowledge.Fact, toks []text.Token) bool {
	toward := map[string]bool{}
	text.Directions(toks, func(term string) { toward[strings.TrimPrefix(term, text.DirectionTerm(""))] = true })
	if len(toward) != 1 {
		return false
	}
	n := 0
	for _, q := range f.Quantities {
		if q.From == "" {
			continue
		}
		if !toward[q.From] {
			return false
		}
		n++
	}
	return n > 0
}

// flowOfOtherPair reports a fact whose flows across a border asked about (exports, imports,
// transit) each give one country and no other, when the question names another country
// beside it: Kazakhstan's possible extra exports, of no destination, are no figure of its
// exports to Georgia, though the fact names Georgia (as one of three countries whose freight
// base grows).
func (e *Answerer) flowOfOtherPair(f *knowledge.Fact, units []index.Unit, sl slots) bool {
	var ones []string // the one country of each flow asked about
	for _, q := range f.Quantities {
		if !sl.measures[q.Measure] || e.ix.Flow("@"+q.Measure) != knowledge.FlowCarried || q.From == "" && q.To == "" {
			continue
		}
		if q.From != "" && q.To != "" {
			return false // a flow between two countries: the pair is compared elsewhere
		}
		ones = append(ones, q.From+q.To)
	}
	if len(ones) == 0 {
		return false // the common case, read before the question's countries
	}
	named := e.countriesIn(units)
	return len(named) == 2 && !slices.ContainsFunc(ones, func(one string) bool { return !slices.Contains(named, one) })
}

// pairAsked reports a question about two countries as a pair: "between Kazakhstan and
// Azerbaijan", "bilateral", or the two names joined ("kz-az", "казахстанско-азербайджанский"),
// and no third.
func (e *Answerer) pairAsked(toks []text.Token, units []index.Unit) bool {
	if len(e.countriesIn(units)) != 2 {
		return false
	}
	if text.AnyWordHasPrefix(toks, text.PairMarks) {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		two := toks[i].Joined && !toks[i+1].Joined && (i == 0 || !toks[i-1].Joined) // not "аз-кз-уз"
		if two && len(e.countriesNamed(toks[i].Text+" "+toks[i+1].Text)) == 2 {
			return true
		}
	}
	return false
}

// countriesIn are the countries a question names.
func (e *Answerer) countriesIn(units []index.Unit) []string {
	var out []string
	for _, u := range units {
		if u.Concept && u.Term >= 0 && e.countries[e.ix.Term(u.Term)] {
			out = append(out, strings.TrimPrefix(e.ix.Term(u.Term), "@"))
		}
	}
	return out
}

// factSays reports a fact whose English text tells what someone said ("according to", "said",
// "noted").
func factSays(f *knowledge.Fact) bool {
	return slices.ContainsFunc(text.Tokenize(f.Text.In(knowledge.EN), nil), func(t text.Token) bool {
		return text.AttributionWords[t.Text] || text.HasPrefixIn(t.Text, text.SayingWords)
	})
}

// otherDocumentKind reports a question naming one kind of document (an agreement) and a
// fact naming documents of other kinds only (a protocol, a memorandum), in its own words.
// A document of no kind ("a co-operation document") is another than an agreement asked about;
// "which documents were signed?" asks about any kind.
func (e *Answerer) otherDocumentKind(asked string, f *knowledge.Fact) bool {
	named := e.docKinds[f.ID]
	return asked != "" && asked != "document" && len(named) > 0 && !slices.Contains(named, asked)
}

// givesMonth reports a fact dated to a month, or one with a figure of a period of months.
// Its text is not read: it names the month of its source ("Astana Times, March 2026").
func givesMonth(f *knowledge.Fact) bool {
	return len(f.Date) >= len("2006-01") || slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return strings.Contains(q.Period, "-") })
}
