package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// The spend the end-to-end tests ingest: one guardrail nobody claims
// (RESOURCE_ALLOCATION), Claude in an account × region its BR will not cover
// (OUT_OF_APPROVED_SCOPE once the BR is approved), and a model nobody
// approved (NOT_BUSINESS_APPROVED).
const (
	period       = "2025-06"
	acctA        = "111111111111"
	acctB        = "222222222222"
	guardrailARN = "arn:aws:bedrock:us-east-1:111111111111:guardrail/gr-support-bot"
	claudeModel  = "Claude4.6Sonnet"
	llamaModel   = "Llama3-70B"
)

func seedFacts() []domain.SpendFact {
	fact := func(day, acct, region, op, usageType, model, resource, principal, cost string) domain.SpendFact {
		return domain.SpendFact{
			Source: "cur", Period: period, Day: day, BillingEntity: "AWS", AccountID: acct, Region: region,
			ProductCode: "AmazonBedrock", Operation: op, UsageType: usageType, Model: model, LineType: "Usage",
			ResourceID: resource, Principal: principal, PricingUnit: "1K tokens",
			Quantity: decimal.RequireFromString("100"), Cost: decimal.RequireFromString(cost),
		}
	}
	llama := fact("2025-06-12", acctA, "us-east-1", "InvokeModelInference", "USE1-Llama3-70B-input-tokens", llamaModel, "",
		"arn:aws:iam::111111111111:role/data-science", "7.25")
	llama.Tags = llamaTags
	return []domain.SpendFact{
		fact("2025-06-10", acctA, "us-east-1", "ApplyGuardrail", "USE1-Guardrail-ContentPolicyUnitsConsumed", "", guardrailARN, "", "12.50"),
		fact("2025-06-11", acctB, "eu-west-1", "InvokeModelInference", "EUW1-Claude4.6Sonnet-input-tokens", claudeModel, "",
			"arn:aws:iam::222222222222:role/app-runner", "40.00"),
		llama,
	}
}

// llamaTags are the evidence tags of the Llama spend.
var llamaTags = []string{"iamPrincipal/team=data-science", "user:project=forecast"}

// gapJSON is a gap as the tests read it.
type gapJSON struct {
	ID                string   `json:"id"`
	Scenario          string   `json:"scenario"`
	State             string   `json:"state"`
	Revision          int      `json:"revision"`
	Anchor            string   `json:"anchor"`
	Spend             string   `json:"spend"`
	Accounts          []string `json:"accounts"`
	Tags              []string `json:"tags"`
	Models            []string `json:"models"`
	BusinessRequestID *string  `json:"businessRequestId"`
	History           []struct {
		At        time.Time `json:"at"`
		State     string    `json:"state"`
		Kind      string    `json:"kind"`
		Action    *string   `json:"action"`
		Rationale *string   `json:"rationale"`
		Actor     struct {
			Subject string   `json:"subject"`
			Roles   []string `json:"roles"`
		} `json:"actor"`
	} `json:"history"`
}

const gapFields = `id scenario state revision anchor spend accounts models tags businessRequestId
	history { at state kind action rationale actor { subject roles } }`

func (g gapJSON) String() string {
	kinds := make([]string, len(g.History))
	for i, h := range g.History {
		kinds[i] = h.Kind + "→" + h.State
	}
	return fmt.Sprintf("%s %s %q rev %d [%s]", g.Scenario, g.State, g.Anchor, g.Revision, strings.Join(kinds, " "))
}

// gaps lists every gap through the API.
func (s *stack) gaps(t testing.TB, token string) []gapJSON {
	t.Helper()
	var out struct {
		AllocationGaps struct {
			Edges []struct{ Node gapJSON } `json:"edges"`
		} `json:"allocationGaps"`
	}
	s.gql(t, token, `{ allocationGaps(first: 50) { edges { node { `+gapFields+` } } } }`, nil, &out)
	gaps := make([]gapJSON, len(out.AllocationGaps.Edges))
	for i, e := range out.AllocationGaps.Edges {
		gaps[i] = e.Node
	}
	return gaps
}

// gapWhere waits for a gap that satisfies match and returns it.
func (s *stack) gapWhere(t testing.TB, token, what string, match func(gapJSON) bool) gapJSON {
	t.Helper()
	var found gapJSON
	eventually(t, what, func() (bool, string) {
		gaps := s.gaps(t, token)
		for _, g := range gaps {
			if match(g) {
				found = g
				return true, ""
			}
		}
		return false, fmt.Sprint(gaps)
	})
	return found
}

