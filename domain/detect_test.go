package domain

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// Fixtures shared by the detection, allocation and value tests.
const (
	fxAccount   = "111111111111"
	fxAccount2  = "222222222222"
	fxModel     = "Claude4.6Sonnet"
	fxModelKey  = "claude46sonnet"
	fxBroadRole = "arn:aws:iam::111111111111:role/AWSAdministratorAccess"
	fxChatRole  = "arn:aws:iam::111111111111:role/finops-ai-chat"
	fxUser      = "arn:aws:iam::111111111111:user/alice"
	fxGuardrail = "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1"
	fxWorkspace = "arn:aws:aws-external-anthropic:us-east-1:111111111111:workspace/wrkspc_1"
)

func money(s string) Decimal { return decimal.RequireFromString(s) }

// aiFact is one day of Bedrock model usage with no principal, changed by edits.
func aiFact(edits ...func(*SpendFact)) SpendFact {
	f := SpendFact{
		Source: "cur", Period: "2025-06", Day: "2025-06-20", BillingEntity: "AWS",
		AccountID: fxAccount, Region: "us-east-1", ProductCode: "AmazonBedrock",
		Operation: "InvokeModelInference", UsageType: "USE1-Claude4.6Sonnet-input-tokens",
		Model: fxModel, LineType: "Usage", Quantity: money("10"), Cost: money("1.25"),
	}
	for _, e := range edits {
		e(&f)
	}
	return f
}

func by(principal string) func(*SpendFact) { return func(f *SpendFact) { f.Principal = principal } }
func on(day string) func(*SpendFact) {
	return func(f *SpendFact) { f.Day, f.Period = day, day[:7] }
}
func in(region string) func(*SpendFact) { return func(f *SpendFact) { f.Region = region } }
func costing(c string) func(*SpendFact) { return func(f *SpendFact) { f.Cost = money(c) } }
func lineType(t string) func(*SpendFact) {
	return func(f *SpendFact) { f.LineType = t }
}

func guardrailFact(edits ...func(*SpendFact)) SpendFact {
	return aiFact(append([]func(*SpendFact){func(f *SpendFact) {
		f.Operation, f.UsageType, f.Model, f.ResourceID = "ApplyGuardrail", "USE1-Guardrail-ContentPolicyUnitsConsumed", "", fxGuardrail
	}}, edits...)...)
}

func workspaceReportFact() SpendFact {
	return SpendFact{Source: "claude", Period: "2025-06", Day: "2025-06-20", WorkspaceID: "wrkspc_1",
		Model: "claude-sonnet-4-6", LineType: "Usage", Cost: money("3")}
}

func approvedBR(id, model string, scope ...Scope) *BusinessRequest {
	return &BusinessRequest{ID: id, Model: model, Status: BRApproved, Scope: scope}
}

func costSaving(v string) *BusinessCase {
	return &BusinessCase{Category: ValueCostSaving, AnnualValue: money(v), DeclaredBy: Identity{Subject: "po"}}
}

// backedWorkload has a business case, so it raises no UNBACKED finding.
func backedWorkload(id string, claims ...*Claim) *Workload {
	w := &Workload{ID: id, Name: id + "-name", Budget: id + "-budget", BusinessCase: costSaving("1000")}
	for _, c := range claims {
		c.WorkloadID = id
		w.Claims = append(w.Claims, c)
	}
	return w
}

func claimOn(id string, t AnchorType, anchor string) *Claim {
	return &Claim{ID: id, AnchorType: t, Anchor: anchor, EffectiveFrom: "2025-01-01"}
}

func add(g *Governance, records ...any) *Governance {
	for _, r := range records {
		switch r := r.(type) {
		case *BusinessRequest:
			g.BusinessRequests[r.ID] = r
		case *Workload:
			g.Workloads[r.ID] = r
		}
	}
	return g
}

var inScope = Scope{AccountID: fxAccount, Region: "us-east-1"}

func findingIDs(d Detection) []string {
	ids := []string{}
	for _, f := range d.Findings {
		ids = append(ids, string(f.Scenario)+" "+f.Key)
	}
	return ids
}

