package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

func newsStore(t *testing.T) *redisstore.Store {
	t.Helper()
	url := redistest.URL(t)
	rs, err := redisstore.New(context.Background(), url, redisstore.Options{KeyPrefix: redistest.Prefix(t, url)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	return rs
}

// revised returns an engine over a fresh copy of the base with one fact's English text changed.
func revised(t *testing.T, id string) *engine.Engine {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	f := kb.Fact(id)
	if f == nil {
		t.Fatalf("no fact %s", id)
	}
	f.Text.Set(knowledge.EN, f.Text.In(knowledge.EN)+" (revised)")
	return engine.NewEngine(kb)
}

func items(t *testing.T, rs *redisstore.Store) []storage.ItemStatus {
	t.Helper()
	st, err := rs.Status(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestAnnounce_OncePerFactVersionToInstantSubscribers(t *testing.T) {
	ctx := context.Background()
	rs := newsStore(t)
	h := newHandler(t, nil)
	news := handlers.News{Subs: rs, Outbox: rs, Changes: rs}
	t0 := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 1, Kind: "private", Lang: "ru", Period: storage.Instant, Topics: []string{"trade"}})
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 2, Kind: "private", Lang: "en", Period: storage.Instant, Topics: []string{"energy"}})
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: 3, Kind: "supergroup", Lang: "en", Period: storage.Daily, LastDigest: t0})

	// The first run records the base as it is: nothing is news.
	if n, err := h.Announce(ctx, news, t0); err != nil || n != 0 || len(items(t, rs)) != 0 {
		t.Fatalf("first Announce = %d, %v, items %+v; want nothing", n, err, items(t, rs))
	}
	fact := h.Engine().KB().Facts[0]
	for _, f := range h.Engine().KB().Facts {
		if f.Topic == "trade" {
			fact = f
			break
		}
	}
	h.SetEngine(revised(t, fact.ID))
	if n, err := h.Announce(ctx, news, t0.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("Announce after a change = %d, %v; want 1", n, err)
	}
	st := items(t, rs)
	if len(st) != 1 || st[0].Kind != "fact" || st[0].Queued != 1 || !strings.HasPrefix(st[0].ID, "fact:"+fact.ID+":") {
		t.Errorf("items %+v; want the fact queued for chat 1 alone", st)
	}
	// The same version again (another replica's reload, a restart): nothing more.
	if n, _ := h.Announce(ctx, news, t0.Add(2*time.Hour)); n != 0 || len(items(t, rs)) != 1 {
		t.Errorf("a second Announce of the same version queued more: %d, %+v", n, items(t, rs))
	}
}

func TestDigests_OnlyWhenSomethingChanged(t *testing.T) {
	ctx := context.Background()
	rs := newsStore(t)
	h := newHandler(t, nil)
	news := handlers.News{Subs: rs, Outbox: rs, Changes: rs}
	t0 := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	_ = rs.SaveSubscription(ctx, storage.Subscription{ChatID: -7, Kind: "supergroup", Lang: "kk", Period: storage.Daily, LastDigest: t0})
	if _, err := h.Announce(ctx, news, t0); err != nil { // the baseline
		t.Fatal(err)
	}
	// A day passed and nothing changed: no digest, and the next period starts.
	if err := h.Digests(ctx, news, t0.Add(25*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if st := items(t, rs); len(st) != 0 {
		t.Fatalf("a digest of nothing was queued: %+v", st)
	}
	if s, _, _ := rs.Subscription(ctx, -7); !s.LastDigest.Equal(t0.Add(25 * time.Hour)) {
		t.Errorf("LastDigest %v; want the end of the empty period", s.LastDigest)
	}
	// A fact changes; before the day is over, nothing; after it, one digest in Kazakh.
	fact := h.Engine().KB().Facts[0]
	h.SetEngine(revised(t, fact.ID))
	if _, err := h.Announce(ctx, news, t0.Add(26*time.Hour)); err != nil {
		t.Fatal(err)
	}
	_ = h.Digests(ctx, news, t0.Add(30*time.Hour))
	if st := items(t, rs); len(st) != 1 || st[0].Kind != "fact" || st[0].Queued != 0 {
		t.Fatalf("items %+v; want only the fact's item, for no instant subscriber", st)
	}
	_ = h.Digests(ctx, news, t0.Add(50*time.Hour))
	_ = h.Digests(ctx, news, t0.Add(50*time.Hour)) // a second replica at the same moment
	st := items(t, rs)
	if len(st) != 2 || st[0].Kind != "digest" || st[0].Queued != 1 {
		t.Fatalf("items %+v; want one digest queued", st)
	}
	ds, _ := rs.Next(ctx, 10, 10*time.Millisecond)
	_, job, _ := rs.Begin(ctx, ds[0])
	text := job.Item.Text("kk")
	if !strings.Contains(text, "білім базасында не өзгерді") || !strings.Contains(text, fact.Text.In(knowledge.KK)) {
		t.Errorf("digest text %q", text)
	}
}
