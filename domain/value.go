package domain

import (
	"maps"
	"slices"
)

// Value is declared annual value by category: intended, not realised
// (docs/DESIGN.md §8).
type Value struct {
	CostSavingAnnual     Decimal `json:"costSavingAnnual"`
	RevenueDrivingAnnual Decimal `json:"revenueDrivingAnnual"`
}

// ValueOpportunity sums the business cases on Approved BRs and on
// workloads. A workload's case is not counted again when its linked BR is
// Approved and carries the same declaration: the same case, or one equal in
// category, annual value, description and declarer (a case copied from the
// BR to the workload). Cases on BRs that are not Approved count only
// through a workload that carries them.
func ValueOpportunity(g *Governance) Value {
	var cases []*BusinessCase
	for _, br := range g.BusinessRequests {
		if br.Status == BRApproved {
			cases = append(cases, br.BusinessCase)
		}
	}
	for _, w := range g.Workloads {
		if br := g.BusinessRequests[w.BusinessRequestID]; br != nil && br.Status == BRApproved && sameDeclaration(w.BusinessCase, br.BusinessCase) {
			continue
		}
		cases = append(cases, w.BusinessCase)
	}
	v, _ := sumCases(cases)
	return v
}

// GapValueAtStake is the declared value behind a finding's anchor: the
// business cases of its workload, that workload's BR, its BR, and, for a
// model not yet approved, the Submitted BRs asking for that model; each
// declaration once. Nil when none of them carries a case.
func GapValueAtStake(g *Governance, f Finding) *Value {
	var cases []*BusinessCase
	if w := g.Workloads[f.WorkloadID]; w != nil {
		cases = append(cases, w.BusinessCase)
		if br := g.BusinessRequests[w.BusinessRequestID]; br != nil {
			cases = append(cases, br.BusinessCase)
		}
	}
	if br := g.BusinessRequests[f.BusinessRequestID]; br != nil {
		cases = append(cases, br.BusinessCase)
	}
	if f.Scenario == ScenarioNotBusinessApproved {
		for _, id := range slices.Sorted(maps.Keys(g.BusinessRequests)) {
			if br := g.BusinessRequests[id]; br.Status == BRSubmitted && ModelKey(br.Model) == f.Key {
				cases = append(cases, br.BusinessCase)
			}
		}
	}
	var distinct []*BusinessCase
	for _, c := range cases {
		if !slices.ContainsFunc(distinct, func(d *BusinessCase) bool { return sameDeclaration(c, d) }) {
			distinct = append(distinct, c)
		}
	}
	v, found := sumCases(distinct)
	if !found {
		return nil
	}
	return &v
}

// sameDeclaration reports whether two non-nil cases are one declaration.
func sameDeclaration(a, b *BusinessCase) bool {
	if a == nil || b == nil {
		return false
	}
	return a == b || (a.Category == b.Category && a.AnnualValue.Equal(b.AnnualValue) &&
		a.Description == b.Description && a.DeclaredBy.Subject == b.DeclaredBy.Subject)
}

// sumCases adds the cases up by category, skipping nils; it reports whether
// any case was there.
func sumCases(cases []*BusinessCase) (Value, bool) {
	var v Value
	found := false
	for _, c := range cases {
		if c == nil {
			continue
		}
		found = true
		switch c.Category {
		case ValueCostSaving:
			v.CostSavingAnnual = v.CostSavingAnnual.Add(c.AnnualValue)
		case ValueRevenueDriving:
			v.RevenueDrivingAnnual = v.RevenueDrivingAnnual.Add(c.AnnualValue)
		}
	}
	return Value{CostSavingAnnual: canonicalDecimal(v.CostSavingAnnual), RevenueDrivingAnnual: canonicalDecimal(v.RevenueDrivingAnnual)}, found
}
