package ingest

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// The Parquet reader works on pages, not rows: per row group it decodes the
// filter columns (period, product code, billing entity, resource id) for all
// rows, then reads the other columns only at the rows that passed (skipping
// their pages that hold none, see pqpage.go), the product map only where
// a value is needed from it, and the tag maps' kept entries for those rows
// (value pages without one are skipped on their header). Strings are interned per dictionary entry, so a
// dictionary-encoded column costs one lookup per distinct value per row
// group, and the workspace-ARN test on resource ids runs once per dictionary
// entry. Row groups are spread over the cores.

const parquetReadBuffer = 1 << 20

// pqColumn is a leaf column of the file that a role (or the map) reads.
type pqColumn struct {
	name   string
	index  int
	maxDef byte
	maxRep byte
	kind   parquet.Kind
	// Time columns: how many stored units make a day (INT64 timestamps), 1 for
	// INT32 dates, 0 for text.
	unitsPerDay int64
}

// pqFile is an open Parquet file with its columns resolved against a layout.
type pqFile struct {
	name             string
	file             *parquet.File
	reader           io.ReaderAt
	lay              *layout
	cols             [numRoles]*pqColumn
	mapKey, mapValue *pqColumn // the product map
	tagMaps          []pqTagMap
}

// textColumn names the column role r's text is read from: its own, or the
// product map's when the file has no such column.
func (pf *pqFile) textColumn(r role) string {
	if c := pf.cols[r]; c != nil {
		return c.name
	}
	if pf.mapValue != nil {
		return pf.mapValue.name
	}
	return ""
}

// pqTagMap is a tag map column present in the file: its key and value
// leaves and the key prefix kept.
type pqTagMap struct {
	key, value *pqColumn
	prefix     string
}

func openParquet(name string, r io.ReaderAt, size int64, lay *layout) (pf *pqFile, err error) {
	defer recoverCorrupt(name, &err)
	f, err := parquet.OpenFile(r, size, parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true),
		parquet.ReadBufferSize(parquetReadBuffer))
	if err != nil {
		return nil, badInput(name, 0, "", "not a readable Parquet file: %v", err)
	}
	pf = &pqFile{name: name, file: f, reader: r, lay: lay}
	schema := f.Schema()
	for r := role(0); r < numRoles; r++ {
		colName := lay.columns[r]
		if colName == "" {
			continue
		}
		leaf, ok := schema.Lookup(colName)
		if !ok {
			continue
		}
		c, err := pf.column(leaf, colName)
		if err != nil {
			return nil, err
		}
		if err := checkColumnType(name, c, r.kind()); err != nil {
			return nil, err
		}
		pf.cols[r] = c
	}
	for _, r := range lay.required {
		if pf.cols[r] == nil {
			return nil, badInput(name, 0, lay.columns[r], "required column is missing")
		}
	}
	if lay.mapColumn != "" {
		if pf.mapKey, pf.mapValue, err = pf.resolveMap(schema, lay.mapColumn); err != nil {
			return nil, err
		}
	}
	for _, tm := range lay.tagMaps {
		key, value, err := pf.resolveMap(schema, tm.column)
		if err != nil {
			return nil, err
		}
		if key != nil {
			pf.tagMaps = append(pf.tagMaps, pqTagMap{key: key, value: value, prefix: tm.prefix})
		}
	}
	return pf, nil
}

func (pf *pqFile) column(leaf parquet.LeafColumn, colName string) (*pqColumn, error) {
	if !leaf.Node.Leaf() {
		return nil, badInput(pf.name, 0, colName, "wrong column type: a group, want a primitive column")
	}
	c := &pqColumn{name: colName, index: leaf.ColumnIndex, maxDef: byte(leaf.MaxDefinitionLevel),
		maxRep: byte(leaf.MaxRepetitionLevel), kind: leaf.Node.Type().Kind()}
	if lt := leaf.Node.Type().LogicalType(); lt != nil {
		switch v := lt.Value.(type) {
		case *format.TimestampType:
			if unit := v.Unit.Value; unit != nil {
				c.unitsPerDay = int64(24 * 3600 * 1e9 / unit.Duration())
			}
		case *format.DateType:
			c.unitsPerDay = 1
		}
	}
	return c, nil
}

func checkColumnType(file string, c *pqColumn, kind roleKind) error {
	if c.maxRep != 0 {
		return badInput(file, 0, c.name, "wrong column type: repeated, want a single value")
	}
	ok := false
	switch kind {
	case kindString:
		ok = c.kind == parquet.ByteArray
	case kindTime:
		ok = c.kind == parquet.ByteArray || (c.kind == parquet.Int64 && c.unitsPerDay > 1) ||
			(c.kind == parquet.Int32 && c.unitsPerDay == 1)
	case kindNumber:
		ok = c.kind == parquet.Double || c.kind == parquet.Float
	}
	if !ok {
		want := map[roleKind]string{kindString: "string", kindTime: "timestamp, date or string", kindNumber: "double"}[kind]
		return badInput(file, 0, c.name, "wrong column type %s, want %s", c.kind, want)
	}
	return nil
}

