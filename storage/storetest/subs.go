package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
)

// Subscriptions checks a subscription store made fresh by newStore.
func Subscriptions(t *testing.T, newStore func(t *testing.T) storage.SubscriptionStore) {
	ctx := context.Background()
	group := storage.Subscription{ChatID: -100, Kind: "group", Title: "Logistics", Topics: []string{"trade", "transit"},
		Lang: "kk", Period: storage.Daily, LastDigest: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
	t.Run("unknown chat has none", func(t *testing.T) {
		if _, ok, err := newStore(t).Subscription(ctx, 404); ok || err != nil {
			t.Errorf("Subscription(404) = %v, %v; want none", ok, err)
		}
	})
	t.Run("saved subscription comes back and is listed", func(t *testing.T) {
		st := newStore(t)
		private := storage.Subscription{ChatID: 7, Kind: "private", Lang: "ru", Period: storage.Instant}
		for _, s := range []storage.Subscription{group, private} {
			if err := st.SaveSubscription(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		got, ok, err := st.Subscription(ctx, -100)
		if err != nil || !ok || !reflect.DeepEqual(got, group) {
			t.Errorf("Subscription = %+v %v %v; want %+v", got, ok, err, group)
		}
		all, err := st.Subscriptions(ctx)
		slices.SortFunc(all, func(a, b storage.Subscription) int { return int(a.ChatID - b.ChatID) })
		if err != nil || !reflect.DeepEqual(all, []storage.Subscription{group, private}) {
			t.Errorf("Subscriptions = %+v %v", all, err)
		}
	})
	t.Run("deleted subscription is gone", func(t *testing.T) {
		st := newStore(t)
		_ = st.SaveSubscription(ctx, group)
		if err := st.DeleteSubscription(ctx, group.ChatID); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := st.Subscription(ctx, group.ChatID); ok {
			t.Error("still subscribed after DeleteSubscription")
		}
		if err := st.DeleteSubscription(ctx, 12345); err != nil {
			t.Errorf("deleting a chat without subscription: %v", err)
		}
	})
	t.Run("a group's subscription moves to its supergroup", func(t *testing.T) {
		st := newStore(t)
		_ = st.SaveSubscription(ctx, group)
		ok, err := st.MoveSubscription(ctx, -100, -1001234)
		if err != nil || !ok {
			t.Fatalf("MoveSubscription = %v, %v", ok, err)
		}
		if _, ok, _ := st.Subscription(ctx, -100); ok {
			t.Error("the old group is still subscribed")
		}
		got, ok, _ := st.Subscription(ctx, -1001234)
		want := group
		want.ChatID, want.Kind = -1001234, "supergroup"
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("moved = %+v; want %+v", got, want)
		}
		if ok, err := st.MoveSubscription(ctx, -555, -1005555); ok || err != nil {
			t.Errorf("moving a chat without subscription = %v, %v", ok, err)
		}
	})
	t.Run("a caller's copy does not change the stored one", func(t *testing.T) {
		st := newStore(t)
		_ = st.SaveSubscription(ctx, group)
		got, _, _ := st.Subscription(ctx, group.ChatID)
		got.Topics[0] = "energy"
		again, _, _ := st.Subscription(ctx, group.ChatID)
		if again.Topics[0] != "trade" {
			t.Errorf("stored topics changed through a copy: %v", again.Topics)
		}
	})
}
