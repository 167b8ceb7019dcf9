package frame

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge"
)

// changesNext reports a verb of rising or falling within two words from toks[k].
func changesNext(toks []text.Token, k int) bool {
	for i := k; i < len(toks) && i < k+2; i++ {
		if !toks[i].Num && (text.HasPrefixIn(toks[i].Text, text.RisingWords) || text.HasPrefixIn(toks[i].Text, text.FallingWords)) {
			return true
		}
	}
	return false
}

// OtherUnit is the unit of a figure counted in something no fact measures ("1200 человек").
const OtherUnit = "other"

// Figure is a number a claim states, with what it counts.
type Figure struct {
	Value    float64 // with the scale applied: "3,6 млн" → 3600000
	Raw      float64 // as written: 3.6
	Decimals int     // digits after the decimal point, for the rounding the claim uses
	Scale    float64
	Unit     knowledge.Unit // usd, eur, tonne, percent, teu, barrel, km, tenge, times, year; "" unknown
	Approx   bool           // "около", "about", "təxminən", "шамамен"
	Almost   bool           // "almost", "почти", "19 мыңға жуық": just below, approximately
	Exact    bool           // "exactly", "ровно": no source's "about" shows it
	Bound    int            // +1: "more than", -1: "less than"
	Negative bool           // written with a minus sign
	// Containers: the unit is written as containers, which are counted, not as TEU.
	Containers bool
	// Before: the first of "from X to Y" — the level before the change the claim dates.
	Before bool
	// From: Before, said with "from" ("from 28–32 days", "28-32 gündən"), not the low end of
	// a range alone ("now 28–32 days").
	From bool
	// Span: a number of years ("in 22 years"), not a year.
	Span bool
	// Narrow: the bound is close to its number ("just over 3 million": not 3.8 million).
	Narrow bool
	// OtherRated: the clause's yearly rate ("a year") follows another of its figures, not
	// this one.
	OtherRated bool
	// Per is "month", "week" or "day" for such a rate ("2 Mt a month"), compared with a
	// yearly one as twelve or 365 of it.
	Per string
	// Countries: the figure counts countries ("the four corridor countries"), which a fact
	// naming that many countries accounts for.
	Countries bool
	// Whole: the figure opens a clause as the whole the next one takes a part of ("Из 10 млрд
	// евро, … 3 млрд — гранты", "Of the €10 billion, 3 billion are grants").
	Whole bool
	// Difference: the figure is how much one figure exceeds (or falls short of) another
	// ("87 million more than the 470 million", "470 milyondan 87 milyon çox"), Base being
	// the one it is measured from: it is checked by arithmetic, not against a source.
	Difference bool
	Base       float64
	// HalfOf: another figure of the clause is said to be more than, less than or just half
	// of this one ("less than half of the 529.4 million"); HalfCompare is +1, -1 or 0.
	HalfOf      bool
	HalfCompare int
	// By: the figure follows "by" ("grew by 21.2 Mt", "выросла на 21,2 млн т"), the amount of
	// a change when the clause states one.
	By bool
	// Part is what the words right after the figure say it measures of a whole: "trade-value"
	// ("60% in value") or "trade-volume" ("150% in volume"), the parts the data splits trade
	// growth into; "" when they say neither.
	Part string
	// AfterIncluding: the figure follows "of which", "из них", "onlardan" — a part of the
	// whole a figure before it gives.
	AfterIncluding bool
	at             int // the token it was read from
}

// Claim is what a clause says in numbers: figures, the period, plan or achievement.
type Claim struct {
	// Alone: the clause says one did it alone ("the EIB alone", "təkbaşına").
	Alone   bool
	Figures []Figure
	Years   []int // years naming the period (not a figure themselves)
	Months  [2]int
	Since   bool
	// YearRange: the years are one span ("2027–2028"), not separate dates ("in November 2022
	// … by 2025").
	YearRange bool
	// YearsBefore: the years are the clause before's ("in 2024, 20.1 hours on average, the
	// limit 30 hours"): a figure with no period of its own may still be the one meant.
	YearsBefore bool
	// Resolved is a year read from relative time ("last year", said now), searched with the
	// clause as if written.
	Resolved int
	// ReportYear is the year written beside a publisher's name ("Report, March 2026"): when
	// the source spoke, which a fact of another source's year does not show.
	ReportYear int
	// YearEnd: "by the end of the year", "до конца года" — the whole year, whatever months the
	// clause before named.
	YearEnd  bool
	Planned  bool // "will", "planned", "может", "olacaq", "жоспарланған"
	Achieved bool // "already", "уже", "artıq", "қазірдің өзінде", "produces"
	Built    bool // "has been built", "построен", "tikilib", "салынды": finished (see text.BuiltIndex)
	// Deadline: a year is named as a deadline ("by 2025", "к 2028 году", "2027-ci ilə qədər",
	// "2028 жылға дейін"), which speaks of a plan.
	Deadline bool
	// Once: the clause speaks of an event that happens once — a start, a launch, the second
	// meeting — so another year is wrong, not merely unknown (visits recur; a start does not).
	Once bool
	// Ordinals are the ordinals the clause names ("the first meeting"), a bit per number.
	Ordinals text.OrdinalSet
	// Started: the clause dates a start ("began", "стартовал", "başladı", "басталды").
	Started bool
	// AsOfData: the clause dates its data, not the figure's period ("по данным на апрель
	// 2023", "2023 жылғы сәуірдегі деректер бойынша"): a figure its source gives then, with no
	// period of its own, is the one meant.
	AsOfData bool
	// Only: the clause singles one out ("only Kazakhstan's own freight base"): a fact that
	// counts others with it cannot confirm it.
	Only bool
	// Day is the day of the month a clause dates ("on March 23"), 0 when it names none.
	Day int
	// PartOf is the whole the clause before opened with ("Из 10 млрд евро, …"): this clause's
	// figures are parts of it, which the whole's own figure cannot refute. 0 when none.
	PartOf float64
	// BaseYear is a year named as what a change is measured against: "50% more than in
	// 2020", "2020-dən 50% çox", "2020 жылмен салыстырғанда".
	BaseYear int
	// ComparedWith: a figure set against another thing, not a year — "three times longer than
	// the sea route": only a source's comparison with that thing speaks to it.
	ComparedWith bool
	// Record: the clause says its figure is a superlative ("a record", "for the first time",
	// "ən yüksək"), which only a source that says so too confirms.
	Record bool
	// Ever: the superlative has no bound in time ("the highest in its whole history").
	Ever bool
	// MonthsApart: the two months the clause names stand apart ("began in March 2016, before
	// commissioning in December"), not as a span ("January–October"); YearMonth is then the
	// month written beside the first year (3), the one that year's event is of.
	MonthsApart bool
	YearMonth   int
	monthAt     []int // where the months stand
	// Counts are the counts of countries the clause gives ("four countries signed"): they say
	// who, and are checked against the countries a fact names, not against its figures.
	Counts []Figure
	// Publication: the clause tells of a publication ("published", "вышел", "yayımlandı"),
	// whose date only a source that dates a publication confirms.
	Publication bool
	// Hedged: the clause says its figure could be, may be, would be if ("could triple").
	Hedged bool
	// PresentFuture: the clause's verb tells the present and the future alike (Kazakh
	// "ашады"): it neither states a plan nor that the plan came true.
	PresentFuture bool
	// Published is the year of a publication the clause names ("the World Bank's 2023
	// report"), apart from the figure's period; 0 when none.
	Published int
	// firstYearAt is the token the first year is written at; yearOfPlan, that a plan word
	// stands beside it.
	firstYearAt int
	yearOfPlan  bool
	// relativeYears counts the years written beside "after" or "before": they date what the
	// clause's event is set against, not the event.
	relativeYears, yearsRead int
	// Speaker is who the clause before says is speaking ("AZCON says …, and …"), when this
	// clause goes on from it naming no speaker of its own: its names count as this clause's.
	Speaker string
	// About is the id of the fact the clause before was decided by, when this clause goes on
	// about its subject without naming one ("…oil grew 63% and reached 2.3 Mt"): another
	// fact's figure does not rescue the clause that one contradicts.
	About string
	// Continues: the clause goes on from the one before ("…25 Mt of cargo, and 1 million
	// TEU"), so what that one named and this one does not (a phase) is still meant.
	Continues bool
	Slots     Slots
}

