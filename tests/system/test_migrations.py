"""Models and migrations agree; SQLite migrates itself; other stores refuse an old schema.

Runs on SQLite and on PostgreSQL. `rebound migrate` is run as a subprocess with
`DATABASE_URL`, the way the `release` process of the Procfile runs it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

from bot.store.db import Database, SchemaOutdated, ensure_schema, migrate, open_database
from bot.store.models import Base
from tests.support.harness import pg_admin_execute, pg_base_url

REBOUND = str(Path(sys.executable).with_name("rebound"))


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def differences(db: Database) -> list[object]:
    async with db.engine.connect() as conn:
        return await conn.run_sync(_differences)


async def empty_database(backend: str, tmp_path: Path) -> str:
    """A database with no schema at all."""
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    name = "m_" + uuid.uuid4().hex[:16]
    await pg_admin_execute(f"CREATE DATABASE {name}")
    return make_url(pg_base_url() or "").set(database=name).render_as_string(hide_password=False)


async def test_models_and_migrations_agree(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert await differences(db) == []
    finally:
        await db.dispose()


async def test_an_empty_schema_would_be_noticed(backend: str, tmp_path: Path) -> None:
    """The comparison is live: against an empty database it finds every table missing."""
    db = open_database(await empty_database(backend, tmp_path))
    try:
        missing = {d[1].name for d in await differences(db) if d[0] == "add_table"}  # type: ignore[index]
        assert missing == set(Base.metadata.tables)
    finally:
        await db.dispose()


async def test_the_store_migrates_itself_or_refuses(backend: str, tmp_path: Path) -> None:
    db = open_database(await empty_database(backend, tmp_path))
    try:
        if backend == "sqlite":
            # The embedded default migrates itself on start, and again is harmless.
            await ensure_schema(db)
            await ensure_schema(db)
            assert await differences(db) == []
        else:
            with pytest.raises(SchemaOutdated, match="rebound migrate") as caught:
                await ensure_schema(db)
            assert "at nothing" in str(caught.value)
            await migrate(db)
            await ensure_schema(db)
    finally:
        await db.dispose()


async def test_an_outdated_schema_is_refused(db_url: str, backend: str) -> None:
    db = open_database(db_url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DELETE FROM alembic_version"))
        if backend == "postgres":
            with pytest.raises(SchemaOutdated, match=r"at nothing.*`rebound migrate`"):
                await ensure_schema(db)
        async with db.engine.begin() as conn:
            await conn.execute(text("INSERT INTO alembic_version VALUES ('9999future')"))
        # A schema from a newer Rebound is refused everywhere, also by `rebound migrate`.
        for attempt in (ensure_schema, migrate):
            with pytest.raises(SchemaOutdated, match=r"9999future.*upgrade Rebound"):
                await attempt(db)
    finally:
        await db.dispose()


async def _run(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        REBOUND,
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **env},
    )
    out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_rebound_migrate_fixes_an_unmigrated_database(backend: str, tmp_path: Path) -> None:
    url = await empty_database(backend, tmp_path)
    env = {"DATABASE_URL": url}
    if backend == "postgres":
        # The app refuses to start and says what to run.
        code, _, err = await _run("console", "--clock", "2026-11-02T09:00:00Z", env=env)
        assert code == 2
        assert "rebound migrate" in err
    code, out, err = await _run("migrate", env=env)
    assert code == 0, err
    assert "newest schema" in out
    password = make_url(url).password
    if password:
        assert str(password) not in out + err
    db = open_database(url)
    try:
        await ensure_schema(db)
        assert await differences(db) == []
    finally:
        await db.dispose()
