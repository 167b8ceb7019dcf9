package frame

import (
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Slots are what a clause states besides its figures and period: the measure it names,
// the direction of a flow, a yearly rate or a total, the phase. A sourced quantity confirms a
// figure only when every slot the clause states agrees with it; a slot the clause states and
// the quantity contradicts rules the quantity out (see slotConflict).
type Slots struct {
	Measures map[string]bool // "@export": glossary concepts the clause names that candidates measure
	Toward   []string        // countries a flow goes to ("to Azerbaijan", "Qazaxıstana")
	// Countries are the countries the clause names, in its order: with no direction read,
	// the first is most often the one that acts ("Azerbaijan invested … Kazakhstan").
	Countries  []string
	From       []string // countries it comes from ("from Azerbaijan", "Azərbaycandan")
	PerYear    bool     // "a year", "в год", "ildə", "жылына": a yearly rate
	Per        string   // the rate stated: "year", "month" ("ayda"), "week" ("аптасына"), "day" ("в сутки"), or ""
	Cumulative bool     // "in total", "всего", "ümumilikdə": a total over years
	// TotalOverYears: Cumulative said with a total word and no year ("cəmi … son yeddi ildə"),
	// not "since the start of 2024", which is the year so far.
	TotalOverYears bool
	AllPhases      bool  // "all phases", "всех очередей", "итоговая", "total": the whole, not a part
	Phases         []int // "the first phase", "initially": the phases named
	Peak           bool  // "at peak", "на пике": a design's figure at full load, no phase's
	Change         int   // +1 "grew", -1 "fell": the direction of a change the clause states
	// Concepts are the glossary concepts the clause names ("oil"): a part of a whole it names.
	Concepts map[string]bool
	// Goods are the concepts named that are goods (cargo, oil, grain): one good's figure is
	// not another's, nor all cargo's.
	Goods map[string]bool
	// Handled: a verb of what was handled ("handled", "перевалил", "aşırılıb"): no capacity
	// confirms or refutes it.
	Handled bool
	// WholeAndPart: the clause names all cargo and, after "of which", a good of it ("2.3 Mt
	// of cargo, of which 1.8 Mt oil"): a figure before "of which" is the whole's, one after
	// it the good's (see Figure.AfterIncluding).
	WholeAndPart bool
}

// ReadSlots reads the slots of a clause from its tokens and its glossary concepts.
func ReadSlots(ix *index.Index, toks []text.Token, units []index.Unit) Slots {
	var c Slots
	totalWord := false
	for _, u := range units {
		if u.Concept && !u.Context && u.Term >= 0 {
			if c.Concepts == nil {
				c.Concepts = map[string]bool{}
			}
			c.Concepts[strings.TrimPrefix(ix.Term(u.Term), "@")] = true
			c.addGood(ix, ix.Term(u.Term))
		}
		if u.Concept && !u.Context && u.Term >= 0 && ix.IsMeasure(ix.Term(u.Term)) {
			if c.Measures == nil {
				c.Measures = map[string]bool{}
			}
			c.Measures[ix.Term(u.Term)] = true
		}
	}
	c.Handled = text.ContainsWord(toks, text.HandledIndex) && !text.AsksCanHandle(toks) // "can handle 15 Mt" is a capacity
	text.Directions(toks, func(term string) { c.Toward = append(c.Toward, strings.TrimPrefix(term, "→")) })
	text.Origins(toks, func(id string) { c.From = append(c.From, id) })
	c.Countries = text.CountriesInOrder(toks)
	for i, t := range toks {
		if t.Num {
			continue
		}
		switch {
		case perYearAt(toks, i):
			c.PerYear = true
		case text.TotalWords[t.Text]:
			// "in total since 2006" sums the years; "всего за январь–октябрь 2023" is the
			// period's total, of all kinds of cargo
			c.Cumulative = !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Num && text.YearOf(t.Text) != 0 })
			c.AllPhases = true // "in total": all of it, not a part (one phase, one field, the seaports)
			totalWord = true
		case text.HasPrefixIn(t.Text, text.WholeWords) && !text.StartsPhrase(toks[i:], text.FullyDone), text.AllWords[t.Text] && t.Text != "екі":
			c.AllPhases = true // "барлық пойыздар", "all trains": not the container trains alone
		case text.HasPrefixIn(t.Text, text.FallingWords), afterPercent(toks, i) && text.HasPrefixIn(t.Text, text.LessWords):
			c.Change = -1 // "fell 6.7%", "6.7% less than a year earlier"
		case afterPercent(toks, i) && text.HasPrefixIn(t.Text, text.MoreWords) && !spanAfter(toks, i):
			c.Change = 1 // "6.7% more than a year earlier"; not "6-fold over the last decade"
		case text.HasPrefixIn(t.Text, text.RisingWords):
			c.Change = 1
		case text.HasPrefixIn(t.Text, text.PhaseStems):
			c.readPhase(toks, i)
		}
	}
	c.Peak = text.ContainsWord(toks, text.PeakIndex)
	if text.ContainsWord(toks, text.InitialIndex) && len(c.Phases) == 0 {
		c.Phases = []int{1} // "planned to carry 6.5 Mt initially": the first stage's figure
	}
	c.PerYear = c.PerYear || text.AnyPhraseIn(toks, text.PerYearPhrases)
	if (c.PerYear || text.HasWordIn(toks, text.EarlierWords)) && totalWord && !text.AnyPhraseIn(toks, text.FromStart) {
		// "ildə cəmi 300 min ton", "всего 300 тыс. т в год": only so much a year, of the
		// thing named, not a total; "əvvəl cəmi 1 mln ton idi", "раньше всего 1 млн т": only
		// so much before
		c.Cumulative, c.AllPhases = false, false
	}
	c.Per = readRate(toks, c.PerYear)
	c.WholeAndPart = c.Goods["cargo"] && len(c.Goods) > 1 && (text.AnyPhraseIn(toks, text.IncludingPhrases) || totalNamed(toks))
	c.TotalOverYears = c.Cumulative && totalWord && spanOfYears(toks)
	if text.AnyPhraseIn(toks, text.FromStart) {
		c.Cumulative = true // "с начала работы … прокачал 531 млн т": a total, not a year's
	}
	return c
}

