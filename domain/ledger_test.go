package domain

import (
	"cmp"
	"slices"
	"testing"
)

func chunkEnv(source, period, delivery string, chunk int, costs ...string) Envelope {
	c := SpendFactsChunk{DeliveryID: delivery, Source: source, Period: period, Chunk: chunk}
	for _, cost := range costs {
		c.Facts = append(c.Facts, aiFact(on(period+"-01"), costing(cost), func(f *SpendFact) { f.Source = source }))
	}
	return Envelope{Stream: SpendStream(source, DefaultSpendExport, period), Type: EventSpendFactsChunk, Event: c}
}

func markerEnv(source, period, delivery string, chunks int) Envelope {
	m := SpendPeriodReplaced{DeliveryID: delivery, Source: source, Period: period, Chunks: chunks}
	return Envelope{Stream: SpendStream(source, DefaultSpendExport, period), Type: EventSpendPeriodReplaced, Event: m}
}

func costsOf(facts []SpendFact) []string {
	out := []string{}
	for _, f := range facts {
		out = append(out, f.Source+":"+f.Cost.String())
	}
	return out
}

func TestSpendLedgerAppliesADeliveryOnItsMarker(t *testing.T) {
	l := NewSpendLedger()
	if l.Apply(chunkEnv("cur", "2025-06", "d1", 1, "3", "4")) || l.Apply(chunkEnv("cur", "2025-06", "d1", 0, "1", "2")) {
		t.Fatal("a chunk changed the current facts before its marker")
	}
	if got := l.Facts(); len(got) != 0 {
		t.Fatalf("facts before the marker = %v", costsOf(got))
	}
	if !l.Apply(markerEnv("cur", "2025-06", "d1", 2)) {
		t.Fatal("the marker did not change the current facts")
	}
	if got, want := costsOf(l.Facts()), []string{"cur:1", "cur:2", "cur:3", "cur:4"}; !slices.Equal(got, want) {
		t.Errorf("facts = %v, want %v (chunk order)", got, want)
	}
	if l.Apply(markerEnv("cur", "2025-06", "d1", 2)) {
		t.Error("the marker of the delivery in force, seen again, changed the facts")
	}

	// A new delivery replaces the whole period, even with fewer facts.
	l.Apply(chunkEnv("cur", "2025-06", "d2", 0, "9"))
	if got := costsOf(l.Facts()); len(got) != 4 {
		t.Fatalf("a pending delivery changed the facts: %v", got)
	}
	if !l.Apply(markerEnv("cur", "2025-06", "d2", 1)) {
		t.Fatal("the second delivery's marker did not change the facts")
	}
	if got, want := costsOf(l.Facts()), []string{"cur:9"}; !slices.Equal(got, want) {
		t.Errorf("facts after replacement = %v, want %v", got, want)
	}

	// An empty delivery empties its period.
	if !l.Apply(markerEnv("cur", "2025-06", "d3", 0)) || len(l.Facts()) != 0 {
		t.Errorf("an empty delivery left facts: %v", costsOf(l.Facts()))
	}
}

func TestSpendLedgerKeepsSourcesAndPeriodsApart(t *testing.T) {
	l := NewSpendLedger()
	for _, env := range []Envelope{
		chunkEnv("focus", "2025-06", "f1", 0, "5"), markerEnv("focus", "2025-06", "f1", 1),
		chunkEnv("cur", "2025-06", "c1", 0, "6"), markerEnv("cur", "2025-06", "c1", 1),
		chunkEnv("cur", "2025-05", "c0", 0, "7"), markerEnv("cur", "2025-05", "c0", 1),
		chunkEnv("cur", "2025-07", "c2", 0, "8"), // no marker yet
	} {
		l.Apply(env)
	}
	if got, want := l.Periods(), []string{"2025-05", "2025-06"}; !slices.Equal(got, want) {
		t.Errorf("periods = %v, want %v", got, want)
	}
	if got, want := costsOf(l.Facts()), []string{"cur:7", "cur:6", "focus:5"}; !slices.Equal(got, want) {
		t.Errorf("facts = %v, want %v (by period, then source)", got, want)
	}
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:6", "focus:5"}; !slices.Equal(got, want) {
		t.Errorf("June facts = %v, want %v", got, want)
	}
	// Replacing CUR's June leaves FOCUS's June alone.
	l.Apply(chunkEnv("cur", "2025-06", "c3", 0, "1"))
	l.Apply(markerEnv("cur", "2025-06", "c3", 1))
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:1", "focus:5"}; !slices.Equal(got, want) {
		t.Errorf("June facts after CUR's redelivery = %v, want %v", got, want)
	}
}

