package domain

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// testLog is an in-memory log: it checks each decision's expected revision
// like the store does, round-trips events through Encode/Decode, and folds
// them into g.
type testLog struct {
	t         testing.TB
	g         *Governance
	revisions map[string]int64
	envelopes []Envelope
	now       time.Time
}

func newTestLog(t testing.TB) *testLog {
	return &testLog{t: t, g: NewGovernance(), revisions: map[string]int64{}, now: time.Date(2025, 3, 10, 9, 30, 0, 0, time.UTC)}
}

func (l *testLog) revision(stream string) int64 {
	if r, ok := l.revisions[stream]; ok {
		return r
	}
	return -1
}

// append writes a decision as the store would, failing the test when its
// expected revision does not hold.
func (l *testLog) append(d Decision, actor Identity) {
	l.t.Helper()
	if got := l.revision(d.Stream); got != d.ExpectedRevision {
		l.t.Fatalf("append to %s: expected revision %d, stream is at %d", d.Stream, d.ExpectedRevision, got)
	}
	for _, e := range d.Events {
		typ, data, err := Encode(e)
		if err != nil {
			l.t.Fatal(err)
		}
		decoded, err := Decode(typ, data)
		if err != nil {
			l.t.Fatal(err)
		}
		rev := l.revision(d.Stream) + 1
		l.revisions[d.Stream] = rev
		env := Envelope{
			Stream: d.Stream, Revision: rev, Type: typ, Event: decoded,
			Meta: Metadata{Actor: actor, OccurredAt: l.now, Rationale: d.Rationale}, RecordedAt: l.now,
		}
		l.envelopes = append(l.envelopes, env)
		l.g.Apply(env)
	}
}

// do decides and appends a command that must succeed.
func (l *testLog) do(cmd Command, actor Identity) Decision {
	l.t.Helper()
	d, err := Decide(l.g, cmd, actor, l.now)
	if err != nil {
		l.t.Fatalf("%s: %v", cmd.CommandName(), err)
	}
	l.append(d, actor)
	return d
}

// refuse decides a command that must fail with code, and checks nothing changed.
func (l *testLog) refuse(cmd Command, actor Identity, code Code) {
	l.t.Helper()
	before := len(l.envelopes)
	d, err := Decide(l.g, cmd, actor, l.now)
	if err == nil {
		l.t.Fatalf("%s: want %s, got decision %+v", cmd.CommandName(), code, d)
	}
	if got := ErrorCode(err); got != code {
		l.t.Fatalf("%s: want %s, got %s (%v)", cmd.CommandName(), code, got, err)
	}
	if len(l.envelopes) != before {
		l.t.Fatalf("%s: refused command appended events", cmd.CommandName())
	}
}

// detect runs the detector's reconcile step and appends its decisions.
func (l *testLog) detect(summary DetectionSummary, findings ...Finding) []Decision {
	l.t.Helper()
	ds := Reconcile(l.g, findings, summary, l.now)
	for _, d := range ds {
		l.append(d, SystemDetector)
	}
	return ds
}

var (
	lead    = Identity{Subject: "lead-1", Name: "Lena Lead", Email: "lead@example.com", Roles: []Role{RoleFinOpsLead}, Issuer: "test"}
	owner   = Identity{Subject: "po-1", Name: "Alice", Email: "Alice@Example.com", Roles: []Role{RoleProductOwner}, Issuer: "test"}
	other   = Identity{Subject: "po-2", Name: "Bob", Email: "bob@example.com", Roles: []Role{RoleProductOwner}, Issuer: "test"}
	eng     = Identity{Subject: "ce-1", Roles: []Role{RoleCloudEngineer}, Issuer: "test"}
	finance = Identity{Subject: "fin-1", Roles: []Role{RoleFinance}, Issuer: "test"}
)

const (
	acctA    = "111111111111"
	acctB    = "222222222222"
	model    = "Claude4.6Sonnet"
	guardARN = "arn:aws:bedrock:us-east-1:111111111111:guardrail/gr-1"
)

func dec(s string) Decimal { return decimal.RequireFromString(s) }
func rev(r int64) *int64   { return &r }

