package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Problem is one defect of a knowledge base, located precisely enough to fix it.
type Problem struct {
	File string
	Line int
	ID   string
	Msg  string
}

func (p Problem) String() string {
	loc := fmt.Sprintf("%s:%d", p.File, p.Line)
	if p.ID != "" {
		return fmt.Sprintf("%s: %s: %s", loc, p.ID, p.Msg)
	}
	return loc + ": " + p.Msg
}

var (
	kebab   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	period  = regexp.MustCompile(`^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$`)
)

var (
	scales = []string{"", "one", "thousand", "million", "billion"}
	units  = []Unit{"", "usd", "eur", "tenge", "tonne", "barrel", "teu", "km", "metre", "percent", "count", "year",
		"hectare", "vessel", "times", "ordinal", "berth", "voyage", "tanker", "day", "hour", "week", "tbps", "gbps"}
	pers = []string{"", "year", "month", "day"}
)

func oneOf[T ~string](s T, list []T) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// Validate reports every problem of a knowledge base, sorted by file and line.
func Validate(kb *KB) []Problem {
	v := &validator{kb: kb, terms: map[string]bool{}, termKinds: map[string]string{}}
	v.sources()
	v.glossary()
	v.references()
	seenFact := map[string]bool{}
	for _, f := range kb.Facts {
		v.fact(f, seenFact[f.ID])
		seenFact[f.ID] = true
	}
	ps := append(v.ps, seriesProblems(kb)...)
	ps = append(ps, seriesDeclarations(kb)...)
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}

// validator collects the problems of a knowledge base, in the order the checks find them.
type validator struct {
	kb        *KB
	ps        []Problem
	terms     map[string]bool   // glossary ids
	termKinds map[string]string // glossary id → kind
}

func (v *validator) add(file string, line int, id, format string, args ...any) {
	v.ps = append(v.ps, Problem{File: file, Line: line, ID: id, Msg: fmt.Sprintf(format, args...)})
}

// sources checks every source: id, title, how answers cite it, its date.
func (v *validator) sources() {
	seen := map[string]bool{}
	for _, s := range v.kb.allSources {
		switch {
		case !kebab.MatchString(s.ID):
			v.add(s.file, s.line, s.ID, "source id must be kebab-case")
		case seen[s.ID]:
			v.add(s.file, s.line, s.ID, "duplicate source id")
		}
		seen[s.ID] = true
		if strings.TrimSpace(s.Title) == "" {
			v.add(s.file, s.line, s.ID, "source has no title")
		}
		for _, l := range Langs {
			if strings.TrimSpace(s.Cite[l]) == "" {
				v.add(s.file, s.line, s.ID, "cite.%s: missing (how answers name the source)", l)
			}
		}
		if s.Published != "" && !isoDate.MatchString(s.Published) {
			v.add(s.file, s.line, s.ID, "published %q is not YYYY-MM-DD", s.Published)
		}
	}
}

// glossary checks every term: id, kind, a name in every language, and no name of a person,
// place or thing given to two of them: names are hard constraints of questions, so a name two
// entities share would make every fact that names only one of them "lack" the other.
func (v *validator) glossary() {
	defer v.termParts()
	entityOf := map[string]string{} // language and folded name → entity id
	for _, t := range v.kb.Terms {
		v.termKinds[t.ID] = t.Kind
		if !kebab.MatchString(t.ID) {
			v.add(t.file, t.line, t.ID, "term id must be kebab-case")
		}
		if v.terms[t.ID] {
			v.add(t.file, t.line, t.ID, "duplicate term id")
		}
		v.terms[t.ID] = true
		if !oneOf(t.Kind, TermKinds) {
			v.add(t.file, t.line, t.ID, "kind %q is not one of %s", t.Kind, strings.Join(TermKinds, ", "))
		}
		for _, l := range Langs {
			if len(t.Names[l]) == 0 {
				v.add(t.file, t.line, t.ID, "names.%s: missing", l)
			}
			for _, n := range t.Names[l] {
				words := strings.Fields(n)
				for _, w := range words {
					// Folding made it another language's stopword ("iş" → "is"): it would vanish.
					// Only a name's first of two words may ("iş yeri": see index.Index.stopNames).
					if f := text.Fold(w); len(words) > 1 && f != strings.ToLower(w) && text.IsForeignStopword(l, f) && !(len(words) == 2 && w == words[0]) {
						v.add(t.file, t.line, t.ID, "names.%s: in %q the word %q folds to a stopword of another language and is dropped", l, n, w)
					}
				}
				key := string(l) + " " + text.Fold(n)
				if other, ok := entityOf[key]; ok && t.Kind == "entity" && other != t.ID {
					v.add(t.file, t.line, t.ID, "names.%s: %q is also a name of %s: one entity, one term", l, n, other)
				}
				if t.Kind == "entity" {
					entityOf[key] = t.ID
				}
			}
		}
	}
}

