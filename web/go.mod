// Not Go code: this file only keeps the Go tool's ./... out of web/, whose
// node_modules ship stray .go files. The built console is embedded by
// internal/console.
module github.com/allocation-gaps/gaps/web

go 1.26
