package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// openerSeparators end an opener: "я логист, скажите…", "writing a blog post: …".
var openerSeparators = []string{":", " — ", " – ", " - ", ",", "?", "!"}

// maxOpener is how far into a message an opener may run (bytes): a self-description or a
// greeting is short, and a comma further on belongs to the question.
const maxOpener = 60

// WithoutOpener drops what a message says of who asks before its question ("я блогер, пишу
// что…", "I'm a logistics manager — what…", "quick one: …", "Salam, …"): those words name
// nothing the base knows and only weaken the match. A message that is nothing but the opener
// is kept.
func WithoutOpener(msg string) string {
	cut, sepLen := -1, 0
	for _, sep := range openerSeparators {
		if i := separatorAt(msg, sep); i > 0 && i <= maxOpener && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	if cut < 0 {
		return msg
	}
	var arr [16]Token // no allocation for the head of most messages
	head := Tokenize(msg[:cut], arr[:0])
	if !StartsPhrase(head, Openers) || len(head) > 1 && AskWords[head[0].Text] && EndsWithAny(head[1].Text, VerbEndings) {
		return msg // "как логист, …" opens; "Как назывался танкер, …" asks
	}
	rest := msg[cut+sepLen:]
	toks := Tokenize(rest, arr[:0])
	if len(toks) < 2 {
		return msg
	}
	rest = strings.TrimSpace(rest)
	if ThatWords[toks[0].Text] && len(toks) > 3 { // "Интересно, что …", "Maraqlıdır ki, …"
		_, rest, _ = strings.Cut(rest, " ")
		rest = strings.TrimLeft(rest, ", ")
	}
	return rest
}

// separatorAt is where sep first stands in msg, or -1; a comma between digits is a decimal
// one ("3,4 млн т"), no separator.
func separatorAt(msg, sep string) int {
	for from := 0; from < len(msg); {
		i := strings.Index(msg[from:], sep)
		if i < 0 {
			return -1
		}
		at := from + i
		if sep != "," || at == 0 || at+1 >= len(msg) || !isDigitByte(msg[at-1]) || !isDigitByte(msg[at+1]) {
			return at
		}
		from = at + 1
	}
	return -1
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// languageNames are the lexicons' phrases that say which language a text is in, lower case.
var languageNames = func() []string {
	var out []string
	for _, l := range lexicons {
		for _, p := range strings.Split(l.languageNames, "|") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, strings.ToLower(p))
			}
		}
	}
	return out
}()

// WithoutLanguageNames drops the words that say which language a source or a message is in
// ("Trend's Russian service", "на русском", "rus dilində"): "Russian" there names no country
// a figure could be of, and a question quoting a source's Russian edition would otherwise ask
// for something of Russia.
func WithoutLanguageNames(msg string) string {
	lower := strings.ToLower(msg)
	if len(lower) != len(msg) {
		return msg // a letter changes its length when lowered: offsets would not match
	}
	for _, p := range languageNames {
		for from := 0; ; {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			if wordEdge(lower, i-1) && wordEdge(lower, end) {
				msg = msg[:i] + strings.Repeat(" ", len(p)) + msg[end:]
				lower = lower[:i] + strings.Repeat(" ", len(p)) + lower[end:]
			}
			from = end
		}
	}
	return msg
}

// wordEdge reports a byte offset of s outside any word: before its start, past its end, or at
// a byte that is no letter or digit.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
