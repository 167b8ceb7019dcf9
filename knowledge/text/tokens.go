package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Token is one word or number of a text, folded for matching.
type Token struct {
	Text string // folded word, or a number written with '.' as the decimal point
	Num  bool
	Sym  bool // a sign that means something in a claim: $ % ₸ ~ ≈ > <
	Neg  bool // a number written with a minus sign ("-470"), not a dash between two numbers
	Ord  bool // a number with an ordinal's ending ("1-я", "1-ci", "2-ші"): no figure
	// Joined: a word written with a hyphen to the next ("two-tier"): a part of a compound.
	Joined bool
	// Dative: a word or number whose dative ending was cut off after a hyphen or apostrophe
	// ("TEU-ya", "2027-yə"): "110 min TEU-ya qədər" is up to 110,000, "110 min qədər" about.
	Dative bool
	// Ablative: a word or number whose ablative ending ("from") was cut off after a hyphen or
	// apostrophe ("150 min TEU-dan 100 min TEU-ya": from 150,000 to 100,000).
	Ablative bool
	// Colon: a word or number right before a colon ("Report recalls:"): what follows is what
	// the words before it say.
	Colon bool
}

// isCombining reports marks that only decorate the previous letter; none lies below U+0300,
// so the spaces and signs that end most words skip the table search.
func isCombining(r rune) bool { return r >= 0x0300 && unicode.Is(unicode.Mn, r) }

// isLetter is unicode.IsLetter with the scripts of the base answered first: ASCII and
// Cyrillic letters are most of every text, and the general table search is a third of the
// cost of reading one.
func isLetter(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 0x0400 && r <= 0x0481, r >= 0x048A && r <= 0x04FF:
		return true
	}
	return unicode.IsLetter(r)
}

// Tokenize splits folded text into words and numbers. Numbers keep a decimal point
// ("3,6" and "3.6" → "3.6") and join thousands groups ("3 600 000" → "3600000").
//
// A token's text is the input's own bytes when folding leaves it as it is; the others are
// written into one buffer that becomes a single string at the end, so a text costs at most one
// allocation rather than one per word. Whoever keeps a token's text beyond the text's life
// should strings.Clone it, or it keeps the whole buffer (or input) alive.
func Tokenize(s string, out []Token) []Token {
	var bufArr [512]byte
	var pendArr [32]pending
	out, buf, pend := tokenize(s, out, bufArr[:0], pendArr[:0])
	if len(pend) > 0 {
		all := string(buf)
		for _, p := range pend {
			out[p.token].Text = all[p.from:p.to]
		}
	}
	return out
}

// TokenizeScratch is Tokenize for a caller that is done with the tokens before its next call,
// as the index build is with each text: the folded words stay in *scratch, reused from call to
// call, instead of a new string per text (10,000 facts: 15 MB less garbage). The tokens' texts
// are valid only until the next call with the same scratch; what is kept must be cloned.
func TokenizeScratch(s string, out []Token, scratch *[]byte) []Token {
	*scratch = (*scratch)[:0]
	return TokenizeAppend(s, out, scratch)
}

// TokenizeAppend is TokenizeScratch keeping what *scratch holds: the tokens of several texts
// stay valid together, until the caller empties the scratch.
func TokenizeAppend(s string, out []Token, scratch *[]byte) []Token {
	var pendArr [32]pending
	out, buf, pend := tokenize(s, out, *scratch, pendArr[:0])
	*scratch = buf
	if len(pend) > 0 {
		all := unsafe.String(unsafe.SliceData(buf), len(buf)) // a view, not a copy: see above
		for _, p := range pend {
			out[p.token].Text = all[p.from:p.to]
		}
	}
	return out
}

