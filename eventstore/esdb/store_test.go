package esdb

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/esdb/esdbfake"
	"github.com/allocation-gaps/gaps/eventstore/eventstoretest"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// openStore opens a store on url, closed when the test ends.
func openStore(t testing.TB, url string) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestContractOnFakeServer(t *testing.T) {
	eventstoretest.Run(t, func(t *testing.T) eventstore.Store {
		return openStore(t, esdbfake.Start(t).URL())
	})
}

func TestContractOnEventStoreDB(t *testing.T) {
	url := os.Getenv("GAPS_ESDB_URL")
	if url == "" {
		t.Skip("GAPS_ESDB_URL is not set (e.g. esdb://localhost:2113?tls=false): no EventStoreDB to run the contract suite against")
	}
	eventstoretest.Run(t, func(t *testing.T) eventstore.Store { return openStore(t, url) })
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestSubscriptionResubscribesAfterDrops(t *testing.T) {
	fake := esdbfake.Start(t)
	s := openStore(t, fake.URL())
	ctx := testContext(t)
	ns := eventstoretest.UniquePrefix(t)
	own := eventstore.Filter{StreamPrefixes: []string{ns}}

	stored := eventstoretest.NewEvents(t, ns+"Noted", 10)
	for i, e := range stored {
		if _, err := s.Append(ctx, ns+[]string{"a", "b"}[i%2], eventstore.Any(), e); err != nil {
			t.Fatalf("append: %v", err)
		}
	}
	const dropAfter = 3
	fake.DropSubscriptionsAfter(dropAfter)
	sub, err := s.SubscribeAll(ctx, eventstore.Start, own)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, len(stored)), stored)

	live := eventstoretest.NewEvents(t, ns+"Noted", 5)
	for _, e := range live {
		if _, err := s.Append(ctx, ns+"live", eventstore.Any(), e); err != nil {
			t.Fatalf("append: %v", err)
		}
	}
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, len(live)), live)

	// Every resubscription delivered at most dropAfter events before the
	// next drop, so 15 events took at least 5 subscriptions.
	if n := fake.SubscriptionsOpened(); n < (len(stored)+len(live))/dropAfter {
		t.Fatalf("%d subscriptions opened; the fake did not drop them", n)
	}
	// Nothing came twice: the next event is the one appended last.
	fake.DropSubscriptionsAfter(0)
	sentinel := eventstoretest.NewEvent(t, ns+"Sentinel", nil)
	if _, err := s.Append(ctx, ns+"live", eventstore.Any(), sentinel); err != nil {
		t.Fatalf("append: %v", err)
	}
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, 1), []eventstore.Event{sentinel})
}

func TestStoreSurvivesServerRestart(t *testing.T) {
	fake := esdbfake.Start(t)
	s := openStore(t, fake.URL())
	ctx := testContext(t)
	ns := eventstoretest.UniquePrefix(t)
	events := eventstoretest.NewEvents(t, ns+"Noted", 2)
	if _, err := s.Append(ctx, ns+"s", eventstore.NoStream(), events[0]); err != nil {
		t.Fatalf("append: %v", err)
	}
	sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{StreamPrefixes: []string{ns}})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, 1), events[:1])

	fake.Restart(t)

	// The first calls may fail while the store reconnects; the deterministic
	// event ID makes retrying safe.
	for attempt := 1; ; attempt++ {
		_, err := s.Append(ctx, ns+"s", eventstore.Exact(0), events[1])
		if err == nil {
			break
		}
		if attempt == 20 || errors.Is(err, eventstore.ErrConflict) {
			t.Fatalf("append after restart, attempt %d: %v", attempt, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, 1), events[1:])
}

// EventStoreDB answers a retry by ID alone; the store's read-back is what
// tells a retry from a different event under a reused ID.
func TestAppendRetryRules(t *testing.T) {
	s := openStore(t, esdbfake.Start(t).URL())
	ctx := testContext(t)
	ns := eventstoretest.UniquePrefix(t)
	stream := ns + "s"
	first := eventstoretest.NewEvents(t, ns+"Noted", 2)
	original, err := s.Append(ctx, stream, eventstore.NoStream(), first...)
	if err != nil {
		t.Fatalf("append: %v", err)
	}
	if _, err := s.Append(ctx, stream, eventstore.Exact(1), eventstoretest.NewEvents(t, ns+"Noted", 1)...); err != nil {
		t.Fatalf("append: %v", err)
	}

	// The stream moved on, but a retry with the original condition is still one.
	if got, err := s.Append(ctx, stream, eventstore.NoStream(), first...); err != nil || got != original {
		t.Fatalf("retry after the stream moved on: got %+v, %v; want %+v", got, err, original)
	}
	// Reordered whitespace and keys are the same JSON value.
	same := first[1]
	same.Data = json.RawMessage(` { "n" : 1 } `)
	if got, err := s.Append(ctx, stream, eventstore.Exact(0), same); err != nil || got.NextRevision != 1 {
		t.Fatalf("retry with equal JSON: got %+v, %v; want revision 1", got, err)
	}
	changed := first[1]
	changed.Data = json.RawMessage(`{"n": 2}`)
	if _, err := s.Append(ctx, stream, eventstore.Exact(0), changed); !errors.Is(err, eventstore.ErrDuplicateEventID) {
		t.Fatalf("same id, other data: got %v, want ErrDuplicateEventID", err)
	}
	got, err := s.ReadStream(ctx, stream, 0)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(got) != 3 {
		t.Fatalf("the stream holds %d events, want 3", len(got))
	}
}