// ParseClaim reads the figures and the period of one clause.
// withoutDatedMonths drops the month names next to a number ("15 May 2024"), which may spell
// a word of another list: "May" is no "may" of a possibility.
func withoutDatedMonths(toks []text.Token) []text.Token {
	dated := func(i int) bool {
		return text.MonthOf(toks[i].Text) > 0 && (i > 0 && toks[i-1].Num || i+1 < len(toks) && toks[i+1].Num)
	}
	if !slices.ContainsFunc(toks, func(t text.Token) bool { return !t.Num && text.MonthOf(t.Text) > 0 }) {
		return toks
	}
	out := make([]text.Token, 0, len(toks))
	for i, t := range toks {
		if t.Num || !dated(i) {
			out = append(out, t)
		}
	}
	return out
}

func ParseClaim(toks []text.Token) Claim {
	var c Claim
	c.Planned = text.ContainsWord(withoutDatedMonths(toks), text.PlanIndex) || HasFutureEnding(toks)
	c.Record = text.ContainsWord(toks, text.RecordIndex)
	c.Ever = c.Record && text.ContainsWord(toks, text.EverIndex)
	c.Publication = text.ContainsWord(toks, text.PublishedIndex)
	c.Hedged = text.ContainsWord(toks, text.HedgeIndex) || text.ContainsWord(toks, text.ForecastIndex)
	c.Achieved = text.ContainsWord(toks, text.AchievedIndex)
	c.Alone = text.HasWordIn(toks, text.AloneWords)
	c.Built = text.SaysBuilt(toks)
	// "қазір … шығарады" (now produces) is the present alone
	c.PresentFuture = !text.AnyPhraseIn(toks, text.LatestPhrases) && slices.ContainsFunc(toks, func(t text.Token) bool {
		return !t.Num && len([]rune(t.Text)) >= 5 && text.EndsWithAny(t.Text, text.PresentFutureEndings)
	})
	if c.Achieved && c.Planned {
		// "the goal of 15 days has been achieved": the goal is what was achieved, unless
		// another word plans it ("the goal will be achieved")
		rest := slices.DeleteFunc(slices.Clone(toks), func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.GoalNouns) })
		if len(rest) < len(toks) {
			c.Planned = text.ContainsWord(withoutDatedMonths(rest), text.PlanIndex) || HasFutureEnding(rest)
		}
	}
	if !c.Achieved && !text.AnyPhraseIn(toks, text.LatestPhrases) && text.ContainsWord(toks, text.FullCapacity) {
		c.Planned = true // "the hub's full capacity is 200,000 TEU": what it is built for
	}
	c.ComparedWith = comparedWithThing(toks)
	c.Started = text.ContainsWord(toks, text.StartedIndex)
	c.Once = c.Started || hasOrdinal(toks)
	c.Ordinals = text.Ordinals(toks)
	c.AsOfData = text.AnyPhraseIn(toks, text.AsOfData)
	c.Only = text.HasWordIn(toks, text.OnlyWords) && !text.AnyPhraseIn(toks, text.NotOnly)
	if h := text.HalfYear(toks); h > 0 {
		c.Months = [2]int{h*6 - 5, h * 6} // "in the first half of 2023": January to June
	}
	reported := claimReportDates(toks)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		v, isNum := text.NumberValue(t)
		switch {
		case reported[i]:
			// "according to the Astana Times in April 2023": when it was said, not what of
		case text.TimesWord(t.Text) > 0:
			f := Figure{Raw: text.TimesWord(t.Text), Value: text.TimesWord(t.Text), Scale: 1, Unit: "times", at: i} // "выросла вдвое": two times
			f.readBefore(toks, i)                                                                                   // "more than double", "almost double"
			f.Unit = "times"
			c.Figures = append(c.Figures, f)
		case !isNum && loneScale(toks, i):
			// "больше миллиона тонн", "a million tons": one of the scale
			f := readFigure(toks, i, 1)
			if s, ok := text.ScaleOf(t.Text); ok && f.Scale == 1 {
				f.Scale, f.Value = s, s
			}
			c.Figures = append(c.Figures, f)
		case !isNum && text.ModalMonths[t.Text] && !monthBeside(toks, i):
			// "a vessel may take no more than 30 hours": a modal, no month
		case !isNum:
			c.readMonth(t)
			if text.MonthOf(t.Text) > 0 {
				c.monthAt = append(c.monthAt, i)
			}
		case c.readMonthCount(toks, i, v):
			i++
		case isDay(toks, i, v):
			// "13 November 2024", "21 октября": a day of a date, not a figure
			c.Day = int(v)
		case text.IsHalfNumber(toks, i):
			// the 1 of "H1 2023", read by HalfYear
		case t.Ord:
			// "1-я очередь", "1-ci mərhələ": an ordinal, not a figure
		case t.Num && i+1 < len(toks) && text.OrdinalSuffixes[toks[i+1].Text]:
			i++ // "the 1st half", "the 2nd meeting": an ordinal, not a figure
		case c.readYear(toks, i):
		case !t.Num && !wordNumberCounts(toks, i):
			// "bir saziş", "on the route": a number word is a figure only before a scale or unit
		default:
			c.Figures = append(c.Figures, readFigure(toks, i, v))
		}
	}
	c.yearOfSaying(toks, reported)
	c.readYearMonth(toks)
	c.dropDayOfOtherEvent(toks)
	if len(c.Years) == 1 && nextYearAfterYear(toks) {
		c.Years = append(c.Years, c.Years[0]+1) // "commissioned in December 2016, working from May of the next year"
	}
	figureRates(toks, c.Figures)
	c.Figures, c.Counts = withoutCountryCounts(c.Figures)
	if text.AnyPhraseIn(toks, text.SingleYear) {
		// "from 0.8 to 4.5 Mt in a single year": a span of one year, as "in 7 years" is one of seven
		c.Figures = append(c.Figures, Figure{Raw: 1, Value: 1, Scale: 1, Unit: "year", Span: true, at: len(toks)})
	}
	if c.Months[1] != 0 && c.Months[1] < c.Months[0] && len(c.Years) <= 1 {
		// "as of late Sept 2024 … since January": the months named last to first, in one year
		c.Months = [2]int{c.Months[1], c.Months[0]}
	}
	untilEnd := text.ContainsWord(toks, text.UntilEndIndex)
	if m := c.Months[0]; m > 1 && c.Months[1] == m && untilEnd {
		c.Months[0] = 1 // "by the end of September", "к концу сентября": since January
	}
	c.YearEnd = untilEnd && c.Months[0] == 0
	if text.AnyPhraseIn(toks, text.ByHalf) {
		// "grew by almost half": a change of about 50%, checked like "almost 50%"
		c.Figures = append(c.Figures, Figure{Raw: 50, Value: 50, Scale: 1, Unit: "percent", Approx: true, at: len(toks)})
	}
	c.Figures = joinScaledParts(c.Figures, toks)
	shareRangeUnits(c.Figures, toks)
	markRanges(c.Figures, toks)
	markLevelsBefore(c.Figures, toks)
	markValueOrVolume(c.Figures, toks)
	markDifferences(c.Figures, toks)
	markHalves(c.Figures, toks)
	markIncluded(c.Figures, toks)
	markTotal(c.Figures, toks)
	markGrowthNoun(c.Figures, toks)
	markYearRates(c.Figures, toks)
	return c
}

// markGrowthNoun: a lone amount of money in a clause that names an increase by its noun
// ("the growth of trade was $461.9 million", "тауар айналымының өсімі 461,9 млн доллар") is
// the change — unless a word says it is the level reached ("rose 40% to $461.9 million").
func markGrowthNoun(figs []Figure, toks []text.Token) {
	if len(figs) != 1 || !knowledge.IsMoney(figs[0].Unit) || !slices.ContainsFunc(toks, func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.GrowthNouns) }) {
		return
	}
	at := figs[0].at
	if at > 0 && text.RangeToWords[toks[at-1].Text] || slices.ContainsFunc(toks[at:], func(t text.Token) bool { return text.RangeToWords[t.Text] || text.UpToAfterDative[t.Text] }) {
		return
	}
	figs[0].By = true
}

// markTotal: when a figure follows a word of the total ("2.3 Mt of oil at a total
// turnover of 1.8 Mt"), that figure is the whole and every other one a part, as after "of
// which".
func markTotal(figs []Figure, toks []text.Token) {
	total := -1
	for i := range figs {
		if totalBefore(toks, figs[i].at) {
			total = i
		}
	}
	if total < 0 {
		return
	}
	for i := range figs {
		figs[i].AfterIncluding = i != total
	}
}

// totalBefore reports a word of the total within two words before toks[at].
func totalBefore(toks []text.Token, at int) bool {
	for k := max(0, at-2); k < at; k++ {
		if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.TotalOfWords) {
			return true
		}
	}
	return false
}

