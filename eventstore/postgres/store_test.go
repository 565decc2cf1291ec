package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/eventstoretest"
	"github.com/allocation-gaps/gaps/internal/pgtest"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testTimeout bounds each test, so a subscription that misses an event
// fails the test instead of hanging it.
const testTimeout = 2 * time.Minute

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// openStore opens a store on url, closed when the test ends.
func openStore(t testing.TB, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// newStore opens a store on a fresh schema.
func newStore(t testing.TB) *Store {
	t.Helper()
	url, _ := pgtest.Schema(t)
	return openStore(t, url)
}

func TestContract(t *testing.T) {
	eventstoretest.Run(t, func(t *testing.T) eventstore.Store { return newStore(t) })
}

func TestOpenMigratesOnceUnderConcurrentOpens(t *testing.T) {
	ctx := testContext(t)
	url, _ := pgtest.Schema(t)
	stores := make([]*Store, 4)
	errs := make([]error, len(stores))
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(ctx, url) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		t.Cleanup(func() { _ = stores[i].Close() })
	}

	e := eventstoretest.NewEvent(t, "Noted", map[string]int{"n": 1})
	if _, err := stores[0].Append(ctx, "s-1", eventstore.NoStream(), e); err != nil {
		t.Fatalf("append: %v", err)
	}
	reopened := openStore(t, url)
	got, err := reopened.ReadStream(ctx, "s-1", 0)
	if err != nil {
		t.Fatalf("read after reopen: %v", err)
	}
	eventstoretest.RequireEvents(t, got, []eventstore.Event{e})

	var versions []int
	rows, err := reopened.Pool().Query(ctx, "SELECT version FROM eventstore_migrations ORDER BY version")
	if err != nil {
		t.Fatalf("read migrations: %v", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatalf("scan migration: %v", err)
		}
		versions = append(versions, v)
	}
	if rows.Err() != nil || len(versions) != len(migrations) || versions[len(versions)-1] != len(migrations) {
		t.Fatalf("applied migrations %v (err %v), want 1..%d once each", versions, rows.Err(), len(migrations))
	}
}

func TestAppendRejectsBadInput(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	good := eventstoretest.NewEvent(t, "Noted", map[string]int{"n": 1})
	with := func(change func(e *eventstore.Event)) eventstore.Event {
		e := eventstoretest.NewEvent(t, "Noted", map[string]int{"n": 2})
		change(&e)
		return e
	}
	cases := []struct {
		name    string
		stream  string
		events  []eventstore.Event
		message string
	}{
		{"empty stream name", "", []eventstore.Event{good}, "stream name is empty"},
		{"no events", "s", nil, `stream "s": no events`},
		{"no id", "s", []eventstore.Event{good, with(func(e *eventstore.Event) { e.ID = uuid.Nil })}, "event 1 (id 00000000-0000-0000-0000-000000000000, type \"Noted\"): id is not set"},
		{"id twice", "s", []eventstore.Event{good, good}, "same id as event 0"},
		{"no type", "s", []eventstore.Event{with(func(e *eventstore.Event) { e.Type = "" })}, "type is empty"},
		{"data not JSON", "s", []eventstore.Event{with(func(e *eventstore.Event) { e.Data = json.RawMessage(`{"amount": 1`) })}, "data: not valid JSON"},
		{"metadata not JSON", "s", []eventstore.Event{with(func(e *eventstore.Event) { e.Metadata = json.RawMessage(`nope`) })}, "metadata: not valid JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Append(ctx, tc.stream, eventstore.Any(), tc.events...)
			if err == nil || !strings.Contains(err.Error(), tc.message) {
				t.Fatalf("got error %v, want one containing %q", err, tc.message)
			}
		})
	}
	if got, err := s.ReadAll(ctx, eventstore.Start, 10, eventstore.Filter{}); err != nil || len(got) != 0 {
		t.Fatalf("rejected appends wrote %d events (err %v)", len(got), err)
	}
	if _, err := s.ReadAll(ctx, eventstore.Start, 0, eventstore.Filter{}); err == nil || !strings.Contains(err.Error(), "limit 0") {
		t.Fatalf("read all with limit 0: got %v, want an error naming the limit", err)
	}
}

func TestDataAndMetadataKeptAsWritten(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	e := eventstoretest.NewEvent(t, "Noted", nil)
	e.Data = json.RawMessage(`{ "z": 1.50,  "a" : [1e2, "x"], "z": 2 }`)
	e.Metadata = json.RawMessage(`{"b":true , "a":null}`)
	if _, err := s.Append(ctx, "kept", eventstore.NoStream(), e); err != nil {
		t.Fatalf("append: %v", err)
	}
	got, err := s.ReadStream(ctx, "kept", 0)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if string(got[0].Data) != string(e.Data) || string(got[0].Metadata) != string(e.Metadata) {
		t.Fatalf("got data %s metadata %s, want the bytes written: %s %s", got[0].Data, got[0].Metadata, e.Data, e.Metadata)
	}
}

