// Package postgres is the PostgreSQL backend of the event store, the embedded
// default. All events live in one table, eventstore_events, in the schema the
// connection's search_path selects.
//
// Global order. Every append takes one transaction-level advisory lock
// (pg_advisory_xact_lock) keyed on the schema, then numbers its events
// max(position)+1, +2, …. The lock is released only after the transaction's
// commit is visible, so positions become visible strictly in order: a reader
// that has seen position n has seen every event before n, and an event can
// never commit "late" below a position a subscriber already passed. (A plain
// sequence does not give this: two transactions can draw 7 and 8 and commit
// 8 first, and a reader at 8 would skip 7 forever.) The price is that appends
// to the whole store are serialised; the lock is held only for the few
// statements of one append.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/eventstore"
)

// defaultApplicationName marks the store's connections in pg_stat_activity
// when the URL names none.
const defaultApplicationName = "gaps-eventstore"

// Store is the PostgreSQL event store. It is safe for concurrent use.
type Store struct {
	pool          *pgxpool.Pool
	listenConfig  *pgx.ConnConfig // the subscriptions' LISTEN connection
	channel       string          // NOTIFY channel of this schema's appends
	appendLockKey int64
	pollInterval  time.Duration // tests lengthen it to prove NOTIFY works

	mu           sync.Mutex
	closed       bool
	subs         map[*subscription]struct{}
	listening    bool
	stopListener context.CancelFunc
	listenerDone chan struct{}
}

var _ eventstore.Store = (*Store)(nil)

// Open connects to url, creates or upgrades the event tables in the
// connection's current schema, and returns the store. The URL's
// application_name (default "gaps-eventstore") names the pool's connections;
// the subscriptions' listener connection gets the same name plus "-listener".
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: database url: %w", err)
	}
	appName := cfg.ConnConfig.RuntimeParams["application_name"]
	if appName == "" {
		appName = defaultApplicationName
		cfg.ConnConfig.RuntimeParams["application_name"] = appName
	}
	listenConfig := cfg.ConnConfig.Copy()
	listenConfig.RuntimeParams["application_name"] = appName + "-listener"

	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: connect: %w", err)
	}
	var schema *string
	if err := pool.QueryRow(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("eventstore/postgres: connect: %w", err)
	}
	if schema == nil {
		pool.Close()
		return nil, errors.New("eventstore/postgres: the connection's search_path names no existing schema")
	}
	if err := migrate(ctx, pool, schemaKey("migrate", *schema)); err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{
		pool:          pool,
		listenConfig:  listenConfig,
		channel:       notifyChannel(*schema),
		appendLockKey: schemaKey("append", *schema),
		pollInterval:  defaultPollInterval,
		subs:          make(map[*subscription]struct{}),
	}, nil
}

// Pool is the store's connection pool, for read models that share the database.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close ends every subscription (their Recv returns
// eventstore.ErrSubscriptionClosed) and closes the connections.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	subs := make([]*subscription, 0, len(s.subs))
	for sub := range s.subs {
		subs = append(subs, sub)
	}
	listening := s.listening
	s.mu.Unlock()

	for _, sub := range subs {
		_ = sub.Close()
	}
	if listening {
		s.stopListener()
		<-s.listenerDone
	}
	s.pool.Close()
	return nil
}

// schemaKey derives a per-schema advisory lock key, so tests and tenants in
// other schemas of the same database do not contend for one lock.
func schemaKey(purpose, schema string) int64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte("gaps-eventstore " + purpose + " " + schema))
	return int64(h.Sum64())
}

// notifyChannel names the schema's NOTIFY channel. PostgreSQL identifiers
// stop at 63 bytes, so an overlong schema name is hashed instead.
func notifyChannel(schema string) string {
	const prefix = "gaps_events_"
	if len(prefix)+len(schema) <= 63 {
		return prefix + schema
	}
	return prefix + strconv.FormatUint(uint64(schemaKey("channel", schema)), 16)
}

