# kalshi-trade: every target sets itself up from a fresh clone (make install runs when needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(abspath $(BIN)):$(PATH)
UPSTREAM ?=
WS_UPSTREAM ?=
GEN_FLAGS := --config generator-config.yaml --meta none --overwrite --fail-on-warning \
	--custom-template-path openapi/templates

.PHONY: install test lint typecheck spec spec-ws generate check-generated demo bench docs format

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,docs,bench]"
	touch $@

install: $(BIN)/.installed

test: install
	$(BIN)/python -m pytest -q

LINT_PATHS = $(wildcard wrapper tests openapi examples benchmarks)

lint: install
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

demo: install
	$(BIN)/python examples/order_groups_lifecycle.py

bench: install
	$(BIN)/python -m benchmarks

docs: install
	$(BIN)/mkdocs build --strict --site-dir site

format: install
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

typecheck: install
	$(BIN)/mypy wrapper benchmarks

# make spec takes either spec or both: UPSTREAM (the REST OpenAPI document), WS_UPSTREAM (the
# feed's AsyncAPI document); make spec-ws is the feed's alone.
spec: install
	@test -n "$(UPSTREAM)$(WS_UPSTREAM)" || (echo "usage: make spec UPSTREAM=<path or URL of Kalshi's openapi.yaml> [WS_UPSTREAM=<path or URL of Kalshi's asyncapi.yaml>]"; exit 2)
	@if [ -n "$(UPSTREAM)" ]; then $(BIN)/python openapi/normalize.py "$(UPSTREAM)"; fi
	@if [ -n "$(WS_UPSTREAM)" ]; then $(BIN)/python openapi/normalize_ws.py "$(WS_UPSTREAM)"; fi

spec-ws: install
	@test -n "$(WS_UPSTREAM)" || (echo "usage: make spec-ws WS_UPSTREAM=<path or URL of Kalshi's asyncapi.yaml>"; exit 2)
	$(BIN)/python openapi/normalize_ws.py "$(WS_UPSTREAM)"

# Generate into OUT (default generated/kalshi_openapi), then the post-generation step.
# The pages generated from it (docs/reference/api.md, docs/coverage.md) go under DOCS_OUT.
# The feed's models (from openapi/kalshi-ws.yaml, through an OpenAPI document of its
# schemas made in a temporary folder) go to WS_OUT.
OUT ?= generated/kalshi_openapi
WS_OUT ?= generated/kalshi_ws
DOCS_OUT ?= docs
GENERATED_DOCS := reference/api.md coverage.md
generate: install
	$(BIN)/openapi-python-client generate --path openapi/kalshi.yaml $(GEN_FLAGS) --output-path $(OUT)
	$(BIN)/python openapi/postgen.py $(OUT)
	$(BIN)/python openapi/gen_resources.py $(OUT)
	$(BIN)/python openapi/gen_docs.py $(OUT) $(DOCS_OUT)
	@tmp=$$(mktemp -d) && $(BIN)/python openapi/gen_ws.py translate $$tmp/kalshi-ws-openapi.yaml \
		&& $(BIN)/openapi-python-client generate --path $$tmp/kalshi-ws-openapi.yaml $(GEN_FLAGS) \
		--output-path $(WS_OUT); status=$$?; rm -rf $$tmp; exit $$status
	$(BIN)/python openapi/gen_ws.py postgen $(WS_OUT)

check-generated: install
	@rm -rf .check-generated && mkdir -p .check-generated
	@$(MAKE) --no-print-directory -s generate OUT=.check-generated/kalshi_openapi \
		DOCS_OUT=.check-generated/docs WS_OUT=.check-generated/kalshi_ws >/dev/null
	@diff -ru -x __pycache__ generated/kalshi_openapi .check-generated/kalshi_openapi \
		&& echo "generated/ matches openapi/kalshi.yaml" \
		|| (echo "generated/ differs from what openapi/kalshi.yaml generates: run make generate"; exit 1)
	@diff -ru -x __pycache__ generated/kalshi_ws .check-generated/kalshi_ws \
		&& echo "generated/kalshi_ws matches openapi/kalshi-ws.yaml" \
		|| (echo "generated/kalshi_ws differs from what openapi/kalshi-ws.yaml generates: run make generate"; exit 1)
	@for page in $(GENERATED_DOCS); do diff -u docs/$$page .check-generated/docs/$$page \
		|| { echo "docs/$$page differs from what make generate writes: run make generate"; \
		exit 1; }; done && echo "the generated docs pages match"
	@rm -rf .check-generated
