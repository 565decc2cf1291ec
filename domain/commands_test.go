package domain

import (
	"slices"
	"strings"
	"testing"
)

// TestRefusals: every refused command names its code and writes nothing.
func TestRefusals(t *testing.T) {
	roleARN := "arn:aws:iam::111111111111:role/app"
	tests := []struct {
		name  string
		cmd   Command
		actor Identity
		code  Code
	}{
		// Business requests.
		{"submit by a lead", SubmitBusinessRequest{ID: "br9", Model: model, ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, lead, CodeForbidden},
		{"submit existing id", SubmitBusinessRequest{ID: "br1", Model: model, ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, owner, CodeConflict},
		{"submit bad account", SubmitBusinessRequest{ID: "br9", Model: model, ProductOwner: "po-1", Scope: []Scope{{"12345", "us-east-1"}}, Justification: "j"}, owner, CodeBadUserInput},
		{"submit no scope", SubmitBusinessRequest{ID: "br9", Model: model, ProductOwner: "po-1", Justification: "j"}, owner, CodeBadUserInput},
		{"submit blank model", SubmitBusinessRequest{ID: "br9", Model: " ", ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, owner, CodeBadUserInput},
		{"submit negative value", SubmitBusinessRequest{ID: "br9", Model: model, ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j",
			BusinessCase: &BusinessCaseInput{Category: ValueCostSaving, AnnualValue: dec("-1")}}, owner, CodeBadUserInput},
		{"submit bad category", SubmitBusinessRequest{ID: "br9", Model: model, ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j",
			BusinessCase: &BusinessCaseInput{Category: "PRESTIGE", AnnualValue: dec("1")}}, owner, CodeBadUserInput},
		{"approve by a product owner", ApproveBusinessRequest{BusinessRequestID: "br2", Rationale: "r"}, owner, CodeForbidden},
		{"approve blank rationale", ApproveBusinessRequest{BusinessRequestID: "br2", Rationale: "  "}, lead, CodeBadUserInput},
		{"approve unknown", ApproveBusinessRequest{BusinessRequestID: "nope", Rationale: "r"}, lead, CodeNotFound},
		{"approve stale revision", ApproveBusinessRequest{BusinessRequestID: "br2", Rationale: "r", ExpectedRevision: rev(3)}, lead, CodeConflict},
		{"approve approved", ApproveBusinessRequest{BusinessRequestID: "br1", Rationale: "r"}, lead, CodeInvalidTransition},
		{"reject approved", RejectBusinessRequest{BusinessRequestID: "br1", Rationale: "r"}, lead, CodeInvalidTransition},
		{"withdraw another's BR", WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "r"}, other, CodeForbidden},
		{"withdraw by finance", WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "r"}, finance, CodeForbidden},
		{"add scope by owner", AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctB, "us-east-1"}}, Rationale: "r"}, owner, CodeForbidden},
		{"add scope already there", AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctA, "us-east-1"}}, Rationale: "r"}, lead, CodeBadUserInput},
		{"add scope blank region", AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctB, ""}}, Rationale: "r"}, lead, CodeBadUserInput},
		// Workloads and claims.
		{"register for someone else", RegisterWorkload{ID: "w9", Name: "n", ProductOwner: "bob@example.com", Budget: "b"}, owner, CodeForbidden},
		{"register by a lead", RegisterWorkload{ID: "w9", Name: "n", ProductOwner: "lead@example.com", Budget: "b"}, lead, CodeForbidden},
		{"register duplicate name", RegisterWorkload{ID: "w9", Name: "support BOT", ProductOwner: "po-1", Budget: "b"}, owner, CodeBadUserInput},
		{"register negative estimate", RegisterWorkload{ID: "w9", Name: "n", ProductOwner: "po-1", Budget: "b", MonthlyEstimate: new(dec("-5"))}, owner, CodeBadUserInput},
		{"register unknown BR", RegisterWorkload{ID: "w9", Name: "n", ProductOwner: "po-1", Budget: "b", BusinessRequestID: "nope"}, owner, CodeNotFound},
		{"claim another's workload", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: roleARN}, other, CodeForbidden},
		{"claim by an engineer", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: roleARN}, eng, CodeForbidden},
		{"claim unknown anchor type", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: "BUCKET", Anchor: roleARN}, owner, CodeBadUserInput},
		{"claim malformed ARN", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::1111:role"}, owner, CodeBadUserInput},
		{"claim role with short account", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::1111:role/app"}, owner, CodeBadUserInput},
		{"claim guardrail as a role", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: guardARN}, owner, CodeBadUserInput},
		{"claim role as a resource", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorResource, Anchor: roleARN}, owner, CodeBadUserInput},
		{"claim unknown workload", ClaimResource{ClaimID: "c9", WorkloadID: "nope", AnchorType: AnchorIAMRole, Anchor: roleARN}, owner, CodeNotFound},
		{"claim claimed anchor", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN}, owner, CodeBadUserInput},
		{"claim existing claim id", ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: roleARN}, owner, CodeConflict},
		{"claim backdated by owner", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: roleARN, EffectiveFrom: "2025-03-10"}, owner, CodeForbidden},
		{"claim bad date", ClaimResource{ClaimID: "c9", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: roleARN, EffectiveFrom: "2025-02-30"}, lead, CodeBadUserInput},
		{"release blank rationale", ReleaseClaim{ClaimID: "c1", Rationale: ""}, owner, CodeBadUserInput},
		{"release unknown claim", ReleaseClaim{ClaimID: "nope", Rationale: "r"}, owner, CodeNotFound},
		{"release another's claim", ReleaseClaim{ClaimID: "c1", Rationale: "r"}, other, CodeForbidden},
		{"release backdated by owner", ReleaseClaim{ClaimID: "c1", Rationale: "r", EffectiveFrom: "2025-03-10"}, owner, CodeForbidden},
		{"release before effect", ReleaseClaim{ClaimID: "c1", Rationale: "r", EffectiveFrom: "2025-01-01"}, lead, CodeBadUserInput},
		{"release released", ReleaseClaim{ClaimID: "c0", Rationale: "r"}, lead, CodeInvalidTransition},
		{"business case on both", DeclareBusinessCase{WorkloadID: "w1", BusinessRequestID: "br1", BusinessCase: BusinessCaseInput{Category: ValueCostSaving}}, owner, CodeBadUserInput},
		{"business case on another's workload", DeclareBusinessCase{WorkloadID: "w1", BusinessCase: BusinessCaseInput{Category: ValueCostSaving}}, other, CodeForbidden},
		{"business case by finance", DeclareBusinessCase{WorkloadID: "w1", BusinessCase: BusinessCaseInput{Category: ValueCostSaving}}, finance, CodeForbidden},
		// Budgets, settings, tasks.
		{"budgets by owner", SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{Budget: "a"}}}, owner, CodeForbidden},
		{"budgets bad account", SetAccountBudgets{AccountID: "acct", Budgets: []BudgetShareInput{{Budget: "a"}}}, lead, CodeBadUserInput},
		{"budgets not summing to 100", SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{"a", new(dec("60"))}, {"b", new(dec("30"))}}}, lead, CodeBadUserInput},
		{"budgets some shares", SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{"a", new(dec("100"))}, {"b", nil}}}, lead, CodeBadUserInput},
		{"budgets zero share", SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{"a", new(dec("100"))}, {"b", new(dec("0"))}}}, lead, CodeBadUserInput},
		{"budgets twice", SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{Budget: "a"}, {Budget: "a"}}}, lead, CodeBadUserInput},
		{"settings by owner", UpdateSettings{WindowDays: new(7)}, owner, CodeForbidden},
		{"settings window 0", UpdateSettings{WindowDays: new(0)}, lead, CodeBadUserInput},
		{"settings window 367", UpdateSettings{WindowDays: new(367)}, lead, CodeBadUserInput},
		{"settings other wildcard", UpdateSettings{BroadRolePatterns: []string{"Admin?"}}, lead, CodeBadUserInput},
		{"settings empty pattern", UpdateSettings{BroadRolePatterns: []string{""}}, lead, CodeBadUserInput},
		{"settings no patterns", UpdateSettings{BroadRolePatterns: []string{}}, lead, CodeBadUserInput},
		{"settings blank dedicated", UpdateSettings{DedicatedRolePattern: new("")}, lead, CodeBadUserInput},
		{"settings stale", UpdateSettings{WindowDays: new(7), ExpectedRevision: rev(0)}, lead, CodeConflict},
		{"settings unknown window mode", UpdateSettings{WindowMode: new(WindowMode("WEEKLY"))}, lead, CodeBadUserInput},
		{"settings billing period not a month", UpdateSettings{WindowMode: new(WindowBillingPeriod), BillingPeriod: new("2025-13")}, lead, CodeBadUserInput},
		{"settings billing period of a rolling window", UpdateSettings{BillingPeriod: new("2025-06")}, lead, CodeBadUserInput},
		{"complete by a lead", CompleteTask{TaskID: "t"}, lead, CodeForbidden},
		{"complete unknown", CompleteTask{TaskID: "nope"}, eng, CodeNotFound},
	}
	l := newTestLog(t)
	seedGovernance(l)
	l.do(SubmitBusinessRequest{ID: "br2", Model: "Claude3Haiku", ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, owner)
	l.do(ClaimResource{ClaimID: "c0", WorkloadID: "w1", AnchorType: AnchorResource, Anchor: "arn:aws:bedrock:us-east-1:111111111111:inference-profile/p"}, owner)
	l.do(ReleaseClaim{ClaimID: "c0", Rationale: "gone"}, owner)
	l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN}, owner)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l.t = t
			l.refuse(tc.cmd, tc.actor, tc.code)
		})
	}
}

