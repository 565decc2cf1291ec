package domain

import (
	"cmp"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Detection is one run of gap detection: the findings, ordered by scenario
// (DESIGN.md §4 order) then key, and what the run says beside them.
type Detection struct {
	Summary  DetectionSummary
	Findings []Finding
}

// Indexes into AllScenarios, which is also the order findings are sorted in.
const (
	sRoleRecommendation = iota
	sNotBusinessApproved
	sOutOfApprovedScope
	sUnclaimedAIAllocation
	sResourceAllocation
	sUnbackedAIWorkload
)

// Detect finds the allocation gaps in AI spend facts given the governance
// state (DESIGN.md §4). It is pure and deterministic: the same facts, in any
// order, and the same state give an equal Detection.
//
// The window is the Settings.WindowDays days (30 when unset) ending at the
// latest usage day of any fact, adjustments included, both ends included.
// Only attributable facts in the window feed findings and the summary;
// adjustments (Tax, Credit, Refund, Fee…) never gap spend. Detection reads
// current claims (not released), whatever their effective day.
//
// Decisions the design leaves open:
//   - OUT_OF_APPROVED_SCOPE needs no principal (scope is about where the
//     model runs), but needs an account: a fact without one (a Claude
//     Platform report) cannot be placed in an account × region scope.
//   - Where a fact's anchors (role, workspace, resource ARN) are claimed by
//     different workloads, the most specific claimed anchor wins, in that
//     order; allocation applies the same rule.
//   - UNBACKED_AI_WORKLOAD counts a monthly estimate only when it is
//     positive.
func Detect(facts []SpendFact, g *Governance) Detection {
	d := newDetector(g)
	start, end := detectionWindow(facts, d.windowDays)
	d.summary.WindowStart, d.summary.WindowEnd = start, end
	if end != "" {
		for i := range facts {
			f := &facts[i]
			if f.Attributable() && f.Day >= start && f.Day <= end {
				d.observe(f)
			}
		}
	}
	d.addEstimateOnlyWorkloads()
	return d.result()
}

// detectionWindow returns the first and last day of the window; both are ""
// when no fact has a valid usage day.
func detectionWindow(facts []SpendFact, days int) (start, end string) {
	var last time.Time
	for i := range facts {
		day := facts[i].Day
		if day <= end {
			continue
		}
		// Ingest validates days; a malformed one must still not move the window.
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			continue
		}
		end, last = day, t
	}
	if end == "" {
		return "", ""
	}
	return last.AddDate(0, 0, 1-days).Format(time.DateOnly), end
}

type detector struct {
	g          *Governance
	settings   Settings
	windowDays int
	claims     claimIndex
	principals principalCache
	roles      map[string]roleVerdict // by role name
	modelKeys  map[string]string      // observed model → ModelKey
	approvedBR map[string]string      // ModelKey → the Approved BR findings name
	approved   map[string]map[Scope]struct{}
	unbacked   map[string]bool // workload id → has no business case on it or its BR
	groups     map[groupKey]*evidenceAcc
	summary    DetectionSummary
	total      exactSum
	unanchored exactSum
}

type roleVerdict struct {
	broadPattern string
	broad        bool
	dedicated    bool
}

// groupKey identifies a finding while facts are folded in, without building
// its key string per fact.
type groupKey struct {
	scenario int
	a, b, c  string
}

func newDetector(g *Governance) *detector {
	d := &detector{
		g:          g,
		settings:   g.Settings,
		windowDays: g.Settings.WindowDays,
		claims:     newClaimIndex(g),
		principals: principalCache{},
		roles:      map[string]roleVerdict{},
		modelKeys:  map[string]string{},
		approvedBR: map[string]string{},
		approved:   map[string]map[Scope]struct{}{},
		unbacked:   map[string]bool{},
		groups:     map[groupKey]*evidenceAcc{},
	}
	if d.windowDays <= 0 {
		d.windowDays = DefaultSettings().WindowDays
	}
	// Sorted ids: the lowest Approved BR id names the BR of a scope finding.
	for _, id := range slices.Sorted(maps.Keys(g.BusinessRequests)) {
		br := g.BusinessRequests[id]
		if br.Status != BRApproved {
			continue
		}
		mk := ModelKey(br.Model)
		if _, ok := d.approvedBR[mk]; !ok {
			d.approvedBR[mk] = id
			d.approved[mk] = map[Scope]struct{}{}
		}
		for _, s := range br.Scope {
			d.approved[mk][s] = struct{}{}
		}
	}
	for id, w := range g.Workloads {
		d.unbacked[id] = !hasBusinessCase(g, w)
	}
	return d
}

