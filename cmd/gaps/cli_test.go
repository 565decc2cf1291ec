package main

// Tests of the gaps command through its real interface: the built binary,
// its flags, environment, exit codes and output, against the real
// PostgreSQL (a schema per test).

import (
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/app"
	"github.com/allocation-gaps/gaps/domain"
)

// sampleStats is what `gaps sample-cur` reports about the file it wrote:
// the generator's own account, against which ingest is checked.
type sampleStats struct {
	rows, aiRows              int64
	period                    string
	attributable, adjustments decimal.Decimal
}

var sampleLine = regexp.MustCompile(`: (\d+) rows, (\d+) AI rows, period (\d{4}-\d{2}), attributable (\S+) USD, adjustments (\S+) USD`)

// writeSample runs `gaps sample-cur` into a new file and returns its path
// and stats; more flags (--period, another --seed) override the defaults.
func (in *installation) writeSample(rows int, flags ...string) (string, sampleStats) {
	in.t.Helper()
	path := filepath.Join(in.t.TempDir(), "cur.parquet")
	out := in.mustRun(append([]string{"sample-cur", "--rows", strconv.Itoa(rows), "--seed", "7", "--out", path}, flags...)...).stdout
	m := sampleLine.FindStringSubmatch(out)
	if m == nil {
		in.t.Fatalf("sample-cur output %q does not report rows, AI rows, period and spend", out)
	}
	var s sampleStats
	s.rows, _ = strconv.ParseInt(m[1], 10, 64)
	s.aiRows, _ = strconv.ParseInt(m[2], 10, 64)
	s.period = m[3]
	s.attributable = decimal.RequireFromString(m[4])
	s.adjustments = decimal.RequireFromString(m[5])
	return path, s
}

// ingestSummary is `gaps ingest --json`.
type ingestSummary struct {
	Export            string
	Files             int
	RowsRead          int64
	AIRows            int64 `json:"aiRows"`
	IgnoredRows       map[string]int64
	AttributableSpend decimal.Decimal
	Adjustments       decimal.Decimal
	Periods           []string
	Unchanged         []string
	Seconds           float64
}

// ingestJSON runs `gaps ingest --json args…` and decodes its summary,
// checking the documented keys are there and money is a decimal string.
func (in *installation) ingestJSON(args ...string) ingestSummary {
	in.t.Helper()
	out := in.mustRun(append([]string{"ingest", "--json"}, args...)...).stdout
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &fields); err != nil {
		in.t.Fatalf("ingest --json printed %q: %v", out, err)
	}
	for _, key := range []string{"export", "files", "rowsRead", "aiRows", "ignoredRows", "attributableSpend", "adjustments", "periods", "seconds"} {
		if _, ok := fields[key]; !ok {
			in.t.Errorf("ingest --json: no %q in %s", key, out)
		}
	}
	for _, key := range []string{"attributableSpend", "adjustments"} {
		var s string
		if err := json.Unmarshal(fields[key], &s); err != nil {
			in.t.Errorf("ingest --json: %s is %s, want a decimal string", key, fields[key])
		} else if _, err := decimal.NewFromString(s); err != nil {
			in.t.Errorf("ingest --json: %s %q is not a decimal: %v", key, s, err)
		}
	}
	if string(fields["periods"]) == "null" {
		in.t.Errorf("ingest --json: periods is null, want a list")
	}
	var sum ingestSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		in.t.Fatalf("ingest --json printed %q: %v", out, err)
	}
	return sum
}

func ignoredTotal(s ingestSummary) int64 {
	var n int64
	for _, c := range s.IgnoredRows {
		n += c
	}
	return n
}

