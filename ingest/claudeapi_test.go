package ingest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

const testAdminKey = "sk-ant-admin01-test-key-never-printed"

// costItem and costBucket are the cost report's JSON, as the API sends it.
type costItem struct {
	Amount        string  `json:"amount"`
	Currency      string  `json:"currency"`
	WorkspaceID   *string `json:"workspace_id"`
	Description   *string `json:"description"`
	CostType      *string `json:"cost_type"`
	ContextWindow *string `json:"context_window"`
	Model         *string `json:"model"`
	ServiceTier   *string `json:"service_tier"`
	TokenType     *string `json:"token_type"`
}

type costBucket struct {
	StartingAt string     `json:"starting_at"`
	EndingAt   string     `json:"ending_at"`
	Results    []costItem `json:"results"`
}

func ptr(s string) *string { return &s }

// costFixture is three months (May to July 2025) of daily buckets grouped by
// workspace and description: two named workspaces and the default one.
func costFixture() []costBucket {
	var out []costBucket
	for day := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC); day.Month() <= time.July; day = day.AddDate(0, 0, 1) {
		n := day.YearDay()
		results := []costItem{
			{Amount: fmt.Sprintf("%d.%04d", 1000+37*n, (13*n)%10000), Currency: "USD", WorkspaceID: ptr("wrkspc_01Alpha"),
				Description: ptr("Claude Sonnet 4 Usage - Input Tokens"), CostType: ptr("tokens"), ContextWindow: ptr("0-200k"),
				Model: ptr("claude-sonnet-4-20250514"), ServiceTier: ptr("standard"), TokenType: ptr("uncached_input_tokens")},
			{Amount: strconv.Itoa(4000 + n), Currency: "USD", WorkspaceID: ptr("wrkspc_01Alpha"),
				Description: ptr("Claude Sonnet 4 Usage - Output Tokens"), CostType: ptr("tokens"), ContextWindow: ptr("0-200k"),
				Model: ptr("claude-sonnet-4-20250514"), ServiceTier: ptr("standard"), TokenType: ptr("output_tokens")},
			{Amount: "35", Currency: "USD", Description: ptr("Web Search"), CostType: ptr("web_search")},
		}
		if n%3 == 0 {
			results = append(results, costItem{Amount: "0.375", Currency: "USD", WorkspaceID: ptr("wrkspc_01Beta"),
				Description: ptr("Claude Haiku 3.5 Usage - Cache Read"), CostType: ptr("tokens"), ContextWindow: ptr("0-200k"),
				Model: ptr("claude-3-5-haiku-20241022"), ServiceTier: ptr("batch"), TokenType: ptr("cache_read_input_tokens")})
		}
		out = append(out, costBucket{StartingAt: day.Format(time.RFC3339), EndingAt: day.AddDate(0, 0, 1).Format(time.RFC3339), Results: results})
	}
	return out
}

// costServer serves the cost report the way the Admin API does: the
// buckets of the asked window, limit at a time, with has_more and an opaque
// next_page token.
type costServer struct {
	t *testing.T

	mu            sync.Mutex
	buckets       []costBucket
	rateLimitOnce bool   // answer the next request 429 (Retry-After: 0)
	failStatus    int    // answer every request with this status and failBody
	failBody      string // the API's error JSON
	notJSON       bool   // answer 200 with an HTML page
	dropNextPage  bool   // has_more without next_page
	ignoreWindow  bool   // serve every bucket, whatever the window
	requests      int
	windows       []string // starting_at..ending_at of each request
}

func newCostServer(t *testing.T) (*costServer, *httptest.Server) {
	cs := &costServer{t: t, buckets: costFixture()}
	srv := httptest.NewServer(cs)
	t.Cleanup(srv.Close)
	return cs, srv
}

func apiErrorBody(kind, message string) string {
	return fmt.Sprintf(`{"type":"error","error":{"type":%q,"message":%q},"request_id":"req_011CTest"}`, kind, message)
}

