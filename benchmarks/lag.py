"""Fairness under load: small communities' check-ins while a large one's reminder fans out.

One community of 10,000 members (every one active lately, reminders on) has a check-in
whose reminder falls due at 12:00: one job that direct-messages every member who has not
answered, then 10,000 outbox rows to deliver. Small communities' check-ins fall due from
12:00 on, spread over a few seconds. The scheduler runs as the live adapters run it
(`Scheduler.loop`, jobs and deliveries side by side, `DELIVERY_LANES` lanes) on a clock
that follows real time from 12:00, with a transport that answers at once. What is
measured is each small check-in's lag from its due instant to its run, and how long the
whole fan-out took to deliver.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from adapters.base import DELIVERY_LANES
from adapters.console.adapter import ConsoleResolver
from benchmarks.common import NOW, engine_for
from benchmarks.fanout import noop_send
from benchmarks.seed import writer_for
from bot.core.clock import Clock, ManualClock
from bot.core.context import Invocation, Scope
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef
from bot.core.registry import Registry
from bot.core.scheduler import Scheduler
from bot.features.catalog import FEATURES
from bot.store.db import open_database
from bot.store.models import Community, Job, Outbox

PLATFORM = "lag"
BIG = f"{PLATFORM}:big"
CHANNEL = "checkins"
DUE = NOW.replace(hour=12, minute=0)
OPEN = "checkin.open"
GIVE_UP = 900.0  # seconds: a run that takes longer is reported as stuck


class RealTime:
    """Real time, starting at `start` when `go` is called (the simulated 12:00)."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self._zero: float | None = None

    def go(self) -> None:
        self._zero = time.perf_counter()

    def now(self) -> datetime:
        elapsed = 0.0 if self._zero is None else time.perf_counter() - self._zero
        return self.start + timedelta(seconds=elapsed)


@dataclass
class Lag:
    lags: list[float]  # seconds, one per small check-in
    fanout_seconds: float  # from 12:00 until every reminder was delivered
    reminders: int

    def pct(self, p: float) -> float:
        ordered = sorted(self.lags)
        k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered)) - 1))
        return ordered[k] * 1000


async def seed_big(url: str, members: int) -> None:
    """The large community, its check-in channel and members seen yesterday, in bulk."""
    w = await writer_for(url)
    created = (NOW - timedelta(days=90)).replace(tzinfo=None)
    seen = (NOW - timedelta(days=1)).replace(tzinfo=None)
    try:
        await w.insert("communities", ("key", "name", "created_at"), [(BIG, "Large", created)])
        ((big,),) = await w.fetch(f"SELECT id FROM communities WHERE key = '{BIG}'")
        await w.insert("channels", ("community_id", "ref", "name"), [(big, CHANNEL, CHANNEL)])
        columns = (
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
        )
        rows = [
            (big, f"m{i}", f"m{i}", "all", True, True, "dm", False, False, created, seen)
            for i in range(members)
        ]
        await w.insert("members", columns, rows)
    finally:
        await w.close()


async def schedule(engine: Engine, community: str, line: str) -> None:
    inv = Invocation(
        community_key=community,
        actor=MemberRef("mo", "mo"),
        command="",
        channel=ChannelRef(CHANNEL, CHANNEL),
        platform_moderator=True,
    )
    messages = await engine.run(await engine.read_line(line, inv, ConsoleResolver()))
    if any(m.error for m in messages):
        raise RuntimeError(f"{community}: {line} was refused: {messages[0].plain_text()}")


async def prepare(url: str, smalls: int, window: float) -> None:
    """The large check-in opened at 10:00 (its reminder due at 12:00); the small ones due
    from 12:00 on, spread over `window` seconds."""
    db = open_database(url)
    clock = ManualClock(DUE - timedelta(hours=3))
    engine = Engine(db, clock, Registry(FEATURES))
    try:
        await schedule(
            engine,
            BIG,
            f"/mod checkin-schedule channel:#{CHANNEL} cadence:daily time:10:00 "
            "summary_after_hours:4",
        )
        for i in range(smalls):
            key = f"{PLATFORM}:small{i}"
            await schedule(
                engine, key, f"/mod checkin-schedule channel:#{CHANNEL} cadence:daily time:12:00"
            )
        clock.set(DUE - timedelta(hours=2))
        opener = Scheduler(db, clock, engine.registry, None, platform=PLATFORM)
        if await opener.run_due() != 1:
            raise RuntimeError("the large check-in did not open at 10:00")
        async with db.sessions() as session, session.begin():
            small_jobs = list(
                await session.scalars(
                    select(Job.id)
                    .join(Community, Community.id == Job.community_id)
                    .where(
                        Job.kind == OPEN,
                        Job.status == "pending",
                        Job.due_at == DUE,
                        Community.key != BIG,
                    )
                    .order_by(Job.id)
                )
            )
            for n, job_id in enumerate(small_jobs):
                at = DUE + timedelta(seconds=window * n / max(1, len(small_jobs)))
                await session.execute(update(Job).where(Job.id == job_id).values(due_at=at))
    finally:
        await db.dispose()


def recording(registry: Registry, clock: Clock, lags: list[float]) -> Registry:
    """`registry`, with the small communities' check-in openings timed from due to run."""
    opening = registry.jobs[OPEN]

    async def timed(scope: Scope, job: Job) -> None:
        if scope.community.key != BIG:
            lags.append((clock.now() - job.due_at).total_seconds())
        await opening(scope, job)

    registry.jobs[OPEN] = timed
    return registry


async def unsent(engine: Engine) -> int:
    async with engine.db.read_sessions() as session, session.begin():
        return int(
            await session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_(None))
            )
            or 0
        )


async def measure_lag(url: str, members: int, smalls: int, window: float) -> Lag:
    await seed_big(url, members)
    await prepare(url, smalls, window)
    engine, _manual, db = engine_for(url)
    clock = RealTime(DUE)
    lags: list[float] = []
    registry = recording(Registry(FEATURES), clock, lags)
    scheduler = Scheduler(db, clock, registry, noop_send, platform=PLATFORM, lanes=DELIVERY_LANES)
    stop = asyncio.Event()
    clock.go()
    running = asyncio.create_task(scheduler.loop(stop, interval=1.0))
    try:
        started = time.perf_counter()
        while len(lags) < smalls or await unsent(engine):
            if time.perf_counter() - started > GIVE_UP:
                raise RuntimeError(f"stuck: {len(lags)} of {smalls} small check-ins ran")
            await asyncio.sleep(0.1)
        fanout = (clock.now() - DUE).total_seconds()
        reminders = await reminders_sent(engine)
    finally:
        stop.set()
        await running
        await db.dispose()
    if reminders != members + 1:  # and the moderator who scheduled it
        raise RuntimeError(f"{reminders} reminders were delivered, not {members + 1}")
    return Lag(lags, fanout, reminders)


async def reminders_sent(engine: Engine) -> int:
    """The direct messages delivered: the large community's reminders."""
    async with engine.db.read_sessions() as session, session.begin():
        messages = await session.scalars(select(Outbox.message).where(Outbox.sent_at.is_not(None)))
        return sum(1 for m in messages if m.get("kind") == "dm")
