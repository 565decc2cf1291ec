package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// MaxFactsPerChunk bounds the size of one SpendFactsChunk event (about
// half a MiB of JSON).
const MaxFactsPerChunk = 1000

// maxAppendBytes bounds one append: EventStoreDB refuses appends over its
// MaxAppendSize (1 MiB by default), so a large period goes in several.
const maxAppendBytes = 768 << 10

// eventNamespace derives the deterministic ids of ingest events (uuid v5).
var eventNamespace = uuid.MustParse("6f3c8a52-1d5e-4c1b-9a57-0b7e2f4d9c11")

// Summary is the outcome of recording a delivery.
type Summary struct {
	IngestID          string           `json:"ingestId"`
	Source            string           `json:"source"`
	Files             int              `json:"files"`
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	IgnoredRows       map[string]int64 `json:"ignoredRows"`
	AttributableSpend domain.Decimal   `json:"attributableSpend"`
	Adjustments       domain.Decimal   `json:"adjustments"`
	Periods           []string         `json:"periods"`   // replaced by this delivery
	Unchanged         []string         `json:"unchanged"` // identical delivery already recorded
	EventsAppended    int              `json:"eventsAppended"`
}

// Record appends a loaded delivery: per billing period, to the period's
// stream, its facts in chunks and then a SpendPeriodReplaced marker, unless
// the stream's last marker already has the same delivery id (identical
// content: nothing is written). Then one IngestCompleted on "ingest-<id>",
// unless that stream already exists.
//
// A large period takes several appends; that is safe because folds apply a
// delivery's chunks only when its marker, appended last, arrives. A crash
// in between leaves chunks no fold uses; a rerun appends the same batches
// with the same ids, which the store recognises, and then the marker.
func Record(ctx context.Context, store eventstore.Store, d *Delivery, actor domain.Identity, now time.Time) (Summary, error) {
	meta, err := json.Marshal(domain.Metadata{Actor: actor, OccurredAt: now.UTC()})
	if err != nil {
		return Summary{}, err
	}
	sum := Summary{
		IngestID: IngestID(d), Source: d.Source, Files: len(d.Files), RowsRead: d.RowsRead, AIRows: d.AIRows,
		IgnoredRows: d.IgnoredRows, AttributableSpend: d.AttributableSpend, Adjustments: d.Adjustments,
		Periods: []string{}, Unchanged: []string{},
	}
	for _, p := range d.Periods {
		stream := domain.SpendStream(d.Source, p.Period)
		lastID, rev, exists, err := lastDelivery(ctx, store, stream)
		if err != nil {
			return sum, err
		}
		if exists && lastID == p.DeliveryID {
			sum.Unchanged = append(sum.Unchanged, p.Period)
			continue
		}
		events, err := periodEvents(d.Source, p, meta)
		if err != nil {
			return sum, err
		}
		expected := eventstore.NoStream()
		if exists {
			expected = eventstore.Exact(rev)
		}
		for _, batch := range appendBatches(events) {
			res, err := store.Append(ctx, stream, expected, batch...)
			if err != nil {
				return sum, fmt.Errorf("record %s: %w", stream, err)
			}
			expected = eventstore.Exact(res.NextRevision)
		}
		sum.Periods = append(sum.Periods, p.Period)
		sum.EventsAppended += len(events)
	}
	stream := "ingest-" + sum.IngestID
	if _, err := store.ReadStream(ctx, stream, 0); err == nil {
		return sum, nil // this very delivery was recorded before
	} else if !errors.Is(err, eventstore.ErrStreamNotFound) {
		return sum, err
	}
	data, err := json.Marshal(domain.IngestCompleted{
		IngestID: sum.IngestID, Source: d.Source, Periods: sum.Periods, Unchanged: sum.Unchanged,
		Files: sum.Files, RowsRead: d.RowsRead, AIRows: d.AIRows, IgnoredRows: d.IgnoredRows,
		AttributableSpend: d.AttributableSpend, Adjustments: d.Adjustments,
	})
	if err != nil {
		return sum, err
	}
	ev := eventstore.Event{ID: uuid.NewSHA1(eventNamespace, []byte(stream)), Type: domain.EventIngestCompleted, Data: data, Metadata: meta}
	if _, err := store.Append(ctx, stream, eventstore.NoStream(), ev); err != nil {
		return sum, fmt.Errorf("record %s: %w", stream, err)
	}
	sum.EventsAppended++
	return sum, nil
}