// markIncluded marks the figures after the first "of which" ("2.3 Mt of cargo, of which 1.8
// Mt oil").
func markIncluded(figs []Figure, toks []text.Token) {
	for k := range toks {
		if text.StartsPhrase(toks[k:], text.IncludingPhrases) {
			for i := range figs {
				figs[i].AfterIncluding = figs[i].at > k
			}
			return
		}
	}
}

// markHalves finds a figure said to be compared with as a half: "half" right before it ("less
// than half of the 529.4 million", "меньше половины 529,4 млн") or right after it and its unit
// ("529,4 milyonun yarısından azdır") — not "the first half of 2024", a year.
func markHalves(figs []Figure, toks []text.Token) {
	for i := range figs {
		f := &figs[i]
		if f.Unit == "year" || f.Unit == "percent" || f.Unit == "times" || f.Span {
			continue
		}
		near := false
		for k := max(0, f.at-4); k < len(toks) && k <= f.at+3; k++ {
			if k != f.at && !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.HalfOfWords) && !(k > 0 && text.OrdinalWords[toks[k-1].Text] > 0) && !scaleWithin(toks, k+1, 2) {
				near = true // not "half a million", a number of its own
			}
		}
		if !near {
			continue
		}
		f.HalfOf = true
		for _, t := range toks {
			switch {
			case t.Num:
			case text.HasPrefixIn(t.Text, text.LessWords) || text.HasPrefixIn(t.Text, text.AfterLessWords):
				f.HalfCompare = -1
			case text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.AfterMoreWords):
				f.HalfCompare = 1
			}
		}
		f.Bound = 0 // the comparison is with its half, not a bound of its own
	}
}

// markDifferences finds a figure said to be how much more or less than another it is: after
// that other, in a language that puts "than" in an ending ("470 milyondan 87 milyon dollar
// çoxdur", "470 миллионнан 87 миллион көп"), or before it ("$87 million more than the 470
// million", "на 87 млн больше, чем 470 млн").
func markDifferences(figs []Figure, toks []text.Token) {
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if !differenceUnits(a, b) {
			continue
		}
		switch {
		case ablativeBetween(toks, a.at, b.at) && moreOrLessAfter(toks, b.at):
			b.Difference, b.Base, b.Bound = true, a.Value, 0
		case moreThanBetween(toks, a.at, b.at):
			a.Difference, a.Base, b.Bound = true, b.Value, 0
		}
	}
}

// differenceUnits: two amounts in one unit (or the second's unit left to the first), not
// percentages or multiples, which are changes of their own.
func differenceUnits(a, b *Figure) bool {
	if a.Unit == "percent" || a.Unit == "times" || b.Unit == "percent" || b.Unit == "times" || a.Span || b.Span {
		return false
	}
	return a.Unit == b.Unit || a.Unit == "" || b.Unit == ""
}

// ablativeBetween: a word between two figures ends in "than" ("milyondan", "миллионнан").
func ablativeBetween(toks []text.Token, from, to int) bool {
	for k := from + 1; k < to && k < len(toks); k++ {
		if !toks[k].Num && text.EndsWithAny(toks[k].Text, text.ThanEndings) {
			return true
		}
	}
	return false
}

// moreOrLessAfter: "more" or "less" follows the figure closely ("87 milyon dollar çoxdur").
func moreOrLessAfter(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if toks[k].Num {
			return false
		}
		if text.HasPrefixIn(w, text.AfterMoreWords) || text.HasPrefixIn(w, text.AfterLessWords) || text.HasPrefixIn(w, text.MoreWords) || text.HasPrefixIn(w, text.LessWords) {
			return true
		}
	}
	return false
}

// moreThanBetween: "more than" (or "less than") stands between two figures, after some word
// of the first's unit: "$87 million more than the 470 million" — not "from 470 to more than
// 500", where the bound is the second's own.
func moreThanBetween(toks []text.Token, from, to int) bool {
	more := -1
	for k := from + 1; k < to && k < len(toks); k++ {
		w := toks[k].Text
		if text.HasPrefixIn(w, text.MoreWords) || text.HasPrefixIn(w, text.LessWords) {
			more = k
			break
		}
		if _, scale := text.ScaleOf(w); !scale && text.UnitOf(w) == "" && !toks[k].Sym {
			return false // "529 million in 2023, more than 470": a comparison, not a difference
		}
	}
	if more < 0 {
		return false
	}
	for k := more + 1; k < to && k <= more+2; k++ {
		if text.HasPrefixIn(toks[k].Text, text.ThanWords) {
			return true
		}
	}
	return to == more+1 || to == more+2 && toks[more+1].Sym
}

// markValueOrVolume pairs each figure with "in value" or "in volume" said beside it: after it
// ("to rise 60% in value and 150% in volume"), or before it where the language puts it first
// ("құн жағынан 150%-ға, көлем жағынан 60%-ға").
func markValueOrVolume(figs []Figure, toks []text.Token) {
	partAt := func(i int) string {
		switch {
		case text.StartsPhrase(toks[i:], text.InValue):
			return "trade-value"
		case text.StartsPhrase(toks[i:], text.InVolume):
			return "trade-volume"
		}
		return ""
	}
	first := -1 // where the first such phrase is
	for i := range toks {
		if partAt(i) != "" {
			first = i
			break
		}
	}
	if first < 0 || len(figs) == 0 {
		return
	}
	before := first < figs[0].at
	for k := range figs {
		from, to := figs[k].at+1, min(figs[k].at+5, len(toks))
		if k+1 < len(figs) {
			to = min(to, figs[k+1].at)
		}
		if before {
			from, to = 0, figs[k].at
			if k > 0 {
				from = figs[k-1].at + 1
			}
		}
		for i := from; i < to; i++ {
			if p := partAt(i); p != "" {
				figs[k].Part = p
				break
			}
		}
	}
}

// joinScaledParts reads "107 min 54 TEU" (107 thousand and 54) as one number, 107,054: a
// number right after a scaled one and smaller than its scale is its remainder.
func joinScaledParts(figs []Figure, toks []text.Token) []Figure {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], figs[k+1]
		if a.Scale <= 1 || b.Scale != 1 || b.at != a.at+2 || b.Raw >= a.Scale || b.Raw != float64(int(b.Raw)) || !toks[a.at].Num {
			continue
		}
		if a.Decimals > 0 || b.Unit != "" && a.Unit != "" && b.Unit != a.Unit {
			continue // "$184.9 million, 5% more": a figure of its own, not the remainder
		}
		if _, ok := text.ScaleOf(toks[a.at+1].Text); !ok {
			continue
		}
		a.Value += b.Raw
		a.Raw, a.Scale, a.Decimals = a.Value, 1, 0
		if a.Unit == "" {
			a.Unit = b.Unit
		}
		if a.Bound == 0 {
			a.Bound, a.Narrow = b.Bound, b.Narrow // "365 min 860 TEU-dan artıq": more than the whole
		}
		a.Approx = a.Approx || b.Approx
		figs = append(figs[:k+1], figs[k+2:]...)
	}
	return figs
}

// markLevelsBefore reads "5 Mt a year, up from 1 Mt" ("…, up from 1 mln") as "from 1 to 5":
// the figure after "from" is the level before the change, with the unit and scale of the one
// it changed to when it has none, and it is moved first, so that the order of the two is
// checked as for "from X to Y".
func markLevelsBefore(figs []Figure, toks []text.Token) {
	for k := 1; k < len(figs); k++ {
		a, b := &figs[k-1], &figs[k]
		if a.Before || b.Before || a.Unit == "" || b.at-a.at > 8 || b.Unit != "" && b.Unit != a.Unit {
			continue
		}
		if !(b.at > 0 && text.RangeFromWords[toks[b.at-1].Text] || b.at > 1 && text.RangeFromWords[toks[b.at-2].Text]) {
			continue
		}
		if b.Unit == "" {
			b.Unit = a.Unit
			if b.Scale == 1 && a.Scale != 1 && b.Raw < 1000 {
				b.Scale = a.Scale
			}
			b.Value = b.Raw * b.Scale
		}
		b.Before, b.From = true, true
		figs[k-1], figs[k] = figs[k], figs[k-1]
	}
}

// markRanges marks the first of "from X to Y" written with both units ("from 60% to 53%",
// "с 60% до 53%", "53%-дан 60%-ға", "60 faizdən 53 faizə"): the level before the change.
func markRanges(figs []Figure, toks []text.Token) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], figs[k+1]
		if a.Unit == "" || a.Unit != b.Unit || b.at-a.at > 4 {
			continue
		}
		from := a.at > 0 && text.RangeFromWords[toks[a.at-1].Text] || a.at > 1 && text.RangeFromWords[toks[a.at-2].Text]
		for i := a.at + 1; i < b.at; i++ {
			w := toks[i].Text
			from = from || text.RangeToWords[w] || text.EndsWithAny(w, text.FromEndings) || text.OneOfWord(w, text.FromEndings) || toks[i].Ablative
		}
		a.Before, a.From = a.Before || from, from
	}
}

