// Command bench compares the engine with Bleve in one process, on the same work: the shipped
// knowledge base and a generated one of 10,000 facts, the same questions (the evaluation sets
// in knowledge/testdata), the engines taking turns pass by pass so that machine noise hits
// both. It reports latency (p50, p99), build time, memory added at peak while building, live
// heap after, and how many questions each answered right or refused. Its last line sums up.
//
// Run from bench/: go run ./bench [-passes 5] [-testdata ../knowledge/testdata]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/lang/tr"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/knowledge/evalset"
	"github.com/corridorbot/corridorbot/knowledge/kbgen"
)

func main() {
	passes := flag.Int("passes", 5, "timed passes over the questions per base (after one untimed warm-up pass)")
	testdata := flag.String("testdata", "../knowledge/testdata", "folder of the evaluation sets (*_ask.tsv, *_negative.tsv)")
	n := flag.Int("facts", 10000, "facts of the generated base")
	flag.BoolVar(&bleveByLang, "bleve-by-language", true, "index one Bleve field per language, questions and text together (its best setup here: faster and more accurate than two fields per language, questions boosted)")
	flag.Parse()

	qs, err := readQuestions(*testdata)
	if err != nil {
		fatal(err)
	}
	base, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		fatal(err)
	}
	fmt.Printf("bench: %s, %s/%s, %d CPUs, GOMAXPROCS %d; %d questions (%d to answer, %d out of scope); %d timed passes\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), len(qs), countAsk(qs), len(qs)-countAsk(qs), *passes)
	shipped := runBase("shipped", base, qs, *passes)
	big := runBase(fmt.Sprintf("%dk", *n/1000), generatedKB(base, *n), qs, *passes)
	fmt.Printf("summary: engine vs Bleve — p50 %.1f× on the shipped base; p50 %.1f× and p99 %.1f× on %s facts; "+
		"%s build %s vs %s, %s vs %s added at peak, %s vs %s live; answered right %d vs %d, refused %d vs %d (of %d and %d, shipped base)\n",
		ratio(shipped.bleve.p50, shipped.engine.p50), ratio(big.bleve.p50, big.engine.p50), ratio(big.bleve.p99, big.engine.p99), big.name,
		big.name, secs(big.engine.build), secs(big.bleve.build), mb(big.engine.peak), mb(big.bleve.peak), mb(big.engine.live), mb(big.bleve.live),
		shipped.engine.right, shipped.bleve.right, shipped.engine.refused, shipped.bleve.refused, countAsk(qs), len(qs)-countAsk(qs))
}

// question is one row of an evaluation set: a question to answer (want is the figure the
// answer must give, any of |-separated) or one out of scope (the answer must be a refusal).
// A follow-up ("first || second") is asked as a conversation of the engine; Bleve, which has
// none, gets both questions as one query.
type question struct {
	file, id string
	lang     knowledge.Lang
	first    string // the question before a follow-up, else ""
	text     string
	want     string
	negative bool
}

func countAsk(qs []question) int {
	n := 0
	for _, q := range qs {
		if !q.negative {
			n++
		}
	}
	return n
}

func readQuestions(dir string) ([]question, error) {
	var qs []question
	for _, pattern := range []string{"*_ask.tsv", "*_negative.tsv"} {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, path := range files {
			rows, err := readTSV(path)
			if err != nil {
				return nil, err
			}
			for _, row := range rows {
				if len(row) < 3 {
					continue
				}
				q := question{file: filepath.Base(path), id: row[0], lang: knowledge.Lang(row[1]), text: row[2], negative: pattern == "*_negative.tsv"}
				if !q.negative {
					if len(row) < 4 {
						continue
					}
					q.want = row[3]
				}
				if first, second, ok := strings.Cut(q.text, " || "); ok {
					q.first, q.text = first, second
				}
				qs = append(qs, q)
			}
		}
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("no questions in %s", dir)
	}
	return qs, nil
}

