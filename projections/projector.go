package projections

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"runtime"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// Projector keeps the read models of its pool's current schema up to date
// with the log. Any number may run against one schema: one is active (it
// holds a session advisory lock), the others wait and take over when it dies.
type Projector struct {
	store     eventstore.Store
	pool      *pgxpool.Pool
	batchSize int
	log       *slog.Logger

	// beforeCommit, when set (by tests), runs inside each batch transaction
	// after its rows are written and before it commits.
	beforeCommit func(ctx context.Context, conn *pgx.Conn) error

	// narrowUntil, after PostgreSQL refused a batch, makes every batch up
	// to that position one event long, so the event it cannot take is found.
	narrowUntil *eventstore.Position
	// failing is the event PostgreSQL refused, recorded in projector_failure
	// until a commit gets past it.
	failing *eventstore.Position
}

// Option configures a Projector.
type Option func(*Projector)

// WithBatchSize caps the events one transaction projects (default
// defaultBatchSize). A batch takes the events buffered when it starts, so
// the cap binds only while catching up, where larger transactions mean
// fewer rewrites of the records every batch touches.
func WithBatchSize(n int) Option {
	return func(p *Projector) {
		if n > 0 {
			p.batchSize = n
		}
	}
}

// WithLogger reports restarts after failures (default: discarded).
func WithLogger(l *slog.Logger) Option { return func(p *Projector) { p.log = l } }

// defaultBatchSize keeps a catch-up transaction to about a second of work.
const defaultBatchSize = 10_000

// NewProjector projects store's log into the read models of pool's current schema.
func NewProjector(store eventstore.Store, pool *pgxpool.Pool, opts ...Option) *Projector {
	p := &Projector{store: store, pool: pool, batchSize: defaultBatchSize, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		o(p)
	}
	return p
}

// errPermanent marks a failure that retrying cannot cure (an event this
// program cannot decode, a schema newer than it).
type errPermanent struct{ error }

func (e errPermanent) Unwrap() error { return e.error }

// Run projects until ctx ends (then it returns nil). Connection failures
// restart it from its checkpoint after a pause; a permanent failure is returned.
func (p *Projector) Run(ctx context.Context) error {
	var retry eventstore.Backoff
	for {
		err := p.runOnce(ctx, &retry)
		if ctx.Err() != nil {
			return nil
		}
		if perm := (errPermanent{}); errors.As(err, &perm) {
			return perm.error
		}
		p.log.Warn("projector stopped; restarting from its checkpoint", "err", err)
		if !retry.Wait(ctx) {
			return nil
		}
	}
}

// runOnce takes the lock, restores the folds up to the checkpoint, and
// projects batches until a failure or the end of ctx. Every failure discards
// the in-memory folds: the next run restores them from the committed checkpoint.
func (p *Projector) runOnce(ctx context.Context, retry *eventstore.Backoff) error {
	conn, schema, err := connect(ctx, p.pool.Config().ConnConfig.Copy(), "projector")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := migrate(ctx, conn); err != nil {
		return err
	}
	// Writes go through the connection that holds the lock: if it dies, the
	// lock is released and the writes stop with it.
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", schemaKey("projector", schema)); err != nil {
		return fmt.Errorf("projections: wait for the projector lock: %w", err)
	}
	at, committed, err := loadCheckpoint(ctx, conn)
	if err != nil {
		return err
	}
	m := newModel()
	if err := foldLog(ctx, p.store, m, &at); err != nil {
		return err
	}
	if committed {
		m.diff() // the rows of the state at the checkpoint are written already
	}

	subCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	sub, err := p.store.SubscribeAll(subCtx, at, eventstore.Filter{})
	if err != nil {
		return fmt.Errorf("projections: subscribe after %s: %w", at, err)
	}
	// The pump reads and decodes ahead while a batch is folded and committed.
	events := make(chan decodedEvent, p.batchSize)
	recvErr := make(chan error, 1)
	var pump sync.WaitGroup
	pump.Go(func() {
		for {
			ev, err := sub.Recv()
			if err != nil {
				recvErr <- fmt.Errorf("projections: subscription: %w", err)
				return
			}
			env, err := codec.Decode(ev)
			if err != nil {
				recvErr <- errPermanent{err}
				return
			}
			if carriesNUL(ev) {
				p.log.Warn("event carries a NUL character, which the read models cannot hold: projected with U+FFFD in its place",
					"position", ev.Position.String(), "stream", ev.Stream, "type", ev.Type)
			}
			select {
			case events <- decodedEvent{ev.Position, env}:
			case <-subCtx.Done():
				return
			}
		}
	})
	defer func() {
		cancel()
		_ = sub.Close()
		pump.Wait()
	}()

	channel := changesChannel(schema)
	for {
		var first decodedEvent
		select {
		case first = <-events:
			m.applyEnvelope(first.position, first.env)
		case err := <-recvErr:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
		// The batch takes what is buffered: one event when the log is
		// quiet, batchSize while catching up, one while narrowing.
		limit := p.batchSize
		if p.narrowUntil != nil {
			if p.narrowUntil.Less(first.position) {
				p.narrowUntil = nil
			} else {
				limit = 1
			}
		}
		n := 1
	fill:
		for ; n < limit; n++ {
			select {
			case ev := <-events:
				m.applyEnvelope(ev.position, ev.env)
			default:
				break fill
			}
		}
		cs := m.diff()
		if err := p.commit(ctx, conn, cs, channel); err != nil {
			p.refused(ctx, conn, first, n, cs.position, err)
			return err
		}
		retry.Reset()
	}
}

