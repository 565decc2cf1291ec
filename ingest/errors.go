package ingest

import (
	"fmt"

	"github.com/allocation-gaps/gaps/domain"
)

// badInput is the error of a rejected file: it names the file, and the row
// (1-based, data rows only) and column when one applies.
func badInput(file string, row int64, column string, format string, args ...any) error {
	where := file
	if row > 0 {
		where += fmt.Sprintf(": row %d", row)
	}
	if column != "" {
		where += fmt.Sprintf(": column %s", column)
	}
	return domain.Errorf(domain.CodeBadUserInput, "%s: %s", where, fmt.Sprintf(format, args...))
}

// maxCellLength bounds one text cell of a delivery: ARNs and tag pairs are
// the longest legitimate values, well under it.
const maxCellLength = 4096

// checkCell applies the domain's text rule to a text cell, so that nothing a
// delivery carries can fail to project: the error names file, row and column.
func checkCell(file string, row int64, column, v string) error {
	if err := domain.CheckText("column "+column, v, maxCellLength, false); err != nil {
		return badInput(file, row, "", "%v", err)
	}
	return nil
}
