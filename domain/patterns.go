package domain

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Role patterns are matched by MatchRolePattern ('*' the only wildcard, the
// whole name, case-sensitive), defined beside the detector's reconcile.

// firstMatchingPattern returns the first of patterns, in their given order,
// that roleName matches.
func firstMatchingPattern(patterns []string, roleName string) (string, bool) {
	for _, p := range patterns {
		if MatchRolePattern(p, roleName) {
			return p, true
		}
	}
	return "", false
}

// Claimed-anchor matching, shared by detection (current claims) and budget
// allocation (claims in force on a usage day) so both read one rule.

type anchorKind uint8

const (
	anchorRole      anchorKind = iota + 1 // IAM role: account + role name
	anchorWorkspace                       // Claude Platform workspace id
	anchorResource                        // guardrail or other resource ARN
)

// anchorKey identifies something a claim can be anchored on. The zero value
// is "no anchor".
type anchorKey struct {
	kind    anchorKind
	account string // roles only
	id      string // role name, workspace id or ARN
}

// claimAnchorKey reads the anchor of a claim. IAM_ROLE anchors match on
// account + role name (any path in the ARN is ignored); a workspace matches
// on its id, whether the claim names the ARN or the bare id; GUARDRAIL and
// RESOURCE anchors match the ARN exactly, so a guardrail claimed as a plain
// resource still counts.
func claimAnchorKey(c *Claim) (anchorKey, bool) {
	switch c.AnchorType {
	case AnchorIAMRole:
		p, ok := ParsePrincipal(c.Anchor)
		if !ok || p.Kind != PrincipalRole {
			return anchorKey{}, false
		}
		return anchorKey{kind: anchorRole, account: p.Account, id: p.Name}, true
	case AnchorClaudeWorkspace:
		id := cmp.Or(WorkspaceIDOf(c.Anchor), c.Anchor)
		return anchorKey{kind: anchorWorkspace, id: id}, id != ""
	case AnchorGuardrail, AnchorResource:
		return anchorKey{kind: anchorResource, id: c.Anchor}, c.Anchor != ""
	}
	return anchorKey{}, false
}

// factWorkspaceID is the Claude Platform workspace a fact's spend ran in.
func factWorkspaceID(f *SpendFact) string {
	if f.WorkspaceID != "" {
		return f.WorkspaceID
	}
	return WorkspaceIDOf(f.ResourceID)
}

// factAnchors are the anchors through which a fact can be claimed, most
// specific first: the calling role, the workspace, the resource ARN. When
// several are claimed by different workloads, the first claimed one wins.
type factAnchors [3]anchorKey

const (
	roleAnchorAt = iota
	workspaceAnchorAt
	resourceAnchorAt
)

// principalCache parses each distinct principal once: facts repeat a few
// principals millions of times.
type principalCache map[string]parsedPrincipal

type parsedPrincipal struct {
	ParsedPrincipal
	ok  bool
	arn string // normalised IAM ARN
}

func (c principalCache) parse(principal string) parsedPrincipal {
	if pp, seen := c[principal]; seen {
		return pp
	}
	p, ok := ParsePrincipal(principal)
	pp := parsedPrincipal{ParsedPrincipal: p, ok: ok}
	if ok {
		pp.arn = p.ARN()
	}
	c[principal] = pp
	return pp
}

// anchorsOf returns a fact's anchors, and its caller when that is an IAM role.
// It reads only the principal, workspace id and resource id: detection
// caches its answer by those (anchorSource).
func (c principalCache) anchorsOf(f *SpendFact) (a factAnchors, role parsedPrincipal, isRole bool) {
	if f.Principal != "" {
		role = c.parse(f.Principal)
		isRole = role.ok && role.Kind == PrincipalRole
	}
	if isRole {
		a[roleAnchorAt] = roleAnchor(role)
	}
	if ws := factWorkspaceID(f); ws != "" {
		a[workspaceAnchorAt] = anchorKey{kind: anchorWorkspace, id: ws}
	}
	if f.ResourceID != "" {
		a[resourceAnchorAt] = anchorKey{kind: anchorResource, id: f.ResourceID}
	}
	return a, role, isRole
}

func roleAnchor(role parsedPrincipal) anchorKey {
	return anchorKey{kind: anchorRole, account: role.Account, id: role.Name}
}

// claimRef is a claim with the workload that holds it.
type claimRef struct {
	claim    *Claim
	workload *Workload
}

// claimIndex holds every claim of every workload by anchor, each anchor's
// claims ordered by effective day then claim id, so that overlapping claims
// resolve the same way on every run.
type claimIndex map[anchorKey][]claimRef

func newClaimIndex(g *Governance) claimIndex {
	ix := claimIndex{}
	for _, id := range slices.Sorted(maps.Keys(g.Workloads)) {
		w := g.Workloads[id]
		for _, c := range w.Claims {
			if k, ok := claimAnchorKey(c); ok {
				ix[k] = append(ix[k], claimRef{claim: c, workload: w})
			}
		}
	}
	for _, refs := range ix {
		slices.SortFunc(refs, func(a, b claimRef) int {
			if c := strings.Compare(a.claim.EffectiveFrom, b.claim.EffectiveFrom); c != 0 {
				return c
			}
			return strings.Compare(a.claim.ID, b.claim.ID)
		})
	}
	return ix
}

// anchorClaims are the claims that apply on each of a fact's anchors
// (nil where none does).
type anchorClaims [3]*claimRef

// claimsOn looks up, for each anchor of a fact, the first claim on it that
// applies.
func (ix claimIndex) claimsOn(a factAnchors, applies func(*Claim) bool) anchorClaims {
	var out anchorClaims
	for i, k := range a {
		if k.kind == 0 {
			continue
		}
		refs := ix[k]
		for j := range refs {
			if applies(refs[j].claim) {
				out[i] = &refs[j]
				break
			}
		}
	}
	return out
}

// taker is the claim that takes the fact: the one on its most specific
// claimed anchor; nil when no anchor is claimed.
func (c anchorClaims) taker() *claimRef {
	for _, r := range c {
		if r != nil {
			return r
		}
	}
	return nil
}

// currentClaim is the claim filter of whether an anchor is claimed, which
// scenarios 1 to 5 ask (docs/DESIGN.md §5.2); scenario 6 reads chargedOn.
func currentClaim(c *Claim) bool { return c.Current() }

// chargedOn is the claim whose workload's budget is charged with spend
// through anchors a on day: the one in force that day on the most specific
// claimed anchor (a release takes effect on its ReleasedFrom day). It is
// the one rule allocation books "after" by and UNBACKED_AI_WORKLOAD counts
// a workload's spend by, so that the two always agree.
func (ix claimIndex) chargedOn(a factAnchors, day string) *claimRef {
	return ix.claimsOn(a, func(c *Claim) bool { return c.InForceOn(day) }).taker()
}

// claimsAny reports whether any claim, in force or not, names one of a's
// anchors: without one, no day's spend through them is charged to a workload.
func (ix claimIndex) claimsAny(a factAnchors) bool {
	for _, k := range a {
		if k.kind != 0 && len(ix[k]) > 0 {
			return true
		}
	}
	return false
}

// chargedSteadily reports whether chargedOn(a, day) is the same claim on
// every day from first to last: no claim on a's anchors takes or leaves
// effect after first and by last.
func (ix claimIndex) chargedSteadily(a factAnchors, first, last string) bool {
	changes := func(day string) bool { return day > first && day <= last }
	for _, k := range a {
		if k.kind == 0 {
			continue
		}
		for _, r := range ix[k] {
			if changes(r.claim.EffectiveFrom) || changes(r.claim.ReleasedFrom) {
				return false
			}
		}
	}
	return true
}
