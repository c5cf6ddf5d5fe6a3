"""Measurements that need processes of their own: resident memory and scale-out.

Memory: a fresh process builds one engine and one scheduler and then serves one `/log`
for one member in each of 10,000 communities. That is what "holding" 10,000 communities
means for Rebound: every community and member has been created and used through the
engine in this process. The engine keeps no per-community state in memory (the store
holds it), so what grows is SQLAlchemy's statement caches, the connection pool and the
identity maps of finished sessions (which must be freed). VmRSS is read before and after.

Scale-out: N worker processes each run `/log` for random members of the seeded community
for a fixed time, started together; their counts add up to the total throughput.

Run as `python -m benchmarks.processes memory URL COMMUNITIES` or
`python -m benchmarks.processes log URL SECONDS MEMBERS SEED`; each prints one JSON line.
"""

from __future__ import annotations

import asyncio
import gc
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import check_ok, engine_for, rss_kib
from benchmarks.fanout import noop_send
from benchmarks.seed import CHANNEL
from bot.core.context import Invocation
from bot.core.kinds import KINDS
from bot.core.messages import ChannelRef, MemberRef
from bot.core.scheduler import Scheduler

ROOT = Path(__file__).resolve().parent.parent


async def hold_communities(url: str, communities: int) -> dict[str, float]:
    engine, _clock, db = engine_for(url)
    Scheduler(engine.db, engine.clock, engine.registry, noop_send, platform="memory")
    try:
        gc.collect()
        before = rss_kib()
        for i in range(communities):
            messages = await engine.run(
                Invocation(
                    community_key=f"memory:c{i}",
                    actor=MemberRef(f"m{i}", f"Member {i}"),
                    command="log",
                    options={"activity": KINDS[i % len(KINDS)]},
                    channel=ChannelRef(CHANNEL, CHANNEL),
                    community_name=f"Community {i}",
                )
            )
            check_ok(messages, "/log")
        gc.collect()
        after = rss_kib()
    finally:
        await db.dispose()
    return {"before_kib": before, "after_kib": after}


async def log_worker(url: str, seconds: float, members: int, seed: int) -> dict[str, float]:
    engine, _clock, db = engine_for(url, pool_size=2)
    rng = random.Random(seed)

    def inv(i: int) -> Invocation:
        who = f"u{rng.randrange(members)}"
        return Invocation(
            community_key="bench:big",
            actor=MemberRef(who, who),
            command="log",
            options={"activity": KINDS[i % len(KINDS)]},
            channel=ChannelRef(CHANNEL, CHANNEL),
        )

    try:
        for i in range(50):
            check_ok(await engine.run(inv(i)), "/log")
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        done = 0
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            check_ok(await engine.run(inv(done)), "/log")
            done += 1
    finally:
        await db.dispose()
    return {"commands": done, "seconds": seconds}


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.processes", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _result(proc: subprocess.Popen[str]) -> dict[str, float]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if proc.wait() != 0 or not line:
        raise RuntimeError(f"benchmark process {proc.args} failed with {proc.returncode}")
    return json.loads(line)


def measure_memory(url: str, communities: int) -> dict[str, float]:
    return _result(_spawn("memory", url, str(communities)))


def measure_scaleout(url: str, processes: int, seconds: float, members: int) -> float:
    """Total `/log` commands per second of `processes` workers running together."""
    procs = [_spawn("log", url, str(seconds), str(members), str(n)) for n in range(processes)]
    for p in procs:
        assert p.stdout is not None
        if p.stdout.readline().strip() != "ready":
            raise RuntimeError("a scale-out worker did not start")
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    counts = [_result(p)["commands"] for p in procs]
    return sum(counts) / seconds


def main(argv: list[str]) -> None:
    mode, url, *rest = argv
    if mode == "memory":
        out = asyncio.run(hold_communities(url, int(rest[0])))
    elif mode == "log":
        out = asyncio.run(log_worker(url, float(rest[0]), int(rest[1]), int(rest[2])))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
