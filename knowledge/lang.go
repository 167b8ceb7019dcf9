package knowledge

import "strings"

// Words that mark a language, folded like the index (ə→e, қ→к, ...). They double as stopwords:
// words that carry no subject and are left out of retrieval. Kazakh spellings typed with Russian
// letters ("канша", "казакстан") are listed because people type them that way.
var (
	markersRU = wordSet(`и в во на по за с со к ко о об от до из у что как какой какая какое какие каков
		какова каковы сколько когда где кто чем чей это был была было были будет будут ли же между через
		для а ещё еще или его её их есть году год года млн млрд тыс скажи расскажи подскажи пожалуйста
		который которая которые также уже мне нам вы ты они он она сейчас привет здравствуйте спасибо`)
	markersKK = wordSet(`мен жане канша кандай кашан неше бойынша туралы арасындагы арасында бар ма ме ба бе
		па пе кайда кай кайсы ким кимнин не бул осы деген ушин жыл жылы жылгы жылдары жылга ел елдер
		еки зауыт мунай тауар айналым айналымы келисим салды салган болды болады калай казакстан
		азербайжан казакстаннын азербайжаннын казакстанга азербайжанга дейин кейин сайын айтшы рахмет
		салем салеметсиз`)
	markersAZ = wordSet(`ve ile ne nece qeder hansi hansı nedir kim harada vaxt ucun ilde il ili olub oldu edib
		edir edecek bu bir arasinda olan mi mu dir nedir zavod zavodu ticaret dovriyyesi neft milyon
		milyard azerbaycan azerbaycanin qazaxistan qazaxistanin qazaxistanla baki bakida istehsal tikinti
		xerc neyi neyin hansi nece olacaq olacaqdir haqqinda barede gore ucun amma lakin sonra evvel
		salam tesekkur`)
	markersEN = wordSet(`the what how is was were are of and in to many much did does do between who when which
		will a an by for with on about from has have this that it its there their be been tell me please
		where why whose would could should can hello thanks thank
		trade exports imports export import grew growth oil million billion tonnes tons percent year
		capacity investment invested pipeline port railway cargo containers agreement plant reached`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		var toks []token
		for _, t := range tokenize(w, toks) {
			m[t.text] = true
		}
	}
	return m
}

// isStopword reports words that say nothing about the subject in any language.
func isStopword(w string) bool {
	return stopwords[w]
}

var stopwords = wordSet(`и в во на по за с со к ко о об от до из у что как какой какая какое какие каков
	какова каковы сколько когда где кто чем это был была было были будет будут ли же через для а ещё еще
	или его её их есть скажи расскажи подскажи пожалуйста который которая которые также уже мне нам вы ты
	мен жане канша кандай кашан неше туралы ма ме ба бе па пе кайда кай кайсы ким не бул осы деген ушин
	калай айтшы ve ile ne nece qeder hansi nedir kim harada ucun bu bir mi mu dir neyi neyin haqqinda barede
	the what how is was were are of and in to many much did does do who when which will a an by for with on
	about has have this that it its there their be been tell me please where why whose would could should can s like
	составил составила составило составили составляет составляют составлял составит достиг достигла достигло
	достигли является являются и а ну так вот ли bes bəs ve ile idi olub edib edir etdi teşkil teskil ал ше
	еди болды болады курады курайды курады amount amounted amounts total totalled totaled reached reach
	also then so well what's whats var yox уже already artiq артык through via across along into onto аркылы vasitesile
	наоборот обратно vice versa round reverse other way eksine керисинше`)

// periodWords say when, not what: they neither help nor hurt an answer (the figure's period
// decides), like numbers. Month names are recognized separately.
var periodWords = wordSet(`месяц месяца месяцев месяцы первые первых последние month months ay ayı ayda ayinda
	айда айы айлар айында период period dovr dövr кезең итогам итогам по итогу
	год году года лет годы годах year years annual il ilde ili ilin illik жыл жылы жылгы жылдын жылдары`)

// DetectLang tells the language of a text from its letters and words. The hint (the user's
// setting or Telegram language_code) decides only when the text itself does not.
func DetectLang(text string, hint Lang) Lang {
	var cyr, lat, kkLetters, azLetters int
	for _, r := range text {
		switch {
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
			if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				kkLetters++
			}
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			lat++
			if r == 'q' || r == 'x' || r == 'Q' || r == 'X' {
				azLetters++ // frequent in Azerbaijani, rare in English
			}
		case strings.ContainsRune("əƏğĞıİşŞçÇöÖüÜ", r):
			lat++
			azLetters += 3
			if r == 'ə' || r == 'Ə' {
				azLetters += 10
			}
		}
	}
	if cyr == 0 && lat == 0 {
		if _, ok := ParseLang(string(hint)); ok {
			return hint
		}
		return EN
	}
	toks := tokenize(text, make([]token, 0, 16))
	count := func(set map[string]bool) (n int) {
		for _, t := range toks {
			if set[t.text] {
				n++
			}
		}
		return n
	}
	// Every language is scored, whatever the majority script: "На каком форуме подписали
	// соглашение между Dashkasan Iron Ore и Fonte GreenMet?" has more Latin letters than
	// Cyrillic, but only Russian words.
	var score [4]float64 // in the order of Langs: ru, az, kk, en
	score[0] = float64(count(markersRU)) * 2
	score[1] = float64(azLetters + count(markersAZ)*2)
	score[2] = float64(kkLetters*3 + count(markersKK)*2)
	score[3] = float64(count(markersEN)) * 2
	// The majority script breaks ties between a Cyrillic and a Latin language.
	if cyr >= lat {
		score[0] += 0.5
		score[2] += 0.5
	} else {
		score[1] += 0.5
		score[3] += 0.5
	}
	best, tie := 0, false
	for i := 1; i < len(score); i++ {
		switch {
		case score[i] > score[best]:
			best, tie = i, false
		case score[i] == score[best]:
			tie = true
		}
	}
	if score[best] < 1 || tie {
		// Nothing in the text decides (a name, an abbreviation, a number): the hint does,
		// then the script.
		if _, ok := ParseLang(string(hint)); ok && (score[best] < 1 || score[langIndex(hint)] == score[best]) {
			return hint
		}
		if cyr >= lat {
			return RU
		}
		return EN
	}
	return Langs[best]
}
