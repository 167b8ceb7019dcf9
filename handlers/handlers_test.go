package handlers_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/storage/memory"
)

func newHandler(t *testing.T, store handlers.SessionStore) *handlers.Handler {
	return testkit.Handler(t, store)
}

func send(t *testing.T, h *handlers.Handler, text, hint string) handlers.Reply {
	t.Helper()
	r, err := h.Handle(context.Background(), handlers.Request{Conversation: "chat:1", LangHint: hint, Text: text})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
	if r.Text == "" {
		t.Fatalf("Handle(%q): empty reply", text)
	}
	return r
}

func TestCommands_InEveryLanguage(t *testing.T) {
	cases := []struct {
		lang               string
		welcome, help, src string
	}{
		{"ru", "коридор", "/fact", "Источник"},
		{"az", "Orta", "/fact", "Mənbə"},
		{"kk", "дәліз", "/fact", "Дереккөз"},
		{"en", "Middle", "/fact", "Source"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			h := newHandler(t, memory.NewSessions(0))
			if r := send(t, h, "/start", c.lang); !strings.Contains(r.Text, c.welcome) || string(r.Lang) != c.lang {
				t.Errorf("/start in %s: %q", c.lang, r.Text)
			}
			if r := send(t, h, "/help", c.lang); !strings.Contains(r.Text, c.help) || !strings.Contains(r.Text, "/lang") {
				t.Errorf("/help in %s: %q", c.lang, r.Text)
			}
			r := send(t, h, "/topics", c.lang)
			if len(r.Buttons) != len(knowledge.Topics) {
				t.Errorf("/topics in %s: %d buttons, want %d", c.lang, len(r.Buttons), len(knowledge.Topics))
			}
			if all := allSourcePages(t, h, c.lang); !strings.Contains(all, "Astana Times") || !strings.Contains(all, "oecd.org") {
				t.Errorf("/sources in %s: %q", c.lang, all)
			}
			r = send(t, h, "/ask 2024 товарооборот", c.lang)
			if !strings.Contains(r.Text, "470") || !strings.Contains(r.Text, c.src) {
				t.Errorf("/ask in %s: %q", c.lang, r.Text)
			}
			r = send(t, h, "/about", c.lang)
			if facts := strconv.Itoa(len(h.Engine().KB().Facts)); !strings.Contains(r.Text, facts) {
				t.Errorf("/about in %s: %q", c.lang, r.Text)
			}
		})
	}
}

func TestLang_ChoiceIsStoredAndWinsOverTheText(t *testing.T) {
	store := memory.NewSessions(0)
	h := newHandler(t, store)
	r := send(t, h, "/lang kk", "en")
	if r.Lang != knowledge.KK || !strings.Contains(r.Text, "қазақ") && !strings.Contains(r.Text, "Қазақ") {
		t.Fatalf("/lang kk: %s %q", r.Lang, r.Text)
	}
	r = send(t, h, "What was trade in 2024?", "en")
	if r.Lang != knowledge.KK || !strings.Contains(r.Text, "470") || !strings.Contains(r.Text, "Дереккөз") {
		t.Errorf("after /lang kk an English question got %s: %q", r.Lang, r.Text)
	}
	// A new handler over the same store is a restart: the choice survives.
	r = send(t, newHandler(t, store), "/help", "en")
	if r.Lang != knowledge.KK {
		t.Errorf("after a restart the reply is in %s, want kk", r.Lang)
	}
	r = send(t, h, "/lang xx", "en")
	if !strings.Contains(r.Text, "xx") {
		t.Errorf("/lang xx: %q", r.Text)
	}
}

func TestLang_ButtonsOfLangCommand(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "/lang", "ru")
	if len(r.Buttons) != 4 || r.Buttons[2][0].Text != "Қазақша" || r.Buttons[2][0].Data != "lang:kk" {
		t.Fatalf("/lang buttons: %+v", r.Buttons)
	}
	cb, err := h.Callback(context.Background(), handlers.Request{Conversation: "chat:1"}, "lang:az")
	if err != nil || cb.Lang != knowledge.AZ {
		t.Fatalf("callback lang:az: %v %+v", err, cb)
	}
	if r := send(t, h, "Сколько соглашений?", "ru"); r.Lang != knowledge.AZ {
		t.Errorf("after pressing az the reply is in %s", r.Lang)
	}
}

