package engine

import (
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge"
)

// claimSlots are what a clause states besides its figures and period: the measure it names,
// the direction of a flow, a yearly rate or a total, the phase. A sourced quantity confirms a
// figure only when every slot the clause states agrees with it; a slot the clause states and
// the quantity contradicts rules the quantity out (see slotConflict).
type claimSlots struct {
	measures   map[string]bool // "@export": glossary concepts the clause names that candidates measure
	toward     []string        // countries a flow goes to ("to Azerbaijan", "Qazaxıstana")
	from       []string        // countries it comes from ("from Azerbaijan", "Azərbaycandan")
	perYear    bool            // "a year", "в год", "ildə", "жылына": a yearly rate
	cumulative bool            // "in total", "всего", "ümumilikdə": a total over years
	allPhases  bool            // "all phases", "всех очередей": the whole, not one phase
	phases     []int           // "the first phase": the phases named
}

// Slot names, as explanations print them.
const (
	slotMeasure   = "measure"
	slotDirection = "direction"
	slotRate      = "yearly rate vs total"
	slotPhase     = "phase"
	slotBound     = "bound"
	slotStatus    = "status"
)

// readSlots reads the slots of a clause from its tokens and its glossary concepts.
func (e *Engine) readSlots(toks []text.Token, units []index.Unit) claimSlots {
	var c claimSlots
	for _, u := range units {
		if u.Concept && !u.Context && u.Term >= 0 && e.ix.IsMeasure(e.ix.Term(u.Term)) {
			if c.measures == nil {
				c.measures = map[string]bool{}
			}
			c.measures[e.ix.Term(u.Term)] = true
		}
	}
	text.Directions(toks, func(term string) { c.toward = append(c.toward, strings.TrimPrefix(term, "→")) })
	text.Origins(toks, func(id string) { c.from = append(c.from, id) })
	for i, t := range toks {
		if t.Num {
			continue
		}
		switch {
		case text.PerYearWords[t.Text] && !(t.Text == "ilde" && i > 0 && toks[i-1].Num):
			// "2024-cü ildə" is "in 2024"; "ildə 2 milyon ton" is "2 million tonnes a year".
			c.perYear = true
		case t.Text == "год" && i > 0 && (toks[i-1].Text == "в" || toks[i-1].Text == "за"):
			c.perYear = !(i > 1 && toks[i-2].Num) // "в год", but not "за 2024 год"
		case t.Text == "year" && i > 0 && (toks[i-1].Text == "a" || toks[i-1].Text == "per"):
			c.perYear = true
		case text.TotalWords[t.Text]:
			c.cumulative = true
		case text.HasPrefixIn(t.Text, text.PhaseStems):
			c.readPhase(toks, i)
		}
	}
	return c
}

// readPhase reads the ordinal or "all" before (or, in Azerbaijani and Kazakh, also before)
// a phase word at i.
func (c *claimSlots) readPhase(toks []text.Token, i int) {
	for k := max(0, i-3); k < i; k++ {
		w := toks[k].Text
		if text.AllWords[w] {
			c.allPhases = true
		}
		if n := text.OrdinalWords[w]; n > 0 {
			c.phases = append(c.phases, n)
		} else if toks[k].Num {
			if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10 {
				c.phases = append(c.phases, n)
			}
		}
	}
	if i+1 < len(toks) && toks[i+1].Num { // "phase 1", "этап 2"
		if n, err := strconv.Atoi(toks[i+1].Text); err == nil && n > 0 && n < 10 {
			c.phases = append(c.phases, n)
		}
	}
}

// restrict keeps the measures some candidate quantity has: a measure word that no candidate
// measures ("transit" against facts counting cargo) does not tell the quantities apart.
func (c *claimSlots) restrict(cands []candidate) {
	for m := range c.measures {
		found := false
		for _, cd := range cands {
			for _, q := range cd.fact.Quantities {
				found = found || "@"+q.Measure == m
			}
		}
		if !found {
			delete(c.measures, m)
		}
	}
}

// slotConflict names the slot in which a quantity contradicts what the clause states, or
// returns "" when every stated slot agrees (or the quantity does not say).
func (c claimSlots) slotConflict(fig figure, q *knowledge.Quantity) string {
	switch {
	case len(c.measures) > 0 && q.Measure != "" && q.Measure != eventDate && !c.measures["@"+q.Measure]:
		return slotMeasure // exports are not imports, capacity is not throughput
	case q.To != "" && len(c.toward) > 0 && !text.OneOfWord(q.To, c.toward),
		q.From != "" && len(c.from) > 0 && !text.OneOfWord(q.From, c.from),
		q.From != "" && text.OneOfWord(q.From, c.toward) && !text.OneOfWord(q.To, c.toward):
		return slotDirection // investment in Kazakhstan is not investment in Azerbaijan
	case c.perYear && q.Cumulative, c.cumulative && q.Per != "" && !q.Cumulative:
		return slotRate // 531 million t since 2006 is not 531 million t a year
	case c.allPhases && q.Part != "", len(c.phases) > 0 && isPhase(q.Part) && !samePhases(c.phases, q.Part):
		return slotPhase // the first phase's 15 million t is not the port's total
	case boundConflict(fig, q):
		return slotBound // "more than 531" is not "531"
	}
	return ""
}

// isPhase reports a part naming phases: "phase-1", "phases-2-3".
func isPhase(part string) bool { return strings.HasPrefix(part, "phase") }

func samePhases(named []int, part string) bool {
	fields := strings.Split(part, "-")
	var have []int
	for _, f := range fields[1:] {
		if n, err := strconv.Atoi(f); err == nil {
			have = append(have, n)
		}
	}
	for _, n := range named {
		found := false
		for _, h := range have {
			found = found || h == n
		}
		if !found {
			return false
		}
	}
	return true
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
// the same number as exact, or bounded the other way.
func boundConflict(fig figure, q *knowledge.Quantity) bool {
	// "up to 7 million t" is a ceiling a claim may restate as "to 7 million t": only "more
	// than" and "at least" change what the number says.
	if boundSign(q) <= 0 || fig.bound == boundSign(q) || fig.approx {
		return false
	}
	want := q.Value * knowledge.ScaleValue(q.Scale)
	return sameNumber(fig, want)
}

// sameNumber compares a claimed figure with a value at the claim's own precision.
func sameNumber(fig figure, want float64) bool {
	f := fig
	f.bound, f.approx = 0, false
	return agrees(f, &knowledge.Quantity{Value: want, Scale: "one"})
}
