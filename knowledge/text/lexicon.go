package text

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// lexicon is the word lists of one language. Words are written as people type them; the
// lists below fold them like the index (ə→e, қ→к, ...). Prefix lists match a word that starts
// with one of their entries, which covers inflection ("миллиона", "milyonluq", "миллионға");
// an entry ending in "$" matches that word only ("асты$" is not "астық", grain).
// Phrase lists hold |-separated phrases whose words are prefixes of the words of a text.
type lexicon struct {
	// markers mark the language (DetectLang) and double as stopwords.
	markers string
	// stop are words that carry no subject and are left out of retrieval.
	stop string
	// period say when, not what ("месяц", "year", "il", "жыл").
	period string
	// greeting and thanks are small talk.
	greeting, thanks string
	// opinion are phrases that ask for a view, a judgement or a prediction.
	opinion string
	// thisYear, lastYear and latest are phrases of relative time.
	thisYear, lastYear, latest string
	// change asks how a figure changed over time ("how has it changed", "по годам"): |-separated.
	change string
	// compare are phrases asking which of two figures is larger; or joins the two periods.
	compare, or string
	// amount ask for a figure; back point to something said before; when ask for a date.
	amount, back, when string
	who                string // "who": a person is asked for, not a figure
	// whichName are phrases asking for a name ("which countries", "какая компания"): not a figure.
	whichName string
	why       string // "why": a reason is asked for, not a figure
	// whyPhrases ask why in several words ("из-за чего", "не себепті", "nə üçün", "what caused").
	whyPhrases string
	where      string   // "where": a place is asked for, not a figure
	firstHalf  string   // "the first half of the year", "первое полугодие": January to June
	started    []string // "began", "стартовал", "başladı": an event that happens once
	// districts are the nouns of an administrative area: the word before one names a place,
	// even in lower case or as an adjective ("в гянджинском районе", "Gəncə rayonunda").
	districts []string
	// flows are the words of what crossed one way, exports and imports: after a colon they
	// open a figure of their own ("…$461.9 million: exports $375.3 million").
	flows []string
	// levels name a year's level a multiple is of ("three times the 2021 level").
	levels []string
	// thanProper is "than" itself ("than", "чем"), not "compared" or "over"; comparativeEndings
	// end a word that compares ("longer", "дольше"): "three times longer than the sea route".
	thanProper         string
	comparativeEndings []string
	// reasons are the words by which a fact's text gives a reason ("due to", "attributes").
	reasons []string
	// located are the words of where a thing lies ("located", "расположен", "yerləşir").
	located []string
	// light are verbs that only make a noun an action ("совершил визит", "paid a visit",
	// "сапар жасады"): a fact may say the same without them ("прибыл с визитом").
	light []string
	// joint are phrases that give a figure to several countries together ("bilateral",
	// "двух стран", "arasında"): |-separated.
	joint string
	// coordinators join two names as equals ("Kazakhstan and Azerbaijan", "Қазақстан мен
	// Әзірбайжан", "Azərbaycan ilə Qazaxıstan"): their order says nothing.
	coordinators string
	// synonyms are groups of words one restatement may use for another ("fast", "quickly",
	// "rapidly"): |-separated prefixes, one group per entry. Only strict synonyms: a figure-less
	// claim is confirmed by a fact saying the same in another of a group's words.
	synonyms []string
	// risingPhrases and fallingPhrases are moves said in two words ("ramped up", "scaled
	// back"): |-separated.
	risingPhrases, fallingPhrases string
	// superlatives rank a thing first or alone ("the cheapest route", "крупнейший",
	// "ən böyük", "ең ірі"): prefixes. A restatement may change other words, never these.
	superlatives []string
	// mostMarkers make the next word a superlative ("ən ucuz", "ең арзан", "most important").
	mostMarkers string
	// askingHow are words that say how a question asks, not what about: whom a person speaks
	// for ("which bank does Hargitai represent?" asks her organisation, which a fact gives
	// beside her name without the verb) and what an abbreviation stands for ("ASCO — what does
	// it stand for?": a fact giving the full name beside it answers). Whole words.
	askingHow string
	// reversal ask for the opposite direction of the previous question.
	reversal string
	// goal are prefixes of the words of goals ("цел", "target", "hedef").
	goal []string
	// actual are prefixes of the words that ask what really happened, against a plan the
	// question quotes ("фактически", "faktiki", "actual", "нақты").
	actual []string
	// countries are folded stems of the two partners' names, by glossary id.
	countries map[string][]string
	// toward are words before a country a flow goes to ("в", "into"); towardEndings the
	// endings that say it ("Qazaxıstana", "Қазақстанға"); economy the words of "the economy
	// of" ("в экономику Казахстана").
	toward        string
	towardEndings []string
	economy       []string
	// from are words before a country a flow comes from; fromEndings the ablative endings.
	from        string
	fromEndings []string
	// seat say where an organisation is based ("headquartered", "штаб-квартира", "qərargah").
	seat string
	// only single out one of several ("only Kazakhstan's", "тек", "yalnız"); notOnly are
	// the phrases that add instead ("not only", "не только").
	only, notOnly string
	// asOfData date the data a figure comes from ("по данным на", "as of", "деректер бойынша").
	asOfData string
	// inValue and inVolume say which of a trade's two measures a figure is of ("60% in
	// value", "по стоимости"; "150% in volume", "в физическом объёме").
	inValue, inVolume string
	// reportVerbs are prefixes of the words after a publisher's name that say it reports
	// ("says", "writes", "пишет", "yazır", "жазады"; "news", "agency").
	reportVerbs []string
	// territory are the words before a country that place something in it ("на территории").
	territory []string
	// buyerVerbs follow a country that buys ("Azerbaijan bought", "Азербайджан закупил"):
	// what it bought flows to it.
	buyerVerbs []string
	// sellerVerbs follow a country that sells ("Azerbaijan sold", "Казахстан поставил"): the
	// flow comes from it, and a country right after one ("sold Kazakhstan goods") is no
	// origin of the goods. Languages that put the verb last have none: their case endings
	// say it.
	sellerVerbs []string
	// commissioned tell that something was put into service ("went live", "введён в
	// эксплуатацию", "istismara verildi"): asked of a thing only planned, no plan answers.
	commissioned []string
	// willGoLive ask when a thing is to go into service ("will be commissioned", "введут в
	// эксплуатацию", "istifadəyə veriləcək", "іске қосылады"): a study of it does not say.
	willGoLive []string
	// opening are the nouns of a thing opened or inaugurated ("opening ceremony", "открытие",
	// "açılış", "ашылу"): a fact telling one tells when the thing went into service.
	opening []string
	// signedDone tell that a document was signed, in the past ("signed", "подписали",
	// "imzalanıb", "қол қойылды"): a question with one asks after a signing that happened.
	signedDone []string
	// monthAsked ask in which month ("which month", "в каком месяце", "hansı ayda", "қай
	// айда"): |-separated phrases.
	monthAsked string
	// rankAsked ask which in a row ('какое по счёту', 'neçə nömrəli', 'нешінші'): an
	// ordinal, not an amount, though 'neçə' and 'сколько' also ask how many.
	rankAsked string
	// documentKinds are the words of each kind of document, by kind: an agreement is not a
	// memorandum, a protocol or a roadmap (prefixes).
	documentKinds map[string][]string
	// notTowardBefore are words that make the preposition after them no direction:
	// "according to Kazakhstan Railways", "thanks to Azerbaijan".
	notTowardBefore string
	// reportNouns are prefixes of the words that name a publication ("report", "доклад"): a
	// year beside one dates the publication ("the World Bank's 2023 report"), not a figure.
	reportNouns []string
	// sponsors and executors are prefixes of the verbs that say who ordered, led or paid for
	// a work and who carried it out ("led and funded by the Commission, carried out by the
	// EBRD"); sponsorFirst: the verb comes before its actor (English, Russian), else after.
	sponsors, executors []string
	actorAfterVerb      bool
	// roles are prefixes of the words of an office held for a country ("minister",
	// "министр", "nazir"): whose office it is, the country beside it says.
	roles []string
	// offices are the titles a person holds ("minister", "commissioner"), not the institution
	// ("ministry", "министрлік"): "which minister said…" asks for a person, "which ministry…"
	// for an organisation.
	offices []string
	// vice words make an office another, lower one, written before it or after it ("Vice
	// President", "вице-председатель", "nazir müavini", "министр орынбасары").
	vice string
	// presidents are the highest titles, not among the offices (a president is named with
	// nearly every fact), but which a vice word lowers like any other.
	presidents []string
	// prefer are phrases built on a judging word that only say what someone prefers
	// ("жақсы көреді", likes): "which route do operators prefer?" asks what a source says.
	prefer string
	// locatives put a place after them ("in brussels"): a word there that the base does not
	// know, last in a claim, is a place it does not know, even typed in lower case.
	locatives string
	// handledPhrases ask what was carried, in words of a volume ("cargo volume", "объём
	// грузов"): a capacity is no answer to them.
	handledPhrases string
	// portfolios are what an office is for ("for Enlargement", "по транспорту", "nəqliyyat
	// üzrə", "көлік"): a commissioner for one is not the commissioner for another. Each
	// prefix maps to the portfolio's id, the same in every language.
	portfolios map[string]string
	// goalNouns are prefixes of the nouns naming a goal ("target", "цель", "hədəf", "мақсат"):
	// "the goal was achieved" states an achievement, though a goal is a plan word.
	goalNouns []string
	// compass are prefixes of the words of a direction on the map ("east", "батыс"): a claim
	// that names two ("from west to east") may have swapped them, which no word count shows.
	compass []string
	// causes are prefixes of the words that give a cause ("because", "из-за", "səbəbindən",
	// "себебінен"): a claim may have swapped cause and effect, which no word count shows.
	causes []string
	// finishWords are prefixes of the words of finishing ("completed", "завершат", "bitəcək",
	// "бітеді"): "when will it be finished?" is not answered by when it began.
	finishWords []string
	// anyDocument are prefixes of the document words that name no kind of document ("deal",
	// "документ", "sənəd", "құжат"): any agreement or memorandum is one.
	anyDocument []string
	// eventRoles are prefixes of the words of a part someone plays at an event ("opened the
	// forum", "открыл", "açılış", "ашты", "chaired"): who opened it is a fact of its own.
	eventRoles []string
	// arrivals are prefixes of the verbs of coming or arriving ("arrived", "прибыл", "gəldi",
	// "келді"): a question's word of how a cargo got somewhere, which facts say otherwise.
	arrivals []string
	// negatedInside are the folded suffixes that negate a verb inside its word (Kazakh
	// "-майды", "-майтын": "алмайтынын", cannot), a case ending perhaps after them.
	negatedInside []string
	// mustNot are the folded pieces of a verb of "must not" ("çəkməməlidir"): after "more
	// than X" the figure is an upper bound.
	mustNot []string
	// presence are prefixes of the words of being present at what others do ("in the presence
	// of", "в присутствии", "iştirakı ilə", "қатысуымен"): a witness is not the one who signs.
	presence []string
	// ministries are prefixes of the words naming a ministry ("ministry", "министерство",
	// "nazirliyi", "министрлігі"): with the offices and the heads of organisations, the words
	// whose neighbours say whose office or which organisation a claim means.
	ministries []string
	// placeHeads are prefixes of the words naming a terminal or a port ("terminal", "порт",
	// "liman"): the name beside one says which ("the Ceyhan terminal" is not the Sangachal
	// Terminal of a fact that names Ceyhan only as the pipeline's end).
	placeHeads []string
	// conditionals are prefixes of the words that make a statement hang on a condition or a
	// possibility ("if", "could", "если", "мүмкін"): a claim restating one may drop or turn
	// round what it hangs on, which no word count shows.
	conditionals []string
	// purposes are the words of the causes that give a purpose ("üçün", "үшін"): what a
	// thing is for, which a restatement keeps on its own side.
	purposes []string
	// headWords are prefixes of the words for a head of anything ("head", "глава",
	// "rəhbər", "басшы"): unlike "director" or "minister", they name no office a fact must
	// give in its own words ("the head of ADY" is its chairman).
	headWords []string
	// changeBy are the words right before the amount of a change ("grew by 21 Mt", "выросла
	// на 21 млн т"): the amount is a change, not a level.
	changeBy string
	// changeAfter are prefixes of the verbs that make the amount right before them a change
	// ("470 milyon dollar artıb", "470 млн долларға өсті": grew by 470 million), and
	// dativeIsLevel says an amount in the dative before them is instead the level reached
	// ("470 milyon dollara artıb": grew to 470 million) — so in Azerbaijani, not in Kazakh.
	changeAfter   []string
	dativeIsLevel bool
	// growthNouns are prefixes of the nouns of an increase ("growth", "прирост", "artım",
	// "өсім"): a lone amount of money a clause gives them ("the growth of trade was $461.9
	// million") is the change, not the level it reached.
	growthNouns []string
	// placeAbbrevs are the abbreviations written with a full stop before a place's name
	// ("пос. Алят", "qəs. Ələt"): the stop ends no sentence.
	placeAbbrevs string
	// cityAsked are phrases asking in which city ("in which city", "в каком городе"): a city
	// answers them, nothing else.
	cityAsked string
	// countryAsked are phrases asking which country ("which countries", "в какие страны",
	// "hansı ölkələrə", "қай елге"): a fact naming no country but the question's does not
	// answer ("to which countries will the Shamkir plant export?" is not its capacity).
	countryAsked string
	// bankAsked are phrases asking which bank ("which bank", "какой банк"): a bank the fact
	// names answers them, not a ministry that plans the money.
	bankAsked string
	// holdingAsked are phrases asking which holding ("which holding", "в какой холдинг"): a
	// holding the fact names answers them, not the railway company inside it.
	holdingAsked string
	// shipyardAsked are phrases asking which shipyard ("which shipyard", "hansı tərsanə"): no
	// source names one.
	shipyardAsked string
	// manufactures are the words of making a product ("manufactures", "производит",
	// "istehsal", "өндіреді"): who builds or lays a cable is not who makes it.
	manufactures []string
	// factories are the words for a works that makes things ("factory", "завод", "zavod"):
	// "which factory makes it?" asks a maker, as "who" does.
	factories []string
	// documentAsked are phrases asking which document ("which documents", "какие документы"):
	// a fact naming none (a meeting that took place) does not answer them.
	documentAsked string
	// nameAsked are phrases asking what something is called ("what are the names of",
	// "как называются", "adları nədir", "атаулары қандай"): a fact that names one answers.
	nameAsked string
	// fullCapacity name the capacity a thing is built for ("full capacity", "полная мощность",
	// "tam gücü", "толық қуаты"): a claim that gives it speaks of the design, as a plan does,
	// unless it says the capacity is already reached. Prefixes, several words allowed.
	fullCapacity []string
	// built say a thing stands finished ("has been built", "построен", "салынды"): a
	// statement that says so of what a source only plans is a plan stated as done. Unlike
	// the achieved words they say nothing of a figure (an opening's date is no completion's).
	// Prefixes, several words allowed.
	built []string
	// totalOf say the figure after them is all of something ("при общем грузообороте 1,8 млн
	// т", "out of a total of 2.3 Mt"): beside it another figure of a good is a part. Prefixes.
	totalOf []string
	// documents are prefixes of the papers a meeting signs ("memoranda", "соглашений",
	// "sazişlər", "келісім"): "how many memoranda were signed?" wants a count of them, not the
	// money the memoranda commit.
	documents []string
	// documentShort spell out a document's abbreviation ("MoU" is a memorandum): the source
	// writing it in full names the same paper.
	documentShort map[string]string
	// decrees are the words of a head of state's or a government's act ("order", "распоряжение",
	// "sərəncam", "өкім"), and numberNouns the words asking its number ("number", "номер",
	// "nömrə", "нөмір"): "the order's number" asks which act, not an amount.
	decrees, numberNouns []string
	// until are the words that make a month the end of a span ("until September", "до
	// сентября", "sentyabra qədər", "қыркүйекке дейін"), not a month of its own.
	until []string
	// owners are the words of owning a company ("owner", "владелец", "sahibi", "иесі",
	// "stake", "доля"): "who owns Fonte GreenMet?" is not what it founded.
	owners []string
	// causesAfter are the words of cause that follow their cause ("neft hesabına", "мұнай
	// есебінен": thanks to oil), in the languages that put them after it.
	causesAfter []string
	// that are the words opening what an opener introduces ("интересно, что …", "maraqlıdır
	// ki, …"): they say nothing of it (see WithoutOpener).
	that string
	// pairMarks say two parties are asked about as a pair ("between", "двусторонний",
	// "arasında", "екіжақты"): their document is theirs, not a third's with each.
	pairMarks []string
	// alone words ask for one party's part of a whole several gave ("the EIB alone", "сам
	// ЕИБ", "təkcə", "жалғыз").
	alone string
	// agentMarks stand beside the doer of a deed ("announced by", "объявила", "tərəfindən",
	// "жариялады"): unknown words there are a name.
	agentMarks string
	// byAgent words name the doer of a passive deed and nothing else ("by", "tərəfindən",
	// "тарапынан"): the word beside one is the doer.
	byAgent string
	// builtActive are words of a thing done ("built", "laid") that tell it only when notYet
	// words do not come right before ("is being built", "will be laid").
	builtActive, notYet string
	// carry are the prefixes of verbs that both carry goods and, with a carryOut word after
	// them, carry out a work ("the TITR carried 2.764 Mt"; "the EBRD carried out the study").
	carry    []string
	carryOut string
	// pays are the prefixes of the words of paying for a thing ("financ", "финансир",
	// "maliyyə", "қаржы"): "who finances the cable?" is not answered by who builds it.
	pays []string
	// payment are the prefixes of the words of paying a price or a fee ("pays", "платит",
	// "ödəyir", "төлейді"), not of investing: "how much does Kazakhstan pay for a tonne?"
	// asks money. Not "pay" itself: the prefixes serve every language, and the Azerbaijani
	// "payı" is a share.
	payment []string
	// saying are the prefixes of the words of saying something ("said", "сказал", "deyib",
	// "айтты"): "what did Tokayev say?" asks his words, not what the article he is in says.
	saying []string
	// halving are the words that make a multiple a cut ("halve", "вдвое сократить" is a
	// falling word already): "halve travel time" is 2 times less, not 2 times more.
	halving []string
	// deeds are the prefixes of the verbs of a work whose doer a who-question asks ("who
	// designed", "who dredged", "who wrote"): a fact naming no one beyond the question's own
	// names does not answer it, though it speaks of the work ("the design capacity").
	deeds []string
	// undoing words undo a deed ("cancelled", "closed", "отменили", "ləğv edib", "тоқтатты"):
	// a date a fact gives for the deed itself does not confirm its undoing (prefixes, folded).
	// Not "sold": goods sold are exports.
	undoing []string
	// also words add a party beside the source's ("Evrascon is also building the hub"): a
	// name so added does not deny the source's.
	also string
	// merely words restrict a statement to one thing ("not only", "не просто", "a не лишь"):
	// after a negation each denies the same as any other.
	merely string
	// yearBefore ask a follow-up about the year before the one asked ("and the year before?",
	// "а годом раньше?", "bəs bir il əvvəl?", "ал бір жыл бұрын?").
	yearBefore string
	// openers start a message with who asks, a greeting or chat ("did you know", "кстати",
	// "yeri gəlmişkən", "айтпақшы"), up to a colon, dash, comma, '?' or '!' ("я
	// логист, …", "writing a blog post: …", "quick one: …"): see WithoutOpener.
	openers string
	// languageNames say which language a text is in ("Trend's Russian service", "на русском",
	// "rus dilində"): they name no country, so they are read as nothing (see WithoutLanguageNames).
	languageNames string
	// earlier ask about a figure before a change ("and before?", "а раньше?", "bəs əvvəl?").
	earlier string
	// levelBefore ask in more words than one for the level a change started from ("from what
	// level?", "с какого уровня?", "hansı səviyyədən?", "қандай деңгейден?").
	levelBefore string
	// later ask about the figure after a change the previous answer gave the before of ("and
	// after?", "а после?", "bəs sonra?", "ал кейін ше?").
	later string
	// caseEndings are the endings Azerbaijani and Kazakh glue to an abbreviation with a hyphen
	// ("BTC-nin", "ТМТМ-нің", "БТД-ға"): grammar, no word of their own.
	caseEndings string
	// originGoods are goods a country's name right before makes that country's ("Azerbaijani
	// oil", "Әзербайжан мұнайы"): where the flow comes from.
	originGoods []string
	// exportOf are the words of exporting a country's name follows as the exporter's ("экспорт
	// Азербайджана", "exports of Azerbaijan"); originGoods also take them before ("Azerbaijan's
	// exports", "Azərbaycanın ixracı").
	exportOf []string
	// genitiveEndings follow a country's stem as its possessor ("Әзірбайжан|ның", "Azərbaycan|ın"):
	// the exporter even with a word between ("Әзірбайжанның қосымша экспорты").
	genitiveEndings []string
	// scales are prefixes of "thousand", "million", "billion", in that order; exactScales
	// are short words that must match whole ("k", "bn" is a prefix).
	scales      [3][]string
	exactScales map[string]float64
	// units are prefixes of the words of each unit; exactUnits short words that must match whole.
	units      map[string][]string
	exactUnits map[string]string
	// notUnits are words a unit's prefix would take that describe another thing counted
	// ("контейнерных поездов": trains, not containers).
	notUnits []string
	// approx, more and less qualify a figure before it; afterMore, afterLess and afterApprox
	// after it (Azerbaijani and Kazakh put them after the number); hedges are further words
	// of approximation that must match whole.
	approx, more, less []string
	// almost are the approximation words that put a figure just below its number ("almost",
	// "почти", "20-yə yaxın", "19 мыңға жуық"): no source's "more than" shows it.
	almost []string
	// exact say a figure is exact ("exactly 170", "ровно"): a source's "about 170" does not
	// show it.
	exact []string
	// narrow are the words that hold a bound close to its number ("just over", "чуть более").
	narrow                   []string
	afterMore, afterLess     []string
	afterApprox, hedges      []string
	planned, achieved, since []string
	// sinceAfterYear: the language puts "since" after the year ("2023-dən bəri", "2023 жылдан
	// бері"), not before it ("since 2023", "с 2023"): a Russian "с" after a year opens the next phrase.
	sinceAfterYear bool
	// untilEnd are the words of "up to the end of" a year ("to end-2022", "до конца 2022",
	// "2022-nin sonuna kimi", "2022 жылдың соңына дейін"): a total up to then is asked for.
	untilEnd []string
	// handled are the verbs of what a port or line did handle ("handled", "перевалил",
	// "aşırılıb", "өңдеді"): a question with one asks for throughput, not capacity.
	handled []string
	// than are the words that make the year after (or, with thanAfter, before) them the base
	// a change is measured against: "50% more than in 2020", "2020 жылмен салыстырғанда".
	than, thanAfter []string
	// thanRightBefore make the year right after them the base only there: "up 20% on 2020".
	thanRightBefore string
	// thanSamePeriod compare with "the same period" named right after them, and with nothing
	// else: "к тому же периоду 2022 года" (but "к 2028 году" is a deadline).
	thanSamePeriod string
	// versus start a figure set against the one before it ("60% by 2030 versus 40% in 2021",
	// "против 40% в 2021-м"): a claim of its own, with its own year.
	versus string
	// contrast join a second statement set against the first ("…was laid in 2010, while its
	// Ro-Ro terminal is planned later"): each is checked on its own.
	contrast string
	// record say a figure is a superlative ("a record", "впервые", "ən yüksək", "ең жоғары"):
	// only a source that says so too confirms it.
	record []string
	// published tell of a publication ("published", "выпущено", "yayımlanıb", "жарық көрді"): a
	// claim dating one is confirmed only by a source that dates a publication, not an event page.
	published []string
	// ever say a superlative has no bound in time ("ever", "за всю историю"): one a source
	// bounds ("the highest in 22 years") does not confirm it.
	ever []string
	// peak name a design's figure at full load ("at peak", "на пике"): no single phase's.
	peak []string
	// afterMoreThan mean "more than" only right after a number's unit, which has a "than"
	// ending ("860 TEU-dan artıq"); elsewhere they say something else ("artıq": already).
	afterMoreThan []string
	// unitPhrases are units said in several words, read as their abbreviation ("twenty-foot
	// equivalent units": TEU), so that a figure before them has its unit.
	unitPhrases map[string]string
	// shortenings are words people shorten or borrow when typing ("intl", "govt", az "faza"
	// for "mərhələ"), read as the word the base writes:
	// an unknown short word would otherwise be taken for a name no fact knows.
	shortenings map[string]string
	// phraseSynonyms are phrases people type for a word the base writes ("put out" for
	// "published"), read as that word.
	phraseSynonyms map[string]string
	// halfOf say a figure is compared with half of another ("less than half of the 529.4
	// million", "529,4 milyonun yarısından az"): not "the first half" of a year.
	halfOf []string
	// spent say money was spent or paid out ("spent", "израсходовано", "xərclənib",
	// "жұмсалды"): a sum only committed does not confirm it.
	spent []string
	// upDown stand before "from" to give the level a figure moved from ("up from 1 Mt").
	upDown string
	// nextYear say "the year after" the one a text names ("the following year", "келесі жылы").
	nextYear string
	// modalMonths are month names that are also common words ("may"): a month only beside a
	// number or after one of monthPrepositions ("in May", "since May").
	modalMonths, monthPrepositions string
	// byAmount put the amount of a difference after them ("на 77 млн больше", "by $77
	// million more"): with "than" after, one comparison.
	byAmount string
	// tonnage name a weight without a figure ("tonnage", "тоннаж"): a question asking the
	// tonnage asks a figure in tonnes, as "how many tons" does.
	tonnage []string
	// initial name a design's first stage without an ordinal ("initially", "первоначально",
	// "ilkin", "бастапқыда"): the first phase's figure, not the one at peak.
	initial []string
	// hedge make a statement conditional ("could", "may", "если", "bilər", "мүмкін"): a
	// source's "could triple" does not confirm "will triple".
	hedge []string
	// forecast attribute a figure to someone's expectation ("expects", "ожидает", "proqnoz"):
	// a claim saying so does not state as certain what a source says could happen.
	forecast []string
	// which ask which of several ("which port", "какой порт"), and better judge one the better
	// ("better", "лучше"): "which port is better for transit?" asks for a judgement.
	which, better string
	// asks are the words that make a clause a question ("what", "сколько", "nə", "қанша"): a
	// message with one on each side of an "and" asks two things.
	asks string
	// numberSigns mark a number as a name, not an amount ("Order No. 2443", "№ 2443",
	// "2443 nömrəli"): the sign before it, or the word after it in Azerbaijani and Kazakh.
	numberSigns string
	// scaledUnits are words that are a scale and a unit at once ("Mt": million tonnes).
	scaledUnits map[string]ScaledUnit
	// ordinalSuffixes turn the number before them into an ordinal ("1st", "2nd"), no figure.
	ordinalSuffixes string
	// fractionNouns after an ordinal make it a fraction: "на пятую часть больше" is a fifth
	// more, not the fifth of anything.
	fractionNouns string
	// shortYearEndings end a year typed with two digits ("24-й", "25го"); shortYearNouns, the
	// singular "year", may follow one with no ending ("за 24 год"); shortYearBoth asks for
	// both, where a number with an ending alone is an ordinal ("21-ci iclas") and one before
	// "year" alone a count of years ("son 25 ilin").
	shortYearEndings, shortYearNouns string
	shortYearBoth                    bool
	// ordinalEndings, glued with a hyphen to a number, make it an ordinal ("1-я очередь",
	// "1-ci mərhələ", "1-ші кезең"); other endings ("2024-cü", "2030-ға") leave it a number.
	ordinalEndings string
	// halfLetters come before the number of a half-year ("H1 2023" tokenizes as h, 1).
	halfLetters string
	// halfWords come after the number of a half-year ("1 полугодие", "2-ci yarımil").
	halfWords []string
	// aloneUnits are scale letters that name a unit when neither money nor a unit goes with
	// them: "$5m" and "5m tonnes" are millions, "5 m deep" metres.
	aloneUnits map[string]string
	// rangeFrom and rangeTo mark "from X to Y" between two figures of one unit ("с 60% до
	// 53%"); in Azerbaijani and Kazakh the first figure carries a from-ending ("60%-дан").
	rangeFrom, rangeTo string
	// timesWords are a multiple in one word ("вдвое", "tripled"): a figure in times.
	timesWords map[string]float64
	// placeFrom and placeTo are the words before a place something moves from or to ("from",
	// "из", "с"; "to", "в", "до"); placeToEndings the endings of a place moved to ("Səngəçala",
	// "Сангачалға"). From-endings are fromEndings.
	placeFrom, placeTo string
	placeToEndings     []string
	// opposites are pairs of phrase lists that say opposite things ("3 times longer" and "3
	// times less time", "the highest in 22 years" and "the lowest"): a claim with one side is
	// not confirmed by a text with the other.
	opposites [][2]string
	// predictionStarts open a yes-or-no question about the future ("will"); futureMarkers
	// put one in the future ("next year"); predictionEndings end a verb asking whether
	// something will or should happen ("görüşəcəklərmi", "keçməlidirmi").
	predictionStarts, futureMarkers string
	predictionEndings               []string
	// amountPhrases ask for a figure in more than one word ("how big", "какого размера").
	amountPhrases string
	// quantifiers are amount words that ask for a figure only within an amount phrase: "how
	// much" asks, "much of the infrastructure" does not.
	quantifiers string
	// verbEndings end a verb form: "за сколько доходит" asks how long something takes, not
	// for a count of some "доходит" the base has never heard of.
	verbEndings []string
	// adjectiveEndings end an adjective ("подводную", "оптоволоконная"): a word so ending
	// first in a sentence is no name, though only its stem is known.
	adjectiveEndings []string
	// dateAsked ask for a date itself ("on what date", "какого числа"): an answer must give
	// one, and "soon" does not.
	dateAsked string
	// whenPhrases ask when in more words than one ("in what year", "в каком году",
	// "hansı ildə", "қай жылы"): a date answers them.
	whenPhrases string
	// yearsAsked ask for a number of years ("how many years", "сколько лет", "neçə il"): a
	// span of years answers them, not a figure of a year.
	yearsAsked string
	// daysAsked ask for a number of days ("how many days", "сколько дней", "neçə gün"): a
	// figure in days answers them.
	daysAsked string
	// fullYear name a whole year ("full year", "tam il"): not some months of it.
	fullYear string
	// flowNouns follow a unit word used as an adjective ("container traffic"): the year
	// before it dates the flow, it counts no boxes.
	flowNouns string
	// yearTens and yearOrdinals read a year said in words: "twenty twenty-four" (the tens
	// word said twice), "двадцать четвёртый год" (tens, then the ordinal of the units).
	yearTens     string
	yearOrdinals map[string]int
	// containerWords name containers, which the unit of TEU counts but which are not TEU:
	// "19 thousand containers" is no "19 thousand TEU" (a 40-foot box is two).
	containerWords []string
	// countryWords count countries after a number ("the four countries", "четыре страны").
	countryWords []string
	// endBefore name the end of a year before it ("by the end of 2022", "к концу 2022").
	endBefore string
	// samePeriod point back to the period of the sentence before ("in that period", "за этот
	// период", "həmin dövrdə").
	samePeriod string
	// amountNouns name an amount without saying of what ("volume", "объём", "həcm"): the
	// question's other words say what it is the amount of.
	amountNouns string
	// nextWords ask about the next of something ("the next meeting", "следующая встреча"): a
	// past one is no answer, only a plan or schedule.
	nextWords []string
	// and join two statements of one sentence ("exported $375m to Azerbaijan and imported $87m
	// from it"): each with its own figure is a claim of its own.
	and string
	// negation are the words that deny a statement ("not", "не", "deyil", "емес"): a clause
	// with one says the opposite of a fact that shares its other words.
	negation string
	// negationFollows: the negation stands after what it denies ("TEU deyil", "TEU емес"),
	// not before it ("not TEU", "не TEU").
	negationFollows bool
	// howVerbEndings end a verb ("keçir", "dəyişib"); copulaEndings end a noun made a
	// predicate ("ildir"), and beForms are "to be" ("neçə olub": how many was it). Folded,
	// Azerbaijani "necə" (how) and "neçə" (how many) are one word: a verb after it says how,
	// unless it is "to be", and a noun after it how many.
	howVerbEndings, copulaEndings []string
	beForms                       string
	// byMeans are the endings of a noun that says by what means ("танкерами", "tankerlərlə"):
	// "how much was carried by tankers" counts no tankers.
	byMeans []string
	// privative are the endings of a word that says "without" ("инвестициясыз", "investisiyasız"):
	// a claim using the very word of a fact's denial denies what the fact does.
	privative []string
	// whichCompany are phrases asking which company or organisation did something.
	whichCompany string
	// titles are the words before or after a person's name that say what office they hold
	// ("President", "chairman", "sədri", "министр"): a name beside one is a person's.
	titles string
	// deputy make an office a deputy's ("vice", "заместитель", "müavin", "орынбасар"): a
	// vice-president named as president holds another office than the source gives.
	deputy []string
	// yearNouns are the words for a year ("year", "года", "ilin", "жылдың"): "by year-end" counts
	// to the end of one.
	yearNouns string
	// whatIs ask what something is ("what is", "что такое", "nədir", "дегеніміз не"): with a
	// name alone, the fact that defines it answers.
	whatIs string
	// modal say what something can do ("can", "может", "bilər", "алады"): beside a verb of
	// handling, they ask a capacity ("how much oil can Aktau handle?"), not what was handled.
	modal string
	// handleAsked are forms of a verb of handling a question uses to ask what was handled
	// ("how much did Aktau handle?"), which a claim uses for a plan too ("was to handle").
	handleAsked string
	// buyFrom name the seller after a verb of buying with a preposition of its own ("купит у
	// Казахстана"): the country after it is where the goods come from.
	buyFrom string
	// fromStart count from something's start ("since it began", "с начала работы",
	// "istismara verildiyi gündən", "іске қосылғаннан бері"): a figure so counted is a total.
	fromStart string
	// canVerbs are the verbs of handling in the form a modal takes ("handle", "перевалить",
	// "aşıra", "өңдей"), beside the past forms of handled.
	canVerbs []string
	// singleYear are phrases that put a change within one year ("in a single year", "за один
	// год"): a span of one year, which a change over seven years refutes.
	singleYear string
	// denial are the words and denialPhrases the phrases by which a fact's text says something
	// was not done ("without any investment", "has not yet been assessed"); "no more than" and
	// "not only" are no denial.
	denial, denialPhrases string
	// attribution are the words that say who reports something ("according to", "said"): a
	// company named beside one tells, it does not do.
	attribution string
	// including open a part of the figure before ("…, including 96,000 TEU"): one claim.
	including string
	// placeNounBefore are the place nouns a name follows ("port of Batumi", "порт Поти"); in
	// Azerbaijani and Kazakh the name comes first ("Batumi limanı", "Поти порты").
	placeNounBefore string
	// whereName ask for a place by its kind ("which city", "в каком городе", "qaysı şəhər").
	whereName string
	// partOf ask for a part of a whole the question states ("how much of the €10 bn"): the
	// whole's own figure is no answer.
	partOf string
	// byHalf are a change or share of a half in words ("by almost half", "наполовину"): 50%.
	byHalf string
	// wholeOf open a clause with the whole a part is then taken of ("из", "of").
	wholeOf string
	// orgHeads end the name of an organisation ("Asian Development Bank").
	orgHeads string
	// thanEndings are the case endings glued to such a year ("2020-dən", "2020-дан").
	thanEndings   []string
	futureEndings []string
	// presentFutureEndings end a verb whose one tense tells the present and the future alike
	// (Kazakh "ашады": opens, will open).
	presentFutureEndings []string
	months               [12][]string
	monthUnit            []string
	numbers              map[string]float64
	// cardinals are the other number words, spelled out ("сорок", "twenty", "otuz", "жиырма"),
	// inflected forms included; hundred multiplies what comes before it ("two hundred"); half
	// adds a half to the number before it ("четыре с половиной", "four and a half").
	cardinals map[string]float64
	hundred   string
	half      string
	// decimalPoint separates the whole of a number said in words from its fraction ("three
	// point four", "три целых четыре десятых", "üç tam onda dörd", "үш бүтін оннан төрт");
	// fractionPlaces are the words that say the fraction's place (tenths: 10), said after
	// its digit in Russian and before it in Azerbaijani and Kazakh. English names no place:
	// each word after "point" is a digit.
	decimalPoint        string
	fractionPlaces      map[string]float64
	perYear, total, all string
	// dative are the dative endings written after a hyphen or apostrophe ("TEU-ya"), and
	// upToAfterDative the words that after one say "up to", not "about" ("110 min TEU-ya
	// qədər"; "110 min qədər" is about 110,000).
	dative, upToAfterDative string
	// routeWords join a line's ends ("runs from Sumgait to Aktau", "between Sumgait and Aktau"):
	// which way it goes is checked on its own, so a text may say it in either words.
	routeWords string
	// perMonth and perDay are words and phrases of a monthly or daily rate ("a month",
	// "в сутки", "ayda", "тәулігіне"); a word right after a number is a span ("8 ayda").
	perMonth, perMonthPhrases, perDay, perDayPhrases string
	// perWeek are the words and phrases of a weekly rate ("a week", "аптасына").
	perWeek string
	// perDayAfterFigure are daily-rate phrases that are one only right after a figure: "в
	// день" of "1,2 млн баррелей в день", not of "в день визита".
	perDayAfterFigure string
	perYearPhrases    string   // "каждый год", "every year": |-separated
	whole             []string // "итоговая", "full", "yekun": the whole, not a part of it
	// fullyDone say a plan is carried out in full ("при полной реализации", "fully
	// implemented"): a condition, not the whole of a figure.
	fullyDone       string
	rising, falling []string // words of growth and of decline
	// section name a part of a route or a thing ("section", "участок", "hissəsi", "бөлігі").
	section        []string
	deadlineBefore string   // "by", "к": a year as a deadline
	deadlineAfter  []string // "qədər", "дейін" after the year
	// howMuch ask "how much" with a deadline word ("nə qədər"): after a year it is no deadline
	// ("2023-cü ildə nə qədər" is "how much in 2023", not "by 2023").
	howMuch string
	phases  []string
	// placeNouns name a kind of place after its name ("Batumi port", "Батуми порты"): the
	// capitalized word before one is a name even first in a sentence.
	placeNouns []string
	ordinals   map[string]int
	planText   []string // unfolded: a plan's text in this language must use one
	// verbPrefixes are the prefixes a verb takes before a root the base may use bare
	// ("отремонтировали", "ремонт"), longest first.
	verbPrefixes []string
}

