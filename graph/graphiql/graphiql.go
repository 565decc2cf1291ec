// Package graphiql serves GraphiQL from assets embedded in the binary, so the
// API's explorer works where browsers reach no CDN (self-hosted, air-gapped).
// NOTICE.md lists the bundled packages, their versions and their licenses.
package graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

var (
	//go:embed static
	static embed.FS
	//go:embed page.html
	pageHTML string
	//go:embed default-query.graphql
	defaultQuery string
)

// PagePath is GraphiQL's address; "/" is the governance console's.
const PagePath = "/graphiql"

// assetPrefix is the path the assets are served under.
const assetPrefix = PagePath + "/"

// longCache is for asset URLs that name their content's version: a new
// build's page links new URLs, so a cached copy is never stale.
const longCache = "public, max-age=31536000, immutable"

var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

type asset struct {
	body        []byte
	gzipped     []byte // nil where gzip would not make it smaller
	contentType string
	version     string // a prefix of the body's SHA-256, carried in the URL as ?v=
}

// url is the path the page links the asset by.
func (a *asset) url(name string) string {
	return assetPrefix + name + "?v=" + a.version
}

// assets reads and compresses the embedded assets, by file name, once per
// process on the first call, not in every command that links this package.
var assets = sync.OnceValue(func() map[string]*asset {
	entries, err := fs.ReadDir(static, "static")
	if err != nil {
		panic("graphiql: reading embedded assets: " + err.Error())
	}
	byName := make(map[string]*asset, len(entries))
	for _, e := range entries {
		name := e.Name()
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			panic(fmt.Sprintf("graphiql: embedded asset %s has no known content type", name))
		}
		body, err := static.ReadFile("static/" + name)
		if err != nil {
			panic("graphiql: reading embedded asset: " + err.Error())
		}
		sum := sha256.Sum256(body)
		byName[name] = &asset{body: body, gzipped: gzipIfSmaller(body), contentType: ct, version: hex.EncodeToString(sum[:6])}
	}
	return byName
})

func gzipIfSmaller(body []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	_, _ = zw.Write(body)                                    // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	if buf.Len() >= len(body) {
		return nil
	}
	return buf.Bytes()
}

type pageData struct {
	Title        string
	Endpoint     string
	DefaultQuery string
	Nonce        string
}

// Handler serves GraphiQL for the GraphQL endpoint at path endpoint on the
// same origin (like "/query"; the page's Content-Security-Policy allows no
// other): the page at PagePath, its assets under /graphiql/. Mount it at
// PagePath and /graphiql/; other paths get 404, and methods other than GET
// and HEAD 405.
//
// Subscriptions go over a WebSocket to the same path; GraphiQL sends the
// headers the user typed in its headers pane as the connection_init payload.
func Handler(title, endpoint string) http.Handler {
	byName := assets()
	page := template.Must(template.New("page.html").Funcs(template.FuncMap{
		"asset": func(name string) (string, error) {
			a, ok := byName[name]
			if !ok {
				return "", fmt.Errorf("no embedded asset %q", name)
			}
			return a.url(name), nil
		},
	}).Parse(pageHTML))

	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PagePath, func(w http.ResponseWriter, _ *http.Request) {
		nonce := rand.Text()
		var buf bytes.Buffer
		if err := page.Execute(&buf, pageData{Title: title, Endpoint: endpoint, DefaultQuery: defaultQuery, Nonce: nonce}); err != nil {
			http.Error(w, "rendering the GraphiQL page: "+err.Error(), http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", contentSecurityPolicy(nonce))
		h.Set("Cache-Control", "no-store") // the nonce is new on every response
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		_, _ = w.Write(buf.Bytes())
	})
	mux.HandleFunc("GET "+assetPrefix+"{name}", func(w http.ResponseWriter, r *http.Request) {
		a, ok := byName[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.contentType)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Vary", "Accept-Encoding")
		if r.URL.Query().Get("v") == a.version {
			h.Set("Cache-Control", longCache)
		} else {
			h.Set("Cache-Control", "no-cache") // an old or no version: the current content, revalidated
		}
		body := a.body
		if a.gzipped != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.Set("Content-Encoding", "gzip")
			body = a.gzipped
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})
	return mux
}

// contentSecurityPolicy lets the page load only its own scripts, styles and
// connections (ws: and wss: to the same host count as 'self'). Fonts and a
// few images are data: URLs inside graphiql.min.css; the nonce admits the
// one <style> element GraphiQL's dialogs add (see static/init.js).
func contentSecurityPolicy(nonce string) string {
	return "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "'; " +
		"font-src data:; img-src 'self' data:; connect-src 'self'; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

// acceptsGzip reports whether an Accept-Encoding header value admits gzip.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		if coding != "gzip" {
			continue
		}
		q, hasQ := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if !hasQ {
			return true
		}
		if v, err := strconv.ParseFloat(q, 64); err == nil && v > 0 {
			return true
		}
	}
	return false
}
