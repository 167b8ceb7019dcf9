// Package frame reads a question or a claim into a frame: the figures it states with their
// units, scale and bounds, the period (with relative time resolved), plan or achievement
// words, the slots a claim states (measure, direction, yearly rate or total, phase), and what
// kind of question it is (an amount, a date, a comparison, an opinion, a follow-up).
package frame

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/knowledge/index"
	"github.com/corridorbot/corridorbot/knowledge/text"
)

// Opinion, judgement and prediction questions ("Is the Middle Corridor a good investment?",
// "Will Aliyev and Tokayev fall out?") have no sourced answer, however many facts share their
// words: the bot says it states facts only. A question about a sourced forecast ("what
// volume is expected by 2030?") is not one of them: it asks what a source expects.

// AsksOpinion reports a question that asks for a view, a judgement or a prediction.
func AsksOpinion(msg string) bool { return AsksOpinionIn(text.Tokenize(msg, nil)) }

// AsksOpinionIn is AsksOpinion over a question already split into tokens.
func AsksOpinionIn(toks []text.Token) bool {
	return text.AnyPhraseIn(toks, text.OpinionPhrases) || asksWhichBetter(toks) || asksBetterThan(toks)
}

// asksBetterThan: "is the Middle Corridor better than the Northern one?", "орта дəhliz şimal
// dəhlizindən yaxşıdır?": a word that judges beside a comparison ("than", "чем", an ablative
// "-dən", "-нан").
func asksBetterThan(toks []text.Token) bool {
	for k, t := range toks {
		if !text.BetterWords[t.Text] || text.StartsPhrase(toks[k:], text.PreferPhrases) {
			continue
		}
		if k+1 < len(toks) && text.HasPrefixIn(toks[k+1].Text, text.ThanWords) || k > 0 && text.HasPrefixIn(toks[k-1].Text, text.ThanWords) ||
			k > 0 && !toks[k-1].Num && text.EndsWithAny(toks[k-1].Text, text.ThanEndings) {
			return true
		}
	}
	return false
}

// asksWhichBetter: "which port is better for transit — Aktau or Kuryk?", "какой порт лучше?",
// "hansı liman daha yaxşıdır?": a word asking which, and within three words after it one
// that judges.
func asksWhichBetter(toks []text.Token) bool {
	for i, t := range toks {
		if !text.WhichWords[t.Text] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if text.BetterWords[toks[k].Text] && !text.StartsPhrase(toks[k:], text.PreferPhrases) {
				return true
			}
		}
	}
	return false
}

// AsksPrediction: a yes-or-no question about the future that names no year a plan could be
// for, nor asks for a figure ("Will the fibre cable turn Azerbaijan into a digital hub?",
// "Тоқаев пен Әлиев келесі жылы тағы кездесе ме?", "ortaq valyutaya keçməlidirmi?"). "Will
// the hub be completed by 2025?" is about a sourced plan and is not one; nor is a question
// a sourced plan answers (the answerer decides that).
func AsksPrediction(toks []text.Token) bool {
	if text.HasWordIn(toks, text.WhenWords) && text.HasWordIn(toks, text.PredictionStarts) && text.AnyPhraseIn(toks, text.ComparePhrases) &&
		text.AnyWordHasPrefix(toks, text.ThanWords) && !namesYear(toks) {
		return true // "when will the Middle Corridor carry more than the Northern route?"
	}
	future := len(toks) > 0 && text.PredictionStarts[toks[0].Text] || text.AnyPhraseIn(toks, text.FutureMarkers) ||
		hasSuffixIn(toks, text.PredictionEndings)
	if !future {
		return false // most questions: read no further
	}
	for _, t := range toks {
		if t.Num && text.YearOf(t.Text) != 0 {
			return false
		}
	}
	// "will the cable be finished this year?": a sourced schedule answers it, as a sourced
	// target does "the container target 3 years from now"
	return !AsksAmount(toks, "") && !AsksWhen(toks) && !text.AnyPhraseIn(toks, text.ThisYearPhrases) && !(AsksGoal(toks) && !StartsAsFuture(toks))
}

// StartsAsFuture reports a question that starts as one about the future ("will …").
func StartsAsFuture(toks []text.Token) bool {
	return len(toks) > 0 && text.PredictionStarts[toks[0].Text]
}

// namesYear reports a year among the tokens.
func namesYear(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return t.Num && text.YearOf(t.Text) != 0 })
}

