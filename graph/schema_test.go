package graph

import (
	"os"
	"strings"
	"testing"
)

// Every type, field, argument and enum value of the schema is described:
// GraphiQL's docs pane is where integrators read the API.
func TestSchemaIsFullyDescribed(t *testing.T) {
	schema := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema()
	if schema.Description == "" {
		t.Error("the schema itself has no description")
	}
	for name, def := range schema.Types {
		if strings.HasPrefix(name, "__") || def.BuiltIn {
			continue
		}
		undescribed := func(what string) { t.Errorf("%s has no description", what) }
		if def.Description == "" {
			undescribed(name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") { // introspection, described by the spec
				continue
			}
			if f.Description == "" {
				undescribed(name + "." + f.Name)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					undescribed(name + "." + f.Name + "(" + a.Name + ")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				undescribed(name + "." + v.Name)
			}
		}
	}
	// The design document moved into docs/ and lost its section numbers.
	src, err := os.ReadFile("schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(src), "§") {
		t.Error("schema.graphqls cites a section (§) of the old design document")
	}
}
