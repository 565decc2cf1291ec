package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/esdb/esdbfake"
	"github.com/allocation-gaps/gaps/internal/pgtest"
)

// Limits for waiting on the binary; generous because the machine is shared.
const (
	commandTimeout = 2 * time.Minute  // one command run to completion
	waitTimeout    = 60 * time.Second // a server becoming healthy, ready or caught up
	stopTimeout    = 15 * time.Second // a server exiting after SIGTERM
)

// gapsBin is the binary under test, built once by TestMain.
var gapsBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gaps-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cli tests:", err)
		os.Exit(1)
	}
	gapsBin = filepath.Join(dir, "gaps")
	args := []string{"build", "-o", gapsBin}
	if raceBuild {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "cli tests: go build:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	goleak.VerifyTestMain(m, goleak.Cleanup(func(code int) {
		os.RemoveAll(dir)
		os.Exit(code)
	}))
}

// installation is one isolated deployment of gaps: its own database schema
// and data directory, and the environment every command of it runs with
// (nothing is inherited from the test's own environment).
type installation struct {
	t       *testing.T
	dbURL   string
	dataDir string
	env     []string         // extra KEY=VALUE settings
	esdb    *esdbfake.Server // the EventStoreDB node holding the log; nil: the log is in PostgreSQL
}

func newInstallation(t *testing.T, env ...string) *installation {
	t.Helper()
	url, _ := pgtest.Schema(t)
	return &installation{t: t, dbURL: url, dataDir: t.TempDir(), env: env}
}

// newInstallationOnESDB is an installation whose event store is an
// EventStoreDB node (a fake one, in the test process); the read models
// stay in PostgreSQL.
func newInstallationOnESDB(t *testing.T, env ...string) *installation {
	t.Helper()
	in := newInstallation(t, env...)
	in.esdb = esdbfake.Start(t)
	in.env = append(in.env, "GAPS_EVENTSTORE=esdb", "GAPS_ESDB_URL="+in.esdb.URL())
	return in
}

// with returns the same installation with more settings.
func (in *installation) with(env ...string) *installation {
	c := *in
	c.env = append(slices.Clone(in.env), env...)
	return &c
}

func (in *installation) environ() []string {
	return append([]string{"GAPS_DATABASE_URL=" + in.dbURL, "GAPS_DATA_DIR=" + in.dataDir}, in.env...)
}

// result is a finished command.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
}

// run runs gaps to completion.
func (in *installation) run(args ...string) result {
	in.t.Helper()
	ctx, cancel := context.WithTimeout(in.t.Context(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, gapsBin, args...)
	cmd.Env = in.environ()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		in.t.Fatalf("gaps %s: did not finish within %s\n%s", strings.Join(args, " "), commandTimeout, res)
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	case err != nil:
		in.t.Fatalf("gaps %s: %v", strings.Join(args, " "), err)
	}
	return res
}

// mustRun runs gaps and fails the test unless it exits 0.
func (in *installation) mustRun(args ...string) result {
	in.t.Helper()
	res := in.run(args...)
	if res.code != 0 {
		in.t.Fatalf("gaps %s: %s", strings.Join(args, " "), res)
	}
	return res
}

// process is a long-running gaps command (serve, demo).
type process struct {
	t      *testing.T
	name   string
	cmd    *exec.Cmd
	stdout *syncBuffer
	stderr *syncBuffer
	done   chan struct{} // closed once the process has exited
	code   int           // exit code, once done
}

