package domain

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Kinds of Cloud Engineer tasks a gap decision opens.
const (
	TaskCreateDedicatedRole = "CREATE_DEDICATED_ROLE"
	TaskDenyModel           = "DENY_MODEL"
	TaskMoveResource        = "MOVE_RESOURCE"
)

// NoOwnerRecipient receives a notification when no product owner is known.
const NoOwnerRecipient = "FINOPS_LEAD"

// Notification is a message a gap decision sends: the in-app note a
// NOTIFY_PRODUCT_OWNER or REQUEST_BUSINESS_CASE decision records, or one
// delivery of the notifier, as its latest attempt left it.
type Notification struct {
	GapID    string    `json:"gapId"`
	To       string    `json:"to"` // a product owner, or NoOwnerRecipient
	Message  string    `json:"message"`
	At       time.Time `json:"at"`                 // recorded; for a delivery, its latest attempt
	Channel  string    `json:"channel"`            // ChannelInApp, or the delivery's channel
	Status   string    `json:"status"`             // StatusRecorded, or the latest attempt's outcome
	Rule     string    `json:"rule,omitempty"`     // a delivery's: why this recipient
	Attempts int       `json:"attempts,omitempty"` // a delivery's attempts so far
	Reason   string    `json:"reason,omitempty"`   // why the latest attempt failed
	Delivery string    `json:"delivery,omitempty"` // a delivery's id (its idempotency key)
}

// The channel and status of an in-app note.
const (
	ChannelInApp   = "in-app"
	StatusRecorded = "RECORDED"
)

// Governance is every governance record and gap, folded from the log. The
// deciders, detection and allocation read it; only Apply changes it.
type Governance struct {
	BusinessRequests  map[string]*BusinessRequest
	Workloads         map[string]*Workload
	Tasks             map[string]*Task
	Budgets           map[string][]BudgetShare // account → budgets
	BudgetsEvenSplit  map[string]bool          // account → shares were not given
	BudgetsRevision   map[string]int64         // account → revision of budgets-<acct>
	Settings          Settings
	SettingsRevision  int64 // -1 before any SettingsUpdated
	Gaps              map[string]*Gap
	Detection         DetectionSummary
	DetectionRevision int64 // -1 before any DetectionSummaryChanged

	claims map[string]*Claim // claim id → claim (also held by its workload)
}

// NewGovernance is the state before any event.
func NewGovernance() *Governance {
	return &Governance{
		BusinessRequests:  map[string]*BusinessRequest{},
		Workloads:         map[string]*Workload{},
		Tasks:             map[string]*Task{},
		Budgets:           map[string][]BudgetShare{},
		BudgetsEvenSplit:  map[string]bool{},
		BudgetsRevision:   map[string]int64{},
		Settings:          DefaultSettings(),
		SettingsRevision:  -1,
		Gaps:              map[string]*Gap{},
		DetectionRevision: -1,
		claims:            map[string]*Claim{},
	}
}

