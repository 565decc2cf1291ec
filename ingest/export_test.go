package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// foldSpend folds the whole log with the ledger the read models and the
// detector use.
func foldSpend(t *testing.T, store eventstore.Store) *domain.SpendLedger {
	t.Helper()
	l := domain.NewSpendLedger()
	for _, rec := range allEvents(t, store) {
		env, err := codec.Decode(rec)
		if err != nil {
			t.Fatal(err)
		}
		l.Apply(env)
	}
	return l
}

// spendByAccount sums attributable cost per account.
func spendByAccount(facts []domain.SpendFact) map[string]string {
	sums := map[string]decimal.Decimal{}
	for _, f := range facts {
		if f.Attributable() {
			sums[f.AccountID] = sums[f.AccountID].Add(f.Cost)
		}
	}
	out := map[string]string{}
	for a, s := range sums {
		out[a] = s.String()
	}
	return out
}

func sameAccountSpend(t *testing.T, what string, got, want []domain.SpendFact) {
	t.Helper()
	g, w := spendByAccount(got), spendByAccount(want)
	if len(got) != len(want) || len(g) != len(w) {
		t.Fatalf("%s: %d facts %v, want %d facts %v", what, len(got), g, len(want), w)
	}
	for a, s := range w {
		if g[a] != s {
			t.Fatalf("%s: spend by account %v, want %v", what, g, w)
		}
	}
}

