package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/esdb"
	"github.com/allocation-gaps/gaps/eventstore/esdb/esdbfake"
	ingestpkg "github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/ingest/sample"
	"github.com/allocation-gaps/gaps/internal/pgtest"
	"github.com/allocation-gaps/gaps/projections"
)

// The whole product on the EventStoreDB backend: the real esdb.Store on an
// in-memory EventStoreDB node that enforces the default MaxAppendSize and
// drops subscriptions now and then, the real read models in PostgreSQL, and
// the detector, the projector and the command service running together.
func TestStackOnEventStoreDB(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	fake := esdbfake.Start(t)
	store, err := esdb.Open(ctx, fake.URL())
	if err != nil {
		t.Fatalf("open the esdb store: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	pool, _ := pgtest.Pool(t)
	if err := projections.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	queries := projections.NewQueries(pool)
	svc := NewService(store)

	// A generated month of CUR, and an earlier month too large for one append.
	const period = "2025-06"
	path := filepath.Join(t.TempDir(), "cur.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sample.WriteCUR(f, sample.Config{Rows: 20_000, Seed: 11, Period: period}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	delivery, err := ingestpkg.Load(ctx, []string{path}, ingestpkg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := ingestpkg.Record(ctx, store, delivery, domain.SystemIngest, time.Now()); err != nil || !slices.Equal(sum.Periods, []string{period}) {
		t.Fatalf("record the delivery on esdb: periods replaced %v, %v; want [%s]", sum.Periods, err, period)
	}
	large, largeSpend := largePeriod("2025-05", 4*ingestpkg.MaxFactsPerChunk)
	if _, err := ingestpkg.Record(ctx, store, large, domain.SystemIngest, time.Now()); err != nil {
		t.Fatalf("record a large period on esdb: %v", err)
	}
	recorded, err := store.ReadStream(ctx, domain.SpendStream(large.Source, domain.DefaultSpendExport, "2025-05"), 0)
	if err != nil {
		t.Fatal(err)
	}
	size := 0
	for _, rec := range recorded {
		size += len(rec.Data)
	}
	if size <= esdbfake.DefaultMaxAppendSize {
		t.Fatalf("the large period's events hold %d bytes; the test needs more than one append's worth (%d)", size, esdbfake.DefaultMaxAppendSize)
	}
	if again, err := ingestpkg.Record(ctx, store, large, domain.SystemIngest, time.Now()); err != nil || again.EventsAppended != 0 {
		t.Fatalf("re-recording the large period: %d events appended, %v; want none", again.EventsAppended, err)
	}

	// Sonnet is approved in support-prod us-east-1 only; it also runs in eu-west-1.
	const brID = "br-sonnet"
	execute(t, svc, owner, domain.SubmitBusinessRequest{
		ID: brID, Model: sample.ModelSonnet, ProductOwner: owner.Email, Justification: "support assistant",
		Scope: []domain.Scope{{AccountID: sample.AccountSupportProd, Region: "us-east-1"}},
	})
	execute(t, svc, lead, domain.ApproveBusinessRequest{BusinessRequestID: brID, Rationale: "fits the AI policy"})

	fake.DropSubscriptionsAfter(5)
	runInBackground(t, projections.NewProjector(store, pool, projections.WithBatchSize(50)).Run)
	detector := NewDetector(store, testLogger()).WithCheckpoint(func(ctx context.Context, pos eventstore.Position) error {
		return projections.SaveProcessCheckpoint(ctx, pool, "detector", pos)
	})
	startDetector(t, detector)

	key := domain.ModelKey(sample.ModelSonnet) + "|" + sample.AccountSupportProd + "|eu-west-1"
	gapID := domain.GapID(domain.ScenarioOutOfApprovedScope, key)
	want := outOfScopeSpend(delivery, sample.ModelSonnet, sample.AccountSupportProd, "eu-west-1")
	if !want.IsPositive() {
		t.Fatalf("the sample has no Sonnet spend in %s eu-west-1", sample.AccountSupportProd)
	}
	var gap *projections.GapView
	eventually(t, "the out-of-scope gap is projected", func() error {
		gap, err = queries.Gap(ctx, gapID)
		if err == nil && gap == nil {
			err = errors.New("no such gap in the read model")
		}
		return err
	})
	ev := gap.Gap.Finding.Evidence
	if gap.Gap.State != domain.GapActive || gap.Gap.Finding.BusinessRequestID != brID || !ev.Spend.Equal(want) ||
		!slices.Equal(ev.Accounts, []string{sample.AccountSupportProd}) || !slices.Equal(ev.Regions, []string{"eu-west-1"}) {
		t.Fatalf("projected gap %s: state %s, BR %q, spend %s, accounts %v, regions %v; want ACTIVE, %s, %s, [%s], [eu-west-1]",
			gapID, gap.Gap.State, gap.Gap.Finding.BusinessRequestID, ev.Spend, ev.Accounts, ev.Regions, brID, want, sample.AccountSupportProd)
	}
	active, err := queries.Gaps(ctx, projections.GapFilter{Scenarios: []domain.Scenario{domain.ScenarioOutOfApprovedScope}}, projections.GapOrder{}, projections.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if active.TotalCount < 2 {
		t.Fatalf("%d out-of-scope gaps projected; the sample runs Sonnet out of scope in several places", active.TotalCount)
	}

	// The Lead adds the scope at the revision the API showed; the read model
	// shows the decision as soon as the command's position is projected.
	rev := gap.Gap.Revision
	pos, err := svc.Execute(ctx, lead, domain.ActionGap{GapID: gapID, Action: domain.ActionAddScope, Rationale: "EU customers", ExpectedRevision: &rev})
	if err != nil {
		t.Fatalf("ADD_SCOPE: %v", err)
	}
	if err := queries.WaitFor(ctx, pos); err != nil {
		t.Fatal(err)
	}
	if gap, err = queries.Gap(ctx, gapID); err != nil || gap.Gap.State == domain.GapActive {
		t.Fatalf("after ADD_SCOPE was projected: gap %+v, %v; want it no longer ACTIVE", gap, err)
	}

	// The detector sees the wider scope and resolves the gap.
	eventually(t, "the detector resolves the gap", func() error {
		gap, err = queries.Gap(ctx, gapID)
		if err == nil && gap.Gap.State != domain.GapResolved {
			err = errors.New("gap is " + string(gap.Gap.State))
		}
		return err
	})
	last := gap.Gap.History[len(gap.Gap.History)-1]
	if last.Actor.Subject != domain.SystemDetector.Subject || gap.Gap.FindingPresent {
		t.Fatalf("gap resolved by %q, finding present %v; want by the detector, the finding gone", last.Actor.Subject, gap.Gap.FindingPresent)
	}
	br, err := queries.BusinessRequest(ctx, brID)
	if err != nil || br == nil {
		t.Fatalf("business request %s: %+v, %v", brID, br, err)
	}
	if !slices.Contains(br.Scope, domain.Scope{AccountID: sample.AccountSupportProd, Region: "eu-west-1"}) {
		t.Fatalf("BR scope %v does not hold the added eu-west-1", br.Scope)
	}
	if fake.SubscriptionsOpened() <= 2 {
		t.Fatalf("%d subscriptions opened: the node's drops were never survived", fake.SubscriptionsOpened())
	}

	// The large period was folded whole: all its spend is allocated.
	allocation, err := queries.BudgetAllocation(ctx, "2025-05")
	if err != nil {
		t.Fatal(err)
	}
	if len(allocation) != 1 || allocation[0].Budget != domain.UnassignedBudget || !allocation[0].Before.Equal(largeSpend) || !allocation[0].After.Equal(largeSpend) {
		t.Fatalf("budget allocation of the large period: %+v; want %s before and after, all %s", allocation, largeSpend, domain.UnassignedBudget)
	}

	// The read models are what a rebuild from the esdb log gives, once the
	// projector has caught up with the node.
	eventually(t, "the projector reaches the log head", func() error {
		at, err := queries.Checkpoint(ctx)
		if err == nil && at.Less(fake.Head()) {
			err = errors.New("checkpoint " + at.String() + " behind the head " + fake.Head().String())
		}
		return err
	})
	var diffs bytes.Buffer
	if n, err := projections.Verify(ctx, store, pool, &diffs); err != nil || n != 0 {
		t.Fatalf("verify the read models against the esdb log: %d differences, %v\n%s", n, err, diffs.String())
	}
}

// largePeriod is a delivery of n distinct spend facts in period, their
// JSON well over one EventStoreDB append, and their total cost.
func largePeriod(period string, n int) (*ingestpkg.Delivery, domain.Decimal) {
	p := &ingestpkg.Period{Period: period, DeliveryID: "large-" + period}
	var total domain.Decimal
	for i := range n {
		fact := usage(fmt.Sprintf("%s-%02d", period, 1+i%28), fmt.Sprintf("arn:aws:iam::%s:user/user-%05d", acct, i), fmt.Sprintf("%d.%04d", i%97, i))
		p.Facts = append(p.Facts, fact)
		total = total.Add(fact.Cost)
	}
	p.AttributableSpend = total
	return &ingestpkg.Delivery{Source: "cur", Periods: []*ingestpkg.Period{p}, AttributableSpend: total}, total
}

// outOfScopeSpend is the attributable spend of model in account × region
// within the detection window (the 30 days ending at the latest AI usage day).
func outOfScopeSpend(d *ingestpkg.Delivery, model, account, region string) domain.Decimal {
	var latest time.Time
	for _, p := range d.Periods {
		for _, f := range p.Facts {
			if day, _ := time.Parse(time.DateOnly, f.Day); day.After(latest) {
				latest = day
			}
		}
	}
	start := latest.AddDate(0, 0, -29).Format(time.DateOnly)
	var sum domain.Decimal
	for _, p := range d.Periods {
		for _, f := range p.Facts {
			if f.Model == model && f.AccountID == account && f.Region == region && f.Attributable() && f.Day >= start {
				sum = sum.Add(f.Cost)
			}
		}
	}
	return sum
}

// runInBackground runs a process until the test ends and checks that it
// stopped cleanly then.
func runInBackground(t *testing.T, run func(context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("background process stopped with %v", err)
		}
	})
}
