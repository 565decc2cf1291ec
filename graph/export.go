package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/allocation-gaps/gaps/csvexport"
	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/projections"
)

// csvDownload is one CSV export: who may read it, and how its parameters
// become a file name and the CSV body.
type csvDownload struct {
	roles   []domain.Role // as the matching GraphQL query
	prepare func(params url.Values) (filename string, write func(context.Context, io.Writer) error, err error)
}

// exportHandler serves the CSV downloads under /export/ (package csvexport)
// to callers authenticated as for /query:
//
//	/export/gaps.csv?scenario=…&state=…&account=…&model=…&principal=…&tag=…&search=…&order=…&direction=…
//	/export/budget-allocation.csv?period=YYYY-MM
//	/export/gap-history.csv?gap=ID
//
// Refusals are plain text: 400 naming the parameter, 401, 403, 404.
func exportHandler(reader projections.Reader, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /export/gaps.csv", serveCSV(log, csvDownload{roles: anyRole,
		prepare: func(params url.Values) (string, func(context.Context, io.Writer) error, error) {
			f, o, err := csvexport.GapQuery(params)
			return "allocation-gaps.csv", func(ctx context.Context, w io.Writer) error {
				return csvexport.Gaps(ctx, reader, f, o, w)
			}, err
		}}))
	mux.Handle("GET /export/budget-allocation.csv", serveCSV(log, csvDownload{roles: moneyReader,
		prepare: func(params url.Values) (string, func(context.Context, io.Writer) error, error) {
			period, err := onlyParam(params, "period")
			return "budget-allocation-" + period + ".csv", func(ctx context.Context, w io.Writer) error {
				return csvexport.BudgetAllocation(ctx, reader, period, w)
			}, err
		}}))
	mux.Handle("GET /export/gap-history.csv", serveCSV(log, csvDownload{roles: anyRole,
		prepare: func(params url.Values) (string, func(context.Context, io.Writer) error, error) {
			gap, err := onlyParam(params, "gap")
			return "gap-history-" + gap + ".csv", func(ctx context.Context, w io.Writer) error {
				return csvexport.GapHistory(ctx, reader, gap, w)
			}, err
		}}))
	return mux
}

// onlyParam is the one value of the one parameter a download takes.
func onlyParam(params url.Values, name string) (string, error) {
	for other := range params {
		if other != name {
			return "", domain.Errorf(domain.CodeBadUserInput, "%s: unknown parameter (want only %s)", other, name)
		}
	}
	switch values := params[name]; {
	case len(values) == 0 || values[0] == "":
		return "", domain.Errorf(domain.CodeBadUserInput, "%s: missing", name)
	case len(values) > 1:
		return "", domain.Errorf(domain.CodeBadUserInput, "%s: given %d times, at most once", name, len(values))
	default:
		return values[0], nil
	}
}

func serveCSV(log *slog.Logger, d csvDownload) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := requireRole(r.Context(), d.roles...); err != nil {
			refuse(w, r, log, err)
			return
		}
		filename, write, err := d.prepare(r.URL.Query())
		if err != nil {
			refuse(w, r, log, err)
			return
		}
		body := &lazyCSV{w: w, filename: filename}
		if err := write(r.Context(), body); err != nil {
			if !body.started {
				refuse(w, r, log, err)
				return
			}
			// Half a file is sent: cut the connection so that the client
			// sees a failed download, not a short one.
			log.ErrorContext(r.Context(), "csv export failed midway", "path", r.URL.Path, "error", err)
			panic(http.ErrAbortHandler)
		}
	})
}

// lazyCSV sends the download's headers with its first bytes, so that an
// error before any row still gets its own status.
type lazyCSV struct {
	w        http.ResponseWriter
	filename string
	started  bool
}

func (l *lazyCSV) Write(p []byte) (int, error) {
	if !l.started {
		l.started = true
		h := l.w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", l.filename))
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
	}
	return l.w.Write(p)
}

// refuse answers a download that cannot be served with the status of the
// error's code and its message as plain text; internal errors are logged,
// not shown.
func refuse(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	status := map[domain.Code]int{
		domain.CodeBadUserInput:    http.StatusBadRequest,
		domain.CodeUnauthenticated: http.StatusUnauthorized,
		domain.CodeForbidden:       http.StatusForbidden,
		domain.CodeNotFound:        http.StatusNotFound,
	}[domain.ErrorCode(err)]
	var derr *domain.Error
	if status == 0 || !errors.As(err, &derr) {
		log.ErrorContext(r.Context(), "csv export failed", "path", r.URL.Path, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
	http.Error(w, derr.Message, status)
}