// Rolling back a restatement (A, then B, then A again) puts A in force
// again, with an ingest record of its own; a crash in the middle of the
// rollback is resumed without writing anything twice.
func TestRollbackPutsTheEarlierDeliveryInForceAgain(t *testing.T) {
	ctx := context.Background()
	store := openTestStore(t)
	stream := domain.SpendStream(SourceCUR, domain.DefaultSpendExport, "2025-06")
	a, b := syntheticDelivery("delivery-a", 3*MaxFactsPerChunk, 1), syntheticDelivery("delivery-b", 10, 7)
	for _, d := range []*Delivery{a, b} {
		if _, err := Record(ctx, store, d, domain.SystemIngest, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	sameAccountSpend(t, "after B", foldSpend(t, store).PeriodFacts("2025-06"), b.Periods[0].Facts)

	// The crash: the rollback's first append made it, the rest did not.
	head, err := readStreamHead(ctx, store, stream)
	if err != nil {
		t.Fatal(err)
	}
	events, err := periodEvents(stream, SourceCUR, domain.DefaultSpendExport, head.lastMarker, a.Periods[0], json.RawMessage(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	batches := appendBatches(events)
	if len(batches) < 2 {
		t.Fatalf("delivery A went into %d append(s); want several", len(batches))
	}
	if _, err := store.Append(ctx, stream, eventstore.Exact(head.revision), batches[0]...); err != nil {
		t.Fatal(err)
	}
	sameAccountSpend(t, "after a partial rollback", foldSpend(t, store).PeriodFacts("2025-06"), b.Periods[0].Facts)

	sum, err := Record(ctx, store, a, domain.SystemIngest, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Periods) != 1 || len(sum.Unchanged) != 0 {
		t.Fatalf("rollback summary %+v; want June replaced", sum)
	}
	sameAccountSpend(t, "after the rollback", foldSpend(t, store).PeriodFacts("2025-06"), a.Periods[0].Facts)
	recs, err := store.ReadStream(ctx, stream, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2*len(events) + 2; len(recs) != want { // A twice, B's chunk and marker
		t.Fatalf("the stream holds %d events, want %d (nothing twice)", len(recs), want)
	}
	completed, err := store.ReadAll(ctx, eventstore.Start, 100, eventstore.Filter{EventTypes: []string{domain.EventIngestCompleted}})
	if err != nil || len(completed) != 3 {
		t.Fatalf("%d ingest records (%v), want one per run: A, B and the rollback", len(completed), err)
	}

	// A again, now in force: nothing to write.
	again, err := Record(ctx, store, a, domain.SystemIngest, time.Now())
	if err != nil || again.EventsAppended != 0 || len(again.Unchanged) != 1 || again.IngestID != sum.IngestID {
		t.Fatalf("identical re-ingest after the rollback: %+v, %v; want nothing written, ingest id %s", again, err, sum.IngestID)
	}
}

// exportFiles writes one export's June CUR as AWS Data Exports lays it out:
// data/BILLING_PERIOD=2025-06/ under the export's folder, and, when
// withManifest, the manifest under metadata/. It returns the folder to
// ingest: the manifest's, else the data's.
func exportFiles(t *testing.T, root, export, rows string, withManifest bool) string {
	t.Helper()
	data := filepath.Join(root, export, "data", "BILLING_PERIOD=2025-06")
	meta := filepath.Join(root, export, "metadata", "BILLING_PERIOD=2025-06")
	for _, dir := range []string{data, meta} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, data, export+"-00001.csv.gz", gzipText(t, curCSVHeader+rows))
	if !withManifest {
		return data
	}
	key := "s3://bucket/cur/" + export + "/data/BILLING_PERIOD=2025-06/" + export + "-00001.csv.gz"
	writeFile(t, meta, export+"-Manifest.json", []byte(`{"exportArn":"arn:aws:bcm-data-exports:us-east-1:111122223333:export/`+
		export+`-8c1f2a8e-5d4b-4c8e-9a3f-0d2b7e6c1a94","dataFiles":["`+key+`"]}`))
	return meta
}

// Two CUR exports of one month are both in force; a delivery of one
// replaces that export's month only.
func TestExportsOfOneMonthStandSideBySide(t *testing.T) {
	ctx := context.Background()
	store := openTestStore(t)
	root := t.TempDir()
	rowsA := curCSVRows
	rowsB := strings.ReplaceAll(curCSVRows, "111122223333", "222233334444")
	dirA := exportFiles(t, root, "team-a", rowsA, true)
	dirB := exportFiles(t, root, "team-b", rowsB, false) // named by its S3 layout

	record := func(dir string) (*Delivery, Summary) {
		t.Helper()
		d, err := Load(ctx, []string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := Record(ctx, store, d, domain.SystemIngest, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return d, sum
	}
	a, sumA := record(dirA)
	b, sumB := record(dirB)
	if a.Export != "team-a" || sumA.Export != "team-a" || b.Export != "team-b" || sumB.Export != "team-b" {
		t.Fatalf("exports %q (summary %q) and %q (summary %q), want team-a and team-b", a.Export, sumA.Export, b.Export, sumB.Export)
	}
	if len(sumB.Periods) != 1 || len(sumB.Unchanged) != 0 {
		t.Fatalf("the second export's June: %+v; want it replaced", sumB)
	}
	both := append(append([]domain.SpendFact{}, a.Periods[0].Facts...), b.Periods[0].Facts...)
	sameAccountSpend(t, "two exports", foldSpend(t, store).PeriodFacts("2025-06"), both)

	// Export A restated: its June is replaced, B's stays.
	exportFiles(t, root, "team-a", strings.ReplaceAll(rowsA, ",1.25,1.10,", ",2.25,2.10,"), true)
	restated, sum := record(dirA)
	if len(sum.Periods) != 1 || restated.AttributableSpend.Equal(a.AttributableSpend) {
		t.Fatalf("restatement of team-a: %+v, spend %s (was %s)", sum, restated.AttributableSpend, a.AttributableSpend)
	}
	both = append(append([]domain.SpendFact{}, restated.Periods[0].Facts...), b.Periods[0].Facts...)
	sameAccountSpend(t, "after team-a's restatement", foldSpend(t, store).PeriodFacts("2025-06"), both)

	var marker domain.SpendPeriodReplaced
	recs, err := store.ReadStream(ctx, domain.SpendStream(SourceCUR, "team-a", "2025-06"), 0)
	if err != nil || json.Unmarshal(recs[len(recs)-1].Data, &marker) != nil || marker.Export != "team-a" {
		t.Fatalf("team-a's last marker %+v: %v", marker, err)
	}
	var completed domain.IngestCompleted
	recs, err = store.ReadStream(ctx, "ingest-"+sum.IngestID, 0)
	if err != nil || json.Unmarshal(recs[0].Data, &completed) != nil || completed.Export != "team-a" {
		t.Fatalf("ingest record %+v: %v", completed, err)
	}
}

func TestDeliveryExport(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	dirA := exportFiles(t, root, "team-a", curCSVRows, true)
	dirB := exportFiles(t, root, "team-b", curCSVRows, false)
	loose := writeFile(t, t.TempDir(), "cur.csv.gz", gzipText(t, curCSVHeader+curCSVRows))
	for _, c := range []struct {
		name  string
		paths []string
		given string
		want  string // the export, or what the error names
		fails bool
	}{
		{"manifest", []string{dirA}, "", "team-a", false},
		{"S3 layout", []string{dirB}, "", "team-b", false},
		{"neither", []string{loose}, "", domain.DefaultSpendExport, false},
		{"given", []string{loose}, "finance", "finance", false},
		{"given over the manifest", []string{dirA}, "team-a-old", "team-a-old", false},
		{"loose file beside a manifest", []string{dirA, loose}, "", "team-a", false},
		{"two exports", []string{dirA, dirB}, "", "ingest each export separately", true},
		{"two exports, given", []string{dirA, dirB}, "x", "ingest each export separately", true},
		{"bad name given", []string{loose}, "team a", `export name "team a"`, true},
	} {
		d, err := Load(ctx, c.paths, Options{Export: c.given})
		switch {
		case c.fails && (domain.ErrorCode(err) != domain.CodeBadUserInput || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		case !c.fails && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case !c.fails && d.Export != c.want:
			t.Errorf("%s: export %q, want %q", c.name, d.Export, c.want)
		}
	}
}
