package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/golang-jwt/jwt/v5"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/graph/auth/authtest"
)

type testAPI struct {
	url string
	idp *authtest.Provider
}

// newAPI serves NewHandler over real HTTP, verifying tokens from a JWKS provider.
func newAPI(t *testing.T, edit func(*ServerConfig)) testAPI {
	t.Helper()
	idp := authtest.NewProvider(t)
	v, err := auth.NewVerifier(t.Context(), auth.Config{JWKSURL: idp.JWKSURL, Issuer: authtest.Issuer, Audience: authtest.Audience})
	if err != nil {
		t.Fatal(err)
	}
	cfg := ServerConfig{
		Resolver:       &Resolver{},
		Verifier:       v,
		AllowedOrigins: []string{"app.example.com"},
		Logger:         slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	if edit != nil {
		edit(&cfg)
	}
	h, err := NewHandler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return testAPI{url: srv.URL, idp: idp}
}

type gqlResponse struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (a testAPI) post(t *testing.T, token, query string) (int, gqlResponse) {
	t.Helper()
	return a.postVars(t, token, query, nil)
}

// postVars sends one GraphQL request over HTTP, with variables.
func (a testAPI) postVars(t testing.TB, token, query string, vars map[string]any) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, a.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("status %d, body %q: %v", res.StatusCode, raw, err)
	}
	return res.StatusCode, out
}

// onlyError asserts the response has exactly one error, with code, and returns it.
func onlyError(t *testing.T, r gqlResponse, code string) (message string, ext map[string]any) {
	t.Helper()
	if len(r.Errors) != 1 {
		t.Fatalf("errors = %+v, want one with code %s", r.Errors, code)
	}
	e := r.Errors[0]
	if e.Extensions["code"] != code {
		t.Fatalf("error %q has code %v, want %s", e.Message, e.Extensions["code"], code)
	}
	return e.Message, e.Extensions
}

func TestMeReturnsTheVerifiedIdentity(t *testing.T) {
	api := newAPI(t, nil)
	claims := authtest.Claims("alice", "FINOPS_LEAD", "AUDITOR", "SUPERUSER")
	claims["email"] = "alice@example.com"
	status, r := api.post(t, api.idp.SignRS256(t, claims), `{ me { subject name email roles issuer } }`)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("status %d, errors %+v", status, r.Errors)
	}
	var me struct {
		Subject string   `json:"subject"`
		Name    *string  `json:"name"`
		Email   *string  `json:"email"`
		Roles   []string `json:"roles"`
		Issuer  *string  `json:"issuer"`
	}
	if err := json.Unmarshal(r.Data["me"], &me); err != nil {
		t.Fatal(err)
	}
	if me.Subject != "alice" || me.Name != nil || me.Email == nil || *me.Email != "alice@example.com" ||
		me.Issuer == nil || *me.Issuer != authtest.Issuer || strings.Join(me.Roles, ",") != "FINOPS_LEAD,AUDITOR" {
		t.Errorf("me = %s", r.Data["me"])
	}
}

