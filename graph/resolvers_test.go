package graph

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/allocation-gaps/gaps/domain"
)

// TestQueriesAndGovernanceMutations goes through the read models' lists and
// the governance mutations the end-to-end scenarios do not use, with their
// read-back payloads, paging and role checks. No detector runs: the gaps are
// appended as the detector would, so every count is exact.
func TestQueriesAndGovernanceMutations(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	engineer := s.token(t, "ce-1", "CLOUD_ENGINEER")
	finance := s.token(t, "fin-1", "FINANCE")

	var last = s.appendGaps(t, 0, 5)
	s.waitProjected(t, last)

	t.Run("gaps page, filter and count", func(t *testing.T) {
		type page struct {
			AllocationGaps struct {
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
				TotalCount int
			}
		}
		const q = `query($f: GapFilter, $first: Int, $after: String) { allocationGaps(filter: $f, first: $first, after: $after) {
			edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`
		var p1, p2, b page
		s.gql(t, po, q, map[string]any{"first": 3}, &p1)
		s.gql(t, po, q, map[string]any{"first": 3, "after": *p1.AllocationGaps.PageInfo.EndCursor}, &p2)
		if len(p1.AllocationGaps.Edges) != 3 || !p1.AllocationGaps.PageInfo.HasNextPage || p1.AllocationGaps.TotalCount != 5 ||
			len(p2.AllocationGaps.Edges) != 2 || p2.AllocationGaps.PageInfo.HasNextPage {
			t.Fatalf("pages %+v then %+v", p1, p2)
		}
		if p1.AllocationGaps.Edges[2].Cursor != *p1.AllocationGaps.PageInfo.EndCursor {
			t.Error("endCursor is not the last edge's cursor")
		}
		seen := map[string]bool{}
		for _, e := range append(p1.AllocationGaps.Edges, p2.AllocationGaps.Edges...) {
			seen[e.Node.ID] = true
		}
		if len(seen) != 5 {
			t.Errorf("two pages hold %d distinct gaps, want 5", len(seen))
		}
		s.gql(t, po, q, map[string]any{"f": map[string]any{"accountIds": []string{acctB}, "states": []string{"ACTIVE"}}}, &b)
		if b.AllocationGaps.TotalCount != 2 || len(b.AllocationGaps.Edges) != 2 { // gaps 1 and 3 are in account B
			t.Errorf("account B filter: %+v", b)
		}
		_, r := s.postVars(t, po, q, map[string]any{"after": "not-a-cursor"})
		onlyError(t, r, "BAD_USER_INPUT")

		var sum struct {
			GapSummary struct {
				Scenarios []struct {
					Scenario string
					Active   int
				}
			}
		}
		s.gql(t, finance, `{ gapSummary { scenarios { scenario active } totalGapSpend unanchoredSpend } }`, nil, &sum)
		i := slices.IndexFunc(sum.GapSummary.Scenarios, func(x struct {
			Scenario string
			Active   int
		}) bool {
			return x.Scenario == "NOT_BUSINESS_APPROVED"
		})
		if i < 0 || sum.GapSummary.Scenarios[i].Active != 5 {
			t.Errorf("summary %+v, want 5 active NOT_BUSINESS_APPROVED", sum)
		}
	})

	t.Run("budgets and settings", func(t *testing.T) {
		var set struct {
			SetAccountBudgets struct {
				AccountID string
				Budgets   []struct{ Budget, Share string }
			}
		}
		s.gql(t, lead, `mutation { setAccountBudgets(input: {accountId: "`+acctA+`", budgets: [{budget: "search", share: "60"}, {budget: "support", share: "40"}], rationale: "headcount"}) {
			accountId budgets { budget share } } }`, nil, &set)
		got := set.SetAccountBudgets
		if got.AccountID != acctA || len(got.Budgets) != 2 || got.Budgets[0].Budget != "search" || !sameAmount(got.Budgets[0].Share, "60") {
			t.Errorf("setAccountBudgets = %+v", got)
		}
		var read struct{ AccountBudgets []struct{ Budget string } }
		s.gql(t, finance, `{ accountBudgets(accountId: "`+acctA+`") { budget } }`, nil, &read)
		if len(read.AccountBudgets) != 2 {
			t.Errorf("accountBudgets = %+v", read)
		}
		_, r := s.postVars(t, po, `{ accountBudgets(accountId: "`+acctA+`") { budget } }`, nil)
		onlyError(t, r, "FORBIDDEN")
		_, r = s.postVars(t, po, `{ budgetAllocation(period: "2025-06") { budget } }`, nil)
		onlyError(t, r, "FORBIDDEN")
		_, r = s.postVars(t, finance, `{ budgetAllocation(period: "June") { budget } }`, nil)
		onlyError(t, r, "BAD_USER_INPUT")

		var upd struct{ UpdateSettings struct{ WindowDays int } }
		s.gql(t, lead, `mutation { updateSettings(input: {windowDays: 45}) { windowDays broadRolePatterns dedicatedRolePattern } }`, nil, &upd)
		var now struct{ Settings struct{ WindowDays int } }
		s.gql(t, engineer, `{ settings { windowDays } }`, nil, &now)
		if upd.UpdateSettings.WindowDays != 45 || now.Settings.WindowDays != 45 {
			t.Errorf("settings after update: %+v, read back %+v", upd, now)
		}
	})

	t.Run("workloads, claims, business cases and value", func(t *testing.T) {
		values := s.subscribeWS(t, "graphql-transport-ws", finance, `subscription { valueOpportunityChanged { costSavingAnnual revenueDrivingAnnual } }`, nil)
		s.waitSubscribers(t, 1)
		var ids []string
		for _, name := range []string{"alpha", "beta", "gamma"} {
			var reg struct {
				RegisterWorkload struct{ Workload struct{ ID string } }
			}
			s.gql(t, po, `mutation($n: String!) { registerWorkload(input: {name: $n, productOwner: "po-1", budget: "search"}) { workload { id } } }`,
				map[string]any{"n": name}, &reg)
			ids = append(ids, reg.RegisterWorkload.Workload.ID)
		}
		var bc struct {
			DeclareBusinessCase struct {
				BusinessCase struct {
					Category, AnnualValue string
					DeclaredBy            struct{ Subject string }
				}
			}
		}
		s.gql(t, po, `mutation($w: ID) { declareBusinessCase(input: {workloadId: $w, businessCase: {category: REVENUE_DRIVING, annualValue: "50000.00"}}) {
			businessCase { category annualValue declaredBy { subject } } } }`, map[string]any{"w": ids[0]}, &bc)
		if c := bc.DeclareBusinessCase.BusinessCase; c.Category != "REVENUE_DRIVING" || !sameAmount(c.AnnualValue, "50000") || c.DeclaredBy.Subject != "po-1" {
			t.Errorf("declared case = %+v", c)
		}
		ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
		defer cancel()
		data, err := values.next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			ValueOpportunityChanged struct{ CostSavingAnnual, RevenueDrivingAnnual string }
		}
		if err := json.Unmarshal(data, &v); err != nil || !sameAmount(v.ValueOpportunityChanged.RevenueDrivingAnnual, "50000") {
			t.Errorf("value change %s (%v), want revenue 50000", data, err)
		}
		var vo struct {
			ValueOpportunity struct{ RevenueDrivingAnnual string }
		}
		s.gql(t, engineer, `{ valueOpportunity { revenueDrivingAnnual } }`, nil, &vo)
		if !sameAmount(vo.ValueOpportunity.RevenueDrivingAnnual, "50000") {
			t.Errorf("valueOpportunity = %+v", vo)
		}

		var claim struct {
			ClaimResource struct {
				Workload struct{ Claims []struct{ ID, Anchor string } }
			}
		}
		s.gql(t, po, `mutation($w: ID!) { claimResource(input: {workloadId: $w, anchorType: IAM_ROLE, anchor: "arn:aws:iam::111111111111:role/team/app"}) {
			workload { claims { id anchor } } } }`, map[string]any{"w": ids[1]}, &claim)
		claims := claim.ClaimResource.Workload.Claims
		if len(claims) != 1 || claims[0].Anchor != "arn:aws:iam::111111111111:role/app" {
			t.Fatalf("claims = %+v", claims)
		}
		var rel struct {
			ReleaseClaim struct {
				Workload struct {
					ID     string
					Claims []struct{ ReleasedFrom *string }
				}
			}
		}
		s.gql(t, po, `mutation($c: ID!) { releaseClaim(input: {claimId: $c, rationale: "role retired"}) { workload { id claims { releasedFrom } } } }`,
			map[string]any{"c": claims[0].ID}, &rel)
		if w := rel.ReleaseClaim.Workload; w.ID != ids[1] || len(w.Claims) != 1 || w.Claims[0].ReleasedFrom == nil {
			t.Errorf("after release: %+v", w)
		}

		var list struct {
			Workloads struct {
				Edges      []struct{ Node struct{ ID string } }
				PageInfo   struct{ HasNextPage bool }
				TotalCount int
			}
		}
		s.gql(t, finance, `{ workloads(first: 2) { edges { node { id } } pageInfo { hasNextPage } totalCount } }`, nil, &list)
		if len(list.Workloads.Edges) != 2 || !list.Workloads.PageInfo.HasNextPage || list.Workloads.TotalCount != 3 || list.Workloads.Edges[0].Node.ID != ids[0] {
			t.Errorf("workloads page = %+v", list)
		}
	})

	t.Run("a gap action opens a task an engineer completes", func(t *testing.T) {
		gapID := domain.GapID(domain.ScenarioNotBusinessApproved, testFinding(0).Key)
		s.gql(t, lead, actionGapMutation, map[string]any{"in": map[string]any{"gapId": gapID, "action": "BLOCK_MODEL", "rationale": "not for production"}}, &struct{}{})
		var tasks struct {
			Tasks struct {
				Edges []struct {
					Node struct{ ID, Kind, Status, GapID string }
				}
			}
		}
		s.gql(t, engineer, `{ tasks { edges { node { id kind status gapId } } } }`, nil, &tasks)
		if len(tasks.Tasks.Edges) != 1 || tasks.Tasks.Edges[0].Node.GapID != gapID || tasks.Tasks.Edges[0].Node.Status != "Open" {
			t.Fatalf("tasks = %+v", tasks)
		}
		task := tasks.Tasks.Edges[0].Node
		_, r := s.postVars(t, lead, `mutation($t: ID!) { completeTask(input: {taskId: $t}) { task { status } } }`, map[string]any{"t": task.ID})
		onlyError(t, r, "FORBIDDEN")
		var done struct {
			CompleteTask struct{ Task struct{ ID, Status string } }
		}
		s.gql(t, engineer, `mutation($t: ID!) { completeTask(input: {taskId: $t, note: "SCP deny in place"}) { task { id status } } }`, map[string]any{"t": task.ID}, &done)
		if done.CompleteTask.Task.Status != "Done" || done.CompleteTask.Task.ID != task.ID {
			t.Errorf("completed task = %+v", done)
		}
		var ingests struct {
			Ingests struct{ TotalCount int }
		}
		s.gql(t, finance, `{ ingests { totalCount edges { node { id } } } }`, nil, &ingests)
		if ingests.Ingests.TotalCount != 0 {
			t.Errorf("ingests = %+v, want none", ingests)
		}
	})
}
