package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/graph/graphiql"
)

// ServerConfig is what NewHandler needs. Resolver and Verifier are required;
// zero limits take the defaults below.
type ServerConfig struct {
	Resolver *Resolver
	Verifier *auth.Verifier
	// AllowedOrigins are extra WebSocket Origin host patterns ("app.example.com",
	// "*.example.com", or with a scheme "https://app.example.com"); the
	// request's own host is always allowed. Requests without an Origin
	// (non-browser clients) are not checked.
	AllowedOrigins []string
	// Console serves every path the API does not ("/" and the app's routes);
	// nil: those paths get 404.
	Console http.Handler
	// Ready reports whether the server can serve (/readyz); nil: always ready.
	Ready  func(context.Context) error
	Logger *slog.Logger // default slog.Default()

	MaxDepth      int           // fields deep; default 12
	MaxComplexity int           // gqlgen complexity, connections charged first × child, introspection 1000 per __schema/__type; default 5000
	MaxTokens     int           // lexical tokens of a document, counted while parsing; default 5000
	MaxSelections int           // selections written in a document, counted before validation; default 500
	MaxAliases    int           // aliased fields of a document, counted before validation; default 30
	MaxBodyBytes  int64         // POST body and WebSocket message size; default 1 MiB
	BodyTimeout   time.Duration // to receive a whole request body; default 10s
	KeepAlive     time.Duration // WebSocket ping / keep-alive interval; default 15s
}

const (
	defaultMaxDepth      = 12
	defaultMaxComplexity = 5000
	defaultMaxTokens     = 5000
	defaultMaxSelections = 500
	defaultMaxAliases    = 30
	defaultMaxBodyBytes  = 1 << 20
	defaultBodyTimeout   = 10 * time.Second
	defaultKeepAlive     = 15 * time.Second
	wsInitTimeout        = 10 * time.Second
)

// Close code of a socket whose connection_init carried no valid token, or
// whose token expired (graphql-transport-ws uses 4403 for "Forbidden").
const closeUnauthorized = 4403

// NewHandler serves the API:
//
//	/query     GraphQL over POST, GET (queries only) and WebSocket
//	           (graphql-transport-ws and legacy graphql-ws)
//	/export/   CSV downloads for Finance (exportHandler), with /query's tokens and read permissions
//	/graphiql  GraphiQL, its assets embedded and served under /graphiql/
//	/          cfg.Console, the governance console
//	/healthz  always 200 while the process serves
//	/readyz   200 when cfg.Ready says so, else 503
//
// Errors carry extensions.code: a domain.Error's code (UNAUTHENTICATED,
// FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT, INVALID_TRANSITION,
// RECORDED_NOT_VISIBLE), else INTERNAL with the details logged, never
// shown; a body that is not one GraphQL request is BAD_REQUEST (400)
// (readBody). Requests refused before
// execution (parse and its token limit, validation and its limits on selections and
// aliases, depth, complexity) get BAD_USER_INPUT with the specific reason in
// extensions.reason (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
// DEPTH_LIMIT_EXCEEDED, COMPLEXITY_LIMIT_EXCEEDED) and HTTP status 422.
func NewHandler(cfg ServerConfig) (http.Handler, error) {
	if cfg.Resolver == nil || cfg.Verifier == nil {
		return nil, errors.New("graph: NewHandler needs a Resolver and a Verifier")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cfg.MaxDepth = cmp.Or(cfg.MaxDepth, defaultMaxDepth)
	cfg.MaxComplexity = cmp.Or(cfg.MaxComplexity, defaultMaxComplexity)
	cfg.MaxTokens = cmp.Or(cfg.MaxTokens, defaultMaxTokens)
	cfg.MaxSelections = cmp.Or(cfg.MaxSelections, defaultMaxSelections)
	cfg.MaxAliases = cmp.Or(cfg.MaxAliases, defaultMaxAliases)
	cfg.MaxBodyBytes = cmp.Or(cfg.MaxBodyBytes, defaultMaxBodyBytes)
	cfg.BodyTimeout = cmp.Or(cfg.BodyTimeout, defaultBodyTimeout)
	cfg.KeepAlive = cmp.Or(cfg.KeepAlive, defaultKeepAlive)
	log := cfg.Logger

	srv := handler.New(NewExecutableSchema(Config{Resolvers: cfg.Resolver, Complexity: complexity()}))
	readLimit := cfg.MaxBodyBytes
	srv.AddTransport(transport.Websocket{
		Implementation: expiringSockets{transport.CoderWebsocketImplementation{
			AcceptOptions: websocket.AcceptOptions{OriginPatterns: cfg.AllowedOrigins},
		}},
		InitFunc:              socketInit(cfg.Verifier),
		InitTimeout:           wsInitTimeout,
		KeepAlivePingInterval: cfg.KeepAlive,
		PingPongInterval:      cfg.KeepAlive,
		PayloadReadLimit:      &readLimit,
		CloseFunc: func(ctx context.Context, code int) {
			stopExpiry(ctx)
			log.DebugContext(ctx, "websocket closed", "subject", authOf(ctx).identity.Subject, "code", code)
		},
		ErrorFunc: func(ctx context.Context, err error) {
			log.DebugContext(ctx, "websocket error", "error", err)
		},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.SetValidationRulesFn(boundedValidation(cfg.MaxSelections, cfg.MaxAliases))
	srv.Use(extension.Introspection{})
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(&complexityLimit{max: cfg.MaxComplexity})
	srv.SetErrorPresenter(presentError(log))
	srv.AroundFields(checkReadArguments)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "path", graphql.GetPath(ctx).String(), "stack", string(debug.Stack()))
		return domain.Errorf(domain.CodeInternal, "internal error")
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		log.InfoContext(ctx, "graphql operation", "operation", oc.OperationName,
			"type", oc.Operation.Operation, "subject", authOf(ctx).identity.Subject)
		return next(ctx)
	})

	mux := http.NewServeMux()
	mux.Handle("/query", authenticate(cfg.Verifier, readBody(cfg.MaxBodyBytes, cfg.BodyTimeout, trackSockets(srv))))
	mux.Handle("/export/", authenticate(cfg.Verifier, exportHandler(cfg.Resolver.Reader, log)))
	explorer := graphiql.Handler("Allocation Gaps", "/query")
	mux.Handle(graphiql.PagePath, explorer)
	mux.Handle(graphiql.PagePath+"/", explorer)
	if cfg.Console != nil {
		mux.Handle("/", cfg.Console)
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if cfg.Ready != nil {
			if err := cfg.Ready(r.Context()); err != nil {
				log.WarnContext(r.Context(), "not ready", "error", err)
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		_, _ = io.WriteString(w, "ready\n")
	})
	return logRequests(log, mux), nil
}

// authenticate puts the caller's identity, or why there is none, in the
// request context. It refuses nothing itself: each field decides what it
// needs (requireRole), and a socket authenticates in connection_init.
func authenticate(v *auth.Verifier, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := authState{err: errNoToken}
		if h := r.Header.Get("Authorization"); h != "" {
			s = verified(v, h)
		}
		next.ServeHTTP(w, r.WithContext(withAuth(r.Context(), s)))
	})
}

