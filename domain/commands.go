package domain

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Command is a request to change one aggregate (docs/DESIGN.md §11.3).
// Commands that create a record carry its new id, chosen by the caller.
type Command interface{ CommandName() string }

// BusinessCaseInput is a business case as a client declares it; the decider
// adds who declared it.
type BusinessCaseInput struct {
	Category    ValueCategory
	AnnualValue Decimal
	Description string
}

type SubmitBusinessRequest struct {
	ID            string
	Model         string
	ProductOwner  string
	Scope         []Scope
	Justification string
	BusinessCase  *BusinessCaseInput
}

// DecideBusinessRequest is the input of approve, reject and withdraw.
type DecideBusinessRequest struct {
	BusinessRequestID string
	Rationale         string
	ExpectedRevision  *int64 // nil: not checked
}

type (
	ApproveBusinessRequest  DecideBusinessRequest
	RejectBusinessRequest   DecideBusinessRequest
	WithdrawBusinessRequest DecideBusinessRequest
)

type AddApprovalScope struct {
	BusinessRequestID string
	Scope             []Scope
	Rationale         string
	ExpectedRevision  *int64
}

type RegisterWorkload struct {
	ID                string
	Name              string
	ProductOwner      string
	Budget            string
	MonthlyEstimate   *Decimal
	BusinessRequestID string
}

type ClaimResource struct {
	ClaimID       string
	WorkloadID    string
	AnchorType    AnchorType
	Anchor        string
	EffectiveFrom string // "YYYY-MM-DD"; "": the day after now
	Rationale     string
}

type ReleaseClaim struct {
	ClaimID       string
	Rationale     string
	EffectiveFrom string // "YYYY-MM-DD"; "": the day after now
}

// DeclareBusinessCase names exactly one of WorkloadID and BusinessRequestID.
type DeclareBusinessCase struct {
	WorkloadID        string
	BusinessRequestID string
	BusinessCase      BusinessCaseInput
}

type BudgetShareInput struct {
	Budget string
	Share  *Decimal // nil on every budget: an even split
}

type SetAccountBudgets struct {
	AccountID string
	Budgets   []BudgetShareInput
	Rationale string
}

type CompleteTask struct {
	TaskID string
	Note   string
}

// UpdateSettings changes the fields that are set and keeps the others.
type UpdateSettings struct {
	BroadRolePatterns    []string // nil: unchanged
	DedicatedRolePattern *string
	WindowDays           *int
	WindowMode           *WindowMode
	BillingPeriod        *string // "YYYY-MM"; "": the latest period with usage
	ExpectedRevision     *int64
}

type ActionGap struct {
	GapID            string
	Action           ActionKind
	Rationale        string
	ExpectedRevision *int64
	WorkloadID       string             // CLAIM_RESOURCE; RECOMMEND_DEDICATED_ROLE (default: the finding's)
	Scope            []Scope            // ADD_SCOPE, APPROVE_MODEL (default: the observed scope)
	BusinessCase     *BusinessCaseInput // APPROVE_MODEL
	ProductOwner     string             // recipient override; APPROVE_MODEL: the new BR's product owner
}

type ResolveGap struct {
	GapID            string
	Rationale        string
	ExpectedRevision *int64
}

type RecallDecision struct {
	GapID            string
	Rationale        string
	ExpectedRevision *int64
}

func (SubmitBusinessRequest) CommandName() string   { return "submitBusinessRequest" }
func (ApproveBusinessRequest) CommandName() string  { return "approveBusinessRequest" }
func (RejectBusinessRequest) CommandName() string   { return "rejectBusinessRequest" }
func (WithdrawBusinessRequest) CommandName() string { return "withdrawBusinessRequest" }
func (AddApprovalScope) CommandName() string        { return "addApprovalScope" }
func (RegisterWorkload) CommandName() string        { return "registerWorkload" }
func (ClaimResource) CommandName() string           { return "claimResource" }
func (ReleaseClaim) CommandName() string            { return "releaseClaim" }
func (DeclareBusinessCase) CommandName() string     { return "declareBusinessCase" }
func (SetAccountBudgets) CommandName() string       { return "setAccountBudgets" }
func (CompleteTask) CommandName() string            { return "completeTask" }
func (UpdateSettings) CommandName() string          { return "updateSettings" }
func (ActionGap) CommandName() string               { return "actionGap" }
func (ResolveGap) CommandName() string              { return "resolveGap" }
func (RecallDecision) CommandName() string          { return "recallDecision" }

// Decision is what a command appends: events to one stream, if the stream is
// still at ExpectedRevision (-1: the stream must not exist yet).
type Decision struct {
	Stream           string
	ExpectedRevision int64
	Events           []Event
	Rationale        string
	// Guard names the rule spanning records the decision was checked
	// against ("anchor …": one claim per anchor; "workload name …": unique
	// names), "" for none. Decisions with one Guard are appended one after
	// the other across every API replica (GuardStream).
	Guard string
}

// Guard keys of the rules that span records.
func anchorGuard(anchor string) string     { return "anchor " + anchor }
func workloadNameGuard(name string) string { return "workload name " + strings.ToLower(name) }

