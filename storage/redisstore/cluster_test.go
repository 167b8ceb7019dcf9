package redisstore

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/storetest"
)

// The whole store over a real 3-master Redis Cluster, opened from a URL naming its nodes and
// from REDIS_ADDRS: every method works, the rate script's keys included (they share a slot).
func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	addrs := redistest.StartCluster(t, 3)
	url := "redis://" + addrs[0] + "?addr=" + strings.Join(addrs[1:], "&addr=")
	open := func(t *testing.T, viaURL bool) *Store {
		var s *Store
		var err error
		if viaURL {
			s, err = Open(url, Options{KeyPrefix: "cluster-test:" + t.Name() + ":"})
		} else {
			s, err = OpenAddrs(Addrs{Addrs: addrs}, Options{KeyPrefix: "cluster-test:" + t.Name() + ":"})
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	t.Run("url", func(t *testing.T) {
		storetest.Store(t, func(t *testing.T) storage.Store { return open(t, true) })
	})
	t.Run("addrs", func(t *testing.T) {
		storetest.Store(t, func(t *testing.T) storage.Store { return open(t, false) })
	})
	t.Run("rate", func(t *testing.T) {
		s := open(t, true)
		ctx := context.Background()
		r := []storage.Rate{{Key: "global", Interval: time.Second, Burst: 1}, {Key: "chat:7", Interval: time.Minute, Burst: 2}}
		if w, err := s.Reserve(ctx, r...); err != nil || w != 0 {
			t.Fatalf("first reservation: %v %v", w, err)
		}
		if w, err := s.Reserve(ctx, r...); err != nil || w < 900*time.Millisecond || w > time.Second {
			t.Errorf("second reservation waits %v %v; want about the global interval, 1 s", w, err)
		}
		if w, err := s.Reserve(ctx, r...); err != nil || w < 59*time.Second {
			t.Errorf("third reservation waits %v %v; want the chat's interval, past its burst of 2", w, err)
		}
	})
}
