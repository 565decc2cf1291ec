package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/allocation-gaps/gaps/domain"
)

const (
	claudeCostReportPath = "/v1/organizations/cost_report"
	claudeAPIVersion     = "2023-06-01"
	// claudeBucketsPerPage is the API's maximum limit for daily buckets.
	claudeBucketsPerPage = 31
	// claudeMaxAttempts bounds the requests for one page when the API
	// answers 429 or 5xx.
	claudeMaxAttempts  = 5
	claudeFirstBackoff = time.Second
	claudeMaxRetryWait = time.Minute
	claudeMaxPageBytes = 64 << 20
	// claudeAPIFiles is what a polled period records as its files: the page
	// names depend on the polled window, the period's content does not.
	claudeAPIFiles = "cost_report (Admin API)"
)

// FetchClaudeCostReport polls the Claude Platform cost report
// (GET /v1/organizations/cost_report, daily buckets grouped by workspace and
// description) with an Admin API key and loads it as one delivery of source
// "claude", as Load would load the same pages from files.
//
// A delivery replaces whole billing periods, so the polled window is every
// UTC month from from's through to's, in full, up to the end of today. Each
// page goes through the file reader, named "cost_report page N" in its
// errors. A period's delivery id hashes its facts, not the pages, so
// re-polling unchanged spend through a differently paged window records
// nothing. Any bad page fails the whole delivery. A nil client is
// http.DefaultClient.
func FetchClaudeCostReport(ctx context.Context, client *http.Client, baseURL, adminKey string, from, to time.Time) (*Delivery, error) {
	if client == nil {
		client = http.DefaultClient
	}
	start, end, periods, err := claudeWindow(from, to, time.Now())
	if err != nil {
		return nil, err
	}
	endpoint, err := url.Parse(strings.TrimRight(baseURL, "/") + claudeCostReportPath)
	if err != nil || (endpoint.Scheme != "http" && endpoint.Scheme != "https") || endpoint.Host == "" {
		return nil, domain.Errorf(domain.CodeBadUserInput, "Anthropic API URL %q: want https://host", baseURL)
	}
	inWindow := map[string]bool{}
	for _, p := range periods {
		inWindow[p] = true
	}
	// Every page holds at least one bucket; more pages than days is a loop.
	maxPages := int(end.Sub(start)/(24*time.Hour)) + 1
	d := &Delivery{Source: SourceClaude, IgnoredRows: map[string]int64{}}
	var perPage []*fileResult
	page := ""
	for n := 1; ; n++ {
		name := fmt.Sprintf("cost_report page %d", n)
		if n > maxPages {
			return nil, badInput(name, 0, "", "the API still answers has_more after more pages than days in the window")
		}
		q := url.Values{
			"starting_at":  {start.Format(time.RFC3339)},
			"ending_at":    {end.Format(time.RFC3339)},
			"bucket_width": {"1d"},
			"group_by[]":   {"workspace_id", "description"},
			"limit":        {strconv.Itoa(claudeBucketsPerPage)},
		}
		if page != "" {
			q.Set("page", page)
		}
		endpoint.RawQuery = q.Encode()
		body, err := fetchClaudePage(ctx, client, endpoint.String(), adminKey, name)
		if err != nil {
			return nil, err
		}
		res, err := readClaude(name, bytes.NewReader(body), nil)
		if err != nil {
			return nil, err
		}
		for p := range res.periods {
			if !inWindow[p] {
				return nil, badInput(name, 0, "starting_at", "a bucket of %s is outside the polled window %s to %s",
					p, start.Format(time.DateOnly), end.Format(time.DateOnly))
			}
		}
		var paging struct {
			HasMore  bool    `json:"has_more"`
			NextPage *string `json:"next_page"`
		}
		if err := json.Unmarshal(body, &paging); err != nil {
			return nil, badInput(name, 0, "", "not a cost report page: %v", err)
		}
		sum := sha256.Sum256(body)
		d.Files = append(d.Files, File{Path: endpoint.String(), Name: name, Size: int64(len(body)), SHA256: hex.EncodeToString(sum[:])})
		perPage = append(perPage, res)
		if !paging.HasMore {
			break
		}
		if paging.NextPage == nil || *paging.NextPage == "" {
			return nil, badInput(name, 0, "next_page", "has_more is true but next_page is empty")
		}
		page = *paging.NextPage
	}
	// A polled month without a single bucket still had no spend: it must
	// replace whatever was recorded for it before.
	for _, p := range periods {
		perPage[0].period(p)
	}
	d.buildPeriods(perPage)
	for _, p := range d.Periods {
		p.Files = []string{claudeAPIFiles}
		hash, err := periodContentHash(p)
		if err != nil {
			return nil, err
		}
		p.DeliveryID = contentID(d.Source, p.Period, []string{hash})
	}
	return d, nil
}

