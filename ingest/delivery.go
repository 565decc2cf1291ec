package ingest

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/shopspring/decimal"
)

// Options tune Load.
type Options struct {
	// Source forces the format family ("cur", "focus" or "claude"); empty
	// detects it per file from its content.
	Source string
	// Export names the export whose periods the delivery replaces; empty
	// takes it from the files (see deliveryExport).
	Export string
	// Workers reads that many Parquet row groups at once; 0 uses every core.
	Workers int
	// Progress, if set, is told how many more bytes of input were consumed
	// and rows read (either may be 0), from several goroutines at once.
	Progress func(bytes, rows int64)
}

// Delivery is one validated, aggregated input: everything Record appends.
type Delivery struct {
	Source  string
	Export  string // the export whose periods it replaces; "" is domain.DefaultSpendExport
	Files   []File
	Periods []*Period // sorted by period

	RowsRead          int64
	AIRows            int64
	IgnoredRows       map[string]int64
	AttributableSpend domain.Decimal
	Adjustments       domain.Decimal
}

// File is one input file of a delivery.
type File struct {
	Path   string
	Name   string // base name, as recorded
	Size   int64
	SHA256 string
	Export string // the export its manifest or S3 path names; "" when none
	// Open, when set, reads the file from elsewhere than the local disk (an
	// object store, with ranged reads); its SHA256 is then given, not hashed,
	// since hashing would read the whole file.
	Open func() (Blob, error)
}

// Blob is a data file's content, read at any offset.
type Blob interface {
	io.ReaderAt
	io.Closer
}

// Period is what a delivery holds for one billing period: it replaces the
// period wholesale when recorded.
type Period struct {
	Period     string
	DeliveryID string   // content hash of the files behind this period
	Files      []string // base names
	Facts      []domain.SpendFact

	RowsRead          int64
	AIRows            int64
	IgnoredRows       map[string]int64
	AttributableSpend domain.Decimal
	Adjustments       domain.Decimal
}

// Format of a file, detected from its first bytes.
type fileFormat int

const (
	formatParquet fileFormat = iota
	formatCSV
	formatJSON
)

// Load resolves paths (files, directories, CUR manifests) into files, reads
// and validates every one of them, and aggregates the AI lines into facts.
// Any bad file fails the whole delivery: nothing of it can be recorded.
func Load(ctx context.Context, paths []string, opts Options) (*Delivery, error) {
	files, err := ResolveFiles(paths)
	if err != nil {
		return nil, err
	}
	return LoadFiles(ctx, files, opts)
}

// LoadFiles reads, validates and aggregates resolved files, as Load does.
func LoadFiles(ctx context.Context, files []File, opts Options) (*Delivery, error) {
	export, err := deliveryExport(files, opts.Export)
	if err != nil {
		return nil, err
	}
	d := &Delivery{Source: opts.Source, Export: export, IgnoredRows: map[string]int64{}}
	perFile := make([]*fileResult, len(files))
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, source, sum, err := readFile(f, opts)
		if err != nil {
			return nil, err
		}
		if d.Source == "" {
			d.Source = source
		} else if d.Source != source {
			return nil, badInput(f.Name, 0, "", "is a %s file, but this delivery is %s: ingest sources separately", source, d.Source)
		}
		f.SHA256 = sum
		d.Files = append(d.Files, f)
		perFile[i] = res
	}
	d.buildPeriods(perFile)
	return d, nil
}

// readFile detects a file's format and source and reads it, hashing its
// content on the way (unless given). Errors name the file by the path it
// was given as.
func readFile(f File, opts Options) (res *fileResult, source, sum string, err error) {
	name, size := f.Path, f.Size
	var fh Blob
	if f.Open != nil {
		fh, err = f.Open()
	} else {
		fh, err = os.Open(name)
	}
	if err != nil {
		return nil, "", "", badInput(name, 0, "", "%v", err)
	}
	defer fh.Close()
	format, err := sniff(fh)
	if err != nil {
		return nil, "", "", badInput(name, 0, "", "%v", err)
	}
	hashDone := make(chan string, 1)
	if f.Open != nil {
		hashDone <- f.SHA256
	} else {
		go func() { hashDone <- hashFile(name) }()
	}
	defer func() {
		h := <-hashDone
		if err == nil && h == "" {
			err = badInput(name, 0, "", "cannot be read to hash it")
		}
		sum = h
	}()
	whole := io.NewSectionReader(fh, 0, size)
	switch format {
	case formatJSON:
		if opts.Source != "" && opts.Source != SourceClaude {
			return nil, "", "", badInput(name, 0, "", "JSON input is a Claude cost report, not %s", opts.Source)
		}
		res, err = readClaude(name, progressReader(whole, opts.Progress), opts.Progress)
		return res, SourceClaude, "", err
	case formatCSV:
		text, err := openText(name, progressReader(whole, opts.Progress))
		if err != nil {
			return nil, "", "", err
		}
		br := bufio.NewReaderSize(text, 1<<16)
		header, _ := br.Peek(64 << 10)
		lay, err := layoutFor(name, opts.Source, func(col string) bool { return csvHasColumn(header, col) })
		if err != nil {
			return nil, "", "", err
		}
		res, err = readCSV(name, br, lay, opts.Progress)
		return res, lay.source, "", err
	default:
		lay, err := parquetLayout(name, fh, size, opts.Source)
		if err != nil {
			return nil, "", "", err
		}
		pf, err := openParquet(name, fh, size, lay)
		if err != nil {
			return nil, "", "", err
		}
		res, err = pf.read(opts.Workers, size, opts.Progress)
		return res, lay.source, "", err
	}
}

