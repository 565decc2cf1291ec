package eventstoretest

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/eventstore"
)

func testAppendAny(t *testing.T, c *contract) {
	stream := c.stream("any")
	first := NewEvents(t, c.eventType("Noted"), 1)
	if res := c.append(t, stream, eventstore.Any(), first...); res.NextRevision != 0 {
		t.Fatalf("first append: next revision %d, want 0", res.NextRevision)
	}
	more := NewEvents(t, c.eventType("Noted"), 2)
	res := c.append(t, stream, eventstore.Any(), more...)
	if res.NextRevision != 2 {
		t.Fatalf("second append: next revision %d, want 2", res.NextRevision)
	}
	got := c.readStream(t, stream, 0)
	RequireEvents(t, got, append(first, more...))
	if got[2].Position != res.Position {
		t.Fatalf("append result position %s, but the last event is at %s", res.Position, got[2].Position)
	}
}

func testAppendNoStream(t *testing.T, c *contract) {
	stream := c.stream("nostream")
	first := NewEvents(t, c.eventType("Opened"), 1)
	if res := c.append(t, stream, eventstore.NoStream(), first...); res.NextRevision != 0 {
		t.Fatalf("next revision %d, want 0", res.NextRevision)
	}
	_, err := c.store.Append(c.ctx, stream, eventstore.NoStream(), NewEvents(t, c.eventType("Opened"), 1)...)
	requireConflict(t, err, stream, eventstore.NoStream(), 0)
	RequireEvents(t, c.readStream(t, stream, 0), first)
}

func testAppendStreamExists(t *testing.T, c *contract) {
	stream := c.stream("exists")
	_, err := c.store.Append(c.ctx, stream, eventstore.StreamExists(), NewEvents(t, c.eventType("Noted"), 1)...)
	requireConflict(t, err, stream, eventstore.StreamExists(), -1)
	if _, err := c.store.ReadStream(c.ctx, stream, 0); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("after a failed append the stream must not exist; read got %v", err)
	}
	first := NewEvents(t, c.eventType("Noted"), 1)
	c.append(t, stream, eventstore.Any(), first...)
	second := NewEvents(t, c.eventType("Noted"), 1)
	if res := c.append(t, stream, eventstore.StreamExists(), second...); res.NextRevision != 1 {
		t.Fatalf("next revision %d, want 1", res.NextRevision)
	}
	RequireEvents(t, c.readStream(t, stream, 0), append(first, second...))
}

func testAppendExact(t *testing.T, c *contract) {
	stream := c.stream("exact")
	_, err := c.store.Append(c.ctx, stream, eventstore.Exact(0), NewEvents(t, c.eventType("Noted"), 1)...)
	requireConflict(t, err, stream, eventstore.Exact(0), -1)

	want := NewEvents(t, c.eventType("Noted"), 2)
	c.append(t, stream, eventstore.NoStream(), want...)
	next := NewEvents(t, c.eventType("Noted"), 1)
	if res := c.append(t, stream, eventstore.Exact(1), next...); res.NextRevision != 2 {
		t.Fatalf("next revision %d, want 2", res.NextRevision)
	}
	want = append(want, next...)
	for _, stale := range []uint64{0, 1, 3, 10} {
		_, err := c.store.Append(c.ctx, stream, eventstore.Exact(stale), NewEvents(t, c.eventType("Noted"), 1)...)
		requireConflict(t, err, stream, eventstore.Exact(stale), 2)
	}
	RequireEvents(t, c.readStream(t, stream, 0), want)
}

func testAppendManyEvents(t *testing.T, c *contract) {
	stream := c.stream("many")
	events := NewEvents(t, c.eventType("Noted"), 25)
	res := c.append(t, stream, eventstore.NoStream(), events...)
	if res.NextRevision != 24 {
		t.Fatalf("next revision %d, want 24", res.NextRevision)
	}
	got := c.readStream(t, stream, 0)
	RequireEvents(t, got, events)
	for i, e := range got {
		if e.Stream != stream || e.Revision != uint64(i) {
			t.Fatalf("event %d: stream %q revision %d, want %q %d", i, e.Stream, e.Revision, stream, i)
		}
	}
	requireIncreasing(t, got)
	if got[len(got)-1].Position != res.Position {
		t.Fatalf("append result position %s, but the last event is at %s", res.Position, got[len(got)-1].Position)
	}
}