// references checks that terms and sources name glossary terms that exist.
func (v *validator) references() {
	for _, t := range v.kb.Terms {
		if t.Country != "" && !v.terms[t.Country] {
			v.add(t.file, t.line, t.ID, "country %q is not in the glossary", t.Country)
		}
		if t.JudgedAs != "" && !v.terms[t.JudgedAs] {
			v.add(t.file, t.line, t.ID, "judged_as %q is not in the glossary", t.JudgedAs)
		}
		if (t.Design || t.JudgedAs != "") && t.Kind != "measure" {
			v.add(t.file, t.line, t.ID, "design and judged_as are for terms of kind measure")
		}
		if t.Flow != "" && !slices.Contains(Flows, t.Flow) {
			v.add(t.file, t.line, t.ID, "flow %q is not one of %v", t.Flow, Flows)
		}
		if t.Class != "" && t.Kind != "entity" {
			v.add(t.file, t.line, t.ID, "class is for entities")
		}
		if t.Flow != "" && t.Kind == "entity" {
			v.add(t.file, t.line, t.ID, "flow is for concepts, measures and commodities, not entities")
		}
		if t.StandsFor != "" && !v.terms[t.StandsFor] {
			v.add(t.file, t.line, t.ID, "stands_for %q is not in the glossary", t.StandsFor)
		}
	}
	for _, s := range v.kb.allSources {
		if s.Entity != "" && !v.terms[s.Entity] {
			v.add(s.file, s.line, s.ID, "entity %q is not in the glossary", s.Entity)
		}
	}
}

// fact checks one fact: its fields, its quantities, and its texts in every language.
func (v *validator) fact(f *Fact, duplicate bool) {
	bad := func(format string, args ...any) { v.add(f.file, f.line, f.ID, format, args...) }
	if !kebab.MatchString(f.ID) {
		bad("fact id must be kebab-case")
	}
	if duplicate {
		bad("duplicate fact id")
	}
	if !oneOf(f.Topic, Topics) {
		bad("unknown topic %q (want one of %s)", f.Topic, strings.Join(Topics, ", "))
	}
	if !oneOf(f.Kind, Kinds) {
		bad("unknown kind %q (want one of %s)", f.Kind, strings.Join(Kinds, ", "))
	}
	if v.kb.Sources[f.Source] == nil {
		bad("unknown source %q", f.Source)
	}
	if !isoDate.MatchString(f.AsOf) {
		bad("as_of %q is not YYYY-MM-DD", f.AsOf)
	}
	if f.Date != "" && !isoDate.MatchString(f.Date) {
		bad("date %q is not YYYY-MM-DD", f.Date)
	}
	for _, e := range f.Entities {
		if !v.terms[e] {
			bad("entity %q is not in the glossary", e)
		}
	}
	if f.Defines != "" && !slices.Contains(f.Entities, f.Defines) {
		bad("defines %q, which is not among its entities", f.Defines)
	}
	values, allowed := v.quantities(f, bad)
	for _, l := range Langs {
		factText(f, l, values, allowed, bad)
	}
}

