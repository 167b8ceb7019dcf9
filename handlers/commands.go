package handlers

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge"
)

// parseCommand splits "/cmd@Bot arg" into "cmd" and "arg". The @BotName part is dropped
// here; the Telegram adapter has already ignored commands meant for other bots.
func parseCommand(text string) (cmd, arg string, ok bool) {
	if !strings.HasPrefix(text, "/") || len(text) < 2 {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text, " ")
	if i := strings.IndexAny(head, "\n"); i >= 0 {
		head, rest = head[:i], head[i+1:]+" "+rest
	}
	head = strings.TrimPrefix(head, "/")
	head, _, _ = strings.Cut(head, "@")
	return strings.ToLower(head), strings.TrimSpace(rest), true
}

func (h *Handler) command(cmd, arg string, req Request, sess *Session) (Reply, bool) {
	lang := replyLang(sess, "", req.LangHint)
	switch cmd {
	case "start":
		// Deep links: /start fact-id shows a fact, /start ru chooses a language. A fact id is
		// tried first: "az-kz-trade-2024" starts like a language code.
		if r, ok := h.FactReply(arg, lang); ok {
			return r, false
		}
		if l, ok := knowledge.ParseLang(arg); ok && len(arg) <= 5 {
			sess.Lang = string(l)
			return h.plain(l, "Welcome"), true
		}
		return h.plain(lang, "Welcome"), false
	case "help":
		return h.plain(lang, "Help"), false
	case "about":
		kb := h.Engine().KB()
		return Reply{Lang: lang, Text: h.cat.T(string(lang), "About", map[string]any{
			"Facts": len(kb.Facts), "Sources": len(kb.Sources),
		}, nil)}, false
	case "lang", "language":
		return h.setLang(arg, lang, sess)
	case "ask":
		if arg == "" {
			return h.plain(lang, "AskUsage"), false
		}
		return h.question(arg, req.LangHint, sess)
	case "chart":
		return h.chartCommand(arg, lang), false
	case "fact", "check":
		if arg == "" {
			return h.plain(lang, "FactUsage"), false
		}
		return h.check(arg, req.LangHint, sess), false
	case "topics", "topic":
		if arg != "" {
			return h.topicExamples(strings.ToLower(arg), lang), false
		}
		return h.topics(lang), false
	case "sources":
		return h.sources(arg, lang), false
	}
	name := cmd
	if utf8.RuneCountInString(name) > 32 {
		name = string([]rune(name)[:32]) + "…"
	}
	return Reply{Lang: lang, Text: h.cat.T(string(lang), "UnknownCommand", map[string]any{"Command": "/" + name}, nil)}, false
}

func (h *Handler) setLang(arg string, current knowledge.Lang, sess *Session) (Reply, bool) {
	if arg == "" {
		r := h.plain(current, "LangChoose")
		for _, l := range knowledge.Langs {
			r.Buttons = append(r.Buttons, []Button{{Text: h.cat.T(string(l), "LanguageName", nil, nil), Data: "lang:" + string(l)}})
		}
		return r, false
	}
	l, ok := knowledge.ParseLang(arg)
	if !ok {
		return Reply{Lang: current, Text: h.cat.T(string(current), "LangUnknown", map[string]any{"Lang": clip(arg, 16)}, nil)}, false
	}
	sess.Lang = string(l)
	return h.plain(l, "LangSet"), true
}

// topicMessage maps a topic id to the id of its localized name.
func topicMessage(topic string) string {
	return "Topic" + strings.ToUpper(topic[:1]) + topic[1:]
}

func (h *Handler) topics(lang knowledge.Lang) Reply {
	var b strings.Builder
	b.WriteString(h.cat.T(string(lang), "TopicsIntro", nil, nil))
	r := Reply{Lang: lang}
	for _, t := range knowledge.Topics {
		n := 0
		for _, f := range h.Engine().KB().Facts {
			if f.Topic == t {
				n++
			}
		}
		name := h.cat.T(string(lang), topicMessage(t), nil, nil)
		b.WriteString("\n• " + name + " — " + h.cat.T(string(lang), "TopicFacts", nil, n) + " (/topics " + t + ")")
		r.Buttons = append(r.Buttons, []Button{{Text: name, Data: "topic:" + t}})
	}
	r.Text = b.String()
	return r
}

