package domain

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// SpendLedger folds the spend streams into the current AI spend facts. A
// delivery's SpendFactsChunk events are held until its SpendPeriodReplaced
// marker arrives; the marker then makes that delivery the whole of its
// stream (one source's billing period), replacing what was there.
type SpendLedger struct {
	pending map[deliveryKey][]SpendFactsChunk
	current map[string]*periodDelivery // by stream
	facts   []SpendFact                // Facts(), built on demand; nil when stale
}

type deliveryKey struct{ stream, deliveryID string }

type periodDelivery struct {
	source, period, deliveryID string
	facts                      []SpendFact
}

// NewSpendLedger returns an empty ledger.
func NewSpendLedger() *SpendLedger {
	return &SpendLedger{pending: map[deliveryKey][]SpendFactsChunk{}, current: map[string]*periodDelivery{}}
}

// Apply folds one recorded event; any event other than the two spend events
// is ignored. It reports whether the current facts changed, which only a
// SpendPeriodReplaced marker can do. Events may be decoded as values or as
// pointers.
func (l *SpendLedger) Apply(env Envelope) bool {
	switch e := env.Event.(type) {
	case SpendFactsChunk:
		l.buffer(env.Stream, e)
	case *SpendFactsChunk:
		if e != nil {
			l.buffer(env.Stream, *e)
		}
	case SpendPeriodReplaced:
		return l.replace(env.Stream, e)
	case *SpendPeriodReplaced:
		return e != nil && l.replace(env.Stream, *e)
	}
	return false
}

// streamOf is the recorded stream, or the one the payload names when an
// envelope was built without it.
func streamOf(recorded, source, period string) string {
	return cmp.Or(recorded, SpendStream(source, period))
}

func (l *SpendLedger) buffer(stream string, c SpendFactsChunk) {
	k := deliveryKey{streamOf(stream, c.Source, c.Period), c.DeliveryID}
	l.pending[k] = append(l.pending[k], c)
}

func (l *SpendLedger) replace(stream string, m SpendPeriodReplaced) bool {
	stream = streamOf(stream, m.Source, m.Period)
	k := deliveryKey{stream, m.DeliveryID}
	chunks, buffered := l.pending[k]
	delete(l.pending, k)
	if cur := l.current[stream]; cur != nil && cur.deliveryID == m.DeliveryID && !buffered {
		return false // the marker of the delivery already in force, seen again
	}
	// Chunks in chunk order; a chunk recorded twice counts once.
	slices.SortStableFunc(chunks, func(a, b SpendFactsChunk) int { return cmp.Compare(a.Chunk, b.Chunk) })
	chunks = slices.CompactFunc(chunks, func(a, b SpendFactsChunk) bool { return a.Chunk == b.Chunk })
	var facts []SpendFact
	for _, c := range chunks {
		facts = append(facts, c.Facts...)
	}
	l.current[stream] = &periodDelivery{source: m.Source, period: m.Period, deliveryID: m.DeliveryID, facts: facts}
	l.facts = nil
	return true
}

// deliveries lists the deliveries in force ordered by period, then source,
// then stream: the order of Facts and PeriodFacts.
func (l *SpendLedger) deliveries() []*periodDelivery {
	streams := slices.Collect(maps.Keys(l.current))
	slices.SortFunc(streams, func(a, b string) int {
		da, db := l.current[a], l.current[b]
		return cmp.Or(strings.Compare(da.period, db.period), strings.Compare(da.source, db.source), strings.Compare(a, b))
	})
	out := make([]*periodDelivery, len(streams))
	for i, s := range streams {
		out[i] = l.current[s]
	}
	return out
}

// Facts returns every current fact: by period, then source, then in the
// order its delivery recorded them. The slice is shared until the next
// change; callers must not modify it.
func (l *SpendLedger) Facts() []SpendFact {
	if l.facts == nil {
		l.facts = []SpendFact{}
		for _, d := range l.deliveries() {
			l.facts = append(l.facts, d.facts...)
		}
	}
	return l.facts
}

// Periods lists the billing periods with a delivery in force, sorted.
func (l *SpendLedger) Periods() []string {
	var periods []string
	for _, d := range l.current {
		periods = append(periods, d.period)
	}
	slices.Sort(periods)
	return slices.Compact(periods)
}

// PeriodFacts returns the current facts of one billing period, every
// source, in the order of Facts.
func (l *SpendLedger) PeriodFacts(period string) []SpendFact {
	var facts []SpendFact
	for _, d := range l.deliveries() {
		if d.period == period {
			facts = append(facts, d.facts...)
		}
	}
	return facts
}