func TestBusinessRequestLifecycle(t *testing.T) {
	l := newTestLog(t)
	d := l.do(SubmitBusinessRequest{ID: "br1", Model: " " + model, ProductOwner: "alice@example.com",
		Scope: []Scope{{acctB, "us-east-1"}, {acctA, "us-east-1"}, {acctA, "us-east-1"}}, Justification: "j",
		BusinessCase: &BusinessCaseInput{Category: ValueRevenueDriving, AnnualValue: dec("1000.5")}}, owner)
	if d.ExpectedRevision != -1 || d.Stream != "br-br1" {
		t.Fatalf("submit decision %+v", d)
	}
	br := l.g.BusinessRequests["br1"]
	if br.Status != BRSubmitted || br.Model != model || br.Requester.Subject != owner.Subject ||
		!slices.Equal(br.Scope, []Scope{{acctA, "us-east-1"}, {acctB, "us-east-1"}}) || br.BusinessCase.DeclaredBy.Subject != owner.Subject {
		t.Fatalf("submitted BR %+v", br)
	}
	l.do(ApproveBusinessRequest{BusinessRequestID: "br1", Rationale: "ok", ExpectedRevision: rev(0)}, lead)
	l.do(AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctB, "eu-west-1"}}, Rationale: "more", ExpectedRevision: rev(1)}, lead)
	if len(br.Scope) != 3 || br.Revision != 2 {
		t.Fatalf("after add scope: %v rev %d", br.Scope, br.Revision)
	}
	// Withdrawing an approval reverses a Lead's decision: not the requester's to make.
	l.refuse(WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "done"}, owner, CodeInvalidTransition)
	l.do(WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "done"}, lead)
	if br.Status != BRWithdrawn {
		t.Fatalf("status %s", br.Status)
	}
	l.refuse(WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "again"}, lead, CodeInvalidTransition)
	l.refuse(AddApprovalScope{BusinessRequestID: "br1", Scope: []Scope{{acctB, "ap-south-1"}}, Rationale: "r"}, lead, CodeInvalidTransition)

	l.do(SubmitBusinessRequest{ID: "br2", Model: model, ProductOwner: "po-1", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, owner)
	l.do(RejectBusinessRequest{BusinessRequestID: "br2", Rationale: "no"}, lead)
	l.refuse(ApproveBusinessRequest{BusinessRequestID: "br2", Rationale: "yes"}, lead, CodeInvalidTransition)

	// The requester, by email in any case, may withdraw their own BR while it is Submitted.
	l.do(SubmitBusinessRequest{ID: "br3", Model: model, ProductOwner: "ALICE@example.com", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j"}, owner)
	l.do(WithdrawBusinessRequest{BusinessRequestID: "br3", Rationale: "not needed"}, owner)
	if got := l.g.BusinessRequests["br3"].Status; got != BRWithdrawn {
		t.Fatalf("br3 status %s, want Withdrawn", got)
	}
}

// An anchor has one owner on any day: a claim may not take effect while
// another is, nor be backdated into the days a released claim was in force.
func TestClaimsOnAnAnchorNeverOverlap(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN, EffectiveFrom: "2025-01-01"}, lead)
	l.refuse(ClaimResource{ClaimID: "c2", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN}, lead, CodeBadUserInput)
	l.do(ReleaseClaim{ClaimID: "c1", Rationale: "handed over", EffectiveFrom: "2025-03-01"}, lead)
	backdated := ClaimResource{ClaimID: "c2", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN, EffectiveFrom: "2025-02-15"}
	l.refuse(backdated, lead, CodeBadUserInput)
	if _, err := Decide(l.g, backdated, lead, l.now); err == nil || !strings.Contains(err.Error(), "from 2025-03-01 at the earliest") {
		t.Fatalf("refusal %v does not name the day the anchor is free from", err)
	}
	l.do(ClaimResource{ClaimID: "c2", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN, EffectiveFrom: "2025-03-01"}, lead)
	if c1, c2 := l.g.Claim("c1"), l.g.Claim("c2"); c1.InForceOn("2025-03-01") || !c2.InForceOn("2025-03-01") || !c1.InForceOn("2025-02-28") || c2.InForceOn("2025-02-28") {
		t.Fatalf("claims overlap or leave a gap: %+v %+v", c1, c2)
	}
}

