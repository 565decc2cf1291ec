package projections

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/internal/pgtest"
)

// testEnv is a fresh schema with an event store and a pool on it.
type testEnv struct {
	ctx   context.Context
	store *postgres.Store
	pool  *pgxpool.Pool
}

func newTestEnv(t testing.TB) *testEnv {
	t.Helper()
	ctx := context.Background()
	pool, url := pgtest.Pool(t)
	store, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	if err := Migrate(ctx, pool); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return &testEnv{ctx: ctx, store: store, pool: pool}
}

var (
	lead = domain.Identity{Subject: "lead-1", Name: "Fiona Lead", Email: "fiona@example.com",
		Roles: []domain.Role{domain.RoleFinOpsLead}, Issuer: "https://idp.example.com"}
	owner = domain.Identity{Subject: "po-1", Name: "Paul Owner", Roles: []domain.Role{domain.RoleProductOwner}}
)

// logWriter appends domain events as the commands, ingest and detector would.
type logWriter struct {
	t     testing.TB
	env   *testEnv
	clock time.Time // occurredAt of the next append; each append moves it on
	last  eventstore.AppendResult
	count int
}

func newLogWriter(t testing.TB, env *testEnv) *logWriter {
	return &logWriter{t: t, env: env, clock: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
}

// append writes events to one stream in one append.
func (w *logWriter) append(stream string, actor domain.Identity, rationale string, events ...domain.Event) eventstore.AppendResult {
	w.t.Helper()
	w.clock = w.clock.Add(time.Minute)
	meta, err := json.Marshal(domain.Metadata{Actor: actor, OccurredAt: w.clock, Rationale: rationale})
	if err != nil {
		w.t.Fatal(err)
	}
	recs := make([]eventstore.Event, len(events))
	for i, e := range events {
		typ, data, err := domain.Encode(e)
		if err != nil {
			w.t.Fatal(err)
		}
		recs[i] = eventstore.Event{ID: uuid.New(), Type: typ, Data: data, Metadata: meta}
	}
	res, err := w.env.store.Append(w.env.ctx, stream, eventstore.Any(), recs...)
	if err != nil {
		w.t.Fatalf("append to %s: %v", stream, err)
	}
	w.last = res
	w.count += len(events)
	return res
}

func dec(s string) domain.Decimal { return decimal.RequireFromString(s) }

const (
	acctA = "111111111111"
	acctB = "222222222222"
)

func roleARN(acct, name string) string { return "arn:aws:iam::" + acct + ":role/" + name }

// spend appends one delivery of a billing period of the default export.
func (w *logWriter) spend(period string, facts, chunkSize int, scale string) {
	w.t.Helper()
	w.exportSpend(domain.DefaultSpendExport, period, facts, chunkSize, scale)
}

// exportSpend appends one delivery of an export's billing period: chunks of
// facts, then the marker, in one append, then the ingest record. The facts
// spread cost over the period's days, two accounts, a broad role, a
// dedicated role and a guardrail.
func (w *logWriter) exportSpend(export, period string, facts, chunkSize int, scale string) {
	w.t.Helper()
	delivery := uuid.NewString()
	var events []domain.Event
	var chunk []domain.SpendFact
	total := decimal.Zero
	chunks := 0
	flush := func() {
		events = append(events, domain.SpendFactsChunk{DeliveryID: delivery, Source: "cur", Period: period, Chunk: chunks, Facts: chunk})
		chunks++
		chunk = nil
	}
	for i := range facts {
		acct := []string{acctA, acctB}[i%2]
		principal := roleARN(acct, []string{"AWSAdministratorAccess", "finops-ai-chatbot", ""}[i%3])
		f := domain.SpendFact{
			Source: "cur", Period: period, Day: fmt.Sprintf("%s-%02d", period, i%28+1), AccountID: acct,
			Region: []string{"us-east-1", "eu-west-1"}[i%2], ProductCode: "AmazonBedrock", Operation: "InvokeModel",
			UsageType: "USE1-Claude-input-tokens", Model: "Claude 4.6 Sonnet", LineType: "Usage",
			Principal: principal, PricingUnit: "tokens", Quantity: decimal.NewFromInt(int64(1000 + i)),
			Cost: dec(scale).Mul(decimal.NewFromInt(int64(i%7 + 1))),
		}
		if i%3 == 2 {
			f.Principal, f.Operation, f.ResourceID = "", "ApplyGuardrail", "arn:aws:bedrock:us-east-1:"+acct+":guardrail/g1"
		}
		total = total.Add(f.Cost)
		chunk = append(chunk, f)
		if len(chunk) == chunkSize {
			flush()
		}
	}
	if len(chunk) > 0 {
		flush()
	}
	events = append(events, domain.SpendPeriodReplaced{DeliveryID: delivery, Source: "cur", Export: export, Period: period, Chunks: chunks,
		Facts: facts, Files: []string{"cur-" + period + ".parquet"}, RowsRead: int64(facts * 3), AIRows: int64(facts),
		AttributableSpend: total})
	w.append(domain.SpendStream("cur", export, period), domain.SystemIngest, "", events...)
	ingestID := uuid.NewString()
	w.append("ingest-"+ingestID, domain.SystemIngest, "", domain.IngestCompleted{IngestID: ingestID, Source: "cur", Export: export,
		Periods: []string{period}, Files: 1, RowsRead: int64(facts * 3), AIRows: int64(facts), AttributableSpend: total})
}

// governance appends BRs, workloads, claims and budgets.
func (w *logWriter) governance() {
	w.t.Helper()
	w.append(domain.SettingsStream, lead, "tighten", domain.SettingsUpdated{Settings: domain.Settings{
		BroadRolePatterns: []string{"AWSAdministratorAccess"}, DedicatedRolePattern: "finops-ai-*", WindowDays: 30}})
	w.append(domain.BusinessRequestStream("br-1"), owner, "", domain.BusinessRequestSubmitted{ID: "br-1", Model: "Claude 4.6 Sonnet",
		ProductOwner: "po-1", Scope: []domain.Scope{{AccountID: acctA, Region: "us-east-1"}}, Justification: "support bot", Requester: owner})
	w.append(domain.BusinessRequestStream("br-1"), lead, "ok", domain.BusinessRequestApproved{ID: "br-1", Rationale: "ok"})
	w.append(domain.WorkloadStream("wl-1"), owner, "", domain.WorkloadRegistered{ID: "wl-1", Name: "chatbot", ProductOwner: "po-1",
		Budget: "support", BusinessRequestID: "br-1", RegisteredBy: owner})
	w.append(domain.WorkloadStream("wl-1"), owner, "", domain.BusinessCaseDeclared{WorkloadID: "wl-1", BusinessCase: domain.BusinessCase{
		Category: domain.ValueCostSaving, AnnualValue: dec("120000.00"), Description: "fewer tickets", DeclaredBy: owner}})
	w.append(domain.WorkloadStream("wl-1"), owner, "ours", domain.ResourceClaimed{WorkloadID: "wl-1", ClaimID: "claim-1",
		AnchorType: domain.AnchorIAMRole, Anchor: roleARN(acctA, "finops-ai-chatbot"), EffectiveFrom: "2025-01-10",
		ClaimedAt: w.clock, ClaimedBy: owner})
	w.append(domain.AccountBudgetsStream(acctA), lead, "split", domain.AccountBudgetsSet{AccountID: acctA, Budgets: []domain.BudgetShare{
		{Budget: "support", Share: dec("60")}, {Budget: "platform", Share: dec("40")}}})
}

// gapScenarios cycles the scenarios of the generated gaps.
var gapScenarios = domain.AllScenarios

func testFinding(i int, spend string) domain.Finding {
	sc := gapScenarios[i%len(gapScenarios)]
	acct := []string{acctA, acctB}[i%2]
	return domain.Finding{
		Scenario: sc, Key: fmt.Sprintf("key-%d", i), Anchor: fmt.Sprintf("anchor-%d", i), WorkloadID: map[bool]string{true: "wl-1"}[i%5 == 0],
		SuggestedActions: []domain.ActionKind{domain.ActionRecommendDedicatedRole},
		Evidence: domain.Evidence{
			Spend: dec(spend), SpendByPeriod: []domain.PeriodSpend{{Period: "2025-01", Spend: dec(spend)}},
			Accounts: []string{acct}, Regions: []string{"us-east-1"}, Scopes: []domain.Scope{{AccountID: acct, Region: "us-east-1"}},
			Models: []string{"Claude 4.6 Sonnet"}, Principals: []domain.PrincipalEvidence{{Principal: roleARN(acct, "AWSAdministratorAccess")}},
			Tags:      []string{"user:team=" + []string{"chat", "search", "ml"}[i%3]},
			FirstSeen: "2025-01-02", LastSeen: "2025-01-30", Rule: "principal matches a broad-role pattern",
		},
	}
}

// gapLife appends the events of gap number i: opened, evidence changes, then
// by i a decision, a resolution, a recall or a reopening. It returns how many events it wrote.
func (w *logWriter) gapLife(i, evidenceChanges int) int {
	w.t.Helper()
	id := domain.GapID(gapScenarios[i%len(gapScenarios)], fmt.Sprintf("key-%d", i))
	stream := domain.GapStream(id)
	events := []domain.Event{domain.GapOpened{GapID: id, Finding: testFinding(i, "10.00")}}
	for k := range evidenceChanges {
		events = append(events, domain.GapEvidenceChanged{GapID: id, Finding: testFinding(i, fmt.Sprintf("%d.25", 11+k))})
	}
	w.append(stream, domain.SystemDetector, "", events...)
	n := len(events)
	switch i % 5 {
	case 1: // dedicated role recommended, then resolved by the detector
		d := domain.GapAction{Action: domain.ActionRecommendDedicatedRole, TaskID: "task-" + id, Target: roleARN(acctA, "finops-ai-x"), ProductOwner: "po-1"}
		w.append(stream, lead, "use a dedicated role", domain.GapActionTaken{GapID: id, Decision: d, Rationale: "use a dedicated role"})
		w.append(domain.TaskStream("task-"+id), owner, "", domain.TaskCompleted{TaskID: "task-" + id, Note: "done", CompletedBy: owner})
		w.append(stream, domain.SystemDetector, "spend stopped", domain.GapMarkedResolved{GapID: id, Rationale: "spend stopped"})
		n += 3
	case 2: // claimed for a workload, then the decision recalled; the first claims a role with spend
		role := fmt.Sprintf("finops-ai-app-%d", i)
		if i == 2 {
			role = "finops-ai-chatbot"
		}
		d := domain.GapAction{Action: domain.ActionClaimResource, WorkloadID: "wl-1", ClaimID: "claim-" + id,
			AnchorType: domain.AnchorIAMRole, Anchor: roleARN(acctB, role), EffectiveFrom: "2025-01-15"}
		w.append(stream, lead, "belongs to chatbot", domain.GapActionTaken{GapID: id, Decision: d, Rationale: "belongs to chatbot"})
		w.append(stream, lead, "wrong workload", domain.GapDecisionRecalled{GapID: id, Rationale: "wrong workload", Recalled: d, EffectiveDay: "2025-01-20"})
		n += 2
	case 3: // resolved, then the finding returns
		w.append(stream, domain.SystemDetector, "gone", domain.GapMarkedResolved{GapID: id, Rationale: "gone"})
		w.append(stream, domain.SystemDetector, "back", domain.GapReopened{GapID: id, Finding: testFinding(i, "3.50"), Rationale: "back"})
		n += 2
	}
	return n
}

// detection appends a detection summary.
func (w *logWriter) detection(total string) {
	w.t.Helper()
	w.append(domain.DetectionStream, domain.SystemDetector, "", domain.DetectionSummaryChanged{Summary: domain.DetectionSummary{
		WindowStart: "2025-01-01", WindowEnd: "2025-01-30", TotalGapSpend: dec(total), UnanchoredSpend: dec("1.10")}})
}

// realisticLog appends governance, two billing periods of spend, gaps in
// every lifecycle path and detection summaries.
func (w *logWriter) realisticLog(gaps int) {
	w.t.Helper()
	w.governance()
	w.spend("2025-01", 300, 50, "0.0125")
	for i := range gaps {
		w.gapLife(i, 1+i%3)
	}
	w.detection("123.45")
	w.spend("2025-02", 120, 50, "0.5")
	w.spend("2025-01", 200, 50, "0.0100") // a redelivery replaces the period
	w.detection("99.99")
}
