package domain

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
)

func moneys(ss ...string) []Decimal {
	out := make([]Decimal, len(ss))
	for i, s := range ss {
		out[i] = money(s)
	}
	return out
}

func TestSplitExact(t *testing.T) {
	tests := []struct {
		name    string
		amount  string
		weights []Decimal
		places  int32
		want    []Decimal
	}{
		{"thirds: the remainder goes to the lowest index", "10", moneys("1", "1", "1"), 2, moneys("3.34", "3.33", "3.33")},
		{"negative amount mirrors", "-10", moneys("1", "1", "1"), 2, moneys("-3.34", "-3.33", "-3.33")},
		{"percent shares", "1", moneys("50", "30", "20"), 6, moneys("0.5", "0.3", "0.2")},
		{"largest remainder, not the first index", "0.3", moneys("10", "20", "70"), 1, moneys("0", "0.1", "0.2")},
		{"equal remainders: the lower index", "1", moneys("10", "25", "65"), 1, moneys("0.1", "0.3", "0.6")},
		{"two units left over go to the two largest remainders", "0.05", moneys("33.3", "33.3", "33.4"), 2, moneys("0.02", "0.01", "0.02")},
		{"places raised to the amount's own scale", "0.05", moneys("1", "1"), 1, moneys("0.03", "0.02")},
		{"ties broken by index", "0.02", moneys("1", "1", "1"), 2, moneys("0.01", "0.01", "0")},
		{"a zero weight gets nothing", "1", moneys("0", "1", "1"), 0, moneys("0", "1", "0")},
		{"weights summing to zero split evenly", "9", moneys("0", "0", "0"), 0, moneys("3", "3", "3")},
		{"negative weights count as zero", "4", moneys("-1", "1", "3"), 0, moneys("0", "1", "3")},
		{"fractional weights", "1", moneys("0.5", "0.25", "0.25"), 2, moneys("0.5", "0.25", "0.25")},
		{"one weight takes all", "123.456789012", moneys("7"), 6, moneys("123.456789012")},
		{"zero amount", "0", moneys("1", "2"), 6, moneys("0", "0")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitExact(money(tt.amount), tt.weights, tt.places)
			if len(got) != len(tt.want) {
				t.Fatalf("SplitExact = %v, want %v", got, tt.want)
			}
			for i := range got {
				if !got[i].Equal(tt.want[i]) {
					t.Fatalf("SplitExact = %v, want %v", got, tt.want)
				}
			}
		})
	}
	if got := SplitExact(money("1"), nil, 2); got != nil {
		t.Errorf("SplitExact with no weights = %v, want nil", got)
	}
}

func TestSplitExactSumsExactly(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		amount := decimal.New(rng.Int64N(2_000_000_000)-1_000_000_000, -int32(rng.IntN(12)))
		weights := make([]Decimal, 1+rng.IntN(7))
		for i := range weights {
			weights[i] = decimal.New(rng.Int64N(10_000), -int32(rng.IntN(4)))
		}
		places := int32(rng.IntN(9))
		parts := SplitExact(amount, weights, places)
		sum := decimal.Zero
		for _, p := range parts {
			sum = sum.Add(p)
		}
		if !sum.Equal(amount) {
			t.Fatalf("SplitExact(%s, %v, %d) = %v sums to %s", amount, weights, places, parts, sum)
		}
		// Each part is within one unit of its exact quota.
		total := decimal.Zero
		for _, w := range weights {
			total = total.Add(w)
		}
		if total.IsZero() {
			continue
		}
		unit := decimal.New(1, -max(places, -amount.Exponent()))
		for i, p := range parts {
			quota := amount.Mul(weights[i]).DivRound(total, 30)
			if p.Sub(quota).Abs().GreaterThanOrEqual(unit) {
				t.Fatalf("SplitExact(%s, %v, %d): part %d = %s, quota %s", amount, weights, places, i, p, quota)
			}
		}
	}
}

