package ingest

import (
	"sort"
	"strings"

	"github.com/allocation-gaps/gaps/domain"
)

// Ignored-row reasons, as counted in the ingest summary.
const (
	ReasonNotAI                  = "not an AI service"
	ReasonMarketplaceNotBedrock  = "AWS Marketplace, not Bedrock Edition"
	bedrockEditionSuffix         = "(Amazon Bedrock Edition)"
	billingEntityMarketplace     = "AWS Marketplace"
	claudeWorkspaceARNPrefix     = "arn:aws:aws-external-anthropic:"
	sessionSamplesPerFact        = 3
	bedrockServiceNameAgentCore  = "Amazon Bedrock AgentCore"
	bedrockServiceNameBedrock    = "Amazon Bedrock"
	bedrockServiceNameFoundation = "Amazon Bedrock Foundation Models"
)

// aiProductCodes are the line_item_product_code values of AI lines (docs/DESIGN.md §3.2).
var aiProductCodes = map[string]bool{
	"AmazonBedrock":                 true,
	"AmazonBedrockService":          true,
	"AmazonBedrockFoundationModels": true,
	"AmazonBedrockAgentCore":        true,
}

// aiServiceCodes maps FOCUS ServiceName values of AI services to the CUR
// product code, since FOCUS exports need not carry x_ServiceCode.
var aiServiceCodes = map[string]string{
	bedrockServiceNameBedrock:    "AmazonBedrock",
	bedrockServiceNameFoundation: "AmazonBedrockFoundationModels",
	bedrockServiceNameAgentCore:  "AmazonBedrockAgentCore",
}

// rawLine is one group of input lines before normalisation: the columns as
// read, with the usage day and billing period already reduced to strings.
// Readers aggregate on it; normalise turns each group into a fact key.
type rawLine struct {
	Period        string // "YYYY-MM"
	Day           string // "YYYY-MM-DD"
	BillingEntity string
	AccountID     string
	AccountName   string
	Region        string
	ProductCode   string
	ProductName   string // product['product_name'] (CUR) or ServiceName (FOCUS)
	Operation     string
	UsageType     string
	LineType      string
	ResourceID    string
	Principal     string // line_item_iam_principal as read
	PricingUnit   string
	WorkspaceID   string // Claude cost report workspace_id
	Model         string // Claude cost report model
}

// classifyFilter decides from the filter columns alone whether a line is AI
// (""), needs product_name to decide (needsName), or is ignored (a reason).
// Parquet reads product_name lazily, so it runs this before the name is known.
func classifyFilter(productCode, entity, resourceID string) (reason string, needsName bool) {
	switch {
	case aiProductCodes[productCode], strings.HasPrefix(resourceID, claudeWorkspaceARNPrefix):
		return "", false
	case entity == billingEntityMarketplace:
		return ReasonMarketplaceNotBedrock, true
	}
	return ReasonNotAI, true
}

// classifyName completes classifyFilter once the product name is known.
func classifyName(entity, productName, filterReason string) string {
	if aiServiceCodes[productName] != "" {
		return ""
	}
	if strings.HasSuffix(productName, bedrockEditionSuffix) && entity != "AWS" {
		return ""
	}
	return filterReason
}

// factKey is a SpendFact without its sums, sessions and tags (tags are
// evidence, not part of what a fact groups by).
type factKey struct {
	Period, Day, BillingEntity, AccountID, AccountName, Region, ProductCode string
	Operation, UsageType, Model, LineType, ResourceID, WorkspaceID          string
	Principal, PricingUnit                                                  string
}

// normalise maps a raw group to its fact key and the session name of its
// principal ("" when none).
func normalise(r rawLine) (factKey, string) {
	k := factKey{
		Period: r.Period, Day: r.Day, BillingEntity: r.BillingEntity, AccountID: r.AccountID,
		AccountName: r.AccountName, Region: r.Region, ProductCode: r.ProductCode,
		Operation: r.Operation, UsageType: r.UsageType, LineType: r.LineType,
		ResourceID: r.ResourceID, WorkspaceID: r.WorkspaceID, PricingUnit: r.PricingUnit, Model: r.Model,
	}
	if k.ProductCode == "" {
		k.ProductCode = aiServiceCodes[r.ProductName]
	}
	if strings.HasSuffix(r.ProductName, bedrockEditionSuffix) {
		k.Model = strings.TrimSpace(strings.TrimSuffix(r.ProductName, bedrockEditionSuffix))
		if k.BillingEntity == "" {
			k.BillingEntity = billingEntityMarketplace
		}
	}
	if ws, region, ok := parseWorkspaceARN(r.ResourceID); ok {
		k.WorkspaceID = ws
		if k.Region == "" {
			k.Region = region
		}
	}
	if k.Model == "" && !isGuardrail(r.Operation, r.UsageType) && r.ProductCode != "AmazonBedrockAgentCore" {
		k.Model = modelFromUsageType(r.UsageType)
		if k.Model == "" {
			k.Model = modelFromARN(r.ResourceID)
		}
	}
	var session string
	if p, ok := domain.ParsePrincipal(r.Principal); ok {
		k.Principal = p.ARN()
		session = p.Session
	}
	return k, session
}

func isGuardrail(operation, usageType string) bool {
	return domain.SpendFact{Operation: operation, UsageType: usageType}.IsGuardrail()
}

