//go:build race

package main

// raceBuild: under -race the binary under test is built with the race
// detector too, so a race in a served request fails its exit-code check.
const raceBuild = true
