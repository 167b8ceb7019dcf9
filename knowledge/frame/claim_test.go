package frame

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

func TestParseClaim_NumberForms(t *testing.T) {
	cases := []struct {
		in     string
		value  float64
		unit   string
		approx bool
		bound  int
	}{
		{"3,6 млн тонн", 3.6e6, "tonne", false, 0},
		{"3.6 million tonnes", 3.6e6, "tonne", false, 0},
		{"3 600 000 тонн", 3.6e6, "tonne", false, 0},
		{"3,6 milyon ton", 3.6e6, "tonne", false, 0},
		{"3,6 млн тонна", 3.6e6, "tonne", false, 0},
		{"$470M", 470e6, "usd", false, 0},
		{"470 миллионов долларов", 470e6, "usd", false, 0},
		{"полмиллиона тонн", 5e5, "tonne", false, 0},
		{"около 170 соглашений", 170, "count", true, 0},
		{"more than 500 million dollars", 500e6, "usd", false, 1},
		{"500 milyon dollardan çox", 500e6, "usd", false, 1},
		{"500 миллион доллардан астам", 500e6, "usd", false, 1},
		{"21 процент", 21, "percent", false, 0},
		{"21%", 21, "percent", false, 0},
		{"21 faiz", 21, "percent", false, 0},
		{"22,8 млрд тенге", 22.8e9, "tenge", false, 0},
		{"təxminən 2 milyon ton", 2e6, "tonne", true, 0},
		{"шамамен 2 миллион тонна", 2e6, "tonne", true, 0},
		{"2.8 Mt in the 1st half of 2023", 2.8e6, "tonne", false, 0}, // "1st" is no figure
		{"1.8 Mt in H1 2023", 1.8e6, "tonne", false, 0},
		{"a depth of 5 m", 5, "metre", false, 0}, // "m" alone is metres…
		{"$5m", 5e6, "usd", false, 0},            // …and millions with money
		{"5m tonnes", 5e6, "tonne", false, 0},
		{"an agreement on 1.5 million tonnes", 1.5e6, "tonne", false, 0},
		{"1.5m+ tonnes", 1.5e6, "tonne", false, 1},             // a closing "+" is "more than"
		{"500+ TEU", 500, "teu", false, 1},                     // "on" is ten only in Azerbaijani words
		{"54 темир жол вагонына дейин", 54, "wagon", false, 0}, // two words describe what is counted
	}
	for _, c := range cases {
		info := ParseClaim(text.Tokenize(c.in, nil))
		if len(info.Figures) != 1 {
			t.Errorf("%q: %d figures %+v, want 1", c.in, len(info.Figures), info.Figures)
			continue
		}
		f := info.Figures[0]
		if f.Value != c.value || string(f.Unit) != c.unit || f.Approx != c.approx || f.Bound != c.bound {
			t.Errorf("%q = %+v, want value %v unit %s approx %v bound %d", c.in, f, c.value, c.unit, c.approx, c.bound)
		}
	}
}

func TestParseClaim_Periods(t *testing.T) {
	cases := []struct {
		in     string
		years  []int
		months [2]int
		since  bool
	}{
		{"в 2024 году", []int{2024}, [2]int{}, false},
		{"за январь–август 2025", []int{2025}, [2]int{1, 8}, false},
		{"2025-ci ilin 8 ayında", []int{2025}, [2]int{1, 8}, false},
		{"since 2023", []int{2023}, [2]int{}, true},
		{"с 2023 года", []int{2023}, [2]int{}, true},
		{"by 2027–2028", []int{2027, 2028}, [2]int{}, false},
		{"in H1 2023", []int{2023}, [2]int{1, 6}, false},
		{"in H2 2023", []int{2023}, [2]int{7, 12}, false},
		{"in the 1st half of 2023", []int{2023}, [2]int{1, 6}, false},
		{"в I полугодии 2023 года", []int{2023}, [2]int{1, 6}, false},
		{"as of late Sept 2024, since January", []int{2024}, [2]int{1, 9}, false}, // named last to first
	}
	for _, c := range cases {
		info := ParseClaim(text.Tokenize(c.in, nil))
		if len(info.Years) != len(c.years) || len(c.years) > 0 && info.Years[0] != c.years[0] || info.Months != c.months || info.Since != c.since {
			t.Errorf("%q: years %v months %v since %v; want %v %v %v", c.in, info.Years, info.Months, info.Since, c.years, c.months, c.since)
		}
	}
}

