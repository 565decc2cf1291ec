// Package console serves the governance console: the single-page app built
// from web/ by Vite into dist/site and embedded in the binary, plus the two
// small endpoints it signs in with (/console/config.json, and in dev mode
// /console/dev-users and /console/dev-token).
package console

import (
	"bytes"
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed all:dist
var dist embed.FS

// siteDir is where `npm run build` (make console) writes the app.
const siteDir = "dist/site"

// OIDC is what the console needs to sign people in with Authorization Code
// and PKCE; the API verifies the resulting tokens as before.
type OIDC struct {
	Issuer   string `json:"issuer"`
	ClientID string `json:"clientId"`
	Scopes   string `json:"scopes"`
}

// DevUser is a demo person the dev sign-in offers.
type DevUser struct {
	Subject string `json:"subject"`
	Name    string `json:"name"`
	Email   string `json:"email"`
	Role    string `json:"role"`
	Label   string `json:"label"`
}

// Options configure the console. DevToken set turns on the dev sign-in: it
// mints a token for one of DevUsers (only ever set in dev mode).
type Options struct {
	OIDC     *OIDC
	DevUsers []DevUser
	DevToken func(subject string) (string, error)
}

// config is GET /console/config.json.
type config struct {
	DevSignIn bool  `json:"devSignIn"`
	OIDC      *OIDC `json:"oidc"`
}

// Handler serves the console at "/": files by path, hashed assets cached for
// a year, and index.html (never cached) for every other GET path so that the
// app's own routes survive a reload. Without a built console it says how to
// build one.
func Handler(opts Options) http.Handler {
	site, err := fs.Sub(dist, siteDir)
	if err != nil {
		panic(err) // siteDir is a constant, valid path
	}
	return handler(site, opts)
}

// handler serves the console from site, the built app's files.
func handler(site fs.FS, opts Options) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /console/config.json", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, config{DevSignIn: opts.DevToken != nil, OIDC: opts.OIDC})
	})
	if opts.DevToken != nil {
		mux.HandleFunc("GET /console/dev-users", func(w http.ResponseWriter, _ *http.Request) {
			writeJSON(w, opts.DevUsers)
		})
		mux.HandleFunc("POST /console/dev-token", func(w http.ResponseWriter, r *http.Request) {
			var req struct {
				Subject string `json:"subject"`
			}
			if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
				http.Error(w, "body: want {\"subject\": \"…\"}", http.StatusBadRequest)
				return
			}
			token, err := opts.DevToken(req.Subject)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			writeJSON(w, map[string]string{"token": token})
		})
	}
	index, err := fs.ReadFile(site, "index.html")
	if err != nil {
		mux.HandleFunc("GET /", notBuilt)
		return mux
	}
	files := http.FileServerFS(site)
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(site, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					// Vite names assets by content hash: a new build links new names.
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
			if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
				http.NotFound(w, r) // a missing file, not an app route
				return
			}
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(index))
	})
	return mux
}

func notBuilt(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write([]byte(`<!doctype html><html lang="en"><head><title>Allocation Gaps</title></head><body>
<h1>The console is not built into this binary</h1>
<p>Build it with <code>make build</code> (it runs <code>npm ci</code> and <code>npm run build</code> in <code>web/</code>
and embeds the result), or use the API directly: <a href="/graphiql">GraphiQL</a>, <code>/query</code>.</p>
</body></html>`))
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(v)
}
