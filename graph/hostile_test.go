package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/introspection"
	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/domain"
)

const (
	submitBRMutation = `mutation($in: SubmitBusinessRequestInput!) { submitBusinessRequest(input: $in) { businessRequest { id } } }`
	registerMutation = `mutation($in: RegisterWorkloadInput!) { registerWorkload(input: $in) { workload { id } } }`
)

func brInput(owner, justification string) map[string]any {
	return map[string]any{"in": map[string]any{
		"model": "Claude Sonnet", "productOwner": owner, "justification": justification,
		"scope": []any{map[string]any{"accountId": acctA, "region": "us-east-1"}},
	}}
}

// TestHostileTextIsRefused: control characters, invisible-only text and
// over-long text are refused in every kind of text input with BAD_USER_INPUT
// naming the field, and nothing is written; the same text without them
// goes through and shows in the read models (nothing wedged).
func TestHostileTextIsRefused(t *testing.T) {
	s := startStack(t, false)
	s.waitProjected(t, s.appendGaps(t, 0, 1))
	gapID := domain.GapID(domain.ScenarioNotBusinessApproved, testFinding(0).Key)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	owner := "po-1@example.com"

	action := func(rationale string) map[string]any {
		return map[string]any{"in": map[string]any{"gapId": gapID, "action": "BLOCK_MODEL", "rationale": rationale}}
	}
	withCase := brInput(owner, "fine")
	withCase["in"].(map[string]any)["businessCase"] = map[string]any{"category": "COST_SAVING", "annualValue": "10", "description": "a\u0007b"}
	badRegion := brInput(owner, "fine")
	badRegion["in"].(map[string]any)["scope"] = []any{map[string]any{"accountId": acctA, "region": "us-east-1\u0000"}}
	cases := []struct {
		name, token, query string
		vars               map[string]any
		field              string
	}{
		{"NUL in a justification", po, submitBRMutation, brInput(owner, "ok\u0000boom"), "justification"},
		{"NUL-only rationale", lead, actionGapMutation, action("\u0000"), "rationale"},
		{"zero-width-only rationale", lead, actionGapMutation, action("\u200b\u200d\ufeff"), "rationale"},
		{"escape in a rationale", lead, actionGapMutation, action("ok \u001b[31mred"), "rationale"},
		{"over-long rationale", lead, actionGapMutation, action(strings.Repeat("x", domain.MaxProseLength+1)), "rationale"},
		{"control character in a description", po, submitBRMutation, withCase, "businessCase.description"},
		{"NUL in a region", po, submitBRMutation, badRegion, "scope[0].region"},
		{"newline in a name", po, registerMutation, map[string]any{"in": map[string]any{"name": "a\nb", "productOwner": owner, "budget": "b"}}, "name"},
		{"over-long name", po, registerMutation, map[string]any{"in": map[string]any{"name": strings.Repeat("n", domain.MaxNameLength+1), "productOwner": owner, "budget": "b"}}, "name"},
		{"C1 control in a budget", po, registerMutation, map[string]any{"in": map[string]any{"name": "w", "productOwner": owner, "budget": "b\u0085"}}, "budget"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := s.eventCount(t)
			_, r := s.postVars(t, tc.token, tc.query, tc.vars)
			if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); !strings.HasPrefix(msg, tc.field+":") {
				t.Errorf("message %q does not name %s", msg, tc.field)
			}
			if after := s.eventCount(t); after != before {
				t.Errorf("the log went from %d to %d events", before, after)
			}
		})
	}
	// Prose may span lines; the result is visible at once.
	var out struct {
		ActionGap struct{ Gap gapJSON }
	}
	s.gql(t, lead, actionGapMutation, action("blocked:\n\tsee the review"), &out)
	if out.ActionGap.Gap.State != "ACTIONED" {
		t.Errorf("gap after a multi-line rationale = %v", out.ActionGap.Gap)
	}
	// A list page leaves histories out of what it loads, yet a page that asks
	// for one gets it.
	var page struct {
		AllocationGaps struct {
			Edges []struct {
				Node struct{ History []struct{ Rationale *string } }
			}
		}
	}
	s.gql(t, lead, `{ allocationGaps(first: 5) { edges { node { history { rationale } } } } }`, nil, &page)
	if edges := page.AllocationGaps.Edges; len(edges) != 1 || len(edges[0].Node.History) != 2 || deref(edges[0].Node.History[1].Rationale) != "blocked:\n\tsee the review" {
		t.Errorf("history on a list page = %+v", edges)
	}
}

