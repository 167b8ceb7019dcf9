// Package answer answers a question from the facts: the question is read into units and a
// frame, the index ranks candidate facts, and each candidate passes or fails the checks that
// decide an answer (the names it gives, the year, a figure when one is asked for, and how much
// of the question it explains) before the confidence decides between an answer and a refusal.
// ExplainAnswer tells which check decided.
package answer

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/text"

	"github.com/corridorbot/corridorbot/knowledge/index"

	"github.com/corridorbot/corridorbot/knowledge"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// Thresholds of the answer decision, tuned on the held-out sets in testdata (eval_test.go runs
// them; TUNE=1 go test -tags tune -run TestTune -v prints the trade-off of each threshold).
const (
	minConfidence        = 0.45 // below: "I don't know"
	minCoverage          = 0.40 // share of the question's informative words the fact must explain
	scoreHalf            = 3.0  // BM25 score at which the score part of confidence is one half
	closeRatio           = 0.80 // a second fact this close to the best one is shown beside it
	maxFacts             = 3
	missingEntityPenalty = 0.5
	amountBoost          = 1.25
	amountPromotion      = 0.6 // a fact with a figure this close to the best answers a how-many question
	directionBoost       = 1.3
)

// Answerer answers questions from a knowledge base's index. It is safe for concurrent use.
type Answerer struct {
	ix *index.Index
	// latestYear is the year of the newest figure: "this year" in a question is read as it,
	// since the base can say nothing of a later one.
	latestYear int
	scratch    sync.Pool
}

// New makes an answerer over the index of kb.
func New(kb *knowledge.KB, ix *index.Index) *Answerer {
	e := &Answerer{ix: ix}
	for _, f := range kb.Facts {
		if y, _ := knowledge.PeriodYears(f.AsOf); y > e.latestYear {
			e.latestYear = y
		}
	}
	e.scratch.New = func() any { return &scratch{Scratch: e.ix.NewScratch()} }
	return e
}

// Query is a question with what the conversation knows.
type Query struct {
	Text     string
	Lang     knowledge.Lang // answer language; "" means detect it from the text
	Hint     knowledge.Lang // the user's known language, used when the text does not tell
	Previous string         // the previous question of the conversation, for follow-ups ("and in 2025?")
	// PreviousFacts were the previous answer: a follow-up asks for something else
	// ("and the other way round?"), so they rank lower then.
	PreviousFacts []string
}

// Answer is the engine's reply: facts (none when it does not know) and how sure it is.
type Answer struct {
	Lang       knowledge.Lang
	Facts      []*knowledge.Fact
	Confidence float64
	// Question is the question as understood: a follow-up merged with the previous one.
	// The conversation keeps it as the next Previous.
	Question string
	// Related are facts close to the question that were not good enough to answer with
	// (suggestions when the answer is "I don't know", buttons otherwise).
	Related []*knowledge.Fact
	// Unknown is a name the question gives that no fact mentions ("Kyrgyzstan"), when that
	// is why there is no answer: the reply says what it has no figure for.
	Unknown string
	// Opinion: the question asks for a view or a prediction, which no source states.
	Opinion bool
	// Comparison is set when the question compares two periods' figures.
	Comparison *Comparison
}

type scratch struct {
	*index.Scratch
	explain bool // record the candidates and checks (ExplainAnswer)
}

// Answer answers a question.
func (e *Answerer) Answer(q Query) Answer {
	lang := q.Lang
	if lang == "" {
		lang = text.DetectLang(q.Text, q.Hint)
	}
	s := e.scratch.Get().(*scratch)
	defer e.scratch.Put(s)

	ans := Answer{Lang: lang, Question: q.Text}
	msg, latest := frame.ResolveRelativeTime(q.Text, e.latestYear)
	if years := frame.AsksComparison(text.Tokenize(msg, nil)); years != nil && !frame.AsksOpinion(msg) {
		if c, facts := e.compareYears(s, msg, years); c != nil {
			ans.Facts, ans.Comparison, ans.Confidence = facts, c, 1
			return ans
		}
	}
	res := e.search(s, msg, "", nil)
	if latest {
		res.facts = latestFirst(res.facts)
	}
	short := res.referential || res.contentUnits <= 3
	if q.Previous != "" && (short || !res.confident()) {
		// A follow-up — "and in 2025?", "when will it start?", "and the other way round?" —
		// keeps the subject of the previous question as context. A short question is read
		// with its context when that reading is sure enough: its own words still rank first.
		prev := q.Previous
		if res.hasYear {
			prev = text.WithoutYears(prev) // "and in 2025?" replaces the year asked about
		}
		var demote []string
		if len(q.PreviousFacts) > 0 {
			demote = q.PreviousFacts[:1] // a follow-up asks for something new
		}
		if r2 := e.search(s, q.Text, prev, demote); r2.confident() &&
			(!res.confident() || short) {
			res = r2
			ans.Question = clipBytes(q.Text+" "+prev, maxRemembered)
		}
	}
	ans.Confidence = res.confidence
	if frame.AsksOpinion(q.Text) {
		ans.Opinion, ans.Confidence = true, 0
		ans.Related = append(res.facts, res.related...)
		return ans
	}
	if res.confident() {
		ans.Facts = res.facts
	} else if res.unknown != "" {
		ans.Unknown = strings.TrimPrefix(res.unknown, "@")
	}
	ans.Related = res.related
	return ans
}