// modelFromUsageType reads the model token of a Bedrock usage type:
// "USE1-Claude4.6Sonnet-input-tokens" → "Claude4.6Sonnet",
// "USW2-Llama3-70B-Instruct-output-tokens" → "Llama3-70B-Instruct".
// The model is the run of segments after the region prefix up to the first
// segment that starts with a lower-case letter (the token kind).
func modelFromUsageType(usageType string) string {
	segs := strings.Split(usageType, "-")
	if len(segs) > 1 && isRegionPrefix(segs[0]) {
		segs = segs[1:]
	}
	n := 0
	for n < len(segs) && segs[n] != "" && !(segs[n][0] >= 'a' && segs[n][0] <= 'z') {
		n++
	}
	if n == len(segs) {
		return "" // no token-kind suffix: not a model usage type
	}
	return strings.Join(segs[:n], "-")
}

// isRegionPrefix matches the region code of a usage type: USE1, EUC1, APN2,
// USW2, and EU (eu-west-1 has no digit).
func isRegionPrefix(s string) bool {
	letters := len(s)
	if letters > 0 && s[letters-1] >= '0' && s[letters-1] <= '9' {
		letters--
	}
	if letters < 2 || letters > 4 {
		return false
	}
	for i := 0; i < letters; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// modelFromARN reads the model id of a foundation-model or inference-profile
// ARN, without the cross-region prefix ("us.", "eu.", "apac.", "global.").
func modelFromARN(arn string) string {
	if !strings.HasPrefix(arn, "arn:aws:bedrock:") {
		return ""
	}
	for _, kind := range []string{":foundation-model/", ":inference-profile/"} {
		if _, id, ok := strings.Cut(arn, kind); ok {
			for _, geo := range []string{"us.", "eu.", "apac.", "global."} {
				id = strings.TrimPrefix(id, geo)
			}
			return id
		}
	}
	return ""
}

// parseWorkspaceARN reads arn:aws:aws-external-anthropic:<region>:<account>:workspace/<id>.
func parseWorkspaceARN(arn string) (id, region string, ok bool) {
	if !strings.HasPrefix(arn, claudeWorkspaceARNPrefix) {
		return "", "", false
	}
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || !strings.HasPrefix(parts[5], "workspace/") {
		return "", "", false
	}
	id = strings.TrimPrefix(parts[5], "workspace/")
	return id, parts[3], id != ""
}

// factGroup accumulates the raw groups that normalise to one fact.
type factGroup struct {
	lineSums
	sessions map[string]bool
}

// buildFacts normalises raw groups of one period into sorted facts.
func buildFacts(source string, groups map[rawLine]*lineSums) []domain.SpendFact {
	byKey := make(map[factKey]*factGroup, len(groups))
	for raw, s := range groups {
		k, session := normalise(raw)
		g := byKey[k]
		if g == nil {
			g = &factGroup{}
			byKey[k] = g
		}
		g.merge(s)
		if session != "" {
			if g.sessions == nil {
				g.sessions = map[string]bool{}
			}
			g.sessions[session] = true
		}
	}
	facts := make([]domain.SpendFact, 0, len(byKey))
	for k, g := range byKey {
		facts = append(facts, domain.SpendFact{
			Source: source, Period: k.Period, Day: k.Day, BillingEntity: k.BillingEntity,
			AccountID: k.AccountID, AccountName: k.AccountName, Region: k.Region, ProductCode: k.ProductCode,
			Operation: k.Operation, UsageType: k.UsageType, Model: k.Model, LineType: k.LineType,
			ResourceID: k.ResourceID, WorkspaceID: k.WorkspaceID, Principal: k.Principal,
			Sessions: sampleSessions(g.sessions), Tags: g.tags, PricingUnit: k.PricingUnit,
			Quantity: g.quantity.decimal(), Cost: g.cost.decimal(),
		})
	}
	sort.Slice(facts, func(i, j int) bool { return factLess(&facts[i], &facts[j]) })
	return facts
}

func sampleSessions(set map[string]bool) []string {
	if len(set) == 0 {
		return nil
	}
	all := make([]string, 0, len(set))
	for s := range set {
		all = append(all, s)
	}
	sort.Strings(all)
	if len(all) > sessionSamplesPerFact {
		all = all[:sessionSamplesPerFact]
	}
	return all
}

// factLess orders facts deterministically, so chunks and hashes are stable.
func factLess(a, b *domain.SpendFact) bool {
	for _, p := range [][2]string{
		{a.Day, b.Day}, {a.AccountID, b.AccountID}, {a.Region, b.Region}, {a.Principal, b.Principal},
		{a.ResourceID, b.ResourceID}, {a.Operation, b.Operation}, {a.UsageType, b.UsageType},
		{a.Model, b.Model}, {a.LineType, b.LineType}, {a.BillingEntity, b.BillingEntity},
		{a.AccountName, b.AccountName}, {a.ProductCode, b.ProductCode}, {a.WorkspaceID, b.WorkspaceID},
		{a.PricingUnit, b.PricingUnit},
	} {
		if p[0] != p[1] {
			return p[0] < p[1]
		}
	}
	return false
}

// textRoles are the roles of a line's text columns.
var textRoles = []role{rEntity, rAccount, rAccountName, rRegion, rProductCode, rProductName, rOperation, rUsageType, rLineType, rResource, rPrincipal, rPricingUnit}

// text is the line's value of text role r.
func (l *rawLine) text(r role) string {
	switch r {
	case rEntity:
		return l.BillingEntity
	case rAccount:
		return l.AccountID
	case rAccountName:
		return l.AccountName
	case rRegion:
		return l.Region
	case rProductCode:
		return l.ProductCode
	case rProductName:
		return l.ProductName
	case rOperation:
		return l.Operation
	case rUsageType:
		return l.UsageType
	case rLineType:
		return l.LineType
	case rResource:
		return l.ResourceID
	case rPrincipal:
		return l.Principal
	case rPricingUnit:
		return l.PricingUnit
	}
	return ""
}
