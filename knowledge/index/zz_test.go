package index

import (
	"sort"
	"testing"
)

func TestZZStats(t *testing.T) {
	ix := NewIndex(generatedKB(t, 10000))
	s := ix.NewScratch()
	var posts, touched, units []int
	for _, q := range evalQuestions(t) {
		us := ix.Analyze(s, q)
		n, m := 0, 0
		for _, u := range us {
			if u.Term >= 0 {
				n += len(ix.postings[u.Term])
				m++
			}
		}
		ix.Rank(s, us, 7, RankOptions{})
		posts = append(posts, n)
		units = append(units, m)
	}
	sort.Ints(posts)
	sort.Ints(units)
	t.Logf("postings p50 %d p90 %d p99 %d max %d; units p50 %d p99 %d", posts[len(posts)/2], posts[len(posts)*9/10], posts[len(posts)*99/100], posts[len(posts)-1], units[len(units)/2], units[len(units)*99/100])
	_ = touched
}
