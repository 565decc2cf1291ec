package domain

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Reconcile is the detector's diff: given the findings of a detection run and
// its summary, the decisions that bring the gap streams and the detection
// stream in line (docs/DESIGN.md §7.2). Events are by the detector; the caller sets
// metadata (actor SystemDetector, time, deterministic ids). Decisions come
// sorted by stream, the detection summary last. now dates reasons that have
// no detection window to name.
func Reconcile(g *Governance, findings []Finding, summary DetectionSummary, now time.Time) []Decision {
	current := make(map[string]Finding, len(findings))
	for _, f := range findings {
		id := GapID(f.Scenario, f.Key)
		if _, dup := current[id]; !dup { // detection emits one finding per key
			current[id] = CanonicalFinding(f)
		}
	}
	var out []Decision
	emit := func(gapID string, rev int64, e Event, rationale string) {
		out = append(out, Decision{Stream: GapStream(gapID), ExpectedRevision: rev, Events: []Event{e}, Rationale: rationale})
	}
	for id, f := range current {
		gap := g.Gaps[id]
		switch {
		case gap == nil:
			emit(id, -1, GapOpened{GapID: id, Finding: f}, "")
		case gap.State == GapResolved && !gap.FindingPresent:
			why := fmt.Sprintf("the %s finding on %s is detected again: %s", f.Scenario, f.Anchor, f.Evidence.Rule)
			emit(id, gap.Revision, GapReopened{GapID: id, Finding: f, Rationale: why}, why)
		case !gap.FindingPresent || !sameCanonicalFinding(gap.Finding, f):
			emit(id, gap.Revision, GapEvidenceChanged{GapID: id, Finding: f}, "")
		}
	}
	for id, gap := range g.Gaps {
		if _, present := current[id]; present {
			continue
		}
		switch {
		case gap.State != GapResolved:
			why := findingGoneReason(g, gap, summary, now)
			emit(id, gap.Revision, GapMarkedResolved{GapID: id, Rationale: why}, why)
		case gap.FindingPresent: // resolved by hand: remember that the finding went
			why := findingGoneReason(g, gap, summary, now)
			emit(id, gap.Revision, GapFindingCleared{GapID: id, Rationale: why}, why)
		}
	}
	slices.SortFunc(out, func(a, b Decision) int { return cmp.Compare(a.Stream, b.Stream) })
	if !SameDetectionSummary(summary, g.Detection) {
		out = append(out, Decision{Stream: DetectionStream, ExpectedRevision: g.DetectionRevision, Events: []Event{DetectionSummaryChanged{Summary: summary}}})
	}
	return out
}

// findingGoneReason names, best-effort from governance state, what made a
// gap's finding disappear.
func findingGoneReason(g *Governance, gap *Gap, summary DetectionSummary, now time.Time) string {
	f := gap.Finding
	switch f.Scenario {
	case ScenarioRoleRecommendation:
		if p, ok := ParsePrincipal(f.Anchor); ok && !slices.ContainsFunc(g.Settings.BroadRolePatterns, func(pat string) bool { return MatchRolePattern(pat, p.Name) }) {
			return fmt.Sprintf("role %s no longer matches a broad-role pattern in settings", p.ARN())
		}
	case ScenarioNotBusinessApproved:
		model := findingModel(f)
		if brs := g.ApprovedBRsForModel(model); len(brs) > 0 {
			return fmt.Sprintf("model %s is approved by BR %s", model, brs[0].ID)
		}
		for _, p := range f.Evidence.Principals {
			if why := claimedReason(g, p.Principal); why != "" {
				return why
			}
		}
	case ScenarioOutOfApprovedScope:
		model := findingModel(f)
		brs := g.ApprovedBRsForModel(model)
		if len(brs) == 0 {
			return fmt.Sprintf("model %s has no Approved BR any more", model)
		}
		for _, s := range f.Evidence.Scopes {
			for _, br := range brs {
				if slices.Contains(br.Scope, s) {
					return fmt.Sprintf("account %s × region %s is now in scope of BR %s", s.AccountID, s.Region, br.ID)
				}
			}
		}
	case ScenarioUnclaimedAIAllocation, ScenarioResourceAllocation:
		for _, anchor := range append([]string{f.Anchor}, f.Evidence.ResourceIDs...) {
			if why := claimedReason(g, anchor); why != "" {
				return why
			}
		}
	case ScenarioUnbackedAIWorkload:
		if w := g.Workloads[f.WorkloadID]; w != nil {
			if w.BusinessCase != nil {
				return fmt.Sprintf("business case declared on workload %s (%s)", w.Name, w.ID)
			}
			if br := g.BusinessRequests[w.BusinessRequestID]; br != nil && br.BusinessCase != nil {
				return fmt.Sprintf("business case declared on BR %s, linked to workload %s", br.ID, w.Name)
			}
			return fmt.Sprintf("workload %s has no spend charged to its budget %s and no monthly estimate", w.Name, windowText(summary, now))
		}
	}
	return fmt.Sprintf("no spend on %s %s", f.Anchor, windowText(summary, now))
}