func TestBadTokensAreUnauthenticated(t *testing.T) {
	api := newAPI(t, nil)
	idp := api.idp
	with := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		c := authtest.Claims("mallory", "AUDITOR")
		edit(c)
		return c
	}
	valid := authtest.Claims("mallory", "AUDITOR")
	cases := map[string]struct{ token, says string }{
		"no token": {"", "not authenticated"},
		"expired": {idp.SignRS256(t, with(func(c jwt.MapClaims) {
			c["iat"], c["exp"] = time.Now().Add(-2*time.Hour).Unix(), time.Now().Add(-time.Hour).Unix()
		})), "expired"},
		"wrong issuer":   {idp.SignRS256(t, with(func(c jwt.MapClaims) { c["iss"] = "https://other.test" })), "wrong issuer"},
		"wrong audience": {idp.SignRS256(t, with(func(c jwt.MapClaims) { c["aud"] = "other-api" })), "wrong audience"},
		"alg none":       {authtest.Sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, authtest.RSAKeyID, valid), "algorithm not allowed"},
		"HS256 signed with the RSA public key": {
			authtest.Sign(t, jwt.SigningMethodHS256, idp.RSAPublicPEM(t), authtest.RSAKeyID, valid), "algorithm not allowed"},
		"unknown kid":   {authtest.Sign(t, jwt.SigningMethodES256, idp.EC, "kid-nobody-published", valid), "unknown kid"},
		"missing roles": {idp.SignRS256(t, with(func(c jwt.MapClaims) { delete(c, "roles") })), "no roles claim"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			status, r := api.post(t, tc.token, `{ me { subject } }`)
			if status != http.StatusOK {
				t.Errorf("status %d", status)
			}
			msg, _ := onlyError(t, r, "UNAUTHENTICATED")
			if !strings.Contains(msg, tc.says) {
				t.Errorf("message %q does not say %q", msg, tc.says)
			}
			if string(r.Data["me"]) != "" && string(r.Data["me"]) != "null" {
				t.Errorf("data.me = %s, want nothing", r.Data["me"])
			}
		})
	}
}

func TestRequireRole(t *testing.T) {
	lead := domain.Identity{Subject: "l", Roles: []domain.Role{domain.RoleFinOpsLead}}
	if _, err := requireRole(context.Background(), anyRole...); domain.ErrorCode(err) != domain.CodeUnauthenticated {
		t.Errorf("anonymous: %v, want UNAUTHENTICATED", err)
	}
	ctx := WithIdentity(context.Background(), lead)
	if id, err := requireRole(ctx, moneyReader...); err != nil || id.Subject != "l" {
		t.Errorf("lead reading money views: %v", err)
	}
	_, err := requireRole(ctx, logReader...)
	if domain.ErrorCode(err) != domain.CodeForbidden || !strings.Contains(err.Error(), "AUDITOR") {
		t.Errorf("lead reading the event log: %v, want FORBIDDEN naming AUDITOR", err)
	}
	noRoles := WithIdentity(context.Background(), domain.Identity{Subject: "n"})
	if _, err := requireRole(noRoles, anyRole...); domain.ErrorCode(err) != domain.CodeForbidden {
		t.Errorf("identity without roles: %v, want FORBIDDEN", err)
	}
	if id, err := requireIdentity(noRoles); err != nil || id.Subject != "n" {
		t.Errorf("requireIdentity without roles: %v", err)
	}
}

func TestInvalidDecimalInputIsBadUserInput(t *testing.T) {
	api := newAPI(t, nil)
	token := api.idp.SignRS256(t, authtest.Claims("po", "PRODUCT_OWNER"))
	_, r := api.post(t, token, `mutation { registerWorkload(input: {name: "w", productOwner: "po", budget: "b", monthlyEstimate: "12,50"}) { workload { id } } }`)
	msg, _ := onlyError(t, r, "BAD_USER_INPUT")
	if !strings.Contains(msg, `"12,50"`) {
		t.Errorf("message %q does not name the bad value", msg)
	}
}

func TestRequestLevelRefusals(t *testing.T) {
	api := newAPI(t, func(c *ServerConfig) { c.MaxDepth = 4; c.MaxComplexity = 2000 })
	token := api.idp.SignRS256(t, authtest.Claims("fin", "FINANCE"))
	cases := []struct{ name, query, reason string }{
		{"depth", `{ allocationGaps { edges { node { history { kind } } } } }`, reasonDepthLimit},
		{"depth through a fragment", `{ ...Q } fragment Q on Query { allocationGaps { edges { node { history { kind } } } } }`, reasonDepthLimit},
		{"complexity", `{ allocationGaps(first: 500) { edges { node { id scenario state anchor spend accounts } } } }`, reasonComplexityLimit},
		{"validation", `{ noSuchField }`, "GRAPHQL_VALIDATION_FAILED"},
		{"parse", `{ me { `, "GRAPHQL_PARSE_FAILED"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, r := api.post(t, token, tc.query)
			if status != http.StatusUnprocessableEntity {
				t.Errorf("status %d, want 422", status)
			}
			_, ext := onlyError(t, r, "BAD_USER_INPUT")
			if ext["reason"] != tc.reason {
				t.Errorf("reason %v, want %s", ext["reason"], tc.reason)
			}
		})
	}
	// Within the limits the same shapes pass the checks (and reach the resolver).
	_, r := api.post(t, token, `{ allocationGaps(first: 10) { edges { node { id } } } }`)
	if _, ext := onlyError(t, r, "INTERNAL"); ext["reason"] != nil {
		t.Errorf("unexpected reason %v", ext["reason"])
	}
}

