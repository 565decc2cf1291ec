package domain

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Decimal is exact money and quantity. shopspring/decimal: arbitrary
// precision, JSON as a string, and pgx support for Postgres numeric.
type Decimal = decimal.Decimal

// SpendFact is AI spend aggregated to day grain: the sum of the AI lines of
// one delivery that share (day, account, region, principal, resource id,
// operation, usage type, model, line type). Ingest produces them; detection,
// allocation and the read models consume them.
type SpendFact struct {
	Source        string   `json:"source"`                  // "cur", "focus" or "claude"
	Period        string   `json:"period"`                  // billing period "YYYY-MM"
	Day           string   `json:"day"`                     // usage day, UTC, "YYYY-MM-DD"
	BillingEntity string   `json:"billingEntity,omitempty"` // "AWS" or "AWS Marketplace"
	AccountID     string   `json:"accountId"`               // 12-digit string ("" for Claude Platform reports)
	AccountName   string   `json:"accountName,omitempty"`
	Region        string   `json:"region,omitempty"`
	ProductCode   string   `json:"productCode,omitempty"`
	Operation     string   `json:"operation,omitempty"`
	UsageType     string   `json:"usageType,omitempty"`
	Model         string   `json:"model,omitempty"`
	LineType      string   `json:"lineType"`              // line_item_line_item_type / ChargeCategory
	ResourceID    string   `json:"resourceId,omitempty"`  // guardrail, inference profile, model or workspace ARN
	WorkspaceID   string   `json:"workspaceId,omitempty"` // Claude Platform workspace id (from the ARN or the cost report)
	Principal     string   `json:"principal,omitempty"`   // normalised: arn:aws:iam::<acct>:role/<name> or …:user/<name>
	Sessions      []string `json:"sessions,omitempty"`    // sample session names of an assumed role (≤ 3, sorted)
	PricingUnit   string   `json:"pricingUnit,omitempty"`
	Quantity      Decimal  `json:"quantity"`
	Cost          Decimal  `json:"cost"`
}

// Attributable line types carry spend an owner can be named for; the others
// (Tax, Credit, Refund, Fee, …) are adjustments and never gap spend.
func IsAttributableLineType(lineType string) bool {
	switch lineType {
	case "Usage", "DiscountedUsage", "SavingsPlanCoveredUsage":
		return true
	}
	return false
}

// Attributable reports whether the fact's line type is attributable.
func (f SpendFact) Attributable() bool { return IsAttributableLineType(f.LineType) }

// IsGuardrail reports whether the fact is guardrail spend (scenario 5).
func (f SpendFact) IsGuardrail() bool {
	return f.Operation == "ApplyGuardrail" || strings.Contains(f.UsageType, "-Guardrail-")
}

// PrincipalKind of a normalised principal.
type PrincipalKind string

const (
	PrincipalRole PrincipalKind = "ROLE"
	PrincipalUser PrincipalKind = "USER"
)

// ParsedPrincipal is a caller identity reduced to what governance keys on.
type ParsedPrincipal struct {
	Kind    PrincipalKind
	Account string
	Name    string // role name (no path) or user name
	Session string // session name of an assumed role, often a person's email
}

// ARN renders the normalised principal: the role's or user's IAM ARN.
func (p ParsedPrincipal) ARN() string {
	if p.Kind == PrincipalUser {
		return "arn:aws:iam::" + p.Account + ":user/" + p.Name
	}
	return "arn:aws:iam::" + p.Account + ":role/" + p.Name
}

// ParsePrincipal reads line_item_iam_principal or a normalised principal:
//
//	arn:aws:sts::<acct>:assumed-role/<Role>/<session> → role <acct>/<Role>, session kept
//	arn:aws:iam::<acct>:role/[path/]<Role>            → role <acct>/<Role>
//	arn:aws:iam::<acct>:user/[path/]<name>            → user <acct>/<name>
//
// Anything else is not a principal governance can key on (ok false).
func ParsePrincipal(arn string) (ParsedPrincipal, bool) {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[4] == "" {
		return ParsedPrincipal{}, false
	}
	account, resource := parts[4], parts[5]
	switch {
	case parts[2] == "sts" && strings.HasPrefix(resource, "assumed-role/"):
		rest := strings.TrimPrefix(resource, "assumed-role/")
		role, session, _ := strings.Cut(rest, "/")
		if role == "" {
			return ParsedPrincipal{}, false
		}
		return ParsedPrincipal{Kind: PrincipalRole, Account: account, Name: role, Session: session}, true
	case parts[2] == "iam" && strings.HasPrefix(resource, "role/"):
		name := lastSegment(strings.TrimPrefix(resource, "role/"))
		return ParsedPrincipal{Kind: PrincipalRole, Account: account, Name: name}, name != ""
	case parts[2] == "iam" && strings.HasPrefix(resource, "user/"):
		name := lastSegment(strings.TrimPrefix(resource, "user/"))
		return ParsedPrincipal{Kind: PrincipalUser, Account: account, Name: name}, name != ""
	}
	return ParsedPrincipal{}, false
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// ModelKey canonicalises a model name for comparison between a Business
// Request's model and the model observed in spend: lower case, letters and
// digits only ("Claude4.6Sonnet" and "Claude 4.6 Sonnet" are one model).
func ModelKey(model string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(model) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Spend events: recorded by ingest, one stream per source and billing period
// ("spend-<source>-<period>"). A delivery appends its facts in chunks, then a
// SpendPeriodReplaced marker in the same append; folds apply a delivery's
// chunks only when its marker arrives, so the marker replaces the period.
const (
	EventSpendFactsChunk     = "SpendFactsChunk"
	EventSpendPeriodReplaced = "SpendPeriodReplaced"
	EventIngestCompleted     = "IngestCompleted"
)

// SpendStream names the stream of a source's billing period.
func SpendStream(source, period string) string { return "spend-" + source + "-" + period }

// SpendFactsChunk carries up to a few thousand facts of one delivery.
type SpendFactsChunk struct {
	DeliveryID string      `json:"deliveryId"` // content hash of the delivery
	Source     string      `json:"source"`
	Period     string      `json:"period"`
	Chunk      int         `json:"chunk"`
	Facts      []SpendFact `json:"facts"`
}

// SpendPeriodReplaced makes a delivery's chunks the whole of its period.
type SpendPeriodReplaced struct {
	DeliveryID        string           `json:"deliveryId"`
	Source            string           `json:"source"`
	Period            string           `json:"period"`
	Chunks            int              `json:"chunks"`
	Facts             int              `json:"facts"`
	Files             []string         `json:"files"` // base names
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	AttributableSpend Decimal          `json:"attributableSpend"`
	Adjustments       Decimal          `json:"adjustments"`
	IgnoredRows       map[string]int64 `json:"ignoredRows,omitempty"` // reason → rows
}

// IngestCompleted records one `gaps ingest` run (stream "ingest-<id>").
type IngestCompleted struct {
	IngestID          string           `json:"ingestId"`
	Source            string           `json:"source"`
	Periods           []string         `json:"periods"`   // periods replaced
	Unchanged         []string         `json:"unchanged"` // periods whose identical delivery was already recorded
	Files             int              `json:"files"`
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	IgnoredRows       map[string]int64 `json:"ignoredRows,omitempty"`
	AttributableSpend Decimal          `json:"attributableSpend"`
	Adjustments       Decimal          `json:"adjustments"`
}
