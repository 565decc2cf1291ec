package projections

import (
	"testing"

	"github.com/allocation-gaps/gaps/domain"
)

func TestGapFilterMatchChange(t *testing.T) {
	watchActive := GapFilter{States: []domain.GapState{domain.GapActive}}
	gap := func(states ...domain.GapState) *domain.Gap {
		g := &domain.Gap{Scenario: domain.ScenarioResourceAllocation, State: states[len(states)-1]}
		for _, s := range states {
			g.History = append(g.History, domain.GapHistoryEntry{State: s})
		}
		return g
	}
	cases := []struct {
		name string
		gap  *domain.Gap
		want bool
	}{
		{"opened ACTIVE", gap(domain.GapActive), true},
		{"left ACTIVE for ACTIONED", gap(domain.GapActive, domain.GapActioned), true},
		{"evidence changed while ACTIONED", gap(domain.GapActive, domain.GapActioned, domain.GapActioned), false},
		{"ACTIONED to RESOLVED", gap(domain.GapActive, domain.GapActioned, domain.GapResolved), false},
	}
	for _, c := range cases {
		if got := watchActive.MatchChange(c.gap); got != c.want {
			t.Errorf("%s: MatchChange = %v, want %v", c.name, got, c.want)
		}
	}
	otherScenario := GapFilter{Scenarios: []domain.Scenario{domain.ScenarioRoleRecommendation}}
	if otherScenario.MatchChange(gap(domain.GapActive, domain.GapActioned)) {
		t.Error("a change of a gap of another scenario passed a scenario filter")
	}
}