// Apply folds one event. Spend and ingest events are ignored; an event about
// a record the state does not hold (impossible through the deciders) is too.
func (g *Governance) Apply(env Envelope) {
	switch e := env.Event.(type) {
	case BusinessRequestSubmitted:
		g.BusinessRequests[e.ID] = &BusinessRequest{
			ID: e.ID, Revision: env.Revision, Model: e.Model, Requester: e.Requester,
			ProductOwner: e.ProductOwner, Status: BRSubmitted, Scope: slices.Clone(e.Scope),
			Justification: e.Justification, BusinessCase: cloneBusinessCase(e.BusinessCase),
			SubmittedAt: env.Meta.OccurredAt, History: []HistoryEntry{historyEntry(env, e.Justification)},
		}
	case BusinessRequestApproved:
		g.brEvent(env, e.ID, e.Rationale, func(br *BusinessRequest) { br.Status = BRApproved })
	case BusinessRequestRejected:
		g.brEvent(env, e.ID, e.Rationale, func(br *BusinessRequest) { br.Status = BRRejected })
	case BusinessRequestWithdrawn:
		g.brEvent(env, e.ID, e.Rationale, func(br *BusinessRequest) { br.Status = BRWithdrawn })
	case ApprovalScopeAdded:
		g.brEvent(env, e.ID, e.Rationale, func(br *BusinessRequest) { br.Scope = unionScopes(br.Scope, e.Scope) })
	case BusinessCaseDeclared:
		if e.WorkloadID != "" {
			g.workloadEvent(env, e.WorkloadID, e.BusinessCase.Description, func(w *Workload) {
				w.BusinessCase = cloneBusinessCase(&e.BusinessCase)
			})
		} else {
			g.brEvent(env, e.BusinessRequestID, e.BusinessCase.Description, func(br *BusinessRequest) {
				br.BusinessCase = cloneBusinessCase(&e.BusinessCase)
			})
		}
	case WorkloadRegistered:
		g.Workloads[e.ID] = &Workload{
			ID: e.ID, Revision: env.Revision, Name: e.Name, ProductOwner: e.ProductOwner, Budget: e.Budget,
			MonthlyEstimate: e.MonthlyEstimate, BusinessRequestID: e.BusinessRequestID,
			RegisteredBy: e.RegisteredBy, History: []HistoryEntry{historyEntry(env, "")},
		}
	case ResourceClaimed:
		g.workloadEvent(env, e.WorkloadID, e.Rationale, func(w *Workload) {
			g.addClaim(w, &Claim{
				ID: e.ClaimID, WorkloadID: e.WorkloadID, AnchorType: e.AnchorType, Anchor: e.Anchor,
				ClaimedBy: e.ClaimedBy, ClaimedAt: e.ClaimedAt, EffectiveFrom: e.EffectiveFrom,
			})
		})
	case ClaimReleased:
		g.workloadEvent(env, e.WorkloadID, e.Rationale, func(*Workload) { g.releaseClaim(e.ClaimID, e.EffectiveFrom) })
	case AccountBudgetsSet:
		g.Budgets[e.AccountID] = slices.Clone(e.Budgets)
		g.BudgetsEvenSplit[e.AccountID] = e.EvenSplit
		g.BudgetsRevision[e.AccountID] = env.Revision
	case TaskCompleted:
		if t := g.Tasks[e.TaskID]; t != nil {
			completedBy := e.CompletedBy
			t.Status, t.CompletedBy, t.Note, t.Revision = TaskDone, &completedBy, e.Note, env.Revision
		}
	case SettingsUpdated:
		g.Settings = e.Settings
		g.Settings.BroadRolePatterns = slices.Clone(e.Settings.BroadRolePatterns)
		g.Settings.WindowMode = cmp.Or(g.Settings.WindowMode, WindowRollingDays)
		g.SettingsRevision = env.Revision
	case DetectionSummaryChanged:
		g.Detection, g.DetectionRevision = e.Summary, env.Revision
	case NotificationAttempted:
		if gap := g.Gaps[e.GapID]; gap != nil {
			gap.recordAttempt(e, env.Meta.OccurredAt)
		}
	case GapOpened:
		gap := &Gap{}
		g.Gaps[e.GapID] = gap
		gap.applyGapEvent(env)
	case gapEvent:
		gap := g.Gaps[e.gapID()]
		if gap == nil {
			return
		}
		gap.applyGapEvent(env)
		switch e := e.(type) {
		case GapActionTaken:
			g.applyDecision(env, gap, e.Decision, e.Rationale)
		case GapDecisionRecalled:
			g.compensate(env, gap, e)
		}
	}
}

func historyEntry(env Envelope, rationale string) HistoryEntry {
	return HistoryEntry{At: env.Meta.OccurredAt, Kind: env.Event.EventType(), Rationale: rationale, Actor: env.Meta.Actor}
}

// brEvent applies an event of a BR's own stream.
func (g *Governance) brEvent(env Envelope, id, rationale string, change func(*BusinessRequest)) {
	br := g.BusinessRequests[id]
	if br == nil {
		return
	}
	change(br)
	br.Revision = env.Revision
	br.History = append(br.History, historyEntry(env, rationale))
}

// workloadEvent applies an event of a workload's own stream.
func (g *Governance) workloadEvent(env Envelope, id, rationale string, change func(*Workload)) {
	w := g.Workloads[id]
	if w == nil {
		return
	}
	change(w)
	w.Revision = env.Revision
	w.History = append(w.History, historyEntry(env, rationale))
}

func (g *Governance) addClaim(w *Workload, c *Claim) {
	w.Claims = append(w.Claims, c)
	g.claims[c.ID] = c
}

