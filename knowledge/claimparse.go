package knowledge

import (
	"strconv"
	"strings"
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

// Word classes, folded like the index. A word belongs to a class when it starts with one of
// the class's prefixes, which covers inflection ("миллиона", "milyonluq", "миллионға").
var (
	scaleWords = []struct {
		prefixes []string
		scale    float64
	}{
		{[]string{"тыс", "thousand", "мын"}, 1e3},
		{[]string{"млн", "миллион", "million", "milyon", "mln", "mn"}, 1e6},
		{[]string{"млрд", "миллиард", "billion", "milyard", "mlrd", "bn"}, 1e9},
	}
	exactScale = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "min": 1e3}
	unitWords  = []struct {
		prefixes []string
		unit     string
	}{
		{[]string{"$", "usd", "доллар", "долл", "dollar", "бакс"}, "usd"},
		{[]string{"тонн", "tonne", "tonn", "тонна"}, "tonne"},
		{[]string{"%", "процент", "percent", "faiz", "пайыз", "пaiyz"}, "percent"},
		{[]string{"баррел", "barrel"}, "barrel"},
		{[]string{"teu", "дфэ", "дфе", "контейнер", "container", "konteyner"}, "teu"},
		{[]string{"гектар", "hectare", "hektar"}, "hectare"},
		{[]string{"танкер", "tanker"}, "tanker"},
		{[]string{"причал", "berth", "yanalma", "айлак"}, "berth"},
		{[]string{"рейс", "voyage", "reys"}, "voyage"},
		{[]string{"судов", "судна", "vessel", "ship", "gemi", "кеме"}, "vessel"},
		{[]string{"баррел", "barrel"}, "barrel"},
		{[]string{"км", "km", "километр", "kilometr"}, "km"},
		{[]string{"тенге", "tenge", "₸"}, "tenge"},
		{[]string{"соглашен", "agreement", "saziş", "sazis", "келисим", "документ", "document", "sened"}, "count"},
	}
	exactUnit = map[string]string{"т": "tonne", "t": "tonne", "ton": "tonne", "tons": "tonne", "тн": "tonne",
		"раз": "times", "times": "times", "defe": "times", "есе": "times", "fold": "times", "рет": "times",
		"га": "hectare", "ha": "hectare"}
	approxWords = []string{"около", "примерно", "приблизительно", "порядка", "почти", "about", "around",
		"approximately", "approx", "nearly", "almost", "roughly", "texminen", "teqriben", "тохминан",
		"шамамен", "шамасында", "жуык", "~", "≈"}
	// Words after a figure that bound it (Azerbaijani and Kazakh put them after the number).
	afterMoreWords   = []string{"cox", "артык", "астам", "аса", "асты"}
	afterLessWords   = []string{"catmir", "catmayib", "жетпейд", "жетпеди", "аспайд", "аспаид"}
	afterApproxWords = []string{"yaxin", "жуык", "шамасында", "qeder"}
	moreWords        = []string{"более", "больше", "свыше", "превыс", "превыш", "перевал", "more", "over", "above", "exceed",
		"cox", "артык", "астам", "асты", "аскан", ">"}
	lessWords      = []string{"менее", "меньше", "less", "under", "below", "fewer", "кем", "<"}
	planWordsClaim = []string{"будет", "будут", "план", "может", "могут", "ожида", "намечен", "построит", "построят",
		"предусматр", "намерен", "should", "will", "planned", "plans", "planning", "expect", "could", "may", "target",
		"once", "envisag", "would", "goal", "aim", "olacaq", "olacag", "planlas", "gozlen", "edecek", "nezerde", "hedef",
		"жоспар", "болады", "кутилед", "калы", "коздел", "максат"}
	// Azerbaijani and Kazakh futures are endings: "qoyulacaq" (will be invested), "salynbaq".
	futureEndings = []string{"acaq", "ecek", "acag", "ecey", "мак", "мек", "пак", "пек"}
	achievedWords = []string{"уже", "already", "artiq", "казирдин", "произв", "выпуска", "produces", "produced",
		"reached", "достиг", "составил", "amounted", "catib", "cathb", "жетти", "курады",
		"producing", "запущен", "launched", "работает", "operates", "operating", "isleyir", "istehsal edir",
		"ондиред", "шыгарад", "иске косылд", "istifadeye verilib"}
	sinceWords = []string{"с", "со", "since", "from", "начиная", "ilden", "жылдан", "бастап"}
	monthWords = [12][]string{
		{"январ", "january", "jan", "yanvar", "кантар"},
		{"феврал", "february", "feb", "fevral", "акпан"},
		{"март", "march", "mar", "mart", "наурыз"},
		{"апрел", "april", "apr", "aprel", "сауир"},
		{"мая", "май", "may", "мамыр"},
		{"июн", "june", "jun", "iyun", "маусым"},
		{"июл", "july", "jul", "iyul", "шилде"},
		{"август", "august", "aug", "avqust", "тамыз"},
		{"сентябр", "september", "sep", "sentyabr", "кыркуйек"},
		{"октябр", "october", "oct", "oktyabr", "казан"},
		{"ноябр", "november", "nov", "noyabr", "караша"},
		{"декабр", "december", "dec", "dekabr", "желтоксан"},
	}
	monthUnit   = []string{"месяц", "month", "ay", "ай"}
	numberWords = map[string]float64{
		"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
		"восемь": 8, "восьми": 8, "девять": 9, "десять": 10, "one": 1, "two": 2, "three": 3, "four": 4,
		"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "bir": 1, "iki": 2, "uc": 3,
		"dord": 4, "bes": 5, "alti": 6, "yeddi": 7, "sekkiz": 8, "doqquz": 9, "on": 10, "бир": 1, "еки": 2,
		"уш": 3, "торт": 4, "бес": 5, "алты": 6, "жети": 7, "сегиз": 8, "тогыз": 9, "он": 10,
		"полмиллиона": 5e5, "полмиллиарда": 5e8, "half": 0.5, "yarim": 0.5, "жарты": 0.5, "пол": 0.5,
	}
)