// totalNamed reports a figure after a word of the total (see markTotal).
func totalNamed(toks []text.Token) bool {
	for i, t := range toks {
		if t.Num && totalBefore(toks, i) {
			return true
		}
	}
	return false
}

// readRate is the one rate a clause states, or "" when it states none or several ("1.2
// million barrels a day, or 50 million t a year": each figure has its own).
func readRate(toks []text.Token, perYear bool) string {
	month := rateWord(toks, text.PerMonthWords) || text.AnyPhraseIn(toks, text.PerMonthPhrases)
	day := rateWord(toks, text.PerDayWords) || text.AnyPhraseIn(toks, text.PerDayPhrases) ||
		text.PhraseAfterFigure(toks, text.PerDayAfterFig)
	if text.AnyPhraseIn(toks, text.PerWeekPhrases) && !month && !day && !perYear {
		return "week"
	}
	switch {
	case month && !day && !perYear:
		return "month"
	case day && !month && !perYear:
		return "day"
	case perYear && !month && !day:
		return "year"
	}
	return ""
}

// perYearAt reports a word of a yearly rate at toks[i]: "ildə 2 milyon ton" (but "2024-cü
// ildə" is "in 2024"), "в год" (but not "за 2024 год"), "a year" (but not "a year earlier").
func perYearAt(toks []text.Token, i int) bool {
	t := toks[i]
	switch {
	case t.Num:
		return false
	case text.PerYearWords[t.Text]:
		return !(t.Text == "ilde" && i > 0 && toks[i-1].Num)
	case t.Text == "год" && i > 0 && (toks[i-1].Text == "в" || toks[i-1].Text == "за"):
		return !(i > 1 && toks[i-2].Num)
	case t.Text == "year" && i > 0 && (toks[i-1].Text == "a" || toks[i-1].Text == "per"):
		return !(i+1 < len(toks) && text.EarlierWords[toks[i+1].Text])
	}
	return false
}

