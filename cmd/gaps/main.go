// Command gaps is the one binary of Allocation Gaps: the API server, the
// projector and detector, ingest, rebuild, replay and dev tokens.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"github.com/allocation-gaps/gaps/domain"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	summary string
	run     func(ctx context.Context, cfg Config, args []string) error
}

// commands is filled by each subcommand's file in its init.
var commands = map[string]command{}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

func run(ctx context.Context, args []string) int {
	cfg, args, err := LoadConfig(args)
	if errors.Is(err, flag.ErrHelp) {
		usage()
		return 2
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gaps: %v\n", err)
		return 2
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage()
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "gaps: unknown command %q\n\n", args[0])
		usage()
		return 2
	}
	if err := cmd.run(ctx, cfg, args[1:]); err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return 130
		}
		fmt.Fprintf(os.Stderr, "gaps %s: %v\n", args[0], err)
		if domain.ErrorCode(err) == domain.CodeBadUserInput {
			return 2
		}
		return 1
	}
	return 0
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: gaps [global flags] COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %-12s %s\n", n, commands[n].summary)
	}
	configUsage(os.Stderr)
}