func verified(v *auth.Verifier, header string) authState {
	id, exp, err := v.VerifyBearer(header)
	if err != nil {
		return authState{err: err}
	}
	return authState{identity: id, expires: exp}
}

// readBody reads a request body whole before GraphQL sees it: over limit
// bytes is refused with 413, a body not received within timeout with 408
// (the server's header timeout does not cover the body), and a POST body
// that is not one GraphQL request object with 400 BAD_REQUEST, saying why
// but never echoing the body.
func readBody(limit int64, timeout time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > limit {
			http.Error(w, fmt.Sprintf("request body of %d bytes is over the limit of %d", r.ContentLength, limit), http.StatusRequestEntityTooLarge)
			return
		}
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(timeout)) // not every writer supports deadlines; a test recorder does not
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if err != nil {
			// The deadline stays: the server's discarding the rest of the
			// body before it answers must not wait on the sender either.
			w.Header().Set("Connection", "close")
			var tooBig *http.MaxBytesError
			var netErr net.Error
			switch {
			case errors.As(err, &tooBig):
				http.Error(w, fmt.Sprintf("request body is over the limit of %d bytes", limit), http.StatusRequestEntityTooLarge)
			case errors.As(err, &netErr) && netErr.Timeout():
				http.Error(w, fmt.Sprintf("request body not received within %s", timeout), http.StatusRequestTimeout)
			default:
				http.Error(w, "reading request body: "+err.Error(), http.StatusBadRequest)
			}
			return
		}
		_ = rc.SetReadDeadline(time.Time{})
		if r.Method == http.MethodPost {
			if msg := notOneRequest(body); msg != "" {
				badRequest(w, msg)
				return
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// notOneRequest says why a POST body is not one GraphQL request object
// ({"query": …, "operationName": …, "variables": {…}, "extensions": {…}}),
// or returns "".
func notOneRequest(body []byte) string {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return "batched requests (a JSON array) are not supported: send one request object per HTTP request"
	}
	var req struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return fmt.Sprintf("request body: %s must be %s, not %s", typeErr.Field, typeErr.Type, typeErr.Value)
		}
		if errors.As(err, &typeErr) {
			return fmt.Sprintf("request body must be a JSON object, not %s", typeErr.Value)
		}
		return "request body is not valid JSON"
	}
	return ""
}