func (s *stack) gap(t testing.TB, token, id string) gapJSON {
	t.Helper()
	var out struct{ Gap gapJSON }
	s.gql(t, token, `query($id: ID!) { gap(id: $id) { `+gapFields+` } }`, map[string]any{"id": id}, &out)
	return out.Gap
}

func inScenario(scenario string, anchorHas string) func(gapJSON) bool {
	return func(g gapJSON) bool { return g.Scenario == scenario && strings.Contains(g.Anchor+g.ID, anchorHas) }
}

func modelGap(scenario, model string) func(gapJSON) bool {
	return func(g gapJSON) bool { return g.Scenario == scenario && slices.Contains(g.Models, model) }
}

const actionGapMutation = `mutation($in: ActionGapInput!) { actionGap(input: $in) { gap { ` + gapFields + ` } } }`

// TestEndToEnd runs the scenarios, in order, against one running
// stack: each builds on the state the one before left.
func TestEndToEnd(t *testing.T) {
	s := startStack(t, true)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	finance := s.token(t, "fin-1", "FINANCE")
	auditor := s.token(t, "aud-1", "AUDITOR")

	s.seedSpend(t, period, seedFacts())
	guardrailGap := s.gapWhere(t, finance, "the guardrail's RESOURCE_ALLOCATION gap", inScenario("RESOURCE_ALLOCATION", guardrailARN))
	s.gapWhere(t, finance, "Claude NOT_BUSINESS_APPROVED", modelGap("NOT_BUSINESS_APPROVED", claudeModel))
	llamaGap := s.gapWhere(t, finance, "Llama NOT_BUSINESS_APPROVED", modelGap("NOT_BUSINESS_APPROVED", llamaModel))
	if !slices.Equal(llamaGap.Tags, llamaTags) || guardrailGap.Tags == nil || len(guardrailGap.Tags) != 0 {
		t.Errorf("tags: Llama gap %q, want %q; guardrail gap %q, want []", llamaGap.Tags, llamaTags, guardrailGap.Tags)
	}

	// Claude gets a BR for account A only; approving it turns the account B
	// spend into an out-of-scope gap.
	var submitted struct {
		SubmitBusinessRequest struct {
			BusinessRequest struct {
				ID, Status string
				Requester  struct{ Subject string }
			}
		}
	}
	s.gql(t, po, `mutation($in: SubmitBusinessRequestInput!) { submitBusinessRequest(input: $in) {
		businessRequest { id status requester { subject } } } }`, map[string]any{"in": map[string]any{
		"model": "Claude 4.6 Sonnet", "productOwner": "po-1", "justification": "support assistant",
		"scope":        []map[string]string{{"accountId": acctA, "region": "us-east-1"}},
		"businessCase": map[string]any{"category": "COST_SAVING", "annualValue": "120000.00", "description": "fewer tickets"},
	}}, &submitted)
	br := submitted.SubmitBusinessRequest.BusinessRequest
	if br.Status != "Submitted" || br.Requester.Subject != "po-1" {
		t.Fatalf("submitted BR = %+v", br)
	}
	var approved struct {
		ApproveBusinessRequest struct{ BusinessRequest struct{ Status string } }
	}
	s.gql(t, lead, `mutation($in: DecideInput!) { approveBusinessRequest(input: $in) { businessRequest { status } } }`,
		map[string]any{"in": map[string]any{"businessRequestId": br.ID, "rationale": "budget agreed", "expectedRevision": 0}}, &approved)
	if got := approved.ApproveBusinessRequest.BusinessRequest.Status; got != "Approved" {
		t.Fatalf("approved BR status %q", got)
	}
	scopeGap := s.gapWhere(t, finance, "Claude OUT_OF_APPROVED_SCOPE in account B", func(g gapJSON) bool {
		return g.Scenario == "OUT_OF_APPROVED_SCOPE" && g.State == "ACTIVE" && slices.Contains(g.Accounts, acctB)
	})
	if scopeGap.BusinessRequestID == nil || *scopeGap.BusinessRequestID != br.ID || !sameAmount(scopeGap.Spend, "40.00") {
		t.Errorf("scope gap = %+v, want BR %s and spend 40.00", scopeGap, br.ID)
	}

	const addScopeWhy = "account B runs the EU deployment of the support assistant"
	t.Run("a lead actions a gap and subscribers receive the change", func(t *testing.T) {
		const changed = `subscription($f: GapFilter) { gapChanged(filter: $f) { kind at gap { id state revision } } }`
		filtered := s.subscribeWS(t, "graphql-transport-ws", finance, changed,
			map[string]any{"f": map[string]any{"scenarios": []string{"OUT_OF_APPROVED_SCOPE"}}})
		legacy := s.subscribeWS(t, "graphql-ws", auditor, changed, nil)
		s.waitSubscribers(t, 2)

		var out struct{ ActionGap struct{ Gap gapJSON } }
		s.gql(t, lead, actionGapMutation, map[string]any{"in": map[string]any{
			"gapId": scopeGap.ID, "action": "ADD_SCOPE", "rationale": addScopeWhy, "expectedRevision": scopeGap.Revision,
		}}, &out)
		g := out.ActionGap.Gap
		last := g.History[len(g.History)-1]
		if g.State != "ACTIONED" || last.Kind != "GapActionTaken" || last.Actor.Subject != "lead-1" ||
			deref(last.Action) != "ADD_SCOPE" || deref(last.Rationale) != addScopeWhy {
			t.Fatalf("actioned gap = %v, last entry %+v", g, last)
		}

		for name, sub := range map[string]*wsSubscription{"graphql-transport-ws": filtered, "graphql-ws": legacy} {
			kinds := receiveChangesOf(t, sub, scopeGap.ID, "GapActionTaken")
			if !slices.Contains(kinds, "GapActionTaken") {
				t.Errorf("%s: changes of the gap %v, want GapActionTaken", name, kinds)
			}
		}

		// Adding the scope clears the finding: the detector resolves the gap.
		resolved := s.gapWhere(t, finance, "the scope gap resolved", func(g gapJSON) bool { return g.ID == scopeGap.ID && g.State == "RESOLVED" })
		if h := resolved.History[len(resolved.History)-1]; h.Actor.Subject != domain.SystemDetector.Subject || deref(h.Rationale) == "" {
			t.Errorf("resolution entry %+v, want by system:detector with a rationale", h)
		}
		if scope := s.brScope(t, finance, br.ID); !slices.Contains(scope, acctB+"/eu-west-1") {
			t.Errorf("BR scope %v lacks the added %s/eu-west-1", scope, acctB)
		}
	})

	t.Run("a recall brings the ADD_SCOPE gap back", func(t *testing.T) {
		g := s.gap(t, lead, scopeGap.ID)
		var out struct{ RecallDecision struct{ Gap gapJSON } }
		s.gql(t, lead, `mutation($in: RecallDecisionInput!) { recallDecision(input: $in) { gap { `+gapFields+` } } }`,
			map[string]any{"in": map[string]any{"gapId": g.ID, "rationale": "the EU deployment was cancelled", "expectedRevision": g.Revision}}, &out)
		if out.RecallDecision.Gap.State != "RECALLED" {
			t.Fatalf("recalled gap = %v", out.RecallDecision.Gap)
		}
		if scope := s.brScope(t, finance, br.ID); slices.Contains(scope, acctB+"/eu-west-1") {
			t.Errorf("BR scope %v still has the recalled %s/eu-west-1", scope, acctB)
		}
		// The finding is back: the detector records its evidence on the
		// recalled gap, which stays RECALLED for a lead to decide again.
		back := s.gapWhere(t, finance, "the recalled gap's finding present again", func(x gapJSON) bool {
			return x.ID == g.ID && x.History[len(x.History)-1].Kind == "GapEvidenceChanged"
		})
		if back.State != "RECALLED" || !sameAmount(back.Spend, "40.00") {
			t.Errorf("gap after recall = %v spend %s, want RECALLED with spend 40.00", back, back.Spend)
		}
	})

	t.Run("a product owner claims the guardrail and its gap resolves", func(t *testing.T) {
		var reg struct {
			RegisterWorkload struct {
				Workload struct{ ID, Name, ProductOwner string }
			}
		}
		s.gql(t, po, `mutation($in: RegisterWorkloadInput!) { registerWorkload(input: $in) { workload { id name productOwner } } }`,
			map[string]any{"in": map[string]any{"name": "support-bot", "productOwner": "po-1", "budget": "customer-support", "monthlyEstimate": "300.00"}}, &reg)
		w := reg.RegisterWorkload.Workload
		if w.ID == "" || w.Name != "support-bot" {
			t.Fatalf("registered workload = %+v", w)
		}
		var claim struct {
			ClaimResource struct {
				Workload struct {
					Claims []struct {
						ID, AnchorType, Anchor, EffectiveFrom string
						ClaimedBy                             struct{ Subject string }
					}
				}
			}
		}
		s.gql(t, po, `mutation($in: ClaimResourceInput!) { claimResource(input: $in) {
			workload { claims { id anchorType anchor effectiveFrom claimedBy { subject } } } } }`,
			map[string]any{"in": map[string]any{"workloadId": w.ID, "anchorType": "GUARDRAIL", "anchor": guardrailARN, "rationale": "our bot's guardrail"}}, &claim)
		claims := claim.ClaimResource.Workload.Claims
		if len(claims) != 1 || claims[0].Anchor != guardrailARN || claims[0].AnchorType != "GUARDRAIL" || claims[0].ClaimedBy.Subject != "po-1" {
			t.Fatalf("claims = %+v", claims)
		}
		resolved := s.gapWhere(t, finance, "the guardrail gap resolved", func(g gapJSON) bool { return g.ID == guardrailGap.ID && g.State == "RESOLVED" })
		h := resolved.History[len(resolved.History)-1]
		if h.Kind != "GapMarkedResolved" || h.Actor.Subject != domain.SystemDetector.Subject || deref(h.Rationale) == "" {
			t.Errorf("resolution entry %+v, want GapMarkedResolved by system:detector with a rationale", h)
		}
	})

	t.Run("an auditor and finance read the raw history; a lead may not", func(t *testing.T) {
		type event struct {
			Position, Stream, Type string
			Data, Metadata         json.RawMessage
			RawData, RawMetadata   string
			RecordedAt             time.Time
		}
		var out struct {
			Events struct {
				Edges []struct {
					Cursor string
					Node   event
				}
				PageInfo   struct{ HasNextPage bool }
				TotalCount int
			}
		}
		s.gql(t, auditor, `query($s: String) { events(stream: $s) { edges { cursor node { position stream type data metadata rawData rawMetadata recordedAt } }
			pageInfo { hasNextPage } totalCount } }`, map[string]any{"s": domain.GapStream(scopeGap.ID)}, &out)
		var action *event
		for i, e := range out.Events.Edges {
			if e.Node.Type == domain.EventGapActionTaken {
				action = &out.Events.Edges[i].Node
			}
			if e.Cursor != fmt.Sprint(i) {
				t.Errorf("edge %d has cursor %q, want its revision", i, e.Cursor)
			}
		}
		if action == nil {
			t.Fatalf("no GapActionTaken in %+v", out.Events.Edges)
		}
		// data and metadata are JSON objects; rawData and rawMetadata the same documents as strings.
		var meta domain.Metadata
		if err := json.Unmarshal(action.Metadata, &meta); err != nil || action.Metadata[0] != '{' {
			t.Fatalf("metadata %s is not an object: %v", action.Metadata, err)
		}
		if meta.Actor.Subject != "lead-1" || meta.Actor.Email != "lead-1@example.com" || meta.Rationale != addScopeWhy ||
			meta.OccurredAt.IsZero() || action.RecordedAt.IsZero() || action.Data[0] != '{' || !strings.Contains(string(action.Data), acctB) {
			t.Errorf("GapActionTaken metadata %s data %s", action.Metadata, action.Data)
		}
		for name, pair := range map[string][2]string{"data": {string(action.Data), action.RawData}, "metadata": {string(action.Metadata), action.RawMetadata}} {
			var fromObject, fromRaw any
			if err := json.Unmarshal([]byte(pair[0]), &fromObject); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(pair[1]), &fromRaw); err != nil {
				t.Fatalf("raw %s %q is not JSON text: %v", name, pair[1], err)
			}
			if !reflect.DeepEqual(fromObject, fromRaw) {
				t.Errorf("%s %s and raw %s %s differ", name, pair[0], name, pair[1])
			}
		}

		// types narrows a stream, and the whole log, to events of those types.
		var only struct {
			Stream, Log struct {
				Edges []struct{ Node struct{ Stream, Type string } }
			}
		}
		s.gql(t, auditor, `query($s: String, $t: [String!]) {
			stream: events(stream: $s, types: $t) { edges { node { stream type } } }
			log: events(types: $t, first: 500) { edges { node { stream type } } } }`,
			map[string]any{"s": domain.GapStream(scopeGap.ID), "t": []string{domain.EventGapActionTaken}}, &only)
		if len(only.Stream.Edges) != 1 || len(only.Log.Edges) != 1 {
			t.Errorf("GapActionTaken events: %d in the stream, %d in the log; want the one decision taken so far in each",
				len(only.Stream.Edges), len(only.Log.Edges))
		}
		for _, e := range append(only.Stream.Edges, only.Log.Edges...) {
			if e.Node.Type != domain.EventGapActionTaken {
				t.Errorf("types filter let through %s of %s", e.Node.Type, e.Node.Stream)
			}
		}

		// The whole log pages by position.
		var page1, page2 struct {
			Events struct {
				Edges    []struct{ Cursor string }
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		const logPage = `query($after: String) { events(first: 3, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }`
		s.gql(t, auditor, logPage, nil, &page1)
		s.gql(t, auditor, logPage, map[string]any{"after": page1.Events.PageInfo.EndCursor}, &page2)
		if len(page1.Events.Edges) != 3 || !page1.Events.PageInfo.HasNextPage || len(page2.Events.Edges) == 0 {
			t.Fatalf("pages %+v %+v", page1, page2)
		}
		p1, _ := eventstore.ParsePosition(page1.Events.PageInfo.EndCursor)
		p2, _ := eventstore.ParsePosition(page2.Events.Edges[0].Cursor)
		if !p1.Less(p2) {
			t.Errorf("second page starts at %s, not after %s", p2, p1)
		}

		// Finance reads the same history (the console's audit screen, read-only).
		var financeView struct {
			Events struct {
				Edges []struct{ Node struct{ Stream, Type string } }
			}
		}
		s.gql(t, finance, `query($s: String, $t: [String!]) { events(stream: $s, types: $t) { edges { node { stream type } } } }`,
			map[string]any{"s": domain.GapStream(scopeGap.ID), "t": []string{domain.EventGapActionTaken}}, &financeView)
		if !reflect.DeepEqual(financeView.Events.Edges, only.Stream.Edges) {
			t.Errorf("finance reads %+v, the auditor %+v", financeView.Events.Edges, only.Stream.Edges)
		}
		_, r := s.postVars(t, lead, `{ events { edges { cursor } } }`, nil)
		if msg, _ := onlyError(t, r, "FORBIDDEN"); !strings.Contains(msg, "FINANCE") || !strings.Contains(msg, "AUDITOR") {
			t.Errorf("FORBIDDEN message %q does not name the roles needed", msg)
		}
	})

	t.Run("two leads action one gap at the same revision: one wins", func(t *testing.T) {
		second := s.token(t, "lead-2", "FINOPS_LEAD")
		g := s.gap(t, lead, llamaGap.ID)
		codes := make([]string, 2)
		var wg sync.WaitGroup
		for i, token := range []string{lead, second} {
			wg.Go(func() {
				_, r := s.postVars(t, token, actionGapMutation, map[string]any{"in": map[string]any{
					"gapId": g.ID, "action": "BLOCK_MODEL", "rationale": fmt.Sprintf("lead %d blocks it", i+1), "expectedRevision": g.Revision,
				}})
				codes[i] = "OK"
				if len(r.Errors) > 0 {
					codes[i] = fmt.Sprint(r.Errors[0].Extensions["code"])
				}
			})
		}
		wg.Wait()
		if slices.Sorted(slices.Values(codes))[0] != "CONFLICT" || !slices.Contains(codes, "OK") {
			t.Errorf("outcomes %v, want one OK and one CONFLICT", codes)
		}
		recs, err := s.store.ReadStream(context.Background(), domain.GapStream(g.ID), 0)
		if err != nil {
			t.Fatal(err)
		}
		taken := 0
		for _, rec := range recs {
			if rec.Type == domain.EventGapActionTaken {
				taken++
			}
		}
		if taken != 1 {
			t.Errorf("%d GapActionTaken events written, want 1", taken)
		}
	})
}

// receiveChangesOf reads a subscription's changes until one of gap id has
// kind want, and returns the kinds of that gap's changes seen.
func receiveChangesOf(t *testing.T, sub *wsSubscription, id, want string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	var kinds []string
	for !slices.Contains(kinds, want) {
		data, err := sub.next(ctx)
		if err != nil {
			t.Errorf("waiting for %s of gap %s (saw %v): %v", want, id, kinds, err)
			return kinds
		}
		var c struct {
			GapChanged struct {
				Kind string
				At   time.Time
				Gap  struct{ ID string }
			}
		}
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatal(err)
		}
		if c.GapChanged.At.IsZero() {
			t.Errorf("change %s has no time", data)
		}
		if c.GapChanged.Gap.ID == id {
			kinds = append(kinds, c.GapChanged.Kind)
		}
	}
	return kinds
}

