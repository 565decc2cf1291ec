package main

import (
	"fmt"
	"os"
	"strings"
)

// Config is read from the environment, the same for every command
// (DESIGN.md §10); commands may override fields from their flags.
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
}

// Dev-mode defaults: `make run` and `gaps token` in one checkout agree on them.
const (
	devIssuer   = "gaps-dev"
	devAudience = "allocation-gaps"
)

// LoadConfig reads the GAPS_* variables and applies defaults.
func LoadConfig() (Config, error) {
	cfg := Config{
		DatabaseURL: os.Getenv("GAPS_DATABASE_URL"),
		EventStore:  envOr("GAPS_EVENTSTORE", "postgres"),
		ESDBURL:     os.Getenv("GAPS_ESDB_URL"),
		HTTPAddr:    envOr("GAPS_HTTP_ADDR", ":8080"),
		JWTSecret:   os.Getenv("GAPS_JWT_SECRET"),
		JWKSURL:     os.Getenv("GAPS_JWKS_URL"),
		JWTIssuer:   os.Getenv("GAPS_JWT_ISSUER"),
		JWTAudience: os.Getenv("GAPS_JWT_AUDIENCE"),
		RolesClaim:  envOr("GAPS_ROLES_CLAIM", "roles"),
		Dev:         os.Getenv("GAPS_DEV") == "1" || os.Getenv("GAPS_DEV") == "true",
		DataDir:     envOr("GAPS_DATA_DIR", ".data"),
	}
	for _, o := range strings.Split(os.Getenv("GAPS_ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	switch cfg.EventStore {
	case "postgres", "esdb":
	default:
		return cfg, fmt.Errorf("GAPS_EVENTSTORE=%q: want postgres or esdb", cfg.EventStore)
	}
	if cfg.EventStore == "esdb" && cfg.ESDBURL == "" {
		return cfg, fmt.Errorf("GAPS_EVENTSTORE=esdb needs GAPS_ESDB_URL (esdb://host:2113?tls=false)")
	}
	return cfg, nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
