"""Scheduler fan-out: 10,000 check-in-like jobs in 10,000 communities due in one minute.

The benchmark registers its own job kind, `bench.checkin`, which does what a check-in
run does in the database: post a prompt to the community's channel (a `Post` row and an
outbox message) and schedule its next occurrence under its own unique key. The
`bot.scheduler.Scheduler` claims the due jobs, runs them and then delivers the outbox to
a no-op transport that hands back a platform message id, as a real adapter would.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from benchmarks.common import NOW, engine_for
from benchmarks.seed import writer_for
from bot.core.context import Scope
from bot.core.declarations import Feature
from bot.core.messages import Message
from bot.core.registry import Registry
from bot.core.scheduler import Scheduler
from bot.features.catalog import FEATURES
from bot.store.models import Job, Outbox

KIND = "bench.checkin"
PLATFORM = "bench"
CHANNEL = "checkins"


BENCH_JOBS = Feature("bench-fanout")


@BENCH_JOBS.job(KIND)
async def bench_checkin(scope: Scope, row: Job) -> None:
    await scope.post(
        row.payload["channel"],
        "Check-in time! What did you do yesterday, and what is your next small step?",
        kind="checkin",
    )
    following = row.due_at + timedelta(days=1)
    await scope.schedule(
        KIND,
        following,
        key=f"{KIND}:{scope.community.id}:{following:%Y%m%d%H%M}",
        payload=row.payload,
    )


async def noop_send(msg: Message) -> str | None:
    return f"bench-{msg.post_id}" if msg.post_id is not None else None


async def seed_jobs(url: str, communities: int) -> None:
    """`communities` communities with one channel and one job each, due within one minute."""
    w = await writer_for(url)
    created = (NOW - timedelta(days=30)).replace(tzinfo=None)
    try:
        await w.insert(
            "communities",
            ("key", "name", "created_at"),
            [(f"{PLATFORM}:c{i}", f"Community {i}", created) for i in range(communities)],
        )
        ids = [
            r[0]
            for r in await w.fetch(f"SELECT id FROM communities WHERE key LIKE '{PLATFORM}:c%'")
        ]
        await w.insert(
            "channels", ("community_id", "ref", "name"), [(c, CHANNEL, CHANNEL) for c in ids]
        )
        payload = json.dumps({"channel": CHANNEL})
        base = NOW.replace(tzinfo=None)
        await w.insert(
            "jobs",
            (
                "community_id",
                "kind",
                "key",
                "due_at",
                "payload",
                "status",
                "attempts",
                "created_at",
            ),
            [
                (
                    c,
                    KIND,
                    f"{KIND}:{c}:first",
                    base + timedelta(seconds=n % 60),
                    payload,
                    "pending",
                    0,
                    created,
                )
                for n, c in enumerate(ids)
            ],
        )
        if not url.startswith("sqlite"):
            await w.execute("ANALYZE")
    finally:
        await w.close()


@dataclass
class Fanout:
    jobs: int
    run_seconds: float
    deliver_seconds: float

    @property
    def runs_per_second(self) -> float:
        return self.jobs / (self.run_seconds + self.deliver_seconds)


async def fanout(url: str, communities: int) -> Fanout:
    await seed_jobs(url, communities)
    engine, clock, db = engine_for(url)
    try:
        clock.set(NOW + timedelta(minutes=1))
        registry = Registry((*FEATURES, BENCH_JOBS))
        scheduler = Scheduler(engine.db, engine.clock, registry, noop_send, platform=PLATFORM)
        t0 = time.perf_counter()
        ran = await scheduler.run_due()
        t1 = time.perf_counter()
        sent = await scheduler.deliver()
        t2 = time.perf_counter()
        async with db.read_sessions() as session, session.begin():
            done = await session.scalar(
                select(func.count()).select_from(Job).where(Job.kind == KIND, Job.status == "done")
            )
            delivered = await session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_not(None))
            )
        if not (ran == done == sent == delivered == communities):
            raise RuntimeError(
                f"fan-out incomplete: ran {ran}, done {done}, sent {sent}, delivered {delivered}"
            )
        return Fanout(communities, t1 - t0, t2 - t1)
    finally:
        await db.dispose()
