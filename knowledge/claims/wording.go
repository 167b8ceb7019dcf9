package claims

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A right figure confirms the claim around it only where the words around it say no more than
// the source: "$547 million for the whole of 2025" of a January–August figure, "Kuryk only
// takes railway ferries" of a port that takes both, "the declaration … signed on 10 April"
// of a joint statement, "the main reason is a single operator" of a source naming the single
// window.

// moreThanSaid is what the clause says beyond the fact that confirmed its figures, or "".
func moreThanSaid(clause string, f *knowledge.Fact, lang knowledge.Lang) string {
	toks := text.Tokenize(clause, nil)
	said := saidWords(f, lang)
	switch {
	case slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool { return partOfYear(q.Period) && wholeYearSaid(toks, q.Period[:4]) }):
		return "a part of the year stated as the whole"
	case onlyUnsaid(toks, said):
		return "'only' unstated"
	case documentUnsaid(toks, said):
		return "another document"
	case causeUnsaid(toks, said):
		return "another cause"
	case officeUnstated(toks, f, lang):
		return "an office unstated"
	}
	return ""
}

// wholeYearSaid reports a word of a whole period beside the year ("for the whole of 2025",
// "2025 жылы толық"), not of another period ("больше, чем за весь прошлый год").
func wholeYearSaid(toks []text.Token, year string) bool {
	for i, t := range toks {
		if t.Num || !text.HasPrefixIn(t.Text, text.WholeWords) {
			continue
		}
		for k := max(0, i-3); k < min(len(toks), i+4); k++ {
			if toks[k].Text == year {
				return true
			}
		}
	}
	return false
}

// partOfYear reports a period of some months of a year ("2025-01/2025-08"), not a whole one.
func partOfYear(period string) bool {
	from, to, ok := strings.Cut(period, "/")
	if !ok {
		return len(period) == 7 // one month: "2024-05"
	}
	return !(strings.HasSuffix(from, "-01") && strings.HasSuffix(to, "-12")) && len(from) == 7
}

// onlyUnsaid reports "only" said of a thing ("only takes railway ferries"), not of a figure
// ("only 2%"), where the fact does not say it.
func onlyUnsaid(toks, said []text.Token) bool {
	for i, t := range toks {
		if t.Num || !text.OnlyWords[t.Text] {
			continue
		}
		if slices.ContainsFunc(toks[max(0, i-3):min(len(toks), i+4)], func(n text.Token) bool { return n.Num }) {
			continue // "only 2%", "in January–August 2025 alone"
		}
		if slices.ContainsFunc(toks[i+1:min(len(toks), i+3)], func(n text.Token) bool { return !n.Num && text.MonthOf(n.Text) > 0 }) {
			continue // "только за январь–август": the period alone, not the thing
		}
		return !slices.ContainsFunc(said, func(n text.Token) bool { return !n.Num && text.OnlyWords[n.Text] })
	}
	return false
}

// documentUnsaid reports a kind of document ("declaration", "memorandum") the clause names
// where the fact names only others ("a joint statement"); a fact naming none says nothing of
// it.
func documentUnsaid(toks, said []text.Token) bool {
	isDocument := func(t text.Token) bool {
		return !t.Num && text.HasPrefixIn(t.Text, text.DocumentWords) && !text.HasPrefixIn(t.Text, text.AnyDocumentWords)
	}
	if !slices.ContainsFunc(said, isDocument) {
		return false
	}
	given := func(t text.Token) bool { // "MoU" of a memorandum
		full, short := text.DocumentShort[t.Text]
		return hasStemOf(said, t.Text) || short && slices.ContainsFunc(said, func(s text.Token) bool { return strings.HasPrefix(s.Text, full) })
	}
	// "договорно-правовая база … 170 соглашений": a document the fact names too is enough
	return slices.ContainsFunc(toks, func(t text.Token) bool { return isDocument(t) && !given(t) }) &&
		!slices.ContainsFunc(toks, func(t text.Token) bool { return isDocument(t) && given(t) })
}