// migrations are applied in order; migration i becomes version i+1.
var migrations = []string{
	`CREATE TABLE eventstore_events (
		position    bigint      PRIMARY KEY,
		stream      text        NOT NULL,
		revision    bigint      NOT NULL,
		event_id    uuid        NOT NULL,
		event_type  text        NOT NULL,
		data        json,
		metadata    json,
		recorded_at timestamptz NOT NULL DEFAULT now(),
		UNIQUE (stream, revision),
		UNIQUE (stream, event_id)
	)`,
}

func migrate(ctx context.Context, pool *pgxpool.Pool, lockKey int64) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("eventstore/postgres: migrate: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// The lock makes concurrent Opens of a fresh schema wait for each other
	// instead of racing on CREATE TABLE.
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey); err != nil {
		return fmt.Errorf("eventstore/postgres: migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS eventstore_migrations (
		version    integer     PRIMARY KEY,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("eventstore/postgres: migrate: %w", err)
	}
	var applied int
	if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM eventstore_migrations").Scan(&applied); err != nil {
		return fmt.Errorf("eventstore/postgres: migrate: %w", err)
	}
	if applied > len(migrations) {
		return fmt.Errorf("eventstore/postgres: the schema is at version %d, newer than this program's %d", applied, len(migrations))
	}
	for v := applied + 1; v <= len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v-1]); err != nil {
			return fmt.Errorf("eventstore/postgres: migration %d: %w", v, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO eventstore_migrations (version) VALUES ($1)", v); err != nil {
			return fmt.Errorf("eventstore/postgres: migration %d: %w", v, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("eventstore/postgres: migrate: %w", err)
	}
	return nil
}

// appendColumns are an append's events as parallel arrays for unnest.
type appendColumns struct {
	ids      []uuid.UUID
	types    []string
	data     []*string
	metadata []*string
}

// newAppendColumns validates the events of an append to stream.
func newAppendColumns(stream string, events []eventstore.Event) (appendColumns, error) {
	if stream == "" {
		return appendColumns{}, errors.New("eventstore/postgres: append: stream name is empty")
	}
	if len(events) == 0 {
		return appendColumns{}, fmt.Errorf("eventstore/postgres: append to stream %q: no events", stream)
	}
	cols := appendColumns{
		ids:      make([]uuid.UUID, len(events)),
		types:    make([]string, len(events)),
		data:     make([]*string, len(events)),
		metadata: make([]*string, len(events)),
	}
	seen := make(map[uuid.UUID]int, len(events))
	for i, e := range events {
		where := func(format string, args ...any) error {
			return fmt.Errorf("eventstore/postgres: append to stream %q: event %d (id %s, type %q): %s",
				stream, i, e.ID, e.Type, fmt.Sprintf(format, args...))
		}
		if e.ID == uuid.Nil {
			return appendColumns{}, where("id is not set")
		}
		if j, dup := seen[e.ID]; dup {
			return appendColumns{}, where("same id as event %d of this append", j)
		}
		seen[e.ID] = i
		if e.Type == "" {
			return appendColumns{}, where("type is empty")
		}
		var err error
		if cols.data[i], err = jsonText(e.Data); err != nil {
			return appendColumns{}, where("data: %v", err)
		}
		if cols.metadata[i], err = jsonText(e.Metadata); err != nil {
			return appendColumns{}, where("metadata: %v", err)
		}
		cols.ids[i] = e.ID
		cols.types[i] = e.Type
	}
	return cols, nil
}

// jsonText is raw as SQL text: NULL when empty, an error when not JSON.
func jsonText(raw json.RawMessage) (*string, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	if !json.Valid(raw) {
		return nil, errors.New("not valid JSON")
	}
	s := string(raw)
	return &s, nil
}

// recordedQuery finds the append's events already in the stream and whether
// each holds the same type and data (compared as JSON values; metadata may
// differ, see eventstore.Store.Append).
const recordedQuery = `
SELECT i.ord, e.event_id, e.revision, e.position,
       e.event_type = i.event_type
       AND e.data::jsonb IS NOT DISTINCT FROM i.data::jsonb
FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[])
     WITH ORDINALITY AS i(event_id, event_type, data, metadata, ord)
JOIN eventstore_events e ON e.stream = $1 AND e.event_id = i.event_id
ORDER BY i.ord`

// headsQuery reads the stream's last revision (-1 without events) and the
// log's last position (0 when empty).
const headsQuery = `
SELECT coalesce((SELECT max(revision) FROM eventstore_events WHERE stream = $1), -1),
       coalesce((SELECT max(position) FROM eventstore_events), 0)`

const insertQuery = `
INSERT INTO eventstore_events (position, stream, revision, event_id, event_type, data, metadata)
SELECT $2::bigint + i.ord, $1, $3::bigint + i.ord, i.event_id, i.event_type, i.data::json, i.metadata::json
FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[])
     WITH ORDINALITY AS i(event_id, event_type, data, metadata, ord)`

// Append implements eventstore.Store.
func (s *Store) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.Event) (eventstore.AppendResult, error) {
	cols, err := newAppendColumns(stream, events)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/postgres: append to stream %q: %w", stream, err)
	}
	defer func() { _ = tx.Rollback(ctx) }()

	// The lock comes first: under READ COMMITTED every later statement then
	// sees all appends committed before this one, both for the revision
	// check and for numbering positions (see the package comment).
	batch := &pgx.Batch{}
	batch.Queue("SELECT pg_advisory_xact_lock($1)", s.appendLockKey)
	batch.Queue(recordedQuery, stream, cols.ids, cols.types, cols.data, cols.metadata)
	batch.Queue(headsQuery, stream)
	results := tx.SendBatch(ctx, batch)
	recorded, current, logHead, err := readAppendState(results)
	if closeErr := results.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/postgres: append to stream %q: %w", stream, err)
	}

	if len(recorded) > 0 {
		return retriedAppend(stream, events, recorded)
	}
	if !satisfies(expected, current) {
		return eventstore.AppendResult{}, &eventstore.WrongRevisionError{Stream: stream, Expected: expected, Actual: current}
	}

	n := int64(len(events))
	last := logHead + n
	batch = &pgx.Batch{}
	batch.Queue(insertQuery, stream, logHead, current, cols.ids, cols.types, cols.data, cols.metadata)
	// NOTIFY is delivered only when the transaction commits.
	batch.Queue("SELECT pg_notify($1, $2)", s.channel, strconv.FormatInt(last, 10))
	if err := tx.SendBatch(ctx, batch).Close(); err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/postgres: append to stream %q: %w", stream, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("eventstore/postgres: append to stream %q: commit: %w", stream, err)
	}
	return eventstore.AppendResult{
		NextRevision: uint64(current + n),
		Position:     position(last),
	}, nil
}

