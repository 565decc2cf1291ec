package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/ingest/sample"
)

func init() {
	commands["sample-cur"] = command{
		summary:  "write a deterministic sample CUR 2.0 Parquet file",
		synopsis: []string{"sample-cur --out FILE [--rows N] [--seed S] [--period YYYY-MM] [--plain] [--sparse]"},
		example:  "gaps sample-cur --rows 1000000 --seed 7 --period 2026-10 --out cur-2026-10.parquet",
		run:      runSampleCUR,
	}
}

func runSampleCUR(_ context.Context, _ Config, args []string) error {
	fs := commandFlags("sample-cur")
	rows := fs.Int64("rows", 100_000, "number of CUR lines")
	seed := fs.Uint64("seed", 1, "random seed: the same flags write the same file")
	out := fs.String("out", "", "output Parquet file")
	period := fs.String("period", time.Now().UTC().AddDate(0, -1, 0).Format("2006-01"), "billing period YYYY-MM (default: last month)")
	plain := fs.Bool("plain", false, "write string columns PLAIN instead of dictionary-encoded")
	sparse := fs.Bool("sparse", false, "leave some product_region_code and net unblended cost values null")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return domain.Errorf(domain.CodeBadUserInput, "unexpected argument %q (see gaps sample-cur --help)", fs.Arg(0))
	}
	if *out == "" || *rows <= 0 {
		return domain.Errorf(domain.CodeBadUserInput, "sample-cur needs --out FILE and --rows N > 0")
	}
	if _, err := time.Parse("2006-01", *period); err != nil {
		return domain.Errorf(domain.CodeBadUserInput, "--period %q: want YYYY-MM", *period)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	stats, err := sample.WriteCUR(w, sample.Config{Rows: *rows, Seed: *seed, Period: *period, Plain: *plain, Sparse: *sparse})
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Printf("wrote %s: %d rows, %d AI rows, period %s, attributable %s USD, adjustments %s USD\n",
		*out, stats.Rows, stats.AIRows, *period, stats.AttributableSpend, stats.Adjustments)
	return nil
}
