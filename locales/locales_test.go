package locales

import (
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func ids(t *testing.T, lang string) []string {
	t.Helper()
	data, err := files.ReadFile(lang + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s.yaml: %v", lang, err)
	}
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestEveryLanguageHasEveryMessage(t *testing.T) {
	want := ids(t, "en")
	for _, l := range Languages {
		got := ids(t, l)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s.yaml ids differ from en.yaml:\n got %v\nwant %v", l, got, want)
		}
	}
}

func TestPluralsAndDates(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang  string
		count int
		want  string
	}{
		{"ru", 1, "1 факт"}, {"ru", 2, "2 факта"}, {"ru", 5, "5 фактов"}, {"ru", 21, "21 факт"},
		{"en", 1, "1 fact"}, {"en", 2, "2 facts"}, {"az", 5, "5 fakt"}, {"kk", 5, "5 факт"},
	} {
		if got := c.T(tc.lang, "TopicFacts", nil, tc.count); got != tc.want {
			t.Errorf("%s %d: %q, want %q", tc.lang, tc.count, got, tc.want)
		}
	}
	for lang, want := range map[string]string{"en": "21 Oct 2025", "ru": "21 октября 2025 г.", "az": "21 oktyabr 2025", "kk": "2025 жылғы 21 қазан"} {
		if got := c.Date(lang, "2025-10-21"); got != want {
			t.Errorf("%s date %q, want %q", lang, got, want)
		}
	}
	if got := c.T("xx", "DontKnow", nil, nil); !strings.Contains(got, "don't") {
		t.Errorf("unknown language does not fall back to English: %q", got)
	}
}
