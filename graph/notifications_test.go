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

// The notifier's delivery attempts show on the gap beside the in-app note:
// recipient, channel, status, the rule that chose the recipient, attempts
// and the reason of a failure, each delivery as its latest attempt left it.
func TestNotifierDeliveriesShowOnTheGap(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	anchor := "arn:aws:iam::" + acctA + ":role/finops-ai-support-bot"
	f := domain.Finding{
		Scenario: domain.ScenarioUnclaimedAIAllocation, Key: anchor, Anchor: anchor,
		SuggestedActions: []domain.ActionKind{domain.ActionNotifyProductOwner},
		Evidence:         domain.Evidence{Spend: decimal.RequireFromString("12.50"), Accounts: []string{acctA}, Rule: "unclaimed"},
	}
	id := domain.GapID(f.Scenario, f.Key)
	s.waitProjected(t, s.appendEvents(t, domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: f}))
	attempt := func(delivery, channel, outcome, reason string, n int) domain.NotificationAttempted {
		return domain.NotificationAttempted{DeliveryID: delivery, GapID: id, Recipient: "priya@example.com", Channel: channel,
			Rule: "product owner on the governance records", Message: "please claim it", Attempt: n, Outcome: outcome, Reason: reason}
	}
	s.appendEvents(t, domain.NotificationStream("d-hook"), domain.SystemNotifier,
		attempt("d-hook", "webhook", domain.DeliveryRetrying, "503 Service Unavailable", 1),
		attempt("d-hook", "webhook", domain.DeliverySent, "", 2))
	s.waitProjected(t, s.appendEvents(t, domain.NotificationStream("d-mail"), domain.SystemNotifier,
		attempt("d-mail", "email", domain.DeliveryFailed, "connection refused", 1)))

	type notification struct {
		To, Channel, Status, Rule, Reason, At string
		Attempts                              int
	}
	var got struct {
		Gap struct{ Notifications []notification }
	}
	s.gql(t, lead, `query($id: ID!) { gap(id: $id) { notifications { to channel status rule attempts reason at } } }`, map[string]any{"id": id}, &got)
	n := got.Gap.Notifications
	if len(n) != 2 {
		t.Fatalf("notifications %+v: want the two deliveries", n)
	}
	hook, mail := n[0], n[1]
	if hook.To != "priya@example.com" || hook.Channel != "webhook" || hook.Status != "SENT" || hook.Attempts != 2 ||
		hook.Rule != "product owner on the governance records" || hook.Reason != "" || hook.At == "" {
		t.Errorf("webhook delivery %+v: want SENT after 2 attempts, by the governance records", hook)
	}
	if mail.Channel != "email" || mail.Status != "FAILED" || mail.Attempts != 1 || mail.Reason != "connection refused" {
		t.Errorf("email delivery %+v: want FAILED with its reason", mail)
	}
}
