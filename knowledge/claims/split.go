package claims

// This file cuts a text into the clauses checked one by one.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// splitClaims cuts a text into sentences, and a sentence into clauses where both sides carry a
// number ("в 2024 году он составлял 470 млн, а за январь–август 2025 года достиг 547 млн").
func splitClaims(msg string) []string {
	var out []string
	start := 0
	flush := func(end int) {
		if part := strings.TrimSpace(msg[start:end]); part != "" {
			out = append(out, part)
		}
		start = end
	}
	depth := 0 // inside brackets a semicolon parts a note ("(July; by context 2024)"), not claims
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ';' && depth > 0:
		case c == '\n' || c == ';' || c == '!' || c == '?':
			flush(i + 1)
		case c == '.' && (i+1 == len(msg) || msg[i+1] == ' ' || msg[i+1] == '\n') && !(i > 0 && isDigit(msg[i-1]) && i+2 < len(msg) && isDigit(msg[i+2])) && !abbreviationDot(msg, i):
			flush(i + 1)
		case c == ',' && strings.HasPrefix(msg[i:], ", which ") && datedClause(msg[start:i]):
			// "In November 2023 the World Bank released its study, which focuses on…": the
			// date is the release's; what follows tells of the study, as "It focuses on…" would
			msg = msg[:i] + ". It" + msg[i+len(", which"):] // a sentence of its own, as if so written
			flush(i + 1)
		case c == ':' && i+1 < len(msg) && msg[i+1] == ' ' && hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) && text.HasPrefixIn(text.Fold(strings.ToLower(wordAt(msg, i+2))), text.FlowWords):
			flush(i + 1) // "…reached a record $461.9 million: exports $375.3 million, …": the parts said apart
		case c == ',' && (i+1 == len(msg) || msg[i+1] == ' '):
			if hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) && !levelBefore(msg[i+1:]) && !differenceThan(msg[start:i], msg[i+1:]) &&
				!changedTo(msg[start:i], msg[i+1:]) || dayDated(msg[start:i]) && dayDated(msg[i+1:nextStop(msg, i+1)]) {
				flush(i + 1) // and "the ground was broken on 3 November 2010, construction began on 18 October 2007"
			}
		case c == ' ' && text.AndWords[text.Fold(wordAt(msg, i+1))] && (datedClause(msg[start:i]) || undatedFigure(msg[start:i]) && pastStatementAt(msg, i+1)) && datedAfter(msg, i+1+len(wordAt(msg, i+1))):
			// "finished in 2014, and BTK has run since 2017", "the railroad, finished in 2014,
			// and BTK, in operation since 2017": two dated statements
			flush(i + 1)
		case c == ' ' && contrastAt(msg, i) && statesSomething(msg[start:i]) && statesSomething(msg[i+1:nextStop(msg, i+1)]):
			flush(i + 1) // "ground was broken in 2010, while its Ro-Ro terminal is planned later"
		case c == ' ' && andAt(msg, i+1):
			if hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) && !levelBefore(msg[i+1+len(wordAt(msg, i+1)):]) {
				flush(i + 1) // "exported $375m to Azerbaijan and imported $87m from it": a figure each
			}
		case c == ' ' && versusAt(msg, i+1):
			if hasFigure(msg[start:i]) && hasFigure(msg[i+1:nextStop(msg, i+1)]) {
				flush(i + 1) // "60% by 2030 versus 40% in 2021": two figures, two claims
			}
		}
	}
	flush(len(msg))
	return out
}

// andAt reports a word at i that joins two statements ("and", "и", "və", "және") — not two
// names ("between Sumgait and Aktau", "Азербайджана и Казахстана": the word after it is not
// written with a capital) nor two bare numbers of one list ("phases 2 and 3").
func andAt(msg string, i int) bool {
	w := wordAt(msg, i)
	if !text.AndWords[text.Fold(w)] {
		return false
	}
	after := strings.TrimLeft(msg[i+len(w):], " ")
	next, _ := utf8.DecodeRuneInString(after)
	before := strings.Fields(msg[:i])
	return !unicode.IsUpper(next) && !(len(before) > 0 && bareNumber(before[len(before)-1]) && bareNumber(wordAt(after, 0)))
}

