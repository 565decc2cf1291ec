package domain

import "testing"

func TestRolePatternEdgeCases(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"AWSAdministratorAccess", "AWSAdministratorAccess", true},
		{"AWSAdministratorAccess", "awsadministratoraccess", false}, // case-sensitive
		{"AWSAdministratorAccess", "AWSAdministratorAccessExtra", false},
		{"AdministratorAccess", "AWSAdministratorAccess", false}, // the whole name, not a suffix
		{"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_AdministratorAccess_0a1b2c3d", true},
		{"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_AdministratorAccess_", true}, // '*' matches nothing too
		{"AWSReservedSSO_AdministratorAccess_*", "AWSReservedSSO_PowerUserAccess_0a1b", false},
		{"finops-ai-*", "finops-ai-chat", true},
		{"finops-ai-*", "finops-ai", false},
		{"finops-ai-*", "x-finops-ai-chat", false},
		{"finops-ai-*", "FinOps-AI-chat", false},
		{"*-ai-*", "finops-ai-chat", true},
		{"a*b*c", "aXbYbZc", true}, // needs backtracking past the first 'b'
		{"a*b*c", "aXbYbZ", false},
		{"*", "", true},
		{"*", "anything", true},
		{"", "", true},
		{"", "x", false},
		{"role?", "role1", false}, // '?' is literal
		{"role?", "role?", true},
		{"role[12]", "role1", false}, // '[' is literal
		{"role[12]", "role[12]", true},
		{`role\*`, `role\x`, true}, // '\' escapes nothing
		{"**", "ab", true},
	}
	for _, tt := range tests {
		if got := MatchRolePattern(tt.pattern, tt.name); got != tt.want {
			t.Errorf("MatchRolePattern(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func TestClaimAnchorKeyForms(t *testing.T) {
	tests := []struct {
		name  string
		claim Claim
		want  anchorKey
		ok    bool
	}{
		{"role ARN", Claim{AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/finops-ai-chat"},
			anchorKey{anchorRole, "111111111111", "finops-ai-chat"}, true},
		{"role ARN with a path", Claim{AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/team/finops-ai-chat"},
			anchorKey{anchorRole, "111111111111", "finops-ai-chat"}, true},
		{"a user cannot be claimed", Claim{AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:user/alice"},
			anchorKey{}, false},
		{"workspace ARN", Claim{AnchorType: AnchorClaudeWorkspace, Anchor: "arn:aws:aws-external-anthropic:us-east-1:111111111111:workspace/wrkspc_1"},
			anchorKey{anchorWorkspace, "", "wrkspc_1"}, true},
		{"bare workspace id", Claim{AnchorType: AnchorClaudeWorkspace, Anchor: "wrkspc_1"},
			anchorKey{anchorWorkspace, "", "wrkspc_1"}, true},
		{"guardrail", Claim{AnchorType: AnchorGuardrail, Anchor: "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1"},
			anchorKey{anchorResource, "", "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1"}, true},
		{"resource", Claim{AnchorType: AnchorResource, Anchor: "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1"},
			anchorKey{anchorResource, "", "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1"}, true},
		{"unknown type", Claim{AnchorType: "NETWORK", Anchor: "x"}, anchorKey{}, false},
	}
	for _, tt := range tests {
		got, ok := claimAnchorKey(&tt.claim)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: claimAnchorKey = %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
