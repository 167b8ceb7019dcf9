package frame

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Stranger finds a proper name the base has never seen: a word written with a capital
// letter (not the first of a sentence) or in capitals, that no index term, glossary name,
// typo or prefix matched. "How much cargo did Poti handle?" is not about Aktau.
func Stranger(msg string, units []index.Unit) string { return stranger(msg, units, false) }

// StrangerInClaim is Stranger for a claim, whose first word is its subject as often as not
// ("Turkmenbashi port handled…"), so a capital letter there counts too.
func StrangerInClaim(msg string, units []index.Unit) string { return stranger(msg, units, true) }

// TypoNameInClaim finds a capitalised word of a claim, first or not, that the base knows only
// as a typo of another word ("Azercell" read as a slip for Azerbaijan): a name it may not know,
// too doubtful for a claim to be confirmed by a fact naming another.
func TypoNameInClaim(msg string, units []index.Unit) string {
	typos := typoWords(units)
	if len(typos) == 0 {
		return ""
	}
	for _, w := range strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if toks := text.Tokenize(w, nil); isName(w) && len(toks) == 1 && typos[toks[0].Text] {
			return w
		}
	}
	return ""
}

// typoWords are the words matched only as a typo of a term (not the words no term explains,
// nor the long ones matched only by a clipped stem: those are unknown).
func typoWords(units []index.Unit) map[string]bool {
	typos := map[string]bool{}
	for _, u := range units {
		if u.Typo && u.Term >= 0 && !u.Unseen && !u.Num && !u.Covered && u.Exact != "" {
			typos[strings.TrimPrefix(u.Exact, "=")] = true
		}
	}
	return typos
}

// UnknownWordRun finds two or more words in a row, of three letters or more, that the base
// has never written nor matched as a typo, beside a word that marks a doer ("announced by
// ursula von der leyen"): a name typed in lower case, which no capital marks. A figure it is
// said to have announced is not confirmed by the source's announcer.
func UnknownWordRun(msg string, units []index.Unit) string {
	unknown := map[string]bool{}
	for _, u := range units {
		if u.Term < 0 && !u.Num && !u.Covered && !u.Typo && u.Exact != "" {
			unknown[strings.TrimPrefix(u.Exact, "=")] = true
		}
	}
	if len(unknown) < 2 {
		return ""
	}
	toks := text.Tokenize(msg, nil)
	marked := func(i int) bool {
		return i >= 0 && i < len(toks) && (text.AgentMarks[toks[i].Text] || text.AttributionWords[toks[i].Text])
	}
	start, n := -1, 0
	for i, t := range toks {
		switch {
		case unknown[t.Text] && utf8.RuneCountInString(t.Text) >= 3:
			if n == 0 {
				start = i
			}
			n++
			if n >= 2 && (marked(start-1) || marked(i+1)) {
				return strings.Join(tokenTexts(toks[start:i+1]), " ")
			}
		case n > 0 && text.IsStopword(t.Text):
			// "von der": a stop word between two unknown words keeps the run
		default:
			n = 0
		}
	}
	return ""
}

