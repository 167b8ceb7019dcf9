package redisstore

import (
	"context"
	"fmt"
	"log/slog"
)

// LibraryLogger passes go-redis's own messages to slog at debug level. go-redis logs every
// failed dial to stderr, which during an outage repeats many times what the resilient store
// says once; go-redis has one logger per process, so main installs this one:
//
//	redis.SetLogger(redisstore.LibraryLogger{Logger: logger})
type LibraryLogger struct {
	Logger *slog.Logger
}

// Printf implements go-redis's logger interface.
func (l LibraryLogger) Printf(ctx context.Context, format string, args ...any) {
	if !l.Logger.Enabled(ctx, slog.LevelDebug) {
		return // spare the formatting
	}
	l.Logger.DebugContext(ctx, fmt.Sprintf(format, args...), "component", "go-redis")
}
