package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Config is read from the environment, the same for every command
// (docs/DESIGN.md §13.2); each variable has a global flag of the same name given
// before the command (GAPS_DATABASE_URL: --database-url), which wins. The
// Anthropic admin key is the exception: on a command line, ps would show it.
type Config struct {
	DatabaseURL    string   // GAPS_DATABASE_URL
	EventStore     string   // GAPS_EVENTSTORE: "postgres" (default) or "esdb"
	ESDBURL        string   // GAPS_ESDB_URL
	HTTPAddr       string   // GAPS_HTTP_ADDR (default ":8080")
	JWTSecret      string   // GAPS_JWT_SECRET (HS256, local use)
	JWKSURL        string   // GAPS_JWKS_URL (RS256/ES256, production)
	JWTIssuer      string   // GAPS_JWT_ISSUER
	JWTAudience    string   // GAPS_JWT_AUDIENCE
	RolesClaim     string   // GAPS_ROLES_CLAIM (default "roles")
	AllowedOrigins []string // GAPS_ALLOWED_ORIGINS, comma-separated patterns
	Dev            bool     // GAPS_DEV=1: local defaults (dev secret, issuer, audience)
	DataDir        string   // GAPS_DATA_DIR (default ".data"): dev secret, demo CUR
	OIDCIssuer     string   // GAPS_OIDC_ISSUER (default GAPS_JWT_ISSUER): the console's sign-in
	OIDCClientID   string   // GAPS_OIDC_CLIENT_ID: the console's OAuth client (public, PKCE)
	OIDCScopes     string   // GAPS_OIDC_SCOPES (default "openid profile email")

	NotifyRoutes  string // GAPS_NOTIFY_ROUTES: the notifier's routing file (YAML or JSON)
	PublicURL     string // GAPS_PUBLIC_URL: the console's address, for links in notifications
	WebhookSecret string // GAPS_NOTIFY_WEBHOOK_SECRET (no flag): signs generic webhooks; never printed
	SMTPURL       string // GAPS_SMTP_URL (no flag: it holds a password): smtp://user:password@host:port?from=address

	AnthropicAdminKey string // GAPS_ANTHROPIC_ADMIN_KEY (no flag): polls the Claude cost report; never printed
	AnthropicAPIURL   string // GAPS_ANTHROPIC_API_URL (default "https://api.anthropic.com")

	S3Region   string // GAPS_S3_REGION: region of s3:// sources (default: the AWS SDK's)
	S3Endpoint string // GAPS_S3_ENDPOINT: an S3-compatible store's URL (path-style requests)

	Watch         string // GAPS_WATCH: s3:// sources gaps serve polls for deliveries, comma-separated
	WatchInterval string // GAPS_WATCH_INTERVAL (default "15m"): how often
}

// anthropicAdminKeyEnv holds the Admin API key of gaps ingest --claude-api.
const anthropicAdminKeyEnv = "GAPS_ANTHROPIC_ADMIN_KEY"

// Dev-mode defaults: `make run` and `gaps token` in one checkout agree on them.
const (
	devIssuer   = "gaps-dev"
	devAudience = "allocation-gaps"
)

// setting is one configuration variable and its flag.
type setting struct {
	env, def, usage string
	field           func(*Config) *string
}

// origins and dev are held as text while parsing.
type rawConfig struct {
	Config
	origins, dev string
}

