package projections

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// runProjector runs p until the returned stop is called (also at cleanup).
func runProjector(t *testing.T, p *Projector) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	var stopped bool
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("projector: %v", err)
		}
	}
	t.Cleanup(stop)
	return stop
}

// waitFor waits, at most a generous while, for the read models to reach pos.
func waitFor(t *testing.T, env *testEnv, pos eventstore.Position) {
	t.Helper()
	ctx, cancel := context.WithTimeout(env.ctx, 60*time.Second)
	defer cancel()
	if err := NewQueries(env.pool).WaitFor(ctx, pos); err != nil {
		t.Fatalf("wait for position %s: %v", pos, err)
	}
}

// expectedState is the state gapLife leaves gap i in.
func expectedState(i int) domain.GapState {
	switch i % 5 {
	case 1:
		return domain.GapResolved
	case 2:
		return domain.GapRecalled
	default:
		return domain.GapActive
	}
}

// verifyClean fails the test unless the live read models equal a rebuild.
func verifyClean(t *testing.T, env *testEnv) {
	t.Helper()
	var out strings.Builder
	diffs, err := Verify(env.ctx, env.store, env.pool, &out)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if diffs != 0 {
		t.Fatalf("verify: %d differences:\n%s", diffs, out.String())
	}
}

// dumpTables reads every read-model row as JSON, sorted per table.
func dumpTables(t *testing.T, env *testEnv) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range readModelTables {
		rows, err := env.pool.Query(env.ctx, "SELECT to_jsonb(x)::text FROM "+table+" x")
		if err != nil {
			t.Fatal(err)
		}
		out[table], err = pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(out[table])
	}
	return out
}