// releaseClaim ends a claim from day on; a claim released already keeps its
// first release.
func (g *Governance) releaseClaim(id, day string) {
	if c := g.claims[id]; c != nil && c.ReleasedFrom == "" {
		c.ReleasedFrom = day
	}
}

// applyDecision derives a gap decision's effects on other records.
func (g *Governance) applyDecision(env Envelope, gap *Gap, d GapAction, rationale string) {
	at := env.Meta.OccurredAt
	entry := historyEntry(env, rationale)
	switch d.Action {
	case ActionApproveModel:
		g.BusinessRequests[d.BusinessRequestID] = &BusinessRequest{
			ID: d.BusinessRequestID, Revision: -1, Model: d.Model, Requester: env.Meta.Actor,
			ProductOwner: d.ProductOwner, Status: BRApproved, Scope: slices.Clone(d.Scope),
			Justification: rationale, BusinessCase: cloneBusinessCase(d.BusinessCase), FromGapID: gap.ID,
			SubmittedAt: at, History: []HistoryEntry{entry},
		}
	case ActionAddScope:
		if br := g.BusinessRequests[d.BusinessRequestID]; br != nil {
			br.Scope = unionScopes(br.Scope, d.AddedScope)
			br.History = append(br.History, entry)
		}
	case ActionClaimResource:
		if w := g.Workloads[d.WorkloadID]; w != nil {
			g.addClaim(w, &Claim{
				ID: d.ClaimID, WorkloadID: w.ID, AnchorType: d.AnchorType, Anchor: d.Anchor,
				ClaimedBy: env.Meta.Actor, ClaimedAt: at, EffectiveFrom: d.EffectiveFrom, FromGapID: gap.ID,
			})
			w.History = append(w.History, entry)
		}
	case ActionRecommendDedicatedRole, ActionBlockModel, ActionFlagForMove:
		g.Tasks[d.TaskID] = &Task{
			ID: d.TaskID, Revision: -1, Kind: taskKindOf(d.Action), Target: d.Target, Status: TaskOpen,
			GapID: gap.ID, ProductOwner: d.ProductOwner, CreatedAt: at,
		}
	case ActionNotifyProductOwner, ActionRequestBusinessCase:
		gap.Notifications = append(gap.Notifications, notificationOf(gap, d, at))
	}
}

// compensate undoes the effects of a recalled decision; the decision itself
// stays in the gap's history.
func (g *Governance) compensate(env Envelope, gap *Gap, e GapDecisionRecalled) {
	d := e.Recalled
	entry := historyEntry(env, e.Rationale)
	switch d.Action {
	case ActionApproveModel:
		if br := g.BusinessRequests[d.BusinessRequestID]; br != nil {
			br.Status = BRWithdrawn
			br.History = append(br.History, entry)
		}
	case ActionAddScope:
		if br := g.BusinessRequests[d.BusinessRequestID]; br != nil {
			br.Scope = slices.DeleteFunc(br.Scope, func(s Scope) bool { return slices.Contains(d.AddedScope, s) })
			br.History = append(br.History, entry)
		}
	case ActionClaimResource:
		g.releaseClaim(d.ClaimID, e.EffectiveDay)
		if w := g.Workloads[d.WorkloadID]; w != nil {
			w.History = append(w.History, entry)
		}
	case ActionRecommendDedicatedRole, ActionBlockModel, ActionFlagForMove:
		if t := g.Tasks[d.TaskID]; t != nil && t.Status == TaskOpen {
			t.Status = TaskCancelled
		}
	}
}

func taskKindOf(a ActionKind) string {
	switch a {
	case ActionRecommendDedicatedRole:
		return TaskCreateDedicatedRole
	case ActionBlockModel:
		return TaskDenyModel
	default:
		return TaskMoveResource
	}
}

func notificationOf(gap *Gap, d GapAction, at time.Time) Notification {
	var ask string
	if d.Action == ActionRequestBusinessCase {
		ask = "AI workload " + gap.Finding.Anchor + " has spend or an estimate and no business case: please declare one"
	} else {
		ask = "AI spend on " + gap.Finding.Anchor + " is claimed by no workload: please claim it for the workload it serves"
	}
	if d.ProductOwner == "" {
		return Notification{GapID: gap.ID, To: NoOwnerRecipient, Message: "No owner is known. " + ask, At: at, Channel: ChannelInApp, Status: StatusRecorded}
	}
	return Notification{GapID: gap.ID, To: d.ProductOwner, Message: ask, At: at, Channel: ChannelInApp, Status: StatusRecorded}
}