// ReadRates makes every figure but a percentage a monthly or daily rate when the clause's one
// rate is one ("150 min TEU ayda": 150 thousand TEU a month).
func (c *Claim) ReadRates() {
	if c.Slots.Per != "month" && c.Slots.Per != "day" && c.Slots.Per != "week" {
		return
	}
	for i := range c.Figures {
		if c.Figures[i].Unit != "percent" {
			c.Figures[i].Per = c.Slots.Per
		}
	}
}

// shareRangeUnits gives the first number of a range the scale and unit written once after the
// second: "с 0,8 до 4,5 млн тонн", "from 0.8 to 4.5 million tonnes", "0,8-ден 4,5 млн тоннаға
// дейін" — at most one word ("до", "to") between the two numbers. It goes right to left, so
// that "с 5 до 7–8 метров" gives metres to 8, then 7, then 5.
func shareRangeUnits(figs []Figure, toks []text.Token) {
	for k := len(figs) - 2; k >= 0; k-- {
		a, b := &figs[k], figs[k+1]
		scaled := a.Scale != 1 && b.at-a.at <= 3 && a.Scale == b.Scale // "from one million to five million tons"
		if !scaled && a.Scale != 1 || a.Unit != "" || b.at-a.at > 2 && !scaled || b.Scale == 1 && b.Unit == "" || a.Raw > b.Raw*100 {
			continue
		}
		if b.at-a.at == 2 && toks[a.at+1].Num || b.at-a.at == 1 && !toks[a.at].Num {
			continue // "two 900-container ships" counts ships: no range is written without a dash or "to"
		}
		a.Scale, a.Unit, a.Before = b.Scale, b.Unit, true
		a.Value = a.Raw * a.Scale
	}
}

// readMonth: "с января по август", "Jan–Aug", "yanvar-avqust": the first and the last month named.
func (c *Claim) readMonth(t text.Token) {
	if m := text.MonthOf(t.Text); m > 0 {
		if c.Months[0] == 0 {
			c.Months = [2]int{m, m}
		} else {
			c.Months[1] = m
		}
	}
}

// readMonthCount: "8 месяцев", "первые восемь месяцев", "8 ayında": January to the N-th month.
func (c *Claim) readMonthCount(toks []text.Token, i int, v float64) bool {
	if i+1 < len(toks) && text.HasPrefixIn(toks[i+1].Text, text.MonthUnit) && v >= 1 && v <= 12 && v == float64(int(v)) {
		c.Months = [2]int{1, int(v)}
		return true
	}
	return false
}

// readYear reads a year of the period ("2024", "2027–2028", "since 2023"), not a figure that
// looks like one ("2000 тонн").
func (c *Claim) readYear(toks []text.Token, i int) bool {
	y := text.YearOf(toks[i].Text)
	if y == 0 || followedByUnit(toks, i) {
		return false
	}
	if i > 0 && toks[i-1].Num && text.YearOf(toks[i-1].Text) != 0 {
		c.YearRange = true // "2027–2028": the dash between them is gone
	}
	c.yearsRead++
	if nearSequenceWord(toks, i) || sinceAnotherEvent(toks, i) {
		c.relativeYears++ // "after his April 2023 meeting": the year dates the other event
	}
	if len(c.Years) == 0 {
		c.firstYearAt = i
		// "(2022 жоспары)", "the 2022 plan", "план 2022 года": the year names the plan
		c.yearOfPlan = i+1 < len(toks) && text.IsPlanWord(toks[i+1].Text) || i > 0 && text.IsPlanWord(toks[i-1].Text)
	}
	c.Years = append(c.Years, y)
	if i > 0 && text.DeadlineBefore[toks[i-1].Text] || deadlineAfter(toks, i) || endBefore(toks, i) {
		c.Deadline = true // "by 2025", "2025 жылға дейін", "by the end of 2022", "к концу 2022 года"
	}
	comparedWith := i > 1 && text.HasPrefixIn(toks[i-2].Text, text.ThanWords) // "по сравнению с 2024": no "since"
	if i > 0 && text.OneOfWord(toks[i-1].Text, text.SinceBefore) && !comparedWith || i+1 < len(toks) && text.OneOfWord(toks[i+1].Text, text.SinceAfter) ||
		toks[i].Ablative && i+2 < len(toks) && text.IsStopword(toks[i+1].Text) && text.OneOfWord(toks[i+2].Text, text.SinceAfter) { // "2023-dən bu yana"
		c.Since = true
	}
	return true
}

// readFigure reads the figure at toks[i] of value v with the words around it.
func readFigure(toks []text.Token, i int, v float64) Figure {
	t := toks[i]
	f := Figure{Raw: v, Scale: 1, Negative: t.Neg, at: i}
	if dot := strings.IndexByte(t.Text, '.'); t.Num && dot >= 0 {
		f.Decimals = len(t.Text) - dot - 1
	}
	if t.Num == false && v >= 1e5 {
		f.Scale, f.Raw = 1, v // "полмиллиона" carries its own scale
	}
	f.readBefore(toks, i)
	f.readAfter(toks, i)
	f.By = f.By || changeAfterAmount(toks, i)
	f.Whole = i <= 3 && i > 0 && text.WholeOfWords[toks[0].Text] // "Из 10 млрд", "Of the €10 billion"
	for k := i + 1; k < len(toks) && k <= i+3 && v == float64(int(v)) && v < 10; k++ {
		f.Countries = f.Countries || !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.CountryWords) // "4 corridor countries", "four Central Asian countries"
	}
	if v == 0.5 && !t.Num { // "half a billion", "yarım milyard"
		f.Approx = true
	}
	f.Value = f.Raw * f.Scale
	if f.Unit == "gbps" {
		// gigabits are thousandths of the terabits the sources give: "400 Gbit/s" of a
		// 400 Tbit/s cable is a thousand times less, not a figure of another kind
		f.Unit, f.Value = "tbps", f.Value/1000
	}
	return f
}

// readBefore reads the words before the number: approximation, bounds, currency sign.
func (f *Figure) readBefore(toks []text.Token, i int) {
	from := max(0, i-3)
	for k := i - 1; k >= from; k-- {
		if toks[k].Num {
			from = k + 1 // "$184.9 million, 0.5% more": the dollar sign is the number before's
			break
		}
	}
	by := i - 1
	if by > 0 && toks[by].Sym {
		by-- // "grew by $470 million": the sign is the amount's
	}
	f.By = by >= 0 && text.ChangeByWords[toks[by].Text]
	for k := from; k < i; k++ {
		w := toks[k].Text
		switch {
		case text.HasPrefixIn(w, text.ApproxWords):
			f.Approx, f.Almost = true, f.Almost || text.HasPrefixIn(w, text.AlmostWords)
		case text.HasPrefixIn(w, text.ExactWords):
			f.Exact = true
		case text.HasPrefixIn(w, text.NarrowWords):
			f.Narrow = true
		case strings.HasPrefix(w, "перевал") && toks[k+1].Text != "за":
			// "перевалил 3 млн тонн" is "handled"; only "перевалил за" is "exceeded"
		// A bound stands next to its number ("more than 500", "свыше 500"): "су асты кабелі
		// шамамен 380" is an underwater cable of about 380 km, not one over 380.
		// Words that bound the number after it in their language ("50-dən az", "5 жылдан
		// астам") bound nothing before it: the "AZ" of "KZ-AZ ticareti 50%" is Azerbaijan.
		case (k >= i-2 || k == i-3 && text.HasPrefixIn(toks[k+1].Text, text.ThanWords)) && text.HasPrefixIn(w, text.MoreWords) && !text.HasPrefixIn(w, text.AfterMoreWords):
			f.Bound = 1 // "more than 500", "более чем на 40%"
			if k > 0 && text.NegationWords[toks[k-1].Text] || k > 1 && text.NegationWords[toks[k-2].Text] && !toks[k-1].Num {
				f.Bound = -1 // "no more than 30 hours", "не более 30 часов", "cannot take more than": at most
			}
		case (k >= i-2 || k == i-3 && text.HasPrefixIn(toks[k+1].Text, text.ThanWords)) && text.HasPrefixIn(w, text.LessWords) && !text.HasPrefixIn(w, text.AfterLessWords):
			f.Bound = -1
		case (w == "x" || w == "×") && k == i-1 && f.Unit == "":
			f.Unit = "times" // "containers x2.6": 2.6 times as many
		case w == "$":
			f.Unit = "usd"
		case w == "₸":
			f.Unit = "tenge"
		case w == "€":
			f.Unit = "eur"
		case w == "%" && k == i-1 && !(k > 0 && toks[k-1].Num && text.YearOf(toks[k-1].Text) == 0):
			f.Unit = "percent" // "%40", as Turkish and often Azerbaijani write it; "40 % 50" is 40's
		case k == i-1 && (text.UnitOf(w) == "usd" || text.UnitOf(w) == "eur") && !toks[k].Num:
			f.Unit = knowledge.Unit(text.UnitOf(w)) // "EUR 12 billion", "USD 470 million"
		}
	}
}

