package engine

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/kbgen"
)

var benchQuestions = []string{
	"Какой товарооборот был у Казахстана и Азербайджана в 2024 году?",
	"How many agreements do Azerbaijan and Kazakhstan have?",
	"Semkir zavodu nece ton istehsal edecek",
	"HBI зауыты қашан іске қосылады?",
	"What is the capital of France?",
}

// BenchmarkAnswer_ShippedKB answers questions on the embedded knowledge base.
func BenchmarkAnswer_ShippedKB(b *testing.B) {
	e := shippedEngine(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e.Answer(Query{Text: benchQuestions[i%len(benchQuestions)]})
	}
}

// BenchmarkAnswer_10kFacts answers questions on a generated knowledge base of 10,000 facts:
// the shipped facts repeated with their numbers, years and names varied, so postings are long.
func BenchmarkAnswer_10kFacts(b *testing.B) {
	e := NewEngine(generatedKB(b, 10000))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e.Answer(Query{Text: benchQuestions[i%len(benchQuestions)]})
	}
}

// BenchmarkCheck_ShippedKB checks one claim on the embedded knowledge base.
func BenchmarkCheck_ShippedKB(b *testing.B) {
	e := shippedEngine(b)
	claims := []string{
		"Товарооборот между Азербайджаном и Казахстаном в 2024 году составил 900 млн долларов",
		"The Shamkir plant already produces 2 million tonnes of HBI a year",
		"Transxəzər marşrutu ilə tranzit 9 milyon ton olub",
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e.Check(claims[i%len(claims)], "")
	}
}

func BenchmarkNewEngine_ShippedKB(b *testing.B) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		NewEngine(kb)
	}
}

// BenchmarkNewEngine_10kFacts indexes the generated knowledge base of 10,000 facts.
func BenchmarkNewEngine_10kFacts(b *testing.B) {
	kb := generatedKB(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		NewEngine(kb)
	}
}

func generatedKB(tb testing.TB, n int) *knowledge.KB {
	tb.Helper()
	base, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	return kbgen.Repeat(base, n)
}

// BenchmarkAnswer_EvalQuestions answers every question of the evaluation files in turn (the
// mix bench/ times against Bleve: answers, refusals, comparisons, follow-ups read alone).
func BenchmarkAnswer_EvalQuestions(b *testing.B) {
	e := shippedEngine(b)
	var qs []Query
	for _, name := range []string{"eval_ask.tsv", "eval2_ask.tsv", "eval3_ask.tsv", "tuneF_ask.tsv", "eval_negative.tsv", "eval2_negative.tsv", "tuneF_negative.tsv"} {
		for _, row := range readTSV(b, name) {
			qs = append(qs, Query{Text: row[2], Lang: knowledge.Lang(row[1])})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e.Answer(qs[i%len(qs)])
	}
}