func TestSystemEventsNeverPassReadAll(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	system := eventstoretest.NewEvent(t, "$metadata", map[string]int{"maxAge": 1})
	user := eventstoretest.NewEvent(t, "Noted", nil)
	if _, err := s.Append(ctx, "s", eventstore.NoStream(), system, user); err != nil {
		t.Fatalf("append: %v", err)
	}
	for _, f := range []eventstore.Filter{{}, {EventTypes: []string{"$metadata", "Noted"}}, {StreamPrefixes: []string{"s"}}} {
		got, err := s.ReadAll(ctx, eventstore.Start, 10, f)
		if err != nil {
			t.Fatalf("read all: %v", err)
		}
		eventstoretest.RequireEvents(t, got, []eventstore.Event{user})
	}
}

func TestConcurrentExactAppendsOneWinnerPerRevision(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	const rounds, contenders = 15, 8
	var winners []eventstore.Event
	for round := range rounds {
		expected := eventstore.NoStream()
		if round > 0 {
			expected = eventstore.Exact(uint64(round - 1))
		}
		events := eventstoretest.NewEvents(t, "Bid", contenders)
		errs := make([]error, contenders)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range contenders {
			wg.Go(func() {
				<-start
				_, errs[i] = s.Append(ctx, "auction", expected, events[i])
			})
		}
		close(start)
		wg.Wait()
		won := -1
		for i, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("round %d: contenders %d and %d both won", round, won, i)
			case err == nil:
				won = i
			case !errors.Is(err, eventstore.ErrConflict):
				t.Fatalf("round %d: contender %d: %v, want a conflict", round, i, err)
			}
		}
		if won < 0 {
			t.Fatalf("round %d: nobody won", round)
		}
		winners = append(winners, events[won])
	}
	got, err := s.ReadStream(ctx, "auction", 0)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	eventstoretest.RequireEvents(t, got, winners)
}

