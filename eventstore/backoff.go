package eventstore

import (
	"context"
	"time"
)

// Backoff spaces out retries after connection failures: 50 ms, doubling up
// to 5 s. The zero value is ready to use; Reset after a success.
type Backoff struct{ next time.Duration }

const (
	firstRetryDelay = 50 * time.Millisecond
	maxRetryDelay   = 5 * time.Second
)

// Wait sleeps for the next delay, or until ctx ends (reported as false).
func (b *Backoff) Wait(ctx context.Context) bool {
	if b.next == 0 {
		b.next = firstRetryDelay
	}
	t := time.NewTimer(b.next)
	defer t.Stop()
	b.next = min(2*b.next, maxRetryDelay)
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// Reset makes the next Wait short again.
func (b *Backoff) Reset() { b.next = 0 }