func TestOversizedBodyIsRefused(t *testing.T) {
	api := newAPI(t, func(c *ServerConfig) { c.MaxBodyBytes = 4096 })
	query := `{ me { subject } }` + strings.Repeat(" ", 5000)
	body, _ := json.Marshal(map[string]any{"query": query})
	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%v", chunked), func(t *testing.T) {
			var rd io.Reader = bytes.NewReader(body)
			if chunked { // hide the length so the server must count
				rd = io.MultiReader(rd)
			}
			req, _ := http.NewRequest(http.MethodPost, api.url+"/query", rd)
			req.Header.Set("Content-Type", "application/json")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("status %d, want 413", res.StatusCode)
			}
		})
	}
}

func TestHealthAndReadiness(t *testing.T) {
	var notReady error
	api := newAPI(t, func(c *ServerConfig) {
		c.Ready = func(context.Context) error { return notReady }
	})
	get := func(path string) int {
		res, err := http.Get(api.url + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if s := get("/readyz"); s != http.StatusOK {
		t.Errorf("/readyz = %d while ready", s)
	}
	notReady = errors.New("projector behind")
	if s := get("/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d while not ready", s)
	}
	if s := get("/healthz"); s != http.StatusOK {
		t.Errorf("/healthz = %d", s)
	}
	if s := get("/graphiql"); s != http.StatusOK {
		t.Errorf("GraphiQL = %d", s)
	}
}

func TestErrorPresenterHidesInternals(t *testing.T) {
	present := presentError(slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx := context.Background()
	got := present(ctx, errors.New(`pq: relation "gaps" does not exist`))
	if got.Message != "internal error" || got.Extensions["code"] != "INTERNAL" {
		t.Errorf("plain error presented as %q %v", got.Message, got.Extensions)
	}
	got = present(ctx, domain.Errorf(domain.CodeInternal, "disk full at /var/lib"))
	if got.Message != "internal error" {
		t.Errorf("INTERNAL domain error shown as %q", got.Message)
	}
	got = present(ctx, fmt.Errorf("wrapped: %w", domain.Errorf(domain.CodeConflict, "gap g1: expected revision 3, found 4")))
	if got.Extensions["code"] != "CONFLICT" || got.Message != "gap g1: expected revision 3, found 4" {
		t.Errorf("CONFLICT presented as %q %v", got.Message, got.Extensions)
	}
	got = present(ctx, &gqlerror.Error{Message: "bad", Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}})
	if got.Extensions["code"] != "BAD_USER_INPUT" || got.Extensions["reason"] != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("validation error presented with %v", got.Extensions)
	}
}

// dialWS opens a WebSocket to /query with a subprotocol and an Origin.
func (a testAPI) dialWS(t *testing.T, subprotocol, origin string) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	c, res, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(a.url, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{subprotocol}, HTTPHeader: h})
	if c != nil {
		t.Cleanup(func() { c.CloseNow() })
	}
	return c, res, err
}

func writeJSON(t *testing.T, c *websocket.Conn, v any) {
	t.Helper()
	b, _ := json.Marshal(v)
	if err := c.Write(t.Context(), websocket.MessageText, b); err != nil {
		t.Fatal(err)
	}
}