func (cs *costServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.requests++
	q := r.URL.Query()
	if r.Method != http.MethodGet || r.URL.Path != "/v1/organizations/cost_report" {
		cs.t.Errorf("request %s %s", r.Method, r.URL.Path)
	}
	if r.Header.Get("x-api-key") != testAdminKey || r.Header.Get("anthropic-version") != "2023-06-01" {
		cs.t.Errorf("headers x-api-key set %v, anthropic-version %q", r.Header.Get("x-api-key") != "", r.Header.Get("anthropic-version"))
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, apiErrorBody("authentication_error", "invalid x-api-key"))
		return
	}
	if q.Get("bucket_width") != "1d" || !slices.Equal(q["group_by[]"], []string{"workspace_id", "description"}) {
		cs.t.Errorf("query %s: want bucket_width=1d and group_by[] workspace_id, description", r.URL.RawQuery)
	}
	start, err1 := time.Parse(time.RFC3339, q.Get("starting_at"))
	end, err2 := time.Parse(time.RFC3339, q.Get("ending_at"))
	limit, err3 := strconv.Atoi(q.Get("limit"))
	if err := errors.Join(err1, err2, err3); err != nil || limit < 1 || limit > 31 {
		cs.t.Errorf("query %s: %v", r.URL.RawQuery, err)
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, apiErrorBody("invalid_request_error", "bad query"))
		return
	}
	cs.windows = append(cs.windows, q.Get("starting_at")+".."+q.Get("ending_at"))
	switch {
	case cs.rateLimitOnce:
		cs.rateLimitOnce = false
		w.Header().Set("Retry-After", "0")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, apiErrorBody("rate_limit_error", "Number of requests has exceeded your rate limit"))
		return
	case cs.failStatus != 0:
		w.Header().Set("Retry-After", "0")
		w.WriteHeader(cs.failStatus)
		fmt.Fprint(w, cs.failBody)
		return
	case cs.notJSON:
		fmt.Fprint(w, "<html><body>502 Bad Gateway</body></html>")
		return
	}
	var window []costBucket
	for _, b := range cs.buckets {
		bs, _ := time.Parse(time.RFC3339, b.StartingAt)
		be, _ := time.Parse(time.RFC3339, b.EndingAt)
		if cs.ignoreWindow || (!bs.Before(start) && !be.After(end)) {
			window = append(window, b)
		}
	}
	offset := 0
	if token := q.Get("page"); token != "" {
		at, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(token, "page_"))
		offset = slices.IndexFunc(window, func(b costBucket) bool { return b.StartingAt == string(at) })
		if err != nil || offset < 0 {
			cs.t.Errorf("page token %q is not one this server gave", token)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	}
	page := window[offset:min(len(window), offset+limit)]
	resp := struct {
		Data     []costBucket `json:"data"`
		HasMore  bool         `json:"has_more"`
		NextPage *string      `json:"next_page"`
	}{Data: page, HasMore: offset+limit < len(window)}
	if resp.HasMore && !cs.dropNextPage {
		resp.NextPage = ptr("page_" + base64.StdEncoding.EncodeToString([]byte(window[offset+limit].StartingAt)))
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		cs.t.Error(err)
	}
}

// expectedSpend sums the fixture's cents per workspace and day of the
// periods asked for, in dollars: what the recorded facts must add up to.
func (cs *costServer) expectedSpend(periods ...string) map[string]decimal.Decimal {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	out := map[string]decimal.Decimal{}
	for _, b := range cs.buckets {
		if !slices.Contains(periods, b.StartingAt[:7]) {
			continue
		}
		for _, item := range b.Results {
			ws := claudeDefaultWorkspace
			if item.WorkspaceID != nil {
				ws = *item.WorkspaceID
			}
			key := ws + " " + b.StartingAt[:10]
			out[key] = out[key].Add(decimal.RequireFromString(item.Amount).Div(decimal.NewFromInt(100)))
		}
	}
	return out
}

// recordedSpend folds the period streams and sums the facts per workspace and day.
func recordedSpend(t *testing.T, store eventstore.Store, periods ...string) map[string]decimal.Decimal {
	t.Helper()
	out := map[string]decimal.Decimal{}
	for _, p := range periods {
		_, facts := periodFacts(t, store, domain.SpendStream(SourceClaude, domain.DefaultSpendExport, p))
		for _, f := range facts {
			if f.Source != SourceClaude || f.Period != p || !strings.HasPrefix(f.Day, p) {
				t.Errorf("fact %+v in period %s", f, p)
			}
			key := f.WorkspaceID + " " + f.Day
			out[key] = out[key].Add(f.Cost)
		}
	}
	return out
}

