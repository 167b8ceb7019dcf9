package handlers

import (
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

// InlineResult is one card offered in inline mode: what the list shows (Title, Description)
// and what is sent to the chat when it is picked (Text).
type InlineResult struct {
	Title       string
	Description string
	Text        string
}

// MaxInlineResults is how many cards an inline query gets.
const MaxInlineResults = 5

// Inline answers an inline query: topics for an empty query, a verdict card for a claim with a
// figure, else the answers. sess may carry the user's chosen language.
func (h *Handler) Inline(query, hint string, sess Session) []InlineResult {
	query = strings.TrimSpace(knowledge.NFC(query))
	lang := replyLang(&sess, query, hint)
	l := string(lang)
	var out []InlineResult
	if query == "" {
		for _, t := range knowledge.Topics {
			r := h.topicExamples(t, lang)
			out = append(out, InlineResult{
				Title:       h.cat.T(l, topicMessage(t), nil, nil),
				Description: firstLine(strings.TrimPrefix(r.Text, firstLine(r.Text)+"\n• ")),
				Text:        r.Text,
			})
		}
		return limit(out)
	}
	if looksLikeClaim(query) {
		r := h.check(query, hint, &sess)
		if r.Verdict != string(engine.Unverifiable) {
			label := h.cat.T(l, verdictLabels[engine.Verdict(r.Verdict)], nil, nil)
			out = append(out, InlineResult{Title: label, Description: clip(query, 100), Text: r.Text})
		}
	}
	ans := h.Engine().Answer(engine.Query{Text: query, Lang: lang})
	if len(ans.Facts) == 0 {
		if len(out) == 0 {
			r := h.render(ans)
			out = append(out, InlineResult{Title: firstLine(r.Text), Description: clip(query, 100), Text: r.Text})
		}
		return limit(out)
	}
	for _, f := range append(ans.Facts, ans.Related...) {
		single := h.render(engine.Answer{Lang: lang, Facts: []*knowledge.Fact{f}})
		out = append(out, InlineResult{
			Title:       clip(f.Text.In(lang), 80),
			Description: h.sourceLine(l, f),
			Text:        single.Text,
		})
	}
	return limit(out)
}

func limit(rs []InlineResult) []InlineResult {
	if len(rs) > MaxInlineResults {
		return rs[:MaxInlineResults]
	}
	return rs
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// looksLikeClaim: a statement with a figure, not a question ("trade was $900M in 2024").
func looksLikeClaim(s string) bool {
	return hasFigure(s) && !strings.HasSuffix(strings.TrimSpace(s), "?")
}