func TestQuestion_FollowUpUsesThePreviousSubject(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	first := send(t, h, "Какой товарооборот был в 2024 году?", "ru")
	if !strings.Contains(first.Text, "470") {
		t.Fatalf("first answer: %q", first.Text)
	}
	second := send(t, h, "а за январь–август 2025?", "ru")
	if !strings.Contains(second.Text, "547") {
		t.Errorf("follow-up answer: %q", second.Text)
	}
	// Without the session the same words are not a question the bot can answer.
	alone := newHandler(t, nil).Ask("а за январь–август 2025?", knowledge.RU)
	if len(alone.Facts) != 0 {
		t.Errorf("the follow-up alone was answered with %v", alone.Facts)
	}
}

// Two things compared: both facts with their sources, then which figure is larger, each with
// its unit, in the chat's language.
func TestQuestion_ComparisonOfTwoThingsSaysWhichIsLarger(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "Which is bigger: TITR container volume in 2021 or the 2022 container plan?", "en")
	if !strings.Contains(r.Text, "Of the two, 50 thousand TEU is larger than 25.2 thousand TEU.") || len(r.Facts) != 2 {
		t.Errorf("reply %q, facts %v", r.Text, r.Facts)
	}
}

// Two things asked in one sentence: the part the base knows is answered with its source, and
// the reply says which part it has no answer for, in the chat's language, rather than
// refusing the whole or passing over the rest in silence.
func TestQuestion_TwoThingsAskedOneUnknown(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "How much cargo was Kuryk expected to transship by the end of 2024, and what are its port fees?", "en")
	if !strings.Contains(r.Text, "2.2 million") || !strings.Contains(r.Text, "the other part of your question: “what are its port fees?”") {
		t.Errorf("reply %q", r.Text)
	}
	r = send(t, h, "Как назывался танкер, доставивший первую партию казахстанской нефти на Сангачал в марте 2023, и сколько он стоит?", "ru")
	if !strings.Contains(r.Text, "Президент Гейдар Алиев") || !strings.Contains(r.Text, "«сколько он стоит?»") || len(r.Facts) != 1 {
		t.Errorf("reply %q, facts %v", r.Text, r.Facts)
	}
}

func TestQuestion_UnknownGetsRefusalAndSuggestions(t *testing.T) {
	h := newHandler(t, nil)
	for lang, q := range map[knowledge.Lang]string{
		knowledge.RU: "Какая погода в Баку завтра?",
		knowledge.EN: "Who won the football world cup?",
		knowledge.AZ: "Plov necə bişirilir?",
		knowledge.KK: "Маған ән айтып бер",
	} {
		r := h.Ask(q, "")
		if len(r.Facts) != 0 {
			t.Errorf("%s %q answered with %v", lang, q, r.Facts)
		}
		if r.Lang != lang {
			t.Errorf("%q: reply language %s, want %s", q, r.Lang, lang)
		}
		if len(r.Buttons) < 2 || strings.Count(r.Text, "•") < 2 {
			t.Errorf("%q: refusal without suggestions: %q", q, r.Text)
		}
	}
}

func TestBadInput_GetsAClearReply(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	cases := map[string]string{
		"empty":        "   ",
		"10k chars":    strings.Repeat("нефть ", 2000),
		"binary":       "\x00\x01\x02\x03\xff\xfe\x00\x00",
		"html":         "<script>alert('x')</script><b>trade</b>",
		"emoji":        "🚂🚂🚂 ❓",
		"unknown cmd":  "/frobnicate now",
		"only a year":  "2024",
		"lone command": "/",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			r := send(t, h, in, "en")
			if strings.Contains(r.Text, "panic") || strings.HasPrefix(r.Text, "Empty") || strings.HasPrefix(r.Text, "Check") {
				t.Errorf("reply %q", r.Text)
			}
		})
	}
	if r := send(t, h, strings.Repeat("нефть ", 2000), "ru"); !strings.Contains(r.Text, "1000") {
		t.Errorf("a 12k-character question should be refused with the limit: %q", r.Text)
	}
	if r := send(t, h, "/frobnicate", "en"); !strings.Contains(r.Text, "/frobnicate") || !strings.Contains(r.Text, "/help") {
		t.Errorf("unknown command: %q", r.Text)
	}
}

// Where sources disagree on the figure a claim gets wrong, the check shows each with its source.
func TestFact_DisagreeingSourcesSideBySide(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "/fact В 2023 году по ТМТМ прошло 3,764 млн тонн грузов", "ru")
	if r.Verdict != "contradicted" || !strings.Contains(r.Text, "2,7 млн") || !strings.Contains(r.Text, "2,764") ||
		len(r.Facts) < 2 || strings.Count(r.Text, "Источник") < 2 {
		t.Errorf("%s %v %q", r.Verdict, r.Facts, r.Text)
	}
}

