// Package redistest gives tests a real Redis: the one named by REDIS_URL, else the local one,
// else a redis-server started for the test. It also gives each test its own key prefix, so
// that tests running at the same time on one Redis do not see each other's keys.
package redistest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// localURL is where a developer's (or CI's) Redis usually runs.
const localURL = "redis://127.0.0.1:6379/0"

// startTimeout is how long a started redis-server may take to answer.
const startTimeout = 5 * time.Second

// URL returns the address of a Redis for the test: REDIS_URL when set, else the server on
// 127.0.0.1:6379 when it answers PING, else a redis-server started for this test and killed
// when it ends. The test is skipped only when none of these is possible.
func URL(t testing.TB) string {
	t.Helper()
	return find(t, os.Getenv("REDIS_URL"), localURL)
}

// find is URL with its environment as arguments, to test each way.
func find(t testing.TB, configured, local string) string {
	t.Helper()
	if configured != "" {
		return configured
	}
	if answers(local, 500*time.Millisecond) {
		return local
	}
	return Start(t).URL()
}

// answers reports whether a Redis answers PING at redisURL within timeout.
func answers(redisURL string, timeout time.Duration) bool {
	opts, err := redis.ParseURL(redisURL)
	if err != nil {
		return false
	}
	// One quick attempt: this is a probe, not a connection to keep.
	opts.MaxRetries = -1
	opts.DialerRetries = 1
	opts.DialTimeout = timeout
	opts.ContextTimeoutEnabled = true
	client := redis.NewClient(opts)
	defer client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return client.Ping(ctx).Err() == nil
}

// Prefix returns a key prefix of the test's own (its name and a random suffix) and deletes the
// keys under it in the Redis at redisURL when the test ends.
func Prefix(t testing.TB, redisURL string) string {
	t.Helper()
	prefix := fmt.Sprintf("corridorbot-test:%s:%s:", keySafe(t.Name()), strconv.FormatUint(rand.Uint64(), 36))
	t.Cleanup(func() {
		if err := deleteKeys(redisURL, prefix); err != nil {
			t.Logf("redistest: keys under %q left behind: %v", prefix, err)
		}
	})
	return prefix
}

// keySafe keeps a test name readable in a key and free of the characters SCAN MATCH treats as
// a pattern.
func keySafe(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		case r == '/':
			return '.'
		}
		return '_'
	}, name)
}

func deleteKeys(redisURL, prefix string) error {
	opts, err := redis.ParseURL(redisURL)
	if err != nil {
		return err
	}
	opts.MaxRetries = -1
	opts.ContextTimeoutEnabled = true
	client := redis.NewClient(opts)
	defer client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	iter := client.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	var batch []string
	for iter.Next(ctx) {
		batch = append(batch, iter.Val())
		if len(batch) == 1000 {
			if err := client.Unlink(ctx, batch...).Err(); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	if err := iter.Err(); err != nil {
		return err
	}
	if len(batch) > 0 {
		return client.Unlink(ctx, batch...).Err()
	}
	return nil
}

// Server is a redis-server process owned by one test, on a port of its own: the test may stop
// and restart it without disturbing any other test.
type Server struct {
	t      testing.TB
	binary string
	port   int
	cmd    *exec.Cmd
	exited chan struct{} // closed when cmd has exited
	output *bytes.Buffer
	args   []string // more arguments of redis-server
}

// Start starts a redis-server on a free port, without persistence, and kills it when the test
// ends. It skips the test when redis-server is not installed.
func Start(t testing.TB) *Server {
	t.Helper()
	return start(t)
}

func start(t testing.TB, args ...string) *Server {
	t.Helper()
	binary, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("no Redis for this test: set REDIS_URL, run one on 127.0.0.1:6379 or install redis-server")
	}
	s := &Server{t: t, binary: binary, args: args}
	t.Cleanup(s.Stop)
	// The free port may be taken between finding and binding it: try a few.
	for range 3 {
		if s.port, err = freePort(); err != nil {
			t.Fatalf("redistest: %v", err)
		}
		if err = s.start(); err == nil {
			return s
		}
	}
	t.Fatalf("redistest: %v", err)
	return nil
}

// URL is the address of the server.
func (s *Server) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.port) }

// Stop kills the server at once, as a crash would; the keys are lost.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Kill()
	<-s.exited
	s.cmd = nil
}

// Freeze suspends the server (SIGSTOP): it accepts connections but answers nothing, as a
// hung or overloaded Redis does.
func (s *Server) Freeze() { s.signal(syscall.SIGSTOP) }

// Thaw resumes a frozen server (SIGCONT).
func (s *Server) Thaw() { s.signal(syscall.SIGCONT) }

func (s *Server) signal(sig os.Signal) {
	s.t.Helper()
	if s.cmd == nil {
		s.t.Fatal("redistest: the server is not running")
	}
	if err := s.cmd.Process.Signal(sig); err != nil {
		s.t.Fatalf("redistest: %v", err)
	}
}

// Restart starts the server again on the same port, empty.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		s.t.Fatalf("redistest: restart: %v", err)
	}
}

func (s *Server) start() error {
	s.output = new(bytes.Buffer)
	cmd := exec.Command(s.binary, append([]string{"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no"}, s.args...)...)
	cmd.Stdout, cmd.Stderr = s.output, s.output
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	s.cmd, s.exited = cmd, exited

	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			s.cmd = nil
			return fmt.Errorf("redis-server on port %d exited: %s", s.port, lastLine(s.output.String()))
		default:
		}
		if answers(s.URL(), 200*time.Millisecond) {
			return nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.Stop()
	return errors.New("redis-server did not answer within " + startTimeout.String())
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// StartCluster starts a Redis Cluster of n masters (no replicas) on free ports, for this test
// alone, and returns the nodes' addresses. It skips the test when redis-server is missing or
// cannot run a cluster (older than 7.0: slots are assigned with CLUSTER ADDSLOTSRANGE).
func StartCluster(t testing.TB, n int) []string {
	t.Helper()
	dir := t.TempDir()
	nodes := make([]*Server, n)
	for i := range nodes {
		nodes[i] = start(t, "--cluster-enabled", "yes", "--cluster-config-file", fmt.Sprintf("%s/nodes-%d.conf", dir, i),
			"--cluster-node-timeout", "2000")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	clients := make([]*redis.Client, n)
	addrs := make([]string, n)
	for i, s := range nodes {
		addrs[i] = fmt.Sprintf("127.0.0.1:%d", s.port)
		clients[i] = redis.NewClient(&redis.Options{Addr: addrs[i]})
		defer clients[i].Close()
	}
	const slots = 16384
	for i, c := range clients {
		from, to := i*slots/n, (i+1)*slots/n-1
		if err := c.Do(ctx, "CLUSTER", "ADDSLOTSRANGE", from, to).Err(); err != nil {
			t.Skipf("redis-server cannot form a cluster here: %v", err)
		}
	}
	for _, s := range nodes[1:] {
		if err := clients[0].ClusterMeet(ctx, "127.0.0.1", strconv.Itoa(s.port)).Err(); err != nil {
			t.Fatalf("redistest: CLUSTER MEET: %v", err)
		}
	}
	for _, c := range clients {
		for {
			info, err := c.ClusterInfo(ctx).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") && strings.Contains(info, fmt.Sprintf("cluster_known_nodes:%d", n)) {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("redistest: the cluster did not form: %v %s", err, info)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return addrs
}
