package main

// Tests of s3:// sources: the real AWS SDK client, over HTTP, against an
// in-process S3 server (gofakes3, memory backend).

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/hex"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/allocation-gaps/gaps/domain"
)

const (
	fakeS3Bucket    = "billing"
	fakeS3AccessKey = "AKIDGAPSTEST"
	fakeS3Secret    = "gaps-test-secret"
)

// fakeS3 is an S3-protocol server in the test process. Where gofakes3
// does less than S3, it adds: it accepts only fakeS3AccessKey, and answers
// a GET whose If-Match is not the object's ETag with 412. It records the
// GETs of data files, and can replace an object as it is first read.
type fakeS3 struct {
	t       testing.TB
	url     string
	client  *s3.Client
	clock   gofakes3.TimeSourceAdvancer
	backend *s3mem.Backend

	mu   sync.Mutex
	gets []string // "key range" of each GET of a .parquet object
	// replace, once set, is written over its key before that key is next read.
	replace map[string][]byte
}

func newFakeS3(t testing.TB) *fakeS3 {
	t.Helper()
	f := &fakeS3{t: t, clock: gofakes3.FixedTimeSource(time.Now())}
	f.backend = s3mem.New(s3mem.WithTimeSource(f.clock))
	inner := gofakes3.New(f.backend).Server()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Authorization"), "Credential="+fakeS3AccessKey+"/") {
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`)
			return
		}
		if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, ".parquet") {
			key := strings.TrimPrefix(r.URL.Path, "/"+fakeS3Bucket+"/")
			f.mu.Lock()
			f.gets = append(f.gets, r.URL.Path+" "+r.Header.Get("Range"))
			body, replace := f.replace[key]
			delete(f.replace, key)
			f.mu.Unlock()
			if replace {
				if _, err := f.backend.PutObject(fakeS3Bucket, key, map[string]string{}, bytes.NewReader(body), int64(len(body)), nil); err != nil {
					t.Errorf("replace %s: %v", key, err)
				}
			}
			if obj, err := f.backend.HeadObject(fakeS3Bucket, key); err == nil && r.Header.Get("If-Match") != "" &&
				r.Header.Get("If-Match") != `"`+hex.EncodeToString(obj.Hash)+`"` {
				w.WriteHeader(http.StatusPreconditionFailed)
				fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>`)
				return
			}
		}
		inner.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	f.url = srv.URL
	f.client = s3.New(s3.Options{
		Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), UsePathStyle: true,
		Credentials: credentials.NewStaticCredentialsProvider(fakeS3AccessKey, fakeS3Secret, ""),
	})
	if _, err := f.client.CreateBucket(t.Context(), &s3.CreateBucketInput{Bucket: aws.String(fakeS3Bucket)}); err != nil {
		t.Fatal(err)
	}
	return f
}

// put writes an object, a minute after the previous one.
func (f *fakeS3) put(key string, body []byte) {
	f.t.Helper()
	f.clock.Advance(time.Minute)
	if _, err := f.client.PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(fakeS3Bucket), Key: aws.String(key), Body: bytes.NewReader(body),
	}); err != nil {
		f.t.Fatalf("put %s: %v", key, err)
	}
}

// putDelivery writes data files and then their manifest, as AWS does.
func (f *fakeS3) putDelivery(manifestKey string, files map[string][]byte) {
	f.t.Helper()
	var urls []string
	for _, key := range slices.Sorted(maps.Keys(files)) {
		f.put(key, files[key])
		urls = append(urls, strconv.Quote("s3://"+fakeS3Bucket+"/"+key))
	}
	f.put(manifestKey, []byte(`{"dataFiles":[`+strings.Join(urls, ",")+`]}`))
}

// env is the settings a gaps command needs to reach the server.
func (f *fakeS3) env(accessKey string) []string {
	return []string{"GAPS_S3_ENDPOINT=" + f.url, "GAPS_S3_REGION=us-east-1",
		"AWS_ACCESS_KEY_ID=" + accessKey, "AWS_SECRET_ACCESS_KEY=" + fakeS3Secret,
		"AWS_CONFIG_FILE=" + os.DevNull, "AWS_SHARED_CREDENTIALS_FILE=" + os.DevNull}
}

// samplePeriod is a generated CUR Parquet file of a billing period.
func (in *installation) samplePeriod(period string, seed, rows int) ([]byte, sampleStats) {
	in.t.Helper()
	path, stats := in.writeSample(rows, "--period", period, "--seed", strconv.Itoa(seed))
	body, err := os.ReadFile(path)
	if err != nil {
		in.t.Fatal(err)
	}
	return body, stats
}