// markYearRates marks the figures of a clause whose yearly rate word follows another
// figure: in "a plant of 2 Mt a year: investment $700 million" the 700 million is no rate.
func markYearRates(figs []Figure, toks []text.Token) {
	if len(figs) < 2 {
		return
	}
	rated := make([]bool, len(figs))
	any := false
	for k := range toks {
		if !perYearAt(toks, k) {
			continue
		}
		for j := len(figs) - 1; j >= 0; j-- {
			if figs[j].at < k {
				rated[j], any = true, true
				break
			}
		}
	}
	for j := range figs {
		figs[j].OtherRated = any && !rated[j]
	}
}

// RatePerYear is how many of a rate make a year's: 12 months, 365 days; 0 for no rate.
func RatePerYear(per string) float64 {
	switch per {
	case "year":
		return 1
	case "month":
		return 12
	case "week":
		return 52
	case "day":
		return 365
	}
	return 0
}

// rateWord reports a word of the set not right after a number: "ayda 150 min TEU" is a
// monthly rate, "8 ayda" eight months.
func rateWord(toks []text.Token, words map[string]bool) bool {
	for i, t := range toks {
		if words[t.Text] && !(i > 0 && toks[i-1].Num) {
			return true
		}
	}
	return false
}

// readPhase reads the ordinal or "all" before (or, in Azerbaijani and Kazakh, also before)
// a phase word at i.
func (c *Slots) readPhase(toks []text.Token, i int) {
	for k := max(0, i-3); k < i; k++ {
		w := toks[k].Text
		if text.AllWords[w] {
			c.AllPhases = true
		}
		if n := text.OrdinalWords[w]; n > 0 {
			c.Phases = append(c.Phases, n)
		} else if toks[k].Num {
			if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10 {
				c.Phases = append(c.Phases, n)
			}
		}
	}
	// "phase 1", "этап 2", "phases 2 and 3"
	for k := i + 1; k < len(toks) && toks[k].Num; k += 2 {
		n, err := strconv.Atoi(toks[k].Text)
		if err != nil || n < 1 || n > 9 {
			break
		}
		c.Phases = append(c.Phases, n)
		if k+2 >= len(toks) || !text.AndWords[toks[k+1].Text] {
			break
		}
	}
}

// addGood records a concept that is a good.
func (c *Slots) addGood(ix *index.Index, concept string) {
	if ix.Flow(concept) != knowledge.FlowGood {
		return
	}
	if c.Goods == nil {
		c.Goods = map[string]bool{}
	}
	c.Goods[strings.TrimPrefix(concept, "@")] = true
}

// NamedPhases are the phases a text names ("after the second and third phases", "второй и
// третьей очереди", "phase 1"), in the order named.
func NamedPhases(toks []text.Token) []int {
	var c Slots
	for i, t := range toks {
		if text.HasPrefixIn(t.Text, text.PhaseStems) {
			c.readPhase(toks, i)
		}
	}
	return c.Phases
}

// PartPhases are the phases a quantity's part names ("phases-2-3" → 2, 3), or none.
func PartPhases(part string) []int {
	if !strings.HasPrefix(part, "phase") {
		return nil
	}
	var out []int
	for _, f := range strings.Split(part, "-")[1:] {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// afterPercent reports a word right after a figure ("6.7% less", "на 6,7% меньше", "на
// 1,108 млн тонн меньше"): a change, where "less than 6.7%" before it would be a bound.
func afterPercent(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		t := toks[k]
		if t.Num {
			return k < i-1 // the figure, then its unit or scale, then the word
		}
		if _, scale := text.ScaleOf(t.Text); !scale && text.UnitOf(t.Text) == "" {
			return false
		}
	}
	return false
}

// spanAfter reports a span of time within the three words after i ("over the last decade",
// "over seven years"): the word at i says when, not "more than".
// spanOfYears reports a number of years a clause counts over ("son 7 ildə", "за 7 лет",
// "over seven years"): a number, not a year, right before a word of a period.
func spanOfYears(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Num && text.YearOf(toks[i].Text) == 0 && text.PeriodWords[toks[i+1].Text] {
			return true
		}
	}
	return false
}

func spanAfter(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if text.PeriodWords[toks[k].Text] && !(toks[k-1].Num && text.YearOf(toks[k-1].Text) != 0) {
			return true // not "превысив показатель 2020 года", a year compared with
		}
	}
	return false
}
