package redisstore

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"
)

func TestMain(m *testing.M) {
	// The tests provoke failed dials on purpose; keep go-redis's reports of them out of the
	// output, as the bot does.
	redis.SetLogger(LibraryLogger{Logger: slog.Default()})
	os.Exit(m.Run())
}

func TestLibraryLogger(t *testing.T) {
	var buf bytes.Buffer
	debug := LibraryLogger{Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	debug.Printf(context.Background(), "failed to dial after %d attempts", 5)
	if got := buf.String(); !strings.Contains(got, "level=DEBUG") || !strings.Contains(got, `"failed to dial after 5 attempts"`) {
		t.Errorf("logged %q", got)
	}
	buf.Reset()
	info := LibraryLogger{Logger: slog.New(slog.NewTextHandler(&buf, nil))}
	info.Printf(context.Background(), "failed to dial after %d attempts", 5)
	if buf.Len() != 0 {
		t.Errorf("logged %q at info level", buf.String())
	}
}
