package index

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/kbgen"
)

// BenchmarkRank_10kFacts ranks the analysed questions of the evaluation sets on 10,000
// generated facts (as engine's BenchmarkAnswer_10kFacts generates them): the ranking alone.
func BenchmarkRank_10kFacts(b *testing.B) {
	ix := NewIndex(generatedKB(b, 10000))
	s := ix.NewScratch()
	var questions [][]Unit
	var years [][]int
	for _, q := range evalQuestions(b) {
		units := append([]Unit(nil), ix.Analyze(s, q)...)
		var ys []int
		for _, u := range units {
			if u.Year != 0 {
				ys = append(ys, u.Year)
			}
		}
		questions, years = append(questions, units), append(years, ys)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		j := i % len(questions)
		ix.Rank(s, questions[j], 7, RankOptions{Years: years[j]})
	}
}

// BenchmarkNewIndex_10kFacts indexes 10,000 generated facts.
func BenchmarkNewIndex_10kFacts(b *testing.B) {
	kb := generatedKB(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(kb)
	}
}

func evalQuestions(tb testing.TB) []string {
	files, _ := filepath.Glob("../testdata/*_ask.tsv")
	negative, _ := filepath.Glob("../testdata/*_negative.tsv")
	var out []string
	for _, path := range append(files, negative...) {
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			row := strings.Split(sc.Text(), "\t")
			if len(row) < 3 || strings.HasPrefix(row[0], "#") {
				continue
			}
			_, q, ok := strings.Cut(row[2], " || ")
			if !ok {
				q = row[2]
			}
			out = append(out, q)
		}
		f.Close()
	}
	return out
}

func generatedKB(tb testing.TB, n int) *knowledge.KB {
	tb.Helper()
	base, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	return kbgen.Repeat(base, n)
}
