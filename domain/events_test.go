package domain

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

// sampleEvents holds one fully populated event of every type (decimals
// without trailing zeros, so that a JSON round trip is DeepEqual).
func sampleEvents() []Event {
	at := time.Date(2025, 3, 10, 9, 30, 0, 0, time.UTC)
	bc := BusinessCase{Category: ValueCostSaving, AnnualValue: dec("1234.56"), Description: "d", DeclaredBy: lead}
	decision := GapAction{
		Action: ActionApproveModel, WorkloadID: "w1", Scope: []Scope{{acctA, "us-east-1"}}, BusinessCase: &bc,
		ProductOwner: "po", BusinessRequestID: "br", ClaimID: "c", TaskID: "t", AddedScope: []Scope{{acctB, "eu-west-1"}},
		Model: model, AnchorType: AnchorGuardrail, Anchor: guardARN, EffectiveFrom: "2025-03-11", Target: "x",
	}
	f := notApprovedFinding("10.25")
	f.WorkloadID, f.BusinessRequestID = "w1", "br1"
	f.Evidence.ResourceIDs = []string{guardARN}
	sum := DetectionSummary{WindowStart: "2025-02-08", WindowEnd: "2025-03-09", TotalGapSpend: dec("12.5"), UnanchoredSpend: dec("0.3")}
	fact := SpendFact{Source: "cur", Period: "2025-03", Day: "2025-03-01", AccountID: acctA, LineType: "Usage", Sessions: []string{"s"}, Quantity: dec("3"), Cost: dec("1.5")}
	return []Event{
		BusinessRequestSubmitted{ID: "br", Model: model, ProductOwner: "po", Scope: []Scope{{acctA, "us-east-1"}}, Justification: "j", BusinessCase: &bc, Requester: owner},
		BusinessRequestApproved{ID: "br", Rationale: "r"},
		BusinessRequestRejected{ID: "br", Rationale: "r"},
		BusinessRequestWithdrawn{ID: "br", Rationale: "r"},
		ApprovalScopeAdded{ID: "br", Scope: []Scope{{acctB, "us-east-1"}}, Rationale: "r"},
		BusinessCaseDeclared{WorkloadID: "w1", BusinessCase: bc},
		WorkloadRegistered{ID: "w1", Name: "n", ProductOwner: "po", Budget: "b", MonthlyEstimate: new(dec("99.99")), BusinessRequestID: "br", RegisteredBy: owner},
		ResourceClaimed{WorkloadID: "w1", ClaimID: "c", AnchorType: AnchorIAMRole, Anchor: "arn:aws:iam::111111111111:role/app", EffectiveFrom: "2025-03-11", ClaimedAt: at, ClaimedBy: owner, Rationale: "r"},
		ClaimReleased{WorkloadID: "w1", ClaimID: "c", EffectiveFrom: "2025-03-12", Rationale: "r"},
		AccountBudgetsSet{AccountID: acctA, Budgets: []BudgetShare{{"a", dec("50")}, {"b", dec("50")}}, EvenSplit: true, Rationale: "r"},
		TaskCompleted{TaskID: "t", Note: "n", CompletedBy: eng},
		SettingsUpdated{Settings: DefaultSettings()},
		GapOpened{GapID: "g", Finding: f},
		GapEvidenceChanged{GapID: "g", Finding: f},
		GapActionTaken{GapID: "g", Decision: decision, Rationale: "r"},
		GapMarkedResolved{GapID: "g", Rationale: "r", ByHand: true},
		GapFindingCleared{GapID: "g", Rationale: "r"},
		GapReopened{GapID: "g", Finding: f, Rationale: "r"},
		GapDecisionRecalled{GapID: "g", Rationale: "r", Recalled: decision, EffectiveDay: "2025-03-10"},
		DetectionSummaryChanged{Summary: sum},
		SpendFactsChunk{DeliveryID: "d", Source: "cur", Period: "2025-03", Chunk: 1, Facts: []SpendFact{fact}},
		SpendPeriodReplaced{DeliveryID: "d", Source: "cur", Period: "2025-03", Chunks: 1, Facts: 1, Files: []string{"f"}, RowsRead: 9, AIRows: 1,
			AttributableSpend: dec("1.5"), Adjustments: dec("-0.1"), IgnoredRows: map[string]int64{"not AI": 8}},
		IngestCompleted{IngestID: "i", Source: "cur", Periods: []string{"2025-03"}, Unchanged: []string{"2025-02"}, Files: 1, RowsRead: 9, AIRows: 1,
			IgnoredRows: map[string]int64{"not AI": 8}, AttributableSpend: dec("1.5"), Adjustments: dec("-0.1")},
		IngestFailed{DeliveryID: "finance|k1|e1", Location: "s3://b/cur/", Export: "finance", Periods: []string{"2025-03"},
			Reason: "no such object", Attempt: 2, NextTry: time.Date(2025, 4, 1, 0, 0, 10, 0, time.UTC)},
		DecisionGuarded{Key: "anchor " + guardARN, Stream: "workload-w1", ExpectedRevision: 3, Events: []GuardedEvent{{
			ID: "5c1c9a3e-4f4e-4c49-9d55-3e0f3c1f2a11", Type: EventResourceClaimed, Data: []byte(`{"claimId":"c"}`), Metadata: []byte(`{"rationale":"r"}`)}}},
		GuardVoided{Key: "anchor " + guardARN},
		NotificationAttempted{DeliveryID: "d1", GapID: "g1", Recipient: "alice", Channel: "webhook", Rule: "product owner on the records", Attempt: 1, Outcome: DeliverySent},
		NotifierEnabled{},
	}
}

func TestEncodeDecodeRoundTripsEveryEvent(t *testing.T) {
	samples := sampleEvents()
	var covered []string
	for _, e := range samples {
		typ, data, err := Encode(e)
		if err != nil {
			t.Fatal(err)
		}
		if typ != e.EventType() || typ != reflect.TypeOf(e).Name() {
			t.Errorf("%T encodes as type %q", e, typ)
		}
		got, err := Decode(typ, data)
		if err != nil {
			t.Fatalf("decode %s: %v", typ, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("%s round trip:\n got %#v\nwant %#v", typ, got, e)
		}
		covered = append(covered, typ)
	}
	slices.Sort(covered)
	if !slices.Equal(covered, EventTypes()) {
		t.Fatalf("samples cover %v, Decode knows %v", covered, EventTypes())
	}
}

func TestDecodeRefusesUnknownAndMalformed(t *testing.T) {
	if _, err := Decode("NoSuchEvent", []byte(`{}`)); err == nil {
		t.Error("unknown event type decoded")
	}
	if _, err := Decode(EventGapOpened, []byte(`{"gapId": 3}`)); err == nil {
		t.Error("malformed payload decoded")
	}
	if _, _, err := Encode(nil); err == nil {
		t.Error("nil event encoded")
	}
}

func TestGapIDIsDeterministic(t *testing.T) {
	a := GapID(ScenarioNotBusinessApproved, "claude46sonnet")
	if a != GapID(ScenarioNotBusinessApproved, "claude46sonnet") {
		t.Fatal("same scenario and key gave two ids")
	}
	if a == GapID(ScenarioOutOfApprovedScope, "claude46sonnet") || a == GapID(ScenarioNotBusinessApproved, "claude3haiku") {
		t.Fatal("different findings share an id")
	}
	if len(a) != 36 {
		t.Fatalf("gap id %q is not a uuid", a)
	}
}