func TestDetectScenarios(t *testing.T) {
	approved := func() *Governance { return add(NewGovernance(), approvedBR("br-1", fxModel, inScope)) }
	tests := []struct {
		name  string
		facts []SpendFact
		gov   *Governance
		want  []string
	}{
		{"usage with no principal in an approved scope raises nothing", []SpendFact{aiFact()}, approved(), nil},

		// 1 ROLE_RECOMMENDATION
		{"broad role", []SpendFact{aiFact(by(fxBroadRole))}, approved(),
			[]string{"ROLE_RECOMMENDATION 111111111111|" + fxBroadRole}},
		{"SSO admin role with its hash", []SpendFact{aiFact(by("arn:aws:iam::111111111111:role/AWSReservedSSO_AdministratorAccess_0a1b2c"))}, approved(),
			[]string{"ROLE_RECOMMENDATION 111111111111|arn:aws:iam::111111111111:role/AWSReservedSSO_AdministratorAccess_0a1b2c"}},
		{"assumed-role caller is keyed on its role", []SpendFact{aiFact(by("arn:aws:sts::111111111111:assumed-role/AWSPowerUserAccess/bob@example.com"))}, approved(),
			[]string{"ROLE_RECOMMENDATION 111111111111|arn:aws:iam::111111111111:role/AWSPowerUserAccess"}},
		{"broad name in another case is not broad", []SpendFact{aiFact(by("arn:aws:iam::111111111111:role/awsadministratoraccess"))}, approved(), nil},
		{"broad name with a suffix is not broad", []SpendFact{aiFact(by("arn:aws:iam::111111111111:role/AWSAdministratorAccessReadOnly"))}, approved(), nil},

		// 2 NOT_BUSINESS_APPROVED
		{"unapproved model used by a user", []SpendFact{aiFact(by(fxUser))}, NewGovernance(),
			[]string{"NOT_BUSINESS_APPROVED " + fxModelKey}},
		{"unapproved model used by an unclaimed role", []SpendFact{aiFact(by("arn:aws:iam::111111111111:role/app"))}, NewGovernance(),
			[]string{"NOT_BUSINESS_APPROVED " + fxModelKey}},
		{"a Submitted BR approves nothing", []SpendFact{aiFact(by(fxUser))},
			add(NewGovernance(), &BusinessRequest{ID: "br-1", Model: fxModel, Status: BRSubmitted, Scope: []Scope{inScope}}),
			[]string{"NOT_BUSINESS_APPROVED " + fxModelKey}},
		{"a Withdrawn BR approves nothing", []SpendFact{aiFact(by(fxUser))},
			add(NewGovernance(), &BusinessRequest{ID: "br-1", Model: fxModel, Status: BRWithdrawn, Scope: []Scope{inScope}}),
			[]string{"NOT_BUSINESS_APPROVED " + fxModelKey}},
		{"unapproved model used by a claimed role", []SpendFact{aiFact(by(fxChatRole))},
			add(NewGovernance(), backedWorkload("wl-1", claimOn("c-1", AnchorIAMRole, fxChatRole))), nil},
		{"Marketplace row without principal", []SpendFact{aiFact(func(f *SpendFact) {
			f.BillingEntity, f.ProductCode, f.Model, f.UsageType = "AWS Marketplace", "prod-abc", "Claude 4.6 Sonnet", "USE1-MP:Tokens"
		})}, NewGovernance(), nil},

		// 3 OUT_OF_APPROVED_SCOPE
		{"approved model inside its scope", []SpendFact{aiFact(by(fxUser))}, approved(), nil},
		{"approved model outside its scope", []SpendFact{aiFact(in("us-west-2"))}, approved(),
			[]string{"OUT_OF_APPROVED_SCOPE " + fxModelKey + "|111111111111|us-west-2"}},
		{"scopes of all Approved BRs for the model count", []SpendFact{aiFact(in("us-west-2")), aiFact()},
			add(approved(), approvedBR("br-2", "Claude 4.6 Sonnet", Scope{AccountID: fxAccount, Region: "us-west-2"})), nil},
		{"scope of a BR for another model does not count", []SpendFact{aiFact(in("us-west-2"))},
			add(approved(), approvedBR("br-2", "Llama3", Scope{AccountID: fxAccount, Region: "us-west-2"})),
			[]string{"OUT_OF_APPROVED_SCOPE " + fxModelKey + "|111111111111|us-west-2"}},

		// 4 UNCLAIMED_AI_ALLOCATION
		{"unclaimed dedicated role", []SpendFact{aiFact(by(fxChatRole))}, approved(),
			[]string{"UNCLAIMED_AI_ALLOCATION " + fxChatRole}},
		{"claimed dedicated role", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), backedWorkload("wl-1", claimOn("c-1", AnchorIAMRole, fxChatRole))), nil},
		{"a claim effective later is current for detection", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), backedWorkload("wl-1", &Claim{ID: "c-1", AnchorType: AnchorIAMRole, Anchor: fxChatRole, EffectiveFrom: "2025-12-01"})), nil},
		{"a released claim is not current", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), backedWorkload("wl-1", &Claim{ID: "c-1", AnchorType: AnchorIAMRole, Anchor: fxChatRole, EffectiveFrom: "2025-01-01", ReleasedFrom: "2025-06-30"})),
			[]string{"UNCLAIMED_AI_ALLOCATION " + fxChatRole}},
		{"the same role name claimed in another account", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), backedWorkload("wl-1", claimOn("c-1", AnchorIAMRole, "arn:aws:iam::222222222222:role/finops-ai-chat"))),
			[]string{"UNCLAIMED_AI_ALLOCATION " + fxChatRole}},
		{"unclaimed Claude Platform workspace", []SpendFact{workspaceReportFact()}, NewGovernance(),
			[]string{"UNCLAIMED_AI_ALLOCATION workspace/wrkspc_1"}},
		{"workspace claimed by ARN, reported by id", []SpendFact{workspaceReportFact()},
			add(NewGovernance(), backedWorkload("wl-1", claimOn("c-1", AnchorClaudeWorkspace, fxWorkspace))), nil},

		// 5 RESOURCE_ALLOCATION
		{"unclaimed guardrail", []SpendFact{guardrailFact()}, NewGovernance(),
			[]string{"RESOURCE_ALLOCATION " + fxGuardrail}},
		{"guardrail known by its usage type only", []SpendFact{guardrailFact(func(f *SpendFact) { f.Operation = "Usage" })}, NewGovernance(),
			[]string{"RESOURCE_ALLOCATION " + fxGuardrail}},
		{"guardrail claimed as GUARDRAIL", []SpendFact{guardrailFact()},
			add(NewGovernance(), backedWorkload("wl-1", claimOn("c-1", AnchorGuardrail, fxGuardrail))), nil},
		{"guardrail claimed as RESOURCE", []SpendFact{guardrailFact()},
			add(NewGovernance(), backedWorkload("wl-1", claimOn("c-1", AnchorResource, fxGuardrail))), nil},
		{"another guardrail's claim does not count", []SpendFact{guardrailFact()},
			add(NewGovernance(), backedWorkload("wl-1", claimOn("c-1", AnchorGuardrail, fxGuardrail+"x"))),
			[]string{"RESOURCE_ALLOCATION " + fxGuardrail}},

		// 6 UNBACKED_AI_WORKLOAD
		{"workload with claimed spend and no business case", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), &Workload{ID: "wl-1", Claims: []*Claim{claimOn("c-1", AnchorIAMRole, fxChatRole)}}),
			[]string{"UNBACKED_AI_WORKLOAD wl-1"}},
		{"workload whose Submitted BR has a business case", []SpendFact{aiFact(by(fxChatRole))},
			add(approved(), &BusinessRequest{ID: "br-2", Model: fxModel, Status: BRSubmitted, BusinessCase: costSaving("10")},
				&Workload{ID: "wl-1", BusinessRequestID: "br-2", Claims: []*Claim{claimOn("c-1", AnchorIAMRole, fxChatRole)}}), nil},
		{"workload with only an estimate", nil,
			add(NewGovernance(), &Workload{ID: "wl-1", MonthlyEstimate: new(money("500"))}),
			[]string{"UNBACKED_AI_WORKLOAD wl-1"}},
		{"workload with neither spend nor estimate", []SpendFact{aiFact()},
			add(approved(), &Workload{ID: "wl-1", Claims: []*Claim{claimOn("c-1", AnchorIAMRole, fxChatRole)}}), nil},
		{"workload whose claim was released", []SpendFact{aiFact(by(fxUser))},
			add(approved(), &Workload{ID: "wl-1", Claims: []*Claim{{ID: "c-1", AnchorType: AnchorIAMRole, Anchor: fxChatRole, EffectiveFrom: "2025-01-01", ReleasedFrom: "2025-06-01"}}}), nil},

		// Adjustments and the window
		{"adjustment lines never gap spend", []SpendFact{
			aiFact(by(fxBroadRole), lineType("Credit"), costing("-5")), aiFact(by(fxUser), lineType("Tax")),
			guardrailFact(lineType("Refund")), aiFact(by(fxChatRole), lineType("Fee")), aiFact(by(fxUser), lineType("Tax"), in("eu-west-1")),
		}, NewGovernance(), nil},
		{"spend before the window", []SpendFact{aiFact(by(fxBroadRole), on("2025-05-21")), aiFact(on("2025-06-20"))}, approved(), nil},
		{"the window's first day is in", []SpendFact{aiFact(by(fxBroadRole), on("2025-05-22")), aiFact(on("2025-06-20"))}, approved(),
			[]string{"ROLE_RECOMMENDATION 111111111111|" + fxBroadRole}},
		{"an adjustment's day ends the window", []SpendFact{aiFact(by(fxBroadRole), on("2025-05-22")), aiFact(on("2025-06-21"), lineType("Credit"))}, approved(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findingIDs(Detect(tt.facts, tt.gov))
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("findings = %q, want %q", got, want)
			}
		})
	}
}

