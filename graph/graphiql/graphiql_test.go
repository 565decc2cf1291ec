package graphiql

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/net/html"
)

// plainClient asks for identity encoding, so bodies compare byte for byte
// with the embedded files.
var plainClient = &http.Client{Transport: &http.Transport{DisableCompression: true}}

func get(t *testing.T, u string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	if header != nil {
		req.Header = header
	}
	res, err := plainClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

// pageRefs are what a served page points at.
type pageRefs struct {
	links       []string // every src and href, in page order
	scriptNonce string   // the nonce attribute of the last script
	inline      []string // the text of any inline <script> or <style>
}

func parsePage(t *testing.T, page []byte) pageRefs {
	t.Helper()
	var refs pageRefs
	z := html.NewTokenizer(bytes.NewReader(page))
	var in string // the script or style element the tokenizer is inside
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatalf("parsing the page: %v", z.Err())
			}
			return refs
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "script" || tok.Data == "style" {
				in = tok.Data
			}
			for _, a := range tok.Attr {
				switch {
				case a.Key == "src" || a.Key == "href":
					refs.links = append(refs.links, a.Val)
				case a.Key == "nonce" && tok.Data == "script":
					refs.scriptNonce = a.Val
				}
			}
		case html.EndTagToken:
			in = ""
		case html.TextToken:
			if in != "" && strings.TrimSpace(string(z.Text())) != "" {
				refs.inline = append(refs.inline, in)
			}
		}
	}
}

func TestPageLinksEveryEmbeddedAssetAndNothingElse(t *testing.T) {
	srv := httptest.NewServer(Handler("Allocation Gaps", "/query"))
	defer srv.Close()

	res, page := get(t, srv.URL+"/graphiql", nil)
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET / = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	refs := parsePage(t, page)
	if len(refs.inline) > 0 {
		t.Errorf("the page has inline %v, which its Content-Security-Policy would block", refs.inline)
	}
	var served []string
	for _, link := range refs.links {
		u, err := url.Parse(link)
		if err != nil {
			t.Errorf("link %q: %v", link, err)
			continue
		}
		if u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, assetPrefix) {
			t.Errorf("link %q points outside this server's %s", link, assetPrefix)
			continue
		}
		name := path.Base(u.Path)
		a, ok := assets()[name]
		if !ok {
			t.Errorf("link %q names no embedded asset", link)
			continue
		}
		res, body := get(t, srv.URL+link, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d", link, res.StatusCode)
			continue
		}
		if want := contentTypes[path.Ext(name)]; res.Header.Get("Content-Type") != want {
			t.Errorf("GET %s: Content-Type %q, want %q", link, res.Header.Get("Content-Type"), want)
		}
		if res.Header.Get("Cache-Control") != longCache {
			t.Errorf("GET %s: Cache-Control %q, want %q", link, res.Header.Get("Cache-Control"), longCache)
		}
		if !bytes.Equal(body, a.body) {
			t.Errorf("GET %s: %d bytes that differ from the embedded %d", link, len(body), len(a.body))
		}
		served = append(served, name)
	}
	for name := range assets() {
		if !slices.Contains(served, name) {
			t.Errorf("embedded asset %s is not linked from the page: drop it", name)
		}
	}
}

// TestStylesheetsLoadNothingFromElsewhere guards against a GraphiQL upgrade
// whose CSS fetches fonts or images from a CDN.
func TestStylesheetsLoadNothingFromElsewhere(t *testing.T) {
	urlRef := regexp.MustCompile(`url\(\s*['"]?([^'")]*)`)
	importRef := regexp.MustCompile(`@import`)
	for name, a := range assets() {
		if path.Ext(name) != ".css" {
			continue
		}
		if importRef.Match(a.body) {
			t.Errorf("%s has an @import", name)
		}
		for _, m := range urlRef.FindAllSubmatch(a.body, -1) {
			if ref := string(m[1]); !strings.HasPrefix(ref, "data:") {
				t.Errorf("%s loads %q", name, ref)
			}
		}
	}
}

func TestContentSecurityPolicyAllowsOnlyThisServer(t *testing.T) {
	srv := httptest.NewServer(Handler("Allocation Gaps", "/query"))
	defer srv.Close()

	var nonces []string
	for range 2 {
		res, page := get(t, srv.URL+"/graphiql", nil)
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self';") ||
			!strings.Contains(csp, "connect-src 'self'") || strings.Contains(csp, "unsafe-") {
			t.Errorf("Content-Security-Policy %q", csp)
		}
		nonce := parsePage(t, page).scriptNonce
		if nonce == "" || !strings.Contains(csp, "style-src 'self' 'nonce-"+nonce+"'") {
			t.Errorf("script nonce %q is not the style nonce of %q", nonce, csp)
		}
		if res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("page Cache-Control %q: a cached page would reuse its nonce", res.Header.Get("Cache-Control"))
		}
		nonces = append(nonces, nonce)
	}
	if nonces[0] == nonces[1] {
		t.Errorf("two responses share the nonce %q", nonces[0])
	}
}