func TestComparisonBase_GluedYear(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"2020-dən 20% çox", 2020},
		{"2020den 20% cox", 2020}, // typed with no hyphen
		{"2020-дан 20%-ға көп", 2020},
		{"в 2020 году рост на 20%", 0},
		{"20% more than in 2020", 2020},
		{"2020 мен 2021 жылдары", 0}, // "and", written apart: no ending
		{"up 20% on 2020", 2020},
		{"the agreement signed on 2020's last day", 0}, // "on" is a base only after a change
	}
	for _, c := range cases {
		if got := ComparisonBase(c.in, text.Tokenize(c.in, nil)); got != c.want {
			t.Errorf("ComparisonBase(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// "May" is a month beside a number or after a preposition of time, and a modal otherwise.
func TestParseClaim_MayIsAMonthOnlyAsOne(t *testing.T) {
	for _, c := range []struct {
		text   string
		months [2]int
	}{
		{"a single vessel may take no more than 30 hours", [2]int{}},
		{"after the modernization of 20 May 2024 BTK can carry 5 million tons", [2]int{5, 5}},
		{"in May 2024 BTK's capacity reached 5 million tons", [2]int{5, 5}},
		{"2025-ci ilin may ayında BTK-nın gücü 5 milyon tona çatıb", [2]int{5, 5}},
	} {
		if got := ParseClaim(text.Tokenize(c.text, nil)).Months; got != c.months {
			t.Errorf("%q: months %v, want %v", c.text, got, c.months)
		}
	}
}

func TestParseClaim_EnglishOnCountsNothing(t *testing.T) {
	info := ParseClaim(text.Tokenize("the oil reached Sangachal on tanker President Heydar Aliyev in March 2023", nil))
	if len(info.Figures) != 0 {
		t.Errorf("figures %+v, want none: an English 'on' is no ten", info.Figures)
	}
	info = ParseClaim(text.Tokenize("Bakı limanı on tanker qəbul edib", nil))
	if len(info.Figures) != 1 || info.Figures[0].Value != 10 {
		t.Errorf("figures %+v, want ten tankers", info.Figures)
	}
}

func TestTimeReference(t *testing.T) {
	for _, c := range []struct {
		q, core     string
		year, month int
		before, ok  bool
	}{
		{"when did tokayev go to baku before the april 2023 talks with aliyev", "when did tokayev go to baku", 2023, 4, true, true},
		{"Токаев когда ездил в Баку перед переговорами в апреле 2023?", "Токаев когда ездил в Баку", 2023, 4, true, true},
		{"when did BTK open?", "", 0, 0, false, false},
		{"how much did Kuryk handle after 2023", "", 0, 0, false, false}, // no "when": a period, asked as such
	} {
		core, y, m, before, ok := TimeReference(c.q)
		if core != c.core || y != c.year || m != c.month || before != c.before || ok != c.ok {
			t.Errorf("TimeReference(%q) = %q %d %d %v %v, want %q %d %d %v %v", c.q, core, y, m, before, ok, c.core, c.year, c.month, c.before, c.ok)
		}
	}
}

// A scale letter the clause writes before a unit is a scale where it stands alone too: in
// "90m tonnes — 70m of it" the 70m are millions, not metres; "a 7 m draught" stays metres.
func TestParseClaim_ScaleLetterWrittenTwice(t *testing.T) {
	info := ParseClaim(text.Tokenize("freight could grow by 90m tonnes, 70m of it exports", nil))
	if len(info.Figures) != 2 || info.Figures[1].Unit == "metre" || info.Figures[1].Value != 70e6 {
		t.Errorf("figures %+v, want 70 million beside 90 million tonnes", info.Figures)
	}
	info = ParseClaim(text.Tokenize("the channel was dredged to 7 m", nil))
	if len(info.Figures) != 1 || info.Figures[0].Unit != "metre" {
		t.Errorf("figures %+v, want 7 metres", info.Figures)
	}
}
