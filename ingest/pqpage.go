package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/bits"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/encoding/rle"
	"github.com/parquet-go/parquet-go/encoding/thrift"
	"github.com/parquet-go/parquet-go/format"
)

// The page reader reads a column chunk straight from the file rather than
// through parquet-go's pages: the chunk in one read, pages decompressed into
// buffers it reuses, a page none of whose rows is wanted skipped before it is
// decompressed, the dictionary decoded only when a page that uses it is, and
// dictionary indexes decoded only at the values asked for.

// maxPageSize and maxChunkSize bound the decompressed size of a page and
// the stored size of a column chunk, so that a corrupt header cannot make
// the reader allocate without limit.
const (
	maxPageSize  = 1 << 28
	maxChunkSize = 1 << 30
)

var errCorruptPage = errors.New("corrupt page")

// chunkReader reads the pages of one column chunk. A worker reuses one for
// every chunk it reads, with its buffers.
type chunkReader struct {
	col       *pqColumn
	codec     compress.Codec // nil when the chunk is not compressed
	raw       []byte         // the chunk as stored
	pos       int            // offset in raw of the next page header
	maxLevels int            // bound on the levels of one page
	hdr       format.PageHeader
	body      []byte // stored bytes of the current page
	proto     thrift.CompactProtocol
	// The chunk's dictionary page, decoded when first needed.
	dictHdr  format.PageHeader
	dictBody []byte
	dict     valueSet
	dictGen  uint64 // changes with every decoded dictionary
	hasDict  bool
	// Buffers.
	unz, dictUnz       []byte
	defBuf, repBuf     []byte
	page               pqPage
	values, dictValues valueBuf
}

// valueBuf is where decodeValues puts values that it cannot use in place.
type valueBuf struct {
	data []byte
	offs []uint32
}

// valueSet holds decoded values: byte arrays (data and offsets) or
// fixed-width little-endian numbers.
type valueSet struct {
	data  []byte
	offs  []uint32
	fixed []byte
	width int
}

func (v *valueSet) bytesAt(p int) []byte { return v.data[v.offs[p]:v.offs[p+1]:v.offs[p+1]] }

func (v *valueSet) int64At(p int) int64 {
	return int64(binary.LittleEndian.Uint64(v.fixed[8*p:]))
}

func (v *valueSet) int32At(p int) int32 {
	return int32(binary.LittleEndian.Uint32(v.fixed[4*p:]))
}

func (v *valueSet) numberAt(p int) float64 {
	if v.width == 8 {
		return math.Float64frombits(binary.LittleEndian.Uint64(v.fixed[8*p:]))
	}
	return float64(math.Float32frombits(binary.LittleEndian.Uint32(v.fixed[4*p:])))
}

// pqPage is one decoded data page. Its slices are the reader's buffers,
// valid until the reader's next page.
type pqPage struct {
	rows   int
	levels int
	maxDef byte
	// defEnc are the definition levels as stored (RLE / bit-packed hybrid),
	// nil when every value is present. Repeated columns have their levels
	// decoded in defs and reps; others decode defs on demand (definitions).
	defEnc     []byte
	defs, reps []byte
	defsDone   bool
	defBuf     *[]byte // the reader's buffer for decoded definition levels
	pv         pageValues
}

// definitions decodes the page's definition levels, nil when every row of a
// non-repeated column has a value.
func (p *pqPage) definitions() ([]byte, error) {
	if p.defsDone {
		return p.defs, nil
	}
	p.defsDone = true
	if p.defEnc == nil {
		p.defs = nil
		return nil, nil
	}
	defs, err := decodeLevels(p.defBuf, p.defEnc, p.maxDef, p.levels)
	if err != nil {
		return nil, err
	}
	if bytes.Count(defs, []byte{p.maxDef}) < len(defs) {
		p.defs = defs
	}
	return p.defs, nil
}

