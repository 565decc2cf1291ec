// Package auth verifies the bearer JWTs of the GraphQL API (docs/DESIGN.md §10.1)
// and mints HS256 dev tokens for `gaps token`.
package auth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"

	"github.com/allocation-gaps/gaps/domain"
)

// Config chooses one verification mode: a shared Secret (HS256, local use)
// or a JWKSURL (RS256/ES256, production). Exactly one must be set.
type Config struct {
	Secret     string        // HS256 shared secret
	JWKSURL    string        // JWK Set of an identity provider
	Issuer     string        // checked against `iss` when set
	Audience   string        // checked against `aud` when set
	RolesClaim string        // claim holding the roles: an array of strings; dots walk nested objects ("realm_access.roles"); default "roles"
	Leeway     time.Duration // clock skew allowed on exp/nbf/iat; default 30s
	HTTPClient *http.Client  // fetches the JWK Set; default http.DefaultClient
	Logger     *slog.Logger  // JWK Set refresh failures; default slog.Default()
}

// DefaultRolesClaim is the claim roles are read from when Config.RolesClaim is empty.
const DefaultRolesClaim = "roles"

const defaultLeeway = 30 * time.Second

// Algorithms pinned per mode: an HS256 deployment never accepts a public-key
// token, and a JWKS deployment never accepts an HMAC one (no alg confusion).
var (
	hmacAlgorithms = []string{jwt.SigningMethodHS256.Alg()}
	jwksAlgorithms = []string{jwt.SigningMethodRS256.Alg(), jwt.SigningMethodES256.Alg()}
)

// Verifier checks bearer tokens and turns them into identities.
type Verifier struct {
	keyfunc    jwt.Keyfunc
	parser     *jwt.Parser
	rolesClaim []string // path of the roles claim
}

// NewVerifier builds a Verifier. In JWKS mode the key set is fetched in the
// background, refreshed hourly and on an unknown kid, until ctx ends.
func NewVerifier(ctx context.Context, cfg Config) (*Verifier, error) {
	cfg = withDefaults(cfg)
	opts := []jwt.ParserOption{
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(cfg.Leeway),
	}
	if cfg.Issuer != "" {
		opts = append(opts, jwt.WithIssuer(cfg.Issuer))
	}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	v := &Verifier{rolesClaim: strings.Split(cfg.RolesClaim, ".")}
	switch {
	case cfg.Secret != "" && cfg.JWKSURL != "":
		return nil, errors.New("auth: configure either a JWT secret (HS256) or a JWKS URL (RS256/ES256), not both")
	case cfg.Secret != "":
		secret := []byte(cfg.Secret)
		v.keyfunc = func(*jwt.Token) (any, error) { return secret, nil }
		opts = append(opts, jwt.WithValidMethods(hmacAlgorithms))
	case cfg.JWKSURL != "":
		logger := cfg.Logger
		k, err := keyfunc.NewDefaultOverrideCtx(ctx, []string{cfg.JWKSURL}, keyfunc.Override{
			Client: cfg.HTTPClient,
			RefreshErrorHandlerFunc: func(u string) func(context.Context, error) {
				return func(ctx context.Context, err error) {
					logger.ErrorContext(ctx, "JWK Set refresh failed", "url", u, "error", err)
				}
			},
		})
		if err != nil {
			return nil, fmt.Errorf("auth: JWKS URL %q: %w", cfg.JWKSURL, err)
		}
		v.keyfunc = k.Keyfunc
		opts = append(opts, jwt.WithValidMethods(jwksAlgorithms))
	default:
		return nil, errors.New("auth: no JWT secret (GAPS_JWT_SECRET) and no JWKS URL (GAPS_JWKS_URL) configured")
	}
	v.parser = jwt.NewParser(opts...)
	return v, nil
}

