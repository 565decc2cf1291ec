package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/allocation-gaps/gaps/app"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/ingest/s3source"
)

func init() {
	commands["ingest"] = command{
		summary: "record a delivery of CUR 2.0, FOCUS or Claude cost report files, or poll the Claude cost report",
		synopsis: []string{
			"ingest [--json] [--source cur|focus|claude] [--export NAME] PATH…",
			"ingest --claude-api [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--export NAME]",
		},
		args: "PATH…  the files of one delivery: data files (Parquet, CSV, gzip CSV, Claude cost report JSON),\n" +
			"       directories holding them, or a CUR manifest (<export>-Manifest.json or its metadata/BILLING_PERIOD=… folder);\n" +
			"       flags may come before or after them; or s3://bucket/prefix: the latest delivery of each billing\n" +
			"       period of the CUR 2.0 data exports under it (GAPS_S3_REGION, GAPS_S3_ENDPOINT), one summary per export",
		example: "gaps ingest cur-export/metadata/BILLING_PERIOD=2026-10/\n" +
			"gaps ingest --json --export finance-cur cur-export/data/BILLING_PERIOD=2026-10/\n" +
			"GAPS_ANTHROPIC_ADMIN_KEY=sk-ant-admin… gaps ingest --claude-api --from 2026-10-01",
		run: runIngest,
	}
}

// progressThreshold: inputs smaller than this finish before a bar is useful.
const progressThreshold = 32 << 20

// claudeAPITimeout bounds one request to the Anthropic API.
const claudeAPITimeout = 2 * time.Minute

// ingestOutput is the --json summary.
type ingestOutput struct {
	ingest.Summary
	Window  deliveryWindow `json:"window"`
	Seconds float64        `json:"seconds"`
}

// deliveryWindow says where a delivery's usage days stand against the
// detection window in force after it: days outside it change no gap.
type deliveryWindow struct {
	Mode           domain.WindowMode `json:"mode"`
	WindowDays     int               `json:"windowDays,omitempty"`    // ROLLING_DAYS
	BillingPeriod  string            `json:"billingPeriod,omitempty"` // BILLING_PERIOD, when set
	Start          string            `json:"start,omitempty"`         // "" when there is no window
	End            string            `json:"end,omitempty"`
	DeliveredDays  int               `json:"deliveredDays"` // distinct usage days of the delivery's AI lines
	FirstDelivered string            `json:"firstDelivered,omitempty"`
	LastDelivered  string            `json:"lastDelivered,omitempty"`
	InWindow       int               `json:"inWindow"` // of the delivered days
	FirstInWindow  string            `json:"firstInWindow,omitempty"`
	LastInWindow   string            `json:"lastInWindow,omitempty"`
}

func newDeliveryWindow(d *ingest.Delivery, w app.Window) deliveryWindow {
	out := deliveryWindow{Mode: w.Settings.WindowMode, Start: w.Start, End: w.End}
	if out.Mode == domain.WindowBillingPeriod {
		out.BillingPeriod = w.Settings.BillingPeriod
	} else {
		out.WindowDays = w.Settings.WindowDays
	}
	days := map[string]bool{}
	for _, p := range d.Periods {
		for _, f := range p.Facts {
			days[f.Day] = true
		}
	}
	for _, day := range slices.Sorted(maps.Keys(days)) {
		out.DeliveredDays++
		out.FirstDelivered = cmp.Or(out.FirstDelivered, day)
		out.LastDelivered = day
		if w.Start != "" && day >= w.Start && day <= w.End {
			out.InWindow++
			out.FirstInWindow = cmp.Or(out.FirstInWindow, day)
			out.LastInWindow = day
		}
	}
	return out
}