// scaleLetterElsewhere reports a scale letter the clause also writes before a unit: in "90m
// tonnes — 70m of it" the second "m" is millions too, not metres.
func scaleLetterElsewhere(toks []text.Token, w string) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text == w && toks[k-1].Num && unitAt(toks, k+1) {
			return true
		}
	}
	return false
}

// plusAt reports a "+" at k ("1.5m+ tonnes").
func plusAt(toks []text.Token, k int) bool { return k < len(toks) && toks[k].Text == "+" }

// readAfter reads the words after the number: scale, unit, "-dan çox" / "астам" bounds, up to
// the first word that is none of them.
func (f *Figure) readAfter(toks []text.Token, i int) {
	ablative := false
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if toks[k].Num || symbolOfNext(toks, k) {
			return
		}
		if w == "x" && k == i+1 && toks[i].Num && f.Unit == "" {
			f.Unit = "times" // "3x longer", "grew 5x": a multiple written in digits
			continue
		}
		if su, ok := text.ScaledUnitOf(w); ok && f.Scale == 1 && f.Unit == "" {
			f.Scale, f.Unit = su.Scale, knowledge.Unit(su.Unit) // "4.5 Mt"
			continue
		}
		if u := text.UnitAlone(w); u != "" && f.Unit == "" && f.Scale == 1 && !unitAt(toks, k+1) && !(plusAt(toks, k+1) && unitAt(toks, k+2)) && !scaleLetterElsewhere(toks, w) {
			f.Unit = knowledge.Unit(u) // "from 5 m to 7-8 m": metres; "$5m", "5m tonnes": millions
			continue
		}
		if s, ok := text.ScaleOf(w); ok && f.Scale == 1 {
			f.Scale = s
			continue
		}
		if u := knowledge.Unit(text.UnitOf(w)); u != "" && f.Unit == "" {
			f.Unit = u
			f.Containers = u == "teu" && text.HasPrefixIn(w, text.ContainerWords) && !teuAfter(toks, k)
			// "40 faizdən çox": the unit word itself says "than", so "çox" is "more than".
			ablative = ablative || text.EndsWithAny(w, text.ThanEndings)
			continue
		}
		if (f.Unit == "tbps" || f.Unit == "gbps") && (w == "s" || w == "с" || w == "sec" || w == "сек") {
			continue // "400 Tbit/s": the second of the rate, not a word after it
		}
		if text.DescribesOther(w) && f.Unit == "" {
			f.Unit = OtherUnit // "12 тысяч контейнерных поездов": trains, which no fact counts
			return
		}
		if change, _ := text.ChangeAfter(w); change {
			return // "470 mln dollar çoxalıb": grew by, not more than (changeAfterAmount)
		}
		switch {
		case f.Unit != "" && text.OneOfWord(w, text.ThanEndings):
			ablative = true // "50%-dən çox", "110 min TEU-dan çox": more than
			continue
		case text.HasPrefixIn(w, text.AfterMoreWords) && (f.Unit == "percent" || f.Unit == "times") && !ablative:
			continue // "50% çoxdur", "üç dəfə çox": 50% or three times more (a comparison), not more than
		case text.HasPrefixIn(w, text.AfterMoreWords), (ablative || unitWordAt(toks, k-1)) && text.HasPrefixIn(w, text.AfterMoreThan):
			f.Bound = 1 // "500 milyondan çox", "500 миллионнан астам", "860 TEU-dan artıq"
			if k+1 < len(toks) && text.ForbidsMore(toks[k+1].Text) || k+2 < len(toks) && !toks[k+1].Num && text.ForbidsMore(toks[k+2].Text) {
				f.Bound = -1 // "20 saatdan çox çəkməməlidir", "… çəkə bilməz": must not, cannot take more than 20 hours
			}
			continue
		case text.HasPrefixIn(w, text.AfterLessWords) && (f.Unit == "percent" || f.Unit == "times") && !ablative:
			continue // "2020-dən 20% az": 20% less than in 2020 (a fall), not less than 20%
		case text.HasPrefixIn(w, text.AfterLessWords):
			f.Bound = -1 // "150 milyon dollara çatmır": does not reach
			continue
		case text.UpToAfterDative[w] && k > 0 && toks[k-1].Dative:
			// "110 min TEU-ya qədər yük": up to, not about; "100 min TEU-ya qədər artıb": grew
			// to that level, the figure itself
			if !changesNext(toks, k+1) {
				f.Bound = -1
			}
			continue
		case text.OneOfWord(w, text.AfterApproxWords):
			f.Approx = true // postpositions: "500-ə yaxın", "170-ке жуық"
			f.Almost = f.Almost || text.HasPrefixIn(w, text.AlmostWords)
			continue
		case w == "+" && k <= i+2:
			f.Bound = 1 // "1.5m+ tonnes", "500+": more than
			continue
		case w == "half" || w == "a" || toks[k].Sym || text.RangeToWords[w]:
			continue // "80-ге дейін вагон": up to 80 wagons
		}
		if f.Unit == "" && f.Scale == 1 && text.PeriodWords[w] {
			// "in 22 years", "за 7 лет": a span of time, which no amount confirms or refutes —
			// only another span ("the best result in 22 years").
			f.Unit, f.Span = "year", true
			return
		}
		if f.Unit == "" && k <= i+2 && (unitWordAt(toks, k+1) || k == i+1 && unitWordAt(toks, k+2)) {
			continue // "четыре специализированных причала": a word describing what is counted
		}
		if f.Unit == "" && f.Scale == 1 && !text.IsStopword(w) && !text.PeriodWords[w] && text.MonthOf(w) == 0 {
			// "1200 человек", "1,500 jobs": counted in something the knowledge base does not
			// measure, so no figure of it can confirm or refute this one.
			f.Unit = OtherUnit
		}
		return
	}
}

// changeAfterAmount reports an amount, with its scale and unit, right before a verb of
// change that makes it the change ("470 milyon dollar artıb", "470 млн долларға өсті": grew
// by 470 million) — unless the language says a dative amount there is the level reached
// ("470 milyon dollara artıb": grew to 470 million).
func changeAfterAmount(toks []text.Token, i int) bool {
	last := i
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Num; k++ {
		if _, scale := text.ScaleOf(toks[k].Text); !scale && !toks[k].Sym && text.UnitOf(toks[k].Text) == "" {
			break
		}
		last = k
	}
	if last+1 >= len(toks) || toks[last+1].Num {
		return false
	}
	change, dativeIsLevel := text.ChangeAfter(toks[last+1].Text)
	if !change || !text.EndsInDative(toks[last]) {
		return change
	}
	// "100 мың TEU-ден 150 мың TEU-ге өсті": from one level to the other
	return !dativeIsLevel && !fromLevelBefore(toks, i)
}

// fromLevelBefore reports an amount in the ablative among the few words before toks[i]
// ("100 min TEU-dan", "100 мыңнан"): where a change starts, so the amount at i is where it ends.
func fromLevelBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		if toks[k].Ablative || (toks[k].Num || text.UnitOf(toks[k].Text) != "") && text.EndsWithAny(toks[k].Text, text.ThanEndings) {
			return true
		}
	}
	return false
}

// unitWordAt reports a word (not a number) at toks[k] that is a unit.
func unitWordAt(toks []text.Token, k int) bool {
	return k < len(toks) && !toks[k].Num && text.UnitOf(toks[k].Text) != ""
}

// loneScale reports a scale word with no number before it and a unit right after it
// ("миллиона тонн", "million tons", "milyon ton").
func loneScale(toks []text.Token, i int) bool {
	if _, ok := text.ScaleOf(toks[i].Text); !ok || len([]rune(toks[i].Text)) < 5 {
		return false // "млн", "mln" stand after a number
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if _, num := text.NumberValue(toks[k]); num {
			return false // "two million", "half a million"
		}
		if !text.IsStopword(toks[k].Text) {
			break
		}
	}
	return unitWordAt(toks, i+1)
}

