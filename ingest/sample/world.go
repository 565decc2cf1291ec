// Package sample generates a realistic CUR 2.0 Parquet export and the
// governance records that go with it, so that every gap scenario of
// docs/DESIGN.md §6 occurs, next to near misses that must not fire.
package sample

// The sample organisation. Account ids are 12 digits; every AI line below
// is one "kind" of spend, with its own anchor and the scenario it feeds.
const (
	AccountMLProd      = "111122223333" // ml-platform-prod
	AccountSandbox     = "444455556666" // data-science-sandbox
	AccountSupportProd = "777788889999" // customer-support-prod
	AccountShared      = "210987654321" // shared-services
	AccountWeb         = "135792468024" // web-storefront (no AI)
	AccountData        = "246813579135" // data-lake (no AI)
	AccountPayer       = "999988887777" // management account

	ModelSonnet = "Claude4.6Sonnet"
	ModelHaiku  = "Claude4.5Haiku"
	ModelLlama  = "Llama3-70B-Instruct"
	ModelOpus   = "Claude4.1Opus" // approved for a launch after the generated month: no spend

	RoleSSOAdmin       = "AWSReservedSSO_AdministratorAccess_abc123"
	RoleSupportAI      = "finops-ai-support-assistant"
	RoleSummarizerAI   = "finops-ai-document-summarizer"
	RoleContractAI     = "finops-ai-contract-review"
	RoleAnalyticsBatch = "analytics-batch"
	UserJDoe           = "jdoe"

	GuardrailClaimed   = "arn:aws:bedrock:us-east-1:777788889999:guardrail/gr-support01"
	GuardrailUnclaimed = "arn:aws:bedrock:us-east-1:111122223333:guardrail/gr-unowned77"

	WorkspaceClaimed   = "arn:aws:aws-external-anthropic:us-east-1:777788889999:workspace/wrkspc_01SupportTeam"
	WorkspaceUnclaimed = "arn:aws:aws-external-anthropic:us-west-2:444455556666:workspace/wrkspc_01ResearchLab"
)

var accountNames = map[string]string{
	AccountMLProd: "ml-platform-prod", AccountSandbox: "data-science-sandbox",
	AccountSupportProd: "customer-support-prod", AccountShared: "shared-services",
	AccountWeb: "web-storefront", AccountData: "data-lake", AccountPayer: "management",
}

// RoleARN is the IAM ARN of a role in an account, as claims anchor it.
func RoleARN(account, role string) string { return "arn:aws:iam::" + account + ":role/" + role }

func assumedRole(account, role, session string) string {
	return "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session
}

// regionInfo is a region with its usage-type prefix.
type regionInfo struct{ code, prefix, location string }

var (
	useast1 = regionInfo{"us-east-1", "USE1", "US East (N. Virginia)"}
	uswest2 = regionInfo{"us-west-2", "USW2", "US West (Oregon)"}
	euwest1 = regionInfo{"eu-west-1", "EU", "EU (Ireland)"}
	euc1    = regionInfo{"eu-central-1", "EUC1", "EU (Frankfurt)"}
	regions = []regionInfo{useast1, uswest2, euwest1, euc1}
)

// aiKind is one kind of AI line the generator writes.
type aiKind struct {
	name       string
	weight     int
	account    string
	region     regionInfo
	entity     string // bill_billing_entity
	product    string // line_item_product_code
	prodName   string // product['product_name']
	operation  string
	usage      []string // usage-type suffixes after the region prefix
	unit       string
	resource   string
	principals []string // chosen per row; empty: no principal
	lineType   string
	// price per pricing unit in 1e-8 dollars; quantity is drawn in [1, maxQty].
	price  int64
	maxQty int64
}

func tokens(model string) []string {
	return []string{model + "-input-tokens", model + "-output-tokens", model + "-cache-read-input-tokens"}
}

func sessions(account, role string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = assumedRole(account, role, n)
	}
	return out
}

const (
	bedrockInvoke   = "InvokeModelInference"
	bedrockStream   = "InvokeModelStreamingInference"
	entityAWS       = "AWS"
	entityMarket    = "AWS Marketplace"
	bedrockName     = "Amazon Bedrock"
	sonnetMarket    = "Claude 3.5 Sonnet (Amazon Bedrock Edition)"
	claudePlatform  = "Claude Platform on AWS"
	unitKTokens     = "1K tokens"
	unitUnits       = "Units"
	marketplaceCode = "8mbnrdbg1hcxbzh7wg5n1yq1k"
	claudeCode      = "5q0w2sfp4m1lz3kc0ai6hq8xy"
	datadogCode     = "7x3l1s9udtg1ve0oyvhcyzmvq"
)

