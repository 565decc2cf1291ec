package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// Detector is the process manager of DESIGN.md §1: it folds the whole log
// (spend facts, governance, gaps), re-runs detection when spend or governance
// changes, and appends the difference to the gap streams. Its event ids are
// derived from (stream, expected revision), so a restart, a retried append or
// a second replay of the same log never writes anything twice.
type Detector struct {
	store  eventstore.Store
	log    *slog.Logger
	now    func() time.Time
	settle time.Duration // quiet time after the last change before detecting
	maxLag time.Duration // upper bound on waiting for quiet under steady traffic

	mu       sync.Mutex
	gov      *domain.Governance
	ledger   *domain.SpendLedger
	pos      eventstore.Position // last event folded
	awaiting eventstore.Position // our last append: detect again only once folded
	runs     int
}

// NewDetector returns a detector on store.
func NewDetector(store eventstore.Store, log *slog.Logger) *Detector {
	return &Detector{
		store: store, log: log, now: time.Now,
		settle: 150 * time.Millisecond, maxLag: 2 * time.Second,
		gov: domain.NewGovernance(), ledger: domain.NewSpendLedger(),
	}
}

// Position is the last event the detector has folded.
func (d *Detector) Position() eventstore.Position {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.pos
}

// Runs counts completed detection passes (for readiness and tests).
func (d *Detector) Runs() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.runs
}

// Run folds the log from the start and keeps detecting until ctx ends.
func (d *Detector) Run(ctx context.Context) error {
	sub, err := d.store.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		return fmt.Errorf("detector: subscribe: %w", err)
	}
	defer sub.Close()
	recs := make(chan eventstore.RecordedEvent, 256)
	recvErr := make(chan error, 1)
	go func() {
		defer close(recs)
		for {
			rec, err := sub.Recv()
			if err != nil {
				recvErr <- err
				return
			}
			select {
			case recs <- rec:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Start dirty so that the first pass runs once the backlog is folded,
	// even on an empty log.
	settle := time.NewTimer(d.settle)
	defer settle.Stop()
	dirty, dirtySince := true, time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case rec, ok := <-recs:
			if !ok {
				err := <-recvErr
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return fmt.Errorf("detector: subscription: %w", err)
			}
			changed, err := d.apply(rec)
			if err != nil {
				return err
			}
			if changed && !dirty {
				dirty, dirtySince = true, time.Now()
			}
			if dirty {
				settle.Reset(d.untilPass(dirtySince))
			}
		case <-settle.C:
			if !dirty {
				continue
			}
			// Fold what is buffered first, unless changes keep coming.
			if (len(recs) > 0 && time.Since(dirtySince) < d.maxLag) || !d.caughtUpWithOwnWrites() {
				settle.Reset(d.settle)
				continue
			}
			if err := d.detect(ctx); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				d.log.Warn("detector: pass incomplete; retrying", "err", err)
				settle.Reset(time.Second)
				continue
			}
			dirty = false
		}
	}
}

// untilPass is how long to wait for quiet before a detection pass.
func (d *Detector) untilPass(dirtySince time.Time) time.Duration {
	if time.Since(dirtySince) > d.maxLag {
		return 0
	}
	return d.settle
}

// apply folds one event; it reports whether detection must run again (the
// detector's own gap events change nothing its findings depend on).
func (d *Detector) apply(rec eventstore.RecordedEvent) (bool, error) {
	env, err := codec.Decode(rec)
	if err != nil {
		return false, fmt.Errorf("detector: %w", err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	spendChanged := d.ledger.Apply(env)
	d.gov.Apply(env)
	d.pos = rec.Position
	return spendChanged || env.Meta.Actor.Subject != domain.SystemDetector.Subject, nil
}

func (d *Detector) caughtUpWithOwnWrites() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return !d.pos.Less(d.awaiting)
}

// detect runs one detection pass and appends what changed.
func (d *Detector) detect(ctx context.Context) error {
	d.mu.Lock()
	now := d.now().UTC()
	det := domain.Detect(d.ledger.Facts(), d.gov)
	decisions := domain.Reconcile(d.gov, det.Findings, det.Summary, now)
	d.mu.Unlock()

	var last eventstore.Position
	conflicts := 0
	for _, dec := range decisions {
		meta := domain.Metadata{Actor: domain.SystemDetector, OccurredAt: now, Rationale: dec.Rationale}
		events := make([]eventstore.Event, len(dec.Events))
		for i, e := range dec.Events {
			var err error
			if events[i], err = codec.Encode(e, codec.DeterministicID(dec.Stream, dec.ExpectedRevision, i), meta); err != nil {
				return err
			}
		}
		res, err := d.store.Append(ctx, dec.Stream, codec.Expected(dec.ExpectedRevision), events...)
		switch {
		case errors.Is(err, eventstore.ErrConflict), errors.Is(err, eventstore.ErrDuplicateEventID):
			// A human decision landed on the gap first; the next pass sees it.
			conflicts++
			continue
		case err != nil:
			return fmt.Errorf("append to %s: %w", dec.Stream, err)
		}
		if last.Less(res.Position) {
			last = res.Position
		}
	}
	d.mu.Lock()
	if d.awaiting.Less(last) {
		d.awaiting = last
	}
	d.runs++
	d.mu.Unlock()
	if conflicts > 0 {
		return fmt.Errorf("%d gap streams moved during the pass", conflicts)
	}
	if len(decisions) > 0 {
		d.log.Info("detector: pass", "findings", len(det.Findings), "appended", len(decisions),
			"window", det.Summary.WindowStart+".."+det.Summary.WindowEnd)
	}
	return nil
}