func notApprovedFinding(spend string) Finding {
	return Finding{
		Scenario: ScenarioNotBusinessApproved, Key: ModelKey(model), Anchor: model,
		SuggestedActions: []ActionKind{ActionApproveModel, ActionBlockModel},
		Evidence: Evidence{
			Spend: dec(spend), SpendByPeriod: []PeriodSpend{{Period: "2025-03", Spend: dec(spend)}},
			Accounts: []string{acctA}, Regions: []string{"us-east-1"}, Scopes: []Scope{{acctA, "us-east-1"}},
			Models: []string{model}, Principals: []PrincipalEvidence{{Principal: "arn:aws:iam::111111111111:role/app", Sessions: []string{"s1"}}},
			FirstSeen: "2025-03-01", LastSeen: "2025-03-09", Rule: "no Approved BR for the model",
		},
	}
}

func outOfScopeFinding(brID string) Finding {
	return Finding{
		Scenario: ScenarioOutOfApprovedScope, Key: ModelKey(model) + "|" + acctA + "|eu-west-1",
		Anchor: model + "|" + acctA + "|eu-west-1", BusinessRequestID: brID,
		SuggestedActions: []ActionKind{ActionAddScope, ActionFlagForMove},
		Evidence: Evidence{
			Spend: dec("5"), Accounts: []string{acctA}, Regions: []string{"eu-west-1"},
			Scopes: []Scope{{acctA, "eu-west-1"}}, Models: []string{model}, Rule: "outside every approved scope",
		},
	}
}

func guardrailFinding() Finding {
	return Finding{
		Scenario: ScenarioResourceAllocation, Key: guardARN, Anchor: guardARN,
		SuggestedActions: []ActionKind{ActionClaimResource},
		Evidence:         Evidence{Spend: dec("3.25"), ResourceIDs: []string{guardARN}, Rule: "guardrail claimed by no workload"},
	}
}

func broadRoleFinding(workloadID string) Finding {
	role := "arn:aws:iam::111111111111:role/AdministratorAccess"
	return Finding{
		Scenario: ScenarioRoleRecommendation, Key: acctA + "|" + role, Anchor: role, WorkloadID: workloadID,
		SuggestedActions: []ActionKind{ActionRecommendDedicatedRole},
		Evidence:         Evidence{Spend: dec("7"), Principals: []PrincipalEvidence{{Principal: role}}, Rule: "broad role"},
	}
}

func unclaimedRoleFinding(role string) Finding {
	return Finding{
		Scenario: ScenarioUnclaimedAIAllocation, Key: role, Anchor: role,
		SuggestedActions: []ActionKind{ActionNotifyProductOwner, ActionClaimResource},
		Evidence:         Evidence{Spend: dec("2"), Rule: "dedicated role claimed by no workload"},
	}
}

func unbackedFinding(workloadID string) Finding {
	return Finding{
		Scenario: ScenarioUnbackedAIWorkload, Key: workloadID, Anchor: "support-bot", WorkloadID: workloadID,
		SuggestedActions: []ActionKind{ActionRequestBusinessCase},
		Evidence:         Evidence{Spend: dec("0"), Rule: "no business case"},
	}
}

var summary = DetectionSummary{WindowStart: "2025-02-08", WindowEnd: "2025-03-09", TotalGapSpend: dec("10"), UnanchoredSpend: dec("1")}

// seedGovernance registers an owner's workload and an Approved BR for model in
// acctA/us-east-1.
func seedGovernance(l *testLog) {
	l.t.Helper()
	l.do(RegisterWorkload{ID: "w1", Name: "Support Bot", ProductOwner: "alice@example.com", Budget: "support"}, owner)
	l.do(SubmitBusinessRequest{ID: "br1", Model: model, ProductOwner: "alice@example.com",
		Scope: []Scope{{acctA, "us-east-1"}}, Justification: "customer support"}, owner)
	l.do(ApproveBusinessRequest{BusinessRequestID: "br1", Rationale: "ok"}, lead)
}

func TestFoldIsDeterministic(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/svc/app"}, owner)
	l.do(SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{Budget: "a"}, {Budget: "b"}}}, lead)
	l.do(UpdateSettings{WindowDays: new(14)}, lead)
	l.detect(summary, notApprovedFinding("10"), guardrailFinding(), broadRoleFinding("w1"), unclaimedRoleFinding("arn:aws:iam::111111111111:role/finops-ai-support-bot"))
	l.do(ActionGap{GapID: GapID(ScenarioResourceAllocation, guardARN), Action: ActionClaimResource, WorkloadID: "w1", Rationale: "ours"}, lead)
	l.do(ActionGap{GapID: GapID(ScenarioRoleRecommendation, broadRoleFinding("").Key), Action: ActionRecommendDedicatedRole, Rationale: "split"}, lead)
	l.do(ActionGap{GapID: GapID(ScenarioUnclaimedAIAllocation, "arn:aws:iam::111111111111:role/finops-ai-support-bot"), Action: ActionNotifyProductOwner, Rationale: "tell"}, lead)
	l.detect(summary, notApprovedFinding("12"))

	once, twice := NewGovernance(), NewGovernance()
	for _, env := range l.envelopes {
		once.Apply(env)
	}
	for _, env := range l.envelopes {
		twice.Apply(env)
	}
	if !reflect.DeepEqual(once, twice) || !reflect.DeepEqual(once, l.g) {
		t.Fatal("folding the same log twice gave different states")
	}
	// Spend events leave governance untouched.
	once.Apply(Envelope{Stream: SpendStream("cur", DefaultSpendExport, "2025-03"), Event: SpendPeriodReplaced{Period: "2025-03"}})
	if !reflect.DeepEqual(once, twice) {
		t.Fatal("a spend event changed governance state")
	}
}

