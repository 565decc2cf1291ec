package app

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
	"github.com/allocation-gaps/gaps/eventstore/esdb"
	"github.com/allocation-gaps/gaps/eventstore/esdb/esdbfake"
)

// race runs one command on each service at once and returns both outcomes.
func race(a, b *Service, cmdA, cmdB domain.Command) [2]error {
	var errs [2]error
	var start, done sync.WaitGroup
	start.Add(1)
	for i, run := range []func() error{
		func() error { _, err := a.Execute(context.Background(), owner, cmdA); return err },
		func() error { _, err := b.Execute(context.Background(), owner, cmdB); return err },
	} {
		done.Go(func() {
			start.Wait()
			errs[i] = run()
		})
	}
	start.Done()
	done.Wait()
	return errs
}

// oneWins fails unless exactly one of errs is nil and the other a refusal.
func oneWins(t *testing.T, what string, errs [2]error) {
	t.Helper()
	won := 0
	for _, err := range errs {
		switch code := domain.ErrorCode(err); {
		case err == nil:
			won++
		case code != domain.CodeBadUserInput && code != domain.CodeConflict:
			t.Fatalf("%s: the loser got %v, want BAD_USER_INPUT or CONFLICT", what, err)
		}
	}
	if won != 1 {
		t.Fatalf("%s: %d of 2 succeeded (%v), want exactly 1", what, won, errs)
	}
}

// TestCrossRecordRulesHoldAcrossReplicas: two command services on one log
// (two API replicas) race round after round to claim one anchor for two
// workloads, and to register two workloads of one name; on both event-store
// backends one wins each race, and a fresh fold of the log agrees.
func TestCrossRecordRulesHoldAcrossReplicas(t *testing.T) {
	backends := map[string]func(t *testing.T) eventstore.Store{
		"postgres": func(t *testing.T) eventstore.Store { return openStore(t) },
		"esdb": func(t *testing.T) eventstore.Store {
			s, err := esdb.Open(t.Context(), esdbfake.Start(t).URL())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			return s
		},
	}
	const rounds = 6
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			store := open(t)
			a, b := NewService(store), NewService(store)
			register := func(name string) domain.RegisterWorkload {
				return domain.RegisterWorkload{ID: uuid.NewString(), Name: name, ProductOwner: owner.Email, Budget: "b"}
			}
			anchors := make([]string, rounds)
			for round := range rounds {
				w1, w2 := register(fmt.Sprintf("one-%d", round)), register(fmt.Sprintf("two-%d", round))
				for _, w := range []domain.RegisterWorkload{w1, w2} {
					if _, err := a.Execute(context.Background(), owner, w); err != nil {
						t.Fatal(err)
					}
				}
				anchors[round] = fmt.Sprintf("arn:aws:bedrock:us-east-1:111122223333:guardrail/g%d", round)
				claim := func(w domain.RegisterWorkload) domain.ClaimResource {
					return domain.ClaimResource{ClaimID: uuid.NewString(), WorkloadID: w.ID, AnchorType: domain.AnchorGuardrail, Anchor: anchors[round], Rationale: "ours"}
				}
				oneWins(t, "claim "+anchors[round], race(a, b, claim(w1), claim(w2)))
				shared := fmt.Sprintf("Shared-%d", round)
				oneWins(t, "register "+shared, race(a, b, register(shared), register(strings.ToLower(shared))))
			}
			err := NewService(store).Governance(context.Background(), func(g *domain.Governance) {
				for _, anchor := range anchors {
					if n := len(g.ClaimsOn(anchor)); n != 1 {
						t.Errorf("%s has %d claims, want 1", anchor, n)
					}
				}
				names := map[string]int{}
				for _, w := range g.Workloads {
					names[strings.ToLower(w.Name)]++
				}
				for name, n := range names {
					if n != 1 {
						t.Errorf("%d workloads are named %s", n, name)
					}
				}
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestGuardedDecisionOfACrashedReplicaIsSettled: a replica that announced a
// claim and died before appending it leaves the announcement as the guard
// stream's last event. The next claim on the anchor completes it when it
// can still be appended (and is then refused: the anchor is taken), or
// voids it when it cannot (and then succeeds).
func TestGuardedDecisionOfACrashedReplicaIsSettled(t *testing.T) {
	store := openStore(t)
	svc := NewService(store)
	ctx := context.Background()
	w1 := domain.RegisterWorkload{ID: "w1", Name: "one", ProductOwner: owner.Email, Budget: "b"}
	w2 := domain.RegisterWorkload{ID: "w2", Name: "two", ProductOwner: owner.Email, Budget: "b"}
	for _, w := range []domain.RegisterWorkload{w1, w2} {
		if _, err := svc.Execute(ctx, owner, w); err != nil {
			t.Fatal(err)
		}
	}
	// What the crashed replica announced: a claim for w1 at w1's revision 0.
	crashed := func(anchor string) {
		claim := domain.ResourceClaimed{WorkloadID: "w1", ClaimID: "crashed-" + anchor, AnchorType: domain.AnchorGuardrail, Anchor: anchor, EffectiveFrom: "2099-01-01", ClaimedBy: owner}
		rec, err := codecEvent(claim)
		if err != nil {
			t.Fatal(err)
		}
		announce := domain.DecisionGuarded{Key: "anchor " + anchor, Stream: domain.WorkloadStream("w1"), ExpectedRevision: 0,
			Events: []domain.GuardedEvent{{ID: rec.ID.String(), Type: rec.Type, Data: rec.Data, Metadata: rec.Metadata}}}
		ann, err := codecEvent(announce)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := store.Append(ctx, domain.GuardStream(announce.Key), eventstore.Any(), ann); err != nil {
			t.Fatal(err)
		}
	}
	claim := func(anchor string) error {
		_, err := svc.Execute(ctx, owner, domain.ClaimResource{ClaimID: uuid.NewString(), WorkloadID: "w2", AnchorType: domain.AnchorGuardrail, Anchor: anchor})
		return err
	}
	completed := "arn:aws:bedrock:us-east-1:111122223333:guardrail/completed"
	crashed(completed)
	if err := claim(completed); domain.ErrorCode(err) != domain.CodeBadUserInput || !strings.Contains(err.Error(), "already claimed by workload w1") {
		t.Fatalf("claim after a completable announcement: %v, want the anchor taken by w1", err)
	}
	voided := "arn:aws:bedrock:us-east-1:111122223333:guardrail/voided"
	crashed(voided) // w1 is at revision 1 now: this announcement can never be appended
	if err := claim(voided); err != nil {
		t.Fatalf("claim after a dead announcement: %v", err)
	}
	if n := streamLen(t, store, domain.WorkloadStream("w1")); n != 2 {
		t.Errorf("w1 holds %d events, want its registration and the completed claim", n)
	}
}

func codecEvent(e domain.Event) (eventstore.Event, error) {
	return codec.Encode(e, uuid.New(), domain.Metadata{Actor: owner})
}
