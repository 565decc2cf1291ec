package console

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, method, path, body string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, strings.NewReader(body)))
	return rec.Result()
}

func TestConfigAndDevSignIn(t *testing.T) {
	prod := Handler(Options{OIDC: &OIDC{Issuer: "https://id.example.com", ClientID: "console", Scopes: "openid"}})
	res := get(t, prod, http.MethodGet, "/console/config.json", "")
	var cfg config
	if err := json.NewDecoder(res.Body).Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.DevSignIn || cfg.OIDC == nil || cfg.OIDC.ClientID != "console" {
		t.Errorf("config outside dev mode = %+v", cfg)
	}
	if res := get(t, prod, http.MethodPost, "/console/dev-token", `{"subject":"x"}`); res.StatusCode == http.StatusOK {
		t.Error("dev-token answered outside dev mode")
	}
	if res := get(t, prod, http.MethodGet, "/console/dev-users", ""); res.Header.Get("Content-Type") == "application/json" {
		t.Error("dev-users answered outside dev mode")
	}

	dev := Handler(Options{
		DevUsers: []DevUser{{Subject: "fiona", Role: "FINOPS_LEAD"}},
		DevToken: func(sub string) (string, error) {
			if sub != "fiona" {
				return "", io.EOF
			}
			return "token-for-fiona", nil
		},
	})
	res = get(t, dev, http.MethodPost, "/console/dev-token", `{"subject":"fiona"}`)
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "token-for-fiona") {
		t.Errorf("dev-token = %d %s", res.StatusCode, body)
	}
	if res := get(t, dev, http.MethodPost, "/console/dev-token", `{"subject":"mallory"}`); res.StatusCode != http.StatusBadRequest {
		t.Errorf("dev-token for an unknown subject = %d", res.StatusCode)
	}
}

// The built app: `make test` builds the console before the Go tests.
func TestServesTheAppWithFallbackAndCaching(t *testing.T) {
	if _, err := fs.Stat(dist, siteDir+"/index.html"); err != nil {
		t.Fatal("the console is not built into this test binary: run `make build` (make test does) first")
	}
	h := Handler(Options{})
	for _, path := range []string{"/", "/gaps/0b7c", "/governance/workloads"} {
		res := get(t, h, http.MethodGet, path, "")
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `<div id="root">`) {
			t.Errorf("GET %s = %d, not the app's index.html", path, res.StatusCode)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s Cache-Control = %q, want no-cache (a new build must be picked up)", path, cc)
		}
	}
	assets, err := fs.ReadDir(dist, siteDir+"/assets")
	if err != nil || len(assets) == 0 {
		t.Fatalf("no built assets: %v", err)
	}
	res := get(t, h, http.MethodGet, "/assets/"+assets[0].Name(), "")
	if res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %d, Cache-Control %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}
	if res := get(t, h, http.MethodGet, "/assets/missing-abc123.js", ""); res.StatusCode != http.StatusNotFound {
		t.Errorf("a missing asset = %d, want 404 (not the app)", res.StatusCode)
	}
}

// A binary built without the console (go build before make build) says how
// to build it, at / and at every app route, instead of a bare 404.
func TestWithoutABuiltConsoleSaysHowToBuildIt(t *testing.T) {
	h := handler(fstest.MapFS{}, Options{})
	for _, path := range []string{"/", "/gaps/0b7c"} {
		res := get(t, h, http.MethodGet, path, "")
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusNotFound || !strings.Contains(string(body), "make build") || !strings.Contains(string(body), "/graphiql") {
			t.Errorf("GET %s without a console = %d %q; want 404 saying how to build it", path, res.StatusCode, body)
		}
	}
	if res := get(t, h, http.MethodGet, "/console/config.json", ""); res.StatusCode != http.StatusOK {
		t.Errorf("config.json without a console = %d; the API's sign-in settings do not depend on the build", res.StatusCode)
	}
}
