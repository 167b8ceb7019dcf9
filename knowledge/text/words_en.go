package text

// english: the English word lists (see lexicon for what each one is for).
var english = lexicon{
	markers: `the what how is was were are of and in to many much did does do between who when which
		will a an by for with on about from has have this that it its there their be been tell me please
		where why whose would could should can hello thanks thank
		trade exports imports export import grew growth oil million billion tonnes tons percent year
		capacity investment invested pipeline port railway cargo containers agreement plant reached`,
	stop: `the what how is was were are of and in to many much did does do who when which will a an by for with on
		about has have this that it its there their be been tell me please where why whose would could should can s like
		amount amounted amounts total totalled totaled reached reach also then so well what's whats already according
		through via across along into onto vice versa round reverse other way`,
	period:   `month months period year years annual`,
	greeting: `hello hi hey good morning afternoon evening`,
	thanks:   `thanks thank you much`,
	opinion: `do you think|you think|your opinion|in your view|your view|worth it|worth investing|good investment|bad investment|is it good|is it bad
		should i|should we|would you|recommend|which is better|is better|better|worse|promising|fall out|risky|is it safe|profitable|disagree|quarrel|conflict between|gains more|gain more|benefits more|benefit more|who wins|who will win`,
	thisYear:  `this year`,
	lastYear:  `last year|previous year`,
	latest:    `currently|now|so far|to date|latest|today|at present|most recent`,
	change:    `how has|how have|how did|changed|change over|over the years|by year|year by year|trend|dynamics|evolved`,
	compare:   `bigger|larger|more|less|higher|lower|smaller|greater|compare|grow`,
	or:        `or versus vs`,
	amount:    `much many`,
	back:      `it its there that this those they them`,
	when:      `when`,
	who:       `who whom whose`,
	why:       `why`,
	started:   []string{"began", "begun", "start", "launched", "opened", "inaugurated", "commissioned", "released", "published"},
	firstHalf: `first half|h1`,
	reversal:  `reverse versa round`,
	goal:      []string{"goal", "target", "aim", "intend", "doubl", "forecast", "projected"},
	countries: map[string][]string{
		"azerbaijan": {"azerbaijan"},
		"kazakhstan": {"kazakhstan", "kazakstan"},
	},
	toward:  `in into to`,
	economy: []string{"economy"},
	from:    `from`,
	scales: [3][]string{
		{"thousand"},
		{"million", "mn"},
		{"billion", "bn"},
	},
	exactScales: map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9},
	units: map[string][]string{
		"usd":     {"usd", "dollar"},
		"tonne":   {"tonne"},
		"percent": {"percent"},
		"barrel":  {"barrel"},
		"teu":     {"teu", "container"},
		"hectare": {"hectare"},
		"tanker":  {"tanker"},
		"berth":   {"berth"},
		"voyage":  {"voyage"},
		"vessel":  {"vessel", "ship"},
		"wagon":   {"wagon", "railcar"},
		"km":      {"km"},
		"day":     {"day"},
		"hour":    {"hour"},
		"metre":   {"metre", "meter"},
		"tenge":   {"tenge"},
		"count":   {"agreement", "document"},
	},
	notUnits:   []string{"europ"}, // Europe is no euro (the euro is an exact unit below)
	exactUnits: map[string]string{"eur": "eur", "euro": "eur", "euros": "eur", "t": "tonne", "ton": "tonne", "tons": "tonne", "times": "times", "fold": "times", "ha": "hectare"},
	approx:     []string{"about", "around", "approximately", "approx", "nearly", "almost", "roughly"},
	more:       []string{"more", "over", "above", "exceed"},
	less:       []string{"less", "under", "below", "fewer"},
	planned: []string{"should", "will", "planned", "plans", "planning", "expect", "could", "may", "target",
		"once", "envisag", "would", "goal", "aim", "after phase", "after stage", "designed"},
	achieved: []string{"already", "produces", "produced", "reached", "amounted", "producing", "launched", "operates", "operating"},
	since:    []string{"since", "from"},
	handled:  []string{"handled", "processed", "transshipped", "transported", "carried", "throughput"},
	untilEnd: []string{"end", "until", "till", "through"},
	than:     []string{"than", "compared", "versus", "vs", "over"},
	months: [12][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
		{"july", "jul"}, {"august", "aug"}, {"september", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	},
	monthUnit: []string{"month"},
	numbers: map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"half": 0.5,
	},
	perYear:        `annual annually yearly`,
	perYearPhrases: `every year|each year|per annum|a year|per year`,
	whole:          []string{"final", "full", "ultimate", "entire", "whole"},
	rising:         []string{"grew", "grow", "rose", "rise", "increas"},
	falling:        []string{"fell", "fall", "drop", "declin", "decreas", "down", "shrank", "shrunk"},
	deadlineBefore: `by`,
	total:          `total overall cumulative cumulatively altogether`,
	all:            `all both`,
	phases:         []string{"phase", "stage"},
	placeNouns:     []string{"port", "terminal", "railway", "pipeline", "field"},
	ordinals:       map[string]int{"first": 1, "second": 2, "third": 3, "initial": 1},
	planText:       []string{"plan", "could", "expect", "target", "goal", "aim", "will", "may", "possib", "consider", "intend", "likely", "forecast", "envisag", "set to", "potential"},
}
