package esdb

import (
	"context"
	"errors"
	"fmt"
	"sync"

	esdbclient "github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/allocation-gaps/gaps/eventstore"
)

// subscription is a catch-up subscription to $all that resubscribes from the
// last event it saw whenever the server drops it.
type subscription struct {
	store  *Store
	filter eventstore.Filter
	ctx    context.Context
	cancel context.CancelFunc

	// Owned by Recv (one caller at a time).
	last    eventstore.Position // position of the last event received, delivered or filtered out
	backoff eventstore.Backoff

	mu     sync.Mutex
	inner  *esdbclient.Subscription // nil between a drop and the resubscription
	closed bool
}

// SubscribeAll implements eventstore.Store. It subscribes before returning,
// so a node that cannot be reached is reported here.
func (s *Store) SubscribeAll(ctx context.Context, from eventstore.Position, filter eventstore.Filter) (eventstore.Subscription, error) {
	subCtx, cancel := context.WithCancel(ctx)
	sub := &subscription{store: s, filter: filter, ctx: subCtx, cancel: cancel, last: from}
	inner, err := sub.subscribe()
	if err != nil {
		cancel()
		return nil, err
	}
	sub.inner = inner
	return sub, nil
}

func (sub *subscription) subscribe() (*esdbclient.Subscription, error) {
	opts := esdbclient.SubscribeToAllOptions{
		// Subscribing from a position starts after the event there.
		From:   allPosition(sub.last),
		Filter: serverFilter(sub.filter),
	}
	var inner *esdbclient.Subscription
	err := sub.store.with(sub.ctx, func(c *esdbclient.Client) error {
		var err error
		inner, err = c.SubscribeToAll(sub.ctx, opts)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("eventstore/esdb: subscribe to $all after %s: %w", sub.last, err)
	}
	return inner, nil
}

// serverFilter narrows what the server sends; Filter.Match still decides.
// The server takes one kind of filter, so a Filter of both kinds only
// drops system events there.
func serverFilter(f eventstore.Filter) *esdbclient.SubscriptionFilter {
	switch {
	case len(f.StreamPrefixes) > 0 && len(f.EventTypes) == 0:
		return &esdbclient.SubscriptionFilter{Type: esdbclient.StreamFilterType, Prefixes: f.StreamPrefixes}
	case len(f.EventTypes) > 0 && len(f.StreamPrefixes) == 0:
		return &esdbclient.SubscriptionFilter{Type: esdbclient.EventFilterType, Prefixes: f.EventTypes}
	}
	return esdbclient.ExcludeSystemEventsFilter()
}

// Recv implements eventstore.Subscription.
func (sub *subscription) Recv() (eventstore.RecordedEvent, error) {
	for {
		inner, err := sub.current()
		if err != nil {
			return eventstore.RecordedEvent{}, err
		}
		if inner == nil {
			if inner, err = sub.resubscribe(); err != nil {
				return eventstore.RecordedEvent{}, err
			}
		}
		msg := inner.Recv()
		switch {
		case msg.EventAppeared != nil:
			e := recordedEvent(msg.EventAppeared.OriginalEvent())
			if !sub.last.Less(e.Position) {
				continue // already seen before a resubscription
			}
			sub.last = e.Position
			sub.backoff.Reset()
			if sub.filter.Match(e.Stream, e.Type) {
				return e, nil
			}
		case msg.SubscriptionDropped != nil:
			_ = inner.Close()
			sub.mu.Lock()
			if sub.inner == inner {
				sub.inner = nil
			}
			sub.mu.Unlock()
		}
		// Checkpoints, caught-up and fell-behind notices carry no event.
	}
}

// current is the live server subscription (nil after a drop), or the error
// Recv must return once the subscription has ended.
func (sub *subscription) current() (*esdbclient.Subscription, error) {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	if sub.closed {
		return nil, eventstore.ErrSubscriptionClosed
	}
	if err := sub.ctx.Err(); err != nil {
		return nil, err
	}
	return sub.inner, nil
}

// resubscribe retries until it subscribes, the subscription ends, or the
// failure is one that retrying cannot mend. Every attempt waits first, the
// wait growing until an event arrives, so a server that keeps dropping
// subscriptions at once is not hammered.
func (sub *subscription) resubscribe() (*esdbclient.Subscription, error) {
	for {
		if !sub.backoff.Wait(sub.ctx) {
			_, err := sub.current()
			return nil, err
		}
		inner, err := sub.subscribe()
		if err != nil {
			if permanent(err) {
				return nil, err
			}
			continue
		}
		sub.mu.Lock()
		defer sub.mu.Unlock()
		if sub.closed {
			_ = inner.Close()
			return nil, eventstore.ErrSubscriptionClosed
		}
		sub.inner = inner
		return inner, nil
	}
}

func permanent(err error) bool {
	if errors.Is(err, errStoreClosed) {
		return true
	}
	switch status.Code(err) {
	case codes.PermissionDenied, codes.Unauthenticated, codes.InvalidArgument, codes.Unimplemented:
		return true
	}
	return false
}

// Close implements eventstore.Subscription.
func (sub *subscription) Close() error {
	sub.mu.Lock()
	sub.closed = true
	inner := sub.inner
	sub.mu.Unlock()
	sub.cancel()
	if inner != nil {
		_ = inner.Close()
	}
	return nil
}
