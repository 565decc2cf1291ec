package sample

import (
	"bytes"
	"testing"
)

func TestWriteCURIsDeterministic(t *testing.T) {
	cfg := Config{Rows: 5000, Seed: 3, Period: "2025-06", RowGroupRows: 1000}
	var a, b bytes.Buffer
	sa, err := WriteCUR(&a, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteCUR(&b, cfg); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same config wrote different files")
	}
	cfg.Seed = 4
	var c bytes.Buffer
	if _, err := WriteCUR(&c, cfg); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("another seed wrote the same file")
	}
	if sa.Rows != 5000 || sa.AIRows < 250 || sa.AIRows > 450 {
		t.Fatalf("rows %d, AI rows %d: want 5000 rows, about %d‰ AI", sa.Rows, sa.AIRows, AIShare)
	}
	for _, k := range aiKinds {
		if sa.KindRows[k.name] == 0 {
			t.Errorf("kind %s has no rows", k.name)
		}
	}
}

// TestGovernanceAnchorsExistInSpend: every claim and BR scope refers to
// accounts, roles and resources the generator bills.
func TestGovernanceAnchorsExistInSpend(t *testing.T) {
	anchors := map[string]bool{}
	accounts := map[string]bool{}
	for _, k := range aiKinds {
		accounts[k.account] = true
		if k.resource != "" {
			anchors[k.resource] = true
		}
		for _, p := range k.principals {
			if role, ok := roleOfSession(p); ok {
				anchors[RoleARN(k.account, role)] = true
			}
		}
	}
	g := GovernanceFor("2025-06")
	for _, w := range g.Workloads {
		for _, c := range w.Claims {
			if !anchors[c.Anchor] {
				t.Errorf("workload %s claims %s, which has no spend", w.Name, c.Anchor)
			}
			if c.EffectiveFrom != "2025-06-01" {
				t.Errorf("claim effective from %s", c.EffectiveFrom)
			}
		}
	}
	for _, br := range g.BusinessRequests {
		for _, s := range br.Scope {
			if !accounts[s.AccountID] {
				t.Errorf("BR %s scopes account %s, which has no AI spend", br.Key, s.AccountID)
			}
		}
	}
}

func roleOfSession(arn string) (string, bool) {
	const marker = ":assumed-role/"
	i := bytes.Index([]byte(arn), []byte(marker))
	if i < 0 {
		return "", false
	}
	rest := arn[i+len(marker):]
	j := bytes.IndexByte([]byte(rest), '/')
	if j < 0 {
		return "", false
	}
	return rest[:j], true
}