func sniff(r io.ReaderAt) (fileFormat, error) {
	head := make([]byte, 512)
	n, err := r.ReadAt(head, 0)
	if n == 0 && err != nil {
		if errors.Is(err, io.EOF) {
			return 0, errors.New("empty file")
		}
		return 0, err
	}
	head = head[:n]
	switch t := bytes.TrimLeft(head, " \t\r\n\ufeff"); {
	case bytes.HasPrefix(head, []byte("PAR1")):
		return formatParquet, nil
	case len(t) > 0 && (t[0] == '{' || t[0] == '['):
		return formatJSON, nil
	}
	return formatCSV, nil
}

// layoutFor picks the layout of a file from its columns, or checks the forced source.
func layoutFor(name, source string, has func(string) bool) (*layout, error) {
	switch source {
	case SourceCUR:
		return &curLayout, nil
	case SourceFOCUS:
		return &focusLayout, nil
	case "":
	default:
		return nil, badInput(name, 0, "", "source %q is not a table format (want cur or focus)", source)
	}
	switch {
	case has(curLayout.columns[rDay]):
		return &curLayout, nil
	case has(focusLayout.columns[rDay]):
		return &focusLayout, nil
	}
	return nil, badInput(name, 0, "", "neither CUR 2.0 (%s) nor FOCUS (%s) columns", curLayout.columns[rDay], focusLayout.columns[rDay])
}

func parquetLayout(name string, r io.ReaderAt, size int64, source string) (lay *layout, err error) {
	pf, err := openParquet(name, r, size, &layout{source: source})
	if err != nil {
		return nil, err
	}
	schema := pf.file.Schema()
	return layoutFor(name, source, func(col string) bool { _, ok := schema.Lookup(col); return ok })
}

func csvHasColumn(header []byte, col string) bool {
	line, _, _ := bytes.Cut(header, []byte("\n"))
	for _, f := range bytes.Split(bytes.TrimRight(line, "\r"), []byte(",")) {
		if string(bytes.Trim(f, "\"\ufeff")) == col {
			return true
		}
	}
	return false
}

func hashFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

type countingReader struct {
	r        io.Reader
	progress func(bytes, rows int64)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.progress(int64(n), 0)
	return n, err
}

func progressReader(r io.Reader, progress func(bytes, rows int64)) io.Reader {
	if progress == nil {
		return r
	}
	return countingReader{r, progress}
}

// rowProgress tells Options.Progress about rows read, in batches: a call
// per row would cost more than reading the row.
type rowProgress struct {
	report  func(bytes, rows int64) // nil: nobody asked
	pending int64
}

const rowProgressBatch = 1 << 12

func (p *rowProgress) row() {
	if p.report == nil {
		return
	}
	if p.pending++; p.pending == rowProgressBatch {
		p.flush()
	}
}

func (p *rowProgress) flush() {
	if p.report != nil && p.pending > 0 {
		p.report(0, p.pending)
		p.pending = 0
	}
}

// buildPeriods merges the files' results per period and normalises them.
func (d *Delivery) buildPeriods(perFile []*fileResult) {
	byPeriod := map[string]*Period{}
	merged := map[string]*fileResult{}
	hashes := map[string][]string{}
	for i, res := range perFile {
		for p := range res.periods {
			if byPeriod[p] == nil {
				byPeriod[p] = &Period{Period: p, IgnoredRows: map[string]int64{}}
				merged[p] = newFileResult()
			}
			byPeriod[p].Files = append(byPeriod[p].Files, d.Files[i].Name)
			hashes[p] = append(hashes[p], d.Files[i].SHA256)
			merged[p].merge(&fileResult{periods: map[string]*periodAcc{p: res.periods[p]}})
		}
	}
	d.AttributableSpend, d.Adjustments = decimal.Zero, decimal.Zero
	for p, per := range byPeriod {
		acc := merged[p].periods[p]
		per.RowsRead, per.AIRows = acc.rowsRead, acc.aiRows
		for r, n := range acc.ignored {
			per.IgnoredRows[r] += n
			d.IgnoredRows[r] += n
		}
		per.Facts = buildFacts(d.Source, acc.groups)
		per.AttributableSpend, per.Adjustments = decimal.Zero, decimal.Zero
		for _, f := range per.Facts {
			if f.Attributable() {
				per.AttributableSpend = per.AttributableSpend.Add(f.Cost)
			} else {
				per.Adjustments = per.Adjustments.Add(f.Cost)
			}
		}
		sort.Strings(hashes[p])
		per.DeliveryID = contentID(d.Source, p, hashes[p])
		d.RowsRead += per.RowsRead
		d.AIRows += per.AIRows
		d.AttributableSpend = d.AttributableSpend.Add(per.AttributableSpend)
		d.Adjustments = d.Adjustments.Add(per.Adjustments)
		d.Periods = append(d.Periods, per)
	}
	sort.Slice(d.Periods, func(i, j int) bool { return d.Periods[i].Period < d.Periods[j].Period })
}

