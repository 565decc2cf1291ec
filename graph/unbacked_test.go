package graph

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// UNBACKED_AI_WORKLOAD counts exactly what the budget split charges the
// workload's budget: claims count from their effective day, and a release
// from its own (the day after the release by default). A role claim released
// from the 21st leaves the spend up to the 20th with the workload; a
// guardrail claim effective on the 5th takes nothing of the 2nd to the 4th.
func TestUnbackedWorkloadSpendIsWhatItsBudgetIsCharged(t *testing.T) {
	s := startStack(t, true)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	finance := s.token(t, "fin-1", "FINANCE")
	owner := s.token(t, "po", "PRODUCT_OWNER")
	const chatRole = "arn:aws:iam::111111111111:role/finops-ai-chat"
	fact := func(day, op, usageType, model, resource, principal, cost string) domain.SpendFact {
		return domain.SpendFact{
			Source: "cur", Period: period, Day: day, BillingEntity: "AWS", AccountID: acctA, Region: "us-east-1",
			ProductCode: "AmazonBedrock", Operation: op, UsageType: usageType, Model: model, LineType: "Usage",
			ResourceID: resource, Principal: principal, Quantity: decimal.RequireFromString("1"), Cost: decimal.RequireFromString(cost),
		}
	}
	chat := func(day, cost string) domain.SpendFact {
		return fact(day, "InvokeModelInference", "USE1-Claude4.6Sonnet-input-tokens", claudeModel, "", chatRole, cost)
	}
	guard := func(day, cost string) domain.SpendFact {
		return fact(day, "ApplyGuardrail", "USE1-Guardrail-ContentPolicyUnitsConsumed", "", guardrailARN, "", cost)
	}
	s.seedSpend(t, period, []domain.SpendFact{
		chat("2025-06-18", "1"), chat("2025-06-20", "2"), chat("2025-06-21", "4"), chat("2025-06-25", "8"),
		guard("2025-06-02", "1"), guard("2025-06-03", "1"), guard("2025-06-04", "1"), guard("2025-06-05", "2"), guard("2025-06-10", "5"),
	})

	register := func(name, budget string) string {
		var out struct {
			RegisterWorkload struct{ Workload struct{ ID string } }
		}
		s.gql(t, owner, `mutation($in: RegisterWorkloadInput!) { registerWorkload(input: $in) { workload { id } } }`,
			map[string]any{"in": map[string]any{"name": name, "productOwner": "po@example.com", "budget": budget}}, &out)
		return out.RegisterWorkload.Workload.ID
	}
	claim := func(workload, anchorType, anchor, from string) string {
		var out struct {
			ClaimResource struct {
				Workload struct{ Claims []struct{ ID, Anchor string } }
			}
		}
		s.gql(t, lead, `mutation($in: ClaimResourceInput!) { claimResource(input: $in) { workload { claims { id anchor } } } }`,
			map[string]any{"in": map[string]any{"workloadId": workload, "anchorType": anchorType, "anchor": anchor,
				"effectiveFrom": from, "rationale": "onboarding"}}, &out)
		for _, c := range out.ClaimResource.Workload.Claims {
			if c.Anchor == anchor {
				return c.ID
			}
		}
		t.Fatalf("claim on %s not in %+v", anchor, out)
		return ""
	}
	chatWL, guardWL := register("Chat assistant", "chat"), register("Guarded bot", "guard")
	chatClaim := claim(chatWL, "IAM_ROLE", chatRole, "2025-06-01")
	var released struct {
		ReleaseClaim struct{ Workload struct{ ID string } }
	}
	s.gql(t, lead, `mutation($in: ReleaseClaimInput!) { releaseClaim(input: $in) { workload { id } } }`,
		map[string]any{"in": map[string]any{"claimId": chatClaim, "rationale": "moved to another team", "effectiveFrom": "2025-06-21"}}, &released)
	claim(guardWL, "GUARDRAIL", guardrailARN, "2025-06-05")

	want := map[string]string{"Chat assistant": "3", "Guarded bot": "7"}
	eventually(t, "UNBACKED_AI_WORKLOAD gaps with the charged spend", func() (bool, string) {
		var out struct {
			AllocationGaps struct{ Edges []struct{ Node gapJSON } }
		}
		s.gql(t, lead, `{ allocationGaps(filter: {scenarios: [UNBACKED_AI_WORKLOAD]}) { edges { node { anchor spend } } } }`, nil, &out)
		got := map[string]string{}
		for _, e := range out.AllocationGaps.Edges {
			got[e.Node.Anchor] = e.Node.Spend
		}
		return fmt.Sprint(got) == fmt.Sprint(want), fmt.Sprint(got)
	})

	var split struct {
		BudgetAllocation []struct{ Budget, After string }
	}
	s.gql(t, finance, `query($p: String!) { budgetAllocation(period: $p) { budget after } }`, map[string]any{"p": period}, &split)
	charged := map[string]string{}
	for _, b := range split.BudgetAllocation {
		charged[b.Budget] = b.After
	}
	if charged["chat"] != want["Chat assistant"] || charged["guard"] != want["Guarded bot"] {
		t.Fatalf("budget split after claims %v; the gaps count chat %s and guard %s", charged, want["Chat assistant"], want["Guarded bot"])
	}
}