// sameAmount compares a Decimal the API sent with an expected amount, whatever their scales.
func sameAmount(got, want string) bool {
	d, err := decimal.NewFromString(got)
	return err == nil && d.Equal(decimal.RequireFromString(want))
}

// brScope is a BR's scope as "account/region" strings.
func (s *stack) brScope(t testing.TB, token, id string) []string {
	t.Helper()
	var out struct {
		BusinessRequest struct {
			Scope []struct{ AccountID, Region string }
		}
	}
	s.gql(t, token, `query($id: ID!) { businessRequest(id: $id) { scope { accountId region } } }`, map[string]any{"id": id}, &out)
	var scope []string
	for _, sc := range out.BusinessRequest.Scope {
		scope = append(scope, sc.AccountID+"/"+sc.Region)
	}
	return scope
}

// TestRefusalsWriteNothing: without a token, without the role, without a
// rationale, or out of turn, a mutation is refused with its code and the log
// is unchanged. The stack runs no detector, so nothing else writes.
func TestRefusalsWriteNothing(t *testing.T) {
	s := startStack(t, false)
	s.waitProjected(t, s.appendGaps(t, 0, 1))
	id := domain.GapID(domain.ScenarioNotBusinessApproved, testFinding(0).Key)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	po := s.token(t, "po-1", "PRODUCT_OWNER")

	resolve := `mutation($in: ResolveGapInput!) { resolveGap(input: $in) { gap { id } } }`
	action := func(rationale string) map[string]any {
		return map[string]any{"in": map[string]any{"gapId": id, "action": "BLOCK_MODEL", "rationale": rationale, "expectedRevision": 0}}
	}
	cases := []struct {
		name, token, query string
		vars               map[string]any
		code, says         string
	}{
		{"no token", "", actionGapMutation, action("block it"), "UNAUTHENTICATED", "not authenticated"},
		{"a product owner actions a gap", po, actionGapMutation, action("block it"), "FORBIDDEN", "FINOPS_LEAD"},
		{"blank rationale", lead, actionGapMutation, action("   "), "BAD_USER_INPUT", "rationale"},
		{"stale revision", lead, actionGapMutation, map[string]any{"in": map[string]any{
			"gapId": id, "action": "BLOCK_MODEL", "rationale": "block it", "expectedRevision": 7}}, "CONFLICT", "revision"},
		{"resolving an ACTIVE gap", lead, resolve, map[string]any{"in": map[string]any{"gapId": id, "rationale": "accepted"}}, "INVALID_TRANSITION", "ACTIVE"},
		{"an unknown gap", lead, resolve, map[string]any{"in": map[string]any{"gapId": "no-such-gap", "rationale": "accepted"}}, "NOT_FOUND", "no-such-gap"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := s.eventCount(t)
			_, r := s.postVars(t, tc.token, tc.query, tc.vars)
			if msg, _ := onlyError(t, r, tc.code); !strings.Contains(msg, tc.says) {
				t.Errorf("message %q does not say %q", msg, tc.says)
			}
			if after := s.eventCount(t); after != before {
				t.Errorf("the log went from %d to %d events", before, after)
			}
		})
	}
	if g := s.gap(t, lead, id); g.State != "ACTIVE" || g.Revision != 0 {
		t.Errorf("gap after the refusals = %v", g)
	}
}

// testFinding is a NOT_BUSINESS_APPROVED finding on model number i.
func testFinding(i int) domain.Finding {
	model := fmt.Sprintf("Model-%d", i)
	acct := []string{acctA, acctB}[i%2]
	spend := decimal.New(int64(100+i), -2)
	return domain.Finding{
		Scenario: domain.ScenarioNotBusinessApproved, Key: domain.ModelKey(model), Anchor: model,
		SuggestedActions: []domain.ActionKind{domain.ActionApproveModel, domain.ActionBlockModel},
		Evidence: domain.Evidence{
			Spend: spend, SpendByPeriod: []domain.PeriodSpend{{Period: period, Spend: spend}},
			Accounts: []string{acct}, Regions: []string{"us-east-1"}, Scopes: []domain.Scope{{AccountID: acct, Region: "us-east-1"}},
			Models: []string{model}, Principals: []domain.PrincipalEvidence{{Principal: "arn:aws:iam::" + acct + ":role/app"}},
			FirstSeen: "2025-06-01", LastSeen: "2025-06-20", Rule: "no Approved BR for the model",
		},
	}
}
