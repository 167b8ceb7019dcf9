package engine

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

// A follow-up's answer depends on the conversation (Query.Previous), never on what the
// pooled working memory last held: in a chat, other people's questions come in between. The
// follow-ups of the held-out sets are answered twice, once right after their first question
// (the pool hands back the memory that question used) and once after two garbage collections
// (the pool is empty, the memory fresh); the answers must be the same.
func TestAnswer_FollowUpDoesNotDependOnWorkingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("answers every follow-up of the held-out sets twice")
	}
	e := shippedEngine(t)
	files, err := filepath.Glob("../testdata/held*_ask.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out sets: %v", err)
	}
	followUps := 0
	for _, f := range files {
		for _, row := range readTSV(t, filepath.Base(f)) {
			first, second, ok := strings.Cut(row[2], " || ")
			if !ok {
				continue
			}
			followUps++
			lang := knowledge.Lang(row[1])
			answer := func(fresh bool) string {
				a1 := e.Answer(Query{Text: first, Lang: lang})
				if fresh {
					runtime.GC() // a pooled object survives one collection (the victim cache), not two
					runtime.GC()
				}
				return answerFacts(e.Answer(Query{Text: second, Lang: lang, Previous: a1.Question, PreviousFacts: ids(a1.Facts)}))
			}
			if reused, fresh := answer(false), answer(true); reused != fresh {
				t.Errorf("%s %q: %s right after the first question, %s with fresh working memory", row[0], row[2], reused, fresh)
			}
		}
	}
	if followUps < 100 {
		t.Fatalf("only %d follow-ups in the held-out sets", followUps)
	}
}
