package graph

import (
	"context"
	"fmt"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/graph/model"
	"github.com/allocation-gaps/gaps/projections"
)

// execute runs cmd as the verified caller and waits until the projector has
// committed what it wrote, so that the payload read next shows the change
// (read-your-writes). Who may run which command is the domain's decision:
// its refusals (FORBIDDEN, BAD_USER_INPUT, CONFLICT, …) come back as they are.
func (r *Resolver) execute(ctx context.Context, cmd domain.Command) error {
	actor, err := requireIdentity(ctx)
	if err != nil {
		return err
	}
	pos, err := r.Commands.Execute(ctx, actor, cmd)
	if err != nil {
		return err
	}
	if err := r.Reader.WaitFor(ctx, pos); err != nil {
		return fmt.Errorf("%s: wait for the read models to reach %s: %w", cmd.CommandName(), pos, err)
	}
	return nil
}

// written checks the read-back of the record a mutation just wrote:
// written[T](what, id)(r.Reader.X(ctx, id)). A missing record means the read
// models lost a committed write: INTERNAL.
func written[T any](what, id string) func(*T, error) (*T, error) {
	return func(v *T, err error) (*T, error) {
		if err == nil && v == nil {
			err = fmt.Errorf("%s %s was written but is not in the read models", what, id)
		}
		return v, err
	}
}

func (r *Resolver) gapPayload(ctx context.Context, id string) (*model.GapPayload, error) {
	g, err := written[projections.GapView]("gap", id)(r.Reader.Gap(ctx, id))
	if err != nil {
		return nil, err
	}
	return &model.GapPayload{Gap: g}, nil
}

func (r *Resolver) businessRequestPayload(ctx context.Context, id string) (*model.BusinessRequestPayload, error) {
	br, err := written[domain.BusinessRequest]("business request", id)(r.Reader.BusinessRequest(ctx, id))
	if err != nil {
		return nil, err
	}
	return &model.BusinessRequestPayload{BusinessRequest: br}, nil
}

func (r *Resolver) workloadPayload(ctx context.Context, id string) (*model.WorkloadPayload, error) {
	w, err := written[domain.Workload]("workload", id)(r.Reader.Workload(ctx, id))
	if err != nil {
		return nil, err
	}
	return &model.WorkloadPayload{Workload: w}, nil
}

// workloadOfClaim finds the workload holding a claim. Claims are few (one
// per anchor a workload owns), so walking the workloads is cheap enough for
// the one mutation that names a claim without its workload.
func (r *Resolver) workloadOfClaim(ctx context.Context, claimID string) (*domain.Workload, error) {
	page := projections.Page{First: 500}
	for {
		c, err := r.Reader.Workloads(ctx, page)
		if err != nil {
			return nil, err
		}
		for i := range c.Items {
			for _, cl := range c.Items[i].Claims {
				if cl.ID == claimID {
					return &c.Items[i], nil
				}
			}
		}
		if !c.HasNextPage {
			return nil, fmt.Errorf("claim %s was written but no workload in the read models holds it", claimID)
		}
		page.After = c.Cursors[len(c.Cursors)-1]
	}
}

// revision converts a GraphQL expectedRevision (nil: not checked).
func revision(rev *int) *int64 {
	if rev == nil {
		return nil
	}
	r := int64(*rev)
	return &r
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func businessCaseInput(in *model.BusinessCaseInput) *domain.BusinessCaseInput {
	if in == nil {
		return nil
	}
	return &domain.BusinessCaseInput{Category: in.Category, AnnualValue: in.AnnualValue, Description: deref(in.Description)}
}

func budgetShares(in []model.BudgetShareInput) []domain.BudgetShareInput {
	out := make([]domain.BudgetShareInput, len(in))
	for i, b := range in {
		out[i] = domain.BudgetShareInput{Budget: b.Budget, Share: b.Share}
	}
	return out
}

func decideBR(in model.DecideInput) domain.DecideBusinessRequest {
	return domain.DecideBusinessRequest{BusinessRequestID: in.BusinessRequestID, Rationale: in.Rationale, ExpectedRevision: revision(in.ExpectedRevision)}
}

func gapFilterOf(f *model.GapFilter) projections.GapFilter {
	if f == nil {
		return projections.GapFilter{}
	}
	return projections.GapFilter{
		Scenarios: f.Scenarios, States: f.States, AccountIDs: f.AccountIds,
		Models: f.Models, Principals: f.Principals, Tags: f.Tags, Search: deref(f.Search),
	}
}