// start starts gaps in the background; the test's end kills it if the test
// did not stop it.
func (in *installation) start(args ...string) *process {
	in.t.Helper()
	cmd := exec.CommandContext(in.t.Context(), gapsBin, args...)
	cmd.Env = in.environ()
	p := &process{t: in.t, name: "gaps " + strings.Join(args, " "), cmd: cmd, stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.stdout, p.stderr
	if err := cmd.Start(); err != nil {
		in.t.Fatalf("%s: %v", p.name, err)
	}
	go func() {
		_ = cmd.Wait()
		p.code = cmd.ProcessState.ExitCode()
		close(p.done)
	}()
	in.t.Cleanup(func() { <-p.done }) // the cancelled test context kills it
	return p
}

// exited reports whether the process has ended.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// wait waits for the process to end by itself and returns its exit code.
func (p *process) wait() int {
	p.t.Helper()
	select {
	case <-p.done:
		return p.code
	case <-time.After(waitTimeout):
		p.t.Fatalf("%s: still running after %s\nstderr: %s", p.name, waitTimeout, p.stderr)
		return 0
	}
}

// stop sends SIGTERM and returns the exit code, failing the test unless
// the process exits within stopTimeout.
func (p *process) stop() int {
	p.t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil && !p.exited() {
		p.t.Fatalf("%s: SIGTERM: %v", p.name, err)
	}
	select {
	case <-p.done:
		return p.code
	case <-time.After(stopTimeout):
		p.t.Fatalf("%s: still running %s after SIGTERM\nstderr: %s", p.name, stopTimeout, p.stderr)
		return 0
	}
}

// waitStatus polls url until it answers want, failing the test if the
// process exits or waitTimeout passes first.
func (p *process) waitStatus(url string, want int) {
	p.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	last := "no answer"
	for {
		if p.exited() {
			p.t.Fatalf("%s exited with %d before %s answered %d\nstderr: %s", p.name, p.code, url, want, p.stderr)
		}
		res, err := httpClient.Get(url)
		if err == nil {
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == want {
				return
			}
			last = res.Status
		} else {
			last = err.Error()
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s did not answer %d within %s (last: %s)\nstderr: %s", url, want, waitTimeout, last, p.stderr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// printedCommand waits until the process has printed a command line
// containing marker, checks that its settings reach in's database, and
// returns its arguments after the binary.
func (p *process) printedCommand(in *installation, marker string) []string {
	p.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		for _, line := range strings.Split(p.stdout.String(), "\n") {
			if !strings.Contains(line, marker) {
				continue
			}
			line, _, _ = strings.Cut(line, "#")
			fields := strings.Fields(line)
			for i, f := range fields {
				key, value, isEnv := strings.Cut(f, "=")
				if !isEnv || strings.HasPrefix(f, "-") {
					return fields[i+1:]
				}
				if value = strings.Trim(value, "'"); key == "GAPS_DATABASE_URL" && value != in.dbURL {
					p.t.Fatalf("%s printed %q with database %s, not the one it uses (%s)", p.name, line, value, in.dbURL)
				}
			}
		}
		if p.exited() || time.Now().After(deadline) {
			p.t.Fatalf("%s never printed a command with %q\nstdout: %s", p.name, marker, p.stdout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitLog waits until the process has logged a line containing every one of parts.
func (p *process) waitLog(t *testing.T, parts ...string) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		for _, line := range strings.Split(p.stderr.String(), "\n") {
			if containsAll(line, parts) {
				return
			}
		}
		if p.exited() || time.Now().After(deadline) {
			t.Fatalf("%s never logged a line with %q\nstderr: %s", p.name, parts, p.stderr)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func containsAll(s string, parts []string) bool {
	for _, part := range parts {
		if !strings.Contains(s, part) {
			return false
		}
	}
	return true
}

// syncBuffer collects a process's output while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// freeAddr picks a loopback address no one listens on: the server under
// test gets the port the kernel chose for a listener closed right away.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("pick a free port: %v", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// httpClient keeps no idle connections, so none outlives a test.
var httpClient = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}

// gqlRequest is a GraphQL request body.
type gqlRequest struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
}

// gqlError is one entry of a response's errors.
type gqlError struct {
	Message    string `json:"message"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

// postGraphQL sends one operation to base/query and returns the raw response body.
func postGraphQL(t *testing.T, base, token string, req gqlRequest) []byte {
	t.Helper()
	body, _ := json.Marshal(req)
	hreq, err := http.NewRequestWithContext(t.Context(), http.MethodPost, base+"/query", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	if token != "" {
		hreq.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := httpClient.Do(hreq)
	if err != nil {
		t.Fatalf("POST %s/query: %v", base, err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("POST %s/query: read: %v", base, err)
	}
	return out
}

// queryInto runs a query that must succeed and decodes its data into out.
func queryInto(t *testing.T, base, token, query string, out any) {
	t.Helper()
	raw := postGraphQL(t, base, token, gqlRequest{Query: query})
	var res struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("%s: response %q: %v", query, raw, err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("%s: errors: %s", query, raw)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatalf("%s: data %s: %v", query, res.Data, err)
	}
}

// waitProjected waits until the read models hold every event of the log,
// including what was appended after /readyz first said ready.
func (in *installation) waitProjected(p *process) {
	in.t.Helper()
	ctx := in.t.Context()
	conn := in.connect()
	defer conn.Close(context.Background())
	deadline := time.Now().Add(waitTimeout)
	for {
		head := in.logHead(conn)
		var checkpoint *string
		err := conn.QueryRow(ctx, `SELECT position FROM projector_checkpoint WHERE name = 'projector'`).Scan(&checkpoint)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			in.t.Fatalf("read the projector checkpoint: %v", err)
		}
		if checkpoint != nil {
			at, err := eventstore.ParsePosition(*checkpoint)
			if err != nil {
				in.t.Fatal(err)
			}
			if !at.Less(head) {
				return
			}
		}
		if p.exited() || time.Now().After(deadline) {
			in.t.Fatalf("the projector did not reach the log head %s (checkpoint %v)\nstderr: %s", head, checkpoint, p.stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// logHead is the position of the last event of the installation's log.
func (in *installation) logHead(conn *pgx.Conn) eventstore.Position {
	in.t.Helper()
	if in.esdb != nil {
		return in.esdb.Head()
	}
	var head uint64
	if err := conn.QueryRow(in.t.Context(), `SELECT coalesce(max(position), 0) FROM eventstore_events`).Scan(&head); err != nil {
		in.t.Fatalf("read the log head: %v", err)
	}
	return eventstore.Position{Commit: head, Prepare: head}
}

// connect opens a connection to the installation's database.
func (in *installation) connect() *pgx.Conn {
	in.t.Helper()
	conn, err := pgx.Connect(in.t.Context(), in.dbURL)
	if err != nil {
		in.t.Fatalf("connect: %v", err)
	}
	return conn
}

// countEvents counts the events in the installation's log.
func (in *installation) countEvents() int64 {
	in.t.Helper()
	ctx := in.t.Context()
	conn := in.connect()
	defer conn.Close(context.Background())
	var n int64
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM eventstore_events").Scan(&n); err != nil {
		in.t.Fatalf("count events: %v", err)
	}
	return n
}