// lexicons are every language's word lists, in the order phrase lists are tried, and the signs
// that mean the same in every language.
var lexicons = []*lexicon{&russian, &english, &azerbaijani, &kazakh, &signs}

// byLang finds the word lists of a language.
func byLang(l Lang) *lexicon {
	switch l {
	case RU:
		return &russian
	case AZ:
		return &azerbaijani
	case KK:
		return &kazakh
	}
	return &english
}

// signs are symbols that qualify a figure in any language.
var signs = lexicon{
	approx: []string{"~", "≈"},
	more:   []string{">"},
	less:   []string{"<"},
	units:  map[string][]string{"usd": {"$"}, "eur": {"€"}, "percent": {"%"}, "tenge": {"₸"}},
}

// joined concatenates a string list of every language.
func joined(get func(*lexicon) string) string {
	var b strings.Builder
	for _, l := range lexicons {
		b.WriteString(get(l))
		b.WriteString("\n")
	}
	return b.String()
}

// phrases concatenates the |-separated phrase lists of every language, one per line.
func phrases(get func(*lexicon) string) Phrases {
	return NewPhrases(PhraseList(joined(get)))
}

// Phrases is a list of phrases (each word a prefix of its token) with the first two bytes of
// every first word, so that a token that starts none is passed over without a comparison.
type Phrases struct {
	// byHead files each phrase under the first two bytes of its first word (a one-byte word
	// under itself): a token is compared only with the phrases it may start.
	byHead map[uint32][][]string
	// heads has a bit set for each head key in byHead (by a hash of it): most words start no
	// phrase of a list, and a bit test tells them so without a map lookup.
	heads [4]uint64
}

