"""Which Slack requests were already handled, across every process on one database.

Slack signs a request but a signature stays valid for five minutes, and Slack itself
retries events it thinks were lost (`X-Slack-Retry-Num`), possibly to another process.
`first_time` notes a request's key with an insert-if-absent on a unique key — never a
check followed by an insert — and says whether this call was the one that noted it.
Rows older than `KEEP` are pruned a bounded batch at a time as new ones arrive.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import Database
from bot.store.identity import insert_for
from bot.store.models.requests import SlackRequest

# Far longer than Slack's five-minute signature window and its retries (about an hour).
KEEP = timedelta(days=1)
PRUNE_BATCH = 100
KEY_LENGTH = 200
TEAM_LENGTH = 64


def stored_key(key: str) -> str:
    """`key` as stored: a key longer than the column is kept as its SHA-256."""
    if len(key) <= KEY_LENGTH:
        return key
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


async def first_time(db: Database, key: str, team_id: str | None, now: datetime) -> bool:
    """Note the request `key` as handled; True when it was not noted before (by anyone)."""
    async with db.sessions() as session, session.begin():
        stmt = insert_for(session, SlackRequest).values(
            key=stored_key(key),
            team_id=team_id[:TEAM_LENGTH] if team_id else None,
            seen_at=now,
        )
        noted = await session.scalar(
            stmt.on_conflict_do_nothing(index_elements=["key"]).returning(SlackRequest.id)
        )
        if noted is not None:
            await _prune(session, now - KEEP)
    return noted is not None


async def _prune(session: AsyncSession, before: datetime) -> None:
    """Forget at most `PRUNE_BATCH` requests older than `before`; rows another
    transaction is already deleting are skipped, not waited for (PostgreSQL)."""
    old = (
        select(SlackRequest.id)
        .where(SlackRequest.seen_at < before)
        .order_by(SlackRequest.id)
        .limit(PRUNE_BATCH)
        .with_for_update(skip_locked=True)
    )
    await session.execute(delete(SlackRequest).where(SlackRequest.id.in_(old)))
