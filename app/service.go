// Package app runs the domain against the event store: the command service
// behind every mutation, and the detector process that turns findings into
// gap events. It holds no business rules of its own; those are in domain.
package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// GovernanceStreams selects every stream the governance fold reads (all but spend and ingest).
var GovernanceStreams = eventstore.Filter{StreamPrefixes: []string{
	"br-", "workload-", "task-", "budgets-", domain.SettingsStream, "gap-", domain.DetectionStream,
}}

// folder keeps a domain fold at the head of the log by reading forward from
// where it stopped.
type folder struct {
	store  eventstore.Store
	filter eventstore.Filter
	pos    eventstore.Position
	apply  func(domain.Envelope)
}

const readBatch = 1000

// catchUp applies every event after the folder's position.
func (f *folder) catchUp(ctx context.Context) error {
	for {
		recs, err := f.store.ReadAll(ctx, f.pos, readBatch, f.filter)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			env, err := codec.Decode(rec)
			if err != nil {
				return err
			}
			f.apply(env)
			f.pos = rec.Position
		}
		if len(recs) < readBatch {
			return nil
		}
	}
}

// Service executes commands: each is decided against the governance fold
// brought to the head of the log, then appended to its one stream with the
// expected revision the decision was made at (docs/DESIGN.md §2).
type Service struct {
	mu    sync.Mutex
	gov   *domain.Governance
	fold  folder
	store eventstore.Store
	now   func() time.Time
}

// NewService returns a command service on store.
func NewService(store eventstore.Store) *Service {
	s := &Service{gov: domain.NewGovernance(), store: store, now: time.Now}
	s.fold = folder{store: store, filter: GovernanceStreams, apply: s.gov.Apply}
	return s
}

// conflictRetries bounds re-deciding after another writer moved the stream
// between our catch-up and our append.
const conflictRetries = 5

// Execute decides and appends cmd on behalf of actor and returns the
// position of the last event written. Refusals are *domain.Error with a code;
// nothing is written then.
func (s *Service) Execute(ctx context.Context, actor domain.Identity, cmd domain.Command) (eventstore.Position, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	correlation := uuid.NewString()
	for attempt := 0; ; attempt++ {
		if err := s.fold.catchUp(ctx); err != nil {
			return eventstore.Position{}, fmt.Errorf("read governance log: %w", err)
		}
		now := s.now().UTC()
		dec, err := domain.Decide(s.gov, cmd, actor, now)
		if err != nil {
			return eventstore.Position{}, err
		}
		meta := domain.Metadata{Actor: actor, OccurredAt: now, CorrelationID: correlation, Rationale: dec.Rationale}
		events := make([]eventstore.Event, len(dec.Events))
		for i, e := range dec.Events {
			if events[i], err = codec.Encode(e, uuid.New(), meta); err != nil {
				return eventstore.Position{}, err
			}
		}
		if dec.Guard != "" {
			err = s.guard(ctx, dec, events, meta)
			if errors.Is(err, errDecideAgain) && attempt < conflictRetries {
				continue
			}
			if errors.Is(err, errDecideAgain) {
				return eventstore.Position{}, domain.Errorf(domain.CodeConflict, "%s: %s is being decided concurrently; reload and retry", cmd.CommandName(), dec.Guard)
			}
			if err != nil {
				return eventstore.Position{}, err
			}
		}
		res, err := s.store.Append(ctx, dec.Stream, codec.Expected(dec.ExpectedRevision), events...)
		if errors.Is(err, eventstore.ErrConflict) && attempt < conflictRetries {
			continue // someone else wrote first: decide again on the newer state
		}
		if errors.Is(err, eventstore.ErrConflict) {
			return eventstore.Position{}, domain.Errorf(domain.CodeConflict, "%s: %s changed concurrently; reload and retry", cmd.CommandName(), dec.Stream)
		}
		if err != nil {
			return eventstore.Position{}, fmt.Errorf("append to %s: %w", dec.Stream, err)
		}
		return res.Position, nil
	}
}

// errDecideAgain: the guard stream showed a decision the fold had not seen
// yet, or moved meanwhile; the command is to be decided again.
var errDecideAgain = errors.New("decide again")