// recordedEvent is an event of an append found already in the stream.
type recordedEvent struct {
	ord      int64 // 1-based index in the append
	id       uuid.UUID
	revision int64
	position int64
	same     bool
}

func readAppendState(results pgx.BatchResults) (recorded []recordedEvent, current, logHead int64, err error) {
	if _, err = results.Exec(); err != nil {
		return nil, 0, 0, err
	}
	rows, err := results.Query()
	if err != nil {
		return nil, 0, 0, err
	}
	recorded, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (recordedEvent, error) {
		var r recordedEvent
		err := row.Scan(&r.ord, &r.id, &r.revision, &r.position, &r.same)
		return r, err
	})
	if err != nil {
		return nil, 0, 0, err
	}
	err = results.QueryRow().Scan(&current, &logHead)
	return recorded, current, logHead, err
}

// retriedAppend answers an append some of whose events are already in the
// stream: a retry of the whole batch with the same content succeeds with
// the original result; anything else is a duplicate.
func retriedAppend(stream string, events []eventstore.Event, recorded []recordedEvent) (eventstore.AppendResult, error) {
	for _, r := range recorded {
		if !r.same {
			return eventstore.AppendResult{}, fmt.Errorf("%w: event %s of stream %q is recorded with another type or other data",
				eventstore.ErrDuplicateEventID, r.id, stream)
		}
	}
	if len(recorded) < len(events) {
		return eventstore.AppendResult{}, fmt.Errorf("%w: event %s is already recorded in stream %q, but this append also carries new events",
			eventstore.ErrDuplicateEventID, recorded[0].id, stream)
	}
	last := recorded[len(recorded)-1] // ordered by position in the append
	return eventstore.AppendResult{NextRevision: uint64(last.revision), Position: position(last.position)}, nil
}