// A figure one source gives as an estimate while another gives the result otherwise is not
// confirmed: the reply says the sources disagree and shows both, each with its source; a claim
// that names the estimate's source ("according to Wikipedia") is confirmed by it.
func TestFact_EstimateAgainstResultIsDisputed(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "/fact In 2022 the Middle Corridor carried 3.2 million tonnes of cargo", "en")
	if r.Verdict != "unverifiable" || !strings.Contains(r.Text, "sources disagree") || !strings.Contains(r.Text, "3.2 million") ||
		!strings.Contains(r.Text, "1.485") || strings.Count(r.Text, "Source:") < 2 || strings.Contains(r.Text, "closest thing") {
		t.Errorf("%s %q", r.Verdict, r.Text)
	}
	r = send(t, h, "/fact According to Wikipedia, cargo on the Middle Corridor grew to nearly 3.2 million tons in 2022", "en")
	if r.Verdict != "supported" {
		t.Errorf("attributed: %s %q", r.Verdict, r.Text)
	}
}

// A right figure with a remark the source does not make is not confirmed, and the reply says
// which words it could not find.
func TestFact_RemarkTheSourceDoesNotMake(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "/fact trade between Kazakhstan and Azerbaijan reached $470 million in 2024, data of the national statistics bureau", "en")
	if r.Verdict != "unverifiable" || !strings.Contains(r.Text, "«data of the national statistics bureau»") || !strings.Contains(r.Text, "470") {
		t.Errorf("%s %q", r.Verdict, r.Text)
	}
}

func TestFact_CommandAndForwardedMessage(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	r := send(t, h, "/fact Товарооборот в 2024 году составил 900 млн долларов", "ru")
	if r.Verdict != "contradicted" || !strings.Contains(r.Text, "470") || !strings.Contains(r.Text, "Источник") {
		t.Errorf("/fact: %s %q", r.Verdict, r.Text)
	}
	fw, err := h.Handle(context.Background(), handlers.Request{Conversation: "chat:1", Forwarded: true,
		Text: "Trade in 2024 was $470 million. The Shamkir plant already produces 2 million tonnes of HBI."})
	if err != nil {
		t.Fatal(err)
	}
	if fw.Verdict != "contradicted" || len(fw.Claims) != 2 || !strings.Contains(fw.Text, "2029") {
		t.Errorf("forwarded post: %s %d claims %q", fw.Verdict, len(fw.Claims), fw.Text)
	}
	if r := send(t, h, "/fact", "en"); !strings.Contains(r.Text, "/fact") {
		t.Errorf("/fact without a claim: %q", r.Text)
	}
}

type failingStore struct{}

func (failingStore) Load(context.Context, string) (handlers.Session, error) {
	return handlers.Session{}, errors.New("redis: connection refused")
}
func (failingStore) Save(context.Context, string, handlers.Session) error {
	return errors.New("redis: connection refused")
}

func TestStoreFailure_StillAnswers(t *testing.T) {
	h := newHandler(t, failingStore{})
	r, err := h.Handle(context.Background(), handlers.Request{Conversation: "chat:1", Text: "What was trade in 2024?"})
	if err == nil {
		t.Error("the store error was swallowed; the caller needs it to warn")
	}
	if !strings.Contains(r.Text, "470") {
		t.Errorf("no answer while the store is down: %q", r.Text)
	}
}

func TestSmallTalk_GreetingAndThanksAreNotUnknownQuestions(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	if r := send(t, h, "Привет!", "en"); r.Lang != knowledge.RU || !strings.Contains(r.Text, "/help") || len(r.Facts) != 0 {
		t.Errorf("greeting: %s %q", r.Lang, r.Text)
	}
	if r := send(t, h, "Рахмет!", "en"); r.Lang != knowledge.KK || !strings.Contains(r.Text, "/topics") {
		t.Errorf("thanks: %s %q", r.Lang, r.Text)
	}
}

func TestStart_DeepLinks(t *testing.T) {
	h := newHandler(t, memory.NewSessions(0))
	if r := send(t, h, "/start az-kz-trade-2024", "en"); !strings.Contains(r.Text, "470") || r.Facts[0] != "az-kz-trade-2024" {
		t.Errorf("/start with a fact id: %q", r.Text)
	}
	if r := send(t, h, "/start kk", "en"); r.Lang != knowledge.KK {
		t.Errorf("/start kk: reply in %s", r.Lang)
	}
	if r := send(t, h, "/help", "en"); r.Lang != knowledge.KK {
		t.Errorf("/start kk did not store the language: %s", r.Lang)
	}
}

