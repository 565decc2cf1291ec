package projections

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"time"

	pgxdecimal "github.com/jackc/pgx-shopspring-decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// model folds the log in memory with the domain folds, and turns what
// changed since its last diff into row writes. It remembers a hash of every
// row set it last wrote, so that a batch writes only the entities it changed.
type model struct {
	gov    *domain.Governance
	ledger *domain.SpendLedger

	position eventstore.Position // of the last event applied
	lastType string              // type of the last event applied
	lastAt   time.Time           // recorded time of the last event applied

	ingests      map[string]IngestView
	actionParams map[string][]json.RawMessage // gap id → parameters of its decisions and recalls, in log order
	gapEvents    map[string]gapEvent          // gap id → its last event since the last diff
	dirtyPeriods map[string]bool              // billing periods whose spend changed since the last diff

	written             map[string]map[string][sha256.Size]byte // family → key → hash of the rows written
	allocClaims         map[string][]allocClaim                 // workload id → its claims as allocation last read them
	reach               map[string]domain.AllocationReach       // period → what its allocation reads of governance
	allocations         map[string]domain.Allocation            // period → the allocation last written
	valueSourcesChanged bool                                    // a BR or workload changed in this diff
	valuesAtStake       map[string]*domain.Value                // gap id → the value at stake last diffed

	gapTallies    map[string]gapTally        // gap id → how gap_counts last counted it
	kindCounts    map[gapKind]int            // gaps by scenario and state
	accountCounts map[string]map[gapKind]int // account → its gaps by scenario and state
}

// gapKind is a gap's scenario and state, what the counts are kept by.
type gapKind struct {
	scenario domain.Scenario
	state    domain.GapState
}

// gapTally is how a gap is counted: its kind, in each of its accounts.
type gapTally struct {
	kind     gapKind
	accounts []string // sorted, distinct
}

type gapEvent struct {
	kind string
	at   time.Time
}

func newModel() *model {
	return &model{
		gov:           domain.NewGovernance(),
		ledger:        domain.NewSpendLedger(),
		ingests:       map[string]IngestView{},
		actionParams:  map[string][]json.RawMessage{},
		gapEvents:     map[string]gapEvent{},
		dirtyPeriods:  map[string]bool{},
		written:       map[string]map[string][sha256.Size]byte{},
		allocClaims:   map[string][]allocClaim{},
		reach:         map[string]domain.AllocationReach{},
		allocations:   map[string]domain.Allocation{},
		valuesAtStake: map[string]*domain.Value{},
		gapTallies:    map[string]gapTally{},
		kindCounts:    map[gapKind]int{},
		accountCounts: map[string]map[gapKind]int{},
	}
}

// occurredAt is when an event happened, for events recorded without it: when stored.
func occurredAt(env domain.Envelope) time.Time {
	if env.Meta.OccurredAt.IsZero() {
		return env.RecordedAt.UTC()
	}
	return env.Meta.OccurredAt.UTC()
}

// supersedeFailures drops the failure rows of deliveries a run recorded:
// those of its export whose every period it replaced or found unchanged.
func (m *model) supersedeFailures(run domain.IngestCompleted) {
	for id, v := range m.ingests {
		if v.Failure == nil || v.Failure.Export != run.Export {
			continue
		}
		if !slices.ContainsFunc(v.Failure.Periods, func(p string) bool {
			return !slices.Contains(run.Periods, p) && !slices.Contains(run.Unchanged, p)
		}) {
			delete(m.ingests, id)
		}
	}
}

// applyEnvelope folds a decoded event.
func (m *model) applyEnvelope(pos eventstore.Position, env domain.Envelope) {
	m.gov.Apply(env)
	changedSpend := m.ledger.Apply(env)
	switch e := env.Event.(type) {
	case domain.SpendPeriodReplaced:
		if changedSpend {
			m.dirtyPeriods[e.Period] = true
		}
	case domain.IngestCompleted:
		m.ingests[e.IngestID] = IngestView{Ingest: e, At: occurredAt(env), Actor: env.Meta.Actor}
		m.supersedeFailures(e)
	case domain.IngestFailed: // each attempt replaces the delivery's row
		m.ingests[env.Stream] = IngestView{Ingest: domain.IngestCompleted{IngestID: env.Stream, Export: e.Export, Periods: e.Periods},
			Failure: &e, At: occurredAt(env), Actor: env.Meta.Actor}
	case domain.NotificationAttempted: // shown among the gap's notifications
		m.gapEvents[e.GapID] = gapEvent{kind: env.Type, at: env.RecordedAt}
	case domain.GapActionTaken:
		m.recordActionParams(e.GapID, e.Decision)
	case domain.GapDecisionRecalled:
		m.recordActionParams(e.GapID, e.Recalled)
	}
	if id, ok := strings.CutPrefix(env.Stream, domain.GapStream("")); ok {
		m.gapEvents[id] = gapEvent{kind: env.Type, at: env.RecordedAt}
	}
	m.position, m.lastType, m.lastAt = pos, env.Type, env.RecordedAt
}

