package memory

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

func TestSessions(t *testing.T) {
	storetest.Sessions(t, func(*testing.T) handlers.SessionStore { return NewSessions(time.Hour) })
}

func TestStore(t *testing.T) {
	storetest.Sessions(t, func(*testing.T) handlers.SessionStore { return NewStore(time.Hour, 10) })
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

func TestBeginUpdate(t *testing.T) {
	ctx := context.Background()
	s := NewSessions(time.Hour)
	_ = s.Save(ctx, "chat:1", handlers.Session{Lang: "az", LastFacts: []string{"f1"}})

	first, sess, err := s.BeginUpdate(ctx, 7, "chat:1")
	if err != nil || !first || sess.Lang != "az" || len(sess.LastFacts) != 1 {
		t.Fatalf("first delivery: first=%v session=%+v err=%v", first, sess, err)
	}
	sess.LastFacts[0] = "changed"
	if again, _ := s.Load(ctx, "chat:1"); again.LastFacts[0] != "f1" {
		t.Errorf("BeginUpdate shares the stored slice: %+v", again)
	}
	first, sess, err = s.BeginUpdate(ctx, 7, "chat:1")
	if err != nil || first || sess.Lang != "az" {
		t.Errorf("second delivery: first=%v session=%+v err=%v; want a duplicate with the session", first, sess, err)
	}
	first, sess, err = s.BeginUpdate(ctx, 8, "")
	if err != nil || !first || !reflect.DeepEqual(sess, handlers.Session{}) {
		t.Errorf("update without a conversation: first=%v session=%+v err=%v", first, sess, err)
	}
}

func TestBeginUpdate_ForgetsTheOldest(t *testing.T) {
	ctx := context.Background()
	s := NewSessions(0)
	s.seenCap = 3
	for id := range int64(5) {
		if first, _, _ := s.BeginUpdate(ctx, id, ""); !first {
			t.Fatalf("update %d: not first", id)
		}
	}
	if len(s.seen) != 3 || len(s.seenOrder) != 3 {
		t.Fatalf("remembers %d ids (ring %d); want 3", len(s.seen), len(s.seenOrder))
	}
	// 0 and 1 were dropped; claiming 0 again drops 2, so 2..4 are checked first.
	for _, id := range []int64{2, 3, 4} {
		if first, _, _ := s.BeginUpdate(ctx, id, ""); first {
			t.Errorf("update %d: first again, want a duplicate", id)
		}
	}
	if first, _, _ := s.BeginUpdate(ctx, 0, ""); !first {
		t.Error("update 0 still remembered beyond the capacity")
	}
}

func TestBeginUpdate_Concurrent(t *testing.T) {
	ctx := context.Background()
	s := NewSessions(0)
	var firsts atomic.Int64
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for id := range int64(100) {
				if first, _, _ := s.BeginUpdate(ctx, id, "chat:1"); first {
					firsts.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if firsts.Load() != 100 {
		t.Errorf("%d first deliveries of 100 updates", firsts.Load())
	}
}

func TestUnanswered(t *testing.T) {
	ctx := context.Background()
	u := NewUnanswered(3)
	if got, err := u.Unanswered(ctx, 10); err != nil || len(got) != 0 {
		t.Fatalf("empty log: %+v %v", got, err)
	}
	for i := range 5 {
		_ = u.Record(ctx, handlers.Unanswered{Text: fmt.Sprint("q", i), Lang: "en"})
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
				_ = u.Record(ctx, handlers.Unanswered{Text: "q"})
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

func texts(qs []handlers.Unanswered) string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return strings.Join(out, ",")
}