func TestAllocatePeriod(t *testing.T) {
	g := NewGovernance()
	g.Budgets[fxAccount] = []BudgetShare{{Budget: "team-a", Share: money("60")}, {Budget: "team-b", Share: money("40")}}
	g.Budgets[fxAccount2] = []BudgetShare{{Budget: "x"}, {Budget: "y"}, {Budget: "z"}} // shares not given
	add(g, &Workload{ID: "wl-1", Budget: "chat", Claims: []*Claim{
		{ID: "c-1", WorkloadID: "wl-1", AnchorType: AnchorIAMRole, Anchor: fxChatRole, EffectiveFrom: "2025-06-10", ReleasedFrom: "2025-06-20"},
	}})
	facts := []SpendFact{
		aiFact(by(fxChatRole), on("2025-06-05"), costing("10")),                   // 0: before the claim
		aiFact(by(fxChatRole), on("2025-06-15"), costing("10")),                   // 1: claimed
		aiFact(by(fxChatRole), on("2025-06-20"), costing("10")),                   // 2: released that day
		aiFact(func(f *SpendFact) { f.AccountID = fxAccount2 }, costing("1")),     // 3: even thirds
		aiFact(func(f *SpendFact) { f.AccountID = "333333333333" }, costing("2")), // 4: no budget
		aiFact(lineType("Credit"), costing("-4")),                                 // 5: adjustment, left out
		aiFact(on("2025-07-01"), costing("100")),                                  // 6: another period
	}
	got := AllocatePeriod(facts, g, "2025-06")

	wantTotals := []BudgetTotal{
		{Budget: "UNASSIGNED", Period: "2025-06", Before: money("2"), After: money("2"), Delta: money("0")},
		{Budget: "chat", Period: "2025-06", Before: money("0"), After: money("10"), Delta: money("10")},
		{Budget: "team-a", Period: "2025-06", Before: money("18"), After: money("12"), Delta: money("-6")},
		{Budget: "team-b", Period: "2025-06", Before: money("12"), After: money("8"), Delta: money("-4")},
		{Budget: "x", Period: "2025-06", Before: money("0.333334"), After: money("0.333334"), Delta: money("0")},
		{Budget: "y", Period: "2025-06", Before: money("0.333333"), After: money("0.333333"), Delta: money("0")},
		{Budget: "z", Period: "2025-06", Before: money("0.333333"), After: money("0.333333"), Delta: money("0")},
	}
	if !reflect.DeepEqual(got.Totals, wantTotals) {
		t.Errorf("totals =\n%v\nwant\n%v", got.Totals, wantTotals)
	}
	var claimed []LedgerEntry
	for _, e := range got.Entries {
		if e.Fact == 5 || e.Fact == 6 {
			t.Errorf("entry %+v books a fact that is an adjustment or of another period", e)
		}
		if e.ClaimID != "" {
			claimed = append(claimed, e)
		}
	}
	if want := []LedgerEntry{{Fact: 1, Basis: BasisAfter, Day: "2025-06-15", AccountID: fxAccount, Budget: "chat", Amount: money("10"), WorkloadID: "wl-1", ClaimID: "c-1"}}; !reflect.DeepEqual(claimed, want) {
		t.Errorf("claimed entries = %+v, want %+v", claimed, want)
	}
}

func TestAllocateUsesTheDetectionAnchorRule(t *testing.T) {
	// The role is more specific than the resource: its claimant takes the
	// fact in allocation and sees it as its spend in detection.
	g := add(NewGovernance(),
		&Workload{ID: "wl-role", Budget: "role-budget", Claims: []*Claim{claimOn("c-1", AnchorIAMRole, fxChatRole)}},
		&Workload{ID: "wl-res", Budget: "res-budget", Claims: []*Claim{claimOn("c-2", AnchorResource, fxGuardrail)}},
	)
	facts := []SpendFact{aiFact(by(fxChatRole), func(f *SpendFact) { f.ResourceID = fxGuardrail })}
	alloc := AllocatePeriod(facts, g, "2025-06")
	for _, tot := range alloc.Totals {
		if tot.Budget == "role-budget" && !tot.After.Equal(money("1.25")) || tot.Budget == "res-budget" {
			t.Errorf("total %+v: the role's claimant must take the fact", tot)
		}
	}
	if got := findingIDs(Detect(facts, g)); !slices.Equal(got, []string{"UNBACKED_AI_WORKLOAD wl-role"}) {
		t.Errorf("findings = %q: the role's claimant, not the resource's, is unbacked", got)
	}
}

func TestAllocationEntriesSumToEachFactsCost(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	g := propertyGovernance()
	g.Budgets[fxAccount] = []BudgetShare{{Budget: "a", Share: money("33.3")}, {Budget: "b", Share: money("33.3")}, {Budget: "c", Share: money("33.4")}}
	g.Budgets[fxAccount2] = []BudgetShare{{Budget: "d"}, {Budget: "e"}, {Budget: "f"}, {Budget: "g"}, {Budget: "h"}, {Budget: "i"}, {Budget: "j"}}
	for _, w := range g.Workloads {
		w.Budget = "wl:" + w.ID
	}
	for round := range 100 {
		facts := randomFacts(rng, 1+rng.IntN(80))
		for period := range map[string]bool{"2025-05": true, "2025-06": true} {
			alloc := AllocatePeriod(facts, g, period)
			sums := map[string]Decimal{}
			for _, e := range alloc.Entries {
				k := fmt.Sprint(e.Fact, e.Basis)
				sums[k] = sums[k].Add(e.Amount)
			}
			periodSpend := decimal.Zero
			for i, f := range facts {
				if f.Period != period || !f.Attributable() {
					continue
				}
				periodSpend = periodSpend.Add(f.Cost)
				for _, basis := range []string{BasisBefore, BasisAfter} {
					if s := sums[fmt.Sprint(i, basis)]; !s.Equal(f.Cost) {
						t.Fatalf("round %d: fact %d %s entries sum to %s, cost %s", round, i, basis, s, f.Cost)
					}
				}
			}
			before, after := decimal.Zero, decimal.Zero
			for _, tot := range alloc.Totals {
				before, after = before.Add(tot.Before), after.Add(tot.After)
				if !tot.Delta.Equal(tot.After.Sub(tot.Before)) {
					t.Fatalf("total %+v: delta is not after − before", tot)
				}
			}
			if !before.Equal(periodSpend) || !after.Equal(periodSpend) {
				t.Fatalf("round %d: totals before %s after %s, period spend %s", round, before, after, periodSpend)
			}
		}
	}
}