func (m *model) recordActionParams(gapID string, a domain.GapAction) {
	b, _ := json.Marshal(a) // a GapAction always marshals
	m.actionParams[gapID] = append(m.actionParams[gapID], b)
}

// changeset is what one diff writes: per table, the keys whose rows are
// replaced and the new rows, plus the changes to announce.
type changeset struct {
	position eventstore.Position
	tables   map[string]*tableWrite
	changes  []Change
}

type tableWrite struct {
	def   tableDef
	clear []string // key values whose rows are deleted first
	rows  [][]any
}

func (cs *changeset) table(def tableDef) *tableWrite {
	w := cs.tables[def.name]
	if w == nil {
		w = &tableWrite{def: def}
		cs.tables[def.name] = w
	}
	return w
}

// tableDef is a read-model table as the projector writes it: rows are
// replaced by key (keyColumn), never updated in place.
type tableDef struct {
	name      string
	keyColumn string
	columns   []string
}

var (
	gapsTable = tableDef{"gaps", "id", []string{"id", "ord", "scenario", "state", "accounts", "spend", "opened_at", "revision", "doc",
		"scenario_rank", "last_seen", "models", "principals", "tags", "search"}}
	gapHistoryTable       = tableDef{"gap_history", "gap_id", []string{"gap_id", "seq", "at", "state", "kind", "action", "action_params", "rationale", "actor"}}
	businessRequestsTable = tableDef{"business_requests", "id", []string{"id", "ord", "model", "status", "doc"}}
	workloadsTable        = tableDef{"workloads", "id", []string{"id", "ord", "name", "budget", "doc"}}
	claimsTable           = tableDef{"claims", "workload_id", []string{"workload_id", "id", "anchor_type", "anchor", "effective_from", "released_from", "doc"}}
	tasksTable            = tableDef{"tasks", "id", []string{"id", "ord", "status", "gap_id", "doc"}}
	ingestsTable          = tableDef{"ingests", "id", []string{"id", "ord", "at", "doc"}}
	accountBudgetsTable   = tableDef{"account_budgets", "account_id", []string{"account_id", "doc"}}
	settingsTable         = tableDef{"settings", "name", []string{"name", "doc"}}
	gapSummaryTable       = tableDef{"gap_summary", "name", []string{"name", "total_gap_spend", "unanchored_spend", "doc"}}
	gapCountsTable        = tableDef{"gap_counts", "scenario", []string{"scenario", "state", "gaps"}}
	gapAccountCountsTable = tableDef{"gap_account_counts", "account_id", []string{"account_id", "scenario", "state", "gaps"}}
	valueTable            = tableDef{"value_opportunity", "name", []string{"name", "cost_saving_annual", "revenue_driving_annual", "doc"}}
	budgetAllocationTable = tableDef{"budget_allocation", "period", []string{"period", "budget", "before", "after", "delta"}}
	allocationLedgerTable = tableDef{"allocation_ledger", "period", []string{"period", "seq", "fact", "basis", "budget", "day", "amount", "workload_id", "claim_id"}}
	spendFactsTable       = tableDef{"spend_facts", "period", []string{"period", "seq", "source", "day", "account_id", "region", "principal", "model", "resource_id", "line_type", "cost", "doc"}}
)

// family is a kind of entity whose rows (in one or more tables) are keyed by
// the entity's key and rewritten whenever its JSON changes.
type family[T any] struct {
	tables []tableDef // the first names the family
	// entities yields the family's entities; when partial, only those that
	// may have changed since the last diff (none is removed then).
	entities func(m *model) (seq iter.Seq2[string, T], partial bool)
	// rows returns the entity's rows per table, in the order of tables; doc is its JSON.
	rows func(m *model, key string, e T, doc []byte) [][][]any
}

