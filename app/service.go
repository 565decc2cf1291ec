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