// satisfies reports whether a stream whose last revision is current (-1:
// no events) meets the expected condition.
func satisfies(expected eventstore.ExpectedRevision, current int64) bool {
	switch {
	case expected.IsAny():
		return true
	case expected.IsNoStream():
		return current < 0
	case expected.IsStreamExists():
		return current >= 0
	}
	r, _ := expected.Revision()
	return current >= 0 && uint64(current) == r
}

func position(n int64) eventstore.Position {
	return eventstore.Position{Commit: uint64(n), Prepare: uint64(n)}
}

const eventColumns = "position, stream, revision, event_id, event_type, data, metadata, recorded_at"

// ReadStream implements eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream string, from uint64) ([]eventstore.RecordedEvent, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+eventColumns+" FROM eventstore_events WHERE stream = $1 AND revision >= $2 ORDER BY revision",
		stream, int64(min(from, math.MaxInt64)))
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: read stream %q: %w", stream, err)
	}
	events, err := pgx.CollectRows(rows, scanEvent)
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: read stream %q: %w", stream, err)
	}
	if len(events) > 0 {
		return events, nil
	}
	var exists bool
	if err := s.pool.QueryRow(ctx, "SELECT EXISTS (SELECT FROM eventstore_events WHERE stream = $1)", stream).Scan(&exists); err != nil {
		return nil, fmt.Errorf("eventstore/postgres: read stream %q: %w", stream, err)
	}
	if !exists {
		return nil, fmt.Errorf("%w: %q", eventstore.ErrStreamNotFound, stream)
	}
	return events, nil
}

// ReadAll implements eventstore.Store. limit must be positive.
func (s *Store) ReadAll(ctx context.Context, from eventstore.Position, limit int, filter eventstore.Filter) ([]eventstore.RecordedEvent, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("eventstore/postgres: read all: limit %d is not positive", limit)
	}
	if from.Commit > math.MaxInt64 {
		return nil, fmt.Errorf("eventstore/postgres: read all: position %s is beyond this store's log", from)
	}
	query := "SELECT " + eventColumns + " FROM eventstore_events WHERE position > $1 AND NOT starts_with(event_type, '$')"
	args := []any{int64(from.Commit), limit}
	if len(filter.StreamPrefixes) > 0 || len(filter.EventTypes) > 0 {
		query += " AND (stream ^@ ANY($3::text[]) OR event_type = ANY($4::text[]))"
		args = append(args, nonNil(filter.StreamPrefixes), nonNil(filter.EventTypes))
	}
	query += " ORDER BY position LIMIT $2"
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: read all after %s: %w", from, err)
	}
	events, err := pgx.CollectRows(rows, scanEvent)
	if err != nil {
		return nil, fmt.Errorf("eventstore/postgres: read all after %s: %w", from, err)
	}
	return events, nil
}

// nonNil turns a nil slice into an empty one: = ANY(NULL) is NULL, not false.
func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func scanEvent(row pgx.CollectableRow) (eventstore.RecordedEvent, error) {
	var (
		e        eventstore.RecordedEvent
		pos, rev int64
		data     []byte
		metadata []byte
	)
	err := row.Scan(&pos, &e.Stream, &rev, &e.ID, &e.Type, &data, &metadata, &e.RecordedAt)
	e.Position = position(pos)
	e.Revision = uint64(rev)
	e.Data = data
	e.Metadata = metadata
	e.RecordedAt = e.RecordedAt.UTC()
	return e, err
}