// bareNumber reports a word of digits alone.
func bareNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// contrastAt reports a word after the space at i that sets a statement against the one before
// it ("while", "whereas"; "тогда как" by its first word after a comma).
func contrastAt(msg string, i int) bool {
	w := wordAt(msg, i+1)
	f := text.Fold(w)
	return text.ContrastWords[f] && (f != "тогда" || strings.HasPrefix(msg[i+1+len(w):], " как") && i > 0 && msg[i-1] == ',')
}

// versusAt reports a word at i that sets a figure against the one before it ("versus", "против").
func versusAt(msg string, i int) bool {
	w := wordAt(msg, i)
	return w != "" && text.VersusWords[text.Fold(w)]
}

// wordAt is the word starting at i, up to a space or a stop.
func wordAt(msg string, i int) string {
	end := strings.IndexAny(msg[i:], " ,.;")
	if end < 0 {
		end = len(msg) - i
	}
	return msg[i : i+end]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// abbreviationDot reports a full stop at i that ends an abbreviation inside a sentence rather
// than the sentence: the next word starts in lower case ("в 2024 г. объём"), or a short word
// such as "тыс." or "mln." is followed by a word in capitals ("25,2 тыс. TEU", "млн. USD").
func abbreviationDot(msg string, i int) bool {
	next := strings.Fields(msg[i+1:])
	if len(next) == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next[0])
	if unicode.IsLower(first) {
		return true
	}
	word := msg[:i]
	if k := strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, w := utf8.DecodeRuneInString(word[k:])
		word = word[k+w:]
	}
	if toks := text.Tokenize(word, nil); len(toks) == 1 && text.PlaceAbbrevs[toks[0].Text] {
		return true // "в пос. Алят": a place's name follows
	}
	n := utf8.RuneCountInString(word)
	return n > 0 && n <= 4 && utf8.RuneCountInString(next[0]) >= 2 && strings.ToUpper(next[0]) == next[0]
}

// levelBefore reports a clause that opens with the level a figure rose or fell from ("5 Mt a
// year, up from 1 Mt", "…, против 1 млн"): one claim of a change, not two.
func levelBefore(rest string) bool {
	toks := text.Tokenize(rest[:nextStop(rest, 0)], nil)
	if len(toks) > 0 && text.AndWords[toks[0].Text] && !text.StartsPhrase(toks[1:], text.IncludingPhrases) {
		return false // "…, ал Солтүстік маршрут бойынша 43%-ға құлады": a statement of its own
	}
	for k := 0; k < len(toks) && k < 2; k++ {
		if k == 1 && text.UnitOf(toks[0].Text) == "" && !text.UpDownWords[toks[0].Text] && !text.HasPrefixIn(toks[0].Text, text.RisingWords) && !text.HasPrefixIn(toks[0].Text, text.FallingWords) {
			break // "…, imports from Azerbaijan at $86.6 million": a flow of its own, not "up from"
		}
		if !toks[k].Num && (text.RangeFromWords[toks[k].Text] || text.VersusWords[toks[k].Text]) {
			return true
		}
	}
	if text.StartsPhrase(toks, text.IncludingPhrases) {
		return true
	}
	return onlyChange(toks) && !namesOwnSubject(rest[:nextStop(rest, 0)]) && !startsWithSubject(toks)
}

