package projections

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// decodeEnvelope turns a recorded event into the envelope the domain folds read.
func decodeEnvelope(ev eventstore.RecordedEvent) (domain.Envelope, error) {
	where := fmt.Sprintf("event %s at %s (stream %q, revision %d)", ev.Type, ev.Position, ev.Stream, ev.Revision)
	payload, err := domain.Decode(ev.Type, ev.Data)
	if err != nil {
		return domain.Envelope{}, fmt.Errorf("projections: %s: %w", where, err)
	}
	var meta domain.Metadata
	if len(ev.Metadata) > 0 {
		if err := json.Unmarshal(ev.Metadata, &meta); err != nil {
			return domain.Envelope{}, fmt.Errorf("projections: %s: metadata: %w", where, err)
		}
	}
	if ev.Revision > math.MaxInt64 {
		return domain.Envelope{}, fmt.Errorf("projections: %s: revision out of range", where)
	}
	return domain.Envelope{
		Stream:     ev.Stream,
		Revision:   int64(ev.Revision),
		Position:   ev.Position.String(),
		Type:       ev.Type,
		Event:      payload,
		Meta:       meta,
		RecordedAt: ev.RecordedAt,
	}, nil
}
