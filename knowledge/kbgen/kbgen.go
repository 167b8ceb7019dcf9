// Package kbgen makes large knowledge bases for benchmarks: the shipped facts repeated with
// their years and names varied, so postings grow long as in a base of that size. Benchmarks
// in knowledge/ and the bench/ module share it, so they measure the same base.
package kbgen

import (
	"fmt"

	"github.com/corridorbot/corridorbot/knowledge"
)

// Repeat returns a base of n facts made from base's, each copy with its own id and a suffix
// of a year and two made-up names in its texts and questions.
func Repeat(base *knowledge.KB, n int) *knowledge.KB {
	kb := &knowledge.KB{Sources: base.Sources, Terms: base.Terms}
	for i := 0; len(kb.Facts) < n; i++ {
		src := base.Facts[i%len(base.Facts)]
		f := *src
		f.ID = fmt.Sprintf("%s-%d", src.ID, i)
		f.Questions = knowledge.Lists{}
		suffix := fmt.Sprintf(" %d город%d city%d", 1990+i%100, i%500, i%700)
		for _, l := range knowledge.Langs {
			f.Text.Set(l, src.Text.In(l)+suffix)
			for _, q := range src.Questions[l] {
				f.Questions[l] = append(f.Questions[l], q+suffix)
			}
		}
		kb.AddFact(f)
	}
	return kb
}