func readTSV(path string) ([][]string, error) { return evalset.Read(path) }

// generatedKB is the base BenchmarkAnswer_10kFacts in knowledge/engine measures.
func generatedKB(base *knowledge.KB, n int) *knowledge.KB { return kbgen.Repeat(base, n) }

// result is one engine's figures on one base.
type result struct {
	build          time.Duration
	peak, live     uint64 // bytes added at peak while building, and live after
	lat            []time.Duration
	p50, p99       time.Duration
	right, refused int
}

type baseResult struct {
	name          string
	engine, bleve result
}

// searcher is one engine under test: build indexes a base; answer returns the facts it gives
// (nil for a refusal) for the question at index i.
type searcher interface {
	answer(q *question) []*knowledge.Fact
}

func runBase(name string, kb *knowledge.KB, qs []question, passes int) baseResult {
	r := baseResult{name: name}
	var eng *ourEngine
	r.engine.build, r.engine.peak, r.engine.live = measureBuild(func() { eng = &ourEngine{e: engine.NewEngine(kb)} })
	var bl *bleveEngine
	r.bleve.build, r.bleve.peak, r.bleve.live = measureBuild(func() { bl = newBleve(kb) })

	// Warm-up pass, untimed: the answers give the accuracy; Bleve's scores fit its threshold.
	engAnswers := make([][]*knowledge.Fact, len(qs))
	bleveHits := make([]bleveHit, len(qs))
	for i := range qs {
		engAnswers[i] = eng.answer(&qs[i])
		bleveHits[i] = bl.search(&qs[i])
	}
	r.engine.right, r.engine.refused = score(qs, func(i int) []*knowledge.Fact { return engAnswers[i] })
	bl.threshold = fitThreshold(qs, bleveHits)
	r.bleve.right, r.bleve.refused = score(qs, func(i int) []*knowledge.Fact { return bleveHits[i].facts(bl.threshold) })

	engines := []struct {
		s   searcher
		lat *[]time.Duration
	}{{eng, &r.engine.lat}, {bl, &r.bleve.lat}}
	for p := 0; p < passes; p++ {
		for k := range engines {
			e := engines[(k+p)%2] // the engines take turns going first
			for i := range qs {
				t0 := time.Now()
				e.s.answer(&qs[i])
				*e.lat = append(*e.lat, time.Since(t0))
			}
		}
	}
	for _, res := range []*result{&r.engine, &r.bleve} {
		res.p50, res.p99 = percentile(res.lat, 0.50), percentile(res.lat, 0.99)
	}
	ask, neg := countAsk(qs), len(qs)-countAsk(qs)
	fmt.Printf("\n%s base: %d facts\n", name, len(kb.Facts))
	fmt.Printf("  %-8s %10s %10s %10s %12s %12s %14s %12s\n", "", "p50", "p99", "build", "peak added", "live heap", "answered right", "refused")
	for _, e := range []struct {
		n string
		r *result
	}{{"engine", &r.engine}, {"Bleve", &r.bleve}} {
		fmt.Printf("  %-8s %10s %10s %10s %12s %12s %14s %12s\n", e.n, us(e.r.p50), us(e.r.p99), secs(e.r.build), mb(e.r.peak), mb(e.r.live),
			fmt.Sprintf("%d/%d", e.r.right, ask), fmt.Sprintf("%d/%d", e.r.refused, neg))
	}
	fmt.Printf("  ratio    %9.1f× %9.1f× %9.1f× %11.1f× %11.1f×\n", ratio(r.bleve.p50, r.engine.p50), ratio(r.bleve.p99, r.engine.p99),
		ratio(r.bleve.build, r.engine.build), float64(r.bleve.peak)/float64(max(r.engine.peak, 1)), float64(r.bleve.live)/float64(max(r.engine.live, 1)))
	fmt.Printf("  Bleve refuses below a top score of %.3f, the threshold that does best on these very questions (fitted on them: optimistic for Bleve)\n", bl.threshold)
	runtime.KeepAlive(eng)
	runtime.KeepAlive(bl)
	return r
}