func TestFoldTracksRevisionsAndHistory(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	br := l.g.BusinessRequests["br1"]
	if br.Revision != 1 || br.Status != BRApproved || len(br.History) != 2 {
		t.Fatalf("br1: revision %d status %s history %d", br.Revision, br.Status, len(br.History))
	}
	if h := br.History[1]; h.Kind != EventBusinessRequestApproved || h.Rationale != "ok" || h.Actor.Subject != lead.Subject || !h.At.Equal(l.now) {
		t.Fatalf("approval history entry %+v", h)
	}
	if l.g.SettingsRevision != -1 || l.g.DetectionRevision != -1 {
		t.Fatalf("settings/detection revisions before any event: %d %d", l.g.SettingsRevision, l.g.DetectionRevision)
	}
	l.do(UpdateSettings{WindowDays: new(7)}, lead)
	if l.g.SettingsRevision != 0 || l.g.Settings.WindowDays != 7 || l.g.Settings.DedicatedRolePattern != "finops-ai-*" {
		t.Fatalf("settings after update: rev %d %+v", l.g.SettingsRevision, l.g.Settings)
	}
	// Settings recorded before window modes existed are a rolling window.
	l.g.Apply(Envelope{Revision: 1, Event: SettingsUpdated{Settings: Settings{BroadRolePatterns: []string{"Admin"}, DedicatedRolePattern: "ai-*", WindowDays: 14}}})
	if s := l.g.Settings; s.WindowMode != WindowRollingDays || s.WindowDays != 14 {
		t.Fatalf("settings without a window mode: %+v", s)
	}
}

func TestClaimLookups(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/team/app"}, owner)
	ws := "arn:aws:aws-external-anthropic:us-east-1:111111111111:workspace/wrkspc_1"
	l.do(ClaimResource{ClaimID: "c2", WorkloadID: "w1", AnchorType: AnchorClaudeWorkspace, Anchor: ws}, owner)
	for _, anchor := range []string{
		"arn:aws:sts::111111111111:assumed-role/app/alice@example.com",
		"arn:aws:iam::111111111111:role/app",
	} {
		if c := l.g.CurrentClaimOn(anchor); c == nil || c.ID != "c1" {
			t.Errorf("CurrentClaimOn(%s) = %v, want c1", anchor, c)
		}
	}
	if w := l.g.WorkloadByClaimAnchor("wrkspc_1"); w == nil || w.ID != "w1" {
		t.Errorf("workspace id lookup = %v", w)
	}
	if c := l.g.CurrentClaimOn("arn:aws:iam::222222222222:role/app"); c != nil {
		t.Errorf("other account's role matched claim %s", c.ID)
	}
	l.do(ReleaseClaim{ClaimID: "c1", Rationale: "moved"}, owner)
	if got := len(l.g.ClaimsCurrent()); got != 1 || len(l.g.Claims()) != 2 {
		t.Fatalf("current claims %d, all %d", got, len(l.g.Claims()))
	}
	if l.g.CurrentClaimOn("arn:aws:iam::111111111111:role/app") != nil {
		t.Error("released claim still current")
	}
	if brs := l.g.ApprovedBRsForModel("claude 4.6 sonnet"); len(brs) != 1 || brs[0].ID != "br1" {
		t.Errorf("ApprovedBRsForModel = %v", brs)
	}
	if brs := l.g.ApprovedBRsForModel("Claude3Haiku"); len(brs) != 0 {
		t.Errorf("other model matched %d BRs", len(brs))
	}
}