// Decide validates cmd against the state and the actor's roles, and returns
// what to append, or a coded error (nothing is to be written).
func Decide(g *Governance, cmd Command, actor Identity, now time.Time) (Decision, error) {
	if err := CheckTexts("", cmd); err != nil {
		return Decision{}, err
	}
	switch c := cmd.(type) {
	case SubmitBusinessRequest:
		return decideSubmit(g, c, actor)
	case ApproveBusinessRequest:
		return decideBRStatus(g, DecideBusinessRequest(c), actor, "approve", BRApproved)
	case RejectBusinessRequest:
		return decideBRStatus(g, DecideBusinessRequest(c), actor, "reject", BRRejected)
	case WithdrawBusinessRequest:
		return decideBRStatus(g, DecideBusinessRequest(c), actor, "withdraw", BRWithdrawn)
	case AddApprovalScope:
		return decideAddScope(g, c, actor)
	case RegisterWorkload:
		return decideRegister(g, c, actor)
	case ClaimResource:
		return decideClaim(g, c, actor, now)
	case ReleaseClaim:
		return decideRelease(g, c, actor, now)
	case DeclareBusinessCase:
		return decideBusinessCase(g, c, actor)
	case SetAccountBudgets:
		return decideBudgets(g, c, actor)
	case CompleteTask:
		return decideCompleteTask(g, c, actor)
	case UpdateSettings:
		return decideSettings(g, c, actor)
	case ActionGap:
		return decideActionGap(g, c, actor, now)
	case ResolveGap:
		return decideResolveGap(g, c, actor)
	case RecallDecision:
		return decideRecall(g, c, actor, now)
	}
	return Decision{}, Errorf(CodeInternal, "unknown command %T", cmd)
}

func decideSubmit(g *Governance, c SubmitBusinessRequest, actor Identity) (Decision, error) {
	if err := requireRole(actor, "submit a business request", RoleProductOwner); err != nil {
		return Decision{}, err
	}
	if err := requireID("id", c.ID); err != nil {
		return Decision{}, err
	}
	if _, exists := g.BusinessRequests[c.ID]; exists {
		return Decision{}, Errorf(CodeConflict, "business request %s already exists", c.ID)
	}
	if err := requireTexts("model", c.Model, "productOwner", c.ProductOwner, "justification", c.Justification); err != nil {
		return Decision{}, err
	}
	if !actor.Has(RoleFinOpsLead) && !owns(actor, c.ProductOwner) {
		return Decision{}, Errorf(CodeForbidden, "forbidden: productOwner %q is not %s: a product owner submits business requests for themselves", c.ProductOwner, actor.Subject)
	}
	scope, err := validScopes("scope", c.Scope)
	if err != nil {
		return Decision{}, err
	}
	var bc *BusinessCase
	if c.BusinessCase != nil {
		v, err := validBusinessCase(*c.BusinessCase, actor)
		if err != nil {
			return Decision{}, err
		}
		bc = &v
	}
	ev := BusinessRequestSubmitted{
		ID: c.ID, Model: strings.TrimSpace(c.Model), ProductOwner: strings.TrimSpace(c.ProductOwner),
		Scope: scope, Justification: c.Justification, BusinessCase: bc, Requester: actor,
	}
	return Decision{Stream: BusinessRequestStream(c.ID), ExpectedRevision: -1, Events: []Event{ev}, Rationale: c.Justification}, nil
}

// decideBRStatus approves, rejects or withdraws a BR. A Lead may do all
// three; the requester or the BR's product owner may withdraw their own
// while it is still Submitted.
func decideBRStatus(g *Governance, c DecideBusinessRequest, actor Identity, verb string, to BRStatus) (Decision, error) {
	if to == BRWithdrawn {
		if !actor.Has(RoleFinOpsLead) && !actor.Has(RoleProductOwner) {
			return Decision{}, forbidden(actor, verb+" a business request", RoleFinOpsLead, RoleProductOwner)
		}
	} else if err := requireRole(actor, verb+" a business request", RoleFinOpsLead); err != nil {
		return Decision{}, err
	}
	if err := requireText("rationale", c.Rationale); err != nil {
		return Decision{}, err
	}
	br, err := findBR(g, c.BusinessRequestID)
	if err != nil {
		return Decision{}, err
	}
	if to == BRWithdrawn && !actor.Has(RoleFinOpsLead) && !owns(actor, br.ProductOwner) && !sameIdentity(actor, br.Requester) {
		return Decision{}, Errorf(CodeForbidden, "forbidden: business request %s is neither requested nor owned by %s", br.ID, actor.Subject)
	}
	if err := checkRevision("business request "+br.ID, br.Revision, c.ExpectedRevision); err != nil {
		return Decision{}, err
	}
	from := []BRStatus{BRSubmitted}
	if to == BRWithdrawn && actor.Has(RoleFinOpsLead) {
		// Withdrawing an approval reverses a Lead's decision: a Lead's call.
		from = append(from, BRApproved)
	}
	if !slices.Contains(from, br.Status) {
		return Decision{}, Errorf(CodeInvalidTransition, "business request %s is %s: cannot %s it", br.ID, br.Status, verb)
	}
	var ev Event
	switch to {
	case BRApproved:
		ev = BusinessRequestApproved{ID: br.ID, Rationale: c.Rationale}
	case BRRejected:
		ev = BusinessRequestRejected{ID: br.ID, Rationale: c.Rationale}
	default:
		ev = BusinessRequestWithdrawn{ID: br.ID, Rationale: c.Rationale}
	}
	return Decision{Stream: BusinessRequestStream(br.ID), ExpectedRevision: br.Revision, Events: []Event{ev}, Rationale: c.Rationale}, nil
}