func TestClaimsAndRelease(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	d := l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/service-role/app", Rationale: " mine "}, owner)
	if d.ExpectedRevision != 0 || d.Stream != WorkloadStream("w1") {
		t.Fatalf("claim decision %+v", d)
	}
	c := l.g.Claim("c1")
	if c.Anchor != "arn:aws:iam::111111111111:role/app" || c.EffectiveFrom != "2025-03-11" || c.ClaimedBy.Subject != owner.Subject || !c.ClaimedAt.Equal(l.now) {
		t.Fatalf("claim %+v", c)
	}
	if c.InForceOn("2025-03-10") || !c.InForceOn("2025-03-11") {
		t.Fatal("claim in force before its effective day")
	}
	// A Lead may backdate when onboarding an existing workload.
	l.do(ClaimResource{ClaimID: "c2", WorkloadID: "w1", AnchorType: AnchorGuardrail, Anchor: guardARN, EffectiveFrom: "2025-01-01"}, lead)
	if got := l.g.Claim("c2").EffectiveFrom; got != "2025-01-01" {
		t.Fatalf("backdated claim from %s", got)
	}
	l.do(ReleaseClaim{ClaimID: "c1", Rationale: "moved"}, owner)
	if got := l.g.Claim("c1").ReleasedFrom; got != "2025-03-11" {
		t.Fatalf("released from %s", got)
	}
	l.do(ReleaseClaim{ClaimID: "c2", Rationale: "ended", EffectiveFrom: "2025-02-01"}, lead)
	if c := l.g.Claim("c2"); !c.InForceOn("2025-01-31") || c.InForceOn("2025-02-01") {
		t.Fatalf("released claim %+v", c)
	}
	if w := l.g.Workloads["w1"]; w.Revision != 4 || len(w.History) != 5 {
		t.Fatalf("workload revision %d history %d", w.Revision, len(w.History))
	}
	// The anchor is free again once released.
	l.do(ClaimResource{ClaimID: "c3", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/app"}, owner)
}

func TestBusinessCases(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.do(DeclareBusinessCase{WorkloadID: "w1", BusinessCase: BusinessCaseInput{Category: ValueCostSaving, AnnualValue: dec("1200"), Description: "fewer tickets"}}, owner)
	l.do(DeclareBusinessCase{BusinessRequestID: "br1", BusinessCase: BusinessCaseInput{Category: ValueRevenueDriving, AnnualValue: dec("99")}}, lead)
	w, br := l.g.Workloads["w1"], l.g.BusinessRequests["br1"]
	if w.BusinessCase == nil || !w.BusinessCase.AnnualValue.Equal(dec("1200")) || w.BusinessCase.DeclaredBy.Subject != owner.Subject {
		t.Fatalf("workload business case %+v", w.BusinessCase)
	}
	if br.BusinessCase == nil || br.BusinessCase.Category != ValueRevenueDriving || br.BusinessCase.DeclaredBy.Subject != lead.Subject {
		t.Fatalf("BR business case %+v", br.BusinessCase)
	}
}

func TestAccountBudgets(t *testing.T) {
	l := newTestLog(t)
	d := l.do(SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{Budget: "a"}, {Budget: "b"}, {Budget: "c"}}}, lead)
	if d.ExpectedRevision != -1 || d.Stream != "budgets-"+acctA {
		t.Fatalf("decision %+v", d)
	}
	shares := l.g.Budgets[acctA]
	if len(shares) != 3 || !l.g.BudgetsEvenSplit[acctA] {
		t.Fatalf("even split %+v", shares)
	}
	for _, s := range shares {
		if !s.Share.Equal(shares[0].Share) || !s.Share.Equal(dec("33.3333333333333333")) {
			t.Fatalf("even shares differ: %+v", shares)
		}
	}
	l.do(SetAccountBudgets{AccountID: acctA, Budgets: []BudgetShareInput{{"a", new(dec("62.5"))}, {"b", new(dec("37.50"))}}}, lead)
	if got := l.g.Budgets[acctA]; len(got) != 2 || l.g.BudgetsEvenSplit[acctA] || l.g.BudgetsRevision[acctA] != 1 {
		t.Fatalf("given shares %+v", got)
	}
}

