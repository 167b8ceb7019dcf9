package text

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// NumberValue is the value of a number token, or of a number written as a word ("два",
// "half", "yarım"); ok is false for other words.
func NumberValue(t Token) (float64, bool) {
	if t.Num {
		v, err := strconv.ParseFloat(t.Text, 64)
		return v, err == nil
	}
	v, ok := numberWords[t.Text]
	return v, ok
}

// hasMonthCount reports a number word followed by a word for months among the tokens of s.
func hasMonthCount(s string) bool {
	var arr [64]Token
	toks := Tokenize(s, arr[:0])
	for i := 0; i+1 < len(toks); i++ {
		if v := numberWords[toks[i].Text]; v >= 1 && !toks[i].Num && HasPrefixIn(toks[i+1].Text, MonthUnit) {
			return true
		}
	}
	return false
}

// NumberWord is the value of a number written as a word, or 0.
func NumberWord(w string) float64 { return numberWords[w] }

// ScaleOf is the multiplier a word stands for: "млн", "million", "milyard", "k".
func ScaleOf(w string) (float64, bool) {
	if s, ok := exactScale[w]; ok {
		return s, true
	}
	for _, s := range scaleWords {
		if HasPrefixIn(w, s.prefixes) {
			return s.scale, true
		}
	}
	return 0, false
}

// ScaledUnit is a word that is a scale and a unit at once: "Mt" is million tonnes.
type ScaledUnit struct {
	Scale float64
	Unit  string
}

// ScaledUnitOf is the scale and unit of a word like "Mt", if it is one.
func ScaledUnitOf(w string) (ScaledUnit, bool) {
	su, ok := scaledUnits[w]
	return su, ok && su.Unit != ""
}

// UnitAlone is the unit a scale letter names when no money or unit goes with it ("5 m": metres).
func UnitAlone(w string) string { return aloneUnits[w] }

// oppositePair is two phrase lists that say opposite things.
type oppositePair struct{ a, b Phrases }

func buildOpposites() []oppositePair {
	var out []oppositePair
	for _, l := range lexicons {
		for _, p := range l.opposites {
			out = append(out, oppositePair{NewPhrases(PhraseList(p[0])), NewPhrases(PhraseList(p[1]))})
		}
	}
	return out
}

// SaysEitherSide reports a text with a word of some opposite pair: only such a claim can say
// the opposite of its source.
func SaysEitherSide(toks []Token) bool {
	for _, p := range opposites {
		if AnyPhraseIn(toks, p.a) || AnyPhraseIn(toks, p.b) {
			return true
		}
	}
	return false
}

// Opposite reports a claim that says one side of an opposite pair where a source says only
// the other: "three times less time" against "3 times longer".
func Opposite(claim, source []Token) bool {
	claim, source = withoutMonthModifiers(claim), withoutMonthModifiers(source)
	for _, p := range opposites {
		a, b := AnyPhraseIn(claim, p.a), AnyPhraseIn(claim, p.b)
		if a != b && AnyPhraseIn(source, p.b) == a && AnyPhraseIn(source, p.a) == b {
			return true
		}
	}
	return false
}

// withoutMonthModifiers drops the word right before a month's name ("late Sept", "в начале
// марта"): it dates the figure, and says nothing opposite of "the start of 2024".
func withoutMonthModifiers(toks []Token) []Token {
	if !slices.ContainsFunc(toks, func(t Token) bool { return !t.Num && MonthOf(t.Text) > 0 }) {
		return toks
	}
	out := make([]Token, 0, len(toks))
	for i, t := range toks {
		if i+1 < len(toks) && !toks[i+1].Num && MonthOf(toks[i+1].Text) > 0 {
			continue
		}
		out = append(out, t)
	}
	return out
}

// IsOrganisationHead reports a word that ends an organisation's name ("Bank", "Fund").
func IsOrganisationHead(w string) bool {
	w = Fold(w)
	if orgHeads[w] {
		return true
	}
	for h := range orgHeads {
		// inflected: "Bankının", "банкінің", "Fondu"
		if len(h) >= 4 && strings.HasPrefix(w, h) && utf8.RuneCountInString(w) <= utf8.RuneCountInString(h)+4 {
			return true
		}
	}
	return false
}

// TimesWord is the multiple a word states ("вдвое" 2, "tripled" 3), or 0.
func TimesWord(w string) float64 { return timesWords[w] }

// IsScale reports "млн", "million", "milyard": part of a number, not of the subject.
func IsScale(w string) bool {
	_, ok := ScaleOf(w)
	return ok
}

// DescribesOther reports a word a unit's prefix would take that describes another thing
// counted ("контейнерных" of "контейнерных поездов").
func DescribesOther(w string) bool { return HasPrefixIn(w, notUnitWords) }

// UnitOf is the unit a word names (usd, tonne, percent, teu, …), or "".
// IsUnitAbbreviation reports a unit's own short name ("TEU", "ТЭУ", "км"), which names the
// unit, never a thing counted in it.
func IsUnitAbbreviation(w string) bool { _, ok := exactUnit[w]; return ok }

