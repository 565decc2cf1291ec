package domain

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func eventTypes(ds []Decision) []string {
	var out []string
	for _, d := range ds {
		for _, e := range d.Events {
			out = append(out, e.EventType())
		}
	}
	return out
}

func TestReconcileOpensUpdatesAndIgnoresEqualEvidence(t *testing.T) {
	l := newTestLog(t)
	ds := l.detect(summary, notApprovedFinding("10"), guardrailFinding())
	if got := eventTypes(ds); !slices.Equal(got, []string{EventGapOpened, EventGapOpened, EventDetectionSummaryChanged}) {
		t.Fatalf("first run: %v", got)
	}
	for _, d := range ds {
		if d.ExpectedRevision != -1 {
			t.Fatalf("%s appended at %d, want -1", d.Stream, d.ExpectedRevision)
		}
	}
	if !slices.IsSortedFunc(ds[:2], func(a, b Decision) int { return strings.Compare(a.Stream, b.Stream) }) || ds[2].Stream != DetectionStream {
		t.Fatalf("decisions not in order: %v, %v, %v", ds[0].Stream, ds[1].Stream, ds[2].Stream)
	}

	// The same evidence in another form (reordered lists, "10.00") is no change.
	same := notApprovedFinding("10.00")
	same.Evidence.Principals = append(same.Evidence.Principals, same.Evidence.Principals[0])
	same.Evidence.Accounts = []string{acctA, acctA}
	sameSummary := summary
	sameSummary.TotalGapSpend = dec("10.000")
	if ds := Reconcile(l.g, []Finding{guardrailFinding(), same}, sameSummary, l.now); len(ds) != 0 {
		t.Fatalf("equal evidence gave %v", eventTypes(ds))
	}

	// New spend: the evidence changes, the summary too.
	moreSummary := summary
	moreSummary.TotalGapSpend = dec("12")
	ds = l.detect(moreSummary, notApprovedFinding("12"), guardrailFinding())
	if got := eventTypes(ds); !slices.Equal(got, []string{EventGapEvidenceChanged, EventDetectionSummaryChanged}) {
		t.Fatalf("changed evidence: %v", got)
	}
	if ds[0].ExpectedRevision != 0 || ds[1].ExpectedRevision != 0 {
		t.Fatalf("expected revisions %d, %d", ds[0].ExpectedRevision, ds[1].ExpectedRevision)
	}
	gap := l.g.Gaps[GapID(ScenarioNotBusinessApproved, ModelKey(model))]
	if !gap.Finding.Evidence.Spend.Equal(dec("12")) || gap.State != GapActive || !l.g.Detection.TotalGapSpend.Equal(dec("12")) {
		t.Fatalf("after evidence change: %s %s", gap.Finding.Evidence.Spend, gap.State)
	}
}

func TestReconcileResolvesAndReopens(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(l *testLog, gapID string) // brings the gap to the state under test
		want    GapState
	}{
		{"ACTIVE", func(*testLog, string) {}, GapActive},
		{"ACTIONED", func(l *testLog, id string) {
			l.do(ActionGap{GapID: id, Action: ActionBlockModel, Rationale: "deny"}, lead)
		}, GapActioned},
		{"RECALLED", func(l *testLog, id string) {
			l.do(ActionGap{GapID: id, Action: ActionBlockModel, Rationale: "deny"}, lead)
			l.do(RecallDecision{GapID: id, Rationale: "allow"}, lead)
		}, GapRecalled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newTestLog(t)
			l.detect(summary, notApprovedFinding("10"))
			id := GapID(ScenarioNotBusinessApproved, ModelKey(model))
			tc.prepare(l, id)
			gap := l.g.Gaps[id]
			if gap.State != tc.want {
				t.Fatalf("prepared state %s", gap.State)
			}
			history := len(gap.History)
			ds := l.detect(summary)
			if got := eventTypes(ds); !slices.Equal(got, []string{EventGapMarkedResolved}) {
				t.Fatalf("finding gone: %v", got)
			}
			if gap.State != GapResolved || gap.ResolvedByHand || gap.FindingPresent {
				t.Fatalf("after resolve: %+v", gap)
			}
			if r := gap.History[len(gap.History)-1]; r.Actor.Subject != SystemDetector.Subject ||
				r.Rationale != "no spend on Claude4.6Sonnet in the detection window 2025-02-08 to 2025-03-09" {
				t.Fatalf("resolution entry %+v", r)
			}
			if ds := Reconcile(l.g, nil, summary, l.now); len(ds) != 0 {
				t.Fatalf("resolved gap without finding: %v", eventTypes(ds))
			}
			ds = l.detect(summary, notApprovedFinding("4"))
			if got := eventTypes(ds); !slices.Equal(got, []string{EventGapReopened}) {
				t.Fatalf("finding back: %v", got)
			}
			if gap.State != GapActive || !gap.Finding.Evidence.Spend.Equal(dec("4")) || len(gap.History) != history+2 {
				t.Fatalf("after reopen: %s, history %d (was %d)", gap.State, len(gap.History), history)
			}
		})
	}
}

