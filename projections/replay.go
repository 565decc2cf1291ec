package projections

import (
	"context"
	"fmt"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
)

// AsOfView is the gap view as it stood at a past moment, from the log alone.
type AsOfView struct {
	AsOf     time.Time
	Position eventstore.Position // of the last event recorded by then (Start if none)
	Events   int                 // how many events were folded
	Gaps     []GapView           // in the gaps list order (opened, id)
	Summary  GapSummary
	Value    domain.Value
}

// ReplayAsOf folds the events recorded at or before asOf and returns the
// gap view they make. It reads the log only, never the read models.
func ReplayAsOf(ctx context.Context, store eventstore.Store, asOf time.Time) (AsOfView, error) {
	view := AsOfView{AsOf: asOf.UTC()}
	g := domain.NewGovernance()
	from := eventstore.Start
	for {
		evs, err := store.ReadAll(ctx, from, readPage, eventstore.Filter{})
		if err != nil {
			return view, fmt.Errorf("projections: replay: read the log after %s: %w", from, err)
		}
		for _, ev := range evs {
			from = ev.Position
			// Recorded times follow commit order only roughly, so every
			// event is looked at rather than stopping at the first later one.
			if ev.RecordedAt.After(asOf) {
				continue
			}
			env, err := codec.Decode(ev)
			if err != nil {
				return view, err
			}
			g.Apply(env)
			view.Position = ev.Position
			view.Events++
		}
		if len(evs) < readPage {
			break
		}
	}
	view.Gaps = sortedGapViews(g)
	view.Summary = summarize(g.Gaps, g.Detection)
	view.Value = domain.ValueOpportunity(g)
	return view, nil
}
