package projections

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/eventstore"
)

// ErrProjectorRunning: a rebuild needs the projector lock, which an active
// projector holds.
var ErrProjectorRunning = errors.New("projections: a projector is running on this schema (it holds the projector lock); stop it before rebuilding")

// Rebuild drops every read model of pool's current schema and rebuilds it
// from the whole log in one transaction: readers see the old read models
// until it commits. A projector started afterwards continues from the log
// position the rebuild reached.
func Rebuild(ctx context.Context, store eventstore.Store, pool *pgxpool.Pool) error {
	conn, schema, err := connect(ctx, pool.Config().ConnConfig.Copy(), "rebuild")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var locked bool
	if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", schemaKey("projector", schema)).Scan(&locked); err != nil {
		return fmt.Errorf("projections: rebuild: take the projector lock: %w", err)
	}
	if !locked {
		return fmt.Errorf("%w (schema %q)", ErrProjectorRunning, schema)
	}
	m := newModel()
	if err := foldLog(ctx, store, m, nil); err != nil {
		return err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("projections: rebuild: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, "DROP TABLE IF EXISTS projections_migrations, projector_checkpoint, "+strings.Join(readModelTables, ", ")); err != nil {
		return fmt.Errorf("projections: rebuild: drop the read models: %w", err)
	}
	if err := migrate(ctx, tx); err != nil {
		return err
	}
	if err := m.diff().write(ctx, tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("projections: rebuild: commit: %w", err)
	}
	return nil
}

// maxDiffLines caps the differing rows Verify prints per table.
const maxDiffLines = 20

// Verify rebuilds the read models from the log into a scratch schema, up to
// the live checkpoint, and compares them row by row with the live ones
// (the checkpoint's wall-clock time aside). Live read models that stay
// short of the log's head (verifyPatience) are one more difference: a
// stuck or stopped projector. It prints each difference to w
// and returns how many there are. The live read models are not changed; a
// projector may keep running meanwhile.
func Verify(ctx context.Context, store eventstore.Store, pool *pgxpool.Pool, w io.Writer) (diffs int, err error) {
	live, schema, err := connect(ctx, pool.Config().ConnConfig.Copy(), "verify")
	if err != nil {
		return 0, err
	}
	defer live.Close(context.WithoutCancel(ctx))
	scratchSchema := scratchSchemaName(schema)
	quoted := pgx.Identifier{scratchSchema}.Sanitize()
	if _, err := live.Exec(ctx, "DROP SCHEMA IF EXISTS "+quoted+" CASCADE; CREATE SCHEMA "+quoted); err != nil {
		return 0, fmt.Errorf("projections: verify: create the scratch schema: %w", err)
	}
	defer func() { _, _ = live.Exec(context.WithoutCancel(ctx), "DROP SCHEMA IF EXISTS "+quoted+" CASCADE") }()
	cfg := pool.Config().ConnConfig.Copy()
	cfg.RuntimeParams["search_path"] = scratchSchema
	scratch, _, err := connect(ctx, cfg, "verify")
	if err != nil {
		return 0, err
	}
	defer scratch.Close(context.WithoutCancel(ctx))
	if err := migrate(ctx, scratch); err != nil {
		return 0, err
	}

	m := newModel()
	scratchWritten := false
	var behindSince time.Time // when the live read models were first seen short of the log's head
	for {
		// One snapshot of the live read models; the scratch ones are
		// brought to its checkpoint before they are compared.
		tx, err := live.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			return 0, fmt.Errorf("projections: verify: %w", err)
		}
		at, committed, err := loadCheckpoint(ctx, tx)
		if err == nil && committed == scratchWritten && at == m.position {
			next, err := store.ReadAll(ctx, at, 1, eventstore.Filter{})
			if err != nil {
				_ = tx.Rollback(ctx)
				return 0, fmt.Errorf("projections: verify: read the log after %s: %w", at, err)
			}
			if len(next) > 0 && behindSince.IsZero() {
				behindSince = time.Now()
			}
			if len(next) > 0 && time.Since(behindSince) < verifyPatience {
				// The projector may just be catching up: compare once it has.
				_ = tx.Rollback(ctx)
				if !sleep(ctx, 100*time.Millisecond) {
					return 0, ctx.Err()
				}
				continue
			}
			diffs, err = compareSchemas(ctx, tx, schema, scratchSchema, w)
			_ = tx.Rollback(ctx)
			if err != nil {
				return diffs, err
			}
			if len(next) > 0 {
				diffs++
				fmt.Fprintf(w, "checkpoint: the read models stop at %s, before event %s (%s in stream %q) and the rest of the log: the projector is stuck or stopped (see /readyz)\n",
					at, next[0].Position, next[0].Type, next[0].Stream)
			}
			fmt.Fprintf(w, "verify: %d differences between the read models and a rebuild from the log, at position %s\n", diffs, at)
			return diffs, nil
		}
		_ = tx.Rollback(ctx)
		if err != nil {
			return 0, err
		}
		if at.Less(m.position) || !committed {
			return 0, errors.New("projections: verify: the live read models moved back (rebuilt meanwhile); run it again")
		}
		if err := foldLog(ctx, store, m, &at); err != nil {
			return 0, err
		}
		if err := writeScratch(ctx, scratch, m.diff()); err != nil {
			return 0, err
		}
		scratchWritten = true
	}
}

// verifyPatience is how long Verify waits for live read models that are
// short of the log's head to catch up before it counts that as a difference.
const verifyPatience = 3 * time.Second

// sleep waits d, or less if ctx ends (then it reports false).
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func writeScratch(ctx context.Context, conn *pgx.Conn, cs *changeset) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("projections: verify: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if err := cs.write(ctx, tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// scratchSchemaName is where Verify rebuilds; identifiers stop at 63 bytes.
func scratchSchemaName(schema string) string {
	const suffix = "_verify"
	if len(schema)+len(suffix) > 63 {
		schema = schema[:63-len(suffix)]
	}
	return schema + suffix
}

// compareSchemas prints the rows of each read-model table that are in one
// schema and not the other (as multisets), and counts them.
func compareSchemas(ctx context.Context, tx pgx.Tx, liveSchema, scratchSchema string, w io.Writer) (int, error) {
	diffs := 0
	for _, table := range readModelTables {
		l := pgx.Identifier{liveSchema, table}.Sanitize()
		s := pgx.Identifier{scratchSchema, table}.Sanitize()
		rows, err := tx.Query(ctx, `
			SELECT 'only in the read model', r::text FROM (SELECT to_jsonb(x) AS r FROM `+l+` x EXCEPT ALL SELECT to_jsonb(y) FROM `+s+` y) d
			UNION ALL
			SELECT 'only in the rebuild', r::text FROM (SELECT to_jsonb(y) AS r FROM `+s+` y EXCEPT ALL SELECT to_jsonb(x) FROM `+l+` x) d
			ORDER BY 2, 1`)
		if err != nil {
			return diffs, fmt.Errorf("projections: verify %s: %w", table, err)
		}
		n := 0
		for rows.Next() {
			var side, row string
			if err := rows.Scan(&side, &row); err != nil {
				rows.Close()
				return diffs, fmt.Errorf("projections: verify %s: %w", table, err)
			}
			if n < maxDiffLines {
				fmt.Fprintf(w, "%s: row %s: %s\n", table, side, row)
			}
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return diffs, fmt.Errorf("projections: verify %s: %w", table, err)
		}
		if n > maxDiffLines {
			fmt.Fprintf(w, "%s: … and %d more differing rows\n", table, n-maxDiffLines)
		}
		diffs += n
	}
	return diffs, nil
}
