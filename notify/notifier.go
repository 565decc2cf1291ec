// Package notify delivers what gap decisions ask to tell people: it follows
// the log, chooses each message's recipient through a routing file, sends it
// over webhooks, Slack or email, and records every attempt in the log.
package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
	"github.com/allocation-gaps/gaps/projections"
)

// Config is what a Notifier needs besides the log.
type Config struct {
	Routes        *Routes
	PublicURL     string        // the console's address, for links to gaps (GAPS_PUBLIC_URL)
	WebhookSecret []byte        // signs generic webhooks (GAPS_NOTIFY_WEBHOOK_SECRET)
	SMTP          *SMTP         // nil: email deliveries fail, saying so (GAPS_SMTP_URL)
	MaxAttempts   int           // default 8
	FirstRetry    time.Duration // doubles after each failed attempt; default 30 s
	HTTPClient    *http.Client
	Log           *slog.Logger
}

// Notifier delivers notifications at least once. One is active per
// database schema (it holds an advisory lock, like the projector); others
// wait and take over when it dies.
type Notifier struct {
	store eventstore.Store
	pool  *pgxpool.Pool
	cfg   Config
	now   func() time.Time
}

// New returns a notifier on store; pool holds its lock.
func New(store eventstore.Store, pool *pgxpool.Pool, cfg Config) *Notifier {
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 8
	}
	if cfg.FirstRetry <= 0 {
		cfg.FirstRetry = 30 * time.Second
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Notifier{store: store, pool: pool, cfg: cfg, now: time.Now}
}

// Run delivers until ctx ends (then it returns nil), restarting after a
// failure from the log, which says what was delivered already.
func (n *Notifier) Run(ctx context.Context) error {
	var retry eventstore.Backoff
	for {
		err := n.runOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		n.cfg.Log.Warn("notifier stopped; restarting from the log", "err", err)
		if !retry.Wait(ctx) {
			return nil
		}
	}
}

// lockCheck is how often the notifier checks that it still holds its lock.
const lockCheck = 5 * time.Second

// delivery is one message to one destination, and how far it has got.
type delivery struct {
	msg      Message
	channel  string
	address  string
	attempts int
	revision int64 // of its stream; -1 before the first attempt
	done     bool
	due      time.Time
	cancel   string // why it is not to be sent, once its decision is recalled
}

// state is the notifier's fold of the log.
type state struct {
	since      eventstore.Position // NotifierEnabled: what precedes it is not delivered
	gov        *domain.Governance
	deliveries map[string]*delivery
	order      []string // delivery ids in the order they arose
}

func (n *Notifier) runOnce(ctx context.Context) error {
	conn, err := projections.HoldLock(ctx, n.pool, "notifier")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))

	since, err := n.enabledAt(ctx)
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancelCause(ctx)
	// The lock lives as long as its connection: once that is gone another
	// instance may take over, so this one stops sending.
	var pinger sync.WaitGroup
	defer func() { stop(nil); pinger.Wait() }() // before the connection closes
	pinger.Go(func() {
		tick := time.NewTicker(lockCheck)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if err := conn.Ping(ctx); err != nil && ctx.Err() == nil {
					stop(fmt.Errorf("notifier: lost the connection holding its lock: %w", err))
				}
			}
		}
	})
	sub, err := n.store.SubscribeAll(ctx, eventstore.Start, followed)
	if err != nil {
		return fmt.Errorf("notifier: subscribe: %w", err)
	}
	recs := make(chan eventstore.RecordedEvent, 256)
	recvErr := make(chan error, 1)
	received := make(chan struct{})
	defer func() { stop(nil); _ = sub.Close(); <-received }()
	go func() {
		defer close(received)
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

	// Deliver only once the backlog is folded: the log may already hold the
	// attempts that sent a delivery it holds the cause of.
	head, err := n.head(ctx)
	if err != nil {
		return err
	}
	caughtUp := head == eventstore.Start
	st := &state{since: since, gov: domain.NewGovernance(), deliveries: map[string]*delivery{}}
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		if caughtUp {
			if err := n.deliverDue(ctx, st); err != nil {
				return err
			}
			timer.Reset(st.untilNext(n.now()))
		}
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case err := <-recvErr:
			return fmt.Errorf("notifier: subscription: %w", err)
		case rec := <-recs:
			env, err := codec.Decode(rec)
			if err != nil {
				return err
			}
			n.apply(st, rec, env)
			if !caughtUp && !rec.Position.Less(head) {
				caughtUp = true
			}
		case <-timer.C:
		}
	}
}

