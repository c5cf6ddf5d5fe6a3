"""Whole communities: the operator's list of them, and erasing one completely.

`erase_community` needs no knowledge of features: every table of `Base.metadata` with a
`community_id` column loses the community's rows, a table that names members without a
`community_id` loses the rows of the community's members, then the members and the
community row itself go. Tables are emptied children first (`sorted_tables` reversed),
so no foreign key is ever left pointing at a deleted row, and a table added later is
covered without touching this module. No row of any other community is read or changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Table, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import Database
from bot.store.models import Base, Community, Member

INSTALLED = "installed"
UNINSTALLED = "uninstalled"


@dataclass(frozen=True)
class CommunitySummary:
    """One line of `rebound communities`."""

    id: int
    key: str
    name: str
    members: int
    last_activity: datetime | None
    uninstalled_at: datetime | None

    @property
    def platform(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def status(self) -> str:
        return INSTALLED if self.uninstalled_at is None else UNINSTALLED


def _summaries_query() -> Any:
    members = (
        select(
            Member.community_id.label("community_id"),
            func.count().label("members"),
            func.max(Member.last_seen_at).label("last_seen"),
        )
        .group_by(Member.community_id)
        .subquery()
    )
    return (
        select(Community, members.c.members, members.c.last_seen)
        .outerjoin(members, members.c.community_id == Community.id)
        .order_by(Community.id)
    )


def _summary(community: Community, members: int | None, last: datetime | None) -> CommunitySummary:
    return CommunitySummary(
        id=community.id,
        key=community.key,
        name=community.name,
        members=members or 0,
        last_activity=last,
        uninstalled_at=community.uninstalled_at,
    )


async def list_communities(db: Database) -> list[CommunitySummary]:
    """Every community with its member count and when a member last used Rebound."""
    async with db.read_sessions() as session, session.begin():
        rows = (await session.execute(_summaries_query())).all()
    return [_summary(*row) for row in rows]


async def find_community(db: Database, ref: str) -> CommunitySummary | None:
    """A community by its number in `list_communities` or by its key (`discord:123`)."""
    ref = ref.strip()
    by_id = ref.isdigit() and len(ref) < 19  # a database integer; longer is no id of ours
    cond = Community.id == int(ref) if by_id else Community.key == ref
    async with db.read_sessions() as session, session.begin():
        row = (await session.execute(_summaries_query().where(cond))).first()
    return _summary(*row) if row is not None else None


def _member_columns(table: Table) -> list[Column[Any]]:
    return [
        col
        for col in table.columns
        if any(fk.column.table.name == Member.__tablename__ for fk in col.foreign_keys)
    ]


def community_tables() -> list[Table]:
    """Every table holding rows of a community (a `community_id`, or a member's id)."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if table is not Community.__table__
        and ("community_id" in table.columns or _member_columns(table))
    ]


async def erase_community(session: AsyncSession, community_id: int) -> int:
    """Delete every row of the community, and the community; returns how many rows went."""
    members = select(Member.id).where(Member.community_id == community_id).scalar_subquery()
    erased = 0
    for table in reversed(community_tables()):
        if "community_id" in table.columns:
            where = table.columns["community_id"] == community_id
        else:
            where = or_(*(col.in_(members) for col in _member_columns(table)))
        result = await session.execute(delete(table).where(where))
        erased += cast(CursorResult[Any], result).rowcount or 0
    result = await session.execute(delete(Community).where(Community.id == community_id))
    erased += cast(CursorResult[Any], result).rowcount or 0
    return erased