// diff adds to cs the rows of every entity that changed since the last diff,
// and returns the keys that changed (removed ones included).
func (f family[T]) diff(m *model, cs *changeset) []string {
	name := f.tables[0].name
	written := m.written[name]
	if written == nil {
		written = map[string][sha256.Size]byte{}
		m.written[name] = written
	}
	var changed []string
	seen := make(map[string]bool, len(written))
	entities, partial := f.entities(m)
	for key, e := range entities {
		seen[key] = true
		doc, err := json.Marshal(e)
		if err != nil {
			panic(fmt.Sprintf("projections: %s %q does not marshal: %v", name, key, err)) // domain state is plain data
		}
		h := sha256.Sum256(doc)
		old, had := written[key]
		if had && old == h {
			continue
		}
		written[key] = h
		changed = append(changed, key)
		for i, rows := range f.rows(m, key, e, doc) {
			w := cs.table(f.tables[i])
			if had {
				w.clear = append(w.clear, key)
			}
			w.rows = append(w.rows, rows...)
		}
	}
	for key := range written {
		if !partial && !seen[key] {
			delete(written, key)
			changed = append(changed, key)
			for _, t := range f.tables {
				w := cs.table(t)
				w.clear = append(w.clear, key)
			}
		}
	}
	return changed
}

