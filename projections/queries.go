package projections

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	pgxdecimal "github.com/jackc/pgx-shopspring-decimal"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Queries reads the read models of the pool's current schema. It implements Reader.
type Queries struct {
	pool *pgxpool.Pool
}

var _ Reader = (*Queries)(nil)

// NewQueries reads the read models through pool (migrated by Migrate).
func NewQueries(pool *pgxpool.Pool) *Queries { return &Queries{pool: pool} }

// Gaps lists the gaps that pass f in the order o. The total count sums
// the gap counts the projector keeps when the filter is on scenario, state
// and at most one account; otherwise (a gap in two accounts counts once) it
// counts the gaps.
func (q *Queries) Gaps(ctx context.Context, f GapFilter, o GapOrder, p Page) (GapPage, error) {
	o, err := o.withDefaults()
	if err != nil {
		return GapPage{}, err
	}
	lq := listQuery{table: "gaps", order: gapListOrders[o.Field]}
	lq.order.desc = o.Direction == SortDescending
	lq.order.name = fmt.Sprintf("gaps (%s %s)", o.Field, o.Direction)
	var counted []string // the filter's conditions on the count tables
	if len(f.Scenarios) > 0 {
		cond := "scenario = ANY(" + lq.arg(f.Scenarios) + ")"
		lq.where, counted = append(lq.where, cond), append(counted, cond)
	}
	if len(f.States) > 0 {
		cond := "state = ANY(" + lq.arg(f.States) + ")"
		lq.where, counted = append(lq.where, cond), append(counted, cond)
	}
	for _, c := range []struct {
		column string
		values []string
	}{{"models", f.Models}, {"principals", f.Principals}, {"tags", f.Tags}} {
		if len(c.values) > 0 {
			lq.where = append(lq.where, c.column+" && "+lq.arg(c.values))
		}
	}
	if f.Search != "" {
		lq.where = append(lq.where, "search ILIKE '%' || "+lq.arg(likeEscaper.Replace(f.Search))+" || '%'")
	}
	countable := len(lq.where) == len(counted) // no filter the count tables lack
	switch accounts := f.AccountIDs; {
	case len(accounts) == 0 && countable:
		lq.count = "SELECT coalesce(sum(gaps), 0) FROM gap_counts" + whereClause(counted)
	case len(accounts) == 1 && countable:
		account := lq.arg(accounts)
		lq.where = append(lq.where, "accounts && "+account)
		counted = append(counted, "account_id = ("+account+"::text[])[1]")
		lq.count = "SELECT coalesce(sum(gaps), 0) FROM gap_account_counts" + whereClause(counted)
	case len(accounts) > 0:
		lq.where = append(lq.where, "accounts && "+lq.arg(accounts))
	}
	return fetchPage[GapView](ctx, q.pool, lq, p)
}

// gapListOrders are the gap list's sort columns (see migration 4's indexes).
var gapListOrders = map[GapOrderField]listOrder{
	GapOrderSpend:    {column: "spend", typ: "numeric"},
	GapOrderLastSeen: {column: "last_seen"},
	GapOrderScenario: {column: "scenario_rank", typ: "integer"},
}

// likeEscaper makes a search string match itself in ILIKE (backslash is ILIKE's escape).
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// Gap returns one gap, nil when there is none.
func (q *Queries) Gap(ctx context.Context, id string) (*GapView, error) {
	return getDoc[GapView](ctx, q.pool, "gaps", "id", id)
}

// GapSummary is the summary as of the projector's checkpoint.
func (q *Queries) GapSummary(ctx context.Context) (GapSummary, error) {
	s, err := getDoc[GapSummary](ctx, q.pool, "gap_summary", "name", singletonRow)
	if err != nil || s == nil {
		return summarize(nil, domain.DetectionSummary{}), err
	}
	return *s, nil
}

// ValueOpportunity is the declared AI value opportunity (DESIGN.md §6).
func (q *Queries) ValueOpportunity(ctx context.Context) (domain.Value, error) {
	v, err := getDoc[domain.Value](ctx, q.pool, "value_opportunity", "name", singletonRow)
	if err != nil || v == nil {
		return domain.Value{}, err
	}
	return *v, nil
}