func TestSpendLedgerEventForms(t *testing.T) {
	l := NewSpendLedger()
	chunk := chunkEnv("cur", "2025-06", "d1", 0, "2")
	c := chunk.Event.(SpendFactsChunk)
	chunk.Event = &c
	m := SpendPeriodReplaced{DeliveryID: "d1", Source: "cur", Period: "2025-06", Chunks: 1}
	if l.Apply(chunk) || !l.Apply(Envelope{Event: &m}) { // no stream: derived from the payload
		t.Fatal("pointer events were not applied")
	}
	if got := costsOf(l.Facts()); !slices.Equal(got, []string{"cur:2"}) {
		t.Errorf("facts = %v", got)
	}
	if l.Apply(Envelope{Stream: "settings", Event: SettingsUpdated{Settings: DefaultSettings()}}) {
		t.Error("a non-spend event changed the facts")
	}
	if l.Apply(chunkEnv("cur", "2025-06", "d1", 0, "2")) || l.Apply(markerEnv("cur", "2025-06", "d1", 1)) != true {
		t.Error("a delivery re-recorded with its chunks must apply again")
	}
	if got := costsOf(l.Facts()); !slices.Equal(got, []string{"cur:2"}) {
		t.Errorf("facts after re-recording = %v", got)
	}
}

func TestSpendLedgerDuplicateChunkCountsOnce(t *testing.T) {
	l := NewSpendLedger()
	l.Apply(chunkEnv("cur", "2025-06", "d1", 0, "1"))
	l.Apply(chunkEnv("cur", "2025-06", "d1", 0, "1"))
	l.Apply(chunkEnv("cur", "2025-06", "d1", 1, "2"))
	l.Apply(markerEnv("cur", "2025-06", "d1", 2))
	if got, want := costsOf(l.Facts()), []string{"cur:1", "cur:2"}; !slices.Equal(got, want) {
		t.Errorf("facts = %v, want %v", got, want)
	}
}

func exportEnvs(export, delivery string, costs ...string) []Envelope {
	c := chunkEnv("cur", "2025-06", delivery, 0, costs...)
	m := markerEnv("cur", "2025-06", delivery, 1)
	marker := m.Event.(SpendPeriodReplaced)
	marker.Export = export
	m.Event = marker
	c.Stream = SpendStream("cur", cmp.Or(export, DefaultSpendExport), "2025-06")
	m.Stream = c.Stream
	return []Envelope{c, m}
}

func TestSpendLedgerMergesTheExportsOfAPeriod(t *testing.T) {
	l := NewSpendLedger()
	apply := func(envs []Envelope) bool {
		changed := false
		for _, env := range envs {
			changed = l.Apply(env) || changed
		}
		return changed
	}
	apply(exportEnvs("team-a", "a1", "1"))
	apply(exportEnvs("team-b", "b1", "2"))
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:1", "cur:2"}; !slices.Equal(got, want) {
		t.Fatalf("June = %v, want both exports %v", got, want)
	}
	apply(exportEnvs("team-a", "a2", "3"))
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:3", "cur:2"}; !slices.Equal(got, want) {
		t.Fatalf("June after team-a's redelivery = %v, want %v", got, want)
	}
	// Rolling team-a back to its first delivery: recorded again, in force again.
	if !apply(exportEnvs("team-a", "a1", "1")) {
		t.Fatal("a delivery recorded again after another did not change the facts")
	}
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:1", "cur:2"}; !slices.Equal(got, want) {
		t.Fatalf("June after the rollback = %v, want %v", got, want)
	}
	// A marker without an export (recorded before exports were told apart,
	// on its old stream) is the default export's: a later default delivery
	// replaces it rather than adding to it.
	legacy := exportEnvs("", "old", "5")
	for i := range legacy {
		legacy[i].Stream = "spend-cur-2025-06"
	}
	apply(legacy)
	apply(exportEnvs(DefaultSpendExport, "new", "6"))
	if got, want := costsOf(l.PeriodFacts("2025-06")), []string{"cur:6", "cur:1", "cur:2"}; !slices.Equal(got, want) {
		t.Fatalf("June after the default export's delivery = %v, want %v (by export)", got, want)
	}
}
