package memory

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

func TestStore(t *testing.T) {
	storetest.Store(t, func(*testing.T) storage.Store { return NewStore(time.Hour, 10) })
}

func TestSessions_Expire(t *testing.T) {
	s := NewSessions(time.Minute)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	_ = s.Save(context.Background(), "chat:1", storage.Session{Lang: "az"})
	now = now.Add(2 * time.Minute)
	if got, _ := s.Load(context.Background(), "chat:1"); got.Lang != "" {
		t.Errorf("expired session still loaded: %+v", got)
	}
}

func TestLedger_LeaseExpires(t *testing.T) {
	ctx := context.Background()
	s := NewSessions(time.Hour)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	if c, _, _ := s.BeginUpdate(ctx, 1, "", false); c != storage.Leased {
		t.Fatalf("first delivery: %v", c)
	}
	now = now.Add(s.Lease - time.Second)
	if c, _, _ := s.BeginUpdate(ctx, 1, "", false); c != storage.Busy {
		t.Errorf("within the lease: %v; want busy", c)
	}
	now = now.Add(2 * time.Second)
	if c, _, _ := s.BeginUpdate(ctx, 1, "", false); c != storage.Leased {
		t.Errorf("past the lease: %v; want leased again", c)
	}
}

// Issue 11: without Redis, 300k distinct users grew the process without bound. Sessions are
// capped, the least recently used evicted first.
func TestSessions_CappedLeastRecentlyUsedFirst(t *testing.T) {
	ctx := context.Background()
	s := NewSessionsCapped(time.Hour, 100)
	for i := range 50_000 {
		_ = s.Save(ctx, fmt.Sprint("u:", i), storage.Session{Lang: "az"})
		if i%50 == 0 {
			_, _ = s.Load(ctx, "u:0") // kept in use: never the least recently used
		}
	}
	if n := s.Len(); n != 100 {
		t.Errorf("%d sessions held; want the cap, 100", n)
	}
	if got, _ := s.Load(ctx, "u:0"); got.Lang != "az" {
		t.Error("the most recently used session was evicted")
	}
	if got, _ := s.Load(ctx, "u:1"); got.Lang != "" {
		t.Error("the least recently used session was kept")
	}
	if got, _ := s.Load(ctx, "u:49999"); got.Lang != "az" {
		t.Error("the newest session was evicted")
	}
	if NewSessions(time.Hour).m.Resize(DefaultMaxSessions) != 0 {
		t.Error("the default cap is not DefaultMaxSessions")
	}
}

func TestUnanswered(t *testing.T) {
	ctx := context.Background()
	u := NewUnanswered(3)
	if got, err := u.Unanswered(ctx, 10); err != nil || len(got) != 0 {
		t.Fatalf("empty log: %+v %v", got, err)
	}
	for i := range 5 {
		_ = u.Record(ctx, storage.Unanswered{Text: fmt.Sprint("q", i), Lang: "en"})
		got, _ := u.Unanswered(ctx, 0)
		want := []string{}
		for j := i; j >= 0 && j > i-3; j-- {
			want = append(want, fmt.Sprint("q", j))
		}
		if texts(got) != strings.Join(want, ",") {
			t.Errorf("after %d records: %s; want %s", i+1, texts(got), strings.Join(want, ","))
		}
	}
	if got, _ := u.Unanswered(ctx, 2); texts(got) != "q4,q3" {
		t.Errorf("limit 2: %s; want q4,q3", texts(got))
	}
}

func TestUnanswered_Concurrent(t *testing.T) {
	ctx := context.Background()
	u := NewUnanswered(50)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				_ = u.Record(ctx, storage.Unanswered{Text: "q"})
				_, _ = u.Unanswered(ctx, 5)
			}
		})
	}
	wg.Wait()
	if got, _ := u.Unanswered(ctx, 0); len(got) != 50 {
		t.Errorf("%d questions kept; want the capacity, 50", len(got))
	}
}

func TestNewUnanswered_DefaultCapacity(t *testing.T) {
	if u := NewUnanswered(0); u.capacity != DefaultUnansweredCap {
		t.Errorf("capacity %d; want %d", u.capacity, DefaultUnansweredCap)
	}
}

func texts(qs []storage.Unanswered) string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return strings.Join(out, ",")
}

// 50,000 users without Redis: the store holds the default cap, not all of them.
func TestStore_DefaultCapBoundsSessions(t *testing.T) {
	ctx := context.Background()
	s := NewStore(time.Hour, 10)
	for i := range 50_000 {
		_ = s.Save(ctx, fmt.Sprint("u:", i), storage.Session{Lang: "kk", LastFacts: []string{"f"}})
	}
	if n := s.Len(); n != DefaultMaxSessions {
		t.Errorf("%d sessions held; want %d", n, DefaultMaxSessions)
	}
}

func TestSubscriptions(t *testing.T) {
	storetest.Subscriptions(t, func(*testing.T) storage.SubscriptionStore { return NewSubscriptions() })
}
