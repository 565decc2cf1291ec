// Package codec translates between domain events and the event store's
// records: payloads through domain.Encode/Decode, metadata as JSON. Every
// reader and writer of domain events goes through it.
package codec

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Decode turns a recorded event into the envelope the domain folds read.
func Decode(rec eventstore.RecordedEvent) (domain.Envelope, error) {
	// The error context is built only on failure: this runs for every event of a catch-up.
	where := func() string {
		return fmt.Sprintf("event %s at %s (stream %q, revision %d)", rec.Type, rec.Position, rec.Stream, rec.Revision)
	}
	payload, err := domain.Decode(rec.Type, rec.Data)
	if err != nil {
		return domain.Envelope{}, fmt.Errorf("%s: %w", where(), err)
	}
	var meta domain.Metadata
	if len(rec.Metadata) > 0 {
		if err := json.Unmarshal(rec.Metadata, &meta); err != nil {
			return domain.Envelope{}, fmt.Errorf("%s: metadata: %w", where(), err)
		}
	}
	if rec.Revision > math.MaxInt64 {
		return domain.Envelope{}, fmt.Errorf("%s: revision out of range", where())
	}
	return domain.Envelope{
		Stream:     rec.Stream,
		Revision:   int64(rec.Revision),
		Position:   rec.Position.String(),
		Type:       rec.Type,
		Event:      payload,
		Meta:       meta,
		RecordedAt: rec.RecordedAt,
	}, nil
}

// Encode makes a store event of a domain event.
func Encode(e domain.Event, id uuid.UUID, meta domain.Metadata) (eventstore.Event, error) {
	typ, data, err := domain.Encode(e)
	if err != nil {
		return eventstore.Event{}, err
	}
	md, err := json.Marshal(meta)
	if err != nil {
		return eventstore.Event{}, err
	}
	return eventstore.Event{ID: id, Type: typ, Data: data, Metadata: md}, nil
}

// Expected translates a domain expected revision (-1: no stream) for the store.
func Expected(rev int64) eventstore.ExpectedRevision {
	if rev < 0 {
		return eventstore.NoStream()
	}
	return eventstore.Exact(uint64(rev))
}

// DeterministicID is the id of the i-th event a process appends to stream
// when the stream is at expected revision: a retried append after a crash or
// a lost reply produces the same id, which the store recognises.
func DeterministicID(stream string, expected int64, i int) uuid.UUID {
	return uuid.NewSHA1(idNamespace, fmt.Appendf(nil, "%s@%d#%d", stream, expected, i))
}

var idNamespace = uuid.MustParse("0b7f3c1e-5d2a-5e64-8f0a-6a1d2c3b4e5f")
