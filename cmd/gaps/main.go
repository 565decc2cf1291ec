// Command gaps is the one binary of Allocation Gaps: the API server, the
// projector and detector, ingest, rebuild, replay and dev tokens.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/allocation-gaps/gaps/domain"
)

// command is one subcommand: it parses its own flags from args, with
// commandFlags and parseFlags so that -h and --help show its help.
type command struct {
	summary  string   // one line, in the list of gaps --help
	synopsis []string // its forms, arguments included: "ingest [flags] PATH…"
	args     string   // what its arguments are; "" when it takes none
	example  string   // one or more command lines, ready to paste
	run      func(ctx context.Context, cfg Config, args []string) error
}

// errHelpShown ends a command whose help was asked for and printed.
var errHelpShown = errors.New("help shown")

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
		usage(os.Stdout)
		return 0
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gaps: %v\n", err)
		return 2
	}
	if len(args) == 0 {
		usage(os.Stderr)
		return 2
	}
	if args[0] == "help" {
		if len(args) == 1 {
			usage(os.Stdout)
			return 0
		}
		args = []string{args[1], "--help"} // gaps help CMD is gaps CMD --help
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "gaps: unknown command %q\n\n", args[0])
		usage(os.Stderr)
		return 2
	}
	if err := cmd.run(ctx, cfg, args[1:]); err != nil {
		if errors.Is(err, errHelpShown) {
			return 0
		}
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

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: gaps [global flags] COMMAND [flags] [arguments]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\n`gaps COMMAND --help` (or `gaps help COMMAND`) shows a command's arguments, flags and an example.")
	configUsage(w)
}

// commandFlags is the flag set of a subcommand; parseFlags reports its
// errors and shows its help.
func commandFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses a subcommand's flags: -h or --help prints its help to
// stdout and returns errHelpShown; a bad flag is bad input that points to
// the help.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		commandHelp(os.Stdout, fs)
		return errHelpShown
	case err != nil:
		return domain.Errorf(domain.CodeBadUserInput, "%v (see gaps %s --help)", err, fs.Name())
	}
	return nil
}

// commandHelp is a subcommand's help: its forms, arguments, flags and example.
func commandHelp(w io.Writer, fs *flag.FlagSet) {
	cmd := commands[fs.Name()]
	for i, form := range cmd.synopsis {
		lead := "usage:"
		if i > 0 {
			lead = "   or:"
		}
		fmt.Fprintf(w, "%s gaps [global flags] %s\n", lead, form)
	}
	fmt.Fprintf(w, "\n%s\n", cmd.summary)
	if cmd.args != "" {
		fmt.Fprintf(w, "\narguments:\n%s\n", indent(cmd.args))
	}
	fmt.Fprintln(w, "\nflags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nexample:\n%s\n\nGlobal flags and their environment variables: gaps --help.\n", indent(cmd.example))
}

func indent(text string) string {
	return "  " + strings.ReplaceAll(text, "\n", "\n  ")
}
