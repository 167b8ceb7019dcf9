package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Slot names, as explanations print them.
const (
	SlotMeasure   = "measure"
	SlotDirection = "direction"
	SlotRate      = "yearly rate vs total"
	SlotPhase     = "phase"
	SlotBound     = "bound"
	SlotStatus    = "status"
	SlotSubject   = "subject"
)

// restrictMeasures keeps the measures some candidate quantity has: a measure word that no candidate
// measures ("transit" against facts counting cargo) does not tell the quantities apart.
func restrictMeasures(c *frame.Slots, cands []candidate) {
	for m := range c.Measures {
		found, otherFlow := false, false
		for _, cd := range cands {
			for _, q := range cd.fact.Quantities {
				found = found || "@"+q.Measure == m
				// exports are not imports nor transit, and not the trade turnover they are part of
				otherFlow = otherFlow || (crossingFlows["@"+q.Measure] || q.Measure == "trade-turnover") && crossingFlows[m]
			}
		}
		if !found && !otherFlow {
			delete(c.Measures, m)
		}
	}
}

// crossingFlows are what crosses a border or a port, each its own: "90% of Baku's cargo is
// transit" says nothing of exports, so a claim of exports keeps its measure against it.
var crossingFlows = map[string]bool{"@export": true, "@import": true, "@transit": true}

// namesCrossingFlow reports a clause naming what crossed (transit, exports, imports).
func namesCrossingFlow(c frame.Slots) bool {
	for id := range crossingFlows {
		if c.Concepts[strings.TrimPrefix(id, "@")] {
			return true
		}
	}
	return false
}

// slotConflict names the slot in which a quantity contradicts what the clause states, or
// returns "" when every stated slot agrees (or the quantity does not say).
func slotConflict(c frame.Slots, fig frame.Figure, q *knowledge.Quantity) string {
	switch {
	case len(c.Measures) > 0 && q.Measure != "" && q.Measure != eventDate && !c.Measures["@"+q.Measure] && !sameFlow(c, q) &&
		!changeOf(fig, q) && !changedValue(c, fig) && !designedFlow(c, q) && !capacityInUnits(c, fig, q) &&
		!(q.Measure == "length" && physicalSize[q.Unit] && fig.Unit == q.Unit): // "the 184 km section": a length, whatever else the clause measures
		return SlotMeasure // exports are not imports, capacity is not throughput
	case otherGood(c, q):
		return SlotMeasure // 1.8 Mt of oil is not "1.8 Mt of cargo"
	case q.Measure == "capacity" && !c.Measures["@capacity"] && namesCrossingFlow(c):
		return SlotMeasure // "transit reached 3.6 Mt in 2024" is not the route's capacity of 6 Mt
	case q.To != "" && len(c.Toward) > 0 && !text.OneOfWord(q.To, c.Toward),
		q.From != "" && len(c.From) > 0 && !text.OneOfWord(q.From, c.From),
		q.From != "" && text.OneOfWord(q.From, c.Toward) && !text.OneOfWord(q.To, c.Toward),
		q.From == "" && len(c.From) > 0 && q.Flow == knowledge.FlowGood && q.Measure != "cargo" && q.Measure != "container":
		// Investment in Kazakhstan is not investment in Azerbaijan; BTC's 531 million t of all
		// oil is not "531 million t of Kazakh oil".
		return SlotDirection
	case c.PerYear && fig.Per != "day" && fig.Per != "month" && (q.Cumulative || q.Per != "" && q.Per != "year" || changeOverYears(q)),
		// "€10 billion every year": a sum of money of no period (pledged, invested, a cost)
		// is one sum, no rate a year
		c.PerYear && !fig.OtherRated && knowledge.IsMoney(q.Unit) && q.Per == "" && q.Period == "",
		c.Cumulative && q.Per != "" && !q.Cumulative,
		c.TotalOverYears && !q.Cumulative && len(q.Period) == len("2024") && q.Unit != "year" && q.Unit != "percent" && q.Unit != "times" && !knowledge.IsPlanned(q), // "4.5 Mt in total over seven years" is not 2024's 4.48 Mt
		c.Per != "" && c.Per != "year" && (q.Per == "" || q.Cumulative):
		return SlotRate // 531 million t since 2006 is not 531 million t a year, 2 Mt a year not 2 Mt a month
	case c.AllPhases && q.Part != "" && !completesPhases(q.Part) && !c.Concepts[q.Part],
		len(c.Phases) > 0 && (isPhase(q.Part) && !samePhases(c.Phases, q.Part) || q.Part == peakPart),
		c.Peak && isPhase(q.Part):
		// The first phase's 15 million t is not the port's total; but "all of the 19,000 TEU
		// went by the TITR" says what the TITR's part was.
		return SlotPhase
	case boundConflict(fig, q):
		return SlotBound // "more than 531" is not "531"
	}
	return ""
}