func decideAddScope(g *Governance, c AddApprovalScope, actor Identity) (Decision, error) {
	if err := requireRole(actor, "add approval scope", RoleFinOpsLead); err != nil {
		return Decision{}, err
	}
	if err := requireText("rationale", c.Rationale); err != nil {
		return Decision{}, err
	}
	scope, err := validScopes("scope", c.Scope)
	if err != nil {
		return Decision{}, err
	}
	br, err := findBR(g, c.BusinessRequestID)
	if err != nil {
		return Decision{}, err
	}
	if err := checkRevision("business request "+br.ID, br.Revision, c.ExpectedRevision); err != nil {
		return Decision{}, err
	}
	added, err := widenableScope(br, scope)
	if err != nil {
		return Decision{}, err
	}
	ev := ApprovalScopeAdded{ID: br.ID, Scope: added, Rationale: c.Rationale}
	return Decision{Stream: BusinessRequestStream(br.ID), ExpectedRevision: br.Revision, Events: []Event{ev}, Rationale: c.Rationale}, nil
}

// widenableScope is the part of scope a Submitted or Approved BR lacks.
func widenableScope(br *BusinessRequest, scope []Scope) ([]Scope, error) {
	if br.Status != BRSubmitted && br.Status != BRApproved {
		return nil, Errorf(CodeInvalidTransition, "business request %s is %s: its scope can no longer be widened", br.ID, br.Status)
	}
	added := slices.DeleteFunc(slices.Clone(scope), func(s Scope) bool { return slices.Contains(br.Scope, s) })
	if len(added) == 0 {
		return nil, Errorf(CodeBadUserInput, "scope: every account × region given is already in the scope of business request %s", br.ID)
	}
	return added, nil
}

func decideRegister(g *Governance, c RegisterWorkload, actor Identity) (Decision, error) {
	if err := requireRole(actor, "register a workload", RoleProductOwner); err != nil {
		return Decision{}, err
	}
	if err := requireID("id", c.ID); err != nil {
		return Decision{}, err
	}
	if _, exists := g.Workloads[c.ID]; exists {
		return Decision{}, Errorf(CodeConflict, "workload %s already exists", c.ID)
	}
	if err := requireTexts("name", c.Name, "productOwner", c.ProductOwner, "budget", c.Budget); err != nil {
		return Decision{}, err
	}
	if !owns(actor, c.ProductOwner) {
		return Decision{}, Errorf(CodeForbidden, "forbidden: productOwner %q is not %s: a product owner registers their own workloads", c.ProductOwner, actor.Subject)
	}
	name := strings.TrimSpace(c.Name)
	for _, w := range g.Workloads {
		if strings.EqualFold(w.Name, name) {
			return Decision{}, Errorf(CodeBadUserInput, "name: a workload named %q already exists (%s)", w.Name, w.ID)
		}
	}
	if c.MonthlyEstimate != nil && c.MonthlyEstimate.IsNegative() {
		return Decision{}, Errorf(CodeBadUserInput, "monthlyEstimate: %s is negative", c.MonthlyEstimate)
	}
	if c.BusinessRequestID != "" {
		br, err := findBR(g, c.BusinessRequestID)
		if err != nil {
			return Decision{}, err
		}
		// Backing a workload with someone else's BR would hide its
		// UNBACKED_AI_WORKLOAD gap: only a Lead may lend one.
		if !actor.Has(RoleFinOpsLead) && !owns(actor, br.ProductOwner) && !sameIdentity(actor, br.Requester) {
			return Decision{}, Errorf(CodeForbidden, "forbidden: business request %s is neither requested nor owned by %s", br.ID, actor.Subject)
		}
	}
	ev := WorkloadRegistered{
		ID: c.ID, Name: name, ProductOwner: strings.TrimSpace(c.ProductOwner), Budget: strings.TrimSpace(c.Budget),
		MonthlyEstimate: c.MonthlyEstimate, BusinessRequestID: c.BusinessRequestID, RegisteredBy: actor,
	}
	return Decision{Stream: WorkloadStream(c.ID), ExpectedRevision: -1, Events: []Event{ev}, Guard: workloadNameGuard(name)}, nil
}

func decideClaim(g *Governance, c ClaimResource, actor Identity, now time.Time) (Decision, error) {
	if err := requireRole(actor, "claim a resource", RoleFinOpsLead, RoleProductOwner); err != nil {
		return Decision{}, err
	}
	if err := requireID("claimId", c.ClaimID); err != nil {
		return Decision{}, err
	}
	anchor, err := validClaimAnchor(c.AnchorType, c.Anchor)
	if err != nil {
		return Decision{}, err
	}
	w, err := findWorkload(g, c.WorkloadID)
	if err != nil {
		return Decision{}, err
	}
	if err := requireOwnerOrLead(actor, w); err != nil {
		return Decision{}, err
	}
	if g.Claim(c.ClaimID) != nil {
		return Decision{}, Errorf(CodeConflict, "claim %s already exists", c.ClaimID)
	}
	from, err := effectiveDay("effectiveFrom", c.EffectiveFrom, actor, now)
	if err != nil {
		return Decision{}, err
	}
	if err := unclaimed(g, anchor, from); err != nil {
		return Decision{}, err
	}
	ev := ResourceClaimed{
		WorkloadID: w.ID, ClaimID: c.ClaimID, AnchorType: c.AnchorType, Anchor: anchor,
		EffectiveFrom: from, ClaimedAt: now, ClaimedBy: actor, Rationale: strings.TrimSpace(c.Rationale),
	}
	return Decision{Stream: WorkloadStream(w.ID), ExpectedRevision: w.Revision, Events: []Event{ev}, Rationale: ev.Rationale, Guard: anchorGuard(anchor)}, nil
}

