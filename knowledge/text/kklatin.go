package text

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kazakh is often typed in Latin letters: informally ("qansha", "zhyly", "boiynsha") or in the
// 2021 alphabet ("Qazaqstan", "jyly", "şyğys"). The index reads Kazakh in folded Cyrillic, so
// such a text is rewritten letter by letter into it ("aktau porty qansha zhuk ondedi" →
// "актау порты канша жук ондеди"): folding has already merged қ with к, ү with у and so on,
// which is what makes one Latin letter per Cyrillic one enough.

// kazakhDigraphs are read before single letters.
var kazakhDigraphs = []struct{ latin, cyrillic string }{
	{"zh", "ж"}, {"sh", "ш"}, {"ch", "ч"}, {"kh", "х"}, {"ts", "ц"},
	{"ya", "я"}, {"yu", "ю"}, {"ye", "е"}, {"yo", "е"},
}

// kazakhLetters maps the other Latin letters, the 2021 alphabet's included.
var kazakhLetters = map[rune]string{
	'a': "а", 'b': "б", 'c': "с", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'h': "х", 'i': "и",
	'j': "ж", 'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "к", 'r': "р",
	's': "с", 't': "т", 'u': "у", 'v': "в", 'w': "у", 'x': "х", 'y': "ы", 'z': "з",
	'ä': "а", 'ö': "о", 'ü': "у", 'ū': "у", 'ı': "ы", 'ğ': "г", 'ñ': "н", 'ş': "ш", 'ç': "ч",
	// the 2018 alphabet's acute letters: á (ә), ǵ (ғ), ń (ң), ó (ө), ú (ү), ý (у), ś (ш)
	'á': "а", 'ǵ': "г", 'ń': "н", 'ó': "о", 'ú': "у", 'ý': "у", 'ś': "ш",
}

// KazakhFromLatin rewrites the Latin words of a Kazakh text in folded Cyrillic. Numbers, signs
// and abbreviations in capitals (BTC, TITR) stay as they are.
func KazakhFromLatin(s string) string { return kazakhFromLatin(s, nil) }

// kazakhFromLatin is KazakhFromLatin keeping the runs of two or more words keep reports (see
// ReadAs): "azerbaijan metal company" is a name, while "bank" or "orta" alone among Kazakh
// words is Kazakh ("dunie zhuzilik bank", "orta daliz").
func kazakhFromLatin(s string, keep func(folded string) bool) string {
	s = from2018(s)
	type span struct {
		from, to    int
		kept, month bool
	}
	var words []span
	eachLetterRun(s, func(i, j int) {
		word := s[i:j]
		folded := Fold(strings.ToLower(word))
		month := isLatinWord(word) && MonthOf(folded) > 0 && folded != "may" && folded != "mai" // "jan-apr"; "mai" is май
		words = append(words, span{i, j, keep != nil && isLatinWord(word) && keep(folded), month})
	})
	var b strings.Builder
	b.Grow(len(s) * 2)
	at := 0
	for k, w := range words {
		b.WriteString(s[at:w.from])
		word := s[w.from:w.to]
		run := w.kept && (k > 0 && words[k-1].kept && onlySpace(s[words[k-1].to:w.from]) ||
			k+1 < len(words) && words[k+1].kept && onlySpace(s[w.to:words[k+1].from]))
		if isCapitals(word) || !isLatinWord(word) || run || w.month {
			b.WriteString(word)
		} else {
			if keep == nil {
				writeKazakhWord(&b, strings.ToLower(word))
			} else {
				b.WriteString(kazakhWord(strings.ToLower(word), keep))
			}
		}
		at = w.to
	}
	b.WriteString(s[at:])
	return b.String()
}

