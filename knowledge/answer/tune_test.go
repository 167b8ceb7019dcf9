//go:build tune

// Diagnostic tools for tuning the engine, not tests: they print, they do not assert. Run them
// with the tag, e.g. `TUNE=1 go test -tags tune ./knowledge/answer -run TestTune -v` or
// `Q="trade 2024" go test -tags tune ./knowledge/answer -run 'TestExplain$' -v`.

package answer

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/evalset"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// TestTune prints, for thresholds of confidence and coverage, how many held-out questions
// would be answered right and how many out-of-scope ones refused (run with TUNE=1).
func TestTune(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip()
	}
	e := shippedAnswerer(t)
	type obs struct {
		conf, cov float64
		gate, ok  bool
	}
	var pos, neg []obs
	for _, set := range evalSets {
		for _, row := range readTSV(t, set.ask) {
			if strings.HasPrefix(row[0], "fu-") {
				continue
			}
			s := e.scratch.Get().(*scratch)
			r := e.search(s, row[2], "", nil)
			msg := ""
			for _, f := range r.facts {
				msg += f.Text.In(knowledge.Lang(row[1]))
			}
			pos = append(pos, obs{r.confidence, r.coverage, r.subject && r.predicate && r.yearOK && r.amountOK, expectedIn(msg, row[3])})
		}
		for _, row := range readTSV(t, set.negative) {
			s := e.scratch.Get().(*scratch)
			r := e.search(s, row[2], "", nil)
			neg = append(neg, obs{r.confidence, r.coverage, r.subject && r.predicate && r.yearOK && r.amountOK, false})
		}
	}
	for _, minConf := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55} {
		for _, minCov := range []float64{0.4, 0.5, 0.6, 0.7} {
			good, refused := 0, 0
			for _, o := range pos {
				if o.ok && o.gate && o.conf >= minConf && o.cov >= minCov {
					good++
				}
			}
			for _, o := range neg {
				if !(o.gate && o.conf >= minConf && o.cov >= minCov) {
					refused++
				}
			}
			fmt.Printf("conf>=%.2f cov>=%.1f: answered %d/%d refused %d/%d total %d\n", minConf, minCov, good, len(pos), refused, len(neg), good+refused)
		}
	}
}

// TestExplain prints how a question is understood (run with Q="...").
func TestExplain(t *testing.T) {
	q := os.Getenv("Q")
	if q == "" {
		t.Skip()
	}
	e := shippedAnswerer(t)
	s := e.scratch.Get().(*scratch)
	units := e.ix.Analyze(s.Scratch, q)
	for _, u := range units {
		term := "-"
		df := 0
		if u.Term >= 0 {
			term = e.ix.Term(u.Term)
			df = e.ix.DocFreq(u.Term)
		}
		fmt.Printf("unit %q -> %s df=%d w=%.2f year=%d covered=%v entity=%v\n", u.Variants, term, df, u.Weight, u.Year, u.Covered, u.Entity)
	}
	r := e.search(s, q, "", nil)
	fmt.Printf("cov=%.2f conf=%.2f subj=%v pred=%v year=%v facts=%v related=%v\n", r.coverage, r.confidence, r.subject, r.predicate, r.yearOK, ids(r.facts), ids(r.related))
}

// TestExplainFollow prints how a two-turn conversation is understood (F="first || second").
func TestExplainFollow(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	e := shippedAnswerer(t)
	first, second, _ := strings.Cut(f, " || ")
	lang := knowledge.Lang(os.Getenv("L"))
	a1 := e.Answer(Query{Text: first, Lang: lang})
	fmt.Printf("first: %v conf=%.2f\n", ids(a1.Facts), a1.Confidence)
	s := e.scratch.Get().(*scratch)
	alone := e.search(s, second, "", nil)
	fmt.Printf("alone: %v conf=%.2f cov=%.2f subj=%v pred=%v year=%v ref=%v content=%d\n", ids(alone.facts), alone.confidence, alone.coverage, alone.subject, alone.predicate, alone.yearOK, alone.referential, alone.contentUnits)
	prev := a1.Question
	if alone.hasYear {
		prev = text.WithoutYears(prev)
	}
	s.explain = os.Getenv("V") != ""
	merged := e.search(s, second, prev, ids(a1.Facts)[:min(1, len(a1.Facts))])
	s.explain = false
	fmt.Printf("merged: %v conf=%.2f cov=%.2f subj=%v pred=%v year=%v\n", ids(merged.facts), merged.confidence, merged.coverage, merged.subject, merged.predicate, merged.yearOK)
	for _, c := range merged.candidates {
		fmt.Printf("   %-45s score %6.2f cov %3.0f%% %s\n", c.Fact.ID, c.Score, c.Coverage*100, c.ruledOut())
	}
	kept := e.search(s, second, prev, nil)
	fmt.Printf("kept: %v conf=%.2f cov=%.2f subj=%v pred=%v year=%v\n", ids(kept.facts), kept.confidence, kept.coverage, kept.subject, kept.predicate, kept.yearOK)
	a2 := e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)})
	fmt.Printf("answer: %v conf=%.2f opinion=%v unknown=%q/%q\n", ids(a2.Facts), a2.Confidence, a2.Opinion, a2.Unknown, a2.UnknownMeasure)
}

// TestTuneUnknown counts questions with unknown long words (run with TUNE=1).
func TestTuneUnknown(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip()
	}
	e := shippedAnswerer(t)
	unknownWords := func(q string) []string {
		s := e.scratch.Get().(*scratch)
		var out []string
		toks := text.Tokenize(q, nil)
		units := e.ix.Analyze(s.Scratch, q)
		_ = toks
		for _, u := range units {
			if u.Term < 0 && !u.Num && !u.Concept && !u.Covered && len([]rune(u.Variants[0])) >= 4 {
				out = append(out, u.Variants[0])
			}
		}
		return out
	}
	for _, set := range evalSets {
		np, nn, tp, tn := 0, 0, 0, 0
		for _, row := range readTSV(t, set.ask) {
			if strings.HasPrefix(row[0], "fu-") {
				continue
			}
			tp++
			if u := unknownWords(row[2]); len(u) > 0 {
				np++
				fmt.Println("POS", u, row[2])
			}
		}
		for _, row := range readTSV(t, set.negative) {
			tn++
			if u := unknownWords(row[2]); len(u) > 0 {
				nn++
				fmt.Println("NEG", u, row[2])
			}
		}
		fmt.Printf("%s: positives with unknown %d/%d, negatives %d/%d\n", set.ask, np, tp, nn, tn)
	}
}

func readTSV(t *testing.T, name string) [][]string {
	t.Helper()
	rows, err := evalset.Read("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func ids(fs []*knowledge.Fact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

var evalSets = []struct{ ask, negative string }{
	{"eval_ask.tsv", "eval_negative.tsv"}, {"eval2_ask.tsv", "eval2_negative.tsv"}, {"eval3_ask.tsv", "eval3_negative.tsv"},
}

func expectedIn(msg, expected string) bool { return evalset.ExpectedIn(msg, expected) }