func TestIngestSampleCUR(t *testing.T) {
	t.Parallel()
	in := newInstallation(t)
	path, gen := in.writeSample(20000)

	first := in.ingestJSON(path)
	if first.Files != 1 || first.RowsRead != 20000 || first.RowsRead != gen.rows {
		t.Errorf("files %d, rowsRead %d; want 1 file of %d rows", first.Files, first.RowsRead, gen.rows)
	}
	if first.AIRows != gen.aiRows || first.AIRows == 0 {
		t.Errorf("aiRows %d, the generator wrote %d", first.AIRows, gen.aiRows)
	}
	if got := first.AIRows + ignoredTotal(first); got != first.RowsRead {
		t.Errorf("aiRows %d + ignored %v = %d, want every one of %d rows accounted for", first.AIRows, first.IgnoredRows, got, first.RowsRead)
	}
	if !first.AttributableSpend.Equal(gen.attributable) || !first.Adjustments.Equal(gen.adjustments) {
		t.Errorf("attributable %s, adjustments %s; the generator wrote %s and %s",
			first.AttributableSpend, first.Adjustments, gen.attributable, gen.adjustments)
	}
	if !slices.Equal(first.Periods, []string{gen.period}) || first.Export != "default" {
		t.Errorf("periods replaced %v of export %q, want [%s] of export default", first.Periods, first.Export, gen.period)
	}
	if first.Seconds <= 0 {
		t.Errorf("seconds %v, want the time it took", first.Seconds)
	}
	events := in.countEvents()
	if events == 0 {
		t.Fatal("the first ingest wrote no event")
	}

	// The same delivery again: nothing replaced, nothing written, and the summary says so.
	again := in.ingestJSON(path)
	if len(again.Periods) != 0 || !slices.Equal(again.Unchanged, first.Periods) {
		t.Errorf("identical re-ingest: periods replaced %v, unchanged %v; want none replaced, %v unchanged", again.Periods, again.Unchanged, first.Periods)
	}
	text := in.mustRun("ingest", path).stdout
	if !regexp.MustCompile(`(?m)^periods replaced\s+none$`).MatchString(text) {
		t.Errorf("identical re-ingest: the summary does not say no period was replaced:\n%s", text)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("identical re-ingests: %d events, want still %d", n, events)
	}

	// A truncated copy is rejected, named, and writes nothing.
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "truncated-cur.parquet")
	if err := os.WriteFile(bad, whole[:len(whole)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	res := in.run("ingest", "--json", bad)
	if res.code == 0 || !strings.Contains(res.stderr, "truncated-cur.parquet") || strings.TrimSpace(res.stdout) != "" {
		t.Errorf("ingest of a truncated file: want a non-zero exit, an error naming the file and no summary; got %s", res)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("a rejected file: %d events, want still %d", n, events)
	}

	// The same file as another export's delivery is that export's period,
	// recorded beside the first; a name AWS would not accept is rejected.
	other := in.ingestJSON("--export", "finance-2", path)
	if other.Export != "finance-2" || !slices.Equal(other.Periods, first.Periods) {
		t.Errorf("--export finance-2: export %q, periods replaced %v; want finance-2, %v", other.Export, other.Periods, first.Periods)
	}
	events = in.countEvents()
	res = in.run("ingest", "--export", "finance 2", path)
	if res.code == 0 || !strings.Contains(res.stderr, `export name "finance 2"`) {
		t.Errorf("--export with a space: want a non-zero exit naming the export; got %s", res)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("a rejected export name: %d events, want still %d", n, events)
	}
}

func TestIngestFOCUSSampleHasNoAISpend(t *testing.T) {
	t.Parallel()
	path := filepath.Join("..", "..", "..", "shared", "cur-samples", "finops-focus-1.0", "focus_sample.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("the FinOps Foundation FOCUS sample is not beside this checkout (%v)", err)
	}
	records, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	rows := int64(len(records) - 1) // minus the header

	sum := newInstallation(t).ingestJSON(path)
	if sum.RowsRead != rows || sum.AIRows != 0 {
		t.Errorf("rowsRead %d, aiRows %d; want %d rows read and no AI rows", sum.RowsRead, sum.AIRows, rows)
	}
	if got := ignoredTotal(sum); got != rows {
		t.Errorf("ignored rows %v sum to %d, want all %d", sum.IgnoredRows, got, rows)
	}
	for reason := range sum.IgnoredRows {
		if strings.TrimSpace(reason) == "" {
			t.Errorf("ignored rows %v: a count without a reason", sum.IgnoredRows)
		}
	}
	if !sum.AttributableSpend.IsZero() {
		t.Errorf("attributable spend %s, want 0", sum.AttributableSpend)
	}
}

// jwtClaims decodes a JWT's payload without verifying it.
func jwtClaims(t *testing.T, token string) map[string]any {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("%q is not a JWT (want three dot-separated parts)", token)
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatalf("JWT payload: %v", err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil {
		t.Fatalf("JWT payload %s: %v", payload, err)
	}
	return claims
}

func TestToken(t *testing.T) {
	t.Parallel()
	dev := newInstallation(t, "GAPS_DEV=1")

	before := time.Now()
	token := strings.TrimSpace(dev.mustRun("token", "--role", "FINOPS_LEAD", "--sub", "x").stdout)
	claims := jwtClaims(t, token)
	if claims["sub"] != "x" || claims["iss"] != devIssuer {
		t.Errorf("claims %v: want sub x and issuer %q", claims, devIssuer)
	}
	if roles, _ := claims["roles"].([]any); !slices.Equal(roles, []any{"FINOPS_LEAD"}) {
		t.Errorf("roles claim %v, want [FINOPS_LEAD]", claims["roles"])
	}
	switch aud := claims["aud"].(type) {
	case string:
		if aud != devAudience {
			t.Errorf("aud %q, want %q", aud, devAudience)
		}
	case []any:
		if !slices.Contains(aud, any(devAudience)) {
			t.Errorf("aud %v, want %q", aud, devAudience)
		}
	default:
		t.Errorf("aud %v, want %q", claims["aud"], devAudience)
	}
	exp, ok := claims["exp"].(float64)
	if !ok {
		t.Fatalf("no exp in %v", claims)
	}
	// The default lifetime is 8 h.
	if at := time.Unix(int64(exp), 0); at.Before(before.Add(8*time.Hour).Truncate(time.Second)) || at.After(time.Now().Add(8*time.Hour)) {
		t.Errorf("exp %s, want 8h from now", at)
	}

	// An unknown role is bad input.
	res := dev.run("token", "--role", "BOSS", "--sub", "x")
	if res.code != 2 || !strings.Contains(res.stderr, `"BOSS"`) || strings.TrimSpace(res.stdout) != "" {
		t.Errorf("want exit 2, no token and a message naming the role; got %s", res)
	}

	// Outside dev mode there is no secret to sign with.
	res = newInstallation(t).run("token", "--role", "FINOPS_LEAD", "--sub", "x")
	if res.code == 0 || !strings.Contains(res.stderr, "GAPS_JWT_SECRET") || strings.TrimSpace(res.stdout) != "" {
		t.Errorf("want a non-zero exit, no token and a message naming GAPS_JWT_SECRET; got %s", res)
	}
}

func TestServe(t *testing.T) {
	t.Parallel()
	in := newInstallation(t, "GAPS_DEV=1")
	addr := freeAddr(t)
	base := "http://" + addr
	srv := in.start("serve", "--addr", addr)
	srv.waitStatus(base+"/healthz", http.StatusOK)
	srv.waitStatus(base+"/readyz", http.StatusOK)

	token := strings.TrimSpace(in.mustRun("token", "--role", "FINOPS_LEAD", "--role", "AUDITOR", "--sub", "alice").stdout)
	var me struct {
		Me struct {
			Subject string
			Roles   []string
		}
	}
	queryInto(t, base, token, `{ me { subject roles } }`, &me)
	if me.Me.Subject != "alice" || !slices.Equal(me.Me.Roles, []string{"FINOPS_LEAD", "AUDITOR"}) {
		t.Errorf("me = %+v, want alice with FINOPS_LEAD and AUDITOR", me.Me)
	}

	// Another checkout's dev secret, and no token at all, are refused.
	foreign := strings.TrimSpace(in.with("GAPS_DATA_DIR="+t.TempDir()).mustRun("token", "--role", "FINOPS_LEAD", "--sub", "mallory").stdout)
	for name, tok := range map[string]string{"foreign token": foreign, "no token": ""} {
		var res struct {
			Data   *json.RawMessage
			Errors []gqlError
		}
		raw := postGraphQL(t, base, tok, gqlRequest{Query: `{ me { subject } }`})
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatalf("%s: response %q: %v", name, raw, err)
		}
		if len(res.Errors) == 0 || res.Errors[0].Extensions.Code != "UNAUTHENTICATED" || strings.Contains(string(raw), "mallory") {
			t.Errorf("%s: want an UNAUTHENTICATED error and no identity; got %s", name, raw)
		}
	}

	if code := srv.stop(); code != 0 {
		t.Errorf("serve exited %d after SIGTERM, want 0\nstderr: %s", code, srv.stderr)
	}
}

func TestServeRefusesToStartWithoutVerifier(t *testing.T) {
	t.Parallel()
	srv := newInstallation(t).start("serve", "--addr", freeAddr(t))
	if code := srv.wait(); code == 0 {
		t.Fatalf("serve without GAPS_DEV, GAPS_JWT_SECRET or GAPS_JWKS_URL exited 0\nstderr: %s", srv.stderr)
	}
	if msg := srv.stderr.String(); !strings.Contains(msg, "GAPS_JWT_SECRET") || !strings.Contains(msg, "GAPS_DEV") {
		t.Errorf("the refusal does not say what to set: %s", msg)
	}
}

// replayView is the part of `gaps replay --json` the tests read.
type replayView struct {
	Events int
	Gaps   []struct {
		ID       string
		Scenario string
		State    string
		Anchor   string
	}
}

func (in *installation) replay(asOf string) replayView {
	in.t.Helper()
	out := in.mustRun("replay", "--json", "--as-of", asOf).stdout
	var v replayView
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		in.t.Fatalf("replay --json printed %q: %v", out, err)
	}
	return v
}