// hasBusinessCase reports whether a workload is backed: a business case on
// it or on its linked BR, whatever the BR's status.
func hasBusinessCase(g *Governance, w *Workload) bool {
	if w.BusinessCase != nil {
		return true
	}
	br := g.BusinessRequests[w.BusinessRequestID]
	return br != nil && br.BusinessCase != nil
}

func (d *detector) roleVerdict(name string) roleVerdict {
	if v, ok := d.roles[name]; ok {
		return v
	}
	var v roleVerdict
	v.broadPattern, v.broad = firstMatchingPattern(d.settings.BroadRolePatterns, name)
	v.dedicated = d.settings.DedicatedRolePattern != "" && MatchRolePattern(d.settings.DedicatedRolePattern, name)
	d.roles[name] = v
	return v
}

func (d *detector) modelKey(model string) string {
	if k, ok := d.modelKeys[model]; ok {
		return k
	}
	k := ModelKey(model)
	d.modelKeys[model] = k
	return k
}

// group returns the accumulator of a finding, and whether it is new.
func (d *detector) group(k groupKey) (*evidenceAcc, bool) {
	if acc, ok := d.groups[k]; ok {
		return acc, false
	}
	acc := &evidenceAcc{}
	d.groups[k] = acc
	return acc, true
}

// observe folds one attributable fact of the window into every finding it
// is behind, and into the summary.
func (d *detector) observe(f *SpendFact) {
	anchors, role, isRole := d.principals.anchorsOf(f)
	claims := d.claims.claimsOn(anchors, currentClaim)
	roleClaim := claims[roleAnchorAt]
	hit := false

	if isRole {
		v := d.roleVerdict(role.Name)
		if v.broad {
			acc, isNew := d.group(groupKey{scenario: sRoleRecommendation, a: f.AccountID, b: role.arn})
			if isNew {
				acc.finding = Finding{
					Key:              f.AccountID + "|" + role.arn,
					Anchor:           role.arn,
					SuggestedActions: []ActionKind{ActionRecommendDedicatedRole},
				}
				if roleClaim != nil {
					acc.finding.WorkloadID = roleClaim.workload.ID
				}
				acc.rule = fmt.Sprintf("role %s matches the broad-role pattern %q: spend through a broad role cannot be attributed to one workload", role.Name, v.broadPattern)
			}
			acc.add(f)
			hit = true
		}
		if v.dedicated && roleClaim == nil {
			acc, isNew := d.group(groupKey{scenario: sUnclaimedAIAllocation, a: "role", b: role.arn})
			if isNew {
				acc.finding = Finding{Key: role.arn, Anchor: role.arn, SuggestedActions: []ActionKind{ActionNotifyProductOwner}}
				acc.rule = fmt.Sprintf("dedicated role %s (pattern %q) has AI spend and no current claim", role.Name, d.settings.DedicatedRolePattern)
			}
			acc.add(f)
			hit = true
		}
	}

	if mk := d.modelKey(f.Model); mk != "" {
		brID, approved := d.approvedBR[mk]
		switch {
		case !approved && f.Principal != "" && roleClaim == nil:
			acc, isNew := d.group(groupKey{scenario: sNotBusinessApproved, a: mk})
			if isNew {
				acc.finding = Finding{Key: mk, SuggestedActions: []ActionKind{ActionApproveModel, ActionBlockModel}}
			}
			acc.add(f)
			hit = true
		case approved && f.AccountID != "":
			if _, in := d.approved[mk][Scope{AccountID: f.AccountID, Region: f.Region}]; in {
				break
			}
			acc, isNew := d.group(groupKey{scenario: sOutOfApprovedScope, a: mk, b: f.AccountID, c: f.Region})
			if isNew {
				acc.finding = Finding{
					Key:               mk + "|" + f.AccountID + "|" + f.Region,
					BusinessRequestID: brID,
					SuggestedActions:  []ActionKind{ActionAddScope, ActionFlagForMove},
				}
			}
			acc.add(f)
			hit = true
		}
	}

	if ws := anchors[workspaceAnchorAt]; ws.kind != 0 && claims[workspaceAnchorAt] == nil {
		acc, isNew := d.group(groupKey{scenario: sUnclaimedAIAllocation, a: "workspace", b: ws.id})
		if isNew {
			acc.finding = Finding{Key: "workspace/" + ws.id, SuggestedActions: []ActionKind{ActionNotifyProductOwner}}
			acc.rule = fmt.Sprintf("Claude Platform workspace %s has spend and no current claim", ws.id)
		}
		acc.add(f)
		hit = true
	}

	if res := anchors[resourceAnchorAt]; res.kind != 0 && f.IsGuardrail() && claims[resourceAnchorAt] == nil {
		acc, isNew := d.group(groupKey{scenario: sResourceAllocation, a: res.id})
		if isNew {
			acc.finding = Finding{Key: res.id, Anchor: res.id, SuggestedActions: []ActionKind{ActionClaimResource}}
			acc.rule = fmt.Sprintf("guardrail %s has spend and no workload claims it", res.id)
		}
		acc.add(f)
		hit = true
	}

	taker := claims.taker()
	if taker != nil && d.unbacked[taker.workload.ID] {
		acc, _ := d.group(groupKey{scenario: sUnbackedAIWorkload, a: taker.workload.ID})
		acc.add(f)
		hit = true
	}

	switch {
	case hit:
		d.total.add(f.Cost)
	case f.Principal == "" && taker == nil:
		d.unanchored.add(f.Cost)
	}
}

