package domain

import (
	"reflect"
	"testing"
)

func revenue(v string) *BusinessCase {
	return &BusinessCase{Category: ValueRevenueDriving, AnnualValue: money(v), DeclaredBy: Identity{Subject: "po"}}
}

func valueOf(cost, rev string) Value {
	return Value{CostSavingAnnual: money(cost), RevenueDrivingAnnual: money(rev)}
}

func TestValueOpportunity(t *testing.T) {
	shared := costSaving("100")
	g := add(NewGovernance(),
		&BusinessRequest{ID: "br-approved", Status: BRApproved, BusinessCase: shared},
		&BusinessRequest{ID: "br-submitted", Status: BRSubmitted, BusinessCase: costSaving("50")},
		&BusinessRequest{ID: "br-rejected", Status: BRRejected, BusinessCase: revenue("70")},
		&BusinessRequest{ID: "br-other", Status: BRApproved, BusinessCase: revenue("1000.50")},
		&BusinessRequest{ID: "br-no-case", Status: BRApproved},
		&Workload{ID: "wl-same-object", BusinessRequestID: "br-approved", BusinessCase: shared},             // counted with its BR
		&Workload{ID: "wl-copied", BusinessRequestID: "br-approved", BusinessCase: costSaving("100.00")},    // same declaration
		&Workload{ID: "wl-own", BusinessRequestID: "br-approved", BusinessCase: revenue("200")},             // a case of its own
		&Workload{ID: "wl-on-submitted", BusinessRequestID: "br-submitted", BusinessCase: costSaving("50")}, // BR not approved
		&Workload{ID: "wl-none"},
	)
	want := valueOf("150", "1200.5")
	if got := ValueOpportunity(g); !reflect.DeepEqual(got, want) {
		t.Errorf("ValueOpportunity = %v, want %v", got, want)
	}
	if got := ValueOpportunity(NewGovernance()); !reflect.DeepEqual(got, valueOf("0", "0")) {
		t.Errorf("ValueOpportunity of nothing = %v", got)
	}
}

func TestGapValueAtStake(t *testing.T) {
	g := add(NewGovernance(),
		&BusinessRequest{ID: "br-1", Model: fxModel, Status: BRApproved, BusinessCase: costSaving("100")},
		&BusinessRequest{ID: "br-2", Model: "Claude 4.6 Sonnet", Status: BRSubmitted, BusinessCase: revenue("30")},
		&BusinessRequest{ID: "br-3", Model: fxModel, Status: BRRejected, BusinessCase: revenue("999")},
		&Workload{ID: "wl-case-on-br", BusinessRequestID: "br-1"},
		&Workload{ID: "wl-both", BusinessRequestID: "br-1", BusinessCase: revenue("5")},
		&Workload{ID: "wl-bare"},
	)
	tests := []struct {
		name    string
		finding Finding
		want    *Value
	}{
		{"workload backed through its BR", Finding{Scenario: ScenarioRoleRecommendation, WorkloadID: "wl-case-on-br"}, new(valueOf("100", "0"))},
		{"workload and its BR", Finding{Scenario: ScenarioUnbackedAIWorkload, WorkloadID: "wl-both", BusinessRequestID: "br-1"}, new(valueOf("100", "5"))},
		{"a scope finding's BR", Finding{Scenario: ScenarioOutOfApprovedScope, BusinessRequestID: "br-1"}, new(valueOf("100", "0"))},
		{"a model awaiting approval", Finding{Scenario: ScenarioNotBusinessApproved, Key: fxModelKey}, new(valueOf("0", "30"))},
		{"a workload with no case anywhere", Finding{Scenario: ScenarioUnbackedAIWorkload, WorkloadID: "wl-bare"}, nil},
		{"an unclaimed guardrail", Finding{Scenario: ScenarioResourceAllocation, Key: fxGuardrail}, nil},
	}
	for _, tt := range tests {
		if got := GapValueAtStake(g, tt.finding); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: GapValueAtStake = %v, want %v", tt.name, got, tt.want)
		}
	}
}