// mapEntities iterates a map's values as a family's entities.
func mapEntities[V any](m map[string]V) (iter.Seq2[string, V], bool) {
	return func(yield func(string, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}, false
}

// single is the one entity of a single-row table.
func single[T any](e T) (iter.Seq2[string, T], bool) {
	return func(yield func(string, T) bool) { yield(singletonRow, e) }, false
}

var (
	gapFamily = family[GapView]{
		tables: []tableDef{gapsTable, gapHistoryTable},
		// A gap changes through the events of its own stream, or through
		// the records its value at stake reads (BRs and workloads). Gaps
		// are never removed.
		entities: func(m *model) (iter.Seq2[string, GapView], bool) {
			return func(yield func(string, GapView) bool) {
				visit := func(id string, gap *domain.Gap, evented bool) bool {
					v := gapView(m.gov, gap)
					if !evented && sameValue(v.ValueAtStake, m.valuesAtStake[id]) {
						return true
					}
					m.valuesAtStake[id] = v.ValueAtStake
					return yield(id, v)
				}
				if m.valueSourcesChanged {
					for id, gap := range m.gov.Gaps {
						if _, evented := m.gapEvents[id]; !visit(id, gap, evented) {
							return
						}
					}
					return
				}
				for id := range m.gapEvents {
					if gap := m.gov.Gaps[id]; gap != nil && !visit(id, gap, true) {
						return
					}
				}
			}, true
		},
		rows: func(m *model, id string, v GapView, doc []byte) [][][]any {
			g := v.Gap
			ev := &g.Finding.Evidence
			gapRow := []any{id, timeOrd(g.OpenedAt), string(g.Scenario), string(g.State), nonNilStrings(ev.Accounts),
				pgxdecimal.Decimal(ev.Spend), g.OpenedAt, g.Revision, doc,
				scenarioRank(g.Scenario), ev.LastSeen, nonNilStrings(ev.Models), ev.PrincipalNames(), nonNilStrings(ev.Tags), GapSearchText(&g)}
			history := make([][]any, len(g.History))
			params := m.actionParams[id]
			for i, h := range g.History {
				var p []byte
				if (h.Kind == domain.EventGapActionTaken || h.Kind == domain.EventGapDecisionRecalled) && len(params) > 0 {
					p, params = params[0], params[1:]
				}
				actor, _ := json.Marshal(h.Actor)
				history[i] = []any{id, int32(i), h.At, string(h.State), h.Kind, nullString(string(h.Action)), p, nullString(h.Rationale), actor}
			}
			return [][][]any{{gapRow}, history}
		},
	}
	businessRequestFamily = family[*domain.BusinessRequest]{
		tables: []tableDef{businessRequestsTable},
		entities: func(m *model) (iter.Seq2[string, *domain.BusinessRequest], bool) {
			return mapEntities(m.gov.BusinessRequests)
		},
		rows: func(_ *model, id string, br *domain.BusinessRequest, doc []byte) [][][]any {
			return [][][]any{{{id, timeOrd(br.SubmittedAt), br.Model, string(br.Status), doc}}}
		},
	}
	workloadFamily = family[*domain.Workload]{
		tables:   []tableDef{workloadsTable, claimsTable},
		entities: func(m *model) (iter.Seq2[string, *domain.Workload], bool) { return mapEntities(m.gov.Workloads) },
		rows: func(_ *model, id string, w *domain.Workload, doc []byte) [][][]any {
			var registered time.Time
			if len(w.History) > 0 {
				registered = w.History[0].At
			}
			claims := make([][]any, len(w.Claims))
			for i, c := range w.Claims {
				cdoc, _ := json.Marshal(c) // a claim always marshals
				claims[i] = []any{id, c.ID, string(c.AnchorType), c.Anchor, c.EffectiveFrom, nullString(c.ReleasedFrom), cdoc}
			}
			return [][][]any{{{id, timeOrd(registered), w.Name, w.Budget, doc}}, claims}
		},
	}
	taskFamily = family[*domain.Task]{
		tables:   []tableDef{tasksTable},
		entities: func(m *model) (iter.Seq2[string, *domain.Task], bool) { return mapEntities(m.gov.Tasks) },
		rows: func(_ *model, id string, t *domain.Task, doc []byte) [][][]any {
			return [][][]any{{{id, timeOrd(t.CreatedAt), string(t.Status), nullString(t.GapID), doc}}}
		},
	}
	ingestFamily = family[IngestView]{
		tables:   []tableDef{ingestsTable},
		entities: func(m *model) (iter.Seq2[string, IngestView], bool) { return mapEntities(m.ingests) },
		rows: func(_ *model, id string, v IngestView, doc []byte) [][][]any {
			return [][][]any{{{id, timeOrd(v.At), v.At, doc}}}
		},
	}
	accountBudgetsFamily = family[[]domain.BudgetShare]{
		tables:   []tableDef{accountBudgetsTable},
		entities: func(m *model) (iter.Seq2[string, []domain.BudgetShare], bool) { return mapEntities(m.gov.Budgets) },
		rows: func(_ *model, account string, _ []domain.BudgetShare, doc []byte) [][][]any {
			return [][][]any{{{account, doc}}}
		},
	}
	settingsFamily = family[domain.Settings]{
		tables:   []tableDef{settingsTable},
		entities: func(m *model) (iter.Seq2[string, domain.Settings], bool) { return single(m.gov.Settings) },
		rows: func(_ *model, key string, _ domain.Settings, doc []byte) [][][]any {
			return [][][]any{{{key, doc}}}
		},
	}
	gapSummaryFamily = family[GapSummary]{
		tables: []tableDef{gapSummaryTable},
		entities: func(m *model) (iter.Seq2[string, GapSummary], bool) {
			return single(summarize(m.gov.Gaps, m.gov.Detection))
		},
		rows: func(_ *model, key string, s GapSummary, doc []byte) [][][]any {
			return [][][]any{{{key, pgxdecimal.Decimal(s.Detection.TotalGapSpend), pgxdecimal.Decimal(s.Detection.UnanchoredSpend), doc}}}
		},
	}
	valueFamily = family[domain.Value]{
		tables:   []tableDef{valueTable},
		entities: func(m *model) (iter.Seq2[string, domain.Value], bool) { return single(domain.ValueOpportunity(m.gov)) },
		rows: func(_ *model, key string, v domain.Value, doc []byte) [][][]any {
			return [][][]any{{{key, pgxdecimal.Decimal(v.CostSavingAnnual), pgxdecimal.Decimal(v.RevenueDrivingAnnual), doc}}}
		},
	}
)

// diff collects every change since the last diff. The model then counts
// them as written: the caller writes the changeset or discards the model.
func (m *model) diff() *changeset {
	cs := &changeset{position: m.position, tables: map[string]*tableWrite{}}
	m.valueSourcesChanged = len(businessRequestFamily.diff(m, cs)) > 0
	m.valueSourcesChanged = len(workloadFamily.diff(m, cs)) > 0 || m.valueSourcesChanged
	for _, id := range gapFamily.diff(m, cs) {
		ev, ok := m.gapEvents[id]
		if !ok {
			// Its view changed through another record (its value at stake).
			ev = gapEvent{kind: m.lastType, at: m.lastAt}
		}
		cs.changes = append(cs.changes, Change{Kind: ev.kind, GapID: id, At: ev.at})
	}
	taskFamily.diff(m, cs)
	ingestFamily.diff(m, cs)
	budgetsChanged := accountBudgetsFamily.diff(m, cs)
	settingsFamily.diff(m, cs)
	gapSummaryFamily.diff(m, cs)
	m.diffGapCounts(cs)
	if len(valueFamily.diff(m, cs)) > 0 {
		cs.changes = append(cs.changes, Change{Kind: ValueOpportunityChanged, At: m.lastAt})
	}
	m.diffPeriods(cs, budgetsChanged)
	clear(m.gapEvents)
	clear(m.dirtyPeriods)
	return cs
}

// diffGapCounts moves the counts of the gaps whose kind or accounts changed
// since the last diff, and rewrites the count rows of the scenarios and
// accounts they moved. Only a gap's own events change it, so the gaps with
// events since the last diff are all it looks at.
func (m *model) diffGapCounts(cs *changeset) {
	scenarios, accounts := map[domain.Scenario]bool{}, map[string]bool{}
	count := func(t gapTally, n int) {
		m.kindCounts[t.kind] += n
		scenarios[t.kind.scenario] = true
		for _, a := range t.accounts {
			c := m.accountCounts[a]
			if c == nil {
				c = map[gapKind]int{}
				m.accountCounts[a] = c
			}
			c[t.kind] += n
			accounts[a] = true
		}
	}
	for id := range m.gapEvents {
		gap := m.gov.Gaps[id]
		if gap == nil {
			continue
		}
		now := gapTally{gapKind{gap.Scenario, gap.State}, slices.Compact(slices.Sorted(slices.Values(gap.Finding.Evidence.Accounts)))}
		old, had := m.gapTallies[id]
		if had && old.kind == now.kind && slices.Equal(old.accounts, now.accounts) {
			continue
		}
		if had {
			count(old, -1)
		}
		count(now, 1)
		m.gapTallies[id] = now
	}
	if len(scenarios) > 0 {
		w := cs.table(gapCountsTable)
		for sc := range scenarios {
			w.clear = append(w.clear, string(sc))
			for k, n := range m.kindCounts {
				if k.scenario == sc && n > 0 {
					w.rows = append(w.rows, []any{string(sc), string(k.state), int32(n)})
				}
			}
		}
	}
	if len(accounts) > 0 {
		w := cs.table(gapAccountCountsTable)
		for a := range accounts {
			w.clear = append(w.clear, a)
			for k, n := range m.accountCounts[a] {
				if n > 0 {
					w.rows = append(w.rows, []any{a, string(k.scenario), string(k.state), int32(n)})
				}
			}
		}
	}
}

// ValueOpportunityChanged is the Change.Kind of a value-opportunity change.
const ValueOpportunityChanged = "ValueOpportunityChanged"

// diffPeriods rewrites the spend drill-down of the periods whose spend
// changed, and the allocation of those periods and of the periods whose
// allocation reads a claim or an account's budgets that changed.
func (m *model) diffPeriods(cs *changeset, budgetsChanged []string) {
	allocPeriods := maps.Clone(m.dirtyPeriods)
	for period := range m.dirtyPeriods {
		facts := m.ledger.PeriodFacts(period)
		m.reach[period] = domain.NewAllocationReach(facts, period)
		w := cs.table(spendFactsTable)
		w.clear = append(w.clear, period)
		for i, f := range facts {
			doc, _ := json.Marshal(f) // a fact always marshals
			w.rows = append(w.rows, []any{period, int32(i), f.Source, f.Day, f.AccountID, f.Region, f.Principal, f.Model,
				f.ResourceID, f.LineType, pgxdecimal.Decimal(f.Cost), doc})
		}
	}
	claimsChanged := m.changedClaims()
	for period, reach := range m.reach {
		if !allocPeriods[period] && (slices.ContainsFunc(budgetsChanged, reach.ReadsBudgetsOf) ||
			slices.ContainsFunc(claimsChanged, reach.ReadsClaim)) {
			allocPeriods[period] = true
		}
	}
	for period := range allocPeriods {
		facts := m.ledger.PeriodFacts(period)
		a := domain.AllocatePeriod(facts, m.gov, period)
		if last, ok := m.allocations[period]; ok && !m.dirtyPeriods[period] && sameAllocation(a, last) {
			continue // a claim or budget change that moved no spend of this period
		}
		m.allocations[period] = a
		totals, ledger := cs.table(budgetAllocationTable), cs.table(allocationLedgerTable)
		totals.clear = append(totals.clear, period)
		ledger.clear = append(ledger.clear, period)
		for _, t := range a.Totals {
			totals.rows = append(totals.rows, []any{period, t.Budget, pgxdecimal.Decimal(t.Before), pgxdecimal.Decimal(t.After), pgxdecimal.Decimal(t.Delta)})
		}
		for i, e := range a.Entries {
			ledger.rows = append(ledger.rows, []any{period, int32(i), int32(e.Fact), e.Basis, e.Budget, facts[e.Fact].Day,
				pgxdecimal.Decimal(e.Amount), nullString(e.WorkloadID), nullString(e.ClaimID)})
		}
	}
}

// allocClaim is what allocation reads of one claim: its id (claim order,
// ledger rows), anchor and days, and its workload's budget.
type allocClaim struct {
	id, budget, anchor, effectiveFrom, releasedFrom string
	anchorType                                      domain.AnchorType
}

func allocClaimOf(w *domain.Workload, c *domain.Claim) allocClaim {
	return allocClaim{id: c.ID, budget: w.Budget, anchor: c.Anchor, effectiveFrom: c.EffectiveFrom,
		releasedFrom: c.ReleasedFrom, anchorType: c.AnchorType}
}

func (c allocClaim) claim() *domain.Claim {
	return &domain.Claim{ID: c.id, AnchorType: c.anchorType, Anchor: c.anchor, EffectiveFrom: c.effectiveFrom, ReleasedFrom: c.releasedFrom}
}

// changedClaims lists, before and after, every claim whose allocation
// inputs changed since the last diff (added, released, removed, or its
// workload's budget changed), and remembers the current ones. Claims are
// compared by their place in their workload's list, which only grows.
func (m *model) changedClaims() []*domain.Claim {
	var changed []*domain.Claim
	for id, w := range m.gov.Workloads {
		old := m.allocClaims[id]
		same := len(old) == len(w.Claims)
		for i, c := range w.Claims {
			cur := allocClaimOf(w, c)
			if i < len(old) && old[i] == cur {
				continue
			}
			same = false
			changed = append(changed, cur.claim())
			if i < len(old) {
				changed = append(changed, old[i].claim())
			}
		}
		for _, c := range old[min(len(old), len(w.Claims)):] {
			changed = append(changed, c.claim())
		}
		if !same {
			cur := make([]allocClaim, len(w.Claims))
			for i, c := range w.Claims {
				cur[i] = allocClaimOf(w, c)
			}
			m.allocClaims[id] = cur
		}
	}
	for id, old := range m.allocClaims {
		if m.gov.Workloads[id] == nil {
			for _, c := range old {
				changed = append(changed, c.claim())
			}
			delete(m.allocClaims, id)
		}
	}
	return changed
}

func sameValue(a, b *domain.Value) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.CostSavingAnnual.Equal(b.CostSavingAnnual) && a.RevenueDrivingAnnual.Equal(b.RevenueDrivingAnnual)
}

// sameAllocation reports whether two allocations of one period book the same entries.
func sameAllocation(a, b domain.Allocation) bool {
	return slices.EqualFunc(a.Entries, b.Entries, func(x, y domain.LedgerEntry) bool {
		// numeric keeps the scale: 1.50 and 1.5 are different rows.
		return x.Fact == y.Fact && x.Basis == y.Basis && x.Budget == y.Budget && x.Amount.Equal(y.Amount) &&
			x.Amount.Exponent() == y.Amount.Exponent() && x.WorkloadID == y.WorkloadID && x.ClaimID == y.ClaimID
	})
}

// timeOrd renders a time as a fixed-width UTC string that sorts as the time does.
func timeOrd(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNilStrings(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
