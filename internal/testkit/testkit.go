// Package testkit holds what tests across packages share: the real engine and messages
// (indexed once per test binary) and a log buffer safe for concurrent writers.
package testkit

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/locales"
)

var (
	once    sync.Once
	eng     *engine.Engine
	catalog *locales.Catalog
	loadErr error
)

// Handler returns handlers over the shipped knowledge base and locales, with store.
func Handler(t testing.TB, store handlers.SessionStore) *handlers.Handler {
	t.Helper()
	once.Do(func() {
		var kb *knowledge.KB
		if kb, loadErr = knowledge.Load(knowledge.Embedded()); loadErr != nil {
			return
		}
		eng = engine.NewEngine(kb)
		catalog, loadErr = locales.New()
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return handlers.New(eng, catalog, store)
}

// Logs collects log output from several goroutines.
type Logs struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Logs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *Logs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Count returns how many lines were logged at level (DEBUG, INFO, WARN, ERROR) with msg in them.
func (l *Logs) Count(level, msg string) int {
	n := 0
	for line := range strings.Lines(l.String()) {
		if strings.Contains(line, "level="+level+" ") && strings.Contains(line, msg) {
			n++
		}
	}
	return n
}

// Logger logs everything, debug included, into l.
func (l *Logs) Logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
