package domain

import "slices"

// This file is the gap aggregate: how gap events change one gap, and which
// human transitions its state allows (docs/DESIGN.md §7).

// gapEvent is an event of an existing gap's stream.
type gapEvent interface {
	Event
	gapID() string
}

func (e GapEvidenceChanged) gapID() string  { return e.GapID }
func (e GapActionTaken) gapID() string      { return e.GapID }
func (e GapMarkedResolved) gapID() string   { return e.GapID }
func (e GapFindingCleared) gapID() string   { return e.GapID }
func (e GapReopened) gapID() string         { return e.GapID }
func (e GapDecisionRecalled) gapID() string { return e.GapID }

// applyGapEvent folds one event of the gap's own stream into gap.
func (gap *Gap) applyGapEvent(env Envelope) {
	entry := GapHistoryEntry{At: env.Meta.OccurredAt, Kind: env.Event.EventType(), Actor: env.Meta.Actor}
	switch e := env.Event.(type) {
	case GapOpened:
		gap.ID, gap.Scenario, gap.Key = e.GapID, e.Finding.Scenario, e.Finding.Key
		gap.Finding = CanonicalFinding(e.Finding)
		gap.State, gap.FindingPresent, gap.OpenedAt = GapActive, true, env.Meta.OccurredAt
	case GapEvidenceChanged:
		gap.Finding, gap.FindingPresent = CanonicalFinding(e.Finding), true
	case GapActionTaken:
		decision := cloneGapAction(e.Decision)
		gap.State, gap.Decision, gap.ResolvedByHand = GapActioned, &decision, false
		entry.Action, entry.Rationale = e.Decision.Action, e.Rationale
	case GapMarkedResolved:
		gap.State, gap.ResolvedByHand = GapResolved, e.ByHand
		if !e.ByHand {
			gap.FindingPresent = false
		}
		entry.Rationale = e.Rationale
	case GapFindingCleared:
		gap.FindingPresent = false
		entry.Rationale = e.Rationale
	case GapReopened:
		gap.Finding, gap.FindingPresent = CanonicalFinding(e.Finding), true
		gap.State, gap.ResolvedByHand = GapActive, false
		entry.Rationale = e.Rationale
	case GapDecisionRecalled:
		gap.State, gap.Decision, gap.ResolvedByHand = GapRecalled, nil, false
		entry.Action, entry.Rationale = e.Recalled.Action, e.Rationale
	default:
		return
	}
	gap.Revision = env.Revision
	entry.State = gap.State
	gap.History = append(gap.History, entry)
}

// canAction: a Lead actions an ACTIVE or RECALLED gap.
func (gap *Gap) canAction() error {
	if gap.State != GapActive && gap.State != GapRecalled {
		return Errorf(CodeInvalidTransition, "gap %s is %s: only an ACTIVE or RECALLED gap can be actioned", gap.ID, gap.State)
	}
	return nil
}

// canResolveByHand: a Lead accepts an ACTIONED gap as is.
func (gap *Gap) canResolveByHand() error {
	if gap.State != GapActioned {
		return Errorf(CodeInvalidTransition, "gap %s is %s: only an ACTIONED gap can be resolved by hand", gap.ID, gap.State)
	}
	return nil
}

// canRecall: a decision in force on an ACTIONED or RESOLVED gap can be recalled.
func (gap *Gap) canRecall() error {
	if gap.State != GapActioned && gap.State != GapResolved {
		return Errorf(CodeInvalidTransition, "gap %s is %s: only a decision on an ACTIONED or RESOLVED gap can be recalled", gap.ID, gap.State)
	}
	if gap.Decision == nil {
		return Errorf(CodeInvalidTransition, "gap %s has no decision in force to recall", gap.ID)
	}
	return nil
}

func cloneGapAction(a GapAction) GapAction {
	a.Scope = slices.Clone(a.Scope)
	a.AddedScope = slices.Clone(a.AddedScope)
	if a.BusinessCase != nil {
		bc := *a.BusinessCase
		a.BusinessCase = &bc
	}
	return a
}
