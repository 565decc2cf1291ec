package sample

import (
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// Row is one line of the generated CUR 2.0 export: the columns of a real
// CUR 2.0 Parquet file that a FinOps export typically carries. Strings are
// optional (an empty string is written as null) and dictionary-encoded
// unless Config.Plain asks otherwise.
type Row struct {
	BillBillType                 string            `parquet:"bill_bill_type,optional,dict"`
	BillBillingEntity            string            `parquet:"bill_billing_entity,optional,dict"`
	BillBillingPeriodEndDate     int64             `parquet:"bill_billing_period_end_date,timestamp(millisecond)"`
	BillBillingPeriodStartDate   int64             `parquet:"bill_billing_period_start_date,timestamp(millisecond)"`
	BillInvoiceID                string            `parquet:"bill_invoice_id,optional,dict"`
	BillInvoicingEntity          string            `parquet:"bill_invoicing_entity,optional,dict"`
	BillPayerAccountID           string            `parquet:"bill_payer_account_id,optional,dict"`
	BillPayerAccountName         string            `parquet:"bill_payer_account_name,optional,dict"`
	CostCategory                 map[string]string `parquet:"cost_category" parquet-key:",dict" parquet-value:",dict"`
	Discount                     map[string]string `parquet:"discount" parquet-key:",dict" parquet-value:",dict"`
	DiscountTotalDiscount        *float64          `parquet:"discount_total_discount,optional"`
	IdentityLineItemID           string            `parquet:"identity_line_item_id,optional"`
	IdentityTimeInterval         string            `parquet:"identity_time_interval,optional,dict"`
	LineItemAvailabilityZone     string            `parquet:"line_item_availability_zone,optional,dict"`
	LineItemBlendedCost          float64           `parquet:"line_item_blended_cost"`
	LineItemBlendedRate          string            `parquet:"line_item_blended_rate,optional,dict"`
	LineItemCurrencyCode         string            `parquet:"line_item_currency_code,optional,dict"`
	LineItemIAMPrincipal         string            `parquet:"line_item_iam_principal,optional,dict"`
	LineItemLegalEntity          string            `parquet:"line_item_legal_entity,optional,dict"`
	LineItemLineItemDescription  string            `parquet:"line_item_line_item_description,optional,dict"`
	LineItemLineItemType         string            `parquet:"line_item_line_item_type,optional,dict"`
	LineItemNetUnblendedCost     *float64          `parquet:"line_item_net_unblended_cost,optional"`
	LineItemNetUnblendedRate     string            `parquet:"line_item_net_unblended_rate,optional,dict"`
	LineItemNormalizationFactor  float64           `parquet:"line_item_normalization_factor"`
	LineItemOperation            string            `parquet:"line_item_operation,optional,dict"`
	LineItemProductCode          string            `parquet:"line_item_product_code,optional,dict"`
	LineItemResourceID           string            `parquet:"line_item_resource_id,optional,dict"`
	LineItemTaxType              string            `parquet:"line_item_tax_type,optional,dict"`
	LineItemUnblendedCost        float64           `parquet:"line_item_unblended_cost"`
	LineItemUnblendedRate        string            `parquet:"line_item_unblended_rate,optional,dict"`
	LineItemUsageAccountID       string            `parquet:"line_item_usage_account_id,optional,dict"`
	LineItemUsageAccountName     string            `parquet:"line_item_usage_account_name,optional,dict"`
	LineItemUsageAmount          float64           `parquet:"line_item_usage_amount"`
	LineItemUsageEndDate         int64             `parquet:"line_item_usage_end_date,timestamp(millisecond)"`
	LineItemUsageStartDate       int64             `parquet:"line_item_usage_start_date,timestamp(millisecond)"`
	LineItemUsageType            string            `parquet:"line_item_usage_type,optional,dict"`
	PricingCurrency              string            `parquet:"pricing_currency,optional,dict"`
	PricingPublicOnDemandCost    float64           `parquet:"pricing_public_on_demand_cost"`
	PricingPublicOnDemandRate    string            `parquet:"pricing_public_on_demand_rate,optional,dict"`
	PricingPurchaseOption        string            `parquet:"pricing_purchase_option,optional,dict"`
	PricingRateCode              string            `parquet:"pricing_rate_code,optional,dict"`
	PricingTerm                  string            `parquet:"pricing_term,optional,dict"`
	PricingUnit                  string            `parquet:"pricing_unit,optional,dict"`
	Product                      map[string]string `parquet:"product" parquet-key:",dict" parquet-value:",dict"`
	ProductFromLocation          string            `parquet:"product_from_location,optional,dict"`
	ProductInstanceType          string            `parquet:"product_instance_type,optional,dict"`
	ProductLocation              string            `parquet:"product_location,optional,dict"`
	ProductLocationType          string            `parquet:"product_location_type,optional,dict"`
	ProductProductFamily         string            `parquet:"product_product_family,optional,dict"`
	ProductRegionCode            string            `parquet:"product_region_code,optional,dict"`
	ProductServicecode           string            `parquet:"product_servicecode,optional,dict"`
	ProductSku                   string            `parquet:"product_sku,optional,dict"`
	ProductUsagetype             string            `parquet:"product_usagetype,optional,dict"`
	ReservationReservationARN    string            `parquet:"reservation_reservation_a_r_n,optional,dict"`
	ResourceTags                 map[string]string `parquet:"resource_tags" parquet-key:",dict" parquet-value:",dict"`
	SavingsPlanSavingsPlanARN    string            `parquet:"savings_plan_savings_plan_a_r_n,optional,dict"`
	SavingsPlanSavingsPlanEffCst float64           `parquet:"savings_plan_savings_plan_effective_cost"`
	SplitLineItemParentResource  string            `parquet:"split_line_item_parent_resource_id,optional,dict"`
	Tags                         map[string]string `parquet:"tags" parquet-key:",dict" parquet-value:",dict"`
}

// Config of a generated export.
type Config struct {
	Rows         int64
	Seed         uint64
	Period       string // billing period "YYYY-MM"
	RowGroupRows int64  // rows per row group (default 128Ki)
	// Plain writes string columns without dictionary encoding (PLAIN byte arrays).
	Plain bool
	// Currency of every line (default "USD"); tests write others to see them rejected.
	Currency string
	// Sparse leaves product_region_code (one AI line in twenty: the region is
	// then only in the product map) and the net unblended cost (one line in
	// ten) null, as exports without those columns populated do.
	Sparse bool
}

// Stats are the exact totals of what was written, to check ingest against.
type Stats struct {
	Rows              int64
	AIRows            int64
	IgnoredRows       map[string]int64 // by the reason ingest reports
	AttributableSpend domain.Decimal   // net unblended cost where present, else unblended
	Adjustments       domain.Decimal
	KindRows          map[string]int64 // AI rows per kind
}

// Reasons ingest gives for ignoring rows, mirrored here so that Stats can be
// compared with an ingest summary.
const (
	ReasonNotAI                 = "not an AI service"
	ReasonMarketplaceNotBedrock = "AWS Marketplace, not Bedrock Edition"
)

// AIShare is the share of AI rows in a generated export (per mille).
const AIShare = 70

const defaultRowGroupRows = 128 << 10

// WriteCUR streams a deterministic CUR 2.0 Parquet export to w, one row
// group at a time: memory stays flat whatever the number of rows.
func WriteCUR(w io.Writer, cfg Config) (Stats, error) {
	start, err := time.Parse("2006-01", cfg.Period)
	if err != nil {
		return Stats{}, fmt.Errorf("period %q: want YYYY-MM", cfg.Period)
	}
	if cfg.RowGroupRows <= 0 {
		cfg.RowGroupRows = defaultRowGroupRows
	}
	if cfg.Currency == "" {
		cfg.Currency = "USD"
	}
	opts := []parquet.WriterOption{
		parquet.Compression(&parquet.Snappy),
		parquet.MaxRowsPerRowGroup(cfg.RowGroupRows),
		parquet.PageBufferSize(256 << 10),
		parquet.CreatedBy("gaps sample-cur", "1", ""),
	}
	if cfg.Plain {
		opts = append(opts, PlainEncoding()...)
	}
	pw := parquet.NewGenericWriter[Row](w, opts...)
	g := newGenerator(cfg, start)
	batch := make([]Row, 0, 4096)
	for i := int64(0); i < cfg.Rows; i++ {
		batch = append(batch, g.row(i))
		if len(batch) == cap(batch) {
			if _, err := pw.Write(batch); err != nil {
				return Stats{}, err
			}
			batch = batch[:0]
		}
	}
	if _, err := pw.Write(batch); err != nil {
		return Stats{}, err
	}
	if err := pw.Close(); err != nil {
		return Stats{}, err
	}
	return g.stats(), nil
}

// PlainEncoding is the writer options that write Row's string columns and
// maps without dictionary encoding.
func PlainEncoding() []parquet.WriterOption {
	var opts []parquet.WriterOption
	t := reflect.TypeFor[Row]()
	for i := 0; i < t.NumField(); i++ {
		tag := string(t.Field(i).Tag)
		if strings.Contains(tag, ",dict") {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("parquet"), ",")
			opts = append(opts, parquet.StructTag(reflect.StructTag(strings.ReplaceAll(tag, ",dict", "")), name))
		}
	}
	return opts
}

