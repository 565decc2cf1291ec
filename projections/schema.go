package projections

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
)

// The read models live in the connection's current schema. Every row is a
// deterministic function of the log (no now()), so that a rebuild reproduces
// it exactly; only projector_checkpoint.updated_at is wall-clock time.
//
// Rows keep the domain state as jsonb (doc) beside the columns that filter,
// sort and paginate. List tables carry ord: a text sort key (a fixed-width UTC
// time, or a name) that with id gives a stable keyset order.
var migrations = []string{
	`CREATE TABLE projector_checkpoint (
		name       text        PRIMARY KEY,
		position   text        NOT NULL,
		updated_at timestamptz NOT NULL
	);
	CREATE TABLE gaps (
		id         text        PRIMARY KEY,
		ord        text        NOT NULL,
		scenario   text        NOT NULL,
		state      text        NOT NULL,
		accounts   text[]      NOT NULL,
		spend      numeric     NOT NULL,
		opened_at  timestamptz NOT NULL,
		revision   bigint      NOT NULL,
		doc        jsonb       NOT NULL
	);
	CREATE INDEX gaps_order ON gaps (ord, id);
	CREATE INDEX gaps_accounts ON gaps USING gin (accounts);
	CREATE TABLE gap_history (
		gap_id        text        NOT NULL,
		seq           integer     NOT NULL,
		at            timestamptz NOT NULL,
		state         text        NOT NULL,
		kind          text        NOT NULL,
		action        text,
		action_params jsonb,
		rationale     text,
		actor         jsonb       NOT NULL,
		PRIMARY KEY (gap_id, seq)
	);
	CREATE TABLE business_requests (
		id     text  PRIMARY KEY,
		ord    text  NOT NULL,
		model  text  NOT NULL,
		status text  NOT NULL,
		doc    jsonb NOT NULL
	);
	CREATE INDEX business_requests_order ON business_requests (ord, id);
	CREATE TABLE workloads (
		id     text  PRIMARY KEY,
		ord    text  NOT NULL,
		name   text  NOT NULL,
		budget text  NOT NULL,
		doc    jsonb NOT NULL
	);
	CREATE INDEX workloads_order ON workloads (ord, id);
	CREATE TABLE claims (
		workload_id    text  NOT NULL,
		id             text  NOT NULL,
		anchor_type    text  NOT NULL,
		anchor         text  NOT NULL,
		effective_from text  NOT NULL,
		released_from  text,
		doc            jsonb NOT NULL,
		PRIMARY KEY (workload_id, id)
	);
	CREATE TABLE tasks (
		id     text  PRIMARY KEY,
		ord    text  NOT NULL,
		status text  NOT NULL,
		gap_id text,
		doc    jsonb NOT NULL
	);
	CREATE INDEX tasks_order ON tasks (ord, id);
	CREATE TABLE ingests (
		id  text        PRIMARY KEY,
		ord text        NOT NULL,
		at  timestamptz NOT NULL,
		doc jsonb       NOT NULL
	);
	CREATE INDEX ingests_order ON ingests (ord, id);
	CREATE TABLE account_budgets (
		account_id text  PRIMARY KEY,
		doc        jsonb NOT NULL
	);
	CREATE TABLE settings (
		name text  PRIMARY KEY,
		doc  jsonb NOT NULL
	);
	CREATE TABLE gap_summary (
		name              text    PRIMARY KEY,
		total_gap_spend   numeric NOT NULL,
		unanchored_spend  numeric NOT NULL,
		doc               jsonb   NOT NULL
	);
	CREATE TABLE value_opportunity (
		name                   text    PRIMARY KEY,
		cost_saving_annual     numeric NOT NULL,
		revenue_driving_annual numeric NOT NULL,
		doc                    jsonb   NOT NULL
	);
	CREATE TABLE budget_allocation (
		period text    NOT NULL,
		budget text    NOT NULL,
		before numeric NOT NULL,
		after  numeric NOT NULL,
		delta  numeric NOT NULL,
		PRIMARY KEY (period, budget)
	);
	CREATE TABLE allocation_ledger (
		period      text    NOT NULL,
		seq         integer NOT NULL,
		fact        integer NOT NULL, -- seq of the spend_facts row it books
		basis       text    NOT NULL, -- before (no claims) or after (claims applied)
		budget      text    NOT NULL,
		day         text    NOT NULL,
		amount      numeric NOT NULL,
		workload_id text,            -- after: the workload whose claim took the whole fact
		claim_id    text,
		PRIMARY KEY (period, seq)
	);
	CREATE TABLE spend_facts (
		period      text    NOT NULL,
		seq         integer NOT NULL,
		source      text    NOT NULL,
		day         text    NOT NULL,
		account_id  text    NOT NULL,
		region      text    NOT NULL,
		principal   text    NOT NULL,
		model       text    NOT NULL,
		resource_id text    NOT NULL,
		line_type   text    NOT NULL,
		cost        numeric NOT NULL,
		doc         jsonb   NOT NULL,
		PRIMARY KEY (period, seq)
	);
	CREATE INDEX spend_facts_account ON spend_facts (account_id, day)`,
	// Checkpoints of the processes beside the projector (the detector). Not a
	// read model: a rebuild keeps it, hence IF NOT EXISTS.
	`CREATE TABLE IF NOT EXISTS process_checkpoint (
		name       text        PRIMARY KEY,
		position   text        NOT NULL,
		updated_at timestamptz NOT NULL
	)`,
	// Gap counts for the gap list's totalCount, kept with the gaps so that a
	// page need not count the gaps table; filled here from the gaps there are.
	`CREATE TABLE gap_counts (
		scenario text    NOT NULL,
		state    text    NOT NULL,
		gaps     integer NOT NULL,
		PRIMARY KEY (scenario, state)
	);
	CREATE TABLE gap_account_counts (
		account_id text    NOT NULL,
		scenario   text    NOT NULL,
		state      text    NOT NULL,
		gaps       integer NOT NULL, -- gaps whose evidence names the account
		PRIMARY KEY (account_id, scenario, state)
	);
	INSERT INTO gap_counts SELECT scenario, state, count(*) FROM gaps GROUP BY scenario, state;
	INSERT INTO gap_account_counts
		SELECT a.account_id, g.scenario, g.state, count(DISTINCT g.id)
		FROM gaps g, unnest(g.accounts) AS a(account_id) GROUP BY 1, 2, 3`,
	// The gap list's orders and filters as columns, filled here from the docs
	// of the gaps there are (as the projector writes them: see gapFamily).
	// Search is a substring scan: there are thousands of gaps, not millions.
	`ALTER TABLE gaps
		ADD COLUMN scenario_rank integer NOT NULL DEFAULT 0, -- 1-based place in domain.AllScenarios
		ADD COLUMN last_seen     text    NOT NULL DEFAULT '', -- "YYYY-MM-DD", '' when unknown
		ADD COLUMN models        text[]  NOT NULL DEFAULT '{}',
		ADD COLUMN principals    text[]  NOT NULL DEFAULT '{}',
		ADD COLUMN tags          text[]  NOT NULL DEFAULT '{}',
		ADD COLUMN search        text    NOT NULL DEFAULT ''; -- GapSearchText
	UPDATE gaps SET
		scenario_rank = coalesce(array_position('` + scenarioRanks() + `'::text[], scenario), 0),
		last_seen = coalesce(doc #>> '{Gap,Finding,evidence,lastSeen}', ''),
		models = ARRAY(SELECT v #>> '{}' FROM jsonb_path_query(doc, '$.Gap.Finding.evidence.models[*] ? (@.type() == "string")') v),
		principals = ARRAY(SELECT v #>> '{}' FROM jsonb_path_query(doc, '$.Gap.Finding.evidence.principals[*].principal') v),
		tags = ARRAY(SELECT v #>> '{}' FROM jsonb_path_query(doc, '$.Gap.Finding.evidence.tags[*] ? (@.type() == "string")') v),
		search = coalesce(doc #>> '{Gap,Finding,anchor}', '') || E'\n' || coalesce(doc #>> '{Gap,Key}', '');
	CREATE INDEX gaps_by_spend ON gaps (spend, id);
	CREATE INDEX gaps_by_last_seen ON gaps (last_seen, id);
	CREATE INDEX gaps_by_scenario ON gaps (scenario_rank, id);
	CREATE INDEX gaps_models ON gaps USING gin (models);
	CREATE INDEX gaps_principals ON gaps USING gin (principals);
	CREATE INDEX gaps_tags ON gaps USING gin (tags)`,
}

