package knowledge

import "strings"

// Direction: "Azerbaijan's investment in Kazakhstan" and "Kazakhstan's investment in
// Azerbaijan" share every word; only the grammar of direction tells them apart. The country
// a flow goes to is marked in each language — a preposition (в, in, into, to), a dative or
// locative ending (Qazaxıstana, Azərbaycanda, Қазақстанға), or "the economy of" (в экономику
// Казахстана, Qazaxıstan iqtisadiyyatına, Қазақстан экономикасына) — and becomes a term
// "→kazakhstan" in both the index and the question.

// directionCountries are folded stems of the two partners' names in the four languages.
var directionCountries = []struct {
	id    string
	stems []string
}{
	{"azerbaijan", []string{"азербайджан", "азербайжан", "азирбайжан", "azerbaycan", "azerbaijan"}},
	{"kazakhstan", []string{"казахстан", "казакстан", "qazaxistan", "qazaxstan", "kazakhstan", "kazakstan"}},
}

var (
	towardWords  = map[string]bool{"в": true, "во": true, "in": true, "into": true, "to": true}
	economyWords = []string{"эконом", "iqtisadiyyat", "economy"}
	// Azerbaijani and Kazakh endings (folded) that say "to" or "in". Not a bare Cyrillic "а":
	// that is the Russian genitive ("товарооборот Казахстана").
	towardEndings = []string{"a", "ya", "da", "daki", "ga", "ka", "га", "ка", "на", "да", "та", "дагы", "тагы", "ге", "ке"}
)

// directionTerm is the index term of a flow toward a country.
func directionTerm(id string) string { return "→" + id }

// directions calls emit with the direction terms of a text.
func directions(toks []token, emit func(string)) {
	for i, t := range toks {
		if t.num {
			continue
		}
		for _, c := range directionCountries {
			suffix, ok := afterStem(t.text, c.stems)
			if !ok {
				continue
			}
			toward := oneOfWord(suffix, towardEndings) ||
				i > 0 && towardWords[toks[i-1].text] ||
				i > 1 && towardWords[toks[i-2].text] && hasPrefixIn(toks[i-1].text, economyWords) ||
				i+1 < len(toks) && hasPrefixIn(toks[i+1].text, economyWords) && !strings.HasPrefix(suffix, "'")
			if toward {
				emit(directionTerm(c.id))
			}
		}
	}
}

// afterStem returns what follows the first matching stem at the start of w.
func afterStem(w string, stems []string) (string, bool) {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return w[len(s):], true
		}
	}
	return "", false
}

// reversalWords ask for the opposite direction of the previous question: "and the other way
// round?", "а наоборот?", "bəs əksinə?", "ал керісінше?".
var reversalWords = wordSet(`наоборот обратно reverse versa round eksine керисинше`)

func asksReversal(toks []token) bool { return hasWordIn(toks, reversalWords) }

// oppositeDirection maps "→kazakhstan" to "→azerbaijan" and back.
func oppositeDirection(term string) string {
	switch term {
	case directionTerm("kazakhstan"):
		return directionTerm("azerbaijan")
	case directionTerm("azerbaijan"):
		return directionTerm("kazakhstan")
	}
	return ""
}