func hasPrefixIn(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func containsWord(toks []token, words []string) bool {
	for i, t := range toks {
		if t.num {
			continue
		}
		for _, w := range words {
			if strings.Contains(w, " ") {
				// A two-word phrase: this token and the next.
				a, b, _ := strings.Cut(w, " ")
				if strings.HasPrefix(t.text, a) && i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, b) {
					return true
				}
			} else if len(w) <= 2 && t.text == w || len(w) > 2 && strings.HasPrefix(t.text, w) {
				return true
			}
		}
	}
	return false
}

// parseClaim reads the figures and the period of one clause.
func parseClaim(toks []token) claimInfo {
	var c claimInfo
	c.planned = containsWord(toks, planWordsClaim) || hasFutureEnding(toks) || containsWord(toks, []string{"after phase", "after stage"})
	c.achieved = containsWord(toks, achievedWords)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		v, isNum := numberValue(t)
		if !isNum {
			// "с января по август", "Jan–Aug", "yanvar-avqust": the first and the last month named.
			if m := monthOf(t.text); m > 0 {
				if c.months[0] == 0 {
					c.months = [2]int{m, m}
				} else {
					c.months[1] = m
				}
			}
			continue
		}
		// "8 месяцев", "первые восемь месяцев", "8 ayında": January to the N-th month.
		if i+1 < len(toks) && hasPrefixIn(toks[i+1].text, monthUnit) && v >= 1 && v <= 12 && v == float64(int(v)) {
			c.months = [2]int{1, int(v)}
			i++
			continue
		}
		if y := yearOf(t.text); y != 0 && !followedByUnit(toks, i) {
			if i > 0 && toks[i-1].num && yearOf(toks[i-1].text) != 0 {
				c.yearRange = true // "2027–2028": the dash between them is gone
			}
			c.years = append(c.years, y)
			if i > 0 && oneOfWord(toks[i-1].text, sinceWords) || i+1 < len(toks) && oneOfWord(toks[i+1].text, sinceWords) {
				c.since = true
			}
			continue
		}
		if !t.num && !wordNumberCounts(toks, i) {
			continue // "bir saziş", "on the route": a number word is a figure only before a scale or unit
		}
		f := figure{raw: v, scale: 1, negative: t.neg}
		if dot := strings.IndexByte(t.text, '.'); t.num && dot >= 0 {
			f.decimals = len(t.text) - dot - 1
		}
		if t.num == false && v >= 1e5 {
			f.scale, f.raw = 1, v // "полмиллиона" carries its own scale
		}
		// Words before the number: approximation, bounds, currency sign.
		for k := max(0, i-3); k < i; k++ {
			w := toks[k].text
			switch {
			case hasPrefixIn(w, approxWords):
				f.approx = true
			case hasPrefixIn(w, moreWords):
				f.bound = 1
			case hasPrefixIn(w, lessWords):
				f.bound = -1
			case w == "$":
				f.unit = "usd"
			case w == "₸":
				f.unit = "tenge"
			}
		}
		// Words after it: scale, unit, "-dan çox" / "астам" bounds.
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			w := toks[k].text
			if toks[k].num {
				break
			}
			if s, ok := scaleOf(w); ok && f.scale == 1 {
				f.scale = s
				continue
			}
			if u := unitOf(w); u != "" && f.unit == "" {
				f.unit = u
				continue
			}
			switch {
			case hasPrefixIn(w, afterMoreWords):
				f.bound = 1 // "500 milyondan çox", "500 миллионнан астам"
				continue
			case hasPrefixIn(w, afterLessWords):
				f.bound = -1 // "150 milyon dollara çatmır": does not reach
				continue
			case oneOfWord(w, afterApproxWords):
				f.approx = true // postpositions: "500-ə yaxın", "170-ке жуық"
				continue
			case w == "half" || w == "a" || toks[k].sym:
				continue
			}
			if f.unit == "" && f.scale == 1 && !isStopword(w) && !periodWords[w] && monthOf(w) == 0 {
				// "1200 человек", "1,500 jobs": counted in something the knowledge base does not
				// measure, so no figure of it can confirm or refute this one.
				f.unit = otherUnit
			}
			break
		}
		if v == 0.5 && !t.num { // "half a billion", "yarım milyard"
			f.approx = true
		}
		f.value = f.raw * f.scale
		c.figures = append(c.figures, f)
	}
	return c
}

