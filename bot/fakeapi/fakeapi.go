// Package fakeapi is a Telegram Bot API server for tests: it records every request, serves
// queued updates to getUpdates (long polling included) and can be told to fail a method.
// It follows the Bot API's wire format (form-encoded requests, {"ok":…} replies), not the bot's.
package fakeapi

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// The bot the fake server pretends to be.
const (
	Token    = "123456:TEST-token-SECRET-value"
	BotID    = 999
	Username = "corridor_test_bot"
)

// Call is one request the bot made to the fake Bot API.
type Call struct {
	Method string
	Params url.Values
	// Files are the uploaded files of a multipart request (sendPhoto), by field name.
	Files map[string][]byte
}

// Server is a Bot API server for tests: it records every request, serves queued updates to
// getUpdates (long polling included), and can be told to fail a method.
type Server struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	calls    []Call
	updates  []queued
	arrived  chan struct{} // signalled when an update is queued or a Call recorded
	failures map[string][]Failure
	chatFail map[string][]Failure // by method and chat_id
	nextID   int
	onCall   func(Call)        // when set, told of every call as it arrives
	members  map[string]Member // by "chat/user"
	chats    map[string]Chat   // by "@username" and by id
	limits   *Limits
	sends    []sendAt // accepted sendMessage calls, for the limits
	got429   int
}

// Member is what getChatMember answers for a user of a chat.
type Member struct {
	Status          string // "creator", "administrator", "member", "left", "kicked"
	CanPostMessages bool
}

// Chat is what getChat answers.
type Chat struct {
	ID       int64
	Type     string // "channel", "supergroup", …
	Title    string
	Username string
}

// Limits are flood limits the server enforces on sendMessage, answering 429 with retry_after
// past them, as Telegram does: at most Global messages in any window of one second, and
// messages to one chat at least PerChat apart.
type Limits struct {
	Global  int
	PerChat time.Duration
}

type sendAt struct {
	chat string
	at   time.Time
}

// Failure is a forced error reply: an HTTP status, and a Bot API error code, description and
// retry_after (a 5xx without a code answers with an HTML page, as a broken proxy would).
type Failure struct {
	Status     int
	Code       int
	RetryAfter int
	Desc       string
	// Hang holds the request until the client gives up (a send that never returns).
	Hang bool
	// MigrateTo is the supergroup's id a 400 names when the group was upgraded.
	MigrateTo int64
}

// New starts a fake Bot API server, closed when the test ends.
func New(t testing.TB) *Server {
	f := &Server{t: t, arrived: make(chan struct{}, 1), failures: map[string][]Failure{}, chatFail: map[string][]Failure{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// Endpoint is the TELEGRAM_API_ENDPOINT of this server.
func (f *Server) Endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *Server) signal() {
	select {
	case f.arrived <- struct{}{}:
	default:
	}
}

// queued is an update waiting for getUpdates, as JSON: a test may queue one the bot cannot decode.
type queued struct {
	id  int
	raw json.RawMessage
}

// Push queues updates for getUpdates, numbering them when their id is 0.
func (f *Server) Push(us ...tgbotapi.Update) {
	f.mu.Lock()
	for _, u := range us {
		if u.UpdateID == 0 {
			f.nextID++
			u.UpdateID = f.nextID
		}
		raw, err := json.Marshal(u)
		if err != nil {
			f.t.Errorf("fakeapi: %v", err)
		}
		f.updates = append(f.updates, queued{id: u.UpdateID, raw: raw})
	}
	f.mu.Unlock()
	f.signal()
}

// PushRaw queues an update given as JSON, numbered with the next id: its "update_id" field is
// set, the rest is served as written. It returns the id.
func (f *Server) PushRaw(fields string) int {
	f.mu.Lock()
	f.nextID++
	id := f.nextID
	raw := fmt.Sprintf(`{"update_id":%d,%s}`, id, fields)
	f.updates = append(f.updates, queued{id: id, raw: json.RawMessage(raw)})
	f.mu.Unlock()
	f.signal()
	return id
}

// SetMember makes getChatMember answer m for user in chat (users not set are members).
func (f *Server) SetMember(chatID, userID int64, m Member) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.members == nil {
		f.members = map[string]Member{}
	}
	f.members[fmt.Sprint(chatID, "/", userID)] = m
}

// SetChat makes getChat know a chat, by its id and its @username (other chats: 400 not found).
func (f *Server) SetChat(c Chat) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.chats == nil {
		f.chats = map[string]Chat{}
	}
	f.chats[fmt.Sprint(c.ID)] = c
	if c.Username != "" {
		f.chats["@"+strings.ToLower(c.Username)] = c
	}
}

