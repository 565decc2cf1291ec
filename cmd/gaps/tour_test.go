package main

// The runner of docs/tour.graphql. The file's header documents its
// conventions; in short, comment lines right before an operation say
//
//	# as ROLE               the dev token it runs with
//	# vars: {JSON}          its variables, where "${Op.path}" is a value of an earlier response
//	# expect: PATH OP VALUE a check on its response (OP: =, != or >=)
//	# websocket             a subscription, open while the next operation runs
//
// A string that is exactly one "${Op.path}" becomes the referenced value
// itself (so an Int stays an Int); placeholders inside longer strings are
// spliced in as text. A subscription's expectations are checked against the
// first result the next operation causes.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/shopspring/decimal"
)

// tourOp is one operation of the tour with the directives before it.
type tourOp struct {
	name      string
	kind      string // query, mutation or subscription
	line      int    // where the operation starts, for messages
	text      string
	role      string
	vars      map[string]any
	expects   []tourExpect
	websocket bool
}

type tourExpect struct {
	path, op, value string
	line            int
}

var (
	opStart     = regexp.MustCompile(`^(query|mutation|subscription)\s+([A-Za-z_]\w*)`)
	asDirective = regexp.MustCompile(`^as\s+([A-Z_]+)$`)
	expectLine  = regexp.MustCompile(`^(\S+)\s+(=|!=|>=)\s+(.+)$`)
	placeholder = regexp.MustCompile(`\$\{([A-Za-z_]\w*)\.([^}]+)\}`)
)

// loadTour reads and parses the tour file.
func loadTour(t *testing.T, path string) []tourOp {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the README's tour: %v", err)
	}
	ops, err := parseTour(string(src))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(ops) == 0 {
		t.Fatalf("%s holds no operation", path)
	}
	return ops
}

// parseTour splits the tour into operations and their directives.
func parseTour(src string) ([]tourOp, error) {
	var (
		ops   []tourOp
		cur   tourOp // directives gathered for the next operation, then the operation
		in    bool   // inside an operation's text
		depth int    // its brace depth
		seen  = map[string]bool{}
	)
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		if in {
			cur.text += line + "\n"
			delta, _ := braces(line)
			depth += delta
			if depth == 0 {
				ops = append(ops, cur)
				cur, in = tourOp{}, false
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
		case strings.HasPrefix(trimmed, "#"):
			if err := cur.directive(strings.TrimSpace(strings.TrimPrefix(trimmed, "#")), n); err != nil {
				return nil, err
			}
		default:
			m := opStart.FindStringSubmatch(trimmed)
			if m == nil {
				return nil, fmt.Errorf("line %d: %q is neither a comment nor the start of a named operation", n, trimmed)
			}
			cur.kind, cur.name, cur.line, cur.text = m[1], m[2], n, line+"\n"
			switch {
			case seen[cur.name]:
				return nil, fmt.Errorf("line %d: a second operation named %s", n, cur.name)
			case cur.role == "":
				return nil, fmt.Errorf("line %d: %s has no `# as ROLE` before it", n, cur.name)
			case cur.websocket != (cur.kind == "subscription"):
				return nil, fmt.Errorf("line %d: %s: `# websocket` goes with subscriptions, and only with them", n, cur.name)
			}
			seen[cur.name] = true
			delta, opened := braces(line)
			switch {
			case !opened:
				return nil, fmt.Errorf("line %d: %s: its selection set must open on the line that names it", n, cur.name)
			case delta == 0: // all on one line
				ops = append(ops, cur)
				cur = tourOp{}
			default:
				depth, in = delta, true
			}
		}
	}
	switch {
	case in:
		return nil, fmt.Errorf("%s (line %d) is not closed", cur.name, cur.line)
	case cur.role != "" || cur.vars != nil || cur.expects != nil || cur.websocket:
		return nil, errors.New("directives at the end of the file belong to no operation")
	case len(ops) > 0 && ops[len(ops)-1].websocket:
		return nil, fmt.Errorf("the subscription %s is last: no operation follows whose effect it could see", ops[len(ops)-1].name)
	}
	return ops, nil
}

