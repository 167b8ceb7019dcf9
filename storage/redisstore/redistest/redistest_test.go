package redistest

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

func TestFind_StartsAServerWhenNoneAnswers(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	silent := fmt.Sprintf("redis://%s/0", l.Addr())
	l.Close() // now nothing listens there

	got := find(t, "", silent)
	if got == silent || !answers(got, time.Second) {
		t.Fatalf("find = %s; want a started server that answers", got)
	}
	if configured := find(t, "redis://example.invalid:1/0", silent); configured != "redis://example.invalid:1/0" {
		t.Errorf("find ignores REDIS_URL: %s", configured)
	}
}

func TestServer_StopAndRestart(t *testing.T) {
	s := Start(t)
	s.Stop()
	if answers(s.URL(), 200*time.Millisecond) {
		t.Fatal("the server answers after Stop")
	}
	s.Restart()
	if !answers(s.URL(), time.Second) {
		t.Fatal("the server does not answer after Restart")
	}
}

func TestPrefix_DeletesItsKeys(t *testing.T) {
	redisURL := URL(t)
	opts, _ := redis.ParseURL(redisURL)
	client := redis.NewClient(opts)
	defer client.Close()
	ctx := context.Background()

	var prefix string
	t.Run("sub/test [with] *glob* chars?", func(t *testing.T) {
		prefix = Prefix(t, redisURL)
		if err := client.Set(ctx, prefix+"k", 1, 0).Err(); err != nil {
			t.Fatal(err)
		}
	})
	if n, err := client.Exists(ctx, prefix+"k").Result(); err != nil || n != 0 {
		t.Errorf("key under %q left after the test: %d %v", prefix, n, err)
	}
}
