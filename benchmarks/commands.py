"""Command latency through the engine: `/log`, `/streak`, `/stats`, and the insert floor.

Commands run through `bot.engine.Engine.run` with an `Invocation`, exactly as an adapter
calls it, minus the adapter and the network. Calls are sequential in one process, so
commands per second is 1 / mean latency. The floor is the cheapest possible write on
the same engine and driver: one single-row INSERT into `activities` and its COMMIT.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import insert

from benchmarks.common import NOW, Latencies, check_ok, timed
from benchmarks.seed import CHANNEL, COMMUNITY_KEY, Seeded
from bot.core.context import Invocation
from bot.core.engine import Engine
from bot.core.kinds import KINDS
from bot.core.messages import ChannelRef, MemberRef
from bot.store.models import Activity

WARMUP = 100


def invocation(member: str, command: str, **options: object) -> Invocation:
    return Invocation(
        community_key=COMMUNITY_KEY,
        actor=MemberRef(member, member),
        command=command,
        options=dict(options),
        channel=ChannelRef(CHANNEL, CHANNEL),
    )


def log_invocation(member: str, i: int) -> Invocation:
    return invocation(member, "log", activity=KINDS[i % len(KINDS)])


async def run_commands(
    engine: Engine, seeded: Seeded, calls: int, make: Callable[[str, int], Invocation], seed: int
) -> Latencies:
    """Run `calls` commands for randomly chosen members after a short warm-up."""
    rng = random.Random(seed)
    who = [rng.choice(seeded.members) for _ in range(calls + WARMUP)]

    async def one(i: int) -> None:
        check_ok(await engine.run(make(who[i], i)), make(who[i], i).command)

    for i in range(WARMUP):
        await one(calls + i)
    return await timed(calls, one, engine.db)


async def streaks(engine: Engine, seeded: Seeded, calls: int) -> Latencies:
    return await run_commands(engine, seeded, calls, lambda m, _i: invocation(m, "streak"), 1)


async def stats(engine: Engine, seeded: Seeded, calls: int) -> Latencies:
    return await run_commands(engine, seeded, calls, lambda m, _i: invocation(m, "stats"), 2)


async def logs(engine: Engine, seeded: Seeded, calls: int) -> Latencies:
    return await run_commands(engine, seeded, calls, log_invocation, 3)


async def insert_floor(engine: Engine, seeded: Seeded, calls: int) -> Latencies:
    """One single-row INSERT and COMMIT per call, through the app's own engine."""
    stmt = insert(Activity.__table__)
    db = engine.db
    member_id = seeded.member_ids[0]

    async def one(_i: int) -> None:
        async with db.engine.begin() as conn:
            await conn.execute(
                stmt,
                {
                    "community_id": seeded.community_id,
                    "member_id": member_id,
                    "kind": "applied",
                    "count": 1,
                    "day": NOW.date(),
                    "created_at": NOW,
                },
            )

    for i in range(WARMUP):
        await one(i)
    return await timed(calls, one, db)


async def check_seeded_streak(engine: Engine, seeded: Seeded) -> None:
    """The seeded rows read back through the engine as the streak they describe."""
    expected = seeded.history.streak_values()["current"]
    (reply,) = [m for m in await engine.run(invocation(seeded.members[0], "streak")) if m.text]
    text = reply.plain_text()
    want = f"Current streak: {expected} day"
    if want not in text:
        raise RuntimeError(f"seeded history does not read back: wanted {want!r} in {text!r}")
