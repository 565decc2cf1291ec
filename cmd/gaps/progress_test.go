package main

import (
	"strings"
	"testing"
	"time"
)

// The progress line's rates are averages since the start: bytes read over
// seconds in MB/s (10^6 bytes), rows read over seconds in rows/s.
func TestIngestProgressRates(t *testing.T) {
	start := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	clock := start
	var out strings.Builder
	p := newIngestProgress(&out, 1_000_000_000, func() time.Time { return clock })

	clock = start.Add(50 * time.Millisecond)
	p.add(10_000_000, 100_000)
	if out.Len() != 0 {
		t.Fatalf("drew %q within the first %s", out.String(), progressRedraw)
	}
	clock = start.Add(2 * time.Second)
	p.add(190_000_000, 1_900_000)
	want := "\r\033[Kingest  20%  200.0 of 1000.0 MB  2000000 rows  1.0M rows/s  100.0 MB/s"
	if out.String() != want {
		t.Fatalf("after 200 MB and 2M rows in 2 s: %q, want %q", out.String(), want)
	}
	clock = start.Add(4 * time.Second)
	p.add(800_000_000, 3_000)
	if got := out.String()[len(want):]; got != "\r\033[Kingest 100%  1000.0 of 1000.0 MB  2003000 rows  500.8k rows/s  250.0 MB/s" {
		t.Fatalf("after 1 GB and 2,003,000 rows in 4 s: %q", got)
	}
	before := out.Len()
	p.done()
	if got := out.String()[before:]; got != "\r\033[K" {
		t.Fatalf("done wrote %q, want the line erased", got)
	}
}
