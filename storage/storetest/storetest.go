// Package storetest is the behaviour every store must have — sessions, the update ledger and
// the unanswered log — run against each implementation (memory, Redis, resilient).
package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
)

// Sessions checks a session store made fresh by newStore.
func Sessions(t *testing.T, newStore func(t *testing.T) storage.SessionStore) {
	ctx := context.Background()
	t.Run("unknown conversation is empty", func(t *testing.T) {
		s, err := newStore(t).Load(ctx, "chat:404")
		if err != nil || !reflect.DeepEqual(s, storage.Session{}) {
			t.Errorf("Load = %+v, %v; want an empty session", s, err)
		}
	})
	t.Run("saved session comes back", func(t *testing.T) {
		st := newStore(t)
		want := storage.Session{Lang: "kk", LastQuestion: "тауар айналымы 2024", LastFacts: []string{"az-kz-trade-2024"},
			LastTopic: "trade", Updated: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
		if err := st.Save(ctx, "chat:1", want); err != nil {
			t.Fatal(err)
		}
		got, err := st.Load(ctx, "chat:1")
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Load = %+v, %v; want %+v", got, err, want)
		}
		if other, _ := st.Load(ctx, "chat:2"); other.Lang != "" {
			t.Errorf("another conversation sees %+v", other)
		}
	})
	t.Run("concurrent conversations do not mix", func(t *testing.T) {
		st := newStore(t)
		var wg sync.WaitGroup
		for i := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				key := fmt.Sprintf("chat:%d", i)
				_ = st.Save(ctx, key, storage.Session{LastQuestion: key})
			}()
		}
		wg.Wait()
		for i := range 20 {
			key := fmt.Sprintf("chat:%d", i)
			if s, err := st.Load(ctx, key); err != nil || s.LastQuestion != key {
				t.Errorf("%s: %+v %v", key, s, err)
			}
		}
	})
}

// Store checks every method of a whole store made fresh by newStore: the sessions above, the
// update ledger and the unanswered log.
func Store(t *testing.T, newStore func(t *testing.T) storage.Store) {
	Sessions(t, func(t *testing.T) storage.SessionStore { return newStore(t) })
	Ledger(t, func(t *testing.T) storage.Store { return newStore(t) })
	UnansweredLog(t, func(t *testing.T) storage.Store { return newStore(t) })
}

// Ledger checks BeginUpdate, FinishUpdate and ReleaseUpdate.
func Ledger(t *testing.T, newStore func(t *testing.T) storage.Store) {
	ctx := context.Background()
	begin := func(t *testing.T, st storage.Store, id int64, key string, takeOver bool) (storage.Claim, storage.Session) {
		t.Helper()
		c, sess, err := st.BeginUpdate(ctx, id, key, takeOver)
		if err != nil {
			t.Fatalf("BeginUpdate(%d): %v", id, err)
		}
		return c, sess
	}
	t.Run("a new update is leased with its session", func(t *testing.T) {
		st := newStore(t)
		want := storage.Session{Lang: "az", LastFacts: []string{"f1"}, Updated: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
		_ = st.Save(ctx, "chat:1", want)
		c, sess := begin(t, st, 7, "chat:1", false)
		if c != storage.Leased || !reflect.DeepEqual(sess, want) {
			t.Fatalf("first delivery: %v %+v; want leased with %+v", c, sess, want)
		}
		sess.LastFacts[0] = "changed"
		if again, _ := st.Load(ctx, "chat:1"); again.LastFacts[0] != "f1" {
			t.Errorf("BeginUpdate shares the stored slice: %+v", again)
		}
		if c, sess := begin(t, st, 8, "", false); c != storage.Leased || !reflect.DeepEqual(sess, storage.Session{}) {
			t.Errorf("update without a conversation: %v %+v", c, sess)
		}
	})
	t.Run("a leased update is busy until finished, then done", func(t *testing.T) {
		st := newStore(t)
		begin(t, st, 1, "chat:1", false)
		if c, _ := begin(t, st, 1, "chat:1", false); c != storage.Busy {
			t.Errorf("second delivery while leased: %v; want busy", c)
		}
		sess := storage.Session{Lang: "kk", Updated: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
		if err := st.FinishUpdate(ctx, 1, "chat:1", &sess); err != nil {
			t.Fatal(err)
		}
		c, got := begin(t, st, 1, "chat:1", true)
		if c != storage.Done || !reflect.DeepEqual(got, sess) {
			t.Errorf("delivery after the finish, even taking over: %v %+v; want done with the saved session", c, got)
		}
	})
	t.Run("finish without a session keeps the stored one", func(t *testing.T) {
		st := newStore(t)
		_ = st.Save(ctx, "chat:1", storage.Session{Lang: "en"})
		begin(t, st, 2, "chat:1", false)
		if err := st.FinishUpdate(ctx, 2, "chat:1", nil); err != nil {
			t.Fatal(err)
		}
		if s, _ := st.Load(ctx, "chat:1"); s.Lang != "en" {
			t.Errorf("session after a finish without one: %+v", s)
		}
	})
	t.Run("a crashed holder's lease is taken over", func(t *testing.T) {
		st := newStore(t)
		begin(t, st, 3, "", false)
		if c, _ := begin(t, st, 3, "", true); c != storage.Leased {
			t.Errorf("take over: %v; want leased", c)
		}
	})
	t.Run("a released update is leased again", func(t *testing.T) {
		st := newStore(t)
		begin(t, st, 4, "", false)
		if err := st.ReleaseUpdate(ctx, 4); err != nil {
			t.Fatal(err)
		}
		if c, _ := begin(t, st, 4, "", false); c != storage.Leased {
			t.Errorf("after release: %v; want leased", c)
		}
		_ = st.FinishUpdate(ctx, 4, "", nil)
		_ = st.ReleaseUpdate(ctx, 4) // a late release must not undo the done mark
		if c, _ := begin(t, st, 4, "", true); c != storage.Done {
			t.Errorf("release after the finish: %v; want done", c)
		}
	})
	t.Run("concurrent deliveries lease each update once", func(t *testing.T) {
		st := newStore(t)
		var leased [50]atomic.Int32
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for id := range int64(len(leased)) {
					if c, _, err := st.BeginUpdate(ctx, id, "chat:1", false); err == nil && c == storage.Leased {
						leased[id].Add(1)
					}
				}
			})
		}
		wg.Wait()
		for id := range leased {
			if n := leased[id].Load(); n != 1 {
				t.Errorf("update %d leased %d times; want once", id, n)
			}
		}
	})
}

// UnansweredLog checks Record and Unanswered.
func UnansweredLog(t *testing.T, newStore func(t *testing.T) storage.Store) {
	ctx := context.Background()
	t.Run("unanswered questions newest first", func(t *testing.T) {
		st := newStore(t)
		if got, err := st.Unanswered(ctx, 10); err != nil || len(got) != 0 {
			t.Fatalf("empty log: %+v %v", got, err)
		}
		at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
		for i := range 3 {
			if err := st.Record(ctx, storage.Unanswered{Text: fmt.Sprint("q", i), Lang: "kk", Time: at}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := st.Unanswered(ctx, 0)
		q := func(s string) storage.Unanswered { return storage.Unanswered{Text: s, Lang: "kk", Time: at} }
		want := []storage.Unanswered{q("q2"), q("q1"), q("q0")}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("all: %+v %v; want %+v", got, err, want)
		}
		if got, _ := st.Unanswered(ctx, 2); !reflect.DeepEqual(got, want[:2]) {
			t.Errorf("limit 2: %+v", got)
		}
	})
}
