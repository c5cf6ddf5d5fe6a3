"""Scheduler rules no other test pinned down: platforms, per-job savepoints, outbox leases.

- A Discord process never claims a Slack community's jobs or outbox rows (one database
  serves both platforms).
- In a batch of several jobs where some fail, the others run once, and nothing a failing
  job wrote survives, also when it fails in the re-run of its batch (the savepoint path,
  which batches of one never reach), and also when its failure is a database error.
- An outbox row claimed by a process that died before sending it goes out again once
  the claim's lease has expired, and not before.

The job kinds here are test-only, under names no feature uses.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.core.clock import ManualClock, parse_instant
from bot.core.context import Scope
from bot.core.declarations import Feature
from bot.core.jobs import schedule
from bot.core.messages import MemberRef, Message
from bot.core.scheduler import LEASE, Scheduler
from bot.features.catalog import REGISTRY
from bot.store import identity as members
from bot.store.db import Database, open_database
from bot.store.models import Activity, Job, Member, Outbox
from tests.support.harness import register_jobs

POST = "test-mutants-post"
BROKEN = "test-mutants-broken"
DB_ERROR = "test-mutants-db-error"

runs: list[str] = []


# Job kinds only these tests know, added to the app's registry for each test.
TEST_JOBS = Feature("test-mutants-scheduler")


@pytest.fixture(autouse=True)
def _test_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    register_jobs(monkeypatch, TEST_JOBS)


@TEST_JOBS.job(POST)
async def _post(scope: Scope, row: Job) -> None:
    runs.append(row.key)
    await scope.post("general", f"{row.key} ran", kind="test")


@TEST_JOBS.job(BROKEN)
async def _broken(scope: Scope, row: Job) -> None:
    runs.append(row.key)
    # A write, flushed, then the failure: the write must not outlive the failure.
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
    await scope.post("general", f"{row.key} must never be seen", kind="test")
    await scope.session.flush()
    raise ValueError(f"{row.key} is broken")


@TEST_JOBS.job(DB_ERROR)
async def _db_error(scope: Scope, row: Job) -> None:
    runs.append(row.key)
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
    # A job whose key already exists: the database refuses the insert (a unique key).
    scope.session.add(
        Job(
            community_id=scope.community.id,
            kind=POST,
            key=row.key,
            due_at=scope.now,
            payload={},
            status="pending",
            attempts=0,
            created_at=scope.now,
        )
    )
    await scope.session.flush()


START = parse_instant("2026-11-02T09:00:00Z")


async def add(db: Database, community_key: str, jobs: list[tuple[str, str, str, dict]]) -> None:
    """Schedule (kind, key, due ISO, payload) jobs for the community `community_key`."""
    async with db.sessions() as session, session.begin():
        community = await members.get_or_create_community(session, community_key, "", START)
        for kind, key, due, payload in jobs:
            assert await schedule(
                session,
                kind=kind,
                due_at=parse_instant(due),
                key=key,
                payload=payload,
                community_id=community.id,
                now=START,
            )


async def statuses(db: Database) -> dict[str, tuple[str, int]]:
    async with db.sessions() as session:
        return {j.key: (j.status, j.attempts) for j in await session.scalars(select(Job))}


async def count(db: Database, model: Any) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


class Transport:
    """Records what a platform's transport was asked to send."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def __call__(self, msg: Message) -> str | None:
        self.sent.append(msg.plain_text())
        return f"ref-{len(self.sent)}"


# --- platforms ------------------------------------------------------------------------


