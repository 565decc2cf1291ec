package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/goleak"

	"github.com/allocation-gaps/gaps/app"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/graph/auth/authtest"
	"github.com/allocation-gaps/gaps/internal/pgtest"
	"github.com/allocation-gaps/gaps/projections"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// stack is the whole service running in-process on a fresh schema: the
// PostgreSQL event store, the read models and their projector, the detector
// (unless left out), the command service and the API over real HTTP, with
// tokens from a JWKS identity provider.
type stack struct {
	testAPI
	dbURL    string
	store    *postgres.Store
	queries  *projections.Queries
	resolver *Resolver
	detector *app.Detector // nil without one
	logs     *logBuffer    // what the projector logged
	verifier *auth.Verifier
}

// replica starts a second API server on the stack's database with an event
// store connection and a command service of its own, as a second
// `gaps serve --run api` would; it stops when the test ends.
func (s *stack) replica(t testing.TB) testAPI {
	t.Helper()
	store, err := postgres.Open(t.Context(), s.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(ServerConfig{Resolver: &Resolver{Reader: s.queries, Store: store, Commands: app.NewService(store)}, Verifier: s.verifier, Logger: discard})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		_ = store.Close()
	})
	return testAPI{url: srv.URL, idp: s.idp}
}

// logBuffer collects log output written from several goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

// startStack starts the stack; it stops when the test ends.
func startStack(t testing.TB, withDetector bool) *stack {
	t.Helper()
	url, _ := pgtest.Schema(t)
	idp := authtest.NewProvider(t)
	ctx, cancel := context.WithCancel(context.Background())
	var running sync.WaitGroup
	var srv *httptest.Server
	var pool *pgxpool.Pool
	var store *postgres.Store
	t.Cleanup(func() {
		if srv != nil {
			srv.Close()
		}
		cancel()
		running.Wait()
		if pool != nil {
			pool.Close()
		}
		if store != nil {
			_ = store.Close()
		}
	})
	var err error
	if store, err = postgres.Open(ctx, url); err != nil {
		t.Fatal(err)
	}
	if pool, err = pgxpool.New(ctx, url); err != nil {
		t.Fatal(err)
	}
	if err := projections.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	// A component that stops before the test ends fails it.
	runComponent := func(name string, run func(context.Context) error) {
		running.Go(func() {
			if err := run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("%s stopped: %v", name, err)
			}
		})
	}
	s := &stack{dbURL: url, store: store, queries: projections.NewQueries(pool), logs: &logBuffer{}}
	runComponent("projector", projections.NewProjector(store, pool, projections.WithLogger(slog.New(slog.NewTextHandler(s.logs, nil)))).Run)
	if withDetector {
		s.detector = app.NewDetector(store, discard)
		runComponent("detector", s.detector.Run)
	}
	verifier, err := auth.NewVerifier(ctx, auth.Config{JWKSURL: idp.JWKSURL, Issuer: authtest.Issuer, Audience: authtest.Audience, Logger: discard})
	if err != nil {
		t.Fatal(err)
	}
	s.verifier = verifier
	s.resolver = &Resolver{Reader: s.queries, Store: store, Commands: app.NewService(store)}
	h, err := NewHandler(ServerConfig{Resolver: s.resolver, Verifier: verifier, Logger: discard, Ready: s.queries.ProjectorHealth})
	if err != nil {
		t.Fatal(err)
	}
	srv = httptest.NewServer(h)
	s.testAPI = testAPI{url: srv.URL, idp: idp}
	return s
}

// token signs an RS256 token for sub (also its email) with roles.
func (s *stack) token(t testing.TB, sub string, roles ...string) string {
	claims := authtest.Claims(sub, roles...)
	claims["name"], claims["email"] = "User "+sub, sub+"@example.com"
	return s.idp.SignRS256(t, claims)
}

