package text

import (
	"math"
	"strconv"
	"strings"
)

// Numbers are sometimes spelled out ("четыре миллиона сто тысяч тонн", "four and a half
// million", "dörd yarım milyon", "төрт жарым миллион"). Read word by word, a figure would be
// misread — 4 million and a thousand, or half a million — and a claim judged on it. Spelled
// numbers are written in digits before a text is read, in its own language's words.

// spelledNumbers are the number words of one language.
type spelledNumbers struct {
	values  map[string]float64 // folded word → value (whole numbers; "полтора" is 1.5)
	hundred string             // the multiplier word ("hundred", "yüz"), or ""
	tens    string             // the tens of a year said in words ("twenty"), or ""
	yearOrd map[string]int     // ordinal stems of a year's units ("четверт": 4)
	half    []string           // the words that add a half ("с половиной", "and a half")
	point   map[string]bool    // the words between a whole and its fraction ("point", "целых")
	places  map[string]float64 // the words of a fraction's place ("десятых": 10), or none
}

var spelled = func() [4]spelledNumbers {
	var out [4]spelledNumbers
	for i, l := range []*lexicon{&russian, &azerbaijani, &kazakh, &english} {
		vals := map[string]float64{}
		for w, v := range l.numbers {
			if v >= 1 {
				vals[Fold(w)] = v
			}
		}
		for w, v := range l.cardinals {
			vals[Fold(w)] = v
		}
		places := map[string]float64{}
		for w, v := range l.fractionPlaces {
			places[Fold(w)] = v
		}
		out[i] = spelledNumbers{values: vals, hundred: Fold(l.hundred), half: strings.Fields(Fold(l.half)), tens: Fold(l.yearTens), yearOrd: l.yearOrdinals,
			point: WordSet(Fold(l.decimalPoint)), places: places}
	}
	return out
}()

