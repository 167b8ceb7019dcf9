// Package storetest is the behaviour every session store must have, run against each
// implementation (in-memory now, Redis with the bot).
package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
)

// Sessions checks a session store made fresh by newStore.
func Sessions(t *testing.T, newStore func(t *testing.T) handlers.SessionStore) {
	ctx := context.Background()
	t.Run("unknown conversation is empty", func(t *testing.T) {
		s, err := newStore(t).Load(ctx, "chat:404")
		if err != nil || !reflect.DeepEqual(s, handlers.Session{}) {
			t.Errorf("Load = %+v, %v; want an empty session", s, err)
		}
	})
	t.Run("saved session comes back", func(t *testing.T) {
		st := newStore(t)
		want := handlers.Session{Lang: "kk", LastQuestion: "тауар айналымы 2024", LastFacts: []string{"az-kz-trade-2024"},
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
				_ = st.Save(ctx, key, handlers.Session{LastQuestion: key})
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
