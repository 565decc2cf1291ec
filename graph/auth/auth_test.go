package auth_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/graph/auth/authtest"
)

func jwksVerifier(t *testing.T, p *authtest.Provider) *auth.Verifier {
	t.Helper()
	v, err := auth.NewVerifier(t.Context(), auth.Config{
		JWKSURL: p.JWKSURL, Issuer: authtest.Issuer, Audience: authtest.Audience,
	})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestJWKSAcceptsRS256AndES256(t *testing.T) {
	p := authtest.NewProvider(t)
	v := jwksVerifier(t, p)
	claims := authtest.Claims("alice", "FINANCE", "AUDITOR", "JANITOR", "FINANCE")
	claims["name"], claims["email"] = "Alice", "alice@example.com"
	for name, token := range map[string]string{
		"RS256": p.SignRS256(t, claims),
		"ES256": p.SignES256(t, claims),
	} {
		t.Run(name, func(t *testing.T) {
			id, exp, err := v.VerifyBearer("Bearer " + token)
			if err != nil {
				t.Fatal(err)
			}
			want := domain.Identity{Subject: "alice", Name: "Alice", Email: "alice@example.com",
				Roles: []domain.Role{domain.RoleFinance, domain.RoleAuditor}, Issuer: authtest.Issuer}
			if id.Subject != want.Subject || id.Name != want.Name || id.Email != want.Email ||
				id.Issuer != want.Issuer || !slices.Equal(id.Roles, want.Roles) {
				t.Errorf("identity = %+v, want %+v (unknown and repeated roles dropped)", id, want)
			}
			if wantExp := time.Unix(claims["exp"].(int64), 0); !exp.Equal(wantExp) {
				t.Errorf("expiry = %v, want %v", exp, wantExp)
			}
		})
	}
}

func TestJWKSRefusals(t *testing.T) {
	p := authtest.NewProvider(t)
	v := jwksVerifier(t, p)
	otherKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	with := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		c := authtest.Claims("bob", "FINOPS_LEAD")
		edit(c)
		return c
	}
	valid := authtest.Claims("bob", "FINOPS_LEAD")
	cases := []struct {
		name, token, reason string
	}{
		{"expired", p.SignRS256(t, with(func(c jwt.MapClaims) {
			c["exp"] = time.Now().Add(-time.Minute).Unix() // beyond the 30s leeway
			c["iat"] = time.Now().Add(-time.Hour).Unix()
		})), "expired"},
		{"no exp", p.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "exp") })), "required claim missing (exp)"},
		{"no iss", p.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "iss") })), "required claim missing (iss)"},
		{"no aud", p.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "aud") })), "required claim missing (aud)"},
		{"blank subject", p.SignRS256(t, with(func(c jwt.MapClaims) { c["sub"] = "   " })), "no subject"},
		{"NUL in the subject", p.SignRS256(t, with(func(c jwt.MapClaims) { c["sub"] = "bob\x00" })), "sub: control character U+0000"},
		{"zero-width name", p.SignRS256(t, with(func(c jwt.MapClaims) { c["name"] = "\u200b" })), "name: has only invisible characters"},
		{"wrong issuer", p.SignRS256(t, with(func(c jwt.MapClaims) { c["iss"] = "https://evil.test" })), "wrong issuer"},
		{"wrong audience", p.SignRS256(t, with(func(c jwt.MapClaims) { c["aud"] = "someone-else" })), "wrong audience"},
		{"alg none", authtest.Sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, authtest.RSAKeyID, valid), "signature invalid or algorithm not allowed"},
		{"HS256 with the RSA public key as secret", authtest.Sign(t, jwt.SigningMethodHS256, p.RSAPublicPEM(t), authtest.RSAKeyID, valid), "signature invalid or algorithm not allowed"},
		{"unknown kid", authtest.Sign(t, jwt.SigningMethodRS256, otherKey, "rsa-unknown", valid), "no key to verify it"},
		{"right kid, wrong key", authtest.Sign(t, jwt.SigningMethodRS256, otherKey, authtest.RSAKeyID, valid), "signature invalid"},
		{"missing roles", p.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "roles") })), `no roles claim "roles"`},
		{"roles not an array", p.SignRS256(t, with(func(c jwt.MapClaims) { c["roles"] = "FINOPS_LEAD" })), "not an array of strings"},
		{"no subject", p.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "sub") })), "no subject"},
		{"malformed", "not.a.jwt", "malformed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := v.Verify(tc.token)
			if err == nil {
				t.Fatal("accepted")
			}
			if code := domain.ErrorCode(err); code != domain.CodeUnauthenticated {
				t.Errorf("code = %s, want UNAUTHENTICATED", code)
			}
			if !strings.Contains(err.Error(), tc.reason) {
				t.Errorf("error %q does not say %q", err, tc.reason)
			}
		})
	}
}

