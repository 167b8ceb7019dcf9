package bot

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/corridorbot/corridorbot/bot/fakeapi"
	"github.com/corridorbot/corridorbot/storage/memory"
	"github.com/corridorbot/corridorbot/storage/redisstore"
	"github.com/corridorbot/corridorbot/storage/redisstore/redistest"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// /metrics counts the updates by kind and outcome and the Bot API calls by method and status,
// in polling mode on METRICS_LISTEN.
func TestMetrics_CountUpdatesAndSends(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // free again for the bot; taken by another process in between only by bad luck
	api := fakeapi.New(t)
	startBot(t, api, memory.NewSessions(time.Hour), func(c *Config) { c.MetricsListen = addr })
	api.Push(fakeapi.PrivateText(901, "en", "/help"), fakeapi.PrivateText(902, "en", "What was trade in 2024?"),
		fakeapi.PrivateText(903, "en", "What is the capital of France?"))
	api.WaitFor("sendMessage", 3)
	want := []string{
		`corridorbot_updates_total{kind="message",outcome="answered"} 3`,
		`corridorbot_telegram_requests_total{method="sendMessage",status="200"} 3`,
		`corridorbot_answers_total{result="answered"} 1`,
		`corridorbot_answers_total{result="refused"} 1`,
		`corridorbot_update_handling_seconds_count{kind="message"} 3`,
		`corridorbot_queued_updates 0`,
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		code, body := get(t, "http://"+addr+"/metrics")
		missing := ""
		for _, w := range want {
			if !strings.Contains(body, w) {
				missing = w
			}
		}
		if code == http.StatusOK && missing == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics %d lacks %s:\n%s", code, missing, body)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if code, _ := get(t, "http://"+addr+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz: %d", code)
	}
}

// /readyz follows Redis: 503 while it is down, 200 when it is back; /healthz stays 200.
func TestReadyz_FollowsRedis(t *testing.T) {
	srv := redistest.Start(t)
	rs, err := redisstore.Open(srv.URL(), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	api := fakeapi.New(t)
	addr, _ := startWebhook(t, api, memory.NewSessions(time.Hour), func(c *Config) {
		c.Ready = func(ctx context.Context) error { return rs.Ping(ctx) }
	})
	if code, body := get(t, "http://"+addr+"/readyz"); code != http.StatusOK {
		t.Errorf("/readyz with Redis up: %d %s", code, body)
	}
	srv.Stop()
	if code, body := get(t, "http://"+addr+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "store") {
		t.Errorf("/readyz with Redis down: %d %s", code, body)
	}
	if code, _ := get(t, "http://"+addr+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz with Redis down: %d", code)
	}
	srv.Restart()
	if code, body := get(t, "http://"+addr+"/readyz"); code != http.StatusOK {
		t.Errorf("/readyz with Redis back: %d %s", code, body)
	}
}

// /readyz is 503 when Telegram does not answer.
func TestReadyz_TelegramUnreachable(t *testing.T) {
	api := fakeapi.New(t)
	b, err := New(Config{Token: fakeapi.Token, Endpoint: api.Endpoint()}, newHandler(t, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := ln.Addr().String()
	ln.Close()
	b.api.SetAPIEndpoint("http://" + dead + "/bot%s/%s")
	b.health.lastOK.Store(0)
	if err := b.health.ready(context.Background()); err == nil || !strings.Contains(err.Error(), "telegram") || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("ready with Telegram unreachable: %v", err)
	}
}
