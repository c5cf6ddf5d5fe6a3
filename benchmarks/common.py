"""Shared benchmark plumbing: result records, latency statistics, throwaway databases.

Every measurement becomes a `Result` (one JSON object in `results/latest.json`). Databases
are created fresh for each run: a SQLite file in a temporary directory, or a new
database on the PostgreSQL server named by `REBOUND_TEST_PG_URL` (which `make bench`
starts through `scripts/with-postgres.sh`).
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from bot.core.clock import ManualClock
from bot.core.engine import Engine
from bot.core.messages import Message
from bot.features.catalog import REGISTRY
from bot.store.db import Database, migrate, open_database
from tests.support.harness import pg_admin_execute, pg_base_url

# The benchmark community's "now": a Monday at noon UTC; history lies before it.
NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


@dataclass
class Result:
    """One measurement. `floor` is what `value` is compared to; `ratio` is value / floor."""

    name: str
    backend: str
    value: float
    unit: str
    floor: float | None = None
    ratio: float | None = None
    target: str | None = None
    met: bool | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Latencies:
    """Per-call latencies in seconds, the wall and CPU time of the whole sequential run,
    and how many SQL statements it sent (CPU time and statements barely depend on how
    busy the machine is, so they compare runs fairly on a shared machine)."""

    samples: list[float]
    wall: float
    cpu: float
    statements: int = 0

    @property
    def per_second(self) -> float:
        return len(self.samples) / self.wall

    def pct(self, p: float) -> float:
        """The p-th percentile in milliseconds (nearest rank)."""
        ordered = sorted(self.samples)
        k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered)) - 1))
        return ordered[k] * 1000

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.samples) * 1000

    @property
    def cpu_ms(self) -> float:
        return self.cpu / len(self.samples) * 1000

    @property
    def statements_per_call(self) -> float:
        return self.statements / len(self.samples)


async def timed(
    calls: int, fn: Callable[[int], Awaitable[None]], db: Database | None = None
) -> Latencies:
    """Call `fn(i)` for i in range(calls), one after another, timing each call."""
    statements = 0

    def count(*_args: Any) -> None:
        nonlocal statements
        statements += 1

    if db is not None:
        event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    samples: list[float] = []
    clock = time.perf_counter
    cpu0 = time.process_time()
    start = clock()
    try:
        for i in range(calls):
            t0 = clock()
            await fn(i)
            samples.append(clock() - t0)
    finally:
        if db is not None:
            event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    return Latencies(samples, clock() - start, time.process_time() - cpu0, statements)


def check_ok(messages: list[Message], what: str) -> None:
    """A benchmark that measured error replies would measure nothing: fail loudly."""
    for msg in messages:
        if msg.error:
            raise RuntimeError(f"{what} answered with an error: {msg.plain_text()}")


async def new_database(backend: str, workdir: Path, label: str) -> str:
    """A fresh, migrated database URL for `backend` ("sqlite" or "postgres")."""
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{workdir / f'{label}-{uuid.uuid4().hex[:6]}.db'}"
    else:
        name = f"bench_{label}_{uuid.uuid4().hex[:6]}"
        await pg_admin_execute(f"CREATE DATABASE {name}")
        url = make_url(pg_base_url() or "").set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    await migrate(db)
    await db.dispose()
    return url


def engine_for(url: str, *, pool_size: int = 10) -> tuple[Engine, ManualClock, Database]:
    db = open_database(url, pool_size=pool_size)
    clock = ManualClock(NOW)
    return Engine(db, clock, REGISTRY), clock, db


def sqlite_path(url: str) -> str:
    return make_url(url).database or ""


def rss_kib() -> int:
    """Resident memory of this process (VmRSS from /proc/self/status), in KiB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("VmRSS not found in /proc/self/status")
