package text

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

// FoldRune maps one rune to its matching form.
func FoldRune(r rune) rune {
	if r < foldTableSize {
		return foldTable[r]
	}
	return unicode.ToLower(r)
}

// NFC returns s in Unicode normalization form C, which the language detector expects
// (a "ş" typed as s + combining cedilla becomes one letter).
func NFC(s string) string { return norm.NFC.String(s) }

// Fold returns s folded rune by rune (see FoldRune): the form two spellings of a name share.
func Fold(s string) string {
	if folded(s) {
		return s // most words of a text are already folded: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(FoldRune(r))
	}
	return b.String()
}

// folded reports a string that folding leaves as it is.
func folded(s string) bool {
	for _, r := range s {
		if FoldRune(r) != r {
			return false
		}
	}
	return true
}
