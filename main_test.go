package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

// runCLI runs the program as a user would, returning its output and exit status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(stdin), &out, &errOut)
	code := exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

type askReply struct {
	Lang       string   `json:"lang"`
	Text       string   `json:"text"`
	Facts      []string `json:"facts"`
	Confidence float64  `json:"confidence"`
}

func TestAsk_JSONInEveryLanguageWithoutLangFlag(t *testing.T) {
	cases := []struct{ lang, q, want, source string }{
		{"ru", "Какой товарооборот был у Казахстана и Азербайджана в 2024 году?", "470", "Источник"},
		{"en", "How many agreements do Azerbaijan and Kazakhstan have?", "170", "Source"},
		{"az", "Şəmkir zavodu ildə nə qədər məhsul istehsal edəcək?", "2 milyon", "Mənbə"},
		{"kk", "HBI зауыты қашан іске қосылады?", "2029", "Дереккөз"},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, "", "ask", "-json", c.q)
		if code != 0 {
			t.Fatalf("ask %q: exit %d: %s", c.q, code, errOut)
		}
		var r askReply
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("ask -json printed %q: %v", out, err)
		}
		if r.Lang != c.lang || !strings.Contains(r.Text, c.want) || !strings.Contains(r.Text, c.source) || len(r.Facts) == 0 {
			t.Errorf("ask %q = %+v; want lang %s, %q and its source", c.q, r, c.lang, c.want)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("confidence %v out of (0,1]", r.Confidence)
		}
	}
}

func TestAsk_OutOfScopeHasNoFacts(t *testing.T) {
	out, _, code := runCLI(t, "", "ask", "-lang", "en", "-json", "How do I cook pilaf?")
	var r askReply
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 {
		t.Fatalf("exit %d, %q: %v", code, out, err)
	}
	if r.Facts == nil || len(r.Facts) != 0 || r.Confidence != 0 || !strings.Contains(r.Text, "don't") {
		t.Errorf("out-of-scope reply %+v; want facts [] and a refusal", r)
	}
	if !strings.Contains(out, `"facts":[]`) {
		t.Errorf("facts must print as [], got %s", out)
	}
}

func TestAsk_LangFlagForcesTheReplyLanguage(t *testing.T) {
	out, _, _ := runCLI(t, "", "ask", "-lang", "kk", "-json", "What was trade in 2024?")
	var r askReply
	_ = json.Unmarshal([]byte(out), &r)
	if r.Lang != "kk" || !strings.Contains(r.Text, "470") || !strings.Contains(r.Text, "Дереккөз") {
		t.Errorf("ask -lang kk: %+v", r)
	}
}

func TestAskAndCheck_BatchFromStandardInput(t *testing.T) {
	out, _, code := runCLI(t, "What was trade in 2024?\n\nКакой товарооборот в 2024?\n", "ask", "-json", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines, want 3 JSON lines:\n%s", code, len(lines), out)
	}
	for _, l := range lines {
		var r askReply
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Errorf("line %q: %v", l, err)
		}
	}
	out, _, code = runCLI(t, "Trade was $900M in 2024\nTrade was $470M in 2024\n", "check", "-json", "-")
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.Contains(lines[0], `"verdict":"contradicted"`) || !strings.Contains(lines[1], `"verdict":"supported"`) {
		t.Errorf("check batch: exit %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "What was trade in 2024?\nHow many agreements?\n", "ask", "-")
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 {
		t.Errorf("plain batch printed %d lines, want one per question:\n%s", n, out)
	}
}

func TestCheck_JSONContract(t *testing.T) {
	out, _, code := runCLI(t, "", "check", "-json", "Trade between Azerbaijan and Kazakhstan was $900 million in 2024")
	var r struct {
		Lang, Verdict, Text string
		Facts               []string
		Claims              []struct {
			Text, Verdict, Expected string
			Facts                   []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 {
		t.Fatalf("exit %d %q: %v", code, out, err)
	}
	if r.Lang != "en" || r.Verdict != "contradicted" || !strings.Contains(r.Text, "470") || len(r.Facts) == 0 {
		t.Errorf("check reply %+v", r)
	}
	if len(r.Claims) != 1 || !strings.HasPrefix(r.Claims[0].Expected, "470 million usd") {
		t.Errorf("claims %+v", r.Claims)
	}
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "no command"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"ask"}, 2, "usage: ask"},
		{[]string{"ask", "-lang", "de", "hello"}, 2, "-lang"},
		{[]string{"ask", "-bogus", "x"}, 2, "bogus"},
		{[]string{"check"}, 2, "usage: check"},
		{[]string{"kb"}, 2, "kb check"},
		{[]string{"kb", "check", "knowledge/testdata/badkb"}, 1, "duplicate fact id"},
		{[]string{"kb", "check", "/nonexistent/dir"}, 1, "no *.yaml"},
		{[]string{"kb", "check"}, 0, ""},
		{[]string{"help"}, 0, ""},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, "", c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s%s)", c.args, code, c.code, out, errOut)
		}
		if c.msg != "" && !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: stderr %q lacks %q", c.args, errOut, c.msg)
		}
		if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
			t.Errorf("%v: stack trace on stderr", c.args)
		}
	}
}

