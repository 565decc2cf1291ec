package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// These tests run the real detector against the PostgreSQL event store and
// watch what it appends. Spend goes in the way ingest records it (a chunk
// and its period marker in one append), governance through the Service.

const (
	acct      = "111122223333"
	region    = "us-east-1"
	model     = "Claude4.6Sonnet"
	modelKey  = "claude46sonnet"
	ssoRole   = "arn:aws:iam::111122223333:role/AWSReservedSSO_AdministratorAccess_0a1b2c3d4e5f"
	alice     = "arn:aws:iam::111122223333:user/alice"
	guardrail = "arn:aws:bedrock:us-east-1:111122223333:guardrail/gr-support"

	// settleTimeout is generous: the machine running the tests is shared.
	settleTimeout = 20 * time.Second
)

func dec(s string) domain.Decimal { return decimal.RequireFromString(s) }

// usage is a Bedrock inference fact of principal in acct/region.
func usage(day, principal, cost string) domain.SpendFact {
	return domain.SpendFact{
		Source: "cur", Period: day[:7], Day: day, BillingEntity: "AWS", AccountID: acct, Region: region,
		ProductCode: "AmazonBedrock", Operation: "InvokeModelInference", UsageType: "USE1-" + model + "-input-tokens",
		Model: model, LineType: "Usage", Principal: principal, PricingUnit: "1K tokens", Quantity: dec("1"), Cost: dec(cost),
	}
}

// guardrailUse is ApplyGuardrail spend on the guardrail: no principal, no model.
func guardrailUse(day, cost string) domain.SpendFact {
	return domain.SpendFact{
		Source: "cur", Period: day[:7], Day: day, BillingEntity: "AWS", AccountID: acct, Region: region,
		ProductCode: "AmazonBedrock", Operation: "ApplyGuardrail", UsageType: "USE1-Guardrail-ContentPolicyUnitsConsumed",
		LineType: "Usage", ResourceID: guardrail, PricingUnit: "Units", Quantity: dec("1"), Cost: dec(cost),
	}
}

// spendDelivery encodes one delivery of a CUR billing period as ingest
// records it: its chunks in order, then the marker that makes it the period.
func spendDelivery(t testing.TB, period, delivery string, chunks [][]domain.SpendFact) []eventstore.Event {
	t.Helper()
	meta := domain.Metadata{Actor: domain.SystemIngest, OccurredAt: time.Now().UTC()}
	events := make([]eventstore.Event, 0, len(chunks)+1)
	facts := 0
	for i, c := range chunks {
		e, err := codec.Encode(domain.SpendFactsChunk{DeliveryID: delivery, Source: "cur", Period: period, Chunk: i, Facts: c}, uuid.New(), meta)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, e)
		facts += len(c)
	}
	marker, err := codec.Encode(domain.SpendPeriodReplaced{DeliveryID: delivery, Source: "cur", Period: period, Chunks: len(chunks), Facts: facts}, uuid.New(), meta)
	if err != nil {
		t.Fatal(err)
	}
	return append(events, marker)
}

// ingest records a delivery of one chunk that replaces the period.
func ingest(t *testing.T, store eventstore.Store, period, delivery string, facts ...domain.SpendFact) {
	t.Helper()
	events := spendDelivery(t, period, delivery, [][]domain.SpendFact{facts})
	if _, err := store.Append(context.Background(), domain.SpendStream("cur", domain.DefaultSpendExport, period), eventstore.Any(), events...); err != nil {
		t.Fatalf("ingest %s of %s: %v", delivery, period, err)
	}
}

func execute(t *testing.T, svc *Service, actor domain.Identity, cmd domain.Command) {
	t.Helper()
	if _, err := svc.Execute(context.Background(), actor, cmd); err != nil {
		t.Fatalf("%s by %s: %v", cmd.CommandName(), actor.Subject, err)
	}
}

// checkpoints records what a detector's checkpoint was called with.
type checkpoints struct {
	mu  sync.Mutex
	pos []eventstore.Position
}

func (c *checkpoints) save(_ context.Context, pos eventstore.Position) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pos = append(c.pos, pos)
	return nil
}

func (c *checkpoints) saved() []eventstore.Position {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.pos)
}