// resolveMap finds the key and value leaves of a MAP<string,string> column;
// both are nil when the file has no such column.
func (pf *pqFile) resolveMap(schema *parquet.Schema, column string) (key, value *pqColumn, err error) {
	for _, path := range schema.Columns() {
		if len(path) != 3 || path[0] != column {
			continue
		}
		leaf, _ := schema.Lookup(path...)
		c, err := pf.column(leaf, column+"."+path[2])
		if err != nil {
			return nil, nil, err
		}
		if c.kind != parquet.ByteArray || c.maxRep == 0 {
			return nil, nil, badInput(pf.name, 0, column, "wrong column type: want MAP<string,string>")
		}
		switch path[2] {
		case "key":
			key = c
		case "value":
			value = c
		}
	}
	if (key == nil) != (value == nil) {
		return nil, nil, badInput(pf.name, 0, column, "wrong column type: want MAP<string,string>")
	}
	return key, value, nil
}

// recoverCorrupt turns a panic of the Parquet library on a corrupt file into
// that file's error.
func recoverCorrupt(name string, err *error) {
	if r := recover(); r != nil {
		*err = badInput(name, 0, "", "corrupt Parquet file: %v", r)
	}
}

// readParquetFile reads one Parquet file of the layout into a fileResult.
func readParquetFile(path, name string, lay *layout, workers int, progress func(bytes, rows int64)) (*fileResult, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, badInput(name, 0, "", "%v", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, badInput(name, 0, "", "%v", err)
	}
	pf, err := openParquet(name, fh, st.Size(), lay)
	if err != nil {
		return nil, err
	}
	return pf.read(workers, st.Size(), progress)
}

func (pf *pqFile) read(workers int, size int64, progress func(bytes, rows int64)) (*fileResult, error) {
	groups := pf.file.RowGroups()
	starts := make([]int64, len(groups)+1)
	for i, rg := range groups {
		starts[i+1] = starts[i] + rg.NumRows()
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(groups)))
	var (
		next     atomic.Int64
		failed   atomic.Bool
		wg       sync.WaitGroup
		results  = make([]*fileResult, workers)
		errs     = make([]error, workers)
		reported atomic.Int64
	)
	for wi := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newPQWorker(pf)
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(groups) {
					break
				}
				if err := w.rowGroupSafe(i, int(groups[i].NumRows()), starts[i]); err != nil {
					errs[wi] = err
					failed.Store(true)
					return
				}
				if progress != nil && starts[len(groups)] > 0 {
					n := size * groups[i].NumRows() / starts[len(groups)]
					reported.Add(n)
					progress(n, groups[i].NumRows())
				}
			}
			results[wi] = w.result()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if progress != nil {
		progress(size-reported.Load(), 0)
	}
	out := newFileResult()
	for _, r := range results {
		out.merge(r)
	}
	return out, nil
}

// Row status after the filter columns.
const (
	statusAI        uint8 = 0
	statusNotAI     uint8 = 1
	statusNotMarket uint8 = 2 // AWS Marketplace, not Bedrock Edition
	statusCandidate uint8 = 0x80
	statusReason    uint8 = 0x7f
)

var statusReasons = [...]string{statusAI: "", statusNotAI: ReasonNotAI, statusNotMarket: ReasonMarketplaceNotBedrock}

func statusOf(reason string) uint8 {
	for i, r := range statusReasons {
		if r == reason {
			return uint8(i)
		}
	}
	panic("ingest: unknown ignore reason " + reason)
}

// idKey is a raw group as interned string ids, the worker's aggregation key.
type idKey struct {
	period, day epochDay
	s           [numRoles]uint32
}

type periodCounts struct {
	rows, ai int64
	ignored  [len(statusReasons)]int64
}

var workspaceARNPrefix = []byte(claudeWorkspaceARNPrefix)

// dictIDs caches what was derived from one column's current dictionary.
type dictIDs struct {
	gen uint64   // the dictionary's generation (chunkReader.dictGen)
	ids []uint32 // id+1, 0 = not yet interned
	// arn marks the entries that are Claude Platform workspace ARNs (resource
	// column), so rows are tested by dictionary index, not by string.
	arn      []bool
	arnReady bool
}

// idResolver interns the values of one page, once per dictionary entry.
type idResolver struct {
	in  *interner
	vs  *valueSet
	tbl []uint32 // the dictionary's ids, nil for pages without one
	d   *dictIDs
}

func (w *pqWorker) resolver(c *pqColumn, r role, pv *pageValues) idResolver {
	return w.resolverIn(c, &w.in[r], pv)
}

// resolverIn is resolver for a column interned in in rather than a role's
// interner; a column must always use the same one.
func (w *pqWorker) resolverIn(c *pqColumn, in *interner, pv *pageValues) idResolver {
	res := idResolver{in: in, vs: &pv.valueSet}
	if pv.dictGen != 0 {
		d := &w.dicts[c.index]
		if d.gen != pv.dictGen {
			d.gen = pv.dictGen
			d.ids = grow(d.ids, max(len(pv.offs)-1, 0))
			clear(d.ids)
			d.arnReady = false
		}
		res.tbl, res.d = d.ids, d
	}
	return res
}

// at is the id of the value at position p of the page's value set.
func (r *idResolver) at(p int) uint32 {
	if r.tbl != nil {
		if id := r.tbl[p]; id != 0 {
			return id - 1
		}
	}
	return r.intern(p)
}

func (r *idResolver) intern(p int) uint32 {
	id := r.in.id(r.vs.bytesAt(p))
	if r.tbl != nil {
		r.tbl[p] = id + 1
	}
	return id
}

// internAll interns every dictionary entry, so that rows resolve by a plain
// table lookup. Callers use it when the dictionary is no larger than the page.
func (r *idResolver) internAll() {
	for p, id := range r.tbl {
		if id == 0 {
			r.tbl[p] = r.in.id(r.vs.bytesAt(p)) + 1
		}
	}
}

