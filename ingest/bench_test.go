package ingest

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/ingest/sample"
)

// benchFile returns a generated CUR file of n rows, made once in the user's
// cache directory (the 10M-row file takes a while to write).
func benchFile(b *testing.B, rows int64) string {
	b.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = b.TempDir()
	}
	dir = filepath.Join(dir, "gaps-ingest-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "cur-"+strconv.FormatInt(rows, 10)+"-v3.snappy.parquet")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := sample.WriteCUR(w, sample.Config{Rows: rows, Seed: 42, Period: "2025-06"}); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// resetPeakRSS returns freed memory to the OS and resets VmHWM (Linux), so
// the peak measured afterwards is the stage's (the figure is process-wide).
func resetPeakRSS() {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

func peakRSSMiB() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			return kb / 1024
		}
	}
	return 0
}

// cpuTime is the CPU time (user and system) the process has used: on a
// shared machine it varies less than wall time, so it shows what a change
// saved even when the cores are busy with other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchmarkIngest(b *testing.B, rows int64) {
	path := benchFile(b, rows)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	resetPeakRSS()
	b.ResetTimer()
	var elapsed time.Duration
	cpuStart := cpuTime()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		res, err := readParquetFile(path, filepath.Base(path), &curLayout, 0, nil)
		if err != nil {
			b.Fatal(err)
		}
		var facts int
		for _, acc := range res.periods {
			facts += len(buildFacts(SourceCUR, acc.groups))
		}
		elapsed += time.Since(start)
		if facts == 0 {
			b.Fatal("no facts")
		}
	}
	cpu := cpuTime() - cpuStart
	sec := elapsed.Seconds() / float64(b.N)
	b.ReportMetric(float64(rows)/sec, "rows/s")
	b.ReportMetric(float64(st.Size())/(1<<20)/sec, "MiB/s")
	b.ReportMetric(peakRSSMiB(), "peakRSS-MiB")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(rows), "cpu-ns/row")
}

func BenchmarkIngest1M(b *testing.B) { benchmarkIngest(b, 1_000_000) }

// BenchmarkIngest10M runs only with GAPS_BENCH_10M=1: writing the file once
// takes minutes.
func BenchmarkIngest10M(b *testing.B) {
	if os.Getenv("GAPS_BENCH_10M") != "1" {
		b.Skip("set GAPS_BENCH_10M=1 to read a 10M-row file")
	}
	benchmarkIngest(b, 10_000_000)
}
