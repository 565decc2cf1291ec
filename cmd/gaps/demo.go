package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/allocation-gaps/gaps/app"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/ingest/sample"
)

func init() {
	commands["demo"] = command{
		summary:  "seed demo governance and a generated CUR on first start, print dev tokens, then serve (make run)",
		synopsis: []string{"demo [--rows N] [--addr ADDR] [--tokens FILE]"},
		example:  "GAPS_DEV=1 GAPS_DATABASE_URL=postgres://gaps@127.0.0.1:54320/postgres?sslmode=disable gaps demo --addr 127.0.0.1:8080",
		run:      runDemo,
	}
}

type demoUser struct {
	role  domain.Role
	id    domain.Identity
	label string
}

// demoUsers are the people of the demo organisation, one per role; the
// product owner owns the sample's support-assistant workload.
var demoUsers = []demoUser{
	{domain.RoleFinOpsLead, domain.Identity{Subject: "fiona.finops", Name: "Fiona FinOps", Email: "fiona.finops@example.com"}, "FinOps Lead"},
	{domain.RoleProductOwner, domain.Identity{Subject: "priya.support", Name: "Priya Support", Email: sample.OwnerSupport}, "Product Owner"},
	{domain.RoleCloudEngineer, domain.Identity{Subject: "carl.cloud", Name: "Carl Cloud", Email: "carl.cloud@example.com"}, "Cloud Engineer"},
	{domain.RoleFinance, domain.Identity{Subject: "fran.finance", Name: "Fran Finance", Email: "fran.finance@example.com"}, "Finance"},
	{domain.RoleAuditor, domain.Identity{Subject: "audrey.audit", Name: "Audrey Audit", Email: "audrey.audit@example.com"}, "Auditor"},
}

