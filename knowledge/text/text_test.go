package text

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize_FoldsLettersAcrossKeyboards(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"azerbaijani diacritics", "Şəmkir ZAVODU", []string{"semkir", "zavodu"}},
		{"azerbaijani without diacritics", "Semkir zavodu", []string{"semkir", "zavodu"}},
		{"turkic dotted capital I", "İSTEHSAL IĞDIR", []string{"istehsal", "igdir"}},
		{"kazakh letters", "Қазақстан мұнайы", []string{"казакстан", "мунайы"}},
		{"kazakh typed with russian letters", "Казакстан мунайы", []string{"казакстан", "мунайы"}},
		{"russian yo", "ещё ЁЛКА", []string{"еще", "елка"}},
		{"decomposed diacritic", "s\u0327ə", []string{"se"}},
		{"dashes split names", "Баку–Тбилиси—Джейхан", []string{"баку", "тбилиси", "джейхан"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := texts(Tokenize(c.in, nil)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTokenize_Numbers(t *testing.T) {
	cases := []struct{ in, want string }{
		{"3,6 млн", "3.6"},
		{"3.6 million", "3.6"},
		{"3 600 000 тонн", "3600000"},
		{"3\u00a0600\u00a0000", "3600000"},
		{"2024-cü ildə", "2024"},
		{"2025-го", "2025"},
		{"$470M", "470"},
		{"5,244 tankers", "5244"},     // English thousands
		{"4,119 mln tona", "4.119"},   // a comma before a shortened scale is a decimal one
		{"1,485 млн тонн", "1.485"},   // Russian and Kazakh write decimals with a comma…
		{"1,485 milyon ton", "1.485"}, // …and so does Azerbaijani
		{"107 054 TEU", "107054"},     // their thousands are spaces
		{"4,484 миллион тонна", "4.484"},
	}
	for _, c := range cases {
		var first string
		for _, tok := range Tokenize(c.in, nil) {
			if tok.Num {
				first = tok.Text
				break
			}
		}
		if first != c.want {
			t.Errorf("Tokenize(%q): first number %q, want %s", c.in, first, c.want)
		}
	}
	// A year followed by a figure is two numbers, not one thousands-grouped number.
	if got := texts(Tokenize("в 2024 470 млн", nil)); !reflect.DeepEqual(got, []string{"в", "2024", "470", "млн"}) {
		t.Errorf("year and figure merged: %q", got)
	}
}

func TestDetectLang(t *testing.T) {
	cases := []struct {
		text string
		hint Lang
		want Lang
	}{
		{"Кто сейчас возглавляет «Қазақстан темір жолы»?", "", RU}, // a Kazakh name in quotes is no Kazakh
		{"Какой товарооборот был в 2024 году?", "", RU},
		{"What was trade in 2024?", "", EN},
		{"Ticarət dövriyyəsi nə qədər idi?", "", AZ},
		{"Semkir zavodu nece ton istehsal edecek", "", AZ},
		{"kuryk limaninda neche yanalma yeri var", "", AZ}, // "neche", "var": no q or x to tell it
		{"Тауар айналымы қанша?", "", KK},
		{"Казакстан мен Азербайжан арасындагы тауар айналымы канша", "", KK},
		{"Gruziyanyñ jol kartasy qaida qabyldandy", "", KK}, // the 2021 Latin ñ: no Azerbaijani letter
		{"Qazaqstan men Äzerbaijan arasyndağy tauar ainalymy", "", KK},
		{"TMTM qauymdastygynyn jalpy jinalysy qaida otti", "", KK}, // ы as y after a consonant, and q
		{"kabel Aqtaudy qai qalamen qosady?", "", KK},
		{"OECD boiynsha dalizde ne joq? bir organ", "", KK}, // "joq" is Kazakh's "жоқ"; "ne", "bir" both languages'
		{"Qazaxistan ile Azerbaycan arasinda ticaret ne qeder olub", "", AZ},
		{"Quryq portynda neshe aılaq bar", "", KK}, // a Kazakh question word makes the q's Kazakh's
		{"BTC arqyly qazaq munaiy qansha", "", KK}, // not a tie with Azerbaijani read as English
		{"Aktau limaninin gucu ne qeder", "", AZ},
		{"BTC", KK, KK},
		{"2024", AZ, AZ},
		{"", "", EN},
		{"HBI", "", EN},
	}
	for _, c := range cases {
		if got := DetectLang(c.text, c.hint); got != c.want {
			t.Errorf("DetectLang(%q, %q) = %s, want %s", c.text, c.hint, got, c.want)
		}
	}
}

func TestStem_InflectionsMeet(t *testing.T) {
	same := []struct {
		lang Lang
		a, b string
	}{
		{AZ, "zavod", "zavodun"},
		{AZ, "investisiya", "investisiyaları"},
		{KK, "зауыт", "зауыты"},
		{KK, "казакстан", "казакстанга"},
		{RU, "нефть", "нефти"},
		{RU, "товарооборот", "товарооборота"},
		{EN, "agreement", "agreements"},
	}
	for _, c := range same {
		a, b := Stem(c.lang, fold(c.a)), Stem(c.lang, fold(c.b))
		if a != b {
			t.Errorf("%s: stem(%s)=%s, stem(%s)=%s; want equal", c.lang, c.a, a, c.b, b)
		}
	}
}

func fold(s string) string { return Tokenize(s, nil)[0].Text }

func TestSmallTalk(t *testing.T) {
	cases := map[string]Talk{
		"Привет!": Greeting, "Salam": Greeting, "Сәлеметсіз бе?": Greeting, "hi there": NotSmallTalk,
		"Hello": Greeting, "Рахмет!": Thanks, "Спасибо большое": Thanks, "thank you": Thanks,
		"Təşəkkür edirəm": Thanks, "Привет, какой товарооборот?": NotSmallTalk, "2024": NotSmallTalk,
	}
	for in, want := range cases {
		if got := SmallTalk(in); got != want {
			t.Errorf("SmallTalk(%q) = %d, want %d", in, got, want)
		}
	}
}

// Kazakh typed in Latin letters, informally or in the 2021 alphabet, is Kazakh, and reads as
// the folded Cyrillic of the base; English and Azerbaijani stay what they are.
func TestKazakhInLatin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"aktau porty qansha zhuk ondedi", "актау порты канша жук ондеди"},
		{"kuryk porty qai zhyly paidalanuga berildi", "курык порты кай жылы пайдалануга берилди"},
		{"2022 zhyldyn 9 aiynda TMTM boiynsha", "2022 жылдын 9 айында TMTM бойынша"}, // "iy" after a vowel is "йы"
		{"Qazaqstan men Äzerbaijan 2024 jyly BTC", "казакстан мен азербайжан 2024 жылы BTC"},
	} {
		if got := KazakhFromLatin(c.in); got != c.want {
			t.Errorf("KazakhFromLatin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want Lang
	}{
		{"aktau porty 2023 zhyldyn birinshi zhartysynda qansha zhuk ondedi", KK},
		{"Qazaqstan men Äzerbaijan arasyndağy tauar ainalymy qansha?", KK},
		{"How many men work at the bar in Aktau?", EN},
		{"qazaxistan ile azerbaycan arasinda ticaret ne qeder?", AZ},
	} {
		if got := DetectLang(c.in, ""); got != c.want {
			t.Errorf("DetectLang(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// A Kazakh conversation's Latin-letter question is read in Cyrillic, unless it is English.
func TestReadAs(t *testing.T) {
	for _, c := range []struct {
		lang     Lang
		in, want string
	}{
		{KK, "aktau porty qansha", "актау порты канша"},
		{KK, "How much oil goes through BTC?", "How much oil goes through BTC?"},
		{KK, "Ақтау порты", "Ақтау порты"},
		{AZ, "aktau porty qansha", "aktau porty qansha"},
	} {
		if got := ReadAs(c.lang, c.in, nil); got != c.want {
			t.Errorf("ReadAs(%s, %q, nil) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestStem_AzerbaijaniFinalConsonant(t *testing.T) {
	for _, pair := range [][2]string{{"yataq", "yatagindan"}, {"yataq", "yataqdan"}} {
		if a, b := Stem(AZ, Fold(pair[0])), Stem(AZ, Fold(pair[1])); a != b {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: one word", pair[0], a, pair[1], b)
		}
	}
}

func TestReadAs_KeepsNamesTheBaseWrites(t *testing.T) {
	known := map[string]bool{"azerbaijan": true, "metal": true, "company": true, "bank": true}
	keep := func(w string) bool { return known[w] }
	for in, want := range map[string]string{
		"azerbaijan metal company zauyty kashan iske kosiladi": "azerbaijan metal company зауйты кашан иске косилади",
		"dunie zhuzilik bank boiynsha":                         "дуние жузилик банк бойынша", // one known word alone is Kazakh
	} {
		if got := ReadAs(KK, in, keep); got != want {
			t.Errorf("ReadAs(KK, %q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenize_UnitAfterHyphen(t *testing.T) {
	for in, want := range map[string]string{
		"a 184-km section":   "a 184 km section", // a unit
		"2030-ға дейін":      "2030 дейін",       // a case ending, though "га" is hectares
		"2024-cü ildə 3 mln": "2024 ilde 3 mln",
	} {
		var got []string
		for _, tk := range Tokenize(in, nil) {
			if !tk.Sym {
				got = append(got, tk.Text)
			}
		}
		if g := strings.Join(got, " "); g != Fold(want) {
			t.Errorf("Tokenize(%q) = %q, want %q", in, g, Fold(want))
		}
	}
}

func TestStem_KazakhVoicedEnding(t *testing.T) {
	if a, b := Stem(KK, Fold("көлігіне")), Stem(KK, Fold("көлік")); a != b {
		t.Errorf("Stem(көлігіне) = %q, Stem(көлік) = %q: one word", a, b)
	}
}

func TestMonthCountsInDigits(t *testing.T) {
	for in, want := range map[string]string{
		"in the first seven months of 2025": "in the first 7 months of 2025",
		"за первые восемь месяцев":          "за первые 8 месяцев",
		"seven wonders": "seven wonders",
	} {
		if got := MonthCountsInDigits(in); got != want {
			t.Errorf("MonthCountsInDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

// "y" typed for ү: "jyk" is read "жүк" (folded "жук") when the base writes that and not "жык".
func TestReadAs_KazakhYForU(t *testing.T) {
	known := func(w string) bool { return w == "жук" || w == "канша" }
	if got := ReadAs(KK, "kansha jyk tasyldy", known); got != "канша жук тасылды" {
		t.Errorf("ReadAs = %q, want %q", got, "канша жук тасылды")
	}
}

// A word of one or two letters in a phrase is a word of its own in any script: Kazakh "тура
// ма" (is it right?) is not "туралы мақалаға" (according to the article about).
func TestPhraseIn_ShortCyrillicWordIsWhole(t *testing.T) {
	p := PhraseList("тура ма")[0]
	if PhraseIn(Tokenize("туралы макалага сайкес", nil), p) {
		t.Error("'тура ма' found in 'туралы мақалаға'")
	}
	if !PhraseIn(Tokenize("бул тура ма", nil), p) {
		t.Error("'тура ма' not found in itself")
	}
}

// A case ending glued with a hyphen ("ТМТМ-нің", "oecd-nin", "БТД-ға") is no word of its own.
func TestTokenize_HyphenatedCaseEnding(t *testing.T) {
	for in, want := range map[string]string{
		"ТМТМ-нің жүгі":  "тмтм жуги",
		"oecd-nin hesab": "oecd hesab",
		"Баку-Тбилиси":   "баку тбилиси",
	} {
		var got []string
		for _, tok := range Tokenize(in, nil) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("Tokenize(%q) = %q, want %q", in, g, want)
		}
	}
}

// Russian typed in Latin letters ("translit") is Russian, read in Cyrillic; English with a few
// words that would be Russian ones ("do", "a", "to") stays English.
func TestRussianInLatin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"skolko dnei seichas idet gruz po srednemu koridoru?", "сколко дней сейчас идет груз по среднему коридору?"},
		{"optovolokno cherez kaspii uzhe prolozhili", "оптоволокно через каспий уже проложили"},
		{"skolko deneg ES poobeshal v tsentralnoi azii", "сколко денег ES пообешал в централной азий"}, // "ii" may be -ий or -ии: one typo either way
		{"tovarooborot KZ i AZ v 2024 godu", "товарооборот KZ и AZ в 2024 году"},                       // no keep: capitals stay
	} {
		if got := RussianFromLatin(c.in, nil); got != c.want {
			t.Errorf("RussianFromLatin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want Lang
	}{
		{"skolko dnei seichas idet gruz po srednemu koridoru?", RU},
		{"mezhpravsoglashenie po TMTM mezhdu KZ i AZ uzhe podpisali?", RU},
		{"How much cargo do ports on the Caspian handle a year?", EN},
		{"What is the capacity of the port of Baku now?", EN},
		{"bakı limanı ne qeder yuk qebul edib", AZ},
	} {
		if got := DetectLang(c.in, ""); got != c.want {
			t.Errorf("DetectLang(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	if got := ReadAs(RU, "optovolokno cherez kaspii uzhe prolozhili", nil); got != "оптоволокно через каспий уже проложили" {
		t.Errorf("ReadAs(RU, translit) = %q", got)
	}
	writes := func(w string) bool { return w == "btc" }
	if got := RussianFromLatin("skolko nefti ES i BTC", writes); got != "сколко нефти ес и BTC" {
		t.Errorf("RussianFromLatin with the base's words = %q, want ES read as ЕС and BTC kept", got)
	}
}

// What a message says of who asks, before its question, is dropped; a comma inside a question
// or an opener with nothing after it stays.
func TestWithoutOpener(t *testing.T) {
	for in, want := range map[string]string{
		"Как назывался танкер, доставивший первую партию?":                "Как назывался танкер, доставивший первую партию?",
		"я блогер, пишу что в 2022 грузопоток удвоился — до какой цифры?": "пишу что в 2022 грузопоток удвоился — до какой цифры?",
		"writing a blog post: TITR tonnage in 2019 vs 2025?":              "TITR tonnage in 2019 vs 2025?",
		"i'm a logistics manager — the port of baku's second phase?":      "the port of baku's second phase?",
		"Salam, Bakı limanının gücü nə qədərdir?":                         "Bakı limanının gücü nə qədərdir?",
		"Қазақстан мен Әзірбайжан, 2024 жылғы сауда":                      "Қазақстан мен Әзірбайжан, 2024 жылғы сауда",
		"Aktau, Kuryk: capacity?":                  "Aktau, Kuryk: capacity?",
		"привет, как дела":                         "как дела",
		"как логист, скажите: сколько TEU в 2024?": "скажите: сколько TEU в 2024?",
		"hi:": "hi:",
		// "как" is an opener ("как логист, …"), not the start of "какой"; "mən" not of "mənbə"
		"Какой порт лучше для транзита — Актау или Курык?": "Какой порт лучше для транзита — Актау или Курык?",
		"Mənbəyə görə: 2024-də ticarət nə qədər olub?":     "Mənbəyə görə: 2024-də ticarət nə qədər olub?",
	} {
		if got := WithoutOpener(in); got != want {
			t.Errorf("WithoutOpener(%q) = %q, want %q", in, got, want)
		}
	}
}

// Numbers spelled out are written in digits, in the words of their language; small ones and a
// lone number word stay ("bəs bir" folds to "beş bir").
func TestSpelledNumbersInDigits(t *testing.T) {
	for _, c := range []struct {
		lang    Lang
		in, out string
	}{
		{RU, "прошло четыре миллиона сто тысяч тонн?", "прошло 4100000 тонн?"},
		{RU, "прошло четыре с половиной миллиона тонн", "прошло 4500000 тонн"},
		{RU, "до пяти миллионов тонн", "до 5000000 тонн"},
		{RU, "4 миллиона сто тысяч", "4100000"},
		{RU, "4 миллиона тонн", "4 миллиона тонн"},
		{RU, "первые восемь месяцев", "первые 8 месяцев"}, // a count of months, as of years
		{KK, "соңғы жеті жылда неше есе", "соңғы 7 жылда неше есе"},
		{EN, "over the last seven years", "over the last 7 years"},
		{AZ, "bəs bir il əvvəl eyni dövrdə?", "bəs bir il əvvəl eyni dövrdə?"}, // folded "bəs bir" is "beş bir": no six years
		{KK, "2024 жылдың он бір айында", "2024 жылдың 11 айында"},
		{EN, "titr tonnage twenty twenty?", "titr tonnage 2020?"},
		{EN, "trade in twenty twenty-four", "trade in 2024"},
		{RU, "товарооборот за двадцать четвертый год?", "товарооборот за 2024 год?"},
		{RU, "двадцать пятое заседание", "двадцать пятое заседание"},
		{EN, "four and a half million tonnes", "4500000 tonnes"},
		{EN, "two hundred and fifty thousand TEU", "250000 TEU"},
		{EN, "which one is bigger", "which one is bigger"},
		{AZ, "dörd yarım milyon ton", "4500000 ton"},
		{AZ, "bes bir bere nece vaqon", "bes bir bere nece vaqon"},
		{KK, "төрт жарым миллион тонна", "4500000 тонна"},
		{EN, "climbed sixty-two percent to four and a half million tonnes", "climbed 62 percent to 4500000 tonnes"},
		{EN, "sixty two percent", "62 percent"},
		{EN, "four point one two million tons", "4120000 tons"},
		{RU, "порядка трёх целых четырёх десятых миллиона тонн", "порядка 3400000 тонн"},
		{AZ, "üç tam onda dörd milyon ton", "3400000 ton"},
		{KK, "үш бүтін оннан төрт миллион тонна", "3400000 тонна"},
		{EN, "twenty-five years", "25 years"},
	} {
		if got := SpelledNumbersInDigits(c.lang, c.in); got != c.out {
			t.Errorf("SpelledNumbersInDigits(%s, %q) = %q, want %q", c.lang, c.in, got, c.out)
		}
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("Слышал на mincom.gov.az, что транзит 3.6 млн т. Это правда?! Сколько в 2024?")
	want := []string{"Слышал на mincom.gov.az, что транзит 3.6 млн т.", "Это правда?!", "Сколько в 2024?"}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
	if got := Sentences("one question"); !slices.Equal(got, []string{"one question"}) {
		t.Errorf("Sentences(one) = %q", got)
	}
	for msg, want := range map[string]bool{"one question?": false, "3.6 Mt? ": false, "I read it. How much?": true, "gov.az says 5": false} {
		if got := SeveralSentences(msg); got != want {
			t.Errorf("SeveralSentences(%q) = %v, want %v", msg, got, want)
		}
	}
}

func TestTokenize_ApostropheEndings(t *testing.T) {
	var got []string
	for _, tok := range Tokenize("Kazakistan'dan 2027'ye Aliyev’in Kazakhstan's O'Neill", nil) {
		got = append(got, tok.Text)
	}
	want := []string{"kazakistan", "2027", "aliyev", "kazakhstan", "o", "neill"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

func TestUnitOf_AbbreviationsAreNoKilometres(t *testing.T) {
	for w, want := range map[string]string{"km": "km", "kilometres": "km", "kmg": "", "км": "km", "кмг": ""} {
		if got := UnitOf(w); got != want {
			t.Errorf("UnitOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// A case ending typed onto an abbreviation without a hyphen is set apart, so the
// abbreviation reads as itself; a word written in capitals alone, or a name, is left.
func TestGluedEndingsApart(t *testing.T) {
	for in, want := range map[string]string{
		"ЕҚДБтің деректері бойынша": "ЕҚДБ-тің деректері бойынша",
		"BTCnin gücü":        "BTC-nin gücü",
		"ЕҚДБ-ның деректері": "ЕҚДБ-ның деректері",
		"NATO and EU":        "NATO and EU",
		"McDonald":           "McDonald",
	} {
		if got := gluedEndingsApart(in); got != want {
			t.Errorf("gluedEndingsApart(%q) = %q, want %q", in, got, want)
		}
	}
}

// Kazakh in the 2018 Latin alphabet (acute letters) reads as Kazakh, like the 2021 one.
func TestKazakhFromLatin_AcuteAlphabet(t *testing.T) {
	got := KazakhFromLatin("Qazaqstan men Ázerbaijan saýdasy 2023 jyly neshe paıyzǵa óskti")
	for _, want := range []string{"казакстан", "азербайжан", "саудасы", "2023"} {
		if !strings.Contains(got, want) {
			t.Errorf("KazakhFromLatin = %q, want %q in it", got, want)
		}
	}
}

// Shortened words are read as the words they stand for, whole words only and keeping the
// rest of the text (line breaks too) as typed.
func TestReadAs_Shortenings(t *testing.T) {
	got := ReadAs(EN, "New Baku Intl port: govt plan for 3 yrs?\nintlx stays", nil)
	want := "New Baku international port: government plan for 3 years?\nintlx stays"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if s := "Курык, ж/д паром"; ReadAs(RU, s, nil) != "Курык, железная дорога паром" {
		t.Errorf("ru: %q", ReadAs(RU, s, nil))
	}
}

// A question asking which country, company or city asks for a name, also with a word between.
func TestAsksWhichName(t *testing.T) {
	for q, want := range map[string]bool{
		"Kazakhstan, Azerbaijan and which third country?": true,
		"KZ, AZ and which 3rd country?":                   true, // an ordinal in digits between
		"which countries signed it":                       true,
		"which year was it signed":                        false,
		"how much trade in 2024":                          false,
	} {
		if got := AsksWhichName(Tokenize(q, nil)); got != want {
			t.Errorf("%q: got %v", q, got)
		}
	}
}

// The 2018 Latin alphabet (acute letters) writes и and й with a dotless ı, and я as ıa; the
// 2021 one writes ы with it.
func TestKazakhFromLatin_2018Alphabet(t *testing.T) {
	for in, want := range map[string]string{
		"Ázerbaıjan ekonomıkasyna salǵan ınvestıcııasy": "азербайжан економикасына салган инвестисиясы",
		"Qazaqstan jäne Äzerbaijan saudasy şyğys":       "казакстан жане азербайжан саудасы шыгыс",
		"Türkiya özin negizgi oiynşy retinde körsetedi": "туркия озин негизги ойыншы ретинде корсетеди",
	} {
		if got := KazakhFromLatin(in); got != want {
			t.Errorf("KazakhFromLatin(%q) = %q, want %q", in, got, want)
		}
	}
}

// Kazakh in the 2018 Latin alphabet (acute letters, ı for и) is Kazakh, not Azerbaijani.
func TestDetectLang_Kazakh2018Latin(t *testing.T) {
	if got := DetectLang("Qazaqstannyń Ázerbaıjan ekonomıkasyna salǵan ınvestıcııasy 69,7 mln dollar", ""); got != KK {
		t.Errorf("DetectLang = %s, want kk", got)
	}
	if got := DetectLang("Azərbaycanın Qazaxıstana investisiyası 225 milyon dollar olub", ""); got != AZ {
		t.Errorf("DetectLang = %s, want az", got)
	}
}

// Years typed short with an ordinal ending ("25го", "за 24-й", "24-cü ildə") or before the
// singular "year" ("за 24 год", "24 жылы") are the years; a day of a month ("25-го октября"),
// an ordinal ("21-ci iclas") and a count of years ("son 25 ilin", "за 24 года") stay.
func TestShortYearsInFull(t *testing.T) {
	for _, c := range []struct {
		lang    Lang
		in, out string
	}{
		{RU, "а за янв-авг 25го скока?", "а за янв-авг 2025 скока?"},
		{RU, "товарооборот за 24-й", "товарооборот за 2024"},
		{RU, "товарооборот аз кз за 24 год скока", "товарооборот аз кз за 2024 год скока"},
		{RU, "что было 25-го октября", "что было 25-го октября"},
		{RU, "3-й этап порта", "3-й этап порта"},
		{RU, "за 24 года", "за 24 года"},
		{AZ, "24-cü ildə ticarət", "2024 ildə ticarət"},
		{AZ, "21-ci iclas", "21-ci iclas"},
		{AZ, "son 25 ilin ən yüksək göstəricisi", "son 25 ilin ən yüksək göstəricisi"},
		{KK, "24 жылы тауар айналымы", "2024 жылы тауар айналымы"},
		{EN, "trade in 24", "trade in 24"},
	} {
		if got := shortYearsInFull(c.lang, c.in); got != c.out {
			t.Errorf("shortYearsInFull(%s, %q) = %q, want %q", c.lang, c.in, got, c.out)
		}
	}
}

func TestDenies_KazakhNegatedVerbs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"ол Солтүстік дәлізді толық алмастыра алмайтынын атап өтті", true},
		{"порт қыста жұмыс істемейді", true},
		{"дәліз Солтүстік дәлізді алмастыра алады", false},
		{"мұнай тасымалы артты", false}, // "мұнай" (oil) is no negation
		{"the port does not close", true},
	} {
		if got := Denies(Tokenize(c.in, nil)); got != c.want {
			t.Errorf("Denies(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestReadAs_KazakhLettersInLatinWords(t *testing.T) {
	got := ReadAs(KK, "ADY toraғasy kim?\nKuryk portyndaғy terminal", nil)
	if !strings.Contains(got, "торагасы") || !strings.Contains(got, "портындагы") || !strings.Contains(got, "\n") {
		t.Errorf("ReadAs = %q, want the Latin words read in Cyrillic, the line kept", got)
	}
}

func TestReadAs_OfficeShortenings(t *testing.T) {
	for _, c := range []struct {
		lang     Lang
		in, want string
	}{
		{RU, "курык порт кто гендир?", "генеральный директор"},
		{EN, "ebrd central asia md name?", "managing director"},
	} {
		if got := ReadAs(c.lang, c.in, nil); !strings.Contains(got, c.want) {
			t.Errorf("ReadAs(%s, %q) = %q, want it to contain %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestTokenize_LatinIInACyrillicWord(t *testing.T) {
	toks := Tokenize("халыкаралык серiктестiк жонiндегi", nil)
	if len(toks) != 3 || toks[1].Text != "сериктестик" || toks[2].Text != "жониндеги" {
		t.Errorf("tokens %+v, want the Latin i read as the Kazakh і", toks)
	}
}

func TestAsksWhy_Phrases(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"перевалка нефти выросла, из-за чего?", true},
		{"мұнай тасымалы не себепті өсті?", true},
		{"Ақтау портының қуаты не?", false}, // "не" alone asks what, not why
		{"what caused the rise in oil transshipment?", true},
		{"neft aşırması nə üçün artıb?", true},
	} {
		if got := AsksWhy(Tokenize(c.in, nil)); got != c.want {
			t.Errorf("AsksWhy(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// An ordinal's ending glued to its number, with or without the hyphen, makes no figure; a
// unit glued to one does not make an ordinal.
func TestTokenize_OrdinalsWithoutHyphen(t *testing.T) {
	for s, want := range map[string]bool{"2ci mərhələ": true, "3cu merhele": true, "2-ші кезең": true, "1я очередь": true, "2-ci": true, "25 mln": false, "7m": false, "2024de": false} {
		toks := Tokenize(s, nil)
		if len(toks) == 0 || !toks[0].Num || toks[0].Ord != want {
			t.Errorf("%q: tokens %+v, want an ordinal: %v", s, toks, want)
		}
	}
}

// English "n't" denies: "can't" reads "can not", not "can" (the ending once was dropped as
// a possessive's), while "Kazakhstan's" keeps nothing of its ending.
func TestTokenize_NegatingContraction(t *testing.T) {
	for s, want := range map[string]string{
		"it can't fully replace": "it can not fully replace",
		"it doesn’t":             "it doesn not",
		"Kazakhstan's ports":     "kazakhstan ports",
		"Kazakistan'dan gelen":   "kazakistan gelen",
	} {
		var got []string
		for _, tk := range Tokenize(s, nil) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Tokenize(%q) = %q, want %q", s, strings.Join(got, " "), want)
		}
		if Denies(Tokenize(s, nil)) != strings.Contains(want, "not") {
			t.Errorf("Denies(%q) = %v", s, !strings.Contains(want, "not"))
		}
	}
}

// A dative ending cut off after a hyphen or apostrophe is kept as a mark: "TEU-ya qədər" is
// "up to", where "TEU qədər" is "about".
func TestTokenize_DativeEnding(t *testing.T) {
	for s, want := range map[string]bool{
		"110 min TEU-ya qədər": true,
		"2027-yə qədər":        true,
		"Kazakistan'a gelen":   true,
		"110 min TEU qədər":    false,
		"2022-də":              false,
		"Kazakhstan's ports":   false,
	} {
		got := false
		for _, tk := range Tokenize(s, nil) {
			got = got || tk.Dative
		}
		if got != want {
			t.Errorf("Tokenize(%q) marks a dative: %v, want %v", s, got, want)
		}
	}
}

func TestNumericDates(t *testing.T) {
	for _, c := range []struct {
		lang     Lang
		in, want string
	}{
		{RU, "открыли в Баку 30.10.2017, по соглашению", "открыли в Баку 30 октябр 2017, по соглашению"},
		{EN, "opened on 30/10/2017", "opened on 30 october 2017"},
		{AZ, "1.5.2024 imzalanıb", "1 mayin 2024 imzalanıb"},
		{RU, "рост 30,5% и 4.484 млн т", "рост 30,5% и 4.484 млн т"}, // no date: unchanged
		{EN, "on 45.13.2017", "on 45.13.2017"},                       // no such day or month
	} {
		if got := NumericDates(c.lang, c.in); got != c.want {
			t.Errorf("NumericDates(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// A number said in millions and thousands is one figure; a million beside another figure
// is not joined to it.
func TestCompoundNumbersJoined(t *testing.T) {
	for in, want := range map[string]string{
		"BTC ile 1 milyon 923 min ton neft":   "BTC ile 1923 min ton neft",
		"прокачал 1 млн 923 тыс. тонн":        "прокачал 1923 тыс. тонн",
		"2 million 200 thousand tonnes":       "2200 thousand tonnes",
		"1 million tonnes 200 days":           "1 million tonnes 200 days",
		"5 million in 2024, 300 thousand TEU": "5 million in 2024, 300 thousand TEU",
	} {
		if got := CompoundNumbersJoined(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
