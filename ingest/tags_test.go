package ingest

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/allocation-gaps/gaps/ingest/sample"
)

// tagRows are CUR lines with tags: two lines of one fact whose tags union
// past the cap, a line of another fact, and a non-AI line.
func tagRows() []sample.Row {
	day := func(d int) int64 { return time.Date(2025, 6, d, 10, 0, 0, 0, time.UTC).UnixMilli() }
	june := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	line := func(d int, product, usage, principal string, cost float64, tags, resourceTags map[string]string) sample.Row {
		return sample.Row{
			BillBillingPeriodStartDate: june, BillBillingEntity: "AWS", LineItemUsageStartDate: day(d),
			LineItemUsageAccountID: "111122223333", ProductRegionCode: "us-east-1", LineItemProductCode: product,
			LineItemOperation: "InvokeModelInference", LineItemUsageType: usage, LineItemLineItemType: "Usage",
			LineItemIAMPrincipal: principal, LineItemUnblendedCost: cost, LineItemUsageAmount: 1,
			PricingUnit: "1K tokens", LineItemCurrencyCode: "USD", Tags: tags, ResourceTags: resourceTags,
		}
	}
	role := "arn:aws:sts::111122223333:assumed-role/finops-ai-x/"
	sonnet := "USE1-Claude4.6Sonnet-input-tokens"
	return []sample.Row{
		line(3, "AmazonBedrock", sonnet, role+"s1", 1.5,
			map[string]string{"iamPrincipal/team": "support", "iamPrincipal/cost-center": "cc-7", "aws:createdBy": "u"},
			map[string]string{"user:project": "assist", "aws:cloudformation:stack-name": "s"}),
		line(3, "AmazonBedrock", sonnet, role+"s2", 0.5,
			map[string]string{"iamPrincipal/team": "support", "team": "no-prefix"},
			map[string]string{"user:project": "chat", "user:a": "1", "user:b": "2", "user:c": "3"}),
		line(4, "AmazonBedrock", sonnet, role+"s1", 2,
			nil, map[string]string{"user:project": "assist", "iamPrincipal/team": "not-a-resource-tag"}),
		line(4, "AmazonEC2", "BoxUsage:m5.large", "", 9,
			map[string]string{"iamPrincipal/team": "web"}, map[string]string{"user:project": "web"}),
	}
}

// wantTagsByDay is what tagRows' facts carry: the 5 smallest of the
// prefixed entries of their lines, sorted.
var wantTagsByDay = map[string][]string{
	"2025-06-03": {"iamPrincipal/cost-center=cc-7", "iamPrincipal/team=support", "user:a=1", "user:b=2", "user:c=3"},
	"2025-06-04": {"user:project=assist"},
}

// tagCSV writes rows as a CUR 2.0 CSV with its map columns as JSON.
func tagCSV(t *testing.T, rows []sample.Row) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(curCSVHeader, "\n") + ",resource_tags\n")
	stamp := func(ms int64) string { return time.UnixMilli(ms).UTC().Format(time.RFC3339) }
	quoted := func(m map[string]string) string {
		if m == nil {
			return ""
		}
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return `"` + strings.ReplaceAll(string(data), `"`, `""`) + `"`
	}
	for _, r := range rows {
		fields := []string{stamp(r.BillBillingPeriodStartDate), r.BillBillingEntity, stamp(r.LineItemUsageStartDate),
			r.LineItemUsageAccountID, r.LineItemUsageAccountName, r.ProductRegionCode, r.LineItemProductCode,
			r.LineItemOperation, r.LineItemUsageType, r.LineItemLineItemType, r.LineItemResourceID,
			r.LineItemIAMPrincipal, strconv.FormatFloat(r.LineItemUnblendedCost, 'f', -1, 64), "",
			strconv.FormatFloat(r.LineItemUsageAmount, 'f', -1, 64), r.PricingUnit, r.LineItemCurrencyCode,
			quoted(r.Product), quoted(r.Tags), quoted(r.ResourceTags)}
		b.WriteString(strings.Join(fields, ",") + "\n")
	}
	return b.String()
}

func TestCURTagsAreFactEvidence(t *testing.T) {
	dir := t.TempDir()
	rows := tagRows()
	inputs := map[string]string{
		"csv-gzip": writeFile(t, dir, "cur-tags.csv.gz", gzipText(t, tagCSV(t, rows))),
	}
	for name, opts := range map[string][]parquet.WriterOption{"parquet-dict": nil, "parquet-plain": sample.PlainEncoding()} {
		path := filepath.Join(dir, "cur-"+name+".parquet")
		rewriteCUR(t, path, rows, opts...)
		inputs[name] = path
	}
	for name, path := range inputs {
		t.Run(name, func(t *testing.T) {
			d, err := Load(context.Background(), []string{path}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.AIRows != 3 || len(d.Periods) != 1 || len(d.Periods[0].Facts) != 2 {
				t.Fatalf("AI rows %d, periods %+v; want 3 AI rows in 2 facts", d.AIRows, d.Periods)
			}
			for _, f := range d.Periods[0].Facts {
				if want := wantTagsByDay[f.Day]; !reflect.DeepEqual(f.Tags, want) {
					t.Errorf("fact of %s: tags %q, want %q", f.Day, f.Tags, want)
				}
			}
		})
	}
}

func TestCURTagsBadJSONIsRejected(t *testing.T) {
	rows := tagRows()[:1]
	text := strings.Replace(tagCSV(t, rows), `""user:project""`, `user:project`, 1)
	path := writeFile(t, t.TempDir(), "cur-bad-tags.csv.gz", gzipText(t, text))
	_, err := Load(context.Background(), []string{path}, Options{})
	if err == nil || !strings.Contains(err.Error(), "resource_tags") || !strings.Contains(err.Error(), "cur-bad-tags.csv.gz") {
		t.Fatalf("error %v, want one naming the file and resource_tags", err)
	}
}

// TestSampleCURCarriesTags: the generator's AI lines carry the principal
// and resource tags the demo shows, and ingest keeps them on the facts.
func TestSampleCURCarriesTags(t *testing.T) {
	path, _ := writeSample(t, t.TempDir(), sample.Config{Rows: 3000, Seed: 5, Period: "2025-06"})
	d, err := Load(context.Background(), []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range d.Periods {
		for _, f := range p.Facts {
			if len(f.Tags) > 5 {
				t.Errorf("fact %+v keeps %d tags", f, len(f.Tags))
			}
			for _, tag := range f.Tags {
				key, _, _ := strings.Cut(tag, "=")
				seen[key] = true
			}
		}
	}
	for _, key := range []string{"iamPrincipal/team", "iamPrincipal/cost-center", "user:project"} {
		if !seen[key] {
			t.Errorf("no fact carries a %s tag (tags seen: %v)", key, seen)
		}
	}
	if seen["user:team"] || seen["user:cost-center"] {
		t.Errorf("tags of non-AI lines reached the facts: %v", seen)
	}
}