// TestProductOwnerCannotBorrowAnotherOwnersRequest: dave may neither back
// his workload with carol's approved BR nor submit one in carol's name; a
// FinOps Lead may do both.
func TestProductOwnerCannotBorrowAnotherOwnersRequest(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	carol := s.token(t, "carol", "PRODUCT_OWNER")
	dave := s.token(t, "dave", "PRODUCT_OWNER")
	leadOwner := s.token(t, "lead-2", "FINOPS_LEAD", "PRODUCT_OWNER")

	var br struct {
		SubmitBusinessRequest struct{ BusinessRequest struct{ ID string } }
	}
	s.gql(t, carol, submitBRMutation, brInput("carol@example.com", "support assistant"), &br)
	carolsBR := br.SubmitBusinessRequest.BusinessRequest.ID
	s.gql(t, lead, `mutation($id: ID!) { approveBusinessRequest(input: {businessRequestId: $id, rationale: "ok"}) { businessRequest { id } } }`,
		map[string]any{"id": carolsBR}, &struct{}{})

	register := func(owner string) map[string]any {
		return map[string]any{"in": map[string]any{"name": "chat-" + owner, "productOwner": owner, "budget": "b", "businessRequestId": carolsBR}}
	}
	for name, tc := range map[string]struct {
		query string
		vars  map[string]any
	}{
		"dave registers on carol's BR": {registerMutation, register("dave@example.com")},
		"dave submits for carol":       {submitBRMutation, brInput("carol@example.com", "on her behalf")},
	} {
		t.Run(name, func(t *testing.T) {
			before := s.eventCount(t)
			_, r := s.postVars(t, dave, tc.query, tc.vars)
			onlyError(t, r, "FORBIDDEN")
			if after := s.eventCount(t); after != before {
				t.Errorf("the log went from %d to %d events", before, after)
			}
		})
	}
	s.gql(t, carol, registerMutation, register("carol@example.com"), &struct{}{})
	s.gql(t, leadOwner, registerMutation, register("lead-2@example.com"), &struct{}{})
	s.gql(t, leadOwner, submitBRMutation, brInput("carol@example.com", "a Lead files it for her"), &struct{}{})
}

// TestHostileDocumentsAreRefused: without a token, a document of 30,000
// repeated fields is refused by the token limit while parsing, 2,000 of them
// by the selection count before validation, and 40 aliased introspections
// by the alias count there too; six introspections of the whole schema
// exceed the complexity limit. The standard GraphiQL introspection query
// still passes.
func TestHostileDocumentsAreRefused(t *testing.T) {
	api := newAPI(t, nil)
	repeat := func(n int, s string) string { return "{" + strings.Repeat(s, n) + "}" }
	aliased := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " s%d: __schema { types { name fields { name } } }", i)
		}
		return b.String() + "}"
	}
	cases := []struct{ name, query, reason, says string }{
		{"30,000 fields", repeat(30_000, " __typename"), "GRAPHQL_PARSE_FAILED", "token limit"},
		{"2,000 fields", repeat(2_000, " __typename"), "GRAPHQL_VALIDATION_FAILED", "2000 selections, more than the limit of 500"},
		{"1,000 aliased introspections", aliased(1_000), "GRAPHQL_PARSE_FAILED", "token limit"},
		{"40 aliased introspections", aliased(40), "GRAPHQL_VALIDATION_FAILED", "40 aliased fields, more than the limit of 30"},
		{"6 introspections", aliased(6), reasonComplexityLimit, "complexity 6"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, r := api.post(t, "", tc.query)
			if status != http.StatusUnprocessableEntity {
				t.Errorf("status %d, want 422", status)
			}
			msg, ext := onlyError(t, r, "BAD_USER_INPUT")
			if ext["reason"] != tc.reason || !strings.Contains(msg, tc.says) {
				t.Errorf("reason %v, message %q; want %s saying %q", ext["reason"], msg, tc.reason, tc.says)
			}
		})
	}
	status, r := api.post(t, "", introspection.Query)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("GraphiQL's introspection: status %d, errors %+v", status, r.Errors)
	}
}

