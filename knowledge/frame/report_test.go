package frame

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

// A report's date is when something was said, not the period of what was said.
func TestReportDates(t *testing.T) {
	for _, tc := range []struct {
		text string
		year string // the year ReportDates must find, "" for none
	}{
		{"according to the Astana Times in April 2023, Tokayev visited Baku in August 2022", "2023"},
		{"В марте 2026 Trend писал, что объём вырос", "2026"},
		{"Тоқаев Бакуге қашан барған (2023 жылғы сәуірдегі кездесуде айтылғандай)", "2023"}, // the year's noun between year and month
		{"2023 жылғы сәуірде порт 2 млн тонна жүк өңдеді", ""},                              // no word of saying: the period itself
		{"January–October 2023 the port handled 2 Mt, Trend wrote", ""},                     // two months: a period
	} {
		toks := text.Tokenize(tc.text, nil)
		got := ""
		for i := range ReportDates(toks) {
			if toks[i].Num && text.YearOf(toks[i].Text) != 0 {
				got = toks[i].Text
			}
		}
		if got != tc.year {
			t.Errorf("ReportDates(%q): year %q, want %q", tc.text, got, tc.year)
		}
	}
}