func decideRelease(g *Governance, c ReleaseClaim, actor Identity, now time.Time) (Decision, error) {
	if err := requireRole(actor, "release a claim", RoleFinOpsLead, RoleProductOwner); err != nil {
		return Decision{}, err
	}
	if err := requireText("rationale", c.Rationale); err != nil {
		return Decision{}, err
	}
	claim := g.Claim(c.ClaimID)
	if claim == nil {
		return Decision{}, Errorf(CodeNotFound, "claimId: no claim %q", c.ClaimID)
	}
	w, err := findWorkload(g, claim.WorkloadID)
	if err != nil {
		return Decision{}, err
	}
	if err := requireOwnerOrLead(actor, w); err != nil {
		return Decision{}, err
	}
	if !claim.Current() {
		return Decision{}, Errorf(CodeInvalidTransition, "claim %s is already released from %s", claim.ID, claim.ReleasedFrom)
	}
	from, err := effectiveDay("effectiveFrom", c.EffectiveFrom, actor, now)
	if err != nil {
		return Decision{}, err
	}
	if from < claim.EffectiveFrom {
		return Decision{}, Errorf(CodeBadUserInput, "effectiveFrom: %s is before the claim takes effect (%s)", from, claim.EffectiveFrom)
	}
	ev := ClaimReleased{WorkloadID: w.ID, ClaimID: claim.ID, EffectiveFrom: from, Rationale: c.Rationale}
	return Decision{Stream: WorkloadStream(w.ID), ExpectedRevision: w.Revision, Events: []Event{ev}, Rationale: c.Rationale}, nil
}

func decideBusinessCase(g *Governance, c DeclareBusinessCase, actor Identity) (Decision, error) {
	if err := requireRole(actor, "declare a business case", RoleFinOpsLead, RoleProductOwner); err != nil {
		return Decision{}, err
	}
	if (c.WorkloadID == "") == (c.BusinessRequestID == "") {
		return Decision{}, Errorf(CodeBadUserInput, "workloadId, businessRequestId: give exactly one")
	}
	bc, err := validBusinessCase(c.BusinessCase, actor)
	if err != nil {
		return Decision{}, err
	}
	ev := BusinessCaseDeclared{WorkloadID: c.WorkloadID, BusinessRequestID: c.BusinessRequestID, BusinessCase: bc}
	if c.WorkloadID != "" {
		w, err := findWorkload(g, c.WorkloadID)
		if err != nil {
			return Decision{}, err
		}
		if err := requireOwnerOrLead(actor, w); err != nil {
			return Decision{}, err
		}
		return Decision{Stream: WorkloadStream(w.ID), ExpectedRevision: w.Revision, Events: []Event{ev}, Rationale: bc.Description}, nil
	}
	br, err := findBR(g, c.BusinessRequestID)
	if err != nil {
		return Decision{}, err
	}
	if !actor.Has(RoleFinOpsLead) && !owns(actor, br.ProductOwner) && !sameIdentity(actor, br.Requester) {
		return Decision{}, Errorf(CodeForbidden, "forbidden: business request %s is neither requested nor owned by %s", br.ID, actor.Subject)
	}
	return Decision{Stream: BusinessRequestStream(br.ID), ExpectedRevision: br.Revision, Events: []Event{ev}, Rationale: bc.Description}, nil
}

// evenSharePlaces is the precision of the equal shares of an even split.
const evenSharePlaces = 16

func decideBudgets(g *Governance, c SetAccountBudgets, actor Identity) (Decision, error) {
	if err := requireRole(actor, "set account budgets", RoleFinOpsLead); err != nil {
		return Decision{}, err
	}
	if !validAccountID(c.AccountID) {
		return Decision{}, Errorf(CodeBadUserInput, "accountId: %q is not a 12-digit AWS account id", c.AccountID)
	}
	given := 0
	seen := map[string]bool{}
	for i, b := range c.Budgets {
		name := strings.TrimSpace(b.Budget)
		if name == "" {
			return Decision{}, Errorf(CodeBadUserInput, "budgets[%d].budget: must not be blank", i)
		}
		if seen[name] {
			return Decision{}, Errorf(CodeBadUserInput, "budgets[%d].budget: %q is listed twice", i, name)
		}
		seen[name] = true
		if b.Share != nil {
			given++
			if !b.Share.IsPositive() || b.Share.GreaterThan(decimal.NewFromInt(100)) {
				return Decision{}, Errorf(CodeBadUserInput, "budgets[%d].share: %s is not a percentage above 0 and at most 100", i, b.Share)
			}
		}
	}
	if given != 0 && given != len(c.Budgets) {
		return Decision{}, Errorf(CodeBadUserInput, "budgets: give a share for every budget, or for none (an even split)")
	}
	shares := make([]BudgetShare, len(c.Budgets))
	if given > 0 {
		sum := decimal.Zero
		for i, b := range c.Budgets {
			shares[i] = BudgetShare{Budget: strings.TrimSpace(b.Budget), Share: *b.Share}
			sum = sum.Add(*b.Share)
		}
		if !sum.Equal(decimal.NewFromInt(100)) {
			return Decision{}, Errorf(CodeBadUserInput, "budgets: shares sum to %s, not 100", sum)
		}
	} else if len(c.Budgets) > 0 {
		even := decimal.NewFromInt(100).DivRound(decimal.NewFromInt(int64(len(c.Budgets))), evenSharePlaces)
		for i, b := range c.Budgets {
			shares[i] = BudgetShare{Budget: strings.TrimSpace(b.Budget), Share: even}
		}
	}
	rev, ok := g.BudgetsRevision[c.AccountID]
	if !ok {
		rev = -1
	}
	ev := AccountBudgetsSet{AccountID: c.AccountID, Budgets: shares, EvenSplit: given == 0 && len(shares) > 0, Rationale: strings.TrimSpace(c.Rationale)}
	return Decision{Stream: AccountBudgetsStream(c.AccountID), ExpectedRevision: rev, Events: []Event{ev}, Rationale: ev.Rationale}, nil
}