func TestDetectFindingFields(t *testing.T) {
	g := add(NewGovernance(),
		approvedBR("br-2", fxModel, inScope), approvedBR("br-1", "Claude 4.6 Sonnet", Scope{AccountID: fxAccount2, Region: "us-east-1"}),
		&Workload{ID: "wl-1", Name: "Chat assistant", BusinessRequestID: "br-9", MonthlyEstimate: new(money("250.00")),
			Claims: []*Claim{claimOn("c-1", AnchorIAMRole, "arn:aws:iam::111111111111:role/AWSAdministratorAccess")}},
		&Workload{ID: "wl-2", Name: "Batch", MonthlyEstimate: new(money("40"))},
	)
	d := Detect([]SpendFact{
		aiFact(by(fxBroadRole)),
		aiFact(in("eu-west-1")),
		aiFact(func(f *SpendFact) {
			f.Source, f.AccountID, f.Region, f.WorkspaceID, f.ResourceID = "cur", fxAccount, "us-east-1", "wrkspc_1", fxWorkspace
		}),
	}, g)
	byScenario := map[Scenario]Finding{}
	for _, f := range d.Findings {
		byScenario[f.Scenario] = f
	}
	role := byScenario[ScenarioRoleRecommendation]
	if role.Anchor != fxBroadRole || role.WorkloadID != "wl-1" || !slices.Equal(role.SuggestedActions, []ActionKind{ActionRecommendDedicatedRole}) {
		t.Errorf("role finding = %+v", role)
	}
	scope := byScenario[ScenarioOutOfApprovedScope]
	if scope.Anchor != fxModel+"|111111111111|eu-west-1" || scope.BusinessRequestID != "br-1" ||
		!slices.Equal(scope.SuggestedActions, []ActionKind{ActionAddScope, ActionFlagForMove}) {
		t.Errorf("scope finding = %+v", scope)
	}
	ws := byScenario[ScenarioUnclaimedAIAllocation]
	if ws.Key != "workspace/wrkspc_1" || ws.Anchor != fxWorkspace || !slices.Equal(ws.SuggestedActions, []ActionKind{ActionNotifyProductOwner}) {
		t.Errorf("workspace finding = %+v", ws)
	}
	var unbacked []Finding
	for _, f := range d.Findings {
		if f.Scenario == ScenarioUnbackedAIWorkload {
			unbacked = append(unbacked, f)
		}
	}
	if len(unbacked) != 2 {
		t.Fatalf("unbacked findings = %+v, want wl-1 and wl-2", unbacked)
	}
	wl1, wl2 := unbacked[0], unbacked[1]
	if wl1.Key != "wl-1" || wl1.WorkloadID != "wl-1" || wl1.Anchor != "Chat assistant" || wl1.BusinessRequestID != "br-9" ||
		!wl1.Evidence.Spend.Equal(money("1.25")) || !strings.Contains(wl1.Evidence.Rule, "spend charged to its budget") ||
		!strings.Contains(wl1.Evidence.Rule, "250 USD") {
		t.Errorf("wl-1 finding = %+v", wl1)
	}
	if wl2.Key != "wl-2" || !wl2.Evidence.Spend.IsZero() || len(wl2.Evidence.SpendByPeriod) != 0 || wl2.Evidence.FirstSeen != "" ||
		strings.Contains(wl2.Evidence.Rule, "spend charged to its budget") || !slices.Equal(wl2.SuggestedActions, []ActionKind{ActionRequestBusinessCase}) {
		t.Errorf("estimate-only finding = %+v", wl2)
	}
}

