package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// The detection window follows the settings: the rolling days by default, a
// calendar month (the latest with usage, or the one set) in BILLING_PERIOD
// mode; gapSummary's windowStart/windowEnd and the gaps follow it.
func TestBillingPeriodWindowFollowsSettings(t *testing.T) {
	s := startStack(t, true)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	const broadRole = "arn:aws:iam::111111111111:role/AWSAdministratorAccess"
	use := func(day, principal string) domain.SpendFact {
		return domain.SpendFact{
			Source: "cur", Period: day[:7], Day: day, BillingEntity: "AWS", AccountID: acctA, Region: "us-east-1",
			ProductCode: "AmazonBedrock", Operation: "InvokeModelInference", UsageType: "USE1-Claude4.6Sonnet-input-tokens",
			Model: claudeModel, LineType: "Usage", Principal: principal,
			Quantity: decimal.RequireFromString("1"), Cost: decimal.RequireFromString("2.5"),
		}
	}
	// The broad role ran only in early May; other spend runs to 20 June.
	s.seedSpend(t, "2025-05", []domain.SpendFact{use("2025-05-02", broadRole)})
	s.seedSpend(t, "2025-06", []domain.SpendFact{use("2025-06-20", "")})

	window := func(want string, broadRoleGap string) {
		t.Helper()
		eventually(t, "window "+want, func() (bool, string) {
			var out struct {
				GapSummary     struct{ WindowStart, WindowEnd string }
				AllocationGaps struct {
					Edges []struct {
						Node struct{ Scenario, State string }
					}
				}
			}
			s.gql(t, lead, `{ gapSummary { windowStart windowEnd }
				allocationGaps(filter: {scenarios: [ROLE_RECOMMENDATION]}) { edges { node { scenario state } } } }`, nil, &out)
			state := "none"
			for _, e := range out.AllocationGaps.Edges {
				state = e.Node.State
			}
			got := fmt.Sprintf("%.10s..%.10s broad role %s", out.GapSummary.WindowStart, out.GapSummary.WindowEnd, state)
			return got == want+" broad role "+broadRoleGap, got
		})
	}
	window("2025-05-22..2025-06-20", "none") // 30 days to the latest usage day

	type settings struct {
		WindowMode    string
		BillingPeriod *string
	}
	update := func(input string) settings {
		t.Helper()
		var out struct{ UpdateSettings settings }
		s.gql(t, lead, `mutation { updateSettings(input: {`+input+`}) { windowMode billingPeriod } }`, nil, &out)
		return out.UpdateSettings
	}
	if got := update(`windowMode: BILLING_PERIOD`); got.WindowMode != "BILLING_PERIOD" || got.BillingPeriod != nil {
		t.Fatalf("BILLING_PERIOD: settings %+v, want no month set", got)
	}
	window("2025-06-01..2025-06-30", "none") // the latest month with usage
	if got := update(`billingPeriod: "2025-05"`); got.BillingPeriod == nil || *got.BillingPeriod != "2025-05" {
		t.Fatalf("billingPeriod 2025-05: settings %+v", got)
	}
	window("2025-05-01..2025-05-31", "ACTIVE")

	_, r := s.postVars(t, lead, `mutation { updateSettings(input: {billingPeriod: "May"}) { windowMode } }`, nil)
	if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); !strings.Contains(msg, "billingPeriod") || !strings.Contains(msg, "YYYY-MM") {
		t.Errorf("billingPeriod \"May\": %q does not say what is wrong", msg)
	}
	if got := update(`windowMode: ROLLING_DAYS`); got.WindowMode != "ROLLING_DAYS" || got.BillingPeriod != nil {
		t.Fatalf("back to ROLLING_DAYS: settings %+v, want the month forgotten", got)
	}
	window("2025-05-22..2025-06-20", "RESOLVED")
}
