package bot

import (
	"context"
	"io"
	"log/slog"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
	"github.com/corridorbot/corridorbot/storage/resilient"
)

// BenchmarkUpdatePath measures one update through the whole bot: the lease and session load
// (one Redis round trip), the answer, sendMessage to a fake Bot API over loopback HTTP, and the
// done mark with the session save (the second round trip). Outgoing limits are lifted: this measures the bot, not Telegram's quota.
// Reports updates/s and the 99th percentile of handling time.
func BenchmarkUpdatePath(b *testing.B) {
	url := redistest.URL(b)
	rs, err := redisstore.New(context.Background(), url, redisstore.Options{KeyPrefix: redistest.Prefix(b, url)})
	if err != nil {
		b.Fatal(err)
	}
	defer rs.Close()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	store := resilient.New(rs, memory.NewStore(time.Hour, 100), quiet)
	api := fakeapi.New(b)
	bot, err := New(Config{Token: fakeapi.Token, Endpoint: api.Endpoint(), Logger: quiet,
		Limits: Limits{Global: 1e9, PerChat: time.Nanosecond, PerGroup: time.Nanosecond}, Flood: 1 << 30},
		newHandler(b, store), store)
	if err != nil {
		b.Fatal(err)
	}
	questions := []string{"What was trade in 2024?", "Какой товарооборот был в 2024 году?",
		"Semkir zavodu nece ton istehsal edecek", "HBI зауыты қашан іске қосылады?", "/help"}
	var next atomic.Int64
	var mu sync.Mutex
	durations := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.SetParallelism(4) // 8 goroutines, as many as the bot's default workers
	start := time.Now()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		local := make([]time.Duration, 0, 1024)
		for pb.Next() {
			n := next.Add(1)
			u := fakeapi.PrivateText(1_000_000+n%5000, "en", questions[n%int64(len(questions))])
			u.UpdateID = int(n) + int(start.UnixNano()%1_000_000_000)
			t0 := time.Now()
			bot.handleUpdate(context.Background(), u)
			local = append(local, time.Since(t0))
		}
		mu.Lock()
		durations = append(durations, local...)
		mu.Unlock()
	})
	b.StopTimer()
	elapsed := time.Since(start)
	sort.Slice(durations, func(i, j int) bool { return durations[i] < durations[j] })
	if len(durations) > 0 {
		b.ReportMetric(float64(len(durations))/elapsed.Seconds(), "updates/s")
		b.ReportMetric(float64(durations[len(durations)*99/100].Microseconds()), "p99-µs")
	}
}
