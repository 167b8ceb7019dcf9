package knowledge

import "github.com/corridorbot/corridorbot/knowledge/text"

// The text operations the rest of the product needs, so that handlers need not know the
// knowledge/text package: see there for how they work.

// NFC returns s in Unicode normalization form C, which the language detector expects.
func NFC(s string) string { return text.NFC(s) }

// DetectLang tells the language of a text; the hint decides only when the text does not.
func DetectLang(s string, hint Lang) Lang { return text.DetectLang(s, hint) }

// Talk is what a message is when it is not a question: a greeting or thanks.
type Talk = text.Talk

// Kinds of small talk.
const (
	NotSmallTalk = text.NotSmallTalk
	Greeting     = text.Greeting
	Thanks       = text.Thanks
)

// SmallTalk tells a greeting or thanks from a question.
func SmallTalk(s string) Talk { return text.SmallTalk(s) }
