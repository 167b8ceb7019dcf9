// Messages of several sentences: a story and a question, the story read as the question's
// context.

package answer

import (
	"github.com/corridorbot/corridorbot/knowledge/frame"
	"github.com/corridorbot/corridorbot/knowledge/text"
	"slices"
	"strings"
)

// readMessage searches a message — raw as written, msg with relative time resolved — and
// returns the result and, when a story around the question was read as its context, the
// asking sentence. A story with one question is read that way first; a message of several
// questions ("What is Aktau's capacity? How many tonnes a year?") is first read whole, as one
// question asked twice, unless a later one gives a year to check.
func (e *Answerer) readMessage(s *scratch, raw, msg string) (result, string) {
	if !text.SeveralSentences(raw) {
		return e.search(s, msg, "", nil), ""
	}
	questions, guess := 0, false
	sentences := text.Sentences(raw)
	for _, sentence := range sentences {
		if questions > 0 && slices.ContainsFunc(strings.Fields(sentence), func(w string) bool { return yearWord(w) != 0 }) {
			guess = true // "…? I heard 2010, is that right?": a year to check, not to search
		}
		if strings.HasSuffix(sentence, "?") {
			questions++
		}
	}
	var whole result
	searched := questions > 1 && !guess
	if searched {
		if whole = e.search(s, msg, "", nil); whole.confident() {
			return whole, ""
		}
	}
	if res, asked, ok := e.statementAsContext(s, sentences); ok {
		return res, asked
	}
	if !searched {
		whole = e.search(s, msg, "", nil)
	}
	return whole, ""
}

// statementAsContext reads a message of several sentences — a story and a question ("I read
// that Aliyev came in October. How much was trade in 2024?") — with the asking sentence as
// the question and the others as its context, as a follow-up's previous question is: the
// story around a question does not dilute what it asks, and a name it gives still counts.
// The sentences that end with "?" ask (the last one first), else the last sentence does. A
// story before the question sets its scene, years included ("In 2024 the ports handled
// 3.3 Mt. And how many TEU?") unless the question names its own; one after it is a guess to
// check ("I heard 2010, right?"), whose years are not the ones asked. It returns the first sure reading and its question.
func (e *Answerer) statementAsContext(s *scratch, sentences []string) (result, string, bool) {
	if len(sentences) < 2 || len(sentences) > maxStorySentences {
		return result{}, "", false
	}
	asking := func(i int) bool { return strings.HasSuffix(sentences[i], "?") }
	if !slices.ContainsFunc(sentences, func(s string) bool { return strings.HasSuffix(s, "?") }) {
		asking = func(i int) bool { return i == len(sentences)-1 }
	}
	for i := len(sentences) - 1; i >= 0; i-- {
		if !asking(i) {
			continue
		}
		before := reportDate
		if slices.ContainsFunc(strings.Fields(sentences[i]), func(w string) bool { return yearWord(w) != 0 }) {
			before = anyYear // "…40% in 2021. And by 2030?": the question's own year is the one asked
		}
		story := withoutYearWords(strings.Join(sentences[:i], " "), before) + " " +
			withoutYearWords(strings.Join(sentences[i+1:], " "), anyYear)
		question, _ := frame.ResolveRelativeTime(sentences[i], e.latestYear) // "over the last 7 years"
		story = strings.TrimSpace(story)
		if r := e.search(s, question, story, nil); r.confident() {
			return r, sentences[i], true
		}
		if r, ok := e.askedBeyondStory(s, question, story); ok {
			return r, sentences[i], true
		}
	}
	return result{}, "", false
}

// askedBeyondStory reads a question that asks past what its story states ("Aktau handled
// 2.3 Mt in the first half of 2023. And in January–October?"): as a follow-up does, with the
// fact the story itself tells put after the others.
func (e *Answerer) askedBeyondStory(s *scratch, question, story string) (result, bool) {
	told := e.search(s, story, "", nil)
	if !told.confident() {
		return result{}, false
	}
	r := e.search(s, question, story, []string{told.facts[0].ID})
	return r, r.confident() && r.facts[0].ID != told.facts[0].ID
}

// withoutYearWords drops the years of a text that drop says are not asked about.
func withoutYearWords(story string, drop func(story string) map[int]bool) string {
	dropped := drop(story)
	if len(dropped) == 0 {
		return story
	}
	words := strings.Fields(story)
	kept := make([]string, 0, len(words))
	for _, w := range words {
		if y := yearWord(w); y == 0 || !dropped[y] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// anyYear: a year told after a question is a guess to check ("I heard 2010, right?").
func anyYear(story string) map[int]bool {
	years := map[int]bool{}
	for _, w := range strings.Fields(story) {
		if y := yearWord(w); y != 0 {
			years[y] = true
		}
	}
	return years
}

// reportDate: a year that dates a report, not what it reports ("In March 2026 Trend wrote
// that…").
func reportDate(story string) map[int]bool {
	toks := text.Tokenize(story, nil)
	var years map[int]bool
	for i := range frame.ReportDates(toks) {
		if y := text.YearOf(toks[i].Text); toks[i].Num && y != 0 {
			if years == nil {
				years = map[int]bool{}
			}
			years[y] = true
		}
	}
	return years
}

// yearWord is the year a word writes ("2010-da", "2025-го"), or 0.
func yearWord(w string) int {
	if toks := text.Tokenize(w, nil); len(toks) > 0 && toks[0].Num {
		return text.YearOf(toks[0].Text)
	}
	return 0
}

// maxStorySentences bounds the readings tried for a long paste: each is a search.
const maxStorySentences = 4
