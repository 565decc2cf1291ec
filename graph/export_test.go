package graph

import (
	"encoding/csv"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/csvexport"
	"github.com/allocation-gaps/gaps/domain"
)

// download GETs an export with a bearer token ("" for none).
func (s *stack) download(t *testing.T, token, path string) (int, http.Header, string) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, s.url+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header, string(body)
}

// csvFile downloads an export that must succeed as an attachment named
// filename, and returns its rows after checking the header row.
func (s *stack) csvFile(t *testing.T, token, path, filename string, header []string) [][]string {
	t.Helper()
	status, h, body := s.download(t, token, path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, status, body)
	}
	if got := h.Get("Content-Disposition"); got != `attachment; filename="`+filename+`"` {
		t.Errorf("GET %s: Content-Disposition %q, want an attachment named %s", path, got, filename)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) == 0 || !slices.Equal(rows[0], header) {
		t.Fatalf("GET %s: %v, header %v, want %v\n%s", path, err, rows[:min(len(rows), 1)], header, body)
	}
	return rows[1:]
}

func column(header []string, name string) int {
	return slices.Index(header, name)
}

func TestCSVExportsOverHTTP(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	finance := s.token(t, "fin-1", "FINANCE")
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	findings := s.openListGaps(t)

	t.Run("the gap list, with the query's filter and order", func(t *testing.T) {
		rows := s.csvFile(t, po, "/export/gaps.csv?scenario=NOT_BUSINESS_APPROVED&scenario=UNBACKED_AI_WORKLOAD&tag=user:team%3Dml&order=LAST_SEEN&direction=ASC",
			"allocation-gaps.csv", csvexport.GapsHeader)
		filter := map[string]any{"scenarios": []string{"NOT_BUSINESS_APPROVED", "UNBACKED_AI_WORKLOAD"}, "tags": []string{"user:team=ml"}}
		order := map[string]any{"field": "LAST_SEEN", "direction": "ASC"}
		var api gapListPage
		s.gql(t, po, gapListQuery, map[string]any{"filter": filter, "order": order, "first": 50}, &api)
		if len(rows) != len(api.AllocationGaps.Edges) || len(rows) == 0 {
			t.Fatalf("%d rows, the API lists %d gaps", len(rows), len(api.AllocationGaps.Edges))
		}
		for i, e := range api.AllocationGaps.Edges {
			row := rows[i]
			if row[column(csvexport.GapsHeader, "id")] != e.Node.ID || row[column(csvexport.GapsHeader, "spend")] != e.Node.Spend ||
				row[column(csvexport.GapsHeader, "scenario")] != e.Node.Scenario ||
				!strings.HasPrefix(e.Node.LastSeen, row[column(csvexport.GapsHeader, "last_seen")]+"T") {
				t.Errorf("row %d %v, the API's gap %+v", i, row, e.Node)
			}
		}

		// Default order, no filter: every gap, largest spend first, amounts exact.
		all := s.csvFile(t, finance, "/export/gaps.csv", "allocation-gaps.csv", csvexport.GapsHeader)
		want := expectedOrder(findings, func(f domain.Finding) string { return f.Evidence.Spend.String() }, true, true)
		if len(all) != len(want) {
			t.Fatalf("%d rows, want %d", len(all), len(want))
		}
		for i, row := range all {
			f := findings[slices.IndexFunc(findings, func(f domain.Finding) bool { return domain.GapID(f.Scenario, f.Key) == want[i] })]
			if row[column(csvexport.GapsHeader, "id")] != want[i] || !decimal.RequireFromString(row[column(csvexport.GapsHeader, "spend")]).Equal(f.Evidence.Spend) ||
				row[column(csvexport.GapsHeader, "anchor")] != f.Anchor || row[column(csvexport.GapsHeader, "tags")] != strings.Join(f.Evidence.Tags, "; ") {
				t.Errorf("row %d %v, want gap %s (%s, spend %s)", i, row, want[i], f.Anchor, f.Evidence.Spend)
			}
		}
	})

	t.Run("a period's budget allocation, as budgetAllocation answers", func(t *testing.T) {
		s.gql(t, lead, `mutation { setAccountBudgets(input: {accountId: "`+acctA+`", budgets: [{budget: "search", share: "60"}, {budget: "support", share: "40"}]}) { accountId } }`, nil, &struct{}{})
		s.seedSpend(t, period, seedFacts())
		var api struct {
			BudgetAllocation []struct{ Budget, Period, Before, After, Delta string }
		}
		eventually(t, "the budget split of "+period, func() (bool, string) {
			s.gql(t, finance, `query($p: String!) { budgetAllocation(period: $p) { budget period before after delta } }`, map[string]any{"p": period}, &api)
			return len(api.BudgetAllocation) >= 2, ""
		})
		rows := s.csvFile(t, finance, "/export/budget-allocation.csv?period="+period, "budget-allocation-"+period+".csv", csvexport.BudgetAllocationHeader)
		if len(rows) != len(api.BudgetAllocation) {
			t.Fatalf("%d rows, the API has %d budgets", len(rows), len(api.BudgetAllocation))
		}
		for i, b := range api.BudgetAllocation {
			if want := []string{b.Period, b.Budget, b.Before, b.After, b.Delta}; !slices.Equal(rows[i], want) {
				t.Errorf("row %d %v, want %v", i, rows[i], want)
			}
		}
	})

	t.Run("a gap's audit trail; text a spreadsheet would run is defused", func(t *testing.T) {
		f := findings[0]
		id := domain.GapID(f.Scenario, f.Key)
		const rationale = `=HYPERLINK("http://evil.example","ask the owner")`
		s.gql(t, lead, `mutation($id: ID!, $why: String!) { actionGap(input: {gapId: $id, action: NOTIFY_PRODUCT_OWNER, rationale: $why}) { gap { id } } }`,
			map[string]any{"id": id, "why": rationale}, &struct{}{})
		rows := s.csvFile(t, po, "/export/gap-history.csv?gap="+id, "gap-history-"+id+".csv", csvexport.GapHistoryHeader)
		if len(rows) != 2 {
			t.Fatalf("rows %v, want GapOpened and GapActionTaken", rows)
		}
		opened, actioned := rows[0], rows[1]
		if opened[2] != domain.EventGapOpened || opened[3] != "ACTIVE" || opened[6] != domain.SystemDetector.Subject {
			t.Errorf("first row %v", opened)
		}
		want := []string{id, "", domain.EventGapActionTaken, "ACTIONED", "NOTIFY_PRODUCT_OWNER", "'" + rationale,
			"lead-1", "User lead-1", "lead-1@example.com", "FINOPS_LEAD"}
		actioned[1] = "" // the time it was recorded
		if !slices.Equal(actioned, want) {
			t.Errorf("decision row\n got %q\nwant %q", actioned, want)
		}
		if !strings.HasSuffix(rows[0][1], "Z") || !strings.Contains(rows[0][1], "T") {
			t.Errorf("time %q is not RFC 3339 UTC", rows[0][1])
		}
	})

	t.Run("refusals", func(t *testing.T) {
		for _, c := range []struct {
			name, token, path string
			status            int
			mentions          string
		}{
			{"no token", "", "/export/gaps.csv", http.StatusUnauthorized, "Bearer"},
			{"a bad token", "not-a-jwt", "/export/gaps.csv", http.StatusUnauthorized, ""},
			{"a product owner reads no budgets", po, "/export/budget-allocation.csv?period=" + period, http.StatusForbidden, "FINANCE"},
			{"an unknown scenario", po, "/export/gaps.csv?scenario=ALL", http.StatusBadRequest, "scenario"},
			{"an unknown state", po, "/export/gaps.csv?state=OPEN", http.StatusBadRequest, "state"},
			{"an unknown order", po, "/export/gaps.csv?order=COST", http.StatusBadRequest, "order"},
			{"a bad direction", po, "/export/gaps.csv?order=SPEND&direction=UP", http.StatusBadRequest, "direction"},
			{"search twice", po, "/export/gaps.csv?search=a&search=b", http.StatusBadRequest, "search"},
			{"an unknown parameter", po, "/export/gaps.csv?scenarios=ROLE_RECOMMENDATION", http.StatusBadRequest, "scenarios"},
			{"a period that is not YYYY-MM", finance, "/export/budget-allocation.csv?period=June", http.StatusBadRequest, "period"},
			{"no period", finance, "/export/budget-allocation.csv", http.StatusBadRequest, "period"},
			{"no gap", po, "/export/gap-history.csv", http.StatusBadRequest, "gap"},
			{"an unknown gap", po, "/export/gap-history.csv?gap=no-such-gap", http.StatusNotFound, "no-such-gap"},
		} {
			status, h, body := s.download(t, c.token, c.path)
			if status != c.status || !strings.Contains(body, c.mentions) || h.Get("Content-Disposition") != "" {
				t.Errorf("%s: %d %q (Content-Disposition %q), want %d naming %q", c.name, status, body, h.Get("Content-Disposition"), c.status, c.mentions)
			}
		}
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, s.url+"/export/gaps.csv", nil)
		req.Header.Set("Authorization", "Bearer "+po)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST: %d, want 405", res.StatusCode)
		}
	})
}
