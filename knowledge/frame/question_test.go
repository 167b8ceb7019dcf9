package frame

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

func TestAsksPrediction(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Will the Caspian fibre cable turn Azerbaijan into a digital hub?", true},
		{"Тоқаев пен Әлиев келесі жылы тағы кездесе ме", true},
		{"Azərbaycan və Qazaxıstan ortaq valyutaya keçməlidirmi?", true},
		{"will the trans-caspian fibre cable be finished this year?", false}, // a schedule answers it
		{"Will the Aktau hub be completed by 2025?", false},                  // a plan for a year
		{"How much will trade reach next year?", false},                      // asks for a figure
		{"Sanqaçal terminalına gələn ilk Qazaxıstan nefti hansı yataqdan idi?", false},
	} {
		if got := AsksPrediction(text.Tokenize(c.q, nil)); got != c.want {
			t.Errorf("%q: prediction %v, want %v", c.q, got, c.want)
		}
	}
}

func TestSinceYear(t *testing.T) {
	for _, c := range []struct {
		q    string
		want int
	}{
		{"how much Kazakh oil went through BTC since 2023", 2023},
		{"2023-den indiye qeder BTC ile nece milyon ton qazax nefti", 2023},
		{"2023 жылдан бері БТҚ арқылы қанша мұнай", 2023},
		{"how much Kazakh oil went through BTC in 2023", 0},
		{"Qazaxıstan 2022-ci ildə", 0}, // "-ci" is no "since"
	} {
		if got := SinceYear(c.q, text.Tokenize(c.q, nil)); got != c.want {
			t.Errorf("%q: since %d, want %d", c.q, got, c.want)
		}
	}
}

func TestWhenClause(t *testing.T) {
	if !WhenClause("Какой мощностью располагал порт Актау, когда туда приезжал премьер?") {
		t.Error("', когда туда приезжал' opens a clause")
	}
	if WhenClause("Когда открыли БТК?") {
		t.Error("'Когда открыли' asks when")
	}
}

