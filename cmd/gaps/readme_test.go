package main

import (
	"os"
	"strings"
	"testing"
)

// The README shows the tour inline; TestTour runs docs/tour.graphql. They
// must be the same text, or the README's tour would go untested.
func TestReadmeTourIsTheTestedTour(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	tour, err := os.ReadFile("../../docs/tour.graphql")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "<!-- tour:start")
	if !ok {
		t.Fatal("README.md has no <!-- tour:start --> marker")
	}
	_, block, _ := strings.Cut(rest, "```graphql\n")
	block, _, ok = strings.Cut(block, "```\n<!-- tour:end -->")
	if !ok {
		t.Fatal("README.md's tour block is not closed by ``` and <!-- tour:end -->")
	}
	if block != string(tour) {
		t.Fatal("README.md's tour differs from docs/tour.graphql: copy the file into the block again")
	}
}