// SpelledNumbersInDigits writes in digits the numbers of s spelled out in words of lang: one
// before a scale ("пять миллионов" → "5000000", "4 миллиона сто тысяч" → "4100000"), or two
// or more that make a hundred or more ("двести пятьдесят"). A number word alone ("one of",
// "бір бәрə") stays as it is.
func SpelledNumbersInDigits(lang Lang, s string) string {
	sp := &spelled[LangIndex(lang)]
	if !sp.anyIn(s) {
		return s // most texts: no words split and folded one by one
	}
	words := strings.Fields(s)
	var out []string
	changed := false
	for i := 0; i < len(words); {
		value, n := sp.yearAt(words[i:])
		if n == 0 {
			value, n = sp.run(words[i:])
		}
		if n == 0 {
			out = append(out, words[i])
			i++
			continue
		}
		last := words[i+n-1]
		out = append(out, strconv.FormatFloat(value, 'f', -1, 64)+trailingPunct(last))
		i += n
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(out, " ")
}

// anyIn reports a number word of the language among the words of s.
func (sp *spelledNumbers) anyIn(s string) bool {
	var arr [64]Token
	for _, t := range Tokenize(s, arr[:0]) {
		if _, ok := sp.values[t.Text]; ok && !t.Num {
			return true
		}
	}
	return false
}

// run reads a spelled number at the start of words: its value and how many words it takes,
// or 0 words when none starts there.
func (sp *spelledNumbers) run(words []string) (float64, int) {
	total, current, first := 0.0, 0.0, 0.0
	numberWords, scaled, n := 0, false, 0
	fold := func(w string) string { return strings.ToLower(Fold(strings.Trim(w, ",.;:!?()«»\"'"))) }
	for n < len(words) {
		w := fold(words[n])
		if v, ok := sp.values[w]; ok {
			if current >= 1000 || current > 0 && v >= current && v < 100 {
				break // "два пять" is no number
			}
			current += v
			if numberWords == 0 {
				first = v
			}
			numberWords++
			n++
			continue
		}
		if isDigits(w) && n+1 < len(words) {
			if _, ok := ScaleOf(fold(words[n+1])); ok && numberWords == 0 && current == 0 {
				v, _ := strconv.ParseFloat(w, 64)
				current = v
				n++
				continue
			}
		}
		if sp.hundred != "" && w == sp.hundred && (current > 0 || numberWords == 0) {
			current = max(current, 1) * 100
			numberWords++
			n++
			continue
		}
		if w == "and" && current > 0 && n+1 < len(words) {
			if _, ok := sp.values[fold(words[n+1])]; ok {
				n++ // "two hundred and fifty"
				continue
			}
		}
		if frac, k := sp.fractionAt(words[n:], fold); k > 0 && current > 0 && current < 1000 {
			current += frac // "three point four million", "трёх целых четырёх десятых миллиона"
			numberWords += k
			n += k
			continue
		}
		if v, ok := sp.compound(w); ok && numberWords == 0 {
			current, first, numberWords = v, v-math.Mod(v, 10), 2 // "sixty-two"
			n++
			continue
		}
		if k := sp.halfAt(words[n:], fold); k > 0 && current > 0 {
			current += 0.5
			n += k
			continue
		}
		if scale, ok := ScaleOf(w); ok && current > 0 && scale >= 1000 {
			total += current * scale
			current = 0
			scaled = true
			n++
			continue
		}
		break
	}
	// A count of years, months or days is read in digits ("seven years", "жеті жылда", "семь
	// лет"): it is matched against the span a fact states.
	// Tens and units ("он бір", "twenty five"), but no two units: folded, "bəs bir" is "beş bir".
	tensAndUnits := numberWords == 2 && first >= 10 && int(first)%10 == 0 && current-first < 10
	if (numberWords == 1 || tensAndUnits) && !scaled && total == 0 && current >= 2 && current < 100 && n < len(words) && spanWord(fold(words[n])) {
		return current, n
	}
	hundreds := numberWords == 1 && current >= 100 && current < 1000 && math.Mod(current, 100) == 0
	if (tensAndUnits || numberWords == 1 && current >= 11) && !scaled && total == 0 && (current < 100 || hundreds) && n < len(words) && UnitOf(fold(words[n])) != "" {
		return current, n // "sixty two percent", "қырық бес пайыз", "twelve vessels", "четырёхсот гигабит": a count of a unit
	}
	// Small numbers of two words are left alone: folded, Azerbaijani "bəs bir" (and one) is
	// "beş bir", and the figures people spell out are large ones.
	if numberWords == 0 || !scaled && (numberWords == 1 || total+current < 100) {
		return 0, 0
	}
	return total + current, n
}

// halfAt is the number of words of "and a half" at the start of words, or 0.
func (sp *spelledNumbers) halfAt(words []string, fold func(string) string) int {
	if len(sp.half) == 0 || len(words) < len(sp.half) {
		return 0
	}
	for k, h := range sp.half {
		if fold(words[k]) != h {
			return 0
		}
	}
	return len(sp.half)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// trailingPunct is the punctuation a word ends with ("тонн?" → "?").
func trailingPunct(w string) string {
	t := strings.TrimRight(w, ",.;:!?)»\"")
	return w[len(t):]
}

// spanWord reports a word of years (or months, days) after a count: "лет", "жылда", "years".
func spanWord(w string) bool {
	var arr [4]Token
	toks := Tokenize(w, arr[:0])
	return len(toks) == 1 && !toks[0].Num && PeriodWords[toks[0].Text] && MonthOf(toks[0].Text) == 0
}

// yearAt reads a year of this century said in words at the start of words: "twenty twenty",
// "twenty twenty-four", "двадцать четвертый (год)"; its value and the words it takes.
func (sp *spelledNumbers) yearAt(words []string) (float64, int) {
	if sp.tens == "" || len(words) < 2 {
		return 0, 0
	}
	fold := func(w string) string { return strings.ToLower(Fold(strings.Trim(w, ",.;:!?()«»\"'"))) }
	if fold(words[0]) != sp.tens {
		return 0, 0
	}
	second := fold(words[1])
	if second == sp.tens { // "twenty twenty", "twenty twenty-four", "twenty twenty five"
		if len(words) > 2 {
			if v, ok := sp.values[fold(words[2])]; ok && v >= 1 && v <= 9 {
				return 2020 + v, 3
			}
		}
		return 2020, 2
	}
	if head, tail, ok := strings.Cut(second, "-"); ok && head == sp.tens {
		if v, ok := sp.values[tail]; ok && v >= 1 && v <= 9 {
			return 2020 + v, 2
		}
	}
	if v, ok := sp.values[second]; ok && v >= 10 && v <= 19 && fold(words[0]) == sp.tens && sp.yearOrd == nil {
		return 2000 + v, 2 // "twenty nineteen"
	}
	for stem, v := range sp.yearOrd { // "двадцать четвертый год": the 24th year, "год" said
		if strings.HasPrefix(second, stem) && len(words) > 2 && spanWord(fold(words[2])) {
			return 2020 + float64(v), 2
		}
	}
	return 0, 0
}

// fractionAt reads the fraction of a number said in words at the start of words, from the
// word that separates it from the whole: its value and the words it takes, or 0 words.
func (sp *spelledNumbers) fractionAt(words []string, fold func(string) string) (float64, int) {
	if len(words) < 2 || !sp.point[fold(words[0])] {
		return 0, 0
	}
	if len(sp.places) == 0 { // "point four", "point one two": a digit a word
		frac, place, k := 0.0, 1.0, 1
		for ; k < len(words); k++ {
			v, ok := sp.values[fold(words[k])]
			if !ok || v >= 10 {
				break
			}
			place /= 10
			frac += v * place
		}
		if k == 1 {
			return 0, 0
		}
		return frac, k
	}
	if len(words) < 3 {
		return 0, 0
	}
	if v, ok := sp.values[fold(words[1])]; ok {
		if place := sp.places[fold(words[2])]; place > 0 && v < place {
			return v / place, 3 // "целых четыре десятых"
		}
	}
	if place := sp.places[fold(words[1])]; place > 0 {
		if v, ok := sp.values[fold(words[2])]; ok && v < place {
			return v / place, 3 // "tam onda dörd", "бүтін оннан төрт"
		}
	}
	return 0, 0
}

// compound reads tens and units joined by a hyphen ("sixty-two", "twenty-five").
func (sp *spelledNumbers) compound(w string) (float64, bool) {
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := sp.values[tens]
	u, ok2 := sp.values[units]
	if !ok1 || !ok2 || t < 20 || t >= 100 || int(t)%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}
