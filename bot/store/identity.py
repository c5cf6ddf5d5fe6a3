"""Communities, members and channels: find-or-create, scoped to one community, race-safe."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Channel, Community, Member


class PlatformRef(Protocol):
    """A member or channel as the platform names it: its id and its display name
    (`bot.core.messages.MemberRef` and `ChannelRef`)."""

    @property
    def ref(self) -> str: ...

    @property
    def name(self) -> str: ...


def insert_for(session: AsyncSession, table: type[Any]) -> PgInsert | SqliteInsert:
    """A dialect insert that supports `on_conflict_do_nothing` and `on_conflict_do_update`."""
    name = session.bind.dialect.name if session.bind is not None else "sqlite"
    if name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


async def get_or_create_community(
    session: AsyncSession, key: str, name: str, now: datetime
) -> Community:
    community = await session.scalar(select(Community).where(Community.key == key))
    if community is None:
        stmt = insert_for(session, Community).values(key=key, name=name or key, created_at=now)
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
        community = await session.scalar(select(Community).where(Community.key == key))
        assert community is not None
    elif name and community.name != name:
        community.name = name
    return community


async def identify(
    session: AsyncSession, key: str, ref: PlatformRef
) -> tuple[Community | None, Member | None]:
    """The community and the member in one query (either may not exist yet)."""
    row = (
        await session.execute(
            select(Community, Member)
            .outerjoin(
                Member,
                (Member.community_id == Community.id) & (Member.platform_id == ref.ref),
            )
            .where(Community.key == key)
        )
    ).first()
    if row is None:
        return None, None
    return row[0], row[1]


async def get_or_create_member(
    session: AsyncSession, community: Community, ref: PlatformRef, now: datetime
) -> Member:
    query = select(Member).where(Member.community_id == community.id, Member.platform_id == ref.ref)
    member = await session.scalar(query)
    if member is None:
        stmt = insert_for(session, Member).values(
            community_id=community.id,
            platform_id=ref.ref,
            display_name=ref.name or ref.ref,
            streak_days="all",
            reminders=True,
            leaderboard=True,
            cheers_via="dm",
            listed_moderator=False,
            created_at=now,
        )
        await session.execute(
            stmt.on_conflict_do_nothing(index_elements=["community_id", "platform_id"])
        )
        member = await session.scalar(query)
        assert member is not None
    elif ref.name and member.display_name != ref.name:
        member.display_name = ref.name
    return member


async def find_member(
    session: AsyncSession, community: Community, ref: PlatformRef
) -> Member | None:
    return await session.scalar(
        select(Member).where(Member.community_id == community.id, Member.platform_id == ref.ref)
    )


async def upsert_channel(session: AsyncSession, community: Community, ref: PlatformRef) -> None:
    row = await session.scalar(
        select(Channel).where(Channel.community_id == community.id, Channel.ref == ref.ref)
    )
    if row is None:
        stmt = insert_for(session, Channel).values(
            community_id=community.id, ref=ref.ref, name=ref.name
        )
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["community_id", "ref"]))
    elif row.name != ref.name:
        row.name = ref.name
