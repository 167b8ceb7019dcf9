package knowledge_test

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/kbgen"
)

// Once a base keeps its texts written as the numbers of their pieces, every text and example
// question reads back as it was, and a text set afterwards is kept as set.
func TestKeepExampleQuestions_TextsReadBack(t *testing.T) {
	base, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, kb := range []*knowledge.KB{base, kbgen.Repeat(base, 2000)} {
		type texts struct{ text, example [4]string }
		want := map[*knowledge.Fact]texts{}
		for _, f := range kb.Facts {
			var w texts
			for i, l := range knowledge.Langs {
				w.text[i], w.example[i] = f.Text.In(l), f.ExampleQuestion(l)
			}
			want[f] = w
		}
		kb.KeepExampleQuestions()
		for _, f := range kb.Facts {
			for i, l := range knowledge.Langs {
				if got := f.Text.In(l); got != want[f].text[i] {
					t.Fatalf("%s text.%s = %q, want %q", f.ID, l, got, want[f].text[i])
				}
				if got := f.ExampleQuestion(l); got != want[f].example[i] {
					t.Fatalf("%s example.%s = %q, want %q", f.ID, l, got, want[f].example[i])
				}
			}
		}
	}
	f := base.Facts[0]
	en, ru := f.Text.In(knowledge.EN), f.Text.In(knowledge.RU)
	f.Text.Set(knowledge.EN, en+" (revised)")
	if f.Text.In(knowledge.EN) != en+" (revised)" || f.Text.In(knowledge.RU) != ru {
		t.Errorf("texts after setting one: %q, %q", f.Text.In(knowledge.EN), f.Text.In(knowledge.RU))
	}
}