// workspaceARNs marks the dictionary entries that are workspace ARNs.
func (r *idResolver) workspaceARNs() []bool {
	d := r.d
	if !d.arnReady {
		d.arn = grow(d.arn, len(r.tbl))
		for p := range d.arn {
			d.arn[p] = bytes.HasPrefix(r.vs.bytesAt(p), workspaceARNPrefix)
		}
		d.arnReady = true
	}
	return d.arn
}

type pqWorker struct {
	pf     *pqFile
	in     [numRoles]interner // one per role keeps ids small and dense
	dicts  []dictIDs          // by leaf column index
	groups map[idKey]*lineSums
	usd    uint32 // interned id of "USD"
	counts map[epochDay]*periodCounts
	// marketNames caches product_name by product code for AWS Marketplace
	// lines: a Marketplace product code names one product, so the product
	// map is read for a code's first line only.
	marketNames map[uint32]uint32
	// classes caches classifyRows' decision per (product code, entity, name) ids.
	classes []uint8
	memo    map[[3]uint32]uint8

	// Per row group scratch, reused.
	periods []epochDay
	status  []uint8
	filter  [numRoles][]uint32 // ids of filter columns, per row
	sel     []int32
	cr      chunkReader
	idx     []int32            // dictionary indexes of the current page
	vis     []int32            // value positions of the rows visited on the current page
	dpos    []int32            // and where those values are in the page's value set
	ids     [numRoles][]uint32 // ids of other string columns, per selected row
	days    []epochDay
	nums    [numRoles][]float64
	null    [numRoles][]bool
	name    []uint32
	want    []uint8
	named   []bool          // candidate's product_name is settled
	asked   map[uint32]bool // product codes whose name a map lookup is reading
	targets []mapTarget
	tagHits [][]tagHit // by pf.tagMaps: the selected rows' tags, in row order
	tagPos  []int      // aggregate's position in each of tagHits
	tagIn   interner   // tag keys and values
	tagKeys [][]uint8  // by pf.tagMaps, then tagIn id: whether a key is kept (tagKey)
	tags    map[[2]uint32]string
	// mapKeyIn interns the product map's keys.
	mapKeyIn interner
}

const (
	tagKeyUnknown uint8 = iota
	tagKeyOther
	tagKeyKept
)

// tagHit is one evidence tag of the k-th selected row.
type tagHit struct {
	k   int32
	tag string // "key=value"
}

func newPQWorker(pf *pqFile) *pqWorker {
	w := &pqWorker{pf: pf, dicts: make([]dictIDs, len(pf.file.Schema().Columns())),
		groups: map[idKey]*lineSums{}, counts: map[epochDay]*periodCounts{},
		classes: make([]uint8, classTableSize), memo: map[[3]uint32]uint8{},
		marketNames: map[uint32]uint32{}, asked: map[uint32]bool{},
		tagIn: newInterner(), tags: map[[2]uint32]string{}, mapKeyIn: newInterner()}
	for r := range w.in {
		w.in[r] = newInterner()
	}
	for i := range w.classes {
		w.classes[i] = statusUnknown
	}
	w.usd = w.in[rCurrency].idString("USD")
	return w
}

func (w *pqWorker) rowGroupSafe(index, n int, start int64) (err error) {
	defer recoverCorrupt(w.pf.name, &err)
	if err := w.rowGroup(index, n, start); err != nil {
		if domain.ErrorCode(err) == domain.CodeBadUserInput {
			return err
		}
		return badInput(w.pf.name, 0, "", "corrupt Parquet file: %v", err)
	}
	return nil
}

func (w *pqWorker) rowGroup(rg, n int, start int64) error {
	pf := w.pf
	w.periods = grow(w.periods, n)
	w.status = grow(w.status, n)
	if p, ok := pf.constantDay(rg, pf.cols[rPeriod]); ok {
		for i := range w.periods {
			w.periods[i] = p
		}
	} else if err := w.readTimes(rg, pf.cols[rPeriod], nil, w.periods, start); err != nil {
		return err
	}
	for _, r := range []role{rProductCode, rEntity, rProductName} {
		w.filter[r] = grow(w.filter[r], n)
		if err := w.readIDs(rg, pf.cols[r], r, nil, w.filter[r]); err != nil {
			return err
		}
	}
	w.classifyRows(n)
	if err := w.scanResources(rg, n); err != nil {
		return err
	}

	// Count rows and ignored rows per period; select AI rows and candidates.
	w.sel = w.sel[:0]
	var last epochDay = -1 << 31
	var pc *periodCounts
	for i := 0; i < n; i++ {
		if p := w.periods[i]; p != last || pc == nil {
			last, pc = p, w.countsOf(p)
		}
		pc.rows++
		st := w.status[i]
		if st == statusAI || st&statusCandidate != 0 {
			w.sel = append(w.sel, int32(i))
		} else {
			pc.ignored[st]++
		}
	}
	m := len(w.sel)
	if m == 0 {
		return nil
	}
	for r := role(0); r < numRoles; r++ {
		if r.kind() != kindString || r == rProductCode || r == rEntity || r == rProductName || r == rResource {
			continue
		}
		w.ids[r] = grow(w.ids[r], m)
		if err := w.readIDs(rg, pf.cols[r], r, w.sel, w.ids[r]); err != nil {
			return err
		}
	}
	w.days = grow(w.days, m)
	if err := w.readTimes(rg, pf.cols[rDay], w.sel, w.days, start); err != nil {
		return err
	}
	for _, r := range []role{rNetCost, rCost, rQuantity} {
		w.nums[r], w.null[r] = grow(w.nums[r], m), grow(w.null[r], m)
		if r == rCost && pf.cols[rNetCost] != nil && !slices.Contains(w.null[rNetCost], true) {
			continue // every selected line has a net cost: the unblended cost is not used
		}
		if err := w.readNumbers(rg, pf.cols[r], w.sel, w.nums[r], w.null[r]); err != nil {
			return err
		}
	}
	if err := w.lookupMap(rg); err != nil {
		return err
	}
	if err := w.readTags(rg); err != nil {
		return err
	}
	return w.aggregate(start)
}