// enabledAt is where the notifier first ran, recorded on that first run.
func (n *Notifier) enabledAt(ctx context.Context) (eventstore.Position, error) {
	recs, err := n.store.ReadStream(ctx, domain.NotifierStream, 0)
	if err == nil {
		return recs[0].Position, nil
	}
	if !errors.Is(err, eventstore.ErrStreamNotFound) {
		return eventstore.Start, fmt.Errorf("notifier: read %s: %w", domain.NotifierStream, err)
	}
	ev, err := codec.Encode(domain.NotifierEnabled{}, codec.DeterministicID(domain.NotifierStream, -1, 0),
		domain.Metadata{Actor: domain.SystemNotifier, OccurredAt: n.now()})
	if err != nil {
		return eventstore.Start, err
	}
	res, err := n.store.Append(ctx, domain.NotifierStream, eventstore.NoStream(), ev)
	if err != nil {
		return eventstore.Start, fmt.Errorf("notifier: record where it starts: %w", err)
	}
	return res.Position, nil
}

// followed are the streams the notifier folds: the gaps (their findings and
// decisions) and its own delivery records; spend, which is most of the log,
// it never reads.
var followed = eventstore.Filter{StreamPrefixes: []string{domain.GapStream(""), domain.NotificationStream("")}}

// head is the position of the last event the notifier follows.
func (n *Notifier) head(ctx context.Context) (eventstore.Position, error) {
	at := eventstore.Start
	for {
		evs, err := n.store.ReadAll(ctx, at, 5000, followed)
		if err != nil {
			return at, fmt.Errorf("notifier: find the head of the log: %w", err)
		}
		if len(evs) == 0 {
			return at, nil
		}
		at = evs[len(evs)-1].Position
	}
}

// untilNext is how long until the next delivery is due (an hour when none is).
func (s *state) untilNext(now time.Time) time.Duration {
	wait := time.Hour
	for _, d := range s.deliveries {
		if !d.done {
			wait = min(wait, max(d.due.Sub(now), 0))
		}
	}
	return wait
}

// apply folds one event: decisions and tasks create deliveries, recorded
// attempts advance them.
func (n *Notifier) apply(st *state, rec eventstore.RecordedEvent, env domain.Envelope) {
	st.gov.Apply(env)
	switch e := env.Event.(type) {
	case domain.GapOpened:
		threshold, ok := n.cfg.Routes.newGapThreshold(e.Finding.Scenario)
		if !ok || !st.since.Less(rec.Position) || !e.Finding.Evidence.Spend.GreaterThan(threshold) {
			return
		}
		r := route{"FinOps Lead", n.cfg.Routes.FinOps, "new gap with spend above " + threshold.String()}
		text := "New gap " + string(e.Finding.Scenario) + " on " + e.Finding.Anchor + ": " + e.Finding.Evidence.Spend.String() +
			" of spend in the detection window (" + e.Finding.Evidence.Rule + ")"
		st.addDeliveries(n.message("GAP_OPENED", e.GapID, r, text), r.dest, rec.ID, env.RecordedAt)
	case domain.GapActionTaken:
		gap := st.gov.Gaps[e.GapID]
		if gap == nil || !st.since.Less(rec.Position) {
			return
		}
		var r route
		var text string
		switch e.Decision.Action {
		case domain.ActionNotifyProductOwner, domain.ActionRequestBusinessCase:
			r = n.cfg.Routes.ownerRoute(e.Decision.ProductOwner, gap.Finding.Evidence.Tags)
			text = gap.Notifications[len(gap.Notifications)-1].Message
		case domain.ActionRecommendDedicatedRole, domain.ActionBlockModel, domain.ActionFlagForMove:
			r = route{"Cloud Engineers", n.cfg.Routes.Engineers, "Cloud Engineer task"}
			text = "Cloud Engineer task " + string(e.Decision.Action) + " on " + e.Decision.Target + " (gap " + gap.ID + ")"
		default:
			return
		}
		st.addDeliveries(n.message(string(e.Decision.Action), gap.ID, r, text), r.dest, rec.ID, env.RecordedAt)
	case domain.GapDecisionRecalled:
		// A recalled decision is not sent if it has not been yet; one in
		// its retries has reached nobody either, but may have: it goes on.
		for _, id := range st.order {
			d := st.deliveries[id]
			if d.msg.GapID == e.GapID && d.msg.Kind == string(e.Recalled.Action) && d.attempts == 0 && !d.done {
				d.cancel = "decision recalled"
			}
		}
	case domain.NotificationAttempted:
		d := st.deliveries[e.DeliveryID]
		if d == nil || e.Attempt <= d.attempts {
			return // our own attempt, already applied when recorded
		}
		d.attempts, d.revision, d.done = e.Attempt, env.Revision, e.Outcome != domain.DeliveryRetrying
		if e.NextTry != nil {
			d.due = *e.NextTry
		}
	}
}

