package index

// Weights of ranking and coverage, tuned on the held-out sets in testdata (see the answer
// package for the thresholds of the decision).
const (
	maxQueryUnits = 48  // long pastes are cut: no question needs more words, and the work stays bounded
	yearPenalty   = 0.2 // a fact about other years than the ones asked about ranks lower
	// unknownWeight: a word the knowledge base never uses counts this many times the rarest
	// word's weight against an answer — it is likely what the question is really about.
	unknownWeight   = 1.0
	contextWeight   = 0.5  // the previous question's words rank a follow-up at half weight…
	contextCoverage = 0.25 // …and count little in how much of it a fact explains
)

// demotedScore is the share of its score a fact of the previous answer keeps in a follow-up.
const demotedScore = 0.5

// RankOptions adjust ranking: facts to demote (the previous answer of a follow-up), years
// asked about (facts about other years rank lower), and whether quoted figures count.
type RankOptions struct {
	Demote        []string
	Years         []int
	IgnoreFigures bool
}

// Rank scores facts against the units of a question (BM25F over the postings of every known
// unit) and returns the best k.
func (ix *Index) Rank(s *Scratch, units []Unit, k int, opt RankOptions) []Scored {
	scores, touched := s.scores, s.touched[:0]
	for i := range units {
		u := &units[i]
		if u.Term < 0 || opt.IgnoreFigures && u.Num && u.Year == 0 {
			continue
		}
		from, to := ix.listAt[u.Term], ix.listAt[u.Term+1]
		ws, first := ix.weights[from:to], len(touched) == 0
		if ix.docs16 != nil {
			touched = addList(scores, touched, ix.docs16[from:to], ws, u.Weight, first)
		} else {
			touched = addList(scores, touched, ix.docs32[from:to], ws, u.Weight, first)
		}
	}
	s.touched = touched
	for _, id := range opt.Demote {
		if d, ok := ix.docOf(id); ok {
			scores[d] *= demotedScore
		}
	}
	// The facts of the years asked about, as a set: one bit test per candidate.
	var asked []uint64
	years := len(opt.Years) > 0
	if years {
		asked = ix.yearDocs[opt.Years[0]]
		if len(opt.Years) > 1 {
			s.years = append(s.years[:0], make([]uint64, (len(ix.facts)+63)/64)...)
			for _, y := range opt.Years {
				for w, bits := range ix.yearDocs[y] {
					s.years[w] |= bits
				}
			}
			asked = s.years
		}
	}
	// One pass over the candidates: the year penalty, the best k (ties: the lower fact first,
	// and a later candidate does not displace an equal one), and the scores cleared. Scores
	// are positive: below k candidates, kth lets every one in.
	top, kth := s.top[:0], float32(-1)
	for _, d := range touched {
		sc := scores[d]
		scores[d] = 0
		if years && (asked == nil || asked[uint32(d)/64]&(1<<(uint32(d)%64)) == 0) {
			sc *= yearPenalty
		}
		if sc <= kth {
			continue
		}
		i := len(top)
		for i > 0 && (top[i-1].Score < sc || top[i-1].Score == sc && top[i-1].Doc > d) {
			i--
		}
		top = append(top, Scored{})
		copy(top[i+1:], top[i:])
		top[i] = Scored{Doc: d, Score: sc}
		if len(top) > k {
			top = top[:k]
		}
		if len(top) == k {
			kth = top[k-1].Score
		}
	}
	s.top = top
	s.touched = touched[:0]
	return top
}

type Scored struct {
	Doc   int32
	Score float32
}

// entityWeight makes names count more than common words: a question about China's trade
// is not answered by a fact about Azerbaijan's, however much else they share.
const entityWeight = 1.5

type Cover struct {
	Share     float64 // of the question's information (idf-weighted) the fact explains
	Subject   bool    // some known word of the question is in the fact
	Predicate bool    // a non-name word is matched, or the question has none ("What is BTC?")
	Entities  bool    // every name in the question is in the fact: China's trade is not Azerbaijan's
	Asks      bool    // the question has words besides names, years and figures
}

// Coverage measures how much of a question a fact explains. Unknown words count fully
// against it: a question about something the base never mentions must not be answered by a
// fact that shares only its common words.
func (ix *Index) Coverage(units []Unit, doc int32) Cover {
	t := tally{ix: ix, doc: doc, metonymy: ix.namesTwoCapitals(units)}
	t.c.Entities = true
	for i := range units {
		u := &units[i]
		if u.Covered {
			continue // its concept unit speaks for it
		}
		scale := 1.0
		if u.Context {
			scale = contextCoverage
		}
		switch {
		case u.Year != 0:
			t.year(u, scale)
		case u.Num:
			// A figure the user quotes helps the fact that states it ("by what year does
			// Kazakhstan want 300k TEU?"); one no fact states does not count against any.
			if u.Term >= 0 && t.ix.has(u.Term, doc) {
				w := float64(t.ix.idf[u.Term]) * scale
				t.total += w
				t.matched += w
			}
		case u.Term < 0:
			t.unknownWord(u, scale)
		default:
			t.knownWord(u, scale)
		}
	}
	return t.cover()
}

