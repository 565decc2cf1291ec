package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/domain"
)

// benchSize reads a size from the environment, else def.
func benchSize(b *testing.B, env string, def int) int {
	v := os.Getenv(env)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("%s=%q: want a positive integer", env, v)
	}
	return n
}

// reportLatencies reports the p50 and p99 of ds in milliseconds.
func reportLatencies(b *testing.B, prefix string, ds []time.Duration) {
	if len(ds) == 0 {
		return
	}
	slices.Sort(ds)
	at := func(q float64) float64 {
		return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), prefix+"p50-ms")
	b.ReportMetric(at(0.99), prefix+"p99-ms")
}

// BenchmarkFirstPageOfGaps: the first page (50) of allocationGaps over HTTP
// with GAPS_BENCH_GAPS gaps (default 100 000) in the read models, one
// client at a time: in each order, and narrowed by a model and by a search
// (the search scans the gaps; see docs/DECISIONS.md).
func BenchmarkFirstPageOfGaps(b *testing.B) {
	n := benchSize(b, "GAPS_BENCH_GAPS", 100_000)
	s := startStack(b, false)
	seeded := time.Now()
	last := s.appendGaps(b, 0, n)
	appended := time.Since(seeded)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := s.queries.WaitFor(ctx, last); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d gaps: appended in %s, projected %s later", n, appended.Round(time.Millisecond), (time.Since(seeded) - appended).Round(time.Millisecond))
	token := s.token(b, "fin-1", "FINANCE")
	const query = `query($filter: GapFilter, $order: GapOrder) { allocationGaps(first: 50, filter: $filter, orderBy: $order) {
		edges { cursor node { id scenario state revision anchor spend accounts models } } pageInfo { hasNextPage endCursor } totalCount } }`
	// testFinding(i) uses model "Model-i" (also its anchor): "Model-4242" is one gap; the search
	// "model-4242" matches every gap whose number starts with 4242.
	searched := 0
	for i := range n {
		if strings.HasPrefix(strconv.Itoa(i), "4242") {
			searched++
		}
	}
	for _, c := range []struct {
		name         string
		vars         map[string]any
		edges, total int
	}{
		{"spend", nil, 50, n},
		{"last_seen", map[string]any{"order": map[string]any{"field": "LAST_SEEN"}}, 50, n},
		{"scenario", map[string]any{"order": map[string]any{"field": "SCENARIO"}}, 50, n},
		{"model", map[string]any{"filter": map[string]any{"models": []string{"Model-4242"}}}, 1, 1},
		{"search", map[string]any{"filter": map[string]any{"search": "model-4242"}}, min(50, searched), searched},
	} {
		b.Run(c.name, func(b *testing.B) {
			var latencies []time.Duration
			start := time.Now()
			for b.Loop() {
				t0 := time.Now()
				status, r := s.postVars(b, token, query, c.vars)
				latencies = append(latencies, time.Since(t0))
				var page struct {
					Edges      []json.RawMessage
					TotalCount int
				}
				if err := json.Unmarshal(r.Data["allocationGaps"], &page); status != http.StatusOK || err != nil || len(page.Edges) != c.edges || page.TotalCount != c.total {
					b.Fatalf("status %d, %d edges of %d, errors %+v", status, len(page.Edges), page.TotalCount, r.Errors)
				}
			}
			elapsed := time.Since(start)
			reportLatencies(b, "", latencies)
			b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "req/s")
		})
	}
}