func (n *Notifier) message(kind, gapID string, r route, text string) Message {
	return Message{Kind: kind, GapID: gapID, Recipient: r.recipient, Rule: r.rule, Text: text,
		Link: strings.TrimSuffix(n.cfg.PublicURL, "/") + "/gaps/" + gapID}
}

// addDeliveries adds one delivery of msg per channel dest sets, caused by
// the event cause, due at once.
func (st *state) addDeliveries(msg Message, dest Destination, cause uuid.UUID, at time.Time) {
	for _, t := range []struct{ channel, address string }{
		{ChannelWebhook, dest.Webhook}, {ChannelSlack, dest.Slack}, {ChannelEmail, dest.Email},
	} {
		if t.address == "" {
			continue
		}
		// The id derives from the causing event and the destination, so
		// a restart re-derives it: every attempt carries the same key.
		id := uuid.NewSHA1(cause, []byte(t.channel+" "+t.address)).String()
		if st.deliveries[id] != nil {
			continue
		}
		m := msg
		m.DeliveryID = id
		st.deliveries[id] = &delivery{msg: m, channel: t.channel, address: t.address, revision: -1, due: at}
		st.order = append(st.order, id)
	}
}

// deliverDue attempts every delivery that is due, oldest first.
func (n *Notifier) deliverDue(ctx context.Context, st *state) error {
	for _, id := range st.order {
		d := st.deliveries[id]
		if d.done || n.now().Before(d.due) {
			continue
		}
		if err := n.attempt(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// attempt sends a delivery once, or cancels it, and records the outcome. A
// crash between the send and the record sends it again, with the same key.
func (n *Notifier) attempt(ctx context.Context, d *delivery) error {
	var sendErr error
	if d.cancel == "" {
		sendErr = n.send(ctx, d)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	now := n.now()
	ev := domain.NotificationAttempted{
		DeliveryID: d.msg.DeliveryID, GapID: d.msg.GapID, Recipient: d.msg.Recipient, Channel: d.channel,
		Rule: d.msg.Rule, Message: d.msg.Text, Attempt: d.attempts + 1, Outcome: domain.DeliverySent,
	}
	switch {
	case d.cancel != "":
		ev.Outcome, ev.Reason = domain.DeliveryCancelled, d.cancel
	case sendErr == nil:
	case ev.Attempt >= n.cfg.MaxAttempts:
		ev.Outcome, ev.Reason = domain.DeliveryFailed, sendErr.Error()
	default:
		next := now.Add(n.cfg.FirstRetry << (ev.Attempt - 1))
		ev.Outcome, ev.Reason, ev.NextTry = domain.DeliveryRetrying, sendErr.Error(), &next
	}
	stream := domain.NotificationStream(d.msg.DeliveryID)
	rec, err := codec.Encode(ev, codec.DeterministicID(stream, d.revision, 0),
		domain.Metadata{Actor: domain.SystemNotifier, OccurredAt: now})
	if err != nil {
		return err
	}
	res, err := n.store.Append(ctx, stream, codec.Expected(d.revision), rec)
	if err != nil {
		return fmt.Errorf("notifier: record attempt %d of %s: %w", ev.Attempt, d.msg.DeliveryID, err)
	}
	if sendErr != nil {
		n.cfg.Log.Warn("notification not delivered", "delivery", d.msg.DeliveryID, "channel", d.channel,
			"attempt", ev.Attempt, "outcome", ev.Outcome, "err", sendErr)
	}
	d.attempts, d.revision, d.done = ev.Attempt, int64(res.NextRevision), ev.Outcome != domain.DeliveryRetrying
	if ev.NextTry != nil {
		d.due = *ev.NextTry
	}
	return nil
}

// errNoEmail reports an email destination while no SMTP server is configured.
var errNoEmail = errors.New("email: no SMTP server is configured (GAPS_SMTP_URL)")

func (n *Notifier) send(ctx context.Context, d *delivery) error {
	switch d.channel {
	case ChannelWebhook:
		return sendWebhook(ctx, n.cfg.HTTPClient, n.cfg.WebhookSecret, d.address, d.msg, n.now())
	case ChannelSlack:
		return sendSlack(ctx, n.cfg.HTTPClient, d.address, d.msg)
	default:
		if n.cfg.SMTP == nil {
			return errNoEmail
		}
		return sendEmail(ctx, n.cfg.SMTP, d.address, d.msg)
	}
}
