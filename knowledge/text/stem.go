package text

import (
	"strings"
	"unicode/utf8"

	snowballen "github.com/kljensen/snowball/english"
	snowballru "github.com/kljensen/snowball/russian"
)

// stemLen is how many leading letters of a stem are kept. Cutting long words to a fixed
// prefix is a crude but proven stemmer for agglutinative languages (Azerbaijani, Kazakh), and
// after Snowball it also merges Russian and English derivations ("инвестиции"/"инвестиционный").
const stemLen = 6

// turkicStemLen is shorter: Azerbaijani and Kazakh words carry long chains of endings, and
// five leading letters keep the root apart from them ("zavodun" → "zavod", "казакстанга" → "казак").
const turkicStemLen = 5

// stripVowel removes one final vowel, the commonest Turkic ending (possessive, accusative,
// dative: "nefti", "zavodu", "зауыты", "мұнайы"), so short roots meet their inflected forms.
func stripVowel(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	if utf8.RuneCountInString(w) > 4 && strings.ContainsRune("aeiouаеыиуоэюя", r) {
		return w[:len(w)-size]
	}
	return w
}

func truncateTo(w string, n int) string {
	k := 0
	for i := range w {
		if k == n {
			return w[:i]
		}
		k++
	}
	return w
}

func truncate(w string) string { return truncateTo(w, stemLen) }

// Truncate is w cut to its first n letters.
func Truncate(w string, n int) string { return truncateTo(w, n) }

// Stem stems a folded word with the rules of one language.
func Stem(lang Lang, w string) string {
	switch lang {
	case RU:
		return truncate(snowballru.Stem(w, true))
	case EN:
		return truncate(snowballen.Stem(w, true))
	case AZ:
		// A final -q or -k turns -ğ, -y before a vowel ("yataq" → "yatağından", folded
		// "yatagindan"): the stem ends as the bare word does.
		s := truncateTo(stripVowel(w), turkicStemLen)
		if n := len(s); n == turkicStemLen && s[n-1] == 'g' {
			return s[:n-1] + "q"
		}
		return s
	case KK:
		// So with -к and -г ("көлік" → "көлігіне", folded "колик", "колигине").
		s := truncateTo(stripVowel(w), turkicStemLen)
		if strings.HasSuffix(s, "г") && utf8.RuneCountInString(s) == turkicStemLen {
			return strings.TrimSuffix(s, "г") + "к"
		}
		return s
	}
	return truncate(w)
}

// IsCyrillic reports whether a folded word is written in Cyrillic.
func IsCyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0400 && r <= 0x04FF
}

// ScriptLangs are the languages a word may belong to, judged by its script alone: a Kazakh word
// typed with Russian letters looks Russian, an Azerbaijani word without diacritics looks English.
func ScriptLangs(w string) [2]Lang {
	if IsCyrillic(w) {
		return [2]Lang{RU, KK}
	}
	return [2]Lang{EN, AZ}
}