func withDefaults(cfg Config) Config {
	if cfg.RolesClaim == "" {
		cfg.RolesClaim = DefaultRolesClaim
	}
	if cfg.Leeway == 0 {
		cfg.Leeway = defaultLeeway
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return cfg
}

// Verify checks a raw token (without the "Bearer " prefix) and returns the
// identity it carries and when it expires. Every refusal is an
// UNAUTHENTICATED domain error saying why.
func (v *Verifier) Verify(raw string) (domain.Identity, time.Time, error) {
	claims := jwt.MapClaims{}
	if _, err := v.parser.ParseWithClaims(raw, claims, v.keyfunc); err != nil {
		return domain.Identity{}, time.Time{}, domain.Errorf(domain.CodeUnauthenticated, "invalid token: %s", reason(err, claims))
	}
	id := domain.Identity{
		Subject: stringClaim(claims, "sub"),
		Name:    stringClaim(claims, "name"),
		Email:   stringClaim(claims, "email"),
		Issuer:  stringClaim(claims, "iss"),
	}
	if strings.TrimSpace(id.Subject) == "" {
		return domain.Identity{}, time.Time{}, domain.Errorf(domain.CodeUnauthenticated, "invalid token: no subject (sub)")
	}
	// The identity is written into every decision it makes: it obeys the
	// same text rule as any other input.
	for claim, v := range map[string]string{"sub": id.Subject, "name": id.Name, "email": id.Email} {
		if err := domain.CheckText(claim, v, domain.MaxNameLength, false); err != nil {
			return domain.Identity{}, time.Time{}, domain.Errorf(domain.CodeUnauthenticated, "invalid token: %v", err)
		}
	}
	roles, err := v.roles(claims)
	if err != nil {
		return domain.Identity{}, time.Time{}, err
	}
	id.Roles = roles
	exp, err := claims.GetExpirationTime()
	if err != nil || exp == nil { // unreachable after WithExpirationRequired; kept so a nil never escapes
		return domain.Identity{}, time.Time{}, domain.Errorf(domain.CodeUnauthenticated, "invalid token: no expiry (exp)")
	}
	return id, exp.Time, nil
}

// VerifyBearer checks an Authorization header value ("Bearer <token>").
func (v *Verifier) VerifyBearer(header string) (domain.Identity, time.Time, error) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return domain.Identity{}, time.Time{}, domain.Errorf(domain.CodeUnauthenticated, `Authorization must be "Bearer <token>"`)
	}
	return v.Verify(strings.TrimSpace(token))
}

// reason names why jwt refused a token, without echoing the token.
func reason(err error, claims jwt.MapClaims) string {
	switch {
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "malformed"
	case errors.Is(err, jwt.ErrTokenUnverifiable), errors.Is(err, keyfunc.ErrKeyfunc):
		return "no key to verify it (unknown kid or algorithm)"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "signature invalid or algorithm not allowed"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		var missing []string
		for _, name := range []string{"exp", "iss", "aud"} {
			if claims[name] == nil {
				missing = append(missing, name)
			}
		}
		return "required claim missing (" + strings.Join(missing, ", ") + ")"
	case errors.Is(err, jwt.ErrTokenExpired):
		return "expired"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "not valid yet"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "wrong issuer"
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "wrong audience"
	default:
		return "rejected"
	}
}

func stringClaim(claims jwt.MapClaims, name string) string {
	s, _ := claims[name].(string)
	return s
}

// roles reads the configured roles claim. A token without it is refused (a
// misconfigured claim name would otherwise look like a user with no rights);
// role names the product does not know are ignored.
func (v *Verifier) roles(claims jwt.MapClaims) ([]domain.Role, error) {
	name := strings.Join(v.rolesClaim, ".")
	var cur any = map[string]any(claims)
	for _, part := range v.rolesClaim {
		obj, ok := cur.(map[string]any)
		if !ok {
			cur = nil
			break
		}
		cur = obj[part]
	}
	if cur == nil {
		return nil, domain.Errorf(domain.CodeUnauthenticated, "invalid token: no roles claim %q", name)
	}
	list, ok := cur.([]any)
	if !ok {
		return nil, domain.Errorf(domain.CodeUnauthenticated, "invalid token: roles claim %q is not an array of strings", name)
	}
	var roles []domain.Role
	for _, r := range list {
		s, ok := r.(string)
		if !ok {
			return nil, domain.Errorf(domain.CodeUnauthenticated, "invalid token: roles claim %q is not an array of strings", name)
		}
		if role := domain.Role(s); slices.Contains(domain.AllRoles, role) && !slices.Contains(roles, role) {
			roles = append(roles, role)
		}
	}
	return roles, nil
}

// Mint signs an HS256 token for id with cfg's secret, issuer, audience and
// roles claim, valid for ttl from now. It is for local use (`gaps token`).
func Mint(cfg Config, id domain.Identity, ttl time.Duration, now time.Time) (string, error) {
	cfg = withDefaults(cfg)
	if cfg.Secret == "" {
		return "", errors.New("auth: minting needs a JWT secret")
	}
	if id.Subject == "" {
		return "", errors.New("auth: minting needs a subject")
	}
	if ttl <= 0 {
		return "", fmt.Errorf("auth: token lifetime %s is not positive", ttl)
	}
	claims := jwt.MapClaims{
		"sub": id.Subject,
		"iat": now.Unix(),
		"exp": now.Add(ttl).Unix(),
	}
	roles := make([]string, len(id.Roles))
	for i, r := range id.Roles {
		roles[i] = string(r)
	}
	// A dotted roles claim is written as nested objects, the shape Verify walks.
	path := strings.Split(cfg.RolesClaim, ".")
	var value any = roles
	for i := len(path) - 1; i > 0; i-- {
		value = map[string]any{path[i]: value}
	}
	claims[path[0]] = value
	for k, v := range map[string]string{"name": id.Name, "email": id.Email, "iss": cfg.Issuer, "aud": cfg.Audience} {
		if v != "" {
			claims[k] = v
		}
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(cfg.Secret))
}