func TestCompleteTask(t *testing.T) {
	l := newTestLog(t)
	l.detect(summary, notApprovedFinding("10"))
	gapID := GapID(ScenarioNotBusinessApproved, ModelKey(model))
	taskID := l.do(ActionGap{GapID: gapID, Action: ActionBlockModel, Rationale: "deny"}, lead).Events[0].(GapActionTaken).Decision.TaskID
	d := l.do(CompleteTask{TaskID: taskID, Note: "SCP applied"}, eng)
	if d.ExpectedRevision != -1 || d.Stream != TaskStream(taskID) {
		t.Fatalf("decision %+v", d)
	}
	task := l.g.Tasks[taskID]
	if task.Status != TaskDone || task.CompletedBy.Subject != eng.Subject || task.Note != "SCP applied" || task.Revision != 0 {
		t.Fatalf("task %+v", task)
	}
	l.refuse(CompleteTask{TaskID: taskID}, eng, CodeInvalidTransition)
}

// A billing period is chosen with its mode; going back to a rolling window
// forgets it.
func TestSettingsWindowMode(t *testing.T) {
	l := newTestLog(t)
	if s := l.g.Settings; s.WindowMode != WindowRollingDays || s.BillingPeriod != "" {
		t.Fatalf("default window: %+v", s)
	}
	l.do(UpdateSettings{WindowMode: new(WindowBillingPeriod), BillingPeriod: new("2025-05")}, lead)
	if s := l.g.Settings; s.WindowMode != WindowBillingPeriod || s.BillingPeriod != "2025-05" || s.WindowDays != 30 {
		t.Fatalf("billing period 2025-05: %+v", s)
	}
	l.do(UpdateSettings{BillingPeriod: new("")}, lead)
	if s := l.g.Settings; s.WindowMode != WindowBillingPeriod || s.BillingPeriod != "" {
		t.Fatalf("latest billing period: %+v", s)
	}
	l.do(UpdateSettings{BillingPeriod: new("2025-04")}, lead)
	l.do(UpdateSettings{WindowMode: new(WindowRollingDays)}, lead)
	if s := l.g.Settings; s.WindowMode != WindowRollingDays || s.BillingPeriod != "" {
		t.Fatalf("back to rolling: %+v", s)
	}
}

