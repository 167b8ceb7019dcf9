package knowledge

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestTune prints confidence distributions (run with TUNE=1).
func TestTune(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip()
	}
	e := shippedEngine(t)
	var pos, neg []float64
	for _, row := range readTSV(t, "eval_ask.tsv") {
		if strings.HasPrefix(row[0], "fu-") {
			continue
		}
		s := e.scratch.Get().(*scratch)
		r := e.search(s, row[2], nil)
		ok := len(r.facts) > 0 && expectedIn(r.facts[0].Text[Lang(row[1])], row[3])
		if ok {
			pos = append(pos, r.confidence)
		}
		fmt.Printf("POS ok=%v cov=%.2f conf=%.2f subj=%v pred=%v year=%v %s\n", ok, r.coverage, r.confidence, r.subject, r.predicate, r.yearOK, row[2])
	}
	for _, row := range readTSV(t, "eval_negative.tsv") {
		s := e.scratch.Get().(*scratch)
		r := e.search(s, row[2], nil)
		if r.subject && r.predicate && r.yearOK {
			neg = append(neg, r.confidence)
		}
		fmt.Printf("NEG cov=%.2f conf=%.2f subj=%v pred=%v year=%v %s\n", r.coverage, r.confidence, r.subject, r.predicate, r.yearOK, row[2])
	}
	sort.Float64s(pos)
	sort.Float64s(neg)
	fmt.Println("pos", pos)
	fmt.Println("neg", neg)
}