func TestBearerHeaderShape(t *testing.T) {
	v, err := auth.NewVerifier(t.Context(), auth.Config{Secret: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"", "Bearer", "Bearer ", "Basic dXNlcjpwdw==", "token-without-scheme"} {
		if _, _, err := v.VerifyBearer(h); domain.ErrorCode(err) != domain.CodeUnauthenticated {
			t.Errorf("VerifyBearer(%q) = %v, want UNAUTHENTICATED", h, err)
		}
	}
}

func TestSecretModeRefusesPublicKeyTokens(t *testing.T) {
	p := authtest.NewProvider(t)
	v, err := auth.NewVerifier(t.Context(), auth.Config{Secret: "s3cret", Issuer: authtest.Issuer, Audience: authtest.Audience})
	if err != nil {
		t.Fatal(err)
	}
	claims := authtest.Claims("carol", "AUDITOR")
	if _, _, err := v.Verify(p.SignRS256(t, claims)); err == nil {
		t.Error("an HS256 verifier accepted an RS256 token")
	}
	if _, _, err := v.Verify(authtest.Sign(t, jwt.SigningMethodHS384, []byte("s3cret"), "", claims)); err == nil {
		t.Error("an HS256 verifier accepted an HS384 token")
	}
	if _, _, err := v.Verify(authtest.Sign(t, jwt.SigningMethodHS256, []byte("s3cret"), "", claims)); err != nil {
		t.Errorf("HS256 with the shared secret: %v", err)
	}
}

func TestMintRoundTrip(t *testing.T) {
	for _, claim := range []string{"", "realm_access.roles"} {
		t.Run("claim="+claim, func(t *testing.T) {
			cfg := auth.Config{Secret: "dev-secret", Issuer: "gaps-dev", Audience: "allocation-gaps", RolesClaim: claim}
			want := domain.Identity{Subject: "dana", Name: "Dana", Roles: []domain.Role{domain.RoleCloudEngineer}, Issuer: "gaps-dev"}
			token, err := auth.Mint(cfg, want, time.Hour, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			v, err := auth.NewVerifier(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := v.Verify(token)
			if err != nil {
				t.Fatal(err)
			}
			if got.Subject != want.Subject || got.Name != want.Name || got.Email != "" || got.Issuer != want.Issuer || !slices.Equal(got.Roles, want.Roles) {
				t.Errorf("round trip = %+v, want %+v", got, want)
			}
			other := cfg
			other.Audience = "another-api"
			ov, err := auth.NewVerifier(context.Background(), other)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := ov.Verify(token); err == nil {
				t.Error("a verifier for another audience accepted the token")
			}
		})
	}
}

func TestConfigNeedsExactlyOneMode(t *testing.T) {
	if _, err := auth.NewVerifier(t.Context(), auth.Config{}); err == nil {
		t.Error("no secret and no JWKS URL accepted")
	}
	if _, err := auth.NewVerifier(t.Context(), auth.Config{Secret: "s", JWKSURL: "http://127.0.0.1:1/jwks"}); err == nil {
		t.Error("both a secret and a JWKS URL accepted")
	}
}
