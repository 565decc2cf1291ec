package app

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"sync"
	"testing"

	"github.com/google/uuid"
	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/internal/pgtest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var (
	lead    = domain.Identity{Subject: "lead-1", Email: "lead@example.com", Roles: []domain.Role{domain.RoleFinOpsLead}, Issuer: "test"}
	owner   = domain.Identity{Subject: "po-1", Email: "po@example.com", Roles: []domain.Role{domain.RoleProductOwner}, Issuer: "test"}
	finance = domain.Identity{Subject: "fin-1", Roles: []domain.Role{domain.RoleFinance}, Issuer: "test"}
)

func openStore(t testing.TB) *postgres.Store {
	t.Helper()
	url, _ := pgtest.Schema(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func testLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func submitBR(t *testing.T, svc *Service, id string) {
	t.Helper()
	_, err := svc.Execute(context.Background(), owner, domain.SubmitBusinessRequest{
		ID: id, Model: "Claude4.6Sonnet", ProductOwner: "po@example.com",
		Scope: []domain.Scope{{AccountID: "111122223333", Region: "us-east-1"}}, Justification: "support assistant",
	})
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
}

func streamLen(t *testing.T, s eventstore.Store, stream string) int {
	t.Helper()
	recs, err := s.ReadStream(context.Background(), stream, 0)
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return len(recs)
}

func TestExecuteRecordsIdentityAndRationale(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	ctx := context.Background()
	submitBR(t, svc, "br-a")
	rev := int64(0)
	pos, err := svc.Execute(ctx, lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-a", Rationale: "fits the AI policy", ExpectedRevision: &rev})
	if err != nil {
		t.Fatalf("approve: %v", err)
	}
	recs, err := store.ReadStream(ctx, domain.BusinessRequestStream("br-a"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[1].Type != domain.EventBusinessRequestApproved || recs[1].Position != pos {
		t.Fatalf("stream = %d events, last %s at %s; want the approval at %s", len(recs), recs[len(recs)-1].Type, recs[len(recs)-1].Position, pos)
	}
	var approved domain.BusinessRequest
	if err := svc.Governance(ctx, func(g *domain.Governance) { approved = *g.BusinessRequests["br-a"] }); err != nil {
		t.Fatal(err)
	}
	last := approved.History[len(approved.History)-1]
	if approved.Status != domain.BRApproved || last.Actor.Subject != lead.Subject || last.Rationale != "fits the AI policy" {
		t.Fatalf("approved BR = %+v, last history %+v", approved.Status, last)
	}
}

func TestRefusedCommandsWriteNothing(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	ctx := context.Background()
	submitBR(t, svc, "br-b")
	stale := int64(7)
	cases := []struct {
		name  string
		actor domain.Identity
		cmd   domain.Command
		code  domain.Code
	}{
		{"finance may not submit", finance, domain.SubmitBusinessRequest{ID: "br-c", Model: "m", ProductOwner: "p", Justification: "j"}, domain.CodeForbidden},
		{"blank rationale", lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-b", Rationale: "  "}, domain.CodeBadUserInput},
		{"stale revision", lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-b", Rationale: "ok", ExpectedRevision: &stale}, domain.CodeConflict},
		{"unknown BR", lead, domain.ApproveBusinessRequest{BusinessRequestID: "nope", Rationale: "ok"}, domain.CodeNotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := svc.Execute(ctx, c.actor, c.cmd)
			if got := domain.ErrorCode(err); got != c.code {
				t.Fatalf("code = %s (%v), want %s", got, err, c.code)
			}
		})
	}
	if n := streamLen(t, store, domain.BusinessRequestStream("br-b")); n != 1 {
		t.Fatalf("br-b has %d events after refusals, want 1", n)
	}
	if n := streamLen(t, store, domain.BusinessRequestStream("br-c")); n != 0 {
		t.Fatalf("br-c has %d events, want none", n)
	}
}

// Two API instances (two services, two folds) decide on the same BR at once:
// exactly one approval is written; the other re-decides on the newer state
// and is refused.
func TestConcurrentInstancesOneWins(t *testing.T) {
	store := openStore(t)
	a, b := NewService(store), NewService(store)
	submitBR(t, a, "br-d")
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, svc := range []*Service{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = svc.Execute(ctx, lead, domain.ApproveBusinessRequest{BusinessRequestID: "br-d", Rationale: "approve " + uuid.NewString()})
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case domain.ErrorCode(err) != domain.CodeInvalidTransition && domain.ErrorCode(err) != domain.CodeConflict:
			t.Fatalf("loser got %v, want INVALID_TRANSITION or CONFLICT", err)
		}
	}
	if ok != 1 {
		t.Fatalf("%d approvals succeeded (%v), want exactly 1", ok, errs)
	}
	if n := streamLen(t, store, domain.BusinessRequestStream("br-d")); n != 2 {
		t.Fatalf("br-d has %d events, want 2", n)
	}
}