// from2018 reads the dotless ı of the 2018 alphabet — the one with acute letters (á, ǵ, ń) —
// as и or й, and ıa as я: "Ázerbaıjan ekonomıkasyna salǵan ınvestıcııasy" is "Әзербайжан
// экономикасына салған инвестициясы". In the 2021 alphabet ı is ы, and y is in both.
func from2018(s string) string {
	if !strings.ContainsAny(s, "áǵńóúýśÁǴŃÓÚÝŚ") || !strings.ContainsAny(s, "ıI") {
		return s
	}
	return strings.NewReplacer("ıa", "ya", "ı", "i").Replace(s)
}

func onlySpace(s string) bool { return strings.TrimSpace(s) == "" }

// writeKazakhWord writes one lower-case Latin word in Cyrillic. An i or y after a vowel and
// before a consonant or the end is й: "qai" is "қай", "paidalanu" is "пайдалану".
// kazakhWord is a Latin word in folded Cyrillic. "y" is most often ы, but people also type
// it for ү ("jyk" for "жүк"): when the base does not write the word with ы and does with у
// (ү folded), that is the reading.
func kazakhWord(w string, known func(folded string) bool) string {
	var b strings.Builder
	writeKazakhWord(&b, w)
	c := b.String()
	if known == nil || known(Fold(c)) {
		return c
	}
	// Latin letters leave some Cyrillic spellings open: "y" is ы or у, a word-initial "e" may
	// be э ("ekonomika"), "si" before a vowel ци ("investisia"). The spelling the base writes
	// wins.
	for _, alt := range kazakhSpellings(c) {
		if known(Fold(alt)) {
			return alt
		}
	}
	return c
}

