package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// focusSample is the FinOps Foundation's FOCUS 1.0 sample
// ("FOCUS Sample Data, FinOps Foundation, CC BY 4.0"; origin in SOURCE.md beside it).
const focusSample = "testdata/focus-1.0/focus_sample.csv"

func TestFOCUSSampleHasNoAIRows(t *testing.T) {
	d, err := Load(context.Background(), []string{focusSample}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != SourceFOCUS || d.RowsRead != 1000 || d.AIRows != 0 {
		t.Fatalf("source %s rows %d AI %d; want focus, 1000, 0", d.Source, d.RowsRead, d.AIRows)
	}
	if d.IgnoredRows[ReasonNotAI] != 1000 || len(d.IgnoredRows) != 1 {
		t.Fatalf("ignored %v, want all 1000 as %q", d.IgnoredRows, ReasonNotAI)
	}
	// 999 rows bill 2024-09, one 2024-10: each period is replaced with no facts.
	rows := map[string]int64{}
	for _, p := range d.Periods {
		rows[p.Period] = p.RowsRead
		if len(p.Facts) != 0 || p.IgnoredRows[ReasonNotAI] != p.RowsRead {
			t.Errorf("period %s: %d facts, ignored %v of %d rows", p.Period, len(p.Facts), p.IgnoredRows, p.RowsRead)
		}
	}
	if len(rows) != 2 || rows["2024-09"] != 999 || rows["2024-10"] != 1 {
		t.Fatalf("rows per period %v", rows)
	}
	if !d.AttributableSpend.IsZero() || !d.Adjustments.IsZero() {
		t.Fatalf("spend %s / %s, want 0", d.AttributableSpend, d.Adjustments)
	}
}

// curCSVHeader is a CUR 2.0 CSV header (a subset of its columns, in order).
const curCSVHeader = "bill_billing_period_start_date,bill_billing_entity,line_item_usage_start_date," +
	"line_item_usage_account_id,line_item_usage_account_name,product_region_code,line_item_product_code," +
	"line_item_operation,line_item_usage_type,line_item_line_item_type,line_item_resource_id," +
	"line_item_iam_principal,line_item_unblended_cost,line_item_net_unblended_cost,line_item_usage_amount," +
	"pricing_unit,line_item_currency_code,product,tags\n"

func gzipText(t *testing.T, text string) []byte {
	t.Helper()
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

func writeFile(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const curCSVRows = `2025-06-01T00:00:00Z,AWS,2025-06-03T10:00:00Z,111122223333,ml-prod,us-east-1,AmazonBedrock,InvokeModelInference,USE1-Claude4.6Sonnet-input-tokens,Usage,,arn:aws:sts::111122223333:assumed-role/finops-ai-x/s1,1.25,1.10,100,1K tokens,USD,"{""product_name"":""Amazon Bedrock"",""region"":""us-east-1""}",{}
2025-06-01T00:00:00Z,AWS,2025-06-03T11:00:00Z,111122223333,ml-prod,us-east-1,AmazonBedrock,InvokeModelInference,USE1-Claude4.6Sonnet-input-tokens,Usage,,arn:aws:sts::111122223333:assumed-role/finops-ai-x/s2,0.75,,50,1K tokens,USD,"{""product_name"":""Amazon Bedrock""}",
2025-06-01T00:00:00Z,AWS Marketplace,2025-06-04T00:00:00Z,111122223333,ml-prod,,prodcode1,Usage,MP:USE1_InputTokenCount-Units,Usage,,,0.333333333333,,1000,Units,USD,"{""product_name"":""Claude 3.5 Sonnet (Amazon Bedrock Edition)"",""region"":""us-east-1""}",
2025-06-01T00:00:00Z,AWS Marketplace,2025-06-04T00:00:00Z,111122223333,ml-prod,,prodcode2,Usage,MP:Hosts-Units,Usage,,,15,,1,Units,USD,"{""product_name"":""Datadog Pro""}",
2025-06-01T00:00:00Z,AWS,2025-06-05T00:00:00Z,111122223333,ml-prod,us-east-1,AmazonBedrock,,,Tax,,,0.42,,0,,USD,,
2025-06-01T00:00:00Z,AWS,2025-06-05T00:00:00Z,135792468024,web,us-east-1,AmazonEC2,RunInstances,BoxUsage:m5.large,Usage,i-0abc,,9.6,,24,Hrs,USD,,
`

func TestCURGzipCSV(t *testing.T) {
	path := writeFile(t, t.TempDir(), "cur-00001.csv.gz", gzipText(t, curCSVHeader+curCSVRows))
	d, err := Load(context.Background(), []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != SourceCUR || d.RowsRead != 6 || d.AIRows != 4 {
		t.Fatalf("source %s rows %d AI %d", d.Source, d.RowsRead, d.AIRows)
	}
	if d.IgnoredRows[ReasonNotAI] != 1 || d.IgnoredRows[ReasonMarketplaceNotBedrock] != 1 {
		t.Fatalf("ignored %v", d.IgnoredRows)
	}
	// Net cost where present (1.10), else unblended (0.75, 0.333333333333); tax apart.
	if want := decimal.RequireFromString("2.183333333333"); !d.AttributableSpend.Equal(want) {
		t.Errorf("attributable %s, want %s", d.AttributableSpend, want)
	}
	if want := decimal.RequireFromString("0.42"); !d.Adjustments.Equal(want) {
		t.Errorf("adjustments %s, want %s", d.Adjustments, want)
	}
	facts := d.Periods[0].Facts
	var sonnet, market *domain.SpendFact
	for i := range facts {
		switch facts[i].Model {
		case "Claude4.6Sonnet":
			sonnet = &facts[i]
		case "Claude 3.5 Sonnet":
			market = &facts[i]
		}
	}
	if sonnet == nil || market == nil {
		t.Fatalf("facts %+v", facts)
	}
	if sonnet.Principal != "arn:aws:iam::111122223333:role/finops-ai-x" || strings.Join(sonnet.Sessions, ",") != "s1,s2" ||
		!sonnet.Quantity.Equal(decimal.NewFromInt(150)) || sonnet.Day != "2025-06-03" {
		t.Errorf("sonnet fact %+v", *sonnet)
	}
	if market.Region != "us-east-1" || market.BillingEntity != "AWS Marketplace" || market.Principal != "" {
		t.Errorf("marketplace fact (region from the product map) %+v", *market)
	}
}

const claudeReport = `{"data":[
 {"starting_at":"2025-06-01T00:00:00Z","ending_at":"2025-06-02T00:00:00Z","results":[
   {"amount":"1234.5678","currency":"USD","workspace_id":"wrkspc_01A","description":"Claude Sonnet 4.6 Usage - Input Tokens","cost_type":"tokens","model":"claude-sonnet-4-6","token_type":"uncached_input_tokens"},
   {"amount":"66","currency":"USD","workspace_id":null,"description":"Web Search","cost_type":"web_search","model":null,"token_type":null}]},
 {"starting_at":"2025-07-01T00:00:00Z","ending_at":"2025-07-02T00:00:00Z","results":[
   {"amount":"100","currency":"USD","workspace_id":"wrkspc_01A","cost_type":"tokens","model":"claude-sonnet-4-6"}]}
],"has_more":false,"next_page":null}`

func TestClaudeCostReport(t *testing.T) {
	path := writeFile(t, t.TempDir(), "cost_report.json", []byte(claudeReport))
	d, err := Load(context.Background(), []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != SourceClaude || d.RowsRead != 3 || d.AIRows != 3 || len(d.Periods) != 2 {
		t.Fatalf("source %s rows %d AI %d periods %d", d.Source, d.RowsRead, d.AIRows, len(d.Periods))
	}
	june := d.Periods[0]
	if june.Period != "2025-06" || !june.AttributableSpend.Equal(decimal.RequireFromString("13.005678")) {
		t.Fatalf("June %s spend %s, want 13.005678 (cents to dollars)", june.Period, june.AttributableSpend)
	}
	workspaces := map[string]string{}
	for _, f := range june.Facts {
		workspaces[f.WorkspaceID] = f.Cost.String()
	}
	if workspaces["wrkspc_01A"] != "12.345678" || workspaces[claudeDefaultWorkspace] != "0.66" {
		t.Fatalf("June by workspace %v", workspaces)
	}
}

// focusRow is a FOCUS 1.0 Parquet row with the columns ingest reads.
type focusRow struct {
	BillingPeriodStart int64   `parquet:"BillingPeriodStart,timestamp(millisecond)"`
	ChargePeriodStart  int64   `parquet:"ChargePeriodStart,timestamp(millisecond)"`
	SubAccountID       string  `parquet:"SubAccountId,dict"`
	RegionID           string  `parquet:"RegionId,optional,dict"`
	ResourceID         string  `parquet:"ResourceId,optional"`
	ServiceName        string  `parquet:"ServiceName,dict"`
	ChargeCategory     string  `parquet:"ChargeCategory,dict"`
	BilledCost         float64 `parquet:"BilledCost"`
	PricingQuantity    float64 `parquet:"PricingQuantity"`
	PricingUnit        string  `parquet:"PricingUnit,optional"`
	BillingCurrency    string  `parquet:"BillingCurrency,dict"`
	XUsageType         string  `parquet:"x_UsageType,optional"`
}

func writeParquet[T any](t *testing.T, path string, rows []T) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := parquet.NewGenericWriter[T](f)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestFOCUSParquet(t *testing.T) {
	const june, day3 = 1748736000000, 1748736000000 + 2*86400000 // 2025-06-01, 2025-06-03
	rows := []focusRow{
		{june, day3, "111122223333", "us-east-1", "", "Amazon Bedrock", "Usage", 0.1, 10, "1K tokens", "USD", "USE1-Claude4.6Sonnet-input-tokens"},
		{june, day3, "111122223333", "us-east-1", "", "Amazon Bedrock", "Usage", 0.2, 20, "1K tokens", "USD", "USE1-Claude4.6Sonnet-input-tokens"},
		{june, day3, "111122223333", "us-east-1", "", "Claude 3.5 Sonnet (Amazon Bedrock Edition)", "Usage", 3, 1, "Units", "USD", ""},
		{june, day3, "111122223333", "us-east-1", "", "Amazon Bedrock", "Tax", 0.05, 0, "", "USD", ""},
		{june, day3, "135792468024", "us-west-2", "i-0abc", "Amazon Elastic Compute Cloud", "Usage", 9.6, 24, "Hrs", "USD", "BoxUsage:m5.large"},
	}
	path := filepath.Join(t.TempDir(), "focus.parquet")
	writeParquet(t, path, rows)
	d, err := Load(context.Background(), []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != SourceFOCUS || d.RowsRead != 5 || d.AIRows != 4 || d.IgnoredRows[ReasonNotAI] != 1 {
		t.Fatalf("source %s rows %d AI %d ignored %v", d.Source, d.RowsRead, d.AIRows, d.IgnoredRows)
	}
	// 0.1 + 0.2 is exact here: each double is taken at its shortest decimal.
	if !d.AttributableSpend.Equal(decimal.RequireFromString("3.3")) || !d.Adjustments.Equal(decimal.RequireFromString("0.05")) {
		t.Fatalf("attributable %s adjustments %s", d.AttributableSpend, d.Adjustments)
	}
	for _, f := range d.Periods[0].Facts {
		if f.LineType == "Usage" && f.Model == "Claude4.6Sonnet" && (f.ProductCode != "AmazonBedrock" || f.Day != "2025-06-03" || !f.Quantity.Equal(decimal.NewFromInt(30))) {
			t.Errorf("Sonnet fact %+v", f)
		}
		if f.Principal != "" {
			t.Errorf("FOCUS carries no caller identity, got %q", f.Principal)
		}
	}
}

func TestManifestDelivery(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "data", "BILLING_PERIOD=2025-06")
	meta := filepath.Join(root, "metadata", "BILLING_PERIOD=2025-06")
	for _, dir := range []string{data, meta} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, data, "export-00001.csv.gz", gzipText(t, curCSVHeader+curCSVRows))
	writeFile(t, data, "export-00002.csv.gz", gzipText(t, curCSVHeader+curCSVRows))
	writeFile(t, data, "stale-00009.csv.gz", gzipText(t, curCSVHeader+curCSVRows)) // not in the manifest
	writeFile(t, meta, "export-Manifest.json", []byte(`{"reportName":"export","dataFiles":[
		"s3://bucket/cur/export/data/BILLING_PERIOD=2025-06/export-00001.csv.gz",
		"s3://bucket/cur/export/data/BILLING_PERIOD=2025-06/export-00002.csv.gz"]}`))
	d, err := Load(context.Background(), []string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Files) != 2 || d.RowsRead != 12 || len(d.Periods) != 1 || len(d.Periods[0].Files) != 2 {
		t.Fatalf("files %+v rows %d periods %+v", d.Files, d.RowsRead, d.Periods)
	}
	if want := decimal.RequireFromString("4.366666666666"); !d.AttributableSpend.Equal(want) {
		t.Fatalf("attributable %s, want %s", d.AttributableSpend, want)
	}
	writeFile(t, meta, "export-Manifest.json", []byte(`{"dataFiles":["s3://bucket/cur/export/data/BILLING_PERIOD=2025-06/missing.csv.gz"]}`))
	if _, err := Load(context.Background(), []string{root}, Options{}); domain.ErrorCode(err) != domain.CodeBadUserInput || !strings.Contains(err.Error(), "missing.csv.gz") {
		t.Fatalf("manifest naming a missing file: %v", err)
	}
}

// curBadRow is a CUR Parquet row whose cost column is a string: a wrong type.
type curBadRow struct {
	Period   int64   `parquet:"bill_billing_period_start_date,timestamp(millisecond)"`
	Entity   string  `parquet:"bill_billing_entity"`
	Day      int64   `parquet:"line_item_usage_start_date,timestamp(millisecond)"`
	Account  string  `parquet:"line_item_usage_account_id"`
	Code     string  `parquet:"line_item_product_code"`
	Op       string  `parquet:"line_item_operation"`
	Usage    string  `parquet:"line_item_usage_type"`
	LineType string  `parquet:"line_item_line_item_type"`
	Resource string  `parquet:"line_item_resource_id"`
	Cost     string  `parquet:"line_item_unblended_cost"`
	Amount   float64 `parquet:"line_item_usage_amount"`
}

// curNumRow is the same with a double cost, to write non-finite values.
type curNumRow struct {
	Period   int64   `parquet:"bill_billing_period_start_date,timestamp(millisecond)"`
	Entity   string  `parquet:"bill_billing_entity"`
	Day      int64   `parquet:"line_item_usage_start_date,timestamp(millisecond)"`
	Account  string  `parquet:"line_item_usage_account_id"`
	Code     string  `parquet:"line_item_product_code"`
	Op       string  `parquet:"line_item_operation"`
	Usage    string  `parquet:"line_item_usage_type"`
	LineType string  `parquet:"line_item_line_item_type"`
	Resource string  `parquet:"line_item_resource_id"`
	Cost     float64 `parquet:"line_item_unblended_cost"`
	Amount   float64 `parquet:"line_item_usage_amount"`
}

// badInputs writes one file per kind of bad input and returns its path with
// the text its error must contain (file, and row/column where one applies).
func badInputs(t *testing.T, dir string, good string) map[string][]string {
	t.Helper()
	const june = 1748736000000
	goodBytes, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{}
	add := func(name string, content []byte, want ...string) {
		cases[writeFile(t, dir, name, content)] = append([]string{name}, want...)
	}
	add("truncated.parquet", goodBytes[:len(goodBytes)/2], "Parquet")
	add("not-parquet.parquet", []byte("PAR1 this is not really parquet at all PAR"), "Parquet")
	add("garbage.csv", []byte("\x00\x01\x02 binary junk"), "neither CUR 2.0")
	add("missing-column.csv.gz", gzipText(t, strings.ReplaceAll(curCSVHeader, "line_item_unblended_cost", "line_item_blended_cost")+curCSVRows), "line_item_unblended_cost", "missing")
	add("unparsable-cost.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, ",1.25,1.10,", ",1.25,abc,", 1)), "row 1", "line_item_net_unblended_cost")
	add("nan-cost.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, ",0.75,,", ",NaN,,", 1)), "row 2", "line_item_unblended_cost")
	add("euro.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, "USD", "EUR", 1)), "row 1", "line_item_currency_code", "EUR")
	add("trailing-garbage-date.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, "2025-06-03T10:00:00Z", "2025-06-03 00:00:00Z?", 1)), "row 1", "line_item_usage_start_date", "unparsable date")
	add("date-then-text.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, "2025-06-03T11:00:00Z", "2025-06-03Tomorrow", 1)), "row 2", "line_item_usage_start_date")
	add("nul-principal.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, "finops-ai-x/s1", "finops-ai-x/s1\x00boom", 1)), "row 1", "line_item_iam_principal", "U+0000")
	add("invisible-account-name.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, ",ml-prod,", ",\u200b,", 1)), "row 1", "line_item_usage_account_name", "invisible")
	add("escape-in-tag.csv", []byte(curCSVHeader+strings.Replace(curCSVRows, ",{}\n", `,"{""iamPrincipal/team"":""a\u001bb""}"`+"\n", 1)), "row 1", "tags", "U+001B")
	add("nul-claude-model.json", []byte(strings.Replace(claudeReport, `"model":"`, `"model":"\u0000`, 1)), "row 1", "model", "U+0000")
	add("bad-claude.json", []byte(strings.Replace(claudeReport, `"1234.5678"`, `"12,34"`, 1)), "row 1", "amount")
	add("eur-claude.json", []byte(strings.Replace(claudeReport, `"currency":"USD"`, `"currency":"EUR"`, 1)), "currency")
	wrongType := filepath.Join(dir, "wrong-type.parquet")
	writeParquet(t, wrongType, []curBadRow{{june, "AWS", june, "111122223333", "AmazonBedrock", "InvokeModelInference", "USE1-X-input-tokens", "Usage", "", "1.0", 1}})
	cases[wrongType] = []string{"wrong-type.parquet", "line_item_unblended_cost", "wrong column type"}
	for name, v := range map[string]float64{"inf-cost.parquet": math.Inf(1), "nan-cost.parquet": math.NaN()} {
		p := filepath.Join(dir, name)
		writeParquet(t, p, []curNumRow{
			{june, "AWS", june, "111122223333", "AmazonEC2", "RunInstances", "BoxUsage", "Usage", "", 1, 1},
			{june, "AWS", june, "111122223333", "AmazonBedrock", "InvokeModelInference", "USE1-X-input-tokens", "Usage", "", v, 1},
		})
		cases[p] = []string{name, "row 2", "line_item_unblended_cost", "not a finite number"}
	}
	return cases
}

func TestBadInputIsRejected(t *testing.T) {
	dir := t.TempDir()
	good, _ := writeSample(t, dir, sampleConfig(2000, 3))
	for path, want := range badInputs(t, dir, good) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, err := Load(context.Background(), []string{good, path}, Options{})
			if err == nil {
				t.Fatal("accepted")
			}
			if domain.ErrorCode(err) != domain.CodeBadUserInput {
				t.Errorf("code %s, want %s: %v", domain.ErrorCode(err), domain.CodeBadUserInput, err)
			}
			for _, w := range want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

// TestCorruptParquetNeverPanics flips bytes all over a valid file: every
// outcome is a result or a bad-input error naming the file, never a crash.
func TestCorruptParquetNeverPanics(t *testing.T) {
	dir := t.TempDir()
	good, _ := writeSample(t, dir, sampleConfig(3000, 5))
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		bad := bytes.Clone(raw)
		for j := 0; j < 8; j++ {
			pos := 4 + (i*7919+j*104729)%(len(bad)-8)
			bad[pos] ^= 0x5a
		}
		path := writeFile(t, dir, "corrupt.parquet", bad)
		if _, err := Load(context.Background(), []string{path}, Options{}); err != nil {
			if domain.ErrorCode(err) != domain.CodeBadUserInput || !strings.Contains(err.Error(), "corrupt.parquet") {
				t.Fatalf("corruption %d: %v", i, err)
			}
		}
	}
}
