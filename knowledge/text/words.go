package text

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// The word lists of every language, merged: a word belongs to a class when any language's list
// has it. Each list is built from the lexicons (words_*.go); see lexicon for what they mean.
var (
	Stopwords   = wordsOf(func(l *lexicon) string { return l.stop })
	PeriodWords = wordsOf(func(l *lexicon) string { return l.period })
	// Markers mark each language, in the order of Langs.
	Markers       = [4]map[string]bool{WordSet(russian.markers), WordSet(azerbaijani.markers), WordSet(kazakh.markers), WordSet(english.markers)}
	greetingWords = wordsOf(func(l *lexicon) string { return l.greeting })
	thanksWords   = wordsOf(func(l *lexicon) string { return l.thanks })

	OpinionPhrases  = phrases(func(l *lexicon) string { return l.opinion })
	ThisYearPhrases = phrases(func(l *lexicon) string { return l.thisYear })
	LastYearPhrases = phrases(func(l *lexicon) string { return l.lastYear })
	NextYearPhrases = phrases(func(l *lexicon) string { return l.nextYear })
	LatestPhrases   = phrases(func(l *lexicon) string { return l.latest })
	ChangePhrases   = phrases(func(l *lexicon) string { return l.change })
	ComparePhrases  = phrases(func(l *lexicon) string { return l.compare })
	OrWords         = wordsOf(func(l *lexicon) string { return l.or })
	AmountWords     = wordsOf(func(l *lexicon) string { return l.amount })
	BackWords       = wordsOf(func(l *lexicon) string { return l.back })
	WhenWords       = wordsOf(func(l *lexicon) string { return l.when })
	WhoWords        = wordsOf(func(l *lexicon) string { return l.who })
	AskWords        = wordsOf(func(l *lexicon) string { return l.asks })
	WhichName       = phrases(func(l *lexicon) string { return l.whichName })
	WhyWords        = wordsOf(func(l *lexicon) string { return l.why })
	WhyPhrases      = phrases(func(l *lexicon) string { return l.whyPhrases })
	WhereWords      = wordsOf(func(l *lexicon) string { return l.where })
	FirstHalf       = phrases(func(l *lexicon) string { return l.firstHalf })
	JointPhrases    = phrases(func(l *lexicon) string { return l.joint })
	Coordinators    = wordsOf(func(l *lexicon) string { return l.coordinators })
	MonthAsked      = phrases(func(l *lexicon) string { return l.monthAsked })
	RankAsked       = phrases(func(l *lexicon) string { return l.rankAsked })
	MostMarkers     = wordsOf(func(l *lexicon) string { return l.mostMarkers })
	// SuperlativeWords, RisingPhrases, FallingPhrases: see lexicon.superlatives, .risingPhrases.
	SuperlativeWords = prefixes(func(l *lexicon) []string { return l.superlatives })
	RisingPhrases    = phrases(func(l *lexicon) string { return l.risingPhrases })
	FallingPhrases   = phrases(func(l *lexicon) string { return l.fallingPhrases })
	StartedWords     = prefixes(func(l *lexicon) []string { return l.started })
	DistrictWords    = prefixes(func(l *lexicon) []string { return l.districts })
	FlowWords        = prefixes(func(l *lexicon) []string { return l.flows })
	LevelWords       = prefixes(func(l *lexicon) []string { return l.levels })

	// The same lists filed for ContainsWord, which reads every token of every question.
	PlanIndex      = IndexWords(PlanWords)
	AchievedIndex  = IndexWords(AchievedWords)
	FullCapacity   = IndexWords(prefixes(func(l *lexicon) []string { return l.fullCapacity }))
	BuiltIndex     = IndexWords(prefixes(func(l *lexicon) []string { return l.built }))
	TotalOfWords   = prefixes(func(l *lexicon) []string { return l.totalOf })
	StartedIndex   = IndexWords(StartedWords)
	RecordIndex    = IndexWords(RecordWords)
	PublishedIndex = IndexWords(prefixes(func(l *lexicon) []string { return l.published }))
	// CommissionedIndex: see lexicon.commissioned.
	CommissionedIndex = IndexWords(prefixes(func(l *lexicon) []string { return l.commissioned }))
	WillGoLiveIndex   = IndexWords(prefixes(func(l *lexicon) []string { return l.willGoLive }))
	// OpeningIndex: see lexicon.opening.
	OpeningIndex = IndexWords(prefixes(func(l *lexicon) []string { return l.opening }))
	// SignedDoneIndex: see lexicon.signedDone.
	SignedDoneIndex = IndexWords(prefixes(func(l *lexicon) []string { return l.signedDone }))
	EverIndex       = IndexWords(EverWords)
	PeakIndex       = IndexWords(PeakWords)
	InitialIndex    = IndexWords(InitialWords)
	HedgeIndex      = IndexWords(HedgeWords)
	ForecastIndex   = IndexWords(ForecastWords)
	ReasonIndex     = IndexWords(prefixes(func(l *lexicon) []string { return l.reasons }))
	LocatedIndex    = IndexWords(prefixes(func(l *lexicon) []string { return l.located }))
	LightIndex      = IndexWords(prefixes(func(l *lexicon) []string { return l.light }))
	GoalIndex       = IndexWords(GoalStems)
	ActualIndex     = IndexWords(prefixes(func(l *lexicon) []string { return l.actual }))
	ReversalWords   = wordsOf(func(l *lexicon) string { return l.reversal })
	GoalStems       = prefixes(func(l *lexicon) []string { return l.goal })

	towardWords = wordsOf(func(l *lexicon) string { return l.toward })
	// notTowardBefore: see lexicon.notTowardBefore.
	notTowardBefore = wordsOf(func(l *lexicon) string { return l.notTowardBefore })
	towardEndings   = prefixes(func(l *lexicon) []string { return l.towardEndings })
	economyWords    = prefixes(func(l *lexicon) []string { return l.economy })
	fromWords       = wordsOf(func(l *lexicon) string { return l.from })
	fromEndings     = prefixes(func(l *lexicon) []string { return l.fromEndings })
	originGoods     = prefixes(func(l *lexicon) []string { return l.originGoods })
	buyerVerbs      = prefixes(func(l *lexicon) []string { return l.buyerVerbs })
	sellerVerbs     = prefixes(func(l *lexicon) []string { return l.sellerVerbs })
	TerritoryWords  = prefixes(func(l *lexicon) []string { return l.territory })
	exportOf        = prefixes(func(l *lexicon) []string { return l.exportOf })
	genitiveEnds    = prefixes(func(l *lexicon) []string { return l.genitiveEndings })

	exactScale  = mergeMaps(func(l *lexicon) map[string]float64 { return l.exactScales })
	exactUnit   = mergeMaps(func(l *lexicon) map[string]string { return l.exactUnits })
	numberWords = mergeMaps(func(l *lexicon) map[string]float64 { return l.numbers })

	ApproxWords          = prefixes(func(l *lexicon) []string { return l.approx })
	AlmostWords          = prefixes(func(l *lexicon) []string { return l.almost })
	ExactWords           = prefixes(func(l *lexicon) []string { return l.exact })
	MoreWords            = prefixes(func(l *lexicon) []string { return l.more })
	NarrowWords          = prefixes(func(l *lexicon) []string { return l.narrow })
	LessWords            = prefixes(func(l *lexicon) []string { return l.less })
	AfterMoreWords       = prefixes(func(l *lexicon) []string { return l.afterMore })
	AfterLessWords       = prefixes(func(l *lexicon) []string { return l.afterLess })
	AfterApproxWords     = prefixes(func(l *lexicon) []string { return l.afterApprox })
	hedgeWords           = prefixes(func(l *lexicon) []string { return l.hedges })
	PlanWords            = prefixes(func(l *lexicon) []string { return l.planned })
	FutureEndings        = prefixes(func(l *lexicon) []string { return l.futureEndings })
	PresentFutureEndings = prefixes(func(l *lexicon) []string { return l.presentFutureEndings })
	AchievedWords        = prefixes(func(l *lexicon) []string { return l.achieved })
	SinceWords           = prefixes(func(l *lexicon) []string { return l.since })
	// SinceBefore and SinceAfter are the since words of the languages that put them before
	// a year and after it (see lexicon.sinceAfterYear).
	SinceBefore        = prefixes(func(l *lexicon) []string { return sinceIf(l, false) })
	SinceAfter         = prefixes(func(l *lexicon) []string { return sinceIf(l, true) })
	HandledIndex       = IndexWords(prefixes(func(l *lexicon) []string { return l.handled }))
	UntilEndIndex      = IndexWords(prefixes(func(l *lexicon) []string { return l.untilEnd }))
	ThanWords          = prefixes(func(l *lexicon) []string { return l.than })
	ThanProper         = wordsOf(func(l *lexicon) string { return l.thanProper })
	ComparativeEndings = prefixes(func(l *lexicon) []string { return l.comparativeEndings })
	scaledUnits        = mergeMaps(func(l *lexicon) map[string]ScaledUnit { return l.scaledUnits })
	aloneUnits         = mergeMaps(func(l *lexicon) map[string]string { return l.aloneUnits })
	opposites          = buildOpposites()
	AmountPhrases      = phrases(func(l *lexicon) string { return l.amountPhrases })
	Quantifiers        = wordsOf(func(l *lexicon) string { return l.quantifiers })
	WhereName          = phrases(func(l *lexicon) string { return l.whereName })
	PlaceNounsBefore   = wordsOf(func(l *lexicon) string { return l.placeNounBefore })
	HandledPhrases     = phrases(func(l *lexicon) string { return l.handledPhrases })
	Locatives          = wordsOf(func(l *lexicon) string { return l.locatives })
	IncludingPhrases   = phrases(func(l *lexicon) string { return l.including })
	HowMuchPhrases     = phrases(func(l *lexicon) string { return l.howMuch })
	AndWords           = wordsOf(func(l *lexicon) string { return l.and })
	NegationWords      = wordsOf(func(l *lexicon) string { return l.negation })
	// NegationAfter are the words of negation that follow what they deny (see negationFollows).
	NegationAfter = wordsOf(func(l *lexicon) string {
		if l.negationFollows {
			return l.negation
		}
		return ""
	})
	ByMeansEndings    = prefixes(func(l *lexicon) []string { return l.byMeans })
	PrivativeEndings  = prefixes(func(l *lexicon) []string { return l.privative })
	howVerbEndings    = prefixes(func(l *lexicon) []string { return l.howVerbEndings })
	beForms           = wordsOf(func(l *lexicon) string { return l.beForms })
	copulaEndings     = prefixes(func(l *lexicon) []string { return l.copulaEndings })
	WhichCompany      = phrases(func(l *lexicon) string { return l.whichCompany })
	modalWords        = wordsOf(func(l *lexicon) string { return l.modal })
	HandleAsked       = wordsOf(func(l *lexicon) string { return l.handleAsked })
	buyFrom           = phrases(func(l *lexicon) string { return l.buyFrom })
	FromStart         = phrases(func(l *lexicon) string { return l.fromStart })
	canVerbs          = prefixes(func(l *lexicon) []string { return l.canVerbs })
	WhatIs            = phrases(func(l *lexicon) string { return l.whatIs })
	YearNouns         = wordsOf(func(l *lexicon) string { return l.yearNouns })
	DeputyWords       = prefixes(func(l *lexicon) []string { return l.deputy })
	titleWords        = prefixes(func(l *lexicon) []string { return strings.Fields(l.titles) })
	SingleYear        = phrases(func(l *lexicon) string { return l.singleYear })
	DenialWords       = wordsOf(func(l *lexicon) string { return l.denial })
	DenialPhrases     = phrases(func(l *lexicon) string { return l.denialPhrases })
	AttributionWords  = wordsOf(func(l *lexicon) string { return l.attribution })
	NextWords         = prefixes(func(l *lexicon) []string { return l.nextWords })
	AmountNouns       = wordsOf(func(l *lexicon) string { return l.amountNouns })
	askingHowWords    = wordsOf(func(l *lexicon) string { return l.askingHow })
	SamePeriod        = phrases(func(l *lexicon) string { return l.samePeriod })
	EndBeforeWords    = wordsOf(func(l *lexicon) string { return l.endBefore })
	CountryWords      = prefixes(func(l *lexicon) []string { return l.countryWords })
	DateAsked         = phrases(func(l *lexicon) string { return l.dateAsked })
	WhenPhrases       = phrases(func(l *lexicon) string { return l.whenPhrases })
	YearsAsked        = phrases(func(l *lexicon) string { return l.yearsAsked })
	DaysAsked         = phrases(func(l *lexicon) string { return l.daysAsked })
	FullYear          = phrases(func(l *lexicon) string { return l.fullYear })
	FlowNouns         = wordsOf(func(l *lexicon) string { return l.flowNouns })
	ContainerWords    = prefixes(func(l *lexicon) []string { return l.containerWords })
	PartOfPhrases     = phrases(func(l *lexicon) string { return l.partOf })
	ByHalf            = phrases(func(l *lexicon) string { return l.byHalf })
	WholeOfWords      = wordsOf(func(l *lexicon) string { return l.wholeOf })
	PredictionStarts  = wordsOf(func(l *lexicon) string { return l.predictionStarts })
	FutureMarkers     = phrases(func(l *lexicon) string { return l.futureMarkers })
	PredictionEndings = prefixes(func(l *lexicon) []string { return l.predictionEndings })
	VerbEndings       = prefixes(func(l *lexicon) []string { return l.verbEndings })
	AdjectiveEndings  = prefixes(func(l *lexicon) []string { return l.adjectiveEndings })
	orgHeads          = wordsOf(func(l *lexicon) string { return l.orgHeads })
	placeFromWords    = wordsOf(func(l *lexicon) string { return l.placeFrom })
	placeToWords      = wordsOf(func(l *lexicon) string { return l.placeTo })
	placeToEndings    = prefixes(func(l *lexicon) []string { return l.placeToEndings })
	timesWords        = mergeMaps(func(l *lexicon) map[string]float64 { return l.timesWords })
	RangeFromWords    = wordsOf(func(l *lexicon) string { return l.rangeFrom })
	RangeToWords      = wordsOf(func(l *lexicon) string { return l.rangeTo })
	FromEndings       = fromEndings
	SeatWords         = phrases(func(l *lexicon) string { return l.seat })
	OnlyWords         = wordsOf(func(l *lexicon) string { return l.only })
	NotOnly           = phrases(func(l *lexicon) string { return l.notOnly })
	AsOfData          = phrases(func(l *lexicon) string { return l.asOfData })
	Openers           = phrases(func(l *lexicon) string { return l.openers })
	YearBefore        = phrases(func(l *lexicon) string { return l.yearBefore })
	RoleWords         = prefixes(func(l *lexicon) []string { return l.roles })
	OfficeWords       = prefixes(func(l *lexicon) []string { return l.offices })
	PreferPhrases     = phrases(func(l *lexicon) string { return l.prefer })
	ViceWords         = wordsOf(func(l *lexicon) string { return l.vice })
	PresidentWords    = prefixes(func(l *lexicon) []string { return l.presidents })
	portfolioPrefixes = mergeMaps(func(l *lexicon) map[string]string { return l.portfolios })
	GoalNouns         = prefixes(func(l *lexicon) []string { return l.goalNouns })
	CompassWords      = prefixes(func(l *lexicon) []string { return l.compass })
	CauseWords        = prefixes(func(l *lexicon) []string { return l.causes })
	FinishWords       = prefixes(func(l *lexicon) []string { return l.finishWords })
	PresenceWords     = prefixes(func(l *lexicon) []string { return l.presence })
	negatedInside     = prefixes(func(l *lexicon) []string { return l.negatedInside })
	mustNotPieces     = prefixes(func(l *lexicon) []string { return l.mustNot })
	ArrivalWords      = prefixes(func(l *lexicon) []string { return l.arrivals })
	EventRoleWords    = prefixes(func(l *lexicon) []string { return l.eventRoles })
	AnyDocumentWords  = prefixes(func(l *lexicon) []string { return l.anyDocument })
	MinistryWords     = prefixes(func(l *lexicon) []string { return l.ministries })
	PlaceHeadWords    = prefixes(func(l *lexicon) []string { return l.placeHeads })
	ConditionalWords  = prefixes(func(l *lexicon) []string { return l.conditionals })
	PurposeWords      = prefixes(func(l *lexicon) []string { return l.purposes })
	HeadWords         = prefixes(func(l *lexicon) []string { return l.headWords })
	ChangeByWords     = wordsOf(func(l *lexicon) string { return l.changeBy })
	GrowthNouns       = prefixes(func(l *lexicon) []string { return l.growthNouns })
	PlaceAbbrevs      = wordsOf(func(l *lexicon) string { return l.placeAbbrevs })
	CityAsked         = phrases(func(l *lexicon) string { return l.cityAsked })
	CountryAsked      = phrases(func(l *lexicon) string { return l.countryAsked })
	BankAsked         = phrases(func(l *lexicon) string { return l.bankAsked })
	HoldingAsked      = phrases(func(l *lexicon) string { return l.holdingAsked })
	ShipyardAsked     = phrases(func(l *lexicon) string { return l.shipyardAsked })
	ManufactureWords  = prefixes(func(l *lexicon) []string { return l.manufactures })
	FactoryWords      = prefixes(func(l *lexicon) []string { return l.factories })
	DocumentAsked     = phrases(func(l *lexicon) string { return l.documentAsked })
	NameAsked         = phrases(func(l *lexicon) string { return l.nameAsked })
	DocumentWords     = prefixes(func(l *lexicon) []string { return l.documents })
	// DocumentShort maps a document's abbreviation to its full word's stem (see the lexicon).
	DocumentShort  = mergeMaps(func(l *lexicon) map[string]string { return l.documentShort })
	Decrees        = prefixes(func(l *lexicon) []string { return l.decrees })
	NumberNouns    = prefixes(func(l *lexicon) []string { return l.numberNouns })
	UntilWords     = prefixes(func(l *lexicon) []string { return l.until })
	OwnerWords     = prefixes(func(l *lexicon) []string { return l.owners })
	CausesAfter    = prefixes(func(l *lexicon) []string { return l.causesAfter })
	ThatWords      = wordsOf(func(l *lexicon) string { return l.that })
	PairMarks      = prefixes(func(l *lexicon) []string { return l.pairMarks })
	AloneWords     = wordsOf(func(l *lexicon) string { return l.alone })
	AlsoWords      = wordsOf(func(l *lexicon) string { return l.also })
	AgentMarks     = wordsOf(func(l *lexicon) string { return l.agentMarks })
	ByAgentWords   = wordsOf(func(l *lexicon) string { return l.byAgent })
	UndoingIndex   = IndexWords(prefixes(func(l *lexicon) []string { return l.undoing }))
	PayWords       = prefixes(func(l *lexicon) []string { return l.pays })
	DeedWords      = prefixes(func(l *lexicon) []string { return l.deeds })
	HalvingWords   = prefixes(func(l *lexicon) []string { return l.halving })
	PaymentWords   = prefixes(func(l *lexicon) []string { return l.payment })
	SayingWords    = prefixes(func(l *lexicon) []string { return l.saying })
	CarryVerbs     = prefixes(func(l *lexicon) []string { return l.carry })
	CarryOutWords  = wordsOf(func(l *lexicon) string { return l.carryOut })
	builtActive    = wordsOf(func(l *lexicon) string { return l.builtActive })
	notYetWords    = wordsOf(func(l *lexicon) string { return l.notYet })
	MerelyWords    = wordsOf(func(l *lexicon) string { return l.merely })
	SponsorVerbs   = [4][]string{russian.sponsors, azerbaijani.sponsors, kazakh.sponsors, english.sponsors}
	ExecutorVerbs  = [4][]string{russian.executors, azerbaijani.executors, kazakh.executors, english.executors}
	ActorAfterVerb = [4]bool{russian.actorAfterVerb, azerbaijani.actorAfterVerb, kazakh.actorAfterVerb, english.actorAfterVerb}
	ReportVerbs    = prefixes(func(l *lexicon) []string { return l.reportVerbs })
	ReportNouns    = prefixes(func(l *lexicon) []string { return l.reportNouns })
	InValue        = phrases(func(l *lexicon) string { return l.inValue })
	InVolume       = phrases(func(l *lexicon) string { return l.inVolume })
	EarlierWords   = wordsOf(func(l *lexicon) string { return l.earlier })
	LevelBefore    = phrases(func(l *lexicon) string { return l.levelBefore })
	LaterWords     = wordsOf(func(l *lexicon) string { return l.later })
	// caseEndingWords are read without Tokenize, which skips them (see skipAbbreviationEnding).
	caseEndingWords  = foldedFields(joined(func(l *lexicon) string { return l.caseEndings }))
	dativeEndings    = foldedFields(joined(func(l *lexicon) string { return l.dative }))
	dativeEndingList = slices.Collect(maps.Keys(dativeEndings)) // for EndsInDative
	HalfLetters      = wordsOf(func(l *lexicon) string { return l.halfLetters })
	HalfWords        = prefixes(func(l *lexicon) []string { return l.halfWords })
	OrdinalSuffixes  = wordsOf(func(l *lexicon) string { return l.ordinalSuffixes })
	FractionNouns    = wordsOf(func(l *lexicon) string { return l.fractionNouns })
	// ordinalEndings are folded without Tokenize, which reads them.
	ordinalEndings    = foldedFields(joined(func(l *lexicon) string { return l.ordinalEndings }))
	VersusWords       = wordsOf(func(l *lexicon) string { return l.versus })
	ContrastWords     = wordsOf(func(l *lexicon) string { return l.contrast })
	RecordWords       = prefixes(func(l *lexicon) []string { return l.record })
	EverWords         = prefixes(func(l *lexicon) []string { return l.ever })
	PeakWords         = prefixes(func(l *lexicon) []string { return l.peak })
	InitialWords      = prefixes(func(l *lexicon) []string { return l.initial })
	TonnageWords      = prefixes(func(l *lexicon) []string { return l.tonnage })
	ByAmountWords     = wordsOf(func(l *lexicon) string { return l.byAmount })
	ModalMonths       = wordsOf(func(l *lexicon) string { return l.modalMonths })
	MonthPrepositions = wordsOf(func(l *lexicon) string { return l.monthPrepositions })
	UpDownWords       = wordsOf(func(l *lexicon) string { return l.upDown })
	AfterMoreThan     = prefixes(func(l *lexicon) []string { return l.afterMoreThan })
	HalfOfWords       = prefixes(func(l *lexicon) []string { return l.halfOf })
	SpentIndex        = IndexWords(prefixes(func(l *lexicon) []string { return l.spent }))
	HedgeWords        = prefixes(func(l *lexicon) []string { return l.hedge })
	ForecastWords     = prefixes(func(l *lexicon) []string { return l.forecast })
	WhichWords        = wordsOf(func(l *lexicon) string { return l.which })
	BetterWords       = wordsOf(func(l *lexicon) string { return l.better })
	NumberSigns       = wordsOf(func(l *lexicon) string { return l.numberSigns })
	ThanAfterWords    = prefixes(func(l *lexicon) []string { return l.thanAfter })
	ThanRightBefore   = wordsOf(func(l *lexicon) string { return l.thanRightBefore })
	ThanSamePeriod    = wordsOf(func(l *lexicon) string { return l.thanSamePeriod })
	ThanEndings       = prefixes(func(l *lexicon) []string { return l.thanEndings })
	MonthUnit         = prefixes(func(l *lexicon) []string { return l.monthUnit })

	PerYearWords = wordsOf(func(l *lexicon) string { return l.perYear })
	// PerMonth and PerDay: a monthly or daily rate, as words and as phrases.
	PerMonthWords   = wordsOf(func(l *lexicon) string { return l.perMonth })
	PerMonthPhrases = phrases(func(l *lexicon) string { return l.perMonthPhrases })
	PerDayWords     = wordsOf(func(l *lexicon) string { return l.perDay })
	PerWeekPhrases  = phrases(func(l *lexicon) string { return l.perWeek })
	PerDayPhrases   = phrases(func(l *lexicon) string { return l.perDayPhrases })
	PerDayAfterFig  = phrases(func(l *lexicon) string { return l.perDayAfterFigure })
	// DeadlineBefore and DeadlineAfter name a year as a deadline: "by 2025", "к 2028",
	// "2027-ci ilə qədər", "2028 жылға дейін".
	PerYearPhrases  = phrases(func(l *lexicon) string { return l.perYearPhrases })
	WholeWords      = prefixes(func(l *lexicon) []string { return l.whole })
	FullyDone       = phrases(func(l *lexicon) string { return l.fullyDone })
	RisingWords     = prefixes(func(l *lexicon) []string { return l.rising })
	SectionWords    = prefixes(func(l *lexicon) []string { return l.section })
	FallingWords    = prefixes(func(l *lexicon) []string { return l.falling })
	DeadlineBefore  = wordsOf(func(l *lexicon) string { return l.deadlineBefore })
	DeadlineAfter   = prefixes(func(l *lexicon) []string { return l.deadlineAfter })
	TotalWords      = wordsOf(func(l *lexicon) string { return l.total })
	RouteWords      = wordsOf(func(l *lexicon) string { return l.routeWords })
	UpToAfterDative = wordsOf(func(l *lexicon) string { return l.upToAfterDative })
	AllWords        = wordsOf(func(l *lexicon) string { return l.all })
	PhaseStems      = prefixes(func(l *lexicon) []string { return l.phases })
	notUnitWords    = prefixes(func(l *lexicon) []string { return l.notUnits })
	PlaceNouns      = prefixes(func(l *lexicon) []string { return l.placeNouns })
	OrdinalWords    = mergeMaps(func(l *lexicon) map[string]int { return l.ordinals })

	scaleWords = buildScales()
	unitWords  = buildUnits()
	monthWords = buildMonths()
	// directionCountries are the two partners, by glossary id, with the stems of their names.
	directionCountries = buildCountries()
)

