package projections

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// HoldLock makes the caller the one active instance of purpose (such as
// "notifier") in pool's current schema, the way the projector is: it opens
// a connection of its own and waits for a session advisory lock on it. The
// lock lasts until the returned connection closes or dies.
func HoldLock(ctx context.Context, pool *pgxpool.Pool, purpose string) (*pgx.Conn, error) {
	conn, schema, err := connect(ctx, pool.Config().ConnConfig.Copy(), purpose)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", schemaKey(purpose, schema)); err != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("projections: wait for the %s lock: %w", purpose, err)
	}
	return conn, nil
}