// Dimensions of the dense classification table; larger ids use the memo map.
const (
	classPC              = 1024
	classEntity          = 8
	className            = 128
	classTableSize       = classPC * classEntity * className
	statusUnknown  uint8 = 0xff
)

// classifyRows sets each row's status from product code, entity and (FOCUS)
// service name: one decision per distinct combination, cached by ids.
func (w *pqWorker) classifyRows(n int) {
	pcs, ents, names := w.filter[rProductCode], w.filter[rEntity], w.filter[rProductName]
	for i := 0; i < n; i++ {
		pc, ent, name := pcs[i], ents[i], names[i]
		if pc < classPC && ent < classEntity && name < className {
			slot := (name*classEntity+ent)*classPC + pc
			st := w.classes[slot]
			if st == statusUnknown {
				st = w.classify(pc, ent, name)
				w.classes[slot] = st
			}
			w.status[i] = st
			continue
		}
		k := [3]uint32{pc, ent, name}
		st, ok := w.memo[k]
		if !ok {
			st = w.classify(pc, ent, name)
			w.memo[k] = st
		}
		w.status[i] = st
	}
}

func (w *pqWorker) classify(pc, ent, name uint32) uint8 {
	entity := w.in[rEntity].str(ent)
	reason, needsName := classifyFilter(w.in[rProductCode].str(pc), entity, "")
	switch {
	case needsName && w.pf.cols[rProductName] != nil:
		return statusOf(classifyName(entity, w.in[rProductName].str(name), reason))
	case needsName && w.pf.mapKey != nil && entity == billingEntityMarketplace:
		return statusOf(reason) | statusCandidate
	}
	return statusOf(reason)
}

// scanResources reads the resource id of every row: a Claude Platform
// workspace ARN makes the row AI; AI rows and candidates keep the id. A
// dictionary-encoded page is tested by dictionary index.
func (w *pqWorker) scanResources(rg, n int) error {
	ids := grow(w.filter[rResource], n)
	w.filter[rResource] = ids
	clear(ids)
	c := w.pf.cols[rResource]
	return w.eachPage(rg, c, nil, func(p *pqPage, base int) error {
		res := w.resolver(c, rResource, &p.pv)
		var arn []bool
		if res.tbl != nil {
			arn = res.workspaceARNs()
		}
		defs, err := p.definitions()
		if err != nil {
			return err
		}
		if w.idx, err = p.pv.decodeIndexes(w.idx); err != nil {
			return err
		}
		status := w.status[base : base+p.rows]
		if len(arn) == 0 || p.pv.idx == nil {
			vi := 0
			for i, st := range status {
				if defs != nil && defs[i] != c.maxDef {
					continue
				}
				if st != statusAI && bytes.HasPrefix(res.vs.bytesAt(p.pv.pos(vi)), workspaceARNPrefix) {
					st = statusAI
					status[i] = st
				}
				if st == statusAI || st&statusCandidate != 0 {
					ids[base+i] = res.at(p.pv.pos(vi))
				}
				vi++
			}
			return nil
		}
		// Dictionary pages: test rows by index, without a branch on nulls
		// (they fall at random). A null row peeks at the next value's index,
		// or at the padding after the last.
		idx := append(p.pv.idx, 0)
		w.idx = idx
		vi := 0
		for i := range status {
			present := 1
			if defs != nil && defs[i] != c.maxDef {
				present = 0
			}
			pos := idx[vi]
			if arn[pos] && present == 1 {
				status[i] = statusAI
			}
			if st := status[i]; (st == statusAI || st&statusCandidate != 0) && present == 1 {
				ids[base+i] = res.at(int(pos))
			}
			vi += present
		}
		return nil
	})
}

func (w *pqWorker) countsOf(p epochDay) *periodCounts {
	pc := w.counts[p]
	if pc == nil {
		pc = &periodCounts{}
		w.counts[p] = pc
	}
	return pc
}

