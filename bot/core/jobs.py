"""Durable jobs: creating one once per unique key, and cancelling pending ones.

A job is a row with a unique `key`; scheduling the same key twice creates it once, so
every process may schedule freely. `bot.core.scheduler` claims and runs due jobs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.identity import insert_for
from bot.store.models import Job


async def schedule(
    session: AsyncSession,
    *,
    kind: str,
    due_at: datetime,
    key: str,
    payload: dict[str, Any],
    community_id: int | None,
    now: datetime,
) -> bool:
    """Create a job once per key. Returns False when the key already existed."""
    params = {
        "community_id": community_id,
        "kind": kind,
        "key": key,
        "due_at": due_at,
        "payload": payload,
        "created_at": now,
    }
    result = await session.execute(_insert_once(session), params)
    return bool(cast(CursorResult[Any], result).rowcount)


_INSERTS: dict[str, Any] = {}


def _insert_once(session: AsyncSession) -> Any:
    """The dialect's `INSERT ... ON CONFLICT (key) DO NOTHING` for a job, built once (the
    scheduler's hot path: every recurring job schedules its next occurrence)."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    if dialect not in _INSERTS:
        table = Job.__table__
        columns = ("community_id", "kind", "key", "due_at", "payload", "created_at")
        values = {c: bindparam(c, type_=table.c[c].type) for c in columns}
        stmt = insert_for(session, cast(Any, table)).values(**values, status="pending", attempts=0)
        _INSERTS[dialect] = stmt.on_conflict_do_nothing(index_elements=["key"])
    return _INSERTS[dialect]


async def cancel(
    session: AsyncSession, *, key: str | None = None, key_prefix: str | None = None
) -> int:
    """Cancel pending jobs by key or key prefix; returns how many."""
    cond = Job.key == key if key is not None else Job.key.startswith(key_prefix or "\x00")
    result = await session.execute(
        update(Job).where(cond, Job.status == "pending").values(status="cancelled")
    )
    return cast(CursorResult[Any], result).rowcount or 0
