// Package eventstore is the append-only log every other part of Allocation Gaps
// writes to and reads from. Two backends implement Store: postgres (the
// embedded default) and esdb (EventStoreDB / KurrentDB). Both pass the one
// contract suite in eventstoretest.
package eventstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Event is what a caller appends. ID must be set; processes derive it
// deterministically so that a retried append is recognised as the same event.
type Event struct {
	ID       uuid.UUID
	Type     string
	Data     json.RawMessage
	Metadata json.RawMessage
}

// RecordedEvent is an Event as the log holds it.
type RecordedEvent struct {
	Event
	Stream     string
	Revision   uint64 // 0-based position within the stream
	Position   Position
	RecordedAt time.Time
}

// Position is a place in the global log. Postgres uses Commit == Prepare ==
// its global sequence; EventStoreDB uses its commit/prepare pair.
// The zero Position means "before the first event".
type Position struct {
	Commit  uint64
	Prepare uint64
}

// Start is the position before the first event of the log.
var Start = Position{}

// String renders a position as "commit/prepare"; ParsePosition reverses it.
func (p Position) String() string {
	return strconv.FormatUint(p.Commit, 10) + "/" + strconv.FormatUint(p.Prepare, 10)
}

// Less orders positions within one log.
func (p Position) Less(o Position) bool {
	if p.Commit != o.Commit {
		return p.Commit < o.Commit
	}
	return p.Prepare < o.Prepare
}

// ParsePosition reads the String form of a Position.
func ParsePosition(s string) (Position, error) {
	c, pr, ok := strings.Cut(s, "/")
	if !ok {
		return Position{}, fmt.Errorf("eventstore: position %q is not of the form commit/prepare", s)
	}
	commit, err1 := strconv.ParseUint(c, 10, 64)
	prepare, err2 := strconv.ParseUint(pr, 10, 64)
	if err1 != nil || err2 != nil {
		return Position{}, fmt.Errorf("eventstore: position %q is not of the form commit/prepare", s)
	}
	return Position{Commit: commit, Prepare: prepare}, nil
}

// ExpectedRevision is the optimistic-concurrency condition of an append.
type ExpectedRevision struct {
	kind     expectKind
	revision uint64
}

type expectKind uint8

const (
	expectAny expectKind = iota
	expectNoStream
	expectStreamExists
	expectExact
)

// Any appends whatever the stream holds.
func Any() ExpectedRevision { return ExpectedRevision{kind: expectAny} }

// NoStream appends only if the stream has no events yet.
func NoStream() ExpectedRevision { return ExpectedRevision{kind: expectNoStream} }

// StreamExists appends only if the stream has at least one event.
func StreamExists() ExpectedRevision { return ExpectedRevision{kind: expectStreamExists} }

// Exact appends only if the stream's last event has revision r.
func Exact(r uint64) ExpectedRevision { return ExpectedRevision{kind: expectExact, revision: r} }

// IsAny, IsNoStream, IsStreamExists and Revision let backends translate the condition.
func (e ExpectedRevision) IsAny() bool          { return e.kind == expectAny }
func (e ExpectedRevision) IsNoStream() bool     { return e.kind == expectNoStream }
func (e ExpectedRevision) IsStreamExists() bool { return e.kind == expectStreamExists }

// Revision reports the exact revision expected, and whether one is.
func (e ExpectedRevision) Revision() (uint64, bool) { return e.revision, e.kind == expectExact }

func (e ExpectedRevision) String() string {
	switch e.kind {
	case expectNoStream:
		return "no stream"
	case expectStreamExists:
		return "stream exists"
	case expectExact:
		return "revision " + strconv.FormatUint(e.revision, 10)
	default:
		return "any"
	}
}

// AppendResult tells where the last appended event landed.
type AppendResult struct {
	NextRevision uint64   // revision of the stream's last event after the append
	Position     Position // position of the last appended event
}

// Filter selects events of a subscription or a read-all. The zero Filter
// selects everything. StreamPrefixes and EventTypes are alternatives: an event
// passes if its stream starts with any prefix, or its type equals any type
// (with both empty, everything passes). System events (type starting "$")
// never pass.
type Filter struct {
	StreamPrefixes []string
	EventTypes     []string
}

// Match reports whether an event of the given stream and type passes the filter.
func (f Filter) Match(stream, eventType string) bool {
	if strings.HasPrefix(eventType, "$") {
		return false
	}
	if len(f.StreamPrefixes) == 0 && len(f.EventTypes) == 0 {
		return true
	}
	for _, p := range f.StreamPrefixes {
		if strings.HasPrefix(stream, p) {
			return true
		}
	}
	for _, t := range f.EventTypes {
		if t == eventType {
			return true
		}
	}
	return false
}

// Store is the event store every adapter and process uses.
type Store interface {
	// Append writes events to one stream atomically if expected holds.
	// A retried append whose event IDs are already recorded in the stream
	// with identical type and data succeeds without writing again (its
	// metadata may differ: a retry after a crash happens later, and the
	// first record stands); the same ID with another type or other data is
	// an error wrapping ErrDuplicateEventID.
	// A failed condition returns a *WrongRevisionError (errors.Is ErrConflict).
	Append(ctx context.Context, stream string, expected ExpectedRevision, events ...Event) (AppendResult, error)
	// ReadStream returns the stream's events from revision from (inclusive), oldest first.
	// A stream with no events returns ErrStreamNotFound.
	ReadStream(ctx context.Context, stream string, from uint64) ([]RecordedEvent, error)
	// ReadAll returns up to limit events after position from (exclusive) that pass filter, in log order.
	ReadAll(ctx context.Context, from Position, limit int, filter Filter) ([]RecordedEvent, error)
	// SubscribeAll delivers every event after from (exclusive) that passes
	// filter: first the stored ones, then live ones as they commit, each
	// exactly once and in log order. It survives dropped connections.
	SubscribeAll(ctx context.Context, from Position, filter Filter) (Subscription, error)
	// Close releases the backend's connections.
	Close() error
}

// Subscription yields events until its context ends or Close is called.
type Subscription interface {
	// Recv blocks for the next event. It returns the context's error once the
	// subscription's context ends, and ErrSubscriptionClosed after Close.
	Recv() (RecordedEvent, error)
	Close() error
}

var (
	// ErrConflict is matched (errors.Is) by every optimistic-concurrency failure.
	ErrConflict = errors.New("eventstore: wrong expected revision")
	// ErrDuplicateEventID: an event ID already recorded with another type or other data.
	ErrDuplicateEventID = errors.New("eventstore: event id already recorded with other content")
	// ErrStreamNotFound: a read of a stream with no events.
	ErrStreamNotFound = errors.New("eventstore: stream not found")
	// ErrSubscriptionClosed: Recv after Close.
	ErrSubscriptionClosed = errors.New("eventstore: subscription closed")
)

// WrongRevisionError says which condition failed, and what the stream held.
type WrongRevisionError struct {
	Stream   string
	Expected ExpectedRevision
	Actual   int64 // revision of the stream's last event, -1 if it has none
}

func (e *WrongRevisionError) Error() string {
	actual := "no stream"
	if e.Actual >= 0 {
		actual = "revision " + strconv.FormatInt(e.Actual, 10)
	}
	return fmt.Sprintf("eventstore: stream %q: expected %s, found %s", e.Stream, e.Expected, actual)
}

// Is makes errors.Is(err, ErrConflict) true.
func (e *WrongRevisionError) Is(target error) bool { return target == ErrConflict }
