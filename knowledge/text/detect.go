package text

import "strings"

// DetectLang tells the language of a text from its letters and words. The hint (the user's
// setting or Telegram language_code) decides only when the text itself does not.
func DetectLang(text string, hint Lang) Lang {
	l := countLetters(text)
	if l.cyr == 0 && l.lat == 0 {
		if _, ok := ParseLang(string(hint)); ok {
			return hint
		}
		return EN
	}
	score := scoreLangs(text, l)
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
		if l.cyr >= l.lat {
			return RU
		}
		return EN
	}
	return Langs[best]
}

// letters counts the letters of each script, and those typical of Kazakh and Azerbaijani
// outside quotation marks: «Қазақстан темір жолы» in a Russian question is a name.
type letters struct{ cyr, lat, kk, az, acute, dotless, kk2021, q int }

func countLetters(text string) letters {
	var l letters
	quoted := false
	for _, r := range text {
		switch {
		case r == '«' || r == '“':
			quoted = true
		case r == '»' || r == '”':
			quoted = false
		case r >= 0x0400 && r <= 0x04FF:
			l.cyr++
			if !quoted && strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				l.kk++
			}
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			l.lat++
			if r == 'q' || r == 'x' || r == 'Q' || r == 'X' {
				l.az++ // frequent in Azerbaijani, rare in English
				l.q++
			}
		case strings.ContainsRune("äÄñÑūŪ", r):
			l.lat++
			l.kk2021++ // the 2021 Kazakh Latin alphabet's ä, ñ, ū: Azerbaijani writes ə, and no ñ or ū
		case strings.ContainsRune("áǵńóúýÁǴŃÓÚÝ", r):
			l.lat++
			l.acute++ // the 2018 Kazakh Latin alphabet's acute letters: no Azerbaijani writes them
		case strings.ContainsRune("əƏğĞıİşŞçÇöÖüÜ", r):
			l.lat++
			l.az += 3
			if r == 'ı' {
				l.dotless++
			}
			if r == 'ə' || r == 'Ə' {
				l.az += 10
			}
		}
	}
	if l.kk2021 > 0 {
		l.az -= l.q // q is as much Kazakh's as Azerbaijani's in that alphabet ("qabyldandy")
		l.kk += 2 * l.kk2021
	}
	if l.acute > 0 {
		// the 2018 Kazakh alphabet writes и and й with ı: Kazakh's letters, not Azerbaijani's
		l.az -= 3 * l.dotless
		l.kk += l.acute + l.dotless
	}
	return l
}

// scoreLangs scores every language, in the order of Langs, by its letters and marker words,
// whatever the majority script: "На каком форуме подписали соглашение между Dashkasan Iron
// Ore и Fonte GreenMet?" has more Latin letters than Cyrillic, but only Russian words.
func scoreLangs(text string, l letters) [4]float64 {
	toks := Tokenize(text, make([]Token, 0, 16))
	count := func(set map[string]bool) (n int) {
		for _, t := range toks {
			if set[t.Text] {
				n++
			}
		}
		return n
	}
	var score [4]float64 // in the order of Langs: ru, az, kk, en
	score[0] = float64(count(Markers[0])) * 2
	score[1] = float64(l.az + count(Markers[1])*2)
	score[2] = float64(l.kk*3 + count(Markers[2])*2)
	score[3] = float64(count(Markers[3])) * 2
	if l.lat > 3*l.cyr {
		// Kazakh typed in Latin letters (a Cyrillic word among them at most): its marker
		// words once read in Cyrillic. Two at least,
		// since a few English words are Kazakh ones too ("men", "bar").
		if k, asks := kazakhLatinScore(text); k >= 2 {
			score[2] = max(score[2], float64(k)*2+0.5)
			if asks {
				score[1] -= float64(l.q) // a Kazakh question word makes the q's Kazakh's ("Quryq … neshe")
			}
		}
		// Kazakh typed in plain Latin letters writes ы as y after a consonant at a word's end
		// ("jalpy jinalysy", "kartasy"), which Azerbaijani does not, and q beside it.
		if n := kazakhYEndings(toks); l.q > 0 && n >= 2 {
			score[2] = max(score[2], float64(n)*2+0.5)
			score[1] -= float64(l.q) // its q is then Kazakh's ("qai qalamen qosady")
		}
		// So with Russian typed in Latin letters ("skolko dnei idet gruz").
		if r := russianLatinScore(text); r >= 2 {
			score[0] = float64(r)*2 + 0.5
		}
	}
	// The majority script breaks ties between a Cyrillic and a Latin language.
	if l.cyr >= l.lat {
		score[0] += 0.5
		score[2] += 0.5
	} else {
		score[1] += 0.5
		score[3] += 0.5
	}
	return score
}

// kazakhYEndings counts the words ending in a consonant and y ("jalpy", "kartasy", "jyly").
func kazakhYEndings(toks []Token) int {
	n := 0
	for _, t := range toks {
		w := t.Text
		if t.Num || len(w) < 4 || w[len(w)-1] != 'y' {
			continue
		}
		if c := w[len(w)-2]; c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
			continue
		}
		n++
	}
	return n
}