// appendConcurrently has writers append batches of 1–4 events to streams
// shared between them, and returns every event appended.
func appendConcurrently(t *testing.T, ctx context.Context, s eventstore.Store, writers, appendsEach int) []eventstore.Event {
	t.Helper()
	var (
		mu       sync.Mutex
		appended []eventstore.Event
		firstErr error
		wg       sync.WaitGroup
	)
	for w := range writers {
		wg.Go(func() {
			for i := range appendsEach {
				events := eventstoretest.NewEvents(t, "Noted", 1+(w+i)%4)
				_, err := s.Append(ctx, fmt.Sprintf("stream-%d", (w+i)%5), eventstore.Any(), events...)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				appended = append(appended, events...)
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		t.Fatalf("concurrent append: %v", firstErr)
	}
	return appended
}

// requireExactlyOnceInLogOrder fails unless received is the whole log, in
// log order, and holds each appended event once.
func requireExactlyOnceInLogOrder(t *testing.T, ctx context.Context, s eventstore.Store, received []eventstore.RecordedEvent, appended []eventstore.Event) {
	t.Helper()
	log, err := s.ReadAll(ctx, eventstore.Start, len(appended)+1, eventstore.Filter{})
	if err != nil {
		t.Fatalf("read all: %v", err)
	}
	if len(log) != len(appended) {
		t.Fatalf("the log holds %d events, %d were appended", len(log), len(appended))
	}
	want := make([]eventstore.Event, len(log))
	for i, e := range log {
		want[i] = e.Event
		if received[i].Position != e.Position {
			t.Fatalf("event %d received at %s, the log has it at %s", i, received[i].Position, e.Position)
		}
	}
	eventstoretest.RequireEvents(t, received, want)
	seen := make(map[uuid.UUID]bool, len(received))
	for _, e := range received {
		seen[e.ID] = true
	}
	for _, e := range appended {
		if !seen[e.ID] {
			t.Fatalf("appended event %s was never received", e.ID)
		}
	}
}

// requireNextIsSentinel appends one event and fails unless it is the next
// one the subscription delivers: nothing else is pending.
func requireNextIsSentinel(t *testing.T, ctx context.Context, s eventstore.Store, sub eventstore.Subscription) {
	t.Helper()
	sentinel := eventstoretest.NewEvent(t, "Sentinel", nil)
	if _, err := s.Append(ctx, "sentinel", eventstore.Any(), sentinel); err != nil {
		t.Fatalf("append sentinel: %v", err)
	}
	eventstoretest.RequireEvents(t, eventstoretest.RecvN(t, sub, 1), []eventstore.Event{sentinel})
}

func TestSubscriberReceivesConcurrentAppendsExactlyOnceInLogOrder(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	const writers, appendsEach = 8, 40
	total := 0
	for w := range writers {
		for i := range appendsEach {
			total += 1 + (w+i)%4
		}
	}
	sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	received := make(chan []eventstore.RecordedEvent, 1)
	go func() {
		var got []eventstore.RecordedEvent
		for len(got) < total {
			e, err := sub.Recv()
			if err != nil {
				break
			}
			got = append(got, e)
		}
		received <- got
	}()

	appended := appendConcurrently(t, ctx, s, writers, appendsEach)
	got := <-received
	if len(got) != total {
		t.Fatalf("received %d of %d events", len(got), total)
	}
	requireExactlyOnceInLogOrder(t, ctx, s, got, appended)
	requireNextIsSentinel(t, ctx, s, sub)
}

func TestLiveEventsArriveByNotification(t *testing.T) {
	ctx := testContext(t)
	s := newStore(t)
	s.pollInterval = time.Hour // only a notification can wake the subscriber
	sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()
	// Other schemas' appends use other channels and must not matter.
	other := newStore(t)
	for i := range 3 {
		if _, err := other.Append(ctx, "elsewhere", eventstore.Any(), eventstoretest.NewEvent(t, "Noted", i)); err != nil {
			t.Fatalf("append elsewhere: %v", err)
		}
		requireNextIsSentinel(t, ctx, s, sub)
	}
}

// terminateBackends ends the server sessions named appName and
// appName+"-listener", and counts how many of each it ended.
func terminateBackends(t *testing.T, ctx context.Context, s *Store, appName string) (pool, listener int) {
	t.Helper()
	// MATERIALIZED keeps the planner from calling pg_terminate_backend on
	// sessions before the name test has excluded them.
	rows, err := s.Pool().Query(ctx, `WITH targets AS MATERIALIZED (
			SELECT pid, application_name FROM pg_stat_activity
			WHERE application_name IN ($1, $1 || '-listener'))
		SELECT application_name FROM targets WHERE pg_terminate_backend(pid)`, appName)
	if err != nil {
		t.Fatalf("terminate backends: %v", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatalf("terminate backends: %v", err)
		}
		if name == appName {
			pool++
		} else {
			listener++
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("terminate backends: %v", err)
	}
	return pool, listener
}

func TestSubscriptionSurvivesTerminatedConnections(t *testing.T) {
	ctx := testContext(t)
	url, _ := pgtest.Schema(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	appName := "gaps-test-subscriber-" + hex.EncodeToString(b[:])
	subscriberStore := openStore(t, url+"&application_name="+appName)
	// Only a reconnected listener, not the poll, may rescue the subscriber.
	subscriberStore.pollInterval = time.Hour
	writer := openStore(t, url)

	sub, err := subscriberStore.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer func() { _ = sub.Close() }()

	const rounds, appendsPerRound, eventsPerAppend = 8, 20, 5
	var (
		appended                   []eventstore.Event
		received                   []eventstore.RecordedEvent
		poolKilled, listenerKilled int
	)
	terminate := func() {
		p, l := terminateBackends(t, ctx, writer, appName)
		poolKilled += p
		listenerKilled += l
	}
	for round := range rounds {
		batches := make([][]eventstore.Event, appendsPerRound)
		for i := range batches {
			batches[i] = eventstoretest.NewEvents(t, "Noted", eventsPerAppend)
			appended = append(appended, batches[i]...)
		}
		writerDone := make(chan error, 1)
		go func() {
			for i, events := range batches {
				if _, err := writer.Append(ctx, fmt.Sprintf("stream-%d", i%3), eventstore.Any(), events...); err != nil {
					writerDone <- err
					return
				}
			}
			writerDone <- nil
		}()
		// Mid-stream: half the round received, appends still running.
		received = append(received, eventstoretest.RecvN(t, sub, appendsPerRound*eventsPerAppend/2)...)
		terminate()
		received = append(received, eventstoretest.RecvN(t, sub, appendsPerRound*eventsPerAppend/2)...)
		if err := <-writerDone; err != nil {
			t.Fatalf("round %d: append: %v", round, err)
		}
		// Caught up and idle: an event appended while the listener is
		// down must still arrive once it is back.
		terminate()
		sentinel := eventstoretest.NewEvent(t, "Sentinel", round)
		if _, err := writer.Append(ctx, "sentinel", eventstore.Any(), sentinel); err != nil {
			t.Fatalf("round %d: append sentinel: %v", round, err)
		}
		appended = append(appended, sentinel)
		received = append(received, eventstoretest.RecvN(t, sub, 1)...)
	}
	if poolKilled == 0 || listenerKilled == 0 {
		t.Fatalf("terminated %d pool and %d listener connections; the test must end both kinds", poolKilled, listenerKilled)
	}
	requireExactlyOnceInLogOrder(t, ctx, writer, received, appended)
	requireNextIsSentinel(t, ctx, writer, sub)
}

func TestStoreCloseEndsSubscriptions(t *testing.T) {
	ctx := testContext(t)
	url, _ := pgtest.Schema(t)
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	ended := make(chan error, 1)
	go func() {
		_, err := sub.Recv()
		ended <- err
	}()
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := <-ended; !errors.Is(err, eventstore.ErrSubscriptionClosed) {
		t.Fatalf("Recv after store close: %v, want ErrSubscriptionClosed", err)
	}
	if _, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{}); err == nil {
		t.Fatal("subscribe on a closed store succeeded")
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}