func decideCompleteTask(g *Governance, c CompleteTask, actor Identity) (Decision, error) {
	if err := requireRole(actor, "complete a task", RoleCloudEngineer); err != nil {
		return Decision{}, err
	}
	t := g.Tasks[c.TaskID]
	if t == nil {
		return Decision{}, Errorf(CodeNotFound, "taskId: no task %q", c.TaskID)
	}
	if t.Status != TaskOpen {
		return Decision{}, Errorf(CodeInvalidTransition, "task %s is %s: only an Open task can be completed", t.ID, t.Status)
	}
	ev := TaskCompleted{TaskID: t.ID, Note: strings.TrimSpace(c.Note), CompletedBy: actor}
	return Decision{Stream: TaskStream(t.ID), ExpectedRevision: t.Revision, Events: []Event{ev}, Rationale: ev.Note}, nil
}

func decideSettings(g *Governance, c UpdateSettings, actor Identity) (Decision, error) {
	if err := requireRole(actor, "update settings", RoleFinOpsLead); err != nil {
		return Decision{}, err
	}
	if err := checkRevision("settings", g.SettingsRevision, c.ExpectedRevision); err != nil {
		return Decision{}, err
	}
	s := g.Settings
	if c.BroadRolePatterns != nil {
		if len(c.BroadRolePatterns) == 0 {
			return Decision{}, Errorf(CodeBadUserInput, "broadRolePatterns: give at least one pattern")
		}
		s.BroadRolePatterns = make([]string, len(c.BroadRolePatterns))
		for i, p := range c.BroadRolePatterns {
			if err := validRolePattern(fmt.Sprintf("broadRolePatterns[%d]", i), p); err != nil {
				return Decision{}, err
			}
			s.BroadRolePatterns[i] = p
		}
	}
	if c.DedicatedRolePattern != nil {
		if err := validRolePattern("dedicatedRolePattern", *c.DedicatedRolePattern); err != nil {
			return Decision{}, err
		}
		s.DedicatedRolePattern = *c.DedicatedRolePattern
	}
	if c.WindowDays != nil {
		if *c.WindowDays < 1 || *c.WindowDays > 366 {
			return Decision{}, Errorf(CodeBadUserInput, "windowDays: %d is not between 1 and 366", *c.WindowDays)
		}
		s.WindowDays = *c.WindowDays
	}
	if c.WindowMode != nil {
		if *c.WindowMode != WindowRollingDays && *c.WindowMode != WindowBillingPeriod {
			return Decision{}, Errorf(CodeBadUserInput, "windowMode: %q is neither %s nor %s", *c.WindowMode, WindowRollingDays, WindowBillingPeriod)
		}
		s.WindowMode = *c.WindowMode
		if s.WindowMode == WindowRollingDays {
			s.BillingPeriod = ""
		}
	}
	if c.BillingPeriod != nil {
		if *c.BillingPeriod != "" {
			if _, err := time.Parse("2006-01", *c.BillingPeriod); err != nil {
				return Decision{}, Errorf(CodeBadUserInput, "billingPeriod: %q is not a month YYYY-MM", *c.BillingPeriod)
			}
			if s.WindowMode != WindowBillingPeriod {
				return Decision{}, Errorf(CodeBadUserInput, "billingPeriod: %s applies to windowMode %s, and the window mode is %s", *c.BillingPeriod, WindowBillingPeriod, s.WindowMode)
			}
		}
		s.BillingPeriod = *c.BillingPeriod
	}
	return Decision{Stream: SettingsStream, ExpectedRevision: g.SettingsRevision, Events: []Event{SettingsUpdated{Settings: s}}}, nil
}

// validRolePattern: a whole role name in which `*` is the only wildcard, so
// only the characters IAM allows in role names, and `*`, may appear.
func validRolePattern(field, p string) error {
	if p == "" {
		return Errorf(CodeBadUserInput, "%s: must not be empty", field)
	}
	for _, r := range p {
		if !isRoleNameRune(r) && r != '*' {
			return Errorf(CodeBadUserInput, "%s: %q has %q: only role-name characters and the wildcard * are allowed", field, p, r)
		}
	}
	return nil
}

func isRoleNameRune(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || strings.ContainsRune("+=,.@_-", r)
}

