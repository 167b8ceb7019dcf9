package text

import (
	"strings"
	"testing"
)

// The words saying which language a source is in go; a country named otherwise stays.
func TestWithoutLanguageNames(t *testing.T) {
	for in, want := range map[string]string{
		"Trend's Russian service quotes the ministry":      "Trend's quotes the ministry",
		"по данным Trend на русском языке, сколько TEU?":   "по данным Trend , сколько TEU?",
		"Report rus dilində yazır":                         "Report yazır",
		"trade between Russia and Kazakhstan":              "trade between Russia and Kazakhstan",
		"Russian exports to Kazakhstan in Russian roubles": "Russian exports to Kazakhstan roubles",
	} {
		if got := strings.Join(strings.Fields(WithoutLanguageNames(in)), " "); got != strings.Join(strings.Fields(want), " ") {
			t.Errorf("WithoutLanguageNames(%q) = %q, want %q", in, got, want)
		}
	}
}
