"""Several processes logging for the same members at once lose no update (SQLite and PostgreSQL).

Four worker processes (tests/concurrency_worker.py) share one database. On each of three
consecutive days the test tells all of them to start at once; each runs `/log` for the
same five members, racing on member creation on day one and on the same streak and
member-day rows every day. Afterwards every member's streak, days and activity counts
must be exactly what the logs add up to.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from sqlalchemy import func, select

from bot.store.db import open_database
from bot.store.models import Activity, Community, Member, MemberDay, Streak
from tests.support.concurrency_worker import COMMUNITY
from tests.support.harness import Community as Driver
from tests.support.harness import make_engine

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
MEMBERS = 5
LOGS = 10  # per worker per day: two for each member
DAYS = ("2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z", "2026-11-04T10:00:00Z")


async def _start(url: str, worker: int) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.concurrency_worker",
        url,
        str(worker),
        str(MEMBERS),
        str(LOGS),
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )


async def _day(procs: list[asyncio.subprocess.Process], instant: str) -> list[str]:
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(f"day {instant}\n".encode())
    await asyncio.gather(*(p.stdin.drain() for p in procs if p.stdin is not None))
    lines = []
    for p in procs:
        assert p.stdout is not None
        lines.append((await p.stdout.readline()).decode().strip())
    return lines


async def _run_workers(url: str) -> None:
    procs = [await _start(url, w) for w in range(WORKERS)]
    try:
        for instant in DAYS:
            assert await _day(procs, instant) == [f"done {LOGS} 0"] * WORKERS
        for p in procs:
            assert p.stdin is not None
            p.stdin.write(b"quit\n")
            await p.stdin.drain()
        assert [await p.wait() for p in procs] == [0] * WORKERS
    finally:
        for p in procs:
            if p.returncode is None:
                p.kill()
                await p.wait()


async def test_parallel_logs_lose_nothing(db_url: str) -> None:
    await _run_workers(db_url)

    logs_per_member_per_worker = LOGS // MEMBERS
    day_count = sum((w + 1) * logs_per_member_per_worker for w in range(WORKERS))
    db = open_database(db_url)
    try:
        async with db.sessions() as session, session.begin():
            community = await session.scalar(select(Community).where(Community.key == COMMUNITY))
            assert community is not None
            members = list(
                await session.scalars(select(Member).where(Member.community_id == community.id))
            )
            assert sorted(m.platform_id for m in members) == [f"m{i}" for i in range(MEMBERS)]
            for m in members:
                st = await session.get(Streak, m.id)
                assert st is not None
                assert (st.current, st.best, st.total_days) == (len(DAYS), len(DAYS), len(DAYS))
                days = (
                    await session.execute(
                        select(MemberDay.status, MemberDay.count).where(MemberDay.member_id == m.id)
                    )
                ).all()
                assert sorted(days) == [("active", day_count)] * len(DAYS)
                rows, total = (
                    await session.execute(
                        select(func.count(), func.sum(Activity.count)).where(
                            Activity.member_id == m.id
                        )
                    )
                ).one()
                assert rows == WORKERS * logs_per_member_per_worker * len(DAYS)
                assert total == day_count * len(DAYS)
    finally:
        await db.dispose()

    engine, clock, db = await make_engine(db_url, start=DAYS[-1])
    try:
        driver = Driver(engine, clock, key=COMMUNITY)
        text = (await driver.reply("m0", "/streak")).plain_text()
        assert "Current streak: 3 days" in text
        assert "Active days in all: 3" in text
    finally:
        await db.dispose()