func TestAppendRejectsBadEvents(t *testing.T) {
	s := openStore(t, esdbfake.Start(t).URL())
	ctx := testContext(t)
	good := eventstoretest.NewEvent(t, "Noted", nil)
	noID := good
	noID.ID = [16]byte{}
	badJSON := eventstoretest.NewEvent(t, "Noted", nil)
	badJSON.Data = json.RawMessage(`{"n":`)
	for name, events := range map[string][]eventstore.Event{
		"no events":        nil,
		"no id":            {noID},
		"no type":          {{ID: good.ID}},
		"id twice":         {good, good},
		"data is not JSON": {badJSON},
	} {
		if _, err := s.Append(ctx, "s", eventstore.Any(), events...); err == nil {
			t.Errorf("%s: append succeeded", name)
		}
	}
	if _, err := s.ReadStream(ctx, "s", 0); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("after rejected appends: read got %v, want ErrStreamNotFound", err)
	}
}

func TestOpenFailsWithoutServer(t *testing.T) {
	ctx := testContext(t)
	_, err := Open(ctx, "esdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1")
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("open of a port nobody listens on: got %v, want an error naming the node", err)
	}
	if _, err := Open(ctx, "postgres://localhost"); err == nil {
		t.Fatal("open of a non-esdb URL succeeded")
	}
}

func TestStoreCloseEndsSubscriptions(t *testing.T) {
	s := openStore(t, esdbfake.Start(t).URL())
	ctx := testContext(t)
	first := eventstoretest.NewEvent(t, "Noted", nil)
	if _, err := s.Append(ctx, "s", eventstore.NoStream(), first); err != nil {
		t.Fatalf("append: %v", err)
	}
	// The zero filter passes everything but the node's system events.
	sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, 1), []eventstore.Event{first})

	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if _, err := sub.Recv(); !errors.Is(err, errStoreClosed) {
		t.Fatalf("Recv after the store closed: got %v, want %v", err, errStoreClosed)
	}
	if _, err := s.Append(ctx, "s", eventstore.Any(), eventstoretest.NewEvent(t, "Noted", nil)); !errors.Is(err, errStoreClosed) {
		t.Fatalf("append after close: got %v, want %v", err, errStoreClosed)
	}
}

// BenchmarkAppend measures one single-event append, including the read-back
// that checks a retry's content, against the in-process fake node.
func BenchmarkAppend(b *testing.B) {
	s := openStore(b, esdbfake.Start(b).URL())
	ctx := context.Background()
	stream := eventstoretest.UniquePrefix(b) + "bench"
	events := eventstoretest.NewEvents(b, "Noted", b.N)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Append(ctx, stream, eventstore.Any(), events[i]); err != nil {
			b.Fatalf("append: %v", err)
		}
	}
}

// EventStoreDB refuses an append over its MaxAppendSize; the store says so,
// whether the refusal reached the client or cut its sending short, and
// nothing of the append is written.
func TestAppendOverMaxAppendSizeIsRefused(t *testing.T) {
	const limit = 4 << 10
	fake := esdbfake.Start(t, esdbfake.WithMaxAppendSize(limit))
	s := openStore(t, fake.URL())
	ctx := testContext(t)
	ns := eventstoretest.UniquePrefix(t)
	// An event of n bytes: its data and its type, twice (UTF-16), count.
	event := func(n int) eventstore.Event {
		e := eventstoretest.NewEvent(t, ns+"Noted", nil)
		e.Data = json.RawMessage(`"` + strings.Repeat("x", n-2-2*len(e.Type)) + `"`)
		return e
	}
	fits := []eventstore.Event{event(limit / 2), event(limit / 2)}
	if _, err := s.Append(ctx, ns+"fits", eventstore.NoStream(), fits...); err != nil {
		t.Fatalf("append of exactly the limit: %v", err)
	}
	over := []eventstore.Event{event(limit / 2), event(limit/2 + 1)}
	_, err := s.Append(ctx, ns+"over", eventstore.NoStream(), over...)
	if err == nil || !strings.Contains(err.Error(), "refused by the server: Maximum Append Size of 4096 Exceeded") ||
		!strings.Contains(err.Error(), "(4097 bytes)") {
		t.Fatalf("append one byte over the limit: got %v, want the server's refusal and the append's size", err)
	}
	if _, err := s.ReadStream(ctx, ns+"over", 0); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("after the refused append: read got %v, want ErrStreamNotFound", err)
	}

	// Far over the default limit the server may stop reading while the
	// client still sends, which then sees only EOF: the store names the limit.
	big := esdbfake.Start(t)
	s = openStore(t, big.URL())
	huge := []eventstore.Event{event(700 << 10), event(700 << 10), event(700 << 10)}
	_, err = s.Append(ctx, ns+"huge", eventstore.NoStream(), huge...)
	if err == nil || !strings.Contains(err.Error(), "MaxAppendSize of 1048576 bytes") {
		t.Fatalf("append of 2.1 MB: got %v, want an error naming the default MaxAppendSize", err)
	}
	if _, err := s.ReadStream(ctx, ns+"huge", 0); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("after the refused append: read got %v, want ErrStreamNotFound", err)
	}
}
