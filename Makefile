# presslens: the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.DEFAULT_GOAL := help
.PHONY: help run test install install-dev lint format bench bench-quick index clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("presslens needs Python >= 3.11" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dev,bench]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed  ## create .venv and install presslens

install-dev: $(VENV)/.installed-dev  ## install presslens with test and benchmark tools

run: install  ## install, build the index from corpus/ if needed, serve http://127.0.0.1:8000
	$(BIN)/presslens serve

test: install-dev  ## lint and run every test (the last line says whether the browser tests ran)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest || status=$$?; $(BIN)/python -m tests.widget.browser_status; exit $${status:-0}

index: install  ## update the index from corpus/ (incremental)
	$(BIN)/presslens index

lint: install-dev  ## ruff check
	$(BIN)/ruff check .

format: install-dev  ## ruff format + fix imports
	$(BIN)/ruff check --fix --select I .
	$(BIN)/ruff format .

bench: install-dev  ## presslens vs tantivy, SQLite FTS5 (SIZE=26k, 100k, 300k or 1m; results/<size>.json)
	$(BIN)/python -m benchmarks.run --size $(or $(SIZE),26k)

.PHONY: relevance
relevance: install-dev  ## ranking quality against FTS5 and tantivy (Cranfield, XQuAD-R)
	$(BIN)/python -m benchmarks.relevance

clean:  ## remove the virtual environment and the index
	rm -rf $(VENV) .presslens .pytest_cache .ruff_cache