// claudeWindow is the UTC months from from's through to's, ending at the end
// of today at the latest (the API has no later buckets), and their periods.
func claudeWindow(from, to, now time.Time) (start, end time.Time, periods []string, err error) {
	monthOf := func(t time.Time) time.Time {
		t = t.UTC()
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	start, end = monthOf(from), monthOf(to).AddDate(0, 1, 0)
	if !start.Before(end) {
		return start, end, nil, domain.Errorf(domain.CodeBadUserInput, "cost_report window: from %s is after to %s",
			from.UTC().Format(time.DateOnly), to.UTC().Format(time.DateOnly))
	}
	now = now.UTC()
	if tomorrow := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, time.UTC); end.After(tomorrow) {
		end = tomorrow
	}
	if !start.Before(end) {
		return start, end, nil, domain.Errorf(domain.CodeBadUserInput, "cost_report window: from %s is in the future",
			from.UTC().Format(time.DateOnly))
	}
	for m := start; m.Before(end); m = m.AddDate(0, 1, 0) {
		periods = append(periods, m.Format("2006-01"))
	}
	return start, end, periods, nil
}

// periodContentHash hashes what a period records, so that identical spend
// has the same delivery id however the API paged it.
func periodContentHash(p *Period) (string, error) {
	raw, err := json.Marshal(struct {
		Facts            []domain.SpendFact
		RowsRead, AIRows int64
	}{p.Facts, p.RowsRead, p.AIRows})
	if err != nil {
		return "", fmt.Errorf("period %s: %w", p.Period, err)
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:]), nil
}

// fetchClaudePage GETs one page, retrying 429 and 5xx answers with backoff
// (or the Retry-After the API asks for) up to claudeMaxAttempts.
func fetchClaudePage(ctx context.Context, client *http.Client, pageURL, adminKey, name string) ([]byte, error) {
	backoff := claudeFirstBackoff
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
		if err != nil {
			return nil, badInput(name, 0, "", "%v", err)
		}
		req.Header.Set("x-api-key", adminKey)
		req.Header.Set("anthropic-version", claudeAPIVersion)
		req.Header.Set("accept", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, domain.Errorf(domain.CodeInternal, "%s: %s", name, redact(err.Error(), adminKey))
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, claudeMaxPageBytes+1))
		resp.Body.Close()
		switch {
		case err != nil && ctx.Err() != nil:
			return nil, ctx.Err()
		case err != nil:
			return nil, domain.Errorf(domain.CodeInternal, "%s: reading the response: %s", name, redact(err.Error(), adminKey))
		case len(body) > claudeMaxPageBytes:
			return nil, badInput(name, 0, "", "response larger than %d MiB", claudeMaxPageBytes>>20)
		case resp.StatusCode == http.StatusOK:
			return body, nil
		}
		retryable := resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
		if !retryable {
			return nil, badInput(name, 0, "", "%s", claudeAPIError(resp.StatusCode, body, adminKey))
		}
		if attempt == claudeMaxAttempts {
			return nil, domain.Errorf(domain.CodeInternal, "%s: %s (gave up after %d attempts)", name, claudeAPIError(resp.StatusCode, body, adminKey), attempt)
		}
		t := time.NewTimer(retryDelay(resp.Header.Get("Retry-After"), backoff, time.Now()))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
		backoff *= 2
	}
}

// claudeAPIError describes a non-200 answer by the API's own error type and
// message ({"type":"error","error":{"type":…,"message":…}}), else by the
// start of the body.
func claudeAPIError(status int, body []byte, adminKey string) string {
	var e struct {
		Error struct {
			Type    string `json:"type"`
			Message string `json:"message"`
		} `json:"error"`
	}
	msg := strings.TrimSpace(string(body))
	if json.Unmarshal(body, &e) == nil && e.Error.Message != "" {
		msg = e.Error.Type + ": " + e.Error.Message
	}
	msg = redact(msg, adminKey) // before shortening, which could cut the key
	if r := []rune(msg); len(r) > 200 {
		msg = string(r[:200]) + "…"
	}
	if msg == "" {
		return fmt.Sprintf("HTTP %d", status)
	}
	return fmt.Sprintf("HTTP %d %s", status, msg)
}

// retryDelay is the wait the API asked for in Retry-After (seconds or an
// HTTP date), else fallback; never more than claudeMaxRetryWait.
func retryDelay(retryAfter string, fallback time.Duration, now time.Time) time.Duration {
	wait := fallback
	if s, err := strconv.Atoi(strings.TrimSpace(retryAfter)); err == nil && s >= 0 {
		wait = time.Duration(s) * time.Second
	} else if at, err := http.ParseTime(retryAfter); err == nil {
		wait = max(at.Sub(now), 0)
	}
	return min(wait, claudeMaxRetryWait)
}

// redact keeps the admin key out of messages, whatever a server echoes.
func redact(s, key string) string {
	if key == "" {
		return s
	}
	return strings.ReplaceAll(s, key, "[admin key]")
}
