package engine

import "github.com/corridorbot/corridorbot/knowledge/text"

// Opinion, judgement and prediction questions ("Is the Middle Corridor a good investment?",
// "Will Aliyev and Tokayev fall out?") have no sourced answer, however many facts share their
// words: the bot says it states facts only. A question about a sourced forecast ("what
// volume is expected by 2030?") is not one of them: it asks what a source expects.

// AsksOpinion reports a question that asks for a view, a judgement or a prediction.
func AsksOpinion(msg string) bool {
	toks := text.Tokenize(msg, nil)
	for _, p := range text.OpinionPhrases {
		if text.PhraseIn(toks, p) {
			return true
		}
	}
	return false
}
