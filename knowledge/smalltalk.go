package knowledge

// Talk is what a message is when it is not a question: a greeting or thanks deserve a
// friendly reply, not "I don't know".
type Talk int

// Kinds of small talk.
const (
	NotSmallTalk Talk = iota
	Greeting
	Thanks
)

var (
	greetingWords = wordSet(`привет здравствуй здравствуйте добрый доброе день утро вечер hello hi hey
		good morning afternoon evening salam salamlar salaam merhaba sabahiniz xeyir axsaminiz
		салам салем салеметсиз салеметсизбе бе кайырлы таныныз кунициз`)
	thanksWords = wordSet(`спасибо благодарю большое thanks thank you much tesekkur tesekkurler edirem sag ol olun
		рахмет рахмат коп улкен`)
)

// SmallTalk tells a greeting ("Привет!", "Salam", "Сәлеметсіз бе") or thanks ("Рахмет!")
// from a question: every word must belong to the one or the other.
func SmallTalk(text string) Talk {
	toks := tokenize(text, nil)
	if len(toks) == 0 || len(toks) > 6 {
		return NotSmallTalk
	}
	greet, thank := true, true
	for _, t := range toks {
		if t.num {
			return NotSmallTalk
		}
		greet = greet && greetingWords[t.text]
		thank = thank && thanksWords[t.text]
	}
	switch {
	case greet:
		return Greeting
	case thank:
		return Thanks
	}
	return NotSmallTalk
}