func TestDetectEvidence(t *testing.T) {
	profile := "arn:aws:bedrock:us-east-1:111111111111:inference-profile/us.anthropic.claude"
	facts := []SpendFact{
		aiFact(by(fxBroadRole), costing("1.10"), func(f *SpendFact) {
			f.Sessions, f.ResourceID, f.Tags = []string{"alice", "bob"}, profile, []string{"iamPrincipal/team=chat", "user:project=assist"}
		}),
		aiFact(by(fxBroadRole), on("2025-05-28"), in("us-west-2"), costing("2.40"), func(f *SpendFact) {
			f.Sessions, f.Model, f.Tags = []string{"carol", "dave"}, "Llama3", []string{"iamPrincipal/cost-center=cc-1", "iamPrincipal/team=chat"}
		}),
		aiFact(by(fxBroadRole), on("2025-06-21"), costing("0.50"), func(f *SpendFact) { f.Sessions = []string{"aaron"} }),
	}
	g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope), approvedBR("br-2", "Llama3", Scope{AccountID: fxAccount, Region: "us-west-2"}))
	d := Detect(facts, g)
	if len(d.Findings) != 1 {
		t.Fatalf("findings = %q, want only the role recommendation", findingIDs(d))
	}
	got := d.Findings[0].Evidence
	want := Evidence{
		Spend:         money("4"),
		SpendByPeriod: []PeriodSpend{{Period: "2025-05", Spend: money("2.4")}, {Period: "2025-06", Spend: money("1.6")}},
		Accounts:      []string{fxAccount},
		Regions:       []string{"us-east-1", "us-west-2"},
		Scopes:        []Scope{inScope, {AccountID: fxAccount, Region: "us-west-2"}},
		Models:        []string{fxModel, "Llama3"},
		Principals:    []PrincipalEvidence{{Principal: fxBroadRole, Sessions: []string{"aaron", "alice", "bob"}}},
		ResourceIDs:   []string{profile},
		Tags:          []string{"iamPrincipal/cost-center=cc-1", "iamPrincipal/team=chat", "user:project=assist"},
		FirstSeen:     "2025-05-28",
		LastSeen:      "2025-06-21",
		Rule:          got.Rule,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence =\n%+v\nwant\n%+v", got, want)
	}
	if !strings.Contains(got.Rule, `"AWSAdministratorAccess"`) {
		t.Errorf("rule %q does not name the pattern", got.Rule)
	}
	// The evidence the detector records must read back equal.
	data, err := json.Marshal(d.Findings[0])
	if err != nil {
		t.Fatal(err)
	}
	var back Finding
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, d.Findings[0]) {
		t.Errorf("finding after a JSON round trip =\n%+v\nwant\n%+v", back, d.Findings[0])
	}
}

