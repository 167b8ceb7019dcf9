package index

import (
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"транзит", "тразнит", true}, {"invest", "invesr", true}, {"shamkir", "shamkr", true},
		{"shamki", "shamkir", true}, {"anakl", "canal", false}, {"trade", "trade", true}, {"abcde", "badce", false},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestLooksLike(t *testing.T) {
	for _, c := range []struct {
		word, name string
		want       bool
	}{
		{"qazaxistana", "qazaxistan", true}, {"shakmir", "shamkir", true}, {"шамкирском", "шамкир", true},
		{"transcaspian", "transcaucasia", false}, {"btc", "btc", true},
		// A word with only the start of a one-word name is another word: "Kazakh" is not
		// "Kazakhtelecom", "through" is not "throughput".
		{"kazakh", "kazakhtelecom", false}, {"through", "throughput", false}, {"throughputs", "throughput", true},
		// A short name allows one letter of change: "груза", "грузов" (of cargo) share the stem
		// of "Грузия" (Georgia) but are not it; its own endings are.
		{"груза", "грузия", false}, {"грузов", "грузия", false}, {"грузии", "грузия", true}, {"грузией", "грузия", true},
	} {
		if got := looksLike(c.word, c.name, true); got != c.want {
			t.Errorf("looksLike(%q, %q) = %v", c.word, c.name, got)
		}
	}
}

// "Грузия" shares its Russian stem with "груз" (cargo): only its own forms name Georgia, not
// "грузил" (loaded) or "груза", one or two letters away.
func TestNamesThatShareAStemWithAWord(t *testing.T) {
	ix := shippedIndex(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"танкер грузил нефть в Актау", false},
		{"сколько груза перевезли по ТМТМ", false},
		{"поставки нефти в Грузию", true},
		{"транзит через Грузии территорию", true},
	} {
		var s Scratch
		got := false
		for _, u := range ix.Analyze(&s, c.q) {
			got = got || u.Term >= 0 && ix.Term(u.Term) == "@georgia"
		}
		if got != c.want {
			t.Errorf("%q names Georgia: %v, want %v", c.q, got, c.want)
		}
	}
}

// A word that reads as a name is that name only: "в Грузии" is Georgia, not cargo too; and a
// verb with a prefix finds the root the base uses bare, not a word one letter off.
func TestWordsReadAsOneThing(t *testing.T) {
	ix := shippedIndex(t)
	for _, c := range []struct {
		q         string
		want, not string
	}{
		{"участок БТК в Грузии", "@georgia", "@cargo"},
		{"какой участок отремонтировали", "ремонт", "трем"},
		// a long word's clipped stem ("portf") one letter off a common word is no typo of it,
		// while a name is misspelt anywhere ("Sengacala" for Səngəçal, "алаттагы" in Alat)
		{"hansi portfolio", "", "@port"},
		{"ilk neft Sengacala getirib", "@sangachal", "@port"},
		{"алаттагы жана порт", "@alat", "алаты"},
	} {
		var s Scratch
		read := map[string]bool{}
		for _, u := range ix.Analyze(&s, c.q) {
			if u.Term >= 0 {
				read[ix.Term(u.Term)] = true
			}
		}
		if c.want != "" && !read[c.want] || read[c.not] {
			t.Errorf("%q reads as %v: want %s, not %s", c.q, read, c.want, c.not)
		}
	}
}

// shippedIndex indexes the embedded knowledge base.
func shippedIndex(t *testing.T) *Index {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(kb)
}
