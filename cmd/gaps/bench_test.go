package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/allocation-gaps/gaps/internal/pgtest"
)

// BenchmarkGapsIngestEndToEnd1M and …10M time `gaps ingest` as a user runs
// it: the built binary reading a generated CUR 2.0 file (made once by
// `gaps sample-cur` in the user cache directory) and recording it into a
// fresh PostgreSQL schema. Peak RSS is the child process's own (rusage).
// The 10M run needs GAPS_BENCH_10M=1 (the file is ~900 MiB).
func BenchmarkGapsIngestEndToEnd1M(b *testing.B) { benchmarkGapsIngest(b, 1_000_000, false) }

func BenchmarkGapsIngestEndToEnd10M(b *testing.B) {
	if os.Getenv("GAPS_BENCH_10M") == "" {
		b.Skip("set GAPS_BENCH_10M=1 to generate and ingest a 10M-row CUR file")
	}
	benchmarkGapsIngest(b, 10_000_000, false)
}

// BenchmarkGapsIngestFromS3_1M and …10M are the same with the file in an
// S3-protocol server in the test process (gofakes3, in memory), read by
// `gaps ingest s3://…` with ranged GETs over HTTP on the loopback.
func BenchmarkGapsIngestFromS3_1M(b *testing.B) { benchmarkGapsIngest(b, 1_000_000, true) }

func BenchmarkGapsIngestFromS3_10M(b *testing.B) {
	if os.Getenv("GAPS_BENCH_10M") == "" {
		b.Skip("set GAPS_BENCH_10M=1 to generate and ingest a 10M-row CUR file")
	}
	benchmarkGapsIngest(b, 10_000_000, true)
}

func benchmarkGapsIngest(b *testing.B, rows int64, fromS3 bool) {
	file := benchCUR(b, rows)
	st, err := os.Stat(file)
	if err != nil {
		b.Fatal(err)
	}
	source, env := file, os.Environ()
	if fromS3 {
		body, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		fake := newFakeS3(b)
		fake.put("cur/bench/data/BILLING_PERIOD=2025-06/bench-00001.snappy.parquet", body)
		source, env = "s3://"+fakeS3Bucket+"/cur/bench/", append(env, fake.env(fakeS3AccessKey)...)
	}
	var seconds, peakMiB float64
	for b.Loop() {
		url, _ := pgtest.Schema(b)
		cmd := exec.Command(gapsBin, "ingest", "--json", source)
		cmd.Env = append(env, "GAPS_DATABASE_URL="+url)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			b.Fatalf("gaps ingest: %v\n%s", err, errOut.String())
		}
		var sum struct {
			RowsRead int64   `json:"rowsRead"`
			Seconds  float64 `json:"seconds"`
		}
		if err := json.Unmarshal(out.Bytes(), &sum); err != nil || sum.RowsRead != rows {
			b.Fatalf("summary %s: %v; want %d rows read", out.String(), err, rows)
		}
		seconds += sum.Seconds
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peakMiB = max(peakMiB, float64(ru.Maxrss)/1024) // KiB on Linux
		}
	}
	per := seconds / float64(b.N)
	b.ReportMetric(float64(rows)/per, "rows/s")
	b.ReportMetric(float64(st.Size())/(1<<20)/per, "MiB/s")
	if !fromS3 {
		// From S3 the child's figure is not its own: Linux carries the
		// parent's peak RSS (which holds the in-memory server) across exec.
		b.ReportMetric(peakMiB, "peakRSS-MiB")
	}
}

// benchCUR returns a generated CUR file of n rows, written once by the
// binary under test into the user cache directory.
func benchCUR(b *testing.B, rows int64) string {
	b.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = b.TempDir()
	}
	dir = filepath.Join(dir, "gaps-cli-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "cur-"+strconv.FormatInt(rows, 10)+".parquet")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".tmp"
	gen := exec.Command(gapsBin, "sample-cur", "--rows", strconv.FormatInt(rows, 10), "--seed", "42", "--period", "2025-06", "--out", tmp)
	if out, err := gen.CombinedOutput(); err != nil {
		b.Fatalf("gaps sample-cur: %v\n%s", err, out)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}