async def test_each_platform_claims_only_its_own_communities_jobs_and_outbox(
    db_url: str,
) -> None:
    db = open_database(db_url)
    try:
        # The Slack job is due first: a process that ignored platforms would take it.
        await add(db, "slack:T1", [(POST, "slack-job", "2026-11-02T09:30:00Z", {})])
        await add(db, "discord:G1", [(POST, "discord-job", "2026-11-02T10:00:00Z", {})])
        clock = ManualClock(parse_instant("2026-11-02T11:00:00Z"))
        to_discord, to_slack = Transport(), Transport()
        discord = Scheduler(db, clock, REGISTRY, to_discord, platform="discord", worker_id="d")
        slack_jobs = Scheduler(db, clock, REGISTRY, None, platform="slack", worker_id="s-jobs")
        slack = Scheduler(db, clock, REGISTRY, to_slack, platform="slack", worker_id="s")

        runs.clear()
        assert await discord.run_due(limit=1) == 1
        assert await discord.run_due() == 0  # nothing else of Discord's is due
        assert runs == ["discord-job"]
        assert await statuses(db) == {"slack-job": ("pending", 0), "discord-job": ("done", 0)}
        # Slack's job runs in a Slack process whose delivery is down: a pending Slack row.
        assert await slack_jobs.run_due() == 1
        assert runs == ["discord-job", "slack-job"]
        # The Discord process delivers its own row only, never the Slack one.
        assert await discord.deliver() == 1
        assert [t.splitlines()[0] for t in to_discord.sent] == ["discord-job ran"]
        assert await discord.deliver() == 0
        assert await slack.deliver() == 1
        assert [t.splitlines()[0] for t in to_slack.sent] == ["slack-job ran"]
        async with db.sessions() as session:
            rows = list(await session.scalars(select(Outbox).order_by(Outbox.id)))
        assert [(r.platform, r.sent_at is not None) for r in rows] == [
            ("discord", True),
            ("slack", True),
        ]
    finally:
        await db.dispose()


# --- batches of several jobs ------------------------------------------------------------


async def member_id(db: Database, community_key: str) -> int:
    async with db.sessions() as session, session.begin():
        community = await members.get_or_create_community(session, community_key, "", START)
        member = await members.get_or_create_member(
            session, community, MemberRef("ana", "ana"), START
        )
        return member.id


async def test_a_batch_with_failing_jobs_runs_the_others_once_and_keeps_no_failed_write(
    db_url: str,
) -> None:
    db = open_database(db_url)
    try:
        ana = await member_id(db, "console:test")
        due = "2026-11-02T10:00:00Z"
        await add(
            db,
            "console:test",
            [
                (POST, "ok-1", due, {}),
                (BROKEN, "broken-1", due, {"member": ana}),
                (POST, "ok-2", due, {}),
                # Fails only in the re-run of the batch, inside its savepoint.
                (BROKEN, "broken-2", due, {"member": ana}),
                (DB_ERROR, "db-error", due, {"member": ana}),
                (POST, "ok-3", due, {}),
            ],
        )
        clock = ManualClock(parse_instant("2026-11-02T10:00:00Z"))
        transport = Transport()
        scheduler = Scheduler(db, clock, REGISTRY, transport, platform="console", batch=10)
        runs.clear()
        assert await scheduler.run_due() == 6  # one batch of six
        rows = await statuses(db)
        assert {k: rows[k] for k in ("ok-1", "ok-2", "ok-3")} == {
            "ok-1": ("done", 0),
            "ok-2": ("done", 0),
            "ok-3": ("done", 0),
        }
        assert {k: rows[k] for k in ("broken-1", "broken-2", "db-error")} == {
            "broken-1": ("pending", 1),
            "broken-2": ("pending", 1),
            "db-error": ("pending", 1),
        }
        assert len(rows) == 6  # the duplicate job the db-error job tried is not there
        # Nothing the failing jobs wrote stayed: no activity, no message.
        assert await count(db, Activity) == 0
        assert await scheduler.deliver() == 3
        assert [t.splitlines()[0] for t in transport.sent] == ["ok-1 ran", "ok-2 ran", "ok-3 ran"]
        async with db.sessions() as session:
            errors = {
                j.key: j.last_error
                for j in await session.scalars(select(Job).where(Job.status == "pending"))
            }
        assert "broken-1 is broken" in (errors["broken-1"] or "")
        assert "broken-2 is broken" in (errors["broken-2"] or "")
        assert errors["db-error"] and "broken" not in errors["db-error"]
        # Each failing job failed once and was set to retry; none of them ran twice.
        assert sorted(k for k in runs if not k.startswith("ok")) == [
            "broken-1",
            "broken-2",
            "db-error",
        ]
        # Their retries fail again, still without a trace.
        clock.set(parse_instant("2026-11-02T10:05:00Z"))
        assert await scheduler.run_due() == 3
        assert await count(db, Activity) == 0
        assert await scheduler.deliver() == 0
        assert {k: v[1] for k, v in (await statuses(db)).items() if not k.startswith("ok")} == {
            "broken-1": 2,
            "broken-2": 2,
            "db-error": 2,
        }
    finally:
        await db.dispose()


