package main

import (
	"encoding/csv"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// getExport downloads an /export/ CSV from a served binary.
func getExport(t *testing.T, base, token, path string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := httpClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(body)
}

// `gaps export` writes the same files the API serves, from the read models:
// the gap list in the query's order, the budget split and a gap's trail.
func TestExportCSV(t *testing.T) {
	t.Parallel()
	in := newInstallation(t, "GAPS_DEV=1")
	srv, base, sample := in.serveSampleGaps()
	finance := strings.TrimSpace(in.mustRun("token", "--role", "FINANCE", "--sub", "fran").stdout)
	engineer := strings.TrimSpace(in.mustRun("token", "--role", "CLOUD_ENGINEER", "--sub", "cleo").stdout)

	var live struct {
		AllocationGaps struct {
			Edges []struct {
				Node struct{ ID, Spend, LastSeen string }
			}
		}
	}
	queryInto(t, base, finance, `{ allocationGaps(first: 500, orderBy: {field: LAST_SEEN, direction: ASC}) { edges { node { id spend lastSeen } } } }`, &live)
	if len(live.AllocationGaps.Edges) == 0 {
		t.Fatal("the sample gave no gaps to export")
	}

	// The gap list: the CLI's stdout, the CLI's file and the download are one file.
	cli := in.mustRun("export", "gaps", "--order", "last_seen", "--direction", "asc", "-").stdout
	status, served := getExport(t, base, finance, "/export/gaps.csv?order=LAST_SEEN&direction=ASC")
	if status != http.StatusOK || served != cli {
		t.Errorf("GET /export/gaps.csv: %d, and it differs from gaps export gaps:\n%s\n---\n%s", status, served, cli)
	}
	out := filepath.Join(t.TempDir(), "gaps.csv")
	in.mustRun("export", "gaps", "--order", "LAST_SEEN", "--direction", "ASC", out)
	if file, err := os.ReadFile(out); err != nil || string(file) != cli {
		t.Errorf("gaps export gaps OUT wrote %q (%v), want what it prints", file, err)
	}
	rows, err := csv.NewReader(strings.NewReader(cli)).ReadAll()
	if err != nil || len(rows) != len(live.AllocationGaps.Edges)+1 || rows[0][0] != "id" || rows[0][4] != "spend" {
		t.Fatalf("export gaps: %d rows (%v), want a header and the %d gaps the API lists\n%s", len(rows), err, len(live.AllocationGaps.Edges), cli)
	}
	for i, e := range live.AllocationGaps.Edges {
		if row := rows[i+1]; row[0] != e.Node.ID || row[4] != e.Node.Spend || !strings.HasPrefix(e.Node.LastSeen, row[6]) {
			t.Errorf("row %d %v, the API's gap %+v", i+1, row, e.Node)
		}
	}

	// A filter narrows it; an unknown filter value is refused, writing nothing.
	scenario := rows[1][1]
	narrow := in.mustRun("export", "gaps", "--scenario", scenario).stdout
	for _, row := range readCSV(t, narrow)[1:] {
		if row[1] != scenario {
			t.Errorf("--scenario %s exported a %s gap", scenario, row[1])
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if res := in.run("export", "gaps", "--scenario", "EVERYTHING", bad); res.code != 2 || !strings.Contains(res.stderr, "scenario") {
		t.Errorf("an unknown scenario: %s; want exit 2 naming scenario", res)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a refused export left %s behind", bad)
	}

	// The budget split of the sample's period, as the download has it; engineers may not download it.
	budget := in.mustRun("export", "budget", "--period", sample.period).stdout
	if !strings.HasPrefix(budget, "period,budget,before_claims,after_claims,delta\n") {
		t.Errorf("export budget:\n%s", budget)
	}
	if status, served := getExport(t, base, finance, "/export/budget-allocation.csv?period="+sample.period); status != http.StatusOK || served != budget {
		t.Errorf("GET /export/budget-allocation.csv: %d\n%s\n---\n%s", status, served, budget)
	}
	if status, body := getExport(t, base, engineer, "/export/budget-allocation.csv?period="+sample.period); status != http.StatusForbidden {
		t.Errorf("a cloud engineer downloads the budget split: %d %s, want 403", status, body)
	}
	if res := in.run("export", "budget", "--period", "November"); res.code != 2 || !strings.Contains(res.stderr, "period") {
		t.Errorf("export budget --period November: %s", res)
	}

	// A gap's audit trail.
	id := live.AllocationGaps.Edges[0].Node.ID
	trail := in.mustRun("export", "history", "--gap", id).stdout
	trailRows := readCSV(t, trail)
	if len(trailRows) < 2 || trailRows[1][0] != id || trailRows[1][2] != "GapOpened" || trailRows[1][6] != "system:detector" {
		t.Errorf("export history --gap %s:\n%s", id, trail)
	}
	if status, served := getExport(t, base, engineer, "/export/gap-history.csv?gap="+id); status != http.StatusOK || served != trail {
		t.Errorf("GET /export/gap-history.csv: %d\n%s\n---\n%s", status, served, trail)
	}
	if res := in.run("export", "history", "--gap", "no-such-gap"); res.code != 1 || !strings.Contains(res.stderr, "no-such-gap") {
		t.Errorf("export history of an unknown gap: %s", res)
	}
	if code := srv.stop(); code != 0 {
		t.Errorf("serve exited %d after SIGTERM\nstderr: %s", code, srv.stderr)
	}
}

// Help exits 0 and shows every kind's arguments and an example.
func TestExportHelp(t *testing.T) {
	t.Parallel()
	in := newInstallation(t)
	for _, args := range [][]string{{"export", "--help"}, {"export", "gaps", "--help"}, {"export", "budget", "-h"}} {
		res := in.run(args...)
		if res.code != 0 || !containsAll(res.stdout, []string{"--scenario", "--order", "--period", "--gap", "OUT|-", "example:", "gaps export budget --period"}) {
			t.Errorf("gaps %s: %s", strings.Join(args, " "), res)
		}
	}
	if res := in.run("export"); res.code != 2 || !strings.Contains(res.stderr, "gaps, budget or history") {
		t.Errorf("gaps export with nothing to export: %s", res)
	}
}

func readCSV(t *testing.T, text string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	return rows
}
