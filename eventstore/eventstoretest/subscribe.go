package eventstoretest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/eventstore"
)

func testSubscribeCatchUpThenLive(t *testing.T, c *contract) {
	// More stored events than a backend is likely to read in one batch.
	var stored []eventstore.Event
	for i := range 3 {
		events := NewEvents(t, c.eventType("Noted"), 250)
		c.append(t, c.stream(string(rune('a'+i))), eventstore.Any(), events...)
		stored = append(stored, events...)
	}
	sub := c.subscribe(t, eventstore.Start, c.own())
	caughtUp := RecvN(t, sub, len(stored))
	RequireEvents(t, caughtUp, stored)
	requireIncreasing(t, caughtUp)

	// Live events, appended while Recv may already be waiting.
	live := NewEvents(t, c.eventType("Noted"), 3)
	done := make(chan []eventstore.RecordedEvent, 1)
	go func() {
		got := make([]eventstore.RecordedEvent, 0, len(live))
		for range live {
			e, err := sub.Recv()
			if err != nil {
				break
			}
			got = append(got, e)
		}
		done <- got
	}()
	for i := range live {
		c.append(t, c.stream("live"), eventstore.Any(), live[i])
	}
	got := <-done
	RequireEvents(t, got, live)
	requireIncreasing(t, append(caughtUp, got...))
	RequireEvents(t, c.readAll(t, eventstore.Start, 2000, c.own()), append(stored, live...))
}

func testSubscribeFromPosition(t *testing.T, c *contract) {
	stored := c.appendInterleaved(t)
	all := c.readAll(t, eventstore.Start, 1000, c.own())
	from := 3
	sub := c.subscribe(t, all[from].Position, c.own())
	RequireEvents(t, RecvN(t, sub, len(stored)-from-1), stored[from+1:])

	live := NewEvents(t, c.eventType("Noted"), 2)
	c.append(t, c.stream("live"), eventstore.Any(), live[0])
	RequireEvents(t, RecvN(t, sub, 1), live[:1])
	// A sentinel appended last must be the very next event: nothing stored
	// or live came twice.
	c.append(t, c.stream("live"), eventstore.Any(), live[1])
	RequireEvents(t, RecvN(t, sub, 1), live[1:])

	// From the last position there is nothing to catch up.
	after := c.subscribe(t, all[len(all)-1].Position, c.own())
	RequireEvents(t, RecvN(t, after, 2), live)
}

func testSubscribeFilters(t *testing.T, c *contract) {
	f := c.appendFilterFixture(t)
	byType := c.subscribe(t, eventstore.Start, eventstore.Filter{EventTypes: []string{f.paidType}})
	byPrefix := c.subscribe(t, eventstore.Start, eventstore.Filter{StreamPrefixes: []string{c.stream("invoices-")}})
	RequireEvents(t, RecvN(t, byType, len(f.paid)), f.paid)
	RequireEvents(t, RecvN(t, byPrefix, len(f.invoices)), f.invoices)

	// Live: non-matching events are skipped, the matching sentinel arrives next.
	c.append(t, c.stream("orders-3"), eventstore.Any(), NewEvent(t, f.placedType, nil))
	paid := NewEvent(t, f.paidType, map[string]int{"n": 1})
	c.append(t, c.stream("orders-3"), eventstore.Any(), paid)
	invoice := NewEvent(t, f.placedType, map[string]int{"n": 2})
	c.append(t, c.stream("invoices-2"), eventstore.Any(), invoice)
	RequireEvents(t, RecvN(t, byType, 1), []eventstore.Event{paid})
	RequireEvents(t, RecvN(t, byPrefix, 1), []eventstore.Event{invoice})
}

// recvResult is what one Recv returned.
type recvResult struct {
	event eventstore.RecordedEvent
	err   error
}

// recvInBackground starts a Recv and returns where its result will arrive.
func recvInBackground(sub eventstore.Subscription) <-chan recvResult {
	ch := make(chan recvResult, 1)
	go func() {
		e, err := sub.Recv()
		ch <- recvResult{e, err}
	}()
	return ch
}

// awaitRecv fails unless the Recv ends with an error matching want.
func awaitRecv(t *testing.T, ch <-chan recvResult, want error) {
	t.Helper()
	select {
	case r := <-ch:
		if !errors.Is(r.err, want) {
			t.Fatalf("Recv returned event %s / error %v, want %v", r.event.ID, r.err, want)
		}
	case <-time.After(testTimeout / 2):
		t.Fatalf("Recv did not return; want %v", want)
	}
}

// waitingMoment lets a background Recv reach its wait for new events. The
// tests pass without it; it makes them exercise a blocked Recv.
const waitingMoment = 100 * time.Millisecond

func testSubscribeClose(t *testing.T, c *contract) {
	sub := c.subscribe(t, eventstore.Start, c.own())
	blocked := recvInBackground(sub)
	time.Sleep(waitingMoment)
	if err := sub.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	awaitRecv(t, blocked, eventstore.ErrSubscriptionClosed)

	// Closed is final, even with events waiting.
	c.append(t, c.stream("after"), eventstore.Any(), NewEvents(t, c.eventType("Noted"), 1)...)
	if _, err := sub.Recv(); !errors.Is(err, eventstore.ErrSubscriptionClosed) {
		t.Fatalf("Recv after Close: got %v, want ErrSubscriptionClosed", err)
	}
	if err := sub.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

func testSubscribeContextCancel(t *testing.T, c *contract) {
	ctx, cancel := context.WithCancel(c.ctx)
	defer cancel()
	sub, err := c.store.SubscribeAll(ctx, eventstore.Start, c.own())
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	blocked := recvInBackground(sub)
	time.Sleep(waitingMoment)
	cancel()
	awaitRecv(t, blocked, context.Canceled)

	c.append(t, c.stream("after"), eventstore.Any(), NewEvents(t, c.eventType("Noted"), 1)...)
	if _, err := sub.Recv(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Recv after cancel: got %v, want context.Canceled", err)
	}
}
