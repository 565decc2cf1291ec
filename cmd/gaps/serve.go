package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/sync/errgroup"

	"github.com/allocation-gaps/gaps/app"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/graph"
	"github.com/allocation-gaps/gaps/graph/auth"
	"github.com/allocation-gaps/gaps/internal/console"
	"github.com/allocation-gaps/gaps/notify"
	"github.com/allocation-gaps/gaps/projections"
)

func init() {
	commands["serve"] = command{
		summary:  "serve the GraphQL API, and run the projector, the detector and the notifier",
		synopsis: []string{"serve [--run api,projector,detector,notifier] [--addr ADDR] [--watch s3://bucket/prefix,…]"},
		example:  "gaps serve                      # all (the notifier when GAPS_NOTIFY_ROUTES is set)\ngaps serve --run api --addr :8081   # one more API replica",
		run:      runServe,
	}
}

// components `gaps serve` can run; all by default (the notifier only when
// it has a routing file), each alone by flag so a team can scale API
// replicas apart from the single projector, detector and notifier.
var allComponents = []string{"api", "projector", "detector", "notifier"}

func runServe(ctx context.Context, cfg Config, args []string) error {
	fs := commandFlags("serve")
	only := fs.String("run", "", "components to run: any of api, projector, detector, notifier, comma-separated (default: all; the notifier when GAPS_NOTIFY_ROUTES is set)")
	addr := fs.String("addr", cfg.HTTPAddr, "HTTP listen address (GAPS_HTTP_ADDR)")
	watch := fs.String("watch", cfg.Watch, "s3://bucket/prefix sources to poll for new CUR deliveries, comma-separated (GAPS_WATCH)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return domain.Errorf(domain.CodeBadUserInput, "unexpected argument %q (see gaps serve --help)", fs.Arg(0))
	}
	run, err := parseComponents(*only, cfg.NotifyRoutes != "")
	if err != nil {
		return err
	}
	cfg.HTTPAddr, cfg.Watch = *addr, *watch
	srv, err := startServer(ctx, cfg, run, nil)
	if err != nil {
		return err
	}
	return srv.wait()
}

// defaultComponents are all components, the notifier only when routed
// (GAPS_NOTIFY_ROUTES is set).
func defaultComponents(routed bool) []string {
	if routed {
		return allComponents
	}
	return slices.DeleteFunc(slices.Clone(allComponents), func(c string) bool { return c == "notifier" })
}

func parseComponents(s string, routed bool) ([]string, error) {
	if s == "" {
		return defaultComponents(routed), nil
	}
	var out []string
	for _, c := range strings.Split(s, ",") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !slices.Contains(allComponents, c) {
			return nil, fmt.Errorf("--run: unknown component %q (want api, projector, detector or notifier)", c)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, errors.New("--run: name at least one of api, projector, detector, notifier")
	}
	if slices.Contains(out, "notifier") && !routed {
		return nil, errors.New("--run notifier: set GAPS_NOTIFY_ROUTES to the routing file (see README, Notifications)")
	}
	return out, nil
}

// server is a running `gaps serve`.
type server struct {
	group *errgroup.Group
	addr  string // the address the API listens on, once it does
}