// TestDetectEvidenceTagsAreCapped: a finding keeps the 20 smallest tags of
// its facts, whatever their order.
func TestDetectEvidenceTagsAreCapped(t *testing.T) {
	var facts []SpendFact
	var all []string
	for i := range 30 {
		tags := []string{fmt.Sprintf("user:n=%02d", 29-i), "iamPrincipal/team=chat"}
		all = append(all, tags[0])
		facts = append(facts, aiFact(by(fxBroadRole), func(f *SpendFact) { f.Tags = tags }))
	}
	slices.Sort(all)
	want := append([]string{"iamPrincipal/team=chat"}, all[:maxEvidenceTags-1]...)
	reversed := slices.Clone(facts)
	slices.Reverse(reversed)
	for _, order := range [][]SpendFact{facts, reversed} {
		d := Detect(order, add(NewGovernance(), approvedBR("br-1", fxModel, inScope)))
		if len(d.Findings) != 1 {
			t.Fatalf("findings = %q, want only the role recommendation", findingIDs(d))
		}
		if got := d.Findings[0].Evidence.Tags; !reflect.DeepEqual(got, want) {
			t.Errorf("tags %q, want %q", got, want)
		}
	}
}

func TestDetectSummary(t *testing.T) {
	g := add(NewGovernance(), approvedBR("br-1", "Llama3", inScope),
		backedWorkload("wl-1", claimOn("c-1", AnchorGuardrail, fxGuardrail)))
	facts := []SpendFact{
		aiFact(by(fxBroadRole), costing("3")), // ROLE_RECOMMENDATION and NOT_BUSINESS_APPROVED: counted once
		aiFact(costing("0.7"), func(f *SpendFact) { f.ProductCode, f.Model, f.Operation = "AmazonBedrockAgentCore", "", "Runtime" }), // unanchored
		guardrailFact(costing("0.2")),                                               // claimed: neither
		aiFact(by(fxUser), lineType("Credit"), costing("-5")),                       // adjustment: neither
		aiFact(by(fxUser), on("2025-04-01"), costing("9")),                          // outside the window
		aiFact(by(fxUser), costing("1"), func(f *SpendFact) { f.Model = "Llama3" }), // approved, in scope, has a principal
	}
	d := Detect(facts, g)
	if got := findingIDs(d); !slices.Equal(got, []string{"ROLE_RECOMMENDATION 111111111111|" + fxBroadRole, "NOT_BUSINESS_APPROVED " + fxModelKey}) {
		t.Fatalf("findings = %q", got)
	}
	want := DetectionSummary{WindowStart: "2025-05-22", WindowEnd: "2025-06-20", TotalGapSpend: money("3"), UnanchoredSpend: money("0.7")}
	if !reflect.DeepEqual(d.Summary, want) {
		t.Errorf("summary = %+v, want %+v", d.Summary, want)
	}
}