// TestSlowBodyIsCutOff: a body announced as 100 bytes of which 9 arrive is
// answered 408 once the body timeout passes, instead of holding the
// connection open.
func TestSlowBodyIsCutOff(t *testing.T) {
	api := newAPI(t, func(c *ServerConfig) { c.BodyTimeout = 200 * time.Millisecond })
	conn, err := net.Dial("tcp", strings.TrimPrefix(api.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(waitLimit)) // a hang fails the test instead of blocking it
	fmt.Fprint(conn, "POST /query HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":")
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a stalled body: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestTimeout {
		t.Errorf("status %d, want 408", res.StatusCode)
	}
}

// TestBodiesThatAreNotOneRequest: a batched JSON array, a body that is not
// JSON and a request with variables of the wrong shape are BAD_REQUEST with
// a reason, and nothing is logged at ERROR (certainly not the body).
func TestBodiesThatAreNotOneRequest(t *testing.T) {
	var logged bytes.Buffer
	api := newAPI(t, func(c *ServerConfig) { c.Logger = slog.New(slog.NewTextHandler(&logged, nil)) })
	for body, says := range map[string]string{
		`[{"query":"{ me { subject } }"},{"query":"{ me { subject } }"}]`: "batched requests",
		`{"query": "{ me { subject } }"`:                                  "not valid JSON",
		`{"query": "{ me { subject } }", "variables": ["secret"]}`:        "variables must be",
		`"just a string"`: "must be a JSON object",
	} {
		t.Run(says, func(t *testing.T) {
			res, err := http.Post(api.url+"/query", "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var r gqlResponse
			if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != http.StatusBadRequest {
				t.Errorf("status %d, want 400", res.StatusCode)
			}
			if msg, _ := onlyError(t, r, "BAD_REQUEST"); !strings.Contains(msg, says) || strings.Contains(msg, "secret") {
				t.Errorf("message %q does not say %q, or echoes the body", msg, says)
			}
		})
	}
	if strings.Contains(logged.String(), "level=ERROR") || strings.Contains(logged.String(), "secret") {
		t.Errorf("log:\n%s", logged.String())
	}
}

// TestReadArgumentsObeyTheTextRule: a NUL byte in a query's argument is
// BAD_USER_INPUT naming it, and a 100 KB cursor is refused without being
// echoed.
func TestReadArgumentsObeyTheTextRule(t *testing.T) {
	s := startStack(t, false)
	token := s.token(t, "fin-1", "FINANCE")
	_, r := s.postVars(t, token, `query($id: ID!) { gap(id: $id) { id } }`, map[string]any{"id": "g\u0000"})
	if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); !strings.HasPrefix(msg, "id: control character U+0000") {
		t.Errorf("message %q", msg)
	}
	cursor := strings.Repeat("A", 100_000)
	_, r = s.postVars(t, token, `query($after: String) { allocationGaps(after: $after) { totalCount } }`, map[string]any{"after": cursor})
	if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); !strings.HasPrefix(msg, "after:") || len(msg) > 200 {
		t.Errorf("message of %d characters: %.200q", len(msg), msg)
	}
	_, r = s.postVars(t, token, `query($after: String) { allocationGaps(after: $after) { totalCount } }`, map[string]any{"after": "AAAA"})
	if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); strings.Contains(msg, "AAAA") {
		t.Errorf("a bad cursor is echoed: %q", msg)
	}
}

