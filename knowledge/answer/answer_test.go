package answer

import (
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/frame"
)

// "Last year" is the year before the newest figure's (2026 in the shipped base).
func TestAnswer_LastYearIsTheYearBeforeTheNewestFigure(t *testing.T) {
	e := shippedAnswerer(t)
	if msg, _ := frame.ResolveRelativeTime("Какой товарооборот был в прошлом году?", e.latestYear); !strings.HasSuffix(msg, " 2025") {
		t.Errorf("last year read as %q (the newest figure is of 2026)", msg)
	}
}
