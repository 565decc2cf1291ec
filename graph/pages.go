package graph

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/graph/model"
	"github.com/allocation-gaps/gaps/projections"
)

// pageOf is the read-model page a Relay first/after asks for; the read
// models validate it (negative or oversized first, foreign cursors).
func pageOf(first *int, after *string) projections.Page {
	var p projections.Page
	if first != nil {
		p.First = *first
	}
	if after != nil {
		p.After = *after
	}
	return p
}

// edgesOf turns a read-model page into a connection's edges and page info.
func edgesOf[T, E any](c projections.Connection[T], edge func(cursor string, node *T) E) ([]E, *model.PageInfo) {
	edges := make([]E, len(c.Items))
	for i := range c.Items {
		edges[i] = edge(c.Cursors[i], &c.Items[i])
	}
	info := &model.PageInfo{HasNextPage: c.HasNextPage}
	if n := len(c.Cursors); n > 0 {
		info.EndCursor = &c.Cursors[n-1]
	}
	return edges, info
}

// The raw log is paged like the read models: 50 by default, at most 500.
const (
	defaultEventPage = 50
	maxEventPage     = 500
)

func eventPageSize(first *int) (int, error) {
	switch {
	case first == nil || *first == 0:
		return defaultEventPage, nil
	case *first < 0:
		return 0, domain.Errorf(domain.CodeBadUserInput, "first: %d is negative", *first)
	case *first > maxEventPage:
		return 0, domain.Errorf(domain.CodeBadUserInput, "first: %d is more than the maximum page size %d", *first, maxEventPage)
	}
	return *first, nil
}

// readEvents reads one page of the raw log: of one stream, paged by
// revision, or of the whole log, paged by position; with types, only events
// of those types. It returns the page's events and their cursors, and
// whether more follow.
func readEvents(ctx context.Context, store eventstore.Store, stream string, types []string, after string, size int) ([]eventstore.RecordedEvent, []string, bool, error) {
	var (
		recs []eventstore.RecordedEvent
		err  error
	)
	if stream != "" {
		recs, err = readStreamPage(ctx, store, stream, types, after, size)
	} else {
		recs, err = readAllPage(ctx, store, types, after, size)
	}
	if err != nil {
		return nil, nil, false, err
	}
	more := len(recs) > size
	recs = recs[:min(len(recs), size)]
	cursors := make([]string, len(recs))
	for i, rec := range recs {
		if stream != "" {
			cursors[i] = strconv.FormatUint(rec.Revision, 10)
		} else {
			cursors[i] = rec.Position.String()
		}
	}
	return recs, cursors, more, nil
}

// readStreamPage returns up to size+1 events of stream (of types, when
// given) after the revision cursor after; a stream with no events is an
// empty page.
func readStreamPage(ctx context.Context, store eventstore.Store, stream string, types []string, after string, size int) ([]eventstore.RecordedEvent, error) {
	var from uint64
	if after != "" {
		rev, err := strconv.ParseUint(after, 10, 64)
		if err != nil {
			return nil, domain.Errorf(domain.CodeBadUserInput, "after: %q is not a revision of stream %q (want the cursor of one of its events)", after, stream)
		}
		from = rev + 1
	}
	recs, err := store.ReadStream(ctx, stream, from)
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if len(types) > 0 {
		recs = slices.DeleteFunc(recs, func(rec eventstore.RecordedEvent) bool { return !slices.Contains(types, rec.Type) })
	}
	return recs[:min(len(recs), size+1)], nil
}

// readAllPage returns up to size+1 events of the log (of types, when given)
// after the position cursor after.
func readAllPage(ctx context.Context, store eventstore.Store, types []string, after string, size int) ([]eventstore.RecordedEvent, error) {
	from := eventstore.Start
	if after != "" {
		pos, err := eventstore.ParsePosition(after)
		if err != nil {
			return nil, domain.Errorf(domain.CodeBadUserInput, "after: %q is not a log position (want the cursor of an event, \"commit/prepare\")", after)
		}
		from = pos
	}
	return store.ReadAll(ctx, from, size+1, eventstore.Filter{EventTypes: types})
}