// PeriodDeliveryID is the delivery id files get when all their rows are
// of one billing period (as a data export's are), known before reading
// them when their content hashes are given.
func PeriodDeliveryID(source, period string, files []File) string {
	hashes := make([]string, len(files))
	for i, f := range files {
		hashes[i] = f.SHA256
	}
	sort.Strings(hashes)
	return contentID(source, period, hashes)
}

// contentID is a period's delivery id: the hash of its source, period and
// the content hashes of the files behind it. Identical content, same id.
func contentID(source, period string, fileHashes []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", source, period)
	for _, fh := range fileHashes {
		fmt.Fprintln(h, fh)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ResolveFiles expands the paths of one delivery into its data files: a CUR
// 2.0 manifest (or a directory holding manifests) lists its dataFiles; a
// directory without one contributes every data file under it; a file is itself.
// A file's export is its manifest's, else the one its S3 layout names.
func ResolveFiles(paths []string) ([]File, error) {
	var out []File
	seen := map[string]bool{}
	add := func(p, export string) error {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		if seen[abs] {
			return nil
		}
		seen[abs] = true
		st, err := os.Stat(p)
		if err != nil {
			return badInput(p, 0, "", "%v", err)
		}
		out = append(out, File{Path: p, Name: filepath.Base(p), Size: st.Size(), Export: cmp.Or(export, layoutExport(p))})
		return nil
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, badInput(p, 0, "", "%v", err)
		}
		var manifests, data []string
		if !st.IsDir() {
			if isManifest(p) {
				manifests = append(manifests, p)
			} else {
				data = append(data, p)
			}
		} else {
			err := filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
				switch {
				case err != nil:
					return err
				case e.IsDir():
				case isManifest(q):
					manifests = append(manifests, q)
				case isDataFile(q):
					data = append(data, q)
				}
				return nil
			})
			if err != nil {
				return nil, badInput(p, 0, "", "%v", err)
			}
			if len(manifests) > 0 {
				data = nil // the manifests say which files belong to the delivery
			}
		}
		exportOf := map[string]string{} // data file → its manifest's export
		for _, m := range manifests {
			listed, err := manifestFiles(m)
			if err != nil {
				return nil, err
			}
			for _, q := range listed {
				exportOf[q] = manifestExport(m)
			}
			data = append(data, listed...)
		}
		if len(data) == 0 {
			return nil, badInput(p, 0, "", "no data files (Parquet, CSV, gzip CSV or JSON)")
		}
		sort.Strings(data)
		for _, q := range data {
			if err := add(q, exportOf[q]); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func isManifest(p string) bool { return strings.HasSuffix(p, manifestSuffix) }

func isDataFile(p string) bool {
	for _, ext := range []string{".parquet", ".csv", ".csv.gz", ".gz", ".json"} {
		if strings.HasSuffix(strings.ToLower(p), ext) {
			return true
		}
	}
	return false
}

// manifestFiles finds the local copies of a manifest's dataFiles: each S3 key
// is matched by its longest tail that exists under the manifest's directory
// or one of its ancestors (CUR writes data/ and metadata/ side by side).
func manifestFiles(manifest string) ([]string, error) {
	raw, err := os.ReadFile(manifest)
	if err != nil {
		return nil, badInput(manifest, 0, "", "%v", err)
	}
	var m struct {
		DataFiles []string `json:"dataFiles"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, badInput(manifest, 0, "", "not a CUR manifest: %v", err)
	}
	var out []string
	for _, key := range m.DataFiles {
		found := findLocal(filepath.Dir(manifest), key)
		if found == "" {
			return nil, badInput(manifest, 0, "dataFiles", "%s is not found next to the manifest", key)
		}
		out = append(out, found)
	}
	return out, nil
}

func findLocal(dir, key string) string {
	if i := strings.Index(key, "://"); i >= 0 {
		key = key[i+3:]
	}
	parts := strings.Split(path.Clean(key), "/")
	for root, up := dir, 0; up < 4; root, up = filepath.Dir(root), up+1 {
		for i := range parts {
			candidate := filepath.Join(root, filepath.Join(parts[i:]...))
			if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
				return candidate
			}
		}
	}
	return ""
}