func sameSpend(t *testing.T, got, want map[string]decimal.Decimal) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d workspace-days recorded, want %d", len(got), len(want))
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || !g.Equal(w) {
			t.Errorf("%s: recorded %s, want %s", k, g, w)
		}
	}
}

func TestFetchClaudeCostReportRecordsPagedSpend(t *testing.T) {
	ctx := context.Background()
	cs, srv := newCostServer(t)
	store := openTestStore(t)
	from, to := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC), time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)

	cs.rateLimitOnce = true
	d, err := FetchClaudeCostReport(ctx, srv.Client(), srv.URL+"/", testAdminKey, from, to)
	if err != nil {
		t.Fatal(err)
	}
	// 61 days at 31 buckets a page: a 429, then two pages, over whole months.
	if cs.requests != 3 || len(d.Files) != 2 || d.Files[1].Name != "cost_report page 2" {
		t.Fatalf("%d requests, pages %+v: want a retried 429 and 2 pages", cs.requests, d.Files)
	}
	for _, w := range cs.windows {
		if w != "2025-06-01T00:00:00Z..2025-08-01T00:00:00Z" {
			t.Errorf("polled %s, want June and July in full", w)
		}
	}
	if d.Source != SourceClaude || len(d.Periods) != 2 || d.Periods[0].Period != "2025-06" || d.Periods[1].Period != "2025-07" {
		t.Fatalf("source %s periods %d", d.Source, len(d.Periods))
	}
	sum, err := Record(ctx, store, d, domain.SystemIngest, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sum.Periods, []string{"2025-06", "2025-07"}) || sum.Files != 2 {
		t.Fatalf("replaced %v from %d pages", sum.Periods, sum.Files)
	}
	want := cs.expectedSpend("2025-06", "2025-07")
	sameSpend(t, recordedSpend(t, store, "2025-06", "2025-07"), want)
	// 2025-06-02 is day 153: 1000+37*153 = 6661 cents and 13*153 = 1989 ten-thousandths,
	// plus 4000+153 cents of output: $66.611989 + $41.53.
	if got := want["wrkspc_01Alpha 2025-06-02"]; !got.Equal(decimal.RequireFromString("108.141989")) {
		t.Errorf("the fixture's own sum for Alpha on 2025-06-02 is %s", got)
	}
	if got := want["default 2025-07-31"]; !got.Equal(decimal.RequireFromString("0.35")) {
		t.Errorf("default workspace on 2025-07-31: %s, want 0.35", got)
	}
	total := sum.AttributableSpend.Add(sum.Adjustments)
	wantTotal := decimal.Zero
	for _, v := range want {
		wantTotal = wantTotal.Add(v)
	}
	if !total.Equal(wantTotal) {
		t.Errorf("summary spend %s, want %s", total, wantTotal)
	}
	events := len(allEvents(t, store))

	// Polling the same spend again writes nothing.
	again, err := FetchClaudeCostReport(ctx, srv.Client(), srv.URL, testAdminKey, from, to)
	if err != nil {
		t.Fatal(err)
	}
	sum, err = Record(ctx, store, again, domain.SystemIngest, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if sum.EventsAppended != 0 || len(sum.Periods) != 0 || len(sum.Unchanged) != 2 || len(allEvents(t, store)) != events {
		t.Fatalf("re-poll appended %d events, replaced %v", sum.EventsAppended, sum.Periods)
	}

	// July alone comes in one page, cut differently: the same spend, the same delivery.
	july, err := FetchClaudeCostReport(ctx, srv.Client(), srv.URL, testAdminKey, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 7, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(july.Files) != 1 || len(july.Periods) != 1 || july.Periods[0].DeliveryID != d.Periods[1].DeliveryID {
		t.Fatalf("July alone: %d pages, %d periods; want 1 page and July's delivery id from the two-month poll", len(july.Files), len(july.Periods))
	}

	// A changed amount on the second page replaces July, and only July.
	cs.mu.Lock()
	cs.buckets[slices.IndexFunc(cs.buckets, func(b costBucket) bool { return b.StartingAt == "2025-07-20T00:00:00Z" })].Results[0].Amount = "99.5"
	cs.mu.Unlock()
	changed, err := FetchClaudeCostReport(ctx, srv.Client(), srv.URL, testAdminKey, from, to)
	if err != nil {
		t.Fatal(err)
	}
	sum, err = Record(ctx, store, changed, domain.SystemIngest, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sum.Periods, []string{"2025-07"}) || !slices.Equal(sum.Unchanged, []string{"2025-06"}) {
		t.Fatalf("after a change in July: replaced %v, unchanged %v", sum.Periods, sum.Unchanged)
	}
	want = cs.expectedSpend("2025-06", "2025-07")
	if got := want["wrkspc_01Alpha 2025-07-20"]; !got.Equal(decimal.RequireFromString("43.005")) {
		t.Errorf("the fixture's changed sum on 2025-07-20 is %s, want 0.995 + 42.01", got)
	}
	sameSpend(t, recordedSpend(t, store, "2025-06", "2025-07"), want)
}

func TestFetchClaudeCostReportEmptyMonthReplacesItsPeriod(t *testing.T) {
	cs, srv := newCostServer(t)
	cs.buckets = slices.DeleteFunc(cs.buckets, func(b costBucket) bool { return strings.HasPrefix(b.StartingAt, "2025-05") })
	d, err := FetchClaudeCostReport(context.Background(), srv.Client(), srv.URL, testAdminKey,
		time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Periods) != 2 || d.Periods[0].Period != "2025-05" || len(d.Periods[0].Facts) != 0 || len(d.Periods[1].Facts) == 0 {
		t.Fatalf("periods %+v: want May with no facts and June with some", d.Periods)
	}
}

func TestFetchClaudeCostReportRejectsBadResponses(t *testing.T) {
	june, july := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 7, 31, 0, 0, 0, 0, time.UTC)
	dayBucket := func(cs *costServer, day string) *costBucket {
		return &cs.buckets[slices.IndexFunc(cs.buckets, func(b costBucket) bool { return b.StartingAt == day+"T00:00:00Z" })]
	}
	cases := []struct {
		name     string
		setup    func(cs *costServer)
		code     domain.Code
		requests int // 0: not checked
		want     []string
	}{
		{"bad key", func(cs *costServer) {
			cs.failStatus, cs.failBody = http.StatusUnauthorized, apiErrorBody("authentication_error", "invalid x-api-key")
		}, domain.CodeBadUserInput, 1, []string{"cost_report page 1", "HTTP 401 authentication_error: invalid x-api-key"}},
		{"a server echoing the key", func(cs *costServer) {
			cs.failStatus, cs.failBody = http.StatusForbidden, apiErrorBody("permission_error", "key "+testAdminKey+" may not read costs")
		}, domain.CodeBadUserInput, 1, []string{"HTTP 403 permission_error: key [admin key] may not read costs"}},
		{"not JSON", func(cs *costServer) { cs.notJSON = true },
			domain.CodeBadUserInput, 1, []string{"cost_report page 1", "not a Claude cost report"}},
		{"non-USD on page 2", func(cs *costServer) { dayBucket(cs, "2025-07-10").Results[2].Currency = "EUR" },
			domain.CodeBadUserInput, 2, []string{"cost_report page 2", "column currency", `"EUR"`}},
		{"unparsable amount on page 2", func(cs *costServer) { dayBucket(cs, "2025-07-02").Results[1].Amount = "12,5" },
			domain.CodeBadUserInput, 2, []string{"cost_report page 2: row 2: column amount", `"12,5"`}},
		{"has_more without next_page", func(cs *costServer) { cs.dropNextPage = true },
			domain.CodeBadUserInput, 1, []string{"cost_report page 1", "next_page"}},
		{"a bucket outside the window", func(cs *costServer) { cs.ignoreWindow = true },
			domain.CodeBadUserInput, 1, []string{"cost_report page 1", "2025-05 is outside the polled window 2025-06-01 to 2025-08-01"}},
		{"overloaded every time", func(cs *costServer) {
			cs.failStatus, cs.failBody = 529, apiErrorBody("overloaded_error", "Overloaded")
		}, domain.CodeInternal, claudeMaxAttempts, []string{"cost_report page 1", "HTTP 529 overloaded_error: Overloaded", "gave up after 5 attempts"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs, srv := newCostServer(t)
			c.setup(cs)
			d, err := FetchClaudeCostReport(context.Background(), srv.Client(), srv.URL, testAdminKey, june, july)
			if err == nil {
				t.Fatalf("accepted: %d periods", len(d.Periods))
			}
			if code := domain.ErrorCode(err); code != c.code {
				t.Errorf("code %s, want %s: %v", code, c.code, err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), testAdminKey) {
				t.Errorf("error %q shows the admin key", err)
			}
			if c.requests != 0 && cs.requests != c.requests {
				t.Errorf("%d requests, want %d", cs.requests, c.requests)
			}
		})
	}
}