func decideActionGap(g *Governance, c ActionGap, actor Identity, now time.Time) (Decision, error) {
	gap, err := humanGapCommand(g, actor, "action a gap", c.GapID, c.Rationale, c.ExpectedRevision)
	if err != nil {
		return Decision{}, err
	}
	if err := gap.canAction(); err != nil {
		return Decision{}, err
	}
	f := gap.Finding
	if !slices.Contains(f.SuggestedActions, c.Action) {
		return Decision{}, Errorf(CodeBadUserInput, "action: %s is not suggested for this %s gap (suggested: %v)", c.Action, gap.Scenario, f.SuggestedActions)
	}
	// Ids of created records derive from the gap and the revision the
	// decision will have, so each decision creates its own.
	seed := []string{gap.ID, strconv.FormatInt(gap.Revision+1, 10)}
	d := GapAction{Action: c.Action}
	switch c.Action {
	case ActionApproveModel:
		err = decideApproveModel(&d, c, f, actor, seed)
	case ActionAddScope:
		err = decideAddScopeAction(g, &d, c, f)
	case ActionClaimResource:
		err = decideClaimAction(g, &d, c, f, now, seed)
	case ActionRecommendDedicatedRole:
		err = decideDedicatedRoleAction(g, &d, c, f, seed)
	case ActionBlockModel:
		d.Target, d.ProductOwner = findingModel(f), strings.TrimSpace(c.ProductOwner)
		d.TaskID = DeriveID(append(seed, "task")...)
	case ActionFlagForMove:
		d.Target, d.ProductOwner = f.Anchor, firstNonBlank(c.ProductOwner, ownerOfBR(g, f.BusinessRequestID))
		d.TaskID = DeriveID(append(seed, "task")...)
	case ActionNotifyProductOwner:
		d.ProductOwner = firstNonBlank(c.ProductOwner, ownerOfRoleTask(g, f.Anchor), ownerOfBR(g, f.BusinessRequestID), ownerOfWorkload(g, f.WorkloadID))
	case ActionRequestBusinessCase:
		d.WorkloadID = f.WorkloadID
		d.ProductOwner = firstNonBlank(c.ProductOwner, ownerOfWorkload(g, f.WorkloadID), ownerOfBR(g, f.BusinessRequestID))
	default:
		err = Errorf(CodeBadUserInput, "action: unknown action %q", c.Action)
	}
	if err != nil {
		return Decision{}, err
	}
	ev := GapActionTaken{GapID: gap.ID, Decision: d, Rationale: c.Rationale}
	dec := Decision{Stream: GapStream(gap.ID), ExpectedRevision: gap.Revision, Events: []Event{ev}, Rationale: c.Rationale}
	if d.Anchor != "" { // CLAIM_RESOURCE
		dec.Guard = anchorGuard(d.Anchor)
	}
	return dec, nil
}

func decideApproveModel(d *GapAction, c ActionGap, f Finding, actor Identity, seed []string) error {
	if c.BusinessCase == nil {
		return Errorf(CodeBadUserInput, "businessCase: APPROVE_MODEL needs a business case")
	}
	bc, err := validBusinessCase(*c.BusinessCase, actor)
	if err != nil {
		return err
	}
	scope := c.Scope
	if scope == nil {
		scope = f.Evidence.Scopes
	}
	if d.Scope, err = validScopes("scope", scope); err != nil {
		return err
	}
	d.Model, d.BusinessCase, d.ProductOwner = findingModel(f), &bc, strings.TrimSpace(c.ProductOwner)
	d.BusinessRequestID = DeriveID(append(seed, "br")...)
	return nil
}

func decideAddScopeAction(g *Governance, d *GapAction, c ActionGap, f Finding) error {
	br, err := findBR(g, f.BusinessRequestID)
	if err != nil {
		return err
	}
	scope := c.Scope
	if scope == nil {
		scope = f.Evidence.Scopes
	}
	if d.Scope, err = validScopes("scope", scope); err != nil {
		return err
	}
	d.BusinessRequestID = br.ID
	d.AddedScope, err = widenableScope(br, d.Scope)
	return err
}

func decideClaimAction(g *Governance, d *GapAction, c ActionGap, f Finding, now time.Time, seed []string) error {
	if err := requireID("workloadId", c.WorkloadID); err != nil {
		return err
	}
	w, err := findWorkload(g, c.WorkloadID)
	if err != nil {
		return err
	}
	anchorType, anchor, ok := ClassifyAnchor(f.Anchor)
	if !ok && len(f.Evidence.ResourceIDs) == 1 {
		anchorType, anchor, ok = ClassifyAnchor(f.Evidence.ResourceIDs[0])
	}
	if !ok {
		return Errorf(CodeBadUserInput, "action: the gap's anchor %q is no ARN that can be claimed", f.Anchor)
	}
	d.EffectiveFrom = dayAfter(now)
	if err := unclaimed(g, anchor, d.EffectiveFrom); err != nil {
		return err
	}
	d.WorkloadID, d.AnchorType, d.Anchor = w.ID, anchorType, anchor
	d.ClaimID = DeriveID(append(seed, "claim")...)
	return nil
}

func decideDedicatedRoleAction(g *Governance, d *GapAction, c ActionGap, f Finding, seed []string) error {
	id := firstNonBlank(c.WorkloadID, f.WorkloadID)
	if id == "" {
		return Errorf(CodeBadUserInput, "workloadId: RECOMMEND_DEDICATED_ROLE needs the workload the dedicated role is for")
	}
	w, err := findWorkload(g, id)
	if err != nil {
		return err
	}
	d.WorkloadID, d.ProductOwner = w.ID, w.ProductOwner
	d.Target = dedicatedRoleName(g.Settings.DedicatedRolePattern, w.Name)
	d.TaskID = DeriveID(append(seed, "task")...)
	return nil
}

func decideResolveGap(g *Governance, c ResolveGap, actor Identity) (Decision, error) {
	gap, err := humanGapCommand(g, actor, "resolve a gap", c.GapID, c.Rationale, c.ExpectedRevision)
	if err != nil {
		return Decision{}, err
	}
	if err := gap.canResolveByHand(); err != nil {
		return Decision{}, err
	}
	ev := GapMarkedResolved{GapID: gap.ID, Rationale: c.Rationale, ByHand: true}
	return Decision{Stream: GapStream(gap.ID), ExpectedRevision: gap.Revision, Events: []Event{ev}, Rationale: c.Rationale}, nil
}

