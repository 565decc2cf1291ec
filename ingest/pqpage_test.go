package ingest

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/allocation-gaps/gaps/ingest/sample"
)

// rewriteCUR writes rows to a new file with the given writer options.
func rewriteCUR(t *testing.T, path string, rows []sample.Row, opts ...parquet.WriterOption) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := parquet.NewGenericWriter[sample.Row](f, opts...)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestParquetPageLayouts reads the same lines written in the page layouts
// that writers produce (data page v1 and v2, each codec, dictionaries that
// overflow to PLAIN pages mid-chunk, non-PLAIN number encodings, lines
// grouped so that whole pages hold no AI line): every file yields the
// generator's totals and the same facts.
func TestParquetPageLayouts(t *testing.T) {
	dir := t.TempDir()
	src, want := writeSample(t, dir, sample.Config{Rows: 20000, Seed: 9, Period: "2025-06", RowGroupRows: 7000, Sparse: true})
	rows, err := parquet.ReadFile[sample.Row](src)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := Load(context.Background(), []string{src}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// AI lines grouped together (product code order, stable): most pages of
	// the columns read only for AI lines hold none and are skipped.
	grouped := slices.Clone(rows)
	slices.SortStableFunc(grouped, func(a, b sample.Row) int {
		return strings.Compare(a.LineItemProductCode, b.LineItemProductCode)
	})
	small := parquet.PageBufferSize(4 << 10)
	layouts := map[string]struct {
		rows []sample.Row
		opts []parquet.WriterOption
	}{
		"v1-gzip":          {rows, []parquet.WriterOption{parquet.DataPageVersion(1), parquet.Compression(&parquet.Gzip), small}},
		"v1-uncompressed":  {rows, []parquet.WriterOption{parquet.DataPageVersion(1), parquet.Compression(&parquet.Uncompressed)}},
		"v2-zstd":          {rows, []parquet.WriterOption{parquet.Compression(&parquet.Zstd), small}},
		"v2-uncompressed":  {rows, []parquet.WriterOption{parquet.Compression(&parquet.Uncompressed), small}},
		"v1-dict-overflow": {rows, []parquet.WriterOption{parquet.DataPageVersion(1), parquet.DictionaryMaxBytes(2 << 10), small}},
		"v2-dict-overflow": {rows, []parquet.WriterOption{parquet.DictionaryMaxBytes(2 << 10), small}},
		"split-and-delta": {rows, []parquet.WriterOption{small, parquet.DefaultEncodingFor(parquet.Double, &parquet.ByteStreamSplit),
			parquet.DefaultEncodingFor(parquet.Int64, &parquet.DeltaBinaryPacked)}},
		"grouped-v2": {grouped, []parquet.WriterOption{small, parquet.MaxRowsPerRowGroup(8000)}},
		"grouped-v1": {grouped, []parquet.WriterOption{parquet.DataPageVersion(1), small}},
	}
	for name, l := range layouts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "cur-"+name+".parquet")
			rewriteCUR(t, path, l.rows, l.opts...)
			d, err := Load(context.Background(), []string{path}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.RowsRead != want.Rows || d.AIRows != want.AIRows || !reflect.DeepEqual(d.IgnoredRows, want.IgnoredRows) {
				t.Errorf("rows %d AI %d ignored %v; generator wrote %d, %d AI, ignored %v", d.RowsRead, d.AIRows, d.IgnoredRows, want.Rows, want.AIRows, want.IgnoredRows)
			}
			if !d.AttributableSpend.Equal(want.AttributableSpend) || !d.Adjustments.Equal(want.Adjustments) {
				t.Errorf("attributable %s adjustments %s; want %s, %s", d.AttributableSpend, d.Adjustments, want.AttributableSpend, want.Adjustments)
			}
			if len(d.Periods) != 1 || !reflect.DeepEqual(d.Periods[0].Facts, ref.Periods[0].Facts) {
				t.Errorf("facts differ from the same lines in the generator's layout")
			}
		})
	}
}

// TestParquetPeriodsShareRowGroup reads two billing periods written into one
// row group, so the period is read line by line rather than from the column
// statistics: each period gets its own lines and totals.
func TestParquetPeriodsShareRowGroup(t *testing.T) {
	dir := t.TempDir()
	june, juneStats := writeSample(t, dir, sample.Config{Rows: 5000, Seed: 21, Period: "2025-06", Sparse: true})
	july, julyStats := writeSample(t, dir, sample.Config{Rows: 4000, Seed: 22, Period: "2025-07", Sparse: true})
	var rows []sample.Row
	for _, p := range []string{june, july} {
		r, err := parquet.ReadFile[sample.Row](p)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r...)
	}
	// Interleave the periods so that every page holds both.
	slices.SortStableFunc(rows, func(a, b sample.Row) int { return strings.Compare(a.IdentityLineItemID, b.IdentityLineItemID) })
	path := filepath.Join(dir, "both.parquet")
	rewriteCUR(t, path, rows, parquet.PageBufferSize(4<<10))
	d, err := Load(context.Background(), []string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]sample.Stats{"2025-06": juneStats, "2025-07": julyStats}
	if len(d.Periods) != len(want) {
		t.Fatalf("periods %d, want %d", len(d.Periods), len(want))
	}
	for _, p := range d.Periods {
		w := want[p.Period]
		if p.RowsRead != w.Rows || p.AIRows != w.AIRows || !p.AttributableSpend.Equal(w.AttributableSpend) || !p.Adjustments.Equal(w.Adjustments) {
			t.Errorf("%s: rows %d AI %d attributable %s adjustments %s; generator wrote %d, %d AI, %s, %s",
				p.Period, p.RowsRead, p.AIRows, p.AttributableSpend, p.Adjustments, w.Rows, w.AIRows, w.AttributableSpend, w.Adjustments)
		}
	}
}

// TestNthRowStart checks the word-at-a-time search for the n-th row start
// against a level-by-level walk, on levels of every length around a word.
func TestNthRowStart(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 2000; trial++ {
		reps := make([]byte, rng.IntN(40))
		for i := range reps {
			if rng.IntN(3) != 0 {
				reps[i] = 1
			}
		}
		n := 1 + rng.IntN(len(reps)+2)
		wantAt, wantFound := len(reps), 0
		for i, r := range reps {
			if r == 0 {
				if wantFound++; wantFound == n {
					wantAt = i
					break
				}
			}
		}
		if at, found := nthRowStart(reps, n); at != wantAt || found != wantFound {
			t.Fatalf("nthRowStart(%v, %d) = %d, %d; want %d, %d", reps, n, at, found, wantAt, wantFound)
		}
	}
}