func TestFetchClaudeCostReportTransportFailure(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	_, err := FetchClaudeCostReport(context.Background(), srv.Client(), srv.URL, testAdminKey,
		time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC))
	if domain.ErrorCode(err) != domain.CodeInternal || !strings.Contains(fmt.Sprint(err), "cost_report page 1") {
		t.Fatalf("closed server: %v (code %s), want INTERNAL naming page 1", err, domain.ErrorCode(err))
	}
}

func TestFetchClaudeCostReportStopsWaitingWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "50")
		w.WriteHeader(http.StatusTooManyRequests)
		cancel()
	}))
	defer srv.Close()
	done := make(chan error, 1)
	go func() {
		_, err := FetchClaudeCostReport(ctx, srv.Client(), srv.URL, testAdminKey,
			time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC))
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled during Retry-After: %v, want context.Canceled", err)
		}
	case <-time.After(40 * time.Second): // a hang guard, well inside the 50 s asked for
		t.Fatal("still waiting out Retry-After after the context was cancelled")
	}
}

func TestClaudeWindowIsWholeMonthsUpToToday(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		from, to, now string
		start, end    string
		periods       []string
	}{
		{"2025-06-15", "2025-07-03", "2025-09-01", "2025-06-01", "2025-08-01", []string{"2025-06", "2025-07"}},
		{"2025-12-31", "2026-01-01", "2026-03-01", "2025-12-01", "2026-02-01", []string{"2025-12", "2026-01"}},
		{"2025-06-01", "2025-07-31", "2025-07-10", "2025-06-01", "2025-07-11", []string{"2025-06", "2025-07"}},
		{"2025-07-10", "2025-07-10", "2025-07-10", "2025-07-01", "2025-07-11", []string{"2025-07"}},
	}
	for _, c := range cases {
		start, end, periods, err := claudeWindow(day(c.from), day(c.to), day(c.now).Add(15*time.Hour))
		if err != nil || start.Format(time.DateOnly) != c.start || end.Format(time.DateOnly) != c.end || !slices.Equal(periods, c.periods) {
			t.Errorf("%s..%s at %s: %s..%s %v %v; want %s..%s %v", c.from, c.to, c.now, start.Format(time.DateOnly), end.Format(time.DateOnly), periods, err, c.start, c.end, c.periods)
		}
	}
	for _, bad := range [][3]string{{"2025-08-01", "2025-07-31", "2025-09-01"}, {"2025-10-01", "2025-10-31", "2025-09-15"}} {
		if _, _, _, err := claudeWindow(day(bad[0]), day(bad[1]), day(bad[2])); domain.ErrorCode(err) != domain.CodeBadUserInput {
			t.Errorf("%s..%s at %s: %v, want BAD_USER_INPUT", bad[0], bad[1], bad[2], err)
		}
	}
}

func TestRetryDelay(t *testing.T) {
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		header string
		want   time.Duration
	}{
		{"0", 0},
		{"7", 7 * time.Second},
		{"", 4 * time.Second},
		{"soon", 4 * time.Second},
		{"600", claudeMaxRetryWait},
		{now.Add(20 * time.Second).Format(http.TimeFormat), 20 * time.Second},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0},
	} {
		if got := retryDelay(c.header, 4*time.Second, now); got != c.want {
			t.Errorf("Retry-After %q: %s, want %s", c.header, got, c.want)
		}
	}
}