// aiKinds: which scenario (docs/DESIGN.md §6) each feeds, with Governance().
var aiKinds = []aiKind{
	// 1 ROLE_RECOMMENDATION (broad SSO role) and 3 OUT_OF_APPROVED_SCOPE
	// (Sonnet is approved, but not in the sandbox account).
	{name: "sso-admin-sonnet", weight: 14, account: AccountSandbox, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockInvoke, usage: tokens(ModelSonnet),
		unit: unitKTokens, lineType: "Usage", price: 300000, maxQty: 400,
		principals: sessions(AccountSandbox, RoleSSOAdmin, "alice@example.com", "bob@example.com", "carol@example.com", "dave@example.com")},
	// Near miss: claimed finops-ai role, approved model inside its scope.
	{name: "support-assistant-sonnet", weight: 22, account: AccountSupportProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockStream, usage: tokens(ModelSonnet),
		unit: unitKTokens, lineType: "Usage", price: 300000, maxQty: 900,
		principals: sessions(AccountSupportProd, RoleSupportAI, "support-assistant-task-1", "support-assistant-task-2")},
	// 3 OUT_OF_APPROVED_SCOPE: the claimed role also calls Sonnet in eu-west-1.
	{name: "support-assistant-sonnet-eu", weight: 5, account: AccountSupportProd, region: euwest1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockInvoke, usage: tokens(ModelSonnet),
		unit: unitKTokens, lineType: "Usage", price: 300000, maxQty: 300,
		principals: sessions(AccountSupportProd, RoleSupportAI, "support-assistant-task-eu")},
	// 2 NOT_BUSINESS_APPROVED: Llama has no BR; an app role and an IAM user, unclaimed.
	{name: "analytics-llama", weight: 8, account: AccountShared, region: uswest2, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockInvoke, usage: tokens(ModelLlama),
		unit: unitKTokens, lineType: "Usage", price: 99000, maxQty: 600,
		principals: append(sessions(AccountShared, RoleAnalyticsBatch, "emr-step-1842", "emr-step-1843"),
			"arn:aws:iam::"+AccountShared+":user/"+UserJDoe)},
	// 4 UNCLAIMED_AI_ALLOCATION: a finops-ai role nobody claimed (approved model, in scope).
	{name: "summarizer-haiku", weight: 9, account: AccountMLProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockInvoke, usage: tokens(ModelHaiku),
		unit: unitKTokens, lineType: "Usage", price: 80000, maxQty: 1200,
		principals: sessions(AccountMLProd, RoleSummarizerAI, "summarizer-lambda")},
	// 6 UNBACKED_AI_WORKLOAD: claimed by contract-review, which has no business case.
	{name: "contract-review-haiku", weight: 6, account: AccountMLProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: bedrockInvoke, usage: tokens(ModelHaiku),
		unit: unitKTokens, lineType: "SavingsPlanCoveredUsage", price: 80000, maxQty: 800,
		principals: sessions(AccountMLProd, RoleContractAI, "contract-review-ecs")},
	// 5 RESOURCE_ALLOCATION: a guardrail nobody claimed (no principal).
	{name: "guardrail-unclaimed", weight: 4, account: AccountMLProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: "ApplyGuardrail",
		usage: []string{"Guardrail-ContentPolicyUnitsConsumed", "Guardrail-SensitiveInformationPolicyUnitsConsumed"},
		unit:  unitUnits, resource: GuardrailUnclaimed, lineType: "Usage", price: 7500000, maxQty: 40},
	// Near miss: a claimed guardrail.
	{name: "guardrail-claimed", weight: 3, account: AccountSupportProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: "ApplyGuardrail",
		usage: []string{"Guardrail-ContentPolicyUnitsConsumed"},
		unit:  unitUnits, resource: GuardrailClaimed, lineType: "Usage", price: 7500000, maxQty: 40},
	// 4 UNCLAIMED_AI_ALLOCATION: a Claude Platform workspace nobody claimed.
	{name: "workspace-unclaimed", weight: 4, account: AccountSandbox, region: uswest2, entity: entityMarket,
		product: claudeCode, prodName: claudePlatform, operation: "Usage", usage: tokens(ModelSonnet),
		unit: unitKTokens, resource: WorkspaceUnclaimed, lineType: "Usage", price: 300000, maxQty: 500},
	// Near miss: a claimed workspace.
	{name: "workspace-claimed", weight: 4, account: AccountSupportProd, region: useast1, entity: entityMarket,
		product: claudeCode, prodName: claudePlatform, operation: "Usage", usage: tokens(ModelHaiku),
		unit: unitKTokens, resource: WorkspaceClaimed, lineType: "Usage", price: 80000, maxQty: 500},
	// Unanchored: Bedrock through AWS Marketplace, no principal.
	{name: "marketplace-sonnet", weight: 6, account: AccountMLProd, region: useast1, entity: entityMarket,
		product: marketplaceCode, prodName: sonnetMarket, operation: "Usage",
		usage: []string{"MP:USE1_InputTokenCount-Units", "MP:USE1_OutputTokenCount-Units"},
		unit:  unitUnits, lineType: "Usage", price: 300, maxQty: 90000},
	// Unanchored: AgentCore runtime, no principal.
	{name: "agentcore", weight: 4, account: AccountMLProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrockAgentCore", prodName: "Amazon Bedrock AgentCore", operation: "AgentCoreRuntime",
		usage: []string{"AgentCore-Runtime-vCPU-Hours", "AgentCore-Runtime-Memory-GB-Hours"},
		unit:  "Hrs", lineType: "Usage", price: 8950000, maxQty: 30},
	// Adjustments: tax and credits on Bedrock, never gap spend.
	{name: "bedrock-tax", weight: 3, account: AccountMLProd, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: "", usage: []string{""},
		lineType: "Tax", price: 1000000, maxQty: 50},
	{name: "bedrock-credit", weight: 2, account: AccountSandbox, region: useast1, entity: entityAWS,
		product: "AmazonBedrock", prodName: bedrockName, operation: "", usage: []string{""},
		lineType: "Credit", price: -5000000, maxQty: 50},
}

