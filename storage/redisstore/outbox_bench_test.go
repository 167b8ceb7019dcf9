package redisstore

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/storage"
)

// BenchmarkDeliveryEngine measures what the delivery engine itself costs per message, without
// Telegram: reading the outbox (in batches of 32), the shared rate-limit reservation, the
// lease with the item and subscription loaded, and the record of the send with the
// acknowledgement — the same calls bot.deliverOne makes. It reports Redis round trips and µs
// per delivery.
func BenchmarkDeliveryEngine(b *testing.B) {
	ctx := context.Background()
	s := newTestStore(b, Options{})
	counter := &roundTrips{}
	s.client.AddHook(counter)
	chats := make([]int64, b.N)
	for i := range chats {
		chats[i] = int64(i + 1)
	}
	// Subscriptions and the item are written outside the measured part.
	pipe := s.client.Pipeline()
	for _, c := range chats {
		pipe.HSet(ctx, s.subsKey(), strconv.FormatInt(c, 10), `{"chat_id":`+strconv.FormatInt(c, 10)+`,"kind":"private","lang":"en","period":"instant"}`)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		b.Fatal(err)
	}
	item := storage.Item{ID: "bench", Kind: "broadcast", Topic: "trade", Texts: map[string]string{"en": "news"}, Created: time.Now()}
	if _, err := s.Enqueue(ctx, item, chats); err != nil {
		b.Fatal(err)
	}
	rates := func(chat int64) []storage.Rate {
		return []storage.Rate{{Key: "global", Interval: time.Nanosecond * 1000, Burst: 1 << 20},
			{Key: "chat:" + strconv.FormatInt(chat, 10), Interval: time.Second, Burst: 3}}
	}
	counter.n.Store(0)
	b.ResetTimer()
	done := 0
	for done < b.N {
		ds, err := s.Next(ctx, 32, 10*time.Millisecond)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range ds {
			if _, _, err := s.ReserveWithin(ctx, time.Millisecond, rates(d.ChatID)...); err != nil {
				b.Fatal(err)
			}
			c, job, err := s.Begin(ctx, d)
			if err != nil || c != storage.Leased || !job.Subscribed {
				b.Fatalf("Begin = %v %+v %v", c, job, err)
			}
			if err := s.Sent(ctx, d); err != nil {
				b.Fatal(err)
			}
			done++
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(counter.n.Load())/float64(b.N), "roundtrips/msg")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/msg")
}
