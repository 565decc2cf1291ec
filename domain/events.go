package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Event is a domain event: what is appended to the log, as a typed payload.
// Payloads carry everything a reader needs; who and when live in Metadata.
type Event interface{ EventType() string }

// Metadata is stored beside every event.
type Metadata struct {
	Actor         Identity  `json:"actor"`
	OccurredAt    time.Time `json:"occurredAt"`
	CorrelationID string    `json:"correlationId,omitempty"`
	CausationID   string    `json:"causationId,omitempty"`
	Rationale     string    `json:"rationale,omitempty"`
}

// Envelope is a recorded event, decoded, with where and when it was recorded.
type Envelope struct {
	Stream     string
	Revision   int64 // 0-based revision within Stream
	Position   string
	Type       string
	Event      Event
	Meta       Metadata
	RecordedAt time.Time
}

// Event type names of governance, gap and detection events (each equal to
// its payload type's name). The spend events' names are in spend.go.
const (
	EventBusinessRequestSubmitted = "BusinessRequestSubmitted"
	EventBusinessRequestApproved  = "BusinessRequestApproved"
	EventBusinessRequestRejected  = "BusinessRequestRejected"
	EventBusinessRequestWithdrawn = "BusinessRequestWithdrawn"
	EventApprovalScopeAdded       = "ApprovalScopeAdded"
	EventBusinessCaseDeclared     = "BusinessCaseDeclared"
	EventWorkloadRegistered       = "WorkloadRegistered"
	EventResourceClaimed          = "ResourceClaimed"
	EventClaimReleased            = "ClaimReleased"
	EventAccountBudgetsSet        = "AccountBudgetsSet"
	EventTaskCompleted            = "TaskCompleted"
	EventSettingsUpdated          = "SettingsUpdated"
	EventGapOpened                = "GapOpened"
	EventGapEvidenceChanged       = "GapEvidenceChanged"
	EventGapActionTaken           = "GapActionTaken"
	EventGapMarkedResolved        = "GapMarkedResolved"
	EventGapFindingCleared        = "GapFindingCleared"
	EventGapReopened              = "GapReopened"
	EventGapDecisionRecalled      = "GapDecisionRecalled"
	EventDetectionSummaryChanged  = "DetectionSummaryChanged"
	EventDecisionGuarded          = "DecisionGuarded"
	EventGuardVoided              = "GuardVoided"
)

// Stream names. Every governance record and every gap is its own stream.
func BusinessRequestStream(id string) string  { return "br-" + id }
func WorkloadStream(id string) string         { return "workload-" + id }
func TaskStream(id string) string             { return "task-" + id }
func AccountBudgetsStream(acct string) string { return "budgets-" + acct }
func GapStream(id string) string              { return "gap-" + id }

const (
	SettingsStream  = "settings"
	DetectionStream = "detection"
)

// idNamespace roots every id the domain derives (uuid v5), so that the
// detector and every fold compute the same ids from the same inputs.
var idNamespace = uuid.MustParse("6f1c2f0e-7a43-5b8e-9d1a-3c2b9e4a7f10")

// DeriveID is a deterministic id (uuid v5) over the parts joined by "|".
func DeriveID(parts ...string) string {
	return uuid.NewSHA1(idNamespace, []byte(strings.Join(parts, "|"))).String()
}

// GapID is the id of the gap of a scenario's finding with the given key.
func GapID(s Scenario, key string) string { return DeriveID(string(s), key) }

// BusinessRequestSubmitted opens a BR (stream br-<id>), status Submitted.
type BusinessRequestSubmitted struct {
	ID            string        `json:"id"`
	Model         string        `json:"model"`
	ProductOwner  string        `json:"productOwner"`
	Scope         []Scope       `json:"scope"`
	Justification string        `json:"justification"`
	BusinessCase  *BusinessCase `json:"businessCase,omitempty"`
	Requester     Identity      `json:"requester"`
}

// BusinessRequestApproved: Submitted → Approved.
type BusinessRequestApproved struct {
	ID        string `json:"id"`
	Rationale string `json:"rationale"`
}

