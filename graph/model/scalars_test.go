package model

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/allocation-gaps/gaps/domain"
)

func marshalled(m graphql.Marshaler) string {
	var b bytes.Buffer
	m.MarshalGQL(&b)
	return b.String()
}

func TestDecimalRoundTripKeepsScale(t *testing.T) {
	for in, want := range map[any]string{
		"1234.5600":                    `"1234.5600"`,
		"-0.000001":                    `"-0.000001"`,
		"42":                           `"42"`,
		json.Number("0.10"):            `"0.10"`,
		int64(7):                       `"7"`,
		"123456789012345678901234.123": `"123456789012345678901234.123"`,
	} {
		d, err := UnmarshalDecimal(in)
		if err != nil {
			t.Errorf("UnmarshalDecimal(%v): %v", in, err)
			continue
		}
		if got := marshalled(MarshalDecimal(d)); got != want {
			t.Errorf("round trip of %v = %s, want %s", in, got, want)
		}
	}
}

func TestDecimalRefusesInexactOrMalformedInput(t *testing.T) {
	for _, in := range []any{12.5, "", "1e3", "NaN", "Infinity", "12,50", "1.2.3", " 1", "0x10", true,
		strings.Repeat("9", 31), "1." + strings.Repeat("0", 21)} {
		_, err := UnmarshalDecimal(in)
		if domain.ErrorCode(err) != domain.CodeBadUserInput {
			t.Errorf("UnmarshalDecimal(%#v) = %v, want BAD_USER_INPUT", in, err)
		}
	}
}

func TestTimeAndDate(t *testing.T) {
	tm, err := UnmarshalTime("2025-03-01T10:00:00+02:00")
	if err != nil {
		t.Fatal(err)
	}
	if got := marshalled(MarshalTime(tm)); got != `"2025-03-01T08:00:00Z"` {
		t.Errorf("time shown as %s, want UTC", got)
	}
	for _, bad := range []any{"2025-03-01", "yesterday", 1700000000} {
		if _, err := UnmarshalTime(bad); domain.ErrorCode(err) != domain.CodeBadUserInput {
			t.Errorf("UnmarshalTime(%#v) = %v, want BAD_USER_INPUT", bad, err)
		}
	}
	if d, err := UnmarshalDate("2024-02-29"); err != nil || marshalled(MarshalDate(d)) != `"2024-02-29"` {
		t.Errorf("leap day: %q %v", d, err)
	}
	for _, bad := range []any{"2025-02-29", "2025-3-01", "2025-03-01T00:00:00Z", 20250301} {
		if _, err := UnmarshalDate(bad); domain.ErrorCode(err) != domain.CodeBadUserInput {
			t.Errorf("UnmarshalDate(%#v) = %v, want BAD_USER_INPUT", bad, err)
		}
	}
	if got, err := DayTime("2025-03-01"); err != nil || !got.Equal(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DayTime = %v %v", got, err)
	}
	if got, err := DayTime(""); got != nil || err != nil {
		t.Errorf(`DayTime("") = %v %v, want nil`, got, err)
	}
}