// score counts the questions answered right (an answer whose text in the question's language
// gives the expected figure) and the out-of-scope ones refused.
func score(qs []question, facts func(i int) []*knowledge.Fact) (right, refused int) {
	for i := range qs {
		fs := facts(i)
		switch {
		case qs[i].negative && len(fs) == 0:
			refused++
		case !qs[i].negative && len(fs) > 0 && expectedIn(answerText(fs, qs[i].lang), qs[i].want):
			right++
		}
	}
	return right, refused
}

// measureBuild runs build from a collected heap, sampling the memory the Go runtime holds
// (mapped and not released) every 200 µs: it returns the time, the most memory added at any
// sample, and the live heap added once the garbage is collected.
func measureBuild(build func()) (d time.Duration, peak, live uint64) {
	runtime.GC()
	debug.FreeOSMemory()
	held0, heap0 := memHeld(), heapLive()
	var maxHeld atomic.Uint64
	maxHeld.Store(held0)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(200 * time.Microsecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if h := memHeld(); h > maxHeld.Load() {
					maxHeld.Store(h)
				}
			}
		}
	}()
	t0 := time.Now()
	build()
	d = time.Since(t0)
	if h := memHeld(); h > maxHeld.Load() {
		maxHeld.Store(h)
	}
	close(done)
	<-stopped
	runtime.GC()
	return d, maxHeld.Load() - held0, sub(heapLive(), heap0)
}

func sub(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}

