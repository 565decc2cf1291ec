package domain

import "time"

// This file holds the read-only shapes of governance and gap state that the
// fold (governance.go) builds from events and that detection, allocation and
// the command deciders read. They carry no behaviour of their own.

// Scenario names one of the six gap scenarios (DESIGN.md §4).
type Scenario string

const (
	ScenarioRoleRecommendation    Scenario = "ROLE_RECOMMENDATION"
	ScenarioNotBusinessApproved   Scenario = "NOT_BUSINESS_APPROVED"
	ScenarioOutOfApprovedScope    Scenario = "OUT_OF_APPROVED_SCOPE"
	ScenarioUnclaimedAIAllocation Scenario = "UNCLAIMED_AI_ALLOCATION"
	ScenarioResourceAllocation    Scenario = "RESOURCE_ALLOCATION"
	ScenarioUnbackedAIWorkload    Scenario = "UNBACKED_AI_WORKLOAD"
)

// AllScenarios in the order of DESIGN.md §4.
var AllScenarios = []Scenario{
	ScenarioRoleRecommendation, ScenarioNotBusinessApproved, ScenarioOutOfApprovedScope,
	ScenarioUnclaimedAIAllocation, ScenarioResourceAllocation, ScenarioUnbackedAIWorkload,
}

// GapState is a gap's lifecycle state (DESIGN.md §5).
type GapState string

const (
	GapActive   GapState = "ACTIVE"
	GapActioned GapState = "ACTIONED"
	GapResolved GapState = "RESOLVED"
	GapRecalled GapState = "RECALLED"
)

// ActionKind is an inline action on a gap.
type ActionKind string

const (
	ActionRecommendDedicatedRole ActionKind = "RECOMMEND_DEDICATED_ROLE"
	ActionApproveModel           ActionKind = "APPROVE_MODEL"
	ActionBlockModel             ActionKind = "BLOCK_MODEL"
	ActionAddScope               ActionKind = "ADD_SCOPE"
	ActionFlagForMove            ActionKind = "FLAG_FOR_MOVE"
	ActionNotifyProductOwner     ActionKind = "NOTIFY_PRODUCT_OWNER"
	ActionClaimResource          ActionKind = "CLAIM_RESOURCE"
	ActionRequestBusinessCase    ActionKind = "REQUEST_BUSINESS_CASE"
)

// AnchorType is what a claim is anchored on.
type AnchorType string

const (
	AnchorIAMRole         AnchorType = "IAM_ROLE"
	AnchorClaudeWorkspace AnchorType = "CLAUDE_WORKSPACE"
	AnchorGuardrail       AnchorType = "GUARDRAIL"
	AnchorResource        AnchorType = "RESOURCE"
)

// ValueCategory of a business case.
type ValueCategory string

const (
	ValueCostSaving     ValueCategory = "COST_SAVING"
	ValueRevenueDriving ValueCategory = "REVENUE_DRIVING"
)

// BRStatus is a Business Request's status.
type BRStatus string

const (
	BRSubmitted BRStatus = "Submitted"
	BRApproved  BRStatus = "Approved"
	BRRejected  BRStatus = "Rejected"
	BRWithdrawn BRStatus = "Withdrawn"
)

// TaskStatus is a Cloud Engineer task's status.
type TaskStatus string

const (
	TaskOpen      TaskStatus = "Open"
	TaskDone      TaskStatus = "Done"
	TaskCancelled TaskStatus = "Cancelled" // its gap decision was recalled
)

// Scope is one account × region of a ModelApprovalScope.
type Scope struct {
	AccountID string `json:"accountId"`
	Region    string `json:"region"`
}

// BusinessCase is declared intent, not realised return (DESIGN.md §6).
type BusinessCase struct {
	Category    ValueCategory `json:"category"`
	AnnualValue Decimal       `json:"annualValue"`
	Description string        `json:"description,omitempty"`
	DeclaredBy  Identity      `json:"declaredBy"`
}

// HistoryEntry is one audited change of a governance record.
type HistoryEntry struct {
	At        time.Time `json:"at"`
	Kind      string    `json:"kind"` // the event type
	Rationale string    `json:"rationale,omitempty"`
	Actor     Identity  `json:"actor"`
}