// directive records one comment line; prose comments are skipped.
func (op *tourOp) directive(c string, line int) error {
	switch {
	case asDirective.MatchString(c):
		if op.role != "" {
			return fmt.Errorf("line %d: a second `# as` for one operation", line)
		}
		op.role = asDirective.FindStringSubmatch(c)[1]
	case strings.HasPrefix(c, "vars:"):
		dec := json.NewDecoder(strings.NewReader(strings.TrimPrefix(c, "vars:")))
		dec.UseNumber()
		if err := dec.Decode(&op.vars); err != nil {
			return fmt.Errorf("line %d: vars: %v", line, err)
		}
	case strings.HasPrefix(c, "expect:"):
		m := expectLine.FindStringSubmatch(strings.TrimSpace(strings.TrimPrefix(c, "expect:")))
		if m == nil {
			return fmt.Errorf("line %d: want `# expect: PATH OP VALUE` with OP one of =, != and >=", line)
		}
		op.expects = append(op.expects, tourExpect{path: m[1], op: m[2], value: m[3], line: line})
	case c == "websocket":
		op.websocket = true
	}
	return nil
}

// braces counts { minus } on a line, outside strings and comments, and
// tells whether a { was among them.
func braces(line string) (delta int, opened bool) {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '#':
			return delta, opened
		case c == '{':
			delta, opened = delta+1, true
		case c == '}':
			delta--
		}
	}
	return delta, opened
}

// tourRun runs the tour's operations in order against one server.
type tourRun struct {
	t         *testing.T
	base      string
	tokens    map[string]string // by role
	server    *process
	responses map[string]any // by operation name, decoded with json.Number
}

func (r *tourRun) run(ops []tourOp) {
	var open *tourSubscription // opened by the previous operation
	for _, op := range ops {
		ok := r.t.Run(op.name, func(t *testing.T) {
			token, found := r.tokens[op.role]
			if !found {
				t.Fatalf("line %d: no demo token for role %s", op.line, op.role)
			}
			resolved, err := r.resolve(op.vars)
			if err != nil {
				t.Fatalf("line %d: vars: %v", op.line, err)
			}
			vars, _ := resolved.(map[string]any)
			if op.websocket {
				open = subscribeTour(t, r.base, token, op, vars)
				// The server logs the operation just before its resolver
				// starts listening; the next operation's change commits
				// after an HTTP round trip, a command and a projection.
				r.server.waitLog(t, `msg="graphql operation"`, "operation="+op.name, "type=subscription")
				return
			}
			raw := postGraphQL(t, r.base, token, gqlRequest{Query: op.text, OperationName: op.name, Variables: vars})
			r.record(t, op, raw)
		})
		if open != nil && open.op.name != op.name {
			sub := open
			open = nil
			ok = r.t.Run(sub.op.name+"_result", func(t *testing.T) {
				defer sub.close()
				r.record(t, sub.op, sub.next(t))
			}) && ok
		}
		if !ok {
			if open != nil {
				open.close()
			}
			return
		}
	}
}

// record checks an operation's response and keeps it for later references.
func (r *tourRun) record(t *testing.T, op tourOp, raw []byte) {
	t.Helper()
	var resp map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&resp); err != nil {
		t.Fatalf("line %d: %s answered %q: %v", op.line, op.name, raw, err)
	}
	if errs, found := resp["errors"]; found {
		t.Fatalf("line %d: %s answered errors: %v", op.line, op.name, errs)
	}
	if resp["data"] == nil {
		t.Fatalf("line %d: %s answered no data: %s", op.line, op.name, raw)
	}
	r.responses[op.name] = resp
	for _, e := range op.expects {
		if err := r.check(resp, e); err != nil {
			t.Errorf("line %d: expect %s %s %s: %v", e.line, e.path, e.op, e.value, err)
		}
	}
}

func (r *tourRun) check(resp any, e tourExpect) error {
	got, err := walk(resp, e.path)
	if err != nil {
		return err
	}
	var want any
	dec := json.NewDecoder(strings.NewReader(e.value))
	dec.UseNumber()
	if dec.Decode(&want) != nil || dec.More() {
		want = e.value // a bare word
	}
	if want, err = r.resolve(want); err != nil {
		return err
	}
	switch e.op {
	case "=":
		if !jsonEqual(got, want) {
			return fmt.Errorf("got %v", got)
		}
	case "!=":
		if jsonEqual(got, want) {
			return fmt.Errorf("got %v", got)
		}
	case ">=":
		g, err1 := number(got)
		w, err2 := number(want)
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		if g.LessThan(w) {
			return fmt.Errorf("got %s", g)
		}
	}
	return nil
}