func TestSettingsUpdateKeepsUnsetFields(t *testing.T) {
	l := newTestLog(t)
	l.do(UpdateSettings{BroadRolePatterns: []string{"Admin*", "AWSReservedSSO_*_*"}}, lead)
	l.do(UpdateSettings{DedicatedRolePattern: new("ai-*"), ExpectedRevision: rev(0)}, lead)
	s := l.g.Settings
	if !slices.Equal(s.BroadRolePatterns, []string{"Admin*", "AWSReservedSSO_*_*"}) || s.DedicatedRolePattern != "ai-*" || s.WindowDays != 30 {
		t.Fatalf("settings %+v", s)
	}
}

// TestGapLifecycle walks every allowed human transition and refuses the others.
func TestGapLifecycle(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.detect(summary, broadRoleFinding("w1"))
	id := GapID(ScenarioRoleRecommendation, broadRoleFinding("").Key)
	gap := l.g.Gaps[id]
	act := ActionGap{GapID: id, Action: ActionRecommendDedicatedRole, Rationale: "split"}
	resolve := ResolveGap{GapID: id, Rationale: "accepted"}
	recall := RecallDecision{GapID: id, Rationale: "undo"}
	step := func(cmd Command, want GapState) {
		t.Helper()
		l.do(cmd, lead)
		if gap.State != want {
			t.Fatalf("%s: state %s, want %s", cmd.CommandName(), gap.State, want)
		}
	}
	refuseAll := func(code Code, cmds ...Command) {
		t.Helper()
		for _, c := range cmds {
			l.refuse(c, lead, code)
		}
	}

	// ACTIVE: resolve and recall are refused.
	refuseAll(CodeInvalidTransition, resolve, recall)
	refuseAll(CodeBadUserInput, ActionGap{GapID: id, Action: ActionBlockModel, Rationale: "r"}, ActionGap{GapID: id, Action: act.Action, Rationale: " "})
	refuseAll(CodeConflict, ActionGap{GapID: id, Action: act.Action, Rationale: "r", ExpectedRevision: rev(gap.Revision + 1)})
	refuseAll(CodeNotFound, ActionGap{GapID: "nope", Action: act.Action, Rationale: "r"})
	l.refuse(act, owner, CodeForbidden)
	step(ActionGap{GapID: id, Action: act.Action, Rationale: "split", ExpectedRevision: rev(gap.Revision)}, GapActioned)
	if gap.History[len(gap.History)-1].Action != ActionRecommendDedicatedRole || gap.Decision == nil {
		t.Fatalf("actioned gap %+v", gap)
	}
	// ACTIONED: a second action is refused; resolve by hand.
	refuseAll(CodeInvalidTransition, act)
	l.refuse(resolve, owner, CodeForbidden)
	refuseAll(CodeBadUserInput, ResolveGap{GapID: id})
	step(resolve, GapResolved)
	if !gap.ResolvedByHand {
		t.Fatal("resolved by hand not recorded")
	}
	// RESOLVED: only a recall.
	refuseAll(CodeInvalidTransition, act, resolve)
	refuseAll(CodeBadUserInput, RecallDecision{GapID: id, Rationale: "\t"})
	refuseAll(CodeConflict, RecallDecision{GapID: id, Rationale: "r", ExpectedRevision: rev(0)})
	step(recall, GapRecalled)
	// RECALLED: resolve and recall refused; action again.
	refuseAll(CodeInvalidTransition, resolve, recall)
	step(act, GapActioned)
	step(recall, GapRecalled)

	var states []GapState
	for _, h := range gap.History {
		states = append(states, h.State)
	}
	want := []GapState{GapActive, GapActioned, GapResolved, GapRecalled, GapActioned, GapRecalled}
	if !slices.Equal(states, want) {
		t.Fatalf("history states %v, want %v", states, want)
	}
	if last := gap.History[len(gap.History)-1]; last.Actor.Subject != lead.Subject || last.Rationale != "undo" || last.Kind != EventGapDecisionRecalled {
		t.Fatalf("last history entry %+v", last)
	}
}

