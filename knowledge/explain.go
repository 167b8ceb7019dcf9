package knowledge

import (
	"fmt"
	"sort"
	"strings"
)

// ExplainCheck writes why each clause of a claim got its verdict: the slots read, and every
// candidate quantity with what ruled it in or out. It is for people tuning the base (the
// CLI's -explain), so it is English and not localized.
func (e *Engine) ExplainCheck(r CheckResult) string {
	var b strings.Builder
	for _, c := range r.Claims {
		fmt.Fprintf(&b, "claim: %q → %s\n", c.Text, c.Verdict)
		fmt.Fprintf(&b, "  read: %s\n", c.Frame)
		if len(c.Considered) == 0 {
			b.WriteString("  no fact about this subject states a comparable figure\n")
		}
		for _, k := range c.Considered {
			fmt.Fprintf(&b, "  %-8s %s: %s [%s]\n", k.Outcome, k.Fact.ID, Expected(k.Quantity), quantitySlots(k.Quantity))
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

// String renders the frame of a clause compactly: "figures 470 million usd; measure @export; to kazakhstan".
func (f ClaimFrame) String() string {
	var parts []string
	for _, fig := range f.info.figures {
		s := FormatNumber(fig.value)
		if fig.unit != "" {
			s += " " + fig.unit
		}
		if fig.negative {
			s = "-" + s
		}
		switch {
		case fig.bound > 0:
			s = "more than " + s
		case fig.bound < 0:
			s = "less than " + s
		case fig.approx:
			s = "about " + s
		}
		parts = append(parts, s)
	}
	out := []string{"figures " + orNone(strings.Join(parts, ", "))}
	if len(f.info.years) > 0 {
		out = append(out, fmt.Sprintf("years %v", f.info.years))
	}
	sl := f.info.slots
	if len(sl.measures) > 0 {
		ms := make([]string, 0, len(sl.measures))
		for m := range sl.measures {
			ms = append(ms, m)
		}
		sort.Strings(ms)
		out = append(out, "measure "+strings.Join(ms, "|"))
	}
	add := func(cond bool, s string) {
		if cond {
			out = append(out, s)
		}
	}
	add(len(sl.toward) > 0, "to "+strings.Join(sl.toward, "|"))
	add(len(sl.from) > 0, "from "+strings.Join(sl.from, "|"))
	add(sl.perYear, "per year")
	add(sl.cumulative, "total over years")
	add(sl.allPhases, "all phases")
	add(len(sl.phases) > 0, fmt.Sprintf("phases %v", sl.phases))
	add(f.info.planned, "stated as a plan")
	add(f.info.achieved, "stated as achieved")
	return strings.Join(out, "; ")
}

// quantitySlots renders the frame slots a quantity has.
func quantitySlots(q *Quantity) string {
	var out []string
	for _, kv := range [][2]string{{"measure", q.Measure}, {"status", q.Status}, {"from", q.From}, {"to", q.To},
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

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// ExplainAnswer writes why a question gets its answer or refusal.
func (e *Engine) ExplainAnswer(q Query) string {
	a := e.Answer(q)
	return "answer: " + factList(a.Facts) + "\n"
}

func factList(fs []*Fact) string {
	if len(fs) == 0 {
		return "none"
	}
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return strings.Join(ids, ", ")
}
