// Package eventstoretest is the contract every eventstore.Store backend
// passes. Backends call Run from their own tests.
//
// Every stream and event type a subtest writes starts with a random prefix
// (UniquePrefix), and read-all and subscription assertions filter by it, so
// the suite also runs against a shared EventStoreDB that holds other events.
package eventstoretest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/eventstore"
)

// testTimeout bounds each subtest, so a Recv that never returns fails the
// test instead of hanging it.
const testTimeout = 60 * time.Second

// Run runs the contract suite; newStore gives each subtest its store and
// arranges for it to be closed.
func Run(t *testing.T, newStore func(t *testing.T) eventstore.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, c *contract)
	}{
		{"Append/Any", testAppendAny},
		{"Append/NoStream", testAppendNoStream},
		{"Append/StreamExists", testAppendStreamExists},
		{"Append/Exact", testAppendExact},
		{"Append/ManyEvents", testAppendManyEvents},
		{"Append/IdempotentRetry", testAppendIdempotentRetry},
		{"Append/DuplicateEventID", testAppendDuplicateEventID},
		{"Append/RoundTrip", testAppendRoundTrip},
		{"ReadStream/FromRevision", testReadStreamFromRevision},
		{"ReadStream/NotFound", testReadStreamNotFound},
		{"ReadAll/Order", testReadAllOrder},
		{"ReadAll/Limit", testReadAllLimit},
		{"ReadAll/FromPosition", testReadAllFromPosition},
		{"ReadAll/Filters", testReadAllFilters},
		{"SubscribeAll/CatchUpThenLive", testSubscribeCatchUpThenLive},
		{"SubscribeAll/FromPosition", testSubscribeFromPosition},
		{"SubscribeAll/Filters", testSubscribeFilters},
		{"SubscribeAll/Close", testSubscribeClose},
		{"SubscribeAll/ContextCancel", testSubscribeContextCancel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			t.Cleanup(cancel)
			tc.run(t, &contract{ctx: ctx, store: newStore(t), ns: UniquePrefix(t)})
		})
	}
}

// contract is one subtest's store and namespace.
type contract struct {
	ctx   context.Context
	store eventstore.Store
	ns    string // prefix of every stream and event type of the subtest
}

// UniquePrefix returns a random prefix such as "c3f1a9b2d0e4-" for stream
// names and event types that no other test run uses.
func UniquePrefix(t testing.TB) string {
	t.Helper()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("random prefix: %v", err)
	}
	return "c" + hex.EncodeToString(b[:]) + "-"
}

// NewEvent returns an event with a random ID, the given type and data
// marshalled to JSON, and no metadata.
func NewEvent(t testing.TB, eventType string, data any) eventstore.Event {
	t.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		t.Fatalf("marshal data of %s event: %v", eventType, err)
	}
	return eventstore.Event{ID: uuid.New(), Type: eventType, Data: raw}
}

// NewEvents returns n events of one type whose data is {"n": i}.
func NewEvents(t testing.TB, eventType string, n int) []eventstore.Event {
	t.Helper()
	events := make([]eventstore.Event, n)
	for i := range events {
		events[i] = NewEvent(t, eventType, map[string]int{"n": i})
	}
	return events
}

func (c *contract) stream(name string) string    { return c.ns + name }
func (c *contract) eventType(name string) string { return c.ns + name }

// own selects the subtest's events in read-all and subscriptions.
func (c *contract) own() eventstore.Filter {
	return eventstore.Filter{StreamPrefixes: []string{c.ns}}
}

func (c *contract) append(t *testing.T, stream string, expected eventstore.ExpectedRevision, events ...eventstore.Event) eventstore.AppendResult {
	t.Helper()
	res, err := c.store.Append(c.ctx, stream, expected, events...)
	if err != nil {
		t.Fatalf("append %d events to %s expecting %s: %v", len(events), stream, expected, err)
	}
	return res
}

func (c *contract) readStream(t *testing.T, stream string, from uint64) []eventstore.RecordedEvent {
	t.Helper()
	got, err := c.store.ReadStream(c.ctx, stream, from)
	if err != nil {
		t.Fatalf("read stream %s from %d: %v", stream, from, err)
	}
	return got
}

