package handlers

import (
	"math"
	"strings"
	"time"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

// suggestTopics are shown, in this order, when the bot has nothing better to suggest.
var suggestTopics = []string{"trade", "transit", "industry", "energy", "investment", "diplomacy"}

// render turns an engine answer into a reply: the facts with their sources, or an honest
// "I don't know" with questions the bot can answer.
func (h *Handler) render(ans engine.Answer) Reply {
	lang := string(ans.Lang)
	reply := Reply{Lang: ans.Lang, Confidence: math.Round(ans.Confidence*100) / 100, Facts: []string{}}
	var b strings.Builder
	switch len(ans.Facts) {
	case 0:
		reply.Confidence = 0
		related := ans.Related
		if closest := h.closest(ans); closest != nil {
			// what the sources do say of the thing asked about, shown as such: its fact id
			// stays out of reply.Facts, which list what answers
			b.WriteString(h.cat.T(lang, "DontKnowExactly", nil, nil))
			b.WriteString("\n\n")
			b.WriteString(closest.Text.In(ans.Lang))
			b.WriteString("\n")
			b.WriteString(h.cite(lang, closest))
			related = related[1:]
		} else {
			b.WriteString(h.refusal(ans))
		}
		b.WriteString("\n\n")
		b.WriteString(h.cat.T(lang, "SuggestIntro", nil, nil))
		for _, f := range h.suggestions(related) {
			b.WriteString("\n• ")
			b.WriteString(exampleQuestion(f, ans.Lang))
			reply.Buttons = append(reply.Buttons, []Button{{Text: exampleQuestion(f, ans.Lang), Data: "fact:" + f.ID}})
		}
	case 1:
		f := ans.Facts[0]
		b.WriteString(f.Text.In(ans.Lang))
		b.WriteString("\n\n")
		b.WriteString(h.cite(lang, f))
		reply.Facts = append(reply.Facts, f.ID)
	default:
		b.WriteString(h.cat.T(lang, "SeveralFacts", nil, nil))
		for _, f := range ans.Facts {
			b.WriteString("\n\n• ")
			b.WriteString(f.Text.In(ans.Lang))
			b.WriteString("\n  ")
			b.WriteString(h.cite(lang, f))
			reply.Facts = append(reply.Facts, f.ID)
		}
	}
	if c := ans.Comparison; c != nil {
		b.WriteString("\n\n")
		b.WriteString(h.comparison(ans.Lang, c))
	}
	if ans.Unasked != "" {
		b.WriteString("\n\n")
		b.WriteString(h.cat.T(lang, "PartUnknown", map[string]any{"Part": ans.Unasked}, nil))
	}
	if len(ans.Facts) > 0 {
		for i, f := range ans.Related {
			if i == 3 {
				break
			}
			reply.Buttons = append(reply.Buttons, []Button{{Text: exampleQuestion(f, ans.Lang), Data: "fact:" + f.ID}})
		}
	}
	reply.Text = b.String()
	return reply
}

// comparison says which figure is larger: of two years ("The 2024 figure is larger than the
// 2023 one"), or of two things, each figure with its unit ("225 million US dollars").
func (h *Handler) comparison(lang knowledge.Lang, c *engine.Comparison) string {
	l := string(lang)
	if c.LargerYear != 0 {
		id := "CompareLarger"
		if c.Equal {
			id = "CompareEqual"
		}
		return h.cat.T(l, id, map[string]any{"Larger": c.LargerYear, "Smaller": c.SmallerYear}, nil)
	}
	id := "CompareFacts"
	if c.Equal {
		id = "CompareFactsEqual"
	}
	figure := func(q *knowledge.Quantity) string {
		return strings.TrimSpace(qualified(q, numberIn(lang, q.Value)) + " " + h.unitLabel(l, q))
	}
	return h.cat.T(l, id, map[string]any{"Larger": figure(c.LargerQty), "Smaller": figure(c.SmallerQty)}, nil)
}

// refusal says why there is no answer: an opinion was asked, a name the base knows nothing
// about was given, or nothing sourced matches.
func (h *Handler) refusal(ans engine.Answer) string {
	lang := string(ans.Lang)
	switch {
	case ans.Opinion:
		return h.cat.T(lang, "OnlyFacts", nil, nil)
	case ans.Unknown != "" && ans.UnknownMeasure != "":
		return h.cat.T(lang, "NoFigureForAbout", map[string]any{"Name": h.name(ans.Unknown, ans.Lang), "Measure": h.name(ans.UnknownMeasure, ans.Lang)}, nil)
	case ans.Unknown != "" || ans.UnknownMeasure != "":
		return h.cat.T(lang, "NoFigureFor", map[string]any{"Name": h.name(ans.Unknown+ans.UnknownMeasure, ans.Lang)}, nil)
	}
	return h.cat.T(lang, "DontKnow", nil, nil)
}

// closest is the related fact a refusal shows when the question asks of something the base
// knows (ans.Known), or nil: an opinion, or a name or measure the base has no figure for, is
// refused with its reason alone.
func (h *Handler) closest(ans engine.Answer) *knowledge.Fact {
	if !ans.Known || ans.Opinion || ans.Unknown != "" || ans.UnknownMeasure != "" || len(ans.Related) == 0 {
		return nil
	}
	return ans.Related[0]
}

// FactReply shows one fact by id (a pressed button, a /start deep link).
func (h *Handler) FactReply(id string, lang knowledge.Lang) (Reply, bool) {
	f := h.Engine().KB().Fact(id)
	if f == nil {
		return Reply{}, false
	}
	return h.render(engine.Answer{Lang: lang, Facts: []*knowledge.Fact{f}, Confidence: 1}), true
}

// sourceLine names a fact's source and date in a language.
func (h *Handler) sourceLine(lang string, f *knowledge.Fact) string {
	s := h.Engine().KB().Sources[f.Source]
	if s == nil {
		return ""
	}
	data := map[string]any{"Title": s.Title, "Publisher": s.Publisher}
	if cite := s.Cite[knowledge.Lang(lang)]; cite != "" {
		data["Title"], data["Publisher"] = cite, ""
	}
	if s.Published != "" {
		data["Date"] = h.cat.Date(lang, s.Published)
		return h.cat.T(lang, "SourceLine", data, nil)
	}
	data["AsOf"] = h.cat.Date(lang, f.AsOf)
	return h.cat.T(lang, "SourceLineUndated", data, nil)
}

// staleAfter is the age at which a figure carries a note that it may be out of date.
const staleAfter = 2 * 365 * 24 * time.Hour

// cite is the source line of an answer, with a note when its figure is more than two years
// old: a 2022 figure is still the latest the base has, but the reader should know its age.
func (h *Handler) cite(lang string, f *knowledge.Fact) string {
	line := h.sourceLine(lang, f)
	if asOf, ok := parseAsOf(f.AsOf); ok && h.now().Sub(asOf) > staleAfter {
		line += " " + h.cat.T(lang, "MaybeOutdated", nil, nil)
	}
	return line
}

// parseAsOf reads YYYY-MM-DD, YYYY-MM or YYYY as the last day it can mean.
func parseAsOf(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// suggestions picks up to three facts of different topics to offer as example questions:
// the near misses first, then one per default topic.
func (h *Handler) suggestions(related []*knowledge.Fact) []*knowledge.Fact {
	var out []*knowledge.Fact
	seen := map[string]bool{}
	add := func(f *knowledge.Fact) {
		if f != nil && len(out) < 3 && !seen[f.Topic] {
			seen[f.Topic] = true
			out = append(out, f)
		}
	}
	for _, f := range related {
		add(f)
	}
	for _, t := range suggestTopics {
		add(h.firstFact(t))
	}
	return out
}

func (h *Handler) firstFact(topic string) *knowledge.Fact {
	for _, f := range h.Engine().KB().Facts {
		if f.Topic == topic {
			return f
		}
	}
	return nil
}

// exampleQuestion is the first question a fact lists in a language, as a user would ask it.
func exampleQuestion(f *knowledge.Fact, lang knowledge.Lang) string {
	if q := f.ExampleQuestion(lang); q != "" {
		return q
	}
	return f.ID
}

// name is how a reply names a glossary term, or a name as the user wrote it when no term knows it.
func (h *Handler) name(id string, lang knowledge.Lang) string {
	if n := h.Engine().TermName(id, lang); n != "" {
		return n
	}
	return id
}
