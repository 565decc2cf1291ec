package projections

import (
	"context"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Reader is what the API reads: the Postgres read models, as domain shapes so
// that the GraphQL layer maps one type per concept. *Queries implements it.
type Reader interface {
	// Gaps lists gaps without their history (Gap.History is nil): GapHistory has it.
	Gaps(ctx context.Context, f GapFilter, p Page) (GapPage, error)
	Gap(ctx context.Context, id string) (*GapView, error) // nil, nil when there is none
	GapHistory(ctx context.Context, id string) ([]domain.GapHistoryEntry, error)
	GapSummary(ctx context.Context) (GapSummary, error)
	ValueOpportunity(ctx context.Context) (domain.Value, error)
	BudgetAllocation(ctx context.Context, period string) ([]domain.BudgetTotal, error)
	BusinessRequests(ctx context.Context, p Page) (Connection[domain.BusinessRequest], error)
	BusinessRequest(ctx context.Context, id string) (*domain.BusinessRequest, error)
	Workloads(ctx context.Context, p Page) (Connection[domain.Workload], error)
	Workload(ctx context.Context, id string) (*domain.Workload, error)
	Tasks(ctx context.Context, p Page) (Connection[domain.Task], error)
	Task(ctx context.Context, id string) (*domain.Task, error)
	Ingests(ctx context.Context, p Page) (Connection[IngestView], error)
	AccountBudgets(ctx context.Context, accountID string) ([]domain.BudgetShare, error)
	Settings(ctx context.Context) (domain.Settings, error)
	// WaitFor blocks until the projector has committed the event at pos (read-your-writes after a mutation).
	WaitFor(ctx context.Context, pos eventstore.Position) error
	// SubscribeChanges delivers every committed gap change and value-opportunity
	// change, from any projector instance (Postgres NOTIFY), until ctx ends.
	SubscribeChanges(ctx context.Context) (<-chan Change, error)
}

// Page is a Relay page request: First items after the opaque cursor After.
type Page struct {
	First int    // 0: the default page size
	After string // "" from the start
}

// Connection is one page of a keyset-paginated list.
type Connection[T any] struct {
	Items       []T
	Cursors     []string // one per item
	HasNextPage bool
	TotalCount  int
}

// GapFilter narrows the gap list (DESIGN.md §9 GapFilter); empty fields match all.
type GapFilter struct {
	Scenarios  []domain.Scenario
	States     []domain.GapState
	AccountIDs []string
}

// Match reports whether a gap passes the filter (used by subscriptions too).
func (f GapFilter) Match(g *domain.Gap) bool {
	if len(f.Scenarios) > 0 && !contains(f.Scenarios, g.Scenario) {
		return false
	}
	if len(f.States) > 0 && !contains(f.States, g.State) {
		return false
	}
	if len(f.AccountIDs) > 0 {
		for _, a := range g.Finding.Evidence.Accounts {
			if contains(f.AccountIDs, a) {
				return true
			}
		}
		return false
	}
	return true
}

// MatchChange reports whether a subscriber with this filter hears of the
// gap's latest change: the gap passes the filter now, or did in the state
// the change left, so a client watching ACTIVE gaps learns that one was
// actioned or resolved and can drop it from its list.
func (f GapFilter) MatchChange(g *domain.Gap) bool {
	if f.Match(g) {
		return true
	}
	n := len(g.History)
	if n < 2 || g.History[n-2].State == g.State {
		return false
	}
	before := *g
	before.State = g.History[n-2].State
	return f.Match(&before)
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// GapView is a gap as the API shows it.
type GapView struct {
	Gap          domain.Gap
	ValueAtStake *domain.Value
}

// GapPage is one page of gaps.
type GapPage = Connection[GapView]

// GapSummary is DESIGN.md §9 GapSummary.
type GapSummary struct {
	Detection domain.DetectionSummary
	Scenarios []ScenarioSummary // one per scenario, in domain.AllScenarios order
}

// ScenarioSummary counts a scenario's gaps by state; OpenSpend sums the spend of its non-resolved gaps.
type ScenarioSummary struct {
	Scenario                             domain.Scenario
	Active, Actioned, Resolved, Recalled int
	OpenSpend                            domain.Decimal
}

// IngestView is one `gaps ingest` run.
type IngestView struct {
	Ingest domain.IngestCompleted
	At     time.Time
	Actor  domain.Identity
}

// Change is a committed read-model change pushed to subscribers.
type Change struct {
	Kind  string    // the event type that caused it, e.g. "GapActioned"; "ValueOpportunityChanged" for value changes
	GapID string    // "" for a value-opportunity change
	At    time.Time // when the event was recorded
}