// namedTheOtherWay reports a clause that reads no direction but names the quantity's two
// countries with its destination first: "Kazakhstan … $136 million … Azerbaijan" of the
// money Kazakhstan put into Azerbaijan is most likely said the other way round, and a ✅ on
// a guess is the worst reply.
func namedTheOtherWay(named []string, q *knowledge.Quantity) bool {
	if q.From == "" || q.To == "" {
		return false
	}
	from, to := slices.Index(named, q.From), slices.Index(named, q.To)
	return from >= 0 && to >= 0 && to < from
}

// changeOverYears reports a change measured over a span of years ("150% from 2023 to 2040"):
// no rate a year.
func changeOverYears(q *knowledge.Quantity) bool {
	from, to := knowledge.PeriodYears(q.Period)
	return knowledge.IsChange(q.Measure) && q.Per == "" && to > from+1
}

// otherGood reports a quantity of one good (oil) against a clause naming another (cargo,
// grain) and not it.
func otherGood(c frame.Slots, q *knowledge.Quantity) bool {
	if goodBesidePart(c, q) {
		return true
	}
	if q.Flow != knowledge.FlowGood || c.WholeAndPart && q.Measure == "cargo" {
		return false // "2.3 Mt of cargo, of which 1.8 Mt oil" names all cargo too
	}
	// "container cargo" names containers; "cargo" alone, all.
	cargo := c.Goods["cargo"]
	specific := len(c.Goods) > 1 || len(c.Goods) == 1 && !cargo || c.Concepts["teu"]
	named := c.Concepts[q.Measure] || q.Measure == "container" && c.Concepts["teu"] // TEU count containers
	switch {
	case specific:
		return !named || q.Measure == "cargo"
	case cargo:
		return q.Measure != "cargo"
	}
	return false
}

// goodBesidePart reports a claim naming a good that a count of containers cannot be of:
// containers counted in TEU are no oil ("76,000 TEU of oil"). (A grain terminal's tonnes
// said of oil are left: a clause naming several goods — "3 oil berths and a grain terminal
// of 800,000 t" — names them of different figures.)
func goodBesidePart(c frame.Slots, q *knowledge.Quantity) bool {
	if q.Measure != "container" {
		return false
	}
	for g := range c.Goods {
		if g != "cargo" && g != "container" && g != "teu" {
			return true
		}
	}
	return false
}

// isPhase reports a part naming phases: "phase-1", "phases-2-3".
func isPhase(part string) bool { return strings.HasPrefix(part, "phase") }

// completesPhases: a figure "after the second and third phases" is the build-out's whole,
// what a claim of the full capacity speaks of; one phase's figure is not.
func completesPhases(part string) bool { return strings.HasPrefix(part, "phases-") || part == peakPart }

// peakPart marks a design's figure at full load (BTK's 17 Mt), which no single phase reaches.
const peakPart = "peak"

// samePhases reports a part of just the phases named: the figure "after the second and third
// phases" is not the second phase's.
func samePhases(named []int, part string) bool {
	fields := strings.Split(part, "-")
	var have []int
	for _, f := range fields[1:] {
		if n, err := strconv.Atoi(f); err == nil {
			have = append(have, n)
		}
	}
	for _, n := range named {
		if !slices.Contains(have, n) {
			return false
		}
	}
	return len(have) == len(slices.Compact(slices.Sorted(slices.Values(named))))
}

