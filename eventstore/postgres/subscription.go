package postgres

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/allocation-gaps/gaps/eventstore"
)

const (
	// subscriptionBatchSize is how many events a subscription reads at once.
	subscriptionBatchSize = 500
	// defaultPollInterval bounds how long a caught-up subscription waits
	// without a notification, in case one was lost while the listener
	// reconnected.
	defaultPollInterval = time.Second
)

// subscription reads the log with ReadAll from the last delivered position.
// It holds no connection between reads, so a dropped connection costs one
// failed read, retried with backoff from the same position: nothing is
// skipped or delivered twice.
type subscription struct {
	store  *Store
	parent context.Context
	ctx    context.Context // parent, also cancelled by Close
	cancel context.CancelFunc
	filter eventstore.Filter

	last    eventstore.Position // of the last event delivered
	pending []eventstore.RecordedEvent
	wake    chan struct{} // signalled after appends commit

	closed           chan struct{}
	closeOnce        sync.Once
	stopOnParentDone func() bool
}

// SubscribeAll implements eventstore.Store. Recv is not safe for concurrent
// use; Close may be called from any goroutine.
func (s *Store) SubscribeAll(ctx context.Context, from eventstore.Position, filter eventstore.Filter) (eventstore.Subscription, error) {
	subCtx, cancel := context.WithCancel(ctx)
	sub := &subscription{
		store:  s,
		parent: ctx,
		ctx:    subCtx,
		cancel: cancel,
		filter: filter,
		last:   from,
		wake:   make(chan struct{}, 1),
		closed: make(chan struct{}),
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		cancel()
		return nil, errors.New("eventstore/postgres: subscribe: the store is closed")
	}
	s.subs[sub] = struct{}{}
	if !s.listening {
		s.startListener()
	}
	sub.stopOnParentDone = context.AfterFunc(ctx, func() { s.unregister(sub) })
	return sub, nil
}

func (s *Store) unregister(sub *subscription) {
	s.mu.Lock()
	delete(s.subs, sub)
	s.mu.Unlock()
}

// Recv implements eventstore.Subscription.
func (sub *subscription) Recv() (eventstore.RecordedEvent, error) {
	var retry eventstore.Backoff
	for {
		if err := sub.ended(); err != nil {
			return eventstore.RecordedEvent{}, err
		}
		if len(sub.pending) > 0 {
			e := sub.pending[0]
			sub.pending = sub.pending[1:]
			sub.last = e.Position
			return e, nil
		}
		batch, err := sub.store.ReadAll(sub.ctx, sub.last, subscriptionBatchSize, sub.filter)
		switch {
		case err == nil && len(batch) > 0:
			sub.pending = batch
		case err == nil:
			sub.waitForAppends()
		case sub.ended() != nil:
			// The read failed because the subscription ended; report that.
		case !isConnectionError(err):
			return eventstore.RecordedEvent{}, err
		default:
			retry.Wait(sub.ctx)
		}
	}
}

// ended is the error Recv reports once the subscription is over, else nil.
func (sub *subscription) ended() error {
	select {
	case <-sub.closed:
		return eventstore.ErrSubscriptionClosed
	default:
	}
	return sub.parent.Err()
}

func (sub *subscription) waitForAppends() {
	t := time.NewTimer(sub.store.pollInterval)
	defer t.Stop()
	select {
	case <-sub.wake:
	case <-t.C:
	case <-sub.ctx.Done():
	}
}

// Close implements eventstore.Subscription.
func (sub *subscription) Close() error {
	sub.closeOnce.Do(func() {
		close(sub.closed)
		sub.cancel()
		sub.stopOnParentDone()
		sub.store.unregister(sub)
	})
	return nil
}

// isConnectionError tells failures a later retry can cure (the connection
// dropped, the server restarted or was out of connections) from errors the
// server gave about the query itself.
func isConnectionError(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return true
	}
	switch pgErr.Code[:2] {
	case "08", // connection exception
		"53", // insufficient resources
		"57": // operator intervention: admin shutdown, pg_terminate_backend
		return true
	}
	return false
}

// startListener runs the store's one LISTEN connection, which wakes every
// subscription after an append commits. Called with s.mu held.
func (s *Store) startListener() {
	ctx, cancel := context.WithCancel(context.Background())
	s.listening = true
	s.stopListener = cancel
	s.listenerDone = make(chan struct{})
	go func() {
		defer close(s.listenerDone)
		var retry eventstore.Backoff
		// Listen errors need no report: while the listener is down the
		// subscriptions fall back to polling.
		for ctx.Err() == nil {
			_ = s.listen(ctx, &retry)
			retry.Wait(ctx)
		}
	}()
}

// listen connects, listens and wakes subscriptions on each notification
// until the connection fails or ctx ends, and returns why.
func (s *Store) listen(ctx context.Context, retry *eventstore.Backoff) error {
	conn, err := pgx.ConnectConfig(ctx, s.listenConfig)
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close(context.Background()) }()
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{s.channel}.Sanitize()); err != nil {
		return err
	}
	retry.Reset()
	// Appends may have committed while no connection was listening.
	s.wakeSubscriptions()
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		s.wakeSubscriptions()
	}
}

func (s *Store) wakeSubscriptions() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for sub := range s.subs {
		select {
		case sub.wake <- struct{}{}:
		default: // already signalled
		}
	}
}