// BusinessRequestRejected: Submitted → Rejected.
type BusinessRequestRejected struct {
	ID        string `json:"id"`
	Rationale string `json:"rationale"`
}

// BusinessRequestWithdrawn: Submitted or Approved → Withdrawn.
type BusinessRequestWithdrawn struct {
	ID        string `json:"id"`
	Rationale string `json:"rationale"`
}

// ApprovalScopeAdded widens a BR's scope by Scope (only pairs it did not have).
type ApprovalScopeAdded struct {
	ID        string  `json:"id"`
	Scope     []Scope `json:"scope"`
	Rationale string  `json:"rationale"`
}

// BusinessCaseDeclared sets the business case of a workload (stream
// workload-<id>) or of a BR (stream br-<id>); exactly one id is set.
type BusinessCaseDeclared struct {
	WorkloadID        string       `json:"workloadId,omitempty"`
	BusinessRequestID string       `json:"businessRequestId,omitempty"`
	BusinessCase      BusinessCase `json:"businessCase"`
}

// WorkloadRegistered opens a workload (stream workload-<id>).
type WorkloadRegistered struct {
	ID                string   `json:"id"`
	Name              string   `json:"name"`
	ProductOwner      string   `json:"productOwner"`
	Budget            string   `json:"budget"`
	MonthlyEstimate   *Decimal `json:"monthlyEstimate,omitempty"`
	BusinessRequestID string   `json:"businessRequestId,omitempty"`
	RegisteredBy      Identity `json:"registeredBy"`
}

// ResourceClaimed adds a claim to a workload (stream workload-<id>).
type ResourceClaimed struct {
	WorkloadID    string     `json:"workloadId"`
	ClaimID       string     `json:"claimId"`
	AnchorType    AnchorType `json:"anchorType"`
	Anchor        string     `json:"anchor"`        // normalised (see Claim.Anchor)
	EffectiveFrom string     `json:"effectiveFrom"` // "YYYY-MM-DD"
	ClaimedAt     time.Time  `json:"claimedAt"`
	ClaimedBy     Identity   `json:"claimedBy"`
	Rationale     string     `json:"rationale,omitempty"`
}

// ClaimReleased ends a claim from EffectiveFrom on (stream workload-<id>).
type ClaimReleased struct {
	WorkloadID    string `json:"workloadId"`
	ClaimID       string `json:"claimId"`
	EffectiveFrom string `json:"effectiveFrom"` // first day the claim no longer applies
	Rationale     string `json:"rationale"`
}

// AccountBudgetsSet replaces an account's budgets (stream budgets-<acct>).
// When EvenSplit is set the shares were not given: each is 100/n rounded to
// 16 decimal places, all equal, so that allocation weighting by share splits
// exactly evenly (the shares' sum may then differ from 100 in the last place).
type AccountBudgetsSet struct {
	AccountID string        `json:"accountId"`
	Budgets   []BudgetShare `json:"budgets"`
	EvenSplit bool          `json:"evenSplit,omitempty"`
	Rationale string        `json:"rationale,omitempty"`
}

// TaskCompleted: a Cloud Engineer task Open → Done (stream task-<id>).
type TaskCompleted struct {
	TaskID      string   `json:"taskId"`
	Note        string   `json:"note,omitempty"`
	CompletedBy Identity `json:"completedBy"`
}

// SettingsUpdated replaces the settings as a whole (stream settings).
type SettingsUpdated struct {
	Settings Settings `json:"settings"`
}

// GapOpened: the detector saw a new finding (stream gap-<id>), → ACTIVE.
type GapOpened struct {
	GapID   string  `json:"gapId"`
	Finding Finding `json:"finding"`
}

// GapEvidenceChanged: the finding is still there, with other evidence.
type GapEvidenceChanged struct {
	GapID   string  `json:"gapId"`
	Finding Finding `json:"finding"`
}

