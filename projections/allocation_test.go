package projections

import (
	"slices"
	"testing"

	"github.com/allocation-gaps/gaps/domain"
)

// allocationRows reads a period's budget totals and ledger as text.
func allocationRows(t *testing.T, env *testEnv, period string) string {
	t.Helper()
	var s string
	err := env.pool.QueryRow(env.ctx, `SELECT
		coalesce((SELECT string_agg(to_jsonb(b)::text, E'\n' ORDER BY budget) FROM budget_allocation b WHERE period = $1), '') || E'\n' ||
		coalesce((SELECT string_agg(to_jsonb(l)::text, E'\n' ORDER BY seq) FROM allocation_ledger l WHERE period = $1), '')`, period).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The projector allocates again only the periods a claim or budget change
// reaches; after each change the read models equal a rebuild, and the
// periods it reaches, and only those, changed.
func TestAllocationFollowsClaimAndBudgetChanges(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	w.spend("2025-01", 120, 50, "0.0125")
	w.spend("2025-02", 120, 50, "0.0100")
	runProjector(t, NewProjector(env.store, env.pool))
	waitFor(t, env, w.last.Position)

	periods := []string{"2025-01", "2025-02"}
	steps := []struct {
		name    string
		append  func()
		changes []string // the periods whose allocation must change
	}{
		{"a claim with spend from the second period on", func() {
			w.append(domain.WorkloadStream("wl-1"), owner, "", domain.ResourceClaimed{WorkloadID: "wl-1", ClaimID: "claim-b",
				AnchorType: domain.AnchorIAMRole, Anchor: roleARN(acctB, "finops-ai-chatbot"), EffectiveFrom: "2025-02-10", ClaimedAt: w.clock, ClaimedBy: owner})
		}, []string{"2025-02"}},
		{"a claim on a role without spend", func() {
			w.append(domain.WorkloadStream("wl-1"), owner, "", domain.ResourceClaimed{WorkloadID: "wl-1", ClaimID: "claim-idle",
				AnchorType: domain.AnchorIAMRole, Anchor: roleARN(acctA, "finops-ai-idle"), EffectiveFrom: "2025-01-01", ClaimedAt: w.clock, ClaimedBy: owner})
		}, nil},
		{"budgets of an account with spend in both periods", func() {
			w.append(domain.AccountBudgetsStream(acctB), lead, "split", domain.AccountBudgetsSet{AccountID: acctB, Budgets: []domain.BudgetShare{
				{Budget: "research", Share: dec("70")}, {Budget: "platform", Share: dec("30")}}})
		}, periods},
		{"budgets of an account without spend", func() {
			w.append(domain.AccountBudgetsStream("333333333333"), lead, "", domain.AccountBudgetsSet{AccountID: "333333333333",
				Budgets: []domain.BudgetShare{{Budget: "other", Share: dec("100")}}})
		}, nil},
		{"a claim released within the first period", func() {
			w.append(domain.WorkloadStream("wl-1"), owner, "", domain.ClaimReleased{WorkloadID: "wl-1", ClaimID: "claim-1", EffectiveFrom: "2025-01-20"})
		}, periods},
		{"a new workload's guardrail claim, in the second period only", func() {
			w.append(domain.WorkloadStream("wl-2"), owner, "", domain.WorkloadRegistered{ID: "wl-2", Name: "safety", ProductOwner: "po-1",
				Budget: "trust", RegisteredBy: owner})
			w.append(domain.WorkloadStream("wl-2"), owner, "", domain.ResourceClaimed{WorkloadID: "wl-2", ClaimID: "claim-g",
				AnchorType: domain.AnchorGuardrail, Anchor: "arn:aws:bedrock:us-east-1:" + acctA + ":guardrail/g1",
				EffectiveFrom: "2025-02-01", ClaimedAt: w.clock, ClaimedBy: owner})
		}, []string{"2025-02"}},
	}
	for _, step := range steps {
		before := map[string]string{}
		for _, p := range periods {
			before[p] = allocationRows(t, env, p)
		}
		step.append()
		waitFor(t, env, w.last.Position)
		verifyClean(t, env)
		for _, p := range periods {
			changed := allocationRows(t, env, p) != before[p]
			if want := slices.Contains(step.changes, p); changed != want {
				t.Errorf("%s: allocation of %s changed %v, want %v", step.name, p, changed, want)
			}
		}
	}
}

// The exports of one period are projected together: the period's spend
// drill-down and its allocation hold the facts of both, and a redelivery of
// one export replaces that export's facts only.
func TestExportsOfAPeriodAreProjectedTogether(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	w.exportSpend("team-a", "2025-01", 120, 50, "0.0125")
	w.exportSpend("team-b", "2025-01", 60, 50, "0.5")
	runProjector(t, NewProjector(env.store, env.pool))
	q := NewQueries(env.pool)
	check := func(what string, facts int) {
		t.Helper()
		waitFor(t, env, w.last.Position)
		if n := count(t, env, "SELECT count(*) FROM spend_facts WHERE period = '2025-01'"); n != facts {
			t.Fatalf("%s: %d facts in 2025-01, want %d", what, n, facts)
		}
		var spend domain.Decimal
		if err := env.pool.QueryRow(env.ctx, "SELECT sum(cost)::text FROM spend_facts WHERE period = '2025-01'").Scan(&spend); err != nil {
			t.Fatal(err)
		}
		totals, err := q.BudgetAllocation(env.ctx, "2025-01")
		if err != nil {
			t.Fatal(err)
		}
		var before, after domain.Decimal
		for _, bt := range totals {
			before, after = before.Add(bt.Before), after.Add(bt.After)
		}
		if !before.Equal(spend) || !after.Equal(spend) {
			t.Errorf("%s: allocation before %s after %s, want both the period's %s", what, before, after, spend)
		}
	}
	check("two exports", 120+60)
	w.exportSpend("team-a", "2025-01", 30, 50, "0.0125")
	check("after team-a's redelivery", 30+60)
	verifyClean(t, env)
}
