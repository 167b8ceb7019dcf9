package text

// azerbaijani: the Azerbaijani word lists (see lexicon for what each one is for), as typed
// with or without diacritics: the lists are folded (ə→e, ı→i), so either spelling matches.
var azerbaijani = lexicon{
	markers: `ve ile ne nece qeder hansi hansı nedir kim harada vaxt ucun ilde il ili olub oldu edib
		edir edecek bu bir arasinda olan mi mu dir nedir zavod zavodu ticaret dovriyyesi neft milyon
		milyard azerbaycan azerbaycanin qazaxistan qazaxistanin qazaxistanla baki bakida istehsal tikinti
		xerc neyi neyin hansi nece olacaq olacaqdir haqqinda barede gore ucun amma lakin sonra evvel
		salam tesekkur`,
	stop: `oldu olur olmuşdur olmusdur ve ile ne nece qeder hansi nedir kim harada ucun bu bir mi mu dir neyi neyin haqqinda barede
		bes bəs idi olub edib edir etdi teşkil teskil var yox artiq vasitesile eksine neceden neceye
		danisib danisdi dedi deyib bildirib bildirdi soyleyib niye niyə seher seherde butun sayilir sayilirdi sayilib`,
	period:    `ay ayı ayda ayinda dovr dövr il ilde ili ilin illik`,
	greeting:  `salam salamlar salaam merhaba sabahiniz xeyir axsaminiz`,
	thanks:    `tesekkur tesekkurler edirem sag ol olun`,
	opinion:   `sizce|sence|daha cox qazanir|kim qazanir|daha cox fayda|fikrin|fikriniz|fikrince|deyermi|deyer mi|yaxsidirmi|yaxsi investisiya|daha yaxsi|hansi yaxsi|meslehet|dusunursen|dusunursunuz|perspektivli|riskli|etibarli|serfelidirmi|serfeli olar|fikir ayriligi|dalasacaq|munaqise`,
	thisYear:  `bu il|bu ilin`,
	lastYear:  `kecen il|oten il`,
	latest:    `hazirda|indi|helelik|indiye|son$|sonuncu`,
	change:    `necə dəyiş|nece deyis|dəyişib|deyisib|illər üzrə|iller uzre|dinamika|ildən ilə|ilden ile`,
	compare:   `cox|boyuk|kicik|muqayise|yuksek`,
	or:        `yoxsa yaxud ve_ya`,
	amount:    `qeder nece neche neceden neceye proqnoz`,
	back:      `onun onu ona orada ora burada bunun`,
	when:      `vaxt`,
	who:       `kim kimin kimdir kimə`,
	whichName: `hansi olke|hansi sirket|hansi seher|hansi teskilat|hansi gemi|hansi tanker`,
	why:       `niye niyə niyə`,
	where:     `harada harda hara`,
	started:   []string{"başla", "basla", "açıl", "acil", "istifadəyə veril", "istifadeye veril", "ilk dəfə", "ilk defe", "dərc ed", "derc ed", "təqdim olun", "teqdim olun", "təməlqoyma", "temelqoyma", "təməli qoyul", "temeli qoyul"},
	halfWords: []string{"yarımil", "yarimil"},
	firstHalf: `birinci yarım|ilk yarım|birinci yarimil|ilk yarimil|yarımildə|yarimilde`,
	reversal:  `eksine`,
	goal:      []string{"hedef", "meqsed", "niyy", "proqnoz", "plan$", "plani$", "planina$"},
	countries: map[string][]string{
		"azerbaijan": {"azerbaycan"},
		"kazakhstan": {"qazaxistan", "qazaxstan"},
	},
	towardEndings: []string{"a", "ya", "da", "daki"},
	economy:       []string{"iqtisadiyyat"},
	fromEndings:   []string{"dan", "den"},
	scales: [3][]string{
		nil,
		{"milyon", "mln"},
		{"milyard", "mlrd"},
	},
	exactScales: map[string]float64{"min": 1e3},
	units: map[string][]string{
		"tonne":   {"tonn"},
		"eur":     {"avro"},
		"percent": {"faiz"},
		"teu":     {"konteyner"},
		"hectare": {"hektar"},
		"berth":   {"yanalma"},
		"voyage":  {"reys"},
		"vessel":  {"gemi"},
		"wagon":   {"vaqon"},
		"barrel":  {"barel"},
		"usd":     {"dollar"},
		"km":      {"kilometr"},
		"day":     {"gun"},
		"week":    {"hefte"},
		"tbps":    {"tbit", "terabit"},
		"hour":    {"saat"},
		"metre":   {"metr"},
		"count":   {"saziş", "sazis", "sened"},
	},
	notUnits:      []string{"avropa", "konteynerlik", "konteynerli"}, // Europe is no euro; "700 konteynerlik gəmi" counts ships
	exactUnits:    map[string]string{"defe": "times", "tondan": "tonne", "tona": "tonne", "tonu": "tonne", "tonluq": "tonne"},
	approx:        []string{"texminen", "teqriben"},
	more:          []string{"cox", "azi$"}, // "ən azı": at least
	narrow:        []string{"azca", "bir qeder"},
	afterMore:     []string{"cox", "otub", "asib"},       // "1 milyon tonu ötüb", "aşıb": exceeded
	afterLess:     []string{"catmir", "catmayib", "az$"}, // "3,4 milyon tondan az": less than
	afterApprox:   []string{"yaxin", "qeder"},
	hedges:        []string{"yaxin"},
	planned:       []string{"olacaq", "olacag", "mumkun", "planlas", "gozlen", "gozleyir", "edecek", "nezerde", "hedef", "proqnoz", "biler$", "layihe"},
	futureEndings: []string{"acaq", "ecek", "acag", "ecey", "mali", "meli"}, // "-malı": was to
	achieved:      []string{"artiq", "catib", "cathb", "isleyir", "istehsal edir", "istifadeye verilib"},
	since:         []string{"ilden", "beri"},
	originGoods:   []string{"neft"},
	located:       []string{"yerles", "yerlesir", "yerlesen"},
	untilEnd:      []string{"sonuna", "sonunadek", "sonunadək", "kimi"},
	handled:       []string{"asirilib", "dasinib", "dasindi", "asirib", "asirdi", "emal edib", "emal olunub", "qebul edib", "yuk dovriyye"},
	thanAfter:     []string{"ilden", "muqayisede", "nisbeten"},
	thanEndings:   []string{"dan", "den", "nan", "nen"},
	months: [12][]string{
		{"yanvar"}, {"fevral"}, {"mart"}, {"aprel"}, {"mayin", "mayda"}, {"iyun"}, // not "may": the English modal
		{"iyul"}, {"avqust"}, {"sentyabr"}, {"oktyabr"}, {"noyabr"}, {"dekabr"},
	},
	monthUnit: []string{"ay"},
	numbers: map[string]float64{
		"bir": 1, "iki": 2, "uc": 3, "dord": 4, "bes": 5, "alti": 6, "yeddi": 7, "sekkiz": 8, "doqquz": 9, "on": 10,
		"yarim": 0.5,
	},
	perYear:           `illik ildə ilde`,
	perMonth:          `ayda aylıq ayliq`,
	perMonthPhrases:   `hər ay|her ay`,
	perDay:            `gündə gunde günlük gunluk`,
	perDayPhrases:     `hər gün|her gun`,
	perYearPhrases:    `hər il|her il|ildə bir`,
	whole:             []string{"yekun", "butun", "bütün"},
	rising:            []string{"artıb", "artib", "artım", "artim", "artaraq", "yüksəl", "yuksel"},
	falling:           []string{"azal", "düş", "dus", "enib", "geril"},
	deadlineAfter:     []string{"qeder", "qədər"},
	total:             `ümumilikdə ümumi cəmi cemi`,
	all:               `bütün butun hər`,
	phases:            []string{"merhele"},
	placeNouns:        []string{"liman", "terminal", "yatag"},
	placeToEndings:    []string{"a", "ya", "e", "ye"},
	dateAsked:         `hansı tarix|hansi tarix|dəqiq tarix|deqiq tarix|hansı gün|hansi gun|ne tarix|nə tarix`,
	countryWords:      []string{"ölkə", "olke", "dövlət", "dovlet"},
	whereName:         `hansı şəhər|hansi seher|hansı şəhərdə|hansi seherde`,
	partOf:            `nə qədəri|ne qederi|hansı hissəsi|hansi hissesi`,
	futureMarkers:     `gələn il$|gelen il$|gələn ildə|gelen ilde|gələcəkdə|gelecekde|növbəti il$|novbeti il$`,
	predictionEndings: []string{"acaqmi", "ecekmi", "acaqlarmi", "eceklermi", "malidirmi", "melidirmi"},
	opposites: [][2]string{
		{"çox vaxt|daha uzun|yavaş", "az vaxt|daha qısa|sürətli"},
		{"ən yüksək|rekord", "ən aşağı|ən az$"},
		{"heç bir investisiya|investisiyasız|investisiya qoyulmadan", "sayəsində|investisiya hesabına"},
	},
	ordinals: map[string]int{"birinci": 1, "ikinci": 2, "üçüncü": 3, "ucuncu": 3, "ilkin": 1},
}
