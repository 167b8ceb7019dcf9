// Command rss reports the resident memory of the engine with a generated knowledge base of
// 10,000 facts loaded: what a user can check of the process that serves it. It reads VmRSS
// and VmHWM from /proc/self/status (Linux).
//
// Run from bench/: go run ./rss [-facts 10000]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/engine"
	"github.com/corridorbot/corridorbot/knowledge/kbgen"
)

func main() {
	n := flag.Int("facts", 10000, "facts of the generated base")
	profile := flag.String("memprofile", "", "write a heap profile of what stays after the build to this file")
	flag.Parse()
	base, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		fmt.Fprintln(os.Stderr, "rss:", err)
		os.Exit(1)
	}
	kb := generatedKB(base, *n)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	kbHeap := ms.HeapAlloc
	fmt.Printf("knowledge base loaded: %d facts; %s; heap %.1f MB\n", len(kb.Facts), status(), mb(kbHeap))
	e := engine.NewEngine(kb)
	e.ReleaseQuestions() // as serve does
	fmt.Printf("engine built:          %s\n", status())
	e.Answer(engine.Query{Text: "Какой товарооборот был у Казахстана и Азербайджана в 2024 году?"})
	runtime.GC()
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	// The engine keeps one example question per fact and language once indexed, so the heap
	// after can be smaller than the base's before: the difference is signed.
	fmt.Printf("after a question and a collection: %s; heap %.1f MB (%+.1f MB against the base as loaded)\n",
		status(), mb(ms.HeapAlloc), mb(ms.HeapAlloc)-mb(kbHeap))
	fmt.Printf("heap in use %.1f MB, idle %.1f MB, released %.1f MB, sys %.1f MB, stacks %.1f MB, gc meta %.1f MB, other %.1f MB\n",
		mb(ms.HeapInuse), mb(ms.HeapIdle), mb(ms.HeapReleased), mb(ms.Sys), mb(ms.StackSys), mb(ms.GCSys), mb(ms.OtherSys))
	if *profile != "" {
		writeHeapProfile(*profile)
	}
	runtime.KeepAlive(e)
	runtime.KeepAlive(kb)
}

// status is the resident memory now (VmRSS) and at its highest (VmHWM).
func status() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "resident memory unknown: " + err.Error()
	}
	var rss, hwm string
	for _, line := range strings.Split(string(data), "\n") {
		k, v, _ := strings.Cut(line, ":")
		switch k {
		case "VmRSS":
			rss = strings.TrimSpace(v)
		case "VmHWM":
			hwm = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("resident %s (peak %s)", rss, hwm)
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }

// generatedKB is the base BenchmarkAnswer_10kFacts in knowledge/engine measures.
func generatedKB(base *knowledge.KB, n int) *knowledge.KB { return kbgen.Repeat(base, n) }

func writeHeapProfile(name string) {
	f, err := os.Create(name)
	if err == nil {
		err = pprof.WriteHeapProfile(f)
		f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rss:", err)
	}
}
