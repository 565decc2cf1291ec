package domain

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Detection is one run of gap detection: the findings, ordered by scenario
// (docs/DESIGN.md §6 order) then key, and what the run says beside them.
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
// state (docs/DESIGN.md §5, §6). It is pure and deterministic: the same facts, in any
// order, and the same state give an equal Detection.
//
// The window is DetectionWindow's. Only attributable facts in the window feed findings and the summary;
// adjustments (Tax, Credit, Refund, Fee…) never gap spend. Whether an anchor
// is claimed is read from current claims (not released), whatever their
// effective day. UNBACKED_AI_WORKLOAD is about money instead: its spend is
// exactly what the budget allocation charges the workload in the window,
// the claim in force on each usage day deciding (claimIndex.chargedOn).
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
	start, end := DetectionWindow(facts, g.Settings)
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

// DetectionWindow returns the first and last day (both included) of the
// detection window over facts under s:
//   - WindowRollingDays: the s.WindowDays days (30 when unset) ending at the
//     latest usage day of any fact, adjustments included;
//   - WindowBillingPeriod: the calendar month s.BillingPeriod, else the month
//     of that latest usage day.
//
// Both are "" when there is no window: no fact has a valid usage day and no
// billing period is set.
func DetectionWindow(facts []SpendFact, s Settings) (start, end string) {
	last, ok := latestUsageDay(facts)
	if s.WindowMode == WindowBillingPeriod {
		month, err := time.Parse("2006-01", s.BillingPeriod)
		switch {
		case err == nil:
		case ok:
			month = last.AddDate(0, 0, 1-last.Day())
		default:
			return "", ""
		}
		return month.Format(time.DateOnly), month.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	if !ok {
		return "", ""
	}
	days := s.WindowDays
	if days <= 0 {
		days = DefaultSettings().WindowDays
	}
	return last.AddDate(0, 0, 1-days).Format(time.DateOnly), last.Format(time.DateOnly)
}

// latestUsageDay is the latest valid usage day of any fact.
func latestUsageDay(facts []SpendFact) (time.Time, bool) {
	end := ""
	for i := range facts {
		if day := facts[i].Day; day > end {
			// Ingest validates days; a malformed one must still not move the window.
			if _, err := time.Parse(time.DateOnly, day); err == nil {
				end = day
			}
		}
	}
	last, err := time.Parse(time.DateOnly, end)
	return last, err == nil
}

type detector struct {
	g          *Governance
	settings   Settings
	claims     claimIndex
	principals principalCache
	roles      map[string]roleVerdict // by role name
	anchored   map[anchorSource]*anchoredFacts
	models     map[string]*modelFacts // by observed model
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

// anchorSource is what a fact's anchors are read from.
type anchorSource struct{ principal, workspaceID, resourceID string }

// anchoredFacts is what detection reads of the facts of one anchorSource:
// their anchors, claims and caller worked out once, and the findings that
// depend on nothing else found on first use, so that a fact costs one
// lookup rather than one per anchor and finding.
type anchoredFacts struct {
	anchors factAnchors
	claims  anchorClaims
	taker   *claimRef
	role    parsedPrincipal
	isRole  bool
	verdict roleVerdict // of the role, when isRole

	claimable          bool                    // some claim, in force or not, names one of the anchors
	chargedSteadily    bool                    // the same claim is charged on every day of the window
	unbackedSteady     *evidenceAcc            // then the UNBACKED finding of every day; nil: none
	unbackedOn         map[string]*evidenceAcc // else by usage day; nil value: none
	unclaimedRole      *evidenceAcc
	unclaimedWorkspace *evidenceAcc
	unclaimedResource  *evidenceAcc
	broadAccount       string       // the account of the broad-role finding in broadRole
	broadRole          *evidenceAcc // keyed by account too: the last one found
}

// modelFacts is what detection reads of one observed model name.
type modelFacts struct {
	key         string // ModelKey
	approved    bool   // an Approved BR is for it
	brID        string // the Approved BR findings name
	notApproved *evidenceAcc
	outOfScope  map[Scope]*evidenceAcc // nil value: in an approved scope
}

func newDetector(g *Governance) *detector {
	d := &detector{
		g:          g,
		settings:   g.Settings,
		claims:     newClaimIndex(g),
		principals: principalCache{},
		roles:      map[string]roleVerdict{},
		anchored:   map[anchorSource]*anchoredFacts{},
		models:     map[string]*modelFacts{},
		approvedBR: map[string]string{},
		approved:   map[string]map[Scope]struct{}{},
		unbacked:   map[string]bool{},
		groups:     map[groupKey]*evidenceAcc{},
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

func (d *detector) anchoredOf(f *SpendFact) *anchoredFacts {
	src := anchorSource{f.Principal, f.WorkspaceID, f.ResourceID}
	if a, ok := d.anchored[src]; ok {
		return a
	}
	a := &anchoredFacts{}
	a.anchors, a.role, a.isRole = d.principals.anchorsOf(f)
	a.claims = d.claims.claimsOn(a.anchors, currentClaim)
	a.taker = a.claims.taker()
	if a.isRole {
		a.verdict = d.roleVerdict(a.role.Name)
	}
	a.claimable = d.claims.claimsAny(a.anchors)
	if a.claimable {
		start, end := d.summary.WindowStart, d.summary.WindowEnd
		if a.chargedSteadily = d.claims.chargedSteadily(a.anchors, start, end); a.chargedSteadily {
			a.unbackedSteady = d.unbackedCharged(a, start)
		}
	}
	d.anchored[src] = a
	return a
}

// unbackedOn is the UNBACKED_AI_WORKLOAD finding that spend of a on day
// feeds: that of the workload the allocation charges it to, when the
// workload has no business case; nil otherwise. Worked out once per anchor
// when no claim on it changes inside the window (the usual case), else once
// per day.
func (d *detector) unbackedOn(a *anchoredFacts, day string) *evidenceAcc {
	switch {
	case !a.claimable:
		return nil
	case a.chargedSteadily:
		return a.unbackedSteady
	}
	if acc, seen := a.unbackedOn[day]; seen {
		return acc
	}
	if a.unbackedOn == nil {
		a.unbackedOn = map[string]*evidenceAcc{}
	}
	acc := d.unbackedCharged(a, day)
	a.unbackedOn[day] = acc
	return acc
}

func (d *detector) unbackedCharged(a *anchoredFacts, day string) *evidenceAcc {
	r := d.claims.chargedOn(a.anchors, day)
	if r == nil || !d.unbacked[r.workload.ID] {
		return nil
	}
	acc, _ := d.group(groupKey{scenario: sUnbackedAIWorkload, a: r.workload.ID})
	return acc
}

func (d *detector) modelOf(model string) *modelFacts {
	if m, ok := d.models[model]; ok {
		return m
	}
	m := &modelFacts{key: ModelKey(model), outOfScope: map[Scope]*evidenceAcc{}}
	m.brID, m.approved = d.approvedBR[m.key]
	d.models[model] = m
	return m
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
	a := d.anchoredOf(f)
	roleClaim := a.claims[roleAnchorAt]
	hit := false

	if a.isRole && a.verdict.broad {
		if a.broadRole == nil || a.broadAccount != f.AccountID {
			a.broadRole, a.broadAccount = d.broadRole(f.AccountID, a), f.AccountID
		}
		a.broadRole.add(f)
		hit = true
	}
	if a.isRole && a.verdict.dedicated && roleClaim == nil {
		if a.unclaimedRole == nil {
			a.unclaimedRole = d.unclaimedRole(a.role)
		}
		a.unclaimedRole.add(f)
		hit = true
	}

	if m := d.modelOf(f.Model); m.key != "" {
		switch {
		case !m.approved && f.Principal != "" && roleClaim == nil:
			if m.notApproved == nil {
				m.notApproved = d.notApproved(m.key)
			}
			m.notApproved.add(f)
			hit = true
		case m.approved && f.AccountID != "":
			if acc := d.outOfScope(m, f); acc != nil {
				acc.add(f)
				hit = true
			}
		}
	}

	if ws := a.anchors[workspaceAnchorAt]; ws.kind != 0 && a.claims[workspaceAnchorAt] == nil {
		if a.unclaimedWorkspace == nil {
			a.unclaimedWorkspace = d.unclaimedWorkspace(ws.id)
		}
		a.unclaimedWorkspace.add(f)
		hit = true
	}

	if res := a.anchors[resourceAnchorAt]; res.kind != 0 && f.IsGuardrail() && a.claims[resourceAnchorAt] == nil {
		if a.unclaimedResource == nil {
			a.unclaimedResource = d.unclaimedResource(res.id)
		}
		a.unclaimedResource.add(f)
		hit = true
	}

	if acc := d.unbackedOn(a, f.Day); acc != nil {
		acc.add(f)
		hit = true
	}

	switch {
	case hit:
		d.total.add(f.Cost)
	case f.Principal == "" && a.taker == nil:
		d.unanchored.add(f.Cost)
	}
}

// The findings observe opens: each looks its group up and describes it
// when new.

func (d *detector) broadRole(account string, a *anchoredFacts) *evidenceAcc {
	acc, isNew := d.group(groupKey{scenario: sRoleRecommendation, a: account, b: a.role.arn})
	if isNew {
		acc.finding = Finding{
			Key:              account + "|" + a.role.arn,
			Anchor:           a.role.arn,
			SuggestedActions: []ActionKind{ActionRecommendDedicatedRole},
		}
		if c := a.claims[roleAnchorAt]; c != nil {
			acc.finding.WorkloadID = c.workload.ID
		}
		acc.rule = fmt.Sprintf("role %s matches the broad-role pattern %q: spend through a broad role cannot be attributed to one workload", a.role.Name, a.verdict.broadPattern)
	}
	return acc
}

func (d *detector) unclaimedRole(role parsedPrincipal) *evidenceAcc {
	acc, isNew := d.group(groupKey{scenario: sUnclaimedAIAllocation, a: "role", b: role.arn})
	if isNew {
		acc.finding = Finding{Key: role.arn, Anchor: role.arn, SuggestedActions: []ActionKind{ActionNotifyProductOwner}}
		acc.rule = fmt.Sprintf("dedicated role %s (pattern %q) has AI spend and no current claim", role.Name, d.settings.DedicatedRolePattern)
	}
	return acc
}

func (d *detector) notApproved(modelKey string) *evidenceAcc {
	acc, isNew := d.group(groupKey{scenario: sNotBusinessApproved, a: modelKey})
	if isNew {
		acc.finding = Finding{Key: modelKey, SuggestedActions: []ActionKind{ActionApproveModel, ActionBlockModel}}
	}
	return acc
}

// outOfScope is the finding of an approved model's fact outside every
// approved scope; nil when the fact is inside one.
func (d *detector) outOfScope(m *modelFacts, f *SpendFact) *evidenceAcc {
	scope := Scope{AccountID: f.AccountID, Region: f.Region}
	if acc, seen := m.outOfScope[scope]; seen {
		return acc
	}
	var acc *evidenceAcc
	if _, in := d.approved[m.key][scope]; !in {
		var isNew bool
		acc, isNew = d.group(groupKey{scenario: sOutOfApprovedScope, a: m.key, b: f.AccountID, c: f.Region})
		if isNew {
			acc.finding = Finding{
				Key:               m.key + "|" + f.AccountID + "|" + f.Region,
				BusinessRequestID: m.brID,
				SuggestedActions:  []ActionKind{ActionAddScope, ActionFlagForMove},
			}
		}
	}
	m.outOfScope[scope] = acc
	return acc
}

func (d *detector) unclaimedWorkspace(id string) *evidenceAcc {
	acc, isNew := d.group(groupKey{scenario: sUnclaimedAIAllocation, a: "workspace", b: id})
	if isNew {
		acc.finding = Finding{Key: "workspace/" + id, SuggestedActions: []ActionKind{ActionNotifyProductOwner}}
		acc.rule = fmt.Sprintf("Claude Platform workspace %s has spend and no current claim", id)
	}
	return acc
}

func (d *detector) unclaimedResource(id string) *evidenceAcc {
	acc, isNew := d.group(groupKey{scenario: sResourceAllocation, a: id})
	if isNew {
		acc.finding = Finding{Key: id, Anchor: id, SuggestedActions: []ActionKind{ActionClaimResource}}
		acc.rule = fmt.Sprintf("guardrail %s has spend and no workload claims it", id)
	}
	return acc
}

// addEstimateOnlyWorkloads opens UNBACKED_AI_WORKLOAD for workloads with a
// positive estimate and no spend charged to them in the window (spend 0).
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
		basis = append(basis, "AI spend charged to its budget in the window")
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
	periods    []periodSum // scanned: a window spans two or three billing periods
	accounts   smallSet[string]
	regions    smallSet[string]
	scopes     smallSet[Scope]
	models     smallSet[string]
	resources  smallSet[string]
	principals smallSet[string]
	sessions   [][]string // by position in principals: the smallest, sorted, ≤ maxSessions
	tags       []string   // the smallest, sorted, ≤ maxEvidenceTags
	first      string
	last       string
}

// maxSessions sample sessions are kept per principal: the smallest, so the
// sample does not depend on fact order.
const maxSessions = 3

// maxEvidenceTags tags are kept per finding: the smallest, as for sessions.
const maxEvidenceTags = 20

func (a *evidenceAcc) add(f *SpendFact) {
	a.facts++
	a.spend.add(f.Cost)
	a.periodSum(f.Period).add(f.Cost)
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
			a.sessions[i] = KeepSmallest(a.sessions[i], s, maxSessions)
		}
	}
	for _, t := range f.Tags {
		a.tags = KeepSmallest(a.tags, t, maxEvidenceTags)
	}
	if a.first == "" || f.Day < a.first {
		a.first = f.Day
	}
	if f.Day > a.last {
		a.last = f.Day
	}
}

type periodSum struct {
	period string
	sum    exactSum
}

func (a *evidenceAcc) periodSum(period string) *exactSum {
	for i := range a.periods {
		if a.periods[i].period == period {
			return &a.periods[i].sum
		}
	}
	a.periods = append(a.periods, periodSum{period: period})
	return &a.periods[len(a.periods)-1].sum
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
		SpendByPeriod: make([]PeriodSpend, 0, len(a.periods)),
		Accounts:      a.accounts.sorted(strings.Compare),
		Regions:       a.regions.sorted(strings.Compare),
		Scopes:        a.scopes.sorted(compareScopes),
		Models:        a.models.sorted(strings.Compare),
		Principals:    make([]PrincipalEvidence, 0, len(a.principals.list)),
		ResourceIDs:   a.resources.sorted(strings.Compare),
		Tags:          slices.Clone(a.tags),
		FirstSeen:     a.first,
		LastSeen:      a.last,
		Rule:          a.rule,
	}
	for _, p := range a.periods {
		e.SpendByPeriod = append(e.SpendByPeriod, PeriodSpend{Period: p.period, Spend: p.sum.total()})
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

// exactSum is a running total of decimals at the finest exponent seen:
// an int64 coefficient while the total fits one (spend almost always
// does), a big.Int from the first addend or total that does not.
type exactSum struct {
	small int64
	exp   int32
	big   *big.Int // the coefficient once it left int64; small is then unused
}

func (s *exactSum) add(d Decimal) {
	if s.big == nil && d.NumDigits() <= 18 && s.addSmall(d.CoefficientInt64(), d.Exponent()) {
		return
	}
	if s.big == nil {
		s.big = big.NewInt(s.small)
	}
	var term big.Int
	if d.NumDigits() <= 18 {
		term.SetInt64(d.CoefficientInt64()) // no copy of the coefficient
	} else {
		term.Set(d.Coefficient())
	}
	switch e := d.Exponent(); {
	case e < s.exp:
		s.big.Mul(s.big, pow10Big(s.exp-e))
		s.exp = e
	case e > s.exp:
		term.Mul(&term, pow10Big(e-s.exp))
	}
	s.big.Add(s.big, &term)
}

// addSmall adds coef×10^exp in int64 arithmetic; false, with s unchanged,
// when the total would not fit.
func (s *exactSum) addSmall(coef int64, exp int32) bool {
	total, at := s.small, s.exp
	switch {
	case exp < at:
		var ok bool
		if total, ok = scaleInt64(total, at-exp); !ok {
			return false
		}
		at = exp
	case exp > at:
		var ok bool
		if coef, ok = scaleInt64(coef, exp-at); !ok {
			return false
		}
	}
	sum := total + coef
	if (sum > total) != (coef > 0) {
		return false // overflowed
	}
	s.small, s.exp = sum, at
	return true
}

// scaleInt64 is v×10^n, false when that leaves int64.
func scaleInt64(v int64, n int32) (int64, bool) {
	if v == 0 {
		return 0, true
	}
	if int(n) >= len(pow10Int64) {
		return 0, false
	}
	p := pow10Int64[n]
	if v > math.MaxInt64/p || v < math.MinInt64/p {
		return 0, false
	}
	return v * p, true
}

var pow10Int64 = func() []int64 {
	p := make([]int64, 19)
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = 10 * p[i-1]
	}
	return p
}()

func (s *exactSum) total() Decimal {
	if s.big == nil {
		return canonicalDecimal(decimal.New(s.small, s.exp))
	}
	return canonicalDecimal(decimal.NewFromBigInt(s.big, s.exp))
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