// IngestID identifies a delivery by the content ids of its periods.
func IngestID(d *Delivery) string {
	ids := make([]string, 0, len(d.Periods))
	for _, p := range d.Periods {
		ids = append(ids, p.DeliveryID)
	}
	sort.Strings(ids)
	h := sha256.New()
	fmt.Fprintln(h, d.Source)
	for _, id := range ids {
		fmt.Fprintln(h, id)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// lastDelivery reads the delivery id of the stream's last SpendPeriodReplaced
// and the stream's last revision.
func lastDelivery(ctx context.Context, store eventstore.Store, stream string) (id string, rev uint64, exists bool, err error) {
	events, err := store.ReadStream(ctx, stream, 0)
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return "", 0, false, nil
	}
	if err != nil {
		return "", 0, false, err
	}
	if len(events) == 0 {
		return "", 0, false, nil
	}
	rev = events[len(events)-1].Revision
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Type != domain.EventSpendPeriodReplaced {
			continue
		}
		var marker domain.SpendPeriodReplaced
		if err := json.Unmarshal(events[i].Data, &marker); err != nil {
			return "", 0, false, fmt.Errorf("%s revision %d: %w", stream, events[i].Revision, err)
		}
		return marker.DeliveryID, rev, true, nil
	}
	return "", rev, true, nil
}

// appendBatches splits events into appends of at most maxAppendBytes of
// data (an event larger than that goes alone), always at the same places.
func appendBatches(events []eventstore.Event) [][]eventstore.Event {
	var batches [][]eventstore.Event
	start, size := 0, 0
	for i, e := range events {
		if i > start && size+len(e.Data) > maxAppendBytes {
			batches = append(batches, events[start:i])
			start, size = i, 0
		}
		size += len(e.Data)
	}
	return append(batches, events[start:])
}

// periodEvents are the chunks and the marker of one period, with ids derived
// from the delivery id and the chunk index.
func periodEvents(source string, p *Period, meta json.RawMessage) ([]eventstore.Event, error) {
	var events []eventstore.Event
	id := func(i int) uuid.UUID { return uuid.NewSHA1(eventNamespace, []byte(p.DeliveryID+"/"+strconv.Itoa(i))) }
	for i := 0; i*MaxFactsPerChunk < len(p.Facts); i++ {
		facts := p.Facts[i*MaxFactsPerChunk : min(len(p.Facts), (i+1)*MaxFactsPerChunk)]
		data, err := json.Marshal(domain.SpendFactsChunk{DeliveryID: p.DeliveryID, Source: source, Period: p.Period, Chunk: i, Facts: facts})
		if err != nil {
			return nil, err
		}
		events = append(events, eventstore.Event{ID: id(i), Type: domain.EventSpendFactsChunk, Data: data, Metadata: meta})
	}
	ignored := p.IgnoredRows
	if len(ignored) == 0 {
		ignored = nil
	}
	data, err := json.Marshal(domain.SpendPeriodReplaced{
		DeliveryID: p.DeliveryID, Source: source, Period: p.Period, Chunks: len(events), Facts: len(p.Facts),
		Files: p.Files, RowsRead: p.RowsRead, AIRows: p.AIRows, AttributableSpend: p.AttributableSpend,
		Adjustments: p.Adjustments, IgnoredRows: ignored,
	})
	if err != nil {
		return nil, err
	}
	return append(events, eventstore.Event{ID: id(len(events)), Type: domain.EventSpendPeriodReplaced, Data: data, Metadata: meta}), nil
}