func TestAssetVersionsAndCompression(t *testing.T) {
	srv := httptest.NewServer(Handler("Allocation Gaps", "/query"))
	defer srv.Close()
	a := assets()["graphiql.min.js"]

	res, _ := get(t, srv.URL+assetPrefix+"graphiql.min.js?v=0123456789ab", nil)
	if res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("an old version's URL: %d, Cache-Control %q; want 200 and no-cache", res.StatusCode, res.Header.Get("Cache-Control"))
	}

	res, body := get(t, srv.URL+a.url("graphiql.min.js"), http.Header{"Accept-Encoding": {"br, gzip;q=0.8"}})
	if res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("Content-Encoding %q, Vary %q; want gzip, Accept-Encoding", res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain, a.body) || len(body) >= len(a.body) {
		t.Errorf("gzip body: %d bytes inflating to %d, want fewer inflating to the embedded %d", len(body), len(plain), len(a.body))
	}

	res, _ = get(t, srv.URL+a.url("graphiql.min.js"), http.Header{"Accept-Encoding": {"gzip;q=0, br"}})
	if res.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
}

func TestRoutes(t *testing.T) {
	srv := httptest.NewServer(Handler("Allocation Gaps", "/query"))
	defer srv.Close()
	for _, c := range []struct {
		method, path string
		want         int
	}{
		{http.MethodHead, "/graphiql", http.StatusOK},
		{http.MethodPost, "/graphiql", http.StatusMethodNotAllowed},
		{http.MethodGet, "/elsewhere", http.StatusNotFound},
		{http.MethodGet, assetPrefix + "missing.js", http.StatusNotFound},
		{http.MethodGet, assetPrefix + "../graphiql.go", http.StatusNotFound},
	} {
		req, err := http.NewRequest(c.method, srv.URL+c.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := plainClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != c.want {
			t.Errorf("%s %s = %d, want %d", c.method, c.path, res.StatusCode, c.want)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                               false,
		"gzip":                           true,
		"gzip, deflate, br, zstd":        true,
		"br;q=1.0, gzip;q=0.5":           true,
		"gzip;q=0":                       false,
		"gzip; q=0.000":                  false,
		"deflate, br":                    false,
		"x-gzip-not-really, identity":    false,
		"identity;q=1, gzip ; q = 0.001": true,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}

// TestDefaultQueryMatchesTheSchema keeps the query a new GraphiQL tab opens
// with runnable as the schema changes.
func TestDefaultQueryMatchesTheSchema(t *testing.T) {
	sdl, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(sdl)})
	if gerr != nil {
		t.Fatalf("loading the schema: %v", gerr)
	}
	if _, errs := gqlparser.LoadQuery(schema, defaultQuery); len(errs) > 0 {
		t.Errorf("default-query.graphql does not validate: %v", errs)
	}
}

// TestRendersOfflineInChromium loads the page in a real browser that can
// reach nothing but the test server, and checks GraphiQL rendered its
// editors with the default query, that the page requested its assets and
// the schema from /query and nothing else, and that the browser reported no
// Content-Security-Policy violation.
func TestRendersOfflineInChromium(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (Debian: apt-get install chromium); skipping the in-browser check")
	}
	// The page's own routes answer as usual; /query stands in for the API
	// and records that GraphiQL asked it for the schema.
	var (
		mu       sync.Mutex
		requests []string
	)
	mux := http.NewServeMux()
	mux.Handle("/", Handler("Allocation Gaps", "/query"))
	mux.HandleFunc("/query", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte("IntrospectionQuery")) {
			mu.Lock()
			requests = append(requests, r.Method+" /query IntrospectionQuery")
			mu.Unlock()
		}
		w.WriteHeader(http.StatusUnauthorized)
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, r)
		if r.URL.Path != "/query" {
			mu.Lock()
			requests = append(requests, r.Method+" "+r.URL.Path+" "+strconv.Itoa(rec.Code))
			mu.Unlock()
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--enable-logging=stderr", "--virtual-time-budget=8000",
		"--dump-dom", srv.URL+"/graphiql")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{`class="graphiql-container"`, `class="CodeMirror`, "GapOverview", "allocationGaps"} {
		if !bytes.Contains(dom, []byte(want)) {
			t.Errorf("the rendered page lacks %s:\n%.2000s", want, dom)
		}
	}
	if bytes.Contains(dom, []byte("Loading…")) {
		t.Error("the rendered page still says Loading…")
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"GET " + PagePath + " 200", "POST /query IntrospectionQuery"}
	for name := range assets() {
		want = append(want, "GET "+assetPrefix+name+" 200")
	}
	for _, r := range requests {
		if !slices.Contains(want, r) && r != "GET /favicon.ico 404" {
			t.Errorf("the page requested %s", r)
		}
	}
	for _, w := range want {
		if !slices.Contains(requests, w) {
			t.Errorf("the page did not request %s; it requested %v", w, requests)
		}
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "Content Security Policy") {
			t.Errorf("chromium: %s", line)
		}
	}
}