// kazakhSpellings are the other Cyrillic spellings of a word read from Latin letters.
func kazakhSpellings(c string) []string {
	var out []string
	add := func(s string) {
		if s != c && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	withE := c
	if strings.HasPrefix(c, "е") {
		withE = "э" + strings.TrimPrefix(c, "е")
	}
	for _, base := range []string{c, withE} {
		add(base)
		add(strings.ReplaceAll(base, "ы", "у"))
		ts := strings.NewReplacer("сиа", "ция", "сия", "ция", "сио", "цио", "си", "ци").Replace(base)
		add(ts)
		add(strings.ReplaceAll(ts, "ы", "у"))
	}
	return out
}

func writeKazakhWord(b *strings.Builder, w string) {
	rs := []rune(w)
	for k := 0; k < len(rs); k++ {
		if k+1 < len(rs) {
			if c, ok := kazakhDigraph(rs[k], rs[k+1]); ok {
				b.WriteString(c)
				k++
				continue
			}
		}
		r := rs[k]
		if (r == 'i' || r == 'y') && k > 0 && isLatinVowel(rs[k-1]) && k+1 < len(rs) && (rs[k+1] == 'y' || r == 'y' && rs[k+1] == 'i') {
			b.WriteString("йы") // "boiynsha", "boyinsha", "boyynsha" are "бойынша", "aiynda" "айында"
			k++
			continue
		}
		if (r == 'i' || r == 'y') && k > 0 && isLatinVowel(rs[k-1]) && (k+1 == len(rs) || !isLatinVowel(rs[k+1])) {
			b.WriteString("й")
			continue
		}
		if c, ok := kazakhLetters[r]; ok {
			b.WriteString(c)
		} else {
			b.WriteRune(r)
		}
	}
}

func kazakhDigraph(a, c rune) (string, bool) {
	for _, d := range kazakhDigraphs {
		if rune(d.latin[0]) == a && rune(d.latin[1]) == c {
			return d.cyrillic, true
		}
	}
	return "", false
}

func isLatinVowel(r rune) bool { return strings.ContainsRune("aeiouyäöüūıáóúý", r) }

func isLatinWord(w string) bool {
	for _, r := range w {
		if r > unicode.MaxLatin1 && !strings.ContainsRune("ūığñşçİǵńś", r) || unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return true
}

// isCapitals reports an abbreviation: two or more letters, all capitals.
func isCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// kazakhLatinScore scores a text written in Latin letters as Kazakh: the Kazakh marker words
// it has once rewritten in Cyrillic ("qansha", "qai", "zhyly", "boiynsha").
func kazakhLatinScore(text string) (n int, asks bool) {
	for _, t := range Tokenize(KazakhFromLatin(text), make([]Token, 0, 16)) {
		switch {
		case Markers[2][t.Text] && AskWords[t.Text]:
			n, asks = n+2, true // a Kazakh question word ("qansha", "neshe") is no English one
		case Markers[2][t.Text]:
			n++
		}
	}
	return n, asks
}

// ReadAs is a text as the base reads it in its language: without its opener (see
// WithoutOpener), a Kazakh or Russian question typed in Latin letters (no Cyrillic) in
// Cyrillic, and numbers spelled out in digits. Answers and claims both read
// through it. Latin text that reads as English stays English ("BTC capacity" from someone who
// chose Kazakh); the q's of Kazakh in Latin letters look Azerbaijani, so that is not asked.
// keep (nil for none) reports a folded word the base itself writes in Latin letters — a name
// like "Azerbaijan Metal Company" stays one, though typed among Kazakh words.
func ReadAs(lang Lang, text string, keep func(folded string) bool) string {
	text = WithoutLanguageNames(WithoutOpener(text))
	if lang == KK {
		text = latinWordsInLatin(text)
	}
	if lang == KK || lang == RU {
		// Mostly Latin: a Cyrillic word typed among the Latin ones ("9 айда") stays as it is
		if l := countLetters(text); l.lat > 3*l.cyr && l.lat > 0 && DetectLang(text, lang) != EN {
			if lang == RU {
				text = RussianFromLatin(text, keep)
			} else {
				text = kazakhFromLatin(text, keep)
			}
		}
	}
	text = shortYearsInFull(lang, text)
	return CompoundNumbersJoined(SpelledNumbersInDigits(lang, unitsAbbreviated(lang, shorteningsExpanded(lang, phraseSynonymsRead(lang, gluedEndingsApart(text))))))
}

// shortYearsInFull writes "янв-авг 25го" as "янв-авг 2025": a two-digit number from 18 to 35
// with the ending of an ordinal ("25го", "24-й", "23м", "24-cü"), not followed by a month
// ("25-го октября" is a day), or before the word "year" in the singular ("за 24 год",
// "24 жылы"), is a year people shorten.
func shortYearsInFull(lang Lang, text string) string {
	sy := shortYears[LangIndex(lang)]
	endings, nouns := sy.endings, sy.nouns
	if len(endings) == 0 && len(nouns) == 0 {
		return text
	}
	words := strings.Fields(text)
	changed := false
	for k, w := range words {
		core := strings.TrimRight(w, ",.;:?!)")
		digits := strings.TrimRightFunc(core, func(r rune) bool { return r < '0' || r > '9' })
		if len(digits) != 2 || core[0] < '1' || core[0] > '3' {
			continue
		}
		next := ""
		if k+1 < len(words) {
			next = Fold(strings.ToLower(strings.Trim(words[k+1], ",.;:?!()")))
		}
		ending := Fold(strings.ToLower(strings.TrimPrefix(core[len(digits):], "-")))
		if !endings[ending] && !(ending == "" && len(core) == 2 && nouns[next]) || sy.both && (ending == "" || !nouns[next]) {
			continue // Azerbaijani "21-ci iclas" is the 21st meeting, "son 25 ilin" 25 years: "24-cü ildə" is a year
		}
		if n := (int(digits[0]-'0'))*10 + int(digits[1]-'0'); n < 18 || n > 35 {
			continue
		}
		if MonthOf(next) > 0 {
			continue // "25-го октября": a day of the month
		}
		words[k] = "20" + digits + w[len(core):]
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(words, " ")
}

// shortYears are each language's words of a shortened year (see lexicon.shortYearEndings),
// folded once.
var shortYears = func() (out [4]struct {
	endings, nouns map[string]bool
	both           bool
}) {
	for _, l := range Langs {
		lex := byLang(l)
		out[LangIndex(l)].endings, out[LangIndex(l)].nouns = foldedFields(lex.shortYearEndings), foldedFields(lex.shortYearNouns)
		out[LangIndex(l)].both = lex.shortYearBoth
	}
	return out
}()

// shorteningsExpanded writes out the words the language's people shorten ("intl port" →
// "international port"), whole words only, in any case. A text with none is returned as is.
func shorteningsExpanded(lang Lang, text string) string {
	lex := []*lexicon{&russian, &azerbaijani, &kazakh, &english}[LangIndex(lang)]
	if len(lex.shortenings) == 0 {
		return text
	}
	var b strings.Builder
	copied := 0 // text[:copied] is in b
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		word := strings.TrimRight(text[i:j], ",;:?!)")
		if long, ok := shortening(lex, word); ok {
			b.WriteString(text[copied:i])
			b.WriteString(long)
			copied = i + len(word)
		}
		for j < len(text) && isSpace(text[j]) {
			j++
		}
		i = j
	}
	if copied == 0 {
		return text
	}
	b.WriteString(text[copied:])
	return b.String()
}

// shortening is what a shortened word stands for; only words as short as a shortening are
// lowered, so a text of long words costs nothing.
func shortening(lex *lexicon, word string) (string, bool) {
	if word == "" || len(word) > maxShortening {
		return "", false
	}
	long, ok := lex.shortenings[strings.ToLower(word)]
	return long, ok
}

// phraseSynonymsRead writes the phrases a language's people type for a word the base writes
// as that word ("when did the OECD put out its report" → "… published its report"), whole
// words only, in any case.
func phraseSynonymsRead(lang Lang, text string) string {
	synonyms := typedSynonyms[byLang(lang)]
	if len(synonyms) == 0 {
		return text
	}
	lower := strings.ToLower(text)
	for phrase, word := range synonyms {
		for from := 0; ; {
			i := strings.Index(lower[from:], phrase)
			if i < 0 {
				break
			}
			i += from
			end := i + len(phrase)
			if (i == 0 || isSpace(lower[i-1])) && (end == len(lower) || !isLetterByte(lower[end])) {
				text = text[:i] + word + text[end:]
				lower = lower[:i] + word + lower[end:]
				end = i + len(word)
			}
			from = end
		}
	}
	return text
}

// typedSynonyms are each language's phraseSynonyms, each phrase also as typed without its
// diacritics ("anlasma" for "anlaşma"): a phone's keyboard drops them as often as not.
var typedSynonyms = func() map[*lexicon]map[string]string {
	out := map[*lexicon]map[string]string{}
	for _, lex := range lexicons {
		if len(lex.phraseSynonyms) == 0 {
			continue
		}
		m := make(map[string]string, 2*len(lex.phraseSynonyms))
		for phrase, word := range lex.phraseSynonyms {
			m[phrase] = word
			if bare := Fold(phrase); bare != phrase {
				if _, own := lex.phraseSynonyms[bare]; !own {
					m[bare] = word
				}
			}
		}
		out[lex] = m
	}
	return out
}()

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// maxShortening is the length in bytes of the longest shortening of any language.
var maxShortening = func() int {
	n := 0
	for _, l := range lexicons {
		for k := range l.shortenings {
			n = max(n, len(k))
		}
	}
	return n
}()

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// gluedEndingsApart puts a hyphen between an abbreviation and a case ending typed onto it
// without one ("ЕҚДБтің", "BTC-nin" written "BTCnin"), so that the abbreviation reads as
// itself, as "ЕҚДБ-ның" does.
func gluedEndingsApart(s string) string {
	var b strings.Builder
	start := 0
	eachLetterRun(s, func(i, end int) {
		if cut := abbreviationEnd(s[i:end]); cut > 0 && caseEndingWords[Fold(strings.ToLower(s[i+cut:end]))] {
			b.WriteString(s[start : i+cut])
			b.WriteByte('-')
			start = i + cut
		}
	})
	if start == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// abbreviationEnd is the length of a run of two or more capital letters that starts word and
// is followed by small letters, or 0.
func abbreviationEnd(word string) int {
	n, caps := 0, 0
	for n < len(word) {
		r, w := utf8.DecodeRuneInString(word[n:])
		if !unicode.IsUpper(r) {
			break
		}
		n += w
		caps++
	}
	if caps < 2 || n == len(word) {
		return 0
	}
	for _, r := range word[n:] {
		if !unicode.IsLower(r) {
			return 0
		}
	}
	return n
}

// unitPhraseOrder is each language's unit phrases longest first, in one order: "twenty-foot
// equivalent units" before "…unit", which would leave an "s" behind (map order made the same
// claim read two ways). Sorted once: the claims of a post are read one by one.
var unitPhraseOrder = func() (out [4][]string) {
	for i, lex := range []*lexicon{&russian, &azerbaijani, &kazakh, &english} {
		out[i] = slices.SortedFunc(maps.Keys(lex.unitPhrases), func(a, b string) int {
			return cmp.Or(len(b)-len(a), strings.Compare(a, b))
		})
	}
	return out
}()

// unitsAbbreviated writes the units of text said in several words as their abbreviation.
func unitsAbbreviated(lang Lang, text string) string {
	lex := []*lexicon{&russian, &azerbaijani, &kazakh, &english}[LangIndex(lang)]
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text // a letter whose lower case is longer ("İ"): positions would not match
	}
	for _, phrase := range unitPhraseOrder[LangIndex(lang)] {
		short := lex.unitPhrases[phrase]
		if i := strings.Index(lower, phrase); i >= 0 {
			text = text[:i] + short + text[i+len(phrase):]
			lower = strings.ToLower(text)
		}
	}
	return text
}

// eachLetterRun calls fn with the byte span of every run of letters in s, in order.
func eachLetterRun(s string, fn func(from, to int)) {
	for i := 0; i < len(s); {
		j := letterRunEnd(s, i)
		if j == i {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		}
		fn(i, j)
		i = j
	}
}

// letterRunEnd is the end of the run of letters that starts at byte i of s (i itself when no
// letter is there).
func letterRunEnd(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return i
}

// kazakhLatinOf is the Latin letter a Kazakh letter is typed as inside a Latin word.
var kazakhLatinOf = map[rune]string{'ғ': "g", 'қ': "q", 'ң': "n", 'ү': "u", 'ұ': "u", 'ө': "o", 'ә': "a", 'і': "i", 'һ': "h", 'ы': "y",
	'Ғ': "G", 'Қ': "Q", 'Ң': "N", 'Ү': "U", 'Ұ': "U", 'Ө': "O", 'Ә': "A", 'І': "I", 'Һ': "H"}

// latinWordsInLatin writes the Kazakh letters a Latin word was typed with in Latin
// ("toraғasy" → "toragasy", "portyndaғy"): a phone's keyboard switched for one letter.
func latinWordsInLatin(text string) string {
	var b strings.Builder
	changed := false
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		w := text[i:j]
		if mixed := inLatin(w); mixed != w {
			w, changed = mixed, true
		}
		b.WriteString(w)
		for i = j; i < len(text) && isSpace(text[i]); i++ {
			b.WriteByte(text[i])
		}
	}
	if !changed {
		return text
	}
	return b.String()
}

// inLatin is a mostly Latin word with its Kazakh letters written in Latin, or w.
func inLatin(w string) string {
	lat, other := 0, 0
	for _, r := range w {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			lat++
		case kazakhLatinOf[r] != "":
			other++
		case unicode.IsLetter(r):
			return w // a Cyrillic word, or another script's
		}
	}
	if other == 0 || lat < 2*other {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if l := kazakhLatinOf[r]; l != "" {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