func TestReconcileHandResolvedGap(t *testing.T) {
	l := newTestLog(t)
	l.detect(summary, notApprovedFinding("10"))
	id := GapID(ScenarioNotBusinessApproved, ModelKey(model))
	gap := l.g.Gaps[id]
	l.do(ActionGap{GapID: id, Action: ActionBlockModel, Rationale: "deny"}, lead)
	l.do(ResolveGap{GapID: id, Rationale: "spend accepted until the block lands"}, lead)

	// The finding persists: the gap stays resolved; evidence still updates.
	if ds := l.detect(summary, notApprovedFinding("10")); len(ds) != 0 {
		t.Fatalf("persisting finding: %v", eventTypes(ds))
	}
	l.detect(summary, notApprovedFinding("11"))
	if gap.State != GapResolved || !gap.ResolvedByHand || !gap.Finding.Evidence.Spend.Equal(dec("11")) {
		t.Fatalf("hand-resolved gap after evidence change: %s byHand=%v", gap.State, gap.ResolvedByHand)
	}
	// The finding disappears: recorded, still resolved.
	ds := l.detect(summary)
	if got := eventTypes(ds); !slices.Equal(got, []string{EventGapFindingCleared}) {
		t.Fatalf("finding gone: %v", got)
	}
	if gap.State != GapResolved || gap.FindingPresent {
		t.Fatalf("after clear: %s present=%v", gap.State, gap.FindingPresent)
	}
	if ds := l.detect(summary); len(ds) != 0 {
		t.Fatalf("cleared gap, still no finding: %v", eventTypes(ds))
	}
	// It returns later: reopened.
	ds = l.detect(summary, notApprovedFinding("1"))
	if got := eventTypes(ds); !slices.Equal(got, []string{EventGapReopened}) {
		t.Fatalf("finding back: %v", got)
	}
	if gap.State != GapActive || gap.ResolvedByHand {
		t.Fatalf("after reopen: %s byHand=%v", gap.State, gap.ResolvedByHand)
	}
}

