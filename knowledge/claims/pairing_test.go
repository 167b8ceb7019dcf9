package claims

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
)

func shippedChecker(t testing.TB) *Checker {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return New(kb, index.NewIndex(kb))
}

// A name inside another ("Aktau" in "the container hub at Aktau port") is the same place, not
// its partner: the fact that pairs the hub with Lianyungang pairs Aktau the same way.
func TestPairedOtherwise_NameInsideAnother(t *testing.T) {
	e := shippedChecker(t)
	for _, tc := range []struct {
		clause, fact string
		want         bool
	}{
		{"The container hub at Aktau port is a joint project with the Chinese company Lianyungang", "trend-aktau-hub-phase1-2025", false},
		{"The container hub at Aktau port is a joint project with the Chinese company Lianyungang", "trend-aktau-hub-200k-teu", false},
	} {
		f := shippedFact(t, tc.fact)
		if got := e.pairedOtherwise(tc.clause, f, knowledge.EN); got != tc.want {
			t.Errorf("pairedOtherwise(%q, %s) = %v, want %v", tc.clause, tc.fact, got, tc.want)
		}
	}
}

// shippedFact is the fact of the embedded base with the id.
func shippedFact(t testing.TB, id string) *knowledge.Fact {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range kb.Facts {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no fact %s", id)
	return nil
}
