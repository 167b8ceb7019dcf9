//go:build tune

package answer

import (
	"fmt"
	"os"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

func TestZZ(t *testing.T) {
	e := shippedAnswerer(t)
	q := os.Getenv("Q")
	toks := text.Tokenize(q, nil)
	s := e.scratch.Get().(*scratch)
	_ = s
	units := e.ix.Analyze(s.Scratch, q)
	fmt.Println("asksAmount", frame.AsksAmount(toks, q), "names", frame.NamesAmount(e.ix, units), "goal", frame.AsksGoal(toks), "when", frame.AsksWhen(toks), frame.WhenClause(q), "who", text.HasWordIn(toks, text.WhoWords), "whichname", text.AsksWhichName(toks), "why", text.AsksWhy(toks), "where", text.HasWordIn(toks, text.WhereWords), text.AnyPhraseIn(toks, text.WhereName))
}

func TestZZ2(t *testing.T) {
	e := shippedAnswerer(t)
	q := os.Getenv("Q")
	s := e.scratch.Get().(*scratch)
	for _, u := range e.ix.Analyze(s.Scratch, q) {
		if u.Term >= 0 {
			fmt.Printf("%s concept=%v context=%v amount=%v\n", e.ix.Term(u.Term), u.Concept, u.Context, e.ix.IsAmount(e.ix.Term(u.Term)))
		}
	}
}