// tokenize reads the tokens of s; those whose folded text differs from the input are written
// to buf and listed in pending, for the caller to point at.
func tokenize(s string, out []Token, buf []byte, pend []pending) ([]Token, []byte, []pending) {
	i := 0
	comma := commaUse(0) // read from the text when a comma first needs it
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			from := len(buf)
			var j int
			buf, j = scanNumber(s, i, buf, &comma)
			t := Token{Num: true, Neg: minusBefore(s, i)}
			if string(buf[from:]) == s[i:j] {
				t.Text, buf = s[i:j], buf[:from]
			} else {
				pend = append(pend, pending{len(out), from, len(buf)})
			}
			end := skipNumberSuffix(s, i, j)
			t.Ord = end > j+1 && s[j] == '-' && j-i <= 2 && ordinalEndings[Fold(strings.ToLower(s[j+1:end]))]
			if e, n := letterRun(s, j); end == j && j-i <= 2 && n > 0 && ordinalEndings[Fold(strings.ToLower(s[j:e]))] {
				t.Ord, end = true, e // "2ci", "3cu", "2ші" typed without the hyphen
			}
			t.Dative, t.Ablative = dativeCut(s, j, end), ablativeCut(s, j, end)
			out = append(out, t)
			i = end
		case isLetter(r):
			from := len(buf)
			var word string
			var j int
			word, buf, j = foldWord(s, i, buf)
			if word == "" {
				pend = append(pend, pending{len(out), from, len(buf)})
			}
			joined := j+1 < len(s) && s[j] == '-' && isLetter(rune(s[j+1])) // ASCII is enough: "two-tier", "single-tier"
			end := skipAbbreviationEnding(s, i, j)
			out = append(out, Token{Text: word, Joined: joined, Dative: dativeCut(s, j, end), Ablative: ablativeCut(s, j, end)})
			i = end
			if negatingContraction(s, j, i) {
				out = append(out, Token{Text: "not"}) // "can't", "isn't": the ending denies
			}
		case strings.ContainsRune("$%₸~≈><€", r), r == '+' && trailingPlus(s, i):
			out = append(out, Token{Text: s[i : i+w], Sym: true})
			i += w
		default:
			if r == ':' && len(out) > 0 {
				out[len(out)-1].Colon = true
			}
			i += w
		}
	}
	return out, buf, pend
}

// pending is a token whose text lies in Tokenize's buffer at [from, to).
type pending struct{ token, from, to int }

// scanNumber reads digits with an optional decimal part and thousands groups separated by
// spaces (regular, no-break or thin). It appends the canonical form to b and returns b and the end.
func scanNumber(s string, i int, b []byte, comma *commaUse) ([]byte, int) {
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
			i++
		}
		return i
	}
	start := i
	i = digits(i)
	// Thousands groups: "3 600 000" — only when every group has exactly three digits.
	for i-start <= 3 {
		sep := spaceAt(s, i)
		if sep == 0 || !threeDigits(s, i+sep) {
			break
		}
		i = digits(i + sep)
		start = i - 3 // every later group has exactly three digits
	}
	// "7,000" and "5,244" are thousands in English; "3,6" and "0,125" are decimals, and so is
	// "1,485" in Russian, Azerbaijani or Kazakh, which write thousands with spaces.
	for i+1 < len(s) && s[i] == ',' && threeDigits(s, i+1) && s[start] != '0' && i-start <= 3 && !comma.decimal(s) && !shortScaleAfter(s, i+4) {
		i = digits(i + 1)
		start = i - 3
	}
	if i+1 < len(s) && (s[i] == ',' || s[i] == '.') && s[i+1] >= '0' && s[i+1] <= '9' {
		b = append(b, '.')
		i = digits(i + 1)
	}
	return b, i
}

// shortScaleAfter reports "mln" or "mlrd" right after a number ("4,119 mln t"): nobody writes
// a number of millions with a thousands comma and shortens the scale, so the comma is the
// decimal one, as Azerbaijani typed without its letters writes it.
func shortScaleAfter(s string, i int) bool {
	rest := strings.TrimLeft(s[min(i, len(s)):], " ")
	return strings.HasPrefix(rest, "mln") || strings.HasPrefix(rest, "mlrd")
}

func threeDigits(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

// spaceAt returns the byte width of a thousands separator at i, or 0.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		return 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if r == '\u00a0' || r == '\u202f' || r == '\u2009' {
		return w
	}
	return 0
}

// skipNumberSuffix skips a grammatical ending glued to a number with a hyphen — "2024-cü",
// "2025-го", "2-ші" — which says nothing beyond the number itself.
func skipNumberSuffix(s string, start, i int) int {
	if end := gluedYearEnding(s, start, i); end > i {
		return end // "2022de", "2024da": Azerbaijani typed without the hyphen
	}
	if a := apostropheAt(s, i); a > 0 {
		return skipApostropheEnding(s, i, a) // "2027'ye", "2022'de"
	}
	if i+1 < len(s) && s[i] == ' ' && i-start == 4 && (s[start] == '1' || s[start] == '2') {
		return spacedYearEnding(s, i)
	}
	if i >= len(s) || s[i] != '-' {
		return i
	}
	j, n := letterRun(s, i+1)
	if suffix := Fold(strings.ToLower(s[i+1 : j])); n == 0 || n > 4 || UnitOf(suffix) != "" && !caseEnding(suffix) {
		return i // "184-km": a unit, not an ending ("2030-ға" is one, though "га" is hectares)
	}
	return j
}