// GapActionTaken: a Lead's decision, → ACTIONED. Its effects on BRs, workloads,
// tasks and notifications are derived by the governance fold.
type GapActionTaken struct {
	GapID     string    `json:"gapId"`
	Decision  GapAction `json:"decision"`
	Rationale string    `json:"rationale"`
}

// GapMarkedResolved: → RESOLVED, by the detector (finding gone) or by hand.
type GapMarkedResolved struct {
	GapID     string `json:"gapId"`
	Rationale string `json:"rationale"`
	ByHand    bool   `json:"byHand,omitempty"`
}

// GapFindingCleared: the finding of a gap resolved by hand disappeared; the
// gap stays RESOLVED and reopens if the finding returns.
type GapFindingCleared struct {
	GapID     string `json:"gapId"`
	Rationale string `json:"rationale"`
}

// GapReopened: a RESOLVED gap's finding is back, → ACTIVE (history kept).
type GapReopened struct {
	GapID     string  `json:"gapId"`
	Finding   Finding `json:"finding"`
	Rationale string  `json:"rationale"`
}

// GapDecisionRecalled: the decision in force is recalled, → RECALLED. The fold
// compensates Recalled's effects; EffectiveDay ("YYYY-MM-DD") is the day a
// recalled claim stops applying.
type GapDecisionRecalled struct {
	GapID        string    `json:"gapId"`
	Rationale    string    `json:"rationale"`
	Recalled     GapAction `json:"recalled"`
	EffectiveDay string    `json:"effectiveDay"`
}

// DetectionSummaryChanged records a detection run's summary (stream detection).
type DetectionSummaryChanged struct {
	Summary DetectionSummary `json:"summary"`
}

// DecisionGuarded (stream GuardStream(Key)) announces a decision under a
// rule that spans records (Decision.Guard) before it is appended to Stream
// at ExpectedRevision (-1: a new stream). It carries the decision's events
// as they will be stored, so that any API replica that meets it can settle
// it: append them itself (a retried append of the same events writes
// nothing twice), or, once that can no longer succeed, void it.
type DecisionGuarded struct {
	Key              string         `json:"key"`
	Stream           string         `json:"stream"`
	ExpectedRevision int64          `json:"expectedRevision"`
	Events           []GuardedEvent `json:"events"`
}

// GuardedEvent is one event of a guarded decision, as the log will hold it.
type GuardedEvent struct {
	ID       string          `json:"id"`
	Type     string          `json:"type"`
	Data     json.RawMessage `json:"data"`
	Metadata json.RawMessage `json:"metadata"`
}

// GuardVoided: the guarded decision before it in its stream can no longer
// be appended (its stream moved on); the rule's key is free again.
type GuardVoided struct {
	Key string `json:"key"`
}

// GuardStream is the stream that orders every decision under one
// cross-record rule key; the key is hashed, since it may be any text.
func GuardStream(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "guard-" + hex.EncodeToString(sum[:16])
}

func (DecisionGuarded) EventType() string          { return EventDecisionGuarded }
func (GuardVoided) EventType() string              { return EventGuardVoided }
func (BusinessRequestSubmitted) EventType() string { return EventBusinessRequestSubmitted }
func (BusinessRequestApproved) EventType() string  { return EventBusinessRequestApproved }
func (BusinessRequestRejected) EventType() string  { return EventBusinessRequestRejected }
func (BusinessRequestWithdrawn) EventType() string { return EventBusinessRequestWithdrawn }
func (ApprovalScopeAdded) EventType() string       { return EventApprovalScopeAdded }
func (BusinessCaseDeclared) EventType() string     { return EventBusinessCaseDeclared }
func (WorkloadRegistered) EventType() string       { return EventWorkloadRegistered }
func (ResourceClaimed) EventType() string          { return EventResourceClaimed }
func (ClaimReleased) EventType() string            { return EventClaimReleased }
func (AccountBudgetsSet) EventType() string        { return EventAccountBudgetsSet }
func (TaskCompleted) EventType() string            { return EventTaskCompleted }
func (SettingsUpdated) EventType() string          { return EventSettingsUpdated }
func (GapOpened) EventType() string                { return EventGapOpened }
func (GapEvidenceChanged) EventType() string       { return EventGapEvidenceChanged }
func (GapActionTaken) EventType() string           { return EventGapActionTaken }
func (GapMarkedResolved) EventType() string        { return EventGapMarkedResolved }
func (GapFindingCleared) EventType() string        { return EventGapFindingCleared }
func (GapReopened) EventType() string              { return EventGapReopened }
func (GapDecisionRecalled) EventType() string      { return EventGapDecisionRecalled }
func (DetectionSummaryChanged) EventType() string  { return EventDetectionSummaryChanged }
func (SpendFactsChunk) EventType() string          { return EventSpendFactsChunk }
func (SpendPeriodReplaced) EventType() string      { return EventSpendPeriodReplaced }
func (IngestCompleted) EventType() string          { return EventIngestCompleted }