func oneOfWord(w string, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// followedByUnit tells a figure that looks like a year ("2000 тонн") from a year.
func followedByUnit(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].text
	_, isScale := scaleOf(w)
	return isScale || (unitOf(w) != "" && unitOf(w) != "count")
}

func numberValue(t token) (float64, bool) {
	if t.num {
		v, err := strconv.ParseFloat(t.text, 64)
		return v, err == nil
	}
	v, ok := numberWords[t.text]
	return v, ok
}

func scaleOf(w string) (float64, bool) {
	if s, ok := exactScale[w]; ok {
		return s, true
	}
	for _, s := range scaleWords {
		if hasPrefixIn(w, s.prefixes) {
			return s.scale, true
		}
	}
	return 0, false
}

func unitOf(w string) string {
	if u, ok := exactUnit[w]; ok {
		return u
	}
	for _, u := range unitWords {
		if hasPrefixIn(w, u.prefixes) {
			return u.unit
		}
	}
	return ""
}

func monthOf(w string) int {
	for m, prefixes := range monthWords {
		for _, p := range prefixes {
			if len(p) <= 3 && w == p || len(p) > 3 && strings.HasPrefix(w, p) {
				return m + 1
			}
		}
	}
	return 0
}

// wordNumberCounts reports whether a number written as a word is followed by a scale or unit
// ("два миллиона", "half a billion", "sekkiz ay").
func wordNumberCounts(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		w := toks[k].text
		if _, ok := scaleOf(w); ok || unitOf(w) != "" {
			return true
		}
	}
	return numberWords[toks[i].text] >= 1e5 // "полмиллиона" carries its own scale
}

// hasFutureEnding reports an Azerbaijani or Kazakh verb in the future tense.
func hasFutureEnding(toks []token) bool {
	for _, t := range toks {
		if t.num || len([]rune(t.text)) < 6 {
			continue
		}
		for _, e := range futureEndings {
			if strings.HasSuffix(t.text, e) {
				return true
			}
		}
	}
	return false
}