var memSamples = []metrics.Sample{
	{Name: "/memory/classes/total:bytes"},
	{Name: "/memory/classes/heap/released:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
}

// memHeld is the memory the Go runtime has mapped and not given back to the system.
func memHeld() uint64 {
	s := memSamples[:2:2]
	metrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// heapLive is the heap in objects (after a collection: the live heap).
func heapLive() uint64 {
	s := memSamples[2:3:3]
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(max(b, 1)) }

func us(d time.Duration) string { return fmt.Sprintf("%.1f µs", float64(d)/1e3) }

func secs(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func mb(b uint64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// ourEngine answers as the bot does: a follow-up with the previous question and answer.
type ourEngine struct{ e *engine.Engine }

func (o *ourEngine) answer(q *question) []*knowledge.Fact {
	if q.first == "" {
		return o.e.Answer(engine.Query{Text: q.text, Lang: q.lang}).Facts
	}
	a1 := o.e.Answer(engine.Query{Text: q.first, Lang: q.lang})
	prev := make([]string, len(a1.Facts))
	for i, f := range a1.Facts {
		prev[i] = f.ID
	}
	return o.e.Answer(engine.Query{Text: q.text, Lang: q.lang, Previous: a1.Question, PreviousFacts: prev}).Facts
}

// bleveEngine indexes every fact as one document with a field per language and kind (the
// questions people ask and the answer text), each analysed by its language's analyzer where
// Bleve has one (Turkish for Azerbaijani, the standard analyzer for Kazakh). A question is
// matched against every field, the questions weighing more; the top hit is the answer when
// its score reaches the threshold.
type bleveEngine struct {
	idx       bleve.Index
	facts     map[string]*knowledge.Fact
	threshold float64
}

// bleveByLang puts a language's questions and text in one field: faster, less accurate.
var bleveByLang bool

func bleveKinds() []string {
	if bleveByLang {
		return []string{"q_"}
	}
	return []string{"q_", "t_"}
}

var bleveAnalyzers = map[knowledge.Lang]string{"en": en.AnalyzerName, "ru": ru.AnalyzerName, "az": tr.AnalyzerName, "kk": standard.Name}

const (
	bleveQuestionBoost = 1.0
	bleveTextBoost     = 0.6
)

func newBleve(kb *knowledge.KB) *bleveEngine {
	doc := bleve.NewDocumentMapping()
	for _, l := range knowledge.Langs {
		for _, kind := range bleveKinds() {
			fm := bleve.NewTextFieldMapping()
			fm.Analyzer = bleveAnalyzers[l]
			fm.Store = false
			fm.IncludeInAll = false
			fm.IncludeTermVectors = false
			doc.AddFieldMappingsAt(kind+string(l), fm)
		}
	}
	im := bleve.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = standard.Name
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil) // in memory
	if err != nil {
		fatal(err)
	}
	b := &bleveEngine{idx: idx, facts: map[string]*knowledge.Fact{}}
	batch := idx.NewBatch()
	for _, f := range kb.Facts {
		b.facts[f.ID] = f
		d := map[string]any{}
		for _, l := range knowledge.Langs {
			d["q_"+string(l)] = strings.Join(f.Questions[l], "\n")
			if bleveByLang {
				d["q_"+string(l)] = f.Text.In(l) + "\n" + d["q_"+string(l)].(string)
			} else {
				d["t_"+string(l)] = f.Text.In(l)
			}
		}
		if err := batch.Index(f.ID, d); err != nil {
			fatal(err)
		}
		if batch.Size() == 1000 {
			if err := idx.Batch(batch); err != nil {
				fatal(err)
			}
			batch = idx.NewBatch()
		}
	}
	if err := idx.Batch(batch); err != nil {
		fatal(err)
	}
	return b
}

type bleveHit struct {
	fact  *knowledge.Fact
	score float64
}

func (h bleveHit) facts(threshold float64) []*knowledge.Fact {
	if h.fact == nil || h.score < threshold {
		return nil
	}
	return []*knowledge.Fact{h.fact}
}

func (b *bleveEngine) search(q *question) bleveHit {
	text := q.text
	if q.first != "" {
		text += " " + q.first
	}
	var qs []query.Query
	for _, l := range knowledge.Langs {
		for _, kind := range bleveKinds() {
			m := bleve.NewMatchQuery(text)
			m.SetField(kind + string(l))
			if kind == "q_" {
				m.SetBoost(bleveQuestionBoost)
			} else {
				m.SetBoost(bleveTextBoost)
			}
			qs = append(qs, m)
		}
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), 1, 0, false)
	res, err := b.idx.Search(req)
	if err != nil {
		fatal(err)
	}
	if len(res.Hits) == 0 {
		return bleveHit{}
	}
	return bleveHit{fact: b.facts[res.Hits[0].ID], score: res.Hits[0].Score}
}

func (b *bleveEngine) answer(q *question) []*knowledge.Fact { return b.search(q).facts(b.threshold) }

// fitThreshold picks the top score below which Bleve refuses, as the one that makes the most
// of these very questions right (answered right plus refused): the best a threshold can do.
func fitThreshold(qs []question, hits []bleveHit) float64 {
	// right[i]: the top hit of question i is a right answer (or, out of scope, any hit).
	right := make([]bool, len(qs))
	cands := []float64{0}
	for i, h := range hits {
		right[i] = h.fact != nil && !qs[i].negative && expectedIn(answerText([]*knowledge.Fact{h.fact}, qs[i].lang), qs[i].want)
		cands = append(cands, h.score, h.score+1e-9)
	}
	sort.Float64s(cands)
	best, bestT := -1, 0.0
	for _, t := range cands {
		n := 0
		for i, h := range hits {
			answers := h.fact != nil && h.score >= t
			if qs[i].negative && !answers || !qs[i].negative && answers && right[i] {
				n++
			}
		}
		if n > best {
			best, bestT = n, t
		}
	}
	return bestT
}

func expectedIn(msg, expected string) bool { return evalset.ExpectedIn(msg, expected) }

func answerText(fs []*knowledge.Fact, lang knowledge.Lang) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Text.In(lang))
		b.WriteString("\n")
	}
	return b.String()
}