func runIngest(ctx context.Context, cfg Config, args []string) error {
	fs := commandFlags("ingest")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	source := fs.String("source", "", "input format: cur, focus or claude (default: detect per file)")
	export := fs.String("export", "", "the export whose billing periods the delivery replaces (default: the CUR manifest's or S3 folder's export name, else \"default\")")
	claudeAPI := fs.Bool("claude-api", false, "poll the Claude Platform cost report with GAPS_ANTHROPIC_ADMIN_KEY instead of reading files")
	from := fs.String("from", "", "with --claude-api: a day of the first month polled, YYYY-MM-DD (default: last month)")
	to := fs.String("to", "", "with --claude-api: a day of the last month polled, YYYY-MM-DD (default: today)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	switch *source {
	case "", ingest.SourceCUR, ingest.SourceFOCUS, ingest.SourceClaude:
	default:
		return domain.Errorf(domain.CodeBadUserInput, "--source %q: want cur, focus or claude", *source)
	}
	start := time.Now()
	var deliveries []*ingest.Delivery
	switch {
	case *claudeAPI && len(paths) > 0:
		return domain.Errorf(domain.CodeBadUserInput, "--claude-api polls the API: it takes no PATH")
	case *claudeAPI && *source != "" && *source != ingest.SourceClaude:
		return domain.Errorf(domain.CodeBadUserInput, "--claude-api reads the Claude cost report, not --source %s", *source)
	case *claudeAPI:
		d, err := pollClaude(ctx, cfg, *from, *to, start)
		if err != nil {
			return err
		}
		d.Export = *export
		deliveries = append(deliveries, d)
	case *from != "" || *to != "":
		return domain.Errorf(domain.CodeBadUserInput, "--from and --to go with --claude-api")
	case len(paths) == 0:
		return domain.Errorf(domain.CodeBadUserInput, "no input: gaps ingest PATH… (files, directories, CUR manifests or s3://bucket/prefix), or gaps ingest --claude-api")
	case slices.ContainsFunc(paths, s3source.IsURL):
		showProgress := !*asJSON && term.IsTerminal(int(os.Stderr.Fd()))
		if deliveries, err = loadS3(ctx, cfg, paths, ingest.Options{Source: *source, Export: *export}, showProgress); err != nil {
			return err
		}
	default:
		// Progress frames only where a person watches: never into a file, a pipe or JSON.
		showProgress := !*asJSON && term.IsTerminal(int(os.Stderr.Fd()))
		d, err := loadFiles(ctx, paths, ingest.Options{Source: *source, Export: *export}, showProgress)
		if err != nil {
			return err
		}
		deliveries = append(deliveries, d)
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	for _, d := range deliveries {
		out, err := recordDelivery(ctx, store, d, start)
		if err != nil {
			return err
		}
		if *asJSON {
			err = json.NewEncoder(os.Stdout).Encode(out)
		} else {
			printIngestSummary(os.Stdout, out)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// recordDelivery records a loaded delivery and says where its days stand
// against the detection window.
func recordDelivery(ctx context.Context, store eventstore.Store, d *ingest.Delivery, start time.Time) (ingestOutput, error) {
	sum, err := ingest.Record(ctx, store, d, domain.SystemIngest, time.Now())
	if err != nil {
		return ingestOutput{}, err
	}
	window, err := app.DetectionWindow(ctx, store)
	if err != nil {
		return ingestOutput{}, fmt.Errorf("recorded; reading the detection window: %w", err)
	}
	return ingestOutput{Summary: sum, Window: newDeliveryWindow(d, window), Seconds: time.Since(start).Seconds()}, nil
}

// loadFiles reads a delivery of files, with a progress line on long ones
// when showProgress.
func loadFiles(ctx context.Context, paths []string, opts ingest.Options, showProgress bool) (*ingest.Delivery, error) {
	files, err := ingest.ResolveFiles(paths)
	if err != nil {
		return nil, err
	}
	return loadWithProgress(ctx, files, opts, showProgress)
}

// loadWithProgress reads resolved files, with a progress line on long
// inputs when showProgress.
func loadWithProgress(ctx context.Context, files []ingest.File, opts ingest.Options, showProgress bool) (*ingest.Delivery, error) {
	var total int64
	for _, f := range files {
		total += f.Size
	}
	var progress *ingestProgress
	if showProgress && total >= progressThreshold {
		progress = newIngestProgress(os.Stderr, total, time.Now)
		opts.Progress = progress.add
	}
	d, err := ingest.LoadFiles(ctx, files, opts)
	if progress != nil {
		progress.done()
	}
	return d, err
}

// pollClaude fetches the Claude cost report of the months from --from to
// --to; by default last month and this one (UTC), so late-arriving cost of
// last month is picked up.
func pollClaude(ctx context.Context, cfg Config, fromArg, toArg string, now time.Time) (*ingest.Delivery, error) {
	if cfg.AnthropicAdminKey == "" {
		return nil, domain.Errorf(domain.CodeBadUserInput, "%s is not set: --claude-api needs an Admin API key (sk-ant-admin…)", anthropicAdminKeyEnv)
	}
	now = now.UTC()
	from, to := time.Date(now.Year(), now.Month()-1, 1, 0, 0, 0, 0, time.UTC), now
	for _, day := range []struct {
		flag, arg string
		into      *time.Time
	}{{"--from", fromArg, &from}, {"--to", toArg, &to}} {
		if day.arg == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, day.arg)
		if err != nil {
			return nil, domain.Errorf(domain.CodeBadUserInput, "%s %q: want YYYY-MM-DD", day.flag, day.arg)
		}
		*day.into = t
	}
	client := &http.Client{Timeout: claudeAPITimeout}
	return ingest.FetchClaudeCostReport(ctx, client, cfg.AnthropicAPIURL, cfg.AnthropicAdminKey, from, to)
}

// parseInterleaved parses flags that may follow positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func printIngestSummary(w io.Writer, s ingestOutput) {
	var ignored int64
	reasons := make([]string, 0, len(s.IgnoredRows))
	for r, n := range s.IgnoredRows {
		ignored += n
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintf(w, "source              %s\n", s.Source)
	fmt.Fprintf(w, "export              %s\n", s.Export)
	fmt.Fprintf(w, "files               %d\n", s.Files)
	fmt.Fprintf(w, "rows read           %d\n", s.RowsRead)
	fmt.Fprintf(w, "AI rows             %d\n", s.AIRows)
	fmt.Fprintf(w, "ignored rows        %d\n", ignored)
	for _, r := range reasons {
		fmt.Fprintf(w, "  %-36s %d\n", r, s.IgnoredRows[r])
	}
	fmt.Fprintf(w, "attributable spend  %s USD (exact %s)\n", s.AttributableSpend.StringFixed(2), s.AttributableSpend)
	fmt.Fprintf(w, "adjustments         %s USD (exact %s)\n", s.Adjustments.StringFixed(2), s.Adjustments)
	fmt.Fprintf(w, "periods replaced    %s\n", listOrNone(s.Periods))
	for _, r := range s.ReplacedOtherFiles {
		fmt.Fprintf(w, "  %s replaced a delivery of other files (%s) under export %s: if that was another export, ingest it with --export NAME\n",
			r.Period, strings.Join(r.Files, ", "), s.Export)
	}
	fmt.Fprintf(w, "periods unchanged   %s\n", listOrNone(s.Unchanged))
	printWindow(w, s.Window)
	fmt.Fprintf(w, "seconds             %.2f\n", s.Seconds)
}

func printWindow(w io.Writer, dw deliveryWindow) {
	var rule string
	switch {
	case dw.Mode == domain.WindowBillingPeriod && dw.BillingPeriod != "":
		rule = "the billing period " + dw.BillingPeriod + ", as set"
	case dw.Mode == domain.WindowBillingPeriod:
		rule = "the latest billing period with usage"
	default:
		rule = fmt.Sprintf("the %d days to the latest usage day", dw.WindowDays)
	}
	if dw.Start == "" {
		fmt.Fprintf(w, "detection window    none yet (%s: %s)\n", dw.Mode, rule)
	} else {
		fmt.Fprintf(w, "detection window    %s … %s (%s: %s)\n", dw.Start, dw.End, dw.Mode, rule)
	}
	switch {
	case dw.DeliveredDays == 0:
		fmt.Fprintln(w, "delivered days      none (no AI usage)")
	case dw.InWindow == 0:
		fmt.Fprintf(w, "delivered days      %s … %s (%d): none in the detection window, so detection does not read them (settings windowMode and billingPeriod choose the window)\n",
			dw.FirstDelivered, dw.LastDelivered, dw.DeliveredDays)
	default:
		fmt.Fprintf(w, "delivered days      %s … %s (%d): %d in the detection window, %s … %s\n",
			dw.FirstDelivered, dw.LastDelivered, dw.DeliveredDays, dw.InWindow, dw.FirstInWindow, dw.LastInWindow)
	}
}

func listOrNone(items []string) string {
	if len(items) == 0 {
		return "none"
	}
	return strings.Join(items, ", ")
}
