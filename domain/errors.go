package domain

import (
	"errors"
	"fmt"
)

// Code classifies an error for the edge (GraphQL extensions.code, CLI exit).
type Code string

const (
	CodeUnauthenticated   Code = "UNAUTHENTICATED"
	CodeForbidden         Code = "FORBIDDEN"
	CodeBadUserInput      Code = "BAD_USER_INPUT"
	CodeNotFound          Code = "NOT_FOUND"
	CodeConflict          Code = "CONFLICT"
	CodeInvalidTransition Code = "INVALID_TRANSITION"
	CodeInternal          Code = "INTERNAL"
	// CodeRecordedNotVisible: a command was recorded, but the read models
	// did not show it in time. Repeating the command would repeat it.
	CodeRecordedNotVisible Code = "RECORDED_NOT_VISIBLE"
)

// Error is the one error type with a code that crosses package boundaries.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf builds an *Error with a code.
func Errorf(code Code, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, CodeInternal when it carries none.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
