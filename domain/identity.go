package domain

import "slices"

// Role is what a verified identity may do (docs/DESIGN.md §10).
type Role string

const (
	RoleFinOpsLead    Role = "FINOPS_LEAD"
	RoleProductOwner  Role = "PRODUCT_OWNER"
	RoleCloudEngineer Role = "CLOUD_ENGINEER"
	RoleFinance       Role = "FINANCE"
	RoleAuditor       Role = "AUDITOR"
)

// AllRoles lists every role, in the order of docs/DESIGN.md §10.2.
var AllRoles = []Role{RoleFinOpsLead, RoleProductOwner, RoleCloudEngineer, RoleFinance, RoleAuditor}

// Identity is who did something: the verified JWT's claims, or a system process.
type Identity struct {
	Subject string `json:"subject"`
	Name    string `json:"name,omitempty"`
	Email   string `json:"email,omitempty"`
	Roles   []Role `json:"roles,omitempty"`
	Issuer  string `json:"issuer,omitempty"`
}

// Has reports whether the identity holds role r.
func (i Identity) Has(r Role) bool { return slices.Contains(i.Roles, r) }

// System identities of the processes that append events on their own.
var (
	SystemDetector = Identity{Subject: "system:detector", Name: "Gap detector"}
	SystemIngest   = Identity{Subject: "system:ingest", Name: "Ingest"}
)

// SystemNotifier records the notifier's delivery attempts.
var SystemNotifier = Identity{Subject: "system:notifier", Name: "Notifier"}