// A name asked before a "when" clause is what the question wants; "…and when?" asks when.
func TestWhenClause_AfterANameAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"which prime ministers were present when the cable agreement was signed": true,
		"who did the EU study on transport links and when?":                      false,
		"when was it signed and who signed it?":                                  false,
	} {
		if got := WhenClause(q); got != want {
			t.Errorf("WhenClause(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestWhenClause_AfterAFigureAsked(t *testing.T) {
	if !WhenClause("до какого объема дорастет мощность портов когда построят терминал саржа") {
		t.Error("a 'когда' after 'до какого объема' dates the figure asked")
	}
}

// "Which port is better?" asks for a judgement in every language, however the words between.
func TestAsksOpinion_WhichIsBetter(t *testing.T) {
	for q, want := range map[string]bool{
		"Какой порт лучше для транзита — Актау или Курык?":  true,
		"which port is better for transit, Aktau or Kuryk?": true,
		"Hansı liman tranzit üçün daha yaxşıdır?":           true,
		"Қай порт транзитке жақсырақ?":                      true,
		"Which port handled more cargo in 2023?":            false,
		"Какой порт перевалил больше грузов в 2023 году?":   false,
		"Орта дәліз қазір пайдалы ма?":                      true,
		"Средний коридор уже прибыльный?":                   true,
		"Операторлар қай жолды жақсы көреді?":               false, // "prefer", as a source reports it
	} {
		if got := AsksOpinion(q); got != want {
			t.Errorf("AsksOpinion(%q) = %v, want %v", q, got, want)
		}
	}
}

// "ЕҚДБ пікірінше" (in the EBRD's view) attributes a figure; "сіздің пікіріңіз" asks one.
func TestAsksOpinion_ViewOfASourceIsNoRequest(t *testing.T) {
	if AsksOpinion("ЕҚДБ пікірінше, Солтүстік дәліз транзитінің неше пайызы ауысуы мүмкін?") {
		t.Error("a source's view read as a request for the bot's")
	}
	if !AsksOpinion("сіздің пікіріңіз қандай?") {
		t.Error("a request for the bot's view not read as one")
	}
}

// A sentence asking two things splits at the "and" with a question word beside it; "and"
// joining names, or a question word with nothing named, does not split.
func TestTwoQuestions(t *testing.T) {
	for q, want := range map[string]string{
		"What was Aktau port's cargo turnover in Jan–Oct 2023, and what's its plan for 2026?":                "what's its plan for 2026?",
		"Сколько TEU обработал порт Баку и какова мощность первой очереди?":                                  "какова мощность первой очереди?",
		"Trend-тің хабарлауынша, ТМТМ бойынша жүк тасымалы неше есе өсті және Түркия бөлігінде қанша болды?": "Түркия бөлігінде қанша болды?",
		"How much trade between Kazakhstan and Azerbaijan in 2024?":                                          "",
		"кто строит кабель по дну каспия между сумгаитом и актау, какие компании":                            "",
		"How much and when?": "",
		"в новости пишут, что в 2025 по коридору ждали 5,2 млн т. а сколько по факту вышло за прошлый год?": "",
	} {
		_, second, ok := TwoQuestions(q)
		if second != want || ok != (want != "") {
			t.Errorf("TwoQuestions(%q) = %q, %v; want %q", q, second, ok, want)
		}
	}
}

// A statement quoting a figure before a dash is the context of the question after it; a
// date or a year before the dash quotes no figure.
func TestStatementThenQuestion(t *testing.T) {
	for q, want := range map[string]bool{
		"PortNews puts Aktau port capacity at about 12 million tonnes in 2023 — what capacity does the Astana Times give?": true,
		"Казинформ пишет 14,3% — какой процент в другой заметке?":                                                          true,
		"TITR 2024 — how many tonnes?":                                           false,
		"Trend (10 March 2026) on a container target up to 2029 — how many TEU?": false,
		"Aktau 12 million tonnes — PortNews":                                     false,
		"Ақтау 11 млн тоннадан асады дейді, ал Құрықтың жобалық қуаты қанша?":   true,  // a question word closes a short Kazakh question
		"Aktau oil rose 54% in 2023. And the whole port's cargo — how many Mt?": false, // the sentence before the dash states nothing
	} {
		if got := StatementThenQuestion(q) != q; got != want {
			t.Errorf("StatementThenQuestion(%q) split = %v, want %v", q, got, want)
		}
	}
}

// "Better than" judges; "will it really hit" doubts a plan: both ask for a view.
func TestAsksOpinion_BetterThanAndReally(t *testing.T) {
	for q, want := range map[string]bool{
		"orta dehliz simal dehlizinden yaxsidir?":                true,
		"Is the Middle Corridor better than the Northern route?": true,
		"Средний коридор лучше, чем северный?":                   true,
		"will kazakh oil via btc really hit 7 mt in 2027?":       true,
		"how much kazakh oil will go via btc in 2027?":           false,
	} {
		if got := AsksOpinion(q); got != want {
			t.Errorf("AsksOpinion(%q) = %v, want %v", q, got, want)
		}
	}
}

// "Will it definitely…", "mütləq bitəcək?": a doubt about a plan asks for a view.
func TestAsksOpinion_Definitely(t *testing.T) {
	for _, q := range []string{"Will Kazakhstan definitely ship 7 million tons of oil via BTC in 2027?", "fiber optik kabel 2026 sonuna mutleq bitecek?"} {
		if !AsksOpinion(q) {
			t.Errorf("AsksOpinion(%q) = false", q)
		}
	}
}

// "According to the OECD, when did they sign…?" asks when; "what capacity did Aktau have,
// when the prime minister came?" dates what it asks.
func TestWhenClause_AfterAnAttribution(t *testing.T) {
	if WhenClause("According to the OECD, when did Kazakhstan, Azerbaijan and Türkiye sign the protocol?") {
		t.Error("an attribution's comma read as a when-clause")
	}
	if !WhenClause("what capacity did Aktau have, when the prime minister came?") {
		t.Error("a when-clause not read")
	}
}

// "Məsləhətləşmə görüşü" is a consultative meeting, not advice asked for; "məsləhət
// görürsünüz?" asks for advice.
func TestAsksOpinion_ConsultativeMeetingIsNoAdvice(t *testing.T) {
	if AsksOpinion("Merkezi Asiya dovlet bascilarinin 5-ci meslehetlesme gorusu harada kecirilib?") {
		t.Error("a consultative meeting read as advice asked for")
	}
	if !AsksOpinion("Orta Dehlize investisiya qoymagi meslehet gorursunuz?") {
		t.Error("advice asked for not read as such")
	}
}

// What a source advises is a fact to report; only advice asked of the bot is an opinion.
func TestAsksOpinion_AdviceOfASourceIsNoRequest(t *testing.T) {
	if AsksOpinion("dunya banki titr ucun vahid operatorla bagli ne meslehet gorur") {
		t.Error("the World Bank's advice read as a request for the bot's")
	}
	if !AsksOpinion("orta dehlize investisiya etmeyi meslehet gorursunuz?") {
		t.Error("advice asked of the bot not read as a request for an opinion")
	}
}

// Azerbaijani "necə" (how) and "neçə" (how many) fold into one word: typed without
// diacritics, a verb after it asks how, "to be" or a noun after it how many.
func TestAsksAmount_HowOrHowMany(t *testing.T) {
	for q, want := range map[string]bool{
		"orta dehliz xezer denizini nece kecir": false,
		"yukdasima nece deyisib":                false,
		"konteyner qatarlarinin sayi nece olub": true,
		"aktau limani nece ton yuk asirib":      true,
		"btk nece ildir isleyir":                true,
		"orta dəhliz xəzər dənizini necə keçir": false,
		"ticaret nece olacaq":                   true,
	} {
		if got := AsksAmount(text.Tokenize(text.Fold(q), nil), q); got != want {
			t.Errorf("AsksAmount(%q) = %v, want %v", q, got, want)
		}
	}
}