// followedByUnit tells a figure that looks like a year ("2000 тонн") from a year.
func followedByUnit(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || symbolOfNext(toks, i+1) {
		return false
	}
	w := toks[i+1].Text
	if u := text.UnitOf(w); (u == "usd" || u == "eur") && i+2 < len(toks) && toks[i+2].Num {
		return false // "in January 2024, EUR 12 billion": the currency is the next number's
	}
	_, isScale := text.ScaleOf(w)
	_, scaledUnit := text.ScaledUnitOf(w)
	if text.UnitOf(w) == "teu" && adjectival(toks, i+1) {
		return false // "2024 container traffic": the year of the traffic, not 2024 boxes
	}
	return isScale || scaledUnit || (text.UnitOf(w) != "" && text.UnitOf(w) != "count")
}

// adjectival reports a word of a unit used as an adjective before a noun that names what is
// counted ("container traffic", "container shipments"): English puts the noun after it.
func adjectival(toks []text.Token, k int) bool {
	return toks[k].Text == "container" && k+1 < len(toks) && !toks[k+1].Num && text.FlowNouns[toks[k+1].Text]
}

// unitAt reports a unit word (or a currency sign) at toks[k].
func unitAt(toks []text.Token, k int) bool {
	return k < len(toks) && (text.UnitOf(toks[k].Text) != "" || toks[k].Sym)
}

// symbolOfNext reports a sign written before the number that follows it: the "$" of "in
// 2024, $470 million" is the unit of 470, not of 2024.
func symbolOfNext(toks []text.Token, k int) bool {
	return toks[k].Sym && !toks[k].Num && k+1 < len(toks) && toks[k+1].Num
}

// wordNumberCounts reports whether a number written as a word is followed by a scale or unit
// ("два миллиона", "half a billion", "sekkiz ay").
func wordNumberCounts(toks []text.Token, i int) bool {
	if w := next(toks, i); text.IsStopword(toks[i].Text) && (w == "" || text.IsStopword(w)) {
		// "on" is ten in Azerbaijani and a preposition in English ("on the tanker"), "он"
		// ten in Kazakh and "he" in Russian: followed by another such word, it is no number.
		return false
	}
	if text.IsStopword(toks[i].Text) && i+1 < len(toks) && toks[i+1].Num {
		return false // "an agreement on 1.5 million tonnes": a preposition before a figure
	}
	if text.IsStopword(toks[i].Text) && text.OwnStopwordsOf(text.EN, toks) >= 2 && text.OwnStopwordsOf(text.AZ, toks) == 0 {
		return false // "reached Sangachal on tanker President Heydar Aliyev": an English "on"
	}
	if toks[i].Joined && !unitWordAt(toks, i+1) && !(i+1 < len(toks) && text.NumberWord(toks[i+1].Text) > 0) {
		return false // "a two-tier ferry": a kind of ferry, no count of them ("six-fold", "жеті-сегіз метр" are figures)
	}
	reach := i + 3 // "four dry cargo berths"
	if text.IsStopword(toks[i].Text) {
		reach = i + 2 // "on BTK's 184-km section": "on" is ten only right before what it counts
	}
	for k := i + 1; k < len(toks) && k <= reach; k++ {
		w := toks[k].Text
		if _, ok := text.ScaleOf(w); ok && k <= i+2 {
			return true
		}
		if text.UnitOf(w) != "" {
			return text.NumberWord(toks[i].Text) != 1 // "bir gəmi", "one vessel": an article, no count
		}
		if k >= i+2 && text.IsStopword(w) {
			break // "four dry cargo berths" counts berths; "two of the berths" does not
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.CountryWords) {
			return true // "four Central Asian countries": a count of the countries a fact names
		}
	}
	return text.NumberWord(toks[i].Text) >= 1e5 // "полмиллиона" carries its own scale
}

// next is the word after toks[i], or "".
func next(toks []text.Token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].Text
	}
	return ""
}

// HasFutureEnding reports an Azerbaijani or Kazakh verb in the future tense, or of what was
// to be done ("çatdırılmalı idi").
func HasFutureEnding(toks []text.Token) bool {
	for _, t := range toks {
		if t.Num || len([]rune(t.Text)) < 6 {
			continue
		}
		for _, e := range text.FutureEndings {
			if strings.HasSuffix(t.Text, e) {
				return true
			}
		}
	}
	return false
}

// String renders the frame of a clause compactly: "figures 470 million usd; measure @export; to kazakhstan".
func (c Claim) String() string {
	var parts []string
	for _, fig := range c.Figures {
		s := knowledge.FormatNumber(fig.Value)
		if fig.Unit != "" {
			s += " " + string(fig.Unit)
		}
		if fig.Negative {
			s = "-" + s
		}
		switch {
		case fig.Bound > 0:
			s = "more than " + s
		case fig.Bound < 0:
			s = "less than " + s
		case fig.Approx:
			s = "about " + s
		}
		parts = append(parts, s)
	}
	out := []string{"figures " + orNone(strings.Join(parts, ", "))}
	if len(c.Years) > 0 {
		out = append(out, fmt.Sprintf("years %v", c.Years))
	}
	if c.Months[0] != 0 {
		out = append(out, fmt.Sprintf("months %d–%d", c.Months[0], c.Months[1]))
	}
	sl := c.Slots
	if len(sl.Concepts) > 0 {
		out = append(out, "names "+sortedJoin(sl.Concepts))
	}
	if len(sl.Measures) > 0 {
		out = append(out, "measure "+sortedJoin(sl.Measures))
	}
	add := func(cond bool, s string) {
		if cond {
			out = append(out, s)
		}
	}
	add(len(sl.Toward) > 0, "to "+strings.Join(sl.Toward, "|"))
	add(len(sl.From) > 0, "from "+strings.Join(sl.From, "|"))
	add(sl.PerYear, "per year")
	add(sl.Per == "month" || sl.Per == "day" || sl.Per == "week", "per "+sl.Per)
	add(sl.Cumulative, "total over years")
	add(sl.AllPhases, "all phases")
	add(len(sl.Phases) > 0, fmt.Sprintf("phases %v", sl.Phases))
	add(c.Planned, "stated as a plan")
	add(c.Achieved, "stated as achieved")
	return strings.Join(out, "; ")
}

// sortedJoin joins a set's members in order with "|".
func sortedJoin(set map[string]bool) string {
	return strings.Join(slices.Sorted(maps.Keys(set)), "|")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// isDay reports a day of the month written next to a month name: "13 November", "November 13".
// IsDay reports the number at toks[i] as the day of a date ("11 апреля", "March 10").
func IsDay(toks []text.Token, i int) bool {
	v, ok := text.NumberValue(toks[i])
	return ok && isDay(toks, i, v)
}

func isDay(toks []text.Token, i int, v float64) bool {
	if !toks[i].Num || v < 1 || v > 31 || v != float64(int(v)) {
		return false
	}
	return i+1 < len(toks) && text.MonthOf(toks[i+1].Text) > 0 || i > 0 && text.MonthOf(toks[i-1].Text) > 0 && !toks[i-1].Num
}

// deadlineAfter: "2027-ci ilə qədər", "2025 жылға дейін", "2022-ci ilin sonuna qədər" — the
// deadline word follows the year, with at most "year" and "the end of" between.
func deadlineAfter(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.DeadlineAfter) {
			return !text.StartsPhrase(toks[k-1:], text.HowMuchPhrases) // not "2023-cü ildə nə qədər"
		}
	}
	return false
}

// comparedWithThing reports "than" after a comparative word ("longer", "дольше") and before
// a word naming a thing, with no year or figure after it: "…three times longer than the sea
// route", not "…63% more than in 2022" nor "more than 5 million".
func comparedWithThing(toks []text.Token) bool {
	for i, t := range toks {
		if t.Num || i == 0 || !text.ThanProper[t.Text] || !comparative(toks[i-1]) {
			continue
		}
		rest := toks[i+1 : min(len(toks), i+5)]
		if slices.ContainsFunc(rest, func(r text.Token) bool {
			return r.Num || text.NumberWord(r.Text) != 0 || text.PeriodWords[r.Text] || text.MonthOf(r.Text) > 0 || text.EarlierWords[r.Text]
		}) {
			continue
		}
		if slices.ContainsFunc(rest, func(r text.Token) bool { return !text.IsStopword(r.Text) }) {
			return true
		}
	}
	return false
}

// comparative reports a word that compares: "longer", "cheaper", "дольше", "more".
func comparative(t text.Token) bool {
	return !t.Num && (text.HasPrefixIn(t.Text, text.MoreWords) || text.HasPrefixIn(t.Text, text.LessWords) ||
		len(t.Text) > 4 && text.EndsWithAny(t.Text, text.ComparativeEndings))
}

