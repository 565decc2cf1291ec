package projections

import (
	"testing"

	"github.com/allocation-gaps/gaps/eventstore"
)

// A process checkpoint is saved, overwritten, and kept across a rebuild
// (it is not a read model: the log cannot restore it).
func TestProcessCheckpointSurvivesRebuild(t *testing.T) {
	env := newTestEnv(t)
	if _, ok, err := ProcessCheckpoint(env.ctx, env.pool, "detector"); err != nil || ok {
		t.Fatalf("before any save: ok=%v err=%v, want none", ok, err)
	}
	for _, pos := range []eventstore.Position{{Commit: 7, Prepare: 7}, {Commit: 42, Prepare: 42}} {
		if err := SaveProcessCheckpoint(env.ctx, env.pool, "detector", pos); err != nil {
			t.Fatal(err)
		}
	}
	if err := Rebuild(env.ctx, env.store, env.pool); err != nil {
		t.Fatal(err)
	}
	got, ok, err := ProcessCheckpoint(env.ctx, env.pool, "detector")
	if err != nil || !ok || got != (eventstore.Position{Commit: 42, Prepare: 42}) {
		t.Fatalf("after rebuild: %v ok=%v err=%v, want 42/42", got, ok, err)
	}
}
