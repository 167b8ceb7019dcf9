package bot

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const (
	testToken    = "123456:TEST-token-SECRET-value"
	testBotID    = 999
	testUsername = "corridor_test_bot"
)

// call is one request the bot made to the fake Bot API.
type call struct {
	Method string
	Params url.Values
}

// fakeAPI is a Bot API server for tests: it records every request, serves queued updates to
// getUpdates (long polling included), and can be told to fail a method.
type fakeAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	calls    []call
	updates  []tgbotapi.Update
	arrived  chan struct{} // signalled when an update is queued or a call recorded
	failures map[string][]failure
	nextID   int
}

type failure struct {
	status     int
	code       int
	retryAfter int
	desc       string
}

func newFakeAPI(t *testing.T) *fakeAPI {
	f := &fakeAPI{t: t, arrived: make(chan struct{}, 1), failures: map[string][]failure{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is the TELEGRAM_API_ENDPOINT of this server.
func (f *fakeAPI) endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *fakeAPI) signal() {
	select {
	case f.arrived <- struct{}{}:
	default:
	}
}

// push queues updates for getUpdates, numbering them when their id is 0.
func (f *fakeAPI) push(us ...tgbotapi.Update) {
	f.mu.Lock()
	for _, u := range us {
		if u.UpdateID == 0 {
			f.nextID++
			u.UpdateID = f.nextID
		}
		f.updates = append(f.updates, u)
	}
	f.mu.Unlock()
	f.signal()
}

// failNext makes the next calls of a method fail, in order.
func (f *fakeAPI) failNext(method string, fs ...failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], fs...)
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) != 2 || parts[0] != "bot"+testToken {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	method := parts[1]
	_ = r.ParseForm()
	f.mu.Lock()
	f.calls = append(f.calls, call{Method: method, Params: r.PostForm})
	var fail *failure
	if fs := f.failures[method]; len(fs) > 0 {
		fail, f.failures[method] = &fs[0], fs[1:]
	}
	f.mu.Unlock()
	f.signal()
	if fail != nil {
		if fail.status >= 500 && fail.code == 0 {
			http.Error(w, "<html>bad gateway</html>", fail.status)
			return
		}
		body := map[string]any{"ok": false, "error_code": fail.code, "description": fail.desc}
		if fail.retryAfter > 0 {
			body["parameters"] = map[string]any{"retry_after": fail.retryAfter}
		}
		writeJSON(w, fail.status, body)
		return
	}
	switch method {
	case "getMe":
		ok(w, map[string]any{"id": testBotID, "is_bot": true, "first_name": "Corridor", "username": testUsername})
	case "getUpdates":
		ok(w, f.getUpdates(r))
	case "sendMessage", "editMessageText":
		chatID, _ := json.Number(r.PostForm.Get("chat_id")).Int64()
		ok(w, map[string]any{"message_id": 1000 + len(f.snapshot()), "date": time.Now().Unix(),
			"chat": map[string]any{"id": chatID, "type": "private"}, "text": r.PostForm.Get("text")})
	default:
		ok(w, true)
	}
}

// getUpdates answers with the queued updates at or after offset, waiting up to timeout.
func (f *fakeAPI) getUpdates(r *http.Request) []tgbotapi.Update {
	offset := atoi(r.PostForm.Get("offset"))
	timeout := time.Duration(atoi(r.PostForm.Get("timeout"))) * time.Second
	limit := atoi(r.PostForm.Get("limit"))
	deadline := time.Now().Add(timeout)
	for {
		f.mu.Lock()
		var out []tgbotapi.Update
		kept := f.updates[:0]
		for _, u := range f.updates {
			if u.UpdateID >= offset {
				kept = append(kept, u)
				if limit == 0 || len(out) < limit {
					out = append(out, u)
				}
			}
		}
		f.updates = kept // confirmed updates are forgotten, as Telegram does
		f.mu.Unlock()
		if len(out) > 0 || time.Now().After(deadline) {
			return out
		}
		select {
		case <-f.arrived:
		case <-time.After(20 * time.Millisecond):
		case <-r.Context().Done():
			return nil
		}
	}
}

func (f *fakeAPI) snapshot() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]call(nil), f.calls...)
}

// callsOf returns the recorded calls of one method.
func (f *fakeAPI) callsOf(method string) []call {
	var out []call
	for _, c := range f.snapshot() {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// waitFor waits until n calls of method were made, failing the test after a timeout.
func (f *fakeAPI) waitFor(method string, n int) []call {
	f.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if cs := f.callsOf(method); len(cs) >= n {
			return cs
		}
		time.Sleep(5 * time.Millisecond)
	}
	f.t.Fatalf("waited for %d %s calls, got %d: %v", n, method, len(f.callsOf(method)), methods(f.snapshot()))
	return nil
}

func methods(cs []call) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Method)
	}
	return out
}

func ok(w http.ResponseWriter, result any) {
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func atoi(s string) int {
	n := 0
	fmt.Sscanf(s, "%d", &n)
	return n
}

// Updates as Telegram sends them.

func user(id int64, lang string) *tgbotapi.User {
	return &tgbotapi.User{ID: id, FirstName: "U", LanguageCode: lang}
}

func privateText(userID int64, lang, text string) tgbotapi.Update {
	m := &tgbotapi.Message{MessageID: 1, From: user(userID, lang), Chat: &tgbotapi.Chat{ID: userID, Type: "private"}, Text: text, Date: 1}
	if strings.HasPrefix(text, "/") {
		end := strings.IndexAny(text, " \n")
		if end < 0 {
			end = len(text)
		}
		m.Entities = []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: len([]rune(text[:end]))}}
	}
	return tgbotapi.Update{Message: m}
}

func groupText(chatID, userID int64, text string) tgbotapi.Update {
	u := privateText(userID, "en", text)
	u.Message.Chat = &tgbotapi.Chat{ID: chatID, Type: "supergroup", Title: "Corridor fans"}
	u.Message.MessageID = 77
	return u
}