// refused reports a batch PostgreSQL refused (not a lost connection): a
// batch of several events is retried one event at a time to find the one
// it cannot take; that one is logged as an error and recorded in
// projector_failure, where readiness reports it. The projector keeps
// retrying it (an operator may fix the database or the program meanwhile).
func (p *Projector) refused(ctx context.Context, conn *pgx.Conn, first decodedEvent, n int, last eventstore.Position, err error) {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || ctx.Err() != nil {
		return
	}
	if n > 1 {
		p.narrowUntil = &last
		p.log.Warn("projector: PostgreSQL refused a batch; retrying it one event at a time", "from", first.position.String(), "to", last.String(), "error", err)
		return
	}
	p.failing = &first.position
	p.log.Error("projector cannot apply an event: the read models stay before it until it is fixed",
		"position", first.position.String(), "stream", first.env.Stream, "type", first.env.Type, "error", err)
	if _, werr := conn.Exec(ctx, `INSERT INTO projector_failure (name, position, stream, type, error, since, updated_at)
		VALUES ($1, $2, $3, $4, $5, now(), now())
		ON CONFLICT (name) DO UPDATE SET error = excluded.error, updated_at = excluded.updated_at,
			since = CASE WHEN projector_failure.position = excluded.position THEN projector_failure.since ELSE excluded.since END,
			position = excluded.position, stream = excluded.stream, type = excluded.type`,
		projectorName, first.position.String(), first.env.Stream, first.env.Type, err.Error()); werr != nil {
		p.log.Error("projector: record the failing event", "error", werr)
	}
}

// carriesNUL reports whether an event's JSON holds a NUL character, which
// inputs refuse now but an older version may have recorded.
func carriesNUL(ev eventstore.RecordedEvent) bool {
	return bytes.Contains(ev.Data, jsonNUL) || bytes.Contains(ev.Metadata, jsonNUL)
}

// decodedEvent is an event of the log, decoded.
type decodedEvent struct {
	position eventstore.Position
	env      domain.Envelope
}

// connect opens a connection of its own (not from the pool), named after
// its purpose and schema in pg_stat_activity.
func connect(ctx context.Context, cfg *pgx.ConnConfig, purpose string) (*pgx.Conn, string, error) {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, "", fmt.Errorf("projections: connect: %w", err)
	}
	schema, err := currentSchema(ctx, conn)
	if err == nil {
		_, err = conn.Exec(ctx, "SELECT set_config('application_name', $1, false)", applicationName(purpose, schema))
	}
	if err != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, "", fmt.Errorf("projections: connect: %w", err)
	}
	return conn, schema, nil
}

// applicationName is how a projector's connection shows in pg_stat_activity.
func applicationName(purpose, schema string) string {
	name := "gaps-" + purpose + " " + schema
	if len(name) > 63 {
		name = name[:63]
	}
	return name
}

