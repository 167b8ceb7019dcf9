package index

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgUnits(t *testing.T) {
	ix := shippedIndex(t)
	var s Scratch
	for _, u := range ix.Analyze(&s, os.Getenv("Q")) {
		term := ""
		if u.Term >= 0 {
			term = ix.Term(u.Term)
		}
		fmt.Printf("%q %q %q concept=%v covered=%v by=%d term=%s\n", u.Variants, u.Exact, u.Unknown, u.Concept, u.Covered, u.By, term)
	}
}
