package knowledge

import (
	"strconv"
	"strings"
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
func (e *Engine) readSlots(toks []token, units []unit) claimSlots {
	var c claimSlots
	for _, u := range units {
		if u.concept && !u.context && u.term >= 0 && e.measures[e.ix.terms[u.term]] {
			if c.measures == nil {
				c.measures = map[string]bool{}
			}
			c.measures[e.ix.terms[u.term]] = true
		}
	}
	directions(toks, func(term string) { c.toward = append(c.toward, strings.TrimPrefix(term, "→")) })
	origins(toks, func(id string) { c.from = append(c.from, id) })
	for i, t := range toks {
		if t.num {
			continue
		}
		switch {
		case perYearWords[t.text] && !(t.text == "ilde" && i > 0 && toks[i-1].num):
			// "2024-cü ildə" is "in 2024"; "ildə 2 milyon ton" is "2 million tonnes a year".
			c.perYear = true
		case t.text == "год" && i > 0 && (toks[i-1].text == "в" || toks[i-1].text == "за"):
			c.perYear = !(i > 1 && toks[i-2].num) // "в год", but not "за 2024 год"
		case t.text == "year" && i > 0 && (toks[i-1].text == "a" || toks[i-1].text == "per"):
			c.perYear = true
		case totalWords[t.text]:
			c.cumulative = true
		case hasPrefixIn(t.text, phaseStems):
			c.readPhase(toks, i)
		}
	}
	return c
}

// readPhase reads the ordinal or "all" before (or, in Azerbaijani and Kazakh, also before)
// a phase word at i.
func (c *claimSlots) readPhase(toks []token, i int) {
	for k := max(0, i-3); k < i; k++ {
		w := toks[k].text
		if allWords[w] {
			c.allPhases = true
		}
		if n := ordinalWords[w]; n > 0 {
			c.phases = append(c.phases, n)
		} else if toks[k].num {
			if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10 {
				c.phases = append(c.phases, n)
			}
		}
	}
	if i+1 < len(toks) && toks[i+1].num { // "phase 1", "этап 2"
		if n, err := strconv.Atoi(toks[i+1].text); err == nil && n > 0 && n < 10 {
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
func (c claimSlots) slotConflict(fig figure, q *Quantity) string {
	switch {
	case len(c.measures) > 0 && q.Measure != "" && q.Measure != eventDate && !c.measures["@"+q.Measure]:
		return slotMeasure // exports are not imports, capacity is not throughput
	case q.To != "" && len(c.toward) > 0 && !oneOf(q.To, c.toward),
		q.From != "" && len(c.from) > 0 && !oneOf(q.From, c.from),
		q.From != "" && oneOf(q.From, c.toward) && !oneOf(q.To, c.toward):
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
func boundSign(q *Quantity) int {
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
func boundConflict(fig figure, q *Quantity) bool {
	// "up to 7 million t" is a ceiling a claim may restate as "to 7 million t": only "more
	// than" and "at least" change what the number says.
	if boundSign(q) <= 0 || fig.bound == boundSign(q) || fig.approx {
		return false
	}
	want := q.Value * scaleValue(q.Scale)
	return sameNumber(fig, want)
}

// sameNumber compares a claimed figure with a value at the claim's own precision.
func sameNumber(fig figure, want float64) bool {
	f := fig
	f.bound, f.approx = 0, false
	return agrees(f, &Quantity{Value: want, Scale: "one"})
}

// origins calls emit with the countries a flow comes from: "из Азербайджана", "from
// Kazakhstan", "Azərbaycandan", "Қазақстаннан".
func origins(toks []token, emit func(string)) {
	for i, t := range toks {
		if t.num {
			continue
		}
		for _, c := range directionCountries {
			suffix, ok := afterStem(t.text, c.stems)
			if !ok {
				continue
			}
			if oneOfWord(suffix, fromEndings) || i > 0 && fromWords[toks[i-1].text] {
				emit(c.id)
			}
		}
	}
}

// Word lists of the slots, folded like the index (see fold): Russian, English, Azerbaijani
// typed without diacritics, Kazakh with its letters mapped to Russian ones.
var (
	perYearWords = wordSet(`ежегодно годовой годовая годового годовых annual annually yearly per_annum
		illik ildə hər_il жылына жылдық жыл_сайын ilde`)
	totalWords = wordSet(`всего итого общей сложности total overall cumulative cumulatively altogether
		ümumilikdə ümumi cəmi cemi барлығы барлыгы жалпы жиынтығы`)
	phaseStems = []string{"фаз", "очеред", "этап", "стади", "phase", "stage", "merhele", "кезен", "фазас"}
	allWords   = wordSet(`все всех всем всеми all both bütün butun hər барлық барлык барша екі`)
	fromWords  = wordSet(`из от from`)
	// Azerbaijani and Kazakh ablative endings: "Azərbaycandan", "Қазақстаннан".
	fromEndings  = []string{"dan", "den", "нан", "нен", "дан", "ден", "тан", "тен"}
	ordinalWords = map[string]int{
		"первой": 1, "первая": 1, "первый": 1, "первого": 1, "first": 1, "birinci": 1, "бирінші": 1, "бирински": 1, "биринши": 1,
		"второй": 2, "вторая": 2, "второго": 2, "second": 2, "ikinci": 2, "екінші": 2, "екинши": 2,
		"третьей": 3, "третья": 3, "третий": 3, "третьего": 3, "third": 3, "üçüncü": 3, "ucuncu": 3, "үшінші": 3, "ушинши": 3,
	}
)