func count(t *testing.T, env *testEnv, sql string, args ...any) int {
	t.Helper()
	var n int
	if err := env.pool.QueryRow(env.ctx, sql, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return n
}

func TestProjectorBuildsReadModelsAndRebuildIsIdentical(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	const gaps = 30
	w.realisticLog(gaps)
	stop := runProjector(t, NewProjector(env.store, env.pool, WithBatchSize(7)))
	waitFor(t, env, w.last.Position)
	q := NewQueries(env.pool)

	// Gaps and their states.
	page, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, Page{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	if page.TotalCount != gaps || len(page.Items) != gaps {
		t.Fatalf("gaps: total %d, items %d, want %d", page.TotalCount, len(page.Items), gaps)
	}
	wantStates := map[domain.GapState]int{}
	for i := range gaps {
		wantStates[expectedState(i)]++
	}
	gotStates := map[domain.GapState]int{}
	for _, v := range page.Items {
		gotStates[v.Gap.State]++
	}
	if fmt.Sprint(gotStates) != fmt.Sprint(wantStates) {
		t.Errorf("gap states %v, want %v", gotStates, wantStates)
	}
	if n := count(t, env, "SELECT count(*) FROM gap_history"); n != count(t, env, "SELECT count(*) FROM eventstore_events WHERE stream LIKE 'gap-%'") {
		t.Errorf("gap_history has %d rows, not one per gap event", n)
	}
	if n := count(t, env, "SELECT count(*) FROM gap_history WHERE kind = 'GapActionTaken' AND action_params->>'action' IS NULL"); n != 0 {
		t.Errorf("%d actioned history rows without their action's parameters", n)
	}

	// Summary: per scenario counts add up to the gaps; the detection summary is the last one.
	sum, err := q.GapSummary(env.ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range sum.Scenarios {
		total += s.Active + s.Actioned + s.Resolved + s.Recalled
	}
	if total != gaps || len(sum.Scenarios) != len(domain.AllScenarios) {
		t.Errorf("summary counts %d gaps over %d scenarios", total, len(sum.Scenarios))
	}
	if sum.Detection.TotalGapSpend.String() != "99.99" {
		t.Errorf("total gap spend %s, want the last detection's 99.99", sum.Detection.TotalGapSpend)
	}

	// Value opportunity: the workload's business case.
	v, err := q.ValueOpportunity(env.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !v.CostSavingAnnual.Equal(dec("120000")) || !v.RevenueDrivingAnnual.IsZero() {
		t.Errorf("value opportunity %+v", v)
	}

	// Allocation of the redelivered period: before and after both sum to
	// the period's spend exactly; the claim moves spend to its workload's budget.
	totals, err := q.BudgetAllocation(env.ctx, "2025-01")
	if err != nil {
		t.Fatal(err)
	}
	var before, after domain.Decimal
	byBudget := map[string]domain.BudgetTotal{}
	for _, bt := range totals {
		before, after = before.Add(bt.Before), after.Add(bt.After)
		byBudget[bt.Budget] = bt
		if !bt.Delta.Equal(bt.After.Sub(bt.Before)) {
			t.Errorf("budget %s: delta %s is not after - before", bt.Budget, bt.Delta)
		}
	}
	var periodSpend domain.Decimal
	if err := env.pool.QueryRow(env.ctx, "SELECT sum(cost)::text FROM spend_facts WHERE period = '2025-01'").Scan(&periodSpend); err != nil {
		t.Fatal(err)
	}
	if !before.Equal(periodSpend) || !after.Equal(periodSpend) {
		t.Errorf("allocation before %s after %s, want both %s", before, after, periodSpend)
	}
	if sup := byBudget["support"]; !sup.After.GreaterThan(sup.Before) {
		t.Errorf("support budget %+v: the claim should move spend to it", sup)
	}
	if n := count(t, env, "SELECT count(*) FROM spend_facts WHERE period = '2025-01'"); n != 200 {
		t.Errorf("2025-01 has %d facts, want the redelivery's 200", n)
	}
	if _, err := q.BudgetAllocation(env.ctx, "2025-13"); domain.ErrorCode(err) != domain.CodeBadUserInput {
		t.Errorf("period 2025-13: %v, want BAD_USER_INPUT", err)
	}

	// Governance records.
	wl, err := q.Workload(env.ctx, "wl-1")
	if err != nil || wl == nil {
		t.Fatalf("workload: %v %v", wl, err)
	}
	if len(wl.Claims) != 1+gaps/5 {
		t.Errorf("workload has %d claims, want %d", len(wl.Claims), 1+gaps/5)
	}
	if n := count(t, env, "SELECT count(*) FROM claims WHERE released_from IS NOT NULL"); n != gaps/5 {
		t.Errorf("%d released claims, want the %d recalled", n, gaps/5)
	}
	tasks, err := q.Tasks(env.ctx, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if tasks.TotalCount != gaps/5 || tasks.Items[0].Status != domain.TaskDone {
		t.Errorf("tasks: %d, first %+v", tasks.TotalCount, tasks.Items[0])
	}
	ingests, err := q.Ingests(env.ctx, Page{})
	if err != nil || ingests.TotalCount != 3 {
		t.Errorf("ingests: %d %v", ingests.TotalCount, err)
	}
	shares, err := q.AccountBudgets(env.ctx, acctA)
	if err != nil || len(shares) != 2 {
		t.Errorf("account budgets: %v %v", shares, err)
	}
	settings, err := q.Settings(env.ctx)
	if err != nil || !slices.Equal(settings.BroadRolePatterns, []string{"AWSAdministratorAccess"}) {
		t.Errorf("settings: %+v %v", settings, err)
	}

	// The incrementally projected read models equal a rebuild from the log.
	verifyClean(t, env)
	stop()
	incremental := dumpTables(t, env)
	if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
		t.Fatal(err)
	}
	rebuilt := dumpTables(t, env)
	for _, table := range readModelTables {
		if !slices.Equal(incremental[table], rebuilt[table]) {
			t.Errorf("%s: %d rows projected, %d rebuilt, contents differ", table, len(incremental[table]), len(rebuilt[table]))
		}
	}
	if at, err := q.Checkpoint(env.ctx); err != nil || at != w.last.Position {
		t.Errorf("checkpoint after rebuild %s (%v), want %s", at, err, w.last.Position)
	}
}

func TestVerifyReportsADifference(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.realisticLog(10)
	if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
		t.Fatal(err)
	}
	verifyClean(t, env)
	if _, err := env.pool.Exec(env.ctx, "UPDATE budget_allocation SET after = after + 0.01 WHERE budget = 'support'"); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	diffs, err := Verify(env.ctx, env.store, env.pool, &out)
	if err != nil {
		t.Fatal(err)
	}
	periods := count(t, env, "SELECT count(*) FROM budget_allocation WHERE budget = 'support'")
	if diffs != 2*periods || !strings.Contains(out.String(), "budget_allocation: row only in the read model") {
		t.Errorf("verify found %d differences (want %d):\n%s", diffs, 2*periods, out.String())
	}
}

func TestRebuildRefusesWhileAProjectorRuns(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	runProjector(t, NewProjector(env.store, env.pool))
	waitFor(t, env, w.last.Position)
	if err := Rebuild(env.ctx, env.store, env.pool); !errors.Is(err, ErrProjectorRunning) {
		t.Fatalf("rebuild with a projector running: %v, want ErrProjectorRunning", err)
	}
}

// The projector's connection dies inside a batch transaction, and later its
// context ends inside another: after restarts every effect is there once.
func TestProjectorSurvivesKillsMidBatch(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.realisticLog(25)

	var batches atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logged strings.Builder
	p := NewProjector(env.store, env.pool, WithBatchSize(5), WithLogger(slog.New(slog.NewTextHandler(&logged, nil))))
	p.beforeCommit = func(_ context.Context, conn *pgx.Conn) error {
		switch batches.Add(1) {
		case 3: // the database ends the connection: the commit fails
			if _, err := env.pool.Exec(env.ctx, "SELECT pg_terminate_backend($1)", conn.PgConn().PID()); err != nil {
				t.Errorf("terminate: %v", err)
			}
		case 8: // the process is told to stop
			cancel()
		}
		return nil
	}
	if err := p.Run(ctx); err != nil {
		t.Fatalf("run: %v", err)
	}
	if n := strings.Count(logged.String(), "restarting from its checkpoint"); n != 1 {
		t.Errorf("the projector restarted %d times after its connection was killed, want once:\n%s", n, logged.String())
	}
	at, err := NewQueries(env.pool).Checkpoint(env.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if at == eventstore.Start || !at.Less(w.last.Position) {
		t.Fatalf("checkpoint %s after the stop: want some but not all of the log (up to %s)", at, w.last.Position)
	}
	committed := count(t, env, "SELECT count(*) FROM gap_history")
	if want := count(t, env, "SELECT count(*) FROM eventstore_events WHERE stream LIKE 'gap-%' AND position <= $1", int64(at.Commit)); committed != want {
		t.Errorf("after the stop at %s: %d history rows, want %d (the batches up to the checkpoint, once)", at, committed, want)
	}

	// A new projector continues from the checkpoint.
	runProjector(t, NewProjector(env.store, env.pool, WithBatchSize(5)))
	waitFor(t, env, w.last.Position)
	if n, want := count(t, env, "SELECT count(*) FROM gap_history"), count(t, env, "SELECT count(*) FROM eventstore_events WHERE stream LIKE 'gap-%'"); n != want {
		t.Errorf("%d history rows, want one per gap event (%d)", n, want)
	}
	verifyClean(t, env)
}

// A second projector waits on the lock and takes over when the first stops.
func TestStandbyProjectorTakesOver(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	stopFirst := runProjector(t, NewProjector(env.store, env.pool))
	waitFor(t, env, w.last.Position)
	runProjector(t, NewProjector(env.store, env.pool))
	waiting := func() int {
		return count(t, env, "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
			applicationName("projector", currentSchemaOf(t, env)))
	}
	deadline := time.Now().Add(30 * time.Second)
	for waiting() != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the second projector is not waiting for the lock")
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i := range 3 {
		w.gapLife(i, 1)
	}
	waitFor(t, env, w.last.Position)
	stopFirst()
	for i := 3; i < 6; i++ {
		w.gapLife(i, 1)
	}
	waitFor(t, env, w.last.Position)
	if n := count(t, env, "SELECT count(*) FROM gaps"); n != 6 {
		t.Errorf("%d gaps, want 6", n)
	}
	verifyClean(t, env)
}

func currentSchemaOf(t *testing.T, env *testEnv) string {
	t.Helper()
	s, err := currentSchema(env.ctx, env.pool)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReplayAsOfReproducesAPastMoment(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	for i := range 12 {
		w.gapLife(i, 1)
	}
	w.detection("50.00")
	runProjector(t, NewProjector(env.store, env.pool))
	waitFor(t, env, w.last.Position)
	q := NewQueries(env.pool)
	thenGaps, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, Page{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	thenSummary, err := q.GapSummary(env.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var moment time.Time
	if err := env.pool.QueryRow(env.ctx, "SELECT max(recorded_at) FROM eventstore_events").Scan(&moment); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond) // later appends get a later recorded time

	// The world moves on: every open gap is actioned, new gaps open.
	for _, v := range thenGaps.Items {
		if v.Gap.State == domain.GapActive {
			w.append(domain.GapStream(v.Gap.ID), lead, "notify", domain.GapActionTaken{GapID: v.Gap.ID, Rationale: "notify",
				Decision: domain.GapAction{Action: domain.ActionNotifyProductOwner, ProductOwner: "po-1"}})
		}
	}
	for i := 12; i < 15; i++ {
		w.gapLife(i, 2)
	}
	w.detection("75.00")
	waitFor(t, env, w.last.Position)

	view, err := ReplayAsOf(env.ctx, env.store, moment)
	if err != nil {
		t.Fatal(err)
	}
	// Replay lists gaps in the order they opened, the read model by spend: compare them by id.
	if got, want := mustJSON(t, byID(view.Gaps)), mustJSON(t, byID(thenGaps.Items)); got != want {
		t.Errorf("replayed gaps differ from the read model at that moment:\n got %s\nwant %s", got, want)
	}
	if got, want := mustJSON(t, view.Summary), mustJSON(t, thenSummary); got != want {
		t.Errorf("replayed summary %s, want %s", got, want)
	}

	// As of now, replay agrees with the live read models.
	nowGaps, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, Page{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	latest, err := ReplayAsOf(env.ctx, env.store, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := mustJSON(t, byID(latest.Gaps)), mustJSON(t, byID(nowGaps.Items)); got != want || len(latest.Gaps) != 15 {
		t.Errorf("replay as of now has %d gaps and differs from the read model", len(latest.Gaps))
	}
	if latest.Position != w.last.Position {
		t.Errorf("replay as of now reached %s, want %s", latest.Position, w.last.Position)
	}

	// Before the first event there is nothing.
	empty, err := ReplayAsOf(env.ctx, env.store, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(empty.Gaps) != 0 || empty.Events != 0 {
		t.Errorf("replay before the log: %d gaps, %d events, %v", len(empty.Gaps), empty.Events, err)
	}
}

func byID(gaps []GapView) []GapView {
	return slices.SortedFunc(slices.Values(gaps), func(a, b GapView) int { return strings.Compare(a.Gap.ID, b.Gap.ID) })
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPagination(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	const gaps = 23
	w.governance()
	for i := range gaps {
		w.gapLife(i, 0)
	}
	if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
		t.Fatal(err)
	}
	q := NewQueries(env.pool)

	var ids []string
	var keys []GapView
	after := ""
	for pages := 0; ; pages++ {
		if pages > gaps {
			t.Fatal("pagination does not end")
		}
		page, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, Page{First: 5, After: after})
		if err != nil {
			t.Fatal(err)
		}
		if page.TotalCount != gaps || len(page.Cursors) != len(page.Items) {
			t.Fatalf("page: total %d, %d cursors for %d items", page.TotalCount, len(page.Cursors), len(page.Items))
		}
		for _, v := range page.Items {
			ids = append(ids, v.Gap.ID)
			keys = append(keys, v)
		}
		if !page.HasNextPage {
			if len(page.Items) != gaps%5 {
				t.Errorf("last page has %d items, want %d", len(page.Items), gaps%5)
			}
			break
		}
		after = page.Cursors[len(page.Cursors)-1]
	}
	if len(ids) != gaps || len(slices.Compact(slices.Sorted(slices.Values(ids)))) != gaps {
		t.Fatalf("pages held %d gaps (%d distinct), want %d", len(ids), len(slices.Compact(slices.Sorted(slices.Values(ids)))), gaps)
	}
	// The default order: spend, largest first, ties by id (also descending).
	if !slices.IsSortedFunc(keys, func(a, b GapView) int {
		return cmp.Or(b.Gap.Finding.Evidence.Spend.Cmp(a.Gap.Finding.Evidence.Spend), strings.Compare(b.Gap.ID, a.Gap.ID))
	}) {
		t.Error("gaps are not in spend order, largest first")
	}

	// Filters narrow the list and its total.
	resolved, err := q.Gaps(env.ctx, GapFilter{States: []domain.GapState{domain.GapResolved}}, GapOrder{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	wantResolved := 0
	for i := range gaps {
		if expectedState(i) == domain.GapResolved {
			wantResolved++
		}
	}
	if resolved.TotalCount != wantResolved || len(resolved.Items) != wantResolved {
		t.Errorf("resolved: %d (%d items), want %d", resolved.TotalCount, len(resolved.Items), wantResolved)
	}
	f := GapFilter{AccountIDs: []string{acctB}, Scenarios: []domain.Scenario{domain.ScenarioNotBusinessApproved, domain.ScenarioUnclaimedAIAllocation}}
	filtered, err := q.Gaps(env.ctx, f, GapOrder{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if filtered.TotalCount == 0 {
		t.Error("the account and scenario filter matched nothing")
	}
	for _, v := range filtered.Items {
		if !f.Match(&v.Gap) {
			t.Errorf("gap %s (%s, %v) does not pass the filter", v.Gap.ID, v.Gap.Scenario, v.Gap.Finding.Evidence.Accounts)
		}
	}

	// Bad requests are refused as bad input.
	tasks, err := q.Tasks(env.ctx, Page{First: 1})
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]Page{
		"garbage cursor":         {After: "not-a-cursor"},
		"another list's cursor":  {After: tasks.Cursors[0]},
		"negative first":         {First: -1},
		"more than the max page": {First: maxPageSize + 1},
	} {
		if _, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, p); domain.ErrorCode(err) != domain.CodeBadUserInput {
			t.Errorf("%s: %v, want BAD_USER_INPUT", name, err)
		}
	}
	if g, err := q.Gap(env.ctx, "no-such-gap"); g != nil || err != nil {
		t.Errorf("unknown gap: %v %v", g, err)
	}
}

func TestSubscribeChangesReceivesCommittedChanges(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	w.gapLife(0, 0)
	runProjector(t, NewProjector(env.store, env.pool))
	waitFor(t, env, w.last.Position)

	ctx, cancel := context.WithCancel(env.ctx)
	defer cancel()
	q := NewQueries(env.pool)
	changes, err := q.SubscribeChanges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gapID := domain.GapID(gapScenarios[0], "key-0")
	receive := func(what string, match func(Change) bool) Change {
		t.Helper()
		timeout := time.After(30 * time.Second)
		for {
			select {
			case c := <-changes:
				if match(c) {
					return c
				}
			case <-timeout:
				t.Fatalf("no %s change arrived", what)
			}
		}
	}

	res := w.append(domain.GapStream(gapID), lead, "notify", domain.GapActionTaken{GapID: gapID, Rationale: "notify",
		Decision: domain.GapAction{Action: domain.ActionNotifyProductOwner}})
	c := receive("gap", func(c Change) bool { return c.GapID == gapID })
	if c.Kind != domain.EventGapActionTaken || c.At.IsZero() {
		t.Errorf("gap change %+v", c)
	}
	// The change is announced only once committed: the read model shows it.
	if g, err := q.Gap(env.ctx, gapID); err != nil || g.Gap.State != domain.GapActioned || g.Gap.Revision != int64(res.NextRevision) {
		t.Errorf("after the change the gap is %+v (%v)", g, err)
	}

	// The subscription survives the loss of its connection.
	subscriber := applicationName("subscriber", currentSchemaOf(t, env))
	var oldPID int
	if err := env.pool.QueryRow(env.ctx, "SELECT pid FROM pg_stat_activity WHERE application_name = $1", subscriber).Scan(&oldPID); err != nil {
		t.Fatal(err)
	}
	if _, err := env.pool.Exec(env.ctx, "SELECT pg_terminate_backend($1)", oldPID); err != nil {
		t.Fatal(err)
	}
	// Reconnected: another backend, idle after its LISTEN.
	deadline := time.Now().Add(30 * time.Second)
	for count(t, env, `SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND pid <> $2
		AND state = 'idle' AND query LIKE 'LISTEN%'`, subscriber, oldPID) != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the subscription did not reconnect")
		}
		time.Sleep(10 * time.Millisecond)
	}
	w.append(domain.BusinessRequestStream("br-1"), owner, "", domain.BusinessCaseDeclared{BusinessRequestID: "br-1",
		BusinessCase: domain.BusinessCase{Category: domain.ValueRevenueDriving, AnnualValue: dec("5000"), DeclaredBy: owner}})
	// The gap's value at stake reads the BR's case: the gap changes too,
	// without an event of its own, in the same commit as the value.
	var gapChange *Change
	receive("value", func(c Change) bool {
		if c.GapID == gapID {
			gapChange = &c
		}
		return c.Kind == ValueOpportunityChanged
	})
	if gapChange == nil || gapChange.Kind != domain.EventBusinessCaseDeclared {
		t.Errorf("value-at-stake change of the gap: %+v, want one caused by %s", gapChange, domain.EventBusinessCaseDeclared)
	}
	g, err := q.Gap(env.ctx, gapID)
	if err != nil || g.ValueAtStake == nil || !g.ValueAtStake.RevenueDrivingAnnual.Equal(dec("5000")) {
		t.Errorf("gap value at stake after the BR's business case: %+v (%v)", g.ValueAtStake, err)
	}
	verifyClean(t, env)

	cancel()
	for range changes { // the channel closes once ctx ends
	}
}
