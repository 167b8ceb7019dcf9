package knowledge

import (
	"sort"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
)

// stemLen is how many leading letters of a stem are kept. Cutting long words to a fixed
// prefix is a crude but proven stemmer for agglutinative languages (Azerbaijani, Kazakh), and
// after Snowball it also merges Russian and English derivations ("инвестиции"/"инвестиционный").
const stemLen = 6

// Suffixes of Azerbaijani and Kazakh, already folded (ə→e, ı→i, қ→к, ғ→г, ә→а, і→и, ...).
// They are stripped greedily, longest first, so "zavodun" and "zavodu" both become "zavod".
var (
	azSuffixes = sortedByLength([]string{
		"larindan", "lerinden", "larinda", "lerinde", "larinin", "lerinin", "larina", "lerine",
		"larini", "lerini", "lari", "leri", "lar", "ler",
		"sinin", "sunun", "sinde", "sunda", "sinden", "sundan", "sine", "suna", "sini", "sunu", "si", "su",
		"nin", "nun", "nda", "nde", "ndan", "nden", "na", "ne", "ni", "nu",
		"dan", "den", "tan", "ten", "da", "de", "ta", "te",
		"in", "un", "ya", "ye", "yi", "yu", "dir", "dur", "tir", "tur",
		"mis", "mus", "ib", "ub", "yib", "yub", "acaq", "ecek", "maq", "mek",
		"ci", "cu", "li", "lu", "liq", "luq", "lik", "luk", "a", "e", "i", "u",
	})
	kkSuffixes = sortedByLength([]string{
		"лардын", "лердин", "дардын", "дердин", "тардын", "тердин",
		"ларга", "лерге", "дарга", "дерге", "тарга", "терге",
		"ларда", "лерде", "дарда", "дерде", "тарда", "терде",
		"лары", "лери", "дары", "дери", "тары", "тери", "лар", "лер", "дар", "дер", "тар", "тер",
		"нын", "нин", "дын", "дин", "тын", "тин", "ын", "ин",
		"нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде", "да", "де", "та", "те",
		"на", "не", "га", "ге", "ка", "ке", "мен", "бен", "пен",
		"дагы", "деги", "тагы", "теги", "гы", "ги", "кы", "ки",
		"ган", "ген", "кан", "кен", "ды", "ди", "ты", "ти", "ны", "ни", "сы", "си",
		"ым", "им", "мыз", "миз", "а", "е", "ы", "и", "у",
	})
)

func sortedByLength(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// stripSuffixes removes up to three suffixes, keeping at least three letters.
func stripSuffixes(w string, suffixes []string) string {
	for range 3 {
		cut := false
		n := utf8.RuneCountInString(w)
		for _, suf := range suffixes {
			if len(suf) < len(w) && w[len(w)-len(suf):] == suf && n-utf8.RuneCountInString(suf) >= 3 {
				w = w[:len(w)-len(suf)]
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	return w
}

func truncate(w string) string {
	n := 0
	for i := range w {
		if n == stemLen {
			return w[:i]
		}
		n++
	}
	return w
}

// stemFor stems a folded word with the rules of one language.
func stemFor(lang Lang, w string) string {
	switch lang {
	case RU:
		return truncate(russian.Stem(w, true))
	case EN:
		return truncate(english.Stem(w, true))
	case AZ:
		return truncate(stripSuffixes(w, azSuffixes))
	case KK:
		return truncate(stripSuffixes(w, kkSuffixes))
	}
	return truncate(w)
}

// isCyrillic reports whether a folded word is written in Cyrillic.
func isCyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0400 && r <= 0x04FF
}

// scriptLangs are the languages a word may belong to, judged by its script alone: a Kazakh word
// typed with Russian letters looks Russian, an Azerbaijani word without diacritics looks English.
func scriptLangs(w string) [2]Lang {
	if isCyrillic(w) {
		return [2]Lang{RU, KK}
	}
	return [2]Lang{EN, AZ}
}
