package memory

import (
	"context"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

func TestSessions(t *testing.T) {
	storetest.Sessions(t, func(*testing.T) handlers.SessionStore { return NewSessions(time.Hour) })
}

func TestSessions_Expire(t *testing.T) {
	s := NewSessions(time.Minute)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	_ = s.Save(context.Background(), "chat:1", handlers.Session{Lang: "az"})
	now = now.Add(2 * time.Minute)
	if got, _ := s.Load(context.Background(), "chat:1"); got.Lang != "" {
		t.Errorf("expired session still loaded: %+v", got)
	}
}