func decideRecall(g *Governance, c RecallDecision, actor Identity, now time.Time) (Decision, error) {
	gap, err := humanGapCommand(g, actor, "recall a decision", c.GapID, c.Rationale, c.ExpectedRevision)
	if err != nil {
		return Decision{}, err
	}
	if err := gap.canRecall(); err != nil {
		return Decision{}, err
	}
	ev := GapDecisionRecalled{GapID: gap.ID, Rationale: c.Rationale, Recalled: cloneGapAction(*gap.Decision), EffectiveDay: day(now)}
	return Decision{Stream: GapStream(gap.ID), ExpectedRevision: gap.Revision, Events: []Event{ev}, Rationale: c.Rationale}, nil
}

// humanGapCommand checks what every Lead decision on a gap needs: the role,
// a rationale, the gap, and a current expected revision.
func humanGapCommand(g *Governance, actor Identity, what, gapID, rationale string, expected *int64) (*Gap, error) {
	if err := requireRole(actor, what, RoleFinOpsLead); err != nil {
		return nil, err
	}
	if err := requireText("rationale", rationale); err != nil {
		return nil, err
	}
	gap := g.Gaps[gapID]
	if gap == nil {
		return nil, Errorf(CodeNotFound, "gapId: no gap %q", gapID)
	}
	if err := checkRevision("gap "+gap.ID, gap.Revision, expected); err != nil {
		return nil, err
	}
	return gap, nil
}

// ClassifyAnchor tells what kind of claim anchor an ARN is, normalised as
// claims store it: a role principal (IAM role ARN with or without path, or an
// assumed-role ARN) becomes arn:aws:iam::<acct>:role/<name>.
func ClassifyAnchor(arn string) (AnchorType, string, bool) {
	arn = strings.TrimSpace(arn)
	if p, ok := ParsePrincipal(arn); ok {
		if p.Kind != PrincipalRole || !validAccountID(p.Account) {
			return "", "", false
		}
		return AnchorIAMRole, p.ARN(), true
	}
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[1] == "" || parts[2] == "" || parts[5] == "" {
		return "", "", false
	}
	switch {
	case parts[2] == "aws-external-anthropic" && WorkspaceIDOf(arn) != "":
		return AnchorClaudeWorkspace, arn, true
	case parts[2] == "bedrock" && strings.HasPrefix(parts[5], "guardrail/"):
		return AnchorGuardrail, arn, true
	}
	return AnchorResource, arn, true
}

// validClaimAnchor checks a claim's anchor against its type. RESOURCE takes
// any resource ARN; the other types need an ARN of their kind.
func validClaimAnchor(t AnchorType, anchor string) (string, error) {
	switch t {
	case AnchorIAMRole, AnchorClaudeWorkspace, AnchorGuardrail, AnchorResource:
	default:
		return "", Errorf(CodeBadUserInput, "anchorType: unknown anchor type %q", t)
	}
	kind, normalised, ok := ClassifyAnchor(anchor)
	if !ok {
		return "", Errorf(CodeBadUserInput, "anchor: %q is not a well-formed ARN%s", anchor, anchorFormHint(t))
	}
	if kind != t && !(t == AnchorResource && kind != AnchorIAMRole) {
		return "", Errorf(CodeBadUserInput, "anchor: %q is a %s ARN, not %s%s", anchor, kind, t, anchorFormHint(t))
	}
	return normalised, nil
}

func anchorFormHint(t AnchorType) string {
	switch t {
	case AnchorIAMRole:
		return " (want arn:aws:iam::<12-digit account>:role/[path/]<name>)"
	case AnchorClaudeWorkspace:
		return " (want arn:aws:aws-external-anthropic:<region>:<account>:workspace/<id>)"
	case AnchorGuardrail:
		return " (want arn:aws:bedrock:<region>:<account>:guardrail/<id>)"
	}
	return ""
}

// unclaimed refuses a second current claim on one anchor.
// unclaimed refuses a claim on anchor from day from that would overlap
// another: an anchor has one owner on any day (docs/DESIGN.md §4.3), so a backdated
// claim may not reach into the days a released claim was in force.
func unclaimed(g *Governance, anchor, from string) error {
	for _, c := range g.ClaimsOn(anchor) {
		if c.Current() {
			return Errorf(CodeBadUserInput, "anchor: %s is already claimed by workload %s (claim %s)", anchor, c.WorkloadID, c.ID)
		}
		if c.ReleasedFrom > from && c.EffectiveFrom < c.ReleasedFrom {
			return Errorf(CodeBadUserInput, "effectiveFrom: %s was claimed by workload %s until %s (claim %s); a new claim may take effect from %s at the earliest",
				anchor, c.WorkloadID, c.ReleasedFrom, c.ID, c.ReleasedFrom)
		}
	}
	return nil
}

// effectiveDay reads an optional effective date: default the day after now;
// before that, only a FinOps Lead may backdate.
func effectiveDay(field, given string, actor Identity, now time.Time) (string, error) {
	tomorrow := dayAfter(now)
	if given == "" {
		return tomorrow, nil
	}
	if _, err := time.Parse(time.DateOnly, given); err != nil {
		return "", Errorf(CodeBadUserInput, "%s: %q is not a date YYYY-MM-DD", field, given)
	}
	if given < tomorrow && !actor.Has(RoleFinOpsLead) {
		return "", Errorf(CodeForbidden, "forbidden: %s %s is before %s: only a FINOPS_LEAD may backdate", field, given, tomorrow)
	}
	return given, nil
}

func day(t time.Time) string      { return t.UTC().Format(time.DateOnly) }
func dayAfter(t time.Time) string { return day(t.UTC().AddDate(0, 0, 1)) }

// dedicatedRolePlaceholder is the wildcard of the dedicated-role pattern.
const dedicatedRolePlaceholder = "*"