// decoders maps every event type to its payload decoder.
var decoders = map[string]func([]byte) (Event, error){
	EventBusinessRequestSubmitted: decodeAs[BusinessRequestSubmitted],
	EventBusinessRequestApproved:  decodeAs[BusinessRequestApproved],
	EventBusinessRequestRejected:  decodeAs[BusinessRequestRejected],
	EventBusinessRequestWithdrawn: decodeAs[BusinessRequestWithdrawn],
	EventApprovalScopeAdded:       decodeAs[ApprovalScopeAdded],
	EventBusinessCaseDeclared:     decodeAs[BusinessCaseDeclared],
	EventWorkloadRegistered:       decodeAs[WorkloadRegistered],
	EventResourceClaimed:          decodeAs[ResourceClaimed],
	EventClaimReleased:            decodeAs[ClaimReleased],
	EventAccountBudgetsSet:        decodeAs[AccountBudgetsSet],
	EventTaskCompleted:            decodeAs[TaskCompleted],
	EventSettingsUpdated:          decodeAs[SettingsUpdated],
	EventGapOpened:                decodeAs[GapOpened],
	EventGapEvidenceChanged:       decodeAs[GapEvidenceChanged],
	EventGapActionTaken:           decodeAs[GapActionTaken],
	EventGapMarkedResolved:        decodeAs[GapMarkedResolved],
	EventGapFindingCleared:        decodeAs[GapFindingCleared],
	EventGapReopened:              decodeAs[GapReopened],
	EventGapDecisionRecalled:      decodeAs[GapDecisionRecalled],
	EventDetectionSummaryChanged:  decodeAs[DetectionSummaryChanged],
	EventSpendFactsChunk:          decodeSpendFactsChunk,
	EventSpendPeriodReplaced:      decodeAs[SpendPeriodReplaced],
	EventIngestCompleted:          decodeAs[IngestCompleted],
	EventIngestFailed:             decodeAs[IngestFailed],
	EventDecisionGuarded:          decodeAs[DecisionGuarded],
	EventGuardVoided:              decodeAs[GuardVoided],
	EventNotificationAttempted:    decodeAs[NotificationAttempted],
	EventNotifierEnabled:          decodeAs[NotifierEnabled],
}

func decodeAs[T Event](data []byte) (Event, error) {
	var e T
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, err
	}
	return e, nil
}

// EventTypes lists every event type Decode knows, sorted.
func EventTypes() []string {
	return slices.Sorted(maps.Keys(decoders))
}

// Encode serialises an event's payload as JSON.
func Encode(e Event) (eventType string, data []byte, err error) {
	if e == nil {
		return "", nil, fmt.Errorf("domain: encode: nil event")
	}
	data, err = json.Marshal(e)
	if err != nil {
		return "", nil, fmt.Errorf("domain: encode %s: %w", e.EventType(), err)
	}
	return e.EventType(), data, nil
}

// Decode reads the payload of an event of the given type.
func Decode(eventType string, data []byte) (Event, error) {
	decode, ok := decoders[eventType]
	if !ok {
		return nil, fmt.Errorf("domain: decode: unknown event type %q", eventType)
	}
	e, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("domain: decode %s: %w", eventType, err)
	}
	return e, nil
}
