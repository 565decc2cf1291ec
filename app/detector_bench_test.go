package app

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Shape of the catch-up log: 12 billing periods, each restated by 4
// deliveries of 2082 three-fact chunks and a marker, about 100k events,
// plus governance, plus the gap events of a detector that settled it.
const (
	benchPeriods    = 12
	benchDeliveries = 4
	benchChunks     = 2082
	benchChunkFacts = 3
	benchAppend     = 100 // events per append while building the log
	benchAccounts   = 10
)

var benchModels = []string{"Claude4.6Sonnet", "Claude4.5Haiku", "Claude4.1Opus", "Llama3.3-70B", "Nova-Pro"}

func benchAccount(i int) string { return fmt.Sprintf("1000000000%02d", i%benchAccounts) }

func benchGuardrail(i int) string {
	return fmt.Sprintf("arn:aws:bedrock:us-east-1:%s:guardrail/gr-%d", benchAccount(i), i%10)
}

// benchPrincipal cycles broad SSO roles, dedicated roles (half of them
// claimed) and IAM users, so that every scenario but workspaces fires.
func benchPrincipal(i int) string {
	account := benchAccount(i)
	switch k := i % 40; {
	case k < 5:
		return fmt.Sprintf("arn:aws:iam::%s:role/AWSReservedSSO_AdministratorAccess_%04x", account, k)
	case k < 25:
		return fmt.Sprintf("arn:aws:iam::%s:role/finops-ai-team%d", account, k-5)
	default:
		return fmt.Sprintf("arn:aws:iam::%s:user/dev%d", account, k-25)
	}
}

func benchFact(period string, i int) domain.SpendFact {
	account := benchAccount(i / 7)
	day := fmt.Sprintf("%s-%02d", period, 1+i%28)
	cost := decimal.New(int64(1+i%997), -4) // exact to the hundredth of a cent
	if i%9 == 0 {
		return domain.SpendFact{
			Source: "cur", Period: period, Day: day, BillingEntity: "AWS", AccountID: account, Region: "us-east-1",
			ProductCode: "AmazonBedrock", Operation: "ApplyGuardrail", UsageType: "USE1-Guardrail-ContentPolicyUnitsConsumed",
			LineType: "Usage", ResourceID: benchGuardrail(i), PricingUnit: "Units", Quantity: dec("1"), Cost: cost,
		}
	}
	m := benchModels[i%len(benchModels)]
	region := []string{"us-east-1", "us-west-2", "eu-west-1"}[i%3]
	return domain.SpendFact{
		Source: "cur", Period: period, Day: day, BillingEntity: "AWS", AccountID: account, Region: region,
		ProductCode: "AmazonBedrock", Operation: "InvokeModelInference", UsageType: "USE1-" + m + "-input-tokens",
		Model: m, LineType: "Usage", Principal: benchPrincipal(i), PricingUnit: "1K tokens", Quantity: dec("1"), Cost: cost,
	}
}

