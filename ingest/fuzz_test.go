package ingest

import (
	"bytes"
	"testing"

	"github.com/allocation-gaps/gaps/domain"
)

// checkCounts: every row read is either an AI row or ignored with a reason.
func checkCounts(t *testing.T, res *fileResult) {
	t.Helper()
	for p, acc := range res.periods {
		ignored := int64(0)
		for _, n := range acc.ignored {
			ignored += n
		}
		if acc.rowsRead != acc.aiRows+ignored {
			t.Fatalf("period %s: %d rows read, %d AI, %d ignored", p, acc.rowsRead, acc.aiRows, ignored)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte(curCSVHeader + curCSVRows))
	f.Add([]byte(curCSVHeader))
	f.Add([]byte(`"BillingPeriodStart","ChargePeriodStart","SubAccountId","ServiceName","ChargeCategory","ResourceId","BilledCost","BillingCurrency"
"2024-09-01 00:00:00","2024-09-18 22:00:00","123","Amazon Bedrock","Usage",NULL,0.5,"USD"
"2024-09-01 00:00:00","2024-09-18 22:00:00","123","Amazon S3","Usage",NULL,NULL,"USD"
`))
	f.Add([]byte("a,b\n\"unterminated"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, lay := range []*layout{&curLayout, &focusLayout} {
			res, err := readCSV("fuzz.csv", bytes.NewReader(data), lay, nil)
			if err != nil {
				if domain.ErrorCode(err) != domain.CodeBadUserInput {
					t.Fatalf("error without the bad-input code: %v", err)
				}
				continue
			}
			checkCounts(t, res)
		}
	})
}

func FuzzReadClaude(f *testing.F) {
	f.Add([]byte(claudeReport))
	f.Add([]byte(`[` + claudeReport + `,` + claudeReport + `]`))
	f.Add([]byte(`{"data":[{"starting_at":"bad","results":[{"amount":"1"}]}]}`))
	f.Add([]byte(`{"data":[{"starting_at":"2025-06-01T00:00:00Z","results":[{"amount":"1e400","currency":"USD"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := readClaude("fuzz.json", bytes.NewReader(data), nil)
		if err != nil {
			if domain.ErrorCode(err) != domain.CodeBadUserInput {
				t.Fatalf("error without the bad-input code: %v", err)
			}
			return
		}
		checkCounts(t, res)
		for _, acc := range res.periods {
			buildFacts(SourceClaude, acc.groups)
		}
	})
}
