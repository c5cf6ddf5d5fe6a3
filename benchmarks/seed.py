"""Bulk seeding: members, streak state, member days and activity history, written fast.

The rows are exactly what the engine would have written had every member logged the
history through `/log` (the streak state is computed with `bot.streaks.apply_day`), but
they are inserted in bulk: `executemany` on SQLite, `COPY` on PostgreSQL. History is
spread day-major (every member on one day, then the next), the way real traffic
interleaves in the table. `seed_base` gives each member one activity yesterday;
`grow_history` then brings the table to its full size, ending on the same day.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from benchmarks.common import NOW
from bot.core.kinds import KINDS
from bot.features.streaks import Rules, apply_day
from bot.store.models import Streak

COMMUNITY_KEY = "bench:big"
CHANNEL = "general"
YESTERDAY = NOW.date() - timedelta(days=1)


@dataclass(frozen=True)
class History:
    """Per member: how many activities on each day (identical for every member)."""

    per_day: dict[date, int]

    @classmethod
    def spread(cls, per_member: int) -> History:
        """`per_member` activities, two a day, on consecutive days ending yesterday."""
        days = max(1, per_member // 2)
        per_day = {YESTERDAY - timedelta(days=k): 2 for k in range(days)}
        per_day[YESTERDAY] += per_member - 2 * days
        return cls({d: n for d, n in per_day.items() if n > 0})

    def streak_values(self) -> dict[str, Any]:
        st = Streak(current=0, best=0, total_days=0, freezes=0, progress=0)
        for day in sorted(self.per_day):
            apply_day(st, day, Rules(), new_day=True)
        return {
            "current": st.current,
            "best": st.best,
            "total_days": st.total_days,
            "freezes": st.freezes,
            "progress": st.progress,
            "last_day": st.last_day,
            "last_active_at": _noon(max(self.per_day)),
        }


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12))


class Writer(Protocol):
    """Raw driver access for bulk writes, outside the app's engine."""

    async def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None: ...

    async def execute(self, sql: str) -> None: ...

    async def fetch(self, sql: str) -> list[tuple]: ...

    async def close(self) -> None: ...


def _sqlite_value(v: Any) -> Any:
    # SQLAlchemy's SQLite storage formats for DateTime and Date.
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


class SqliteWriter:
    def __init__(self, url: str) -> None:
        self.conn = sqlite3.connect(make_url(url).database or "", isolation_level=None)
        self.conn.execute("PRAGMA synchronous=OFF")

    async def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.conn.execute("BEGIN")
        self.conn.executemany(sql, (tuple(map(_sqlite_value, r)) for r in rows))
        self.conn.execute("COMMIT")

    async def execute(self, sql: str) -> None:
        self.conn.execute(sql)

    async def fetch(self, sql: str) -> list[tuple]:
        return list(self.conn.execute(sql))

    async def close(self) -> None:
        self.conn.close()


class PgWriter:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    @classmethod
    async def connect(cls, url: str) -> PgWriter:
        import asyncpg

        u = make_url(url)
        return cls(
            await asyncpg.connect(
                user=u.username, host=u.host, port=u.port, database=u.database, password=u.password
            )
        )

    async def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        await self.conn.copy_records_to_table(table, records=rows, columns=list(columns))

    async def execute(self, sql: str) -> None:
        await self.conn.execute(sql)

    async def fetch(self, sql: str) -> list[tuple]:
        return [tuple(r) for r in await self.conn.fetch(sql)]

    async def close(self) -> None:
        await self.conn.close()


async def writer_for(url: str) -> Writer:
    return SqliteWriter(url) if url.startswith("sqlite") else await PgWriter.connect(url)


STREAK_COLUMNS = (
    "member_id",
    "community_id",
    "current",
    "best",
    "total_days",
    "freezes",
    "progress",
    "last_day",
    "last_active_at",
)


