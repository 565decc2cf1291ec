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
	bad := domain.Errorf(domain.CodeBadUserInput, "after: not a cursor of the %s list", list) // never echoed: it may be anything
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
	doc   string // the SQL of each item's document; "" is the doc column
	where []string
	args  []any
	// count is the SQL of the list's total count, over the same arguments;
	// "" counts the filtered table's rows.
	count string
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
	where := q.where
	if p.After != "" {
		k, err := decodeCursor(q.table, p.After)
		if err != nil {
			return conn, err
		}
		where = append(slices.Clip(where), fmt.Sprintf("(ord, id) > (%s, %s)", q.arg(k.Ord), q.arg(k.ID)))
	}
	doc := cmp.Or(q.doc, "doc")
	// The page joins the one-row total, so that an empty page still returns it.
	sql := fmt.Sprintf(`WITH total (n) AS (%s)
		SELECT total.n, page.ord, page.id, page.doc
		FROM total LEFT JOIN (SELECT ord, id, %s AS doc FROM %s%s ORDER BY ord, id LIMIT %s) page ON true
		ORDER BY page.ord, page.id`, count, doc, q.table, whereClause(where), q.arg(size+1))
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
		conn.Cursors = append(conn.Cursors, encodeCursor(q.table, cursorKey{Ord: *ord, ID: *id}))
	}
	if err := rows.Err(); err != nil {
		return conn, fmt.Errorf("projections: list %s: %w", q.table, err)
	}
	return conn, nil
}
