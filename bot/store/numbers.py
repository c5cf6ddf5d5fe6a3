"""Per-community numbers for member-facing ids: posts, check-in schedules, buddy rounds.

`next_number` is one atomic upsert on the community's counter row (`INSERT ... ON
CONFLICT DO UPDATE ... RETURNING`): on PostgreSQL the row stays locked until the
transaction ends, so concurrent transactions get consecutive numbers and never the same
one; SQLite serialises writers anyway. The unique constraints on the numbered tables
are the guard behind it.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.identity import insert_for
from bot.store.models.core import CommunityCounter

POST = "post"
CHECKIN_SCHEDULE = "checkin_schedule"
# Pairing rounds keep their own numbering (`BuddyPair.round`); this counter is their lock.
BUDDY_PAIRING = "buddy_pairing"


async def next_number(session: AsyncSession, community_id: int, name: str) -> int:
    """The next number of kind `name` in the community: 1, 2, 3, ..."""
    stmt = insert_for(session, CommunityCounter).values(
        community_id=community_id, name=name, value=1
    )
    upsert = stmt.on_conflict_do_update(
        index_elements=["community_id", "name"],
        set_={"value": CommunityCounter.value + 1},
    ).returning(CommunityCounter.value)
    return int((await session.execute(upsert)).scalar_one())


async def lock(session: AsyncSession, community_id: int, name: str) -> None:
    """Hold the community's `name` counter row until the transaction ends (PostgreSQL),
    so work that reads and then writes per-community numbers runs one at a time."""
    stmt = insert_for(session, CommunityCounter).values(
        community_id=community_id, name=name, value=0
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=["community_id", "name"], set_={"value": CommunityCounter.value}
        )
    )
