package domain

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text limits, in characters (docs/SECURITY.md). Prose is what people write
// to explain a decision; every other text is a name, an id or a code.
const (
	MaxProseLength = 4000
	MaxNameLength  = 256
)

// proseFields are the free-text fields; they may span lines.
var proseFields = map[string]bool{"rationale": true, "justification": true, "description": true, "note": true}

// CheckText is the one rule for text that may enter the log: valid UTF-8, no
// control characters (line breaks and tabs allowed in prose only), not only
// invisible characters when not empty, and at most maxLen characters. The
// error is BAD_USER_INPUT naming field. A NUL byte in particular never
// reaches the log: PostgreSQL refuses it in text and jsonb.
func CheckText(field, v string, maxLen int, prose bool) error {
	if v == "" {
		return nil
	}
	if !utf8.ValidString(v) {
		return Errorf(CodeBadUserInput, "%s: is not valid UTF-8", field)
	}
	visible := false
	n := 0
	for _, r := range v {
		n++
		switch {
		case prose && (r == '\n' || r == '\r' || r == '\t'):
		case unicode.IsControl(r):
			return Errorf(CodeBadUserInput, "%s: control character %U at character %d is not allowed", field, r, n)
		case !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r):
			visible = true
		}
	}
	if !visible {
		return Errorf(CodeBadUserInput, "%s: has only invisible characters (whitespace or zero-width)", field)
	}
	if n > maxLen {
		return Errorf(CodeBadUserInput, "%s: is %d characters long, more than the limit of %d", field, n, maxLen)
	}
	return nil
}

// CheckTexts applies CheckText to every string reachable from v (struct
// fields, pointers, slices, maps), naming each by its path from root in the
// API's spelling (BusinessCase.Description → businessCase.description,
// Scope[0].Region → scope[0].region). Fields named like prose get the prose
// limit, all others the name limit.
func CheckTexts(root string, v any) error {
	return checkValue(root, "", reflect.ValueOf(v))
}

func checkValue(path, name string, v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		if proseFields[name] {
			return CheckText(path, v.String(), MaxProseLength, true)
		}
		return CheckText(path, v.String(), MaxNameLength, false)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return checkValue(path, name, v.Elem())
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := checkValue(fmt.Sprintf("%s[%d]", path, i), name, v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			key := fmt.Sprint(iter.Key().Interface())
			if err := checkValue(joinPath(path, key), key, iter.Value()); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			field := apiName(f.Name)
			if err := checkValue(joinPath(path, field), field, v.Field(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func joinPath(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// apiName spells a Go field name as the API does: lower camel case, with
// the initialism ID as Id (ClaimID → claimId, ID → id).
func apiName(goName string) string {
	s := strings.Replace(goName, "ID", "Id", 1)
	if s == "Id" {
		return "id"
	}
	return strings.ToLower(s[:1]) + s[1:]
}
