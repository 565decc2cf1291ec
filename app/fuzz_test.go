package app

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	ingestpkg "github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/internal/pgtest"
	"github.com/allocation-gaps/gaps/projections"
)

// curRow writes a one-row CUR 2.0 CSV whose text columns hold the fuzzed
// values (a Bedrock line, so that it is kept).
func curRow(t *testing.T, principal, accountName, operation, tagValue string) string {
	path := filepath.Join(t.TempDir(), "cur.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	tags, _ := json.Marshal(map[string]string{"iamPrincipal/team": tagValue})
	w := csv.NewWriter(f)
	_ = w.Write([]string{"bill_billing_period_start_date", "bill_billing_entity", "line_item_usage_start_date",
		"line_item_usage_account_id", "line_item_usage_account_name", "product_region_code", "line_item_product_code",
		"line_item_operation", "line_item_usage_type", "line_item_line_item_type", "line_item_resource_id",
		"line_item_iam_principal", "line_item_unblended_cost", "line_item_usage_amount", "line_item_currency_code", "tags"})
	_ = w.Write([]string{"2025-06-01T00:00:00Z", "AWS", "2025-06-03T10:00:00Z", "111122223333", accountName, "us-east-1",
		"AmazonBedrock", operation, "USE1-Claude4.6Sonnet-input-tokens", "Usage", "", principal, "1.25", "100", "USD", string(tags)})
	w.Flush()
	if err := cmpErr(w.Error(), f.Close()); err != nil {
		t.Fatal(err)
	}
	return path
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// FuzzIngestTextColumns: whatever a CUR delivery carries in its text
// columns, it is either refused as BAD_USER_INPUT or recorded and then
// projected: the projector keeps up and reports no failure. (go test runs
// the seeds; go test -fuzz explores.)
func FuzzIngestTextColumns(f *testing.F) {
	for _, seed := range [][4]string{
		{"arn:aws:iam::111122223333:role/app", "prod", "InvokeModel", "chat"},
		{"arn:aws:iam::111122223333:role/a\x00b", "prod", "InvokeModel", "chat"},
		{"arn:aws:iam::111122223333:role/app", "\u200b", "InvokeModel", "chat"},
		{"arn:aws:iam::111122223333:role/app", "prod", "Invoke\u001bModel", "c\u0085hat"},
		{"arn:aws:iam::111122223333:role/app", "prod \u00e9t\u00e9 \U0001F600", "InvokeModel", "\ufeff"},
		{"\xff\xfe", "prod", "InvokeModel", "chat"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	store := openStore(f)
	pool, _ := pgtest.Pool(f) // the read models, in a schema of their own
	if err := projections.Migrate(context.Background(), pool); err != nil {
		f.Fatal(err)
	}
	queries := projections.NewQueries(pool)
	ctx, cancel := context.WithCancel(context.Background())
	var running sync.WaitGroup
	running.Go(func() { _ = projections.NewProjector(store, pool).Run(ctx) })
	f.Cleanup(func() { cancel(); running.Wait() })

	f.Fuzz(func(t *testing.T, principal, accountName, operation, tagValue string) {
		path := curRow(t, principal, accountName, operation, tagValue)
		d, err := ingestpkg.Load(ctx, []string{path}, ingestpkg.Options{Export: "fuzz"})
		if err != nil {
			if domain.ErrorCode(err) != domain.CodeBadUserInput {
				t.Fatalf("refused as %s, want BAD_USER_INPUT: %v", domain.ErrorCode(err), err)
			}
			return
		}
		sum, err := ingestpkg.Record(ctx, store, d, domain.SystemIngest, time.Now())
		if err != nil {
			t.Fatalf("record an accepted delivery: %v", err)
		}
		recs, err := store.ReadStream(ctx, "ingest-"+sum.IngestID, 0) // its last event
		if err != nil {
			t.Fatal(err)
		}
		wait, stop := context.WithTimeout(ctx, 30*time.Second)
		defer stop()
		if err := queries.WaitFor(wait, recs[len(recs)-1].Position); err != nil {
			t.Fatalf("the projector did not keep up: %v (health: %v)", err, queries.ProjectorHealth(ctx))
		}
	})
}
