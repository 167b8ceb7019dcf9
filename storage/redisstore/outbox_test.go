package redisstore

import (
	"context"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

func testItem(id string) storage.Item {
	return storage.Item{ID: id, Kind: "broadcast", Topic: "trade", Texts: map[string]string{"en": "hello", "ru": "привет"},
		Created: time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)}
}

func next(t *testing.T, s *Store, n int) []storage.Delivery {
	t.Helper()
	ds, err := s.Next(context.Background(), n, 10*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestOutbox_EachDeliveryOnceThenDone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	_ = s.SaveSubscription(ctx, storage.Subscription{ChatID: 1, Lang: "ru", Period: storage.Instant})
	if added, err := s.Enqueue(ctx, testItem("b1"), []int64{1, 2}); err != nil || !added {
		t.Fatalf("Enqueue = %v, %v", added, err)
	}
	if added, _ := s.Enqueue(ctx, testItem("b1"), []int64{3}); added {
		t.Error("an item enqueued twice")
	}
	ds := next(t, s, 10)
	if len(ds) != 2 || ds[0].ChatID != 1 || ds[1].ChatID != 2 {
		t.Fatalf("Next = %+v; want chats 1 and 2", ds)
	}
	c, job, err := s.Begin(ctx, ds[0])
	if err != nil || c != storage.Leased || !job.Subscribed || job.Sub.Lang != "ru" || job.Item.Text("ru") != "привет" || job.InDoubt {
		t.Fatalf("Begin = %v %+v %v", c, job, err)
	}
	if err := s.Sent(ctx, ds[0]); err != nil {
		t.Fatal(err)
	}
	if c, _, _ := s.Begin(ctx, ds[0]); c != storage.Done {
		t.Errorf("Begin after Sent = %v; want done", c)
	}
	_, job, _ = s.Begin(ctx, ds[1])
	if job.Subscribed {
		t.Error("chat 2 has no subscription but the job says it has")
	}
	if err := s.End(ctx, ds[1], storage.Dead, "500 five times"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx, 0)
	if err != nil || len(st) != 1 || st[0].Sent != 1 || st[0].Dead != 1 || st[0].Queued != 0 || st[0].Kind != "broadcast" {
		t.Errorf("Status = %+v, %v", st, err)
	}
	if n, _ := s.client.XLen(ctx, s.outKey("dead")).Result(); n != 1 {
		t.Errorf("%d dead letters; want 1", n)
	}
	if ds := next(t, s, 10); len(ds) != 0 {
		t.Errorf("finished deliveries come again: %+v", ds)
	}
}

// A replica that dies holding deliveries: another one takes them over once the lease expired,
// and learns that the first may have sent them.
func TestOutbox_DeadReplicasDeliveriesAreTakenOver(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := redistest.URL(t)
	prefix := redistest.Prefix(t, url)
	opts := Options{KeyPrefix: prefix, DeliveryLease: 200 * time.Millisecond}
	dead, live := openStore(t, url, opts), openStore(t, url, opts)
	_, _ = dead.Enqueue(ctx, testItem("b2"), []int64{10, 11})
	ds := next(t, dead, 1)
	if len(ds) != 1 {
		t.Fatalf("Next = %+v", ds)
	}
	if c, _, _ := dead.Begin(ctx, ds[0]); c != storage.Leased {
		t.Fatal("not leased")
	}
	if c, _, _ := live.Begin(ctx, ds[0]); c != storage.Busy {
		t.Errorf("another replica's live lease: %v; want busy", c)
	}
	// The live replica gets the other entry, and the dead one's after its lease.
	got := map[int64]bool{}
	var taken storage.Delivery
	for deadline := time.Now().Add(5 * time.Second); len(got) < 2 && time.Now().Before(deadline); {
		for _, d := range next(t, live, 10) {
			got[d.ChatID] = true
			if d.ChatID == 10 {
				taken = d
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !got[10] || !got[11] {
		t.Fatalf("the live replica got %v; want chats 10 and 11", got)
	}
	c, job, err := live.Begin(ctx, taken)
	if err != nil || c != storage.Leased || !job.InDoubt {
		t.Errorf("takeover = %v in doubt %v, %v; want leased and in doubt", c, job.InDoubt, err)
	}
}

func TestOutbox_RedirectToSupergroupOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	_, _ = s.Enqueue(ctx, testItem("b3"), []int64{-5})
	d := next(t, s, 1)[0]
	_, _, _ = s.Begin(ctx, d)
	if err := s.Redirect(ctx, d, -1005); err != nil {
		t.Fatal(err)
	}
	_ = s.Redirect(ctx, d, -1005) // a retry of the same step adds nothing
	ds := next(t, s, 10)
	if len(ds) != 1 || ds[0].ChatID != -1005 {
		t.Errorf("after the redirect: %+v; want one delivery to -1005", ds)
	}
}

func TestChangeLog_BaselineThenChanges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	v1 := []storage.FactVersion{{ID: "a", Topic: "trade", Hash: "1"}, {ID: "b", Topic: "energy", Hash: "1"}}
	changed, baseline, err := s.DiffFacts(ctx, v1)
	if err != nil || !baseline || len(changed) != 0 {
		t.Fatalf("first Diff = %v %v %v; want a baseline", changed, baseline, err)
	}
	t0 := time.Now().Truncate(time.Millisecond)
	_ = s.RecordFacts(ctx, v1, nil, t0)
	v2 := []storage.FactVersion{{ID: "a", Topic: "trade", Hash: "2"}, v1[1], {ID: "c", Topic: "trade", Hash: "1"}}
	changed, baseline, _ = s.DiffFacts(ctx, v2)
	if baseline || len(changed) != 2 || changed[0].ID != "a" || changed[1].ID != "c" {
		t.Fatalf("Diff = %+v; want a and c", changed)
	}
	_ = s.RecordFacts(ctx, v2, changed, t0.Add(time.Second))
	if again, _, _ := s.DiffFacts(ctx, v2); len(again) != 0 {
		t.Errorf("recorded versions differ again: %+v", again)
	}
	cs, err := s.ChangesSince(ctx, t0)
	if err != nil || len(cs) != 2 {
		t.Errorf("ChangesSince = %+v, %v", cs, err)
	}
	if cs, _ := s.ChangesSince(ctx, t0.Add(time.Second)); len(cs) != 0 {
		t.Errorf("changes after the last one: %+v", cs)
	}
}

// A polite reservation takes a free slot, and books nothing when the next one is further away
// than it may wait: the slot stays for whoever reserves it next.
func TestReserveWithin_BooksOnlyFreeSlots(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, Options{})
	r := storage.Rate{Key: "global", Interval: time.Hour, Burst: 1}
	if w, booked, err := s.ReserveWithin(ctx, 0, r); err != nil || !booked || w != 0 {
		t.Fatalf("free slot: %v %v %v", w, booked, err)
	}
	if w, booked, _ := s.ReserveWithin(ctx, 0, r); booked || w < 59*time.Minute {
		t.Errorf("busy slot: wait %v booked %v; want not booked, about an hour", w, booked)
	}
	// Nothing was booked: an ordinary reservation waits one interval, not two.
	if w, _ := s.Reserve(ctx, r); w > time.Hour {
		t.Errorf("Reserve waits %v; the polite call booked a slot", w)
	}
}