// addEstimateOnlyWorkloads opens UNBACKED_AI_WORKLOAD for workloads with a
// positive estimate and no claimed spend in the window (spend 0).
func (d *detector) addEstimateOnlyWorkloads() {
	for id, w := range d.g.Workloads {
		if d.unbacked[id] && w.MonthlyEstimate != nil && w.MonthlyEstimate.IsPositive() {
			d.group(groupKey{scenario: sUnbackedAIWorkload, a: id})
		}
	}
}

func (d *detector) result() Detection {
	out := Detection{Summary: d.summary, Findings: make([]Finding, 0, len(d.groups))}
	out.Summary.TotalGapSpend = d.total.total()
	out.Summary.UnanchoredSpend = d.unanchored.total()
	for k, acc := range d.groups {
		switch k.scenario {
		case sNotBusinessApproved:
			model := acc.observedModel()
			acc.finding.Anchor = model
			acc.rule = fmt.Sprintf("model %s is used by principals no workload claims, and no Business Request for it is Approved", model)
		case sOutOfApprovedScope:
			model := acc.observedModel()
			acc.finding.Anchor = model + "|" + k.b + "|" + k.c
			acc.rule = fmt.Sprintf("model %s runs in account %s, region %s, outside every approved scope of its Approved Business Requests", model, k.b, k.c)
		case sUnclaimedAIAllocation:
			if k.a == "workspace" {
				acc.finding.Anchor = acc.workspaceARN(k.b)
			}
		case sUnbackedAIWorkload:
			d.describeWorkload(acc, d.g.Workloads[k.a])
		}
		acc.finding.Scenario = AllScenarios[k.scenario]
		acc.finding.Evidence = acc.evidence()
		out.Findings = append(out.Findings, acc.finding)
	}
	slices.SortFunc(out.Findings, compareFindings)
	return out
}

