package graph

import (
	"context"
	"sync"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

// changeFeed shares one projections.Reader.SubscribeChanges among every
// subscription of this API instance: one LISTEN connection however many
// sockets are open, and each change read once (the changed gap, the new
// value opportunity) rather than once per subscriber. It runs only while
// someone subscribes.
//
// A subscriber that cannot keep up (its buffer is full: the client stopped
// reading) is dropped, and its subscription completes, rather than holding
// the others back. If the feed itself fails (a read model cannot be read),
// every subscription completes: a change that cannot be shown is not
// silently skipped, and clients re-read when they resubscribe.
type changeFeed struct {
	reader projections.Reader

	mu   sync.Mutex
	subs map[*feedSubscriber]struct{}
	stop context.CancelFunc // ends the running pump; nil when none runs
	gen  uint64             // the running pump's generation: a stopped pump's late sends are ignored
}

// feedEvent is one committed change with what it changed, as read after the commit.
type feedEvent struct {
	change projections.Change
	gap    *projections.GapView // gap changes, when any subscriber wants gaps
	value  *domain.Value        // value changes, when any subscriber wants them
}

type feedSubscriber struct {
	wantsGaps bool                 // else value-opportunity changes
	offer     func(feedEvent) bool // false: its buffer is full
	end       func()               // closes its channel
}

// subscriberBuffer is how many changes a slow client may fall behind before it is dropped.
const subscriberBuffer = 256

func newChangeFeed(reader projections.Reader) *changeFeed {
	return &changeFeed{reader: reader, subs: map[*feedSubscriber]struct{}{}}
}

// subscribe delivers, until ctx ends, what pick makes of each change (pick
// returns false to skip one). The LISTEN is in place when it returns, so no
// change committed afterwards is missed.
func subscribe[T any](ctx context.Context, f *changeFeed, wantsGaps bool, pick func(feedEvent) (T, bool)) (<-chan T, error) {
	out := make(chan T, subscriberBuffer)
	s := &feedSubscriber{
		wantsGaps: wantsGaps,
		offer: func(ev feedEvent) bool {
			v, ok := pick(ev)
			if !ok {
				return true
			}
			select {
			case out <- v:
				return true
			default:
				return false
			}
		},
		end: func() { close(out) },
	}
	if err := f.join(s); err != nil {
		return nil, err
	}
	context.AfterFunc(ctx, func() { f.leave(s) })
	return out, nil
}

func (f *changeFeed) join(s *feedSubscriber) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.stop == nil {
		ctx, cancel := context.WithCancel(context.Background())
		changes, err := f.reader.SubscribeChanges(ctx)
		if err != nil {
			cancel()
			return err
		}
		f.gen++
		f.stop = cancel
		go f.pump(ctx, changes, f.gen)
	}
	f.subs[s] = struct{}{}
	return nil
}

func (f *changeFeed) leave(s *feedSubscriber) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.removeLocked(s)
}

// removeLocked ends a subscriber, and the pump with the last one.
func (f *changeFeed) removeLocked(s *feedSubscriber) {
	if _, ok := f.subs[s]; !ok {
		return
	}
	delete(f.subs, s)
	s.end()
	if len(f.subs) == 0 && f.stop != nil {
		f.stop()
		f.stop = nil
	}
}

// subscribers counts the live subscriptions.
func (f *changeFeed) subscribers() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.subs)
}

// pump reads each change and hands it to the subscribers, until its
// context ends (the last subscriber left) or a read fails.
func (f *changeFeed) pump(ctx context.Context, changes <-chan projections.Change, gen uint64) {
	defer func() {
		for range changes { // SubscribeChanges closes it once ctx ends
		}
	}()
	for c := range changes {
		ev, err := f.load(ctx, c)
		if err != nil {
			f.endAll(gen)
			return
		}
		f.broadcast(gen, ev)
	}
	f.endAll(gen) // the upstream ended on its own
}

// load reads what a change changed, for the kinds of subscriber present.
func (f *changeFeed) load(ctx context.Context, c projections.Change) (feedEvent, error) {
	ev := feedEvent{change: c}
	gaps, values := f.wants()
	var err error
	switch {
	case c.GapID != "" && gaps:
		ev.gap, err = f.reader.Gap(ctx, c.GapID)
	case c.Kind == projections.ValueOpportunityChanged && values:
		var v domain.Value
		v, err = f.reader.ValueOpportunity(ctx)
		ev.value = &v
	}
	return ev, err
}

func (f *changeFeed) wants() (gaps, values bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for s := range f.subs {
		gaps = gaps || s.wantsGaps
		values = values || !s.wantsGaps
	}
	return gaps, values
}

func (f *changeFeed) broadcast(gen uint64, ev feedEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if gen != f.gen || f.stop == nil {
		return
	}
	for s := range f.subs {
		if !s.offer(ev) {
			f.removeLocked(s)
		}
	}
}

// endAll completes every subscription of the pump of generation gen, if it still runs.
func (f *changeFeed) endAll(gen uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if gen != f.gen || f.stop == nil {
		return
	}
	for s := range f.subs {
		f.removeLocked(s)
	}
}