// TestResolutionNamesWhatChanged: the detector's rationale names the change
// that cleared each kind of finding.
func TestResolutionNamesWhatChanged(t *testing.T) {
	role := "arn:aws:iam::111111111111:role/finops-ai-support-bot"
	for _, tc := range []struct {
		name    string
		finding Finding
		change  func(l *testLog, gapID string)
		want    string
	}{
		{"model approved", notApprovedFinding("10"), func(l *testLog, id string) {
			l.do(ActionGap{GapID: id, Action: ActionApproveModel, Rationale: "ok",
				BusinessCase: &BusinessCaseInput{Category: ValueCostSaving, AnnualValue: dec("1")}}, lead)
		}, "model Claude4.6Sonnet is approved by BR "},
		{"scope added", outOfScopeFinding("br1"), func(l *testLog, id string) {
			l.do(ActionGap{GapID: id, Action: ActionAddScope, Rationale: "ok"}, lead)
		}, "account 111111111111 × region eu-west-1 is now in scope of BR br1"},
		{"BR withdrawn", outOfScopeFinding("br1"), func(l *testLog, _ string) {
			l.do(WithdrawBusinessRequest{BusinessRequestID: "br1", Rationale: "done"}, lead)
		}, "model Claude4.6Sonnet has no Approved BR any more"},
		{"guardrail claimed", guardrailFinding(), func(l *testLog, id string) {
			l.do(ActionGap{GapID: id, Action: ActionClaimResource, WorkloadID: "w1", Rationale: "ours"}, lead)
		}, guardARN + " is now claimed by workload Support Bot (w1)"},
		{"role claimed", unclaimedRoleFinding(role), func(l *testLog, _ string) {
			l.do(ClaimResource{ClaimID: "c1", WorkloadID: "w1", AnchorType: AnchorIAMRole, Anchor: role}, owner)
		}, role + " is now claimed by workload Support Bot (w1)"},
		{"business case", unbackedFinding("w1"), func(l *testLog, _ string) {
			l.do(DeclareBusinessCase{WorkloadID: "w1", BusinessCase: BusinessCaseInput{Category: ValueRevenueDriving, AnnualValue: dec("5")}}, owner)
		}, "business case declared on workload Support Bot (w1)"},
		{"broad pattern removed", broadRoleFinding("w1"), func(l *testLog, _ string) {
			l.do(UpdateSettings{BroadRolePatterns: []string{"PowerUserAccess"}}, lead)
		}, "role arn:aws:iam::111111111111:role/AdministratorAccess no longer matches a broad-role pattern in settings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newTestLog(t)
			seedGovernance(l)
			l.detect(summary, tc.finding)
			id := GapID(tc.finding.Scenario, tc.finding.Key)
			tc.change(l, id)
			l.detect(summary)
			gap := l.g.Gaps[id]
			if last := gap.History[len(gap.History)-1]; gap.State != GapResolved || !strings.HasPrefix(last.Rationale, tc.want) {
				t.Fatalf("state %s, rationale %q, want it to start with %q", gap.State, last.Rationale, tc.want)
			}
		})
	}
}

func TestReconcileIsDeterministic(t *testing.T) {
	l := newTestLog(t)
	seedGovernance(l)
	l.detect(summary, notApprovedFinding("1"), guardrailFinding(), broadRoleFinding("w1"))
	findings := []Finding{unbackedFinding("w1"), notApprovedFinding("2"), outOfScopeFinding("br1")}
	first := Reconcile(l.g, findings, summary, l.now)
	slices.Reverse(findings)
	for range 5 {
		again := Reconcile(l.g, findings, summary, l.now)
		if len(again) != len(first) {
			t.Fatalf("%d decisions, then %d", len(first), len(again))
		}
		for i := range first {
			if first[i].Stream != again[i].Stream || eventTypes(first[i : i+1])[0] != eventTypes(again[i : i+1])[0] || first[i].Rationale != again[i].Rationale {
				t.Fatalf("decision %d differs: %s vs %s", i, first[i].Stream, again[i].Stream)
			}
		}
	}
	if got := eventTypes(first); len(got) != 5 || slices.Contains(got, EventDetectionSummaryChanged) {
		t.Fatalf("decisions %v", got) // 2 opened, 1 evidence change, 2 resolved; summary unchanged
	}
}

// benchGovernance holds n open gaps, one per model.
func benchGovernance(b *testing.B, n int) (*testLog, []Finding) {
	l := newTestLog(b)
	findings := make([]Finding, n)
	for i := range findings {
		f := notApprovedFinding("10")
		f.Key = ModelKey(model) + strconv.Itoa(i)
		findings[i] = f
	}
	for _, d := range Reconcile(l.g, findings, summary, l.now) {
		l.append(d, SystemDetector)
	}
	if len(l.g.Gaps) != n {
		b.Fatalf("%d gaps, want %d", len(l.g.Gaps), n)
	}
	return l, findings
}

// BenchmarkReconcileUnchanged: a detection run over 5,000 gaps whose
// evidence did not change.
func BenchmarkReconcileUnchanged(b *testing.B) {
	l, findings := benchGovernance(b, 5000)
	for b.Loop() {
		if ds := Reconcile(l.g, findings, summary, l.now); len(ds) != 0 {
			b.Fatalf("%d decisions", len(ds))
		}
	}
}

// BenchmarkFold: replaying the log of 5,000 opened gaps.
func BenchmarkFold(b *testing.B) {
	l, _ := benchGovernance(b, 5000)
	for b.Loop() {
		g := NewGovernance()
		for _, env := range l.envelopes {
			g.Apply(env)
		}
	}
}
