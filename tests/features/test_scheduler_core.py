"""Scheduler core: one job per key, due order at each job's own time, retries, exactly once.

The job kinds here are test-only and registered under names no feature uses.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.core.clock import ManualClock, parse_instant
from bot.core.context import Scope
from bot.core.declarations import Feature
from bot.core.jobs import schedule
from bot.core.scheduler import MAX_ATTEMPTS, Scheduler
from bot.features.catalog import REGISTRY
from bot.store import identity as members
from bot.store.db import Database, open_database
from bot.store.models import Activity, Job, Member, Outbox
from tests.support.harness import Community, register_jobs

ORDER = "test-core-order"
FLAKY = "test-core-flaky"
BROKEN = "test-core-broken"
COUNT = "test-core-count"

ran: list[tuple[str, datetime]] = []


# Job kinds only these tests know, added to the app's registry for each test.
TEST_JOBS = Feature("test-scheduler")


@pytest.fixture(autouse=True)
def _test_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    register_jobs(monkeypatch, TEST_JOBS)


@TEST_JOBS.job(ORDER)
async def _order(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    await scope.post("general", f"{row.key} at {scope.now:%H:%M}", kind="test")
    follow = row.payload.get("follow")
    if follow:
        await scope.schedule(ORDER, scope.now + timedelta(minutes=follow), key=f"{row.key}+")


@TEST_JOBS.job(FLAKY)
async def _flaky(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    if row.attempts < row.payload["fail"]:
        raise RuntimeError(f"flaky failure {row.attempts + 1}")
    await scope.post("general", f"{row.key} finally ran", kind="test")


@TEST_JOBS.job(BROKEN)
async def _broken(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    # Writes made before the failure must not survive it.
    scope.session.add(
        Activity(
            community_id=scope.community.id,
            member_id=row.payload["member"],
            kind="applied",
            count=1,
            day=scope.now.date(),
            created_at=scope.now,
        )
    )
    await scope.session.flush()
    raise ValueError("always broken")


@TEST_JOBS.job(COUNT)
async def _count(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    await asyncio.sleep(0)  # let the other scheduler interleave
    await scope.post("general", row.key, kind="test")


async def add_jobs(
    db: Database, jobs: list[tuple[str, str, str, dict[str, Any]]], now: datetime
) -> list[bool]:
    """Schedule (kind, key, due ISO, payload) jobs for the test community."""
    created = []
    async with db.sessions() as session, session.begin():
        community = await members.get_or_create_community(session, "console:test", "test", now)
        for kind, key, due, payload in jobs:
            created.append(
                await schedule(
                    session,
                    kind=kind,
                    due_at=parse_instant(due),
                    key=key,
                    payload=payload,
                    community_id=community.id,
                    now=now,
                )
            )
    return created


async def job_rows(db: Database) -> dict[str, Job]:
    async with db.sessions() as session:
        return {j.key: j for j in await session.scalars(select(Job))}


async def test_the_same_key_twice_is_one_job(community: Community) -> None:
    db, now = community.engine.db, community.clock.now()
    first = await add_jobs(db, [(ORDER, "once", "2026-11-02T10:00:00Z", {})], now)
    again = await add_jobs(
        db,
        [(ORDER, "once", "2026-11-02T11:00:00Z", {}), (ORDER, "once", "2026-11-02T12:00:00Z", {})],
        now,
    )
    assert (first, again) == ([True], [False, False])
    rows = await job_rows(db)
    assert list(rows) == ["once"]
    assert rows["once"].due_at == parse_instant("2026-11-02T10:00:00Z")
    ran.clear()
    sent = await community.advance("2026-11-02T13:00:00Z")
    assert [m.text for m in sent] == ["once at 10:00"]


async def test_jobs_run_in_due_order_each_at_its_own_time(community: Community) -> None:
    db, now = community.engine.db, community.clock.now()
    await add_jobs(
        db,
        [
            (ORDER, "c", "2026-11-02T12:00:00Z", {}),
            (ORDER, "a", "2026-11-02T10:00:00Z", {"follow": 30}),  # schedules a+ at 10:30
            (ORDER, "b", "2026-11-02T11:00:00Z", {}),
            (ORDER, "d", "2026-11-02T15:00:00Z", {}),
        ],
        now,
    )
    ran.clear()
    sent = await community.advance("2026-11-02T12:00:00Z")
    assert [m.text for m in sent] == ["a at 10:00", "a+ at 10:30", "b at 11:00", "c at 12:00"]
    assert ran == [(k, parse_instant(f"2026-11-02T{t}:00Z")) for k, t in
                   (("a", "10:00"), ("a+", "10:30"), ("b", "11:00"), ("c", "12:00"))]  # fmt: skip
    assert community.clock.now() == parse_instant("2026-11-02T12:00:00Z")
    assert (await job_rows(db))["d"].status == "pending"


async def test_a_failing_job_is_retried_with_backoff_and_blocks_nothing(
    community: Community,
) -> None:
    db, now = community.engine.db, community.clock.now()
    await community.reply("ana", "/help")  # ana exists, for the broken job's writes
    async with db.sessions() as session:
        ana = await session.scalar(select(Member.id))
    await add_jobs(
        db,
        [
            (FLAKY, "flaky", "2026-11-02T10:00:00Z", {"fail": 2}),
            (BROKEN, "broken", "2026-11-02T10:00:00Z", {"member": ana}),
            (ORDER, "after", "2026-11-02T10:00:30Z", {}),
        ],
        now,
    )
    ran.clear()
    sent = await community.advance("2026-11-02T10:00:45Z")
    # The flaky and broken jobs failed once; the job due after them still ran on time.
    assert [m.text for m in sent] == ["after at 10:00"]
    rows = await job_rows(db)
    assert rows["flaky"].attempts == 1
    assert rows["flaky"].due_at == parse_instant("2026-11-02T10:01:00Z")  # 30s·2¹ later
    assert "flaky failure 1" in (rows["flaky"].last_error or "")
    sent = await community.advance("2026-11-02T10:05:00Z")
    assert [m.text for m in sent] == ["flaky finally ran"]
    flaky_runs = [t for k, t in ran if k == "flaky"]
    assert flaky_runs == [
        parse_instant("2026-11-02T10:00:00Z"),
        parse_instant("2026-11-02T10:01:00Z"),  # after the first failure: +60s
        parse_instant("2026-11-02T10:03:00Z"),  # after the second: +120s
    ]
    await community.advance("2026-11-03T10:00:00Z")
    rows = await job_rows(db)
    assert rows["flaky"].status == "done"
    assert rows["broken"].status == "failed"
    assert rows["broken"].attempts == MAX_ATTEMPTS
    assert "always broken" in (rows["broken"].last_error or "")
    async with db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Activity)) == 0


async def test_two_schedulers_run_each_job_exactly_once(db_url: str) -> None:
    start = parse_instant("2026-11-02T09:00:00Z")
    dbs = [open_database(db_url), open_database(db_url)]
    try:
        keys = [f"job-{i:02d}" for i in range(40)]
        await add_jobs(
            dbs[0],
            [(COUNT, k, f"2026-11-02T{9 + i % 3:02d}:00:00Z", {}) for i, k in enumerate(keys)],
            start,
        )
        clock = ManualClock(parse_instant("2026-11-02T12:00:00Z"))
        schedulers = [
            Scheduler(db, clock, REGISTRY, None, platform="console", worker_id=f"w{i}", batch=5)
            for i, db in enumerate(dbs)
        ]
        ran.clear()
        counts = await asyncio.gather(*(s.run_due() for s in schedulers))
        assert sum(counts) == len(keys)
        assert Counter(k for k, _ in ran) == Counter(keys)
        rows = await job_rows(dbs[0])
        assert {r.status for r in rows.values()} == {"done"}
        async with dbs[0].sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Outbox)) == len(keys)
        # Nothing is left for a second round.
        assert await asyncio.gather(*(s.run_due() for s in schedulers)) == [0, 0]
    finally:
        for db in dbs:
            await db.dispose()