// commit writes one batch's changes with its checkpoint in one transaction,
// and announces them when it commits.
func (p *Projector) commit(ctx context.Context, conn *pgx.Conn, cs *changeset, channel string) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("projections: begin batch: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if err := cs.write(ctx, tx); err != nil {
		return err
	}
	if err := notify(ctx, tx, channel, cs.changes); err != nil {
		return err
	}
	if p.beforeCommit != nil {
		if err := p.beforeCommit(ctx, conn); err != nil {
			return err
		}
	}
	passed := p.failing != nil && !cs.position.Less(*p.failing)
	if passed {
		if _, err := tx.Exec(ctx, "DELETE FROM projector_failure WHERE name = $1", projectorName); err != nil {
			return fmt.Errorf("projections: clear the failure record: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("projections: commit batch up to %s: %w", cs.position, err)
	}
	if passed {
		p.log.Info("projector: got past the event it could not apply", "position", p.failing.String())
		p.failing = nil
	}
	return nil
}

// write replaces the changed rows and moves the checkpoint.
func (cs *changeset) write(ctx context.Context, tx pgx.Tx) error {
	for _, name := range slices.Sorted(maps.Keys(cs.tables)) {
		w := cs.tables[name]
		for _, row := range w.rows {
			for i, v := range row {
				row[i] = withoutNUL(v)
			}
		}
		if len(w.clear) > 0 {
			if _, err := tx.Exec(ctx, "DELETE FROM "+name+" WHERE "+w.def.keyColumn+" = ANY($1)", w.clear); err != nil {
				return fmt.Errorf("projections: clear %s: %w", name, err)
			}
		}
		if len(w.rows) > 0 {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{name}, w.def.columns, pgx.CopyFromRows(w.rows)); err != nil {
				return fmt.Errorf("projections: write %s: %w", name, err)
			}
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO projector_checkpoint (name, position, updated_at) VALUES ($1, $2, now())
		ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
		projectorName, cs.position.String()); err != nil {
		return fmt.Errorf("projections: checkpoint %s: %w", cs.position, err)
	}
	return nil
}

// notify queues one NOTIFY per change; PostgreSQL delivers them at commit.
func notify(ctx context.Context, tx pgx.Tx, channel string, changes []Change) error {
	if len(changes) == 0 {
		return nil
	}
	payloads := make([]string, len(changes))
	for i, c := range changes {
		b, _ := json.Marshal(changeWire(c)) // strings and a time always marshal
		payloads[i] = string(b)
	}
	if _, err := tx.Exec(ctx, "SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n", channel, payloads); err != nil {
		return fmt.Errorf("projections: notify: %w", err)
	}
	return nil
}

// readPage is how many events one ReadAll returns while folding the log.
const readPage = 2000

// decodedPage is a page of the log with its events decoded.
type decodedPage struct {
	events []eventstore.RecordedEvent
	envs   []domain.Envelope
	err    error
}

// foldLog applies to m the events after its position up to and including
// until, or to the end of the log when until is nil. Reading and decoding
// run ahead of folding, decoding on every core: folding is sequential, but
// decoding is most of the work.
func foldLog(ctx context.Context, store eventstore.Store, m *model, until *eventstore.Position) error {
	if until != nil && !m.position.Less(*until) {
		return nil
	}
	var reader sync.WaitGroup
	defer reader.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pages := make(chan decodedPage, 2)
	reader.Go(func() {
		defer close(pages)
		from := m.position
		for {
			evs, err := store.ReadAll(ctx, from, readPage, eventstore.Filter{})
			if err != nil {
				err = fmt.Errorf("projections: read the log after %s: %w", from, err)
			}
			page := decodedPage{events: evs, err: err}
			if err == nil {
				page.envs, page.err = decodeAll(evs)
			}
			select {
			case pages <- page:
			case <-ctx.Done():
				return
			}
			if page.err != nil || len(evs) < readPage || (until != nil && !evs[len(evs)-1].Position.Less(*until)) {
				return
			}
			from = evs[len(evs)-1].Position
		}
	})
	for page := range pages {
		if page.err != nil {
			return page.err
		}
		for i, ev := range page.events {
			if until != nil && until.Less(ev.Position) {
				return nil
			}
			m.applyEnvelope(ev.Position, page.envs[i])
		}
	}
	if until != nil && m.position.Less(*until) {
		return errPermanent{fmt.Errorf("projections: the read models are at %s, beyond the end of the log (%s): run `gaps rebuild`", *until, m.position)}
	}
	return nil
}

// decodeAll decodes events in parallel, keeping their order.
func decodeAll(evs []eventstore.RecordedEvent) ([]domain.Envelope, error) {
	envs := make([]domain.Envelope, len(evs))
	workers := min(runtime.GOMAXPROCS(0), max(len(evs)/100, 1))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(evs); i += workers {
				env, err := codec.Decode(evs[i])
				if err != nil {
					errs[w] = errPermanent{err}
					return
				}
				envs[i] = env
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return envs, nil
}
