package projections

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

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
	table string
	where []string
	args  []any
	// count is the SQL of the list's total count, over the same arguments;
	// "" counts the filtered table's rows.
	count string
	order listOrder // zero: by ord, ascending
}

// listOrder is a list's keyset order: a column, then id, both in one
// direction (so that one row comparison finds the next page and a
// (column, id) index serves either direction).
type listOrder struct {
	column string // "": ord
	typ    string // the column's SQL type, to read a cursor's key back; "": text
	desc   bool
	name   string // names the order in cursors, so that a cursor of another order is refused; "": the table
}

// arg adds an argument and returns its placeholder.
func (q *listQuery) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// fetchPage reads one page of a list and its total count in one statement
// (so from one snapshot), decoding each doc into T.
func fetchPage[T any](ctx context.Context, db *pgxpool.Pool, q listQuery, p Page) (Connection[T], error) {
	var conn Connection[T]
	size, err := pageSize(p)
	if err != nil {
		return conn, err
	}
	count := q.count
	if count == "" {
		count = "SELECT count(*) FROM " + q.table + whereClause(q.where)
	}
	column, typ, list := cmp.Or(q.order.column, "ord"), cmp.Or(q.order.typ, "text"), cmp.Or(q.order.name, q.table)
	dir, beyond := "", ">"
	if q.order.desc {
		dir, beyond = " DESC", "<"
	}
	where := q.where
	if p.After != "" {
		k, err := decodeCursor(list, p.After)
		if err != nil {
			return conn, err
		}
		where = append(slices.Clip(where), fmt.Sprintf("(%s, id) %s (%s::%s, %s)", column, beyond, q.arg(k.Ord), typ, q.arg(k.ID)))
	}
	// The page joins the one-row total, so that an empty page still returns it.
	sql := fmt.Sprintf(`WITH total (n) AS (%s)
		SELECT total.n, page.key, page.id, page.doc
		FROM total LEFT JOIN (SELECT %[2]s::text AS key, %[2]s AS sort, id, doc FROM %[3]s%[4]s ORDER BY %[2]s%[5]s, id%[5]s LIMIT %[6]s) page ON true
		ORDER BY page.sort%[5]s, page.id%[5]s`, count, column, q.table, whereClause(where), dir, q.arg(size+1))
	rows, err := db.Query(ctx, sql, q.args...)
	if err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			ord, id *string
			doc     []byte
		)
		if err := rows.Scan(&conn.TotalCount, &ord, &id, &doc); err != nil {
			return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
		}
		if id == nil {
			break // no row on this page
		}
		if len(conn.Items) == size {
			conn.HasNextPage = true
			break
		}
		var item T
		if err := json.Unmarshal(doc, &item); err != nil {
			return conn, fmt.Errorf("projections: %s row %s: %w", q.table, *id, err)
		}
		conn.Items = append(conn.Items, item)
		conn.Cursors = append(conn.Cursors, encodeCursor(list, cursorKey{Ord: *ord, ID: *id}))
	}
	if err := rows.Err(); err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	return conn, nil
}
