package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

func init() {
	commands["replay"] = command{
		summary:  "show the gap view as it stood at a past moment, from the event log alone",
		synopsis: []string{"replay --as-of TIME [--json]"},
		example:  "gaps replay --as-of 2026-11-26T12:00:00Z\ngaps replay --as-of 2026-11-25 --json   # the end of that day, UTC",
		run:      runReplay,
	}
}

func runReplay(ctx context.Context, cfg Config, args []string) error {
	fs := commandFlags("replay")
	asOfFlag := fs.String("as-of", "", "the moment: RFC 3339 (2025-03-01T12:00:00Z) or a date (YYYY-MM-DD, meaning the end of that day, UTC)")
	asJSON := fs.Bool("json", false, "print the view as one JSON object")
	if err := parseProjectionFlags(fs, args); err != nil {
		return err
	}
	asOf, err := parseAsOf(*asOfFlag)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	view, err := projections.ReplayAsOf(ctx, store, asOf)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(replayJSON(view))
	}
	return printReplay(os.Stdout, view)
}

// parseAsOf reads --as-of.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, domain.Errorf(domain.CodeBadUserInput, "--as-of is required (RFC 3339 time or YYYY-MM-DD)")
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d.AddDate(0, 0, 1).Add(-time.Nanosecond), nil
	}
	return time.Time{}, domain.Errorf(domain.CodeBadUserInput, "--as-of %q: want an RFC 3339 time (2025-03-01T12:00:00Z) or a date (2025-03-01)", s)
}

type replayGap struct {
	ID        string          `json:"id"`
	Scenario  domain.Scenario `json:"scenario"`
	State     domain.GapState `json:"state"`
	Revision  int64           `json:"revision"`
	Anchor    string          `json:"anchor"`
	Spend     domain.Decimal  `json:"spend"`
	Accounts  []string        `json:"accounts"`
	FirstSeen string          `json:"firstSeen,omitempty"`
	LastSeen  string          `json:"lastSeen,omitempty"`
	OpenedAt  time.Time       `json:"openedAt"`
}

type replayScenario struct {
	Scenario  domain.Scenario `json:"scenario"`
	Active    int             `json:"active"`
	Actioned  int             `json:"actioned"`
	Resolved  int             `json:"resolved"`
	Recalled  int             `json:"recalled"`
	OpenSpend domain.Decimal  `json:"openSpend"`
}

type replayOutput struct {
	AsOf     time.Time `json:"asOf"`
	Position string    `json:"position"`
	Events   int       `json:"events"`
	Summary  struct {
		WindowStart     string           `json:"windowStart,omitempty"`
		WindowEnd       string           `json:"windowEnd,omitempty"`
		TotalGapSpend   domain.Decimal   `json:"totalGapSpend"`
		UnanchoredSpend domain.Decimal   `json:"unanchoredSpend"`
		Scenarios       []replayScenario `json:"scenarios"`
	} `json:"summary"`
	ValueOpportunity struct {
		CostSavingAnnual     domain.Decimal `json:"costSavingAnnual"`
		RevenueDrivingAnnual domain.Decimal `json:"revenueDrivingAnnual"`
	} `json:"valueOpportunity"`
	Gaps []replayGap `json:"gaps"`
}

func replayJSON(v projections.AsOfView) replayOutput {
	var out replayOutput
	out.AsOf, out.Position, out.Events = v.AsOf, v.Position.String(), v.Events
	d := v.Summary.Detection
	out.Summary.WindowStart, out.Summary.WindowEnd = d.WindowStart, d.WindowEnd
	out.Summary.TotalGapSpend, out.Summary.UnanchoredSpend = d.TotalGapSpend, d.UnanchoredSpend
	for _, s := range v.Summary.Scenarios {
		out.Summary.Scenarios = append(out.Summary.Scenarios, replayScenario{s.Scenario, s.Active, s.Actioned, s.Resolved, s.Recalled, s.OpenSpend})
	}
	out.ValueOpportunity.CostSavingAnnual = v.Value.CostSavingAnnual
	out.ValueOpportunity.RevenueDrivingAnnual = v.Value.RevenueDrivingAnnual
	out.Gaps = []replayGap{}
	for _, gv := range v.Gaps {
		g := gv.Gap
		ev := g.Finding.Evidence
		out.Gaps = append(out.Gaps, replayGap{ID: g.ID, Scenario: g.Scenario, State: g.State, Revision: g.Revision,
			Anchor: g.Finding.Anchor, Spend: ev.Spend, Accounts: ev.Accounts, FirstSeen: ev.FirstSeen, LastSeen: ev.LastSeen, OpenedAt: g.OpenedAt})
	}
	return out
}

func printReplay(w io.Writer, v projections.AsOfView) error {
	d := v.Summary.Detection
	fmt.Fprintf(w, "Gap view as of %s (%d events, up to position %s)\n", v.AsOf.Format(time.RFC3339), v.Events, v.Position)
	if d.WindowStart != "" {
		fmt.Fprintf(w, "Detection window %s … %s\n", d.WindowStart, d.WindowEnd)
	}
	fmt.Fprintf(w, "Total gap spend %s   unanchored spend %s\n", d.TotalGapSpend.StringFixed(2), d.UnanchoredSpend.StringFixed(2))
	fmt.Fprintf(w, "Declared AI value (intended annual, not realised): cost saving %s, revenue driving %s\n\n",
		v.Value.CostSavingAnnual.StringFixed(2), v.Value.RevenueDrivingAnnual.StringFixed(2))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SCENARIO\tACTIVE\tACTIONED\tRESOLVED\tRECALLED\tOPEN SPEND\t")
	for _, s := range v.Summary.Scenarios {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t\n", s.Scenario, s.Active, s.Actioned, s.Resolved, s.Recalled, s.OpenSpend.StringFixed(2))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d gaps\n", len(v.Gaps))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STATE\tSCENARIO\tSPEND\tACCOUNTS\tANCHOR")
	for _, gv := range v.Gaps {
		g := gv.Gap
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", g.State, g.Scenario, g.Finding.Evidence.Spend.StringFixed(2),
			strings.Join(g.Finding.Evidence.Accounts, ","), g.Finding.Anchor)
	}
	return tw.Flush()
}