// BusinessRequest (BR) asks for a model to be used in a scope.
type BusinessRequest struct {
	ID            string
	Revision      int64 // of its own stream; -1 when it exists only through a gap decision
	Model         string
	Requester     Identity
	ProductOwner  string
	Status        BRStatus
	Scope         []Scope
	Justification string
	BusinessCase  *BusinessCase
	FromGapID     string // set when an APPROVE_MODEL decision created it
	SubmittedAt   time.Time
	History       []HistoryEntry
}

// Workload is a product owner's AI workload with its claims.
type Workload struct {
	ID                string
	Revision          int64
	Name              string
	ProductOwner      string
	Budget            string
	MonthlyEstimate   *Decimal
	BusinessRequestID string
	BusinessCase      *BusinessCase
	Claims            []*Claim
	RegisteredBy      Identity
	History           []HistoryEntry
}

// Claim (ClaimedResourceRecord) ties an anchor to a workload from a day on.
type Claim struct {
	ID            string
	WorkloadID    string
	AnchorType    AnchorType
	Anchor        string // IAM_ROLE: arn:aws:iam::<acct>:role/<name> (no path); others: the ARN as given
	ClaimedBy     Identity
	ClaimedAt     time.Time
	EffectiveFrom string // "YYYY-MM-DD"
	ReleasedFrom  string // "" while not released; else the first day it no longer applies
	FromGapID     string // set when a CLAIM_RESOURCE decision created it
}

// Current reports whether detection counts the claim: not released.
func (c *Claim) Current() bool { return c.ReleasedFrom == "" }

// InForceOn reports whether allocation applies the claim on day (YYYY-MM-DD).
func (c *Claim) InForceOn(day string) bool {
	return c.EffectiveFrom <= day && (c.ReleasedFrom == "" || day < c.ReleasedFrom)
}

// BudgetShare is one budget's percentage of an account's spend.
type BudgetShare struct {
	Budget string  `json:"budget"`
	Share  Decimal `json:"share"`
}

// Task is a Cloud Engineer task opened by a gap action.
type Task struct {
	ID           string
	Revision     int64  // of its own stream ("task-<id>"), -1 until completed
	Kind         string // CREATE_DEDICATED_ROLE, DENY_MODEL, MOVE_RESOURCE
	Target       string
	Status       TaskStatus
	GapID        string
	ProductOwner string
	CreatedAt    time.Time
	CompletedBy  *Identity
	Note         string
}

// Settings tune detection (DESIGN.md §3).
type Settings struct {
	BroadRolePatterns    []string `json:"broadRolePatterns"`
	DedicatedRolePattern string   `json:"dedicatedRolePattern"`
	WindowDays           int      `json:"windowDays"`
}

// DefaultSettings are the settings before any SettingsUpdated event.
func DefaultSettings() Settings {
	return Settings{
		BroadRolePatterns: []string{
			"AWSAdministratorAccess", "AWSPowerUserAccess", "AdministratorAccess", "PowerUserAccess",
			"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_PowerUserAccess_*",
			"OrganizationAccountAccessRole",
		},
		DedicatedRolePattern: "finops-ai-*",
		WindowDays:           30,
	}
}

// PrincipalEvidence is a principal seen in a finding, with sample sessions.
type PrincipalEvidence struct {
	Principal string   `json:"principal"`
	Sessions  []string `json:"sessions,omitempty"`
}

// PeriodSpend is spend in one billing period.
type PeriodSpend struct {
	Period string  `json:"period"`
	Spend  Decimal `json:"spend"`
}

// Evidence is what a finding rests on. Lists are sorted and deduplicated so
// that equal evidence compares equal.
type Evidence struct {
	Spend         Decimal             `json:"spend"` // in the detection window
	SpendByPeriod []PeriodSpend       `json:"spendByPeriod"`
	Accounts      []string            `json:"accounts"`
	Regions       []string            `json:"regions"`
	Scopes        []Scope             `json:"scopes"` // observed account × region pairs
	Models        []string            `json:"models"`
	Principals    []PrincipalEvidence `json:"principals"`
	ResourceIDs   []string            `json:"resourceIds"`
	Tags          []string            `json:"tags,omitempty"`      // iamPrincipal/* and user:* tags as "key=value", the smallest ≤ 20
	FirstSeen     string              `json:"firstSeen,omitempty"` // first usage day "YYYY-MM-DD"
	LastSeen      string              `json:"lastSeen,omitempty"`
	Rule          string              `json:"rule"` // the rule that fired, in words
}

