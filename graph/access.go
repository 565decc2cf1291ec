package graph

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/allocation-gaps/gaps/domain"
)

// Who may read what (docs/DESIGN.md §10.2). FINANCE and AUDITOR read everything,
// the raw event log included (the console's audit screen, read-only). Every role reads the gap views and the
// governance records it acts on (a product owner its BRs and workloads, a
// cloud engineer its tasks), so those are open to any role; the money views
// (budget allocation, account budgets, ingest runs) are for the FinOps Lead,
// Finance and Audit.
var (
	anyRole     = domain.AllRoles
	moneyReader = []domain.Role{domain.RoleFinOpsLead, domain.RoleFinance, domain.RoleAuditor}
	logReader   = []domain.Role{domain.RoleFinance, domain.RoleAuditor}
)

// authState is what the transport learnt about the caller: an identity, or
// why there is none.
type authState struct {
	identity domain.Identity
	expires  time.Time
	err      error // UNAUTHENTICATED, saying why
}

type authKey struct{}

func withAuth(ctx context.Context, s authState) context.Context {
	return context.WithValue(ctx, authKey{}, s)
}

// WithIdentity marks ctx as authenticated as id, for in-process callers
// (tests, internal jobs) that verified the caller themselves.
func WithIdentity(ctx context.Context, id domain.Identity) context.Context {
	return withAuth(ctx, authState{identity: id})
}

func authOf(ctx context.Context) authState {
	s, ok := ctx.Value(authKey{}).(authState)
	if !ok {
		return authState{err: errNoToken}
	}
	return s
}

var errNoToken = domain.Errorf(domain.CodeUnauthenticated, `not authenticated: send "Authorization: Bearer <token>"`)

// requireRole returns the caller's identity if it holds one of roles.
// Anonymous or badly authenticated callers get UNAUTHENTICATED, callers
// without any of the roles FORBIDDEN.
func requireRole(ctx context.Context, roles ...domain.Role) (domain.Identity, error) {
	s := authOf(ctx)
	if s.err != nil {
		return domain.Identity{}, s.err
	}
	if slices.ContainsFunc(roles, s.identity.Has) {
		return s.identity, nil
	}
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r)
	}
	return domain.Identity{}, domain.Errorf(domain.CodeForbidden, "forbidden: needs one of the roles %s", strings.Join(names, ", "))
}

// requireIdentity returns the caller's identity whatever its roles (`me`).
func requireIdentity(ctx context.Context) (domain.Identity, error) {
	s := authOf(ctx)
	return s.identity, s.err
}