// dedicatedRoleName fills the dedicated-role pattern with a workload's name,
// lower-cased, characters IAM forbids in role names replaced by '-'.
func dedicatedRoleName(pattern, workload string) string {
	name := strings.Map(func(r rune) rune {
		if isRoleNameRune(r) {
			return r
		}
		return '-'
	}, strings.ToLower(strings.TrimSpace(workload)))
	return strings.Replace(pattern, dedicatedRolePlaceholder, name, 1)
}

// findingModel is the model a finding is about.
func findingModel(f Finding) string {
	if len(f.Evidence.Models) == 1 {
		return f.Evidence.Models[0]
	}
	return f.Anchor
}

// ownerOfRoleTask is the product owner named on the CE task that creates the
// role of a principal anchor.
func ownerOfRoleTask(g *Governance, anchor string) string {
	p, ok := ParsePrincipal(anchor)
	if !ok || p.Kind != PrincipalRole {
		return ""
	}
	var owner string
	for _, t := range g.Tasks {
		if t.Kind == TaskCreateDedicatedRole && t.Target == p.Name && t.Status != TaskCancelled && t.ProductOwner != "" {
			if owner == "" || t.ProductOwner < owner { // deterministic among several
				owner = t.ProductOwner
			}
		}
	}
	return owner
}

func ownerOfBR(g *Governance, id string) string {
	if br := g.BusinessRequests[id]; br != nil {
		return br.ProductOwner
	}
	return ""
}

func ownerOfWorkload(g *Governance, id string) string {
	if w := g.Workloads[id]; w != nil {
		return w.ProductOwner
	}
	return ""
}

// firstNonBlank is the first non-blank value, trimmed.
func firstNonBlank(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func requireRole(actor Identity, what string, roles ...Role) error {
	if slices.ContainsFunc(roles, actor.Has) {
		return nil
	}
	return forbidden(actor, what, roles...)
}

func forbidden(actor Identity, what string, roles ...Role) error {
	return Errorf(CodeForbidden, "forbidden: %s may not %s (needs %v)", actor.Subject, what, roles)
}

func requireText(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return Errorf(CodeBadUserInput, "%s: must not be blank", field)
	}
	return nil
}

// requireTexts checks field, value pairs in order.
func requireTexts(fieldValues ...string) error {
	for i := 0; i+1 < len(fieldValues); i += 2 {
		if err := requireText(fieldValues[i], fieldValues[i+1]); err != nil {
			return err
		}
	}
	return nil
}

func requireID(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return Errorf(CodeBadUserInput, "%s: an id is required", field)
	}
	return nil
}

func checkRevision(what string, current int64, expected *int64) error {
	if expected != nil && *expected != current {
		return Errorf(CodeConflict, "expectedRevision: %d is stale, %s is at revision %d", *expected, what, current)
	}
	return nil
}

func requireOwnerOrLead(actor Identity, w *Workload) error {
	if actor.Has(RoleFinOpsLead) || (actor.Has(RoleProductOwner) && owns(actor, w.ProductOwner)) {
		return nil
	}
	return Errorf(CodeForbidden, "forbidden: workload %s is owned by %s, not %s", w.ID, w.ProductOwner, actor.Subject)
}

// owns: a product owner is named by email or subject, case-insensitively.
func owns(actor Identity, productOwner string) bool {
	po := strings.TrimSpace(productOwner)
	return po != "" && (strings.EqualFold(po, actor.Email) || strings.EqualFold(po, actor.Subject))
}

func sameIdentity(a, b Identity) bool { return a.Subject == b.Subject && a.Issuer == b.Issuer }

func findBR(g *Governance, id string) (*BusinessRequest, error) {
	if br := g.BusinessRequests[id]; br != nil {
		return br, nil
	}
	return nil, Errorf(CodeNotFound, "businessRequestId: no business request %q", id)
}

func findWorkload(g *Governance, id string) (*Workload, error) {
	if w := g.Workloads[id]; w != nil {
		return w, nil
	}
	return nil, Errorf(CodeNotFound, "workloadId: no workload %q", id)
}

func validAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// validScopes checks a non-empty scope and returns it trimmed, sorted, without duplicates.
func validScopes(field string, scope []Scope) ([]Scope, error) {
	if len(scope) == 0 {
		return nil, Errorf(CodeBadUserInput, "%s: give at least one account × region", field)
	}
	out := make([]Scope, len(scope))
	for i, s := range scope {
		s = Scope{AccountID: strings.TrimSpace(s.AccountID), Region: strings.TrimSpace(s.Region)}
		if !validAccountID(s.AccountID) {
			return nil, Errorf(CodeBadUserInput, "%s[%d].accountId: %q is not a 12-digit AWS account id", field, i, s.AccountID)
		}
		if s.Region == "" {
			return nil, Errorf(CodeBadUserInput, "%s[%d].region: must not be blank", field, i)
		}
		out[i] = s
	}
	return unionScopes(nil, out), nil
}

func validBusinessCase(in BusinessCaseInput, actor Identity) (BusinessCase, error) {
	if in.Category != ValueCostSaving && in.Category != ValueRevenueDriving {
		return BusinessCase{}, Errorf(CodeBadUserInput, "businessCase.category: %q is not COST_SAVING or REVENUE_DRIVING", in.Category)
	}
	if in.AnnualValue.IsNegative() {
		return BusinessCase{}, Errorf(CodeBadUserInput, "businessCase.annualValue: %s is negative", in.AnnualValue)
	}
	return BusinessCase{Category: in.Category, AnnualValue: in.AnnualValue, Description: strings.TrimSpace(in.Description), DeclaredBy: actor}, nil
}
