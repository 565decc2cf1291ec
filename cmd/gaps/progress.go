package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// ingestProgress draws one line on a terminal while ingest reads its input:
// the share of bytes read, and the average rates since the start in rows
// and megabytes (10^6 bytes) a second. It redraws at most every
// progressRedraw and erases itself when done.
type ingestProgress struct {
	w     io.Writer
	total int64 // bytes of input
	now   func() time.Time

	mu          sync.Mutex
	start, last time.Time
	bytes, rows int64
	drawn       bool
}

const progressRedraw = 100 * time.Millisecond

func newIngestProgress(w io.Writer, total int64, now func() time.Time) *ingestProgress {
	t := now()
	return &ingestProgress{w: w, total: total, now: now, start: t, last: t}
}

// add is ingest.Options.Progress.
func (p *ingestProgress) add(bytes, rows int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bytes += bytes
	p.rows += rows
	if t := p.now(); t.Sub(p.last) >= progressRedraw {
		p.last = t
		fmt.Fprintf(p.w, "\r\033[K%s", p.line(t))
		p.drawn = true
	}
}

// line is the progress as of t: "ingest  42%  380.2 of 905.0 MB  3500000 rows  7.1M rows/s  760.4 MB/s".
func (p *ingestProgress) line(t time.Time) string {
	pct := int64(100)
	if p.total > 0 {
		pct = min(100, 100*p.bytes/p.total)
	}
	secs := t.Sub(p.start).Seconds()
	var rowRate, mbRate float64
	if secs > 0 {
		rowRate, mbRate = float64(p.rows)/secs, float64(p.bytes)/1e6/secs
	}
	return fmt.Sprintf("ingest %3d%%  %.1f of %.1f MB  %d rows  %s rows/s  %.1f MB/s",
		pct, float64(p.bytes)/1e6, float64(p.total)/1e6, p.rows, shortCount(rowRate), mbRate)
}

// done erases the line, so that the summary starts on a clean one.
func (p *ingestProgress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// shortCount writes a rate as 950, 12.3k or 7.1M.
func shortCount(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.1fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}
