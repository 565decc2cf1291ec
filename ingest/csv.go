package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/shopspring/decimal"
)

// openText returns a reader of a plain or gzip-compressed text file.
func openText(name string, r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, badInput(name, 0, "", "not a readable gzip file: %v", err)
		}
		return zr, nil
	}
	return br, nil
}

// csvRow reads the columns of one CSV record by role.
type csvRow struct {
	lay    *layout
	index  [numRoles]int // -1 when the column is absent
	mapIdx int
	tagIdx []int // by layout.tagMaps, -1 when the column is absent
	rec    []string
}

func (c *csvRow) get(r role) string {
	i := c.index[r]
	if i < 0 {
		return ""
	}
	v := c.rec[i]
	if c.lay.nullToken != "" && v == c.lay.nullToken {
		return ""
	}
	return v
}

// readCSV reads a CUR 2.0 or FOCUS CSV (plain or gzip) into a fileResult.
// In CUR CSV the product map is a JSON object in one column.
func readCSV(name string, r io.Reader, lay *layout, progress func(bytes, rows int64)) (*fileResult, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, badInput(name, 0, "", "no CSV header: %v", err)
	}
	row := csvRow{lay: lay, mapIdx: -1}
	byName := map[string]int{}
	for i, h := range header {
		byName[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for ro := role(0); ro < numRoles; ro++ {
		row.index[ro] = -1
		if i, ok := byName[lay.columns[ro]]; ok && lay.columns[ro] != "" {
			row.index[ro] = i
		}
	}
	for _, ro := range lay.required {
		if row.index[ro] < 0 {
			return nil, badInput(name, 0, lay.columns[ro], "required column is missing")
		}
	}
	if i, ok := byName[lay.mapColumn]; ok && lay.mapColumn != "" {
		row.mapIdx = i
	}
	for _, tm := range lay.tagMaps {
		i, ok := byName[tm.column]
		if !ok {
			i = -1
		}
		row.tagIdx = append(row.tagIdx, i)
	}
	out := newFileResult()
	rows := rowProgress{report: progress}
	defer rows.flush()
	for n := int64(1); ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, badInput(name, n, "", "malformed CSV: %v", err)
		}
		row.rec = rec
		if err := row.add(name, n, out); err != nil {
			return nil, err
		}
		rows.row()
	}
}

// add classifies one record and adds it to its period.
func (c *csvRow) add(name string, n int64, out *fileResult) error {
	lay := c.lay
	periodDay, ok := parseDay(c.get(rPeriod))
	if !ok {
		return badInput(name, n, lay.columns[rPeriod], "unparsable date %q", c.get(rPeriod))
	}
	acc := out.period(periodDay.period())
	acc.rowsRead++
	entity := c.get(rEntity)
	reason, needsName := classifyFilter(c.get(rProductCode), entity, c.get(rResource))
	productName := c.get(rProductName)
	var product map[string]string
	if needsName {
		if c.index[rProductName] < 0 && entity == billingEntityMarketplace {
			if err := c.productMap(name, n, &product); err != nil {
				return err
			}
			productName = product[mapKeyProductName]
		}
		if c.index[rProductName] >= 0 || entity == billingEntityMarketplace {
			reason = classifyName(entity, productName, reason)
		}
	}
	if reason != "" {
		acc.ignored[reason]++
		return nil
	}
	day, ok := parseDay(c.get(rDay))
	if !ok {
		return badInput(name, n, lay.columns[rDay], "unparsable date %q", c.get(rDay))
	}
	if cur := c.get(rCurrency); cur != "" && cur != "USD" {
		return badInput(name, n, lay.columns[rCurrency], "currency %q: only USD is supported", cur)
	}
	costRole := rCost
	if c.get(rNetCost) != "" {
		costRole = rNetCost
	}
	cost, err := c.decimal(name, n, costRole)
	if err != nil {
		return err
	}
	qty, err := c.decimal(name, n, rQuantity)
	if err != nil {
		return err
	}
	region := c.get(rRegion)
	if region == "" && c.mapIdx >= 0 {
		if err := c.productMap(name, n, &product); err != nil {
			return err
		}
		region = product[mapKeyRegion]
	}
	line := rawLine{
		Period: periodDay.period(), Day: day.String(), BillingEntity: entity,
		AccountID: c.get(rAccount), AccountName: c.get(rAccountName), Region: region,
		ProductCode: c.get(rProductCode), ProductName: productName, Operation: c.get(rOperation),
		UsageType: c.get(rUsageType), LineType: c.get(rLineType), ResourceID: c.get(rResource),
		Principal: c.get(rPrincipal), PricingUnit: c.get(rPricingUnit),
	}
	for _, r := range textRoles {
		column := lay.columns[r]
		if c.index[r] < 0 && c.mapIdx >= 0 {
			column = lay.mapColumn // read from the product map
		}
		if err := checkCell(name, n, column, line.text(r)); err != nil {
			return err
		}
	}
	s := acc.sums(line)
	s.cost.addDecimal(cost)
	s.quantity.addDecimal(qty)
	acc.aiRows++
	return c.addTags(name, n, s)
}

// addTags adds the evidence tags of the record's tag map columns to s.
func (c *csvRow) addTags(name string, n int64, s *lineSums) error {
	for t, i := range c.tagIdx {
		if i < 0 {
			continue
		}
		tm := c.lay.tagMaps[t]
		values, err := jsonStringMap(c.rec[i])
		if err != nil {
			return badInput(name, n, tm.column, "not a JSON object: %v", err)
		}
		for k, v := range values {
			if strings.HasPrefix(k, tm.prefix) {
				if err := checkCell(name, n, tm.column, k+"="+v); err != nil {
					return err
				}
				s.addTag(k + "=" + v)
			}
		}
	}
	return nil
}

// decimal parses a cost or quantity exactly; empty reads as zero.
func (c *csvRow) decimal(name string, n int64, r role) (domain.Decimal, error) {
	v := strings.TrimSpace(c.get(r))
	if v == "" {
		return decimal.Zero, nil
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		return decimal.Zero, badInput(name, n, c.lay.columns[r], "unparsable number %q", v)
	}
	return d, nil
}

// productMap parses the product JSON column once per record.
func (c *csvRow) productMap(name string, n int64, m *map[string]string) error {
	if *m != nil || c.mapIdx < 0 {
		return nil
	}
	values, err := jsonStringMap(c.rec[c.mapIdx])
	if err != nil {
		return badInput(name, n, c.lay.mapColumn, "not a JSON object: %v", err)
	}
	*m = values
	return nil
}

// jsonStringMap reads a CUR CSV map column: a JSON object whose string
// members are kept (empty text is the empty map).
func jsonStringMap(text string) (map[string]string, error) {
	raw := bytes.TrimSpace([]byte(text))
	m := map[string]string{}
	if len(raw) == 0 {
		return m, nil
	}
	var values map[string]any
	if err := json.Unmarshal(raw, &values); err != nil {
		return nil, err
	}
	for k, v := range values {
		if s, ok := v.(string); ok {
			m[k] = s
		}
	}
	return m, nil
}