// aggregate adds the selected rows of a row group to the worker's groups.
func (w *pqWorker) aggregate(start int64) error {
	pf := w.pf
	for k, row := range w.sel {
		i := int(row)
		st := w.status[i]
		var key idKey
		key.period, key.day = w.periods[i], w.days[k]
		key.s[rEntity] = w.filter[rEntity][i]
		key.s[rProductCode] = w.filter[rProductCode][i]
		key.s[rResource] = w.filter[rResource][i]
		key.s[rProductName] = w.filter[rProductName][i]
		if pf.cols[rProductName] == nil {
			key.s[rProductName] = w.name[k]
		}
		if st&statusCandidate != 0 {
			reason := classifyName(w.in[rEntity].str(key.s[rEntity]), w.in[rProductName].str(key.s[rProductName]), statusReasons[st&statusReason])
			if reason != "" {
				w.countsOf(key.period).ignored[statusOf(reason)]++
				continue
			}
		}
		for _, r := range []role{rAccount, rAccountName, rRegion, rOperation, rUsageType, rLineType, rPrincipal, rPricingUnit} {
			key.s[r] = w.ids[r][k]
		}
		fileRow := start + int64(i) + 1
		for _, r := range textRoles {
			if err := w.in[r].checkText(pf.name, fileRow, pf.textColumn(r), key.s[r]); err != nil {
				return err
			}
		}
		if cur := w.ids[rCurrency][k]; cur != 0 && cur != w.usd {
			return badInput(pf.name, fileRow, pf.cols[rCurrency].name, "currency %q: only USD is supported", w.in[rCurrency].str(cur))
		}
		costRole := rCost
		if pf.cols[rNetCost] != nil && !w.null[rNetCost][k] {
			costRole = rNetCost
		}
		cost, qty := w.nums[costRole][k], w.nums[rQuantity][k]
		if math.IsNaN(cost) || math.IsInf(cost, 0) {
			return badInput(pf.name, fileRow, pf.cols[costRole].name, "cost %v is not a finite number", cost)
		}
		if math.IsNaN(qty) || math.IsInf(qty, 0) {
			return badInput(pf.name, fileRow, pf.cols[rQuantity].name, "quantity %v is not a finite number", qty)
		}
		s := w.groups[key]
		if s == nil {
			s = &lineSums{}
			w.groups[key] = s
		}
		s.cost.addFloat(cost)
		s.quantity.addFloat(qty)
		w.addTags(k, s)
		w.countsOf(key.period).ai++
	}
	return nil
}

// addTags adds the tags of the k-th selected row to s. Rows are visited in
// order, so each list of hits is walked once per row group.
func (w *pqWorker) addTags(k int, s *lineSums) {
	for h, hits := range w.tagHits {
		j := w.tagPos[h]
		for j < len(hits) && int(hits[j].k) < k {
			j++
		}
		for ; j < len(hits) && int(hits[j].k) == k; j++ {
			s.addTag(hits[j].tag)
		}
		w.tagPos[h] = j
	}
}

// result converts the worker's interned groups to a fileResult.
func (w *pqWorker) result() *fileResult {
	out := newFileResult()
	for p, pc := range w.counts {
		acc := out.period(p.period())
		acc.rowsRead += pc.rows
		acc.aiRows += pc.ai
		for st, n := range pc.ignored {
			if n > 0 {
				acc.ignored[statusReasons[st]] += n
			}
		}
	}
	for k, s := range w.groups {
		str := func(r role) string { return w.in[r].str(k.s[r]) }
		line := rawLine{
			Period: k.period.period(), Day: k.day.String(), BillingEntity: str(rEntity),
			AccountID: str(rAccount), AccountName: str(rAccountName), Region: str(rRegion),
			ProductCode: str(rProductCode), ProductName: str(rProductName), Operation: str(rOperation),
			UsageType: str(rUsageType), LineType: str(rLineType), ResourceID: str(rResource),
			Principal: str(rPrincipal), PricingUnit: str(rPricingUnit),
		}
		out.period(line.Period).sums(line).merge(s)
	}
	return out
}

// errStopPages, returned by an eachPage callback, ends the reading early.
var errStopPages = errors.New("stop reading pages")

// eachPage calls fn with every data page of column c in row group rg and the
// row it starts at. Pages for which want (when not nil) is false are skipped
// without being decompressed.
func (w *pqWorker) eachPage(rg int, c *pqColumn, want func(base, rows int) bool, fn func(p *pqPage, base int) error) error {
	meta := &w.pf.file.Metadata().RowGroups[rg]
	if c.index >= len(meta.Columns) {
		return errCorruptPage
	}
	cr := &w.cr
	if err := cr.open(w.pf.reader, &meta.Columns[c.index].MetaData, c, meta.NumRows); err != nil {
		return err
	}
	base := 0
	for {
		rows, err := cr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if want != nil && !want(base, rows) {
			base += rows
			continue
		}
		p, err := cr.decode()
		if err != nil {
			return err
		}
		if err := fn(p, base); err == errStopPages {
			return nil
		} else if err != nil {
			return err
		}
		base += p.rows
	}
	if c.maxRep == 0 && int64(base) != meta.NumRows {
		return fmt.Errorf("column %s has %d rows, its row group %d: %w", c.name, base, meta.NumRows, errCorruptPage)
	}
	return nil
}

// eachSelected calls fn for the pages of column c that hold selected rows,
// with the index in sel of the page's first selected row; w.dpos then holds,
// for each of the page's selected rows, where its value is in the page's
// value set (-1 for a null). The other pages are skipped.
func (w *pqWorker) eachSelected(rg int, c *pqColumn, sel []int32, fn func(p *pqPage, k0 int) error) error {
	pos := 0
	want := func(base, rows int) bool { return pos < len(sel) && int(sel[pos]) < base+rows }
	return w.eachPage(rg, c, want, func(p *pqPage, base int) error {
		k0, err := w.selectedValues(p, base, sel, &pos)
		if err != nil {
			return err
		}
		if w.dpos, err = p.pv.positions(w.vis, w.dpos); err != nil {
			return err
		}
		return fn(p, k0)
	})
}

// selectedValues finds the selected rows sel[*pos:] that fall in page p
// (which starts at row base) and advances *pos past them. It returns the
// index in sel of the first, and sets w.vis to each one's position among the
// page's values, -1 for a null.
func (w *pqWorker) selectedValues(p *pqPage, base int, sel []int32, pos *int) (int, error) {
	k0, end := *pos, int32(base+p.rows)
	k1 := k0 + sort.Search(len(sel)-k0, func(j int) bool { return sel[k0+j] >= end })
	*pos = k1
	w.vis = grow(w.vis, k1-k0)
	return k0, p.presentAt(sel[k0:k1], int32(base), w.vis)
}

