package engine

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.tsv with the current outcome of every evaluation row")

const goldenFile = "../testdata/golden.tsv"

// evalOutcome is what one evaluation row produced: whether it was right, and what the engine
// said (fact ids, or the verdict and the facts it cited). A row that flips fails the test.
type evalOutcome struct {
	id, outcome string
	right       bool
}

func (o evalOutcome) String() string {
	mark := "right"
	if !o.right {
		mark = "WRONG"
	}
	return o.id + "\t" + mark + "\t" + o.outcome
}

// tally counts one file's rows for the README's aggregate lines.
type tally struct{ right, total, falseSupported int }

// TestEval_Golden runs every row of every evaluation file in testdata and compares each row's
// outcome with testdata/golden.tsv: an aggregate floor lets a tuning constant drift with no
// test failing, a pinned row does not. After a reviewed change: go test ./knowledge/engine -run Golden -update.
func TestEval_Golden(t *testing.T) {
	e := shippedEngine(t)
	var got []evalOutcome
	files, _ := filepath.Glob("../testdata/*.tsv")
	sort.Strings(files)
	for _, path := range files {
		name := filepath.Base(path)
		var outs []evalOutcome
		var tl tally
		switch {
		case strings.HasSuffix(name, "_ask.tsv"):
			outs, tl = goldenAsk(t, e, name)
		case strings.HasSuffix(name, "_negative.tsv"):
			outs, tl = goldenNegative(t, e, name)
		case strings.HasSuffix(name, "_check.tsv"):
			outs, tl = goldenCheck(t, e, name)
		default:
			continue
		}
		t.Logf("eval %-24s %3d/%-3d right, %d wrong claims called supported", name, tl.right, tl.total, tl.falseSupported)
		for i := range outs {
			outs[i].id = strings.TrimSuffix(name, ".tsv") + ":" + outs[i].id // ids repeat across files
		}
		got = append(got, outs...)
	}
	var b strings.Builder
	b.WriteString("# file:id\tright|WRONG\toutcome — pinned by TestEval_Golden; rewrite with: go test ./knowledge/engine -run Golden -update\n")
	for _, o := range got {
		b.WriteString(o.String() + "\n")
	}
	if *update {
		if err := os.WriteFile(goldenFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := map[string]string{}
	data, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, _, _ := strings.Cut(line, "\t")
		want[id] = line
	}
	flips := 0
	for _, o := range got {
		w, ok := want[o.id]
		switch {
		case !ok:
			t.Errorf("row %s is not pinned: %s", o.id, o)
			flips++
		case w != o.String():
			t.Errorf("row flipped:\n  was %s\n  now %s", w, o)
			flips++
		}
		delete(want, o.id)
	}
	for id := range want {
		t.Errorf("pinned row %s no longer exists", id)
	}
	if flips > 0 {
		t.Logf("%d rows changed; if the change is reviewed and right: go test ./knowledge/engine -run Golden -update", flips)
	}
}

func goldenAsk(t *testing.T, e *Engine, file string) ([]evalOutcome, tally) {
	var outs []evalOutcome
	var tl tally
	for _, row := range readTSV(t, file) {
		id, lang, q, want := row[0], knowledge.Lang(row[1]), row[2], row[3]
		var a Answer
		if first, second, ok := strings.Cut(q, " || "); ok {
			a1 := e.Answer(Query{Text: first, Lang: lang})
			a = e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)})
		} else {
			a = e.Answer(Query{Text: q, Lang: lang})
		}
		right := len(a.Facts) > 0 && expectedIn(answerText(a), want)
		tl.total++
		if right {
			tl.right++
		}
		outs = append(outs, evalOutcome{id: id, outcome: answerFacts(a), right: right})
	}
	return outs, tl
}

func goldenNegative(t *testing.T, e *Engine, file string) ([]evalOutcome, tally) {
	var outs []evalOutcome
	var tl tally
	for _, row := range readTSV(t, file) {
		lang := knowledge.Lang(row[1])
		a := e.Answer(Query{Text: row[2], Lang: lang})
		if first, second, ok := strings.Cut(row[2], " || "); ok {
			// a follow-up the bot must refuse, asked after the first question as in a chat
			a1 := e.Answer(Query{Text: first, Lang: lang})
			a = e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)})
		}
		right := len(a.Facts) == 0
		tl.total++
		if right {
			tl.right++
		}
		outs = append(outs, evalOutcome{id: row[0], outcome: answerFacts(a), right: right})
	}
	return outs, tl
}

func goldenCheck(t *testing.T, e *Engine, file string) ([]evalOutcome, tally) {
	var outs []evalOutcome
	var tl tally
	for _, row := range readTSV(t, file) {
		id, lang, want, claim := row[0], knowledge.Lang(row[1]), Verdict(row[2]), row[3]
		fig := ""
		if len(row) > 4 {
			fig = row[4]
		}
		r := e.Check(claim, lang)
		var cited []string
		msg := ""
		for _, c := range r.Claims {
			if c.Fact != nil {
				cited = append(cited, c.Fact.ID)
				msg += c.Fact.Text.In(lang)
			}
			if c.Schedule != nil {
				cited = append(cited, c.Schedule.ID)
				msg += c.Schedule.Text.In(lang)
			}
			for _, f := range c.Also { // shown beside the deciding fact, as the reply does
				cited = append(cited, f.ID)
				msg += f.Text.In(lang)
			}
		}
		// "unsupported" (red-team rows): any verdict but supported is right.
		right := r.Verdict == want && (want != Contradicted || fig == "" || expectedIn(msg, fig)) ||
			want == "unsupported" && r.Verdict != Supported
		tl.total++
		if right {
			tl.right++
		}
		if r.Verdict == Supported && want != Supported {
			tl.falseSupported++
		}
		outs = append(outs, evalOutcome{id: id, outcome: fmt.Sprintf("%s %s", r.Verdict, strings.Join(cited, ",")), right: right})
	}
	return outs, tl
}

func answerFacts(a Answer) string {
	if len(a.Facts) == 0 {
		return "refused"
	}
	return strings.Join(ids(a.Facts), ",")
}
