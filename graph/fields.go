package graph

// nullable shows the domain's "" (unknown, none) as GraphQL null.
func nullable[T ~string](s T) *T {
	if s == "" {
		return nil
	}
	return &s
}
