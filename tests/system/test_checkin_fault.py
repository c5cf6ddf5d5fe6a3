"""Exactly once under faults: scheduler processes sharing one store, a crash, downtime.

Three `tests.scheduler_worker` processes share one database (PostgreSQL, then one SQLite
file) and a simulated clock that this test advances from one due instant to the next,
through a fortnight that crosses the autumn daylight-saving changes of Europe/Berlin and
America/New_York, with hundreds of schedules in six communities and timezones and six
hours of downtime. One worker is SIGKILLed while it is inside a check-in run and a fresh
one takes its place. Every prompt, reminder and summary an independent model expects
must have been delivered exactly once, and nothing else.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, or_, select, text

from adapters.console.adapter import ConsoleResolver
from bot.core.clock import ManualClock
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef
from bot.features.catalog import REGISTRY
from bot.store.db import Database, open_database
from bot.store.models import CheckinRun, CheckinSchedule, Community, Job, Outbox, Post
from tests.support.harness import new_pg_database, new_sqlite_database, pg_base_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)
END = START + timedelta(days=14)
DOWN = (datetime(2026, 10, 27, 3, 0, tzinfo=UTC), datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS = (None, 4)
PER_COMMUNITY = 34
LATE_AFTER = timedelta(minutes=10)
TIMEOUT = 120  # seconds a worker may take to answer one tick before the test gives up

DELIVERIES = """
CREATE TABLE fault_deliveries (
    delivery_key VARCHAR(64) PRIMARY KEY,
    worker VARCHAR(32) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    post_id INTEGER,
    to_ref VARCHAR(64),
    channel_ref VARCHAR(64),
    resent INTEGER NOT NULL DEFAULT 0
)
"""


# --- the independent model -------------------------------------------------------------------


@dataclass
class Plan:
    community: str
    zone: ZoneInfo
    channel: str
    cadence: str
    hour: int
    minute: int
    weekday: int | None
    hours: int | None
    schedule_id: int = 0

    @property
    def reminded(self) -> tuple[str, ...]:
        """Who is reminded: dee everywhere, and ana too in even communities."""
        even = int(self.community.removeprefix("fault:c")) % 2 == 0
        return ("ana", "dee") if even else ("dee",)

    def command(self) -> str:
        day = f" day:{DAYS[self.weekday]}" if self.weekday is not None else ""
        hours = f" summary_after_hours:{self.hours}" if self.hours else ""
        return (
            f"/mod checkin-schedule channel:#{self.channel} cadence:{self.cadence} "
            f"time:{self.hour:02d}:{self.minute:02d}{day}{hours}"
        )

    def occurs(self, day: date) -> bool:
        if self.cadence == "daily":
            return True
        if self.cadence == "weekdays":
            return day.weekday() < 5
        return day.weekday() == self.weekday


def wall_clock_instant(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    """Brute force: the first half-hour instant whose local wall time reaches hour:minute."""
    t = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=15)
    while True:
        local = t.astimezone(zone)
        if local.date() == day and (local.hour, local.minute) >= (hour, minute):
            return t
        assert local.date() <= day
        t += timedelta(minutes=30)


def tick(instant: datetime) -> datetime:
    """When a job due at `instant` runs: at once, or when the downtime ends."""
    return DOWN[1] if DOWN[0] < instant < DOWN[1] else instant


@dataclass
class Expected:
    prompts: set[str]
    late: set[str]
    summaries: set[str]
    reminders: set[tuple[str, str]]
    instants: dict[str, datetime]


def expectations(plans: list[Plan]) -> Expected:
    exp = Expected(set(), set(), set(), set(), {})
    for plan in plans:
        day = START.astimezone(plan.zone).date()
        opens: list[tuple[date, datetime]] = []
        while day <= END.date() + timedelta(days=8):
            if plan.occurs(day):
                at = wall_clock_instant(day, plan.hour, plan.minute, plan.zone)
                if at >= START:
                    opens.append((day, at))
            day += timedelta(days=1)
        for (day, at), (_, next_at) in itertools.pairwise(opens):
            if at > END:
                break
            key = f"checkin:{plan.schedule_id}:{day.isoformat()}"
            exp.instants[key] = at
            closes = min(next_at, at + timedelta(hours=plan.hours)) if plan.hours else next_at
            remind = closes - min(timedelta(hours=3), (closes - at) / 2)
            prompted = tick(at) < closes
            if prompted:
                exp.prompts.add(key)
                if tick(at) - at > LATE_AFTER:
                    exp.late.add(key)
                if tick(remind) < closes and tick(remind) <= END:
                    exp.reminders.update((key, who) for who in plan.reminded)
            if (tick(closes) if prompted else tick(at)) <= END:
                exp.summaries.add(key)
    return exp


def layout(community: str, zone: ZoneInfo, j: int, n: int) -> Plan:
    """Daily check-ins in the small hours where clocks change, weekdays ones, weekly ones.

    Weekly check-ins all open at the local time that was 12:00 UTC at the start, so most
    of them fall due together (fewer clock steps, more processes racing for the same jobs).
    """
    dst = zone.key in ("Europe/Berlin", "America/New_York")
    if j == 0 and dst:
        return Plan(community, zone, f"c{j}", "daily", 2, 30, None, 2)
    if j == 1 and dst:
        return Plan(community, zone, f"c{j}", "daily", 1, 30, None, None)
    if j == 2 and not dst:
        return Plan(community, zone, f"c{j}", "weekdays", 9, 0, None, 8)
    hour = START.astimezone(zone).hour
    return Plan(community, zone, f"c{j}", "weekly", hour, 0, n % 7, HOURS[n % len(HOURS)])


# --- setting up the store -------------------------------------------------------------------


async def populate(url: str) -> list[Plan]:
    db = open_database(url)
    engine = Engine(db, ManualClock(START), REGISTRY)
    plans: list[Plan] = []
    try:
        async with db.sessions() as session, session.begin():
            await session.execute(text(DELIVERIES))
        n = 0
        for c, zone in enumerate(ZONES):
            key = f"fault:c{c}"

            async def run(user: str, line: str, key: str = key) -> None:
                messages = await engine.run_line(
                    line,
                    community_key=key,
                    actor=MemberRef(user, user),
                    channel=ChannelRef("general", "general"),
                    resolver=ConsoleResolver(),
                    platform_moderator=user == "mo",
                )
                assert not any(m.error for m in messages), (line, messages[0].text)

            await run("mo", f"/mod setup timezone:{zone}")
            await run("mo", "/settings reminders:off")
            # Quiet hours off for the reminded: this test is about exactly once, and its
            # expectations put reminders at any hour (quiet hours: test_quiet_hours.py).
            if c % 2 == 0:
                await run("ana", "/log networked")  # active, reminders on: a participant
                await run("ana", "/settings quiet_hours:off")
            await run("bo", "/log networked")
            await run("bo", "/settings reminders:off")
            await run("cy", "/pause days:30")  # paused from today: not reminded
            # Any command counts: a participant.
            await run("dee", "/settings reminders:on quiet_hours:off")
            for j in range(PER_COMMUNITY):
                plan = layout(key, ZoneInfo(zone), j, n)
                await run("mo", plan.command())
                plans.append(plan)
                n += 1
        async with db.read_sessions() as session, session.begin():
            rows = await session.execute(
                select(Community.key, CheckinSchedule.channel_ref, CheckinSchedule.id).join(
                    Community, Community.id == CheckinSchedule.community_id
                )
            )
            ids = {(k, ch): i for k, ch, i in rows}
        for plan in plans:
            plan.schedule_id = ids[(plan.community, plan.channel)]
    finally:
        await db.dispose()
    return plans


# --- driving the workers ----------------------------------------------------------------------


class Workers:
    """Scheduler processes on one store, all following the clock this test moves."""

    def __init__(self, url: str, tmp: Path, count: int, block_key: str | None = None) -> None:
        self.url = url
        self.tmp = tmp
        self.count = count
        self.block_key = block_key
        self.procs: list[asyncio.subprocess.Process] = []
        self.started = 0
        self.killed = 0
        self.now = START

    async def spawn(self) -> asyncio.subprocess.Process:
        self.started += 1
        name = f"w{self.started}"
        args = ["--db", self.url, "--name", name, "--start", self.now.isoformat()]
        if self.block_key:
            args += ["--block-key", self.block_key, "--marker", str(self.tmp / "blocked")]
        with (self.tmp / f"{name}.log").open("wb") as log:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.support.scheduler_worker",
                *args,
                cwd=ROOT,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        assert await self.line(proc) == "ready"
        return proc

    async def line(self, proc: asyncio.subprocess.Process) -> str:
        raw = await asyncio.wait_for(proc.stdout.readline(), TIMEOUT)  # type: ignore[union-attr]
        if not raw:
            logs = "\n".join(p.read_text() for p in self.tmp.glob("w*.log"))
            raise AssertionError(f"a worker exited unexpectedly:\n{logs[-4000:]}")
        return raw.decode().strip()

    async def start(self) -> None:
        self.procs = [await self.spawn() for _ in range(self.count)]

    async def tick(self, when: datetime) -> None:
        """Every worker runs what is due at `when`; a blocked one is killed and replaced."""
        self.now = when
        stamp = when.isoformat()
        for proc in self.procs:
            proc.stdin.write(f"tick {stamp}\n".encode())  # type: ignore[union-attr]
        await asyncio.gather(*(self._await_done(i, stamp) for i in range(len(self.procs))))

    async def _await_done(self, i: int, stamp: str) -> None:
        answer = await self.line(self.procs[i])
        if answer == "blocked":
            self.procs[i].kill()  # SIGKILL, in the middle of the run's transaction
            await self.procs[i].wait()
            self.killed += 1
            self.procs[i] = await self.spawn()
            self.procs[i].stdin.write(f"tick {stamp}\n".encode())  # type: ignore[union-attr]
            answer = await self.line(self.procs[i])
        assert answer == f"done {stamp}", answer

    async def stop(self) -> None:
        for proc in self.procs:
            if proc.returncode is None:
                proc.stdin.write(b"quit\n")  # type: ignore[union-attr]
                await proc.wait()


async def busy(db: Database, when: datetime) -> bool:
    async with db.read_sessions() as session, session.begin():
        jobs = await session.scalar(
            select(func.count()).select_from(Job).where(Job.status == "pending", Job.due_at <= when)
        )
        # A direct message held for its receiver's quiet hours is not due yet.
        unsent = await session.scalar(
            select(func.count())
            .select_from(Outbox)
            .where(
                Outbox.sent_at.is_(None),
                or_(Outbox.not_before.is_(None), Outbox.not_before <= when),
            )
        )
    return bool(jobs or unsent)


async def next_due(db: Database, now: datetime) -> datetime | None:
    """The next instant something falls due: a job, or a message held for quiet hours."""
    async with db.read_sessions() as session, session.begin():
        job = await session.scalar(select(func.min(Job.due_at)).where(Job.status == "pending"))
        held = await session.scalar(
            select(func.min(Outbox.not_before)).where(
                Outbox.sent_at.is_(None), Outbox.not_before > now
            )
        )
    return min((t for t in (job, held) if t is not None), default=None)


async def drive(workers: Workers, db: Database, until: datetime) -> None:
    """Move the shared clock from one due instant to the next, skipping the downtime."""
    while (due := await next_due(db, workers.now)) is not None and due <= until:
        await workers.tick(max(tick(due), workers.now))
        while await busy(db, workers.now):
            await workers.tick(workers.now)
    await workers.tick(until)


# --- checking what was delivered -------------------------------------------------------------


async def delivered(db: Database) -> tuple[Counter, list[int]]:
    """What each delivery was (prompt, summary or reminder of which run), and any re-sends."""
    async with db.read_sessions() as session, session.begin():
        rows = (
            await session.execute(
                text(
                    "SELECT d.kind, d.to_ref, d.resent, j.key, prompt.key, summary.key "
                    "FROM fault_deliveries d "
                    "JOIN outbox o ON 'outbox:' || CAST(o.id AS VARCHAR(20)) = d.delivery_key "
                    "JOIN jobs j ON j.id = o.job_id "
                    "LEFT JOIN checkin_runs prompt ON prompt.post_id = d.post_id "
                    "LEFT JOIN checkin_runs summary ON summary.summary_post_id = d.post_id"
                )
            )
        ).all()
        unsent = await session.scalar(
            select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_(None))
        )
    assert unsent == 0
    seen: Counter = Counter()
    for kind, to_ref, _resent, job_key, prompt_of, summary_of in rows:
        if kind == "dm":
            seen[("reminder", job_key.removesuffix(":remind"), to_ref)] += 1
        elif prompt_of is not None:
            seen[("prompt", prompt_of, None)] += 1
        else:
            assert summary_of is not None, job_key
            seen[("summary", summary_of, None)] += 1
    return seen, [r[2] for r in rows if r[2]]


async def check(db: Database, plans: list[Plan]) -> None:
    exp = expectations(plans)
    seen, resent = await delivered(db)
    assert resent == [], "an outbox row was sent twice"
    twice = [k for k, n in seen.items() if n > 1]
    assert twice == [], f"delivered more than once: {twice[:5]}"
    assert {k for t, k, _ in seen if t == "prompt"} == exp.prompts
    assert {k for t, k, _ in seen if t == "summary"} == exp.summaries
    assert {(k, to) for t, k, to in seen if t == "reminder"} == exp.reminders
    async with db.read_sessions() as session, session.begin():
        runs = (
            await session.execute(select(CheckinRun.key, CheckinRun.scheduled_for, CheckinRun.late))
        ).all()
        errors = (
            await session.execute(
                select(Job.kind, Job.last_error).where(Job.last_error.is_not(None))
            )
        ).all()
        prompts = await session.scalar(
            select(func.count()).select_from(Post).where(Post.kind == "checkin")
        )
    assert [(kind, (error or "")[:300]) for kind, error in errors] == [], "a job failed"
    assert prompts == len(exp.prompts), "a rolled-back run left no post behind"
    assert {k: at for k, at, _ in runs} == exp.instants
    assert {k for k, _, late in runs if late} == exp.late
    # The fortnight really covered what it claims to.
    assert len(plans) >= 200 and len(exp.late) > 0
    assert len(exp.prompts - exp.summaries) > 0 and len(exp.summaries - exp.prompts) > 0


async def fortnight(url: str, tmp: Path) -> None:
    plans = await populate(url)
    berlin_daily = next(p for p in plans if p.zone.key == "Europe/Berlin" and p.cadence == "daily")
    block_key = f"checkin:{berlin_daily.schedule_id}:2026-10-29"
    workers = Workers(url, tmp, 3, block_key=block_key)
    db = open_database(url)
    try:
        await workers.start()
        await drive(workers, db, END)
        assert workers.killed == 1, "the fault was injected"
        await check(db, plans)
    finally:
        await workers.stop()
        await db.dispose()


def need_postgres() -> None:
    if not pg_base_url():
        if os.environ.get("CI"):
            pytest.fail("REBOUND_TEST_PG_URL is not set in CI: run the suite through `make test`")
        pytest.skip("PostgreSQL tests run under `make test`, which starts a server")


async def test_fortnight_exactly_once_on_postgres(tmp_path: Path) -> None:
    need_postgres()
    await fortnight(await new_pg_database(), tmp_path)


async def test_fortnight_exactly_once_on_sqlite(tmp_path: Path) -> None:
    await fortnight(await new_sqlite_database(tmp_path), tmp_path)


async def test_two_processes_race_the_same_due_jobs_on_postgres(tmp_path: Path) -> None:
    need_postgres()
    url = await new_pg_database()
    db = open_database(url)
    engine = Engine(db, ManualClock(START), REGISTRY)
    try:
        async with db.sessions() as session, session.begin():
            await session.execute(text(DELIVERIES))
        for c in range(2):
            for j in range(100):
                messages = await engine.run_line(
                    f"/mod checkin-schedule channel:#r{j} cadence:daily time:13:00 "
                    "summary_after_hours:2",
                    community_key=f"fault:race{c}",
                    actor=MemberRef("mo", "mo"),
                    channel=ChannelRef("general", "general"),
                    resolver=ConsoleResolver(),
                    platform_moderator=True,
                )
                assert not messages[0].error
        workers = Workers(url, tmp_path, 2)
        try:
            await workers.start()
            due = START.replace(hour=13)
            await workers.tick(due)  # 200 prompts fall due at once for two processes
            while await busy(db, due):
                await workers.tick(due)
            await workers.tick(due + timedelta(hours=2))  # and 200 summaries
        finally:
            await workers.stop()
        seen, resent = await delivered(db)
        assert resent == []
        assert Counter(t for t, _, _ in seen) == {"prompt": 200, "summary": 200}
        assert set(seen.values()) == {1}
    finally:
        await db.dispose()