func compareFindings(a, b Finding) int {
	if c := cmp.Compare(slices.Index(AllScenarios, a.Scenario), slices.Index(AllScenarios, b.Scenario)); c != 0 {
		return c
	}
	return strings.Compare(a.Key, b.Key)
}

func (d *detector) describeWorkload(acc *evidenceAcc, w *Workload) {
	name := cmp.Or(w.Name, w.ID)
	acc.finding.Key, acc.finding.Anchor = w.ID, name
	acc.finding.WorkloadID, acc.finding.BusinessRequestID = w.ID, w.BusinessRequestID
	acc.finding.SuggestedActions = []ActionKind{ActionRequestBusinessCase}
	var basis []string
	if acc.facts > 0 {
		basis = append(basis, "claimed AI spend in the window")
	}
	if w.MonthlyEstimate != nil && w.MonthlyEstimate.IsPositive() {
		basis = append(basis, "a monthly estimate of "+w.MonthlyEstimate.String()+" USD")
	}
	missing := "no business case on it"
	if w.BusinessRequestID != "" {
		missing += " or on its Business Request " + w.BusinessRequestID
	}
	acc.rule = fmt.Sprintf("workload %s has %s, and %s", name, strings.Join(basis, " and "), missing)
}

// evidenceAcc gathers a finding's evidence fact by fact. Its sets are
// small sets and its sums add in place: folding a million facts must not
// hash or allocate per fact where it can help it.
type evidenceAcc struct {
	finding    Finding
	rule       string
	facts      int
	spend      exactSum
	periods    smallSet[string]
	periodSums []exactSum // by position in periods
	accounts   smallSet[string]
	regions    smallSet[string]
	scopes     smallSet[Scope]
	models     smallSet[string]
	resources  smallSet[string]
	principals smallSet[string]
	sessions   [][]string // by position in principals: the smallest, sorted, ≤ maxSessions
	first      string
	last       string
}

// maxSessions sample sessions are kept per principal: the smallest, so the
// sample does not depend on fact order.
const maxSessions = 3

func (a *evidenceAcc) add(f *SpendFact) {
	a.facts++
	a.spend.add(f.Cost)
	p := a.periods.add(f.Period)
	if p == len(a.periodSums) {
		a.periodSums = append(a.periodSums, exactSum{})
	}
	a.periodSums[p].add(f.Cost)
	if f.AccountID != "" {
		a.accounts.add(f.AccountID)
		a.scopes.add(Scope{AccountID: f.AccountID, Region: f.Region})
	}
	if f.Region != "" {
		a.regions.add(f.Region)
	}
	if f.Model != "" {
		a.models.add(f.Model)
	}
	if f.ResourceID != "" {
		a.resources.add(f.ResourceID)
	}
	if f.Principal != "" {
		i := a.principals.add(f.Principal)
		if i == len(a.sessions) {
			a.sessions = append(a.sessions, nil)
		}
		for _, s := range f.Sessions {
			a.sessions[i] = addSampleSession(a.sessions[i], s)
		}
	}
	if a.first == "" || f.Day < a.first {
		a.first = f.Day
	}
	if f.Day > a.last {
		a.last = f.Day
	}
}

// addSampleSession inserts s into the sorted sample, keeping the smallest
// maxSessions.
func addSampleSession(sample []string, s string) []string {
	i, found := slices.BinarySearch(sample, s)
	if found || s == "" || i >= maxSessions {
		return sample
	}
	sample = slices.Insert(sample, i, s)
	if len(sample) > maxSessions {
		sample = sample[:maxSessions]
	}
	return sample
}

// observedModel is the model name as spend spells it; of several spellings
// of one ModelKey, the first in byte order.
func (a *evidenceAcc) observedModel() string {
	return a.models.sorted(strings.Compare)[0]
}

// workspaceARN is the workspace's ARN as spend shows it, else its id (the
// Claude Platform report carries only the id).
func (a *evidenceAcc) workspaceARN(id string) string {
	for _, r := range a.resources.sorted(strings.Compare) {
		if WorkspaceIDOf(r) == id {
			return r
		}
	}
	return id
}