func tokenTexts(toks []text.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func stranger(msg string, units []index.Unit, firstCounts bool) string {
	// unknown maps each word no term explains to whether it is Unseen: a long word matched
	// only by a clipped stem is a stranger even first in a sentence ("Türkmənbaşı limanı…"),
	// where a capital says nothing of a word the base does not know at all.
	unknown := map[string]bool{}
	typos := typoWords(units)
	for _, u := range units {
		if (u.Term < 0 || u.Unseen) && !u.Num && !u.Covered && u.Exact != "" {
			unknown[strings.TrimPrefix(u.Exact, "=")] = u.Unseen
		}
	}
	if len(unknown) == 0 && len(typos) == 0 {
		return ""
	}
	first := true
	words := strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '?' && r != '!' })
	for i, w := range words {
		word := strings.TrimRight(w, ".?!")
		// A word no term explains just before "port" names it even typed in lower case
		// ("how much did batumi port handle?").
		// In a claim, so does one a locative puts last ("…the investors forum in brussels").
		placedLast := firstCounts && i == len(words)-1 && endsAfterLocative(msg)
		if word != "" && (isName(word) || beforePlaceNoun(words, i) || afterPlaceNoun(words, i) || placedLast) || isAbbreviation(word) {
			if toks := text.Tokenize(word, nil); len(toks) == 1 && text.UnitOf(toks[0].Text) == "" { // "EUR 12 billion"
				unseen, ok := unknown[toks[0].Text]
				if first && unseen && text.EndsWithAny(toks[0].Text, text.AdjectiveEndings) {
					// "Подводную линию строят…": an adjective opening a sentence, its stem known
					ok = false
				}
				if ok && (!first || firstCounts || unseen || isAbbreviation(word) || beforePlaceNoun(words, i) || afterPlaceNoun(words, i) || placedLast) {
					return word
				}
				// A claim states what it names: a capitalised word inside it that the base
				// knows only as a typo of another word is a name it does not know ("held in
				// Istanbul"); so is one a question puts before "port" ("Anaklia port").
				if typos[toks[0].Text] && !first && isName(word) && (firstCounts || beforePlaceNoun(words, i) || afterPlaceNoun(words, i)) {
					return word
				}
			}
		}
		first = strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
	}
	return ""
}

// beforePlaceNoun: "Батуми порты", "Poti port" — a name, though first in its sentence.
func beforePlaceNoun(words []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	toks := text.Tokenize(words[i+1], nil)
	if w := text.Tokenize(words[i], nil); len(w) == 1 && !isName(words[i]) && text.EndsWithAny(w[0].Text, text.VerbEndings) {
		return false // "располагал порт Актау": a verb before the port, not its name
	}
	return len(toks) == 1 && text.HasPrefixIn(toks[0].Text, text.PlaceNouns)
}

// endsAfterLocative: a text whose last word follows a locative ("the forum in brussels"), with
// nothing between — not "in 2022 apparently".
func endsAfterLocative(msg string) bool {
	toks := text.Tokenize(msg, nil)
	n := len(toks)
	return n >= 2 && !toks[n-1].Num && text.Locatives[toks[n-2].Text]
}

// afterPlaceNoun: "the port of batumi", "порт поти" — a name, though typed in lower case.
func afterPlaceNoun(words []string, i int) bool {
	placeNoun := func(w string) bool {
		toks := text.Tokenize(w, nil)
		return len(toks) == 1 && text.PlaceNounsBefore[toks[0].Text]
	}
	if w := text.Tokenize(words[i], nil); len(w) == 1 && !isName(words[i]) && text.EndsWithAny(w[0].Text, text.VerbEndings) {
		return false // "was Baku port expecting": a verb after the port, not its name
	}
	if i > 0 && placeNoun(words[i-1]) {
		return true
	}
	return i > 1 && text.WholeOfWords[strings.ToLower(words[i-1])] && placeNoun(words[i-2])
}

func isName(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && unicode.IsUpper(r[0]) && unicode.IsLower(r[len(r)-1])
}

func isAbbreviation(w string) bool {
	r := []rune(w)
	if len(r) < 3 || len(r) > 6 { // two letters (AB, KZ) are too often a word or a code
		return false
	}
	for _, c := range r {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// UnknownNameRun finds the name of an organisation in several capitalised words ending in a
// word like "Bank" or "Fund", of which the glossary knows no word ("the Asian Development
// Bank"): one the base knows nothing of, though each word is common enough to be indexed.
func UnknownNameRun(ix *index.Index, msg string) string {
	words := strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && isName(words[j]) {
			j++
		}
		if run := strings.Join(words[i:j], " "); j-i >= 2 && text.IsOrganisationHead(words[j-1]) && !namesKnown(ix, run) {
			return run
		}
		i = max(j, i+1)
	}
	return ""
}

// namesKnown reports words of which the glossary names one, or that say when or how much.
func namesKnown(ix *index.Index, words string) bool {
	for _, u := range ix.Analyze(ix.NewScratch(), words) {
		if u.Concept || u.Covered || u.Num {
			return true
		}
	}
	return false
}