async def test_one_failing_job_in_a_batch_delays_nothing(db_url: str) -> None:
    db = open_database(db_url)
    try:
        ana = await member_id(db, "console:test")
        await add(
            db,
            "console:test",
            [(POST, f"ok-{i}", "2026-11-02T10:00:00Z", {}) for i in range(3)]
            + [(BROKEN, "broken", "2026-11-02T10:00:00Z", {"member": ana})]
            + [(POST, f"ok-{i}", "2026-11-02T10:00:00Z", {}) for i in range(3, 6)],
        )
        clock = ManualClock(parse_instant("2026-11-02T10:00:00Z"))
        transport = Transport()
        scheduler = Scheduler(db, clock, REGISTRY, transport, platform="console", batch=50)
        assert await scheduler.run_due() == 7
        assert await scheduler.deliver() == 6
        assert sorted(t.splitlines()[0] for t in transport.sent) == [
            f"ok-{i} ran" for i in range(6)
        ]
        rows = await statuses(db)
        assert rows["broken"] == ("pending", 1)
        assert await count(db, Activity) == 0
        async with db.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Member)) == 1
            assert await session.scalar(select(func.count()).select_from(Outbox)) == 6
    finally:
        await db.dispose()


# --- outbox leases ----------------------------------------------------------------------


class Died(BaseException):
    """The delivering process died mid-send (not an error it could record)."""


async def test_a_claimed_but_unsent_outbox_row_goes_out_again_after_the_lease(
    db_url: str,
) -> None:
    db = open_database(db_url)
    try:
        await add(db, "console:test", [(POST, "lost", "2026-11-02T10:00:00Z", {})])
        t0 = parse_instant("2026-11-02T10:00:00Z")
        clock = ManualClock(t0)
        assert await Scheduler(db, clock, REGISTRY, None, platform="console").run_due() == 1

        async def dies(msg: Message) -> str | None:
            raise Died

        first = Scheduler(
            db, clock, REGISTRY, dies, platform="console", worker_id="first", lease_clock=clock
        )
        try:
            await first.deliver()
        except Died:
            pass
        else:
            raise AssertionError("the transport should have died")
        transport = Transport()
        second = Scheduler(
            db,
            clock,
            REGISTRY,
            transport,
            platform="console",
            worker_id="second",
            lease_clock=clock,
        )
        # While the first process's claim holds, nobody else sends the row.
        assert await second.deliver() == 0
        clock.set(t0 + LEASE - timedelta(seconds=1))
        assert await second.deliver() == 0
        # Once the lease expired, the row goes out, once.
        clock.set(t0 + LEASE + timedelta(seconds=1))
        assert await second.deliver() == 1
        assert [t.splitlines()[0] for t in transport.sent] == ["lost ran"]
        clock.set(t0 + 3 * LEASE)
        assert await second.deliver() == 0
        async with db.sessions() as session:
            row = await session.scalar(select(Outbox))
            assert row is not None and row.sent_at == t0 + LEASE + timedelta(seconds=1)
            assert row.claimed_by == "second"
    finally:
        await db.dispose()