// gql runs a request that must succeed and decodes its data into out.
func (s *stack) gql(t testing.TB, token, query string, vars map[string]any, out any) {
	t.Helper()
	_, r := s.postVars(t, token, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("%s: errors %+v", firstLine(query), r.Errors)
	}
	raw, _ := json.Marshal(r.Data)
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("%s: data %s: %v", firstLine(query), raw, err)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// eventCount is how many events the log holds.
func (s *stack) eventCount(t testing.TB) int {
	t.Helper()
	var n int
	if err := s.store.Pool().QueryRow(context.Background(), "SELECT count(*) FROM eventstore_events").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// appendEvents appends domain events to a stream as actor.
func (s *stack) appendEvents(t testing.TB, stream string, actor domain.Identity, events ...domain.Event) eventstore.Position {
	t.Helper()
	pos, err := s.tryAppend(stream, actor, events...)
	if err != nil {
		t.Fatal(err)
	}
	return pos
}

func (s *stack) tryAppend(stream string, actor domain.Identity, events ...domain.Event) (eventstore.Position, error) {
	meta := domain.Metadata{Actor: actor, OccurredAt: time.Now().UTC()}
	recs := make([]eventstore.Event, len(events))
	for i, e := range events {
		var err error
		if recs[i], err = codec.Encode(e, uuid.New(), meta); err != nil {
			return eventstore.Position{}, err
		}
	}
	res, err := s.store.Append(context.Background(), stream, eventstore.Any(), recs...)
	return res.Position, err
}

// seedSpend records one CUR delivery replacing period with facts, as ingest does.
func (s *stack) seedSpend(t testing.TB, period string, facts []domain.SpendFact) {
	t.Helper()
	delivery := "test-delivery-" + uuid.NewString()
	total := domain.Decimal{}
	for _, f := range facts {
		total = total.Add(f.Cost)
	}
	s.appendEvents(t, domain.SpendStream("cur", domain.DefaultSpendExport, period), domain.SystemIngest,
		domain.SpendFactsChunk{DeliveryID: delivery, Source: "cur", Period: period, Facts: facts},
		domain.SpendPeriodReplaced{DeliveryID: delivery, Source: "cur", Period: period, Chunks: 1, Facts: len(facts),
			AIRows: int64(len(facts)), RowsRead: int64(len(facts)), AttributableSpend: total})
}

// waitProjected blocks until the read models include the event at pos.
func (s *stack) waitProjected(t testing.TB, pos eventstore.Position) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if err := s.queries.WaitFor(ctx, pos); err != nil {
		t.Fatalf("read models did not reach %s: %v", pos, err)
	}
}

// waitLimit bounds every wait for the asynchronous parts (projector, detector).
const waitLimit = 30 * time.Second

// eventually polls check until it holds; at the deadline it fails with
// check's last account of what it saw.
func eventually(t testing.TB, what string, check func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		ok, saw := check()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: still not so after %s; last saw %s", what, waitLimit, saw)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitSubscribers blocks until n subscriptions are live on the API.
func (s *stack) waitSubscribers(t testing.TB, n int) {
	t.Helper()
	eventually(t, fmt.Sprintf("%d live subscriptions", n), func() (bool, string) {
		got := s.resolver.changes().subscribers()
		return got >= n, fmt.Sprint(got)
	})
}

// wsSubscription is one GraphQL subscription over its own WebSocket, in
// graphql-transport-ws or the legacy graphql-ws protocol.
type wsSubscription struct {
	conn   *websocket.Conn
	legacy bool
}

// subscribeWS connects, authenticates in connection_init and subscribes.
func (s *stack) subscribeWS(t testing.TB, protocol, token, query string, vars map[string]any) *wsSubscription {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.url, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{protocol}})
	if err != nil {
		t.Fatalf("dial %s: %v", protocol, err)
	}
	conn.SetReadLimit(1 << 20)
	t.Cleanup(func() { conn.CloseNow() })
	sub := &wsSubscription{conn: conn, legacy: protocol == "graphql-ws"}
	sub.send(t, ctx, map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}})
	if typ, raw := sub.read(t, ctx); typ != "connection_ack" {
		t.Fatalf("%s: got %s %s, want connection_ack", protocol, typ, raw)
	}
	start := "subscribe"
	if sub.legacy {
		start = "start"
	}
	sub.send(t, ctx, map[string]any{"id": "1", "type": start, "payload": map[string]any{"query": query, "variables": vars}})
	return sub
}

func (w *wsSubscription) send(t testing.TB, ctx context.Context, msg any) {
	b, _ := json.Marshal(msg)
	if err := w.conn.Write(ctx, websocket.MessageText, b); err != nil {
		t.Fatalf("websocket write: %v", err)
	}
}

// read returns the next message other than a keep-alive, answering pings.
func (w *wsSubscription) read(t testing.TB, ctx context.Context) (string, json.RawMessage) {
	typ, payload, err := w.readMessage(ctx)
	if err != nil {
		t.Fatalf("websocket read: %v", err)
	}
	return typ, payload
}

func (w *wsSubscription) readMessage(ctx context.Context) (string, json.RawMessage, error) {
	for {
		_, b, err := w.conn.Read(ctx)
		if err != nil {
			return "", nil, err
		}
		var m struct {
			Type    string          `json:"type"`
			Payload json.RawMessage `json:"payload"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			return "", nil, fmt.Errorf("message %q: %w", b, err)
		}
		switch m.Type {
		case "ka", "pong":
			continue
		case "ping":
			if err := w.conn.Write(ctx, websocket.MessageText, []byte(`{"type":"pong"}`)); err != nil {
				return "", nil, err
			}
			continue
		}
		return m.Type, m.Payload, nil
	}
}

// next returns the data of the subscription's next result.
func (w *wsSubscription) next(ctx context.Context) (json.RawMessage, error) {
	want := "next"
	if w.legacy {
		want = "data"
	}
	typ, payload, err := w.readMessage(ctx)
	if err != nil {
		return nil, err
	}
	var p struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	_ = json.Unmarshal(payload, &p)
	if typ != want || len(p.Errors) > 0 {
		return nil, fmt.Errorf("got %s %s, want %s", typ, payload, want)
	}
	return p.Data, nil
}

// appendGaps opens gaps number from … from+n-1 (testFinding) as the
// detector would, a few appends in flight at a time, and returns the
// position of the last one.
func (s *stack) appendGaps(t testing.TB, from, n int) eventstore.Position {
	t.Helper()
	const writers = 4
	var (
		mu   sync.Mutex
		last eventstore.Position
		wg   sync.WaitGroup
	)
	for w := range writers {
		wg.Go(func() {
			for i := from + w; i < from+n; i += writers {
				f := testFinding(i)
				id := domain.GapID(f.Scenario, f.Key)
				pos, err := s.tryAppend(domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: f})
				if err != nil {
					t.Errorf("open gap %d: %v", i, err)
					return
				}
				mu.Lock()
				if last.Less(pos) {
					last = pos
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	return last
}
