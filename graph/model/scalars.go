// Package model holds the GraphQL scalars and the types gqlgen generates for
// shapes the domain does not already have.
package model

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// decimalPattern bounds what a client may send: plain notation, at most 30
// integer and 20 fractional digits (no exponents, which could ask for a
// billion-digit number).
var decimalPattern = regexp.MustCompile(`^-?[0-9]{1,30}(\.[0-9]{1,20})?$`)

// MarshalDecimal writes a Decimal as a JSON string keeping its scale
// ("1234.5600" stays "1234.5600").
func MarshalDecimal(d decimal.Decimal) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		s := d.String()
		if d.Exponent() < 0 {
			s = d.StringFixed(-d.Exponent())
		}
		_, _ = io.WriteString(w, strconv.Quote(s))
	})
}

// UnmarshalDecimal reads a Decimal from a string (or an exact JSON integer).
// Floats are refused: they have already lost precision.
func UnmarshalDecimal(v any) (decimal.Decimal, error) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case int:
		return decimal.NewFromInt(int64(x)), nil
	case int64:
		return decimal.NewFromInt(x), nil
	case float32, float64:
		return decimal.Decimal{}, domain.Errorf(domain.CodeBadUserInput,
			"Decimal %v: send it as a string such as \"1234.56\"; a float loses precision", x)
	default:
		return decimal.Decimal{}, domain.Errorf(domain.CodeBadUserInput, "Decimal: want a string such as \"1234.56\", got %T", v)
	}
	if !decimalPattern.MatchString(s) {
		return decimal.Decimal{}, domain.Errorf(domain.CodeBadUserInput,
			"Decimal %q: want plain decimal notation such as \"1234.56\" (up to 30 integer and 20 fractional digits)", s)
	}
	return decimal.RequireFromString(s), nil
}

// MarshalTime writes a time as RFC 3339 in UTC.
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// UnmarshalTime reads an RFC 3339 time.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, domain.Errorf(domain.CodeBadUserInput, "Time: want an RFC 3339 string such as \"2025-01-31T12:00:00Z\", got %T", v)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, domain.Errorf(domain.CodeBadUserInput, "Time %q: want RFC 3339 such as \"2025-01-31T12:00:00Z\"", s)
	}
	return t, nil
}

// DateLayout is the form of a Date, the domain's day strings.
const DateLayout = "2006-01-02"

// MarshalDate writes a day ("YYYY-MM-DD", as the domain keeps it).
func MarshalDate(day string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(day))
	})
}

// UnmarshalDate reads a calendar day "YYYY-MM-DD".
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", domain.Errorf(domain.CodeBadUserInput, "Date: want a string \"YYYY-MM-DD\", got %T", v)
	}
	if t, err := time.Parse(DateLayout, s); err != nil || t.Format(DateLayout) != s {
		return "", domain.Errorf(domain.CodeBadUserInput, "Date %q: want a calendar day \"YYYY-MM-DD\"", s)
	}
	return s, nil
}

// DayTime is the start (00:00 UTC) of a "YYYY-MM-DD" day, nil for "": the
// domain keeps days as strings where GraphQL shows a Time.
func DayTime(day string) (*time.Time, error) {
	if day == "" {
		return nil, nil
	}
	t, err := time.Parse(DateLayout, day)
	if err != nil {
		return nil, fmt.Errorf("day %q is not YYYY-MM-DD: %w", day, err)
	}
	return &t, nil
}

// MarshalJSON writes a stored JSON document as it is. Bytes that are not
// JSON (a store that kept something else) are sent as a JSON string, so
// that the response stays valid.
func MarshalJSON(raw json.RawMessage) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if json.Valid(raw) {
			_, _ = w.Write(raw)
			return
		}
		_, _ = io.WriteString(w, strconv.Quote(string(raw)))
	})
}

// UnmarshalJSON reads any JSON value.
func UnmarshalJSON(v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, domain.Errorf(domain.CodeBadUserInput, "JSON: %v", err)
	}
	return b, nil
}