// noiseKind is a non-AI line.
type noiseKind struct {
	product, prodName, operation, usage, unit, family, entity string
	weight                                                    int
	price, maxQty                                             int64
}

var noiseKinds = []noiseKind{
	{"AmazonEC2", "Amazon Elastic Compute Cloud", "RunInstances", "BoxUsage:m5.large", "Hrs", "Compute Instance", entityAWS, 30, 9600000, 24},
	{"AmazonEC2", "Amazon Elastic Compute Cloud", "CreateVolume-Gp3", "EBS:VolumeUsage.gp3", "GB-Mo", "Storage", entityAWS, 12, 8000000, 20},
	{"AmazonS3", "Amazon Simple Storage Service", "PutObject", "Requests-Tier1", "Requests", "API Request", entityAWS, 14, 500, 10000},
	{"AmazonS3", "Amazon Simple Storage Service", "StandardStorage", "TimedStorage-ByteHrs", "GB-Mo", "Storage", entityAWS, 10, 2300000, 100},
	{"AWSLambda", "AWS Lambda", "Invoke", "Lambda-GB-Second", "Lambda-GB-Second", "Serverless", entityAWS, 10, 1667, 100000},
	{"AmazonRDS", "Amazon Relational Database Service", "CreateDBInstance:0014", "InstanceUsage:db.r6g.large", "Hrs", "Database Instance", entityAWS, 6, 22500000, 24},
	{"AmazonCloudWatch", "AmazonCloudWatch", "PutLogEvents", "DataProcessing-Bytes", "GB", "Data Payload", entityAWS, 8, 50000000, 10},
	{"AWSDataTransfer", "AWS Data Transfer", "", "DataTransfer-Out-Bytes", "GB", "Data Transfer", entityAWS, 8, 9000000, 50},
	{datadogCode, "Datadog Pro", "Usage", "MP:Hosts-Units", "Units", "", entityMarket, 2, 150000000, 10},
}

var noiseAccounts = []string{AccountWeb, AccountData, AccountMLProd, AccountShared, AccountSupportProd, AccountSandbox}