func TestRecallCompensation(t *testing.T) {
	t.Run("ADD_SCOPE removes only the scope it added", func(t *testing.T) {
		l := newTestLog(t)
		seedGovernance(l)
		l.do(AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctB, "us-west-2"}}, Rationale: "team B"}, lead)
		l.detect(summary, outOfScopeFinding("br1"))
		gapID := GapID(ScenarioOutOfApprovedScope, outOfScopeFinding("br1").Key)
		// The given scope repeats one the BR has: only eu-west-1 is added.
		d := l.do(ActionGap{GapID: gapID, Action: ActionAddScope, Rationale: "fine", Scope: []Scope{{acctA, "us-east-1"}, {acctA, "eu-west-1"}}}, lead)
		if added := d.Events[0].(GapActionTaken).Decision.AddedScope; !slices.Equal(added, []Scope{{acctA, "eu-west-1"}}) {
			t.Fatalf("AddedScope = %v", added)
		}
		want := []Scope{{acctA, "eu-west-1"}, {acctA, "us-east-1"}, {acctB, "us-west-2"}}
		if got := l.g.BusinessRequests["br1"].Scope; !slices.Equal(got, want) {
			t.Fatalf("scope after ADD_SCOPE = %v, want %v", got, want)
		}
		l.do(RecallDecision{GapID: gapID, Rationale: "wrong region"}, lead)
		want = []Scope{{acctA, "us-east-1"}, {acctB, "us-west-2"}}
		if got := l.g.BusinessRequests["br1"].Scope; !slices.Equal(got, want) {
			t.Fatalf("scope after recall = %v, want %v", got, want)
		}
		if gap := l.g.Gaps[gapID]; gap.State != GapRecalled || gap.Decision != nil {
			t.Fatalf("gap after recall: %s decision %v", gap.State, gap.Decision)
		}
	})
	t.Run("APPROVE_MODEL withdraws the BR it created", func(t *testing.T) {
		l := newTestLog(t)
		l.detect(summary, notApprovedFinding("10"))
		gapID := GapID(ScenarioNotBusinessApproved, ModelKey(model))
		d := l.do(ActionGap{GapID: gapID, Action: ActionApproveModel, Rationale: "valuable", ProductOwner: "alice@example.com",
			BusinessCase: &BusinessCaseInput{Category: ValueCostSaving, AnnualValue: dec("50000")}}, lead)
		brID := d.Events[0].(GapActionTaken).Decision.BusinessRequestID
		br := l.g.BusinessRequests[brID]
		if br == nil || br.Status != BRApproved || br.FromGapID != gapID || br.Revision != -1 ||
			!slices.Equal(br.Scope, []Scope{{acctA, "us-east-1"}}) || br.BusinessCase == nil || br.BusinessCase.DeclaredBy.Subject != lead.Subject {
			t.Fatalf("BR created by APPROVE_MODEL: %+v", br)
		}
		if len(l.g.ApprovedBRsForModel(model)) != 1 {
			t.Fatal("approved model not found by ApprovedBRsForModel")
		}
		l.do(RecallDecision{GapID: gapID, Rationale: "not yet"}, lead)
		if br.Status != BRWithdrawn || len(l.g.ApprovedBRsForModel(model)) != 0 {
			t.Fatalf("BR after recall: %s", br.Status)
		}
		// Actioned again after the recall: a new BR, with another id.
		d = l.do(ActionGap{GapID: gapID, Action: ActionApproveModel, Rationale: "now yes",
			BusinessCase: &BusinessCaseInput{Category: ValueRevenueDriving, AnnualValue: dec("1")}}, lead)
		if again := d.Events[0].(GapActionTaken).Decision.BusinessRequestID; again == brID || l.g.BusinessRequests[again].Status != BRApproved {
			t.Fatalf("second approval BR %s (first %s)", again, brID)
		}
	})
	t.Run("CLAIM_RESOURCE releases the claim from the recall's day", func(t *testing.T) {
		l := newTestLog(t)
		seedGovernance(l)
		l.detect(summary, guardrailFinding())
		gapID := GapID(ScenarioResourceAllocation, guardARN)
		d := l.do(ActionGap{GapID: gapID, Action: ActionClaimResource, WorkloadID: "w1", Rationale: "ours"}, lead)
		claimID := d.Events[0].(GapActionTaken).Decision.ClaimID
		c := l.g.Claim(claimID)
		if c == nil || c.Anchor != guardARN || c.AnchorType != AnchorGuardrail || c.EffectiveFrom != "2025-03-11" || c.FromGapID != gapID || c.WorkloadID != "w1" {
			t.Fatalf("claim from CLAIM_RESOURCE: %+v", c)
		}
		if l.g.Workloads["w1"].Claims[0] != c {
			t.Fatal("claim not on the workload")
		}
		l.now = l.now.Add(48 * time.Hour)
		l.do(RecallDecision{GapID: gapID, Rationale: "not ours"}, lead)
		if c.ReleasedFrom != "2025-03-12" || c.Current() {
			t.Fatalf("claim after recall released from %q", c.ReleasedFrom)
		}
	})
	t.Run("task-opening decisions cancel an open task only", func(t *testing.T) {
		l := newTestLog(t)
		seedGovernance(l)
		l.detect(summary, notApprovedFinding("10"), broadRoleFinding("w1"), outOfScopeFinding("br1"))
		blockGap := GapID(ScenarioNotBusinessApproved, ModelKey(model))
		roleGap := GapID(ScenarioRoleRecommendation, broadRoleFinding("").Key)
		moveGap := GapID(ScenarioOutOfApprovedScope, outOfScopeFinding("").Key)
		block := l.do(ActionGap{GapID: blockGap, Action: ActionBlockModel, Rationale: "deny"}, lead).Events[0].(GapActionTaken).Decision
		role := l.do(ActionGap{GapID: roleGap, Action: ActionRecommendDedicatedRole, Rationale: "split"}, lead).Events[0].(GapActionTaken).Decision
		move := l.do(ActionGap{GapID: moveGap, Action: ActionFlagForMove, Rationale: "move"}, lead).Events[0].(GapActionTaken).Decision
		blockTask, roleTask, moveTask := l.g.Tasks[block.TaskID], l.g.Tasks[role.TaskID], l.g.Tasks[move.TaskID]
		if blockTask.Kind != TaskDenyModel || blockTask.Target != model || blockTask.Status != TaskOpen || blockTask.GapID != blockGap {
			t.Fatalf("deny task %+v", blockTask)
		}
		if moveTask.Kind != TaskMoveResource || moveTask.Target != model+"|"+acctA+"|eu-west-1" || moveTask.ProductOwner != "alice@example.com" {
			t.Fatalf("move task %+v", moveTask)
		}
		if roleTask.Kind != TaskCreateDedicatedRole || roleTask.Target != "finops-ai-support-bot" || roleTask.ProductOwner != "alice@example.com" {
			t.Fatalf("role task %+v", roleTask)
		}
		l.do(CompleteTask{TaskID: roleTask.ID, Note: "created"}, eng)
		l.do(RecallDecision{GapID: blockGap, Rationale: "allow"}, lead)
		l.do(RecallDecision{GapID: roleGap, Rationale: "undo"}, lead)
		if blockTask.Status != TaskCancelled || roleTask.Status != TaskDone {
			t.Fatalf("after recall: deny task %s, role task %s", blockTask.Status, roleTask.Status)
		}
	})
}