var periodPattern = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)

// BudgetAllocation lists a billing period's budget totals, by budget name.
func (q *Queries) BudgetAllocation(ctx context.Context, period string) ([]domain.BudgetTotal, error) {
	if !periodPattern.MatchString(period) {
		return nil, domain.Errorf(domain.CodeBadUserInput, "period: %q is not a billing period YYYY-MM", period)
	}
	rows, err := q.pool.Query(ctx, `SELECT budget, before, after, delta FROM budget_allocation
		WHERE period = $1 ORDER BY budget`, period)
	if err != nil {
		return nil, fmt.Errorf("projections: budget allocation %s: %w", period, err)
	}
	totals, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (domain.BudgetTotal, error) {
		var (
			t                    = domain.BudgetTotal{Period: period}
			before, after, delta pgxdecimal.Decimal
		)
		err := row.Scan(&t.Budget, &before, &after, &delta)
		t.Before, t.After, t.Delta = domain.Decimal(before), domain.Decimal(after), domain.Decimal(delta)
		return t, err
	})
	if err != nil {
		return nil, fmt.Errorf("projections: budget allocation %s: %w", period, err)
	}
	return totals, nil
}

// BusinessRequests lists BRs in the order they were submitted.
func (q *Queries) BusinessRequests(ctx context.Context, p Page) (Connection[domain.BusinessRequest], error) {
	return fetchPage[domain.BusinessRequest](ctx, q.pool, listQuery{table: "business_requests"}, p)
}

// BusinessRequest returns one BR, nil when there is none.
func (q *Queries) BusinessRequest(ctx context.Context, id string) (*domain.BusinessRequest, error) {
	return getDoc[domain.BusinessRequest](ctx, q.pool, "business_requests", "id", id)
}

// Workloads lists workloads in the order they were registered.
func (q *Queries) Workloads(ctx context.Context, p Page) (Connection[domain.Workload], error) {
	return fetchPage[domain.Workload](ctx, q.pool, listQuery{table: "workloads"}, p)
}

// Workload returns one workload with its claims, nil when there is none.
func (q *Queries) Workload(ctx context.Context, id string) (*domain.Workload, error) {
	return getDoc[domain.Workload](ctx, q.pool, "workloads", "id", id)
}

// Tasks lists Cloud Engineer tasks in the order they were created.
func (q *Queries) Tasks(ctx context.Context, p Page) (Connection[domain.Task], error) {
	return fetchPage[domain.Task](ctx, q.pool, listQuery{table: "tasks"}, p)
}

// Task returns one task, nil when there is none.
func (q *Queries) Task(ctx context.Context, id string) (*domain.Task, error) {
	return getDoc[domain.Task](ctx, q.pool, "tasks", "id", id)
}

// Ingests lists ingest runs in the order they were recorded.
func (q *Queries) Ingests(ctx context.Context, p Page) (Connection[IngestView], error) {
	return fetchPage[IngestView](ctx, q.pool, listQuery{table: "ingests"}, p)
}

// AccountBudgets returns an account's budgets, empty when none were set.
func (q *Queries) AccountBudgets(ctx context.Context, accountID string) ([]domain.BudgetShare, error) {
	b, err := getDoc[[]domain.BudgetShare](ctx, q.pool, "account_budgets", "account_id", accountID)
	if err != nil || b == nil {
		return nil, err
	}
	return *b, nil
}

// Settings returns the detection settings in force.
func (q *Queries) Settings(ctx context.Context) (domain.Settings, error) {
	s, err := getDoc[domain.Settings](ctx, q.pool, "settings", "name", singletonRow)
	if err != nil || s == nil {
		return domain.DefaultSettings(), err
	}
	return *s, nil
}

// Checkpoint is the position of the last event the projector committed
// (eventstore.Start before any).
func (q *Queries) Checkpoint(ctx context.Context) (eventstore.Position, error) {
	return readCheckpoint(ctx, q.pool)
}

