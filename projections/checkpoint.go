package projections

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/eventstore"
)

// SaveProcessCheckpoint records how far a process beside the projector (the
// detector) has got in the log, for readiness and lag monitoring.
func SaveProcessCheckpoint(ctx context.Context, pool *pgxpool.Pool, name string, pos eventstore.Position) error {
	_, err := pool.Exec(ctx, `INSERT INTO process_checkpoint (name, position, updated_at) VALUES ($1, $2, now())
		ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`, name, pos.String())
	if err != nil {
		return fmt.Errorf("projections: save %s checkpoint: %w", name, err)
	}
	return nil
}

// ProcessCheckpoint reads a process's checkpoint; ok is false before its first save.
func ProcessCheckpoint(ctx context.Context, pool *pgxpool.Pool, name string) (pos eventstore.Position, ok bool, err error) {
	var s string
	err = pool.QueryRow(ctx, "SELECT position FROM process_checkpoint WHERE name = $1", name).Scan(&s)
	if errors.Is(err, pgx.ErrNoRows) {
		return eventstore.Start, false, nil
	}
	if err != nil {
		return eventstore.Position{}, false, fmt.Errorf("projections: read %s checkpoint: %w", name, err)
	}
	pos, err = eventstore.ParsePosition(s)
	if err != nil {
		return eventstore.Position{}, false, fmt.Errorf("projections: %s checkpoint: %w", name, err)
	}
	return pos, true, nil
}