func hasOrdinal(toks []text.Token) bool {
	for _, t := range toks {
		if !t.Num && text.OrdinalWords[t.Text] > 0 {
			return true
		}
	}
	return false
}

// HasDeadline reports a year named as a deadline ("by 2025", "2028 жылға дейін"), without
// reading the rest of a claim.
func HasDeadline(toks []text.Token) bool {
	for i, t := range toks {
		if t.Num && text.YearOf(t.Text) != 0 && (i > 0 && text.DeadlineBefore[toks[i-1].Text] || deadlineAfter(toks, i)) {
			return true
		}
	}
	return false
}

// levelOfYearAfterMultiple reports the year toks[i] named as a level ("the 2021 level",
// "уровня 2021 года", "2021-ci il səviyyəsi") after a multiple ("three times", "втрое").
func levelOfYearAfterMultiple(toks []text.Token, i int) bool {
	level := false
	for k := max(0, i-2); k < min(len(toks), i+4); k++ {
		level = level || k != i && !toks[k].Num && text.HasPrefixIn(toks[k].Text, text.LevelWords)
	}
	if !level {
		return false
	}
	for k := 0; k < i; k++ {
		if text.UnitOf(toks[k].Text) == "times" || text.TimesWord(toks[k].Text) > 0 {
			return true
		}
	}
	return false
}

// ComparisonBase finds the year a clause measures a change against, or 0: a year after "than"
// ("чем", "compared with", "по сравнению с"), before "жылмен салыстырғанда", "ilə
// müqayisədə", or with an ablative ending glued to it ("2020-dən", "2020-дан").
func ComparisonBase(clause string, toks []text.Token) int {
	for i, t := range toks {
		y := text.YearOf(t.Text)
		if !t.Num || y == 0 {
			continue
		}
		if i > 0 && text.ThanRightBefore[toks[i-1].Text] && i > 1 && changeWordBefore(toks[:i-1]) {
			return y // "up 20% on 2020"
		}
		if levelOfYearAfterMultiple(toks, i) {
			return y // "three times the 2021 level", "втрое выше уровня 2021 года"
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if text.HasPrefixIn(toks[k].Text, text.ThanWords) {
				return y // "than in 2020", "по сравнению с 2020 годом"
			}
		}
		for k := i - 3; k >= max(0, i-6); k-- {
			than := text.HasPrefixIn(toks[k].Text, text.ThanWords) || (text.ThanRightBefore[toks[k].Text] || text.ThanSamePeriod[toks[k].Text]) && changeWordBefore(toks[:k])
			if than && text.AnyPhraseIn(toks[k+1:i], text.SamePeriod) {
				return y // "по сравнению с тем же (аналогичным) периодом 2022 года", "than (down from) the same period of 2022"
			}
		}
		if k := i + 1 + samePeriodAt(toks[i+1:]); k > i+1 && text.EndsWithAny(toks[k-1].Text, text.ThanEndings) {
			return y // "2024-ün eyni dövründən az": than the same period of 2024
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if text.HasPrefixIn(toks[k].Text, text.ThanAfterWords) && (k <= i+2 || text.AnyPhraseIn(toks[i+1:k], text.SamePeriod)) {
				return y // "2020-ci illə müqayisədə", "2024-cü ilin eyni dövrü ilə müqayisədə"
			}
		}
	}
	return gluedYear(clause, text.ThanEndings)
}

// samePeriodAt is where a phrase of the same period near the start of toks ends ("eyni
// dövründən"), or 0.
func samePeriodAt(toks []text.Token) int {
	for n := 1; n <= min(3, len(toks)); n++ {
		if text.AnyPhraseIn(toks[:n], text.SamePeriod) {
			return n
		}
	}
	return 0
}

// changeWordBefore reports a percentage or a word of rise or fall among toks: "on 2020" is
// a base only after a change ("up 20% on 2020"), not in "signed on 2020's last day".
func changeWordBefore(toks []text.Token) bool {
	for _, t := range toks {
		if text.UnitOf(t.Text) == "percent" || text.HasPrefixIn(t.Text, text.RisingWords) || text.HasPrefixIn(t.Text, text.FallingWords) ||
			text.UpDownWords[t.Text] { // "up 1.108 Mt on 2022"
			return true
		}
	}
	return false
}

// gluedYear is the first year written with one of the endings glued to it by a hyphen
// ("2020-dən", "2020-дан"), which the tokens drop, or 0.
func gluedYear(msg string, endings []string) int {
	for i, r := range msg {
		if i < 4 || i > 4 && isDigitByte(msg[i-5]) || !isDigitByte(msg[i-1]) {
			continue
		}
		at := i // the ending glued with no hyphen at all, as typed on a phone: "2020den"
		if r == '-' || r == '‑' {
			at += utf8.RuneLen(r)
		} else if !unicode.IsLetter(r) {
			continue
		}
		if y := text.YearOf(msg[i-4 : i]); y != 0 && text.OneOfWord(text.Fold(wordAt(msg, at)), endings) {
			return y
		}
	}
	return 0
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// endBefore: "by the end of 2022", "к концу 2022 года" — the end of the year is named before it.
func endBefore(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if !toks[k].Num && text.EndBeforeWords[toks[k].Text] {
			return true
		}
	}
	return false
}

// ReportDates finds the dates of reports a text tells ("according to the Astana Times in April
// 2023", "В марте 2026-го Trend писал", "Trend-тің 2026 наурыздағы хабарында"): a year with a
// month beside it and a word of reporting near. It returns the positions of the year and
// its month: when something was said, not the period of what was said.
func ReportDates(toks []text.Token) map[int]bool {
	type dated struct{ year, month, dist int }
	var found []dated
	for i, t := range toks {
		if !t.Num || text.YearOf(t.Text) == 0 {
			continue
		}
		// One month right beside the year: "January–October 2023" is a period, not a date. A
		// month beside another year is that year's ("December 2023 report: in November 2022").
		month, months := -1, 0
		for k := max(0, i-3); k < min(len(toks), i+4); k++ {
			if !toks[k].Num && text.MonthOf(toks[k].Text) > 0 && !besideOtherYear(toks, k, i) {
				months++
				if k == i-1 || k == i+1 || k == i+2 && text.YearNouns[toks[i+1].Text] {
					month = k // "2023 жылғы сәуірде": the year's noun between them
				}
			}
		}
		d := reportWordDistance(toks, i)
		if month < 0 || months > 1 || d < 0 {
			continue
		}
		found = append(found, dated{i, month, d})
	}
	var out map[int]bool
	for _, f := range found {
		if slices.ContainsFunc(found, func(g dated) bool { return g.dist < f.dist }) {
			continue // of two dates, the one nearer the report word is the report's
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[f.year], out[f.month] = true, true
		for _, d := range []int{f.month - 1, f.month + 1} { // "от 11 апреля 2023", "April 11, 2023": its day
			if d >= 0 && d < len(toks) && d != f.year && IsDay(toks, d) {
				out[d] = true
			}
		}
	}
	return out
}

// besideOtherYear reports a month at k written right beside a year other than the one at i.
func besideOtherYear(toks []text.Token, k, i int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j != i && j >= 0 && j < len(toks) && toks[j].Num && text.YearOf(toks[j].Text) != 0 {
			return true
		}
	}
	return false
}

// claimReportDates are the dates of reports a claim tells (ReportDates), but for the date of
// a publication that is all the claim says: "the OECD report was published on 13 December
// 2024" claims that date.
func claimReportDates(toks []text.Token) map[int]bool {
	reported := ReportDates(toks)
	if len(reported) > 0 && text.ContainsWord(toks, text.PublishedIndex) && !numberBesides(toks, reported) &&
		!slices.ContainsFunc(toks, func(t text.Token) bool { return text.AttributionWords[t.Text] }) {
		return nil
	}
	return reported
}

// numberBesides reports a number in toks besides the report dates at the positions given
// (and the days of their months): a figure or a date the report gives.
func numberBesides(toks []text.Token, reported map[int]bool) bool {
	for i, t := range toks {
		if !t.Num || reported[i] {
			continue
		}
		if i+1 < len(toks) && text.MonthOf(toks[i+1].Text) > 0 && i+2 < len(toks) && reported[i+2] {
			continue // "13 December 2024": the day of the report's date
		}
		if i > 0 && text.MonthOf(toks[i-1].Text) > 0 && i+1 < len(toks) && reported[i+1] {
			continue // "December 13, 2024"
		}
		return true
	}
	return false
}

// reportBefore and reportAfter are how many words before and after a report's date its
// verb may stand: "according to the Astana Times in April 2023", "in March 2026 Trend wrote".
const reportBefore, reportAfter = 7, 4