func TestActionGapInputs(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.do(RegisterWorkload{ID: "w2", Name: "Other", ProductOwner: "bob@example.com", Budget: "b"}, other)
	l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w2", AnchorType: AnchorGuardrail, Anchor: guardARN}, other)
	l.detect(summary, notApprovedFinding("10"), guardrailFinding(), broadRoleFinding(""), outOfScopeFinding("nope"))
	notApproved := GapID(ScenarioNotBusinessApproved, ModelKey(model))
	guard := GapID(ScenarioResourceAllocation, guardARN)
	broad := GapID(ScenarioRoleRecommendation, broadRoleFinding("").Key)
	scope := GapID(ScenarioOutOfApprovedScope, outOfScopeFinding("").Key)
	for _, tc := range []struct {
		name string
		cmd  ActionGap
		code Code
		in   string // a word the error must name
	}{
		{"approve without business case", ActionGap{GapID: notApproved, Action: ActionApproveModel, Rationale: "r"}, CodeBadUserInput, "businessCase"},
		{"approve with bad scope", ActionGap{GapID: notApproved, Action: ActionApproveModel, Rationale: "r", Scope: []Scope{{"x", "us-east-1"}},
			BusinessCase: &BusinessCaseInput{Category: ValueCostSaving, AnnualValue: dec("1")}}, CodeBadUserInput, "scope[0].accountId"},
		{"claim without workload", ActionGap{GapID: guard, Action: ActionClaimResource, Rationale: "r"}, CodeBadUserInput, "workloadId"},
		{"claim for unknown workload", ActionGap{GapID: guard, Action: ActionClaimResource, Rationale: "r", WorkloadID: "nope"}, CodeNotFound, "workloadId"},
		{"claim of a claimed anchor", ActionGap{GapID: guard, Action: ActionClaimResource, Rationale: "r", WorkloadID: "w1"}, CodeBadUserInput, "already claimed"},
		{"dedicated role without workload", ActionGap{GapID: broad, Action: ActionRecommendDedicatedRole, Rationale: "r"}, CodeBadUserInput, "workloadId"},
		{"add scope to unknown BR", ActionGap{GapID: scope, Action: ActionAddScope, Rationale: "r"}, CodeNotFound, "businessRequestId"},
		{"action not suggested", ActionGap{GapID: scope, Action: ActionApproveModel, Rationale: "r"}, CodeBadUserInput, "action"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decide(l.g, tc.cmd, lead, l.now)
			if ErrorCode(err) != tc.code || !strings.Contains(err.Error(), tc.in) {
				t.Fatalf("got %v (%s), want %s naming %q", err, ErrorCode(err), tc.code, tc.in)
			}
		})
	}
}

