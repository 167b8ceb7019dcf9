package engine

import (
	"fmt"
	"os"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/index"
)

func TestDbgUnits(t *testing.T) {
	e := shippedEngine(t)
	var s index.Scratch
	for _, u := range e.ix.Analyze(&s, os.Getenv("Q")) {
		fmt.Printf("%+v\n", u)
	}
}