// resolve replaces the "${Op.path}" placeholders in a decoded JSON value.
func (r *tourRun) resolve(v any) (any, error) {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			y, err := r.resolve(x)
			if err != nil {
				return nil, err
			}
			out[k] = y
		}
		return out, nil
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			y, err := r.resolve(x)
			if err != nil {
				return nil, err
			}
			out[i] = y
		}
		return out, nil
	case string:
		if loc := placeholder.FindStringSubmatchIndex(v); loc != nil && loc[0] == 0 && loc[1] == len(v) {
			return r.lookup(v[loc[2]:loc[3]], v[loc[4]:loc[5]])
		}
		var err error
		s := placeholder.ReplaceAllStringFunc(v, func(p string) string {
			m := placeholder.FindStringSubmatch(p)
			x, lerr := r.lookup(m[1], m[2])
			switch x := x.(type) {
			case string:
				return x
			case json.Number:
				return x.String()
			case bool:
				return strconv.FormatBool(x)
			}
			err = errors.Join(err, lerr, fmt.Errorf("%s is %v, not text to splice into %q", p, x, v))
			return p
		})
		return s, err
	}
	return v, nil
}

func (r *tourRun) lookup(op, path string) (any, error) {
	resp, ok := r.responses[op]
	if !ok {
		return nil, fmt.Errorf("${%s.%s}: no earlier operation %s answered", op, path, op)
	}
	return walk(resp, path)
}

// walk follows a dot path; numbers index lists.
func walk(v any, path string) (any, error) {
	for _, seg := range strings.Split(path, ".") {
		switch node := v.(type) {
		case map[string]any:
			x, ok := node[seg]
			if !ok {
				return nil, fmt.Errorf("%s: no %q", path, seg)
			}
			v = x
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(node) {
				return nil, fmt.Errorf("%s: %q does not index a list of %d", path, seg, len(node))
			}
			v = node[i]
		default:
			return nil, fmt.Errorf("%s: %q is below a %T", path, seg, v)
		}
	}
	return v, nil
}

// jsonEqual compares decoded JSON values, numbers by value.
func jsonEqual(a, b any) bool {
	an, aok := a.(json.Number)
	bn, bok := b.(json.Number)
	if aok && bok {
		x, err1 := decimal.NewFromString(string(an))
		y, err2 := decimal.NewFromString(string(bn))
		return err1 == nil && err2 == nil && x.Equal(y)
	}
	return reflect.DeepEqual(a, b)
}

// number reads a JSON number, or a Decimal scalar's string.
func number(v any) (decimal.Decimal, error) {
	switch v := v.(type) {
	case json.Number:
		return decimal.NewFromString(string(v))
	case string:
		return decimal.NewFromString(v)
	}
	return decimal.Decimal{}, fmt.Errorf("%v is not a number", v)
}

// tourSubscription is a subscription over graphql-transport-ws.
type tourSubscription struct {
	op       tourOp
	conn     *websocket.Conn
	messages chan wsMessage
	stop     context.CancelFunc
	done     chan struct{} // closed when the reader has ended
}

type wsMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribeTour connects, authenticates in connection_init and subscribes.
func subscribeTour(t *testing.T, base, token string, op tourOp, vars map[string]any) *tourSubscription {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), waitTimeout)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("line %d: %s: websocket: %v", op.line, op.name, err)
	}
	send := func(m any) {
		b, _ := json.Marshal(m)
		if err := conn.Write(ctx, websocket.MessageText, b); err != nil {
			conn.CloseNow()
			t.Fatalf("line %d: %s: websocket write: %v", op.line, op.name, err)
		}
	}
	send(map[string]any{"type": "connection_init", "payload": map[string]string{"Authorization": "Bearer " + token}})
	for {
		_, b, err := conn.Read(ctx)
		var m wsMessage
		if err == nil {
			err = json.Unmarshal(b, &m)
		}
		if err != nil {
			conn.CloseNow()
			t.Fatalf("line %d: %s: waiting for connection_ack: %v", op.line, op.name, err)
		}
		if m.Type == "connection_ack" {
			break
		}
		if m.Type != "ping" && m.Type != "pong" {
			conn.CloseNow()
			t.Fatalf("line %d: %s: got %s before connection_ack", op.line, op.name, b)
		}
	}
	send(map[string]any{"id": "1", "type": "subscribe", "payload": gqlRequest{Query: op.text, OperationName: op.name, Variables: vars}})

	readCtx, stop := context.WithCancel(context.Background())
	s := &tourSubscription{op: op, conn: conn, messages: make(chan wsMessage, 64), stop: stop, done: make(chan struct{})}
	go s.read(readCtx)
	return s
}