func (a *evidenceAcc) evidence() Evidence {
	e := Evidence{
		Spend:         a.spend.total(),
		SpendByPeriod: make([]PeriodSpend, 0, len(a.periods.list)),
		Accounts:      a.accounts.sorted(strings.Compare),
		Regions:       a.regions.sorted(strings.Compare),
		Scopes:        a.scopes.sorted(compareScopes),
		Models:        a.models.sorted(strings.Compare),
		Principals:    make([]PrincipalEvidence, 0, len(a.principals.list)),
		ResourceIDs:   a.resources.sorted(strings.Compare),
		FirstSeen:     a.first,
		LastSeen:      a.last,
		Rule:          a.rule,
	}
	for i, p := range a.periods.list {
		e.SpendByPeriod = append(e.SpendByPeriod, PeriodSpend{Period: p, Spend: a.periodSums[i].total()})
	}
	slices.SortFunc(e.SpendByPeriod, func(x, y PeriodSpend) int { return strings.Compare(x.Period, y.Period) })
	for i, p := range a.principals.list {
		pe := PrincipalEvidence{Principal: p}
		if s := a.sessions[i]; len(s) > 0 {
			pe.Sessions = slices.Clone(s)
		}
		e.Principals = append(e.Principals, pe)
	}
	slices.SortFunc(e.Principals, func(x, y PrincipalEvidence) int { return strings.Compare(x.Principal, y.Principal) })
	return e
}

// smallSet keeps insertion positions of distinct values. It scans a slice
// while small (evidence sets hold a handful of values, usually the same
// shared strings, which compare by pointer) and indexes itself once large.
type smallSet[T comparable] struct {
	list  []T
	index map[T]int
}

const smallSetScan = 16

// add inserts v if new and returns its position.
func (s *smallSet[T]) add(v T) int {
	if s.index != nil {
		if i, ok := s.index[v]; ok {
			return i
		}
		s.index[v] = len(s.list)
	} else if i := slices.Index(s.list, v); i >= 0 {
		return i
	} else if len(s.list) == smallSetScan {
		s.index = make(map[T]int, 2*smallSetScan)
		for i, x := range s.list {
			s.index[x] = i
		}
		s.index[v] = len(s.list)
	}
	s.list = append(s.list, v)
	return len(s.list) - 1
}

// sorted lists the values in order; never nil, so evidence encodes "[]".
func (s *smallSet[T]) sorted(compare func(a, b T) int) []T {
	out := make([]T, len(s.list))
	copy(out, s.list)
	slices.SortFunc(out, compare)
	return out
}

// exactSum is a running total of decimals kept as one coefficient at the
// finest exponent seen, added to in place.
type exactSum struct {
	coef big.Int
	exp  int32
	term big.Int // scratch for the addend
}

func (s *exactSum) add(d Decimal) {
	if d.NumDigits() <= 18 {
		s.term.SetInt64(d.CoefficientInt64()) // no copy of the coefficient
	} else {
		s.term.Set(d.Coefficient())
	}
	switch e := d.Exponent(); {
	case e < s.exp:
		s.coef.Mul(&s.coef, pow10Big(s.exp-e))
		s.exp = e
	case e > s.exp:
		s.term.Mul(&s.term, pow10Big(e-s.exp))
	}
	s.coef.Add(&s.coef, &s.term)
}

func (s *exactSum) total() Decimal {
	return canonicalDecimal(decimal.NewFromBigInt(&s.coef, s.exp))
}

var smallPowersOf10 = func() []*big.Int {
	p := make([]*big.Int, 19)
	for i := range p {
		p[i] = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(i)), nil)
	}
	return p
}()

func pow10Big(n int32) *big.Int {
	if int(n) < len(smallPowersOf10) {
		return smallPowersOf10[n]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// canonicalDecimal gives equal amounts one representation (trailing zeros
// dropped), so equal evidence is equal field by field and after a JSON
// round trip.
func canonicalDecimal(d Decimal) Decimal {
	return decimal.RequireFromString(d.String())
}