func TestDerivedIDsAreDeterministic(t *testing.T) {
	decide := func() GapAction {
		l := newTestLog(t)
		l.detect(summary, notApprovedFinding("10"))
		d, err := Decide(l.g, ActionGap{GapID: GapID(ScenarioNotBusinessApproved, ModelKey(model)), Action: ActionBlockModel, Rationale: "r"}, lead, l.now)
		if err != nil {
			t.Fatal(err)
		}
		return d.Events[0].(GapActionTaken).Decision
	}
	a, b := decide(), decide()
	if a.TaskID == "" || a.TaskID != b.TaskID {
		t.Fatalf("task ids %q and %q", a.TaskID, b.TaskID)
	}
}

func TestMatchRolePattern(t *testing.T) {
	for _, tc := range []struct {
		pattern, name string
		want          bool
	}{
		{"AdministratorAccess", "AdministratorAccess", true},
		{"AdministratorAccess", "administratoraccess", false},
		{"AdministratorAccess", "AdministratorAccess2", false},
		{"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_AdministratorAccess_0a1b2c", true},
		{"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_PowerUserAccess_0a1b2c", false},
		{"finops-ai-*", "finops-ai-", true},
		{"*-admin-*", "team-admin-x", true},
		{"a*b*c", "abc", true},
		{"a*b*c", "acb", false},
		{"ab*ba", "aba", false},
		{"*", "anything", true},
	} {
		if got := MatchRolePattern(tc.pattern, tc.name); got != tc.want {
			t.Errorf("MatchRolePattern(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}
