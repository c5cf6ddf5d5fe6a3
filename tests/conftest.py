"""Fixtures: every store-backed test runs on SQLite and on PostgreSQL (`make test` starts one)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest
from hypothesis import settings

from bot.core import i18n, safety
from tests.support.harness import (
    Community,
    make_engine,
    new_pg_database,
    new_sqlite_database,
    pg_base_url,
)

BACKENDS = ["sqlite", "postgres"]

# A catalogue message that cannot be formatted fails the test instead of falling back to
# English (as it would for a member).
i18n.STRICT = True

# Hypothesis: CI runs the same examples every time (no saved-example database, no
# wall-clock deadline on a loaded runner); local runs keep Hypothesis's defaults.
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.register_profile("dev")
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# Mutation testing (docs/mutation.md): the crisis detector compiles its phrasebooks on
# first use and keeps them. mutmut's stats run (MUTANT_UNDER_TEST=stats) records which
# tests execute which function, so the compiler must run inside every test that reads
# text, not only the first: the compiled phrasebooks are dropped before each test. Each
# mutant's run is a fork of the process that ran those tests, so a safety mutant's run
# drops them once, to compile them with the mutant. Normal runs leave them alone.
@pytest.fixture(autouse=True, scope="session")
def _phrasebooks_compiled_with_the_mutant() -> None:
    if os.environ.get("MUTANT_UNDER_TEST", "").startswith("bot.core.safety."):
        safety._forget_compiled()


@pytest.fixture(autouse=True)
def _phrasebooks_compiled_in_each_test() -> None:
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        safety._forget_compiled()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres" and not pg_base_url():
        if os.environ.get("CI"):
            pytest.fail("REBOUND_TEST_PG_URL is not set in CI: run the suite through `make test`")
        pytest.skip("PostgreSQL tests run under `make test`, which starts a server")
    return request.param


@pytest.fixture
async def db_url(backend: str, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if backend == "postgres":
        return await new_pg_database()
    return await new_sqlite_database(tmp_path)


@pytest.fixture
async def community(db_url: str) -> AsyncIterator[Community]:
    engine, clock, db = await make_engine(db_url)
    try:
        yield Community(engine, clock)
    finally:
        await db.dispose()