// An opinion question and a question about a country the base does not cover are refused
// with the reason, in the question's language, and offer questions the bot can answer.
func TestAsk_RefusalsSayWhy(t *testing.T) {
	h := newHandler(t, nil)
	for _, c := range []struct {
		q, lang, want string
	}{
		{"Is the Middle Corridor a good investment?", "en", "no opinions"},
		{"Как думаете, Алиев и Токаев поссорятся?", "ru", "без мнений"},
		{"What was trade between Kazakhstan and Kyrgyzstan in 2024?", "en", "for trade concerning Kyrgyzstan"},
		{"Qazaxıstan ilə Özbəkistan ticarəti nə qədərdir?", "az", "“Özbəkistan”"},
		{"Қазақстан мен Өзбекстан арасындағы тауар айналымы қанша?", "kk", "«Өзбекстан»"},
	} {
		r := h.Ask(c.q, knowledge.Lang(c.lang))
		if len(r.Facts) != 0 || !strings.Contains(r.Text, c.want) || len(r.Buttons) == 0 {
			t.Errorf("%q: facts %v buttons %d, text %q; want a refusal containing %q with suggestions", c.q, r.Facts, len(r.Buttons), r.Text, c.want)
		}
	}
}

// A follow-up that does not tell its language by itself stays in the conversation's; /help
// answers in it too; a question clearly in another language switches.
func TestConversation_KeepsItsLanguage(t *testing.T) {
	for _, c := range []struct {
		first, followUp, want string
	}{
		{"Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 2024-cü ildə nə qədər olub?", "bes 2022-de?", "az"},
		{"Қазақстан мен Әзірбайжан арасындағы тауар айналымы 2024 жылы қанша болды?", "ал 2022 ше?", "kk"},
		{"Какой товарооборот был в 2024 году?", "/help", "ru"},
		{"Qazaxıstan ilə ticarət 2024-cü ildə nə qədər olub?", "What was trade between Azerbaijan and Kazakhstan in 2022?", "en"},
	} {
		h := newHandler(t, memory.NewSessions(0))
		send(t, h, c.first, "en")
		if r := send(t, h, c.followUp, "en"); string(r.Lang) != c.want {
			t.Errorf("%q after %q: replied in %s, want %s: %q", c.followUp, c.first, r.Lang, c.want, r.Text)
		}
	}
}

// allSourcePages follows /sources through its page buttons: every page fits one message, and
// together they list every source.
func allSourcePages(t *testing.T, h *handlers.Handler, lang string) string {
	t.Helper()
	r := send(t, h, "/sources", lang)
	all := r.Text
	for page := 1; len(r.Buttons) > 0; page++ {
		if utf8.RuneCountInString(r.Text) > 4096 {
			t.Errorf("/sources page %d in %s: %d characters", page, lang, utf8.RuneCountInString(r.Text))
		}
		data := r.Buttons[0][0].Data
		if data == "sources:1" {
			break // back to the first page
		}
		var err error
		if r, err = h.Callback(context.Background(), handlers.Request{Conversation: "chat:1", LangHint: lang}, data); err != nil {
			t.Fatal(err)
		}
		all += r.Text
	}
	n := len(h.Engine().KB().Sources)
	if got := strings.Count(all, "\n• "); got != n {
		t.Errorf("/sources in %s lists %d sources, the base has %d", lang, got, n)
	}
	return all
}

// A question about something the base knows that no fact answers ("when did the cable go
// live?" — it is only planned) is refused, and the refusal shows what the sources do say of
// it, with its source, as related: the fact is not listed as the answer.
func TestAsk_RefusalShowsWhatTheSourcesSayOfIt(t *testing.T) {
	h := newHandler(t, nil)
	for _, c := range []struct {
		q, lang, intro, want string
	}{
		{"when did the caspian fibre optic cable go live", "en", "None of my sources answers exactly that", "end of 2026"},
		{"когда ввели в эксплуатацию транскаспийский оптоволоконный кабель", "ru", "Ни один из моих источников не отвечает", "2026"},
	} {
		r := h.Ask(c.q, knowledge.Lang(c.lang))
		if len(r.Facts) != 0 {
			t.Errorf("%q answered with %v; the cable is only planned", c.q, r.Facts)
		}
		intro := c.intro
		if !strings.HasPrefix(r.Text, intro) || !strings.Contains(r.Text, c.want) || !strings.Contains(r.Text, "Trend") {
			t.Errorf("%q: %q; want %q, then the planned completion (%s) with its source", c.q, r.Text, intro, c.want)
		}
	}
	// a question about nothing the base knows keeps the plain refusal
	r := h.Ask("Who won the football world cup?", knowledge.EN)
	if strings.Contains(r.Text, "None of my sources") {
		t.Errorf("off-topic question shown a related fact: %q", r.Text)
	}
}