func reportWordDistance(toks []text.Token, i int) int {
	best := -1
	for k := max(0, i-reportBefore); k < min(len(toks), i+reportAfter+1); k++ {
		w := toks[k].Text
		if !toks[k].Num && (text.HasPrefixIn(w, text.ReportVerbs) || text.AttributionWords[w]) && !colonBetween(toks, k, i) {
			if d := abs(k - i); best < 0 || d < best {
				best = d
			}
		}
	}
	return best
}

// colonBetween reports a colon after the report's word k and before the date i: "Report
// recalls: BTC opened on 13 July 2006" dates what the report says, not the report.
func colonBetween(toks []text.Token, k, i int) bool {
	for j := k; j < i; j++ {
		if toks[j].Colon {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// teuAfter reports TEU named right after a word of containers: "77 тыс контейнеров в ДФЭ"
// counts in TEU after all.
func teuAfter(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if text.UnitOf(toks[j].Text) == "teu" && !text.HasPrefixIn(toks[j].Text, text.ContainerWords) {
			return true
		}
	}
	return false
}

// YearAfterFigure reports a clause whose first year follows its first figure ("planned to
// handle 110,000 TEU in 2025"): the year is the figure's period, not the day something was
// said or planned ("In 2017, BTK was planned to carry 6.5 Mt").
func (c *Claim) YearAfterFigure() bool {
	return len(c.Years) > 0 && len(c.Figures) > 0 && c.Figures[0].Unit != "year" && c.firstYearAt > c.Figures[0].at && !c.yearOfPlan
}

// DatesOnOther reports a clause all of whose years date another event it is set against
// ("Tokayev went to Baku only after his April 2023 meeting"): the year agreeing shows nothing
// of when its own event happened.
func (c *Claim) DatesOnOther() bool {
	return c.yearsRead > 0 && c.relativeYears == c.yearsRead
}

// nearSequenceWord reports "after" or "before" (in any language, on either side, as the
// languages' word order puts it) within three words of token i.
func nearSequenceWord(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < len(toks) && k <= i+3; k++ {
		if k != i && (text.LaterWords[toks[k].Text] || text.EarlierWords[toks[k].Text]) {
			return true
		}
	}
	return false
}

// sinceAnotherEvent reports the year at i closing a clause that "since" opens with a verb of
// its own ("has existed since the Aktau roadmap was signed in 2022"): the year dates the
// signing, not what the sentence says has existed since. "Since 2022", "since January 2022"
// and "с января по август 2023" have no verb between.
func sinceAnotherEvent(toks []text.Token, i int) bool {
	if text.ContainsWord(toks[max(0, i-2):i], text.UntilEndIndex) {
		return false // "с Казахтелекомом хотят достроить к концу 2026": a deadline, not a since
	}
	for k := i - 2; k >= max(0, i-8); k-- {
		if !slices.Contains(text.SinceWords, toks[k].Text) {
			continue
		}
		for _, t := range toks[k+1 : i] {
			if !t.Num && text.MonthOf(t.Text) == 0 && text.EndsWithAny(t.Text, text.VerbEndings) {
				return true
			}
		}
		return false
	}
	return false
}

// yearOfSaying dates a clause that counts to the end of the year it was said in ("said in
// December 2025 that the port would handle 8 Mt by year-end"): the year of the report is the
// figure's, though a report's date is otherwise not the period of what it says.
//
// "This year" and "last year" in a report are counted from its date too ("Kazinform reported
// on 8 August 2024 that this year trade…" is 2024).
func (c *Claim) yearOfSaying(toks []text.Token, reported map[int]bool) {
	if len(c.Years) > 0 || len(reported) == 0 {
		return
	}
	said := 0
	for i := range reported {
		if y := text.YearOf(toks[i].Text); toks[i].Num && y != 0 {
			said = y
		}
	}
	switch {
	case said == 0:
	case text.AnyPhraseIn(toks, text.ThisYearPhrases):
		c.Years = []int{said}
	case text.AnyPhraseIn(toks, text.LastYearPhrases):
		c.Years = []int{said - 1}
	case text.ContainsWord(toks, text.UntilEndIndex) && text.HasWordIn(toks, text.YearNouns):
		c.Years, c.Deadline = []int{said}, true
	}
}

// withoutCountryCounts separates the counts of countries from the other figures.
func withoutCountryCounts(figs []Figure) (rest, counts []Figure) {
	rest = figs[:0:0]
	for _, f := range figs {
		if f.Countries {
			counts = append(counts, f)
		} else {
			rest = append(rest, f)
		}
	}
	return rest, counts
}

// figureRates gives each figure the rate written right after it, before the next figure
// ("1.2 million barrels per day, i.e. 50 million tons a year": a day's, then a year's), so a
// clause of two rates is read figure by figure. A figure with no rate after it keeps none.
func figureRates(toks []text.Token, figs []Figure) {
	for i := range figs {
		end := min(len(toks), figs[i].at+6)
		if i+1 < len(figs) {
			end = min(end, figs[i+1].at)
		}
		after := toks[min(figs[i].at+1, end):end]
		switch {
		case text.AnyPhraseIn(after, text.PerDayPhrases) || text.HasWordIn(after, text.PerDayWords):
			figs[i].Per = "day"
		case text.AnyPhraseIn(after, text.PerMonthPhrases) || text.HasWordIn(after, text.PerMonthWords):
			figs[i].Per = "month"
		}
	}
}

// WithoutNamedNumbers drops the figures written as names ("распоряжение № 2443", "Order No.
// 2443"): a number that names a document counts nothing a source could give.
func (c *Claim) WithoutNamedNumbers(msg string, toks []text.Token) {
	c.Figures = slices.DeleteFunc(c.Figures, func(f Figure) bool { return f.at < len(toks) && toks[f.at].Num && text.NamesNumber(msg, toks, f.at) })
}

// readYearMonth reads MonthsApart and YearMonth (see Claim): two months with more than one
// word between them ("с января по август" has one) are apart.
func (c *Claim) readYearMonth(toks []text.Token) {
	if len(c.monthAt) != 2 || c.monthAt[1]-c.monthAt[0] <= 2 || c.firstYearAt <= 0 && len(c.Years) == 0 {
		return
	}
	c.MonthsApart = true
	for _, k := range []int{c.firstYearAt - 1, c.firstYearAt + 1} {
		if k >= 0 && k < len(toks) && !toks[k].Num && text.MonthOf(toks[k].Text) > 0 {
			c.YearMonth = text.MonthOf(toks[k].Text)
			return
		}
	}
}

// scaleWithin reports a scale word ("million") among the n tokens from i.
func scaleWithin(toks []text.Token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if _, ok := text.ScaleOf(toks[k].Text); ok && !toks[k].Num {
			return true
		}
	}
	return false
}

// dropDayOfOtherEvent: "after the April 10 talks: trade rose 40% in 2022" — a day and month
// with no year beside them, in a clause whose year stands elsewhere, date the talks, not the
// period of the figures (all of 2022).
func (c *Claim) dropDayOfOtherEvent(toks []text.Token) {
	if c.Day == 0 || len(c.Years) == 0 || len(c.monthAt) != 1 || len(c.Figures) == 0 {
		return
	}
	m := c.monthAt[0]
	for k := max(0, m-3); k < len(toks) && k <= m+3; k++ {
		if toks[k].Num && text.YearOf(toks[k].Text) != 0 {
			return // "on 10 April 2023": the day of that year
		}
	}
	c.Day, c.Months = 0, [2]int{}
}

// At is where the figure stands among the clause's tokens: the order it was written in, which
// "586 thousand t, down from 783 thousand" changes in the list of figures (the level before
// is put first) but not in the text.
func (f Figure) At() int { return f.at }

// nextYearAfterYear reports "the following year" said after a year and not named itself:
// "in December 2016 …, from May of the next year" — not "the following year, 2017".
func nextYearAfterYear(toks []text.Token) bool {
	seenYear := false
	for i, t := range toks {
		if t.Num && text.YearOf(t.Text) != 0 {
			if !seenYear {
				seenYear = true
				continue
			}
			return false
		}
		if seenYear && text.StartsPhrase(toks[i:], text.NextYearPhrases) {
			return true
		}
	}
	return false
}

// monthBeside reports a month name at i written as a month: beside a number ("20 May", "May
// 2024") or after a preposition of time ("in May", "since May").
func monthBeside(toks []text.Token, i int) bool {
	return i > 0 && (toks[i-1].Num || text.MonthPrepositions[toks[i-1].Text] || text.YearNouns[toks[i-1].Text]) ||
		i+1 < len(toks) && (toks[i+1].Num || text.HasPrefixIn(toks[i+1].Text, text.MonthUnit)) // "ilin may ayında"
}
