package evalset

import "testing"

// The comparison must match run_eval.py's: a reply that writes "3,6 млн" or "1 000" is right
// for "3.6" or "1000", and no alternative matching means wrong.
func TestExpectedIn(t *testing.T) {
	for _, c := range []struct {
		msg, want string
		ok        bool
	}{
		{"Товарооборот — 3,6 млн тонн", "3.6", true},
		{"Capacity: 1 000 TEU", "1000|1,000", true},
		{"TRADE WAS $470 MILLION", "470 million", true},
		{"trade was $470 million", "900|0.9", false},
	} {
		if got := ExpectedIn(c.msg, c.want); got != c.ok {
			t.Errorf("ExpectedIn(%q, %q) = %v, want %v", c.msg, c.want, got, c.ok)
		}
	}
}