// Enforce makes the server refuse sendMessage calls beyond l with 429.
func (f *Server) Enforce(l Limits) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limits = &l
}

// TooMany is how many 429 answers the enforced limits gave.
func (f *Server) TooMany() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.got429
}

// overLimit tells whether a sendMessage to chat now breaks the enforced limits; the caller
// holds f.mu. An accepted send is remembered.
func (f *Server) overLimit(chat string, now time.Time) bool {
	if f.limits == nil {
		return false
	}
	horizon := max(time.Second, f.limits.PerChat)
	inWindow := 0
	for i := len(f.sends) - 1; i >= 0 && now.Sub(f.sends[i].at) < horizon; i-- {
		s := f.sends[i]
		if now.Sub(s.at) < time.Second {
			inWindow++
		}
		if s.chat == chat && now.Sub(s.at) < f.limits.PerChat {
			f.got429++
			return true
		}
	}
	if inWindow >= f.limits.Global {
		f.got429++
		return true
	}
	f.sends = append(f.sends, sendAt{chat: chat, at: now})
	return false
}

// FailNextFor makes the next calls of a method to one chat fail, in order.
func (f *Server) FailNextFor(method string, chatID int64, fs ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := fmt.Sprint(method, "/", chatID)
	f.chatFail[key] = append(f.chatFail[key], fs...)
}

// OnCall makes the server tell fn of every call as it arrives (before answering it).
func (f *Server) OnCall(fn func(Call)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onCall = fn
}

// FailNext makes the next calls of a method fail, in order.
func (f *Server) FailNext(method string, fs ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], fs...)
}

func (f *Server) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) != 2 || parts[0] != "bot"+Token {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	method := parts[1]
	call := readCall(method, r)
	f.mu.Lock()
	f.calls = append(f.calls, call)
	messageID := 1000 + len(f.calls)
	var fail *Failure
	chatKey := method + "/" + call.Params.Get("chat_id")
	if fs := f.chatFail[chatKey]; len(fs) > 0 {
		fail, f.chatFail[chatKey] = &fs[0], fs[1:]
	} else if fs := f.failures[method]; len(fs) > 0 {
		fail, f.failures[method] = &fs[0], fs[1:]
	}
	if fail == nil && method == "sendMessage" && f.overLimit(call.Params.Get("chat_id"), time.Now()) {
		fail = &Failure{Status: http.StatusTooManyRequests, Code: 429, RetryAfter: 1, Desc: "Too Many Requests: retry after 1"}
	}
	member, hasMember := f.members[call.Params.Get("chat_id")+"/"+call.Params.Get("user_id")]
	chat, hasChat := f.chats[strings.ToLower(call.Params.Get("chat_id"))]
	onCall := f.onCall
	f.mu.Unlock()
	if onCall != nil {
		onCall(call)
	}
	f.signal()
	if fail != nil && fail.Hang {
		<-r.Context().Done()
		return
	}
	if fail != nil {
		if fail.Status >= 500 && fail.Code == 0 {
			http.Error(w, "<html>bad gateway</html>", fail.Status)
			return
		}
		body := map[string]any{"ok": false, "error_code": fail.Code, "description": fail.Desc}
		if fail.RetryAfter > 0 {
			body["parameters"] = map[string]any{"retry_after": fail.RetryAfter}
		}
		if fail.MigrateTo != 0 {
			body["parameters"] = map[string]any{"migrate_to_chat_id": fail.MigrateTo}
		}
		writeJSON(w, fail.Status, body)
		return
	}
	switch method {
	case "getMe":
		ok(w, map[string]any{"id": BotID, "is_bot": true, "first_name": "Corridor", "username": Username})
	case "getUpdates":
		ok(w, f.getUpdates(r))
	case "getChatMember":
		if !hasMember {
			member = Member{Status: "member"}
		}
		ok(w, map[string]any{"status": member.Status, "can_post_messages": member.CanPostMessages,
			"user": map[string]any{"id": atoi(call.Params.Get("user_id")), "is_bot": false, "first_name": "U"}})
	case "getChat":
		if !hasChat {
			writeJSON(w, http.StatusBadRequest, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"})
			return
		}
		ok(w, map[string]any{"id": chat.ID, "type": chat.Type, "title": chat.Title, "username": chat.Username})
	case "sendMessage", "editMessageText", "sendPhoto":
		chatID, _ := json.Number(call.Params.Get("chat_id")).Int64()
		ok(w, map[string]any{"message_id": messageID, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chatID, "type": "private"}, "text": call.Params.Get("text")})
	default:
		ok(w, true)
	}
}

