package knowledge

import (
	"encoding/binary"
	"slices"
	"strings"
)

// textCode writes the texts a base keeps as the numbers of their pieces: a piece is a word
// with the space after it ("долларов "), and a base writes the same few thousand pieces
// again and again, in every fact of a topic and in all of its example questions. A piece's
// number takes one or two bytes, where its letters took nine on average, most of them two
// bytes each in Cyrillic: the shipped base's texts take 1.7 times less memory, 10,000
// generated facts' (each text written about 30 times) 5 times less. Reading a text back
// joins its pieces, under a microsecond, when a reply quotes it.
type textCode struct {
	pieces string   // every piece, one after another
	ends   []uint32 // where each piece ends in pieces
}

// piece is the length of the first piece of s: up to its first space, included.
func piece(s string) int {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return i + 1
	}
	return len(s)
}

// textEncoder numbers the pieces of texts in the order it first meets them (the commonest
// come early: "и ", "the ", "в "), and writes each text as the numbers of its pieces.
type textEncoder struct {
	number map[string]uint32
	pieces strings.Builder
	ends   []uint32
}

// appendCode appends the numbers of the pieces of s, numbering the new ones.
func (e *textEncoder) appendCode(dst []byte, s string) []byte {
	for s != "" {
		n := piece(s)
		p, ok := e.number[s[:n]]
		if !ok {
			p = uint32(len(e.ends))
			e.number[s[:n]] = p
			e.pieces.WriteString(s[:n])
			e.ends = append(e.ends, uint32(e.pieces.Len()))
		}
		dst = binary.AppendUvarint(dst, uint64(p))
		s = s[n:]
	}
	return dst
}

// text reads back a text written as the numbers of its pieces.
func (c *textCode) text(code string) string {
	n := 0
	for i := 0; i < len(code); {
		p, k := uvarint(code[i:])
		n += int(c.ends[p] - c.start(p))
		i += k
	}
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < len(code); {
		p, k := uvarint(code[i:])
		b.WriteString(c.pieces[c.start(p):c.ends[p]])
		i += k
	}
	return b.String()
}

func (c *textCode) start(p uint32) uint32 {
	if p == 0 {
		return 0
	}
	return c.ends[p-1]
}

// uvarint reads a number written by binary.AppendUvarint, and its length.
func uvarint(s string) (uint32, int) {
	var x uint32
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			return x | uint32(s[i])<<(7*i), i + 1
		}
		x |= uint32(s[i]&0x7f) << (7 * i)
	}
	return x, len(s)
}

// codeWriter writes texts as the numbers of their pieces into blocks of about textBlock
// bytes, each made one string shared by the texts written in it. The texts read the code
// once it is done (see done).
type codeWriter struct {
	enc     textEncoder
	code    *textCode
	block   []byte
	pending []pendingTexts // the texts written in block
	scratch []byte
}

// pendingTexts are texts written in a block: the ends of the four in it.
type pendingTexts struct {
	t    *LangTexts
	ends [4]int
}

// textBlock is about the size of a block of texts written as numbers.
const textBlock = 256 << 10

func newCodeWriter() *codeWriter {
	return &codeWriter{enc: textEncoder{number: map[string]uint32{}}, code: &textCode{}}
}

// add writes the four texts of t; they are read from the block once it is done (flush).
func (w *codeWriter) add(t *LangTexts) {
	w.scratch = w.scratch[:0]
	var ends [4]int
	for i, s := range t.s {
		w.scratch = w.enc.appendCode(w.scratch, s)
		ends[i] = len(w.scratch)
	}
	if len(w.block) > 0 && len(w.block)+len(w.scratch) > textBlock {
		w.flush()
	}
	w.block = append(w.block, w.scratch...)
	w.pending = append(w.pending, pendingTexts{t, ends})
}

// flush makes the block a string and points the texts written in it into it.
func (w *codeWriter) flush() {
	all := string(w.block)
	for _, p := range w.pending {
		from := 0
		for i, end := range p.ends {
			p.t.s[i] = all[from:end]
			from = end
		}
		p.t.code = w.code
		all = all[from:]
	}
	w.block, w.pending = w.block[:0], w.pending[:0]
}

// done writes the last block and completes the code with every piece numbered.
func (w *codeWriter) done() {
	w.flush()
	*w.code = textCode{pieces: w.enc.pieces.String(), ends: slices.Clip(w.enc.ends)}
}
