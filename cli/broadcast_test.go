package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

// runWith runs a command line with the given environment and returns its output and error.
func runWith(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := Run(context.Background(), args, Env{Getenv: func(k string) string { return env[k] }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut})
	return out.String(), errOut.String(), err
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "message.yaml")
	if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return name
}

func redisEnv(t *testing.T) (map[string]string, *redisstore.Store) {
	t.Helper()
	url := redistest.URL(t)
	prefix := redistest.Prefix(t, url)
	rs, err := redisstore.New(context.Background(), url, redisstore.Options{KeyPrefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	return map[string]string{"REDIS_URL": url, "REDIS_KEY_PREFIX": prefix}, rs
}

func TestBroadcast_InputErrorsEnqueueNothing(t *testing.T) {
	env, rs := redisEnv(t)
	_ = rs.SaveSubscription(context.Background(), storage.Subscription{ChatID: 1, Lang: "en", Period: storage.Instant})
	cases := []struct {
		name, topic, body, want string
	}{
		{"no English", "trade", "ru: Привет\n", "no English text"},
		{"unknown topic", "weather", "en: Hello\n", `unknown topic "weather"`},
		{"too long", "trade", "en: " + strings.Repeat("a", 4097) + "\n", "4097 characters"},
		{"invalid YAML", "trade", "en: [unclosed\n", "not valid YAML"},
		{"not a map of texts", "trade", "- en\n- ru\n", "not valid YAML"},
		{"unknown language", "trade", "en: Hello\nfr: Bonjour\n", `unknown language "fr"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := runWith(t, env, "broadcast", "-topic", c.topic, "-file", writeFile(t, c.body))
			if err == nil || !IsUsage(err) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v (usage %v); want a usage error saying %q", err, IsUsage(err), c.want)
			}
			if out != "" {
				t.Errorf("printed %q", out)
			}
		})
	}
	if st, _ := rs.Status(context.Background(), 0); len(st) != 0 {
		t.Errorf("something was enqueued: %+v", st)
	}
}

func TestBroadcast_NeedsRedis(t *testing.T) {
	_, _, err := runWith(t, nil, "broadcast", "-topic", "trade", "-file", writeFile(t, "en: Hello\n"))
	if err == nil || IsUsage(err) || !strings.Contains(err.Error(), "REDIS_URL is not set") {
		t.Errorf("err = %v; want a plain error naming REDIS_URL (exit 1)", err)
	}
}

func TestBroadcast_QueuesForTheTopicsSubscribersAndReportsStatus(t *testing.T) {
	env, rs := redisEnv(t)
	ctx := context.Background()
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 1, Lang: "en", Period: storage.Instant})
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 2, Lang: "kk", Period: storage.Weekly, Topics: []string{"trade"}})
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 3, Lang: "ru", Period: storage.Instant, Topics: []string{"energy"}})
	out, _, err := runWith(t, env, "broadcast", "-topic", "trade", "-file", writeFile(t, "en: Aktau port opens a new berth\nru: В порту Актау новый причал\n"))
	if err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSpace(out)
	if !strings.HasPrefix(id, "broadcast:") {
		t.Fatalf("printed %q; want the broadcast id", out)
	}
	out, _, err = runWith(t, env, "broadcast", "status", "-json")
	if err != nil {
		t.Fatal(err)
	}
	var st storage.ItemStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.ID != id || st.Queued != 2 || st.Topic != "trade" {
		t.Errorf("status %q (%v); want %s queued for chats 1 and 2", out, err, id)
	}
	out, _, _ = runWith(t, env, "broadcast", "status")
	if !strings.Contains(out, "QUEUED") || !strings.Contains(out, id) {
		t.Errorf("status table %q", out)
	}
}
