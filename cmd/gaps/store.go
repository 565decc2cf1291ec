package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/esdb"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/projections"
)

// errNoDatabase names the one setting every command needs.
var errNoDatabase = errors.New("GAPS_DATABASE_URL is not set (postgres://user@host:port/db); `make run` sets it for the embedded PostgreSQL")

// openStore opens the configured event-store backend.
func openStore(ctx context.Context, cfg Config) (eventstore.Store, error) {
	switch cfg.EventStore {
	case "esdb":
		s, err := esdb.Open(ctx, cfg.ESDBURL)
		if err != nil {
			return nil, fmt.Errorf("open EventStoreDB at GAPS_ESDB_URL: %w", err)
		}
		return s, nil
	default:
		if cfg.DatabaseURL == "" {
			return nil, errNoDatabase
		}
		s, err := postgres.Open(ctx, cfg.DatabaseURL)
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL event store at GAPS_DATABASE_URL: %w", err)
		}
		return s, nil
	}
}

// openPool opens the read-model database.
func openPool(ctx context.Context, cfg Config) (*pgxpool.Pool, error) {
	if cfg.DatabaseURL == "" {
		return nil, errNoDatabase
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("GAPS_DATABASE_URL: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to GAPS_DATABASE_URL: %w", err)
	}
	return pool, nil
}

// openReadModels opens the read-model database and brings its schema up to date.
func openReadModels(ctx context.Context, cfg Config) (*pgxpool.Pool, error) {
	pool, err := openPool(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := projections.Migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrate read models: %w", err)
	}
	return pool, nil
}
