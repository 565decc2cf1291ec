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

// Detector is the process manager of docs/DESIGN.md §2: it folds the whole log
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

	checkpoint func(ctx context.Context, pos eventstore.Position) error

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

// WithCheckpoint makes the detector call save after each completed pass with
// the position that pass folded: every event up to it has been through
// detection, and what follows it up to the next input is the detector's own
// output. The detector still folds the whole log on start (its state is not
// snapshotted); the checkpoint tells how far detection has got, for
// readiness and lag. A failed save leaves the pass incomplete: it is retried.
func (d *Detector) WithCheckpoint(save func(ctx context.Context, pos eventstore.Position) error) *Detector {
	d.checkpoint = save
	return d
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

// Run folds the log from the start and keeps detecting until ctx ends. The
// first pass waits until the fold has reached the head of the log: a pass on
// a prefix of the log would write findings the rest of the log contradicts.
func (d *Detector) Run(ctx context.Context) error {
	ctx, stop := context.WithCancel(ctx)
	sub, err := d.store.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
	if err != nil {
		stop()
		return fmt.Errorf("detector: subscribe: %w", err)
	}
	recs := make(chan eventstore.RecordedEvent, 256)
	recvErr := make(chan error, 1)
	received := make(chan struct{})
	// The receiver has ended when Run returns: stop unblocks its send, Close its Recv.
	defer func() { stop(); _ = sub.Close(); <-received }()
	go func() {
		defer close(received)
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
	live := false // a pass has run: from then on maxLag bounds the wait for quiet
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
				settle.Reset(d.untilPass(live, dirtySince))
			}
		case <-settle.C:
			if !dirty {
				continue
			}
			ready, err := d.readyForPass(ctx, live, len(recs) > 0, dirtySince)
			if err == nil && !ready {
				settle.Reset(d.settle)
				continue
			}
			if err == nil {
				err = d.detect(ctx)
			}
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				d.log.Warn("detector: pass incomplete; retrying", "err", err)
				settle.Reset(time.Second)
				continue
			}
			dirty, live = false, true
		}
	}
}

// untilPass is how long to wait for quiet before a detection pass.
func (d *Detector) untilPass(live bool, dirtySince time.Time) time.Duration {
	if live && time.Since(dirtySince) > d.maxLag {
		return 0
	}
	return d.settle
}

// readyForPass reports whether a pass may run now: the fold holds the
// detector's own last appends, and nothing else is waiting to be folded,
// except that once live, changes that keep coming wait at most maxLag.
func (d *Detector) readyForPass(ctx context.Context, live, buffered bool, dirtySince time.Time) (bool, error) {
	if !d.caughtUpWithOwnWrites() {
		return false, nil
	}
	if live && time.Since(dirtySince) >= d.maxLag {
		return true, nil
	}
	if buffered {
		return false, nil
	}
	// The subscription may be between reads: ask the log itself.
	next, err := d.store.ReadAll(ctx, d.Position(), 1, eventstore.Filter{})
	if err != nil {
		return false, fmt.Errorf("read the log head: %w", err)
	}
	return len(next) == 0, nil
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
	// Its own writes and the notifier's delivery records change nothing detection reads.
	byProcess := env.Meta.Actor.Subject == domain.SystemDetector.Subject || env.Meta.Actor.Subject == domain.SystemNotifier.Subject
	return spendChanged || !byProcess, nil
}

func (d *Detector) caughtUpWithOwnWrites() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return !d.pos.Less(d.awaiting)
}

// detect runs one detection pass and appends what changed.
func (d *Detector) detect(ctx context.Context) error {
	d.mu.Lock()
	now, folded := d.now().UTC(), d.pos
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
	d.mu.Unlock()
	if conflicts > 0 {
		return fmt.Errorf("%d gap streams moved during the pass", conflicts)
	}
	if d.checkpoint != nil {
		if err := d.checkpoint(ctx, folded); err != nil {
			return fmt.Errorf("checkpoint at %s: %w", folded, err)
		}
	}
	d.mu.Lock()
	d.runs++
	d.mu.Unlock()
	if len(decisions) > 0 {
		d.log.Info("detector: pass", "findings", len(det.Findings), "appended", len(decisions),
			"window", det.Summary.WindowStart+".."+det.Summary.WindowEnd)
	}
	return nil
}
