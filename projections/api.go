package projections

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Reader is what the API reads: the Postgres read models, as domain shapes so
// that the GraphQL layer maps one type per concept. *Queries implements it.
type Reader interface {
	// Gaps lists gaps without their history (Gap.History is nil): GapHistory has it.
	Gaps(ctx context.Context, f GapFilter, o GapOrder, p Page) (GapPage, error)
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

// GapFilter narrows the gap list: a gap passes when it passes every
// non-empty field, and a field with several values when it matches any.
type GapFilter struct {
	Scenarios  []domain.Scenario
	States     []domain.GapState
	AccountIDs []string
	Models     []string
	Principals []string
	Tags       []string // "key=value", exact
	Search     string   // case-insensitive substring of the gap's search text (GapSearchText)
}

// Match reports whether a gap passes the filter (used by subscriptions; the
// list applies the same rules in SQL).
func (f GapFilter) Match(g *domain.Gap) bool {
	ev := &g.Finding.Evidence
	return matchAny(f.Scenarios, g.Scenario) && matchAny(f.States, g.State) &&
		overlaps(f.AccountIDs, ev.Accounts) && overlaps(f.Models, ev.Models) &&
		overlaps(f.Principals, ev.PrincipalNames()) && overlaps(f.Tags, ev.Tags) &&
		strings.Contains(strings.ToLower(GapSearchText(g)), strings.ToLower(f.Search))
}

// GapSearchText is what GapFilter.Search looks in: the gap's anchor as
// shown (Gap.anchor) and its key, which differ where the anchor is a name
// (a workload's name; its key is the workload id).
func GapSearchText(g *domain.Gap) string {
	return g.Finding.Anchor + "\n" + g.Key
}

// matchAny: an empty want matches everything.
func matchAny[T comparable](want []T, x T) bool {
	return len(want) == 0 || slices.Contains(want, x)
}

// overlaps: an empty want matches everything, else some value of have is wanted.
func overlaps(want, have []string) bool {
	return len(want) == 0 || slices.ContainsFunc(have, func(h string) bool { return slices.Contains(want, h) })
}

// GapOrderField is what the gap list is sorted by.
type GapOrderField string

const (
	GapOrderSpend    GapOrderField = "SPEND"     // spend in the detection window
	GapOrderLastSeen GapOrderField = "LAST_SEEN" // the last usage day
	GapOrderScenario GapOrderField = "SCENARIO"  // the scenario, in domain.AllScenarios order
)

// GapOrderFields are the valid fields.
var GapOrderFields = []GapOrderField{GapOrderSpend, GapOrderLastSeen, GapOrderScenario}

// SortDirection is ascending or descending.
type SortDirection string

const (
	SortAscending  SortDirection = "ASC"
	SortDescending SortDirection = "DESC"
)

// GapOrder sorts the gap list; ties are broken by gap id in the same
// direction, so that every order is total and its cursors stable. The zero
// value is spend, largest first.
type GapOrder struct {
	Field     GapOrderField // "": SPEND
	Direction SortDirection // "": DESC for SPEND and LAST_SEEN, ASC for SCENARIO
}

// withDefaults fills the omitted parts and refuses unknown values.
func (o GapOrder) withDefaults() (GapOrder, error) {
	if o.Field == "" {
		o.Field = GapOrderSpend
	}
	if !slices.Contains(GapOrderFields, o.Field) {
		return o, domain.Errorf(domain.CodeBadUserInput, "orderBy.field: %q is not one of SPEND, LAST_SEEN, SCENARIO", o.Field)
	}
	switch o.Direction {
	case "":
		o.Direction = SortDescending
		if o.Field == GapOrderScenario {
			o.Direction = SortAscending
		}
	case SortAscending, SortDescending:
	default:
		return o, domain.Errorf(domain.CodeBadUserInput, "orderBy.direction: %q is not ASC or DESC", o.Direction)
	}
	return o, nil
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

// GapView is a gap as the API shows it.
type GapView struct {
	Gap          domain.Gap
	ValueAtStake *domain.Value
}

// GapPage is one page of gaps.
type GapPage = Connection[GapView]

// GapSummary is docs/DESIGN.md §11.2 gapSummary.
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

// IngestView is one `gaps ingest` run, or a watched delivery's last failed
// attempt (Failure set, Ingest empty) until a run records the delivery.
type IngestView struct {
	Ingest  domain.IngestCompleted
	Failure *domain.IngestFailed `json:",omitempty"`
	At      time.Time
	Actor   domain.Identity
}

// Change is a committed read-model change pushed to subscribers.
type Change struct {
	Kind  string    // the event type that caused it, e.g. "GapActioned"; "ValueOpportunityChanged" for value changes
	GapID string    // "" for a value-opportunity change
	At    time.Time // when the event was recorded
}