// PlanText lists words (unfolded) of which a plan's text in lang must use one; nil when the
// language has no such rule.
func PlanText(lang Lang) []string { return byLang(lang).planText }

// IsTitleWord reports a word of office ("president", "sədri", "министр", "төрағасы").
func IsTitleWord(w string) bool { return HasPrefixIn(Fold(strings.ToLower(w)), titleWords) }

// IsStopword reports words that say nothing about the subject in any language.
func IsStopword(w string) bool { return Stopwords[w] }

// ownStopwords are the stopwords of each language alone, in the order of Langs.
var ownStopwords = [4]map[string]bool{WordSet(russian.stop), WordSet(azerbaijani.stop), WordSet(kazakh.stop), WordSet(english.stop)}

// ForbidsMore reports a folded Azerbaijani verb of "must not" after "more than"
// ("çəkməməlidir"): the figure is an upper bound.
func ForbidsMore(w string) bool {
	for _, s := range mustNotPieces {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// AsksWhy reports a question asking for a reason, in a word or a phrase.
func AsksWhy(toks []Token) bool { return HasWordIn(toks, WhyWords) || AnyPhraseIn(toks, WhyPhrases) }

// OwnStopwordsOf counts the words of toks that are stopwords of lang and of no other language.
func OwnStopwordsOf(lang Lang, toks []Token) int {
	n := 0
	own := ownStopwords[LangIndex(lang)]
	for _, t := range toks {
		if !t.Num && own[t.Text] && !slices.ContainsFunc(Langs, func(l Lang) bool { return l != lang && ownStopwords[LangIndex(l)][t.Text] }) {
			n++
		}
	}
	return n
}

// IsForeignStopword reports a folded word that is dropped as another language's stopword though
// it is none of its own language ("iş", work, folds to the English "is"): in a glossary name it
// would vanish, and the name would match any phrase with its other words.
func IsForeignStopword(lang Lang, w string) bool {
	return Stopwords[w] && !ownStopwords[LangIndex(lang)][w]
}

var scaleValues = [3]float64{1e3, 1e6, 1e9}

type scaleClass struct {
	prefixes []string
	scale    float64
}

func buildScales() []scaleClass {
	out := make([]scaleClass, len(scaleValues))
	for i, v := range scaleValues {
		out[i].scale = v
		for _, l := range lexicons {
			out[i].prefixes = append(out[i].prefixes, l.scales[i]...)
		}
	}
	return out
}

// unitOrder is the order units are tried in: the first whose prefix a word has is its unit.
var unitOrder = []string{"usd", "eur", "tonne", "percent", "barrel", "teu", "hectare", "tanker", "berth", "voyage", "vessel", "wagon", "train", "truck", "km", "metre", "tenge", "azn", "rub", "cny", "day", "hour", "week", "tbps", "gbps", "gw", "count"}

type unitClass struct {
	prefixes []string
	unit     string
}

func buildUnits() []unitClass {
	out := make([]unitClass, len(unitOrder))
	for i, u := range unitOrder {
		out[i].unit = u
		for _, l := range lexicons {
			out[i].prefixes = append(out[i].prefixes, l.units[u]...)
		}
	}
	return out
}

func buildMonths() [12][]string {
	var out [12][]string
	for m := range out {
		for _, l := range lexicons {
			out[m] = append(out[m], l.months[m]...)
		}
	}
	return out
}

// countryOrder lists the partners whose names mark the direction of a flow.
var countryOrder = []string{"azerbaijan", "kazakhstan", "china", "europe"}

type country struct {
	id    string
	stems []string
}

func buildCountries() []country {
	out := make([]country, len(countryOrder))
	for i, id := range countryOrder {
		out[i].id = id
		for _, l := range lexicons {
			out[i].stems = append(out[i].stems, l.countries[id]...)
		}
	}
	return out
}

// IsHandledVerb reports a verb of what a port or line handled ("перевалил", "handled",
// "daşınıb", "тасылды"): see the handled lexicon.
func IsHandledVerb(w string) bool { return ContainsWord([]Token{{Text: w}}, HandledIndex) }

// IsLocatedWord reports a word saying where something lies ("located", "расположен",
// "yerləşir", "орналасқан"): see the located lexicon.
func IsLocatedWord(w string) bool { return ContainsWord([]Token{{Text: w}}, LocatedIndex) }

// synonymGroups are the synonym groups of every language, each as its prefixes; the words
// of rising and of falling make a group each.
var synonymGroups = func() [][]string {
	var out [][]string
	for _, l := range lexicons {
		for _, g := range l.synonyms {
			out = append(out, strings.Split(g, "|"))
		}
	}
	return append(out, RisingWords, FallingWords)
}()

// Synonyms reports two words of one synonym group ("growing", "rising"; "быстро",
// "стремительно").
func Synonyms(a, b string) bool {
	for _, g := range synonymGroups {
		if HasPrefixIn(a, g) && HasPrefixIn(b, g) {
			return true
		}
	}
	return false
}

// documentKinds merges every language's words of each kind of document.
var documentKinds = func() map[string][]string {
	out := map[string][]string{}
	for _, l := range lexicons {
		for kind, words := range l.documentKinds {
			out[kind] = append(out[kind], words...)
		}
	}
	return out
}()

// DocumentKinds are the kinds of document a text names ("agreement", "protocol"), sorted.
func DocumentKinds(toks []Token) []string {
	var out []string
	for kind, words := range documentKinds {
		if slices.ContainsFunc(toks, func(t Token) bool { return !t.Num && HasPrefixIn(t.Text, words) }) {
			out = append(out, kind)
		}
	}
	slices.Sort(out)
	return out
}

// IsLightVerb reports a verb that only makes a noun an action ("совершил", "paid"): see the
// light lexicon.
func IsLightVerb(w string) bool { return ContainsWord([]Token{{Text: w}}, LightIndex) }

// IsAskingHowWord reports a word that says how a question asks ("represents", "stand for"):
// see the askingHow lexicon.
func IsAskingHowWord(w string) bool { return askingHowWords[w] }

// SaysBuilt reports a text saying a thing was built, laid or finished: the words of
// BuiltIndex, or a word of a deed done ("AzerTelecom laid the cable") not after "being",
// "will be" and the like.
func SaysBuilt(toks []Token) bool {
	if ContainsWord(toks, BuiltIndex) {
		return true
	}
	for i, t := range toks {
		if builtActive[t.Text] && (i == 0 || !notYetWords[toks[i-1].Text]) {
			return true
		}
	}
	return false
}

// VerbRoots calls fn with what is left of a word once a verb prefix of its language is taken
// off ("отремонтировали" → "ремонтировали"), when five letters or more are left.
func VerbRoots(l Lang, word string, fn func(root string) bool) {
	for _, p := range byLang(l).verbPrefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= 5 {
			if fn(rest) {
				return
			}
		}
	}
}

// FollowsAsHow reports a folded word that ends as a verb does ("kecir", "deyisib"), not as a
// noun made a predicate ("ildir") or "to be" ("olub"): after a word meaning both "how" and
// "how many", it says how.
func FollowsAsHow(w string) bool {
	return len([]rune(w)) > 3 && EndsWithAny(w, howVerbEndings) && !EndsWithAny(w, copulaEndings) && !beForms[w]
}

// EndsWithAny reports a word of more than one ending's length that ends with one of them.
func EndsWithAny(w string, endings []string) bool {
	for _, e := range endings {
		if len(w) > len(e) && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// IsPlanWord reports a word that makes a figure a plan or a possibility ("planned",
// "возможно", "mümkün"): the question's status slot reads it, so a fact that says it in other
// words ("could be exported") is not the worse for lacking it.
func IsPlanWord(w string) bool { return ContainsWord([]Token{{Text: w}}, PlanIndex) }

// IsSlotWord reports a word a question's slots read rather than its subject: a total
// ("cəmi", "всего") or an amount not saying of what ("volume", "объём"). Like a verb of
// handling, it helps a fact that uses it and never counts against one that does not.
func IsSlotWord(w string) bool {
	return TotalWords[w] || AmountNouns[w] || ContainsWord([]Token{{Text: w}}, UntilEndIndex) // "il sonuna qədər"
}

// NotUnitStem reports a stem of a word a unit's prefix would take that is no unit ("avrop" of
// "avropa", Europe, against "avro", euro).
func NotUnitStem(stem string) bool {
	for _, w := range notUnitWords {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// AsksCanHandle reports a word of what something can do within four words of a verb of
// handling, on either side as the languages order them ("how much oil can Aktau handle?",
// "сколько может перевалить", "nə qədər aşıra bilər", "қанша өңдей алады").
func AsksCanHandle(toks []Token) bool {
	for i, t := range toks {
		if !modalWords[t.Text] {
			continue
		}
		for k := max(0, i-4); k < min(len(toks), i+5); k++ {
			if k != i && HasPrefixIn(toks[k].Text, canVerbs) {
				return true
			}
		}
	}
	return false
}

// sinceIf is a lexicon's since words when it puts them after a year as after says.
func sinceIf(l *lexicon, after bool) []string {
	if l.sinceAfterYear == after {
		return l.since
	}
	return nil
}

// NamesNumber reports a number written as a name: after a number sign ("No. 2443", "№ 2443",
// a sign the tokens drop) or before one ("2443 nömrəli").
func NamesNumber(msg string, toks []Token, i int) bool {
	return i > 0 && NumberSigns[toks[i-1].Text] || i+1 < len(toks) && NumberSigns[toks[i+1].Text] ||
		strings.Contains(msg, "№ "+toks[i].Text) || strings.Contains(msg, "№"+toks[i].Text)
}

// Denies reports a text that says "not": a word of negation ("not", "не", "emes"), or a verb
// negated by its suffix ("алмайды", "алмайтын": cannot).
func Denies(toks []Token) bool {
	return HasWordIn(toks, NegationWords) || slices.ContainsFunc(toks, func(t Token) bool { return !t.Num && negatedInWord(t.Text) })
}

// NegatedBySuffix reports a word denied by a suffix of its own ("алмайды", "deyil" aside):
// the word it denies is the one before it, as verbs come last ("алмастыра алмайды").
func NegatedBySuffix(t Token) bool {
	return !t.Num && !NegationWords[t.Text] && negatedInWord(t.Text)
}

// negatedInWord reports a folded word with a verb's negating suffix past its root, perhaps
// followed by a case ending ("алмайтынын"): see lexicon.negatedInside.
func negatedInWord(w string) bool {
	for _, suf := range negatedInside {
		if i := strings.Index(w, suf); i >= 2 && len(w)-i-len(suf) <= 6 {
			return true
		}
	}
	return false
}

// ChangeAfter reports whether w is a verb of change that makes the amount right before it a
// change, and whether in w's language an amount in the dative is instead the level reached.
func ChangeAfter(w string) (change, dativeIsLevel bool) {
	for _, l := range lexicons {
		if HasPrefixIn(w, l.changeAfter) {
			return true, l.dativeIsLevel
		}
	}
	return false, false
}

// EndsInDative reports a word in the dative: its ending cut off after a hyphen ("TEU-ya"), or
// written on the word itself ("dollara", "долларға").
func EndsInDative(t Token) bool {
	return t.Dative || EndsWithAny(Fold(t.Text), dativeEndingList)
}