func hasSuffixIn(toks []text.Token, endings []string) bool {
	for _, t := range toks {
		if !t.Num && text.EndsWithAny(t.Text, endings) {
			return true
		}
	}
	return false
}

// SinceYear is the year a question counts from ("since 2023", "с 2023 года", "2023-dən
// bəri", "2023-den indiye qeder", "2023 жылдан бері"), or 0.
func SinceYear(msg string, toks []text.Token) int {
	for i, t := range toks {
		y := text.YearOf(t.Text)
		if !t.Num || y == 0 {
			continue
		}
		if i > 0 && text.OneOfWord(toks[i-1].Text, text.SinceBefore) || i+1 < len(toks) && text.OneOfWord(toks[i+1].Text, text.SinceAfter) {
			return y
		}
	}
	if text.AnyPhraseIn(toks, text.FromStart) {
		for _, t := range toks {
			if y := text.YearOf(t.Text); t.Num && y != 0 {
				return y // "с начала 2026 года", "since the start of 2026"
			}
		}
	}
	return gluedYear(msg, text.FromEndings) // "2023-dən", "2023-ден"
}

// wordAt is the run of letters starting at i.
func wordAt(msg string, i int) string {
	end := i
	for end < len(msg) {
		r, n := utf8.DecodeRuneInString(msg[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return strings.ToLower(msg[i:end])
}

// AsksReversal: "and the other way round?", "а наоборот?", "bəs əksinə?", "ал керісінше?"
// ask for the opposite direction of the previous question.
func AsksReversal(toks []text.Token) bool { return text.HasWordIn(toks, text.ReversalWords) }

// ResolveRelativeTime writes the year a relative phrase means into the question, and
// reports whether it asks for the latest figure.
func ResolveRelativeTime(msg string, latestYear int) (string, bool) {
	return ResolveRelativeTimeIn(msg, text.Tokenize(msg, nil), latestYear)
}

// ResolveRelativeTimeIn is ResolveRelativeTime over the question's tokens; the question comes
// back unchanged when it names no relative time.
func ResolveRelativeTimeIn(msg string, toks []text.Token, latestYear int) (string, bool) {
	// "This year" asks for the newest figure, but is no hard year: sources say "this year"
	// of their own year too ("the goal is to double trade this year") — unless it asks about
	// a plan, which is of the current year (a goal "for this year" stays the source's year).
	if rest, ok := text.CutPhrases(toks, text.ThisYearPhrases); ok {
		if text.ContainsWord(toks, text.PlanIndex) && !AsksGoal(toks) {
			// "what does the port plan to handle this year?" asks about this year's plan
			return rest + " " + strconv.Itoa(latestYear), false
		}
		return rest, true
	}
	if rest, ok := text.CutPhrases(toks, text.LastYearPhrases); ok {
		return rest + " " + strconv.Itoa(latestYear-1), false
	}
	if rest, ok := text.CutPhrases(toks, text.LatestPhrases); ok {
		return rest, true
	}
	return msg, false
}

// AsksComparison reports a question comparing the figures of two or more years.
func AsksComparison(toks []text.Token) []int {
	var years []int
	for _, t := range toks {
		if y := text.YearOf(t.Text); t.Num && y != 0 && !containsInt(years, y) {
			years = append(years, y)
		}
	}
	if len(years) < 2 {
		return nil
	}
	if text.AnyPhraseIn(toks, text.ComparePhrases) || text.HasWordIn(toks, text.OrWords) {
		return years
	}
	return nil
}

// AsksYearOnYear reports a yes-or-no question whether a figure rose or fell in one year
// ("did kz-az trade grow in 2024?", "вырос ли товарооборот в 2024?") and returns that year: the
// year before is what it rose or fell from. A question asking how much ("by how much did it
// grow?") asks the change a source gives, and returns 0.
func AsksYearOnYear(toks []text.Token, msg string) int {
	year := 0
	for _, t := range toks {
		if y := text.YearOf(t.Text); t.Num && y != 0 {
			if year != 0 && y != year {
				return 0
			}
			year = y
		}
	}
	moves := func(t text.Token) bool {
		return !t.Num && (text.HasPrefixIn(t.Text, text.RisingWords) || text.HasPrefixIn(t.Text, text.FallingWords)) &&
			!text.HasPrefixIn(t.Text, text.GrowthNouns) // "kz az trade 2023 and growth?" asks the growth a source gives
	}
	if year == 0 || AsksAmount(toks, msg) || text.HasWordIn(toks, text.AskWords) || !slices.ContainsFunc(toks, moves) {
		return 0 // "why did it grow in 2023?", "how many times was it to grow in 2022?"
	}
	for _, t := range toks {
		if u := text.UnitOf(t.Text); u != "" && u != "year" {
			return 0 // "growth percent in 2023?" asks the change a source gives
		}
	}
	return year
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// WithoutComparison keeps the words of a comparison that say what is compared: "was trade
// bigger in 2023 or 2024" → "was trade in", each year then asked about on its own.
func WithoutComparison(msg string) string { return withoutComparison(msg, true) }

// WithoutCompareWords is WithoutComparison keeping the years: "the 2022 container plan".
func WithoutCompareWords(msg string) string { return withoutComparison(msg, false) }

func withoutComparison(msg string, years bool) string {
	var b []byte
	toks := text.Tokenize(msg, nil)
	for i, t := range toks {
		if years && t.Num && text.YearOf(t.Text) != 0 || text.OrWords[t.Text] || text.StartsPhrase(toks[i:], text.ComparePhrases) {
			continue
		}
		b = append(b, t.Text...)
		b = append(b, ' ')
	}
	return string(b)
}

// Alternatives splits a question comparing two things ("whose investment is larger: Azerbaijan's
// in Kazakhstan or Kazakhstan's in Azerbaijan?") into a question about each: the words before
// the first "or", and the words after it with the question's head — what stands before a
// colon or a dash, "whose investment is larger" — in front. ok is false when the question
// compares nothing or one side is empty.
func Alternatives(msg string, toks []text.Token) (a, b string, ok bool) {
	if !text.AnyPhraseIn(toks, text.ComparePhrases) {
		return "", "", false
	}
	at, end := orWordAt(msg)
	if at < 0 {
		return "", "", false
	}
	a, rest := strings.TrimRight(msg[:at], " ,"), msg[end:] // "Ақтау порты ма, әлде Құрық па?"
	head, own := "", a
	for _, sep := range []string{":", " — ", " – ", " - ", ", "} {
		if i := strings.LastIndex(a, sep); i >= 0 && i > len(head) {
			head, own = a[:i], a[i+len(sep):] // a dash inside a name ("SOCAR–KMG") is no separator
		}
	}
	if !namesSomething(own) || !namesSomething(rest) {
		return "", "", false // "in 2022 or 2023? how much" compares years, not things
	}
	return a, head + " " + rest, true
}

// Choices splits a question that offers two answers after its subject ("sarzha terminal —
// aktau or kuryk?", "Сарыжа терминалы: Ақтау ма, әлде Құрық па?") into the subject with each:
// "sarzha terminal aktau", "sarzha terminal kuryk". The subject must stand apart before a
// colon or a dash, so that "trade between Kazakhstan and Kyrgyzstan or Uzbekistan" is no
// choice of "Uzbekistan" alone. ok is false otherwise.
func Choices(msg string) (a, b string, ok bool) {
	at, end := orWordAt(msg)
	if at < 0 {
		return "", "", false
	}
	first, rest := msg[:at], msg[end:]
	head, own := "", ""
	for _, sep := range []string{":", " — ", " – ", " - "} {
		if i := strings.LastIndex(first, sep); i >= 0 && i > len(head) {
			head, own = first[:i], first[i+len(sep):]
		}
	}
	if head == "" || !namesSomething(head) || !namesSomething(own) || !namesSomething(rest) {
		return "", "", false
	}
	return head + " " + own, head + " " + rest, true
}

// orWordAt finds the first word meaning "or" in msg: its start and end, or -1.
func orWordAt(msg string) (int, int) {
	if at := wordsAt(msg, text.OrWords); len(at) > 0 {
		return at[0][0], at[0][1]
	}
	return -1, -1
}

// wordsAt finds the words of msg that are in words once folded: each one's start and end.
func wordsAt(msg string, words map[string]bool) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range msg + " " {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if words[text.Fold(strings.ToLower(msg[start:i]))] {
				out = append(out, [2]int{start, i})
			}
			start = -1
		}
	}
	return out
}

// namesSomething reports a word that is not a number, a stopword or a word asking how much.
func namesSomething(s string) bool {
	for _, t := range text.Tokenize(s, nil) {
		if !t.Num && !t.Sym && !text.IsStopword(t.Text) && !text.AmountWords[t.Text] && !text.PeriodWords[t.Text] {
			return true
		}
	}
	return false
}

func AsksAmount(toks []text.Token, msg string) bool {
	for i, t := range toks {
		if i+1 < len(toks) && text.UnitOf(toks[i+1].Text) == "times" {
			continue // "қанша есе", "во сколько раз": a multiple, often said in words ("to double")
		}
		if text.AmountWords[t.Text] && !text.Quantifiers[t.Text] {
			// Folded, Azerbaijani "neçə" (how many) and "necə" (how) are one word: written
			// with its diacritics, "necə" asks how, not how many.
			// Typed without them, a verb after it says how ("nece kecir"), a noun how many.
			if t.Text == "nece" && (strings.Contains(strings.ToLower(msg), "necə") || i+1 < len(toks) && text.FollowsAsHow(toks[i+1].Text)) {
				continue
			}
			if i > 0 && text.WhenWords[toks[i-1].Text] || i > 1 && text.StartsPhrase(toks[i-2:i], text.WhenPhrases) {
				continue // "nə vaxta qədər" is "until when", no amount
			}
			if text.StartsPhrase(toks[i:], text.WhenPhrases) || text.StartsPhrase(toks[i:], text.RankAsked) {
				continue // "neçə ildə istifadəyə verilib": in which year; "neçə nömrəli": which in a row
			}
			return true
		}
	}
	return text.AnyPhraseIn(toks, text.AmountPhrases) // "how big is the investment?"
}

func PointsBack(toks []text.Token) bool {
	return text.HasWordIn(toks, text.BackWords) || text.AnyPhraseIn(toks, text.SamePeriod) // "and for the same period of 2024?"
}

// NamesAmount reports a subject that is a figure by nature — trade turnover, a cost, a tariff
// (glossary measures marked amount): a question about one asks for a number even without
// "how much" — unless it asks about a goal ("what is the trade target?"), which is a plan
// stated in words ("to double").
func NamesAmount(ix *index.Index, units []index.Unit) bool {
	for _, u := range units {
		if u.Concept && !u.Context && u.Term >= 0 && ix.IsAmount(ix.Term(u.Term)) {
			return true
		}
	}
	return false
}

func AsksGoal(toks []text.Token) bool {
	for _, t := range toks {
		if !t.Num && text.HasPrefixIn(t.Text, text.GoalStems) {
			return true
		}
	}
	return false
}

func AsksWhen(toks []text.Token) bool {
	return text.HasWordIn(toks, text.WhenWords) || text.AnyPhraseIn(toks, text.WhenPhrases)
}

// WhenClause reports a "when" that opens a clause after a comma ("what capacity did Aktau
// have, when the prime minister came?"): it dates what is asked, it does not ask when.
func WhenClause(msg string) bool {
	parts := strings.Split(msg, ",")
	for k, part := range parts[1:] {
		toks := text.Tokenize(part, nil)
		before := text.Tokenize(strings.Join(parts[:k+1], ","), nil)
		if len(toks) > 0 && text.WhenWords[toks[0].Text] && !text.HasWordIn(before, text.AttributionWords) {
			return true // not "According to the OECD, when did they sign…?": that asks when
		}
	}
	// "до какого объёма дорастет мощность, когда построят терминал" typed without its comma:
	// a figure asked before the "when" is what the question wants
	toks := text.Tokenize(msg, nil)
	for i, t := range toks {
		if text.WhenWords[t.Text] {
			// so is a name asked before it: "which prime ministers were present when it was signed"
			// ("who did it, and when?" asks when too)
			if i == 0 {
				return false
			}
			clause := i+2 < len(toks) && !text.AndWords[toks[i-1].Text]
			// or a place: "where was Aliyev when he said BTK is being modernized?"
			return (AsksAmount(toks[:i], "") || clause && (text.HasWordIn(toks[:i], text.WhoWords) || text.HasWordIn(toks[:i], text.WhichWords) || text.HasWordIn(toks[:i], text.WhereWords)))
		}
		if text.AmountNouns[t.Text] {
			// a clause follows the "when" ("…capacity when the PM visited"), not "…as of when?"
			// nor "…capacity will it have, and when is it due?", which asks both
			j := slices.IndexFunc(toks[i+1:], func(t text.Token) bool { return text.WhenWords[t.Text] }) + i + 1
			return j > i && j+2 < len(toks) && !text.AndWords[toks[j-1].Text]
		}
	}
	return false
}

// AsksChange reports a question about how a figure changed over time ("how has cargo on the
// TITR changed?", "товарооборот по годам") and returns it (its tokens) without those words.
func AsksChange(toks []text.Token) (string, bool) {
	if yearEnd(toks) {
		return "", false // "what was expected by year end?" asks a figure, not a series "by year"
	}
	return text.CutPhrases(toks, text.ChangePhrases)
}

// yearEnd reports a word for a year right before a word for its end ("by year end", "year-end").
func yearEnd(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if text.YearNouns[toks[i].Text] && text.ContainsWord(toks[i+1:i+2], text.UntilEndIndex) {
			return true
		}
	}
	return false
}

// AsksChangeIn is AsksChange for a question as written: "Trend" with its capital is the news
// agency ("Trend yazır ki…", "Trend-тің жазуынша"), not a trend over time.
func AsksChangeIn(msg string, toks []text.Token) (string, bool) {
	if !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Text == "trend" }) {
		return AsksChange(toks) // most questions: nothing to leave out
	}
	capital := strings.Contains(msg, "Trend")
	kept := toks[:0:0]
	for i, t := range toks {
		if t.Text == "trend" && (capital || agencyTrend(toks, i)) {
			continue
		}
		kept = append(kept, t)
	}
	return AsksChange(kept)
}

