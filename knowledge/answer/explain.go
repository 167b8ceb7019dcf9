package answer

import (
	"fmt"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Candidate is one fact considered for an answer, with the checks that decide it.
type Candidate struct {
	Fact     *knowledge.Fact
	Score    float32
	Coverage float64 // share of the question's information the fact explains
	Names    bool    // it names everything the question names
	Missing  string  // the first name of the question it lacks, when it lacks one
	Year     bool    // it gives a result (or, when asked, a plan) for the year asked about
	Figure   bool    // it states a figure, when one is asked for
	// Slot says what kind of answer it lacks, as the first gate that rules it out words it
	// ("gives no figure in the unit asked for"), or "".
	Slot string
}

// ruledOut names the first check a candidate fails, or "" when it passes them all.
func (c Candidate) ruledOut() string {
	switch {
	case !c.Names && c.Missing != "":
		return "lacks a name the question gives: " + c.Missing
	case !c.Names:
		return "lacks a name the question gives"
	case !c.Year:
		return "does not cover the year asked about"
	case !c.Figure:
		return "states no figure, and one is asked for"
	case c.Slot != "":
		return c.Slot
	case c.Coverage < minCoverage:
		return fmt.Sprintf("explains %.0f%% of the question (needs %.0f%%)", c.Coverage*100, minCoverage*100)
	}
	return ""
}

// explainCandidates records the decisive checks of every ranked fact.
func (e *Answerer) explainCandidates(units []index.Unit, top []index.Scored, years []int, ask asked) []Candidate {
	out := make([]Candidate, 0, len(top))
	for _, t := range top {
		cv := e.ix.Coverage(units, t.Doc)
		c := Candidate{Fact: e.ix.Fact(t.Doc), Score: t.Score, Coverage: cv.Share, Names: cv.Entities,
			Year: len(years) == 0, Figure: !ask.amount || e.ix.HasAmount(t.Doc)}
		if !c.Names {
			c.Missing = e.missingName(units, t.Doc)
		}
		for _, y := range years {
			c.Year = c.Year || e.coversYear(c.Fact, y, ask)
		}
		c.Slot = e.slotLacking(&gateCase{f: c.Fact, doc: t.Doc, units: units, ask: &ask, years: years})
		out = append(out, c)
	}
	return out
}

// slotLacking words the first gate that rules the fact out; a figure of the wrong unit or
// measure is told apart.
func (e *Answerer) slotLacking(c *gateCase) string {
	if c.ask.amount {
		switch e.fills(c.ask.slots, c.doc) {
		case "unit":
			return "gives no figure in the unit asked for"
		case "measure":
			return "gives no figure of the measure asked about"
		}
	}
	if g := e.failedGate(c); g != nil {
		return g.why
	}
	return ""
}

// ExplainAnswer writes why a question gets its answer or refusal: the question as read, each
// candidate fact with its score and the check that ruled it out, and the reason for the reply.
func (e *Answerer) ExplainAnswer(q Query) string {
	var b strings.Builder
	s := e.scratch.Get().(*scratch)
	s.explain = true
	msg := e.searchedText(q)
	res, asked := e.readMessage(s, e.readText(q), msg) // as Answer reads it
	s.explain = false
	fmt.Fprintf(&b, "question: %q\n", q.Text)
	if msg != q.Text {
		fmt.Fprintf(&b, "  searched as: %q\n", msg) // Kazakh in Latin letters, "this year"…
	}
	if asked != "" {
		fmt.Fprintf(&b, "  asked: %q, the other sentences read as its context\n", asked)
	}
	fmt.Fprintf(&b, "  read: %s\n", e.describeUnits(s.Units))
	e.scratch.Put(s)
	for _, c := range res.candidates {
		verdict := c.ruledOut()
		if verdict == "" {
			verdict = "passes"
		}
		fmt.Fprintf(&b, "  %-45s score %5.2f coverage %3.0f%%  %s\n", c.Fact.ID, c.Score, c.Coverage*100, verdict)
	}
	a := e.Answer(q)
	fmt.Fprintf(&b, "reply: %s\n", answerReason(a, res))
	return b.String()
}

// searchedText is the question as Answer searches it: Kazakh typed in Latin letters in
// Cyrillic, relative time ("this year", "hazırda") resolved against the facts' dates.
func (e *Answerer) searchedText(q Query) string {
	msg, _ := frame.ResolveRelativeTime(e.readText(q), e.latestYear)
	return msg
}

// readText is the question as Answer reads it before resolving relative time: Kazakh typed
// in Latin letters in Cyrillic, month counts in digits.
func (e *Answerer) readText(q Query) string {
	lang := q.Lang
	if lang == "" {
		lang = text.DetectLang(q.Text, q.Hint)
	}
	return text.NumericDates(lang, text.MonthCountsInDigits(text.ReadAs(lang, q.Text, e.ix.WritesWord)))
}

// answerReason says in one line why the reply is what it is.
func answerReason(a Answer, res result) string {
	switch {
	case a.Opinion:
		return "refused: asks for an opinion or a prediction"
	case a.Unknown != "" && a.UnknownMeasure != "":
		return "refused: no fact gives " + a.UnknownMeasure + " for " + a.Unknown
	case a.Unknown != "":
		return "refused: no fact gives a figure for " + a.Unknown
	case a.UnknownMeasure != "":
		return "refused: no fact gives " + a.UnknownMeasure
	case len(a.Facts) > 0:
		return fmt.Sprintf("answered with %s (confidence %.2f)", factList(a.Facts), a.Confidence)
	case len(res.candidates) == 0:
		return "refused: no fact shares a word with the question"
	case !res.subject || !res.predicate:
		return "refused: the best fact does not match what is asked about"
	case res.stranger != "":
		return "refused: names " + res.stranger + ", which no fact knows"
	case !res.yearOK, !res.amountOK, !res.slotOK, res.coverage < minCoverage:
		if why := res.candidates[0].ruledOut(); why != "" {
			return "refused: the best fact " + why
		}
		return "refused: the best fact does not give the kind of answer asked for (a person in that office, a city, a figure to come)"
	}
	return fmt.Sprintf("refused: confidence %.2f is below %.2f", res.confidence, minConfidence)
}

// describeUnits lists the words of a question as the engine read them.
func (e *Answerer) describeUnits(units []index.Unit) string {
	var parts []string
	for _, u := range units {
		switch {
		case u.Unknown != "":
			parts = append(parts, "unknown name "+u.Unknown)
		case u.Covered || u.Num && u.Year == 0:
			continue
		case u.Year != 0:
			parts = append(parts, fmt.Sprintf("year %d", u.Year))
		case u.Term < 0:
			parts = append(parts, "unknown word "+u.Variants[0])
		case u.Concept:
			parts = append(parts, e.ix.Term(u.Term))
		default:
			parts = append(parts, e.ix.Term(u.Term))
		}
	}
	return strings.Join(parts, " ")
}

func factList(fs []*knowledge.Fact) string {
	if len(fs) == 0 {
		return "none"
	}
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return strings.Join(ids, ", ")
}
