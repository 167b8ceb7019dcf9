package answer

import (
	"sync"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/index"
)

var (
	shippedOnce sync.Once
	shipped     *Answerer
	shippedErr  error
)

// shippedAnswerer indexes the embedded knowledge base once for all tests.
func shippedAnswerer(t testing.TB) *Answerer {
	t.Helper()
	shippedOnce.Do(func() {
		kb, err := knowledge.Load(knowledge.Embedded())
		if err != nil {
			shippedErr = err
			return
		}
		shipped = New(kb, index.NewIndex(kb))
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped
}
