//go:build tune

// Diagnostic tools for tuning the claim checker, not tests: they print, they do not assert.
// Run them with the tag, e.g. `C="..." go test -tags tune ./knowledge/claims -run TestExplainCheck -v`.

package claims

import (
	"fmt"
	"os"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// TestExplainCheck prints how a claim is checked (run with C="...").
func TestExplainCheck(t *testing.T) {
	c := os.Getenv("C")
	if c == "" {
		t.Skip()
	}
	e := shippedChecker(t)
	for _, clause := range splitClaims(c) {
		info := frame.ParseClaim(text.Tokenize(clause, nil))
		fmt.Printf("clause %q info=%+v\n", clause, info)
		s := e.scratch.Get().(*index.Scratch)
		cands, _ := e.claimCandidates(s, e.ix.Analyze(s, clause))
		for _, cand := range cands {
			fmt.Printf("  cand %s %+v score=%.2f\n", cand.fact.ID, cand.cover, cand.score)
		}
	}
	r := e.Check(c, "")
	for _, cr := range r.Claims {
		id := ""
		if cr.Fact != nil {
			id = cr.Fact.ID
		}
		fmt.Printf("=> %s %s %s plan=%v\n", cr.Verdict, id, knowledge.Expected(cr.Quantity), cr.Plan)
	}
}

func shippedChecker(t testing.TB) *Checker {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return New(kb, index.NewIndex(kb))
}
