package ingest

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

func TestModelFromUsageType(t *testing.T) {
	for usage, want := range map[string]string{
		"USE1-Claude4.6Sonnet-input-tokens":            "Claude4.6Sonnet",
		"USW2-Llama3-70B-Instruct-output-tokens":       "Llama3-70B-Instruct",
		"EU-Claude4.5Haiku-cache-read-input-tokens":    "Claude4.5Haiku",
		"Claude4.6Sonnet-input-tokens":                 "Claude4.6Sonnet",
		"APN1-TitanEmbeddingsG1-Text-input-tokens":     "TitanEmbeddingsG1-Text",
		"USE1-NovaPro-batch-inference-output-tokens":   "NovaPro",
		"USE1-Claude4.6Sonnet-input-tokens-batch-tier": "Claude4.6Sonnet",
		"BoxUsage:m5.large":                            "", // no token-kind segment
		"MP:USE1_InputTokenCount-Units":                "",
		"":                                             "",
	} {
		if got := modelFromUsageType(usage); got != want {
			t.Errorf("modelFromUsageType(%q) = %q, want %q", usage, got, want)
		}
	}
	// Guardrail and AgentCore lines name no model.
	for _, r := range []rawLine{
		{ProductCode: "AmazonBedrock", Operation: "ApplyGuardrail", UsageType: "USE1-Guardrail-ContentPolicyUnitsConsumed"},
		{ProductCode: "AmazonBedrockAgentCore", UsageType: "USE1-AgentCore-Runtime-vCPU-Hours"},
	} {
		if k, _ := normalise(r); k.Model != "" {
			t.Errorf("%+v: model %q, want none", r, k.Model)
		}
	}
}

func TestNormaliseAnchors(t *testing.T) {
	k, session := normalise(rawLine{
		Principal:   "arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_AdministratorAccess_abc123/alice@example.com",
		UsageType:   "USE1-Claude4.6Sonnet-input-tokens",
		ProductCode: "AmazonBedrock",
	})
	if k.Principal != "arn:aws:iam::444455556666:role/AWSReservedSSO_AdministratorAccess_abc123" || session != "alice@example.com" {
		t.Errorf("principal %q session %q", k.Principal, session)
	}
	k, _ = normalise(rawLine{ProductName: "Claude 3.5 Sonnet (Amazon Bedrock Edition)", UsageType: "MP:USE1_InputTokenCount-Units"})
	if k.Model != "Claude 3.5 Sonnet" || k.BillingEntity != "AWS Marketplace" {
		t.Errorf("marketplace line: model %q entity %q", k.Model, k.BillingEntity)
	}
	k, _ = normalise(rawLine{ResourceID: "arn:aws:aws-external-anthropic:us-west-2:444455556666:workspace/wrkspc_01X"})
	if k.WorkspaceID != "wrkspc_01X" || k.Region != "us-west-2" {
		t.Errorf("workspace line: workspace %q region %q", k.WorkspaceID, k.Region)
	}
	k, _ = normalise(rawLine{ProductCode: "AmazonBedrock", ResourceID: "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-sonnet-4-6-v1:0"})
	if k.Model != "anthropic.claude-sonnet-4-6-v1:0" {
		t.Errorf("model from inference profile ARN: %q", k.Model)
	}
	k, _ = normalise(rawLine{ProductCode: "AmazonBedrock", Principal: "not-an-arn"})
	if k.Principal != "" {
		t.Errorf("unparsable principal kept as %q", k.Principal)
	}
}

// classify composes the two steps of the AI-line filter (docs/DESIGN.md §3.2) the
// way the readers do: "" for an AI line, else the reason it is ignored.
func classify(productCode, entity, productName, resourceID string) string {
	reason, needsName := classifyFilter(productCode, entity, resourceID)
	if needsName {
		return classifyName(entity, productName, reason)
	}
	return reason
}

func TestClassify(t *testing.T) {
	cases := []struct{ code, entity, name, resource, want string }{
		{"AmazonBedrock", "AWS", "", "", ""},
		{"AmazonBedrockAgentCore", "AWS", "", "", ""},
		{"AmazonEC2", "AWS", "Amazon Elastic Compute Cloud", "", ReasonNotAI},
		{"prod-x", "AWS Marketplace", "Claude 3.5 Sonnet (Amazon Bedrock Edition)", "", ""},
		{"prod-y", "AWS Marketplace", "Datadog Pro", "", ReasonMarketplaceNotBedrock},
		{"prod-z", "AWS Marketplace", "Claude Platform on AWS", "arn:aws:aws-external-anthropic:us-east-1:1:workspace/w", ""},
		{"", "", "Amazon Bedrock", "", ""}, // FOCUS: ServiceName only
	}
	for _, c := range cases {
		if got := classify(c.code, c.entity, c.name, c.resource); got != c.want {
			t.Errorf("classify(%q, %q, %q, %q) = %q, want %q", c.code, c.entity, c.name, c.resource, got, c.want)
		}
	}
}

// TestExactSumMatchesShortestDecimal: the fixed-point fast path and the
// decimal fallback agree with summing strconv's shortest representations.
func TestExactSumMatchesShortestDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	values := []float64{0.1, 0.2, 0.30000000000000004, 1e-11, 123456.789, 99999.99999, 1e300, -0.0000000001, 9.2e8, 5e-324}
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0:
			values = append(values, float64(rng.Int64N(1e12))/1e8)
		case 1:
			values = append(values, rng.Float64()*1000)
		case 2:
			values = append(values, -rng.Float64())
		default:
			values = append(values, math.Ldexp(rng.Float64(), rng.IntN(80)-40))
		}
	}
	var s exactSum
	want := decimal.Zero
	for _, v := range values {
		s.addFloat(v)
		want = want.Add(decimal.RequireFromString(strconv.FormatFloat(v, 'f', -1, 64)))
	}
	if got := s.decimal(); !got.Equal(want) {
		t.Fatalf("sum %s, want %s", got, want)
	}
	// Overflow of the fixed-point part spills into decimal exactly.
	var big exactSum
	for i := 0; i < 2000; i++ {
		big.addFloat(99999.5)
	}
	if got := big.decimal(); !got.Equal(decimal.RequireFromString("199999000")) {
		t.Fatalf("big sum %s", got)
	}
}
