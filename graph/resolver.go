// Package graph is the GraphQL API of Allocation Gaps (docs/DESIGN.md §11): the
// gqlgen schema and resolvers, the HTTP/WebSocket server and its limits.
package graph

//go:generate go tool gqlgen generate

import (
	"context"
	"sync"
	"time"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/projections"
)

// CommandExecutor runs one domain command for an actor: it validates the
// command against its aggregate's history and appends to its one stream,
// returning where the last event landed (for projections.Reader.WaitFor).
type CommandExecutor interface {
	Execute(ctx context.Context, actor domain.Identity, cmd domain.Command) (eventstore.Position, error)
}

// Resolver holds what the resolvers read from and write through.
type Resolver struct {
	Reader   projections.Reader // read models
	Store    eventstore.Store   // the raw log, for `events` (AUDITOR)
	Commands CommandExecutor    // mutations
	// VisibleWithin bounds a mutation's wait for the read models to show
	// what it recorded; default 10s.
	VisibleWithin time.Duration

	feedOnce sync.Once
	feed     *changeFeed // subscriptions, started on first use
}

// changes is the change feed every subscription of this resolver shares.
func (r *Resolver) changes() *changeFeed {
	r.feedOnce.Do(func() { r.feed = newChangeFeed(r.Reader) })
	return r.feed
}