func (s *server) wait() error {
	err := s.group.Wait()
	if errors.Is(err, context.Canceled) || errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// startServer starts the chosen components; they stop when ctx ends.
// ready, if not nil, is called once the API listens.
func startServer(ctx context.Context, cfg Config, run []string, ready func(addr string)) (*server, error) {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	store, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	pool, err := openReadModels(ctx, cfg)
	if err != nil {
		store.Close()
		return nil, err
	}
	var notifier *notify.Notifier
	if slices.Contains(run, "notifier") {
		if notifier, err = newNotifier(cfg, store, pool, log); err != nil {
			store.Close()
			pool.Close()
			return nil, err
		}
	}
	g, gctx := errgroup.WithContext(ctx)
	s := &server{group: g}
	g.Go(func() error { // release connections once every component stopped
		<-gctx.Done()
		return nil
	})
	var detector *app.Detector
	if slices.Contains(run, "projector") {
		p := projections.NewProjector(store, pool, projections.WithLogger(log))
		g.Go(func() error { return p.Run(gctx) })
	}
	watcher, err := newS3Watch(ctx, cfg, store, pool, log)
	if err != nil {
		store.Close()
		pool.Close()
		return nil, err
	}
	if watcher != nil {
		g.Go(func() error { return watcher.Run(gctx) })
	}
	if slices.Contains(run, "detector") {
		detector = app.NewDetector(store, log).WithCheckpoint(func(ctx context.Context, pos eventstore.Position) error {
			return projections.SaveProcessCheckpoint(ctx, pool, "detector", pos)
		})
		g.Go(func() error { return detector.Run(gctx) })
	}
	if notifier != nil {
		g.Go(func() error { return notifier.Run(gctx) })
	}
	if slices.Contains(run, "api") {
		verifier, err := newVerifier(ctx, cfg, log)
		if err != nil {
			store.Close()
			pool.Close()
			return nil, err
		}
		consoleOpts, err := consoleOptions(cfg)
		if err != nil {
			store.Close()
			pool.Close()
			return nil, err
		}
		queries := projections.NewQueries(pool)
		var caughtUp atomic.Bool
		h, err := graph.NewHandler(graph.ServerConfig{
			Resolver:       &graph.Resolver{Reader: queries, Store: store, Commands: app.NewService(store)},
			Verifier:       verifier,
			AllowedOrigins: cfg.AllowedOrigins,
			Console:        console.Handler(consoleOpts),
			Logger:         log,
			Ready: func(ctx context.Context) error {
				if err := pool.Ping(ctx); err != nil {
					return fmt.Errorf("read-model database: %w", err)
				}
				if err := queries.ProjectorHealth(ctx); err != nil {
					return err
				}
				if detector == nil || caughtUp.Load() {
					return nil
				}
				if detector.Runs() == 0 {
					return errors.New("detector has not finished its first pass")
				}
				// Ready once the read models show what the detector saw on its first pass.
				seen := detector.Position()
				projected, err := queries.Checkpoint(ctx)
				if err != nil {
					return err
				}
				if projected.Less(seen) {
					return fmt.Errorf("read models at %s, behind the detector at %s", projected, seen)
				}
				caughtUp.Store(true) // from now on a lag is load, not unreadiness
				return nil
			},
		})
		if err != nil {
			store.Close()
			pool.Close()
			return nil, err
		}
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			store.Close()
			pool.Close()
			return nil, fmt.Errorf("listen on %s (GAPS_HTTP_ADDR): %w", cfg.HTTPAddr, err)
		}
		s.addr = ln.Addr().String()
		httpSrv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		g.Go(func() error { return httpSrv.Serve(ln) })
		g.Go(func() error {
			<-gctx.Done()
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return httpSrv.Shutdown(shutdown)
		})
		log.Info("API listening", "addr", s.addr, "console", "http://"+displayAddr(s.addr)+"/", "graphiql", "http://"+displayAddr(s.addr)+"/graphiql", "query", "http://"+displayAddr(s.addr)+"/query")
		if ready != nil {
			ready(s.addr)
		}
	}
	go func() {
		_ = g.Wait()
		store.Close()
		pool.Close()
	}()
	return s, nil
}

// newVerifier picks the JWT verification mode (authConfig); outside dev
// mode the server refuses to start without one.
func newVerifier(ctx context.Context, cfg Config, log *slog.Logger) (*auth.Verifier, error) {
	ac, err := authConfig(cfg)
	if err != nil {
		return nil, err
	}
	ac.Logger = log
	return auth.NewVerifier(ctx, ac)
}

func displayAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || host == "" || host == "::" || host == "0.0.0.0" {
		return "localhost:" + port
	}
	return addr
}

// newNotifier reads the notifier's routing file and mail server.
func newNotifier(cfg Config, store eventstore.Store, pool *pgxpool.Pool, log *slog.Logger) (*notify.Notifier, error) {
	routes, err := notify.LoadRoutes(cfg.NotifyRoutes)
	if err != nil {
		return nil, err
	}
	var mail *notify.SMTP
	if cfg.SMTPURL != "" {
		if mail, err = notify.ParseSMTPURL(cfg.SMTPURL); err != nil {
			return nil, err
		}
	}
	return notify.New(store, pool, notify.Config{Routes: routes, PublicURL: cfg.PublicURL, WebhookSecret: []byte(cfg.WebhookSecret), SMTP: mail, Log: log}), nil
}