type result struct {
	facts      []*knowledge.Fact
	related    []*knowledge.Fact
	confidence float64
	coverage   float64
	subject    bool // the question names something the knowledge base knows, not just a year
	predicate  bool // what is asked about a name (trade, capacity, ...) is known, when anything is
	yearOK     bool // the fact covers the year asked about, if any
	amountOK   bool // a question for a figure ("how many", "turnover") gets a fact with one
	// referential: the question points back to the conversation ("it", "его", "orada", "онда").
	referential  bool
	contentUnits int // words that name a subject (not periods, numbers or hedges)
	hasYear      bool
	unknown      string // a name the question gives that no fact mentions
	candidates   []Candidate
}

func (r result) confident() bool {
	return r.subject && r.predicate && r.yearOK && r.amountOK && len(r.facts) > 0 &&
		r.confidence >= minConfidence && r.coverage >= minCoverage
}

func (e *Answerer) search(s *scratch, msg, context string, demote []string) result {
	ix := e.ix
	units := e.ix.Analyze(s.Scratch, msg)
	var res result
	res.referential = frame.PointsBack(s.Toks)
	amount := frame.AsksAmount(s.Toks, msg) || frame.NamesAmount(e.ix, units) && !frame.AsksGoal(s.Toks)
	when := frame.AsksWhen(s.Toks)
	for i := range units {
		if !units[i].Num && !units[i].Concept {
			res.contentUnits++
		}
		if units[i].Unknown != "" && res.unknown == "" {
			res.unknown = units[i].Unknown
		}
	}
	if context != "" {
		reverse := frame.AsksReversal(s.Toks)
		start := len(units)
		units = e.ix.AnalyzeAppend(s.Scratch, context, units, true)
		if reverse {
			// "and the other way round?": the previous question's flow, turned around,
			// is part of this question.
			for i := start; i < len(units); i++ {
				u := &units[i]
				if !(u.Measure && u.Concept) {
					continue
				}
				if id, ok := ix.Lookup(text.OppositeDirection(ix.Term(u.Term))); ok {
					u.Term, u.Weight, u.Context = id, ix.IDF(id), false
				}
			}
		}
		s.Units = units
	}
	var queryYears []int
	for i := range units {
		u := &units[i]
		if u.Year != 0 {
			res.hasYear = true
			queryYears = append(queryYears, u.Year)
		}
	}
	top := e.ix.Rank(s.Scratch, units, maxFacts+4, index.RankOptions{Demote: demote, Years: queryYears})
	if len(top) == 0 {
		return res
	}
	// A fact that lacks a name the question gives ("Kazakh oil through BTC" against BTC's
	// total since 2006) is a worse answer than its words alone suggest.
	var toward []int32
	for i := range units {
		if units[i].Measure && units[i].Concept && !units[i].Context {
			toward = append(toward, units[i].Term)
		}
	}
	for i := range top {
		for _, t := range toward {
			if ix.HasPosting(t, top[i].Doc) {
				top[i].Score *= directionBoost // "in Azerbaijan" is not "in Kazakhstan"
			}
		}
		if !e.ix.Coverage(units, top[i].Doc).Entities {
			top[i].Score *= missingEntityPenalty
		}
		if amount && ix.HasAmount(top[i].Doc) {
			top[i].Score *= amountBoost // "how much" wants a figure, not the event around it
		}
		if when && ix.IsDated(top[i].Doc) {
			top[i].Score *= amountBoost // "when" wants the fact with the date
		}
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].Score > top[j].Score })
	if amount && !ix.HasAmount(top[0].Doc) {
		// "How many agreements link Baku and Astana?" wants the fact with the figure, when one
		// is nearly as close as a fact that only mentions the same things.
		for i := 1; i < len(top); i++ {
			if ix.HasAmount(top[i].Doc) && top[i].Score >= amountPromotion*top[0].Score && e.ix.Coverage(units, top[i].Doc).Entities {
				top[0], top[i] = top[i], top[0]
				break
			}
		}
	}
	best := top[0]
	var cv index.Cover
	cv = e.ix.Coverage(units, best.Doc)
	res.coverage, res.subject, res.predicate = cv.Share, cv.Subject, cv.Predicate && cv.Entities
	res.yearOK = len(queryYears) == 0 || index.AnyIn(queryYears, ix.Years(best.Doc))
	res.amountOK = !amount || ix.HasAmount(best.Doc)
	res.confidence = res.coverage * float64(best.Score) / (float64(best.Score) + scoreHalf)
	if s.explain {
		res.candidates = e.explainCandidates(units, top, queryYears, amount)
	}
	res.facts = append(res.facts, ix.Fact(best.Doc))
	for _, c := range top[1:min(len(top), maxFacts+2)] {
		cov := e.ix.Coverage(units, c.Doc).Share
		if len(res.facts) < maxFacts && c.Score >= closeRatio*best.Score && cov >= res.coverage-0.05 &&
			sameMeasure(ix.Fact(best.Doc), ix.Fact(c.Doc)) && (!amount || ix.HasAmount(c.Doc)) {
			res.facts = append(res.facts, ix.Fact(c.Doc))
		} else {
			res.related = append(res.related, ix.Fact(c.Doc))
		}
	}
	return res
}

// sameMeasure reports facts on the same subject area (trade in 2024 and in January–August
// 2025; two sources' cargo volumes for 2022): a close second one is shown beside the best, so
// the user sees both figures rather than one picked silently. Close facts of another topic
// are offered as related questions instead.
func sameMeasure(a, b *knowledge.Fact) bool { return a.Topic == b.Topic }

// maxRemembered bounds the question a conversation keeps as context, so a long chain of
// follow-ups does not grow the session without end.
const maxRemembered = 400

func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