func UnitOf(w string) string {
	if u, ok := exactUnit[w]; ok {
		return u
	}
	if w == "" || HasPrefixIn(w, notUnitWords) {
		return ""
	}
	best := -1 // the first class in unitOrder wins, as if the classes were tried in turn
	for _, h := range [2]uint32{headKey(head(w)), headKey(w[:1])} {
		for _, e := range unitIndex[h] {
			if (best < 0 || e.order < best) && strings.HasPrefix(w, e.prefix) {
				best = e.order
			}
		}
		if len(w) == 1 {
			break
		}
	}
	if best < 0 {
		return ""
	}
	return unitWords[best].unit
}

// unitEntry is one prefix of a unit class, filed by its first two bytes in unitIndex.
type unitEntry struct {
	prefix string
	order  int // the class's place in unitWords
}

var unitIndex = func() map[uint32][]unitEntry {
	x := map[uint32][]unitEntry{}
	for i, u := range unitWords {
		for _, p := range u.prefixes {
			x[headKey(head(p))] = append(x[headKey(head(p))], unitEntry{p, i})
		}
	}
	return x
}()

// MonthOf is the month (1–12) a word names in any language, or 0.
func MonthOf(w string) int {
	if m, ok := monthExact[w]; ok {
		return m
	}
	if len(w) < 2 {
		return 0
	}
	best := 0
	for _, e := range monthPrefixes[w[:2]] {
		if (best == 0 || e.order < best) && strings.HasPrefix(w, e.prefix) {
			best = e.order // January before the rest, as if the months were tried in turn
		}
	}
	return best
}

// Month names of three bytes or fewer ("jan", "май") must be the whole word; longer ones are
// prefixes ("январ", "avqust"), filed by their first two bytes.
var monthExact, monthPrefixes = func() (map[string]int, map[string][]unitEntry) {
	exact, prefixes := map[string]int{}, map[string][]unitEntry{}
	for m, ps := range monthWords {
		for _, p := range ps {
			if len(p) <= 3 {
				if _, dup := exact[p]; !dup {
					exact[p] = m + 1
				}
			} else {
				prefixes[p[:2]] = append(prefixes[p[:2]], unitEntry{p, m + 1})
			}
		}
	}
	return exact, prefixes
}()

// IsHedge reports words that qualify a figure ("около", "more than", "yaxın", "астам"):
// they say how exact a number is, not what it is about.
func IsHedge(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && (HasPrefixIn(w, ApproxWords) || HasPrefixIn(w, MoreWords) || HasPrefixIn(w, LessWords)) ||
		OneOfWord(w, ApproxWords) || OneOfWord(w, hedgeWords)
}

// IsMeasureUnit reports "dollars", "тонн", "faiz": what a figure is counted in, not what it is
// about. Agreements and containers (TEU) are subjects of their own and stay.
func IsMeasureUnit(w string) bool {
	switch UnitOf(w) {
	case "usd", "eur", "tonne", "percent", "barrel", "km", "tenge", "times":
		return true
	}
	return false
}

// YearOf is the year a four-digit number names (1990–2100), or 0.
func YearOf(num string) int {
	if len(num) != 4 {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if num[i] < '0' || num[i] > '9' {
			return 0
		}
		y = y*10 + int(num[i]-'0')
	}
	if y >= 1990 && y <= 2100 {
		return y
	}
	return 0
}

// WithoutYears drops four-digit years from a text, so "and in 2025?" replaces the year a
// previous question asked about instead of adding to it.
func WithoutYears(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if YearOf(s[i:j]) == 0 {
				out = append(out, s[i:j]...)
			}
			i = j
			continue
		}
		out = append(out, s[i])
		i++
	}
	return string(out)
}

// HalfYear is the half of a year a text names: 1 for "the first half", "H1", "I полугодие",
// 2 for "H2", 0 for none.
func HalfYear(toks []Token) int {
	if AnyPhraseIn(toks, FirstHalf) {
		return 1
	}
	for i := 0; i < len(toks); i++ {
		if IsHalfNumber(toks, i) {
			return int(toks[i].Text[0] - '0')
		}
	}
	return 0
}

// IsHalfNumber reports the number of "H1" or "H2" ("H1" tokenizes as h, 1) or of "1
// полугодие", "2-ci yarımil": a half-year, no figure.
func IsHalfNumber(toks []Token, i int) bool {
	if !toks[i].Num || toks[i].Text != "1" && toks[i].Text != "2" {
		return false
	}
	return i > 0 && HalfLetters[toks[i-1].Text] || i+1 < len(toks) && !toks[i+1].Num && HasPrefixIn(toks[i+1].Text, HalfWords)
}

// OrdinalSet holds ordinals, a bit per number: "the 24th meeting of the SCO Council" and the
// 25th differ.
type OrdinalSet uint64

// maxOrdinal bounds the ordinals a set holds.
const maxOrdinal = 64