// letterRun is where the letters from j end, and how many there are.
func letterRun(s string, j int) (end, n int) {
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += w
		n++
	}
	return j, n
}

// spacedYearEnding skips a case ending typed apart from the year before it at i ("2030 ға
// карай", "2019 да"): an ending, not hectares or a word of its own.
func spacedYearEnding(s string, i int) int {
	j, n := letterRun(s, i+1)
	if n == 0 || n > 3 || j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '.' {
		return i
	}
	if w := Fold(strings.ToLower(s[i+1 : j])); caseEnding(w) {
		return j
	}
	return i
}

// skipAbbreviationEnding skips a case ending glued with a hyphen to a word s[from:to], as
// to an abbreviation: "ТМТМ-нің", "BTC-nin", "oecd-nin" say nothing beyond it.
func skipAbbreviationEnding(s string, from, to int) int {
	if a := apostropheAt(s, to); a > 0 && to-from >= 2 {
		return skipApostropheEnding(s, to, a) // "Kazakistan'dan", "Aliyev'in", "it's"; "I'm" stays
	}
	if to >= len(s) || s[to] != '-' || to-from < 2 {
		return to
	}
	j := to + 1
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += w
	}
	if caseEndingWords[Fold(strings.ToLower(s[to+1:j]))] {
		return j
	}
	return to
}

// caseEnding reports a case ending a number may carry ("-ға", "-dan", "-da").
func caseEnding(w string) bool {
	return OneOfWord(w, placeToEndings) || OneOfWord(w, fromEndings) || OneOfWord(w, locativeEndings) || OneOfWord(w, ThanEndings)
}

// minusBefore reports a minus sign right before position i that starts a number: "-470",
// "−470", but not the dash of "2027-2028" or "январь-август".
func minusBefore(s string, i int) bool {
	r, w := utf8.DecodeLastRuneInString(s[:i])
	if r != '-' && r != '−' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i-w])
	return i-w == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before) && before != '-'
}

// commaUse remembers, for one text, whether its comma is a decimal sign: 0 not yet known.
type commaUse int8

const (
	commaThousands commaUse = 1
	commaDecimal   commaUse = 2
)

// decimal reports whether the text writes decimals with a comma: it is Russian or Kazakh
// (Cyrillic) or Azerbaijani (its letters, or its words for million and billion).
func (c *commaUse) decimal(s string) bool {
	if *c == 0 {
		*c = commaThousands
		low := strings.ToLower(s)
		for _, r := range s {
			if r >= 0x0400 && r <= 0x04FF || strings.ContainsRune("əƏğĞıİşŞ", r) {
				*c = commaDecimal
				break
			}
		}
		if strings.Contains(low, "milyon") || strings.Contains(low, "milyard") {
			*c = commaDecimal
		}
	}
	return *c == commaDecimal
}

// foldWord reads the word starting at i and returns where it ends, and the word itself when
// folding leaves it as it is (most words people type: the input's own bytes, no copy); else it
// appends the folded word to b and returns "".
func foldWord(s string, i int, b []byte) (string, []byte, int) {
	j, same := i, true
	cyrillic, latinI := false, false
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isLetter(r) {
			same = same && FoldRune(r) == r
			cyrillic = cyrillic || r >= 0x0400 && r <= 0x04FF
			latinI = latinI || r == 'i' || r == 'I'
		} else if isCombining(r) {
			same = false // a mark to drop
		} else {
			break
		}
		j += w
	}
	// A Kazakh і typed as the Latin i in a Cyrillic word ("серiктестiк"): the folded и.
	mixed := cyrillic && latinI
	if same && !mixed {
		return s[i:j], b, j
	}
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(s[k:])
		if mixed && (r == 'i' || r == 'I') {
			r = 'и'
		}
		if isLetter(r) {
			b = utf8.AppendRune(b, FoldRune(r))
		}
		k += w
	}
	return "", b, j // written to b
}

