//go:build tune

package claims

import (
	"fmt"
	"os"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
)

func TestZZNames(t *testing.T) {
	e := shippedChecker(t)
	s := e.ix.NewScratch()
	clause := os.Getenv("C")
	units := e.ix.Analyze(s, clause)
	st := frame.StrangerInClaim(clause, units)
	named, rest := e.splitNames(s, clause, st)
	fmt.Println("stranger", st, "named", named)
	for _, u := range rest {
		term := ""
		if u.Term >= 0 {
			term = e.ix.Term(u.Term)
		}
		fmt.Printf("  %q %s concept=%v cov=%v num=%v\n", u.Variants[0], term, u.Concept, u.Covered, u.Num)
	}
	for _, tt := range e.ix.Rank(s, rest, 5, index.RankOptions{IgnoreFigures: true}) {
		fmt.Println(e.ix.Fact(tt.Doc).ID, e.ix.Coverage(rest, tt.Doc))
	}
}

func TestZZSlots(t *testing.T) {
	e := shippedChecker(t)
	s := e.ix.NewScratch()
	clause := os.Getenv("C")
	units := e.ix.Analyze(s, clause)
	sl := frame.ReadSlots(e.ix, s.Toks, units)
	fmt.Printf("%+v\n", sl)
	for _, f := range e.ix.Glossary() {
		_ = f
	}
}
