package handlers

import (
	"errors"
	"strconv"
	"strings"

	"github.com/corridorbot/corridorbot/charts"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

// ErrNoSeries is returned when a chart request names no series of the knowledge base.
var ErrNoSeries = errors.New("no series of figures matches")

// ChartReply is a chart of one series and the text that goes with it.
type ChartReply struct {
	Lang    knowledge.Lang
	Series  string
	PNG     []byte
	Caption string // the change over the series, with each point's source
}

// SeriesIDs lists the series a chart can be drawn of.
func (h *Handler) SeriesIDs() []string {
	var out []string
	for _, s := range h.Engine().KB().Series {
		out = append(out, s.ID)
	}
	return out
}

// Chart draws the series named by a series id or by a question ("how has cargo on the TITR
// changed?"), in the language given (or the question's).
func (h *Handler) Chart(query string, lang knowledge.Lang) (ChartReply, error) {
	query = strings.TrimSpace(knowledge.NFC(query))
	if lang == "" {
		lang = knowledge.DetectLang(query, "")
	}
	id := h.seriesOf(query, lang)
	if id == "" {
		return ChartReply{Lang: lang}, ErrNoSeries
	}
	c, caption, _ := h.chartOf(id, lang)
	png, err := charts.PNG(c)
	if err != nil {
		return ChartReply{Lang: lang}, err
	}
	return ChartReply{Lang: lang, Series: id, PNG: png, Caption: caption}, nil
}

// seriesOf finds the series a request names: its id, else the series of the best answer's figure.
func (h *Handler) seriesOf(query string, lang knowledge.Lang) string {
	kb := h.Engine().KB()
	if query == "" {
		return ""
	}
	if kb.SeriesByID(strings.ToLower(query)) != nil {
		return strings.ToLower(query)
	}
	if id := seriesOfTopic(kb, strings.ToLower(query)); id != "" {
		return id
	}
	ans := h.Engine().Answer(engine.Query{Text: query, Lang: lang})
	for _, f := range append(ans.Facts, ans.Related...) {
		for _, q := range f.Quantities {
			if q.Series != "" {
				return q.Series
			}
		}
	}
	return ""
}

// chartOf lays out a series in a language: one bar per point, a footnote per source.
// It also returns the caption and the ids of the facts the caption quotes.
func (h *Handler) chartOf(id string, lang knowledge.Lang) (charts.Chart, string, []string) {
	kb := h.Engine().KB()
	l := string(lang)
	s := kb.SeriesByID(id)
	points := kb.Timeline(id)
	c := charts.Chart{Title: s.Title[lang], Planned: h.cat.T(l, "ChartPlanned", nil, nil)}
	sources := map[string]int{}
	for _, p := range points {
		if _, ok := sources[p.Fact.Source]; !ok {
			sources[p.Fact.Source] = len(sources) + 1
			c.Footnote = append(c.Footnote, "["+strconv.Itoa(len(sources))+"] "+h.sourceLine(l, p.Fact))
		}
	}
	for _, p := range points {
		label := h.periodLabel(l, p.Quantity.Period)
		if len(sources) > 1 {
			label += " [" + strconv.Itoa(sources[p.Fact.Source]) + "]"
		}
		c.Bars = append(c.Bars, charts.Bar{Label: label, Value: p.Quantity.Value, Text: qualified(p.Quantity, numberIn(lang, p.Quantity.Value)), Planned: p.Planned()})
	}
	if len(points) > 0 {
		c.Unit = h.unitLabel(l, points[0].Quantity)
	}
	caption, facts := h.changeLine(lang, s, points, sideBySide(kb.Points(id), points))
	return c, caption, facts
}

// sideBySide lists the results of the timeline's periods that other sources give otherwise:
// conflicting figures are shown with their sources, never dropped silently.
func sideBySide(all, timeline []knowledge.Point) []knowledge.Point {
	shown := map[*knowledge.Fact]bool{}
	periods := map[string]bool{}
	for _, p := range timeline {
		shown[p.Fact], periods[p.Quantity.Period] = true, true
	}
	var out []knowledge.Point
	for _, p := range all {
		if !shown[p.Fact] && periods[p.Quantity.Period] && !p.Planned() && p.Quantity.Part == "" {
			shown[p.Fact] = true
			out = append(out, p)
		}
	}
	return out
}

// changeLine states how the series changed between its first and last results, then quotes
// each point's fact (and the facts giving other figures for its periods) with its source. It
// returns the text and the ids of the facts quoted.
func (h *Handler) changeLine(lang knowledge.Lang, s *knowledge.Series, points, others []knowledge.Point) (string, []string) {
	var results []knowledge.Point
	for _, p := range points {
		if !p.Planned() {
			results = append(results, p)
		}
	}
	l := string(lang)
	var b strings.Builder
	b.WriteString(s.Title[lang])
	if len(results) >= 2 && results[0].Quantity.Period != results[len(results)-1].Quantity.Period {
		first, last := results[0], results[len(results)-1]
		b.WriteString(": ")
		b.WriteString(h.cat.T(l, "SeriesChange", map[string]any{
			"From": numberIn(lang, first.Quantity.Value), "FromPeriod": h.periodLabel(l, first.Quantity.Period),
			"To": numberIn(lang, last.Quantity.Value), "ToPeriod": h.periodLabel(l, last.Quantity.Period),
			"Unit": h.unitLabel(l, first.Quantity),
		}, nil))
	}
	shown := map[*knowledge.Fact]bool{}
	var ids []string
	for _, p := range append(points, others...) {
		if shown[p.Fact] {
			continue // a fact giving several years is quoted once
		}
		shown[p.Fact] = true
		ids = append(ids, p.Fact.ID)
		b.WriteString("\n• ")
		b.WriteString(p.Fact.Text.In(lang))
		b.WriteString("\n  ")
		b.WriteString(h.cite(l, p.Fact))
	}
	return b.String(), ids
}

// periodLabel writes a period the way an axis shows it: "2024", "2025 (1–8)", "2027–2028".
func (h *Handler) periodLabel(lang, period string) string {
	from, to, span := strings.Cut(period, "/")
	switch {
	case !span && len(from) == 4:
		return from
	case !span:
		return h.cat.Date(lang, from)
	case len(from) == 7 && len(to) == 7 && from[:4] == to[:4]:
		return from[:4] + " (" + strings.TrimLeft(from[5:], "0") + "–" + strings.TrimLeft(to[5:], "0") + ")"
	}
	return from[:4] + "–" + to[:4]
}

// unitLabel names what a series counts: "million tonnes a year".
func (h *Handler) unitLabel(lang string, q *knowledge.Quantity) string {
	parts := []string{}
	if q.Scale != "" && q.Scale != "one" {
		parts = append(parts, h.cat.T(lang, "ChartScale_"+q.Scale, nil, nil))
	}
	if q.Unit != "count" && q.Unit != "" { // a count needs no unit: "170"; nor a sum whose source names no currency
		parts = append(parts, h.cat.T(lang, "ChartUnit_"+string(q.Unit), nil, nil))
	}
	if q.Per != "" {
		parts = append(parts, h.cat.T(lang, "ChartPer_"+q.Per, nil, nil))
	}
	return strings.Join(parts, " ")
}

// numberIn writes a figure as the language writes decimals: 4,484 in ru/az/kk, 4.484 in en.
func numberIn(lang knowledge.Lang, v float64) string {
	s := knowledge.FormatNumber(v)
	if lang != knowledge.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// chartCommand answers /chart [series, topic or question]: the chart, or the list of series
// as buttons when none is named.
func (h *Handler) chartCommand(arg string, lang knowledge.Lang) Reply {
	c, err := h.Chart(arg, lang)
	if err == nil {
		return Reply{Lang: lang, Text: c.Caption, Photo: c.PNG}
	}
	kb := h.Engine().KB()
	var titles []string
	reply := Reply{Lang: lang}
	for _, s := range kb.Series {
		titles = append(titles, s.Title[lang])
		reply.Buttons = append(reply.Buttons, []Button{{Text: s.Title[lang], Data: "chart:" + s.ID}})
	}
	reply.Text = h.cat.T(string(lang), "NoSeries", map[string]any{"List": strings.Join(titles, "; ")}, nil)
	return reply
}

// seriesOfTopic is the first series whose figures belong to a topic ("/chart trade").
func seriesOfTopic(kb *knowledge.KB, topic string) string {
	for _, s := range kb.Series {
		if ps := kb.Points(s.ID); len(ps) > 0 && ps[0].Fact.Topic == topic {
			return s.ID
		}
	}
	return ""
}

// seriesReply answers "how has it changed?" with the series: the change, each point with its
// source, and the chart. Without a chart (it could not be drawn) the plain answer stands.
func (h *Handler) seriesReply(ans engine.Answer, plain Reply) Reply {
	c, caption, facts := h.chartOf(ans.Series, ans.Lang)
	png, err := charts.PNG(c)
	if err != nil {
		return plain
	}
	plain.Text, plain.Photo, plain.Facts = caption, png, facts
	return plain
}

// qualified marks a bar's value as the source does: "more than 76000" is "> 76000", "about
// 77" is "≈ 77", "up to 7" is "≤ 7".
func qualified(q *knowledge.Quantity, v string) string {
	switch {
	case q.Bound == "over" || q.Bound == "at-least":
		return "> " + v
	case q.Bound == "under":
		return "< " + v
	case q.Bound == "up-to":
		return "≤ " + v
	case q.Approx:
		return "≈ " + v
	}
	return v
}