func TestAsk_EmptyQuestionIsAUsageError(t *testing.T) {
	for _, verb := range []string{"ask", "check"} {
		for _, in := range []string{"", " \t "} {
			_, errOut, code := runCLI(t, "", verb, "-json", in)
			if code != 2 || !strings.Contains(errOut, "usage: "+verb) || strings.Contains(errOut, "goroutine") {
				t.Errorf("%s %q: exit %d, stderr %q; want exit 2 with the usage line", verb, in, code, errOut)
			}
		}
	}
}

func TestAsk_HostileInputNeverPanics(t *testing.T) {
	for _, in := range []string{strings.Repeat("я", 10000), "\x00\xff\xfe", "<b>BTC</b> &amp; <script>", "🛢️🛢️", "2024"} {
		out, errOut, code := runCLI(t, "", "ask", "-json", in)
		if code != 0 || !strings.HasPrefix(out, "{") {
			t.Errorf("ask %.20q: exit %d %q %q", in, code, out, errOut)
		}
		out, _, code = runCLI(t, "", "check", "-json", in)
		if code != 0 || !strings.Contains(out, `"verdict":"unverifiable"`) {
			t.Errorf("check %.20q: exit %d %q", in, code, out)
		}
	}
}

func TestChat_ConversationInTheTerminal(t *testing.T) {
	in := "/lang ru\nКакой товарооборот был в 2024 году?\nа за январь–август 2025?\n/topics\n1\n" +
		">Товарооборот в 2024 году составил 900 млн долларов.\n/quit\n"
	out, errOut, code := runCLI(t, in, "chat")
	if code != 0 {
		t.Fatalf("chat: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"470", "547", "Источник", "[1]", "❌"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

// serveEnv is the environment of `serve` against a fake Bot API and a private Redis.
func serveEnv(api *fakeapi.Server, redisURL string) func(string) string {
	env := map[string]string{
		"TELEGRAM_TOKEN":        fakeapi.Token,
		"TELEGRAM_API_ENDPOINT": api.Endpoint(),
		"REDIS_URL":             redisURL,
		"LOG_LEVEL":             "debug",
	}
	return func(k string) string { return env[k] }
}

// startServe runs `serve` until the returned stop is called; stop returns the exit status
// and everything the program logged.
func startServe(t *testing.T, getenv func(string) string) (stop func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut testkit.Logs
	done := make(chan int, 1)
	go func() {
		err := run(ctx, []string{"serve"}, getenv, strings.NewReader(""), &out, &errOut)
		done <- exitCode(err, &errOut)
	}()
	return func() (int, string) {
		cancel() // what SIGTERM does through signal.NotifyContext
		select {
		case code := <-done:
			return code, errOut.String()
		case <-time.After(20 * time.Second):
			t.Fatal("serve did not stop")
			return -1, ""
		}
	}
}

func TestServe_LanguageSurvivesRestartWithRedisAndStopsCleanly(t *testing.T) {
	redisSrv := redistest.Start(t)
	api := fakeapi.New(t)
	stop := startServe(t, serveEnv(api, redisSrv.URL()))
	api.Push(fakeapi.PrivateText(4242421, "en", "/lang az"))
	if got := api.WaitFor("sendMessage", 1)[0].Params.Get("text"); !strings.Contains(got, "Azərbaycan") && !strings.Contains(got, "azərbaycan") {
		t.Errorf("/lang az: %q", got)
	}
	code, logs := stop()
	if code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, logs)
	}
	if strings.Contains(logs, fakeapi.Token) {
		t.Errorf("the token is in the logs:\n%s", logs)
	}

	// A new process over the same Redis: the user's language choice is still there.
	api2 := fakeapi.New(t)
	api2.SetNextID(100)
	stop2 := startServe(t, serveEnv(api2, redisSrv.URL()))
	api2.Push(fakeapi.PrivateText(4242421, "en", "What was trade in 2024?"))
	got := api2.WaitFor("sendMessage", 1)[0].Params.Get("text")
	if !strings.Contains(got, "470") || !strings.Contains(got, "Mənbə") {
		t.Errorf("after restart the answer is not in Azerbaijani: %q", got)
	}
	api2.Push(fakeapi.PrivateText(4242421, "en", "Who won the football world cup?"))
	api2.WaitFor("sendMessage", 2)
	if code, logs := stop2(); code != 0 {
		t.Fatalf("second serve exited %d:\n%s", code, logs)
	}

	// The unanswered question is listed for the editors, without who asked it.
	out, errOut, code := runCLIEnv(t, map[string]string{"REDIS_URL": redisSrv.URL()}, "kb", "unanswered")
	if code != 0 || !strings.Contains(out, "football") || strings.Contains(out, "4242421") {
		t.Errorf("kb unanswered: exit %d %q %q", code, out, errOut)
	}
}

func TestServe_RedisDownAtStartStillAnswers(t *testing.T) {
	api := fakeapi.New(t)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	deadRedis := "redis://" + ln.Addr().String() + "/0"
	ln.Close()
	stop := startServe(t, serveEnv(api, deadRedis))
	api.Push(fakeapi.PrivateText(43, "ru", "Какой товарооборот был в 2024 году?"))
	if got := api.WaitFor("sendMessage", 1)[0].Params.Get("text"); !strings.Contains(got, "470") {
		t.Errorf("answer without Redis: %q", got)
	}
	code, logs := stop()
	if code != 0 || !strings.Contains(logs, "memory") {
		t.Errorf("exit %d, logs lack the warning:\n%s", code, logs)
	}
}

func TestServe_ConfigurationErrors(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		code int
		msg  string
	}{
		{map[string]string{}, 2, "TELEGRAM_TOKEN"},
		{map[string]string{"TELEGRAM_TOKEN": "1:x", "LOG_LEVEL": "loud"}, 2, "LOG_LEVEL"},
		{map[string]string{"TELEGRAM_TOKEN": "1:x", "BOT_MODE": "carrier-pigeon"}, 1, "BOT_MODE"},
		{map[string]string{"TELEGRAM_TOKEN": "1:x", "BOT_MODE": "webhook"}, 1, "WEBHOOK_URL"},
		{map[string]string{"TELEGRAM_TOKEN": "1:secret-x", "TELEGRAM_API_ENDPOINT": "http://127.0.0.1:1/bot%s/%s"}, 1, "<token>"},
	} {
		_, errOut, code := runCLIEnv(t, c.env, "serve")
		if code != c.code || !strings.Contains(errOut, c.msg) || strings.Contains(errOut, "secret-x") {
			t.Errorf("serve with %v: exit %d, stderr %q", c.env, code, errOut)
		}
	}
}

func runCLIEnv(t *testing.T, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errOut)
	code := exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

func TestChart_WritesAPNGOrListsTheSeries(t *testing.T) {
	file := filepath.Join(t.TempDir(), "chart.png")
	out, errOut, code := runCLI(t, "", "chart", "-lang", "kk", "-o", file, "az-kz-trade")
	if code != 0 || !strings.Contains(out, "Дереккөз") {
		t.Fatalf("chart: exit %d, %q %q", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Errorf("no PNG written: %v", err)
	}
	_, errOut, code = runCLI(t, "", "chart", "-o", file, "погода в Баку")
	if code != 2 || !strings.Contains(errOut, "titr-cargo-volume") {
		t.Errorf("a request naming no series: exit %d, %q; want 2 and the list of series", code, errOut)
	}
}