func claimedReason(g *Governance, anchor string) string {
	c := g.CurrentClaimOn(anchor)
	if c == nil {
		return ""
	}
	name := c.WorkloadID
	if w := g.Workloads[c.WorkloadID]; w != nil {
		name = w.Name + " (" + w.ID + ")"
	}
	return fmt.Sprintf("%s is now claimed by workload %s", c.Anchor, name)
}

func windowText(s DetectionSummary, now time.Time) string {
	if s.WindowStart == "" || s.WindowEnd == "" {
		return "in the detection window: no AI spend recorded as of " + day(now)
	}
	return fmt.Sprintf("in the detection window %s to %s", s.WindowStart, s.WindowEnd)
}

// MatchRolePattern matches a whole role name against a pattern in which `*`
// (any run of characters) is the only wildcard, case-sensitively.
func MatchRolePattern(pattern, name string) bool {
	literal := strings.Split(pattern, "*")
	if len(literal) == 1 {
		return pattern == name
	}
	first, last := literal[0], literal[len(literal)-1]
	if !strings.HasPrefix(name, first) || len(name) < len(first)+len(last) || !strings.HasSuffix(name, last) {
		return false
	}
	rest := name[len(first) : len(name)-len(last)]
	for _, mid := range literal[1 : len(literal)-1] {
		i := strings.Index(rest, mid)
		if i < 0 {
			return false
		}
		rest = rest[i+len(mid):]
	}
	return true
}

// CanonicalFinding sorts and deduplicates a finding's lists so that equal
// evidence has one form.
func CanonicalFinding(f Finding) Finding {
	e := &f.Evidence
	e.Accounts = sortedSet(e.Accounts)
	e.Regions = sortedSet(e.Regions)
	e.Models = sortedSet(e.Models)
	e.ResourceIDs = sortedSet(e.ResourceIDs)
	e.Tags = sortedSet(e.Tags)
	if e.Scopes != nil {
		e.Scopes = unionScopes(nil, e.Scopes)
	}
	if e.SpendByPeriod != nil {
		e.SpendByPeriod = slices.Clone(e.SpendByPeriod)
		slices.SortFunc(e.SpendByPeriod, func(a, b PeriodSpend) int { return cmp.Compare(a.Period, b.Period) })
	}
	if e.Principals != nil {
		ps := slices.Clone(e.Principals)
		slices.SortFunc(ps, func(a, b PrincipalEvidence) int { return cmp.Compare(a.Principal, b.Principal) })
		merged := ps[:0]
		for _, p := range ps { // one entry per principal, sessions merged
			if n := len(merged); n > 0 && merged[n-1].Principal == p.Principal {
				merged[n-1].Sessions = append(merged[n-1].Sessions, p.Sessions...)
				continue
			}
			merged = append(merged, PrincipalEvidence{Principal: p.Principal, Sessions: slices.Clone(p.Sessions)})
		}
		for i := range merged {
			merged[i].Sessions = sortedSet(merged[i].Sessions)
		}
		e.Principals = merged
	}
	f.SuggestedActions = slices.Clone(f.SuggestedActions)
	return f
}

func sortedSet(s []string) []string {
	if s == nil {
		return nil
	}
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}

// SameFinding compares two findings after canonical normalisation, decimals
// by value ("1.50" equals "1.5").
func SameFinding(a, b Finding) bool {
	return sameCanonicalFinding(CanonicalFinding(a), CanonicalFinding(b))
}

// sameCanonicalFinding is SameFinding of findings already canonical (as the
// fold stores them), without copying them again.
func sameCanonicalFinding(a, b Finding) bool {
	ea, eb := &a.Evidence, &b.Evidence
	return a.Scenario == b.Scenario && a.Key == b.Key && a.Anchor == b.Anchor &&
		a.WorkloadID == b.WorkloadID && a.BusinessRequestID == b.BusinessRequestID &&
		slices.Equal(a.SuggestedActions, b.SuggestedActions) &&
		ea.Spend.Equal(eb.Spend) &&
		slices.EqualFunc(ea.SpendByPeriod, eb.SpendByPeriod, func(x, y PeriodSpend) bool {
			return x.Period == y.Period && x.Spend.Equal(y.Spend)
		}) &&
		slices.Equal(ea.Accounts, eb.Accounts) && slices.Equal(ea.Regions, eb.Regions) &&
		slices.Equal(ea.Scopes, eb.Scopes) && slices.Equal(ea.Models, eb.Models) &&
		slices.EqualFunc(ea.Principals, eb.Principals, func(x, y PrincipalEvidence) bool {
			return x.Principal == y.Principal && slices.Equal(x.Sessions, y.Sessions)
		}) &&
		slices.Equal(ea.ResourceIDs, eb.ResourceIDs) && slices.Equal(ea.Tags, eb.Tags) &&
		ea.FirstSeen == eb.FirstSeen && ea.LastSeen == eb.LastSeen && ea.Rule == eb.Rule
}

// SameDetectionSummary compares summaries, decimals by value.
func SameDetectionSummary(a, b DetectionSummary) bool {
	return a.WindowStart == b.WindowStart && a.WindowEnd == b.WindowEnd &&
		a.TotalGapSpend.Equal(b.TotalGapSpend) && a.UnanchoredSpend.Equal(b.UnanchoredSpend)
}
