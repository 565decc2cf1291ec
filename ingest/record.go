package ingest

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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
	Export            string           `json:"export"`
	Files             int              `json:"files"`
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	IgnoredRows       map[string]int64 `json:"ignoredRows"`
	AttributableSpend domain.Decimal   `json:"attributableSpend"`
	Adjustments       domain.Decimal   `json:"adjustments"`
	Periods           []string         `json:"periods"`   // replaced by this delivery
	Unchanged         []string         `json:"unchanged"` // identical delivery already in force
	// ReplacedOtherFiles names, for each period replaced whose delivery in
	// force came from differently named files, those files: one export
	// name given to two sources would silently swap their spend.
	ReplacedOtherFiles []PeriodFiles `json:"replacedOtherFiles"`
	EventsAppended     int           `json:"eventsAppended"`
}

// PeriodFiles are the files (base names) of a period's delivery.
type PeriodFiles struct {
	Period string   `json:"period"`
	Files  []string `json:"files"`
}

// Record appends a loaded delivery: per billing period, to the stream of
// the delivery's export of that period, its facts in chunks and then a
// SpendPeriodReplaced marker, unless the delivery in force there (the
// stream's last marker) has the same delivery id (identical content:
// nothing is written). Then one IngestCompleted on "ingest-<id>", unless
// that stream already exists.
//
// A large period takes several appends; that is safe because folds apply a
// delivery's chunks only when its marker, appended last, arrives. A crash
// in between leaves chunks no fold uses; a rerun appends the same batches
// with the same ids, which the store recognises, and then the marker. The
// ids are derived from the revision of the marker the chunks follow too, so
// that a delivery recorded again after another one (rolling back a
// restatement: A, B, then A) is new events, not a retry the store ignores.
func Record(ctx context.Context, store eventstore.Store, d *Delivery, actor domain.Identity, now time.Time) (Summary, error) {
	export := cmp.Or(d.Export, domain.DefaultSpendExport)
	if !validExportName(export) {
		return Summary{}, domain.Errorf(domain.CodeBadUserInput, "export name %q: %s", export, exportNameRule)
	}
	meta, err := json.Marshal(domain.Metadata{Actor: actor, OccurredAt: now.UTC()})
	if err != nil {
		return Summary{}, err
	}
	sum := Summary{
		Source: d.Source, Export: export, Files: len(d.Files), RowsRead: d.RowsRead, AIRows: d.AIRows,
		IgnoredRows: d.IgnoredRows, AttributableSpend: d.AttributableSpend, Adjustments: d.Adjustments,
		Periods: []string{}, Unchanged: []string{}, ReplacedOtherFiles: []PeriodFiles{},
	}
	recordings := make([]string, 0, len(d.Periods))
	for _, p := range d.Periods {
		stream := domain.SpendStream(d.Source, export, p.Period)
		head, err := readStreamHead(ctx, store, stream)
		if err != nil {
			return sum, err
		}
		if head.inForce == p.DeliveryID {
			// The recording in force followed the marker before its own.
			recordings = append(recordings, recordingKey(p.DeliveryID, head.prevMarker))
			sum.Unchanged = append(sum.Unchanged, p.Period)
			continue
		}
		recordings = append(recordings, recordingKey(p.DeliveryID, head.lastMarker))
		events, err := periodEvents(stream, d.Source, export, head.lastMarker, p, meta)
		if err != nil {
			return sum, err
		}
		expected, top := eventstore.NoStream(), int64(-1)
		if head.exists {
			expected, top = eventstore.Exact(head.revision), int64(head.revision)
		}
		for _, batch := range appendBatches(events) {
			res, err := store.Append(ctx, stream, expected, batch...)
			if err != nil {
				return sum, fmt.Errorf("record %s: %w", stream, err)
			}
			expected = eventstore.Exact(res.NextRevision)
			// A batch a crashed run already wrote is recognised, not written
			// again: it ends at or below the stream's top and counts nothing.
			if next := int64(res.NextRevision); next > top {
				sum.EventsAppended += int(next - top)
				top = next
			}
		}
		sum.Periods = append(sum.Periods, p.Period)
		if len(head.files) > 0 && !sameFiles(head.files, p.Files) {
			sum.ReplacedOtherFiles = append(sum.ReplacedOtherFiles, PeriodFiles{Period: p.Period, Files: head.files})
		}
	}
	sum.IngestID = ingestID(d.Source, export, recordings)
	stream := "ingest-" + sum.IngestID
	if _, err := store.ReadStream(ctx, stream, 0); err == nil {
		return sum, nil // this very recording was completed before
	} else if !errors.Is(err, eventstore.ErrStreamNotFound) {
		return sum, err
	}
	data, err := json.Marshal(domain.IngestCompleted{
		IngestID: sum.IngestID, Source: d.Source, Export: export, Periods: sum.Periods, Unchanged: sum.Unchanged,
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

// recordingKey names one recording of a period's delivery: its content and
// the revision of the marker its chunks follow (-1: none).
func recordingKey(deliveryID string, basis int64) string {
	return deliveryID + "@" + strconv.FormatInt(basis, 10)
}

// ingestID identifies a run by what it records: the same content recorded
// on the same basis (a rerun, an identical re-ingest) has the same id, and
// so one IngestCompleted; a rollback to earlier content has a new one.
func ingestID(source, export string, recordings []string) string {
	sort.Strings(recordings)
	h := sha256.New()
	fmt.Fprintln(h, source)
	fmt.Fprintln(h, export)
	for _, r := range recordings {
		fmt.Fprintln(h, r)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// sameFiles reports whether two deliveries came from files of the same names.
func sameFiles(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// streamHead is what Record reads of a spend stream before appending.
type streamHead struct {
	exists     bool
	revision   uint64   // of the stream's last event
	inForce    string   // delivery id of the last SpendPeriodReplaced; "" without one
	files      []string // the files of that delivery
	lastMarker int64    // revision of the last SpendPeriodReplaced; -1 without one
	prevMarker int64    // revision of the one before it; -1 without one
}

func readStreamHead(ctx context.Context, store eventstore.Store, stream string) (streamHead, error) {
	head := streamHead{lastMarker: -1, prevMarker: -1}
	events, err := store.ReadStream(ctx, stream, 0)
	if errors.Is(err, eventstore.ErrStreamNotFound) || (err == nil && len(events) == 0) {
		return head, nil
	}
	if err != nil {
		return head, err
	}
	head.exists, head.revision = true, events[len(events)-1].Revision
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Type != domain.EventSpendPeriodReplaced {
			continue
		}
		if head.lastMarker >= 0 {
			head.prevMarker = int64(events[i].Revision)
			break
		}
		var marker domain.SpendPeriodReplaced
		if err := json.Unmarshal(events[i].Data, &marker); err != nil {
			return head, fmt.Errorf("%s revision %d: %w", stream, events[i].Revision, err)
		}
		head.inForce, head.files, head.lastMarker = marker.DeliveryID, marker.Files, int64(events[i].Revision)
	}
	return head, nil
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

// periodEvents are the chunks and the marker of one period recorded on
// stream after the marker at revision basis (-1: none), with ids derived
// from the stream, the delivery id, basis and the chunk index.
func periodEvents(stream, source, export string, basis int64, p *Period, meta json.RawMessage) ([]eventstore.Event, error) {
	var events []eventstore.Event
	prefix := stream + "/" + recordingKey(p.DeliveryID, basis) + "/"
	id := func(i int) uuid.UUID { return uuid.NewSHA1(eventNamespace, []byte(prefix+strconv.Itoa(i))) }
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
		DeliveryID: p.DeliveryID, Source: source, Export: export, Period: p.Period, Chunks: len(events), Facts: len(p.Facts),
		Files: p.Files, RowsRead: p.RowsRead, AIRows: p.AIRows, AttributableSpend: p.AttributableSpend,
		Adjustments: p.Adjustments, IgnoredRows: ignored,
	})
	if err != nil {
		return nil, err
	}
	return append(events, eventstore.Event{ID: id(len(events)), Type: domain.EventSpendPeriodReplaced, Data: data, Metadata: meta}), nil
}

// InForce is the delivery id in force for a source's export and billing
// period; "" when none was recorded.
func InForce(ctx context.Context, store eventstore.Store, source, export, period string) (string, error) {
	head, err := readStreamHead(ctx, store, domain.SpendStream(source, cmp.Or(export, domain.DefaultSpendExport), period))
	return head.inForce, err
}