// UNBACKED_AI_WORKLOAD counts exactly the spend the budget allocation
// charges the workload: by the claim in force on each usage day.
func TestDetectUnbackedCountsWhatAllocationCharges(t *testing.T) {
	unbacked := func(id string, c *Claim) *Workload {
		c.WorkloadID = id
		return &Workload{ID: id, Name: id + "-name", Budget: id + "-budget", Claims: []*Claim{c}}
	}
	tests := []struct {
		name        string
		workload    *Workload
		facts       []SpendFact
		want        []string // findings
		spend       string   // of the UNBACKED finding
		first, last string
	}{
		{
			name: "role claim released on the 20th: the spend until then is the workload's",
			workload: unbacked("wl-1", &Claim{ID: "c-1", AnchorType: AnchorIAMRole, Anchor: fxChatRole,
				EffectiveFrom: "2025-06-01", ReleasedFrom: "2025-06-21"}),
			facts: []SpendFact{
				aiFact(by(fxChatRole), on("2025-06-18"), costing("1")), aiFact(by(fxChatRole), on("2025-06-20"), costing("2")),
				aiFact(by(fxChatRole), on("2025-06-21"), costing("4")), aiFact(by(fxChatRole), on("2025-06-25"), costing("8")),
			},
			want:  []string{"UNCLAIMED_AI_ALLOCATION " + fxChatRole, "UNBACKED_AI_WORKLOAD wl-1"},
			spend: "3", first: "2025-06-18", last: "2025-06-20",
		},
		{
			name: "guardrail claim effective on the 5th: the 2nd to the 4th are not the workload's",
			workload: unbacked("wl-2", &Claim{ID: "c-2", AnchorType: AnchorGuardrail, Anchor: fxGuardrail,
				EffectiveFrom: "2025-06-05"}),
			facts: []SpendFact{
				guardrailFact(on("2025-06-02"), costing("1")), guardrailFact(on("2025-06-03"), costing("1")),
				guardrailFact(on("2025-06-04"), costing("1")), guardrailFact(on("2025-06-05"), costing("2")),
				guardrailFact(on("2025-06-10"), costing("5")),
			},
			want:  []string{"UNBACKED_AI_WORKLOAD wl-2"},
			spend: "7", first: "2025-06-05", last: "2025-06-10",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope), tt.workload)
			d := Detect(tt.facts, g)
			if got := findingIDs(d); !slices.Equal(got, tt.want) {
				t.Fatalf("findings = %q, want %q", got, tt.want)
			}
			f := d.Findings[len(d.Findings)-1]
			if !f.Evidence.Spend.Equal(money(tt.spend)) || f.Evidence.FirstSeen != tt.first || f.Evidence.LastSeen != tt.last {
				t.Errorf("evidence: spend %s, %s..%s; want %s, %s..%s", f.Evidence.Spend, f.Evidence.FirstSeen, f.Evidence.LastSeen, tt.spend, tt.first, tt.last)
			}
			charged := Decimal{}
			for _, e := range AllocatePeriod(tt.facts, g, "2025-06").Entries {
				if e.Basis == BasisAfter && e.WorkloadID == tt.workload.ID {
					charged = charged.Add(e.Amount)
				}
			}
			if !charged.Equal(f.Evidence.Spend) {
				t.Errorf("allocation charged the workload %s, the finding counts %s", charged, f.Evidence.Spend)
			}
		})
	}
}

func TestDetectWindowDaysSetting(t *testing.T) {
	g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope))
	g.Settings.WindowDays = 7
	facts := []SpendFact{aiFact(by(fxBroadRole), on("2025-06-13")), aiFact(on("2025-06-20"))}
	if got := Detect(facts, g); len(got.Findings) != 0 || got.Summary.WindowStart != "2025-06-14" {
		t.Errorf("7-day window: findings %q, summary %+v", findingIDs(got), got.Summary)
	}
	g.Settings.WindowDays = 8
	if got := Detect(facts, g); len(got.Findings) != 1 || got.Summary.WindowStart != "2025-06-13" {
		t.Errorf("8-day window: findings %q, summary %+v", findingIDs(got), got.Summary)
	}
}

// A billing-period window is one calendar month: the latest with usage, or
// the one set.
func TestDetectBillingPeriodWindow(t *testing.T) {
	g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope))
	g.Settings.WindowMode = WindowBillingPeriod
	facts := []SpendFact{aiFact(by(fxBroadRole), on("2025-05-31")), aiFact(by(fxUser), on("2025-06-01")), aiFact(on("2025-06-20"))}
	tests := []struct {
		period, start, end string
		findings           int
	}{
		{"", "2025-06-01", "2025-06-30", 0},        // June: the broad role's May spend is out
		{"2025-05", "2025-05-01", "2025-05-31", 1}, // May: only the broad role's spend
		{"2025-02", "2025-02-01", "2025-02-28", 0}, // a month with no usage
	}
	for _, tt := range tests {
		g.Settings.BillingPeriod = tt.period
		d := Detect(facts, g)
		if d.Summary.WindowStart != tt.start || d.Summary.WindowEnd != tt.end || len(d.Findings) != tt.findings {
			t.Errorf("billing period %q: window %s..%s, findings %q; want %s..%s and %d", tt.period,
				d.Summary.WindowStart, d.Summary.WindowEnd, findingIDs(d), tt.start, tt.end, tt.findings)
		}
	}
	if start, end := DetectionWindow(nil, g.Settings); start != "2025-02-01" || end != "2025-02-28" {
		t.Errorf("a set billing period without spend: %s..%s", start, end)
	}
	g.Settings.BillingPeriod = ""
	if start, end := DetectionWindow(nil, g.Settings); start != "" || end != "" {
		t.Errorf("the latest billing period without spend: %q..%q, want no window", start, end)
	}
}