// presentAt sets vis[j] to the position among the page's values of row
// rows[j]-base, or -1 where the row is null (rows ascending). The one-bit
// levels are read run by run, counting bits, without decoding them.
func (p *pqPage) presentAt(rows []int32, base int32, vis []int32) error {
	if p.defEnc == nil {
		for j, r := range rows {
			vis[j] = r - base
		}
		return nil
	}
	if p.maxDef != 1 { // the columns read by row are top-level: one level bit
		return fmt.Errorf("nested column (definition level %d)", p.maxDef)
	}
	enc := p.defEnc
	at, start, vi, j := 0, int32(0), int32(0), 0
	for j < len(rows) {
		h, n := binary.Uvarint(enc[at:])
		if n <= 0 {
			return errCorruptPage
		}
		at += n
		if h&1 == 1 { // bit-packed: h>>1 groups of 8 levels, one bit each
			size := int(h >> 1)
			if size > len(enc)-at {
				return errCorruptPage
			}
			run := enc[at : at+size]
			end := start + 8*int32(size)
			counted, cb := int32(0), 0 // present levels in run[:cb]
			for ; j < len(rows) && rows[j]-base < end; j++ {
				o := int(rows[j] - base - start)
				counted += int32(onesCount(run[cb : o/8]))
				cb = o / 8
				if b := run[cb]; b>>(o%8)&1 == 1 {
					vis[j] = vi + counted + int32(bits.OnesCount8(b&(1<<(o%8)-1)))
				} else {
					vis[j] = -1
				}
			}
			vi += counted + int32(onesCount(run[cb:]))
			at, start = at+size, end
		} else { // RLE: one level h>>1 times
			if at >= len(enc) || h>>1 > uint64(p.levels) {
				return errCorruptPage
			}
			present, count := enc[at] == 1, int32(h>>1)
			end := start + count
			for ; j < len(rows) && rows[j]-base < end; j++ {
				if present {
					vis[j] = vi + rows[j] - base - start
				} else {
					vis[j] = -1
				}
			}
			if present {
				vi += count
			}
			at, start = at+1, end
		}
	}
	return nil
}

// onesCount counts the set bits of b.
func onesCount(b []byte) int {
	n := 0
	for ; len(b) >= 8; b = b[8:] {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(b))
	}
	for _, x := range b {
		n += bits.OnesCount8(x)
	}
	return n
}

// pageValues are the values of a page: its own, or its dictionary's with the
// index of each value.
type pageValues struct {
	valueSet
	dictGen  uint64 // the dictionary's generation, 0 without one
	indexes  []byte // dictionary indexes as stored: bit width, then RLE / bit-packed runs
	bitWidth uint
	idx      []int32 // decoded indexes, after decodeIndexes
}

// decodeIndexes decodes the dictionary index of every value of the page.
func (pv *pageValues) decodeIndexes(buf []int32) ([]int32, error) {
	if pv.dictGen == 0 || pv.idx != nil {
		return buf, nil
	}
	buf, err := (&rle.DictionaryEncoding{}).DecodeInt32(buf[:0], pv.indexes)
	pv.idx = buf // may run past the last value: a bit-packed run ends padded
	return buf, err
}

// pos is where value vi is in the value set; decodeIndexes must have run.
func (pv *pageValues) pos(vi int) int {
	if pv.idx != nil {
		return int(pv.idx[vi])
	}
	return vi
}