// namesTwoCapitals: capitals stand for their countries when two of them are named together
// ("Baku and Astana agreed…"); one alone is the city ("apartment prices in Baku").
func (ix *Index) namesTwoCapitals(units []Unit) bool {
	capitals := 0
	for i := range units {
		if t := units[i].Term; t >= 0 && ix.standsFor[t] >= 0 && units[i].Concept && !units[i].Context {
			capitals++
		}
	}
	return capitals >= 2
}

// tally sums how much of a question's information one document explains.
type tally struct {
	ix                            *Index
	doc                           int32
	metonymy                      bool
	total, matched                float64
	predicates, predicatesMatched int
	c                             Cover
}

// year: a year asked about weighs as much as the rarest word.
func (t *tally) year(u *Unit, scale float64) {
	t.total += float64(t.ix.maxIDF) * scale
	if contains(t.ix.Years(t.doc), u.Year) {
		t.matched += float64(t.ix.maxIDF) * scale
	}
}

// unknownWord: a word no fact uses counts fully against every fact; a name no fact has
// means the fact does not give every name.
func (t *tally) unknownWord(u *Unit, scale float64) {
	if u.Entity {
		t.total += float64(t.ix.maxIDF) * entityWeight * scale
		if !u.Context {
			t.c.Entities = false // a name the question gives that no fact has
		}
		return
	}
	if u.Soft {
		return // a word of handling or place the base never uses ("стоять"): no subject
	}
	t.total += float64(t.ix.maxIDF) * unknownWeight * scale
	if !u.Context && !u.Measure {
		t.predicates++
	}
}

// knownWord: a word of the index counts by its weight when the document has it (or, for a
// capital named beside another, its country).
func (t *tally) knownWord(u *Unit, scale float64) {
	ix := t.ix
	w, idf := float64(u.Weight), float64(ix.idf[u.Term])*scale
	if u.Context {
		w = idf // the context counts in coverage at its own, smaller scale
	}
	// A unit ("dollars", "тонн") counts in coverage but is no subject of its own.
	isPredicate := !u.Entity && !u.Context && !u.Measure
	if u.Entity {
		w, idf = w*entityWeight, idf*entityWeight
	} else if isPredicate {
		t.predicates++
	}
	t.total += idf
	found := ix.has(u.Term, t.doc) || u.Entity && ix.inTitle(u.Term, t.doc)
	if to := ix.standsFor[u.Term]; to >= 0 && !found && t.metonymy {
		found = ix.has(to, t.doc) // "Baku and Astana" for the two countries
	}
	if !found && u.Entity && !u.Context && ix.inPlaceOf(u.Term, t.doc) {
		// "the Azerbaijani government's page on the Port of Baku": the port is in it. The
		// country is explained, not matched: it adds nothing to the share.
		t.total -= idf
		return
	}
	if isPredicate && u.Soft && !found {
		// It may be said in other words: it helps a fact, never counts against one.
		t.predicates--
		t.total -= idf
	}
	if found {
		t.matched += w
		t.c.Subject = true
		if isPredicate {
			t.predicatesMatched++
		}
	} else if u.Entity && !u.Context {
		t.c.Entities = false // a name the question gives; the context's may change
	}
}

func (t *tally) cover() Cover {
	c := t.c
	c.Predicate = t.predicates == 0 || t.predicatesMatched > 0
	c.Asks = t.predicates > 0
	if t.total > 0 {
		c.Share = t.matched / t.total
	}
	return c
}

// addList adds w times the weights of a term's postings to the scores of its facts, and
// lists in touched the facts scored for the first time. The first list of a question touches
// each of its facts for the first time.
func addList[D uint16 | int32](scores []float32, touched []int32, docs []D, ws []float32, w float32, first bool) []int32 {
	ws = ws[:len(docs)]
	if first {
		for i, d := range docs {
			touched = append(touched, int32(d))
			scores[d] = w * ws[i]
		}
		return touched
	}
	for i, d := range docs {
		sc := scores[d]
		if sc == 0 {
			touched = append(touched, int32(d))
		}
		scores[d] = sc + w*ws[i]
	}
	return touched
}

func AnyIn(want, have []int) bool {
	for _, w := range want {
		if contains(have, w) {
			return true
		}
	}
	return false
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
