package graph

import "github.com/allocation-gaps/gaps/domain"

// nullable shows the domain's "" (unknown, none) as GraphQL null.
func nullable[T ~string](s T) *T {
	if s == "" {
		return nil
	}
	return &s
}

// notImplemented is what a resolver returns until it is written: an
// INTERNAL error that says so, rather than a panic.
func notImplemented(field string) error {
	return domain.Errorf(domain.CodeInternal, "%s is not implemented yet", field)
}
