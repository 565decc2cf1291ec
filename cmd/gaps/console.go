package main

import (
	"fmt"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/internal/console"
)

// secondLead lets two FinOps Leads work side by side in a dev console (one
// decides, the other watches the row change).
var secondLead = demoUser{domain.RoleFinOpsLead, domain.Identity{Subject: "leo.ledger", Name: "Leo Ledger", Email: "leo.ledger@example.com"}, "FinOps Lead"}

// consoleOptions configures the console: OIDC sign-in when a client ID is
// set; in dev mode also the demo people, each a click away.
func consoleOptions(cfg Config) (console.Options, error) {
	var opts console.Options
	if cfg.OIDCClientID != "" {
		if cfg.OIDCIssuer == "" {
			return opts, fmt.Errorf("GAPS_OIDC_CLIENT_ID is set but no issuer: set GAPS_OIDC_ISSUER or GAPS_JWT_ISSUER")
		}
		opts.OIDC = &console.OIDC{Issuer: cfg.OIDCIssuer, ClientID: cfg.OIDCClientID, Scopes: cfg.OIDCScopes}
	}
	if !cfg.Dev {
		return opts, nil
	}
	ac, err := authConfig(cfg)
	if err != nil {
		return opts, err
	}
	people := append(append([]demoUser(nil), demoUsers...), secondLead)
	bySubject := map[string]demoUser{}
	for _, u := range people {
		bySubject[u.id.Subject] = u
		opts.DevUsers = append(opts.DevUsers, console.DevUser{
			Subject: u.id.Subject, Name: u.id.Name, Email: u.id.Email, Role: string(u.role), Label: u.label,
		})
	}
	opts.DevToken = func(subject string) (string, error) {
		u, ok := bySubject[subject]
		if !ok {
			return "", fmt.Errorf("subject %q: not a demo person", subject)
		}
		return u.mint(ac)
	}
	return opts, nil
}

// mint gives the person a day-long dev token for their role.
func (u demoUser) mint(ac auth.Config) (string, error) {
	id := u.id
	id.Roles = []domain.Role{u.role}
	return auth.Mint(ac, id, 24*time.Hour, time.Now())
}
