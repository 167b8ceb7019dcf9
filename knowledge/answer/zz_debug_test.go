//go:build tune

package answer

import (
	"os"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

func TestZZDebug(t *testing.T) {
	e := shippedAnswerer(t)
	first, second, _ := strings.Cut(os.Getenv("Q"), " || ")
	lang := knowledge.Lang(os.Getenv("L"))
	a1 := e.Answer(Query{Text: first, Lang: lang})
	t.Logf("a1 %v q=%q", ids(a1.Facts), a1.Question)
	s := e.scratch.Get().(*scratch)
	res, _ := e.readMessage(s, second, second)
	t.Logf("ref=%v content=%d asksChange=%v conf=%v", res.referential, res.contentUnits, res.slots.asksChange(), res.confident())
	a2 := e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)})
	t.Logf("a2 %v", ids(a2.Facts))
	r2 := e.search(s, second, a1.Question, nil)
	if len(r2.facts) > 0 {
		t.Logf("r2 %s conf=%v %.2f cov=%.2f yr=%v slot=%v subj=%v pred=%v", r2.facts[0].ID, r2.confident(), r2.confidence, r2.coverage, r2.yearOK, r2.slotOK, r2.subject, r2.predicate)
	}
	t.Log(e.ExplainAnswer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)}))
}