// headBit is the bit of heads a head key sets.
func headBit(h uint32) (word int, bit uint64) {
	x := (h * 2654435761) >> 24 // the top byte of a multiplicative hash
	return int(x >> 6 & 3), 1 << (x & 63)
}

// NewPhrases indexes a phrase list.
func NewPhrases(list [][]string) Phrases {
	ps := Phrases{byHead: map[uint32][][]string{}}
	for _, p := range list {
		h := headKey(head(p[0]))
		ps.byHead[h] = append(ps.byHead[h], p)
		w, b := headBit(h)
		ps.heads[w] |= b
	}
	return ps
}

// head is the key a word is filed under: its first two bytes (or all of a shorter word).
func head(w string) string { return w[:min(2, len(w))] }

// headKey packs the first two bytes of a word (or its only byte) into a map key that hashes
// faster than the string: the lexicons are looked up for every word of every question.
func headKey(w string) uint32 {
	if len(w) == 1 {
		return uint32(w[0]) | 1<<16
	}
	return uint32(w[0]) | uint32(w[1])<<8 | 2<<16
}

func prefixes(get func(*lexicon) []string) []string {
	var out []string
	for _, l := range lexicons {
		for _, p := range get(l) {
			out = append(out, p)
			// tokens are folded: "sərəncam" is matched as "serencam", "басталған" as
			// "басталган", whether or not the list writes that form too
			if f := Fold(strings.ToLower(p)); f != p && !slices.Contains(get(l), f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// foldedFields is the set of the folded, lower-case words of s, split at spaces.
func foldedFields(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[Fold(strings.ToLower(w))] = true
	}
	return m
}

func wordsOf(get func(*lexicon) string) map[string]bool { return WordSet(joined(get)) }

func mergeMaps[V comparable](get func(*lexicon) map[string]V) map[string]V {
	out := map[string]V{}
	for _, l := range lexicons {
		for k, v := range get(l) {
			if old, dup := out[k]; dup && old != v {
				panic(fmt.Sprintf("text: %q means both %v and %v", k, old, v))
			}
			out[k] = v
		}
	}
	return out
}

// WordSet folds the words of s (separated by spaces) into a set.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		var toks []Token
		for _, t := range Tokenize(w, toks) {
			m[t.Text] = true
		}
	}
	return m
}

// PhraseList splits a list of |-separated phrases and folds each word like the index.
func PhraseList(s string) [][]string {
	var out [][]string
	for _, line := range splitAny(s, "|\n") {
		var words []string
		for _, field := range strings.Fields(line) {
			if field == "*" && len(words) > 0 {
				words = append(words, "*") // any one word: "which * city" (see PhraseIn)
				continue
			}
			for _, t := range Tokenize(field, nil) {
				if t.Text == "$" && len(words) > 0 {
					words[len(words)-1] += "$" // "son$": this word only (see PhraseIn)
					continue
				}
				words = append(words, t.Text)
			}
		}
		if len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}

// PhraseIn reports the words of p in a row in toks, each a prefix of its token.
func PhraseIn(toks []Token, p []string) bool {
	for i := 0; i+len(p) <= len(toks); i++ {
		ok := true
		for k, w := range p {
			t := toks[i+k]
			if w == "*" {
				if t.Num {
					ok = false // "which Azerbaijani city", not "which 2 cities"
					break
				}
				continue
			}
			if whole, exact := strings.CutSuffix(w, "$"); exact && t.Text != whole {
				ok = false // "son$": this word only, not "sonuna" (to the end)
				break
			} else if exact {
				continue
			}
			// A word of a letter or two is a word of its own ("a day" is not "Asiyada
			// dayanıqlı", "в сутки" not "возможно сутки"); a longer one is a stem.
			if t.Num || len(t.Text) < len(w) || t.Text[:len(w)] != w || utf8.RuneCountInString(w) <= 2 && t.Text != w {
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

// AsksWhichName reports a phrase asking for a name ("which countries"), also with one word
// between ("and which third country?", "какая ещё компания").
func AsksWhichName(toks []Token) bool { return AsksWhich(toks, WhichName) }

// AsksWhich reports a phrase of ps ("which company"), also with one word or an ordinal between
// the question word and the rest ("hansı qazax şirkəti", "which Kazakh company", "which 3rd
// country").
func AsksWhich(toks []Token, ps Phrases) bool {
	if AnyPhraseIn(toks, ps) {
		return true
	}
	for i := 0; i+2 < len(toks); i++ {
		if !WhichWords[toks[i].Text] {
			continue
		}
		if !toks[i+1].Num && AnyPhraseIn([]Token{toks[i], toks[i+2]}, ps) {
			return true
		}
		// "which 3rd country": an ordinal between, written in digits with its ending
		if i+3 < len(toks) && toks[i+1].Num && OrdinalSuffixes[toks[i+2].Text] && AnyPhraseIn([]Token{toks[i], toks[i+3]}, ps) {
			return true
		}
	}
	return false
}

// AnyPhraseIn reports whether any phrase of ps is in toks.
func AnyPhraseIn(toks []Token, ps Phrases) bool {
	for i := range toks {
		if ps.startAt(toks, i) != nil {
			return true
		}
	}
	return false
}

// PhraseAfterFigure reports a phrase of ps right after a number, a scale or a unit: "1,2 млн
// баррелей в день" is a daily rate, "в день государственного визита" is a date.
func PhraseAfterFigure(toks []Token, ps Phrases) bool {
	for i := 1; i < len(toks); i++ {
		prev := toks[i-1]
		if (prev.Num || IsScale(prev.Text) || UnitOf(prev.Text) != "") && ps.startAt(toks, i) != nil {
			return true
		}
	}
	return false
}

// startAt is the phrase of ps that begins at toks[i], or nil.
func (ps Phrases) startAt(toks []Token, i int) []string {
	t := toks[i]
	if t.Num || t.Text == "" {
		return nil
	}
	for _, h := range [2]uint32{headKey(head(t.Text)), headKey(t.Text[:1])} {
		if w, b := headBit(h); ps.heads[w]&b == 0 {
			continue // no phrase of the list starts so
		}
		for _, p := range ps.byHead[h] {
			if len(p) <= len(toks)-i && PhraseIn(toks[i:i+len(p)], p) {
				return p
			}
		}
		if len(t.Text) == 1 {
			break // both keys are the same byte
		}
	}
	return nil
}

// StartsPhrase reports a phrase of ps beginning at toks[0].
func StartsPhrase(toks []Token, ps Phrases) bool { return len(toks) > 0 && ps.startAt(toks, 0) != nil }

// CutPhrases removes every phrase of ps found in toks and returns the other words (their
// folded forms, which read like the original), or false if none is there.
func CutPhrases(toks []Token, ps Phrases) (string, bool) {
	if !anyPhraseAt(toks, ps) {
		return "", false // most questions ask no change: nothing to build
	}
	var b []byte
	for i := 0; i < len(toks); i++ {
		// every phrase goes: "how has transit changed?" is about transit, not a change
		if p := ps.startAt(toks, i); p != nil {
			i += len(p) - 1
			continue
		}
		b = append(b, toks[i].Text...)
		b = append(b, ' ')
	}
	return string(b), true
}

// anyPhraseAt reports a phrase of ps starting somewhere in toks.
func anyPhraseAt(toks []Token, ps Phrases) bool {
	for i := range toks {
		if ps.startAt(toks, i) != nil {
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

// AnyWordHasPrefix reports a word of toks (not a number) that starts with one of prefixes.
func AnyWordHasPrefix(toks []Token, prefixes []string) bool {
	for _, t := range toks {
		if !t.Num && HasPrefixIn(t.Text, prefixes) {
			return true
		}
	}
	return false
}

// HasPrefixIn reports whether w starts with one of prefixes.
func HasPrefixIn(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if exact, ok := strings.CutSuffix(p, "$"); ok {
			if w == exact {
				return true // "асты$": this word only, not "астық" (grain)
			}
		} else if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// OneOfWord reports whether w is one of words.
func OneOfWord(w string, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// HasWordIn reports whether any word of toks is in set.
func HasWordIn(toks []Token, set map[string]bool) bool {
	for _, t := range toks {
		if !t.Num && set[t.Text] {
			return true
		}
	}
	return false
}

// ContainsWord reports a word of toks that starts with one of words (words of one or two
// letters must match whole), or two words in a row that start a two-word entry.
func ContainsWord(toks []Token, words *WordIndex) bool {
	for i, t := range toks {
		if t.Num || t.Text == "" {
			continue
		}
		if words.exact[t.Text] {
			return true
		}
		for _, h := range [2]uint32{headKey(head(t.Text)), headKey(t.Text[:1])} {
			for _, w := range words.prefixes[h] {
				if strings.HasPrefix(t.Text, w) {
					return true
				}
			}
			for _, p := range words.pairs[h] {
				if strings.HasPrefix(t.Text, p[0]) && followedBy(toks[i+1:], p[1]) {
					return true
				}
			}
			if len(t.Text) == 1 {
				break
			}
		}
	}
	return false
}

// followedBy reports tokens starting with the words of rest ("the start" of "from the start"),
// each a prefix of its token.
func followedBy(toks []Token, rest string) bool {
	for k, w := range strings.Fields(rest) {
		if k >= len(toks) || !strings.HasPrefix(toks[k].Text, w) {
			return false
		}
	}
	return true
}

// WordIndex is a list of word prefixes (and two-word phrases of prefixes) filed by their first
// two bytes, so that a token is compared only with the entries it may start with. Entries of
// one or two letters must be the whole word: a prefix that short would match too much.
type WordIndex struct {
	exact    map[string]bool
	prefixes map[uint32][]string
	pairs    map[uint32][][2]string
}

// IndexWords files a list of prefixes for ContainsWord.
func IndexWords(words []string) *WordIndex {
	x := &WordIndex{exact: map[string]bool{}, prefixes: map[uint32][]string{}, pairs: map[uint32][][2]string{}}
	for _, w := range words {
		switch a, b, pair := strings.Cut(w, " "); {
		case pair:
			x.pairs[headKey(head(a))] = append(x.pairs[headKey(head(a))], [2]string{a, b})
		case strings.HasSuffix(w, "$"):
			x.exact[strings.TrimSuffix(w, "$")] = true // this word only (see the lexicon)
		case utf8.RuneCountInString(w) <= 2:
			x.exact[w] = true
		default:
			x.prefixes[headKey(head(w))] = append(x.prefixes[headKey(head(w))], w)
		}
	}
	return x
}

// PortfolioOf is the portfolio a word names ("transport" for "транспорту", "nəqliyyat",
// "көлік"), or "".
func PortfolioOf(w string) string {
	for p, id := range portfolioPrefixes {
		if strings.HasPrefix(w, p) {
			return id
		}
	}
	return ""
}