// readIDs interns a string column at the selected rows (all when sel is nil);
// an absent column or a null reads as "" (id 0).
func (w *pqWorker) readIDs(rg int, c *pqColumn, r role, sel []int32, out []uint32) error {
	clear(out)
	if c == nil {
		return nil
	}
	if sel != nil {
		return w.eachSelected(rg, c, sel, func(p *pqPage, k0 int) error {
			res := w.resolver(c, r, &p.pv)
			dst := out[k0 : k0+len(w.dpos)]
			for j, pos := range w.dpos {
				if pos >= 0 {
					dst[j] = res.at(int(pos))
				}
			}
			return nil
		})
	}
	return w.eachPage(rg, c, nil, func(p *pqPage, base int) error {
		res := w.resolver(c, r, &p.pv)
		defs, err := p.definitions()
		if err != nil {
			return err
		}
		if w.idx, err = p.pv.decodeIndexes(w.idx); err != nil {
			return err
		}
		dst := out[base : base+p.rows]
		small := res.tbl != nil && len(res.tbl) <= len(dst)
		if small {
			res.internAll()
		}
		switch {
		case defs == nil && small:
			for i, di := range p.pv.idx[:len(dst)] {
				dst[i] = res.tbl[di] - 1
			}
		case defs == nil:
			for i := range dst {
				dst[i] = res.at(p.pv.pos(i))
			}
		default:
			vi := 0
			for i, d := range defs {
				if d == c.maxDef {
					dst[i] = res.at(p.pv.pos(vi))
					vi++
				}
			}
		}
		return nil
	})
}

// constantDay reads the day of a time column from the row group's statistics
// when the column holds one value only (the billing period, typically), so
// its pages need not be decoded.
func (pf *pqFile) constantDay(rowGroup int, c *pqColumn) (epochDay, bool) {
	groups := pf.file.Metadata().RowGroups
	if rowGroup >= len(groups) || c.index >= len(groups[rowGroup].Columns) {
		return 0, false
	}
	st := groups[rowGroup].Columns[c.index].MetaData.Statistics
	if st.NullCount != 0 || len(st.MinValue) == 0 || !bytes.Equal(st.MinValue, st.MaxValue) {
		return 0, false
	}
	v := st.MinValue
	switch {
	case c.kind == parquet.Int64 && len(v) == 8:
		return epochDay(floorDiv(int64(binary.LittleEndian.Uint64(v)), c.unitsPerDay)), true
	case c.kind == parquet.Int32 && len(v) == 4:
		return epochDay(int32(binary.LittleEndian.Uint32(v))), true
	case c.kind == parquet.ByteArray:
		return parseDay(string(v))
	}
	return 0, false
}

// readTimes reads a time column as UTC days at the selected rows (all when
// sel is nil); a null is an error.
func (w *pqWorker) readTimes(rg int, c *pqColumn, sel []int32, out []epochDay, start int64) error {
	each := w.eachSelected
	if sel == nil {
		each = w.eachRow
	}
	return each(rg, c, sel, func(p *pqPage, k0 int) error {
		dst := out[k0 : k0+len(w.dpos)]
		for j, pos := range w.dpos {
			if pos < 0 {
				return badInput(w.pf.name, start+int64(rowOf(sel, k0+j))+1, c.name, "missing date")
			}
			switch c.kind {
			case parquet.Int64:
				dst[j] = epochDay(floorDiv(p.pv.int64At(int(pos)), c.unitsPerDay))
			case parquet.Int32:
				dst[j] = epochDay(p.pv.int32At(int(pos)))
			default:
				d, ok := parseDay(string(p.pv.bytesAt(int(pos))))
				if !ok {
					return badInput(w.pf.name, start+int64(rowOf(sel, k0+j))+1, c.name, "unparsable date %q", p.pv.bytesAt(int(pos)))
				}
				dst[j] = d
			}
		}
		return nil
	})
}

// rowOf is the row (in the row group) of the k-th visited row.
func rowOf(sel []int32, k int) int {
	if sel == nil {
		return k
	}
	return int(sel[k])
}