// positions maps value positions (ascending, -1 for a null) to positions in
// the value set, reading only the dictionary indexes asked for.
func (pv *pageValues) positions(vis, out []int32) ([]int32, error) {
	out = grow(out, len(vis))
	if pv.dictGen == 0 || pv.idx != nil {
		for j, vi := range vis {
			if vi >= 0 {
				vi = int32(pv.pos(int(vi)))
			}
			out[j] = vi
		}
		return out, nil
	}
	// Walk the runs of the hybrid encoding once, resolving each wanted value.
	enc, bw := pv.indexes[1:], pv.bitWidth
	at, start, j := 0, 0, 0
	for j < len(vis) {
		if vis[j] < 0 {
			out[j] = -1
			j++
			continue
		}
		h, n := binary.Uvarint(enc[at:])
		if n <= 0 {
			return out, errCorruptPage
		}
		at += n
		if h&1 == 1 { // bit-packed: h>>1 groups of 8 values
			groups := int(h >> 1)
			size := groups * int(bw)
			if groups > len(enc) || at+size > len(enc) {
				return out, errCorruptPage
			}
			run := enc[at : at+size]
			end := start + 8*groups
			for ; j < len(vis) && int(vis[j]) < end; j++ {
				if vis[j] >= 0 {
					out[j] = int32(unpackAt(run, (int(vis[j])-start)*int(bw), bw))
				} else {
					out[j] = -1
				}
			}
			at, start = at+size, end
		} else { // RLE: one value h>>1 times
			size := int(bw+7) / 8
			if at+size > len(enc) || h>>1 > maxPageSize {
				return out, errCorruptPage
			}
			var v uint32
			for b := size - 1; b >= 0; b-- {
				v = v<<8 | uint32(enc[at+b])
			}
			end := start + int(h>>1)
			for ; j < len(vis) && int(vis[j]) < end; j++ {
				if vis[j] >= 0 {
					out[j] = int32(v)
				} else {
					out[j] = -1
				}
			}
			at, start = at+size, end
		}
	}
	return out, nil
}

// unpackAt reads the bw-bit value at bit offset bit of a bit-packed run.
func unpackAt(run []byte, bit int, bw uint) uint32 {
	var word [8]byte
	copy(word[:], run[bit/8:])
	v := binary.LittleEndian.Uint64(word[:]) >> (bit % 8)
	return uint32(v & (1<<bw - 1))
}

// open reads the column chunk of column c described by meta, in a row group
// of numRows rows.
func (cr *chunkReader) open(r io.ReaderAt, meta *format.ColumnMetaData, c *pqColumn, numRows int64) error {
	start := meta.DataPageOffset
	if meta.DictionaryPageOffset > 0 && meta.DictionaryPageOffset < start {
		start = meta.DictionaryPageOffset
	}
	size := meta.TotalCompressedSize
	if start < 0 || size < 0 || size > maxChunkSize {
		return errCorruptPage
	}
	cr.raw = grow(cr.raw, int(size))
	if _, err := r.ReadAt(cr.raw, start); err != nil {
		return err
	}
	cr.col, cr.pos, cr.hasDict, cr.dictBody = c, 0, false, nil
	cr.codec = nil
	if meta.Codec != format.Uncompressed {
		cr.codec = parquet.LookupCompressionCodec(meta.Codec) // an unknown codec fails to decode
	}
	cr.maxLevels = int(numRows)
	if c.maxRep > 0 {
		cr.maxLevels = int(min(meta.NumValues, maxPageSize))
	}
	return nil
}

// next reads the header of the next data page and returns its row count;
// io.EOF at the end of the chunk. The page is decoded only if the caller
// calls decode before the next call to next.
func (cr *chunkReader) next() (int, error) {
	for cr.pos < len(cr.raw) {
		br := cr.proto.NewReaderFromBytes(cr.raw[cr.pos:])
		cr.hdr = format.PageHeader{}
		if err := thrift.NewDecoder(br).Decode(&cr.hdr); err != nil {
			return 0, err
		}
		cr.pos += br.BytesRead()
		size := int(cr.hdr.CompressedPageSize)
		if size < 0 || size > len(cr.raw)-cr.pos || cr.hdr.UncompressedPageSize < 0 || cr.hdr.UncompressedPageSize > maxPageSize {
			return 0, errCorruptPage
		}
		cr.body = cr.raw[cr.pos : cr.pos+size]
		cr.pos += size
		if cr.hdr.CRC != 0 && uint32(cr.hdr.CRC) != crc32.ChecksumIEEE(cr.body) {
			return 0, fmt.Errorf("page checksum mismatch: %w", errCorruptPage)
		}
		switch cr.hdr.Type {
		case format.DictionaryPage:
			if !cr.hdr.DictionaryPageHeader.Valid {
				return 0, errCorruptPage
			}
			cr.dictHdr, cr.dictBody, cr.hasDict = cr.hdr, cr.body, false
		case format.DataPage:
			h := cr.hdr.DataPageHeader
			if !h.Valid || h.V.NumValues < 0 || int(h.V.NumValues) > cr.maxLevels {
				return 0, errCorruptPage
			}
			return int(h.V.NumValues), nil // levels: the rows of a non-repeated column
		case format.DataPageV2:
			h := cr.hdr.DataPageHeaderV2
			if !h.Valid || h.V.NumValues < 0 || int(h.V.NumValues) > cr.maxLevels || h.V.NumRows < 0 ||
				h.V.NumNulls < 0 || h.V.NumNulls > h.V.NumValues {
				return 0, errCorruptPage
			}
			if cr.col.maxRep == 0 && h.V.NumRows != h.V.NumValues {
				return 0, errCorruptPage
			}
			return int(h.V.NumRows), nil
		}
	}
	return 0, io.EOF
}

