package ingest

import (
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/shopspring/decimal"
)

// claudeCostReport is the response of the Anthropic Admin API
// GET /v1/organizations/cost_report: daily buckets of cost items, each
// amount a decimal string in cents.
type claudeCostReport struct {
	Data []struct {
		StartingAt string `json:"starting_at"`
		Results    []struct {
			Amount      string  `json:"amount"`
			Currency    string  `json:"currency"`
			WorkspaceID *string `json:"workspace_id"`
			Description *string `json:"description"`
			CostType    *string `json:"cost_type"`
			Model       *string `json:"model"`
			TokenType   *string `json:"token_type"`
		} `json:"results"`
	} `json:"data"`
}

// claudeDefaultWorkspace names the spend of the organisation's default
// workspace, which the report gives a null workspace_id.
const claudeDefaultWorkspace = "default"

// readClaude reads a cost report: one response object, or an array of the
// pages of one.
func readClaude(name string, r io.Reader, progress func(bytes, rows int64)) (*fileResult, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, badInput(name, 0, "", "%v", err)
	}
	var pages []claudeCostReport
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(trimmed, &pages)
	} else {
		pages = make([]claudeCostReport, 1)
		err = json.Unmarshal(trimmed, &pages[0])
	}
	if err != nil {
		return nil, badInput(name, 0, "", "not a Claude cost report: %v", err)
	}
	out := newFileResult()
	rows := rowProgress{report: progress}
	defer rows.flush()
	n := int64(0)
	for _, page := range pages {
		for _, bucket := range page.Data {
			start, err := time.Parse(time.RFC3339, bucket.StartingAt)
			if err != nil && len(bucket.Results) > 0 {
				return nil, badInput(name, n+1, "starting_at", "unparsable time %q", bucket.StartingAt)
			}
			day := dayOf(start)
			acc := out.period(day.period())
			for _, item := range bucket.Results {
				n++
				if item.Currency != "" && item.Currency != "USD" {
					return nil, badInput(name, n, "currency", "currency %q: only USD is supported", item.Currency)
				}
				cents, err := decimal.NewFromString(item.Amount)
				if err != nil {
					return nil, badInput(name, n, "amount", "unparsable amount %q", item.Amount)
				}
				line := rawLine{
					Period: day.period(), Day: day.String(), LineType: "Usage",
					WorkspaceID: claudeDefaultWorkspace, ProductName: deref(item.Description),
					Operation: deref(item.CostType), UsageType: deref(item.TokenType), Model: deref(item.Model),
				}
				if item.WorkspaceID != nil && *item.WorkspaceID != "" {
					line.WorkspaceID = *item.WorkspaceID
				}
				for column, v := range map[string]string{"description": line.ProductName, "cost_type": line.Operation,
					"token_type": line.UsageType, "model": line.Model, "workspace_id": line.WorkspaceID} {
					if err := checkCell(name, n, column, v); err != nil {
						return nil, err
					}
				}
				acc.rowsRead++
				acc.aiRows++
				rows.row()
				acc.sums(line).cost.addDecimal(cents.Shift(-2)) // cents to dollars, exactly
			}
		}
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
