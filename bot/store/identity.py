"""Communities, members and channels: find-or-create, scoped to one community, race-safe."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import String, select
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


def clean_name(name: str, limit: int) -> str:
    """A name from the platform as a column can hold it: no NUL or lone surrogate (which
    PostgreSQL and every encoding refuse), no other control character, and cut to the
    column's `limit` (a character at a time, so nothing is split)."""
    kept = "".join(c for c in name[: limit * 4] if c.isprintable() or c == " ")
    kept = "".join(c for c in kept if not 0xD800 <= ord(c) <= 0xDFFF)
    return kept.strip()[:limit].strip()


def _limit(column: Any) -> int:
    kind = column.type
    assert isinstance(kind, String) and kind.length is not None
    return int(kind.length)


MEMBER_NAME_LIMIT = _limit(Member.display_name)
COMMUNITY_NAME_LIMIT = _limit(Community.name)
CHANNEL_NAME_LIMIT = _limit(Channel.name)


def member_name(name: str) -> str:
    return clean_name(name, MEMBER_NAME_LIMIT)


def community_name(name: str) -> str:
    return clean_name(name, COMMUNITY_NAME_LIMIT)


def channel_name(name: str) -> str:
    return clean_name(name, CHANNEL_NAME_LIMIT)


def insert_for(session: AsyncSession, table: type[Any]) -> PgInsert | SqliteInsert:
    """A dialect insert that supports `on_conflict_do_nothing` and `on_conflict_do_update`."""
    name = session.bind.dialect.name if session.bind is not None else "sqlite"
    if name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


async def get_or_create_community(
    session: AsyncSession, key: str, name: str, now: datetime
) -> Community:
    name = community_name(name)
    community = await session.scalar(select(Community).where(Community.key == key))
    if community is None:
        stmt = insert_for(session, Community).values(
            key=key, name=name or community_name(key), created_at=now
        )
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
    name = member_name(ref.name)
    if member is None:
        stmt = insert_for(session, Member).values(
            community_id=community.id,
            platform_id=ref.ref,
            display_name=name or member_name(ref.ref),
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
    elif name and member.display_name != name:
        member.display_name = name
    return member


def rename(community: Community, member: Member, community_title: str, display: str) -> None:
    """Keep the names the platform gives now (cleaned to fit their columns)."""
    title, name = community_name(community_title), member_name(display)
    if title and community.name != title:
        community.name = title
    if name and member.display_name != name:
        member.display_name = name


async def find_member(
    session: AsyncSession, community: Community, ref: PlatformRef
) -> Member | None:
    return await session.scalar(
        select(Member).where(Member.community_id == community.id, Member.platform_id == ref.ref)
    )


async def upsert_channel(session: AsyncSession, community: Community, ref: PlatformRef) -> None:
    name = channel_name(ref.name)
    row = await session.scalar(
        select(Channel).where(Channel.community_id == community.id, Channel.ref == ref.ref)
    )
    if row is None:
        stmt = insert_for(session, Channel).values(
            community_id=community.id, ref=ref.ref, name=name
        )
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["community_id", "ref"]))
    elif row.name != name:
        row.name = name


def note_locales(
    community: Community, member: Member, locale: str | None, community_locale: str | None
) -> None:
    """Remember the locales the platform gave with a command (`bot.core.i18n`): the member's
    reaches them in direct messages sent later; the community's is its default language."""
    if locale and member.platform_locale != locale[:16]:
        member.platform_locale = locale[:16]
    if community_locale and community.platform_locale != community_locale[:16]:
        community.platform_locale = community_locale[:16]


async def languages(
    session: AsyncSession, community_key: str, platform_id: str
) -> tuple[str | None, str | None, str | None, str | None]:
    """What decides a member's language before their command runs, in the order
    `i18n.resolve` takes it: their setting and last platform locale, the community's
    setting and platform locale (None when unknown)."""
    row = (
        await session.execute(
            select(
                Member.language,
                Member.platform_locale,
                Community.language,
                Community.platform_locale,
            )
            .select_from(Community)
            .outerjoin(
                Member,
                (Member.community_id == Community.id) & (Member.platform_id == platform_id),
            )
            .where(Community.key == community_key)
        )
    ).first()
    return (row[0], row[1], row[2], row[3]) if row is not None else (None, None, None, None)
