package text

import "strings"

// Direction: "Azerbaijan's investment in Kazakhstan" and "Kazakhstan's investment in
// Azerbaijan" share every word; only the grammar of direction tells them apart. The country
// a flow goes to is marked in each language — a preposition (в, in, into, to), a dative or
// locative ending (Qazaxıstana, Azərbaycanda, Қазақстанға), or "the economy of" (в экономику
// Казахстана, Qazaxıstan iqtisadiyyatına, Қазақстан экономикасына) — and becomes a term
// "→kazakhstan" in both the index and the question.

// DirectionTerm is the index term of a flow toward a country.
func DirectionTerm(id string) string { return "→" + id }

// Directions calls emit with the direction terms of a text.
func Directions(toks []Token, emit func(string)) {
	eachCountry(toks, func(i int, id, suffix string) {
		toward := OneOfWord(suffix, towardEndings) ||
			i > 0 && towardWords[toks[i-1].Text] ||
			i > 1 && towardWords[toks[i-2].Text] && HasPrefixIn(toks[i-1].Text, economyWords) ||
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, economyWords) && !strings.HasPrefix(suffix, "'")
		if toward {
			emit(DirectionTerm(id))
		}
	})
}

// Origins calls emit with the countries a flow comes from: "из Азербайджана", "from
// Kazakhstan", "Azərbaycandan", "Қазақстаннан".
func Origins(toks []Token, emit func(string)) {
	eachCountry(toks, func(i int, id, suffix string) {
		if OneOfWord(suffix, fromEndings) || i > 0 && fromWords[toks[i-1].Text] ||
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, originGoods) {
			emit(id)
		}
	})
}

// eachCountry calls fn for every word naming one of the two partners, with the ending that
// follows the name's stem ("Qazaxıstan|a", "Қазақстан|нан").
func eachCountry(toks []Token, fn func(i int, id, suffix string)) {
	for i, t := range toks {
		if t.Num {
			continue
		}
		for _, c := range directionCountries {
			if suffix, ok := afterStem(t.Text, c.stems); ok {
				fn(i, c.id, suffix)
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

// OppositeDirection maps "→kazakhstan" to "→azerbaijan" and back.
func OppositeDirection(term string) string {
	switch term {
	case DirectionTerm("kazakhstan"):
		return DirectionTerm("azerbaijan")
	case DirectionTerm("azerbaijan"):
		return DirectionTerm("kazakhstan")
	}
	return ""
}
