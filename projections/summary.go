package projections

import (
	"cmp"
	"slices"

	"github.com/allocation-gaps/gaps/domain"
)

// summarize counts gaps per scenario and state; the projector stores it and
// replay computes it, so both show the same numbers for the same log.
func summarize(gaps map[string]*domain.Gap, detection domain.DetectionSummary) GapSummary {
	s := GapSummary{Detection: detection, Scenarios: make([]ScenarioSummary, len(domain.AllScenarios))}
	index := make(map[domain.Scenario]int, len(domain.AllScenarios))
	for i, sc := range domain.AllScenarios {
		s.Scenarios[i] = ScenarioSummary{Scenario: sc}
		index[sc] = i
	}
	for _, g := range gaps {
		i, ok := index[g.Scenario]
		if !ok {
			continue
		}
		sc := &s.Scenarios[i]
		switch g.State {
		case domain.GapActive:
			sc.Active++
		case domain.GapActioned:
			sc.Actioned++
		case domain.GapResolved:
			sc.Resolved++
		case domain.GapRecalled:
			sc.Recalled++
		}
		if g.State != domain.GapResolved {
			sc.OpenSpend = sc.OpenSpend.Add(g.Finding.Evidence.Spend)
		}
	}
	return s
}

// gapView is a gap as the API shows it, with its value at stake.
func gapView(g *domain.Governance, gap *domain.Gap) GapView {
	return GapView{Gap: *gap, ValueAtStake: domain.GapValueAtStake(g, gap.Finding)}
}

// sortedGapViews lists every gap's view in the gaps list order (opened, id).
func sortedGapViews(g *domain.Governance) []GapView {
	views := make([]GapView, 0, len(g.Gaps))
	for _, gap := range g.Gaps {
		views = append(views, gapView(g, gap))
	}
	slices.SortFunc(views, func(a, b GapView) int {
		return cmp.Or(a.Gap.OpenedAt.Compare(b.Gap.OpenedAt), cmp.Compare(a.Gap.ID, b.Gap.ID))
	})
	return views
}
