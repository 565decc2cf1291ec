package projections

import (
	"bytes"
	"slices"
	"strings"
)

// jsonNUL is how JSON writes a NUL character.
var jsonNUL = []byte(`\u0000`)

// withoutNUL returns a row value PostgreSQL accepts: its text and jsonb
// cannot hold a NUL character, which inputs refuse now but an event an
// older version recorded may carry. NUL becomes U+FFFD (the replacement
// character), so the rest of the event is still projected.
func withoutNUL(v any) any {
	switch x := v.(type) {
	case string:
		return textWithoutNUL(x)
	case *string:
		if x != nil && strings.IndexByte(*x, 0) >= 0 {
			s := textWithoutNUL(*x)
			return &s
		}
	case []string:
		if slices.ContainsFunc(x, func(s string) bool { return strings.IndexByte(s, 0) >= 0 }) {
			out := make([]string, len(x))
			for i, s := range x {
				out[i] = textWithoutNUL(s)
			}
			return out
		}
	case []byte: // a JSON document
		if bytes.Contains(x, jsonNUL) {
			return jsonWithoutNUL(x)
		}
	}
	return v
}

func textWithoutNUL(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// jsonWithoutNUL replaces every \u0000 escape of a JSON text with \ufffd,
// leaving an escaped backslash followed by "u0000" (six characters of text) alone.
func jsonWithoutNUL(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] != '\\' || i+1 == len(b):
			out = append(out, b[i])
		case bytes.HasPrefix(b[i:], jsonNUL):
			out = append(out, `\ufffd`...)
			i += len(jsonNUL) - 1
		default: // any other escape, kept whole
			out = append(out, b[i], b[i+1])
			i++
		}
	}
	return out
}
