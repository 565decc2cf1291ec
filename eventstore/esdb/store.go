// Package esdb is the EventStoreDB / KurrentDB backend of the event store,
// over the gRPC client github.com/EventStore/EventStore-Client-Go/v4.
//
// Idempotent retries. EventStoreDB recognises a retried append by event ID
// alone: with an exact or no-stream expectation it compares the IDs at the
// revisions the append would have taken, and with "any" it looks them up in
// a bounded cache of recent events; a match succeeds without writing and
// reports where the events already are. It never compares content, and an
// ID it does not recognise that way (the stream moved on and the append
// expects its current revision, or the event fell out of the cache) is
// written again. So after every successful append this backend reads back
// the revisions the server reported and compares type and data
// with what it sent: same IDs with other content is ErrDuplicateEventID.
// That costs one short read per append; duplicates the server does not
// recognise as a retry cannot be detected without scanning the stream.
//
// Reads of $all filter on the client, because the client library's ReadAll
// takes no filter; subscriptions filter on the server and again on the
// client, which is authoritative (the server filter is one kind only: stream
// prefixes or event-type prefixes).
package esdb

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"reflect"
	"sync"

	esdbclient "github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/allocation-gaps/gaps/eventstore"
)

// Store is the EventStoreDB event store. It is safe for concurrent use.
type Store struct {
	config *esdbclient.Configuration

	// mu is held (shared) for the whole of every call into the client: the
	// client panics on calls that race with its Close, which both Close and
	// a client replacement do.
	mu     sync.RWMutex
	client *esdbclient.Client
	closed bool
}

var _ eventstore.Store = (*Store)(nil)

var errStoreClosed = errors.New("eventstore/esdb: store is closed")

// readAllPageSize is how many events one round trip of ReadAll fetches.
const readAllPageSize = 512

// Open connects to the EventStoreDB node or cluster of url, a connection
// string such as "esdb://localhost:2113?tls=false", and checks that it answers.
func Open(ctx context.Context, url string) (*Store, error) {
	config, err := esdbclient.ParseConnectionString(url)
	if err != nil {
		return nil, fmt.Errorf("eventstore/esdb: connection string: %w", err)
	}
	config.Logger = clientLog
	client, err := esdbclient.NewClient(config)
	if err != nil {
		return nil, fmt.Errorf("eventstore/esdb: connection string: %w", err)
	}
	s := &Store{config: config, client: client}
	// Reading $all from its end returns nothing but needs a working node.
	err = s.with(ctx, func(c *esdbclient.Client) error {
		_, err := readAll(ctx, c, esdbclient.End{}, 1)
		return err
	})
	if err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("eventstore/esdb: connect to %s: %w", describeNodes(config), err)
	}
	return s, nil
}

// describeNodes names the nodes of a configuration, without its credentials.
func describeNodes(config *esdbclient.Configuration) string {
	if len(config.GossipSeeds) == 0 {
		return config.Address
	}
	return fmt.Sprint(config.GossipSeeds)
}

// clientLog sends the client library's log lines to slog at debug level:
// the client logs expected events (a subscription ended by Close) as errors,
// and every failure that matters reaches our callers as an error anyway.
func clientLog(level esdbclient.LogLevel, format string, args ...any) {
	slog.Debug(fmt.Sprintf(format, args...), "component", "esdb-client", "client_level", level)
}

// Close ends the store's connections; subscriptions then end with an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.client.Close()
}

// with runs f with the current client. When the client reports its
// connection lost, it is replaced: a client whose node discovery failed
// stays closed for good, and its own reconnection leaks the old connection.
func (s *Store) with(ctx context.Context, f func(*esdbclient.Client) error) error {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return errStoreClosed
	}
	c := s.client
	err := f(c)
	s.mu.RUnlock()
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if connectionLost(err) {
		s.replaceClient(c)
	}
	return err
}

func connectionLost(err error) bool {
	var e *esdbclient.Error
	return errors.As(err, &e) && (e.IsErrorCode(esdbclient.ErrorUnavailable) || e.IsErrorCode(esdbclient.ErrorCodeConnectionClosed))
}

func (s *Store) replaceClient(old *esdbclient.Client) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.client != old {
		return
	}
	fresh, err := esdbclient.NewClient(s.config)
	if err != nil { // cannot happen: NewClient only validates the configuration Open already used
		return
	}
	_ = old.Close()
	s.client = fresh
}

// Append implements eventstore.Store.
func (s *Store) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.Event) (eventstore.AppendResult, error) {
	proposed, err := proposedEvents(stream, events)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	var result eventstore.AppendResult
	err = s.with(ctx, func(c *esdbclient.Client) error {
		written, err := c.AppendToStream(ctx, stream, esdbclient.AppendToStreamOptions{ExpectedRevision: expectedRevision(expected)}, proposed...)
		if isCode(err, esdbclient.ErrorCodeWrongExpectedVersion) {
			actual, err := lastRevision(ctx, c, stream)
			if err != nil {
				return fmt.Errorf("eventstore/esdb: append to stream %q: wrong expected revision, then reading the stream: %w", stream, err)
			}
			return &eventstore.WrongRevisionError{Stream: stream, Expected: expected, Actual: actual}
		}
		if err != nil {
			return appendError(stream, proposed, err)
		}
		result, err = checkRecorded(ctx, c, stream, events, written.NextExpectedVersion)
		return err
	})
	return result, err
}

