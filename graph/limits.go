package graph

import (
	"context"
	"fmt"
	"strings"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/allocation-gaps/gaps/graph/model"
	"github.com/allocation-gaps/gaps/projections"
)

// Request-level refusals carry these gqlgen-style codes as extensions.reason
// (extensions.code is BAD_USER_INPUT, see presentError); like parse and
// validation failures they are answered with HTTP 422.
const (
	reasonDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	reasonComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
)

func init() {
	for _, reason := range []string{reasonDepthLimit, reasonComplexityLimit} {
		errcode.RegisterErrorType(reason, errcode.KindProtocol)
	}
}

// boundedValidation is the default validation, run only on documents of at
// most maxSelections selections (fields and fragments, every fragment
// counted once) and maxAliases aliased fields. Validation is quadratic in
// the fields of one selection set (OverlappingFieldsCanBeMerged), and
// aliases repeat a field's whole answer (how a small request asks for a
// large one), so both are counted in one linear walk before any rule runs.
func boundedValidation(maxSelections, maxAliases int) func() *rules.Rules {
	return func() *rules.Rules {
		inner := rules.NewDefaultRules()
		// gqlgen adds these two back to the outer set itself; linear, they run there.
		inner.RemoveRule(rules.FieldsOnCorrectTypeRule.Name)
		inner.RemoveRule(rules.ScalarLeafsRule.Name)
		return rules.NewRules(core.Rule{Name: "BoundedDocument", RuleFunc: func(observers *core.Events, addError core.AddErrFunc) {
			checked := false
			observers.OnOperation(func(w *core.Walker, _ *ast.OperationDefinition) {
				if checked {
					return
				}
				checked = true
				switch selections, aliases := measure(w.Document); {
				case selections > maxSelections:
					addError(core.Message("document has %d selections, more than the limit of %d", selections, maxSelections))
				case aliases > maxAliases:
					addError(core.Message("document has %d aliased fields, more than the limit of %d", aliases, maxAliases))
				default:
					events := &core.Events{}
					for _, rule := range inner.GetInner() {
						rule(events, addError)
					}
					core.Walk(w.Schema, w.Document, events)
				}
			})
		}})
	}
}

// measure counts the selections and the aliased fields written in a document.
func measure(doc *ast.QueryDocument) (selections, aliases int) {
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		selections += len(set)
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if s.Alias != s.Name {
					aliases++
				}
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			}
		}
	}
	for _, op := range doc.Operations {
		walk(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		walk(f.SelectionSet)
	}
	return selections, aliases
}

// introspectionCost is what one __schema or __type field is charged:
// gqlgen's own complexity counts __schema as nothing, yet its answer is the
// whole schema (tens of kilobytes).
const introspectionCost = 1000

// complexityLimit is gqlgen's complexity (see complexity()) plus
// introspectionCost per introspection field, refused above max.
type complexityLimit struct {
	max int
	es  graphql.ExecutableSchema
}

var (
	_ graphql.HandlerExtension        = &complexityLimit{}
	_ graphql.OperationContextMutator = &complexityLimit{}
)

func (*complexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	if c.max < 1 {
		return fmt.Errorf("graph: complexity limit %d must be at least 1", c.max)
	}
	c.es = es
	return nil
}

func (c *complexityLimit) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	cost := gqlcomplexity.Calculate(ctx, c.es, rc.Operation, rc.Variables)
	var introspection func(ast.SelectionSet)
	introspection = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if s.Name == "__schema" || s.Name == "__type" {
					cost += introspectionCost
				}
			case *ast.InlineFragment:
				introspection(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Definition != nil {
					introspection(s.Definition.SelectionSet)
				}
			}
		}
	}
	introspection(rc.Operation.SelectionSet)
	if cost > c.max {
		err := gqlerror.Errorf("operation has complexity %d, more than the limit of %d", cost, c.max)
		errcode.Set(err, reasonComplexityLimit)
		return err
	}
	return nil
}

// depthLimit refuses operations nested deeper than max fields. gqlgen has
// no depth limit of its own; complexity alone lets a narrow, deep query through.
type depthLimit struct{ max int }

var (
	_ graphql.HandlerExtension        = depthLimit{}
	_ graphql.OperationContextMutator = depthLimit{}
)

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (d depthLimit) Validate(graphql.ExecutableSchema) error {
	if d.max < 1 {
		return fmt.Errorf("graph: depth limit %d must be at least 1", d.max)
	}
	return nil
}

func (d depthLimit) MutateOperationContext(_ context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	m := depthMeter{fragments: rc.Doc.Fragments, memo: map[string]int{}}
	if depth := m.depth(rc.Operation.SelectionSet); depth > d.max {
		err := gqlerror.Errorf("operation is %d fields deep, more than the limit of %d", depth, d.max)
		errcode.Set(err, reasonDepthLimit)
		return err
	}
	return nil
}

// depthMeter measures selection depth through fragments, each fragment once
// (validation has already refused fragment cycles).
type depthMeter struct {
	fragments ast.FragmentDefinitionList
	memo      map[string]int
}

func (m depthMeter) depth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			// Introspection is bounded by the schema itself; GraphiQL's
			// standard introspection query alone is deeper than any sane limit.
			if strings.HasPrefix(s.Name, "__") && s.Name != "__typename" {
				continue
			}
			d = 1 + m.depth(s.SelectionSet)
		case *ast.InlineFragment:
			d = m.depth(s.SelectionSet)
		case *ast.FragmentSpread:
			var ok bool
			if d, ok = m.memo[s.Name]; !ok {
				if def := m.fragments.ForName(s.Name); def != nil {
					d = m.depth(def.SelectionSet)
				}
				m.memo[s.Name] = d
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// assumedPageSize is what a connection without `first` is charged for:
// projections' default page size.
const assumedPageSize = 50

// maxChargedPageSize bounds the multiplier so a huge `first` (refused by the
// read model anyway) cannot overflow the sum.
const maxChargedPageSize = 10_000

// pageCost charges a connection for every item it may return.
func pageCost(child int, first *int) int {
	n := assumedPageSize
	if first != nil && *first > 0 {
		n = min(*first, maxChargedPageSize)
	}
	return 1 + n*child
}

// complexity charges connections first × child; other fields keep gqlgen's
// default (1 + children).
func complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.AllocationGaps = func(child int, _ *model.GapFilter, _ *projections.GapOrder, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.BusinessRequests = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Workloads = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Tasks = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Ingests = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Events = func(child int, _ *string, _ []string, _ *string, first *int) int { return pageCost(child, first) }
	return c
}