// causeUnsaid reports a cause given (either side of its word) that the fact's words do not
// mostly give.
func causeUnsaid(toks, said []text.Token) bool {
	at := causeAt(toks)
	if at < 0 || text.HasPrefixIn(toks[at].Text, text.PurposeWords) {
		return false
	}
	const enough = minStatementWords
	for i, side := range [][]text.Token{toks[:at], toks[at+1:]} {
		share := statementWords(side, [][]text.Token{said})
		words := slices.DeleteFunc(slices.Clone(side), func(t text.Token) bool { return t.Num })
		if share > 0 && share < enough || i == 1 && share == 0 && remarkWords(words) > 0 {
			return true // (a cause none of whose words the fact gives: "… thanks to oil")
		}
	}
	return false
}

// minDatedWords is the share of a dated clause's words its fact must give: a date is a weak
// witness, the words say what happened on it.
const minDatedWords = 0.5

// datedWordsUnsaid reports a clause confirmed by its dates alone whose words the fact (in the
// clause's language or in English) mostly does not give.
//
// Words a concept of the fact explains count as said ("заложили первый камень" of a
// "церемония закладки фундамента"), and so do names the fact lists under any of their names,
// only when the clause places nothing where the fact does not: "the opening ceremony was held
// in Kars" of an opening the fact does not place.
func (e *Checker) datedWordsUnsaid(clause string, f *knowledge.Fact, lang knowledge.Lang) bool {
	toks := text.Tokenize(clause, nil)
	texts := factTexts(f, lang)
	if statementWords(toks, texts) >= minDatedWords {
		return false
	}
	texts = append(texts, e.conceptWords(clause, f, lang), e.sharedNameWords(clause, f, lang))
	return statementWords(toks, texts) < minDatedWords || e.placeUnsaid(clause, f, lang)
}

// changeAsLevel reports an amount of change ("by 21.2 Mt") that only a capacity agreed with:
// a capacity is a level, while an amount carried may be the increase itself ("freight could
// grow by 90 Mt").
func changeAsLevel(figs []frame.Figure, rulings []Ruling) bool {
	for _, fig := range figs {
		if !fig.By || fig.Unit == "percent" || fig.Unit == "times" || fig.Unit == "year" {
			continue
		}
		same := func(r Ruling) bool {
			return r.Outcome == "agrees" && r.Quantity != nil && math.Abs(valueOf(r.Quantity)-fig.Value) <= 0.01*fig.Value
		}
		if slices.ContainsFunc(rulings, func(r Ruling) bool { return same(r) && r.Quantity.Measure == "capacity" }) &&
			!slices.ContainsFunc(rulings, func(r Ruling) bool { return same(r) && r.Quantity.Measure != "capacity" }) {
			return true
		}
		// "trade grew by $470 million in 2024": $470 million is the year's turnover; "cargo
		// grew by 4.5 Mt": the year's cargo. Not a capacity of tonnes or TEU: the base keeps a
		// capacity's increment as a capacity ("+10 Mt, to 30 Mt").
		level := func(r Ruling) bool {
			// a span of years may be the increment itself ("could grow by 90 Mt, 2021–2030");
			// months of one year are a level ("3.346 Mt in January–September 2025")
			from, to := knowledge.PeriodYears(r.Quantity.Period)
			return (knowledge.IsMoney(r.Quantity.Unit) || r.Quantity.Measure != "capacity") && !knowledge.IsChange(r.Quantity.Measure) && from == to
		}
		if slices.ContainsFunc(rulings, func(r Ruling) bool { return same(r) && level(r) }) &&
			!slices.ContainsFunc(rulings, func(r Ruling) bool { return same(r) && !level(r) }) {
			return true
		}
	}
	return false
}