// proposedEvents validates the events of an append to stream and converts them.
func proposedEvents(stream string, events []eventstore.Event) ([]esdbclient.EventData, error) {
	if stream == "" {
		return nil, errors.New("eventstore/esdb: append: stream name is empty")
	}
	if len(events) == 0 {
		return nil, fmt.Errorf("eventstore/esdb: append to stream %q: no events", stream)
	}
	proposed := make([]esdbclient.EventData, len(events))
	seen := make(map[uuid.UUID]int, len(events))
	for i, e := range events {
		where := func(format string, args ...any) error {
			return fmt.Errorf("eventstore/esdb: append to stream %q: event %d (id %s, type %q): %s",
				stream, i, e.ID, e.Type, fmt.Sprintf(format, args...))
		}
		// The client would invent a random ID for a nil one, defeating retries.
		if e.ID == uuid.Nil {
			return nil, where("id is not set")
		}
		if j, dup := seen[e.ID]; dup {
			return nil, where("same id as event %d of this append", j)
		}
		seen[e.ID] = i
		if e.Type == "" {
			return nil, where("type is empty")
		}
		if len(e.Data) > 0 && !json.Valid(e.Data) {
			return nil, where("data: not valid JSON")
		}
		if len(e.Metadata) > 0 && !json.Valid(e.Metadata) {
			return nil, where("metadata: not valid JSON")
		}
		proposed[i] = esdbclient.EventData{
			EventID:     e.ID,
			EventType:   e.Type,
			ContentType: esdbclient.ContentTypeJson,
			Data:        e.Data,
			Metadata:    e.Metadata,
		}
	}
	return proposed, nil
}

// defaultMaxAppendSize is EventStoreDB's default MaxAppendSize, in bytes.
const defaultMaxAppendSize = 1 << 20

// appendError describes a failed append with its size. The server refuses
// an append over its MaxAppendSize as soon as the running size passes it;
// if the client was still sending, all it reports is EOF, so an append over
// the default limit says that it is.
func appendError(stream string, proposed []esdbclient.EventData, err error) error {
	size := 0
	for _, e := range proposed {
		size += appendSize(e)
	}
	sized := fmt.Sprintf("%d bytes", size)
	if size > defaultMaxAppendSize {
		sized += fmt.Sprintf(", over EventStoreDB's default MaxAppendSize of %d bytes", defaultMaxAppendSize)
	}
	what := fmt.Sprintf("append of %d events (%s) to stream %q", len(proposed), sized, stream)
	var grpcErr interface{ GRPCStatus() *status.Status }
	if errors.As(err, &grpcErr) && grpcErr.GRPCStatus().Code() == codes.InvalidArgument {
		// The client library renders these as an unknown error code.
		return fmt.Errorf("eventstore/esdb: %s refused by the server: %s", what, grpcErr.GRPCStatus().Message())
	}
	return fmt.Errorf("eventstore/esdb: %s: %w", what, err)
}

// appendSize is what an event counts against MaxAppendSize on the server
// (its Event.SizeOnDisk): data, metadata, and the type in UTF-16.
func appendSize(e esdbclient.EventData) int {
	return len(e.Data) + len(e.Metadata) + 2*len(e.EventType)
}

func expectedRevision(e eventstore.ExpectedRevision) esdbclient.ExpectedRevision {
	switch {
	case e.IsNoStream():
		return esdbclient.NoStream{}
	case e.IsStreamExists():
		return esdbclient.StreamExists{}
	}
	if r, ok := e.Revision(); ok {
		return esdbclient.Revision(r)
	}
	return esdbclient.Any{}
}

// checkRecorded reads back the revisions an append reported and checks they
// hold the events sent (see the package comment).
func checkRecorded(ctx context.Context, c *esdbclient.Client, stream string, sent []eventstore.Event, lastRev uint64) (eventstore.AppendResult, error) {
	n := uint64(len(sent))
	if lastRev+1 < n {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/esdb: append to stream %q: the server reported revision %d for %d events", stream, lastRev, n)
	}
	recorded, err := readStream(ctx, c, stream, esdbclient.ReadStreamOptions{From: esdbclient.Revision(lastRev + 1 - n)}, n)
	if err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/esdb: append to stream %q: reading the appended events back: %w", stream, err)
	}
	if uint64(len(recorded)) != n {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/esdb: append to stream %q: read back %d of the %d appended events", stream, len(recorded), n)
	}
	for i, want := range sent {
		got := recorded[i]
		if got.ID != want.ID {
			return eventstore.AppendResult{}, fmt.Errorf("eventstore/esdb: append to stream %q: revision %d holds event %s, not the appended %s",
				stream, got.Revision, got.ID, want.ID)
		}
		if got.Type != want.Type || !sameJSON(got.Data, want.Data) {
			return eventstore.AppendResult{}, fmt.Errorf("%w: event %s of stream %q is recorded with another type or other data",
				eventstore.ErrDuplicateEventID, want.ID, stream)
		}
	}
	return eventstore.AppendResult{NextRevision: lastRev, Position: recorded[n-1].Position}, nil
}