func testAppendIdempotentRetry(t *testing.T, c *contract) {
	stream := c.stream("retry")
	batch := NewEvents(t, c.eventType("Opened"), 2)
	first := c.append(t, stream, eventstore.NoStream(), batch...)
	retried := c.append(t, stream, eventstore.NoStream(), batch...)
	if retried != first {
		t.Fatalf("retried append returned %+v, the first returned %+v", retried, first)
	}

	single := NewEvents(t, c.eventType("Noted"), 1)
	first = c.append(t, stream, eventstore.Any(), single...)
	if retried := c.append(t, stream, eventstore.Any(), single...); retried != first {
		t.Fatalf("retried append returned %+v, the first returned %+v", retried, first)
	}

	want := append(batch, single...)
	RequireEvents(t, c.readStream(t, stream, 0), want)
	RequireEvents(t, c.readAll(t, eventstore.Start, 100, c.own()), want)
}

func testAppendDuplicateEventID(t *testing.T, c *contract) {
	stream := c.stream("dup")
	original := NewEvent(t, c.eventType("Priced"), map[string]string{"amount": "10.00"})
	c.append(t, stream, eventstore.NoStream(), original)

	otherData := original
	otherData.Data = json.RawMessage(`{"amount":"11.00"}`)
	otherType := original
	otherType.Type = c.eventType("Repriced")
	for name, e := range map[string]eventstore.Event{"other data": otherData, "other type": otherType} {
		_, err := c.store.Append(c.ctx, stream, eventstore.Any(), e)
		if !errors.Is(err, eventstore.ErrDuplicateEventID) {
			t.Fatalf("same id, %s: got %v, want ErrDuplicateEventID", name, err)
		}
	}
	RequireEvents(t, c.readStream(t, stream, 0), []eventstore.Event{original})

	// A retry after a crash carries later metadata: it is the same event,
	// nothing is written, and the first record's metadata stands.
	later := original
	later.Metadata = json.RawMessage(`{"occurredAt":"2099-01-01T00:00:00Z"}`)
	if _, err := c.store.Append(c.ctx, stream, eventstore.Any(), later); err != nil {
		t.Fatalf("same id and data, other metadata: %v, want success", err)
	}
	RequireEvents(t, c.readStream(t, stream, 0), []eventstore.Event{original})
}

func testAppendRoundTrip(t *testing.T, c *contract) {
	stream := c.stream("roundtrip")
	full := eventstore.Event{
		ID:   uuid.New(),
		Type: c.eventType("Ingested"),
		Data: json.RawMessage(`{"amount": "12345678901234567890.123456789", "big": 12345678901234567890.5,
			"text": "café \u00e9 \"quoted\" \\ 💸", "nested": {"list": [1, 2.5, null, true, {"k": []}]}, "empty": {}}`),
		Metadata: json.RawMessage(`{"causationId": "c-1", "correlationId": "r-9", "by": {"sub": "alice"}}`),
	}
	bare := NewEvent(t, c.eventType("Noted"), []int{1, 2, 3})
	before := time.Now()
	c.append(t, stream, eventstore.NoStream(), full, bare)

	want := []eventstore.Event{full, bare}
	got := c.readStream(t, stream, 0)
	RequireEvents(t, got, want)
	for _, e := range got {
		// Clocks of a remote store may differ a little from ours.
		if e.RecordedAt.Before(before.Add(-time.Hour)) || e.RecordedAt.After(time.Now().Add(time.Hour)) {
			t.Fatalf("event %s recorded at %s, but it was appended at %s", e.ID, e.RecordedAt, before)
		}
	}
	all := c.readAll(t, eventstore.Start, 10, c.own())
	RequireEvents(t, all, want)
	for i := range all {
		if all[i].Stream != got[i].Stream || all[i].Revision != got[i].Revision || all[i].Position != got[i].Position {
			t.Fatalf("read-all event %d is %s@%d at %s, read-stream says %s@%d at %s",
				i, all[i].Stream, all[i].Revision, all[i].Position, got[i].Stream, got[i].Revision, got[i].Position)
		}
	}
}
