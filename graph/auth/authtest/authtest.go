// Package authtest is an identity provider for tests: RSA and EC signing
// keys published as a JWK Set by an httptest server.
package authtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Issuer and Audience are what the provider's tokens carry by default.
const (
	Issuer   = "https://idp.test"
	Audience = "allocation-gaps-test"
)

// KID names of the published keys.
const (
	RSAKeyID = "rsa-1"
	ECKeyID  = "ec-1"
)

// Provider signs tokens with keys it publishes at JWKSURL.
type Provider struct {
	JWKSURL string
	RSA     *rsa.PrivateKey
	EC      *ecdsa.PrivateKey
}

// NewProvider starts the JWK Set server; it stops with the test.
func NewProvider(t testing.TB) *Provider {
	t.Helper()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	b64 := func(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
	set := map[string]any{"keys": []map[string]string{
		{"kty": "RSA", "kid": RSAKeyID, "alg": "RS256", "use": "sig",
			"n": b64(rsaKey.N.Bytes()), "e": b64(big.NewInt(int64(rsaKey.E)).Bytes())},
		{"kty": "EC", "kid": ECKeyID, "alg": "ES256", "use": "sig", "crv": "P-256",
			"x": b64(ecKey.X.FillBytes(make([]byte, 32))), "y": b64(ecKey.Y.FillBytes(make([]byte, 32)))},
	}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(set)
	}))
	t.Cleanup(srv.Close)
	return &Provider{JWKSURL: srv.URL, RSA: rsaKey, EC: ecKey}
}

// Claims are valid claims for sub with roles: issuer, audience, an hour to live.
func Claims(sub string, roles ...string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{
		"sub": sub, "iss": Issuer, "aud": Audience, "roles": roles,
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
	}
}

// SignRS256 signs claims with the published RSA key.
func (p *Provider) SignRS256(t testing.TB, claims jwt.MapClaims) string {
	return Sign(t, jwt.SigningMethodRS256, p.RSA, RSAKeyID, claims)
}

// SignES256 signs claims with the published EC key.
func (p *Provider) SignES256(t testing.TB, claims jwt.MapClaims) string {
	return Sign(t, jwt.SigningMethodES256, p.EC, ECKeyID, claims)
}

// RSAPublicPEM is the published RSA key as PEM, what an attacker would use
// as an HMAC secret in an algorithm-confusion attack.
func (p *Provider) RSAPublicPEM(t testing.TB) []byte {
	der, err := x509.MarshalPKIXPublicKey(&p.RSA.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

// Sign signs claims with any method and key, with kid in the header when set.
func Sign(t testing.TB, method jwt.SigningMethod, key any, kid string, claims jwt.MapClaims) string {
	t.Helper()
	tok := jwt.NewWithClaims(method, claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
