package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/allocation-gaps/gaps/graph/model"
	"github.com/allocation-gaps/gaps/projections"
)

// Request-level refusals carry these gqlgen-style codes as extensions.reason
// (extensions.code is BAD_USER_INPUT, see presentError); like parse and
// validation failures they are answered with HTTP 422.
const (
	reasonDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	reasonComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED" // set by extension.FixedComplexityLimit
)

func init() {
	errcode.RegisterErrorType(reasonDepthLimit, errcode.KindProtocol)
	errcode.RegisterErrorType(reasonComplexityLimit, errcode.KindProtocol)
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
	c.Query.AllocationGaps = func(child int, _ *model.GapFilter, _ *projections.GapOrder, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.BusinessRequests = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Workloads = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Tasks = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Ingests = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Events = func(child int, _ *string, _ []string, _ *string, first *int) int { return pageCost(child, first) }
	return c
}
