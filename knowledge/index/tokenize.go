package index

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// factTokens are the tokens of one fact's texts, in the order the build reads them: for
// each language its text, then its questions. Their words lie in folded (see
// text.TokenizeAppend): what the build keeps of a token is cloned.
type factTokens struct {
	toks   []text.Token
	folded []byte
	ends   []int // ends[i] is where the i-th text's tokens end
}

func (ft *factTokens) part(i int) []text.Token {
	from := 0
	if i > 0 {
		from = ft.ends[i-1]
	}
	return ft.toks[from:ft.ends[i]]
}

func (ft *factTokens) read(f *knowledge.Fact) {
	ft.toks, ft.folded, ft.ends = ft.toks[:0], ft.folded[:0], ft.ends[:0]
	for _, l := range text.Langs {
		ft.toks = text.TokenizeAppend(f.Text.In(l), ft.toks, &ft.folded)
		ft.ends = append(ft.ends, len(ft.toks))
		for _, q := range f.Questions[l] {
			ft.toks = text.TokenizeAppend(q, ft.toks, &ft.folded)
			ft.ends = append(ft.ends, len(ft.toks))
		}
	}
}

// tokenizer reads the facts' texts on a goroutine of its own, a few facts ahead of the
// build: tokenizing is a third of building the index, and what it does for one fact needs
// nothing from the others. The build takes each fact's tokens from ready, in the facts'
// order, and gives the buffers back on free.
type tokenizer struct {
	ready chan *factTokens
	free  chan *factTokens
}

// ahead is how many facts the tokenizer may run ahead of the build: enough to even out
// facts of different lengths, few enough that the buffers stay small.
const ahead = 8

func tokenizeFacts(facts []*knowledge.Fact) tokenizer {
	t := tokenizer{ready: make(chan *factTokens, ahead), free: make(chan *factTokens, ahead)}
	for range ahead {
		t.free <- &factTokens{}
	}
	go func() {
		for _, f := range facts {
			ft := <-t.free
			ft.read(f)
			t.ready <- ft
		}
	}()
	return t
}
