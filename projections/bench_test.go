package projections

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkRebuild100k rebuilds the read models from a log of 100k events:
// governance, two periods of 20k spend facts, and gaps through every
// lifecycle path (target: ≥ 20k events/s).
func BenchmarkRebuild100k(b *testing.B) {
	env, w := log100k(b)
	events := w.count
	b.ResetTimer()
	start, cpuStart := time.Now(), processCPU(b)
	for range b.N {
		if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
			b.Fatal(err)
		}
	}
	elapsed, cpu := time.Since(start), processCPU(b)-cpuStart
	rate := float64(events*b.N) / elapsed.Seconds()
	b.ReportMetric(rate, "events/s")
	// The machine is shared with PostgreSQL (and whatever else runs): the
	// projector's own CPU time tells its cost apart from waiting.
	b.ReportMetric(cpu.Seconds()/float64(b.N), "client-cpu-s/op")
	b.Logf("rebuilt %d events: %.0f events/s, %.2fs wall, %.2fs client CPU per rebuild", events, rate, elapsed.Seconds()/float64(b.N), cpu.Seconds()/float64(b.N))
}

// processCPU is the user and system CPU time this process has used.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// log100k appends governance, two periods of 20k spend facts, and gaps
// through every lifecycle path up to 100k events.
func log100k(b *testing.B) (*testEnv, *logWriter) {
	env := newTestEnv(b)
	w := newLogWriter(b, env)
	w.governance()
	w.spend("2025-01", 20000, 500, "0.0125")
	w.spend("2025-02", 20000, 500, "0.0100")
	for i := 0; w.count < 100_000; i++ {
		w.gapLife(i, 8)
		if i%1000 == 999 {
			w.detection("100.00")
		}
	}
	return env, w
}

// BenchmarkProjectorCatchUp100k is a projector starting on a fresh schema
// whose log holds 100k events: batches of what the subscription has
// buffered (up to the default cap), each committed with its checkpoint
// (target: within 2× of BenchmarkRebuild100k).
func BenchmarkProjectorCatchUp100k(b *testing.B) {
	env, w := log100k(b)
	b.ResetTimer()
	start, cpuStart := time.Now(), processCPU(b)
	for range b.N {
		b.StopTimer()
		if _, err := env.pool.Exec(env.ctx, "DELETE FROM projector_checkpoint; TRUNCATE "+strings.Join(readModelTables, ", ")); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		ctx, cancel := context.WithCancel(env.ctx)
		done := make(chan error, 1)
		go func() { done <- NewProjector(env.store, env.pool).Run(ctx) }()
		if err := NewQueries(env.pool).WaitFor(env.ctx, w.last.Position); err != nil {
			b.Fatal(err)
		}
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	elapsed, cpu := time.Since(start), processCPU(b)-cpuStart
	rate := float64(w.count*b.N) / elapsed.Seconds()
	b.ReportMetric(rate, "events/s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "client-cpu-s/op")
	b.Logf("projected %d events from a fresh schema: %.0f events/s, %.2fs client CPU", w.count, rate, cpu.Seconds()/float64(b.N))
}
