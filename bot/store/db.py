"""Database engines and sessions: SQLite (aiosqlite) by default, PostgreSQL through asyncpg.

SQLite runs in WAL mode with a busy timeout and foreign keys on; write transactions
begin with `BEGIN IMMEDIATE` so they take the write lock up front instead of failing
half-way. Read-only work uses a deferred `BEGIN`. The schema belongs to Alembic: the
embedded SQLite default migrates itself on start, other databases must be migrated
with `rebound migrate` and the app refuses to start on an outdated schema.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
DEFAULT_URL = "sqlite+aiosqlite:///rebound.db"
READONLY = "rebound_readonly"


class SchemaOutdated(RuntimeError):
    pass


# What reaching or using a database can raise, for callers that report it in one line.
BadDatabaseURL = ArgumentError
DATABASE_ERRORS: tuple[type[Exception], ...] = (OSError, SQLAlchemyError)


def normalise_url(url: str | None) -> str:
    """Accept the spellings platforms hand out and pick the async drivers."""
    if not url:
        return DEFAULT_URL
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url[len("postgresql://") :]
    if url.startswith("sqlite://") and not url.startswith("sqlite+"):
        url = "sqlite+aiosqlite://" + url[len("sqlite://") :]
    return url


def redact(url: str) -> str:
    """A URL safe to log: never the password."""
    return make_url(url).render_as_string(hide_password=True)


def safe_url(url: str) -> str:
    """`redact`, or a placeholder for a URL that cannot even be read."""
    try:
        return redact(url)
    except ArgumentError:
        return "(unreadable URL)"


@dataclass
class Database:
    url: str
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    read_sessions: async_sessionmaker[AsyncSession]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    async def dispose(self) -> None:
        await self.engine.dispose()


def _sqlite_hooks(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so we choose its kind.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str | None, *, pool_size: int = 10) -> Database:
    url = normalise_url(url)
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        if ":memory:" in url or url.rstrip("/").endswith("sqlite+aiosqlite:"):
            raise ValueError("use a SQLite file, not :memory:, so every connection sees one store")
        from bot.store import sqlite_driver

        kwargs["connect_args"] = {"timeout": 30}
        kwargs["module"] = sqlite_driver.dbapi()
        if pool_size == 0:
            kwargs["poolclass"] = NullPool
    else:
        kwargs["pool_size"] = pool_size
        kwargs["max_overflow"] = pool_size
        kwargs["pool_pre_ping"] = True
    # Bound parameters carry members' notes: keep them out of error messages and logs.
    engine = create_async_engine(url, hide_parameters=True, **kwargs)
    if engine.dialect.name == "sqlite":
        _sqlite_hooks(engine)
    read_engine = engine.execution_options(**{READONLY: True})
    return Database(
        url=url,
        engine=engine,
        sessions=async_sessionmaker(engine, expire_on_commit=False),
        read_sessions=async_sessionmaker(read_engine, expire_on_commit=False),
    )


# --- migrations ----------------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Connection) -> None:
    from alembic import command

    _check_known(connection)
    command.upgrade(alembic_config(connection), "head")


def _revisions(connection: Connection) -> tuple[str | None, str | None, bool]:
    """The database's revision, the code's head, and whether the code knows the former."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    current = MigrationContext.configure(connection).get_current_revision()
    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        known = current is None or scripts.get_revision(current) is not None
    except CommandError:
        known = False
    return current, scripts.get_current_head(), known


def _check_known(connection: Connection) -> None:
    current, _, known = _revisions(connection)
    if not known:
        raise _unknown(current)


def _unknown(current: str | None) -> SchemaOutdated:
    return SchemaOutdated(
        f"the database schema is at {current}, which this version of Rebound does not "
        "know (a newer version migrated it): upgrade Rebound, or use another database"
    )


async def migrate(db: Database) -> None:
    """Upgrade the schema to the newest migration."""
    async with db.engine.connect() as conn:
        await conn.run_sync(_upgrade)
        await conn.commit()
    log.info("database %s is at the newest schema", redact(db.url))


async def ensure_schema(db: Database) -> None:
    """Migrate the embedded SQLite store; refuse to run other stores on an outdated schema."""
    if db.is_sqlite:
        await migrate(db)
        return
    async with db.engine.connect() as conn:
        current, head, known = await conn.run_sync(_revisions)
    if not known:
        raise _unknown(current)
    if current != head:
        raise SchemaOutdated(
            f"the database schema is at {current or 'nothing'}, the code needs {head}: "
            "run `rebound migrate` first"
        )


# The first key of Rebound's PostgreSQL advisory locks ("RBND"); the second is an id.
_COMMUNITY_LOCKS = 0x52424E44


async def lock_communities(session: AsyncSession, community_ids: Iterable[int | None]) -> None:
    """Serialise work on these communities across processes until the transaction ends:
    PostgreSQL advisory locks, taken in ascending id order so two holders never wait on
    each other in a cycle. SQLite already runs one writer at a time."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        return
    for community_id in sorted({c for c in community_ids if c is not None}):
        await session.execute(select(func.pg_advisory_xact_lock(_COMMUNITY_LOCKS, community_id)))