// curCSVGzip is a small CUR 2.0 gzip CSV of June 2025: three lines, two of
// them AI (1.25 and 0.75 USD of Bedrock), one EC2 line.
func curCSVGzip(t *testing.T) []byte {
	t.Helper()
	text := "bill_billing_period_start_date,bill_billing_entity,line_item_usage_start_date,line_item_usage_account_id," +
		"product_region_code,line_item_product_code,line_item_operation,line_item_usage_type,line_item_line_item_type," +
		"line_item_resource_id,line_item_unblended_cost,line_item_usage_amount,pricing_unit,line_item_currency_code\n" +
		"2025-06-01T00:00:00Z,AWS,2025-06-03T10:00:00Z,111122223333,us-east-1,AmazonBedrock,InvokeModelInference,USE1-Claude4.6Sonnet-input-tokens,Usage,,1.25,100,1K tokens,USD\n" +
		"2025-06-01T00:00:00Z,AWS,2025-06-03T11:00:00Z,111122223333,us-east-1,AmazonBedrock,InvokeModelInference,USE1-Claude4.6Sonnet-input-tokens,Usage,,0.75,50,1K tokens,USD\n" +
		"2025-06-01T00:00:00Z,AWS,2025-06-05T00:00:00Z,135792468024,us-east-1,AmazonEC2,RunInstances,BoxUsage:m5.large,Usage,i-0abc,9.6,24,Hrs,USD\n"
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestIngestS3(t *testing.T) {
	t.Parallel()
	fake := newFakeS3(t)
	in := newInstallation(t, fake.env(fakeS3AccessKey)...)

	// finance: August delivered once; September delivered twice, each
	// delivery in its own folder with its manifest (the newer one is in force).
	aug, augStats := in.samplePeriod("2026-08", 7, 3000)
	sepOld, _ := in.samplePeriod("2026-09", 7, 3000)
	sepNew, sepStats := in.samplePeriod("2026-09", 8, 4000)
	const data, meta = "cur/finance/data/BILLING_PERIOD=", "cur/finance/metadata/BILLING_PERIOD="
	fake.putDelivery(meta+"2026-08/finance-Manifest.json", map[string][]byte{data + "2026-08/finance-00001.snappy.parquet": aug})
	fake.putDelivery(meta+"2026-09/20261002T0100Z/finance-Manifest.json", map[string][]byte{data + "2026-09/20261002T0100Z/finance-00001.snappy.parquet": sepOld})
	fake.putDelivery(meta+"2026-09/20261003T0100Z/finance-Manifest.json", map[string][]byte{data + "2026-09/20261003T0100Z/finance-00001.snappy.parquet": sepNew})

	first := in.ingestJSON("s3://" + fakeS3Bucket + "/cur/finance/")
	if first.Export != "finance" || !slices.Equal(first.Periods, []string{"2026-08", "2026-09"}) || first.Files != 2 {
		t.Errorf("export %q, periods %v, files %d; want finance, [2026-08 2026-09], 2 files (September's latest delivery only)", first.Export, first.Periods, first.Files)
	}
	if want := augStats.rows + sepStats.rows; first.RowsRead != want {
		t.Errorf("rowsRead %d, want %d: August and September's newer delivery", first.RowsRead, want)
	}
	if want := augStats.attributable.Add(sepStats.attributable); !first.AttributableSpend.Equal(want) {
		t.Errorf("attributable %s, want %s (August and September's newer delivery)", first.AttributableSpend, want)
	}
	fake.mu.Lock()
	for _, get := range fake.gets {
		if !strings.Contains(get, " bytes=") {
			t.Errorf("GET %s: want ranged reads of Parquet objects", get)
		}
	}
	fake.mu.Unlock()
	events := in.countEvents()

	// The same deliveries again: nothing written.
	again := in.ingestJSON("s3://" + fakeS3Bucket + "/cur/finance/")
	if len(again.Periods) != 0 || !slices.Equal(again.Unchanged, []string{"2026-08", "2026-09"}) {
		t.Errorf("re-ingest: replaced %v, unchanged %v; want none replaced", again.Periods, again.Unchanged)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("re-ingest: %d events, want still %d", n, events)
	}

	// September restated: a third delivery replaces the period, August stays.
	sepRestated, restatedStats := in.samplePeriod("2026-09", 9, 2000)
	fake.putDelivery(meta+"2026-09/20261004T0100Z/finance-Manifest.json", map[string][]byte{data + "2026-09/20261004T0100Z/finance-00001.snappy.parquet": sepRestated})
	restated := in.ingestJSON("s3://" + fakeS3Bucket + "/cur/finance/")
	if !slices.Equal(restated.Periods, []string{"2026-09"}) || !slices.Equal(restated.Unchanged, []string{"2026-08"}) {
		t.Errorf("restatement: replaced %v, unchanged %v; want 2026-09 replaced, 2026-08 unchanged", restated.Periods, restated.Unchanged)
	}
	if want := augStats.rows + restatedStats.rows; restated.RowsRead != want {
		t.Errorf("restatement: rowsRead %d, want %d", restated.RowsRead, want)
	}

	// A gzip CSV export without a manifest.
	fake.put("cur/ops/data/BILLING_PERIOD=2025-06/ops-00001.csv.gz", curCSVGzip(t))
	ops := in.ingestJSON("s3://" + fakeS3Bucket + "/cur/ops")
	if ops.Export != "ops" || !slices.Equal(ops.Periods, []string{"2025-06"}) || ops.RowsRead != 3 || ops.AIRows != 2 || ops.AttributableSpend.String() != "2" {
		t.Errorf("gzip CSV: export %q, periods %v, rows %d, AI rows %d, attributable %s; want ops, [2025-06], 3, 2, 2",
			ops.Export, ops.Periods, ops.RowsRead, ops.AIRows, ops.AttributableSpend)
	}
	events = in.countEvents()

	// A manifest naming a missing object: refused, naming bucket and key, nothing written.
	fake.put("cur/broken/metadata/BILLING_PERIOD=2026-08/broken-Manifest.json",
		[]byte(`{"dataFiles":["s3://billing/cur/broken/data/BILLING_PERIOD=2026-08/broken-00001.parquet"]}`))
	res := in.run("ingest", "s3://"+fakeS3Bucket+"/cur/broken/")
	if res.code == 0 || !strings.Contains(res.stderr, "s3://billing/cur/broken/data/BILLING_PERIOD=2026-08/broken-00001.parquet") ||
		!strings.Contains(res.stderr, "no such object") {
		t.Errorf("missing object: want a non-zero exit naming bucket and key; got %s", res)
	}

	// September's file rewritten in place while it is read: refused, nothing
	// written; the next run reads the new content.
	sepRewritten, rewrittenStats := in.samplePeriod("2026-09", 10, 2500)
	rewrittenKey := data + "2026-09/20261004T0100Z/finance-00001.snappy.parquet"
	fake.mu.Lock()
	fake.replace = map[string][]byte{rewrittenKey: sepRewritten}
	fake.mu.Unlock()
	res = in.run("ingest", "s3://"+fakeS3Bucket+"/cur/finance/")
	if res.code == 0 || !strings.Contains(res.stderr, "s3://billing/"+rewrittenKey) || !strings.Contains(res.stderr, "changed while being read") {
		t.Errorf("object replaced while read: want a non-zero exit naming the key and saying it changed; got %s", res)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("object replaced while read: %d events, want still %d", n, events)
	}
	rewritten := in.ingestJSON("s3://" + fakeS3Bucket + "/cur/finance/")
	if !slices.Equal(rewritten.Periods, []string{"2026-09"}) || rewritten.RowsRead != augStats.rows+rewrittenStats.rows {
		t.Errorf("after the rewrite: replaced %v, rows %d; want 2026-09 from the rewritten file (%d rows with August)",
			rewritten.Periods, rewritten.RowsRead, augStats.rows+rewrittenStats.rows)
	}
	events = in.countEvents()

	// Wrong credentials: refused, naming the bucket and what to check.
	res = in.with(fake.env("AKIDWRONG")...).run("ingest", "s3://"+fakeS3Bucket+"/cur/finance/")
	if res.code == 0 || !strings.Contains(res.stderr, "s3://billing/cur/finance/") || !strings.Contains(res.stderr, "AccessDenied") {
		t.Errorf("wrong credentials: want a non-zero exit naming the bucket and AccessDenied; got %s", res)
	}
	if n := in.countEvents(); n != events {
		t.Errorf("refused ingests: %d events, want still %d", n, events)
	}
}

// TestServeWatchS3: gaps serve --watch ingests the deliveries already in
// the bucket, then one that lands after it started (retried while its file
// is missing); after a restart it reads none of them again.
func TestServeWatchS3(t *testing.T) {
	t.Parallel()
	fake := newFakeS3(t)
	in := newInstallation(t, append(fake.env(fakeS3AccessKey), "GAPS_DEV=1", "GAPS_WATCH_INTERVAL=200ms")...)
	aug, _ := in.samplePeriod("2026-08", 7, 2000)
	sep, sepStats := in.samplePeriod("2026-09", 7, 2000)
	const data, meta = "cur/finance/data/BILLING_PERIOD=", "cur/finance/metadata/BILLING_PERIOD="
	fake.putDelivery(meta+"2026-08/finance-Manifest.json", map[string][]byte{data + "2026-08/finance-00001.snappy.parquet": aug})

	addr := freeAddr(t)
	base := "http://" + addr
	srv := in.start("serve", "--addr", addr, "--watch", "s3://"+fakeS3Bucket+"/cur/")
	srv.waitStatus(base+"/readyz", http.StatusOK)
	srv.waitLog(t, "watch: ingested", "export=finance", "periods=[2026-08]")

	// September's manifest lands before its data file: the delivery fails,
	// is reported and retried, and is ingested once the file is there.
	fake.put(meta+"2026-09/finance-Manifest.json", []byte(`{"dataFiles":["s3://billing/`+data+`2026-09/finance-00001.snappy.parquet"]}`))
	srv.waitLog(t, "watch: delivery not ingested; retrying", data+"2026-09/finance-00001.snappy.parquet", "no such object")
	token := strings.TrimSpace(in.mustRun("token", "--role", "FINOPS_LEAD", "--sub", "alice").stdout)
	// ingestsOf waits until the finance rows of the given status cover want.
	ingestsOf := func(status string, want []string) (errs []string) {
		t.Helper()
		var got struct {
			Ingests struct {
				Edges []struct {
					Node struct {
						Export, Status string
						Error          *string
						Periods        []string
					}
				}
			}
		}
		deadline := time.Now().Add(waitTimeout)
		for {
			queryInto(t, base, token, `{ ingests(first: 10) { edges { node { export status error periods } } } }`, &got)
			var periods []string
			errs = nil
			for _, e := range got.Ingests.Edges {
				if e.Node.Export == "finance" && e.Node.Status == status {
					periods = append(periods, e.Node.Periods...)
					if e.Node.Error != nil {
						errs = append(errs, *e.Node.Error)
					}
				}
			}
			slices.Sort(periods)
			if slices.Equal(periods, want) {
				return errs
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s ingests of export finance cover %v, want %v", status, periods, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	failed := ingestsOf("FAILED", []string{"2026-09"})
	if len(failed) != 1 || !strings.Contains(failed[0], data+"2026-09/finance-00001.snappy.parquet") {
		t.Errorf("errors of the FAILED ingest: %q, want one naming the missing key", failed)
	}
	fake.put(data+"2026-09/finance-00001.snappy.parquet", sep)
	srv.waitLog(t, "watch: ingested", "export=finance", "periods=[2026-09]", "rows="+strconv.FormatInt(sepStats.rows, 10))
	if errs := ingestsOf("RECORDED", []string{"2026-08", "2026-09"}); len(errs) != 0 {
		t.Errorf("recorded ingests carry errors %q", errs)
	}
	ingestsOf("FAILED", nil) // the recorded delivery removed its failure row
	if code := srv.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM\nstderr: %s", code, srv.stderr)
	}

	// The failure and its removal replay to the same read model.
	if res := in.run("rebuild", "--verify"); res.code != 0 {
		t.Fatalf("rebuild --verify after a failed, then recorded delivery: %s", res)
	}

	// A restart finds both deliveries in force in the log: no object is read.
	fake.mu.Lock()
	fake.gets = nil
	fake.mu.Unlock()
	ingests := in.countIngestEvents()
	srv = in.start("serve", "--addr", addr, "--watch", "s3://"+fakeS3Bucket+"/cur/")
	srv.waitStatus(base+"/readyz", http.StatusOK)
	time.Sleep(time.Second) // several polls
	if code := srv.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM\nstderr: %s", code, srv.stderr)
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if len(fake.gets) != 0 || strings.Contains(srv.stderr.String(), "watch: ingested") {
		t.Errorf("after a restart: Parquet GETs %v, want none (the log holds both deliveries)\nstderr: %s", fake.gets, srv.stderr)
	}
	if n := in.countIngestEvents(); n != ingests {
		t.Errorf("after a restart: %d spend and ingest events, want still %d", n, ingests)
	}
}

// countIngestEvents counts the events ingests append (spend periods and
// IngestCompleted): the detector and projector append others meanwhile.
func (in *installation) countIngestEvents() int64 {
	in.t.Helper()
	conn := in.connect()
	defer conn.Close(context.Background())
	var n int64
	if err := conn.QueryRow(in.t.Context(), "SELECT count(*) FROM eventstore_events WHERE stream LIKE $1 OR stream LIKE 'ingest-%'",
		domain.SpendStreamPrefix+"%").Scan(&n); err != nil {
		in.t.Fatalf("count ingest events: %v", err)
	}
	return n
}

// TestServeWatchOneActive: of two servers watching the same database only
// one polls; the other takes over when the first stops.
func TestServeWatchOneActive(t *testing.T) {
	t.Parallel()
	fake := newFakeS3(t)
	in := newInstallation(t, append(fake.env(fakeS3AccessKey), "GAPS_DEV=1", "GAPS_WATCH_INTERVAL=200ms")...)
	aug, _ := in.samplePeriod("2026-08", 7, 200)
	sep, _ := in.samplePeriod("2026-09", 7, 200)
	const data, meta = "cur/finance/data/BILLING_PERIOD=", "cur/finance/metadata/BILLING_PERIOD="
	fake.putDelivery(meta+"2026-08/finance-Manifest.json", map[string][]byte{data + "2026-08/finance-00001.snappy.parquet": aug})

	first := in.start("serve", "--run", "api", "--addr", freeAddr(t), "--watch", "s3://"+fakeS3Bucket+"/cur/")
	first.waitLog(t, "watch: ingested", "periods=[2026-08]")
	addr := freeAddr(t)
	second := in.start("serve", "--run", "api", "--addr", addr, "--watch", "s3://"+fakeS3Bucket+"/cur/")
	second.waitStatus("http://"+addr+"/readyz", http.StatusOK)
	time.Sleep(time.Second) // several polls of the first
	if strings.Contains(second.stderr.String(), "watch: active") {
		t.Fatalf("second watcher active while the first runs\nstderr: %s", second.stderr)
	}
	if code := first.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM\nstderr: %s", code, first.stderr)
	}
	fake.putDelivery(meta+"2026-09/finance-Manifest.json", map[string][]byte{data + "2026-09/finance-00001.snappy.parquet": sep})
	second.waitLog(t, "watch: ingested", "periods=[2026-09]")
	if code := second.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM\nstderr: %s", code, second.stderr)
	}
	if s := second.stderr.String(); strings.Contains(s, "periods=[2026-08]") {
		t.Errorf("second watcher ingested August again\nstderr: %s", s)
	}
}

// TestServeWatchClaudeAPI: with its key set, the watcher polls the Claude
// cost report on the watch interval; an unchanged report writes nothing,
// a changed one is recorded.
func TestServeWatchClaudeAPI(t *testing.T) {
	t.Parallel()
	const key = "sk-ant-admin-test-key"
	fake := newFakeS3(t)
	var amount atomic.Value
	amount.Store("12345.5")
	var polls atomic.Int64
	api := newFakeClaudeAPI(t, key, func() string { polls.Add(1); return amount.Load().(string) })
	in := newInstallation(t, append(fake.env(fakeS3AccessKey), "GAPS_DEV=1", "GAPS_WATCH_INTERVAL=200ms",
		"GAPS_ANTHROPIC_API_URL="+api.URL, "GAPS_ANTHROPIC_ADMIN_KEY="+key)...)
	srv := in.start("serve", "--run", "api", "--addr", freeAddr(t), "--watch", "s3://"+fakeS3Bucket+"/cur/")
	srv.waitLog(t, "watch: ingested", "source=claude-api", "attributableSpend=123.455")
	events := in.countIngestEvents()
	before := polls.Load()
	time.Sleep(time.Second) // several polls of the same report
	if n := in.countIngestEvents(); n != events || polls.Load() <= before {
		t.Fatalf("unchanged report: %d ingest events (want still %d) after %d more polls (want some)", n, events, polls.Load()-before)
	}
	amount.Store("20000")
	srv.waitLog(t, "watch: ingested", "source=claude-api", "attributableSpend=200")
	if code := srv.stop(); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM\nstderr: %s", code, srv.stderr)
	}
	if strings.Contains(srv.stderr.String(), key) {
		t.Error("the admin key was printed")
	}
}
