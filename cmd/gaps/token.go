package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/auth"
)

func init() {
	commands["token"] = command{
		summary:  "mint a dev JWT (HS256) the local server accepts; needs GAPS_DEV=1 or GAPS_JWT_SECRET",
		synopsis: []string{"token --role R [--role R2…] --sub S [--name N] [--email E] [--ttl D]"},
		example:  "GAPS_DEV=1 gaps token --role FINOPS_LEAD --sub fiona --email fiona@example.com --ttl 2h",
		run:      runToken,
	}
}

// roleFlags collects repeated --role flags.
type roleFlags []domain.Role

func (r *roleFlags) String() string { return fmt.Sprint(*r) }

func (r *roleFlags) Set(s string) error {
	role := domain.Role(strings.ToUpper(strings.TrimSpace(s)))
	if !slices.Contains(domain.AllRoles, role) {
		return fmt.Errorf("unknown role %q (want one of %v)", s, domain.AllRoles)
	}
	*r = append(*r, role)
	return nil
}

func runToken(_ context.Context, cfg Config, args []string) error {
	fset := commandFlags("token")
	var (
		roles roleFlags
		id    domain.Identity
	)
	fset.Var(&roles, "role", "a role to grant (repeatable): "+fmt.Sprint(domain.AllRoles))
	fset.StringVar(&id.Subject, "sub", "", "subject (required)")
	fset.StringVar(&id.Name, "name", "", "display name")
	fset.StringVar(&id.Email, "email", "", "email")
	ttl := fset.Duration("ttl", 8*time.Hour, "lifetime")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	switch {
	case fset.NArg() > 0:
		return domain.Errorf(domain.CodeBadUserInput, "unexpected arguments %q", fset.Args())
	case id.Subject == "":
		return domain.Errorf(domain.CodeBadUserInput, "--sub is required")
	case len(roles) == 0:
		return domain.Errorf(domain.CodeBadUserInput, "at least one --role is required")
	case *ttl <= 0:
		return domain.Errorf(domain.CodeBadUserInput, "--ttl %s is not positive", *ttl)
	}
	if cfg.JWKSURL != "" {
		return errors.New("this deployment verifies tokens from GAPS_JWKS_URL; gaps token only mints HS256 tokens for GAPS_JWT_SECRET or GAPS_DEV=1")
	}
	ac, err := authConfig(cfg)
	if err != nil {
		return err
	}
	id.Roles = roles
	token, err := auth.Mint(ac, id, *ttl, time.Now())
	if err != nil {
		return err
	}
	fmt.Println(token)
	return nil
}

// authConfig is how every command verifies (and `gaps token` mints) tokens:
// a JWKS URL in production; else GAPS_JWT_SECRET, or in dev mode the
// checkout's dev secret. In dev mode unset issuer and audience default to the
// dev ones, so tokens minted here carry what `gaps serve` checks.
func authConfig(cfg Config) (auth.Config, error) {
	ac := auth.Config{
		JWKSURL:    cfg.JWKSURL,
		Issuer:     cfg.JWTIssuer,
		Audience:   cfg.JWTAudience,
		RolesClaim: cfg.RolesClaim,
	}
	// Outside dev mode a key alone is not enough: a shared identity provider
	// signs tokens for other applications with the same keys (docs/DESIGN.md §10.1).
	if !cfg.Dev && (cfg.JWTIssuer == "" || cfg.JWTAudience == "") && (cfg.JWKSURL != "" || cfg.JWTSecret != "") {
		return ac, errors.New("set GAPS_JWT_ISSUER and GAPS_JWT_AUDIENCE: tokens are checked against both outside dev mode (GAPS_DEV=1)")
	}
	if cfg.JWKSURL != "" {
		return ac, nil
	}
	if cfg.JWTSecret == "" && !cfg.Dev {
		return ac, errors.New("no JWT secret: set GAPS_JWT_SECRET (or GAPS_JWKS_URL), or GAPS_DEV=1 for a local dev secret")
	}
	secret, err := devSecret(cfg)
	if err != nil {
		return ac, err
	}
	ac.Secret = secret
	if cfg.Dev {
		if ac.Issuer == "" {
			ac.Issuer = devIssuer
		}
		if ac.Audience == "" {
			ac.Audience = devAudience
		}
	}
	return ac, nil
}

// devSecret returns the local HS256 secret: GAPS_JWT_SECRET when set, else
// this checkout's dev secret, created on first use.
func devSecret(cfg Config) (string, error) {
	if cfg.JWTSecret != "" {
		return cfg.JWTSecret, nil
	}
	// Kept in the data dir so that `make run` and `gaps token` in one checkout agree on it.
	devSecretFile := filepath.Join(cfg.DataDir, "dev-secret")
	if b, err := os.ReadFile(devSecretFile); err == nil {
		if s := strings.TrimSpace(string(b)); s != "" {
			return s, nil
		}
		return "", fmt.Errorf("dev secret %s is empty: delete it to make a new one", devSecretFile)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("reading dev secret: %w", err)
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	secret := hex.EncodeToString(raw)
	if err := os.MkdirAll(filepath.Dir(devSecretFile), 0o700); err != nil {
		return "", fmt.Errorf("creating dev secret: %w", err)
	}
	// Write aside, then link into place: a concurrent first run either wins
	// the link or reads the complete secret of the one that did.
	tmp, err := os.CreateTemp(filepath.Dir(devSecretFile), "dev-secret-*")
	if err != nil {
		return "", fmt.Errorf("creating dev secret: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(secret + "\n"); err != nil {
		tmp.Close()
		return "", fmt.Errorf("writing dev secret: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("writing dev secret: %w", err)
	}
	if err := os.Link(tmp.Name(), devSecretFile); errors.Is(err, fs.ErrExist) {
		return devSecret(cfg)
	} else if err != nil {
		return "", fmt.Errorf("creating dev secret: %w", err)
	}
	return secret, nil
}