// SeveralSentences reports a message of more than one sentence (see Sentences), without
// splitting it: most messages are one question.
func SeveralSentences(msg string) bool {
	msg = strings.TrimSpace(msg)
	end := sentenceEnd(msg, 0)
	return end > 0 && end < len(msg)
}

// sentenceEnd is the index just past the first end of a sentence in msg from start on ('.',
// '!', '?', '…', ';' before a space or the end of msg), or -1: "3.6", "gov.az" end none.
func sentenceEnd(msg string, start int) int {
	for i, r := range msg[start:] {
		if r != '.' && r != '!' && r != '?' && r != '…' && r != ';' { // "…32 Mt by 2028; and what did the minister say?"
			continue
		}
		end := start + i + utf8.RuneLen(r)
		if end == len(msg) || msg[end] == ' ' || msg[end] == '\n' || msg[end] == '\t' {
			return end
		}
	}
	return -1
}

// Sentences splits a message at the ends of its sentences ('.', '!', '?', '…' before a space
// or the end), keeping each end with its sentence: "3.6 million" is one word, not two
// sentences.
func Sentences(msg string) []string {
	var out []string
	start := 0
	for start < len(msg) {
		end := sentenceEnd(msg, start)
		if end < 0 {
			end = len(msg)
		}
		if s := strings.TrimSpace(msg[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	return out
}

// apostropheAt is the width of an apostrophe (' or ’) at s[i], or 0.
func apostropheAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "'"):
		return 1
	case strings.HasPrefix(s[i:], "’"):
		return len("’")
	}
	return 0
}

// dativeCut reports that s[at:end], cut off a word or number, is a dative ending after a
// hyphen or an apostrophe ("-ya", "'ye", "-ə").
func dativeCut(s string, at, end int) bool { return dativeEndings[endingCut(s, at, end)] }

// ablativeCut reports an ablative ending ("dan", "dən", "тан", "нен") cut off after a hyphen
// or apostrophe at s[at:end].
func ablativeCut(s string, at, end int) bool { return OneOfWord(endingCut(s, at, end), fromEndings) }

// endingCut is the ending s[at:end] cut off a word or number after a hyphen or an
// apostrophe, folded, or "" when none was.
func endingCut(s string, at, end int) string {
	if end <= at+1 {
		return ""
	}
	w := 1
	if s[at] != '-' {
		if w = apostropheAt(s, at); w == 0 {
			return ""
		}
	}
	return Fold(strings.ToLower(s[at+w : end]))
}

// negatingContraction reports an English "n't" whose "n" ends the word s[:at] and whose "'t"
// is s[at:end]: "can't", "doesn’t".
func negatingContraction(s string, at, end int) bool {
	if end <= at || at == 0 || s[at-1] != 'n' && s[at-1] != 'N' {
		return false
	}
	rest := s[at+apostropheAt(s, at) : end]
	return rest == "t" || rest == "T"
}

// skipApostropheEnding skips the ending a word or number carries after an apostrophe, the
// Turkish way of writing Azerbaijani ("Kazakistan'dan", "2027'ye") and the English one
// ("Kazakhstan's"): up to three letters say nothing beyond the word. A longer run is a word
// of its own ("O'Neill").
func skipApostropheEnding(s string, at, width int) int {
	j, n := at+width, 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isLetter(r) {
			break
		}
		j += w
		n++
	}
	if n == 0 || n > 3 {
		return at
	}
	return j
}

// gluedYearEnding is the end of a case ending of up to three letters glued without a hyphen
// to the year s[start:i] ("2022de", "2025da", "2024те"), or i: "2000t" keeps its unit.
func gluedYearEnding(s string, start, i int) int {
	if i-start != 4 || YearOf(s[start:i]) == 0 {
		return i
	}
	j, n := i, 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j, n = j+w, n+1
	}
	if suffix := Fold(strings.ToLower(s[i:j])); n == 0 || n > 3 || UnitOf(suffix) != "" && !caseEnding(suffix) {
		return i
	}
	return j
}

// trailingPlus reports a "+" that closes a figure ("500+", "1.5m+ tonnes": more than), not one
// that signs the next ("+63%": a rise).
func trailingPlus(s string, i int) bool {
	if i == 0 || i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsDigit(prev) || unicode.IsLetter(prev)
}
