package notify_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/codec"
	"github.com/allocation-gaps/gaps/eventstore/postgres"
	"github.com/allocation-gaps/gaps/internal/pgtest"
	"github.com/allocation-gaps/gaps/notify"
)

const secret = "s3cret"

// receiver is an HTTP endpoint that checks webhook signatures and fails
// the first failFirst requests.
type receiver struct {
	*httptest.Server
	t         *testing.T
	failFirst int
	hold      chan struct{} // when set, the first request waits for the client to give up

	mu       sync.Mutex
	requests []received
}

type received struct {
	key, signature string
	msg            notify.Message
	body           map[string]any
}

func newReceiver(t *testing.T, failFirst int) *receiver {
	r := &receiver{t: t, failFirst: failFirst}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	got := received{key: req.Header.Get(notify.HeaderIdempotency), signature: req.Header.Get(notify.HeaderSignature)}
	_ = json.Unmarshal(body, &got.msg)
	_ = json.Unmarshal(body, &got.body)
	if got.signature != "" && got.signature != notify.Sign([]byte(secret), req.Header.Get(notify.HeaderTimestamp), body) {
		r.t.Errorf("request %s: signature %s does not match its body", got.key, got.signature)
	}
	r.mu.Lock()
	r.requests = append(r.requests, got)
	n, hold := len(r.requests), r.hold
	r.mu.Unlock()
	if n == 1 && hold != nil {
		close(hold)
		<-req.Context().Done() // the notifier dies while this request is in flight
		return
	}
	if n <= r.failFirst {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (r *receiver) got() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.requests...)
}

type env struct {
	t     *testing.T
	store eventstore.Store
	pool  *pgxpool.Pool
}

func newEnv(t *testing.T) *env {
	url, _ := pgtest.Schema(t)
	store, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	pool, err := pgxpool.New(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return &env{t: t, store: store, pool: pool}
}

// gap opens a gap with the given tags and records a decision on it (none
// when decision has no action).
func (e *env) gap(id string, tags []string, decision domain.GapAction) {
	e.t.Helper()
	f := domain.Finding{Scenario: domain.ScenarioUnclaimedAIAllocation, Key: id, Anchor: "arn:aws:iam::1:role/" + id,
		Evidence: domain.Evidence{Spend: decimal.RequireFromString("120.50"), Tags: tags}}
	events := []domain.Event{domain.GapOpened{GapID: id, Finding: f}}
	if decision.Action != "" {
		events = append(events, domain.GapActionTaken{GapID: id, Decision: decision})
	}
	for rev, ev := range events {
		e.append(id, int64(rev-1), ev)
	}
}

// append records ev on gap id's stream, whose revision is after.
func (e *env) append(id string, after int64, ev domain.Event) {
	e.t.Helper()
	stream := domain.GapStream(id)
	rec, err := codec.Encode(ev, codec.DeterministicID(stream, after, 0), domain.Metadata{Actor: domain.SystemDetector, OccurredAt: time.Now()})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.store.Append(e.t.Context(), stream, codec.Expected(after), rec); err != nil {
		e.t.Fatal(err)
	}
}

// start runs a notifier until the returned stop is called (or the test ends).
func (e *env) start(routes string, maxAttempts int) (stop func()) {
	e.t.Helper()
	return e.startWith(routes, maxAttempts, nil)
}

// startWith is start with a mail server.
func (e *env) startWith(routes string, maxAttempts int, smtp *notify.SMTP) (stop func()) {
	e.t.Helper()
	path := filepath.Join(e.t.TempDir(), "routes.yaml")
	if err := os.WriteFile(path, []byte(routes), 0o600); err != nil {
		e.t.Fatal(err)
	}
	r, err := notify.LoadRoutes(path)
	if err != nil {
		e.t.Fatal(err)
	}
	n := notify.New(e.store, e.pool, notify.Config{Routes: r, PublicURL: "https://gaps.example/", WebhookSecret: []byte(secret),
		SMTP: smtp, MaxAttempts: maxAttempts, FirstRetry: 20 * time.Millisecond})
	ctx, cancel := context.WithCancel(e.t.Context())
	done := make(chan struct{})
	go func() { defer close(done); _ = n.Run(ctx) }()
	stop = func() { cancel(); <-done }
	e.t.Cleanup(stop)
	// It delivers what follows its first start: wait until that is recorded.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, err := e.store.ReadStream(e.t.Context(), domain.NotifierStream, 0); err == nil {
			return stop
		} else if time.Now().After(deadline) {
			e.t.Fatalf("the notifier did not record its start: %v", err)
		}
	}
}