// legacyBR is a business request as an older version, which checked no
// text, might have recorded it straight into the log.
func legacyBR(id, justification string) domain.BusinessRequestSubmitted {
	return domain.BusinessRequestSubmitted{ID: id, Model: "Claude Sonnet", ProductOwner: "po-1@example.com",
		Scope: []domain.Scope{{AccountID: acctA, Region: "us-east-1"}}, Justification: justification,
		Requester: domain.Identity{Subject: "po-1", Roles: []domain.Role{domain.RoleProductOwner}}}
}

// TestLegacyNULEventIsReportedAndSurvived: a NUL-bearing event already in
// the log is projected with U+FFFD in the NUL's place, the projector logs a
// warning naming it, and later decisions are visible as before.
func TestLegacyNULEventIsReportedAndSurvived(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	pos := s.appendEvents(t, domain.BusinessRequestStream("legacy"), domain.Identity{Subject: "po-1"}, legacyBR("legacy", "ok\u0000boom"))
	s.waitProjected(t, pos)
	var out struct {
		ApproveBusinessRequest struct {
			BusinessRequest struct {
				Status  string
				History []struct{ Rationale string }
			}
		}
	}
	s.gql(t, lead, `mutation { approveBusinessRequest(input: {businessRequestId: "legacy", rationale: "ok"}) { businessRequest { status history { rationale } } } }`, nil, &out)
	if br := out.ApproveBusinessRequest.BusinessRequest; len(br.History) != 2 || br.History[0].Rationale != "ok\ufffdboom" || br.Status != "Approved" {
		t.Errorf("business request after approval = %+v", br)
	}
	if logs := s.logs.String(); !strings.Contains(logs, "level=WARN") || !strings.Contains(logs, "NUL") || !strings.Contains(logs, "position="+pos.String()) {
		t.Errorf("projector log does not report the NUL event at %s:\n%s", pos, logs)
	}
}