func runDemo(ctx context.Context, cfg Config, args []string) error {
	fs := commandFlags("demo")
	rows := fs.Int64("rows", 200_000, "rows of the generated CUR 2.0 export")
	addr := fs.String("addr", cfg.HTTPAddr, "HTTP listen address (GAPS_HTTP_ADDR)")
	tokensOut := fs.String("tokens", "", "also write the dev tokens as JSON {ROLE: token} to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return domain.Errorf(domain.CodeBadUserInput, "unexpected argument %q (see gaps demo --help)", fs.Arg(0))
	}
	cfg.HTTPAddr = *addr
	if cfg.JWKSURL == "" && cfg.JWTSecret == "" && !cfg.Dev {
		return errors.New("gaps demo mints dev tokens: set GAPS_DEV=1 (make run does) or GAPS_JWT_SECRET")
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	seeded, err := seedDemo(ctx, cfg, store, *rows)
	store.Close()
	if err != nil {
		return fmt.Errorf("seed demo: %w", err)
	}
	if seeded {
		fmt.Fprintln(os.Stderr, "demo: seeded governance records and a generated CUR 2.0 export")
	} else {
		fmt.Fprintln(os.Stderr, "demo: reusing the data already recorded")
	}
	tokens, err := demoTokens(cfg)
	if err != nil {
		return err
	}
	if *tokensOut != "" {
		b, _ := json.Marshal(tokens)
		if err := os.WriteFile(*tokensOut, b, 0o600); err != nil {
			return err
		}
	}
	srv, err := startServer(ctx, cfg, defaultComponents(cfg.NotifyRoutes != ""), func(addr string) {
		printDemoBanner(addr, tokens)
		go printLogCommandsWhenReady(ctx, addr, cfg)
	})
	if err != nil {
		return err
	}
	return srv.wait()
}

// demoExport names the demo's generated CUR export, apart from the
// "default" export a user's own file without a name gets: ingesting it
// must not silently replace the demo's period.
const demoExport = "demo"

// seedDemo records the demo once: an ingest already in the log means seeded.
func seedDemo(ctx context.Context, cfg Config, store eventstore.Store, rows int64) (bool, error) {
	done, err := store.ReadAll(ctx, eventstore.Start, 1, eventstore.Filter{EventTypes: []string{domain.EventIngestCompleted}})
	if err != nil {
		return false, err
	}
	if len(done) > 0 {
		return false, nil
	}
	// The last complete month, so the detection window holds a full month.
	period := time.Now().UTC().AddDate(0, -1, 0).Format("2006-01")
	if err := seedGovernance(ctx, app.NewService(store), sample.GovernanceFor(period)); err != nil {
		return false, err
	}
	dir := filepath.Join(cfg.DataDir, "demo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	path := filepath.Join(dir, "cur-"+period+".parquet")
	f, err := os.Create(path)
	if err != nil {
		return false, err
	}
	if _, err := sample.WriteCUR(f, sample.Config{Rows: rows, Seed: 42, Period: period}); err != nil {
		f.Close()
		return false, err
	}
	if err := f.Close(); err != nil {
		return false, err
	}
	d, err := ingest.Load(ctx, []string{path}, ingest.Options{Export: demoExport})
	if err != nil {
		return false, err
	}
	if _, err := ingest.Record(ctx, store, d, domain.SystemIngest, time.Now()); err != nil {
		return false, err
	}
	return true, nil
}

// seedGovernance replays the sample's governance records as the commands the
// people of the demo would have issued.
func seedGovernance(ctx context.Context, svc *app.Service, gov sample.Governance) error {
	lead := demoUsers[0].id
	lead.Roles = []domain.Role{domain.RoleFinOpsLead}
	owner := func(email string) domain.Identity {
		return domain.Identity{Subject: email, Email: email, Roles: []domain.Role{domain.RoleProductOwner}}
	}
	run := func(actor domain.Identity, cmd domain.Command) error {
		if _, err := svc.Execute(ctx, actor, cmd); err != nil {
			return fmt.Errorf("%s: %w", cmd.CommandName(), err)
		}
		return nil
	}
	caseOf := func(bc *sample.BusinessCase) *domain.BusinessCaseInput {
		if bc == nil {
			return nil
		}
		return &domain.BusinessCaseInput{Category: bc.Category, AnnualValue: bc.AnnualValue, Description: bc.Description}
	}
	brIDs := map[string]string{}
	for _, br := range gov.BusinessRequests {
		id := domain.DeriveID("demo-br", br.Key)
		brIDs[br.Key] = id
		scope := make([]domain.Scope, len(br.Scope))
		for i, s := range br.Scope {
			scope[i] = domain.Scope{AccountID: s.AccountID, Region: s.Region}
		}
		if err := run(owner(br.ProductOwner), domain.SubmitBusinessRequest{
			ID: id, Model: br.Model, ProductOwner: br.ProductOwner, Scope: scope,
			Justification: br.Justification, BusinessCase: caseOf(br.BusinessCase),
		}); err != nil {
			return err
		}
		if br.Approved {
			if err := run(lead, domain.ApproveBusinessRequest{BusinessRequestID: id, Rationale: "Approved at the AI steering review"}); err != nil {
				return err
			}
		}
	}
	for _, w := range gov.Workloads {
		id := domain.DeriveID("demo-workload", w.Name)
		if err := run(owner(w.ProductOwner), domain.RegisterWorkload{
			ID: id, Name: w.Name, ProductOwner: w.ProductOwner, Budget: w.Budget,
			MonthlyEstimate: w.MonthlyEstimate, BusinessRequestID: brIDs[w.BusinessRequest],
		}); err != nil {
			return err
		}
		if bc := caseOf(w.BusinessCase); bc != nil {
			if err := run(owner(w.ProductOwner), domain.DeclareBusinessCase{WorkloadID: id, BusinessCase: *bc}); err != nil {
				return err
			}
		}
		for _, c := range w.Claims {
			// Backdated to the period's start: onboarding an existing workload is a Lead's call.
			if err := run(lead, domain.ClaimResource{
				ClaimID: domain.DeriveID("demo-claim", id, c.Anchor), WorkloadID: id, AnchorType: c.AnchorType,
				Anchor: c.Anchor, EffectiveFrom: c.EffectiveFrom, Rationale: "Onboarding an existing workload",
			}); err != nil {
				return err
			}
		}
	}
	for _, ab := range gov.AccountBudgets {
		shares := make([]domain.BudgetShareInput, len(ab.Budgets))
		for i, b := range ab.Budgets {
			shares[i] = domain.BudgetShareInput{Budget: b.Budget, Share: b.Share}
		}
		if err := run(lead, domain.SetAccountBudgets{AccountID: ab.AccountID, Budgets: shares, Rationale: "FY budget plan"}); err != nil {
			return err
		}
	}
	return nil
}

// demoTokens mints a day-long dev token per role.
func demoTokens(cfg Config) (map[domain.Role]string, error) {
	ac, err := authConfig(cfg)
	if err != nil {
		return nil, err
	}
	out := map[domain.Role]string{}
	for _, u := range demoUsers {
		if out[u.role], err = u.mint(ac); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func printDemoBanner(addr string, tokens map[domain.Role]string) {
	base := "http://" + displayAddr(addr)
	fmt.Printf("\nAllocation Gaps is up.\n  Console:  %s/ (sign in as any demo person)\n  GraphiQL: %s/graphiql\n  GraphQL:  %s/query (HTTP and WebSocket)\n\nDev tokens (24 h; `gaps token --role R --sub S` mints more):\n", base, base, base)
	for _, u := range demoUsers {
		fmt.Printf("  %-15s %s (%s)\n    %s\n", u.role, u.label, u.id.Email, tokens[u.role])
	}
	fmt.Printf("\nPaste into GraphiQL's headers pane (FinOps Lead):\n  {\"Authorization\": \"Bearer %s\"}\n\n", tokens[domain.RoleFinOpsLead])
}

// printLogCommandsWhenReady prints, once the first detection pass shows in
// the read models, the commands that check the read models against the log
// and replay the gap view as it stands now: ready to paste, with this run's
// settings and a time after the demo's gaps and before the user's actions.
func printLogCommandsWhenReady(ctx context.Context, addr string, cfg Config) {
	readyz := "http://" + displayAddr(addr) + "/readyz"
	client := &http.Client{Timeout: 5 * time.Second}
	for {
		res, err := client.Get(readyz)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
	// To the millisecond, rounded up: replay includes what was recorded up to
	// that moment, and a first action may follow within the second.
	asOf := time.Now().UTC().Truncate(time.Millisecond).Add(time.Millisecond).Format("2006-01-02T15:04:05.000Z07:00")
	env := logCommandEnv(cfg)
	fmt.Printf("Ready. In another terminal, from this directory:\n"+
		"  %s %s rebuild --verify\n"+
		"  %s %s replay --as-of %s   # the gaps as they stand now, before your first action\n\n",
		env, os.Args[0], env, os.Args[0], asOf)
}

// logCommandEnv is the settings prefix the log commands need to reach this
// run's log and read models.
func logCommandEnv(cfg Config) string {
	env := "GAPS_DATABASE_URL='" + withoutPassword(cfg.DatabaseURL) + "'"
	if cfg.EventStore == "esdb" {
		env += " GAPS_EVENTSTORE=esdb GAPS_ESDB_URL='" + withoutPassword(cfg.ESDBURL) + "'"
	}
	return env
}

// withoutPassword masks the password of a connection URL: a terminal's
// scrollback is no place for it.
func withoutPassword(connURL string) string {
	if u, err := url.Parse(connURL); err == nil {
		return u.Redacted()
	}
	return connURL
}
