package text

// Talk is what a message is when it is not a question: a greeting or thanks deserve a
// friendly reply, not "I don't know".
type Talk int

// Kinds of small talk.
const (
	NotSmallTalk Talk = iota
	Greeting
	Thanks
)

// SmallTalk tells a greeting ("Привет!", "Salam", "Сәлеметсіз бе") or thanks ("Рахмет!")
// from a question: every word must belong to the one or the other.
func SmallTalk(text string) Talk {
	toks := Tokenize(text, nil)
	if len(toks) == 0 || len(toks) > 6 {
		return NotSmallTalk
	}
	greet, thank := true, true
	for _, t := range toks {
		if t.Num {
			return NotSmallTalk
		}
		greet = greet && greetingWords[t.Text]
		thank = thank && thanksWords[t.Text]
	}
	switch {
	case greet:
		return Greeting
	case thank:
		return Thanks
	}
	return NotSmallTalk
}