// topicExamples lists example questions of a topic, as buttons too.
func (h *Handler) topicExamples(topic string, lang knowledge.Lang) Reply {
	known := false
	for _, t := range knowledge.Topics {
		known = known || t == topic
	}
	if !known {
		return Reply{Lang: lang, Text: h.cat.T(string(lang), "UnknownTopic", map[string]any{
			"Topic": clip(topic, 32), "Topics": strings.Join(knowledge.Topics, ", "),
		}, nil)}
	}
	var b strings.Builder
	b.WriteString(h.cat.T(string(lang), "TopicExamples", map[string]any{"Topic": h.cat.T(string(lang), topicMessage(topic), nil, nil)}, nil))
	r := Reply{Lang: lang}
	n := 0
	for _, f := range h.Engine().KB().Facts {
		if f.Topic != topic || n == 6 {
			continue
		}
		n++
		q := exampleQuestion(f, lang)
		b.WriteString("\n• " + q)
		r.Buttons = append(r.Buttons, []Button{{Text: q, Data: "fact:" + f.ID}})
	}
	r.Text = b.String()
	return r
}

// sourcesPage is how much of the source list one reply holds: a page must fit one Telegram
// message (4096) with room for its heading.
const sourcesPage = 3500

// sources lists the knowledge base's sources, one page at a time ("/sources 2"), with a
// button to the next page.
func (h *Handler) sources(arg string, lang knowledge.Lang) Reply {
	l := string(lang)
	var pages [][]string
	size := sourcesPage + 1
	for _, s := range h.Engine().KB().SourceList() {
		item := "\n• " + h.sourceItem(l, s)
		if size+len(item) > sourcesPage {
			pages, size = append(pages, nil), 0
		}
		pages[len(pages)-1] = append(pages[len(pages)-1], item)
		size += len(item)
	}
	page, err := strconv.Atoi(strings.TrimSpace(arg))
	if err != nil || page < 1 || page > len(pages) {
		page = 1
	}
	var b strings.Builder
	b.WriteString(h.cat.T(l, "SourcesIntro", nil, nil))
	for _, item := range pages[page-1] {
		b.WriteString(item)
	}
	reply := Reply{Lang: lang}
	if len(pages) > 1 {
		b.WriteString("\n\n" + h.cat.T(l, "SourcesPage", map[string]any{"Page": page, "Pages": len(pages)}, nil))
		next := page%len(pages) + 1
		reply.Buttons = [][]Button{{{Text: h.cat.T(l, "SourcesPage", map[string]any{"Page": next, "Pages": len(pages)}, nil), Data: "sources:" + strconv.Itoa(next)}}}
	}
	reply.Text = b.String()
	return reply
}

// sourceItem names one source: its citation in the language, date and address.
func (h *Handler) sourceItem(lang string, s *knowledge.Source) string {
	date := h.cat.T(lang, "SourceUndated", nil, nil)
	if s.Published != "" {
		date = h.cat.Date(lang, s.Published)
	}
	data := map[string]any{"Title": s.Title, "Publisher": s.Publisher, "Date": date}
	if cite := s.Cite[knowledge.Lang(lang)]; cite != "" {
		data["Title"], data["Publisher"] = cite, ""
	}
	item := h.cat.T(lang, "SourceItem", data, nil)
	if s.Address != "" {
		item += " " + s.Address
	}
	return item
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// Callback answers a pressed button: "lang:kk", "topic:trade" or "fact:trade-2024".
func (h *Handler) Callback(ctx context.Context, req Request, data string) (Reply, error) {
	var sess Session
	var storeErr error
	switch {
	case req.Session != nil:
		sess = *req.Session
	case h.store != nil && req.Conversation != "":
		sess, storeErr = h.store.Load(ctx, req.Conversation)
	}
	lang := replyLang(&sess, "", req.LangHint)
	kind, value, _ := strings.Cut(data, ":")
	if kind == "sub" || kind == "subch" {
		return h.subscriptionCallback(ctx, req, &sess, kind, value), storeErr
	}
	var reply Reply
	changed := false
	switch kind {
	case "lang":
		reply, changed = h.setLang(value, lang, &sess)
	case "topic":
		reply = h.topicExamples(value, lang)
	case "chart":
		reply = h.chartCommand(value, lang)
	case "sources":
		reply = h.sources(value, lang)
	case "fact":
		var ok bool
		if reply, ok = h.FactReply(value, lang); ok {
			sess.LastFacts = reply.Facts
			changed = true
		}
	}
	if reply.Text == "" {
		reply = Reply{Lang: lang, Text: h.cat.T(string(lang), "UnknownCommand", map[string]any{"Command": clip(data, 32)}, nil)}
	}
	return reply, h.keep(ctx, req, &reply, sess, changed, storeErr)
}
