package text

import "strings"

// Direction: "Azerbaijan's investment in Kazakhstan" and "Kazakhstan's investment in
// Azerbaijan" share every word; only the grammar of direction tells them apart. The country
// a flow goes to is marked in each language — a preposition (в, in, into, to), a dative or
// locative ending (Qazaxıstana, Azərbaycanda, Қазақстанға), or "the economy of" (в экономику
// Казахстана, Qazaxıstan iqtisadiyyatına, Қазақстан экономикасына) — and becomes a term
// "→kazakhstan" in both the index and the question.

// RouteEnd reports a direction term naming a route's end ("from China to Europe"): a claim
// reads it as the way goods move, but a question names it only to say which route, so the
// index does not rank by it.
func RouteEnd(term string) bool { return term == DirectionTerm("europe") }

// DirectionTerm is the index term of a flow toward a country.
func DirectionTerm(id string) string { return "→" + id }

// Directions calls emit with the direction terms of a text.
func Directions(toks []Token, emit func(string)) {
	eachCountry(toks, func(i int, id, suffix string) {
		toward := OneOfWord(suffix, towardEndings) || toks[i].Dative && suffix == "" || // "Azerbaycan'a"
			i > 0 && towardWords[toks[i-1].Text] && !(i > 1 && notTowardBefore[toks[i-2].Text]) || // not "according to Kazakhstan Railways"
			i > 1 && towardWords[toks[i-2].Text] && HasPrefixIn(toks[i-1].Text, economyWords) ||
			economyOf(toks, i) || // "in the economy of Kazakhstan"
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, economyWords) && !strings.HasPrefix(suffix, "'") ||
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, buyerVerbs) || // "Azerbaijan bought …": to it
			i+2 < len(toks) && IsStopword(toks[i+1].Text) && HasPrefixIn(toks[i+2].Text, buyerVerbs) // "Kazakhstan has attracted …"
		if toward {
			emit(DirectionTerm(id))
		}
	})
}

// economyOf reports a country after "in (the) economy of": "invested in the economy of
// Kazakhstan" goes to it.
func economyOf(toks []Token, i int) bool {
	if i < 3 || toks[i-1].Text != "of" || !HasPrefixIn(toks[i-2].Text, economyWords) {
		return false
	}
	k := i - 3
	if toks[k].Text == "the" && k > 0 {
		k--
	}
	return towardWords[toks[k].Text]
}

// CountriesInOrder lists the countries a text names, in the order it names them.
func CountriesInOrder(toks []Token) []string {
	var out []string
	eachCountry(toks, func(_ int, id, _ string) { out = append(out, id) })
	return out
}

// Origins calls emit with the countries a flow comes from: "из Азербайджана", "from
// Kazakhstan", "Azərbaycandan", "Қазақстаннан".
func Origins(toks []Token, emit func(string)) {
	eachCountry(toks, func(i int, id, suffix string) {
		if OneOfWord(suffix, fromEndings) || i > 0 && fromWords[toks[i-1].Text] || i > 1 && StartsPhrase(toks[i-2:i], buyFrom) ||
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, sellerVerbs) || // "Azerbaijan sold …"
			i+1 < len(toks) && HasPrefixIn(toks[i+1].Text, originGoods) && !OneOfWord(suffix, towardEndings) && !(i > 0 && HasPrefixIn(toks[i-1].Text, sellerVerbs)) ||
			i > 0 && HasPrefixIn(toks[i-1].Text, exportOf) && !OneOfWord(suffix, towardEndings) ||
			i > 1 && toks[i-1].Text == "of" && HasPrefixIn(toks[i-2].Text, exportOf) ||
			OneOfWord(suffix, genitiveEnds) && goodsWithin(toks, i+2, i+3) {
			emit(id) // "Azərbaycanın neft ixracı", "Azərbaycanın mümkün əlavə ixracı"
		}
	})
}

// goodsWithin reports a word of goods that come from a country ("oil", "exports") among
// toks[from..to].
func goodsWithin(toks []Token, from, to int) bool {
	for k := from; k <= to && k < len(toks); k++ {
		if toks[k].Num {
			return false
		}
		if HasPrefixIn(toks[k].Text, originGoods) {
			return true
		}
	}
	return false
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
		if exact, ok := strings.CutSuffix(s, "$"); ok {
			if w == exact {
				return "", true // an abbreviation, a word of its own ("в КЗ")
			}
		} else if strings.HasPrefix(w, s) {
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

// Place is a place something moves from or to (a port, a terminal), with the folded stems
// of its names.
type Place struct {
	ID    string
	Stems []string
}

// PlaceMoves calls from and to with the places a text says something moves from and to:
// "from Aktau to Sangachal", "из Актау в Сангачал", "Aktaudan Səngəçala", "Ақтаудан
// Сангачалға". A place only named ("at Aktau", "Aktauda") is neither.
func PlaceMoves(toks []Token, places []Place, from, to func(id string)) {
	for i, t := range toks {
		if t.Num {
			continue
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].Text
		}
		if i > 1 && HasPrefixIn(prev, PlaceNouns) {
			prev = toks[i-2].Text // "с терминала Сангачал", "to the port of Aktau"
		}
		for _, p := range places {
			suffix, ok := afterStem(t.Text, p.Stems)
			if ok && suffix == "" && i+1 < len(toks) {
				suffix = nounCase(toks[i+1].Text) // "Səngəçal terminalından", "Ақтау портына"
			}
			switch {
			case !ok:
			case OneOfWord(suffix, fromEndings) || placeFromWords[prev]:
				from(p.ID)
			case OneOfWord(suffix, placeToEndings) || placeToWords[prev]:
				to(p.ID)
			}
		}
	}
}

// locativeEndings say where a thing is, not where it goes ("limanda", "портта").
var locativeEndings = []string{"da", "de", "ta", "te", "да", "де", "та", "те"}

// nounCase is the case ending of a place noun that carries it for the name before it
// ("terminalından": "dan"; "портына": "на"), as the ending a name would carry, or "".
func nounCase(w string) string {
	for _, n := range PlaceNouns {
		if !strings.HasPrefix(w, n) {
			continue
		}
		rest := w[len(n):]
		for _, e := range fromEndings {
			if strings.HasSuffix(rest, e) {
				return e
			}
		}
		for _, e := range locativeEndings {
			if strings.HasSuffix(rest, e) {
				return ""
			}
		}
		for _, e := range placeToEndings {
			if rest != "" && strings.HasSuffix(rest, e) {
				return e
			}
		}
	}
	return ""
}