// startsWithSubject reports a clause whose first word (stopwords aside) names a thing, not a
// change: "…, мұнай ауыстырып тиеу 22%-ға өсті" (oil transshipment grew 22%) is a statement of
// its own, where "…, up 21%", "…, рост на 21%" and "…, бұл 6,7%-ға көп" (this is 6.7% more)
// tell how the figure before changed.
func startsWithSubject(toks []text.Token) bool {
	for k, t := range toks {
		switch {
		case t.Sym || text.IsStopword(t.Text) && !text.BackWords[t.Text]:
			continue
		case text.StartsPhrase(toks[k:], text.YearBefore) || text.PeriodWords[t.Text] || text.NumberWord(t.Text) != 0:
			return false // "…, және бір жыл бұрынғыдан 6,7%-ға көп": than a year before
		case t.Num || text.BackWords[t.Text] || t.Text == "bu" || text.UpDownWords[t.Text] || text.HasPrefixIn(t.Text, text.RisingWords) || text.HasPrefixIn(t.Text, text.FallingWords) ||
			text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.LessWords):
			return false
		}
		return true
	}
	return false
}

// changedTo reports a change whose level follows after a comma ("в 2025-м объём немного
// просел, до 4,119 млн т"): one statement, the level the change reached.
func changedTo(before, rest string) bool {
	b := text.Tokenize(before, nil)
	r := text.Tokenize(rest[:nextStop(rest, 0)], nil)
	if len(b) == 0 || len(r) == 0 || !text.RangeToWords[r[0].Text] {
		return false
	}
	// "…просел, до 4,119 млн т"; "will grow by 21.2 Mt, to 30 Mt": the change and its level
	return slices.ContainsFunc(b, func(t text.Token) bool {
		return !t.Num && (text.HasPrefixIn(t.Text, text.RisingWords) || text.HasPrefixIn(t.Text, text.FallingWords))
	})
}

// namesOwnSubject reports a clause with a name of its own, written with a capital (a unit such
// as TEU aside): "… while the Northern Route's volume fell 34%" is a statement of its own. A
// name in brackets is whose data it is ("…, на 22% больше (данные КТЖ)"), no subject.
func namesOwnSubject(clause string) bool {
	for _, w := range strings.Fields(withoutBrackets(clause)) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if toks := text.Tokenize(w, nil); len(toks) > 0 && text.UnitOf(toks[0].Text) == "" {
				return true
			}
		}
	}
	return false
}

// withoutBrackets is s with what stands in round brackets left out.
func withoutBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// onlyChange reports a clause whose figures are all percentages and that names no year: "…,
// up 16.7% year on year" tells how the figure before it changed.
func onlyChange(toks []text.Token) bool {
	figures := 0
	for k, t := range toks {
		if !t.Num {
			continue
		}
		if text.YearOf(t.Text) != 0 {
			return false
		}
		if k+1 >= len(toks) || text.UnitOf(toks[k+1].Text) != "percent" {
			return false
		}
		figures++
	}
	return figures > 0
}

// datedClause reports a statement of its own with a year and no other figure: the year and
// two words or more that say something ("BTK has run since 2017"), not a year alone ("2017").
func datedClause(s string) bool {
	years, words := 0, 0
	for _, t := range text.Tokenize(s, nil) {
		switch {
		case t.Num && text.YearOf(t.Text) != 0:
			years++
		case t.Num:
			return false
		case !t.Sym && !text.IsStopword(t.Text) && !text.PeriodWords[t.Text]:
			words++
		}
	}
	return years == 1 && words >= 2
}

// dayDated reports a statement dated to the day ("on 3 November 2010"), with two words of its
// own besides the date: what ("təməli", the foundation) and what befell it ("qoyulub", was laid).
func dayDated(s string) bool {
	toks := text.Tokenize(s, nil)
	day, words, said := false, 0, 0
	for i, t := range toks {
		switch {
		case frame.IsDay(toks, i):
			day = true
		case !t.Num && !t.Sym && text.MonthOf(t.Text) == 0 && !text.PeriodWords[t.Text]:
			words++
			if !text.IsStopword(t.Text) {
				said++ // "qoyulub" (was laid) is a stopword, "təməli" (its foundation) is not
			}
		}
	}
	return day && words >= 2 && said >= 1
}

// undatedFigure reports a statement with a figure and no year: "BTC is 1768 km long and became
// operational in June 2006" states a length, then a date — two claims.
func undatedFigure(s string) bool {
	for _, t := range text.Tokenize(s, nil) {
		if t.Num && text.YearOf(t.Text) != 0 {
			return false
		}
	}
	return hasFigure(s)
}