// buildCatchUpLog appends governance and the spend deliveries; it returns
// the position of the last event.
func buildCatchUpLog(b *testing.B, store eventstore.Store) eventstore.Position {
	ctx := context.Background()
	svc := NewService(store)
	run := func(actor domain.Identity, cmd domain.Command) {
		if _, err := svc.Execute(ctx, actor, cmd); err != nil {
			b.Fatalf("%s: %v", cmd.CommandName(), err)
		}
	}
	for i, m := range benchModels[:3] {
		id := fmt.Sprintf("br-%d", i)
		var scope []domain.Scope
		for a := range benchAccounts / 2 {
			scope = append(scope, domain.Scope{AccountID: benchAccount(a), Region: "us-east-1"})
		}
		run(owner, domain.SubmitBusinessRequest{ID: id, Model: m, ProductOwner: "po@example.com", Scope: scope, Justification: "assistants"})
		run(lead, domain.ApproveBusinessRequest{BusinessRequestID: id, Rationale: "fits the AI policy"})
	}
	for w := range 10 {
		id := fmt.Sprintf("wl-%d", w)
		run(owner, domain.RegisterWorkload{ID: id, Name: "Team " + id, ProductOwner: "po@example.com", Budget: "team"})
		role := fmt.Sprintf("arn:aws:iam::%s:role/finops-ai-team%d", benchAccount(w), 2*w)
		run(owner, domain.ClaimResource{ClaimID: "role-" + id, WorkloadID: id, AnchorType: domain.AnchorIAMRole, Anchor: role})
		if w%2 == 0 {
			run(owner, domain.ClaimResource{ClaimID: "gr-" + id, WorkloadID: id, AnchorType: domain.AnchorGuardrail, Anchor: benchGuardrail(w)})
			run(owner, domain.DeclareBusinessCase{WorkloadID: id, BusinessCase: domain.BusinessCaseInput{Category: domain.ValueCostSaving, AnnualValue: dec("120000"), Description: "fewer tickets"}})
		}
	}

	var last eventstore.Position
	for p := range benchPeriods {
		period := fmt.Sprintf("2025-%02d", p+1)
		stream := domain.SpendStream("cur", domain.DefaultSpendExport, period)
		for dl := range benchDeliveries {
			chunks := make([][]domain.SpendFact, benchChunks)
			for c := range chunks {
				chunks[c] = make([]domain.SpendFact, benchChunkFacts)
				for f := range chunks[c] {
					// Each restatement shifts the facts, so that every delivery changes the period.
					chunks[c][f] = benchFact(period, dl+benchChunkFacts*c+f)
				}
			}
			events := spendDelivery(b, period, fmt.Sprintf("%s-d%d", period, dl), chunks)
			for len(events) > 0 {
				n := min(benchAppend, len(events))
				res, err := store.Append(ctx, stream, eventstore.Any(), events[:n]...)
				if err != nil {
					b.Fatal(err)
				}
				events, last = events[n:], res.Position
			}
		}
	}
	return last
}

// untilFirstPass runs a fresh detector from the start of the log until its
// first completed pass, and returns the position that pass folded.
func untilFirstPass(b *testing.B, store eventstore.Store) eventstore.Position {
	passed := make(chan eventstore.Position, 1)
	d := NewDetector(store, testLogger()).WithCheckpoint(func(_ context.Context, pos eventstore.Position) error {
		select {
		case passed <- pos:
		default:
		}
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	select {
	case pos := <-passed:
		b.StopTimer()
		return pos
	case err := <-done:
		b.Fatalf("detector stopped before its first pass: %v", err)
	case <-time.After(5 * time.Minute):
		b.Fatal("no detection pass within 5 minutes")
	}
	return eventstore.Position{}
}

// tail pages the log after from; it returns how many events follow and the last one's position.
func tail(b *testing.B, store eventstore.Store, from eventstore.Position) (int, eventstore.Position) {
	n := 0
	for {
		recs, err := store.ReadAll(context.Background(), from, readBatch, eventstore.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if len(recs) == 0 {
			return n, from
		}
		n += len(recs)
		from = recs[len(recs)-1].Position
	}
}

// BenchmarkDetectorCatchUp measures a fresh detector on a settled ~100k-event
// log, from start to its first completed pass (fold + detect + reconcile,
// which must append nothing).
func BenchmarkDetectorCatchUp(b *testing.B) {
	store := openStore(b)
	inputs := buildCatchUpLog(b, store)

	// A first detector settles the log: its pass waits for the head, so it folds every input.
	if at := untilFirstPass(b, store); at != inputs {
		b.Fatalf("settling pass folded to %s, want the last input %s", at, inputs)
	}
	gapEvents, head := tail(b, store, inputs)
	total := int(head.Commit) // PostgreSQL numbers the log 1, 2, …
	b.Logf("log: %d events, of which %d written by the settling detector", total, gapEvents)

	b.ResetTimer()
	for range b.N {
		b.StartTimer()
		if at := untilFirstPass(b, store); at != head {
			b.Fatalf("fresh detector's first pass folded to %s, want the head %s", at, head)
		}
		if n, _ := tail(b, store, head); n != 0 {
			b.Fatalf("fresh detector appended %d events to a settled log", n)
		}
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
}
