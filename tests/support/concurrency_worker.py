"""A worker process for tests/test_concurrency.py: logs activity when told to.

Run as `python -m tests.concurrency_worker DB_URL WORKER MEMBERS LOGS`. It reads commands
from standard input, one a line: `day ISO` sets the clock to that instant and runs
`LOGS` `/log` commands, spread evenly over members m0..m{MEMBERS-1}, each with
`count:WORKER+1`, then prints `done OK ERRORS`; `quit` ends the process. The parent
starts every worker's day at once, so the workers race on the same members.
"""

from __future__ import annotations

import asyncio
import sys

from bot.core.clock import ManualClock, parse_instant
from bot.core.context import Invocation
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef
from bot.features.catalog import REGISTRY
from bot.store.db import open_database

COMMUNITY = "console:concurrency"
KINDS = ("applied", "networked", "learned", "practiced")


async def main(url: str, worker: int, members: int, logs: int) -> None:
    db = open_database(url, pool_size=2)
    clock = ManualClock(parse_instant("2026-11-02T00:00:00Z"))
    engine = Engine(db, clock, REGISTRY)
    try:
        while True:
            line = (await asyncio.to_thread(sys.stdin.readline)).split()
            if not line or line[0] == "quit":
                return
            clock.set(parse_instant(line[1]))
            ok = errors = 0
            for i in range(logs):
                member = f"m{(i + worker) % members}"
                messages = await engine.run(
                    Invocation(
                        community_key=COMMUNITY,
                        actor=MemberRef(member, member),
                        command="log",
                        options={"activity": KINDS[i % len(KINDS)], "count": worker + 1},
                        channel=ChannelRef("general", "general"),
                    )
                )
                if any(m.error for m in messages):
                    errors += 1
                    print(f"error: {[m.plain_text() for m in messages]}", file=sys.stderr)
                else:
                    ok += 1
            print(f"done {ok} {errors}", flush=True)
    finally:
        await db.dispose()


if __name__ == "__main__":
    url, worker, members, logs = sys.argv[1], *map(int, sys.argv[2:5])
    asyncio.run(main(url, worker, members, logs))
