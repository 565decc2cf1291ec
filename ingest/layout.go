package ingest

import (
	"time"
)

// Sources of spend, as recorded in SpendFact.Source and the spend streams.
const (
	SourceCUR    = "cur"
	SourceFOCUS  = "focus"
	SourceClaude = "claude"
)

// role is what a column means to ingest; a layout names the column per role.
type role int

const (
	rPeriod role = iota
	rDay
	rEntity
	rAccount
	rAccountName
	rRegion
	rProductCode
	rProductName
	rOperation
	rUsageType
	rLineType
	rResource
	rPrincipal
	rPricingUnit
	rCurrency
	rCost
	rNetCost
	rQuantity
	numRoles
)

// roleKind is how a column's values are read.
type roleKind uint8

const (
	kindString roleKind = iota
	kindTime
	kindNumber
)

func (r role) kind() roleKind {
	switch r {
	case rPeriod, rDay:
		return kindTime
	case rCost, rNetCost, rQuantity:
		return kindNumber
	}
	return kindString
}

// layout maps roles to the column names of one export format. The names are
// the same in its CSV and Parquet forms.
type layout struct {
	source   string
	columns  [numRoles]string
	required []role
	// mapColumn is CUR 2.0's product map: product_name and region are looked
	// up in it (product_name only for AWS Marketplace lines, region only when
	// product_region_code is empty).
	mapColumn string
	// tagMaps are the map columns whose entries with a key prefix are kept
	// as evidence tags of AI lines.
	tagMaps []tagMap
	// nullToken is a literal that stands for null in CSV (FOCUS samples write NULL).
	nullToken string
}

// tagMap is a MAP<string,string> column of tags and the key prefix kept.
type tagMap struct {
	column, prefix string
}

const (
	mapKeyProductName = "product_name"
	mapKeyRegion      = "region"
)

var curLayout = layout{
	source: SourceCUR,
	columns: [numRoles]string{
		rPeriod:      "bill_billing_period_start_date",
		rDay:         "line_item_usage_start_date",
		rEntity:      "bill_billing_entity",
		rAccount:     "line_item_usage_account_id",
		rAccountName: "line_item_usage_account_name",
		rRegion:      "product_region_code",
		rProductCode: "line_item_product_code",
		rOperation:   "line_item_operation",
		rUsageType:   "line_item_usage_type",
		rLineType:    "line_item_line_item_type",
		rResource:    "line_item_resource_id",
		rPrincipal:   "line_item_iam_principal",
		rPricingUnit: "pricing_unit",
		rCurrency:    "line_item_currency_code",
		rCost:        "line_item_unblended_cost",
		rNetCost:     "line_item_net_unblended_cost",
		rQuantity:    "line_item_usage_amount",
	},
	required: []role{rPeriod, rDay, rEntity, rAccount, rProductCode, rOperation, rUsageType,
		rLineType, rResource, rCost, rQuantity},
	mapColumn: "product",
	tagMaps:   []tagMap{{column: "tags", prefix: "iamPrincipal/"}, {column: "resource_tags", prefix: "user:"}},
}

// focusLayout reads FOCUS 1.0–1.2. x_ServiceCode, x_Operation and x_UsageType
// are the AWS extensions of its FOCUS export; other providers leave them out.
var focusLayout = layout{
	source: SourceFOCUS,
	columns: [numRoles]string{
		rPeriod:      "BillingPeriodStart",
		rDay:         "ChargePeriodStart",
		rAccount:     "SubAccountId",
		rAccountName: "SubAccountName",
		rRegion:      "RegionId",
		rProductCode: "x_ServiceCode",
		rProductName: "ServiceName",
		rOperation:   "x_Operation",
		rUsageType:   "x_UsageType",
		rLineType:    "ChargeCategory",
		rResource:    "ResourceId",
		rPricingUnit: "PricingUnit",
		rCurrency:    "BillingCurrency",
		rCost:        "BilledCost",
		rQuantity:    "PricingQuantity",
	},
	required:  []role{rPeriod, rDay, rAccount, rProductName, rLineType, rResource, rCost},
	nullToken: "NULL",
}

// fileResult is what reading one file yields, per billing period.
type fileResult struct {
	periods map[string]*periodAcc
}

// periodAcc accumulates one billing period of one file.
type periodAcc struct {
	groups   map[rawLine]*lineSums
	rowsRead int64
	aiRows   int64
	ignored  map[string]int64
}

func newFileResult() *fileResult { return &fileResult{periods: map[string]*periodAcc{}} }

func (f *fileResult) period(p string) *periodAcc {
	acc := f.periods[p]
	if acc == nil {
		acc = &periodAcc{groups: map[rawLine]*lineSums{}, ignored: map[string]int64{}}
		f.periods[p] = acc
	}
	return acc
}

// sums returns the sums of a raw group, creating them on first use.
func (a *periodAcc) sums(l rawLine) *lineSums {
	s := a.groups[l]
	if s == nil {
		s = &lineSums{}
		a.groups[l] = s
	}
	return s
}

func (f *fileResult) merge(o *fileResult) {
	for p, oa := range o.periods {
		a := f.period(p)
		a.rowsRead += oa.rowsRead
		a.aiRows += oa.aiRows
		for r, n := range oa.ignored {
			a.ignored[r] += n
		}
		for l, s := range oa.groups {
			a.sums(l).merge(s)
		}
	}
}

// epochDay is a UTC day as days since 1970-01-01.
type epochDay int32

func dayOf(t time.Time) epochDay { return epochDay(t.Unix() / 86400) }

func (d epochDay) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func (d epochDay) String() string { return d.time().Format(time.DateOnly) }

func (d epochDay) period() string { return d.time().Format("2006-01") }

// timestampLayouts are the documented forms of a timestamp written as text:
// "2024-09-01", "2024-09-01T00:00:00Z", "2024-09-01 00:00:00",
// "2024-09-01T00:00:00.000Z", "2024-09-01T02:00:00+02:00" (fractional
// seconds are allowed after the seconds of any form with a time).
var timestampLayouts = []string{
	time.DateOnly, "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05",
}

// parseDay reads the UTC day of a timestamp written as text in one of the
// timestampLayouts, and nothing else: trailing text is refused, not ignored.
func parseDay(s string) (epochDay, bool) {
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dayOf(t), true
		}
	}
	return 0, false
}