// agencyTrend reports "trend" typed in lower case where it names the agency: "according to
// trend", "per trend", "trend says", "trend.az".
func agencyTrend(toks []text.Token, i int) bool {
	if i > 0 && (toks[i-1].Text == "to" || toks[i-1].Text == "per" || toks[i-1].Text == "by") {
		return true
	}
	return i+1 < len(toks) && text.HasPrefixIn(toks[i+1].Text, text.ReportVerbs)
}

// TwoQuestions splits one sentence that asks two things ("What was Aktau's turnover in
// Jan–Oct 2023, and what is its plan for 2026?") at the last "and" that has a question word
// next to it — right after it (English, Russian) or just before it, where the first question
// ends with its verb (Azerbaijani, Kazakh: "…неше есе өсті және …") — and something named on
// each side. "How much and when?" asks of one thing, and "trade between Kazakhstan and
// Azerbaijan, which…" joins names, not questions.
func TwoQuestions(msg string) (first, second string, ok bool) {
	if text.SeveralSentences(msg) {
		return "", "", false // a story and its question are read as such (readMessage)
	}
	for _, at := range andWordsAt(msg) {
		left, right := msg[:at[0]], msg[at[1]:]
		if !asksSomething(left) || !asksSomething(right) {
			continue
		}
		head, _, _ := strings.Cut(right, ",")
		after, before := text.Tokenize(head, nil), text.Tokenize(left, nil)
		if text.HasWordIn(after[:min(3, len(after))], text.AskWords) || text.HasWordIn(before[max(0, len(before)-3):], text.AskWords) {
			return strings.TrimRight(left, " ,;—–-"), strings.TrimSpace(right), true
		}
	}
	return "", "", false
}