// TestStuckProjectorIsReported: an event PostgreSQL refuses (an id far too
// long for an index, as an older version might have written) stops the read
// models before it, loudly: the projector logs it at ERROR, /readyz answers
// 503 naming it, a mutation reports that its decision was recorded but is
// not yet visible, and queries still answer.
func TestStuckProjectorIsReported(t *testing.T) {
	s := startStack(t, false)
	s.resolver.VisibleWithin = time.Second
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	var longID strings.Builder // 36,000 characters that do not compress, past any index entry
	for range 1000 {
		longID.WriteString(uuid.NewString())
	}
	pos := s.appendEvents(t, "br-legacy", domain.Identity{Subject: "po-1"}, legacyBR(longID.String(), "legacy"))

	var body string
	eventually(t, "readiness reports the failing event", func() (bool, string) {
		res, err := http.Get(s.url + "/readyz")
		if err != nil {
			return false, err.Error()
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		body = string(raw)
		return res.StatusCode == http.StatusServiceUnavailable && strings.Contains(body, pos.String()), fmt.Sprintf("%d %s", res.StatusCode, raw)
	})
	if !strings.Contains(body, `BusinessRequestSubmitted in stream "br-legacy"`) {
		t.Errorf("readiness does not name the event's type and stream: %s", body)
	}
	if logs := s.logs.String(); !strings.Contains(logs, "level=ERROR") || !strings.Contains(logs, "position="+pos.String()) {
		t.Errorf("projector log does not report the failing event at %s:\n%s", pos, logs)
	}

	before := s.eventCount(t)
	_, r := s.postVars(t, po, submitBRMutation, brInput("po-1@example.com", "after the stuck event"))
	if msg, _ := onlyError(t, r, "RECORDED_NOT_VISIBLE"); !strings.Contains(msg, "recorded") || !strings.Contains(msg, "not yet visible") {
		t.Errorf("message %q", msg)
	}
	if after := s.eventCount(t); after != before+1 {
		t.Errorf("the log went from %d to %d events, want the decision recorded once", before, after)
	}
	var me struct{ Me struct{ Subject string } }
	s.gql(t, po, `{ me { subject } }`, nil, &me)
	var gaps struct{ AllocationGaps struct{ TotalCount int } }
	s.gql(t, po, `{ allocationGaps { totalCount } }`, nil, &gaps)
}

// TestTwoReplicasKeepCrossRecordRules: two API servers on one database,
// each with its own command service, take claimResource on one anchor and
// registerWorkload of one name at the same moment, round after round: one
// of each pair succeeds, the other is refused.
func TestTwoReplicasKeepCrossRecordRules(t *testing.T) {
	s := startStack(t, false)
	other := s.replica(t)
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	var w [2]struct {
		RegisterWorkload struct{ Workload struct{ ID string } }
	}
	for i := range w {
		s.gql(t, po, registerMutation, map[string]any{"in": map[string]any{"name": fmt.Sprintf("w%d", i), "productOwner": "po-1", "budget": "b"}}, &w[i])
	}
	both := func(query string, vars [2]map[string]any) [2]gqlResponse {
		var out [2]gqlResponse
		var start, done sync.WaitGroup
		start.Add(1)
		for i, api := range []testAPI{s.testAPI, other} {
			done.Go(func() {
				start.Wait()
				_, out[i] = api.postVars(t, po, query, vars[i])
			})
		}
		start.Done()
		done.Wait()
		return out
	}
	oneWins := func(what string, rs [2]gqlResponse) {
		t.Helper()
		won := 0
		for _, r := range rs {
			if len(r.Errors) == 0 {
				won++
			} else if code := r.Errors[0].Extensions["code"]; code != "BAD_USER_INPUT" && code != "CONFLICT" {
				t.Errorf("%s: the loser got %+v", what, r.Errors)
			}
		}
		if won != 1 {
			t.Errorf("%s: %d of 2 succeeded: %+v", what, won, rs)
		}
	}
	const claim = `mutation($in: ClaimResourceInput!) { claimResource(input: $in) { workload { id } } }`
	for round := range 4 {
		anchor := fmt.Sprintf("arn:aws:bedrock:us-east-1:%s:guardrail/race-%d", acctA, round)
		var vars [2]map[string]any
		for i := range vars {
			vars[i] = map[string]any{"in": map[string]any{"workloadId": w[i].RegisterWorkload.Workload.ID, "anchorType": "GUARDRAIL", "anchor": anchor}}
		}
		oneWins("claim "+anchor, both(claim, vars))
		name := fmt.Sprintf("shared-%d", round)
		reg := map[string]any{"in": map[string]any{"name": name, "productOwner": "po-1", "budget": "b"}}
		oneWins("register "+name, both(registerMutation, [2]map[string]any{reg, reg}))
	}
}

// FuzzGraphQLTextInputs: whatever text a product owner sends as a
// justification and a workload name, the API either refuses it with
// BAD_USER_INPUT or records it and shows it at once (the mutation waits for
// the read models): the projector keeps up and reports no failure. (go test
// runs the seeds; go test -fuzz explores.)
func FuzzGraphQLTextInputs(f *testing.F) {
	for _, seed := range []string{"support assistant", "ok\x00boom", "\x00", "\u200b\u200d", "line\nbreak", "tab\tin", "\u001b[2J",
		"\u0085", "\ufeffbom", "\xff\xfe", "é\u0301", "\U0001F600", strings.Repeat("x", domain.MaxNameLength+1)} {
		f.Add(seed)
	}
	s := startStack(f, false)
	po := s.token(f, "po-1", "PRODUCT_OWNER")
	f.Fuzz(func(t *testing.T, text string) {
		for _, req := range []struct{ query, field string }{
			{submitBRMutation, "justification"},
			{registerMutation, "name"},
		} {
			in := brInput("po-1", text)
			if req.field == "name" {
				in = map[string]any{"in": map[string]any{"name": text + uuid.NewString(), "productOwner": "po-1", "budget": "b"}}
			}
			_, r := s.postVars(t, po, req.query, in)
			if len(r.Errors) > 0 && (len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT") {
				t.Fatalf("%s %q: errors %+v, want none or one BAD_USER_INPUT", req.field, text, r.Errors)
			}
		}
		if err := s.queries.ProjectorHealth(t.Context()); err != nil {
			t.Fatal(err)
		}
	})
}