func (c *contract) readAll(t *testing.T, from eventstore.Position, limit int, filter eventstore.Filter) []eventstore.RecordedEvent {
	t.Helper()
	got, err := c.store.ReadAll(c.ctx, from, limit, filter)
	if err != nil {
		t.Fatalf("read all from %s (limit %d, filter %+v): %v", from, limit, filter, err)
	}
	return got
}

func (c *contract) subscribe(t *testing.T, from eventstore.Position, filter eventstore.Filter) eventstore.Subscription {
	t.Helper()
	sub, err := c.store.SubscribeAll(c.ctx, from, filter)
	if err != nil {
		t.Fatalf("subscribe from %s: %v", from, err)
	}
	t.Cleanup(func() { _ = sub.Close() })
	return sub
}

// RecvN receives n events, failing the test on any error.
func RecvN(t testing.TB, sub eventstore.Subscription, n int) []eventstore.RecordedEvent {
	t.Helper()
	got := make([]eventstore.RecordedEvent, 0, n)
	for len(got) < n {
		e, err := sub.Recv()
		if err != nil {
			t.Fatalf("recv event %d of %d: %v", len(got)+1, n, err)
		}
		got = append(got, e)
	}
	return got
}

// RequireEvents fails unless got holds exactly the want events (ID, type,
// data and metadata as JSON values), in order.
func RequireEvents(t testing.TB, got []eventstore.RecordedEvent, want []eventstore.Event) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d events %v, want %d %v", len(got), recordedIDs(got), len(want), eventIDs(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Type != w.Type {
			t.Fatalf("event %d: got %s %q, want %s %q (all got %v, want %v)", i, g.ID, g.Type, w.ID, w.Type, recordedIDs(got), eventIDs(want))
		}
		requireSameJSON(t, "data of event "+w.ID.String(), g.Data, w.Data)
		requireSameJSON(t, "metadata of event "+w.ID.String(), g.Metadata, w.Metadata)
	}
}

// requireSameJSON compares two JSON documents as values; empty stands for
// "absent" and equals only empty.
func requireSameJSON(t testing.TB, what string, got, want []byte) {
	t.Helper()
	if len(want) == 0 || len(got) == 0 {
		if len(got) != len(want) {
			t.Fatalf("%s: got %q, want %q", what, got, want)
		}
		return
	}
	g, err := decodeJSON(got)
	if err != nil {
		t.Fatalf("%s: got invalid JSON %q: %v", what, got, err)
	}
	w, err := decodeJSON(want)
	if err != nil {
		t.Fatalf("%s: want invalid JSON %q: %v", what, want, err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}

func decodeJSON(raw []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // keeps 12345678901234567890.5 exact
	var v any
	err := dec.Decode(&v)
	return v, err
}

func recordedIDs(events []eventstore.RecordedEvent) []uuid.UUID {
	ids := make([]uuid.UUID, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	return ids
}

func eventIDs(events []eventstore.Event) []uuid.UUID {
	ids := make([]uuid.UUID, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	return ids
}

// requireConflict fails unless err is the WrongRevisionError for stream,
// expected and actual.
func requireConflict(t *testing.T, err error, stream string, expected eventstore.ExpectedRevision, actual int64) {
	t.Helper()
	if !errors.Is(err, eventstore.ErrConflict) {
		t.Fatalf("append to %s expecting %s: got %v, want a conflict", stream, expected, err)
	}
	var wrong *eventstore.WrongRevisionError
	if !errors.As(err, &wrong) {
		t.Fatalf("append to %s expecting %s: got %T %v, want *eventstore.WrongRevisionError", stream, expected, err, err)
	}
	if wrong.Stream != stream || wrong.Expected != expected || wrong.Actual != actual {
		t.Fatalf("conflict: got stream %q expected %s actual %d, want %q %s %d",
			wrong.Stream, wrong.Expected, wrong.Actual, stream, expected, actual)
	}
}

// requireIncreasing fails unless positions strictly increase.
func requireIncreasing(t testing.TB, events []eventstore.RecordedEvent) {
	t.Helper()
	for i := 1; i < len(events); i++ {
		if !events[i-1].Position.Less(events[i].Position) {
			t.Fatalf("event %d at %s does not follow event %d at %s", i, events[i].Position, i-1, events[i-1].Position)
		}
	}
}