// sameJSON compares two JSON documents as values (key order and spacing
// aside, numbers exactly), treating empty as absent.
func sameJSON(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	va, errA := decodeJSON(a)
	vb, errB := decodeJSON(b)
	return errA == nil && errB == nil && reflect.DeepEqual(va, vb)
}

func decodeJSON(raw json.RawMessage) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

// lastRevision is the revision of the stream's last event, -1 if it has none.
func lastRevision(ctx context.Context, c *esdbclient.Client, stream string) (int64, error) {
	last, err := readStream(ctx, c, stream, esdbclient.ReadStreamOptions{Direction: esdbclient.Backwards, From: esdbclient.End{}}, 1)
	switch {
	case errors.Is(err, eventstore.ErrStreamNotFound):
		return -1, nil
	case err != nil:
		return 0, err
	case len(last) == 0:
		return -1, nil
	}
	return int64(last[0].Revision), nil
}

// ReadStream implements eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream string, from uint64) ([]eventstore.RecordedEvent, error) {
	var events []eventstore.RecordedEvent
	err := s.with(ctx, func(c *esdbclient.Client) error {
		var err error
		events, err = readStream(ctx, c, stream, esdbclient.ReadStreamOptions{From: esdbclient.Revision(from)}, math.MaxInt64)
		return err
	})
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return nil, fmt.Errorf("%w: %q", eventstore.ErrStreamNotFound, stream)
	}
	if err != nil {
		return nil, fmt.Errorf("eventstore/esdb: read stream %q: %w", stream, err)
	}
	return events, nil
}

func readStream(ctx context.Context, c *esdbclient.Client, stream string, opts esdbclient.ReadStreamOptions, count uint64) ([]eventstore.RecordedEvent, error) {
	rs, err := c.ReadStream(ctx, stream, opts, count)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var events []eventstore.RecordedEvent
	for {
		e, err := rs.Recv()
		switch {
		case errors.Is(err, io.EOF):
			return events, nil
		case isCode(err, esdbclient.ErrorCodeResourceNotFound):
			return nil, eventstore.ErrStreamNotFound
		case err != nil:
			return nil, err
		}
		events = append(events, recordedEvent(e.OriginalEvent()))
	}
}

// ReadAll implements eventstore.Store. limit must be positive.
func (s *Store) ReadAll(ctx context.Context, from eventstore.Position, limit int, filter eventstore.Filter) ([]eventstore.RecordedEvent, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("eventstore/esdb: read all: limit %d is not positive", limit)
	}
	var events []eventstore.RecordedEvent
	err := s.with(ctx, func(c *esdbclient.Client) error {
		events = nil
		after := from
		for {
			// Reading $all from a position includes the event there.
			page, err := readAll(ctx, c, allPosition(after), readAllPageSize)
			if err != nil {
				return err
			}
			for _, e := range page {
				if !after.Less(e.Position) {
					continue
				}
				after = e.Position
				if filter.Match(e.Stream, e.Type) {
					events = append(events, e)
					if len(events) == limit {
						return nil
					}
				}
			}
			if len(page) < readAllPageSize {
				return nil
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("eventstore/esdb: read all after %s: %w", from, err)
	}
	return events, nil
}

func readAll(ctx context.Context, c *esdbclient.Client, from esdbclient.AllPosition, count uint64) ([]eventstore.RecordedEvent, error) {
	rs, err := c.ReadAll(ctx, esdbclient.ReadAllOptions{From: from}, count)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var events []eventstore.RecordedEvent
	for {
		e, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			return events, nil
		}
		if err != nil {
			return nil, err
		}
		events = append(events, recordedEvent(e.OriginalEvent()))
	}
}

func allPosition(p eventstore.Position) esdbclient.AllPosition {
	if p == eventstore.Start {
		return esdbclient.Start{}
	}
	return esdbclient.Position{Commit: p.Commit, Prepare: p.Prepare}
}

func recordedEvent(e *esdbclient.RecordedEvent) eventstore.RecordedEvent {
	return eventstore.RecordedEvent{
		Event: eventstore.Event{
			ID:       e.EventID,
			Type:     e.EventType,
			Data:     nilIfEmpty(e.Data),
			Metadata: nilIfEmpty(e.UserMetadata),
		},
		Stream:     e.StreamID,
		Revision:   e.EventNumber,
		Position:   eventstore.Position{Commit: e.Position.Commit, Prepare: e.Position.Prepare},
		RecordedAt: e.CreatedDate,
	}
}

// nilIfEmpty maps the empty payload EventStoreDB stores for "no data" back to nil.
func nilIfEmpty(b []byte) json.RawMessage {
	if len(b) == 0 {
		return nil
	}
	return b
}

func isCode(err error, code esdbclient.ErrorCode) bool {
	var e *esdbclient.Error
	return errors.As(err, &e) && e.IsErrorCode(code)
}
