package postgres

import (
	"fmt"
	"testing"

	"github.com/allocation-gaps/gaps/eventstore"
	"github.com/allocation-gaps/gaps/eventstore/eventstoretest"
)

func BenchmarkAppend(b *testing.B) {
	for _, size := range []int{1, 100} {
		b.Run(fmt.Sprintf("%d-events", size), func(b *testing.B) {
			ctx := testContext(b)
			s := newStore(b)
			appended := 0
			for b.Loop() {
				events := eventstoretest.NewEvents(b, "Noted", size)
				if _, err := s.Append(ctx, fmt.Sprintf("stream-%d", appended%100), eventstore.Any(), events...); err != nil {
					b.Fatalf("append: %v", err)
				}
				appended += size
			}
			b.ReportMetric(float64(appended)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

func BenchmarkSubscribeAllCatchUp(b *testing.B) {
	const appends, eventsPerAppend = 200, 100
	ctx := testContext(b)
	s := newStore(b)
	for i := range appends {
		if _, err := s.Append(ctx, fmt.Sprintf("stream-%d", i%10), eventstore.Any(), eventstoretest.NewEvents(b, "Noted", eventsPerAppend)...); err != nil {
			b.Fatalf("append: %v", err)
		}
	}
	delivered := 0
	for b.Loop() {
		sub, err := s.SubscribeAll(ctx, eventstore.Start, eventstore.Filter{})
		if err != nil {
			b.Fatalf("subscribe: %v", err)
		}
		delivered += len(eventstoretest.RecvN(b, sub, appends*eventsPerAppend))
		_ = sub.Close()
	}
	b.ReportMetric(float64(delivered)/b.Elapsed().Seconds(), "events/s")
}