func TestRebuildVerifyAndReplay(t *testing.T) {
	t.Parallel()
	rebuildVerifyAndReplay(t, newInstallation(t, "GAPS_DEV=1"))
}

func TestRebuildVerifyAndReplayOnEventStoreDB(t *testing.T) {
	t.Parallel()
	rebuildVerifyAndReplay(t, newInstallationOnESDB(t, "GAPS_DEV=1"))
}

// serveSampleGaps ingests a sample CUR and serves it until a detector pass
// has turned its spend into gaps; it returns the server, its base URL and
// the sample's statistics.
func (in *installation) serveSampleGaps() (*process, string, sampleStats) {
	in.t.Helper()
	path, sample := in.writeSample(10000)
	in.mustRun("ingest", path)
	addr := freeAddr(in.t)
	base := "http://" + addr
	srv := in.start("serve", "--addr", addr)
	srv.waitStatus(base+"/readyz", http.StatusOK)
	in.waitProjected(srv)
	return srv, base, sample
}

// rebuildVerifyAndReplay ingests a sample, lets a served detector find its
// gaps, and checks rebuild, verify and replay against what the API served.
func rebuildVerifyAndReplay(t *testing.T, in *installation) {
	srv, base, _ := in.serveSampleGaps()
	token := strings.TrimSpace(in.mustRun("token", "--role", "FINANCE", "--sub", "fran").stdout)
	var live struct {
		AllocationGaps struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	queryInto(t, base, token, `{ allocationGaps(first: 100) { totalCount edges { node { id } } } }`, &live)
	if code := srv.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM, want 0\nstderr: %s", code, srv.stderr)
	}
	if live.AllocationGaps.TotalCount == 0 || len(live.AllocationGaps.Edges) != live.AllocationGaps.TotalCount {
		t.Fatalf("the served detector found %d gaps (%d listed); the sample should hold some", live.AllocationGaps.TotalCount, len(live.AllocationGaps.Edges))
	}

	if res := in.run("rebuild", "--verify"); res.code != 0 {
		t.Errorf("rebuild --verify after ingest and a detector pass: %s", res)
	}

	// The log alone, replayed up to now, gives the gaps the API served.
	// Nanoseconds: the detector wrote its gaps within the last second.
	now := time.Now().UTC().Format(time.RFC3339Nano)
	view := in.replay(now)
	var liveIDs, replayIDs []string
	for _, e := range live.AllocationGaps.Edges {
		liveIDs = append(liveIDs, e.Node.ID)
	}
	for _, g := range view.Gaps {
		replayIDs = append(replayIDs, g.ID)
		if g.State != "ACTIVE" {
			t.Errorf("replayed gap %s is %s; nobody has acted, want ACTIVE", g.ID, g.State)
		}
	}
	slices.Sort(liveIDs)
	slices.Sort(replayIDs)
	if !slices.Equal(liveIDs, replayIDs) {
		t.Errorf("replay as of now lists gaps %v; the API served %v", replayIDs, liveIDs)
	}
	text := in.mustRun("replay", "--as-of", now).stdout
	if !strings.Contains(text, strconv.Itoa(len(view.Gaps))+" gaps") {
		t.Errorf("replay does not count its %d gaps:\n%s", len(view.Gaps), text)
	}
	for _, g := range view.Gaps {
		if !strings.Contains(text, g.Anchor) || !strings.Contains(text, g.Scenario) {
			t.Errorf("replay does not list the %s gap on %s:\n%s", g.Scenario, g.Anchor, text)
		}
	}
	if before := in.replay("2000-01-01"); before.Events != 0 || len(before.Gaps) != 0 {
		t.Errorf("replay as of 2000-01-01: %d events, %d gaps; want the empty view", before.Events, len(before.Gaps))
	}

	// A read model that lost a row no longer matches the log; rebuild mends it.
	conn, err := pgx.Connect(t.Context(), in.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conn.Exec(t.Context(), "DELETE FROM gaps WHERE id = $1", liveIDs[0])
	conn.Close(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if res := in.run("rebuild", "--verify"); res.code == 0 {
		t.Errorf("rebuild --verify with a gap row deleted: exit 0, want a difference reported\n%s", res)
	}
	in.mustRun("rebuild")
	if res := in.run("rebuild", "--verify"); res.code != 0 {
		t.Errorf("rebuild --verify after rebuild: %s", res)
	}
}

func TestTour(t *testing.T) {
	t.Parallel()
	runTour(t, newInstallation(t, "GAPS_DEV=1"))
}

// The whole product on EventStoreDB: gaps demo seeds governance and a CUR
// into the node, serves, and the tour runs against it.
func TestTourOnEventStoreDB(t *testing.T) {
	t.Parallel()
	in := newInstallationOnESDB(t, "GAPS_DEV=1")
	runTour(t, in)

	// The log is on the node; PostgreSQL holds only the read models.
	conn, err := pgx.Connect(t.Context(), in.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var logTable *string
	if err := conn.QueryRow(t.Context(), "SELECT to_regclass('eventstore_events')::text").Scan(&logTable); err != nil {
		t.Fatal(err)
	}
	if logTable != nil {
		t.Errorf("PostgreSQL holds an event table %s; the log belongs on the node", *logTable)
	}
	// Beyond the node's own first event: the demo's seed, ingest, gaps and the tour's decisions.
	if head := in.esdb.Head(); head.Commit < 20 {
		t.Errorf("the node's log ends at %s; the demo and the tour wrote more", head)
	}
}

// runTour runs the README's tour against gaps demo on the installation.
func runTour(t *testing.T, in *installation) {
	ops := loadTour(t, filepath.Join("..", "..", "docs", "tour.graphql"))
	addr := freeAddr(t)
	base := "http://" + addr
	tokensFile := filepath.Join(t.TempDir(), "tokens.json")
	demo := in.start("demo", "--rows", "20000", "--addr", addr, "--tokens", tokensFile)
	demo.waitStatus(base+"/readyz", http.StatusOK)
	in.waitProjected(demo)

	b, err := os.ReadFile(tokensFile)
	if err != nil {
		t.Fatalf("demo --tokens: %v", err)
	}
	var tokens map[string]string
	if err := json.Unmarshal(b, &tokens); err != nil {
		t.Fatalf("demo --tokens wrote %q: %v", b, err)
	}
	rebuild, replay := demo.printedCommand(in, " rebuild --verify"), demo.printedCommand(in, " replay --as-of ")
	tour := &tourRun{t: t, base: base, tokens: tokens, server: demo, responses: map[string]any{}}
	tour.run(ops)

	// The log commands the demo printed work as printed: the read models
	// agree with the log, and the replay shows the gaps before the tour acted.
	in.mustRun(rebuild...)
	out := in.mustRun(append(replay, "--json")...).stdout
	var before replayView
	if err := json.Unmarshal([]byte(out), &before); err != nil {
		t.Fatalf("%v --json printed %q: %v", replay, out, err)
	}
	id, err := tour.lookup("OutOfScope", "data.allocationGaps.edges.0.node.id")
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]string{}
	for _, g := range before.Gaps {
		states[g.ID] = g.State
	}
	if states[fmt.Sprint(id)] != "ACTIVE" {
		t.Errorf("%v shows the tour's gap %v %q; want it ACTIVE, as it was before the tour acted", replay, id, states[fmt.Sprint(id)])
	}
	// The demo shows every scenario.
	fired := map[string]bool{}
	for _, g := range before.Gaps {
		fired[g.Scenario] = true
	}
	for _, sc := range domain.AllScenarios {
		if !fired[string(sc)] {
			t.Errorf("the demo raises no %s gap; its gaps: %+v", sc, before.Gaps)
		}
	}

	if code := demo.stop(); code != 0 {
		t.Errorf("demo exited %d after SIGTERM, want 0\nstderr: %s", code, demo.stderr)
	}
}

// Every variable has a global flag before the command, and the flag wins
// over the environment.
func TestGlobalFlagsOverrideEnvironment(t *testing.T) {
	t.Parallel()
	in := newInstallation(t, "GAPS_DEV=1")
	elsewhere := t.TempDir()
	in.mustRun("--data-dir", elsewhere, "token", "--role", "AUDITOR", "--sub", "a")
	if _, err := os.Stat(filepath.Join(elsewhere, "dev-secret")); err != nil {
		t.Fatalf("--data-dir did not take the dev secret: %v", err)
	}
	if _, err := os.Stat(filepath.Join(in.dataDir, "dev-secret")); err == nil {
		t.Fatal("the dev secret went to GAPS_DATA_DIR although --data-dir was given")
	}
	res := in.run("--eventstore", "mongodb", "token", "--role", "AUDITOR", "--sub", "a")
	if res.code != 2 || !strings.Contains(res.stderr, `GAPS_EVENTSTORE="mongodb"`) {
		t.Fatalf("an unknown backend by flag: %s; want exit 2 naming the setting", res)
	}
	if res := in.run("--no-such-flag", "token"); res.code != 2 || !strings.Contains(res.stderr, "no-such-flag") {
		t.Fatalf("an unknown global flag: %s; want exit 2 naming it", res)
	}
}

// newFakeClaudeAPI serves a cost report of one row this month, of amount()
// cents, to requests carrying key.
func newFakeClaudeAPI(t *testing.T, key string, amount func() string) *httptest.Server {
	month := time.Now().UTC().Format("2006-01")
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/organizations/cost_report" || r.Header.Get("x-api-key") != key {
			http.Error(w, `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`, http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, `{"data":[{"starting_at":"%s-01T00:00:00Z","ending_at":"%s-02T00:00:00Z","results":[
			{"amount":"%s","currency":"USD","workspace_id":"wrkspc_01Research","description":"Claude Sonnet usage","model":"claude-sonnet-4-6","cost_type":"tokens"}]}],
			"has_more":false,"next_page":null}`, month, month, amount())
	}))
	t.Cleanup(api.Close)
	return api
}

