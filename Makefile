# Rebound — every target bootstraps .venv itself, from uv.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# uv itself lives in its own small venv, so `uv sync` (which removes whatever
# the lock does not list from .venv) never uninstalls it.
UV_VERSION := 0.13.9
UV_VENV := .uv
UV := $(UV_VENV)/bin/uv
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test test-fast lint bench lock clean

$(UV):
	$(PYTHON) -m venv $(UV_VENV)
	$(UV_VENV)/bin/python -m pip install --quiet uv==$(UV_VERSION)

# --locked installs exactly what uv.lock says and fails if pyproject.toml has
# changed since it was written (run `make lock`). The project is installed editable.
$(STAMP): uv.lock pyproject.toml | $(UV)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --locked --extra dev --python $(PYTHON)
	@touch $(STAMP)

# `make lock` after editing dependencies; `make lock UPGRADE=1` moves every pin to the newest allowed.
lock: | $(UV)
	$(UV) lock --python $(PYTHON) $(if $(UPGRADE),--upgrade)

run: $(STAMP)
	$(BIN)/rebound console

# ruff; mypy (strict on bot/core and bot/store, see pyproject.toml); import-linter's
# layer, SDK, SQL, feature-API and no-cycle contracts.
lint: $(STAMP)
	$(BIN)/ruff check bot adapters migrations tests benchmarks scripts
	$(BIN)/ruff format --check bot adapters migrations tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint
	scripts/with-postgres.sh $(BIN)/python -m pytest -q

# Unit and feature tests on SQLite only: a quick check while working (make test runs everything).
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q tests/unit tests/features -k "not postgres" -p no:cacheprovider

bench: $(STAMP)
	scripts/with-postgres.sh $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(UV_VENV) .pytest_cache rebound.db rebound.db-wal rebound.db-shm

.PHONY: mutation docs

# Mutation testing of the rule modules (not part of `make test`; slow: see docs/mutation.md).
# `make mutation MODULES="grammar recurrence" BUDGET=600`: some modules, seconds per module;
# `SAMPLE=300`: a fixed random sample of 300 mutants per module instead of all of them.
# Prints mutants/killed/survived/timeout and the score per module, and updates the results
# table of docs/mutation.md. mutmut's working copy and state live in mutants/ (git-ignored).
MODULES ?=
BUDGET ?= 1200
mutation: $(STAMP)
	$(BIN)/python scripts/mutation.py --budget $(BUDGET) $(if $(SAMPLE),--sample $(SAMPLE)) $(MODULES)

# docs/commands.md, the command reference, from the command declarations.
docs: $(STAMP)
	$(BIN)/python scripts/gen_commands_doc.py
