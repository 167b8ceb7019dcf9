package engine

import (
	"sync"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

var (
	shippedOnce sync.Once
	shipped     *Engine
	shippedErr  error
)

// shippedEngine indexes the embedded knowledge base once for all tests.
func shippedEngine(t testing.TB) *Engine {
	t.Helper()
	shippedOnce.Do(func() {
		kb, err := knowledge.Load(knowledge.Embedded())
		if err != nil {
			shippedErr = err
			return
		}
		shipped = NewEngine(kb)
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped
}
