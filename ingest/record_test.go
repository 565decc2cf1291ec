package ingest

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/ingest/sample"
	"github.com/allocation-gaps/gaps/internal/pgtest"
)

func openTestStore(t *testing.T) eventstore.Store {
	t.Helper()
	url, _ := pgtest.Schema(t)
	store, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func allEvents(t *testing.T, store eventstore.Store) []eventstore.RecordedEvent {
	t.Helper()
	events, err := store.ReadAll(context.Background(), eventstore.Start, 100000, eventstore.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// periodFacts folds a spend stream the way its consumers do: the chunks of
// the delivery named by the last SpendPeriodReplaced marker.
func periodFacts(t *testing.T, store eventstore.Store, stream string) (string, []domain.SpendFact) {
	t.Helper()
	events, err := store.ReadStream(context.Background(), stream, 0)
	if err != nil {
		t.Fatal(err)
	}
	byDelivery := map[string][]domain.SpendFact{}
	var current string
	for _, e := range events {
		switch e.Type {
		case domain.EventSpendFactsChunk:
			var c domain.SpendFactsChunk
			if err := json.Unmarshal(e.Data, &c); err != nil {
				t.Fatal(err)
			}
			if len(c.Facts) > MaxFactsPerChunk {
				t.Errorf("chunk of %d facts", len(c.Facts))
			}
			byDelivery[c.DeliveryID] = append(byDelivery[c.DeliveryID], c.Facts...)
		case domain.EventSpendPeriodReplaced:
			var m domain.SpendPeriodReplaced
			if err := json.Unmarshal(e.Data, &m); err != nil {
				t.Fatal(err)
			}
			current = m.DeliveryID
		}
	}
	return current, byDelivery[current]
}

func attributable(facts []domain.SpendFact) domain.Decimal {
	sum := decimal.Zero
	for _, f := range facts {
		if f.Attributable() {
			sum = sum.Add(f.Cost)
		}
	}
	return sum
}

func TestRecordReplacesPeriodsAndSkipsIdenticalContent(t *testing.T) {
	ctx := context.Background()
	store := openTestStore(t)
	dir := t.TempDir()
	actor := domain.Identity{Subject: "lead-1", Name: "Fin Ops", Roles: []domain.Role{domain.RoleFinOpsLead}}
	now := time.Date(2025, 7, 2, 9, 30, 0, 0, time.UTC)

	first, stats := writeSample(t, dir, sample.Config{Rows: 100000, Seed: 11, Period: "2025-06", Sparse: true})
	d, err := Load(ctx, []string{first}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Record(ctx, store, d, actor, now)
	if err != nil {
		t.Fatal(err)
	}
	stream := domain.SpendStream(SourceCUR, domain.DefaultSpendExport, "2025-06")
	id, facts := periodFacts(t, store, stream)
	if id != d.Periods[0].DeliveryID || len(facts) != len(d.Periods[0].Facts) || !attributable(facts).Equal(stats.AttributableSpend) {
		t.Fatalf("recorded delivery %s with %d facts, spend %s; want %s, %d, %s",
			id, len(facts), attributable(facts), d.Periods[0].DeliveryID, len(d.Periods[0].Facts), stats.AttributableSpend)
	}
	events := allEvents(t, store)
	if len(sum.Periods) != 1 || sum.EventsAppended != len(events) {
		t.Fatalf("summary %+v, %d events in the store", sum, len(events))
	}
	var meta struct {
		Actor      domain.Identity `json:"actor"`
		OccurredAt string          `json:"occurredAt"`
	}
	if err := json.Unmarshal(events[0].Metadata, &meta); err != nil || meta.Actor.Subject != "lead-1" || meta.OccurredAt != "2025-07-02T09:30:00Z" {
		t.Fatalf("metadata %s: %v", events[0].Metadata, err)
	}
	last := events[len(events)-1]
	if last.Stream != "ingest-"+sum.IngestID || last.Type != domain.EventIngestCompleted {
		t.Fatalf("last event %s on %s", last.Type, last.Stream)
	}

	// The same content again (even copied under another name) writes nothing.
	again, err := Load(ctx, []string{first}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum2, err := Record(ctx, store, again, actor, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if sum2.EventsAppended != 0 || len(sum2.Unchanged) != 1 || len(allEvents(t, store)) != len(events) {
		t.Fatalf("identical re-ingest: %+v", sum2)
	}

	// A restatement replaces the period: the fold sees only the new facts.
	restated, stats3 := writeSample(t, t.TempDir(), sample.Config{Rows: 5000, Seed: 12, Period: "2025-06"})
	d3, err := Load(ctx, []string{restated}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum3, err := Record(ctx, store, d3, actor, now.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	id, facts = periodFacts(t, store, stream)
	if len(sum3.Periods) != 1 || id != d3.Periods[0].DeliveryID || !attributable(facts).Equal(stats3.AttributableSpend) {
		t.Fatalf("restatement: summary %+v, current delivery %s spend %s, want %s", sum3, id, attributable(facts), stats3.AttributableSpend)
	}
}

func TestRejectedDeliveryWritesNothing(t *testing.T) {
	ctx := context.Background()
	store := openTestStore(t)
	dir := t.TempDir()
	good, _ := writeSample(t, dir, sampleConfig(2000, 3))
	if d, err := Load(ctx, []string{good}, Options{}); err != nil {
		t.Fatal(err)
	} else if _, err := Record(ctx, store, d, domain.SystemIngest, time.Now()); err != nil {
		t.Fatal(err)
	}
	before := len(allEvents(t, store))
	for path := range badInputs(t, dir, good) {
		d, err := Load(ctx, []string{path, good}, Options{})
		if err == nil {
			_, err = Record(ctx, store, d, domain.SystemIngest, time.Now())
			t.Errorf("%s: accepted", path)
		}
		if n := len(allEvents(t, store)); n != before {
			t.Fatalf("%s: the store went from %d to %d events", path, before, n)
		}
	}
}

func TestPeriodEventsChunkDeterministically(t *testing.T) {
	p := &Period{Period: "2025-06", DeliveryID: "abc", Facts: make([]domain.SpendFact, 2*MaxFactsPerChunk+1)}
	stream := domain.SpendStream(SourceCUR, domain.DefaultSpendExport, p.Period)
	events, err := periodEvents(stream, SourceCUR, domain.DefaultSpendExport, -1, p, json.RawMessage(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 4 || events[3].Type != domain.EventSpendPeriodReplaced {
		t.Fatalf("%d events, last %s; want 3 chunks and the marker", len(events), events[len(events)-1].Type)
	}
	again, _ := periodEvents(stream, SourceCUR, domain.DefaultSpendExport, -1, p, json.RawMessage(`{}`))
	seen := map[string]bool{}
	for i, e := range events {
		if e.ID != again[i].ID || seen[e.ID.String()] {
			t.Fatalf("event %d id %s not deterministic or not unique", i, e.ID)
		}
		seen[e.ID.String()] = true
	}
	// Recorded again after another marker, or on another export's stream,
	// the same content is other events.
	for _, r := range []struct {
		stream, export string
		basis          int64
	}{
		{stream, domain.DefaultSpendExport, 7},
		{domain.SpendStream(SourceCUR, "other", p.Period), "other", -1},
	} {
		other, err := periodEvents(r.stream, SourceCUR, r.export, r.basis, p, json.RawMessage(`{}`))
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range other {
			if seen[e.ID.String()] {
				t.Fatalf("event %d id %s reused by another recording", i, e.ID)
			}
		}
	}
	var last domain.SpendFactsChunk
	if err := json.Unmarshal(events[2].Data, &last); err != nil || last.Chunk != 2 || len(last.Facts) != 1 {
		t.Fatalf("last chunk %d with %d facts: %v", last.Chunk, len(last.Facts), err)
	}
}

// A period too large for one append goes in several, and a crash after the
// first of them leaves nothing a fold uses; the rerun completes the period
// without writing anything twice.
func TestLargePeriodAppendsInBatchesAndResumes(t *testing.T) {
	store := openTestStore(t)
	ctx := context.Background()
	d := syntheticDelivery("big-delivery", 5*MaxFactsPerChunk, 1)
	p, facts := d.Periods[0], d.Periods[0].Facts
	stream := domain.SpendStream(SourceCUR, domain.DefaultSpendExport, "2025-06")
	events, err := periodEvents(stream, SourceCUR, domain.DefaultSpendExport, -1, p, json.RawMessage(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	batches := appendBatches(events)
	if len(batches) < 2 {
		t.Fatalf("%d facts went into %d append(s); want several", len(facts), len(batches))
	}
	// The crash: only the first batch made it.
	if _, err := store.Append(ctx, stream, eventstore.NoStream(), batches[0]...); err != nil {
		t.Fatal(err)
	}
	if id, got := periodFacts(t, store, stream); id != "" || len(got) != 0 {
		t.Fatalf("after a partial delivery the fold sees delivery %q with %d facts, want none", id, len(got))
	}
	sum, err := Record(ctx, store, d, domain.SystemIngest, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if want := len(events) - len(batches[0]) + 1; sum.EventsAppended != want { // + IngestCompleted
		t.Errorf("the rerun reports %d events appended, want %d (the first batch was there already)", sum.EventsAppended, want)
	}
	id, got := periodFacts(t, store, stream)
	if id != "big-delivery" || len(got) != len(facts) {
		t.Fatalf("fold sees delivery %q with %d facts, want big-delivery with %d", id, len(got), len(facts))
	}
	recs, err := store.ReadStream(ctx, stream, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(events) {
		t.Fatalf("stream holds %d events, want %d (nothing twice)", len(recs), len(events))
	}
}

// syntheticDelivery is a CUR delivery of June 2025 with n facts of distinct
// principals, costing cents·(i+1) each.
func syntheticDelivery(id string, n int, cents int64) *Delivery {
	facts := make([]domain.SpendFact, n)
	for i := range facts {
		facts[i] = domain.SpendFact{Source: SourceCUR, Period: "2025-06", Day: "2025-06-03", AccountID: "111122223333",
			Region: "us-east-1", Model: "Claude4.6Sonnet", LineType: "Usage", UsageType: "USE1-Claude4.6Sonnet-input-tokens",
			Principal: "arn:aws:iam::111122223333:role/finops-ai-batch-" + strconv.Itoa(i),
			Cost:      decimal.New(cents*int64(i+1), -2), Quantity: decimal.New(1, 0)}
	}
	p := &Period{Period: "2025-06", DeliveryID: id, Facts: facts}
	return &Delivery{Source: SourceCUR, Periods: []*Period{p}, IgnoredRows: map[string]int64{}}
}