// eachRow is eachSelected with every row selected: k0 is the page's first row.
func (w *pqWorker) eachRow(rg int, c *pqColumn, _ []int32, fn func(p *pqPage, k0 int) error) error {
	return w.eachPage(rg, c, nil, func(p *pqPage, base int) error {
		defs, err := p.definitions()
		if err != nil {
			return err
		}
		vis := grow(w.vis, p.rows)
		w.vis = vis
		vi := int32(0)
		for i := range vis {
			if defs != nil && defs[i] != c.maxDef {
				vis[i] = -1
				continue
			}
			vis[i] = vi
			vi++
		}
		if w.dpos, err = p.pv.positions(vis, w.dpos); err != nil {
			return err
		}
		return fn(p, base)
	})
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// readNumbers reads a double column at the selected rows; absent or null reads as null.
func (w *pqWorker) readNumbers(rg int, c *pqColumn, sel []int32, out []float64, null []bool) error {
	for k := range null {
		null[k], out[k] = true, 0
	}
	if c == nil {
		return nil
	}
	return w.eachSelected(rg, c, sel, func(p *pqPage, k0 int) error {
		dst, dnull := out[k0:k0+len(w.dpos)], null[k0:k0+len(w.dpos)]
		for j, pos := range w.dpos {
			if pos >= 0 {
				dst[j], dnull[j] = p.pv.numberAt(int(pos)), false
			}
		}
		return nil
	})
}

// mapTarget is one wanted map entry: its position among the map's levels in
// the row group, the selected row, and which key it holds.
type mapTarget struct {
	level int
	k     int
	slot  uint8
	key   uint32 // tag maps: the key's id in pqWorker.tagIn
}

const (
	wantName   uint8 = 1
	wantRegion uint8 = 2
)

// lookupMap fills product_name (for candidates) and region (for selected
// rows without product_region_code) from the product map. It reads the map
// only when some selected row needs it, and then only up to the last such
// row. A Marketplace product code names one product: the map is read at the
// first candidate of a code not yet known, and the others take its name (or,
// if that line's map has no product_name, the next one is read).
func (w *pqWorker) lookupMap(rg int) error {
	m := len(w.sel)
	w.name = grow(w.name, m)
	clear(w.name)
	if w.pf.mapKey == nil {
		return nil
	}
	w.want, w.named = grow(w.want, m), grow(w.named, m)
	clear(w.named)
	for round := 0; ; round++ {
		clear(w.asked)
		last := -1
		for k, row := range w.sel {
			w.want[k] = 0
			if round == 0 && w.ids[rRegion][k] == 0 {
				w.want[k] |= wantRegion
			}
			if w.status[row]&statusCandidate != 0 && !w.named[k] {
				code := w.filter[rProductCode][row]
				if name, ok := w.marketNames[code]; ok {
					w.name[k], w.named[k] = name, true
				} else if !w.asked[code] {
					w.asked[code], w.named[k] = true, true
					w.want[k] |= wantName
				}
			}
			if w.want[k] != 0 {
				last = k
			}
		}
		if last < 0 {
			return nil
		}
		if err := w.readMap(rg, last); err != nil {
			return err
		}
	}
}

// readMap reads the product map entries that w.want asks for, of the
// selected rows up to w.sel[last].
func (w *pqWorker) readMap(rg, last int) error {
	pf := w.pf
	w.targets = w.targets[:0]
	keyName, keyRegion := w.mapKeyIn.idString(mapKeyProductName), w.mapKeyIn.idString(mapKeyRegion)
	err := w.mapKeys(rg, pf.mapKey, &w.mapKeyIn, last+1, func(k, level int, key uint32) {
		switch {
		case w.want[k]&wantName != 0 && key == keyName:
			w.targets = append(w.targets, mapTarget{level: level, k: k, slot: wantName})
		case w.want[k]&wantRegion != 0 && key == keyRegion:
			w.targets = append(w.targets, mapTarget{level: level, k: k, slot: wantRegion})
		}
	})
	if err != nil || len(w.targets) == 0 {
		return err
	}
	// One dictionary cache per column: map values intern as names, and
	// regions are re-interned by string (few rows need them).
	return w.mapValues(rg, pf.mapValue, &w.in[rProductName], w.targets, func(tg mapTarget, id uint32) {
		if tg.slot == wantName {
			w.name[tg.k] = id
			w.marketNames[w.filter[rProductCode][w.sel[tg.k]]] = id
		} else {
			w.ids[rRegion][tg.k] = w.in[rRegion].idString(w.in[rProductName].str(id))
		}
	})
}

// readTags reads the evidence tags of the selected rows into w.tagHits:
// per tag map, the entries whose key has its prefix, as "key=value".
func (w *pqWorker) readTags(rg int) error {
	w.tagHits = grow(w.tagHits, len(w.pf.tagMaps))
	w.tagKeys = grow(w.tagKeys, len(w.pf.tagMaps))
	w.tagPos = grow(w.tagPos, len(w.pf.tagMaps))
	clear(w.tagPos)
	for i, tm := range w.pf.tagMaps {
		w.targets = w.targets[:0]
		err := w.mapKeys(rg, tm.key, &w.tagIn, len(w.sel), func(k, level int, key uint32) {
			if w.tagKey(i, key) {
				w.targets = append(w.targets, mapTarget{level: level, k: k, key: key})
			}
		})
		hits := w.tagHits[i][:0]
		if err == nil && len(w.targets) > 0 {
			var textErr error
			err = w.mapValues(rg, tm.value, &w.tagIn, w.targets, func(tg mapTarget, id uint32) {
				tag, bad := w.tagString(tg.key, id)
				if bad != nil && textErr == nil {
					textErr = badInput(w.pf.name, 0, "", "%v", bad)
				}
				hits = append(hits, tagHit{k: int32(tg.k), tag: tag})
			})
			err = cmp.Or(err, textErr)
		}
		w.tagHits[i] = hits
		if err != nil {
			return err
		}
	}
	return nil
}

// tagKey reports whether the interned key has the prefix of tag map i,
// testing each key once per map.
func (w *pqWorker) tagKey(i int, key uint32) bool {
	kept := w.tagKeys[i]
	for int(key) >= len(kept) {
		kept = append(kept, tagKeyUnknown)
	}
	if kept[key] == tagKeyUnknown {
		kept[key] = tagKeyOther
		if strings.HasPrefix(w.tagIn.str(key), w.pf.tagMaps[i].prefix) {
			kept[key] = tagKeyKept
		}
	}
	w.tagKeys[i] = kept
	return kept[key] == tagKeyKept
}

// tagString is "key=value" of interned ids, built and checked against the
// text rule once per pair.
func (w *pqWorker) tagString(key, value uint32) (string, error) {
	pair := [2]uint32{key, value}
	tag, ok := w.tags[pair]
	if !ok {
		tag = w.tagIn.str(key) + "=" + w.tagIn.str(value)
		if err := domain.CheckText("tag "+tag, tag, maxCellLength, false); err != nil {
			return tag, err
		}
		w.tags[pair] = tag
	}
	return tag, nil
}

// mapKeys walks the entries of a map column (key leaf kc) at the selected
// rows w.sel[:m]: match gets each entry's index in w.sel, its level (its
// position among the map's levels in the row group) and its key's id in
// the interner in (resolved once per dictionary entry).
func (w *pqWorker) mapKeys(rg int, kc *pqColumn, in *interner, m int, match func(k, level int, key uint32)) error {
	row, level, pos := -1, 0, 0
	selected := false // the current row, which may go on in the next page
	present := []byte{kc.maxDef}
	return w.eachPage(rg, kc, nil, func(p *pqPage, _ int) error {
		var err error
		if w.idx, err = p.pv.decodeIndexes(w.idx); err != nil {
			return err
		}
		keys := w.resolverIn(kc, in, &p.pv)
		reps, defs := p.reps, p.defs
		vi := 0
		for i := 0; i < len(defs); {
			if reps[i] == 0 {
				row++
				for pos < m && int(w.sel[pos]) < row {
					pos++
				}
				if pos == m {
					return errStopPages
				}
				selected = int(w.sel[pos]) == row
			}
			if !selected {
				// Most rows are not selected: skip to the next selected
				// row's first level (or the page's end) in one scan.
				need := int(w.sel[pos]) - row
				at, found := nthRowStart(reps[i+1:], need)
				j := i + 1 + at
				if found == need {
					found-- // the outer loop counts the selected row's start
				}
				row += found
				vi += bytes.Count(defs[i:j], present)
				level += j - i
				i = j
				continue
			}
			if defs[i] == kc.maxDef {
				match(pos, level, keys.at(p.pv.pos(vi)))
				vi++
			}
			level++
			i++
		}
		return nil
	})
}

// mapValues reads the values of a map column (value leaf vc) at the levels
// of targets, which are in level order: fn gets each present value's id in
// the interner in.
func (w *pqWorker) mapValues(rg int, vc *pqColumn, in *interner, targets []mapTarget, fn func(tg mapTarget, id uint32)) error {
	level, t := 0, 0
	// A page without targets is skipped on its header's level count.
	want := func(_, _ int) bool {
		if n := w.cr.levels(); t == len(targets) || targets[t].level >= level+n {
			level += n
			return false
		}
		return true
	}
	return w.eachPage(rg, vc, want, func(p *pqPage, _ int) error {
		var err error
		if w.idx, err = p.pv.decodeIndexes(w.idx); err != nil {
			return err
		}
		values := w.resolverIn(vc, in, &p.pv)
		// Jump from target to target, counting the present values between
		// them in one pass each.
		defs, present := p.defs, []byte{vc.maxDef}
		from, vi := 0, 0
		for ; t < len(targets) && targets[t].level < level+len(defs); t++ {
			at := targets[t].level - level
			vi += bytes.Count(defs[from:at], present)
			if defs[at] == vc.maxDef {
				fn(targets[t], values.at(p.pv.pos(vi)))
				vi++
			}
			from = at + 1
		}
		level += len(defs)
		return nil
	})
}

// nthRowStart returns the index in reps of the n-th row start (repetition
// level 0) and n, or len(reps) and the count of row starts when reps holds
// fewer. Eight levels are tested at a time, without a branch per level:
// most rows it passes are not selected.
func nthRowStart(reps []byte, n int) (at, found int) {
	const low7 = 0x7f7f7f7f7f7f7f7f
	i := 0
	for ; i+8 <= len(reps); i += 8 {
		x := binary.LittleEndian.Uint64(reps[i:])
		zeros := ^((x & low7) + low7 | x) &^ low7 // the top bit of each zero byte
		count := bits.OnesCount64(zeros)
		if found+count >= n {
			for ; found+1 < n; found++ {
				zeros &= zeros - 1
			}
			return i + bits.TrailingZeros64(zeros)/8, n
		}
		found += count
	}
	for ; i < len(reps); i++ {
		if reps[i] == 0 {
			if found++; found == n {
				return i, found
			}
		}
	}
	return len(reps), found
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// interner maps strings to dense ids; id 0 is "".
type interner struct {
	ids     map[string]uint32
	strs    []string
	checked []bool // by id: passed checkText
}

func newInterner() interner {
	return interner{ids: map[string]uint32{"": 0}, strs: []string{""}}
}

func (in *interner) id(b []byte) uint32 {
	if id, ok := in.ids[string(b)]; ok {
		return id
	}
	return in.idString(string(b))
}

func (in *interner) idString(s string) uint32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := uint32(len(in.strs))
	in.ids[s] = id
	in.strs = append(in.strs, s)
	return id
}

func (in *interner) str(id uint32) string { return in.strs[id] }

// checkText applies the text rule (checkCell) to string id once: later
// rows with the same value pass without another look.
func (in *interner) checkText(file string, row int64, column string, id uint32) error {
	if int(id) < len(in.checked) && in.checked[id] {
		return nil
	}
	if err := checkCell(file, row, column, in.strs[id]); err != nil {
		return err
	}
	for len(in.checked) <= int(id) {
		in.checked = append(in.checked, false)
	}
	in.checked[id] = true
	return nil
}
