package cli

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/internal/testkit"
	"github.com/corridorbot/corridorbot/knowledge"
)

// copyBase writes the embedded knowledge base into a directory, as an editor's KB_DIR.
func copyBase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(knowledge.Embedded(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(knowledge.Embedded(), name)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), data, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func waitLog(t *testing.T, logs *testkit.Logs, msg string, n int) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Count(logs.String(), msg) >= n {
			return
		}
	}
	t.Fatalf("waited for %q in the log:\n%s", msg, logs.String())
}

// SIGHUP with a broken base in KB_DIR: the base is refused with its problems in the log and
// the bot keeps answering from the old one; once mended, the next SIGHUP loads it.
func TestServe_SIGHUPWithABrokenBaseKeepsTheOldOne(t *testing.T) {
	dir := copyBase(t)
	api := fakeapi.New(t)
	logs := &testkit.Logs{}
	env := map[string]string{"TELEGRAM_TOKEN": fakeapi.Token, "TELEGRAM_API_ENDPOINT": api.Endpoint(), "KB_DIR": dir}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"serve"}, Env{Getenv: func(k string) string { return env[k] }, Stdin: strings.NewReader(""), Stdout: logs, Stderr: logs})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve returned %v", err)
		}
	}()
	waitLog(t, logs, "bot started", 1)
	about := func(n int) string {
		t.Helper()
		api.Push(fakeapi.PrivateText(42, "en", "/about"))
		return api.WaitFor("sendMessage", n)[n-1].Params.Get("text")
	}
	before := about(1)

	broken := "facts:\n  - id: broken-fact\n    topic: weather\n    kind: statistic\n    source: nowhere\n    as_of: \"2026\"\n    text:\n      en: \"It rains.\"\n"
	if err := os.WriteFile(filepath.Join(dir, "facts-broken.yaml"), []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitLog(t, logs, "knowledge base not reloaded; the previous one keeps serving", 1)
	if !strings.Contains(logs.String(), "broken-fact") {
		t.Errorf("the log does not name the problem:\n%s", logs.String())
	}
	if after := about(2); after != before {
		t.Errorf("/about after the refused reload: %q; want the old base's %q", after, before)
	}

	if err := os.Remove(filepath.Join(dir, "facts-broken.yaml")); err != nil {
		t.Fatal(err)
	}
	_ = syscall.Kill(os.Getpid(), syscall.SIGHUP)
	waitLog(t, logs, "knowledge base reloaded", 1)
}
