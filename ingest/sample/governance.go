package sample

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// Governance is the set of governance records that goes with a generated
// export. Replayed as commands (BRs submitted and approved, workloads
// registered, claims made, budgets set), it makes every scenario of
// docs/DESIGN.md §6 fire on the generated spend, next to near misses that must not:
//
//	1 ROLE_RECOMMENDATION      the sandbox's AWSReservedSSO_AdministratorAccess_abc123 role calls Sonnet
//	2 NOT_BUSINESS_APPROVED    Llama3-70B-Instruct has no BR; called by analytics-batch and IAM user jdoe, unclaimed
//	3 OUT_OF_APPROVED_SCOPE    Sonnet is approved for support-prod and ml-prod in us-east-1 only, but runs
//	                           in support-prod eu-west-1 and in the sandbox (us-east-1 and, via the workspace, us-west-2)
//	4 UNCLAIMED_AI_ALLOCATION  finops-ai-document-summarizer and workspace wrkspc_01ResearchLab have spend, no claim
//	5 RESOURCE_ALLOCATION      guardrail gr-unowned77 has ApplyGuardrail spend, no claim
//	6 UNBACKED_AI_WORKLOAD     contract-review (claimed spend, no case, its BR has none) and
//	                           forecasting-pilot (an estimate only, no case: spend 0)
//
// Near misses: support-assistant's claimed finops-ai role uses approved Sonnet
// inside its scope and its BR carries a business case; guardrail gr-support01
// and workspace wrkspc_01SupportTeam are claimed; Haiku is approved and used
// in scope by the summarizer and contract-review roles.
//
// Declared value is a mix of both categories: Sonnet's BR saves cost,
// support-assistant's own case and the Approved Opus BR (no spend yet) drive
// revenue.
type Governance struct {
	BusinessRequests []BR
	Workloads        []Workload
	AccountBudgets   []AccountBudgets
}

// BR is a Business Request. Key names it for the workloads that link to it.
type BR struct {
	Key           string
	Model         string
	ProductOwner  string
	Scope         []Scope
	Approved      bool // else left Submitted
	Justification string
	BusinessCase  *BusinessCase
}

// Scope is one account × region of a ModelApprovalScope.
type Scope struct{ AccountID, Region string }

// BusinessCase is declared intended value, on a BR or a workload.
type BusinessCase struct {
	Category    domain.ValueCategory
	AnnualValue domain.Decimal
	Description string
}

// Workload is a registered workload with its claims.
type Workload struct {
	Name            string
	ProductOwner    string
	Budget          string
	MonthlyEstimate *domain.Decimal
	BusinessRequest string // BR.Key, "" when none
	BusinessCase    *BusinessCase
	Claims          []Claim
}

// Claim anchors spend on a workload from EffectiveFrom ("YYYY-MM-DD") on.
type Claim struct {
	AnchorType    domain.AnchorType
	Anchor        string
	EffectiveFrom string
}

// AccountBudgets splits an account's unclaimed spend across budgets; a nil
// Share means an even split.
type AccountBudgets struct {
	AccountID string
	Budgets   []BudgetShare
}

// BudgetShare is one budget's percentage of an account.
type BudgetShare struct {
	Budget string
	Share  *domain.Decimal
}

// Product owners of the sample organisation.
const (
	OwnerSupport  = "priya.support@example.com"
	OwnerLegal    = "marc.legal@example.com"
	OwnerPlatform = "lena.platform@example.com"
	OwnerSales    = "sam.sales@example.com"
)

// GovernanceFor returns the governance records matching an export of the
// billing period ("YYYY-MM"): claims are effective from the period's first
// day (backdated by a FinOps Lead when onboarding).
func GovernanceFor(period string) Governance {
	from := period + "-01"
	if t, err := time.Parse("2006-01", period); err == nil {
		from = t.Format(time.DateOnly)
	}
	dec := func(s string) *domain.Decimal { d := decimal.RequireFromString(s); return &d }
	return Governance{
		BusinessRequests: []BR{
			{Key: "br-sonnet", Model: ModelSonnet, ProductOwner: OwnerSupport, Approved: true,
				Scope:         []Scope{{AccountSupportProd, "us-east-1"}, {AccountMLProd, "us-east-1"}},
				Justification: "Customer support assistant drafts replies to tickets",
				BusinessCase: &BusinessCase{Category: domain.ValueCostSaving, AnnualValue: decimal.RequireFromString("420000"),
					Description: "Deflects 30% of tier-1 tickets"}},
			{Key: "br-haiku", Model: ModelHaiku, ProductOwner: OwnerLegal, Approved: true,
				Scope:         []Scope{{AccountMLProd, "us-east-1"}, {AccountSupportProd, "us-east-1"}},
				Justification: "Summarise contracts and documents"},
			{Key: "br-opus", Model: ModelOpus, ProductOwner: OwnerSales, Approved: true,
				Scope:         []Scope{{AccountMLProd, "us-east-1"}},
				Justification: "Draft tailored sales proposals from CRM notes",
				BusinessCase: &BusinessCase{Category: domain.ValueRevenueDriving, AnnualValue: decimal.RequireFromString("250000"),
					Description: "Proposals out in a day instead of a week: two more enterprise deals a year"}},
		},
		Workloads: []Workload{
			{Name: "support-assistant", ProductOwner: OwnerSupport, Budget: "customer-support",
				MonthlyEstimate: dec("18000"), BusinessRequest: "br-sonnet",
				BusinessCase: &BusinessCase{Category: domain.ValueRevenueDriving, AnnualValue: decimal.RequireFromString("180000"),
					Description: "Renewal offers surfaced in support chats keep at-risk subscriptions"},
				Claims: []Claim{
					{domain.AnchorIAMRole, RoleARN(AccountSupportProd, RoleSupportAI), from},
					{domain.AnchorGuardrail, GuardrailClaimed, from},
					{domain.AnchorClaudeWorkspace, WorkspaceClaimed, from},
				}},
			{Name: "contract-review", ProductOwner: OwnerLegal, Budget: "legal-ops",
				MonthlyEstimate: dec("6000"), BusinessRequest: "br-haiku",
				Claims: []Claim{{domain.AnchorIAMRole, RoleARN(AccountMLProd, RoleContractAI), from}}},
			{Name: "forecasting-pilot", ProductOwner: OwnerPlatform, Budget: "ml-platform",
				MonthlyEstimate: dec("2500")},
		},
		AccountBudgets: []AccountBudgets{
			{AccountID: AccountMLProd, Budgets: []BudgetShare{{"ml-platform", dec("60")}, {"legal-ops", dec("40")}}},
			{AccountID: AccountSupportProd, Budgets: []BudgetShare{{Budget: "customer-support"}}},
			{AccountID: AccountSandbox, Budgets: []BudgetShare{{Budget: "ml-platform"}, {Budget: "research"}, {Budget: "customer-support"}}},
		},
	}
}
