package engine

import (
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/evalset"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// The evaluation sets in testdata were written from the sources by people who did not see the
// knowledge base's own questions: paraphrases, typos, abbreviations, missing diacritics,
// follow-ups and out-of-scope questions in all four languages. The floors are what the engine
// must keep (a little under what it scores); raise them as it improves.
type floors struct{ ask, followUps, detect, refusals float64 }

func readTSV(t testing.TB, name string) [][]string {
	t.Helper()
	rows, err := evalset.Read("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func expectedIn(msg, expected string) bool { return evalset.ExpectedIn(msg, expected) }

// evalSet is one held-out question file and its out-of-scope companion.
type evalSet struct {
	ask, negative string
	min           floors
}

// The first set was written from the sources for tuning; the second, by another hand, is
// looked at only to measure (its failures are read, not special-cased), hence lower floors.
var evalSets = []evalSet{
	{"eval_ask.tsv", "eval_negative.tsv", floors{ask: 0.92, followUps: 0.85, detect: 0.97, refusals: 0.90}},
	{"eval2_ask.tsv", "eval2_negative.tsv", floors{ask: 0.85, followUps: 0, detect: 0.97, refusals: 0.75}},
	{"eval3_ask.tsv", "eval3_negative.tsv", floors{ask: 0.80, followUps: 0, detect: 0.95, refusals: 0.70}},
}

func TestEval_AnswersHeldOutQuestions(t *testing.T) {
	e := shippedEngine(t)
	for _, set := range evalSets {
		t.Run(strings.TrimSuffix(set.ask, ".tsv"), func(t *testing.T) { runEvalSet(t, e, set) })
	}
}

func runEvalSet(t *testing.T, e *Engine, set evalSet) {
	var asked, hit, fuAsked, fuHit, detected int
	for _, row := range readTSV(t, set.ask) {
		id, lang, q, want := row[0], knowledge.Lang(row[1]), row[2], row[3]
		if strings.HasPrefix(id, "fu-") {
			first, second, _ := strings.Cut(q, " || ")
			a1 := e.Answer(Query{Text: first, Lang: lang})
			a2 := e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)})
			fuAsked++
			if expectedIn(answerText(a2), want) {
				fuHit++
			} else {
				t.Logf("FOLLOW-UP %s %s :: %q -> %v", id, lang, q, ids(a2.Facts))
			}
			continue
		}
		asked++
		a := e.Answer(Query{Text: q, Lang: lang})
		if expectedIn(answerText(a), want) {
			hit++
		} else {
			t.Logf("MISS %s %s conf=%.2f :: %s (want %s) -> %v", id, lang, a.Confidence, q, want, ids(a.Facts))
		}
		if got := text.DetectLang(q, ""); got == lang {
			detected++
		} else {
			t.Logf("DETECT %s want %s got %s :: %s", id, lang, got, q)
		}
	}
	refused, negs := 0, 0
	for _, row := range readTSV(t, set.negative) {
		negs++
		a := e.Answer(Query{Text: row[2], Lang: knowledge.Lang(row[1])})
		if len(a.Facts) == 0 {
			refused++
		} else {
			t.Logf("ANSWERED %s conf=%.2f :: %s -> %v", row[0], a.Confidence, row[2], ids(a.Facts))
		}
	}
	t.Logf("eval %s: ask %d/%d follow-up %d/%d detect %d/%d refused %d/%d", set.ask, hit, asked, fuHit, fuAsked, detected, asked, refused, negs)
	check := func(name string, got, total int, min float64) {
		if total > 0 && float64(got)/float64(total) < min {
			t.Errorf("%s: %d/%d, below the floor of %.0f%%", name, got, total, min*100)
		}
	}
	check("answers", hit, asked, set.min.ask)
	check("follow-ups", fuHit, fuAsked, set.min.followUps)
	check("language detection", detected, asked, set.min.detect)
	check("refusals", refused, negs, set.min.refusals)
}

func ids(fs []*knowledge.Fact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

// Floors of the claim sets: the first was used for tuning, the second only measures.
const (
	minCheckAccuracy  = 0.90
	minCheckAccuracy2 = 0.75
)

func TestEval_ChecksHeldOutClaims(t *testing.T) {
	e := shippedEngine(t)
	for _, c := range []struct {
		file string
		min  float64
	}{{"eval_check.tsv", minCheckAccuracy}, {"eval2_check.tsv", minCheckAccuracy2}} {
		t.Run(strings.TrimSuffix(c.file, ".tsv"), func(t *testing.T) { runCheckSet(t, e, c.file, c.min) })
	}
}

func runCheckSet(t *testing.T, e *Engine, file string, floor float64) {
	ok, total := 0, 0
	for _, row := range readTSV(t, file) {
		id, lang, want, claim := row[0], knowledge.Lang(row[1]), Verdict(row[2]), row[3]
		fig := ""
		if len(row) > 4 {
			fig = row[4]
		}
		total++
		r := e.Check(claim, lang)
		good := r.Verdict == want
		if good && want == Contradicted && fig != "" {
			msg := ""
			for _, c := range r.Claims {
				if c.Fact != nil {
					msg += c.Fact.Text.In(lang)
				}
				if c.Schedule != nil {
					msg += c.Schedule.Text.In(lang)
				}
			}
			good = expectedIn(msg, fig)
		}
		if good {
			ok++
			continue
		}
		var facts []string
		for _, c := range r.Claims {
			if c.Fact != nil {
				facts = append(facts, string(c.Verdict)+":"+c.Fact.ID+"="+knowledge.Expected(c.Quantity))
			} else {
				facts = append(facts, string(c.Verdict))
			}
		}
		t.Logf("CHECK %s %s want %s got %s :: %s -> %v", id, lang, want, r.Verdict, claim, facts)
	}
	t.Logf("eval %s: check %d/%d", file, ok, total)
	if total == 0 || float64(ok)/float64(total) < floor {
		t.Errorf("claims: %d/%d, below the floor of %.0f%%", ok, total, floor*100)
	}
}

func answerText(a Answer) string {
	var b strings.Builder
	for _, f := range a.Facts {
		b.WriteString(f.Text.In(a.Lang))
		b.WriteString("\n")
	}
	return b.String()
}
