package graph

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// NOTIFY_PRODUCT_OWNER tells someone: the gap shows whom, and what; with no
// owner known the FinOps Lead is told so.
func TestNotifyProductOwnerShowsOnTheGap(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	open := func(role string) string {
		anchor := "arn:aws:iam::" + acctA + ":role/" + role
		f := domain.Finding{
			Scenario: domain.ScenarioUnclaimedAIAllocation, Key: anchor, Anchor: anchor,
			SuggestedActions: []domain.ActionKind{domain.ActionNotifyProductOwner},
			Evidence: domain.Evidence{Spend: decimal.RequireFromString("12.50"), Accounts: []string{acctA},
				Rule: "a finops-ai-* role with spend and no claim"},
		}
		id := domain.GapID(f.Scenario, f.Key)
		s.waitProjected(t, s.appendEvents(t, domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: f}))
		return id
	}
	named, orphan := open("finops-ai-support-bot"), open("finops-ai-orphan")

	const action = `mutation($id: ID!, $po: String) { actionGap(input: {gapId: $id, action: NOTIFY_PRODUCT_OWNER,
		rationale: "who runs this?", productOwner: $po}) { gap { state notifications { to message at } } } }`
	type result struct {
		ActionGap struct {
			Gap struct {
				State         string
				Notifications []struct{ To, Message, At string }
			}
		}
	}
	var told, nobody result
	s.gql(t, lead, action, map[string]any{"id": named, "po": "priya@example.com"}, &told)
	s.gql(t, lead, action, map[string]any{"id": orphan}, &nobody)

	n := told.ActionGap.Gap.Notifications
	if told.ActionGap.Gap.State != "ACTIONED" || len(n) != 1 || n[0].To != "priya@example.com" || n[0].Message == "" || n[0].At == "" {
		t.Fatalf("notified gap: %+v", told.ActionGap.Gap)
	}
	n = nobody.ActionGap.Gap.Notifications
	if len(n) != 1 || n[0].To != domain.NoOwnerRecipient {
		t.Fatalf("gap with no known owner notified %+v, want %s", n, domain.NoOwnerRecipient)
	}
}