// getUpdates answers with the queued updates at or after offset, waiting up to timeout.
func (f *Server) getUpdates(r *http.Request) []json.RawMessage {
	offset := atoi(r.PostForm.Get("offset"))
	timeout := time.Duration(atoi(r.PostForm.Get("timeout"))) * time.Second
	limit := atoi(r.PostForm.Get("limit"))
	deadline := time.Now().Add(timeout)
	for {
		f.mu.Lock()
		out := []json.RawMessage{}
		kept := f.updates[:0]
		for _, u := range f.updates {
			if u.id >= offset {
				kept = append(kept, u)
				if limit == 0 || len(out) < limit {
					out = append(out, u.raw)
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

func (f *Server) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// CallsOf returns the recorded calls of one method.
func (f *Server) CallsOf(method string) []Call {
	var out []Call
	for _, c := range f.Calls() {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitFor waits until n calls of method were made, failing the test after a timeout.
func (f *Server) WaitFor(method string, n int) []Call {
	f.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if cs := f.CallsOf(method); len(cs) >= n {
			return cs
		}
		time.Sleep(5 * time.Millisecond)
	}
	f.t.Fatalf("waited for %d %s calls, got %d: %v", n, method, len(f.CallsOf(method)), methods(f.Calls()))
	return nil
}

// SetNextID makes the next pushed update numbered after n: update ids keep growing across
// restarts of the bot, as Telegram's do.
func (f *Server) SetNextID(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID = n
}

func methods(cs []Call) []string {
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

// User is a Telegram user with a client language.
func User(id int64, lang string) *tgbotapi.User {
	return &tgbotapi.User{ID: id, FirstName: "U", LanguageCode: lang}
}

// PrivateText is a text message in a private chat (commands get their entity).
func PrivateText(userID int64, lang, text string) tgbotapi.Update {
	m := &tgbotapi.Message{MessageID: 1, From: User(userID, lang), Chat: &tgbotapi.Chat{ID: userID, Type: "private"}, Text: text, Date: 1}
	if strings.HasPrefix(text, "/") {
		end := strings.IndexAny(text, " \n")
		if end < 0 {
			end = len(text)
		}
		m.Entities = []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: len([]rune(text[:end]))}}
	}
	return tgbotapi.Update{Message: m}
}

// GroupText is a text message in a supergroup.
func GroupText(chatID, userID int64, text string) tgbotapi.Update {
	u := PrivateText(userID, "en", text)
	u.Message.Chat = &tgbotapi.Chat{ID: chatID, Type: "supergroup", Title: "Corridor fans"}
	u.Message.MessageID = 77
	return u
}

// readCall reads a request's parameters, from a form or a multipart upload (sendPhoto).
func readCall(method string, r *http.Request) Call {
	call := Call{Method: method}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		if err := r.ParseMultipartForm(32 << 20); err == nil {
			call.Params = url.Values(r.MultipartForm.Value)
			call.Files = map[string][]byte{}
			for name, fhs := range r.MultipartForm.File {
				if file, err := fhs[0].Open(); err == nil {
					call.Files[name], _ = io.ReadAll(file)
					file.Close()
				}
			}
		}
		return call
	}
	_ = r.ParseForm()
	call.Params = r.PostForm
	return call
}
