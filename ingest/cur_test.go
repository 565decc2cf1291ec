package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/allocation-gaps/gaps/ingest/sample"
)

// writeSample generates a CUR 2.0 Parquet file into dir and returns its path
// with the generator's exact totals.
func writeSample(t testing.TB, dir string, cfg sample.Config) (string, sample.Stats) {
	t.Helper()
	path := filepath.Join(dir, "cur-"+cfg.Period+".snappy.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stats, err := sample.WriteCUR(f, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return path, stats
}

func TestCURParquetTotalsMatchGenerator(t *testing.T) {
	for _, plain := range []bool{false, true} {
		name := map[bool]string{false: "dictionary", true: "plain"}[plain]
		t.Run(name, func(t *testing.T) {
			path, want := writeSample(t, t.TempDir(), sample.Config{Rows: 60000, Seed: 7, Period: "2025-06", RowGroupRows: 8192, Plain: plain, Sparse: true})
			d, err := Load(context.Background(), []string{path}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source != SourceCUR || len(d.Periods) != 1 || d.Periods[0].Period != "2025-06" {
				t.Fatalf("source %q periods %+v", d.Source, d.Periods)
			}
			if d.RowsRead != want.Rows || d.AIRows != want.AIRows {
				t.Errorf("rows read %d, AI rows %d; generator wrote %d, %d AI", d.RowsRead, d.AIRows, want.Rows, want.AIRows)
			}
			for reason, n := range want.IgnoredRows {
				if d.IgnoredRows[reason] != n {
					t.Errorf("ignored %q: %d, want %d", reason, d.IgnoredRows[reason], n)
				}
			}
			if !d.AttributableSpend.Equal(want.AttributableSpend) || !d.Adjustments.Equal(want.Adjustments) {
				t.Errorf("attributable %s adjustments %s; want %s, %s", d.AttributableSpend, d.Adjustments, want.AttributableSpend, want.Adjustments)
			}
		})
	}
}

func sampleConfig(rows int64, seed uint64) sample.Config {
	return sample.Config{Rows: rows, Seed: seed, Period: "2025-06", RowGroupRows: 1024, Sparse: true}
}
