package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps a rune to its matching form: lower case, diacritics removed, Turkic dotless
// and dotted i merged, Kazakh- and Azerbaijani-specific letters mapped to the letters people type
// instead on a Russian or Latin keyboard. Both the index and the query go through it, so
// "Şəmkir", "Semkir" and "ŞƏMKİR" meet, and so do "Қазақстан" and "Казакстан".
var foldTable = buildFoldTable()

const foldTableSize = 0x0530

func buildFoldTable() [foldTableSize]rune {
	var t [foldTableSize]rune
	special := map[rune]rune{
		'ə': 'e', 'Ə': 'e', 'ı': 'i', 'I': 'i', 'İ': 'i',
		'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
		'Ә': 'а', 'Ғ': 'г', 'Қ': 'к', 'Ң': 'н', 'Ө': 'о', 'Ұ': 'у', 'Ү': 'у', 'Һ': 'х', 'І': 'и',
		'ё': 'е', 'Ё': 'е', 'ß': 's', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'ł': 'l',
	}
	for r := rune(0); r < foldTableSize; r++ {
		if m, ok := special[r]; ok {
			t[r] = m
			continue
		}
		if r == 'й' || r == 'Й' {
			t[r] = 'й' // the Russian stemmer needs й, so keep its breve
			continue
		}
		base := r
		if d := norm.NFD.String(string(r)); d != "" {
			base, _ = utf8.DecodeRuneInString(d)
		}
		t[r] = unicode.ToLower(base)
	}
	return t
}

func foldRune(r rune) rune {
	if r < foldTableSize {
		return foldTable[r]
	}
	return unicode.ToLower(r)
}

// NFC returns s in Unicode normalization form C, which the language detector expects
// (a "ş" typed as s + combining cedilla becomes one letter).
func NFC(s string) string { return norm.NFC.String(s) }

// token is one word or number of a text, folded for matching.
type token struct {
	text string // folded word, or a number written with '.' as the decimal point
	num  bool
	sym  bool // a sign that means something in a claim: $ % ₸ ~ ≈ > <
	neg  bool // a number written with a minus sign ("-470"), not a dash between two numbers
}

// isCombining reports marks that only decorate the previous letter.
func isCombining(r rune) bool { return unicode.Is(unicode.Mn, r) }

// tokenize splits folded text into words and numbers. Numbers keep a decimal point
// ("3,6" and "3.6" → "3.6") and join thousands groups ("3 600 000" → "3600000").
func tokenize(s string, out []token) []token {
	var b strings.Builder
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			b.Reset()
			j = scanNumber(s, j, &b)
			out = append(out, token{text: b.String(), num: true, neg: minusBefore(s, i)})
			i = skipNumberSuffix(s, j)
		case unicode.IsLetter(r):
			b.Reset()
			j := i
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					b.WriteRune(foldRune(r2))
				} else if !isCombining(r2) {
					break
				}
				j += w2
			}
			out = append(out, token{text: b.String()})
			i = j
		case strings.ContainsRune("$%₸~≈><€", r):
			out = append(out, token{text: string(r), sym: true})
			i += w
		default:
			i += w
		}
	}
	return out
}

// scanNumber reads digits with an optional decimal part and thousands groups separated by
// spaces (regular, no-break or thin). It writes the canonical form to b and returns the end.
func scanNumber(s string, i int, b *strings.Builder) int {
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
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
	// "7,000" and "5,244" are thousands in English; "3,6" and "0,125" are decimals.
	for i+1 < len(s) && s[i] == ',' && threeDigits(s, i+1) && s[start] != '0' && i-start <= 3 {
		i = digits(i + 1)
		start = i - 3
	}
	if i+1 < len(s) && (s[i] == ',' || s[i] == '.') && s[i+1] >= '0' && s[i+1] <= '9' {
		b.WriteByte('.')
		i = digits(i + 1)
	}
	return i
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
func skipNumberSuffix(s string, i int) int {
	if i >= len(s) || s[i] != '-' {
		return i
	}
	j, n := i+1, 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += w
		n++
	}
	if n == 0 || n > 4 {
		return i
	}
	return j
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
