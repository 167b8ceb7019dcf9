package index

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// deletions finds the stems of the vocabulary that a string is, or is one deleted letter of
// (symmetric delete, as in SymSpell: a query word with one typo and a stem meet at a shared
// deletion). Every stem and each of its deletions hashes to a slot of an open-addressing
// table that holds the stem's id; a string's stems are found among the slots from its hash's
// to the first empty one, by checking each stem. The table keeps no strings: 4 bytes a
// deletion, where a map of strings to lists of ids took some 60 (10,000 facts: 1.8 → 0.25 MB).
type deletions struct {
	seed  maphash.Seed
	slots []int32 // a stem's term id, or -1
}

// newDeletions makes an empty table for up to n deletions, at most half full.
func newDeletions(n int) deletions {
	size := 1 << bits.Len(uint(2*n))
	d := deletions{seed: maphash.MakeSeed(), slots: make([]int32, size)}
	for i := range d.slots {
		d.slots[i] = -1
	}
	return d
}

// stemDeletions is at most how many entries a stem adds: itself, and a deletion per letter.
func stemDeletions(stem string) int { return 1 + utf8.RuneCountInString(stem) }

// add records a stem under itself and each of its one-letter deletions.
func (d *deletions) add(stem string, id int32, buf []byte) []byte {
	d.put(append(buf[:0], stem...), id)
	prev := -1
	for i, r := range stem {
		// Deleting either of two equal letters side by side gives one string, kept once.
		if prev < 0 || !sameDeletion(stem, prev, i) {
			buf = append(append(buf[:0], stem[:i]...), stem[i+utf8.RuneLen(r):]...)
			d.put(buf, id)
		}
		prev = i
	}
	return buf
}

func (d *deletions) put(key []byte, id int32) {
	mask := len(d.slots) - 1
	i := int(maphash.Bytes(d.seed, key)) & mask
	for d.slots[i] >= 0 {
		i = (i + 1) & mask
	}
	d.slots[i] = id
}

// appendStems appends to ids the id of every stem that key is or is a deletion of, in the
// order of the ids (the vocabulary's, sorted), each once.
func (d *deletions) appendStems(ids []int32, key []byte, terms []string) []int32 {
	if len(d.slots) == 0 {
		return ids
	}
	from, mask := len(ids), len(d.slots)-1
	for i := int(maphash.Bytes(d.seed, key)) & mask; d.slots[i] >= 0; i = (i + 1) & mask {
		if stem := terms[d.slots[i]]; string(key) == stem || isDeletion(key, stem) {
			ids = append(ids, d.slots[i])
		}
	}
	// The search meets a stem's entries in no set order, and may meet one twice: once under
	// key, once under another of its deletions that key also is.
	slices.Sort(ids[from:])
	return ids[:from+len(slices.Compact(ids[from:]))]
}

// isDeletion reports whether key is stem with one letter deleted, as add deletes it.
func isDeletion(key []byte, stem string) bool {
	for i, r := range stem {
		n := utf8.RuneLen(r)
		if len(key) == len(stem)-n && string(key[:i]) == stem[:i] && string(key[i:]) == stem[i+n:] {
			return true
		}
		if i >= len(key) || key[i] != stem[i] {
			return false // the letters before the deleted one are the stem's
		}
	}
	return false
}
