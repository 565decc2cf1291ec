package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

func init() {
	commands["rebuild"] = command{
		summary:  "drop the read models and rebuild them from the event log (--verify: compare only)",
		synopsis: []string{"rebuild [--verify]"},
		example:  "gaps rebuild --verify   # while the server runs: compare, change nothing\ngaps rebuild            # with the projector stopped",
		run:      runRebuild,
	}
}

func runRebuild(ctx context.Context, cfg Config, args []string) error {
	fs := commandFlags("rebuild")
	verify := fs.Bool("verify", false, "rebuild into a scratch schema and compare it row by row with the live read models; change nothing, fail on any difference")
	if err := parseProjectionFlags(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	pool, err := openReadModels(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	start := time.Now()
	if *verify {
		diffs, err := projections.Verify(ctx, store, pool, os.Stdout)
		if err != nil {
			return err
		}
		if diffs > 0 {
			return fmt.Errorf("the read models differ from a rebuild from the log in %d rows: run `gaps rebuild`", diffs)
		}
		return nil
	}
	if err := projections.Rebuild(ctx, store, pool); err != nil {
		if errors.Is(err, projections.ErrProjectorRunning) {
			return fmt.Errorf("%w: stop `gaps serve` (or run it with --run api) first", err)
		}
		return err
	}
	at, err := projections.NewQueries(pool).Checkpoint(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("rebuilt the read models from the log up to position %s in %.2fs\n", at, time.Since(start).Seconds())
	return nil
}

// parseProjectionFlags parses a subcommand's flags; anything left over, or a bad flag,
// is bad input.
func parseProjectionFlags(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return domain.Errorf(domain.CodeBadUserInput, "unexpected argument %q (see gaps %s --help)", fs.Arg(0), fs.Name())
	}
	return nil
}