var settings = []setting{
	{"GAPS_DATABASE_URL", "", "PostgreSQL for read models, and for events with the postgres backend", func(c *Config) *string { return &c.DatabaseURL }},
	{"GAPS_EVENTSTORE", "postgres", "event-store backend: postgres or esdb", func(c *Config) *string { return &c.EventStore }},
	{"GAPS_ESDB_URL", "", "EventStoreDB / KurrentDB connection string (esdb://host:2113?tls=false)", func(c *Config) *string { return &c.ESDBURL }},
	{"GAPS_HTTP_ADDR", ":8080", "API listen address", func(c *Config) *string { return &c.HTTPAddr }},
	{"GAPS_JWT_SECRET", "", "HS256 shared secret (local use)", func(c *Config) *string { return &c.JWTSecret }},
	{"GAPS_JWKS_URL", "", "JWK Set URL of the identity provider (RS256/ES256)", func(c *Config) *string { return &c.JWKSURL }},
	{"GAPS_JWT_ISSUER", "", "required token issuer", func(c *Config) *string { return &c.JWTIssuer }},
	{"GAPS_JWT_AUDIENCE", "", "required token audience", func(c *Config) *string { return &c.JWTAudience }},
	{"GAPS_ROLES_CLAIM", "roles", "claim holding the roles (dots walk nested objects)", func(c *Config) *string { return &c.RolesClaim }},
	{"GAPS_DATA_DIR", ".data", "directory of the dev secret and the demo's generated CUR", func(c *Config) *string { return &c.DataDir }},
	{"GAPS_OIDC_ISSUER", "", "OpenID Connect issuer the console signs in with (default: GAPS_JWT_ISSUER)", func(c *Config) *string { return &c.OIDCIssuer }},
	{"GAPS_OIDC_CLIENT_ID", "", "the console's OAuth client ID (Authorization Code with PKCE)", func(c *Config) *string { return &c.OIDCClientID }},
	{"GAPS_OIDC_SCOPES", "openid profile email", "scopes the console asks for", func(c *Config) *string { return &c.OIDCScopes }},
	{"GAPS_NOTIFY_ROUTES", "", "the notifier's routing file, YAML or JSON (gaps serve runs the notifier when set)", func(c *Config) *string { return &c.NotifyRoutes }},
	{"GAPS_PUBLIC_URL", "", "the console's public address, for links to gaps in notifications", func(c *Config) *string { return &c.PublicURL }},
	{"GAPS_ANTHROPIC_API_URL", "https://api.anthropic.com", "Anthropic API base URL (gaps ingest --claude-api)", func(c *Config) *string { return &c.AnthropicAPIURL }},
	{"GAPS_S3_REGION", "", "AWS region of s3:// sources (default: AWS_REGION or the profile's)", func(c *Config) *string { return &c.S3Region }},
	{"GAPS_S3_ENDPOINT", "", "S3-compatible store URL for s3:// sources (path-style requests)", func(c *Config) *string { return &c.S3Endpoint }},
	{"GAPS_WATCH", "", "s3:// sources gaps serve polls for new CUR deliveries, comma-separated", func(c *Config) *string { return &c.Watch }},
	{"GAPS_WATCH_INTERVAL", "15m", "how often gaps serve polls the GAPS_WATCH sources", func(c *Config) *string { return &c.WatchInterval }},
}

var textSettings = []struct {
	env, usage string
	field      func(*rawConfig) *string
}{
	{"GAPS_ALLOWED_ORIGINS", "extra WebSocket origin patterns, comma-separated", func(r *rawConfig) *string { return &r.origins }},
	{"GAPS_DEV", "1: local defaults (dev secret, dev issuer and audience)", func(r *rawConfig) *string { return &r.dev }},
}

// flagName is the flag of a variable: GAPS_DATABASE_URL → database-url.
func flagName(env string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(env, "GAPS_")), "_", "-")
}

// LoadConfig reads the GAPS_* variables, then the global flags in args
// (those before the command), and returns the rest of args.
func LoadConfig(args []string) (Config, []string, error) {
	var raw rawConfig
	fs := flag.NewFlagSet("gaps", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	for _, s := range settings {
		fs.StringVar(s.field(&raw.Config), flagName(s.env), envOr(s.env, s.def), s.usage)
	}
	for _, s := range textSettings {
		fs.StringVar(s.field(&raw), flagName(s.env), os.Getenv(s.env), s.usage)
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return Config{}, nil, err
	} else if err != nil {
		return Config{}, nil, fmt.Errorf("%v (global flags go before the command; see gaps --help)", err)
	}
	cfg := raw.Config
	cfg.AnthropicAdminKey = os.Getenv(anthropicAdminKeyEnv)
	cfg.WebhookSecret = os.Getenv("GAPS_NOTIFY_WEBHOOK_SECRET")
	cfg.SMTPURL = os.Getenv("GAPS_SMTP_URL")
	cfg.Dev = raw.dev == "1" || raw.dev == "true"
	cfg.OIDCIssuer = cmp.Or(cfg.OIDCIssuer, cfg.JWTIssuer)
	for _, o := range strings.Split(raw.origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	switch cfg.EventStore {
	case "postgres", "esdb":
	default:
		return cfg, nil, fmt.Errorf("GAPS_EVENTSTORE=%q: want postgres or esdb", cfg.EventStore)
	}
	if cfg.EventStore == "esdb" && cfg.ESDBURL == "" {
		return cfg, nil, fmt.Errorf("GAPS_EVENTSTORE=esdb needs GAPS_ESDB_URL (esdb://host:2113?tls=false)")
	}
	return cfg, fs.Args(), nil
}

// configUsage lists the variables and their flags, for gaps --help.
func configUsage(w io.Writer) {
	fmt.Fprintln(w, "\nconfiguration (environment variable, or the global flag before the command):")
	for _, s := range settings {
		def := ""
		if s.def != "" {
			def = " (default " + s.def + ")"
		}
		fmt.Fprintf(w, "  %-24s --%-18s %s%s\n", s.env, flagName(s.env), s.usage, def)
	}
	for _, s := range textSettings {
		fmt.Fprintf(w, "  %-24s --%-18s %s\n", s.env, flagName(s.env), s.usage)
	}
	fmt.Fprintf(w, "  %-24s %-20s %s\n", anthropicAdminKeyEnv, "(no flag)", "Admin API key of gaps ingest --claude-api (a flag would show in ps)")
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