type generator struct {
	cfg                       Config
	rng                       *rand.Rand
	periodStart, periodEnd    int64
	days                      int
	aiWeights, noiseWeights   []int
	aiTotal, noiseTotal       int
	attributable, adjustments int64 // 1e-8 dollars
	rows, aiRows              int64
	ignored                   map[string]int64
	kindRows                  map[string]int64
	invoiceID, periodInterval string
	products                  map[string]map[string]string
}

func newGenerator(cfg Config, start time.Time) *generator {
	end := start.AddDate(0, 1, 0)
	g := &generator{
		cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		periodStart: start.UnixMilli(), periodEnd: end.UnixMilli(), days: int(end.Sub(start).Hours() / 24),
		ignored: map[string]int64{}, kindRows: map[string]int64{}, products: map[string]map[string]string{},
		invoiceID: "EUINUS25-" + strconv.FormatUint(cfg.Seed%1000000, 10),
	}
	for _, k := range aiKinds {
		g.aiWeights = append(g.aiWeights, k.weight)
		g.aiTotal += k.weight
	}
	for _, k := range noiseKinds {
		g.noiseWeights = append(g.noiseWeights, k.weight)
		g.noiseTotal += k.weight
	}
	return g
}

func pick(rng *rand.Rand, weights []int, total int) int {
	n := rng.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

func (g *generator) stats() Stats {
	return Stats{
		Rows: g.rows, AIRows: g.aiRows, IgnoredRows: g.ignored, KindRows: g.kindRows,
		AttributableSpend: decimal.New(g.attributable, -8), Adjustments: decimal.New(g.adjustments, -8),
	}
}

// productMap is the product column of a line: shared per distinct content.
func (g *generator) productMap(name, servicecode, usage, operation, family string, r regionInfo) map[string]string {
	key := name + "|" + usage + "|" + operation + "|" + r.code
	if m, ok := g.products[key]; ok {
		return m
	}
	m := map[string]string{
		"product_name": name, "region": r.code, "servicecode": servicecode, "usagetype": usage,
		"operation": operation, "location": r.location, "location_type": "AWS Region",
	}
	if family != "" {
		m["product_family"] = family
	}
	g.products[key] = m
	return m
}

func (g *generator) row(i int64) Row {
	rng := g.rng
	day := rng.IntN(g.days)
	hour := rng.IntN(24)
	usageStart := g.periodStart + int64(day)*86400000 + int64(hour)*3600000
	row := Row{
		BillBillType: "Anniversary", BillBillingPeriodStartDate: g.periodStart, BillBillingPeriodEndDate: g.periodEnd,
		BillInvoiceID: g.invoiceID, BillInvoicingEntity: "Amazon Web Services, Inc.",
		BillPayerAccountID: AccountPayer, BillPayerAccountName: accountNames[AccountPayer],
		IdentityLineItemID:   strconv.FormatUint(rng.Uint64(), 36),
		IdentityTimeInterval: time.UnixMilli(usageStart).UTC().Format("2006-01-02T15:04:05Z") + "/" + time.UnixMilli(usageStart+3600000).UTC().Format("2006-01-02T15:04:05Z"),
		LineItemCurrencyCode: g.cfg.Currency, PricingCurrency: g.cfg.Currency,
		LineItemLegalEntity:    "Amazon Web Services, Inc.",
		LineItemUsageStartDate: usageStart, LineItemUsageEndDate: usageStart + 3600000,
		PricingTerm: "OnDemand", PricingPurchaseOption: "On Demand", LineItemNormalizationFactor: 0,
	}
	g.rows++
	var cost int64 // 1e-8 dollars
	var lineType string
	ai := rng.IntN(1000) < AIShare
	if ai {
		k := &aiKinds[pick(rng, g.aiWeights, g.aiTotal)]
		cost, lineType = g.aiRow(&row, k)
		g.aiRows++
		g.kindRows[k.name]++
	} else {
		n := &noiseKinds[pick(rng, g.noiseWeights, g.noiseTotal)]
		cost, lineType = g.noiseRow(&row, n)
		if n.entity == entityMarket {
			g.ignored[ReasonMarketplaceNotBedrock]++
		} else {
			g.ignored[ReasonNotAI]++
		}
	}
	row.LineItemLineItemType = lineType
	row.LineItemUnblendedCost = float64(cost) / 1e8
	row.LineItemBlendedCost = row.LineItemUnblendedCost
	row.PricingPublicOnDemandCost = row.LineItemUnblendedCost
	// Accounts under an enterprise discount carry a net cost.
	counted := cost
	if !g.cfg.Sparse || rng.IntN(10) != 0 {
		net := cost - cost/20
		v := float64(net) / 1e8
		row.LineItemNetUnblendedCost = &v
		if cost != net {
			d := float64(cost-net) / 1e8
			row.DiscountTotalDiscount = &d
			row.Discount = map[string]string{"edp_discount": strconv.FormatFloat(-d, 'f', -1, 64)}
		}
		counted = net
	}
	if row.LineItemLineItemType == "" {
		row.LineItemLineItemType = "Usage"
	}
	if ai {
		if domain.IsAttributableLineType(lineType) {
			g.attributable += counted
		} else {
			g.adjustments += counted
		}
	}
	return row
}

func (g *generator) aiRow(row *Row, k *aiKind) (cost int64, lineType string) {
	rng := g.rng
	usage := k.usage[rng.IntN(len(k.usage))]
	usageType := usage
	if usage != "" && !strings.HasPrefix(usage, "MP:") {
		usageType = k.region.prefix + "-" + usage
	}
	qty := 1 + rng.Int64N(k.maxQty)
	cost = qty * k.price
	row.BillBillingEntity = k.entity
	row.LineItemUsageAccountID = k.account
	row.LineItemUsageAccountName = accountNames[k.account]
	row.LineItemProductCode = k.product
	row.LineItemOperation = k.operation
	row.LineItemUsageType = usageType
	row.LineItemResourceID = k.resource
	row.LineItemUsageAmount = float64(qty)
	row.PricingUnit = k.unit
	row.ProductServicecode = k.product
	row.ProductUsagetype = usageType
	row.ProductProductFamily = "Generative AI"
	row.LineItemAvailabilityZone = ""
	row.LineItemLineItemDescription = k.prodName + " " + usage
	row.LineItemUnblendedRate = strconv.FormatFloat(float64(k.price)/1e8, 'f', -1, 64)
	row.ProductLocation, row.ProductLocationType = k.region.location, "AWS Region"
	if !g.cfg.Sparse || rng.IntN(20) != 0 {
		row.ProductRegionCode = k.region.code
	}
	row.Product = g.productMap(k.prodName, k.product, usageType, k.operation, "Generative AI", k.region)
	if len(k.principals) > 0 {
		p := k.principals[rng.IntN(len(k.principals))]
		row.LineItemIAMPrincipal = p
		row.Tags = map[string]string{"iamPrincipal/team": strings.TrimPrefix(k.name, "finops-ai-"),
			"iamPrincipal/cost-center": "cc-" + k.account[len(k.account)-4:]}
	}
	if k.resource != "" {
		row.ResourceTags = map[string]string{"user:application": k.name, "user:environment": "prod", "user:project": k.name}
	}
	if k.lineType == "SavingsPlanCoveredUsage" {
		row.SavingsPlanSavingsPlanARN = "arn:aws:savingsplans::" + k.account + ":savingsplan/5b1a7e1c-sp"
		row.SavingsPlanSavingsPlanEffCst = float64(cost) / 1e8
	}
	if k.lineType == "Tax" {
		row.LineItemTaxType = "VAT"
	}
	return cost, k.lineType
}

func (g *generator) noiseRow(row *Row, n *noiseKind) (cost int64, lineType string) {
	rng := g.rng
	account := noiseAccounts[rng.IntN(len(noiseAccounts))]
	r := regions[rng.IntN(len(regions))]
	qty := 1 + rng.Int64N(n.maxQty)
	cost = qty * n.price / 10
	row.BillBillingEntity = n.entity
	row.LineItemUsageAccountID = account
	row.LineItemUsageAccountName = accountNames[account]
	row.LineItemProductCode = n.product
	row.LineItemOperation = n.operation
	row.LineItemUsageType = r.prefix + "-" + n.usage
	row.LineItemUsageAmount = float64(qty)
	row.PricingUnit = n.unit
	row.ProductRegionCode = r.code
	row.ProductServicecode = n.product
	row.ProductUsagetype = row.LineItemUsageType
	row.ProductProductFamily = n.family
	row.ProductLocation, row.ProductLocationType = r.location, "AWS Region"
	row.ProductSku = "SKU" + strconv.Itoa(len(n.usage)*7919%100000)
	row.LineItemAvailabilityZone = r.code + "a"
	row.LineItemLineItemDescription = n.prodName + " " + n.usage
	row.LineItemUnblendedRate = strconv.FormatFloat(float64(n.price)/1e9, 'f', -1, 64)
	row.Product = g.productMap(n.prodName, n.product, row.LineItemUsageType, n.operation, n.family, r)
	switch n.product {
	case "AmazonEC2":
		row.ProductInstanceType = "m5.large"
		row.LineItemResourceID = "i-0" + strconv.FormatUint(rng.Uint64N(1<<40), 16)
	case "AmazonS3":
		row.LineItemResourceID = "storefront-assets-" + strconv.Itoa(rng.IntN(40))
	case "AWSLambda":
		row.LineItemResourceID = "arn:aws:lambda:" + r.code + ":" + account + ":function:checkout-" + strconv.Itoa(rng.IntN(25))
	}
	if rng.IntN(3) == 0 {
		row.ResourceTags = map[string]string{"user:team": "web", "user:cost-center": "cc-" + strconv.Itoa(100+rng.IntN(8))}
	}
	if rng.IntN(50) == 0 {
		return -cost, "Credit"
	}
	return cost, "Usage"
}
