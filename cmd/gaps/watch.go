package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
	"github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/ingest/s3source"
	"github.com/allocation-gaps/gaps/projections"
)

// watchRetryBase is the first wait after a failed poll; it doubles with
// each failure in a row, up to the watch interval.
const watchRetryBase = 5 * time.Second

// s3Watch polls S3 locations and ingests each new delivery once.
type s3Watch struct {
	client   *s3.Client
	store    eventstore.Store
	pool     *pgxpool.Pool // where the one active watcher holds its lock
	locs     []s3source.Location
	interval time.Duration
	// claude is the configuration whose GAPS_ANTHROPIC_ADMIN_KEY, when set,
	// has the Claude cost report polled with the S3 sources.
	claude Config
	log    *slog.Logger
	// done holds the ids of deliveries ingested, or found in force, by this
	// process: those are not looked up in the log again.
	done map[string]bool
}

// newS3Watch reads the sources (--watch, else GAPS_WATCH) and the
// interval; nil when no source is set.
func newS3Watch(ctx context.Context, cfg Config, store eventstore.Store, pool *pgxpool.Pool, log *slog.Logger) (*s3Watch, error) {
	interval, err := time.ParseDuration(cfg.WatchInterval)
	if err != nil || interval <= 0 {
		return nil, domain.Errorf(domain.CodeBadUserInput, "GAPS_WATCH_INTERVAL %q: want a positive duration such as 15m", cfg.WatchInterval)
	}
	w := &s3Watch{store: store, pool: pool, interval: interval, claude: cfg, log: log, done: map[string]bool{}}
	for _, src := range strings.Split(cfg.Watch, ",") {
		if src = strings.TrimSpace(src); src == "" {
			continue
		}
		loc, err := s3source.ParseURL(src)
		if err != nil {
			return nil, domain.Errorf(domain.CodeBadUserInput, "watch source %v", err)
		}
		w.locs = append(w.locs, loc)
	}
	if len(w.locs) == 0 {
		return nil, nil
	}
	if w.client, err = s3source.NewClient(ctx, s3source.Config{Region: cfg.S3Region, Endpoint: cfg.S3Endpoint}); err != nil {
		return nil, err
	}
	return w, nil
}

// Run polls until ctx ends, as the one active watcher of the database:
// another server watching waits for the lock and takes over when this one
// stops. A failed poll is logged and retried sooner, with backoff; a
// delivery that fails to load writes nothing.
func (w *s3Watch) Run(ctx context.Context) error {
	for {
		lock, err := projections.HoldLock(ctx, w.pool, "watcher")
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		w.log.Info("watch: active")
		w.runLocked(ctx, lock)
		_ = lock.Close(context.WithoutCancel(ctx))
		if ctx.Err() != nil {
			return nil
		}
	}
}

