"""Small per-deployment facts a platform adapter keeps between runs (a command-sync digest)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.store.db import Database
from bot.store.identity import insert_for
from bot.store.models.core import PlatformState


async def read_state(db: Database, key: str) -> str | None:
    async with db.read_sessions() as session, session.begin():
        return await session.scalar(select(PlatformState.value).where(PlatformState.key == key))


async def write_state(db: Database, key: str, value: str, now: datetime) -> None:
    async with db.sessions() as session, session.begin():
        stmt = insert_for(session, PlatformState).values(key=key, value=value, updated_at=now)
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["key"], set_={"value": value, "updated_at": now}
            )
        )