func TestNotifications(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	owned := "arn:aws:iam::111111111111:role/finops-ai-support-bot"
	orphan := "arn:aws:iam::111111111111:role/finops-ai-orphan"
	l.detect(summary, broadRoleFinding("w1"), unclaimedRoleFinding(owned), unclaimedRoleFinding(orphan), unbackedFinding("w1"))
	l.do(ActionGap{GapID: GapID(ScenarioRoleRecommendation, broadRoleFinding("").Key), Action: ActionRecommendDedicatedRole, Rationale: "split"}, lead)
	l.do(ActionGap{GapID: GapID(ScenarioUnclaimedAIAllocation, owned), Action: ActionNotifyProductOwner, Rationale: "tell"}, lead)
	l.do(ActionGap{GapID: GapID(ScenarioUnclaimedAIAllocation, orphan), Action: ActionNotifyProductOwner, Rationale: "tell"}, lead)
	l.do(ActionGap{GapID: GapID(ScenarioUnbackedAIWorkload, "w1"), Action: ActionRequestBusinessCase, Rationale: "ask"}, lead)
	var to []string
	var sent []Notification
	for _, id := range []string{GapID(ScenarioUnclaimedAIAllocation, owned), GapID(ScenarioUnclaimedAIAllocation, orphan), GapID(ScenarioUnbackedAIWorkload, "w1")} {
		sent = append(sent, l.g.Gaps[id].Notifications...)
	}
	for _, n := range sent {
		if n.Message == "" || !n.At.Equal(l.now) {
			t.Errorf("notification %+v", n)
		}
		to = append(to, n.To)
	}
	if want := []string{"alice@example.com", NoOwnerRecipient, "alice@example.com"}; !slices.Equal(to, want) {
		t.Fatalf("notified %v, want %v", to, want)
	}
}
