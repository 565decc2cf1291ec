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
// export's billing period of its source, replacing what was there. A period
// is the union of its exports.
type SpendLedger struct {
	pending map[deliveryKey][]SpendFactsChunk
	current map[exportPeriod]*periodDelivery
	facts   []SpendFact // Facts(), built on demand; nil when stale
}

type deliveryKey struct{ stream, deliveryID string }

// exportPeriod is what a delivery replaces. It is read from the marker, not
// the stream's name, so that a marker recorded before exports were told
// apart (no export: the default one) and a later delivery of the default
// export replace each other.
type exportPeriod struct{ period, source, export string }

type periodDelivery struct {
	source, period, deliveryID string
	facts                      []SpendFact
}

// NewSpendLedger returns an empty ledger.
func NewSpendLedger() *SpendLedger {
	return &SpendLedger{pending: map[deliveryKey][]SpendFactsChunk{}, current: map[exportPeriod]*periodDelivery{}}
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
// envelope was built without it (a chunk names no export: the default one).
func streamOf(recorded, source, export, period string) string {
	return cmp.Or(recorded, SpendStream(source, cmp.Or(export, DefaultSpendExport), period))
}

func (l *SpendLedger) buffer(stream string, c SpendFactsChunk) {
	k := deliveryKey{streamOf(stream, c.Source, "", c.Period), c.DeliveryID}
	l.pending[k] = append(l.pending[k], c)
}

func (l *SpendLedger) replace(stream string, m SpendPeriodReplaced) bool {
	k := deliveryKey{streamOf(stream, m.Source, m.Export, m.Period), m.DeliveryID}
	chunks, buffered := l.pending[k]
	delete(l.pending, k)
	slot := exportPeriod{m.Period, m.Source, cmp.Or(m.Export, DefaultSpendExport)}
	// A delivery recorded again after another (a rollback) comes with its
	// chunks again, so only a bare repeat of the marker in force is a no-op.
	if cur := l.current[slot]; cur != nil && cur.deliveryID == m.DeliveryID && !buffered {
		return false // the marker of the delivery already in force, seen again
	}
	// Chunks in chunk order; a chunk recorded twice counts once.
	slices.SortStableFunc(chunks, func(a, b SpendFactsChunk) int { return cmp.Compare(a.Chunk, b.Chunk) })
	chunks = slices.CompactFunc(chunks, func(a, b SpendFactsChunk) bool { return a.Chunk == b.Chunk })
	n := 0
	for _, c := range chunks {
		n += len(c.Facts)
	}
	facts := make([]SpendFact, 0, n)
	for _, c := range chunks {
		facts = append(facts, c.Facts...)
	}
	l.current[slot] = &periodDelivery{source: m.Source, period: m.Period, deliveryID: m.DeliveryID, facts: facts}
	l.facts = nil
	return true
}

// deliveries lists the deliveries in force ordered by period, then source,
// then export: the order of Facts and PeriodFacts.
func (l *SpendLedger) deliveries() []*periodDelivery {
	slots := slices.Collect(maps.Keys(l.current))
	slices.SortFunc(slots, func(a, b exportPeriod) int {
		return cmp.Or(strings.Compare(a.period, b.period), strings.Compare(a.source, b.source), strings.Compare(a.export, b.export))
	})
	out := make([]*periodDelivery, len(slots))
	for i, s := range slots {
		out[i] = l.current[s]
	}
	return out
}

// Facts returns every current fact: by period, then source, then in the
// order its delivery recorded them. The slice is shared until the next
// change; callers must not modify it.
func (l *SpendLedger) Facts() []SpendFact {
	if l.facts == nil {
		deliveries := l.deliveries()
		n := 0
		for _, d := range deliveries {
			n += len(d.facts)
		}
		l.facts = make([]SpendFact, 0, n)
		for _, d := range deliveries {
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