// readUntilClosed reads messages until the server closes the socket, and
// returns the message types seen and the close error.
func readUntilClosed(t *testing.T, c *websocket.Conn, wait time.Duration) ([]string, websocket.CloseError) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), wait)
	defer cancel()
	var types []string
	for {
		_, b, err := c.Read(ctx)
		if err != nil {
			var ce websocket.CloseError
			if !errors.As(err, &ce) {
				t.Fatalf("read: %v (saw %v), want a close", err, types)
			}
			return types, ce
		}
		var m struct{ Type string }
		_ = json.Unmarshal(b, &m)
		types = append(types, m.Type)
	}
}

func TestWebSocketInitWithBadTokenCloses4403(t *testing.T) {
	api := newAPI(t, nil)
	expired := authtest.Claims("eve", "AUDITOR")
	expired["exp"], expired["iat"] = time.Now().Add(-time.Hour).Unix(), time.Now().Add(-2*time.Hour).Unix()
	for _, proto := range []string{"graphql-transport-ws", "graphql-ws"} {
		for name, payload := range map[string]map[string]any{
			"no payload":    nil,
			"garbage token": {"Authorization": "Bearer nope"},
			"expired token": {"Authorization": "Bearer " + api.idp.SignRS256(t, expired)},
		} {
			t.Run(proto+"/"+name, func(t *testing.T) {
				c, _, err := api.dialWS(t, proto, "")
				if err != nil {
					t.Fatal(err)
				}
				writeJSON(t, c, map[string]any{"type": "connection_init", "payload": payload})
				types, ce := readUntilClosed(t, c, 10*time.Second)
				if ce.Code != closeUnauthorized {
					t.Errorf("closed with %d %q, want 4403", ce.Code, ce.Reason)
				}
				for _, ty := range types {
					if ty == "connection_ack" {
						t.Error("connection acknowledged")
					}
				}
			})
		}
	}
}

func TestWebSocketEndsWhenTheTokenExpires(t *testing.T) {
	api := newAPI(t, nil)
	for _, proto := range []string{"graphql-transport-ws", "graphql-ws"} {
		t.Run(proto, func(t *testing.T) {
			claims := authtest.Claims("frank", "FINANCE")
			claims["exp"] = time.Now().Add(2 * time.Second).Unix()
			c, _, err := api.dialWS(t, proto, "")
			if err != nil {
				t.Fatal(err)
			}
			writeJSON(t, c, map[string]any{"type": "connection_init",
				"payload": map[string]any{"Authorization": "Bearer " + api.idp.SignRS256(t, claims)}})
			types, ce := readUntilClosed(t, c, 20*time.Second)
			if len(types) == 0 || types[0] != "connection_ack" {
				t.Errorf("messages %v, want connection_ack first", types)
			}
			if ce.Code != closeUnauthorized || ce.Reason != "token expired" {
				t.Errorf("closed with %d %q, want 4403 \"token expired\"", ce.Code, ce.Reason)
			}
		})
	}
}

func TestWebSocketOrigins(t *testing.T) {
	api := newAPI(t, nil)
	for origin, allowed := range map[string]bool{
		"":                                     true, // non-browser client
		api.url:                                true, // same host
		"https://app.example.com":              true, // configured pattern
		"https://evil.example":                 false,
		"https://app.example.com.evil.example": false,
	} {
		t.Run(origin, func(t *testing.T) {
			_, res, err := api.dialWS(t, "graphql-transport-ws", origin)
			if allowed && err != nil {
				t.Errorf("refused: %v", err)
			}
			if !allowed {
				if err == nil {
					t.Fatal("accepted")
				}
				if res == nil || res.StatusCode != http.StatusForbidden {
					t.Errorf("response %v, want 403", res)
				}
			}
		})
	}
}

func TestIntrospectionNeedsNoToken(t *testing.T) {
	api := newAPI(t, nil)
	status, r := api.post(t, "", `{ __schema { queryType { name } } }`)
	if status != http.StatusOK || len(r.Errors) > 0 || !strings.Contains(string(r.Data["__schema"]), `"Query"`) {
		t.Errorf("status %d, data %s, errors %+v", status, r.Data["__schema"], r.Errors)
	}
}
