package projections

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
)

const (
	defaultPageSize = 50
	maxPageSize     = 500
)

// cursorKey is a row's place in a list's keyset order (ord, id).
type cursorKey struct {
	Ord string `json:"o"`
	ID  string `json:"i"`
}

// encodeCursor makes the opaque cursor of a row; the list name is part of it
// so that a cursor of one list is refused by another.
func encodeCursor(list string, k cursorKey) string {
	b, _ := json.Marshal(struct {
		L string `json:"l"`
		cursorKey
	}{list, k})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(list, cursor string) (cursorKey, error) {
	bad := domain.Errorf(domain.CodeBadUserInput, "after: cursor %q is not a cursor of the %s list", cursor, list)
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return cursorKey{}, bad
	}
	var c struct {
		L string `json:"l"`
		cursorKey
	}
	if err := json.Unmarshal(raw, &c); err != nil || c.L != list || c.ID == "" {
		return cursorKey{}, bad
	}
	return c.cursorKey, nil
}

// pageSize validates Page.First.
func pageSize(p Page) (int, error) {
	switch {
	case p.First < 0:
		return 0, domain.Errorf(domain.CodeBadUserInput, "first: %d is negative", p.First)
	case p.First == 0:
		return defaultPageSize, nil
	case p.First > maxPageSize:
		return 0, domain.Errorf(domain.CodeBadUserInput, "first: %d is more than the maximum page size %d", p.First, maxPageSize)
	}
	return p.First, nil
}

// listQuery is a keyset-paginated SELECT of a table's doc column.
type listQuery struct {
	table string // also the list's name in its cursors
	where []string
	args  []any
}

// filter adds a condition; "$?" in cond stands for the argument's placeholder.
func (q *listQuery) filter(cond string, arg any) {
	q.args = append(q.args, arg)
	q.where = append(q.where, strings.ReplaceAll(cond, "$?", "$"+strconv.Itoa(len(q.args))))
}

func (q listQuery) whereClause(extra ...string) string {
	conds := append(append([]string(nil), q.where...), extra...)
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// fetchPage reads one page of a list and its total count (from one
// snapshot), decoding each doc into T.
func fetchPage[T any](ctx context.Context, pool *pgxpool.Pool, q listQuery, p Page) (Connection[T], error) {
	var conn Connection[T]
	size, err := pageSize(p)
	if err != nil {
		return conn, err
	}
	db, err := pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	defer func() { _ = db.Rollback(context.WithoutCancel(ctx)) }()
	if err := db.QueryRow(ctx, "SELECT count(*) FROM "+q.table+q.whereClause(), q.args...).Scan(&conn.TotalCount); err != nil {
		return conn, fmt.Errorf("projections: count %s: %w", q.table, err)
	}
	args := append([]any(nil), q.args...)
	var after []string
	if p.After != "" {
		k, err := decodeCursor(q.table, p.After)
		if err != nil {
			return conn, err
		}
		args = append(args, k.Ord, k.ID)
		after = append(after, fmt.Sprintf("(ord, id) > ($%d, $%d)", len(args)-1, len(args)))
	}
	args = append(args, size+1)
	sql := fmt.Sprintf("SELECT ord, id, doc FROM %s%s ORDER BY ord, id LIMIT $%d", q.table, q.whereClause(after...), len(args))
	rows, err := db.Query(ctx, sql, args...)
	if err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k   cursorKey
			doc []byte
		)
		if err := rows.Scan(&k.Ord, &k.ID, &doc); err != nil {
			return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
		}
		if len(conn.Items) == size {
			conn.HasNextPage = true
			break
		}
		var item T
		if err := json.Unmarshal(doc, &item); err != nil {
			return conn, fmt.Errorf("projections: %s row %s: %w", q.table, k.ID, err)
		}
		conn.Items = append(conn.Items, item)
		conn.Cursors = append(conn.Cursors, encodeCursor(q.table, k))
	}
	if err := rows.Err(); err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	return conn, nil
}
