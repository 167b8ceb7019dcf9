// Subjects: whether a quantity is about the port, route or good the clause names, or about
// another of its kind.

package claims

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/index"
	"slices"
)

// ofOtherSubject reports a quantity about one subject (kuryk) where the clause names another
// of its class (aktau) and not it, and the fact does not name that other.
func (m *matcher) ofOtherSubject(f *knowledge.Fact, q *knowledge.Quantity) bool {
	return m.ofOther(f, q, true)
}

// ofOtherPlace is ofOtherSubject for the names of things alone (ports, routes, pipelines):
// another fact that confirms one figure of a clause — the cable's 380 km beside its builders'
// plan — need not name the organisations the clause names.
func (m *matcher) ofOtherPlace(f *knowledge.Fact, q *knowledge.Quantity) bool {
	return m.ofOther(f, q, false)
}

// placeClasses are the glossary classes of places and lines: a year of one is often the year
// of what a clause tells of it in its own words ("Kuryk was opened in 2016").
var placeClasses = map[string]bool{"port": true, "terminal": true, "route": true, "pipeline": true, "region": true, "vessel": true}

func (m *matcher) ofOther(f *knowledge.Fact, q *knowledge.Quantity, actors bool) bool {
	if wholeBesideGood(m.info.Slots, f, q) {
		return true // "2.3 Mt of oil": the fact's 2.3 Mt is all cargo, its oil is 1.8 Mt
	}
	if knowledge.IsMoney(q.Unit) && m.unnamedGood(f) {
		return true // "the two container ships cost $60 million": the plant's $700 million is not theirs
	}
	if allCargoOf(m.ix, m.info.Slots, f, q) {
		return true // "Aktau's oil capacity is 12 Mt": a port's tonnes, oil unnamed, are all its cargo
	}
	named := m.info.Slots.Concepts
	if parts := m.parts[q.Subject]; len(parts) > 0 && !slices.ContainsFunc(parts, func(p string) bool { return !named[p] }) {
		return false // "Ақтау мен Құрық" named apart are the two ports together
	}
	if c := m.class[q.Subject]; q.Subject != "" && c != "" && !named[q.Subject] {
		if q.Unit == "year" && q.Measure == "" && !placeClasses[c] {
			// "the EBRD study ran from 2019 to 2021": the fact's 2019 and 2021 are the years
			// of two strategies it names, and a bare year is the date of what it is the year of
			return true
		}
		for n := range named {
			if m.class[n] == c && n != q.Than { // "three times longer than the Northern route" names what it is set against
				return true // "the EU Strategy on Central Asia (2021)": 2021 is Global Gateway's, though one fact names both
			}
		}
	}
	if q.Measure == "export" && q.From != "" && !named[q.From] && len(m.info.Slots.From) == 0 {
		for n := range named {
			if m.countries[n] && n != q.To {
				return true // "Azerbaijan could gain 70 Mt of extra exports": the 70 Mt are Kazakhstan's
			}
		}
	}
	for n := range named {
		if m.class[n] == "" || m.class[n] == "person" || !actors && m.class[n] == "organisation" || n == q.Subject || n == q.Part || slices.Contains(f.Entities, n) || m.publishes(f, n) || m.onRouteOf(f, n) {
			continue // a person named is as often when ("at Aliyev's state visit") as who
		}
		// The clause names a port, tanker or pipeline the fact does not: its figure is of
		// another one ("the tanker Shusha delivered the first batch": the first was another's).
		// An organisation the fact does not name is another actor ("Kazakhtelecom estimated
		// the cable's cost": the source's estimate is the ministry's), whatever else it names.
		if q.Subject == "" || !named[q.Subject] || m.class[n] == "organisation" {
			return true
		}
	}
	return false
}

// onRouteOf reports a place the fact's line or route runs through ("the Sumgait–Aktau cable"):
// it describes the thing the fact names, it is no other subject.
func (m *matcher) onRouteOf(f *knowledge.Fact, n string) bool {
	for _, id := range f.Entities {
		if slices.Contains(m.through[id], n) {
			return true
		}
	}
	return false
}

// publishes reports the glossary term n naming the source of fact f ("SOCAR says…"): the
// publisher tells the figure, it is no other actor.
func (m *matcher) publishes(f *knowledge.Fact, n string) bool {
	id, ok := m.ix.Lookup("@" + n)
	doc, found := m.ix.DocOf(f.ID)
	return ok && found && m.ix.IsSourceEntity(id, doc)
}

// wholeBesideGood reports a figure of all cargo in a fact that also gives the figure of the
// good the claim names, for the same period: the whole is not that good's.
func wholeBesideGood(c frame.Slots, f *knowledge.Fact, q *knowledge.Quantity) bool {
	if q.Measure != "cargo" || q.Part != "" || c.WholeAndPart {
		return false // "2.3 Mt of cargo, of which 1.8 Mt oil" names the whole too (see compatible)
	}
	for g := range c.Goods {
		if g == "cargo" {
			continue
		}
		for i := range f.Quantities {
			if o := &f.Quantities[i]; o != q && (o.Measure == g || o.Part == g) && o.Period == q.Period {
				return true
			}
		}
	}
	return false
}

// allCargoOf reports a capacity in tonnes, of no part, of a fact that never speaks of the good
// the claim names (oil, grain): it is the capacity for all cargo, not for that good.
func allCargoOf(ix *index.Index, c frame.Slots, f *knowledge.Fact, q *knowledge.Quantity) bool {
	if q.Measure != "capacity" || q.Unit != "tonne" || q.Part != "" {
		return false
	}
	doc, found := ix.DocOf(f.ID)
	for g := range c.Goods {
		if id, ok := ix.Lookup("@" + g); found && ok && g != "cargo" && !ix.HasPosting(id, doc) {
			return true
		}
	}
	return false
}

// unnamedGood reports a good the claim names (oil, containers) that fact f never mentions:
// its money is spent on something else.
func (m *matcher) unnamedGood(f *knowledge.Fact) bool {
	doc, found := m.ix.DocOf(f.ID)
	if !found {
		return false
	}
	for g := range m.info.Slots.Goods {
		if id, ok := m.ix.Lookup("@" + g); ok && !m.ix.IsMeasure("@"+g) && !m.ix.HasPosting(id, doc) {
			return true
		}
	}
	return false
}

// handledWhole reports a quantity that is a part of what a port handled, where the claim says
// what it handled in all: one good's figure (goods unnamed), or what crossed it one way (an
// export the claim does not name).
func (m *matcher) handledWhole(fq *knowledge.Quantity) bool {
	c := m.info.Slots
	if !c.Handled {
		return false
	}
	port := m.class[fq.Subject] == "port"
	good := port && len(c.Goods) == 0 && fq.Flow == knowledge.FlowGood && fq.Measure != "cargo" && fq.Measure != "container"
	return good || (port || fq.Subject == "") && crossingFlows["@"+fq.Measure] && !c.Concepts[fq.Measure]
}