// runLocked polls while lock's connection lives; once it is gone another
// watcher may have taken over, so this one stops and waits for the lock.
func (w *s3Watch) runLocked(ctx context.Context, lock *pgx.Conn) {
	for failures := 0; ; {
		if err := lock.Ping(ctx); err != nil {
			if ctx.Err() == nil {
				w.log.Warn("watch: lost the connection holding its lock; waiting for it again", "err", err)
			}
			return
		}
		delay := w.interval
		retry := min(w.interval, watchRetryBase<<min(failures, 16))
		if err := w.poll(ctx, retry); err != nil && ctx.Err() == nil {
			delay = retry
			failures++
			w.log.Error("watch: delivery not ingested; retrying", "err", err, "failures", failures, "retryIn", delay)
		} else {
			failures = 0
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
	}
}

// poll ingests the new deliveries of every location, then the Claude cost
// report when its key is set, going on past a source that fails; retry is
// the wait before the next poll if one does.
func (w *s3Watch) poll(ctx context.Context, retry time.Duration) error {
	var errs []error
	for _, loc := range w.locs {
		if err := w.pollLocation(ctx, loc, retry); err != nil {
			errs = append(errs, err)
		}
	}
	if w.claude.AnthropicAdminKey != "" {
		errs = append(errs, w.pollClaude(ctx))
	}
	return errors.Join(errs...)
}

// pollClaude records the Claude cost report as `gaps ingest --claude-api`
// does; a report whose spend is unchanged is the same recording, so it
// writes nothing.
func (w *s3Watch) pollClaude(ctx context.Context) error {
	now := time.Now()
	d, err := pollClaude(ctx, w.claude, "", "", now)
	if err != nil {
		return fmt.Errorf("claude cost report: %w", err)
	}
	sum, err := ingest.Record(ctx, w.store, d, domain.SystemIngest, now)
	if err != nil {
		return fmt.Errorf("claude cost report: recording: %w", err)
	}
	if sum.EventsAppended > 0 {
		w.log.Info("watch: ingested", "source", "claude-api", "ingest", sum.IngestID,
			"periods", sum.Periods, "unchanged", sum.Unchanged, "attributableSpend", sum.AttributableSpend.String())
	}
	return nil
}

func (w *s3Watch) pollLocation(ctx context.Context, loc s3source.Location, retry time.Duration) error {
	latest, err := s3source.Latest(ctx, w.client, loc)
	if err != nil {
		return err
	}
	var pending []s3source.Delivery
	for _, d := range latest {
		if w.done[d.ID] {
			continue
		}
		if d.Err != nil { // its loading fails, and is reported
			pending = append(pending, d)
			continue
		}
		inForce, err := w.inForce(ctx, d)
		if err != nil {
			return fmt.Errorf("%s: %w", loc, err)
		}
		if inForce {
			w.done[d.ID] = true
			continue
		}
		pending = append(pending, d)
	}
	if len(pending) == 0 {
		return nil
	}
	// Each export's deliveries load and record together, apart from the
	// other exports': one that fails is reported and writes nothing.
	slices.SortStableFunc(pending, func(a, b s3source.Delivery) int { return strings.Compare(a.Export, b.Export) })
	var errs []error
	for start, end := 0, 0; start < len(pending); start = end {
		for end = start + 1; end < len(pending) && pending[end].Export == pending[start].Export; end++ {
		}
		group := pending[start:end]
		if err := w.ingestExport(ctx, loc, group); err != nil {
			errs = append(errs, err)
			if rerr := w.recordFailure(ctx, loc, group, err, retry); rerr != nil {
				errs = append(errs, rerr)
			}
			continue
		}
		for _, d := range group {
			w.done[d.ID] = true
		}
	}
	return errors.Join(errs...)
}

// ingestExport loads and records the new deliveries of one export.
func (w *s3Watch) ingestExport(ctx context.Context, loc s3source.Location, group []s3source.Delivery) error {
	deliveries, err := loadDeliveries(ctx, group, ingest.Options{}, false)
	if err != nil {
		return err
	}
	for _, d := range deliveries {
		sum, err := ingest.Record(ctx, w.store, d, domain.SystemIngest, time.Now())
		if err != nil {
			return fmt.Errorf("%s: recording export %s: %w", loc, d.Export, err)
		}
		w.log.Info("watch: ingested", "source", loc.String(), "export", sum.Export, "ingest", sum.IngestID,
			"periods", sum.Periods, "unchanged", sum.Unchanged, "rows", sum.RowsRead, "attributableSpend", sum.AttributableSpend.String())
	}
	return nil
}

// recordFailure appends an IngestFailed for one export's deliveries, the
// next attempt in their stream; its id derives from the stream's revision,
// so a retried append writes nothing twice.
func (w *s3Watch) recordFailure(ctx context.Context, loc s3source.Location, group []s3source.Delivery, cause error, retry time.Duration) error {
	ids := make([]string, len(group))
	periods := make([]string, len(group))
	for i, d := range group {
		ids[i], periods[i] = d.ID, d.Period
	}
	deliveryID := strings.Join(ids, "\n")
	stream := domain.IngestFailureStream(deliveryID)
	revision := int64(-1)
	switch recs, err := w.store.ReadStream(ctx, stream, 0); {
	case err == nil:
		revision = int64(recs[len(recs)-1].Revision)
	case !errors.Is(err, eventstore.ErrStreamNotFound):
		return fmt.Errorf("%s: reading failures of export %s: %w", loc, group[0].Export, err)
	}
	now := time.Now().UTC()
	ev := domain.IngestFailed{DeliveryID: deliveryID, Location: loc.String(), Export: group[0].Export, Periods: periods,
		Reason: cause.Error(), Attempt: int(revision) + 2, NextTry: now.Add(retry)}
	rec, err := codec.Encode(ev, codec.DeterministicID(stream, revision, 0), domain.Metadata{Actor: domain.SystemIngest, OccurredAt: now})
	if err != nil {
		return err
	}
	if _, err := w.store.Append(ctx, stream, codec.Expected(revision), rec); err != nil {
		return fmt.Errorf("%s: recording failure of export %s: %w", loc, ev.Export, err)
	}
	return nil
}

// inForce says whether the log already holds a delivery's content for its
// period (as CUR or FOCUS), so a restart reads nothing it ingested before.
func (w *s3Watch) inForce(ctx context.Context, d s3source.Delivery) (bool, error) {
	for _, source := range []string{ingest.SourceCUR, ingest.SourceFOCUS} {
		id, err := ingest.InForce(ctx, w.store, source, d.Export, d.Period)
		if err != nil {
			return false, err
		}
		if id != "" && id == ingest.PeriodDeliveryID(source, d.Period, d.Files) {
			return true, nil
		}
	}
	return false, nil
}