func TestDetectSettingsPatterns(t *testing.T) {
	g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope))
	g.Settings.BroadRolePatterns = []string{"Dev*"}
	g.Settings.DedicatedRolePattern = "ai-*"
	facts := []SpendFact{
		aiFact(by(fxBroadRole)), aiFact(by(fxChatRole)),
		aiFact(by("arn:aws:iam::111111111111:role/DevAll")), aiFact(by("arn:aws:iam::111111111111:role/ai-search")),
	}
	want := []string{
		"ROLE_RECOMMENDATION 111111111111|arn:aws:iam::111111111111:role/DevAll",
		"UNCLAIMED_AI_ALLOCATION arn:aws:iam::111111111111:role/ai-search",
	}
	if got := findingIDs(Detect(facts, g)); !slices.Equal(got, want) {
		t.Errorf("findings = %q, want %q", got, want)
	}
}

// propertyGovernance and randomFacts draw from small pools so that facts
// collide on every anchor and every scenario fires.
func propertyGovernance() *Governance {
	return add(NewGovernance(),
		approvedBR("br-1", fxModel, inScope), approvedBR("br-2", "Llama3", Scope{AccountID: fxAccount2, Region: "us-west-2"}),
		&BusinessRequest{ID: "br-3", Model: "Nova", Status: BRSubmitted, BusinessCase: costSaving("5")},
		backedWorkload("wl-backed", claimOn("c-1", AnchorIAMRole, fxChatRole), claimOn("c-2", AnchorGuardrail, fxGuardrail)),
		&Workload{ID: "wl-unbacked", BusinessRequestID: "br-1", Claims: []*Claim{claimOn("c-3", AnchorIAMRole, "arn:aws:iam::222222222222:role/finops-ai-batch")}},
		&Workload{ID: "wl-estimate", BusinessRequestID: "br-3", MonthlyEstimate: new(money("10"))},
		&Workload{ID: "wl-estimate-unbacked", MonthlyEstimate: new(money("10")), Claims: []*Claim{claimOn("c-4", AnchorClaudeWorkspace, "wrkspc_2")}},
	)
}

func randomFacts(rng *rand.Rand, n int) []SpendFact {
	principals := []string{"", "", fxBroadRole, fxChatRole, fxUser, "arn:aws:iam::222222222222:role/finops-ai-batch",
		"arn:aws:iam::222222222222:role/finops-ai-other", "arn:aws:iam::111111111111:role/AWSReservedSSO_PowerUserAccess_99"}
	models := []string{fxModel, "Claude 4.6 Sonnet", "Llama3", "Nova", ""}
	regions := []string{"us-east-1", "us-west-2", "eu-west-1"}
	accounts := []string{fxAccount, fxAccount2}
	lineTypes := []string{"Usage", "Usage", "DiscountedUsage", "SavingsPlanCoveredUsage", "Credit", "Tax"}
	resources := []string{"", "", fxGuardrail, fxGuardrail + "-2", fxWorkspace}
	sessions := []string{"a", "b", "c", "d", "e"}
	facts := make([]SpendFact, n)
	for i := range facts {
		f := aiFact(by(principals[rng.IntN(len(principals))]), in(regions[rng.IntN(len(regions))]),
			on(fmt.Sprintf("2025-%02d-%02d", 5+rng.IntN(2), 1+rng.IntN(30))))
		f.AccountID = accounts[rng.IntN(len(accounts))]
		f.Model = models[rng.IntN(len(models))]
		f.LineType = lineTypes[rng.IntN(len(lineTypes))]
		f.Cost = decimal.New(rng.Int64N(1_000_000), -int32(rng.IntN(8)))
		switch r := resources[rng.IntN(len(resources))]; {
		case r == fxWorkspace:
			f.ResourceID, f.WorkspaceID = r, "wrkspc_1"
		case r != "" && rng.IntN(2) == 0:
			f.ResourceID, f.Operation, f.Principal = r, "ApplyGuardrail", ""
		case rng.IntN(4) == 0:
			f.WorkspaceID, f.AccountID = "wrkspc_2", ""
		}
		if f.Principal != "" {
			f.Sessions = []string{sessions[rng.IntN(len(sessions))]}
		}
		for range rng.IntN(3) {
			f.Tags = KeepSmallest(f.Tags, "user:project="+sessions[rng.IntN(len(sessions))], MaxFactTags)
		}
		facts[i] = f
	}
	return facts
}

func TestDetectIsDeterministicAndOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	g := propertyGovernance()
	seen := map[Scenario]bool{}
	for range 200 {
		facts := randomFacts(rng, 1+rng.IntN(60))
		want := Detect(facts, g)
		shuffled := slices.Clone(facts)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Detect(shuffled, g); !reflect.DeepEqual(got, want) {
			t.Fatalf("detection depends on fact order:\n%+v\nvs\n%+v", got, want)
		}
		for _, f := range want.Findings {
			seen[f.Scenario] = true
		}
		// Each dollar behind a finding counts once: the total is no more than
		// the positive attributable spend in the window, and no less than the
		// largest finding.
		var windowSpend Decimal
		for _, f := range facts {
			if f.Attributable() && f.Day >= want.Summary.WindowStart && f.Day <= want.Summary.WindowEnd {
				windowSpend = windowSpend.Add(f.Cost)
			}
		}
		if want.Summary.TotalGapSpend.Add(want.Summary.UnanchoredSpend).GreaterThan(windowSpend) {
			t.Fatalf("gap %s + unanchored %s exceeds window spend %s", want.Summary.TotalGapSpend, want.Summary.UnanchoredSpend, windowSpend)
		}
		for _, f := range want.Findings {
			if f.Evidence.Spend.GreaterThan(want.Summary.TotalGapSpend) {
				t.Fatalf("finding %s %s spend %s exceeds total gap spend %s", f.Scenario, f.Key, f.Evidence.Spend, want.Summary.TotalGapSpend)
			}
		}
	}
	for _, s := range AllScenarios {
		if !seen[s] {
			t.Errorf("the random facts never raised %s; the property covers too little", s)
		}
	}
}

// BenchmarkDetect: 1M facts over 20k roles, 10k of them claimed by 10k
// workloads, plus broad roles, users, guardrails and workspaces.
func BenchmarkDetect(b *testing.B) {
	const nFacts, nWorkloads = 1_000_000, 10_000
	g := add(NewGovernance(), approvedBR("br-1", fxModel, inScope))
	roles := make([]string, 2*nWorkloads)
	for i := range roles {
		roles[i] = fmt.Sprintf("arn:aws:iam::%012d:role/finops-ai-wl-%d", 100000000000+i%50, i)
	}
	for i := range nWorkloads {
		w := &Workload{ID: fmt.Sprintf("wl-%05d", i), Budget: "b", Claims: []*Claim{claimOn(fmt.Sprintf("c-%d", i), AnchorIAMRole, roles[i])}}
		if i%2 == 0 {
			w.BusinessCase = costSaving("1")
		}
		g.Workloads[w.ID] = w
	}
	rng := rand.New(rand.NewPCG(3, 4))
	regions := []string{"us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"}
	models := []string{fxModel, "Llama3", "Nova", "Titan"}
	facts := make([]SpendFact, nFacts)
	for i := range facts {
		f := aiFact(in(regions[rng.IntN(len(regions))]), on(fmt.Sprintf("2025-06-%02d", 1+rng.IntN(30))))
		f.Model = models[rng.IntN(len(models))]
		f.Cost = decimal.New(rng.Int64N(10_000_000), -8)
		switch k := rng.IntN(10); {
		case k < 7:
			f.Principal, f.Sessions = roles[rng.IntN(len(roles))], []string{"s"}
		case k == 7:
			f.Principal = fxBroadRole
		case k == 8:
			f.Operation, f.Model, f.ResourceID = "ApplyGuardrail", "", fmt.Sprintf("%s-%d", fxGuardrail, rng.IntN(100))
		default:
			f.WorkspaceID = fmt.Sprintf("wrkspc_%d", rng.IntN(100))
		}
		facts[i] = f
	}
	for b.Loop() {
		Detect(facts, g)
	}
	b.ReportMetric(float64(nFacts)*float64(b.N)/b.Elapsed().Seconds(), "facts/s")
}

// exactSum adds in int64 while it can and in big.Int past that; either way
// its total is the exact sum, in canonical form.
func TestExactSumIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	near := []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 / 10, 999_999_999_999_999_999, -999_999_999_999_999_999, 1, -1, 0}
	for run := range 300 {
		var sum exactSum
		want := decimal.Zero
		for range 1 + rng.IntN(40) {
			var d Decimal
			switch rng.IntN(4) {
			case 0:
				d = decimal.New(near[rng.IntN(len(near))]-rng.Int64N(3), int32(rng.IntN(9)-6))
			case 1:
				d = decimal.New(rng.Int64N(1e12)-5e11, int32(rng.IntN(30)-20))
			case 2:
				d = money(fmt.Sprintf("%d%d.%d", rng.IntN(9), rng.Uint64(), rng.Uint64()))
			default:
				d = money(fmt.Sprintf("-%d.%02d", rng.IntN(100), rng.IntN(100)))
			}
			sum.add(d)
			want = want.Add(d)
		}
		if got := sum.total(); !got.Equal(want) || got.String() != want.String() || got.Exponent() != canonicalDecimal(want).Exponent() {
			t.Fatalf("run %d: total %s (exponent %d), want %s", run, got, got.Exponent(), want)
		}
	}
}