// andWordsAt finds the words meaning "and" in msg, the last first: each one's start and end.
func andWordsAt(msg string) [][2]int {
	out := wordsAt(msg, text.AndWords)
	slices.Reverse(out)
	return out
}

// asksSomething reports a clause with a question word and a word that names what it asks of.
func asksSomething(clause string) bool {
	toks := text.Tokenize(clause, nil)
	return text.HasWordIn(toks, text.AskWords) && slices.ContainsFunc(toks, func(t text.Token) bool {
		return !t.Sym && !text.AskWords[t.Text] && !text.IsStopword(t.Text) && !text.AmountWords[t.Text] && !text.PeriodWords[t.Text]
	})
}

// dashes join a statement to the question after it: "PortNews puts Aktau at 12 Mt — what
// does the Astana Times give?".
var dashes = []string{" — ", " – ", " - "}

// StatementThenQuestion ends the statement before a dash with a full stop when it quotes a
// figure and a question starts after the dash ("Kazinform gives 14.3% — what does its other
// note give?"), so that the statement is read as the question's context, as it would be after
// a full stop. Any other message is returned as it is: "TITR 2024 — how many tonnes?" is one
// question, and "ASCO's shipments rose 191% — how many tonnes was that?" asks of the very
// figure it quotes.
//
// A comma and "and" or "but" join the two the same way: "the share was 40% in 2021, and how
// much by 2030?" asks of 2030.
func StatementThenQuestion(msg string) string {
	for _, d := range dashes {
		if i := strings.Index(msg, d); i >= 0 {
			if told, ok := statementThen(msg, i, i+len(d)); ok {
				return told
			}
		}
	}
	return StatementAndQuestion(msg)
}

