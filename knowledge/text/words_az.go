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
		bes bəs idi olub edib edir etdi teşkil teskil var yox artiq vasitesile eksine`,
	period:    `ay ayı ayda ayinda dovr dövr il ilde ili ilin illik`,
	greeting:  `salam salamlar salaam merhaba sabahiniz xeyir axsaminiz`,
	thanks:    `tesekkur tesekkurler edirem sag ol olun`,
	opinion:   `sizce|sence|fikrin|fikriniz|fikrince|deyermi|deyer mi|yaxsidirmi|yaxsi investisiya|daha yaxsi|hansi yaxsi|meslehet|dusunursen|dusunursunuz|perspektivli|riskli|etibarli|serfelidirmi|serfeli olar|fikir ayriligi|dalasacaq|munaqise`,
	thisYear:  `bu il|bu ilin`,
	lastYear:  `kecen il|oten il`,
	latest:    `hazirda|indi|helelik|indiye|son`,
	change:    `necə dəyiş|nece deyis|dəyişib|deyisib|illər üzrə|iller uzre|dinamika|ildən ilə|ilden ile`,
	compare:   `cox|boyuk|kicik|muqayise|yuksek`,
	or:        `yoxsa yaxud ve_ya`,
	amount:    `qeder nece neche`,
	back:      `onun onu ona orada ora burada bunun`,
	when:      `vaxt`,
	who:       `kim kimin kimdir kimə`,
	firstHalf: `birinci yarım|ilk yarım|birinci yarimil|ilk yarimil|yarımildə|yarimilde`,
	reversal:  `eksine`,
	goal:      []string{"hedef", "meqsed", "niyy"},
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
		"percent": {"faiz"},
		"teu":     {"konteyner"},
		"hectare": {"hektar"},
		"berth":   {"yanalma"},
		"voyage":  {"reys"},
		"vessel":  {"gemi"},
		"km":      {"kilometr"},
		"count":   {"saziş", "sazis", "sened"},
	},
	exactUnits:    map[string]string{"defe": "times"},
	approx:        []string{"texminen", "teqriben"},
	more:          []string{"cox"},
	afterMore:     []string{"cox"},
	afterLess:     []string{"catmir", "catmayib"},
	afterApprox:   []string{"yaxin", "qeder"},
	hedges:        []string{"yaxin"},
	planned:       []string{"olacaq", "olacag", "planlas", "gozlen", "edecek", "nezerde", "hedef"},
	futureEndings: []string{"acaq", "ecek", "acag", "ecey"},
	achieved:      []string{"artiq", "catib", "cathb", "isleyir", "istehsal edir", "istifadeye verilib"},
	since:         []string{"ilden"},
	months: [12][]string{
		{"yanvar"}, {"fevral"}, {"mart"}, {"aprel"}, nil, {"iyun"},
		{"iyul"}, {"avqust"}, {"sentyabr"}, {"oktyabr"}, {"noyabr"}, {"dekabr"},
	},
	monthUnit: []string{"ay"},
	numbers: map[string]float64{
		"bir": 1, "iki": 2, "uc": 3, "dord": 4, "bes": 5, "alti": 6, "yeddi": 7, "sekkiz": 8, "doqquz": 9, "on": 10,
		"yarim": 0.5,
	},
	perYear:        `illik ildə ilde`,
	perYearPhrases: `hər il|her il|ildə bir`,
	whole:          []string{"yekun"},
	rising:         []string{"artıb", "artib", "artım", "artim", "artaraq", "yüksəl", "yuksel"},
	falling:        []string{"azal", "düş", "dus", "enib", "geril"},
	deadlineAfter:  []string{"qeder", "qədər"},
	total:          `ümumilikdə ümumi cəmi cemi`,
	all:            `bütün butun hər`,
	phases:         []string{"merhele"},
	ordinals:       map[string]int{"birinci": 1, "ikinci": 2, "üçüncü": 3, "ucuncu": 3},
}
