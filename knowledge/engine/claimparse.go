package engine

import (
	"strings"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

// otherUnit is the unit of a figure counted in something no fact measures ("1200 человек").
const otherUnit = "other"

// figure is a number a claim states, with what it counts.
type figure struct {
	value    float64 // with the scale applied: "3,6 млн" → 3600000
	raw      float64 // as written: 3.6
	decimals int     // digits after the decimal point, for the rounding the claim uses
	scale    float64
	unit     string // usd, tonne, percent, teu, barrel, km, tenge, times, year; "" unknown
	approx   bool   // "около", "about", "təxminən", "шамамен"
	bound    int    // +1: "more than", -1: "less than"
	negative bool   // written with a minus sign
}

// claimInfo is what a clause says in numbers: figures, the period, plan or achievement.
type claimInfo struct {
	figures []figure
	years   []int // years naming the period (not a figure themselves)
	months  [2]int
	since   bool
	// yearRange: the years are one span ("2027–2028"), not separate dates ("in November 2022
	// … by 2025").
	yearRange bool
	planned   bool // "will", "planned", "может", "olacaq", "жоспарланған"
	achieved  bool // "already", "уже", "artıq", "қазірдің өзінде", "produces"
	slots     claimSlots
}

// parseClaim reads the figures and the period of one clause.
func parseClaim(toks []text.Token) claimInfo {
	var c claimInfo
	c.planned = text.ContainsWord(toks, text.PlanWords) || hasFutureEnding(toks)
	c.achieved = text.ContainsWord(toks, text.AchievedWords)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		v, isNum := text.NumberValue(t)
		if !isNum {
			// "с января по август", "Jan–Aug", "yanvar-avqust": the first and the last month named.
			if m := text.MonthOf(t.Text); m > 0 {
				if c.months[0] == 0 {
					c.months = [2]int{m, m}
				} else {
					c.months[1] = m
				}
			}
			continue
		}
		// "8 месяцев", "первые восемь месяцев", "8 ayında": January to the N-th month.
		if i+1 < len(toks) && text.HasPrefixIn(toks[i+1].Text, text.MonthUnit) && v >= 1 && v <= 12 && v == float64(int(v)) {
			c.months = [2]int{1, int(v)}
			i++
			continue
		}
		if y := text.YearOf(t.Text); y != 0 && !followedByUnit(toks, i) {
			if i > 0 && toks[i-1].Num && text.YearOf(toks[i-1].Text) != 0 {
				c.yearRange = true // "2027–2028": the dash between them is gone
			}
			c.years = append(c.years, y)
			if i > 0 && text.OneOfWord(toks[i-1].Text, text.SinceWords) || i+1 < len(toks) && text.OneOfWord(toks[i+1].Text, text.SinceWords) {
				c.since = true
			}
			continue
		}
		if !t.Num && !wordNumberCounts(toks, i) {
			continue // "bir saziş", "on the route": a number word is a figure only before a scale or unit
		}
		f := figure{raw: v, scale: 1, negative: t.Neg}
		if dot := strings.IndexByte(t.Text, '.'); t.Num && dot >= 0 {
			f.decimals = len(t.Text) - dot - 1
		}
		if t.Num == false && v >= 1e5 {
			f.scale, f.raw = 1, v // "полмиллиона" carries its own scale
		}
		// Words before the number: approximation, bounds, currency sign.
		for k := max(0, i-3); k < i; k++ {
			w := toks[k].Text
			switch {
			case text.HasPrefixIn(w, text.ApproxWords):
				f.approx = true
			case text.HasPrefixIn(w, text.MoreWords):
				f.bound = 1
			case text.HasPrefixIn(w, text.LessWords):
				f.bound = -1
			case w == "$":
				f.unit = "usd"
			case w == "₸":
				f.unit = "tenge"
			}
		}
		// Words after it: scale, unit, "-dan çox" / "астам" bounds.
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			w := toks[k].Text
			if toks[k].Num {
				break
			}
			if s, ok := text.ScaleOf(w); ok && f.scale == 1 {
				f.scale = s
				continue
			}
			if u := text.UnitOf(w); u != "" && f.unit == "" {
				f.unit = u
				continue
			}
			switch {
			case text.HasPrefixIn(w, text.AfterMoreWords):
				f.bound = 1 // "500 milyondan çox", "500 миллионнан астам"
				continue
			case text.HasPrefixIn(w, text.AfterLessWords):
				f.bound = -1 // "150 milyon dollara çatmır": does not reach
				continue
			case text.OneOfWord(w, text.AfterApproxWords):
				f.approx = true // postpositions: "500-ə yaxın", "170-ке жуық"
				continue
			case w == "half" || w == "a" || toks[k].Sym:
				continue
			}
			if f.unit == "" && f.scale == 1 && !text.IsStopword(w) && !text.PeriodWords[w] && text.MonthOf(w) == 0 {
				// "1200 человек", "1,500 jobs": counted in something the knowledge base does not
				// measure, so no figure of it can confirm or refute this one.
				f.unit = otherUnit
			}
			break
		}
		if v == 0.5 && !t.Num { // "half a billion", "yarım milyard"
			f.approx = true
		}
		f.value = f.raw * f.scale
		c.figures = append(c.figures, f)
	}
	return c
}

// followedByUnit tells a figure that looks like a year ("2000 тонн") from a year.
func followedByUnit(toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].Text
	_, isScale := text.ScaleOf(w)
	return isScale || (text.UnitOf(w) != "" && text.UnitOf(w) != "count")
}

// wordNumberCounts reports whether a number written as a word is followed by a scale or unit
// ("два миллиона", "half a billion", "sekkiz ay").
func wordNumberCounts(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		w := toks[k].Text
		if _, ok := text.ScaleOf(w); ok || text.UnitOf(w) != "" {
			return true
		}
	}
	return text.NumberWord(toks[i].Text) >= 1e5 // "полмиллиона" carries its own scale
}

// hasFutureEnding reports an Azerbaijani or Kazakh verb in the future tense.
func hasFutureEnding(toks []text.Token) bool {
	for _, t := range toks {
		if t.Num || len([]rune(t.Text)) < 6 {
			continue
		}
		for _, e := range text.FutureEndings {
			if strings.HasSuffix(t.Text, e) {
				return true
			}
		}
	}
	return false
}
