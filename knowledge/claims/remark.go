package claims

import (
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A figure the source gives, with a remark after it that the source does not make — "$470
// million, data of the national statistics bureau", "up 33-fold, mostly departing from
// Xi'an", "and it works at full capacity" — is not confirmed: the remark is part of what the
// claim says, and nothing shows it.

// minRemarkWords is how many words a trailing remark must have to be a statement of its own
// (", reportedly" is not).
const minRemarkWords = 2

// maxRemarkShare is the share of a remark's words a fact's text may give while the remark
// still says what it does not: half the words are the fact's, the rest its own.
const maxRemarkShare = 0.5

// unsaidRemark is a remark after the clause's last figure — set off by a comma, a dash or
// "and" — that the fact's texts (in the clause's language and in English) and its source's
// name do not give, or "".
//
// The fact the clause before was checked by, prev, may give it too: "the Trans-Kazakhstan
// railroad, finished in 2014, and BTK, in operation since 2017, as parts of the Middle
// Corridor being developed" speaks of both.
func (e *Checker) unsaidRemark(clause string, f, prev *knowledge.Fact, lang knowledge.Lang) string {
	said := [][]text.Token{text.Tokenize(f.Text.In(lang), nil), text.Tokenize(f.Text.In(knowledge.EN), nil), e.sourceWords[f.Source]}
	if prev != nil {
		said = append(said, text.Tokenize(prev.Text.In(lang), nil), text.Tokenize(prev.Text.In(knowledge.EN), nil))
	}
	segments := remarkSegments(clause)
	for i := len(segments) - 1; i > 0; i-- {
		toks := text.Tokenize(segments[i], nil)
		if hasNumber(toks) {
			return "" // only what comes after the last figure is a remark on it
		}
		if len(toks) > 0 && text.HasPrefixIn(toks[0].Text, text.ThanWords) || saysChange(toks) {
			continue // "…, than a year earlier", "a fifth more": the figure's comparison goes on
		}
		with := append(said, e.sharedNameWords(segments[i], f, lang))
		if remarkWords(toks) >= minRemarkWords && statementWords(toks, with) < maxRemarkShare {
			return strings.TrimSpace(segments[i])
		}
	}
	return ""
}

// remarkSegments cuts a clause at commas, spaced dashes and a joining "and" (as andAt reads
// it), keeping the order.
func remarkSegments(clause string) []string {
	var out []string
	start := 0
	for i := 0; i < len(clause); i++ {
		skip := 0
		switch {
		case clause[i] == ',' && (i+1 == len(clause) || clause[i+1] == ' '):
			skip = 1
		case clause[i] == ' ' && dashAt(clause[i+1:]) > 0:
			skip = 1 + dashAt(clause[i+1:])
		case clause[i] == ' ' && joinsStatements[strings.ToLower(wordAt(clause, i+1))] && andAt(clause, i+1):
			skip = 1
		default:
			continue
		}
		out = append(out, clause[start:i])
		start = min(i+skip, len(clause))
		i = start - 1
	}
	return append(out, clause[start:])
}

// joinsStatements are the words for "and" that join two statements; "ilə", "мен" join names.
var joinsStatements = map[string]bool{"and": true, "и": true, "а": true, "və": true, "ve": true, "және": true, "жане": true}

// dashAt is the length of a dash set off by spaces at the start of s (" – "), or 0.
func dashAt(s string) int {
	for _, d := range []string{"– ", "— ", "- "} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// saysChange reports words that state a figure's change or share without digits ("a fifth
// more", "doubled", "half of it"): the figure reader's, not a remark.
func saysChange(toks []text.Token) bool {
	for _, t := range toks {
		if text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.LessWords) || text.HasPrefixIn(t.Text, text.RisingWords) ||
			text.HasPrefixIn(t.Text, text.FallingWords) || text.TimesWord(t.Text) > 0 || text.OrdinalWords[t.Text] > 0 {
			return true
		}
	}
	return false
}

func hasNumber(toks []text.Token) bool {
	for _, t := range toks {
		if t.Num {
			return true
		}
	}
	return false
}

// remarkWords counts the words of a remark that say something: not stopwords, units, scales
// or months.
func remarkWords(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if t.Sym || text.IsStopword(t.Text) || text.UnitOf(t.Text) != "" || text.MonthOf(t.Text) > 0 || text.AndWords[text.Fold(t.Text)] ||
			text.NumberWord(t.Text) > 0 || text.YearNouns[t.Text] || text.EarlierWords[t.Text] || text.LaterWords[t.Text] {
			continue
		}
		n++
	}
	return n
}

// sourceWordsOf are the words naming each source: its publisher, title and citations, so a
// remark naming who reported the figure is the source's ("…, Trend reports").
func sourceWordsOf(kb *knowledge.KB) map[string][]text.Token {
	out := map[string][]text.Token{}
	for _, src := range kb.Sources {
		all := []string{src.Publisher, src.Title}
		for _, c := range src.Cite {
			all = append(all, c)
		}
		out[src.ID] = text.Tokenize(strings.Join(all, " "), nil)
	}
	return out
}