// Ordinals returns the ordinals a text names ("the second meeting", "üçüncü"), a bit per
// number; "first" of "the first half of 2024" or "the first 8 months" is a part of a year,
// not the first of something.
func Ordinals(toks []Token) OrdinalSet {
	var set OrdinalSet
	for i, t := range toks {
		if t.Num && (t.Ord || i+1 < len(toks) && OrdinalSuffixes[toks[i+1].Text]) {
			if i+1 < len(toks) && MonthOf(toks[i+1].Text) > 0 {
				continue // "1-го июля": a day of a month
			}
			if n, err := strconv.Atoi(t.Text); err == nil && n > 0 && n < maxOrdinal {
				set |= 1 << n // "the 6th Consultative Meeting"
			}
			continue
		}
		if i+1 < len(toks) && toks[i+1].Num {
			continue // "the first 8 months", "ilk 8 ayında": a count of months, no ordinal
		}
		if i+1 < len(toks) && FractionNouns[toks[i+1].Text] {
			continue // "на пятую часть больше": a fifth more
		}
		if n := OrdinalWords[t.Text]; !t.Num && n > 0 && n < maxOrdinal {
			set |= 1 << n
		}
	}
	if set != 0 && AnyPhraseIn(toks, FirstHalf) {
		set &^= 1 << 1
	}
	return set
}

// IsVesselWord reports a word for a ship ("tanker", "танкер", "tankeri", "судно").
func IsVesselWord(w string) bool {
	u := UnitOf(Fold(strings.ToLower(w)))
	return u == "tanker" || u == "vessel"
}

// MonthCountsInDigits writes a count of months spelled as a word in digits: "the first seven
// months" → "the first 7 months", "первые восемь месяцев" → "первые 8 месяцев", as the facts'
// texts and questions write them.
func MonthCountsInDigits(s string) string {
	if !hasMonthCount(s) {
		return s // most questions: no words split and folded one by one
	}
	words := strings.Fields(s)
	changed := false
	for i := 0; i+1 < len(words); i++ {
		v := numberWords[strings.ToLower(Fold(strings.Trim(words[i], ",.;:!?()«»\"")))]
		next := strings.ToLower(Fold(words[i+1]))
		if v >= 1 && v <= 12 && v == float64(int(v)) && HasPrefixIn(next, MonthUnit) {
			words[i] = strconv.Itoa(int(v))
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// numericDate is a date written in digits, day first: "30.10.2017", "1/5/2024".
var numericDate = regexp.MustCompile(`\b([0-3]?\d)[./]([01]?\d)[./]((?:19|20)\d\d)\b`)

// NumericDates writes a date in digits ("30.10.2017") with its month as a word of the language
// ("30 октябр 2017", "30 october 2017"), as the facts and most people write dates: otherwise
// "30.10" reads as a figure.
func NumericDates(lang Lang, s string) string {
	if !strings.ContainsAny(s, "./") || !numericDate.MatchString(s) {
		return s
	}
	months := english.months
	switch lang {
	case RU:
		months = russian.months
	case AZ:
		months = azerbaijani.months
	case KK:
		months = kazakh.months
	}
	return numericDate.ReplaceAllStringFunc(s, func(d string) string {
		p := numericDate.FindStringSubmatch(d)
		day, _ := strconv.Atoi(p[1])
		month, _ := strconv.Atoi(p[2])
		if day < 1 || day > 31 || month < 1 || month > 12 {
			return d
		}
		return p[1] + " " + months[month-1][0] + " " + p[3]
	})
}

// millionsAndThousands finds "1 milyon 923 min", "1 млн 923 тыс.", "2 million 200 thousand":
// a number of millions, then one of thousands.
var millionsAndThousands = regexp.MustCompile(`(\d+)\s+(\pL+\.?)\s+(\d{1,3})\s+(\pL+)`)

// CompoundNumbersJoined writes a number said in millions and thousands as one number of
// thousands ("1 milyon 923 min ton" is "1923 min ton"), so it is read as one figure, not as
// a million and 923 thousand.
func CompoundNumbersJoined(s string) string {
	if !numberWordNumber(s) {
		return s // the common case, without the regular expression's cost
	}
	return millionsAndThousands.ReplaceAllStringFunc(s, func(m string) string {
		p := millionsAndThousands.FindStringSubmatch(m)
		big, _ := ScaleOf(Fold(strings.TrimSuffix(p[2], ".")))
		small, _ := ScaleOf(Fold(p[4]))
		if big != 1e6 || small != 1e3 {
			return m
		}
		a, errA := strconv.Atoi(p[1])
		b, errB := strconv.Atoi(p[3])
		if errA != nil || errB != nil {
			return m
		}
		return strconv.Itoa(a*1000+b) + " " + p[4]
	})
}

// numberWordNumber reports a number, a space, a word and a space before another number: the
// shape of "1 milyon 923", which most texts do not have.
func numberWordNumber(s string) bool {
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i+1 < len(s) && isDigit(s[i+1]) {
			continue
		}
		// s[i] ends a number
		j := i + 1
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		k := j + 1
		for k < len(s) && s[k] != ' ' && !isDigit(s[k]) {
			k++
		}
		if k > j+1 && k+1 < len(s) && s[k] == ' ' && isDigit(s[k+1]) {
			return true
		}
	}
	return false
}
