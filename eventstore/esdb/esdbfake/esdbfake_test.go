package esdbfake

import (
	"os/exec"
	"strings"
	"testing"
)

// The fake is for tests: no package of the module imports it outside its tests.
func TestOnlyTestsImportIt(t *testing.T) {
	const self = "github.com/allocation-gaps/gaps/eventstore/esdb/esdbfake"
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "github.com/allocation-gaps/gaps/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	packages := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		packages++
		for _, imp := range fields[1:] {
			if imp == self {
				t.Errorf("%s imports %s outside its tests", fields[0], self)
			}
		}
	}
	if packages < 5 {
		t.Fatalf("go list named %d packages; the module has more", packages)
	}
}