// pastStatementAt: the words after "and" at i state what happened, not a name ("Sumgait and
// Aktau") nor a plan ("…and will be launched in early 2029", which goes with the plan before).
func pastStatementAt(msg string, i int) bool {
	w := wordAt(msg, i)
	after := strings.TrimLeft(msg[i+len(w):], " ")
	next, _ := utf8.DecodeRuneInString(after)
	toks := text.Tokenize(after[:nextStop(after, 0)], nil)
	return !unicode.IsUpper(next) && !text.ContainsWord(toks, text.PlanIndex) && !frame.HasFutureEnding(toks)
}

// hasFigure reports a number that is not a year: "By 2027–2028, transit could reach 7 Mt"
// is one claim, not two.
func hasFigure(s string) bool {
	toks := text.Tokenize(s, nil)
	for i, t := range toks {
		if frame.IsDay(toks, i) {
			continue // "от 11 апреля 2023 года", "6 yanvar": the day of a date, as a year is no figure
		}
		if t.Ord || t.Num && i+1 < len(toks) && text.OrdinalSuffixes[toks[i+1].Text] {
			continue // "at the 1st Investment Forum": which one, no figure
		}
		if t.Num && text.YearOf(t.Text) == 0 && !(i+1 < len(toks) && text.PeriodWords[toks[i+1].Text]) {
			return true // not "8 месяцев", "first 9 months": a period, no figure
		}
		if text.TimesWord(t.Text) > 0 || !t.Num && text.NumberWord(t.Text) > 0 && i+1 < len(toks) && text.UnitOf(toks[i+1].Text) == "times" {
			return true // "вдвое", "үш есе", "three times": a multiple in words
		}
		if _, ok := text.ScaleOf(t.Text); ok && !t.Num && (i == 0 || !toks[i-1].Num) {
			return true // "превысило тысячу", "a million tons": a number of the scale alone
		}
	}
	return false
}

// nextStop is where the clause starting at i ends: the next stop or comma that is not a
// decimal point or separator between digits ("16.7%", "3,6 млн").
// datedAfter reports a dated statement from i up to a stop — or, when that stretch names no
// year, up to the stop after it: "BTK, in operation since 2017,".
func datedAfter(msg string, i int) bool {
	end := nextStop(msg, i)
	if datedClause(msg[i:end]) {
		return true
	}
	if end >= len(msg) || msg[end] != ',' || strings.ContainsFunc(msg[i:end], unicode.IsDigit) {
		return false
	}
	return datedClause(msg[i:nextStop(msg, end+1)])
}

func nextStop(msg string, i int) int {
	for j := i; j < len(msg); j++ {
		switch msg[j] {
		case ';', '!', '?', '\n':
			return j
		case '.', ',':
			if msg[j] == '.' && abbreviationDot(msg, j) {
				continue // "к 2027–2028 гг. рассматривают…": the clause goes on
			}
			if j == 0 || j+1 >= len(msg) || !isDigit(msg[j-1]) || !isDigit(msg[j+1]) {
				return j
			}
		}
	}
	return len(msg)
}

// differenceThan: "…, что на 77 млн больше, чем 470 млн" — a difference ("на 77 млн
// больше") and, after the comma, what it is the difference from: one claim.
func differenceThan(before, rest string) bool {
	after := text.Tokenize(rest[:nextStop(rest, 0)], nil)
	if len(after) == 0 || !text.HasPrefixIn(after[0].Text, text.ThanWords) || text.HasPrefixIn(after[0].Text, text.MoreWords) {
		return false
	}
	toks := text.Tokenize(before, nil)
	n := len(toks)
	if n < 3 || !(text.HasPrefixIn(toks[n-1].Text, text.MoreWords) || text.HasPrefixIn(toks[n-1].Text, text.LessWords)) {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-4; k-- {
		if toks[k].Num {
			return text.ByAmountWords[toks[k-1].Text] // "на 77 млн больше"
		}
	}
	return false
}
