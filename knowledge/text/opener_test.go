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

// A case ending typed onto a year without its hyphen goes with the year; a unit stays.
func TestTokenize_GluedYearEnding(t *testing.T) {
	for in, want := range map[string]string{
		"2022de simal": "2022 simal",
		"2024те жүк":   "2024 жук",
		"5km cable":    "5 km cable",
	} {
		var got []string
		for _, tk := range Tokenize(in, nil) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Tokenize(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

func TestWithoutOpener_DecimalCommaIsNoSeparator(t *testing.T) {
	in := "пишут что по бтд с 2023 ушло 3,4 млн т каз нефти"
	if got := WithoutOpener(in); !strings.Contains(got, "3,4") {
		t.Errorf("WithoutOpener(%q) = %q, want the figure whole", in, got)
	}
}
