package knowledge

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

func TestValidate_ShippedKnowledgeBaseIsClean(t *testing.T) {
	kb, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Validate(kb) {
		t.Error(p)
	}
	if len(kb.Facts) < 30 {
		t.Errorf("only %d facts; the core article alone has more than 30 statements", len(kb.Facts))
	}
}

func TestValidate_ReportsEveryProblemWithItsPlace(t *testing.T) {
	kb, err := Load(os.DirFS("testdata/badkb"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Validate(kb) {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"facts.yaml:20: good-fact: duplicate fact id",
		`facts.yaml:20: good-fact: unknown topic "weather"`,
		`facts.yaml:20: good-fact: unknown kind "rumour"`,
		`facts.yaml:20: good-fact: unknown source "nowhere"`,
		`facts.yaml:20: good-fact: entity "atlantis" is not in the glossary`,
		`glossary.yaml:9: oil: judged_as "nowhere" is not in the glossary`,
		"glossary.yaml:9: oil: design and judged_as are for terms of kind measure",
		"facts.yaml:20: good-fact: text.en: missing",
		"facts.yaml:20: good-fact: questions.az: missing",
		"facts.yaml:20: good-fact: text.ru: number 30 is not among the fact's quantities",
		"glossary.yaml:9: oil: names.kk: missing",
		"sources.yaml:7: src-a: cite.kk: missing",
		"sources.yaml:7: src-a: duplicate source id",
		`sources.yaml:7: src-a: published "21.10.2025" is not YYYY-MM-DD`,
		`facts.yaml:20: good-fact: quantities[0]: status missing (result, estimate, forecast, plan or target)`,
		`facts.yaml:38: slotty-fact: quantities[0]: unknown status "rumoured"`,
		`facts.yaml:38: slotty-fact: quantities[0]: unknown bound "approximately"`,
		`facts.yaml:38: slotty-fact: quantities[0]: measure "weather" is not a concept or measure of the glossary`,
		`facts.yaml:38: slotty-fact: quantities[0]: from "oil" is not an entity of the glossary`,
		`facts.yaml:38: slotty-fact: quantities[1]: status "forecast" does not fit a fact of kind statistic`,
		`facts.yaml:38: slotty-fact: quantities[2]: series dup-trade: measured as one tonne, but slotty-fact measures it as million usd`,
		`facts.yaml:38: slotty-fact: quantities[0]: series "undeclared" is not declared in a series: section`,
		"series.yaml:2: dup-trade: title.en: missing",
		"series.yaml:4: empty-series: no quantity belongs to this series",
		`glossary.yaml:16: port-baku: names.en: "Baku" is also a name of baku: one entity, one term`,
		"glossary.yaml:16: port-baku: flow is for concepts, measures and commodities, not entities",
		`glossary.yaml:24: workplace: flow "hired" is not one of [good carried period]`,
		"glossary.yaml:24: workplace: class is for entities",
		`glossary.yaml:24: workplace: names.az: in "yeni iş yeri" the word "iş" folds to a stopword of another language and is dropped`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing problem %q in:\n%s", want, all)
		}
	}
	for _, p := range got {
		if strings.Contains(p, "facts.yaml:2:") {
			t.Errorf("the valid fact was reported: %s", p)
		}
	}
}

func TestValidate_QuantityMissingFromText(t *testing.T) {
	kb, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	f := *kb.Facts[0]
	f.Quantities = append(append([]Quantity(nil), f.Quantities...), Quantity{Value: 12345, Unit: "count"})
	kb.Facts = []*Fact{&f}
	found := false
	for _, p := range Validate(kb) {
		found = found || strings.Contains(p.Msg, "quantity 12345 does not appear in the text")
	}
	if !found {
		t.Error("a quantity absent from the texts was not reported")
	}
}

// A number written as a name ("Order No. 2443", "№ 2443", "2443 nömrəli") is no figure the
// fact must give as a quantity; one written as an amount is.
func TestValidate_NumberWrittenAsNameIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		msg  string
		name bool
	}{
		{"launched under Order No. 2443 of the President", true},
		{"распоряжением Президента № 2443 от 18 октября", true},
		{"2443 nömrəli sərəncamına əsasən", true},
		{"№2443 өкімі бойынша", true},
		{"handled 2443 thousand tonnes", false},
	} {
		toks := text.Tokenize(c.msg, nil)
		i := slices.IndexFunc(toks, func(t text.Token) bool { return t.Text == "2443" })
		if got := text.NamesNumber(c.msg, toks, i); got != c.name {
			t.Errorf("%q: names a number %v, want %v", c.msg, got, c.name)
		}
	}
}