// scenarioRanks is domain.AllScenarios as a PostgreSQL array literal.
func scenarioRanks() string {
	names := make([]string, len(domain.AllScenarios))
	for i, s := range domain.AllScenarios {
		names[i] = string(s)
	}
	return "{" + strings.Join(names, ",") + "}"
}

// scenarioRank is a scenario's 1-based place in domain.AllScenarios (0: unknown).
func scenarioRank(s domain.Scenario) int32 {
	return int32(slices.Index(domain.AllScenarios, s) + 1)
}

// readModelTables are every table a rebuild empties and Verify compares, in
// the order Verify reports them. projector_checkpoint is compared apart
// (its updated_at is wall-clock time).
var readModelTables = []string{
	"gaps", "gap_history", "business_requests", "workloads", "claims", "tasks", "ingests",
	"account_budgets", "settings", "gap_summary", "gap_counts", "gap_account_counts", "value_opportunity",
	"budget_allocation", "allocation_ledger", "spend_facts",
}

// beginner is what can open a transaction: a pool or a single connection.
type beginner interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

// Migrate brings the read-model schema of the pool's current schema up to
// date. Concurrent callers wait for each other; a schema newer than this
// program is refused.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return migrate(ctx, pool)
}

func migrate(ctx context.Context, db beginner) error {
	tx, err := db.Begin(ctx)
	if err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	schema, err := currentSchema(ctx, tx)
	if err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", schemaKey("migrate", schema)); err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS projections_migrations (
		version    integer     PRIMARY KEY,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	var applied int
	if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM projections_migrations").Scan(&applied); err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	if applied > len(migrations) {
		return errPermanent{fmt.Errorf("projections: the read-model schema %q is at version %d, newer than this program's %d", schema, applied, len(migrations))}
	}
	for v := applied + 1; v <= len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v-1]); err != nil {
			return fmt.Errorf("projections: migration %d: %w", v, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO projections_migrations (version) VALUES ($1)", v); err != nil {
			return fmt.Errorf("projections: migration %d: %w", v, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("projections: migrate: %w", err)
	}
	return nil
}

// queryRower is a pool, a connection or a transaction.
type queryRower interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func currentSchema(ctx context.Context, db queryRower) (string, error) {
	var schema string
	err := db.QueryRow(ctx, "SELECT current_schema()").Scan(&schema)
	if err != nil {
		return "", fmt.Errorf("current schema: %w", err)
	}
	return schema, nil
}

// schemaKey derives a per-schema advisory lock key, so that projectors of
// other schemas (tenants, tests) in the same database do not contend.
func schemaKey(purpose, schema string) int64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte("gaps-projections " + purpose + " " + schema))
	return int64(h.Sum64())
}

// changesChannel is the schema's NOTIFY channel for read-model changes.
// PostgreSQL identifiers stop at 63 bytes, so an overlong schema name is hashed.
func changesChannel(schema string) string {
	const prefix = "gaps_changes_"
	if len(prefix)+len(schema) <= 63 {
		return prefix + schema
	}
	return prefix + strconv.FormatUint(uint64(schemaKey("channel", schema)), 16)
}
