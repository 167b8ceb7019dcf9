package text

import "strings"

// DetectLang tells the language of a text from its letters and words. The hint (the user's
// setting or Telegram language_code) decides only when the text itself does not.
func DetectLang(text string, hint Lang) Lang {
	var cyr, lat, kkLetters, azLetters int
	for _, r := range text {
		switch {
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
			if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				kkLetters++
			}
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			lat++
			if r == 'q' || r == 'x' || r == 'Q' || r == 'X' {
				azLetters++ // frequent in Azerbaijani, rare in English
			}
		case strings.ContainsRune("əƏğĞıİşŞçÇöÖüÜ", r):
			lat++
			azLetters += 3
			if r == 'ə' || r == 'Ə' {
				azLetters += 10
			}
		}
	}
	if cyr == 0 && lat == 0 {
		if _, ok := ParseLang(string(hint)); ok {
			return hint
		}
		return EN
	}
	toks := Tokenize(text, make([]Token, 0, 16))
	count := func(set map[string]bool) (n int) {
		for _, t := range toks {
			if set[t.Text] {
				n++
			}
		}
		return n
	}
	// Every language is scored, whatever the majority script: "На каком форуме подписали
	// соглашение между Dashkasan Iron Ore и Fonte GreenMet?" has more Latin letters than
	// Cyrillic, but only Russian words.
	var score [4]float64 // in the order of Langs: ru, az, kk, en
	score[0] = float64(count(Markers[0])) * 2
	score[1] = float64(azLetters + count(Markers[1])*2)
	score[2] = float64(kkLetters*3 + count(Markers[2])*2)
	score[3] = float64(count(Markers[3])) * 2
	// The majority script breaks ties between a Cyrillic and a Latin language.
	if cyr >= lat {
		score[0] += 0.5
		score[2] += 0.5
	} else {
		score[1] += 0.5
		score[3] += 0.5
	}
	best, tie := 0, false
	for i := 1; i < len(score); i++ {
		switch {
		case score[i] > score[best]:
			best, tie = i, false
		case score[i] == score[best]:
			tie = true
		}
	}
	if score[best] < 1 || tie {
		// Nothing in the text decides (a name, an abbreviation, a number): the hint does,
		// then the script.
		if _, ok := ParseLang(string(hint)); ok && (score[best] < 1 || score[LangIndex(hint)] == score[best]) {
			return hint
		}
		if cyr >= lat {
			return RU
		}
		return EN
	}
	return Langs[best]
}
