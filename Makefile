# The two commands a newcomer needs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
GO ?= go
PG_PORT_TEST ?= 54329
PG_PORT_RUN ?= 54320
DATA ?= .data

.PHONY: run test build vet bench clean generate console-check

# The console (web/) is built into internal/console/dist/site and embedded in
# the binary; it is rebuilt only when its sources changed.
CONSOLE := internal/console/dist/site/index.html
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/vite.config.ts web/package.json
NODE_MODULES := web/node_modules/.package-lock.json

build: $(CONSOLE)
	$(GO) build -o bin/gaps ./cmd/gaps

$(NODE_MODULES): web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

$(CONSOLE): $(NODE_MODULES) $(WEB_SOURCES)
	cd web && npm run build

# Generated operation types current, type-check, lint, component tests.
console-check: $(NODE_MODULES)
	cd web && npm run codegen:check && npm run typecheck && npm run lint && npm test

# A throwaway PostgreSQL cluster in a temp dir, always stopped afterwards;
# the browser tests run the built binary against it in Debian's Chromium.
test: build
	@set -euo pipefail; \
	scripts/chromium.sh; \
	tmp=$$(mktemp -d); chmod 755 "$$tmp"; \
	trap 'scripts/pg.sh stop "$$tmp/pg"; rm -rf "$$tmp"' EXIT INT TERM; \
	url=$$(scripts/pg.sh start "$$tmp/pg" $(PG_PORT_TEST) throwaway); \
	export GAPS_TEST_DATABASE_URL="$$url"; \
	echo "== go vet"; $(GO) vet ./...; \
	echo "== console: generated types, tsc, eslint, component tests"; $(MAKE) --no-print-directory console-check; \
	echo "== go test -race (PostgreSQL at $$url)"; \
	$(GO) test -race -count=1 -timeout 40m ./...; \
	echo "== console: browser tests (Chromium, bin/gaps, PostgreSQL at $$url)"; \
	(cd web && npm run e2e)

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
generate: $(NODE_MODULES)
	cd graph && $(GO) generate ./...
	cd web && npm run codegen

clean:
	-scripts/pg.sh stop "$(DATA)/pg"
	rm -rf "$(DATA)" bin internal/console/dist/site
