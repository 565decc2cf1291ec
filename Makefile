# The two commands a newcomer needs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
GO ?= go
PG_PORT_TEST ?= 54329
PG_PORT_RUN ?= 54320
DATA ?= .data

.PHONY: run test build vet bench clean generate

build:
	$(GO) build -o bin/gaps ./cmd/gaps

# A throwaway PostgreSQL cluster in a temp dir, always stopped afterwards.
test:
	@set -euo pipefail; \
	tmp=$$(mktemp -d); chmod 755 "$$tmp"; \
	trap 'scripts/pg.sh stop "$$tmp/pg"; rm -rf "$$tmp"' EXIT INT TERM; \
	url=$$(scripts/pg.sh start "$$tmp/pg" $(PG_PORT_TEST) throwaway); \
	export GAPS_TEST_DATABASE_URL="$$url"; \
	echo "== go vet"; $(GO) vet ./...; \
	echo "== go test -race (PostgreSQL at $$url)"; \
	$(GO) test -race -count=1 -timeout 40m ./...

bench:
	@set -euo pipefail; \
	tmp=$$(mktemp -d); chmod 755 "$$tmp"; \
	trap 'scripts/pg.sh stop "$$tmp/pg"; rm -rf "$$tmp"' EXIT INT TERM; \
	export GAPS_TEST_DATABASE_URL=$$(scripts/pg.sh start "$$tmp/pg" $(PG_PORT_TEST) throwaway); \
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

# The whole product on the embedded PostgreSQL in $(DATA)/ (reused by the next run), on port
# $(PG_PORT_RUN); the API on GAPS_HTTP_ADDR (default :8080): make run PG_PORT_RUN=54343 GAPS_HTTP_ADDR=127.0.0.1:18433
run: build
	@set -euo pipefail; \
	url=$$(scripts/pg.sh start "$(DATA)/pg" $(PG_PORT_RUN)); \
	trap 'scripts/pg.sh stop "$(DATA)/pg"' EXIT INT TERM; \
	url="$${GAPS_DATABASE_URL:-$$url}"; \
	echo "make run: PostgreSQL at $$url (PG_PORT_RUN=$(PG_PORT_RUN)), data in $(DATA)/"; \
	GAPS_DATABASE_URL="$$url" GAPS_DATA_DIR="$${GAPS_DATA_DIR:-$(DATA)}" GAPS_DEV=1 ./bin/gaps demo

# Regenerate the gqlgen code after editing graph/schema.graphqls or gqlgen.yml.
generate:
	cd graph && $(GO) generate ./...

clean:
	-scripts/pg.sh stop "$(DATA)/pg"
	rm -rf "$(DATA)" bin
