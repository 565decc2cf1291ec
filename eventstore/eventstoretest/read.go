package eventstoretest

import (
	"errors"
	"testing"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/eventstore"
)

func testReadStreamFromRevision(t *testing.T, c *contract) {
	stream := c.stream("read")
	events := NewEvents(t, c.eventType("Noted"), 5)
	c.append(t, stream, eventstore.NoStream(), events...)

	got := c.readStream(t, stream, 3)
	RequireEvents(t, got, events[3:])
	if got[0].Revision != 3 || got[1].Revision != 4 {
		t.Fatalf("revisions %d, %d, want 3, 4", got[0].Revision, got[1].Revision)
	}
	if got := c.readStream(t, stream, 5); len(got) != 0 {
		t.Fatalf("reading past the end returned %d events", len(got))
	}
}

func testReadStreamNotFound(t *testing.T, c *contract) {
	c.append(t, c.stream("other"), eventstore.NoStream(), NewEvents(t, c.eventType("Noted"), 1)...)
	_, err := c.store.ReadStream(c.ctx, c.stream("missing"), 0)
	if !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("got %v, want ErrStreamNotFound", err)
	}
}

// appendInterleaved writes to three streams in turn and returns the events
// in the order appended.
func (c *contract) appendInterleaved(t *testing.T) []eventstore.Event {
	t.Helper()
	var all []eventstore.Event
	for i, stream := range []string{"a", "b", "a", "c", "b", "a"} {
		events := NewEvents(t, c.eventType("Noted"), 1+i%3)
		c.append(t, c.stream(stream), eventstore.Any(), events...)
		all = append(all, events...)
	}
	return all
}

func testReadAllOrder(t *testing.T, c *contract) {
	want := c.appendInterleaved(t)
	got := c.readAll(t, eventstore.Start, 1000, c.own())
	RequireEvents(t, got, want)
	requireIncreasing(t, got)
	for _, name := range []string{"a", "b", "c"} {
		for _, e := range c.readStream(t, c.stream(name), 0) {
			i := indexOf(got, e.ID)
			if i < 0 || got[i].Position != e.Position || got[i].Revision != e.Revision || got[i].Stream != e.Stream {
				t.Fatalf("read-stream event %s@%d at %s differs from read-all", e.Stream, e.Revision, e.Position)
			}
		}
	}
}

func testReadAllLimit(t *testing.T, c *contract) {
	want := c.appendInterleaved(t)
	RequireEvents(t, c.readAll(t, eventstore.Start, 2, c.own()), want[:2])

	// Paging by the last position read yields each event exactly once.
	var paged []eventstore.RecordedEvent
	from := eventstore.Start
	for {
		page := c.readAll(t, from, 3, c.own())
		if len(page) > 3 {
			t.Fatalf("limit 3 returned %d events", len(page))
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
		from = page[len(page)-1].Position
	}
	RequireEvents(t, paged, want)
}

func testReadAllFromPosition(t *testing.T, c *contract) {
	want := c.appendInterleaved(t)
	all := c.readAll(t, eventstore.Start, 1000, c.own())
	RequireEvents(t, c.readAll(t, all[1].Position, 1000, c.own()), want[2:])
	if rest := c.readAll(t, all[len(all)-1].Position, 1000, c.own()); len(rest) != 0 {
		t.Fatalf("reading after the last event returned %d events", len(rest))
	}
}

// filterFixture appends to two order streams and one invoice stream, with
// two event types, and returns the events by kind.
type filterFixture struct {
	all, orders, invoices, placed, paid []eventstore.Event
	placedType, paidType                string
}

func (c *contract) appendFilterFixture(t *testing.T) filterFixture {
	t.Helper()
	f := filterFixture{placedType: c.eventType("Placed"), paidType: c.eventType("Paid")}
	for _, step := range []struct {
		stream, eventType string
	}{
		{"orders-1", f.placedType},
		{"invoices-1", f.placedType},
		{"orders-2", f.placedType},
		{"invoices-1", f.paidType},
		{"orders-1", f.paidType},
	} {
		e := NewEvent(t, step.eventType, map[string]string{"stream": step.stream})
		c.append(t, c.stream(step.stream), eventstore.Any(), e)
		f.all = append(f.all, e)
		if step.stream == "invoices-1" {
			f.invoices = append(f.invoices, e)
		} else {
			f.orders = append(f.orders, e)
		}
		if step.eventType == f.placedType {
			f.placed = append(f.placed, e)
		} else {
			f.paid = append(f.paid, e)
		}
	}
	return f
}

func testReadAllFilters(t *testing.T, c *contract) {
	f := c.appendFilterFixture(t)
	cases := []struct {
		name   string
		filter eventstore.Filter
		want   []eventstore.Event
	}{
		{"stream prefix", eventstore.Filter{StreamPrefixes: []string{c.stream("orders-")}}, f.orders},
		{"two stream prefixes", eventstore.Filter{StreamPrefixes: []string{c.stream("orders-2"), c.stream("invoices-")}},
			[]eventstore.Event{f.all[1], f.all[2], f.all[3]}},
		{"event type", eventstore.Filter{EventTypes: []string{f.paidType}}, f.paid},
		{"two event types", eventstore.Filter{EventTypes: []string{f.paidType, f.placedType}}, f.all},
		{"prefix or type", eventstore.Filter{StreamPrefixes: []string{c.stream("invoices-")}, EventTypes: []string{f.paidType}},
			[]eventstore.Event{f.all[1], f.all[3], f.all[4]}},
		{"nothing matches", eventstore.Filter{StreamPrefixes: []string{c.stream("refunds-")}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			RequireEvents(t, c.readAll(t, eventstore.Start, 1000, tc.filter), tc.want)
		})
	}
}

func indexOf(events []eventstore.RecordedEvent, id uuid.UUID) int {
	for i, e := range events {
		if e.ID == id {
			return i
		}
	}
	return -1
}