// boundSign maps a quantity's bound to the claim parser's: +1 "more than", -1 "up to".
func boundSign(q *knowledge.Quantity) int {
	switch q.Bound {
	case "over", "at-least":
		return 1
	case "under", "up-to":
		return -1
	}
	return 0
}

// boundConflict: the source bounds a figure ("more than 531 million t") and the claim states
// the same number as exact, or bounded the other way; or both are bounded in opposite ways
// ("under 53%" against "at least 35%"), which neither confirms nor refutes the claim.
func boundConflict(fig frame.Figure, q *knowledge.Quantity) bool {
	if fig.Bound != 0 && boundSign(q) != 0 && fig.Bound != boundSign(q) {
		return true
	}
	// "up to 7 million t" is a ceiling a claim may restate as "to 7 million t": only "more
	// than" and "at least" change what the number says.
	if boundSign(q) <= 0 || fig.Bound == boundSign(q) || fig.Approx {
		return false
	}
	want := valueOf(q)
	return sameNumber(fig, want)
}

// sameNumber compares a claimed figure with a value at the claim's own precision.
func sameNumber(fig frame.Figure, want float64) bool {
	f := fig
	f.Bound, f.Approx = 0, false
	return agrees(f, &knowledge.Quantity{Value: want, Scale: "one"})
}

// opposes reports a change stated the other way round: "trade fell 14.3%" against a source
// saying it grew 14.3% is wrong, however equal the number.
func opposes(c frame.Slots, q *knowledge.Quantity) bool {
	return c.Change < 0 && q.Measure == "growth" || c.Change > 0 && q.Measure == "decline"
}

// sameFlow: Azerbaijan's exports to Kazakhstan are Kazakhstan's imports from Azerbaijan. When
// a claim says which way goods went, an export and an import of the same flow are one figure
// (the direction slot then decides); without a direction they stay apart.
func sameFlow(c frame.Slots, q *knowledge.Quantity) bool {
	flow := func(m string) bool { return m == "export" || m == "import" }
	if !flow(q.Measure) || len(c.Toward) == 0 && len(c.From) == 0 {
		return false
	}
	for m := range c.Measures {
		if !flow(strings.TrimPrefix(m, "@")) {
			return false
		}
	}
	return true
}

// designedFlow: cargo a year that a thing was planned to carry is its planned capacity ("BTK
// was planned to carry 6.5 million t a year at first"); whether the claim states a plan or a
// result is checked apart, so a capacity never confirms what was carried.
func designedFlow(c frame.Slots, q *knowledge.Quantity) bool {
	if q.Measure != "capacity" || !knowledge.IsPlanned(q) || !c.PerYear || len(c.Measures) != 1 {
		return false
	}
	return c.Measures["@cargo"]
}

// capacityInUnits: "the port can receive 11 vessels" states a capacity counted in the very
// things the quantity counts (vessels, berths): the count is that capacity. So is a cable's
// capacity in terabits a second its bandwidth.
func capacityInUnits(c frame.Slots, fig frame.Figure, q *knowledge.Quantity) bool {
	if len(c.Measures) != 1 || !c.Measures["@capacity"] || fig.Unit == "" {
		return false
	}
	return string(fig.Unit) == q.Measure || q.Measure == "bandwidth" && dataRates[fig.Unit]
}

// dataRates are the units of a bandwidth.
var dataRates = map[knowledge.Unit]bool{"tbps": true, "gbps": true}

// changeOf: a percentage or a multiple the claim gives of what it names ("trade fell 14.3%")
// is a change of it, which the base keeps as a growth or decline figure.
// changedValue: "grew from 0.8 to 4.5 million tonnes" states the values of what grew; the
// change words give its direction, not the measure of its figures.
func changedValue(c frame.Slots, fig frame.Figure) bool {
	for m := range c.Measures {
		if m != "@growth" && m != "@decline" {
			return false
		}
	}
	return fig.Unit != "" && fig.Unit != "percent" && fig.Unit != "times" && fig.Unit != frame.OtherUnit
}

func changeOf(fig frame.Figure, q *knowledge.Quantity) bool {
	return knowledge.IsChange(q.Measure) && (fig.Unit == "percent" || fig.Unit == "times")
}