// PrincipalNames are the principals of the evidence, without their sessions.
func (e *Evidence) PrincipalNames() []string {
	names := make([]string, len(e.Principals))
	for i, p := range e.Principals {
		names[i] = p.Principal
	}
	return names
}

// Finding is one gap as detection sees it now.
type Finding struct {
	Scenario          Scenario     `json:"scenario"`
	Key               string       `json:"key"`    // deterministic gap key (see GapID)
	Anchor            string       `json:"anchor"` // human-readable anchor (DESIGN.md §9)
	WorkloadID        string       `json:"workloadId,omitempty"`
	BusinessRequestID string       `json:"businessRequestId,omitempty"`
	SuggestedActions  []ActionKind `json:"suggestedActions"`
	Evidence          Evidence     `json:"evidence"`
}

// GapAction is a human decision on a gap, with its parameters.
type GapAction struct {
	Action       ActionKind    `json:"action"`
	WorkloadID   string        `json:"workloadId,omitempty"`   // CLAIM_RESOURCE
	Scope        []Scope       `json:"scope,omitempty"`        // ADD_SCOPE, APPROVE_MODEL
	BusinessCase *BusinessCase `json:"businessCase,omitempty"` // APPROVE_MODEL
	ProductOwner string        `json:"productOwner,omitempty"` // NOTIFY_PRODUCT_OWNER
	// Derived ids of the records the decision creates (set by the decider so
	// that every fold derives the same ones).
	BusinessRequestID string  `json:"businessRequestId,omitempty"` // APPROVE_MODEL: the BR created; ADD_SCOPE: the BR widened
	ClaimID           string  `json:"claimId,omitempty"`           // CLAIM_RESOURCE
	TaskID            string  `json:"taskId,omitempty"`            // RECOMMEND_DEDICATED_ROLE, BLOCK_MODEL, FLAG_FOR_MOVE
	AddedScope        []Scope `json:"addedScope,omitempty"`        // ADD_SCOPE: the part of Scope the BR did not have
	// What the decision acts on, resolved by the decider from the finding and
	// governance state at decision time, so that the fold needs nothing else.
	Model         string     `json:"model,omitempty"`         // APPROVE_MODEL: the model approved
	AnchorType    AnchorType `json:"anchorType,omitempty"`    // CLAIM_RESOURCE
	Anchor        string     `json:"anchor,omitempty"`        // CLAIM_RESOURCE: normalised like Claim.Anchor
	EffectiveFrom string     `json:"effectiveFrom,omitempty"` // CLAIM_RESOURCE: "YYYY-MM-DD"
	Target        string     `json:"target,omitempty"`        // task-opening actions: the task's target
}

// GapHistoryEntry is one transition of a gap.
type GapHistoryEntry struct {
	At        time.Time  `json:"at"`
	State     GapState   `json:"state"` // the state after the event
	Kind      string     `json:"kind"`  // the event type
	Action    ActionKind `json:"action,omitempty"`
	Rationale string     `json:"rationale,omitempty"`
	Actor     Identity   `json:"actor"`
}

// Gap is the state of one gap stream ("gap-<id>").
type Gap struct {
	ID             string
	Revision       int64
	Scenario       Scenario
	Key            string
	Finding        Finding // latest evidence recorded by the detector
	State          GapState
	FindingPresent bool       // false after the detector saw the finding disappear
	ResolvedByHand bool       // RESOLVED by a Lead: stays resolved while the finding persists
	Decision       *GapAction // the decision in force (nil when none, or after a recall)
	History        []GapHistoryEntry
	Notifications  []Notification // sent by NOTIFY_PRODUCT_OWNER and REQUEST_BUSINESS_CASE decisions
	OpenedAt       time.Time
}

// DetectionSummary is what one detection run says beside its findings
// (DESIGN.md §4); the detector records it so read models can be rebuilt from the log.
type DetectionSummary struct {
	WindowStart     string  `json:"windowStart,omitempty"` // "YYYY-MM-DD", both ends included
	WindowEnd       string  `json:"windowEnd,omitempty"`
	TotalGapSpend   Decimal `json:"totalGapSpend"`   // each dollar behind a current finding once
	UnanchoredSpend Decimal `json:"unanchoredSpend"` // in no finding, no principal, no claim
}
