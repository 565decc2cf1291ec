package projections

import (
	"slices"
	"strings"
	"testing"

	"github.com/allocation-gaps/gaps/domain"
)

// The gap list's total count, read from the counts the projector keeps (or
// counted, for several accounts), is the number of gaps the filter matches,
// for every shape of filter; a gap whose accounts change moves between them.
func TestGapListTotalsMatchTheFilteredGaps(t *testing.T) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	w.governance()
	const gaps = 40
	for i := range gaps {
		w.gapLife(i, 1)
		if i%7 == 0 { // its evidence comes to name both accounts
			f := testFinding(i, "12.00")
			f.Evidence.Accounts = []string{acctA, acctB}
			w.append(domain.GapStream(domain.GapID(f.Scenario, f.Key)), domain.SystemDetector, "", domain.GapEvidenceChanged{
				GapID: domain.GapID(f.Scenario, f.Key), Finding: f})
		}
	}
	runProjector(t, NewProjector(env.store, env.pool, WithBatchSize(3)))
	waitFor(t, env, w.last.Position)
	q := NewQueries(env.pool)
	all, err := q.Gaps(env.ctx, GapFilter{}, GapOrder{}, Page{First: maxPageSize})
	if err != nil || len(all.Items) != gaps || all.TotalCount != gaps {
		t.Fatalf("all gaps: %d items, total %d, %v; want %d", len(all.Items), all.TotalCount, err, gaps)
	}

	states := []domain.GapState{domain.GapResolved, domain.GapRecalled}
	scenarios := []domain.Scenario{domain.ScenarioNotBusinessApproved, domain.ScenarioUnclaimedAIAllocation}
	for _, f := range []GapFilter{
		{States: states},
		{Scenarios: scenarios},
		{States: states, Scenarios: scenarios},
		{AccountIDs: []string{acctA}},
		{AccountIDs: []string{acctB}, States: []domain.GapState{domain.GapActive}},
		{AccountIDs: []string{acctA, acctB}},
		{AccountIDs: []string{acctA, acctB}, Scenarios: scenarios},
		{AccountIDs: []string{"999999999999"}},
	} {
		want := 0
		for _, v := range all.Items {
			if f.Match(&v.Gap) {
				want++
			}
		}
		page, err := q.Gaps(env.ctx, f, GapOrder{}, Page{First: maxPageSize})
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		if page.TotalCount != want || len(page.Items) != want {
			t.Errorf("filter %+v: total %d, %d items; want %d", f, page.TotalCount, len(page.Items), want)
		}
	}
	if both, err := q.Gaps(env.ctx, GapFilter{AccountIDs: []string{acctA, acctB}}, GapOrder{}, Page{}); err != nil || both.TotalCount != gaps {
		t.Errorf("gaps in either account: %d (%v), want each gap once: %d", both.TotalCount, err, gaps)
	}
}

// The migration that adds the count tables fills them from the gaps already
// projected, as the projector would have.
func TestGapCountsMigrationFillsFromTheGaps(t *testing.T) {
	testMigrationFillsFromTheGaps(t, "CREATE TABLE gap_counts", "DROP TABLE gap_counts, gap_account_counts",
		"gap_counts", "gap_account_counts")
}

func TestGapListColumnsMigrationFillsFromTheGaps(t *testing.T) {
	testMigrationFillsFromTheGaps(t, "ADD COLUMN scenario_rank",
		"ALTER TABLE gaps DROP COLUMN scenario_rank, DROP COLUMN last_seen, DROP COLUMN models, DROP COLUMN principals, DROP COLUMN tags, DROP COLUMN search; DROP INDEX gaps_by_spend",
		"gaps")
}

// testMigrationFillsFromTheGaps projects gaps, undoes the migration that
// contains marker, runs it again and compares the tables it filled with
// what the projector wrote.
func testMigrationFillsFromTheGaps(t *testing.T, marker, undo string, tables ...string) {
	env := newTestEnv(t)
	w := newLogWriter(t, env)
	for i := range 30 {
		w.gapLife(i, 0)
	}
	if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
		t.Fatal(err)
	}
	projected := dumpTables(t, env)
	for _, table := range tables {
		if len(projected[table]) == 0 {
			t.Fatalf("the projector wrote no %s: %v", table, projected)
		}
	}
	version := slices.IndexFunc(migrations, func(m string) bool { return strings.Contains(m, marker) })
	if _, err := env.pool.Exec(env.ctx, undo+"; "+migrations[version]); err != nil {
		t.Fatal(err)
	}
	migrated := dumpTables(t, env)
	for _, table := range tables {
		if !slices.Equal(projected[table], migrated[table]) {
			t.Errorf("%s: the migration filled\n%v\nthe projector wrote\n%v", table, migrated[table], projected[table])
		}
	}
}
