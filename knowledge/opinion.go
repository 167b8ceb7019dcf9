package knowledge

// Opinion, judgement and prediction questions ("Is the Middle Corridor a good investment?",
// "Will Aliyev and Tokayev fall out?") have no sourced answer, however many facts share their
// words: the bot says it states facts only. A question about a sourced forecast ("what
// volume is expected by 2030?") is not one of them: it asks what a source expects.

// opinionPhrases are folded word sequences (prefixes of each word) that ask for a view.
var opinionPhrases = phraseList(`
	ты думаешь|вы думаете|как думаешь|как думаете|ваше мнение|твое мнение|твоё мнение|по вашему мнению|по-вашему|по твоему
	стоит ли|стоит вкладывать|стоит инвестировать|выгодно ли|хорошая ли|хорошее ли|хороший ли|хорошо ли|плохо ли|лучше ли|что лучше|кто лучше|какой лучше|какая лучше
	перспективн|поссорят|рассорят|оцените|как вы оцениваете|правильно ли|можно ли доверять|рискованн|безопасно ли
	do you think|you think|your opinion|in your view|your view|worth it|worth investing|good investment|bad investment|is it good|is it bad
	should i|should we|would you|recommend|which is better|is better|better than|worse than|promising|fall out|risky|is it safe|
	sizce|sence|fikrin|fikriniz|fikrince|deyermi|deyer mi|yaxsidirmi|yaxsi investisiya|daha yaxsi|hansi yaxsi|meslehet|dusunursen|dusunursunuz|perspektivli|riskli|etibarli
	калай ойлайсыз|калай ойлайсын|пикириниз|пикирин|сиздинше|сенинше|тура ма|турарлык|жаксы ма|жаксы инвестиция|кайсысы жаксы|жаксырак|усынасыз|перспективалы|тауекел|сенуге бола
`)

// AsksOpinion reports a question that asks for a view, a judgement or a prediction.
func AsksOpinion(text string) bool {
	toks := tokenize(text, nil)
	for _, p := range opinionPhrases {
		if phraseIn(toks, p) {
			return true
		}
	}
	return false
}

// phraseList splits a list of |-separated phrases and folds each word like the index.
func phraseList(s string) [][]string {
	var out [][]string
	for _, line := range splitAny(s, "|\n") {
		var words []string
		for _, t := range tokenize(line, nil) {
			words = append(words, t.text)
		}
		if len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}

// phraseIn reports the words of p in a row in toks, each a prefix of its token.
func phraseIn(toks []token, p []string) bool {
	for i := 0; i+len(p) <= len(toks); i++ {
		ok := true
		for k, w := range p {
			t := toks[i+k]
			if t.num || len(t.text) < len(w) || t.text[:len(w)] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func splitAny(s, seps string) []string {
	var out []string
	start := 0
	for i, r := range s {
		for _, sep := range seps {
			if r == sep {
				out = append(out, s[start:i])
				start = i + len(string(r))
			}
		}
	}
	return append(out, s[start:])
}