// read forwards results and errors, answering pings, until the socket closes.
func (s *tourSubscription) read(ctx context.Context) {
	defer close(s.done)
	defer close(s.messages)
	for {
		_, b, err := s.conn.Read(ctx)
		if err != nil {
			return
		}
		var m wsMessage
		if json.Unmarshal(b, &m) != nil {
			m = wsMessage{Type: "unreadable", Payload: json.RawMessage(strconv.Quote(string(b)))}
		}
		switch m.Type {
		case "ping":
			_ = s.conn.Write(ctx, websocket.MessageText, []byte(`{"type":"pong"}`))
		case "pong":
		default:
			select {
			case s.messages <- m:
			case <-ctx.Done():
				return
			}
		}
	}
}

// next returns the subscription's next result as a GraphQL response.
func (s *tourSubscription) next(t *testing.T) []byte {
	t.Helper()
	select {
	case m, ok := <-s.messages:
		switch {
		case !ok:
			t.Fatalf("line %d: %s: the socket closed before a result arrived", s.op.line, s.op.name)
		case m.Type != "next":
			t.Fatalf("line %d: %s: got %s %s, want a result", s.op.line, s.op.name, m.Type, m.Payload)
		}
		return m.Payload
	case <-time.After(waitTimeout):
		t.Fatalf("line %d: %s: no result within %s of the operation after it", s.op.line, s.op.name, waitTimeout)
	}
	return nil
}

func (s *tourSubscription) close() {
	s.conn.Close(websocket.StatusNormalClosure, "")
	s.stop()
	<-s.done
}

// The runner itself: a convention it misreads would pass or fail the tour for the wrong reason.
func TestTourConventions(t *testing.T) {
	ops, err := parseTour(`# header prose, with a # as ROLE example that is not a directive
# 1. prose
# as FINANCE
# expect: data.a.0.b >= 2
query First { a { b } }

# as AUDITOR
# websocket
subscription Watch { changed { id } }

# as FINOPS_LEAD
# vars: {"id": "${First.data.a.0.b}", "stream": "gap-${First.data.a.0.c}"}
mutation Act($id: Int) {
  act(input: { rationale: "braces { in } strings", id: $id }) { ok }
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != 3 || ops[0].role != "FINANCE" || len(ops[0].expects) != 1 || !ops[1].websocket ||
		ops[2].name != "Act" || !strings.HasSuffix(ops[2].text, "{ ok }\n}\n") {
		t.Fatalf("parsed %+v", ops)
	}

	r := &tourRun{responses: map[string]any{}}
	resp := map[string]any{"data": map[string]any{"a": []any{map[string]any{"b": json.Number("3"), "c": "x1"}}}}
	r.responses["First"] = resp
	vars, err := r.resolve(ops[2].vars)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]any{"id": json.Number("3"), "stream": "gap-x1"}; !reflect.DeepEqual(vars, want) {
		t.Errorf("resolved vars %v, want %v (a whole placeholder keeps its type, a spliced one is text)", vars, want)
	}
	if err := r.check(resp, ops[0].expects[0]); err != nil {
		t.Errorf("3 >= 2: %v", err)
	}
	if err := r.check(resp, tourExpect{path: "data.a.0.b", op: ">=", value: "4"}); err == nil {
		t.Error("3 >= 4 passed")
	}
	if err := r.check(resp, tourExpect{path: "data.a.0.c", op: "=", value: "x1"}); err != nil {
		t.Errorf("bare word: %v", err)
	}
	if _, err := r.resolve("${Later.data.x}"); err == nil {
		t.Error("a reference to an operation that has not run resolved")
	}

	for name, src := range map[string]string{
		"no role":           "query Q { a }\n",
		"subscription last": "# as FINANCE\n# websocket\nsubscription S { a }\n",
		"websocket query":   "# as FINANCE\n# websocket\nquery Q { a }\n# as FINANCE\nquery R { a }\n",
		"stray text":        "# as FINANCE\n{ a }\n",
		"unclosed":          "# as FINANCE\nquery Q {\n a\n",
		"bad expect":        "# as FINANCE\n# expect: data.a ~ 1\nquery Q { a }\n",
	} {
		if _, err := parseTour(src); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
}