// levels is the current data page's level count, from its header.
func (cr *chunkReader) levels() int {
	if cr.hdr.Type == format.DataPageV2 {
		return int(cr.hdr.DataPageHeaderV2.V.NumValues)
	}
	return int(cr.hdr.DataPageHeader.V.NumValues)
}

// decode decodes the current data page.
func (cr *chunkReader) decode() (*pqPage, error) {
	c, p := cr.col, &cr.page
	*p = pqPage{maxDef: c.maxDef, defBuf: &cr.defBuf}
	var (
		repEnc, values []byte
		valueEnc       format.Encoding
		compressed     = cr.codec != nil
	)
	if cr.hdr.Type == format.DataPageV2 {
		h := &cr.hdr.DataPageHeaderV2.V
		p.levels, p.rows, valueEnc = int(h.NumValues), int(h.NumRows), h.Encoding
		repLen, defLen := int(h.RepetitionLevelsByteLength), int(h.DefinitionLevelsByteLength)
		if repLen < 0 || defLen < 0 || repLen+defLen > len(cr.body) {
			return nil, errCorruptPage
		}
		repEnc = cr.body[:repLen]
		if c.maxDef > 0 && (h.NumNulls > 0 || c.maxRep > 0) {
			p.defEnc = cr.body[repLen : repLen+defLen]
		}
		values = cr.body[repLen+defLen:]
		if h.IsCompressed.Valid && !h.IsCompressed.V {
			compressed = false
		}
		if compressed {
			var err error
			if values, err = cr.decompress(&cr.unz, values, int(cr.hdr.UncompressedPageSize)-repLen-defLen); err != nil {
				return nil, err
			}
		}
	} else {
		h := &cr.hdr.DataPageHeader.V
		p.levels, p.rows, valueEnc = int(h.NumValues), int(h.NumValues), h.Encoding
		values = cr.body
		if compressed {
			var err error
			if values, err = cr.decompress(&cr.unz, values, int(cr.hdr.UncompressedPageSize)); err != nil {
				return nil, err
			}
		}
		var err error
		if values, repEnc, err = levelsV1(values, h.RepetitionLevelEncoding, c.maxRep); err != nil {
			return nil, err
		}
		if values, p.defEnc, err = levelsV1(values, h.DefinitionLevelEncoding, c.maxDef); err != nil {
			return nil, err
		}
	}
	if c.maxRep > 0 { // the map: both levels, decoded
		var err error
		if p.reps, err = decodeLevels(&cr.repBuf, repEnc, c.maxRep, p.levels); err != nil {
			return nil, err
		}
		if p.defs, err = decodeLevels(&cr.defBuf, p.defEnc, c.maxDef, p.levels); err != nil {
			return nil, err
		}
		p.defsDone = true
		p.rows = bytes.Count(p.reps, []byte{0})
	}
	switch valueEnc {
	case format.RLEDictionary, format.PlainDictionary:
		if err := cr.decodeDictionary(); err != nil {
			return nil, err
		}
		if len(values) == 0 {
			values = []byte{0}
		}
		p.pv.valueSet, p.pv.dictGen = cr.dict, cr.dictGen
		p.pv.bitWidth, p.pv.indexes = uint(values[0]), values
		if p.pv.bitWidth > 32 {
			return nil, errCorruptPage
		}
	default:
		var err error
		if p.pv.valueSet, err = decodeValues(&cr.values, c.kind, valueEnc, values); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (cr *chunkReader) decompress(buf *[]byte, src []byte, size int) ([]byte, error) {
	if size < 0 || size > maxPageSize {
		return nil, errCorruptPage
	}
	*buf = grow(*buf, size)
	out, err := cr.codec.Decode(*buf, src)
	if cap(out) > cap(*buf) {
		*buf = out
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// decodeLevels decodes n RLE levels of a column whose maximum level is max,
// into buf.
func decodeLevels(buf *[]byte, src []byte, max byte, n int) ([]byte, error) {
	if max == 0 {
		return nil, nil
	}
	enc := rle.Encoding{BitWidth: bits.Len8(max)}
	dst, err := enc.DecodeLevels((*buf)[:0], src)
	*buf = dst[:0]
	if err != nil {
		return nil, err
	}
	if len(dst) < n {
		return nil, errCorruptPage
	}
	return dst[:n], nil
}

// levelsV1 splits a v1 page's levels, stored with their length first, from
// the rest of the page.
func levelsV1(data []byte, enc format.Encoding, max byte) (rest, levels []byte, err error) {
	if max == 0 {
		return data, nil, nil
	}
	if enc != format.RLE {
		return nil, nil, fmt.Errorf("unsupported level encoding %s", enc)
	}
	if len(data) < 4 {
		return nil, nil, errCorruptPage
	}
	size := int(binary.LittleEndian.Uint32(data))
	if size < 0 || size > len(data)-4 {
		return nil, nil, errCorruptPage
	}
	return data[4+size:], data[4 : 4+size], nil
}

// decodeDictionary decodes the chunk's dictionary page, once.
func (cr *chunkReader) decodeDictionary() error {
	if cr.hasDict {
		return nil
	}
	if cr.dictBody == nil {
		return errors.New("dictionary-encoded page without a dictionary")
	}
	body := cr.dictBody
	if cr.codec != nil {
		var err error
		if body, err = cr.decompress(&cr.dictUnz, body, int(cr.dictHdr.UncompressedPageSize)); err != nil {
			return err
		}
	}
	h := &cr.dictHdr.DictionaryPageHeader.V
	enc := h.Encoding
	if enc == format.PlainDictionary {
		enc = format.Plain
	}
	var err error
	cr.dict, err = decodeValues(&cr.dictValues, cr.col.kind, enc, body)
	if err != nil {
		return err
	}
	cr.dictGen++
	cr.hasDict = true
	return nil
}

// decodeValues decodes the values of a kind. PLAIN fixed-width values are
// used where they are stored; other encodings decode into buf.
func decodeValues(buf *valueBuf, kind parquet.Kind, enc format.Encoding, src []byte) (valueSet, error) {
	var v valueSet
	e := parquet.LookupEncoding(enc)
	var err error
	switch kind {
	case parquet.ByteArray:
		v.data, v.offs, err = e.DecodeByteArray(buf.data[:0], src, buf.offs[:0])
		buf.data, buf.offs = v.data[:0], v.offs[:0]
		return v, err
	case parquet.Int64, parquet.Double:
		v.width = 8
	default:
		v.width = 4
	}
	if enc == format.Plain {
		v.fixed = src[:len(src)/v.width*v.width]
		return v, nil
	}
	// Other encodings of numbers are rare: decode, then store little-endian.
	out := buf.data[:0]
	switch kind {
	case parquet.Int64:
		d, derr := e.DecodeInt64(nil, src)
		for _, x := range d {
			out = binary.LittleEndian.AppendUint64(out, uint64(x))
		}
		err = derr
	case parquet.Double:
		d, derr := e.DecodeDouble(nil, src)
		for _, x := range d {
			out = binary.LittleEndian.AppendUint64(out, math.Float64bits(x))
		}
		err = derr
	case parquet.Int32:
		d, derr := e.DecodeInt32(nil, src)
		for _, x := range d {
			out = binary.LittleEndian.AppendUint32(out, uint32(x))
		}
		err = derr
	case parquet.Float:
		d, derr := e.DecodeFloat(nil, src)
		for _, x := range d {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(x))
		}
		err = derr
	}
	buf.data, v.fixed = out[:0], out
	return v, err
}
