package text

import "strings"

// openerSeparators end an opener: "я логист, скажите…", "writing a blog post: …".
var openerSeparators = []string{":", " — ", " – ", " - ", ","}

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
		if i := strings.Index(msg, sep); i > 0 && i <= maxOpener && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	if cut < 0 {
		return msg
	}
	var arr [16]Token // no allocation for the head of most messages
	if !StartsPhrase(Tokenize(msg[:cut], arr[:0]), Openers) {
		return msg
	}
	rest := msg[cut+sepLen:]
	if len(Tokenize(rest, arr[:0])) < 2 {
		return msg
	}
	return strings.TrimSpace(rest)
}