// BenchmarkActionToSubscription: GAPS_BENCH_SUBSCRIBERS WebSocket clients
// (default 1000) subscribe to gapChanged; each iteration a lead actions a
// gap, or recalls that decision, and the time from sending the mutation to
// the last client receiving the change is measured.
func BenchmarkActionToSubscription(b *testing.B) {
	n := benchSize(b, "GAPS_BENCH_SUBSCRIBERS", 1000)
	s := startStack(b, false)
	s.waitProjected(b, s.appendGaps(b, 0, 1))
	gapID := domain.GapID(domain.ScenarioNotBusinessApproved, testFinding(0).Key)
	lead := s.token(b, "lead-1", "FINOPS_LEAD")
	viewer := s.token(b, "fin-1", "FINANCE")

	// Each client reports the revisions of the gap it receives.
	type receipt struct {
		revision int
		at       time.Time
	}
	receipts := make(chan receipt, n)
	subs := make([]*wsSubscription, n)
	for i := range subs {
		subs[i] = s.subscribeWS(b, "graphql-transport-ws", viewer, `subscription { gapChanged { kind gap { id revision } } }`, nil)
	}
	s.waitSubscribers(b, n)
	var readers sync.WaitGroup
	readCtx, stopReading := context.WithCancel(context.Background())
	for _, sub := range subs {
		readers.Go(func() {
			for {
				data, err := sub.next(readCtx)
				if err != nil {
					return // the benchmark ended, or it fails on the missing receipt
				}
				var c struct {
					GapChanged struct{ Gap struct{ Revision int } }
				}
				if json.Unmarshal(data, &c) == nil {
					receipts <- receipt{c.GapChanged.Gap.Revision, time.Now()}
				}
			}
		})
	}
	defer func() {
		stopReading()
		readers.Wait()
	}()

	var delays []time.Duration
	revision := 0
	for b.Loop() {
		mutation := fmt.Sprintf(`mutation { actionGap(input: {gapId: %q, action: BLOCK_MODEL, rationale: "bench", expectedRevision: %d}) { gap { revision } } }`, gapID, revision)
		if revision%2 == 1 {
			mutation = fmt.Sprintf(`mutation { recallDecision(input: {gapId: %q, rationale: "bench", expectedRevision: %d}) { gap { revision } } }`, gapID, revision)
		}
		sent := time.Now()
		if _, r := s.postVars(b, lead, mutation, nil); len(r.Errors) > 0 {
			b.Fatalf("mutation at revision %d: %+v", revision, r.Errors)
		}
		revision++
		var lastAt time.Time
		timeout := time.After(waitLimit)
		for got := 0; got < n; {
			select {
			case rc := <-receipts:
				if rc.revision != revision {
					b.Fatalf("a client received revision %d, want %d", rc.revision, revision)
				}
				got++
				lastAt = rc.at
			case <-timeout:
				b.Fatalf("%d of %d clients received revision %d within %s", got, n, revision, waitLimit)
			}
		}
		delays = append(delays, lastAt.Sub(sent))
	}
	reportLatencies(b, "all-received-", delays)
	b.ReportMetric(float64(n), "subscribers")
}

// BenchmarkLoadCheck is the load check of issue #10: GAPS_BENCH_CLIENTS
// concurrent clients (default 20), each sending GAPS_BENCH_REQUESTS requests
// (default 50) of allocationGaps(first: 20) with gapSummary, over
// GAPS_BENCH_GAPS gaps (default 100 000). It reports p50/p99, throughput and
// the process's resident memory before and after the load (the server runs
// in this process, so that is the server's, plus its clients').
func BenchmarkLoadCheck(b *testing.B) {
	n := benchSize(b, "GAPS_BENCH_GAPS", 100_000)
	clients := benchSize(b, "GAPS_BENCH_CLIENTS", 20)
	requests := benchSize(b, "GAPS_BENCH_REQUESTS", 50)
	s := startStack(b, false)
	last := s.appendGaps(b, 0, n)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := s.queries.WaitFor(ctx, last); err != nil {
		b.Fatal(err)
	}
	token := s.token(b, "fin-1", "FINANCE")
	const query = `{ allocationGaps(first: 20) { edges { node { id scenario state anchor spend accounts suggestedAction } } totalCount }
		gapSummary { totalGapSpend unanchoredSpend scenarios { scenario active actioned resolved recalled openSpend } } }`
	runtime.GC()
	rssBefore := residentMiB(b)
	var (
		mu        sync.Mutex
		latencies []time.Duration
	)
	start := time.Now()
	for b.Loop() {
		var wg sync.WaitGroup
		for range clients {
			wg.Go(func() {
				mine := make([]time.Duration, 0, requests)
				for range requests {
					t0 := time.Now()
					status, r := s.postVars(b, token, query, nil)
					mine = append(mine, time.Since(t0))
					if status != http.StatusOK || len(r.Errors) > 0 {
						b.Errorf("status %d, errors %+v", status, r.Errors)
						return
					}
				}
				mu.Lock()
				latencies = append(latencies, mine...)
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	elapsed := time.Since(start)
	reportLatencies(b, "", latencies)
	b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "req/s")
	b.ReportMetric(rssBefore, "rss-before-MiB")
	b.ReportMetric(residentMiB(b), "rss-after-MiB")
}

// residentMiB is the process's resident set size, from /proc (0 elsewhere).
func residentMiB(b *testing.B) float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(raw), "\n") {
		if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			v, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")))
			if err != nil {
				b.Fatalf("VmRSS %q: %v", kb, err)
			}
			return float64(v) / 1024
		}
	}
	return 0
}