// baseUnstated reports a clause comparing with a base year ("по сравнению с 2022 годом")
// whose change over several years only a quantity with no base of its own agreed with: a
// period of one span's end ("2030"), not "2021/2030".
func baseUnstated(info frame.Claim, rulings []Ruling, facts []*knowledge.Fact) bool {
	if info.BaseYear == 0 {
		return false
	}
	for _, f := range facts {
		for _, q := range f.Quantities {
			if from, _ := knowledge.PeriodYears(q.Period); (q.Measure == "growth" || q.Unit == "times") && strings.Contains(q.Period, "/") && from == info.BaseYear {
				return false // the deciding fact gives the change from that very year
			}
		}
	}
	change := func(r Ruling) bool {
		if r.Outcome != "agrees" || r.Quantity == nil || r.Quantity.Measure != "growth" && r.Quantity.Unit != "times" {
			return false
		}
		// a change over one year has the year before as its base ("+40% in 2025" on 2024)
		_, to := knowledge.PeriodYears(r.Quantity.Period)
		return to-info.BaseYear >= 2
	}
	if !slices.ContainsFunc(rulings, change) {
		return false
	}
	return !slices.ContainsFunc(rulings, func(r Ruling) bool {
		if !change(r) {
			return false
		}
		from, _ := knowledge.PeriodYears(r.Quantity.Period)
		return strings.Contains(r.Quantity.Period, "/") && from == info.BaseYear
	})
}

// eventRoleUnsaid reports a part at an event ("opened the forum", "chaired") the clause gives
// that the fact's text, in the clause's language or in English, does not.
func eventRoleUnsaid(toks []text.Token, f *knowledge.Fact, lang knowledge.Lang) bool {
	said := saidWords(f, lang)
	isRole := func(t text.Token) bool { return !t.Num && text.HasPrefixIn(t.Text, text.EventRoleWords) }
	return slices.ContainsFunc(toks, isRole) && !slices.ContainsFunc(said, isRole)
}

// undatedFlow reports a fact counting what moved over a period it does not give ("total
// transit on the route was 3.6 Mt, +21%"): the year of its source need not be the period's,
// so the source's year confirms no year of a claim. A running total or an amount reached
// ("investment has reached $225 million") is as of the source's date.
func undatedFlow(f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Quantities, func(q knowledge.Quantity) bool {
		return q.Flow.Handled() && !q.Cumulative && q.Period == "" && !knowledge.IsPlanned(&q)
	})
}

// yearUnconfirmed reports a clause naming a year when none of the confirming facts dates
// anything — no period, no date, no year in their texts: the year is of something else the
// clause says.
func yearUnconfirmed(clause string, info frame.Claim, facts []*knowledge.Fact) bool {
	if len(info.Years) == 0 || info.Since || info.Deadline ||
		!slices.ContainsFunc(info.Years, func(y int) bool { return strings.Contains(clause, strconv.Itoa(y)) }) {
		return false // no year of its own: "…, 249 km through Georgia" goes on from "opened in 2006"
	}
	// "from 100,000 to 150,000 TEU" is one figure and the level it left; "to 13–17 days" one
	// range, of one unit
	levels := map[knowledge.Unit]bool{}
	for _, fig := range info.Figures {
		if !fig.Before {
			levels[fig.Unit] = true
		}
	}
	// The year may be another figure's: "2 Mt a year, $700 million, launch in 2029"; not when
	// every fact counts what moved in a period it does not give ("3.6 Mt, +21%").
	if len(levels) != 1 && slices.ContainsFunc(facts, func(f *knowledge.Fact) bool { return f == nil || !undatedFlow(f) }) {
		return false
	}
	for _, f := range facts {
		if f == nil || f.Date != "" || slices.Contains(info.Years, atoiPrefix(f.AsOf, 4)) && !undatedFlow(f) {
			return false // dated, or the year it speaks of ("Azerbaijani investment reached $225 million in 2025")
		}
		for _, q := range f.Quantities {
			if q.Period != "" || q.Unit == "year" {
				return false
			}
		}
		for _, l := range knowledge.Langs {
			for _, y := range info.Years {
				if strings.Contains(f.Text.In(l), strconv.Itoa(y)) {
					return false
				}
			}
		}
	}
	return true
}