// attempts waits until the log holds want delivery attempts, and returns them.
func (e *env) attempts(want int) []domain.NotificationAttempted {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		recs, err := e.store.ReadAll(e.t.Context(), eventstore.Start, 1000, eventstore.Filter{EventTypes: []string{domain.EventNotificationAttempted}})
		if err != nil {
			e.t.Fatal(err)
		}
		if len(recs) >= want || time.Now().After(deadline) {
			out := make([]domain.NotificationAttempted, len(recs))
			for i, rec := range recs {
				env, err := codec.Decode(rec)
				if err != nil {
					e.t.Fatal(err)
				}
				out[i] = env.Event.(domain.NotificationAttempted)
			}
			if len(out) != want {
				e.t.Fatalf("the log holds %d delivery attempts, want %d: %+v", len(out), want, out)
			}
			return out
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func outcomes(as []domain.NotificationAttempted, channel string) string {
	var o []string
	for _, a := range as {
		if a.Channel == channel {
			o = append(o, a.Outcome)
		}
	}
	return strings.Join(o, ",")
}

func TestNotifyDecisionReachesOwnerSignedRetriedAndLinked(t *testing.T) {
	e := newEnv(t)
	hook, slack := newReceiver(t, 2), newReceiver(t, 0)
	e.start(`
owners:
  alice: {webhook: "`+hook.URL+`", slack: "`+slack.URL+`"}
finops: {webhook: "`+hook.URL+`/finops"}
`, 5)
	e.gap("g1", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner, ProductOwner: "alice"})
	as := e.attempts(4)
	if got := outcomes(as, notify.ChannelWebhook); got != "RETRYING,RETRYING,SENT" {
		t.Errorf("webhook outcomes %s, want RETRYING,RETRYING,SENT", got)
	}
	if got := outcomes(as, notify.ChannelSlack); got != "SENT" {
		t.Errorf("slack outcomes %s, want SENT", got)
	}
	for _, a := range as {
		if a.Recipient != "alice" || a.Rule != "product owner on the governance records" || a.GapID != "g1" {
			t.Errorf("attempt %+v: want recipient alice by the governance records", a)
		}
		if a.Outcome == domain.DeliveryRetrying && (a.NextTry == nil || !strings.Contains(a.Reason, "503")) {
			t.Errorf("retrying attempt %+v: want the reason (503) and the next try", a)
		}
	}
	reqs := hook.got()
	if len(reqs) != 3 || reqs[0].key == "" || reqs[0].key != reqs[2].key || reqs[0].signature == "" {
		t.Fatalf("webhook got %+v: want 3 signed requests with one idempotency key", reqs)
	}
	if reqs[2].msg.Link != "https://gaps.example/gaps/g1" || !strings.Contains(reqs[2].msg.Text, "claimed by no workload") {
		t.Errorf("webhook message %+v: want the decision's text and the gap's link", reqs[2].msg)
	}
	sl := slack.got()
	if len(sl) != 1 {
		t.Fatalf("slack got %d requests, want 1", len(sl))
	}
	blocks := fmt.Sprint(sl[0].body["blocks"])
	if !strings.Contains(blocks, "<https://gaps.example/gaps/g1|Open gap g1>") {
		t.Errorf("slack blocks %s: want a link to the gap", blocks)
	}
}

func TestRecipientFromTagsElseFinOpsLeadAndTasksToEngineers(t *testing.T) {
	e := newEnv(t)
	team, finops, eng := newReceiver(t, 0), newReceiver(t, 0), newReceiver(t, 0)
	e.start(`
owners:
  team=payments: {webhook: "`+team.URL+`"}
finops: {webhook: "`+finops.URL+`"}
engineers: {webhook: "`+eng.URL+`"}
tagKeys: [owner, team]
`, 3)
	e.gap("tagged", []string{"user:cost-center=42", "user:team=payments"}, domain.GapAction{Action: domain.ActionRequestBusinessCase})
	e.gap("orphan", []string{"user:team=unknown"}, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	e.gap("task", nil, domain.GapAction{Action: domain.ActionBlockModel, Target: "anthropic.claude"})
	rules := map[string]string{}
	for _, a := range e.attempts(3) {
		rules[a.GapID] = a.Recipient + ": " + a.Rule
	}
	want := map[string]string{
		"tagged": "team=payments: owner inferred from tag user:team=payments",
		"orphan": "FinOps Lead: FinOps Lead: no product owner on the governance records, and no tag among owner, team names an owner in the routing file",
		"task":   "Cloud Engineers: Cloud Engineer task",
	}
	for id, w := range want {
		if rules[id] != w {
			t.Errorf("gap %s: chosen %q, want %q", id, rules[id], w)
		}
	}
	if len(team.got()) != 1 || len(finops.got()) != 1 || len(eng.got()) != 1 {
		t.Errorf("team, finops, engineers got %d, %d, %d requests; want one each", len(team.got()), len(finops.got()), len(eng.got()))
	}
}

func TestDeliveryFailsVisiblyAfterTheLastAttempt(t *testing.T) {
	e := newEnv(t)
	down := newReceiver(t, 1000)
	e.start(`{"finops": {"webhook": "`+down.URL+`"}}`, 3) // a routing file in JSON
	e.gap("g1", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	as := e.attempts(3)
	if got := outcomes(as, notify.ChannelWebhook); got != "RETRYING,RETRYING,FAILED" {
		t.Fatalf("outcomes %s, want RETRYING,RETRYING,FAILED", got)
	}
	if last := as[2]; last.Attempt != 3 || last.NextTry != nil || !strings.Contains(last.Reason, "503 Service Unavailable") {
		t.Errorf("last attempt %+v: want attempt 3, its reason, and no next try", last)
	}
	time.Sleep(200 * time.Millisecond) // long past the next backoff step
	e.attempts(3)
}

func TestCrashMidDeliveryLosesNothingAndResendsTheSameKey(t *testing.T) {
	e := newEnv(t)
	hook := newReceiver(t, 0)
	hook.hold = make(chan struct{})
	routes := `
owners:
  alice: {webhook: "` + hook.URL + `"}
finops: {webhook: "` + hook.URL + `"}
`
	stop := e.start(routes, 3)
	e.gap("g1", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner, ProductOwner: "alice"})
	<-hook.hold
	stop() // killed while the receiver holds the request
	e.attempts(0)
	e.start(routes, 3)
	as := e.attempts(1)
	if as[0].Outcome != domain.DeliverySent || as[0].Attempt != 1 {
		t.Errorf("after the restart: %+v, want attempt 1 sent", as[0])
	}
	reqs := hook.got()
	if len(reqs) != 2 || reqs[0].key != reqs[1].key || reqs[0].key != as[0].DeliveryID {
		t.Errorf("requests %+v: want the send and its duplicate with the delivery's key %s", reqs, as[0].DeliveryID)
	}
}

// A decision recalled before its first attempt is not sent: its delivery
// is recorded CANCELLED, saying why; the other decisions go out.
func TestRecalledDecisionIsCancelledNotSent(t *testing.T) {
	e := newEnv(t)
	hook := newReceiver(t, 0)
	routes := `finops: {webhook: "` + hook.URL + `"}`
	e.start(routes, 3)() // enabled, then stopped: the decision and its recall land before an attempt
	decision := domain.GapAction{Action: domain.ActionNotifyProductOwner}
	e.gap("recalled", nil, decision)
	e.append("recalled", 1, domain.GapDecisionRecalled{GapID: "recalled", Rationale: "wrong gap", Recalled: decision})
	e.gap("kept", nil, domain.GapAction{Action: domain.ActionRequestBusinessCase})
	e.start(routes, 3)
	as := e.attempts(2)
	for _, a := range as {
		want := map[string]string{"recalled": "CANCELLED decision recalled", "kept": "SENT "}[a.GapID]
		if got := a.Outcome + " " + a.Reason; got != want {
			t.Errorf("delivery of gap %s: %s, want %s", a.GapID, got, want)
		}
	}
	if got := hook.got(); len(got) != 1 || got[0].msg.GapID != "kept" {
		t.Errorf("the receiver got %+v, want only gap kept's decision", got)
	}
}

// Enabling the notifier on a log with years of decisions sends none of
// them: it delivers what is decided after its first start, also after a restart.
func TestDecisionsBeforeTheFirstStartAreNotDelivered(t *testing.T) {
	e := newEnv(t)
	hook := newReceiver(t, 0)
	e.gap("old", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	routes := `finops: {webhook: "` + hook.URL + `"}`
	stop := e.start(routes, 3)
	e.gap("new", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	if as := e.attempts(1); as[0].GapID != "new" {
		t.Fatalf("delivered %+v, want only the decision after the start", as)
	}
	stop()
	e.start(routes, 3)
	e.gap("newer", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	if as := e.attempts(2); as[1].GapID != "newer" {
		t.Fatalf("after a restart delivered %+v, want new then newer", as)
	}
	if got := len(hook.got()); got != 2 {
		t.Errorf("the receiver got %d requests, want 2", got)
	}
}

// FinOps hears of each new gap whose spend exceeds its scenario's amount.
func TestNewGapsAboveTheirScenariosSpendGoToFinOps(t *testing.T) {
	e := newEnv(t)
	finops := newReceiver(t, 0)
	e.start(`
finops: {webhook: "`+finops.URL+`"}
newGaps: {default: "1000", UNCLAIMED_AI_ALLOCATION: "100"}
`, 3)
	e.gap("big", nil, domain.GapAction{}) // 120.50 > 100
	as := e.attempts(1)
	if as[0].GapID != "big" || as[0].Rule != "new gap with spend above 100" {
		t.Errorf("attempt %+v: want the new gap, by its scenario's amount", as[0])
	}
	if got := finops.got(); len(got) != 1 || got[0].msg.Kind != "GAP_OPENED" || !strings.Contains(got[0].msg.Text, "120.5") {
		t.Errorf("finops got %+v: want one GAP_OPENED message with the spend", got)
	}
}

func TestRoutingFileMistakesAreNamed(t *testing.T) {
	for body, want := range map[string]string{
		`finops: {webhook: "x"}` + "\nnewGaps: {UNKNOWN: \"1\"}":    `"UNKNOWN" is neither a scenario nor default`,
		`finops: {webhook: "x"}` + "\nnewGaps: {default: \"lots\"}": `newGaps.default: "lots" is not an amount`,
		`owners: {}`: "finops: set at least one of webhook, slack, email",
	} {
		path := filepath.Join(t.TempDir(), "routes.yaml")
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := notify.LoadRoutes(path); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%q: got %v, want an error naming the file and %q", body, err, want)
		}
	}
}

// Two notifiers on one database: one delivers, the other waits, and takes
// over when the first stops.
func TestOneActiveNotifierPerDatabase(t *testing.T) {
	e := newEnv(t)
	hook := newReceiver(t, 0)
	routes := `finops: {webhook: "` + hook.URL + `"}`
	first := e.start(routes, 3)
	e.start(routes, 3)
	e.gap("one", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	e.attempts(1)
	first()
	e.gap("two", nil, domain.GapAction{Action: domain.ActionNotifyProductOwner})
	e.attempts(2)
	if got := hook.got(); len(got) != 2 || got[0].msg.GapID != "one" || got[1].msg.GapID != "two" {
		t.Errorf("the receiver got %+v: want each decision once", got)
	}
}