// startDetector runs d until the returned stop is called (or the test ends),
// and checks that it ran until stopped.
func startDetector(t *testing.T, d *Detector) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		err := d.Run(ctx)
		if ctx.Err() == nil {
			t.Errorf("detector stopped by itself: %v", err)
		}
		done <- err
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Errorf("stopped detector returned %v, want context.Canceled", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// newDetector returns a detector whose checkpoints are recorded.
func newDetector(store eventstore.Store) (*Detector, *checkpoints) {
	cp := &checkpoints{}
	return NewDetector(store, testLogger()).WithCheckpoint(cp.save), cp
}

// eventually polls cond until it returns nil, failing with its last answer
// after settleTimeout.
func eventually(t *testing.T, what string, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(settleTimeout)
	for {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %s: %v", what, settleTimeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// readLog decodes the whole log.
func readLog(t *testing.T, store eventstore.Store) []domain.Envelope {
	t.Helper()
	var out []domain.Envelope
	for from := eventstore.Start; ; {
		recs, err := store.ReadAll(context.Background(), from, readBatch, eventstore.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs {
			env, err := codec.Decode(rec)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, env)
			from = rec.Position
		}
		if len(recs) < readBatch {
			return out
		}
	}
}

func position(t *testing.T, env domain.Envelope) eventstore.Position {
	t.Helper()
	p, err := eventstore.ParsePosition(env.Position)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// waitSettled waits until each detector has folded the whole log and has
// completed a pass at or after the last event it did not write itself:
// nothing is left for it to do.
func waitSettled(t *testing.T, store eventstore.Store, ds map[*Detector]*checkpoints) {
	t.Helper()
	eventually(t, "detectors settle", func() error {
		log := readLog(t, store)
		var head, lastInput eventstore.Position
		for _, env := range log {
			head = position(t, env)
			if env.Meta.Actor.Subject != domain.SystemDetector.Subject {
				lastInput = head
			}
		}
		for d, cp := range ds {
			if got := d.Position(); got != head {
				return fmt.Errorf("a detector has folded to %s; the log head is %s", got, head)
			}
			saved := cp.saved()
			if len(saved) == 0 || saved[len(saved)-1].Less(lastInput) {
				return fmt.Errorf("a detector's last completed pass is at %v; the last input is at %s", saved, lastInput)
			}
		}
		return nil
	})
}

func settle(t *testing.T, store eventstore.Store, d *Detector, cp *checkpoints) {
	t.Helper()
	waitSettled(t, store, map[*Detector]*checkpoints{d: cp})
}

// streamEvents decodes a stream; none if it does not exist.
func streamEvents(t *testing.T, store eventstore.Store, stream string) []domain.Envelope {
	t.Helper()
	recs, err := store.ReadStream(context.Background(), stream, 0)
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	out := make([]domain.Envelope, len(recs))
	for i, rec := range recs {
		if out[i], err = codec.Decode(rec); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func gapStream(s domain.Scenario, key string) string { return domain.GapStream(domain.GapID(s, key)) }

func types(evs []domain.Envelope) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Type
	}
	return out
}

// waitGapEvents waits until the gap's stream holds exactly the event types want.
func waitGapEvents(t *testing.T, store eventstore.Store, s domain.Scenario, key string, want ...string) []domain.Envelope {
	t.Helper()
	var evs []domain.Envelope
	eventually(t, fmt.Sprintf("%s gap %q holds %v", s, key, want), func() error {
		evs = streamEvents(t, store, gapStream(s, key))
		if !slices.Equal(types(evs), want) {
			return fmt.Errorf("it holds %v", types(evs))
		}
		return nil
	})
	return evs
}

// findingOf is the finding an opening, evidence or reopening event carries.
func findingOf(t *testing.T, env domain.Envelope) domain.Finding {
	t.Helper()
	switch e := env.Event.(type) {
	case domain.GapOpened:
		return e.Finding
	case domain.GapEvidenceChanged:
		return e.Finding
	case domain.GapReopened:
		return e.Finding
	}
	t.Fatalf("%s carries no finding", env.Type)
	return domain.Finding{}
}

// requireByDetector checks that the detector wrote env with the rationale.
func requireByDetector(t *testing.T, env domain.Envelope, rationale string) {
	t.Helper()
	if env.Meta.Actor.Subject != domain.SystemDetector.Subject || env.Meta.Rationale != rationale {
		t.Fatalf("%s by %q with rationale %q; want by %s with %q", env.Type, env.Meta.Actor.Subject, env.Meta.Rationale, domain.SystemDetector.Subject, rationale)
	}
}

func gapState(t *testing.T, svc *Service, s domain.Scenario, key string) domain.Gap {
	t.Helper()
	var gap domain.Gap
	err := svc.Governance(context.Background(), func(g *domain.Governance) {
		if p := g.Gaps[domain.GapID(s, key)]; p != nil {
			gap = *p
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return gap
}

func TestDetectorOpensEachScenarioWithExactSpend(t *testing.T) {
	store := openStore(t)
	ingest(t, store, "2025-06", "d1",
		usage("2025-06-10", ssoRole, "10.1"),
		usage("2025-06-11", ssoRole, "0.2"), // 10.1 + 0.2 is not 10.3 in float64
		usage("2025-06-11", alice, "1.15"),
		guardrailUse("2025-06-12", "0.35"),
		func() domain.SpendFact { f := usage("2025-06-30", ssoRole, "7"); f.LineType = "Tax"; return f }(), // never gap spend
	)
	d, cp := newDetector(store)
	startDetector(t, d)
	settle(t, store, d, cp)

	cases := []struct {
		scenario   domain.Scenario
		key        string
		spend      string
		principals []string
	}{
		{domain.ScenarioRoleRecommendation, acct + "|" + ssoRole, "10.3", []string{ssoRole}},
		{domain.ScenarioNotBusinessApproved, modelKey, "11.45", []string{ssoRole, alice}},
		{domain.ScenarioResourceAllocation, guardrail, "0.35", nil}, // guardrail rows carry no principal
	}
	for _, c := range cases {
		t.Run(string(c.scenario), func(t *testing.T) {
			evs := waitGapEvents(t, store, c.scenario, c.key, domain.EventGapOpened)
			requireByDetector(t, evs[0], "")
			f := findingOf(t, evs[0])
			ev := f.Evidence
			if f.Scenario != c.scenario || !ev.Spend.Equal(dec(c.spend)) || ev.Spend.String() != c.spend {
				t.Fatalf("finding %s spend %s, want %s spend %s", f.Scenario, ev.Spend, c.scenario, c.spend)
			}
			if len(ev.SpendByPeriod) != 1 || ev.SpendByPeriod[0].Period != "2025-06" || !ev.SpendByPeriod[0].Spend.Equal(dec(c.spend)) {
				t.Fatalf("spend by period %+v, want 2025-06: %s", ev.SpendByPeriod, c.spend)
			}
			var principals []string
			for _, p := range ev.Principals {
				principals = append(principals, p.Principal)
			}
			if !slices.Equal(principals, c.principals) {
				t.Fatalf("principals %v, want %v", principals, c.principals)
			}
		})
	}

	var gapStreams []string
	for _, env := range readLog(t, store) {
		if strings.HasPrefix(env.Stream, "gap-") && !slices.Contains(gapStreams, env.Stream) {
			gapStreams = append(gapStreams, env.Stream)
		}
	}
	if len(gapStreams) != len(cases) {
		t.Fatalf("%d gap streams, want the %d above", len(gapStreams), len(cases))
	}
	// Each dollar behind a finding counts once: 10.3 + 1.15 + 0.35, not the 22.1 of the three gaps.
	summaries := streamEvents(t, store, domain.DetectionStream)
	if len(summaries) != 1 {
		t.Fatalf("detection stream holds %v, want one summary", types(summaries))
	}
	sum := summaries[0].Event.(domain.DetectionSummaryChanged).Summary
	if !sum.TotalGapSpend.Equal(dec("11.8")) || !sum.UnanchoredSpend.IsZero() || sum.WindowStart != "2025-06-01" || sum.WindowEnd != "2025-06-30" {
		t.Fatalf("summary %+v, want total gap spend 11.8, no unanchored spend, window 2025-06-01..2025-06-30", sum)
	}
}

func TestGovernanceChangeResolvesGapsByDetector(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	ingest(t, store, "2025-06", "d1", usage("2025-06-10", ssoRole, "4.2"), guardrailUse("2025-06-12", "0.35"))
	d, cp := newDetector(store)
	startDetector(t, d)
	waitGapEvents(t, store, domain.ScenarioResourceAllocation, guardrail, domain.EventGapOpened)
	waitGapEvents(t, store, domain.ScenarioNotBusinessApproved, modelKey, domain.EventGapOpened)

	execute(t, svc, owner, domain.RegisterWorkload{ID: "wl-support", Name: "Support assistant", ProductOwner: "po@example.com", Budget: "support"})
	// Backdated (a Lead's call) so that the June spend is charged to the workload.
	execute(t, svc, lead, domain.ClaimResource{ClaimID: "claim-gr", WorkloadID: "wl-support", AnchorType: domain.AnchorGuardrail, Anchor: guardrail, EffectiveFrom: "2025-06-01", Rationale: "the support bot's guardrail"})
	evs := waitGapEvents(t, store, domain.ScenarioResourceAllocation, guardrail, domain.EventGapOpened, domain.EventGapMarkedResolved)
	requireByDetector(t, evs[1], guardrail+" is now claimed by workload Support assistant (wl-support)")
	if e := evs[1].Event.(domain.GapMarkedResolved); e.ByHand || e.Rationale != evs[1].Meta.Rationale {
		t.Fatalf("resolution %+v: want by the detector, its rationale in the event", e)
	}
	// The guardrail's spend is now charged to a workload without a business case.
	unbacked := waitGapEvents(t, store, domain.ScenarioUnbackedAIWorkload, "wl-support", domain.EventGapOpened)
	if spend := findingOf(t, unbacked[0]).Evidence.Spend; !spend.Equal(dec("0.35")) {
		t.Fatalf("unbacked workload spend %s, want the guardrail's 0.35", spend)
	}

	submitBR(t, svc, "br-a")
	execute(t, svc, lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-a", Rationale: "fits the AI policy"})
	evs = waitGapEvents(t, store, domain.ScenarioNotBusinessApproved, modelKey, domain.EventGapOpened, domain.EventGapMarkedResolved)
	requireByDetector(t, evs[1], "model "+model+" is approved by BR br-a")

	settle(t, store, d, cp)
	if role := gapState(t, svc, domain.ScenarioRoleRecommendation, acct+"|"+ssoRole); role.State != domain.GapActive || len(role.History) != 1 {
		t.Fatalf("broad-role gap is %s after %d events; no governance change touched it, want ACTIVE as opened", role.State, len(role.History))
	}
}

func TestRestatementResolvesAndReopensGap(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	key := acct + "|" + ssoRole
	ingest(t, store, "2025-06", "d1", usage("2025-06-10", ssoRole, "4.2"), usage("2025-06-12", alice, "1"))
	d, _ := newDetector(store)
	startDetector(t, d)
	opened := waitGapEvents(t, store, domain.ScenarioRoleRecommendation, key, domain.EventGapOpened)

	// A restated June without the broad role's spend replaces the first delivery.
	ingest(t, store, "2025-06", "d2", usage("2025-06-12", alice, "1"))
	evs := waitGapEvents(t, store, domain.ScenarioRoleRecommendation, key, domain.EventGapOpened, domain.EventGapMarkedResolved)
	requireByDetector(t, evs[1], "no spend on "+ssoRole+" in the detection window 2025-05-14 to 2025-06-12")

	ingest(t, store, "2025-06", "d3", usage("2025-06-10", ssoRole, "4.2"), usage("2025-06-12", alice, "1"))
	evs = waitGapEvents(t, store, domain.ScenarioRoleRecommendation, key, domain.EventGapOpened, domain.EventGapMarkedResolved, domain.EventGapReopened)
	reopened := findingOf(t, evs[2])
	if !domain.SameFinding(reopened, findingOf(t, opened[0])) || !reopened.Evidence.Spend.Equal(dec("4.2")) {
		t.Fatalf("reopened with %+v, want the finding first opened (spend 4.2)", reopened.Evidence)
	}
	if !strings.HasPrefix(evs[2].Meta.Rationale, "the ROLE_RECOMMENDATION finding on "+ssoRole+" is detected again") {
		t.Fatalf("reopen rationale %q does not say the finding is back", evs[2].Meta.Rationale)
	}
	if gap := gapState(t, svc, domain.ScenarioRoleRecommendation, key); gap.State != domain.GapActive || len(gap.History) != 3 {
		t.Fatalf("gap %s with %d history entries, want ACTIVE with its 3 transitions kept", gap.State, len(gap.History))
	}
}

func TestRecalledAddScopeBringsOutOfScopeGapBack(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	submitBR(t, svc, "br-a") // approved for 111122223333 × us-east-1
	execute(t, svc, lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-a", Rationale: "fits the AI policy"})
	elsewhere := usage("2025-06-10", "arn:aws:iam::444455556666:user/bob", "2.5")
	elsewhere.AccountID, elsewhere.Region = "444455556666", "eu-west-1"
	ingest(t, store, "2025-06", "d1", elsewhere)
	d, cp := newDetector(store)
	startDetector(t, d)

	key := modelKey + "|444455556666|eu-west-1"
	evs := waitGapEvents(t, store, domain.ScenarioOutOfApprovedScope, key, domain.EventGapOpened)
	if f := findingOf(t, evs[0]); f.BusinessRequestID != "br-a" || !f.Evidence.Spend.Equal(dec("2.5")) {
		t.Fatalf("out-of-scope finding names BR %q with spend %s, want br-a and 2.5", f.BusinessRequestID, f.Evidence.Spend)
	}
	gapID := domain.GapID(domain.ScenarioOutOfApprovedScope, key)

	execute(t, svc, lead, domain.ActionGap{GapID: gapID, Action: domain.ActionAddScope, Rationale: "eu-west-1 serves EU customers"})
	evs = waitGapEvents(t, store, domain.ScenarioOutOfApprovedScope, key,
		domain.EventGapOpened, domain.EventGapActionTaken, domain.EventGapMarkedResolved)
	requireByDetector(t, evs[2], "account 444455556666 × region eu-west-1 is now in scope of BR br-a")

	execute(t, svc, lead, domain.RecallDecision{GapID: gapID, Rationale: "scope added by mistake"})
	evs = waitGapEvents(t, store, domain.ScenarioOutOfApprovedScope, key,
		domain.EventGapOpened, domain.EventGapActionTaken, domain.EventGapMarkedResolved, domain.EventGapDecisionRecalled, domain.EventGapEvidenceChanged)
	requireByDetector(t, evs[4], "")
	settle(t, store, d, cp)
	gap := gapState(t, svc, domain.ScenarioOutOfApprovedScope, key)
	if gap.State != domain.GapRecalled || !gap.FindingPresent || !gap.Finding.Evidence.Spend.Equal(dec("2.5")) {
		t.Fatalf("gap %s, finding present %v, spend %s; want RECALLED with its finding (2.5) back", gap.State, gap.FindingPresent, gap.Finding.Evidence.Spend)
	}
}

// A fresh detector replaying a log that a detector has settled appends
// nothing, and checkpoints the head.
func TestFreshDetectorReplaysSettledLogWithoutAppending(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	ingest(t, store, "2025-05", "m1", usage("2025-05-20", ssoRole, "3"), guardrailUse("2025-05-21", "0.1"))
	ingest(t, store, "2025-06", "j1", usage("2025-06-10", ssoRole, "4.2"), usage("2025-06-12", alice, "1"), guardrailUse("2025-06-12", "0.35"))
	first, cp := newDetector(store)
	stopFirst := startDetector(t, first)
	settle(t, store, first, cp)
	// Governance and a restatement after the first findings, so the log holds every kind of gap event.
	execute(t, svc, owner, domain.RegisterWorkload{ID: "wl-support", Name: "Support assistant", ProductOwner: "po@example.com", Budget: "support"})
	execute(t, svc, owner, domain.ClaimResource{ClaimID: "claim-gr", WorkloadID: "wl-support", AnchorType: domain.AnchorGuardrail, Anchor: guardrail, Rationale: "ours"})
	ingest(t, store, "2025-06", "j2", usage("2025-06-12", alice, "1"))
	settle(t, store, first, cp)
	stopFirst()

	log := readLog(t, store)
	head := position(t, log[len(log)-1])
	fresh, freshCP := newDetector(store)
	startDetector(t, fresh)
	eventually(t, "the fresh detector completes a pass at the head", func() error {
		if runs, pos := fresh.Runs(), fresh.Position(); runs == 0 || pos != head {
			return fmt.Errorf("%d passes, folded to %s of %s", runs, pos, head)
		}
		return nil
	})
	if after := readLog(t, store); len(after) != len(log) {
		t.Fatalf("the log grew from %d to %d events: %v", len(log), len(after), types(after[len(log):]))
	}
	if saved := freshCP.saved(); len(saved) == 0 || saved[0] != head {
		t.Fatalf("fresh detector checkpointed %v, want its first pass at the head %s", saved, head)
	}
}

func TestFailedCheckpointLeavesPassIncomplete(t *testing.T) {
	store := openStore(t)
	ingest(t, store, "2025-06", "d1", guardrailUse("2025-06-12", "0.35"))
	input := readLog(t, store)
	var mu sync.Mutex
	var calls []eventstore.Position
	d := NewDetector(store, testLogger()).WithCheckpoint(func(_ context.Context, pos eventstore.Position) error {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, pos)
		if len(calls) == 1 {
			return errors.New("checkpoint table unavailable")
		}
		return nil
	})
	startDetector(t, d)
	eventually(t, "the pass is retried after the failed checkpoint", func() error {
		if d.Runs() == 0 {
			return errors.New("no completed pass yet")
		}
		return nil
	})
	// The retry folds the first attempt's own appends, and appends nothing more.
	log := readLog(t, store)
	want := []eventstore.Position{position(t, input[len(input)-1]), position(t, log[len(log)-1])}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(calls, want) || d.Runs() != 1 {
		t.Fatalf("checkpoint calls %v, %d completed passes; want calls %v and one completed pass", calls, d.Runs(), want)
	}
}

// Two detectors on one log: deterministic ids and expected revisions let
// each change be written once.
func TestTwoDetectorsNeverDuplicateEvents(t *testing.T) {
	store := openStore(t)
	ingest(t, store, "2025-06", "d1", usage("2025-06-10", ssoRole, "4.2"), usage("2025-06-12", alice, "1"), guardrailUse("2025-06-12", "0.35"))
	a, cpA := newDetector(store)
	b, cpB := newDetector(store)
	startDetector(t, a)
	startDetector(t, b)
	both := map[*Detector]*checkpoints{a: cpA, b: cpB}
	waitSettled(t, store, both)

	want := map[string][]string{
		gapStream(domain.ScenarioRoleRecommendation, acct+"|"+ssoRole): {domain.EventGapOpened},
		gapStream(domain.ScenarioNotBusinessApproved, modelKey):        {domain.EventGapOpened},
		gapStream(domain.ScenarioResourceAllocation, guardrail):        {domain.EventGapOpened},
		domain.DetectionStream: {domain.EventDetectionSummaryChanged},
	}
	requireStreams := func() {
		t.Helper()
		got := map[string][]string{}
		for _, env := range readLog(t, store) {
			if env.Meta.Actor.Subject == domain.SystemDetector.Subject {
				got[env.Stream] = append(got[env.Stream], env.Type)
			}
		}
		for stream, types := range want {
			if !slices.Equal(got[stream], types) {
				t.Fatalf("%s holds %v, want %v", stream, got[stream], types)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("the detectors wrote to %d streams, want %d", len(got), len(want))
		}
	}
	requireStreams()

	// A restatement without the broad role: both detectors see it, one writes each change.
	ingest(t, store, "2025-06", "d2", usage("2025-06-12", alice, "1"), guardrailUse("2025-06-12", "0.35"))
	waitSettled(t, store, both)
	want[gapStream(domain.ScenarioRoleRecommendation, acct+"|"+ssoRole)] = []string{domain.EventGapOpened, domain.EventGapMarkedResolved}
	want[gapStream(domain.ScenarioNotBusinessApproved, modelKey)] = []string{domain.EventGapOpened, domain.EventGapEvidenceChanged}
	want[domain.DetectionStream] = []string{domain.EventDetectionSummaryChanged, domain.EventDetectionSummaryChanged}
	requireStreams()
}