func cloneBusinessCase(bc *BusinessCase) *BusinessCase {
	if bc == nil {
		return nil
	}
	c := *bc
	return &c
}

// unionScopes is a ∪ b, sorted, without duplicates.
func unionScopes(a, b []Scope) []Scope {
	out := append(slices.Clone(a), b...)
	slices.SortFunc(out, compareScopes)
	return slices.Compact(out)
}

func compareScopes(a, b Scope) int {
	return cmp.Or(cmp.Compare(a.AccountID, b.AccountID), cmp.Compare(a.Region, b.Region))
}

// ApprovedBRsForModel lists the Approved BRs for a model (compared by
// ModelKey), by id.
func (g *Governance) ApprovedBRsForModel(model string) []*BusinessRequest {
	key := ModelKey(model)
	var out []*BusinessRequest
	for _, br := range g.BusinessRequests {
		if br.Status == BRApproved && ModelKey(br.Model) == key {
			out = append(out, br)
		}
	}
	slices.SortFunc(out, func(a, b *BusinessRequest) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Claim returns the claim with the id, nil if none.
func (g *Governance) Claim(id string) *Claim { return g.claims[id] }

// Claims lists every claim, released or not, by id.
func (g *Governance) Claims() []*Claim {
	out := make([]*Claim, 0, len(g.claims))
	for _, c := range g.claims {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *Claim) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// ClaimsCurrent lists the claims not released, by id: what detection reads.
func (g *Governance) ClaimsCurrent() []*Claim {
	return slices.DeleteFunc(g.Claims(), func(c *Claim) bool { return !c.Current() })
}

// CurrentClaimOn returns the current claim on an anchor, nil if none. The
// anchor may be any form of a role principal (role ARN with a path, an
// assumed-role ARN), a resource ARN, or a Claude Platform workspace id.
func (g *Governance) CurrentClaimOn(anchor string) *Claim {
	for _, c := range g.ClaimsOn(anchor) {
		if c.Current() {
			return c
		}
	}
	return nil
}

// ClaimsOn returns every claim, current or released, on an anchor.
func (g *Governance) ClaimsOn(anchor string) []*Claim {
	key := NormalizeAnchor(anchor)
	var out []*Claim
	for _, c := range g.Claims() {
		if c.Anchor == key || (c.AnchorType == AnchorClaudeWorkspace && WorkspaceIDOf(c.Anchor) == anchor) {
			out = append(out, c)
		}
	}
	return out
}

// WorkloadByClaimAnchor returns the workload currently claiming an anchor.
func (g *Governance) WorkloadByClaimAnchor(anchor string) *Workload {
	if c := g.CurrentClaimOn(anchor); c != nil {
		return g.Workloads[c.WorkloadID]
	}
	return nil
}

// NormalizeAnchor reduces a role principal to its role ARN without path
// (how IAM_ROLE claims are stored); any other anchor is returned as is.
func NormalizeAnchor(anchor string) string {
	if p, ok := ParsePrincipal(anchor); ok && p.Kind == PrincipalRole {
		return p.ARN()
	}
	return anchor
}

// WorkspaceIDOf is the id in a Claude Platform workspace ARN
// (arn:aws:aws-external-anthropic:<region>:<account>:workspace/<id>), "" for
// anything else.
func WorkspaceIDOf(arn string) string {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[2] != "aws-external-anthropic" {
		return ""
	}
	id, ok := strings.CutPrefix(parts[5], "workspace/")
	if !ok {
		return ""
	}
	return id
}

// recordAttempt shows a delivery's latest attempt among the gap's notifications.
func (gap *Gap) recordAttempt(e NotificationAttempted, at time.Time) {
	n := Notification{GapID: gap.ID, To: e.Recipient, Message: e.Message, At: at, Channel: e.Channel, Status: e.Outcome,
		Rule: e.Rule, Attempts: e.Attempt, Reason: e.Reason, Delivery: e.DeliveryID}
	for i := range gap.Notifications {
		if gap.Notifications[i].Delivery == e.DeliveryID {
			gap.Notifications[i] = n
			return
		}
	}
	gap.Notifications = append(gap.Notifications, n)
}
