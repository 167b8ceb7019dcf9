package claims

import (
	"fmt"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
)

// ExplainCheck writes why each clause of a claim got its verdict: the slots read, and every
// candidate quantity with what ruled it in or out. It is for people tuning the base (the
// CLI's -explain), so it is English and not localized.
func ExplainCheck(r CheckResult) string {
	var b strings.Builder
	for _, c := range r.Claims {
		fmt.Fprintf(&b, "claim: %q → %s\n", c.Text, c.Verdict)
		fmt.Fprintf(&b, "  read: %s\n", c.Frame)
		if len(c.Considered) == 0 {
			b.WriteString("  no fact about this subject states a comparable figure\n")
		}
		for _, k := range c.Considered {
			if k.Quantity == nil { // a ruling on the claim's own figure, not on a quantity
				fmt.Fprintf(&b, "  %s (%s)\n", k.Outcome, k.Fact.ID)
				continue
			}
			fmt.Fprintf(&b, "  %-8s %s: %s [%s]\n", k.Outcome, k.Fact.ID, knowledge.Expected(k.Quantity), quantitySlots(k.Quantity))
		}
		if c.Fact != nil {
			fmt.Fprintf(&b, "  decided by %s", c.Fact.ID)
			if c.Plan {
				b.WriteString(" (a plan stated as achieved)")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// quantitySlots renders the frame slots a quantity has.
func quantitySlots(q *knowledge.Quantity) string {
	var out []string
	for _, kv := range [][2]string{{"measure", q.Measure}, {"status", string(q.Status)}, {"from", q.From}, {"to", q.To},
		{"part", q.Part}, {"bound", q.Bound}, {"per", q.Per}} {
		if kv[1] != "" {
			out = append(out, kv[0]+"="+kv[1])
		}
	}
	if q.Cumulative {
		out = append(out, "cumulative")
	}
	return strings.Join(out, " ")
}