// WaitFor blocks until the projector has committed the event at pos.
func (q *Queries) WaitFor(ctx context.Context, pos eventstore.Position) error {
	delay := time.Millisecond
	for {
		at, err := readCheckpoint(ctx, q.pool)
		if err != nil {
			return err
		}
		if !at.Less(pos) {
			return nil
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		delay = min(2*delay, 100*time.Millisecond)
	}
}

// SubscribeChanges delivers the changes every projector of this schema
// commits, until ctx ends (then the channel is closed). It listens on a
// connection of its own and reconnects after a failure; changes committed
// while it is disconnected are not replayed, so a client re-reads on reconnect.
func (q *Queries) SubscribeChanges(ctx context.Context) (<-chan Change, error) {
	conn, err := q.listen(ctx)
	if err != nil {
		return nil, err
	}
	out := make(chan Change, 64)
	go func() {
		defer close(out)
		var retry eventstore.Backoff
		for {
			if conn != nil {
				forwardChanges(ctx, conn, out)
				_ = conn.Close(context.WithoutCancel(ctx))
				conn = nil
				if ctx.Err() != nil {
					return
				}
			}
			if !retry.Wait(ctx) {
				return
			}
			if c, err := q.listen(ctx); err == nil {
				conn = c
				retry.Reset()
			}
		}
	}()
	return out, nil
}

// listen opens a connection LISTENing on the schema's changes channel.
func (q *Queries) listen(ctx context.Context) (*pgx.Conn, error) {
	conn, schema, err := connect(ctx, q.pool.Config().ConnConfig.Copy(), "subscriber")
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{changesChannel(schema)}.Sanitize()); err != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("projections: subscribe: %w", err)
	}
	return conn, nil
}

// forwardChanges relays notifications until ctx ends or the connection fails.
func forwardChanges(ctx context.Context, conn *pgx.Conn, out chan<- Change) {
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return
		}
		var w changeWire
		if err := json.Unmarshal([]byte(n.Payload), &w); err != nil {
			continue // not a payload this program sends
		}
		select {
		case out <- Change(w):
		case <-ctx.Done():
			return
		}
	}
}

// changeWire is a Change as NOTIFY carries it.
type changeWire struct {
	Kind  string    `json:"kind"`
	GapID string    `json:"gapId,omitempty"`
	At    time.Time `json:"at"`
}

// singletonRow keys the one row of the single-row tables.
const singletonRow = "current"

// getDoc reads the doc of the row whose key column equals key, nil when there is none.
func getDoc[T any](ctx context.Context, db queryRower, table, keyColumn, key string) (*T, error) {
	var doc []byte
	err := db.QueryRow(ctx, "SELECT doc FROM "+table+" WHERE "+keyColumn+" = $1", key).Scan(&doc)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("projections: read %s %q: %w", table, key, err)
	}
	var v T
	if err := json.Unmarshal(doc, &v); err != nil {
		return nil, fmt.Errorf("projections: %s row %q: %w", table, key, err)
	}
	return &v, nil
}

// projectorName keys the projector's checkpoint row.
const projectorName = "projector"

func readCheckpoint(ctx context.Context, db queryRower) (eventstore.Position, error) {
	pos, _, err := loadCheckpoint(ctx, db)
	return pos, err
}

// loadCheckpoint also tells whether the projector ever committed: with an
// empty log, a rebuild commits the rows of the empty state at Start.
func loadCheckpoint(ctx context.Context, db queryRower) (pos eventstore.Position, committed bool, err error) {
	var s string
	err = db.QueryRow(ctx, "SELECT position FROM projector_checkpoint WHERE name = $1", projectorName).Scan(&s)
	if errors.Is(err, pgx.ErrNoRows) {
		return eventstore.Start, false, nil
	}
	if err != nil {
		return eventstore.Position{}, false, fmt.Errorf("projections: read checkpoint: %w", err)
	}
	pos, err = eventstore.ParsePosition(s)
	if err != nil {
		return eventstore.Position{}, false, fmt.Errorf("projections: checkpoint: %w", err)
	}
	return pos, true, nil
}