// quantities checks the quantities of a fact, and returns their values and every number its
// texts may give (values, years of periods, parts of dates).
func (v *validator) quantities(f *Fact, bad func(string, ...any)) (values map[string]string, allowed map[string]bool) {
	values, allowed = map[string]string{}, map[string]bool{}
	for i, q := range f.Quantities {
		if !oneOf(q.Scale, scales) {
			bad("quantities[%d]: unknown scale %q", i, q.Scale)
		}
		if !oneOf(q.Unit, units) {
			bad("quantities[%d]: unknown unit %q", i, q.Unit)
		}
		if !oneOf(q.Per, pers) {
			bad("quantities[%d]: unknown per %q", i, q.Per)
		}
		if q.Period != "" && !period.MatchString(q.Period) {
			bad("quantities[%d]: period %q is not YYYY, YYYY-MM or FROM/TO", i, q.Period)
		}
		for _, p := range quantityProblems(q, v.termKinds) {
			bad("quantities[%d]: %s", i, p)
		}
		// A plan may state the level it starts from ("from 40,000 to 215,000 TEU"): that part
		// ("former") is what is, not what is planned.
		startLevel := f.Kind == "plan" && q.Part == FormerPart && (q.Status == "result" || q.Status == "estimate")
		if q.Status != "" && !startLevel && (f.Kind == "plan") != (q.Status == "forecast" || q.Status == "plan" || q.Status == "target") {
			bad("quantities[%d]: status %q does not fit a fact of kind %s", i, q.Status, f.Kind)
		}
		// A text may give the figure as published ("50,500 TEUs") where the quantity keeps
		// its series' scale (50.5 thousand).
		full := FormatNumber(q.Value * ScaleValue(q.Scale))
		values[FormatNumber(q.Value)] = full
		allowed[FormatNumber(q.Value)], allowed[full] = true, true
		for _, y := range FactYears(&Fact{Quantities: []Quantity{q}}) {
			allowed[strconv.Itoa(y)] = true
		}
	}
	for _, d := range []string{f.Date, f.AsOf} {
		for _, part := range strings.Split(d, "-") {
			if n, err := strconv.Atoi(part); err == nil {
				allowed[strconv.Itoa(n)] = true
			}
		}
	}
	return values, allowed
}

// factText checks a fact's text and questions in one language: every number of the text is
// the fact's, every quantity is in the text, a plan reads as one.
func factText(f *Fact, l Lang, values map[string]string, allowed map[string]bool, bad func(string, ...any)) {
	msg := strings.TrimSpace(f.Text.In(l))
	if msg == "" {
		bad("text.%s: missing", l)
		return
	}
	inText := map[string]bool{}
	toks := text.Tokenize(msg, nil)
	for i, t := range toks {
		if t.Num && text.NamesNumber(msg, toks, i) {
			continue // "Order No. 2443" names the order; it is no figure of the fact
		}
		if !t.Num {
			// A quantity may be written as a word: "doubled", "удвоился", "iki dəfə".
			if v := text.TimesWord(t.Text); v > 0 {
				inText[FormatNumber(v)] = true
			} else if v, ok := text.NumberValue(t); ok {
				inText[FormatNumber(v)] = true
			}
			continue
		}
		inText[t.Text] = true
		if !allowed[t.Text] {
			bad("text.%s: number %s is not among the fact's quantities, period or date", l, t.Text)
		}
	}
	for _, v := range sortedKeys(values) {
		if !inText[v] && !inText[values[v]] {
			bad("text.%s: quantity %s does not appear in the text", l, v)
		}
	}
	if f.Kind == "plan" && text.PlanText(l) != nil && !containsAny(strings.ToLower(msg), text.PlanText(l)) {
		bad("text.%s: a plan must read as one (e.g. %q)", l, text.PlanText(l)[0])
	}
	n := 0
	for _, q := range f.Questions[l] {
		if strings.TrimSpace(q) != "" {
			n++
		}
	}
	if n == 0 {
		bad("questions.%s: missing", l)
	}
}