// gaps ingest --claude-api polls the cost report with the admin key from the
// environment, records it like a file, and never prints the key.
func TestIngestClaudeAPI(t *testing.T) {
	t.Parallel()
	const key = "sk-ant-admin-test-key"
	month := time.Now().UTC().Format("2006-01")
	api := newFakeClaudeAPI(t, key, func() string { return "12345.5" })
	in := newInstallation(t, "GAPS_ANTHROPIC_API_URL="+api.URL, "GAPS_ANTHROPIC_ADMIN_KEY="+key)
	res := in.mustRun("ingest", "--claude-api", "--from", month+"-01", "--to", month+"-01", "--json")
	var sum struct {
		AIRows            int64    `json:"aiRows"`
		AttributableSpend string   `json:"attributableSpend"`
		Periods           []string `json:"periods"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, res)
	}
	// 12345.5 cents is 123.455 dollars, exactly.
	if sum.AIRows != 1 || sum.AttributableSpend != "123.455" || !slices.Equal(sum.Periods, []string{month}) {
		t.Fatalf("summary %+v; want 1 AI row, 123.455 USD, period %s", sum, month)
	}
	if strings.Contains(res.stdout+res.stderr, key) {
		t.Fatal("the admin key was printed")
	}
	wrong := in.with("GAPS_ANTHROPIC_ADMIN_KEY=sk-ant-admin-wrong").run("ingest", "--claude-api", "--json")
	if wrong.code == 0 || !strings.Contains(wrong.stderr, "invalid x-api-key") || strings.Contains(wrong.stderr, "sk-ant-admin-wrong") {
		t.Fatalf("a wrong key: %s; want a failure quoting the API, without the key", wrong)
	}
}

// Outside dev mode the server checks issuer and audience, so it refuses to
// start with a key but without them.
func TestServeRefusesToStartWithoutIssuerAndAudience(t *testing.T) {
	t.Parallel()
	in := newInstallation(t, "GAPS_JWT_SECRET=0123456789abcdef0123456789abcdef", "GAPS_HTTP_ADDR="+freeAddr(t))
	res := in.run("serve")
	if res.code == 0 || !strings.Contains(res.stderr, "GAPS_JWT_ISSUER") || !strings.Contains(res.stderr, "GAPS_JWT_AUDIENCE") {
		t.Fatalf("serve with a secret but no issuer/audience: %s; want a refusal naming both", res)
	}
	ok := in.with("GAPS_JWT_ISSUER=https://idp.example.com", "GAPS_JWT_AUDIENCE=allocation-gaps")
	token := strings.TrimSpace(ok.mustRun("token", "--role", "FINANCE", "--sub", "f").stdout)
	claims := jwtClaims(t, token)
	if claims["iss"] != "https://idp.example.com" {
		t.Fatalf("token claims %v: want the configured issuer", claims)
	}
}

// Help is asked for, not an error: gaps --help and every command's --help
// exit 0 and print to stdout; a command's help shows its arguments, flags
// and an example.
func TestHelpExitsZeroAndShowsArguments(t *testing.T) {
	t.Parallel()
	in := &installation{t: t, dataDir: t.TempDir()} // help needs no database
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		res := in.run(args...)
		if res.code != 0 || !strings.Contains(res.stdout, "commands:") || !strings.Contains(res.stdout, "GAPS_DATABASE_URL") {
			t.Errorf("gaps %s: %s; want exit 0 and the commands and settings on stdout", args[0], res)
		}
	}
	for name, cmd := range commands {
		for _, args := range [][]string{{name, "--help"}, {name, "-h"}, {"help", name}} {
			res := in.run(args...)
			if res.code != 0 || strings.Contains(res.stdout+res.stderr, "help requested") ||
				!strings.Contains(res.stdout, "usage: gaps [global flags] "+cmd.synopsis[0]) ||
				!strings.Contains(res.stdout, "example:\n  "+strings.SplitN(cmd.example, "\n", 2)[0]) {
				t.Errorf("gaps %s: %s; want exit 0, its synopsis and example", strings.Join(args, " "), res)
			}
		}
	}
	if res := in.run("ingest", "--help"); !strings.Contains(res.stdout, "PATH…") || !strings.Contains(res.stdout, "arguments:\n  PATH…") {
		t.Errorf("gaps ingest --help does not name its PATH argument:\n%s", res.stdout)
	}
	if res := in.run("ingest", "--bogus"); res.code != 2 || !strings.Contains(res.stderr, "-bogus") || !strings.Contains(res.stderr, "gaps ingest --help") {
		t.Errorf("gaps ingest --bogus: %s; want exit 2 naming the flag and the help", res)
	}
	if res := in.run(); res.code != 2 || !strings.Contains(res.stderr, "commands:") {
		t.Errorf("gaps with no command: %s; want exit 2 and the usage on stderr", res)
	}
}

// The progress line is for a person at a terminal: gaps ingest draws it on a
// long input only when stderr is a terminal and the summary is not JSON.
func TestIngestProgressOnlyOnATerminal(t *testing.T) {
	t.Parallel()
	in := newInstallation(t)
	// A CUR 2.0 CSV over progressThreshold: EC2 lines and one Bedrock line.
	const header = "bill_billing_period_start_date,bill_billing_entity,line_item_usage_start_date,line_item_usage_account_id," +
		"product_region_code,line_item_product_code,line_item_operation,line_item_usage_type,line_item_line_item_type," +
		"line_item_resource_id,line_item_iam_principal,line_item_unblended_cost,line_item_usage_amount,pricing_unit,line_item_currency_code\n"
	const ec2 = "2026-10-01T00:00:00Z,AWS,2026-10-03T10:00:00Z,135792468024,us-east-1,AmazonEC2,RunInstances,BoxUsage:m5.large,Usage,i-0abc,,0.096,1,Hrs,USD\n"
	const bedrock = "2026-10-01T00:00:00Z,AWS,2026-10-03T10:00:00Z,111122223333,us-east-1,AmazonBedrock,InvokeModelInference,USE1-Claude4.6Sonnet-input-tokens,Usage,,arn:aws:iam::111122223333:role/app,1.25,100,1K tokens,USD\n"
	path := filepath.Join(t.TempDir(), "cur-2026-10.csv")
	if err := os.WriteFile(path, []byte(header+bedrock+strings.Repeat(ec2, progressThreshold/len(ec2)+1)), 0o644); err != nil {
		t.Fatal(err)
	}

	res := in.mustRun("ingest", "--json", path)
	if strings.Contains(res.stderr, "\r") || strings.Contains(res.stderr, "rows/s") {
		t.Errorf("ingest --json into a pipe drew progress: %q", res.stderr)
	}

	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script(1) to run gaps on a terminal")
	}
	onTerminal := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), script, "-qefc", gapsBin+" "+strings.Join(args, " "), "/dev/null")
		cmd.Env = in.environ()
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gaps %s on a terminal: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	drawn := onTerminal("ingest", path)
	if !regexp.MustCompile(`ingest +\d+%  [\d.]+ of [\d.]+ MB  \d+ rows  [\d.]+[kM]? rows/s  [\d.]+ MB/s`).MatchString(drawn) {
		t.Errorf("ingest on a terminal drew no progress line with rows/s and MB/s:\n%q", drawn)
	}
	if out := onTerminal("ingest", "--json", path); strings.Contains(out, "rows/s") {
		t.Errorf("ingest --json on a terminal drew progress:\n%q", out)
	}
}

// The ingest summary says what the detection window is and which delivered
// days fall inside it, and names the files of a delivery it replaced when
// they were named otherwise.
func TestIngestSummaryNamesTheWindowAndReplacedFiles(t *testing.T) {
	t.Parallel()
	in := newInstallation(t)
	dir := t.TempDir()
	sample := func(name, period, seed string) string {
		path := filepath.Join(dir, name)
		in.mustRun("sample-cur", "--rows", "20000", "--seed", seed, "--period", period, "--out", path)
		return path
	}
	november := in.mustRun("ingest", sample("cur-nov.parquet", "2026-11", "5")).stdout
	for _, want := range []string{
		"detection window    2026-11-01 … 2026-11-30 (ROLLING_DAYS: the 30 days to the latest usage day)",
		"delivered days      2026-11-01 … 2026-11-30 (30): 30 in the detection window, 2026-11-01 … 2026-11-30",
	} {
		if !strings.Contains(november, want) {
			t.Errorf("November's summary lacks %q:\n%s", want, november)
		}
	}

	// October is before the window November's usage ends.
	res := in.mustRun("ingest", "--json", sample("oct-a.parquet", "2026-10", "1"))
	var october struct {
		ReplacedOtherFiles []struct{ Period string }
		Window             deliveryWindow
	}
	if err := json.Unmarshal([]byte(res.stdout), &october); err != nil {
		t.Fatalf("ingest --json printed %q: %v", res.stdout, err)
	}
	want := deliveryWindow{Mode: domain.WindowRollingDays, WindowDays: 30, Start: "2026-11-01", End: "2026-11-30",
		DeliveredDays: 31, FirstDelivered: "2026-10-01", LastDelivered: "2026-10-31"}
	if october.Window != want || len(october.ReplacedOtherFiles) != 0 {
		t.Errorf("October: window %+v, replaced %+v; want %+v and nothing replaced", october.Window, october.ReplacedOtherFiles, want)
	}

	// Detect per billing period, October; another October file replaces the first.
	store, err := openStore(t.Context(), Config{DatabaseURL: in.dbURL, EventStore: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	lead := domain.Identity{Subject: "lead", Roles: []domain.Role{domain.RoleFinOpsLead}}
	_, err = app.NewService(store).Execute(t.Context(), lead, domain.UpdateSettings{WindowMode: new(domain.WindowBillingPeriod), BillingPeriod: new("2026-10")})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	restated := in.mustRun("ingest", sample("oct-b.parquet", "2026-10", "9")).stdout
	for _, want := range []string{
		"detection window    2026-10-01 … 2026-10-31 (BILLING_PERIOD: the billing period 2026-10, as set)",
		"(31): 31 in the detection window, 2026-10-01 … 2026-10-31",
		"2026-10 replaced a delivery of other files (oct-a.parquet) under export default",
	} {
		if !strings.Contains(restated, want) {
			t.Errorf("the second October's summary lacks %q:\n%s", want, restated)
		}
	}
}

// The notifier runs only with a routing file: asked for without one, serve
// refuses, naming the variable; a routing file it cannot read is refused too.
func TestServeNotifierNeedsARoutingFile(t *testing.T) {
	t.Parallel()
	in := newInstallation(t, "GAPS_DEV=1")
	res := in.run("serve", "--run", "notifier")
	if res.code == 0 || !strings.Contains(res.stderr, "GAPS_NOTIFY_ROUTES") {
		t.Errorf("serve --run notifier without routes: %s; want a refusal naming GAPS_NOTIFY_ROUTES", res)
	}
	routes := filepath.Join(t.TempDir(), "routes.yaml")
	if err := os.WriteFile(routes, []byte("finops: {webhok: https://x}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	res = in.with("GAPS_NOTIFY_ROUTES="+routes).run("serve", "--run", "notifier")
	if res.code == 0 || !strings.Contains(res.stderr, "routes.yaml") || !strings.Contains(res.stderr, "webhok") {
		t.Errorf("serve with a misspelt routing file: %s; want a refusal naming the file and the key", res)
	}
}
