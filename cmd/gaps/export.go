package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/allocation-gaps/gaps/csvexport"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

func init() {
	commands["export"] = command{
		summary: "write the gap list, a period's budget allocation or a gap's audit trail as CSV",
		synopsis: []string{
			"export gaps [--scenario S]… [--state S]… [--account ID]… [--model M]… [--principal ARN]… [--tag KEY=VALUE]… [--search TEXT] [--order spend|last_seen|scenario] [--direction asc|desc] [OUT|-]",
			"export budget --period YYYY-MM [OUT|-]",
			"export history --gap ID [OUT|-]",
		},
		args: "gaps     the gap list as allocationGaps gives it: repeat a filter flag to accept several values;\n" +
			"         the order defaults to spend, largest first (the same file as GET /export/gaps.csv)\n" +
			"budget   a billing period's budget allocation: before claims, after claims and the difference\n" +
			"history  a gap's audit trail: each event, the state after it, action, rationale and actor\n" +
			"OUT|-    the file to write (through a temporary file, so a failed export leaves none), or standard output\n" +
			"It reads the read models at GAPS_DATABASE_URL. Amounts are exact decimals, days YYYY-MM-DD, times RFC 3339 UTC.",
		example: "gaps export gaps --state ACTIVE --scenario NOT_BUSINESS_APPROVED --order spend active-gaps.csv\n" +
			"gaps export budget --period 2026-11 budget-2026-11.csv\n" +
			"gaps export history --gap 6f1c2d3e-0000-5000-8000-000000000000 -",
		run: runExport,
	}
}

// csvWriter writes one export from the read models.
type csvWriter = func(context.Context, projections.Reader, io.Writer) error

// exportKinds are what `gaps export` writes; each parses its flags and
// returns its writer and the arguments after the flags.
var exportKinds = map[string]func(fs *flag.FlagSet, args []string) (csvWriter, []string, error){
	"gaps": func(fs *flag.FlagSet, args []string) (csvWriter, []string, error) {
		params := url.Values{}
		for _, name := range []string{"scenario", "state", "account", "model", "principal", "tag", "search", "order", "direction"} {
			fs.Func(name, "a filter or order parameter of GET /export/gaps.csv (see above)", func(v string) error {
				params.Add(name, v)
				return nil
			})
		}
		if err := fs.Parse(args); err != nil {
			return nil, nil, err
		}
		f, o, err := csvexport.GapQuery(params)
		return func(ctx context.Context, r projections.Reader, w io.Writer) error {
			return csvexport.Gaps(ctx, r, f, o, w)
		}, fs.Args(), err
	},
	"budget": func(fs *flag.FlagSet, args []string) (csvWriter, []string, error) {
		period := fs.String("period", "", "the billing period, YYYY-MM")
		if err := fs.Parse(args); err != nil {
			return nil, nil, err
		}
		if *period == "" {
			return nil, nil, domain.Errorf(domain.CodeBadUserInput, "--period YYYY-MM is required")
		}
		return func(ctx context.Context, r projections.Reader, w io.Writer) error {
			return csvexport.BudgetAllocation(ctx, r, *period, w)
		}, fs.Args(), nil
	},
	"history": func(fs *flag.FlagSet, args []string) (csvWriter, []string, error) {
		gap := fs.String("gap", "", "the gap's id")
		if err := fs.Parse(args); err != nil {
			return nil, nil, err
		}
		if *gap == "" {
			return nil, nil, domain.Errorf(domain.CodeBadUserInput, "--gap ID is required")
		}
		return func(ctx context.Context, r projections.Reader, w io.Writer) error {
			return csvexport.GapHistory(ctx, r, *gap, w)
		}, fs.Args(), nil
	},
}

func runExport(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		commandHelp(os.Stdout, commandFlags("export"))
		return errHelpShown
	}
	if len(args) == 0 {
		return domain.Errorf(domain.CodeBadUserInput, "say what to export: gaps, budget or history (gaps export --help)")
	}
	kind, ok := exportKinds[args[0]]
	if !ok {
		return domain.Errorf(domain.CodeBadUserInput, "%q: want gaps, budget or history (gaps export --help)", args[0])
	}
	fs := commandFlags("export")
	write, rest, err := kind(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		commandHelp(os.Stdout, commandFlags("export"))
		return errHelpShown
	}
	var derr *domain.Error
	if err != nil && !errors.As(err, &derr) { // the flag package's own
		return domain.Errorf(domain.CodeBadUserInput, "%v (gaps export --help)", err)
	}
	if err != nil {
		return err
	}
	out := "-"
	switch len(rest) {
	case 0:
	case 1:
		out = rest[0]
	default:
		return domain.Errorf(domain.CodeBadUserInput, "one output file, got %q", strings.Join(rest, " "))
	}
	pool, err := openReadModels(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	reader := projections.NewQueries(pool)
	if out == "-" {
		return write(ctx, reader, os.Stdout)
	}
	return writeFileAtomically(out, func(w io.Writer) error { return write(ctx, reader, w) })
}

// writeFileAtomically writes path through a temporary file beside it, so
// that a failed export leaves no partial file (and an earlier one intact).
func writeFileAtomically(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing left to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