func joinAll[T ~string](xs []T, sep string) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, sep)
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// quantityProblems checks the frame slots of one quantity against the vocabularies.
func quantityProblems(q Quantity, termKinds map[string]string) []string {
	var out []string
	if q.Status == "" {
		out = append(out, "status missing (result, estimate, forecast, plan or target)")
	} else if !oneOf(q.Status, Statuses) {
		out = append(out, fmt.Sprintf("unknown status %q (want one of %s)", q.Status, joinAll(Statuses, ", ")))
	}
	if !oneOf(q.Bound, Bounds) {
		out = append(out, fmt.Sprintf("unknown bound %q (want one of %s)", q.Bound, strings.Join(Bounds[1:], ", ")))
	}
	if k := termKinds[q.Measure]; q.Measure != "" && k != "concept" && k != "measure" && k != "commodity" {
		out = append(out, fmt.Sprintf("measure %q is not a concept or measure of the glossary", q.Measure))
	}
	for _, ref := range []struct{ slot, id string }{{"subject", q.Subject}, {"from", q.From}, {"to", q.To}, {"than", q.Than}} {
		if ref.id != "" && termKinds[ref.id] != "entity" {
			out = append(out, fmt.Sprintf("%s %q is not an entity of the glossary", ref.slot, ref.id))
		}
	}
	for _, id := range []struct{ slot, id string }{{"part", q.Part}, {"series", q.Series}} {
		if id.id != "" && !kebab.MatchString(id.id) {
			out = append(out, fmt.Sprintf("%s %q must be kebab-case", id.slot, id.id))
		}
	}
	return out
}

// seriesProblems checks that a series measures one thing in one unit, and that one source does
// not give two results for the same period of it.
func seriesProblems(kb *KB) []Problem {
	type first struct {
		f *Fact
		q Quantity
	}
	firsts := map[string]first{}
	results := map[string]string{}
	var ps []Problem
	for _, f := range kb.Facts {
		for i, q := range f.Quantities {
			if q.Series == "" {
				continue
			}
			bad := func(format string, args ...any) {
				ps = append(ps, Problem{File: f.file, Line: f.line, ID: f.ID,
					Msg: fmt.Sprintf("quantities[%d]: series %s: ", i, q.Series) + fmt.Sprintf(format, args...)})
			}
			if q.Period == "" {
				bad("a point of a series needs a period")
			}
			fst, seen := firsts[q.Series]
			if !seen {
				firsts[q.Series] = first{f, q}
			} else if fst.q.Unit != q.Unit || fst.q.Scale != q.Scale || fst.q.Measure != q.Measure || annual(fst.q.Per) != annual(q.Per) {
				bad("measured as %s, but %s measures it as %s", seriesUnit(q), fst.f.ID, seriesUnit(fst.q))
			}
			if q.Status == "result" {
				key := q.Series + "|" + f.Source + "|" + q.Period + "|" + q.Part
				if other, dup := results[key]; dup && other != f.ID {
					bad("%s already gives this source's result for %s", other, q.Period)
				}
				results[key] = f.ID
			}
		}
	}
	return ps
}

// annual treats a yearly rate and a total of a period alike: 7 million t a year by 2028 and
// 1.2 million t in 2025 are points of one series.
func annual(per string) string {
	if per == "year" {
		return ""
	}
	return per
}

func seriesUnit(q Quantity) string {
	s := strings.TrimSpace(q.Measure + " " + q.Scale + " " + string(q.Unit))
	if q.Per != "" {
		s += " per " + q.Per
	}
	return s
}

// termParts checks that the parts of an entity (Term.Parts) are terms of the glossary.
func (v *validator) termParts() {
	for _, t := range v.kb.Terms {
		for _, p := range t.Parts {
			if !v.terms[p] {
				v.add(t.file, t.line, t.ID, "parts: %q is not in the glossary", p)
			}
		}
	}
}
