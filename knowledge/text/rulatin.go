package text

import (
	"strings"
	"unicode/utf8"
)

// Russian is often typed in Latin letters ("translit": "skolko dnei idet gruz po srednemu
// koridoru?"). Like Kazakh in Latin (see kklatin.go), such a text is rewritten letter by letter
// into folded Cyrillic ("сколко дней идет груз по среднему коридору"); the soft sign people
// leave out is a typo the index already forgives.

// russianDigraphs are read before single letters, the longest first.
var russianDigraphs = []struct{ latin, cyrillic string }{
	{"shch", "щ"}, {"sch", "щ"},
	{"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"}, {"ts", "ц"},
	{"ya", "я"}, {"ja", "я"}, {"yu", "ю"}, {"ju", "ю"}, {"yo", "е"}, {"jo", "е"}, {"ye", "е"}, {"je", "е"},
}

// russianLetters maps the other Latin letters.
var russianLetters = map[rune]string{
	'a': "а", 'b': "б", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'h': "х", 'i': "и", 'j': "й",
	'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "к", 'r': "р", 's': "с",
	't': "т", 'u': "у", 'v': "в", 'w': "в", 'x': "кс", 'y': "ы", 'z': "з",
}

// russianWord is one lower-case Latin word in Cyrillic. An i or y after a vowel and before a
// consonant or the end is й ("dnei" → "дней", "kakoy" → "какой"); c is ц before e, i and y
// ("centralnoi"), else к.
func russianWord(w string) string {
	var b strings.Builder
	b.Grow(len(w) * 2)
	rest := w
	var prev rune
	for rest != "" {
		if c, n := russianDigraph(rest); n > 0 {
			b.WriteString(c)
			prev, rest = 'a', rest[n:] // every digraph but the vowels' ends in a consonant: no й after it
			if !strings.HasPrefix(c, "я") && !strings.HasPrefix(c, "ю") && !strings.HasPrefix(c, "е") {
				prev = 'z'
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		next, _ := utf8.DecodeRuneInString(rest)
		switch {
		case (r == 'i' || r == 'y') && isLatinVowel(prev) && (rest == "" || !isLatinVowel(next)):
			b.WriteString("й")
		case r == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				b.WriteString("ц")
			} else {
				b.WriteString("к")
			}
		default:
			if c, ok := russianLetters[r]; ok {
				b.WriteString(c)
			} else {
				b.WriteRune(r)
			}
		}
		prev = r
	}
	return b.String()
}

func russianDigraph(s string) (string, int) {
	for _, d := range russianDigraphs {
		if strings.HasPrefix(s, d.latin) {
			return d.cyrillic, len(d.latin)
		}
	}
	return "", 0
}

// RussianFromLatin rewrites the Latin words of a Russian text in folded Cyrillic. Numbers and
// signs stay as they are, and so do words keep reports (names the base writes in Latin
// letters: "Azerbaijan Metal Company", BTC); without keep, every abbreviation in capitals.
func RussianFromLatin(s string, keep func(folded string) bool) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(s); {
		j := letterRunEnd(s, i)
		if j == i {
			_, w := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+w])
			i += w
			continue
		}
		word := s[i:j]
		folded := Fold(strings.ToLower(word))
		// An abbreviation stays when the base writes it so (BTC, KZ); "ES" is ЕС, the EU.
		if !isLatinWord(word) || keep != nil && (isCapitals(word) || len(word) > 3) && keep(folded) || keep == nil && isCapitals(word) {
			b.WriteString(word)
		} else {
			b.WriteString(russianWord(folded))
		}
		i = j
	}
	return b.String()
}

// russianLatinScore scores a text written in Latin letters as Russian: its words that are
// Russian marker words once read in Cyrillic ("skolko", "uzhe", "mezhdu", "po"), English words
// ("do", "a", "to") left out.
func russianLatinScore(text string) int {
	n := 0
	for _, t := range Tokenize(text, make([]Token, 0, 16)) {
		if t.Num || Markers[3][t.Text] || utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		if Markers[0][russianWord(t.Text)] {
			n++
		}
	}
	return n
}
