# Rebound — every target bootstraps .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/rebound console

lint: $(STAMP)
	$(BIN)/ruff check bot adapters migrations tests benchmarks
	$(BIN)/ruff format --check bot adapters migrations tests benchmarks

test: $(STAMP) lint
	scripts/with-postgres.sh $(BIN)/python -m pytest -q

bench: $(STAMP)
	scripts/with-postgres.sh $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache rebound.db rebound.db-wal rebound.db-shm
