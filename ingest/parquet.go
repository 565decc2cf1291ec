package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// The Parquet reader works on pages, not rows: per row group it decodes the
// filter columns (period, product code, billing entity, resource id) for all
// rows, then reads the other columns only at the rows that passed, and the
// product map only where a value is needed from it. Strings are interned per
// dictionary entry, so a dictionary-encoded column costs one lookup per
// distinct value per row group. Row groups are spread over the cores.

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
	lay              *layout
	cols             [numRoles]*pqColumn
	mapKey, mapValue *pqColumn
}

func openParquet(name string, r io.ReaderAt, size int64, lay *layout) (pf *pqFile, err error) {
	defer recoverCorrupt(name, &err)
	f, err := parquet.OpenFile(r, size, parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true),
		parquet.ReadBufferSize(parquetReadBuffer))
	if err != nil {
		return nil, badInput(name, 0, "", "not a readable Parquet file: %v", err)
	}
	pf = &pqFile{name: name, file: f, lay: lay}
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
		if err := pf.resolveMap(schema); err != nil {
			return nil, err
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

// resolveMap finds the key and value leaves of the MAP<string,string> column.
func (pf *pqFile) resolveMap(schema *parquet.Schema) error {
	for _, path := range schema.Columns() {
		if len(path) != 3 || path[0] != pf.lay.mapColumn {
			continue
		}
		leaf, _ := schema.Lookup(path...)
		c, err := pf.column(leaf, pf.lay.mapColumn+"."+path[2])
		if err != nil {
			return err
		}
		if c.kind != parquet.ByteArray || c.maxRep == 0 {
			return badInput(pf.name, 0, pf.lay.mapColumn, "wrong column type: want MAP<string,string>")
		}
		switch path[2] {
		case "key":
			pf.mapKey = c
		case "value":
			pf.mapValue = c
		}
	}
	if (pf.mapKey == nil) != (pf.mapValue == nil) {
		return badInput(pf.name, 0, pf.lay.mapColumn, "wrong column type: want MAP<string,string>")
	}
	return nil
}

// recoverCorrupt turns a panic of the Parquet library on a corrupt file into
// that file's error.
func recoverCorrupt(name string, err *error) {
	if r := recover(); r != nil {
		*err = badInput(name, 0, "", "corrupt Parquet file: %v", r)
	}
}

// readParquetFile reads one Parquet file of the layout into a fileResult.
func readParquetFile(path, name string, lay *layout, workers int, progress func(int64)) (*fileResult, error) {
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

func (pf *pqFile) read(workers int, size int64, progress func(int64)) (*fileResult, error) {
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
				if err := w.rowGroupSafe(groups[i], i, starts[i]); err != nil {
					errs[wi] = err
					failed.Store(true)
					return
				}
				if progress != nil && starts[len(groups)] > 0 {
					n := size * groups[i].NumRows() / starts[len(groups)]
					reported.Add(n)
					progress(n)
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
		progress(size - reported.Load())
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

// dictIDs caches the interned id of each entry of one column's dictionary.
type dictIDs struct {
	dict parquet.Dictionary
	ids  []uint32 // id+1, 0 = not yet interned
}

// idResolver interns the values of one page, once per dictionary entry.
type idResolver struct {
	in  *interner
	pv  pageValues
	tbl []uint32 // the dictionary's ids, nil for PLAIN pages
}

func (w *pqWorker) resolver(c *pqColumn, r role, p parquet.Page) idResolver {
	res := idResolver{in: &w.in[r], pv: valuesOf(p, parquet.ByteArray)}
	if res.pv.dict != nil {
		d := &w.dicts[c.index]
		if d.dict != res.pv.dict {
			d.dict = res.pv.dict
			d.ids = grow(d.ids, res.pv.dict.Len())
			clear(d.ids)
		}
		res.tbl = d.ids
	}
	return res
}

func (r *idResolver) at(vi int) uint32 {
	if r.tbl == nil {
		return r.in.id(r.pv.bytesAt(vi))
	}
	di := r.pv.idx[vi]
	if id := r.tbl[di]; id != 0 {
		return id - 1
	}
	id := r.in.id(r.pv.bytesAt(vi))
	r.tbl[di] = id + 1
	return id
}

type pqWorker struct {
	pf     *pqFile
	in     [numRoles]interner // one per role keeps ids small and dense
	dicts  []dictIDs          // by leaf column index
	groups map[idKey]*lineSums
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
	ids     [numRoles][]uint32 // ids of other string columns, per selected row
	days    []epochDay
	nums    [numRoles][]float64
	null    [numRoles][]bool
	name    []uint32
	want    []uint8
	targets []mapTarget
}

func newPQWorker(pf *pqFile) *pqWorker {
	w := &pqWorker{pf: pf, dicts: make([]dictIDs, len(pf.file.Schema().Columns())),
		groups: map[idKey]*lineSums{}, counts: map[epochDay]*periodCounts{},
		classes: make([]uint8, classTableSize), memo: map[[3]uint32]uint8{}, marketNames: map[uint32]uint32{}}
	for r := range w.in {
		w.in[r] = newInterner()
	}
	for i := range w.classes {
		w.classes[i] = statusUnknown
	}
	return w
}

func (w *pqWorker) rowGroupSafe(rg parquet.RowGroup, index int, start int64) (err error) {
	defer recoverCorrupt(w.pf.name, &err)
	if err := w.rowGroup(rg, index, start); err != nil {
		if domain.ErrorCode(err) == domain.CodeBadUserInput {
			return err
		}
		return badInput(w.pf.name, 0, "", "corrupt Parquet file: %v", err)
	}
	return nil
}

func (w *pqWorker) rowGroup(rg parquet.RowGroup, index int, start int64) error {
	pf, n := w.pf, int(rg.NumRows())
	w.periods = grow(w.periods, n)
	w.status = grow(w.status, n)
	if p, ok := pf.constantDay(index, pf.cols[rPeriod]); ok {
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
// workspace ARN makes the row AI; AI rows and candidates keep the id.
func (w *pqWorker) scanResources(rg parquet.RowGroup, n int) error {
	ids := grow(w.filter[rResource], n)
	w.filter[rResource] = ids
	clear(ids)
	prefix := []byte(claudeWorkspaceARNPrefix)
	c := w.pf.cols[rResource]
	return eachPage(rg, c, func(p parquet.Page, base int) error {
		res := w.resolver(c, rResource, p)
		defs := levelsOf(p, c)
		row := func(i, vi int) {
			st := w.status[i]
			if st != statusAI && bytes.HasPrefix(res.pv.bytesAt(vi), prefix) {
				st = statusAI
				w.status[i] = st
			}
			if st == statusAI || st&statusCandidate != 0 {
				ids[i] = res.at(vi)
			}
		}
		if defs == nil {
			for i := 0; i < int(p.NumRows()); i++ {
				row(base+i, i)
			}
			return nil
		}
		vi := 0
		for i, d := range defs {
			if d == c.maxDef {
				row(base+i, vi)
				vi++
			}
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
		if cur := w.in[rCurrency].str(w.ids[rCurrency][k]); cur != "" && cur != "USD" {
			return badInput(pf.name, fileRow, pf.cols[rCurrency].name, "currency %q: only USD is supported", cur)
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
		w.countsOf(key.period).ai++
	}
	return nil
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
		t := out.period(line.Period).sums(line)
		t.cost.merge(&s.cost)
		t.quantity.merge(&s.quantity)
	}
	return out
}

// pageValues exposes the packed values of a page, through its dictionary
// when it has one.
type pageValues struct {
	idx  []int32 // dictionary indexes, nil for PLAIN pages
	data []byte
	offs []uint32
	i64  []int64
	i32  []int32
	f64  []float64
	f32  []float32
	dict parquet.Dictionary
}

func valuesOf(p parquet.Page, kind parquet.Kind) pageValues {
	var pv pageValues
	src := p.Data()
	if d := p.Dictionary(); d != nil {
		pv.dict = d
		pv.idx = src.Int32()
		src = d.Page().Data()
	}
	switch kind {
	case parquet.ByteArray:
		pv.data, pv.offs = src.ByteArray()
	case parquet.Int64:
		pv.i64 = src.Int64()
	case parquet.Int32:
		pv.i32 = src.Int32()
	case parquet.Double:
		pv.f64 = src.Double()
	case parquet.Float:
		pv.f32 = src.Float()
	}
	return pv
}

func (pv *pageValues) pos(vi int) int {
	if pv.idx != nil {
		return int(pv.idx[vi])
	}
	return vi
}

func (pv *pageValues) bytesAt(vi int) []byte {
	i := pv.pos(vi)
	return pv.data[pv.offs[i]:pv.offs[i+1]:pv.offs[i+1]]
}

func (pv *pageValues) numberAt(vi int) float64 {
	if pv.f64 != nil {
		return pv.f64[pv.pos(vi)]
	}
	return float64(pv.f32[pv.pos(vi)])
}

// eachPage calls fn with every page of a column chunk and the row it starts at.
func eachPage(rg parquet.RowGroup, c *pqColumn, fn func(p parquet.Page, base int) error) error {
	pages := rg.ColumnChunks()[c.index].Pages()
	defer pages.Close()
	base := 0
	for {
		p, err := pages.ReadPage()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		err = fn(p, base)
		base += int(p.NumRows())
		parquet.Release(p)
		if err != nil {
			return err
		}
	}
}

// visitRows calls fn(k, vi) for the rows of page p (starting at row base)
// that are selected: every row when sel is nil (k is the row), else the rows
// listed in sel from *pos on (k indexes sel). vi is the row's position among
// the page's packed values, -1 when the value is null.
func visitRows(p parquet.Page, base int, maxDef byte, sel []int32, pos *int, fn func(k, vi int)) {
	n := int(p.NumRows())
	defs := p.DefinitionLevels()
	if maxDef == 0 {
		defs = nil
	}
	if sel == nil {
		if defs == nil {
			for i := 0; i < n; i++ {
				fn(base+i, i)
			}
			return
		}
		vi := 0
		for i, d := range defs {
			if d == maxDef {
				fn(base+i, vi)
				vi++
			} else {
				fn(base+i, -1)
			}
		}
		return
	}
	end, li, vi := base+n, 0, 0
	for ; *pos < len(sel) && int(sel[*pos]) < end; *pos++ {
		r := int(sel[*pos]) - base
		if defs == nil {
			fn(*pos, r)
			continue
		}
		vi += bytes.Count(defs[li:r], []byte{maxDef})
		li = r
		if defs[r] == maxDef {
			fn(*pos, vi)
		} else {
			fn(*pos, -1)
		}
	}
}

// levelsOf returns the page's definition levels, nil when every row has a value.
func levelsOf(p parquet.Page, c *pqColumn) []byte {
	if c.maxDef == 0 {
		return nil
	}
	return p.DefinitionLevels()
}

// readIDs interns a string column at the selected rows (all when sel is nil);
// an absent column or a null reads as "" (id 0).
func (w *pqWorker) readIDs(rg parquet.RowGroup, c *pqColumn, r role, sel []int32, out []uint32) error {
	clear(out)
	if c == nil {
		return nil
	}
	pos := 0
	return eachPage(rg, c, func(p parquet.Page, base int) error {
		res := w.resolver(c, r, p)
		if sel != nil {
			visitRows(p, base, c.maxDef, sel, &pos, func(k, vi int) {
				if vi >= 0 {
					out[k] = res.at(vi)
				}
			})
			return nil
		}
		defs := levelsOf(p, c)
		if defs == nil {
			dst := out[base : base+int(p.NumRows())]
			for i := range dst {
				dst[i] = res.at(i)
			}
			return nil
		}
		dst, vi := out[base:base+len(defs)], 0
		for i, d := range defs {
			if d == c.maxDef {
				dst[i] = res.at(vi)
				vi++
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

// readTimes reads a time column as UTC days; a null is an error.
func (w *pqWorker) readTimes(rg parquet.RowGroup, c *pqColumn, sel []int32, out []epochDay, start int64) error {
	var bad error
	pos := 0
	err := eachPage(rg, c, func(p parquet.Page, base int) error {
		pv := valuesOf(p, c.kind)
		visitRows(p, base, c.maxDef, sel, &pos, func(k, vi int) {
			if bad != nil {
				return
			}
			row := k
			if sel != nil {
				row = int(sel[k])
			}
			if vi < 0 {
				bad = badInput(w.pf.name, start+int64(row)+1, c.name, "missing date")
				return
			}
			switch c.kind {
			case parquet.Int64:
				out[k] = epochDay(floorDiv(pv.i64[pv.pos(vi)], c.unitsPerDay))
			case parquet.Int32:
				out[k] = epochDay(pv.i32[pv.pos(vi)])
			default:
				d, ok := parseDay(string(pv.bytesAt(vi)))
				if !ok {
					bad = badInput(w.pf.name, start+int64(row)+1, c.name, "unparsable date %q", pv.bytesAt(vi))
				}
				out[k] = d
			}
		})
		return bad
	})
	if err != nil {
		return err
	}
	return bad
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// readNumbers reads a double column at the selected rows; absent or null reads as null.
func (w *pqWorker) readNumbers(rg parquet.RowGroup, c *pqColumn, sel []int32, out []float64, null []bool) error {
	for k := range null {
		null[k], out[k] = true, 0
	}
	if c == nil {
		return nil
	}
	pos := 0
	return eachPage(rg, c, func(p parquet.Page, base int) error {
		pv := valuesOf(p, c.kind)
		visitRows(p, base, c.maxDef, sel, &pos, func(k, vi int) {
			if vi >= 0 {
				out[k], null[k] = pv.numberAt(vi), false
			}
		})
		return nil
	})
}

// mapTarget is one wanted map entry: its position among the map's levels in
// the row group, the selected row, and which key it holds.
type mapTarget struct {
	level int
	k     int
	slot  uint8
}

const (
	wantName   uint8 = 1
	wantRegion uint8 = 2
)

// lookupMap fills product_name (for candidates) and region (for selected
// rows without product_region_code) from the product map. It reads the map
// only when some selected row needs it.
func (w *pqWorker) lookupMap(rg parquet.RowGroup) error {
	m := len(w.sel)
	w.name = grow(w.name, m)
	clear(w.name)
	pf := w.pf
	if pf.mapKey == nil {
		return nil
	}
	w.want = grow(w.want, m)
	any := false
	for k, row := range w.sel {
		w.want[k] = 0
		if w.status[row]&statusCandidate != 0 {
			if name, ok := w.marketNames[w.filter[rProductCode][row]]; ok {
				w.name[k] = name
			} else {
				w.want[k] |= wantName
			}
		}
		if w.ids[rRegion][k] == 0 {
			w.want[k] |= wantRegion
		}
		any = any || w.want[k] != 0
	}
	if !any {
		return nil
	}
	// Pass 1: find the levels of the wanted keys.
	w.targets = w.targets[:0]
	keyName, keyRegion := []byte(mapKeyProductName), []byte(mapKeyRegion)
	row, level, pos := -1, 0, 0
	err := eachPage(rg, pf.mapKey, func(p parquet.Page, _ int) error {
		pv := valuesOf(p, parquet.ByteArray)
		reps, defs := p.RepetitionLevels(), p.DefinitionLevels()
		vi := 0
		for i, d := range defs {
			if reps[i] == 0 {
				row++
				for pos < m && int(w.sel[pos]) < row {
					pos++
				}
			}
			if d == pf.mapKey.maxDef {
				if pos < m && int(w.sel[pos]) == row && w.want[pos] != 0 {
					key := pv.bytesAt(vi)
					switch {
					case w.want[pos]&wantName != 0 && bytes.Equal(key, keyName):
						w.targets = append(w.targets, mapTarget{level: level, k: pos, slot: wantName})
					case w.want[pos]&wantRegion != 0 && bytes.Equal(key, keyRegion):
						w.targets = append(w.targets, mapTarget{level: level, k: pos, slot: wantRegion})
					}
				}
				vi++
			}
			level++
		}
		return nil
	})
	if err != nil || len(w.targets) == 0 {
		return err
	}
	// Pass 2: read the values at those levels.
	level, t := 0, 0
	c := pf.mapValue
	return eachPage(rg, c, func(p parquet.Page, _ int) error {
		defs := p.DefinitionLevels()
		if t >= len(w.targets) || w.targets[t].level >= level+len(defs) {
			level += len(defs)
			return nil
		}
		// One dictionary cache per column: map values intern as names, and
		// regions are re-interned by string (few rows need them).
		values := w.resolver(c, rProductName, p)
		vi := 0
		for _, d := range defs {
			present := d == c.maxDef
			if t < len(w.targets) && w.targets[t].level == level {
				if present {
					tg := w.targets[t]
					id := values.at(vi)
					if tg.slot == wantName {
						w.name[tg.k] = id
						w.marketNames[w.filter[rProductCode][w.sel[tg.k]]] = id
					} else {
						w.ids[rRegion][tg.k] = w.in[rRegion].idString(w.in[rProductName].str(id))
					}
				}
				t++
			}
			if present {
				vi++
			}
			level++
		}
		return nil
	})
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// interner maps strings to dense ids; id 0 is "".
type interner struct {
	ids  map[string]uint32
	strs []string
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