async def _write_history(
    w: Writer, community_id: int, member_ids: list[int], history: History, *, skip: History | None
) -> int:
    """Insert activities for `history` minus what `skip` already holds; returns how many."""
    rows: list[tuple] = []
    written = 0
    n = 0
    for day in sorted(history.per_day):
        have = skip.per_day.get(day, 0) if skip else 0
        for _ in range(history.per_day[day] - have):
            kind = KINDS[n % len(KINDS)]
            n += 1
            created = _noon(day)
            rows.extend((community_id, m, kind, 1, day, created) for m in member_ids)
            if len(rows) >= 200_000:
                await w.insert(
                    "activities",
                    ("community_id", "member_id", "kind", "count", "day", "created_at"),
                    rows,
                )
                written += len(rows)
                rows = []
    if rows:
        await w.insert(
            "activities", ("community_id", "member_id", "kind", "count", "day", "created_at"), rows
        )
        written += len(rows)
    return written


async def _write_state(w: Writer, community_id: int, member_ids: list[int], h: History) -> None:
    await w.execute(f"DELETE FROM member_days WHERE community_id = {community_id}")
    await w.execute(f"DELETE FROM streaks WHERE community_id = {community_id}")
    await w.insert(
        "member_days",
        ("member_id", "day", "community_id", "status", "count"),
        (
            (m, day, community_id, "active", n)
            for day, n in sorted(h.per_day.items())
            for m in member_ids
        ),
    )
    s = h.streak_values()
    await w.insert(
        "streaks",
        STREAK_COLUMNS,
        ((m, community_id, *(s[c] for c in STREAK_COLUMNS[2:])) for m in member_ids),
    )


@dataclass
class Seeded:
    url: str
    community_id: int
    member_ids: list[int]
    members: list[str]  # platform ids, index-aligned with member_ids
    activities: int
    history: History


async def seed_base(url: str, members: int) -> Seeded:
    """One community, a #general channel, `members` members each with one activity yesterday."""
    w = await writer_for(url)
    try:
        created = NOW - timedelta(days=400)
        await w.insert(
            "communities",
            ("key", "name", "created_at"),
            [(COMMUNITY_KEY, "Bench", created.replace(tzinfo=None))],
        )
        (community_id,) = (
            await w.fetch(f"SELECT id FROM communities WHERE key = '{COMMUNITY_KEY}'")
        )[0]
        await w.insert(
            "channels", ("community_id", "ref", "name"), [(community_id, CHANNEL, CHANNEL)]
        )
        names = [f"u{i}" for i in range(members)]
        # Created long ago, last seen yesterday (when their one activity was logged).
        times = (created.replace(tzinfo=None), _noon(YESTERDAY))
        await w.insert(
            "members",
            (
                "community_id",
                "platform_id",
                "display_name",
                "streak_days",
                "reminders",
                "leaderboard",
                "cheers_via",
                "listed_moderator",
                "platform_admin",
                "created_at",
                "last_seen_at",
            ),
            [(community_id, n, n, "all", True, True, "dm", False, False, *times) for n in names],
        )
        by_name = dict(
            await w.fetch(
                f"SELECT platform_id, id FROM members WHERE community_id = {community_id}"
            )
        )
        ids = [by_name[n] for n in names]
        history = History.spread(1)
        written = await _write_history(w, community_id, ids, history, skip=None)
        await _write_state(w, community_id, ids, history)
        await _analyze(w, url)
    finally:
        await w.close()
    return Seeded(url, community_id, ids, names, written, history)


async def grow_history(seeded: Seeded, total_activities: int) -> None:
    """Bring the activities table to `total_activities` rows (same members, longer history)."""
    per_member = total_activities // len(seeded.member_ids)
    history = History.spread(per_member)
    w = await writer_for(seeded.url)
    try:
        seeded.activities += await _write_history(
            w, seeded.community_id, seeded.member_ids, history, skip=seeded.history
        )
        await _write_state(w, seeded.community_id, seeded.member_ids, history)
        await _analyze(w, seeded.url)
    finally:
        await w.close()
    seeded.history = history


async def _analyze(w: Writer, url: str) -> None:
    # PostgreSQL's autovacuum would analyze a table this size on its own; do it now.
    if not url.startswith("sqlite"):
        await w.execute("ANALYZE")
