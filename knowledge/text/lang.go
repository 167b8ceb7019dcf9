// Package text reads the words of the four languages the product speaks: it folds letters
// across keyboards, splits text into tokens and numbers, stems words, detects the language,
// and holds the word lists of every language (words_ru.go, words_az.go, words_kk.go,
// words_en.go). Adding a language means one word-list file here, a locale file and data.
package text

import "strings"

// Lang is a language code the product speaks: ru, az, kk or en.
type Lang string

// The languages, in the order the product lists them.
const (
	RU Lang = "ru"
	AZ Lang = "az"
	KK Lang = "kk"
	EN Lang = "en"
)

// Langs lists every supported language.
var Langs = []Lang{RU, AZ, KK, EN}

// ParseLang accepts a language code such as "ru" or "en-US"; ok is false for anything else.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	for _, l := range Langs {
		if string(l) == s {
			return l, true
		}
	}
	return "", false
}

// LangIndex is the position of a language in Langs (0 for an unknown one).
func LangIndex(l Lang) int {
	for i, x := range Langs {
		if x == l {
			return i
		}
	}
	return 0
}