// guard orders dec after every earlier decision under the same
// cross-record rule, on whichever replica it was taken (DESIGN.md §1 keeps
// each append to one stream, so the rule needs a stream of its own): it
// settles the guard stream's last decision, if the fold may not include it,
// and then announces dec there at the revision it read. Two replicas
// deciding on one key at once cannot both announce; the one that fails
// decides again and sees the other's decision.
func (s *Service) guard(ctx context.Context, dec domain.Decision, events []eventstore.Event, meta domain.Metadata) error {
	stream := domain.GuardStream(dec.Guard)
	recs, err := s.store.ReadStream(ctx, stream, 0)
	if err != nil && !errors.Is(err, eventstore.ErrStreamNotFound) {
		return fmt.Errorf("read %s: %w", stream, err)
	}
	expected := eventstore.NoStream()
	if len(recs) > 0 {
		last := recs[len(recs)-1]
		expected = eventstore.Exact(last.Revision)
		voided, err := s.settle(ctx, stream, last, meta)
		if err != nil {
			return err
		}
		if voided {
			expected = eventstore.Exact(last.Revision + 1)
		}
	}
	announce := domain.DecisionGuarded{Key: dec.Guard, Stream: dec.Stream, ExpectedRevision: dec.ExpectedRevision}
	for _, e := range events {
		announce.Events = append(announce.Events, domain.GuardedEvent{ID: e.ID.String(), Type: e.Type, Data: e.Data, Metadata: e.Metadata})
	}
	rec, err := codec.Encode(announce, uuid.New(), meta)
	if err != nil {
		return err
	}
	if _, err := s.store.Append(ctx, stream, expected, rec); errors.Is(err, eventstore.ErrConflict) {
		return errDecideAgain
	} else if err != nil {
		return fmt.Errorf("append to %s: %w", stream, err)
	}
	return nil
}

// settle makes sure the guarded decision last announced in a guard stream
// is either in the log, and in the fold, or void: appending its events
// again either writes them (its replica has not yet, or never will), or
// is recognised as a retry, or fails because its stream moved on, which
// it can then never do: then it is voided (reported true).
func (s *Service) settle(ctx context.Context, stream string, last eventstore.RecordedEvent, meta domain.Metadata) (voided bool, err error) {
	if last.Type != domain.EventDecisionGuarded {
		return false, nil // voided before: the key is free
	}
	env, err := codec.Decode(last)
	if err != nil {
		return false, err
	}
	g := env.Event.(domain.DecisionGuarded)
	events := make([]eventstore.Event, len(g.Events))
	for i, e := range g.Events {
		id, err := uuid.Parse(e.ID)
		if err != nil {
			return false, fmt.Errorf("%s: guarded event id %q: %w", stream, e.ID, err)
		}
		events[i] = eventstore.Event{ID: id, Type: e.Type, Data: e.Data, Metadata: e.Metadata}
	}
	res, err := s.store.Append(ctx, g.Stream, codec.Expected(g.ExpectedRevision), events...)
	switch {
	case err == nil && !s.fold.pos.Less(res.Position):
		return false, nil // the fold the decision was made on includes it
	case err == nil:
		return false, errDecideAgain // just completed: decide on a fold that includes it
	case errors.Is(err, eventstore.ErrConflict):
		void, err := codec.Encode(domain.GuardVoided{Key: g.Key}, uuid.New(), meta)
		if err != nil {
			return false, err
		}
		if _, err := s.store.Append(ctx, stream, eventstore.Exact(last.Revision), void); errors.Is(err, eventstore.ErrConflict) {
			return false, errDecideAgain
		} else if err != nil {
			return false, fmt.Errorf("append to %s: %w", stream, err)
		}
		return true, nil
	default:
		return false, fmt.Errorf("settle the decision guarded in %s: %w", stream, err)
	}
}

// Governance runs read against the fold at the head of the log, under the
// service's lock (fn must not keep g).
func (s *Service) Governance(ctx context.Context, fn func(g *domain.Governance)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.fold.catchUp(ctx); err != nil {
		return err
	}
	fn(s.gov)
	return nil
}
