package handlers

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
)

// ClaimReply is the verdict on one claim of a checked text.
type ClaimReply struct {
	Text     string   `json:"text"`
	Verdict  string   `json:"verdict"`
	Facts    []string `json:"facts"`
	Expected string   `json:"expected"`
}

var verdictMessages = map[engine.Verdict]string{
	engine.Supported:    "CheckSupported",
	engine.Contradicted: "CheckContradicted",
	engine.Unverifiable: "CheckUnverifiable",
}

var verdictLabels = map[engine.Verdict]string{
	engine.Supported:    "VerdictSupported",
	engine.Contradicted: "VerdictContradicted",
	engine.Unverifiable: "VerdictUnverifiable",
}

// nameMessages are the verdicts on a claim judged by the company or ship it names.
var nameMessages = map[engine.Verdict]string{
	engine.Supported:    "CheckSameName",
	engine.Contradicted: "CheckOtherName",
}

// Check fact-checks a claim or a forwarded post. lang "" means detect it from the text.
func (h *Handler) Check(text string, lang knowledge.Lang) Reply {
	var sess Session
	sess.Lang = string(lang)
	return h.check(strings.TrimSpace(knowledge.NFC(text)), "", &sess)
}

func (h *Handler) check(text, hint string, sess *Session) Reply {
	lang := replyLang(sess, text, hint)
	// Input that cannot be checked is, for a machine reading the verdict, unverifiable.
	refuse := func(r Reply) Reply {
		r.Verdict, r.Facts, r.Claims = string(engine.Unverifiable), []string{}, []ClaimReply{}
		return r
	}
	switch {
	case text == "":
		return refuse(h.plain(lang, "FactUsage"))
	case !utf8.ValidString(text) || isBinary(text):
		return refuse(h.plain(lang, "NotText"))
	case utf8.RuneCountInString(text) > MaxClaimRunes:
		return refuse(Reply{Lang: lang, Text: h.cat.T(string(lang), "TooLong", nil, MaxClaimRunes)})
	}
	res := h.Engine().Check(text, lang)
	reply := Reply{Lang: lang, Verdict: string(res.Verdict), Facts: []string{}, Claims: []ClaimReply{}}
	l := string(lang)
	seen := map[string]bool{}
	for _, c := range res.Claims {
		cr := ClaimReply{Text: c.Text, Verdict: string(c.Verdict), Facts: []string{}, Expected: knowledge.Expected(c.Quantity)}
		for _, f := range append([]*knowledge.Fact{c.Fact, c.Schedule}, c.Also...) {
			if f == nil {
				continue
			}
			cr.Facts = append(cr.Facts, f.ID)
			if !seen[f.ID] && c.Verdict != engine.Unverifiable {
				seen[f.ID] = true
				reply.Facts = append(reply.Facts, f.ID)
			}
		}
		reply.Claims = append(reply.Claims, cr)
	}
	var b strings.Builder
	if len(res.Claims) == 1 {
		h.writeClaim(&b, l, res.Claims[0], false)
	} else {
		b.WriteString(h.cat.T(l, "CheckClaims", nil, len(res.Claims)))
		for i, c := range res.Claims {
			fmt.Fprintf(&b, "\n\n%d. «%s»\n", i+1, clip(c.Text, 300))
			h.writeClaim(&b, l, c, true)
		}
	}
	reply.Text = b.String()
	return reply
}

// writeClaim writes a verdict with the fact that decides it and its source.
func (h *Handler) writeClaim(b *strings.Builder, lang string, c engine.ClaimResult, short bool) {
	switch {
	case c.Fact == nil && c.Verdict == engine.Unverifiable && c.Text != "" && !hasFigure(c.Text):
		b.WriteString(h.cat.T(lang, "CheckNoFigure", nil, nil))
		return
	case c.Plan:
		b.WriteString(h.cat.T(lang, "CheckPlan", nil, nil))
	case c.Unsaid != "" && !short:
		b.WriteString(h.cat.T(lang, "CheckUnsaid", map[string]any{"Remark": c.Unsaid}, nil))
	case c.Disputed && !short:
		b.WriteString(h.cat.T(lang, "CheckDisputed", nil, nil))
	case c.OtherPeriod && !short:
		b.WriteString(h.cat.T(lang, "CheckOtherPeriod", nil, nil))
	case c.ByName && !short:
		b.WriteString(h.cat.T(lang, nameMessages[c.Verdict], nil, nil))
	case short:
		b.WriteString(h.cat.T(lang, verdictLabels[c.Verdict], nil, nil))
	default:
		b.WriteString(h.cat.T(lang, verdictMessages[c.Verdict], nil, nil))
	}
	if c.Fact == nil {
		return
	}
	if c.Verdict == engine.Unverifiable && !c.Disputed {
		b.WriteString("\n" + h.cat.T(lang, "CheckNearest", nil, nil))
	}
	for _, f := range append([]*knowledge.Fact{c.Fact, c.Schedule}, c.Also...) {
		if f != nil {
			b.WriteString("\n" + f.Text.In(knowledge.Lang(lang)) + "\n" + h.cite(lang, f))
		}
	}
}

func hasFigure(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}