// StatementAndQuestion is StatementThenQuestion of a comma and "and" or "but" only: "Aktau
// tops 11 Mt, and Kuryk's design capacity?" sets the question against the statement, so it
// asks of something else than what the statement tells.
func StatementAndQuestion(msg string) string {
	for i := strings.Index(msg, ", "); i >= 0; {
		rest := msg[i+2:]
		word, _, _ := strings.Cut(rest, " ")
		if w := text.Fold(strings.ToLower(word)); text.AndWords[w] || text.ContrastWords[w] {
			if told, ok := statementThen(msg, i, i+2+len(word)); ok {
				return told
			}
		}
		next := strings.Index(rest, ", ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return msg
}

// maxClosingQuestion is how many words a question closed by its question word may have.
const maxClosingQuestion = 5

// statementThen ends the statement msg[:end] with a full stop when it quotes a figure and a
// question starts at from.
func statementThen(msg string, end, from int) (string, bool) {
	// only the sentence the dash or comma ends is the statement: "…rose 54%. And the port's
	// whole cargo for that period — how many Mt?" states nothing before its dash
	sentences := text.Sentences(msg[:end])
	if len(sentences) == 0 {
		return "", false
	}
	before, after := text.Tokenize(sentences[len(sentences)-1], nil), text.Tokenize(msg[from:], nil)
	// A question word opens the question in Russian and English; in Azerbaijani and Kazakh it
	// closes a short one ("…, ал Құрықтың жобалық қуаты қанша?").
	asks := text.HasWordIn(after[:min(3, len(after))], text.AskWords) ||
		len(after) <= maxClosingQuestion && strings.HasSuffix(strings.TrimSpace(msg), "?") && text.HasWordIn(after, text.AskWords)
	if QuotesFigure(before) && asks && !PointsBack(after) {
		return msg[:end] + ". " + strings.TrimSpace(msg[from:]), true
	}
	return "", false
}

// QuotesFigure reports tokens with a number that is neither a year nor a day of a month.
func QuotesFigure(toks []text.Token) bool {
	for i, t := range toks {
		v, err := strconv.ParseFloat(t.Text, 64)
		if !t.Num || err != nil || v >= 1900 && v <= 2100 && v == math.Trunc(v) {
			continue
		}
		if IsDay(toks, i) {
			continue // "10 March", "March 10": a date
		}
		return true
	}
	return false
}

// TimeReference finds, in a question asking when, a part that dates what is asked by another
// event ("when did Tokayev go to Baku before the April 2023 talks?", "2023-cü il aprel
// görüşündən əvvəl"): a word of before or after, and a year beside it. It returns the question
// without that part, the year and month the part names (month 0 when none), and whether what
// is asked came before it. ok is false when the question has no such part.
func TimeReference(msg string) (core string, year, month int, before, ok bool) {
	toks := text.Tokenize(msg, nil)
	if !text.HasWordIn(toks, text.WhenWords) && !text.AnyPhraseIn(toks, text.WhenPhrases) {
		return "", 0, 0, false, false
	}
	words := strings.Fields(msg)
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = text.Fold(strings.ToLower(strings.Trim(w, ".,;:?!()«»\"")))
	}
	for k, w := range folded {
		earlier, later := text.EarlierWords[w], text.LaterWords[w]
		if !earlier && !later {
			continue
		}
		from, to := k, k
		for j := k + 1; j < len(folded) && j <= k+6; j++ { // "before the April 2023 talks"
			if y := text.YearOf(folded[j]); y != 0 {
				year, to = y, j
				for to+1 < len(words) && !strings.ContainsAny(words[to], ",;?") { // to the clause's end
					to++
				}
				break
			}
		}
		if year == 0 {
			for j := k - 1; j >= 0 && j >= k-5; j-- { // "2023 aprel görüşündən əvvəl"
				if y := text.YearOf(strings.TrimRightFunc(folded[j], func(r rune) bool { return r < '0' || r > '9' })); y != 0 {
					year, from = y, j
					break
				}
			}
		}
		if year == 0 {
			return "", 0, 0, false, false
		}
		for j := from; j <= to; j++ {
			if m := text.MonthOf(folded[j]); m > 0 {
				month = m
			}
		}
		core = strings.Join(append(slices.Clone(words[:from]), words[to+1:]...), " ")
		return core, year, month, earlier, true
	}
	return "", 0, 0, false, false
}
