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
