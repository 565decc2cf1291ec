// Package csvexport writes the read models Finance takes into spreadsheets
// as CSV: the gap list, a period's budget allocation and a gap's audit
// trail. `gaps export` and the API's /export/ downloads both write through
// it, so a file is the same whichever way it was fetched.
//
// Every file starts with a header row. Amounts are exact decimals with their
// scale ("1234.5600"), days are YYYY-MM-DD and times RFC 3339 in UTC. A list
// in one cell is joined with "; ". Text that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) gets a leading
// apostrophe; amounts never do.
package csvexport

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

// GapsHeader is the header row of Gaps.
var GapsHeader = []string{"id", "scenario", "state", "anchor", "spend", "first_seen", "last_seen",
	"accounts", "regions", "models", "principals", "tags", "workload_id", "business_request_id",
	"suggested_actions", "value_at_stake_cost_saving_annual", "value_at_stake_revenue_driving_annual",
	"opened_at", "revision"}

// exportPage is how many gaps Gaps reads at a time: the read model's largest page.
const exportPage = 500

// Gaps writes the gaps that pass f, in the order o, a page at a time. The
// first page is read before anything is written, so a bad filter or order
// fails with nothing written.
func Gaps(ctx context.Context, r projections.Reader, f projections.GapFilter, o projections.GapOrder, w io.Writer) error {
	page, err := r.Gaps(ctx, f, o, projections.Page{First: exportPage})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(GapsHeader); err != nil {
		return err
	}
	for {
		for _, v := range page.Items {
			if err := cw.Write(gapRow(v)); err != nil {
				return err
			}
		}
		if !page.HasNextPage {
			break
		}
		if page, err = r.Gaps(ctx, f, o, projections.Page{First: exportPage, After: page.Cursors[len(page.Cursors)-1]}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func gapRow(v projections.GapView) []string {
	g := &v.Gap
	ev := &g.Finding.Evidence
	var costSaving, revenueDriving string
	if v.ValueAtStake != nil {
		costSaving, revenueDriving = domain.DecimalText(v.ValueAtStake.CostSavingAnnual), domain.DecimalText(v.ValueAtStake.RevenueDrivingAnnual)
	}
	return []string{
		g.ID, string(g.Scenario), string(g.State), text(g.Finding.Anchor), domain.DecimalText(ev.Spend), ev.FirstSeen, ev.LastSeen,
		list(ev.Accounts), list(ev.Regions), list(ev.Models), list(ev.PrincipalNames()), list(ev.Tags),
		text(g.Finding.WorkloadID), text(g.Finding.BusinessRequestID), list(g.Finding.SuggestedActions),
		costSaving, revenueDriving, timeText(g.OpenedAt), fmt.Sprint(g.Revision),
	}
}

// BudgetAllocationHeader is the header row of BudgetAllocation.
var BudgetAllocationHeader = []string{"period", "budget", "before_claims", "after_claims", "delta"}

// BudgetAllocation writes a billing period's budget totals, by budget name.
func BudgetAllocation(ctx context.Context, r projections.Reader, period string, w io.Writer) error {
	totals, err := r.BudgetAllocation(ctx, period)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(BudgetAllocationHeader); err != nil {
		return err
	}
	for _, b := range totals {
		row := []string{b.Period, text(b.Budget), domain.DecimalText(b.Before), domain.DecimalText(b.After), domain.DecimalText(b.Delta)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// GapHistoryHeader is the header row of GapHistory.
var GapHistoryHeader = []string{"gap_id", "at", "event", "state_after", "action", "rationale",
	"actor_subject", "actor_name", "actor_email", "actor_roles"}

// GapHistory writes a gap's audit trail, oldest first: every lifecycle
// event, who caused it and why. An unknown gap is NOT_FOUND.
func GapHistory(ctx context.Context, r projections.Reader, gapID string, w io.Writer) error {
	v, err := r.Gap(ctx, gapID)
	if err != nil {
		return err
	}
	if v == nil {
		return domain.Errorf(domain.CodeNotFound, "gap: there is no gap %q", gapID)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(GapHistoryHeader); err != nil {
		return err
	}
	for _, h := range v.Gap.History {
		row := []string{v.Gap.ID, timeText(h.At), h.Kind, string(h.State), string(h.Action), text(h.Rationale),
			text(h.Actor.Subject), text(h.Actor.Name), text(h.Actor.Email), list(h.Actor.Roles)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// text neutralises a cell a spreadsheet would evaluate as a formula.
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func list[T ~string](xs []T) string {
	cells := make([]string, len(xs))
	for i, x := range xs {
		cells[i] = text(string(x))
	}
	return strings.Join(cells, "; ")
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// GapQuery reads a gap list's filter and order from query parameters (the
// /export/gaps.csv URL, or `gaps export gaps` flags of the same names):
// scenario, state, account, model, principal and tag may repeat; search,
// order (SPEND, LAST_SEEN or SCENARIO, any case) and direction (ASC or DESC)
// may not. Errors name the parameter; unknown parameters are refused.
func GapQuery(params url.Values) (projections.GapFilter, projections.GapOrder, error) {
	var (
		f   projections.GapFilter
		o   projections.GapOrder
		err error
	)
	for name, values := range params {
		if slices.Contains(values, "") {
			return f, o, domain.Errorf(domain.CodeBadUserInput, "%s: empty value", name)
		}
		switch name {
		case "scenario":
			if f.Scenarios, err = enumValues(name, values, domain.AllScenarios); err != nil {
				return f, o, err
			}
		case "state":
			if f.States, err = enumValues(name, values, domain.AllGapStates); err != nil {
				return f, o, err
			}
		case "account":
			f.AccountIDs = values
		case "model":
			f.Models = values
		case "principal":
			f.Principals = values
		case "tag":
			f.Tags = values
		case "search", "order", "direction":
			if len(values) > 1 {
				return f, o, domain.Errorf(domain.CodeBadUserInput, "%s: given %d times, at most once", name, len(values))
			}
			v := values[0]
			switch name {
			case "search":
				f.Search = v
			case "order":
				o.Field = projections.GapOrderField(strings.ToUpper(strings.ReplaceAll(v, "-", "_")))
				if !slices.Contains(projections.GapOrderFields, o.Field) {
					return f, o, domain.Errorf(domain.CodeBadUserInput, "order: %q is not one of %s", v, oneOf(projections.GapOrderFields))
				}
			case "direction":
				o.Direction = projections.SortDirection(strings.ToUpper(v))
				if o.Direction != projections.SortAscending && o.Direction != projections.SortDescending {
					return f, o, domain.Errorf(domain.CodeBadUserInput, "direction: %q is not ASC or DESC", v)
				}
			}
		default:
			return f, o, domain.Errorf(domain.CodeBadUserInput,
				"%s: unknown parameter (want scenario, state, account, model, principal, tag, search, order or direction)", name)
		}
	}
	return f, o, nil
}

// enumValues reads the values of an enum parameter, in any case.
func enumValues[T ~string](name string, values []string, valid []T) ([]T, error) {
	out := make([]T, len(values))
	for i, v := range values {
		out[i] = T(strings.ToUpper(v))
		if !slices.Contains(valid, out[i]) {
			return nil, domain.Errorf(domain.CodeBadUserInput, "%s: %q is not one of %s", name, v, oneOf(valid))
		}
	}
	return out, nil
}

// oneOf lists the valid values for an error message.
func oneOf[T ~string](xs []T) string {
	names := make([]string, len(xs))
	for i, x := range xs {
		names[i] = string(x)
	}
	return strings.Join(names, ", ")
}