// badRequest answers a request that is not GraphQL at all, in the GraphQL
// error shape with extensions.code BAD_REQUEST.
func badRequest(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": codeBadRequest}}}})
}

// codeBadRequest is the code of a request that is not GraphQL at all.
const codeBadRequest = "BAD_REQUEST"

// checkReadArguments holds the arguments of query and subscription fields
// to the domain's text rule, so that a NUL byte or an over-long value (a
// cursor, an id) is refused naming the argument, never sent to the
// database nor echoed back. Mutations are checked by the domain itself.
func checkReadArguments(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc != nil && len(fc.Args) > 0 && fc.Object != "Mutation" {
		if err := domain.CheckTexts("", fc.Args); err != nil {
			return nil, err
		}
	}
	return next(ctx)
}

// socketInit authenticates a socket from its connection_init payload
// {"Authorization": "Bearer …"} (or, failing that, the upgrade request's own
// header). A missing or bad token closes the socket with 4403; a good one
// arms a timer that closes it with 4403 when the token expires.
func socketInit(v *auth.Verifier) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		s := authOf(ctx)
		if h := payload.Authorization(); h != "" {
			s = verified(v, h)
		}
		if errors.Is(s.err, errNoToken) {
			s.err = errNoSocketToken
		}
		if s.err != nil {
			ctx = transport.WithWebsocketCloseCode(ctx, closeUnauthorized)
			ctx = transport.AppendCloseReason(ctx, "unauthenticated")
			return ctx, nil, s.err
		}
		ctx = withAuth(ctx, s)
		if sock, ok := ctx.Value(socketKey{}).(*socket); ok {
			sock.expireAt(s.expires)
		}
		return ctx, nil, nil
	}
}

var errNoSocketToken = domain.Errorf(domain.CodeUnauthenticated, `not authenticated: send connection_init with the payload {"Authorization": "Bearer <token>"}`)

// socket is the connection behind one WebSocket request, so that its token's
// expiry can close it with a code of our choosing (a cancelled context
// would close it as a normal end).
type socket struct {
	mu     sync.Mutex
	conn   transport.WebsocketConn
	expiry *time.Timer
}

type socketKey struct{}

func (s *socket) expireAt(t time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil || t.IsZero() {
		return
	}
	conn := s.conn
	s.expiry = time.AfterFunc(time.Until(t), func() {
		_ = conn.WriteClose(closeUnauthorized, "token expired")
	})
}

func stopExpiry(ctx context.Context) {
	if s, ok := ctx.Value(socketKey{}).(*socket); ok {
		s.mu.Lock()
		if s.expiry != nil {
			s.expiry.Stop()
		}
		s.mu.Unlock()
	}
}

// trackSockets gives each WebSocket request the record its expiry timer needs.
func trackSockets(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			r = r.WithContext(context.WithValue(r.Context(), socketKey{}, &socket{}))
		}
		next.ServeHTTP(w, r)
	})
}

// expiringSockets records each accepted connection in the request's socket.
type expiringSockets struct {
	transport.CoderWebsocketImplementation
}

func (e expiringSockets) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := e.CoderWebsocketImplementation.Accept(w, r, opts)
	if s, ok := r.Context().Value(socketKey{}).(*socket); ok && err == nil {
		s.mu.Lock()
		s.conn = conn
		s.mu.Unlock()
	}
	return conn, err
}

// presentError maps errors to extensions.code and hides what a client
// should not see (see NewHandler).
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		var derr *domain.Error
		switch {
		case errors.As(err, &derr) && derr.Code != domain.CodeInternal:
			gerr.Message = derr.Message
			gerr.Extensions["code"] = string(derr.Code)
		case gerr.Extensions["code"] != nil: // gqlgen refused the request before executing it
			gerr.Extensions["reason"] = gerr.Extensions["code"]
			gerr.Extensions["code"] = string(domain.CodeBadUserInput)
		default:
			log.ErrorContext(ctx, "internal error", "error", err, "path", gerr.Path.String())
			return &gqlerror.Error{
				Message:    "internal error",
				Path:       gerr.Path,
				Extensions: map[string]any{"code": string(domain.CodeInternal)},
			}
		}
		return gerr
	}
}

// statusRecorder remembers the status for the request log; Unwrap keeps
// WebSocket hijacking working.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequests logs one line per request.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		log.InfoContext(r.Context(), "http request", "method", r.Method, "path", r.URL.Path,
			"status", status, "duration", time.Since(start), "remote", r.RemoteAddr)
	})
}
