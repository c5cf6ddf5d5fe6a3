"""The live scheduler (`Scheduler.loop`, as the adapters run it) against a recording transport.

The loops wait in real seconds (`asyncio.wait` with a timeout), so these tests run them in
virtual time: the event loop's clock is replaced by one that only moves when every task
is idle (no callback ready, no database connection in use) and then jumps straight to the
next timer; the scheduler's clocks read that same time. What is asserted is what a member
or an operator notices: each job runs once, at its due time; its post goes out at once;
work another process wrote is picked up within one interval; a rate-limited community
waits out Retry-After while others go on; a stop ends the loop promptly, after the turn
in flight; failures are logged with what an operator needs, and retried.

Job kinds here are test-only, under names no feature uses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from bot.core import jobs, logs, metrics
from bot.core.clock import parse_instant
from bot.core.context import Scope
from bot.core.declarations import Feature
from bot.core.delivery import DELIVERY_COMMUNITY, DeliveryProblem, RateLimited
from bot.core.messages import ChannelRef, Kind, Message
from bot.core.scheduler import MAX_ATTEMPTS, TURN, Scheduler
from bot.features.catalog import REGISTRY
from bot.store import identity as members
from bot.store.db import Database, open_database
from bot.store.models import Community, Job, Outbox
from tests.support.harness import Community as Driver
from tests.support.harness import register_jobs

POST = "test-loops-post"
BROKEN = "test-loops-broken"
UNINSTALL = "test-loops-uninstall"

START = parse_instant("2026-11-02T09:00:00Z")
INTERVAL = 60.0

ran: list[tuple[str, datetime]] = []

TEST_JOBS = Feature("test-scheduler-loops")


@pytest.fixture(autouse=True)
def _test_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    register_jobs(monkeypatch, TEST_JOBS)
    ran.clear()


@TEST_JOBS.job(POST)
async def _post(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    await scope.post("general", f"{row.key} ran", kind="test")


@TEST_JOBS.job(BROKEN)
async def _broken(scope: Scope, row: Job) -> None:
    ran.append((row.key, scope.now))
    raise ValueError(f"{row.key} is broken")


@TEST_JOBS.job(UNINSTALL)
async def _uninstall(scope: Scope, row: Job) -> None:
    """Stands for another process handling the uninstall of community `payload.other`."""
    ran.append((row.key, scope.now))
    await scope.session.execute(
        update(Community)
        .where(Community.key == row.payload["other"])
        .values(uninstalled_at=scope.now)
    )


# --- virtual time ---------------------------------------------------------------------


class VirtualTime:
    """The running event loop's clock, moved only when nothing but timers is left to do."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        # A whole number of seconds: the delays the scheduler computes add up exactly.
        self.t0 = float(math.ceil(self.loop.time()))
        self.now = self.t0
        self.busy = 0  # database connections checked out (or being opened)
        self._undo: list[Callable[[], None]] = []

    def install(self) -> None:
        selector = self.loop._selector  # type: ignore[attr-defined]
        real_select = selector.select

        def select(timeout: float | None = None) -> Any:
            events = real_select(0)
            if events or timeout == 0:
                return events
            if self.busy or timeout is None:
                # A query is in flight (a thread or a socket will answer): wait for it.
                return real_select(0.05)
            self.now += timeout  # only timers are left: the next one is due now
            return []

        self.loop.time = lambda: self.now  # type: ignore[method-assign]
        selector.select = select
        self._undo += [lambda: delattr(self.loop, "time"), lambda: delattr(selector, "select")]

    def watch(self, db: Database) -> None:
        """Count `db`'s connections in use: time stands still while a query is in flight."""
        pool = db.engine.sync_engine.pool
        connect = pool.connect

        def counted() -> Any:
            self.busy += 1
            try:
                return connect()
            except BaseException:
                self.busy -= 1
                raise

        def checked_in(*_: Any) -> None:
            self.busy -= 1

        pool.connect = counted  # type: ignore[method-assign]
        event.listen(pool, "checkin", checked_in)
        self._undo += [
            lambda: delattr(pool, "connect"),
            lambda: event.remove(pool, "checkin", checked_in),
        ]

    def uninstall(self) -> None:
        for undo in reversed(self._undo):
            undo()

    def seconds(self) -> float:
        return self.now - self.t0

    def ms(self) -> float:
        """The virtual seconds gone by, to the millisecond (what the assertions compare)."""
        return round(self.seconds(), 3)


class LoopClock:
    """The scheduler's clock (and lease clock): START plus the virtual seconds gone by."""

    def __init__(self, time: VirtualTime) -> None:
        self.time = time

    def now(self) -> datetime:
        return START + timedelta(seconds=self.time.seconds())


@dataclass
class World:
    db: Database
    time: VirtualTime
    clock: LoopClock
    transport: Transport
    extra: list[Database] = field(default_factory=list)

    def at(self, seconds: float) -> datetime:
        return START + timedelta(seconds=seconds)

    def scheduler(self, **kwargs: Any) -> Scheduler:
        kwargs.setdefault("lease_clock", self.clock)
        return Scheduler(
            self.db, self.clock, REGISTRY, self.transport, platform="console", **kwargs
        )

    async def elapse(self, seconds: float) -> None:
        """Let `seconds` of virtual time pass: every loop has gone idle meanwhile."""
        await asyncio.sleep(seconds)

    async def within(self, seconds: float, awaitable: Awaitable[Any]) -> Any:
        """Await `awaitable`, failing if it takes more than `seconds` of virtual time."""
        return await asyncio.wait_for(awaitable, seconds)


@dataclass
class Sent:
    text: str
    community: str | None  # the community the transport was told it sends for
    context: str  # what every log line said it was about while sending
    at: float  # virtual seconds since START


class Transport:
    """Records every message it is asked to send; `behaviour` may fail or hold a send."""

    def __init__(self, time: VirtualTime) -> None:
        self.time = time
        self.sent: list[Sent] = []
        self.tried: list[tuple[str, float]] = []
        self.behaviour: Callable[[Message], Awaitable[None]] | None = None
        self.changed = asyncio.Event()

    async def __call__(self, msg: Message) -> str | None:
        text = msg.plain_text().splitlines()[0]
        self.tried.append((text, self.time.ms()))
        self.changed.set()
        if self.behaviour is not None:
            await self.behaviour(msg)
        self.sent.append(Sent(text, DELIVERY_COMMUNITY.get(), logs.CONTEXT.get(), self.time.ms()))
        self.changed.set()
        return f"ref-{len(self.sent)}"

    def texts(self) -> list[str]:
        return [s.text for s in self.sent]

    async def until(self, done: Callable[[], bool]) -> None:
        while not done():
            self.changed.clear()
            await self.changed.wait()


@pytest.fixture
async def world(db_url: str) -> AsyncIterator[World]:
    db = open_database(db_url)
    time = VirtualTime()
    time.watch(db)
    time.install()
    w = World(db, time, LoopClock(time), Transport(time))
    try:
        yield w
    finally:
        time.uninstall()
        for other in w.extra:
            await other.dispose()
        await db.dispose()


async def add_jobs(
    db: Database, community_key: str, entries: list[tuple[str, str, datetime, dict[str, Any]]]
) -> None:
    async with db.sessions() as session, session.begin():
        community = await members.get_or_create_community(session, community_key, "", START)
        for kind, key, due, payload in entries:
            assert await jobs.schedule(
                session,
                kind=kind,
                due_at=due,
                key=key,
                payload=payload,
                community_id=community.id,
                now=START,
            )


async def add_outbox(db: Database, community_key: str, texts: list[str]) -> list[int]:
    """Messages another process wrote and did not send (a post, a reminder)."""
    async with db.sessions() as session, session.begin():
        community = await members.get_or_create_community(session, community_key, "", START)
        rows = [
            Outbox(
                community_id=community.id,
                platform=community_key.split(":")[0],
                message=Message(
                    kind=Kind.POST, text=text, channel=ChannelRef("general", "general")
                ).to_dict(),
                created_at=START,
                attempts=0,
            )
            for text in texts
        ]
        session.add_all(rows)
        await session.flush()
        return [r.id for r in rows]


async def job_rows(db: Database) -> dict[str, Job]:
    async with db.sessions() as session:
        return {j.key: j for j in await session.scalars(select(Job))}


@contextlib.asynccontextmanager
async def looping(
    scheduler: Scheduler, interval: float = INTERVAL
) -> AsyncIterator[tuple[asyncio.Event, asyncio.Task[None]]]:
    """The scheduler's live loop, running until the block ends (then stopped, and awaited)."""
    stop = asyncio.Event()
    task = asyncio.ensure_future(scheduler.loop(stop, interval=interval))
    try:
        yield stop, task
    finally:
        stop.set()
        await asyncio.wait({task}, timeout=3 * interval)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def scheduler_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records if r.name == "bot.core.scheduler" and r.levelno >= logging.ERROR
    ]


# --- the jobs loop ----------------------------------------------------------------------


async def test_each_job_runs_once_at_its_due_time_and_its_post_goes_out_at_once(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    db = world.db
    await add_jobs(
        db,
        "console:a",
        [
            (POST, "now", world.at(0), {}),
            (POST, "half-minute", world.at(30), {}),
            (POST, "half-a-second-later", world.at(30.5), {}),
            (POST, "later", world.at(150), {}),
            (POST, "cancelled", world.at(20), {}),
        ],
    )
    async with db.sessions() as session, session.begin():
        assert await jobs.cancel(session, key="cancelled") == 1
    # Neither another platform's job nor an uninstalled community's wakes this process.
    await add_jobs(db, "slack:T1", [(POST, "slack", world.at(10), {})])
    await add_jobs(db, "console:gone", [(POST, "gone", world.at(40), {})])
    async with db.sessions() as session, session.begin():
        await session.execute(
            update(Community).where(Community.key == "console:gone").values(uninstalled_at=START)
        )

    scheduler = world.scheduler()
    plans: list[float] = []
    run_due = scheduler.run_due

    async def planned(*args: Any, **kwargs: Any) -> int:
        plans.append(world.time.seconds())
        return await run_due(*args, **kwargs)

    scheduler.run_due = planned  # type: ignore[method-assign]
    caplog.set_level(logging.INFO)
    async with looping(scheduler) as (stop, task):
        await world.within(600, world.transport.until(lambda: len(world.transport.sent) == 4))
        stopped_at = world.time.seconds()
        stop.set()
        await world.within(600, task)
        # The loop ends as soon as it is told to, not at its next tick.
        assert world.time.seconds() == stopped_at

    assert ran == [
        ("now", world.at(0)),
        ("half-minute", world.at(30)),
        ("half-a-second-later", world.at(30.5)),
        ("later", world.at(150)),
    ]
    # Each post went out once, at the instant its job ran, for its community.
    assert [(s.text, s.at) for s in world.transport.sent] == [
        ("now ran", 0),
        ("half-minute ran", 30),
        ("half-a-second-later ran", 30.5),
        ("later ran", 150),
    ]
    assert {(s.community, s.context) for s in world.transport.sent} == {
        ("console:a", "community=console:a outbox")
    }
    # It looked for due jobs when one fell due, and otherwise once an interval.
    assert plans == [0, 30, 30.5, 90.5, 150]
    assert scheduler_errors(caplog) == []
    statuses = {k: j.status for k, j in (await job_rows(db)).items()}
    assert statuses["slack"] == statuses["gone"] == "pending"
    assert statuses["cancelled"] == "cancelled"


async def test_work_another_process_writes_is_picked_up_within_one_interval(
    world: World,
) -> None:
    db = world.db
    await add_jobs(db, "console:a", [(POST, "far", world.at(3600), {})])
    scheduler = world.scheduler()
    async with looping(scheduler) as (_stop, task):
        await world.elapse(10)
        # Written meanwhile by another process: a job due soon, and a post it could not send.
        await add_jobs(db, "console:a", [(POST, "soon", world.at(90), {})])
        await add_outbox(db, "console:a", ["a post from elsewhere"])
        await world.within(600, world.transport.until(lambda: len(world.transport.sent) == 2))
        assert not task.done()
    assert [(s.text, s.at) for s in world.transport.sent] == [
        ("a post from elsewhere", INTERVAL),  # the outbox loop's next look
        ("soon ran", 90),  # the jobs loop looked again within the interval, then waited
    ]
    assert ran == [("soon", world.at(90))]


async def test_a_failing_look_is_logged_and_tried_again_after_the_interval(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    db = world.db
    await add_jobs(db, "console:a", [(POST, "due", world.at(0), {})])
    await add_outbox(db, "console:a", ["waiting"])
    failures = {"jobs": 1, "outbox": 1}
    dbapi = db.engine.dialect.loaded_dbapi

    def flaky_database(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        for table in failures:
            if (
                failures[table]
                and statement.lstrip().startswith("SELECT")
                and (f"FROM {table} " in statement)
            ):
                failures[table] -= 1
                raise dbapi.OperationalError(f"the database could not read {table} just now")

    event.listen(db.engine.sync_engine, "before_cursor_execute", flaky_database)
    caplog.set_level(logging.INFO)
    try:
        async with looping(world.scheduler()):
            await world.within(600, world.transport.until(lambda: len(world.transport.sent) == 2))
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", flaky_database)
    assert failures == {"jobs": 0, "outbox": 0}
    assert [(s.text, s.at) for s in world.transport.sent] == [
        ("waiting", INTERVAL),
        ("due ran", INTERVAL),
    ]
    said = sorted(r.getMessage() for r in scheduler_errors(caplog))
    assert len(said) == 2
    assert "delivering the outbox failed" in said[0] and "again in 60s" in said[0]
    assert "running due jobs failed" in said[1] and "again in 60s" in said[1]
    assert all(r.exc_info for r in scheduler_errors(caplog))


# --- the outbox loop --------------------------------------------------------------------


async def test_a_rate_limited_community_waits_out_retry_after_and_others_go_on(
    world: World,
) -> None:
    db = world.db
    # More than a turn: the rows after the first turn must wait too.
    await add_outbox(db, "console:big", [f"big {i}" for i in range(1, TURN + 3)])
    await add_outbox(db, "console:small", ["small 1"])
    limited = {"left": 1}

    async def platform(msg: Message) -> None:
        if DELIVERY_COMMUNITY.get() == "console:big" and limited["left"]:
            limited["left"] -= 1
            raise RateLimited(30)

    world.transport.behaviour = platform
    scheduler = world.scheduler(lanes=2)
    async with looping(scheduler, interval=300) as (stop, task):
        await world.within(
            900,
            world.transport.until(
                lambda: len(world.transport.sent) == TURN + 3 or len(world.transport.tried) > 10
            ),
        )
        stop.set()
        await world.within(900, task)
    # The two lanes run side by side: only each community's own order is fixed.
    assert [(s.text, s.at) for s in world.transport.sent if s.text.startswith("small")] == [
        ("small 1", 0)
    ]
    assert [(s.text, s.at) for s in world.transport.sent if s.text.startswith("big")] == [
        (f"big {i}", 30)
        for i in range(1, TURN + 3)  # once Retry-After passed, in order
    ]
    # Nothing was sent to the big community while the platform asked it to wait.
    assert [t for t in world.transport.tried if t[0].startswith("big")] == [("big 1", 0)] + [
        (f"big {i}", 30) for i in range(1, TURN + 3)
    ]


async def test_a_stop_finishes_the_turn_in_flight_and_leaves_the_rest_for_later(
    world: World,
) -> None:
    await add_outbox(world.db, "console:a", [f"a {i}" for i in range(1, 13)])
    stop = asyncio.Event()
    release = asyncio.Event()

    async def platform(msg: Message) -> None:
        if not world.transport.tried[1:]:  # the first send: the process is told to stop
            stop.set()
            await release.wait()

    world.transport.behaviour = platform
    scheduler = world.scheduler()
    task = asyncio.ensure_future(scheduler.loop(stop, interval=INTERVAL))
    try:
        await world.within(60, world.transport.until(lambda: bool(world.transport.tried)))
        release.set()
        await world.within(60, task)
    finally:
        stop.set()
        release.set()
        await asyncio.wait({task}, timeout=60)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    # The turn being sent when the stop came is finished; nothing more is started.
    assert world.transport.texts() == [f"a {i}" for i in range(1, TURN + 1)]
    # The rest goes out later, once each (here: by the same scheduler, delivering again).
    assert await scheduler.deliver() == 12 - TURN
    assert world.transport.texts() == [f"a {i}" for i in range(1, 13)]


async def test_while_the_platform_holds_one_community_up_new_messages_still_go_out(
    world: World,
) -> None:
    await add_outbox(world.db, "console:slow", ["slow 1"])
    await add_outbox(world.db, "console:b", ["b 1"])
    release = asyncio.Event()

    async def platform(msg: Message) -> None:
        if DELIVERY_COMMUNITY.get() == "console:slow":
            await release.wait()  # the platform's client waits out a bucket

    world.transport.behaviour = platform
    scheduler = world.scheduler(lanes=2)
    delivering = asyncio.ensure_future(scheduler.deliver())
    try:
        await world.within(60, world.transport.until(lambda: world.transport.texts() == ["b 1"]))
        await world.elapse(5)
        await add_outbox(world.db, "console:c", ["c 1"])  # a new command's post, say
        await world.within(
            60, world.transport.until(lambda: world.transport.texts() == ["b 1", "c 1"])
        )
    finally:
        release.set()
        settled = await world.within(60, delivering)
    assert world.transport.texts() == ["b 1", "c 1", "slow 1"]
    assert settled == 3


async def test_a_small_communitys_new_message_does_not_wait_for_a_big_backlog(
    world: World,
) -> None:
    await add_outbox(world.db, "console:big", [f"big {i}" for i in range(1, 31)])

    async def platform(msg: Message) -> None:
        if world.transport.tried == [("big 1", 0)]:
            await add_outbox(world.db, "console:small", ["small 1"])

    world.transport.behaviour = platform
    assert await world.scheduler().deliver() == 31
    texts = world.transport.texts()
    # Written while the big community's first turn went out: served in the next round.
    assert texts.index("small 1") == 2 * TURN
    assert [t for t in texts if t.startswith("big")] == [f"big {i}" for i in range(1, 31)]


async def test_a_row_another_process_took_is_skipped_and_the_rest_stay_in_order(
    world: World,
) -> None:
    ids = await add_outbox(world.db, "console:a", [f"a {i}" for i in range(1, 8)])
    other_db = open_database(world.db.url)
    world.extra.append(other_db)
    world.time.watch(other_db)
    other = Scheduler(
        other_db,
        world.clock,
        REGISTRY,
        None,
        platform="console",
        worker_id="other",
        lease_clock=world.clock,
    )

    async def platform(msg: Message) -> None:
        if world.transport.tried == [("a 1", 0)]:
            # Meanwhile another process claims the second row (to send it itself).
            assert await other.delivery.take(ids[1], "console:a") is not None

    world.transport.behaviour = platform
    assert await world.scheduler(worker_id="this").deliver() == 6
    assert world.transport.texts() == ["a 1", "a 3", "a 4", "a 5", "a 6", "a 7"]


async def test_deliver_counts_only_what_was_settled(world: World) -> None:
    await add_outbox(world.db, "console:a", ["a 1", "a 2"])
    failing = {"left": 1}

    async def platform(msg: Message) -> None:
        if failing["left"]:
            failing["left"] -= 1
            raise ConnectionError("the platform answered 502")

    world.transport.behaviour = platform
    scheduler = world.scheduler()
    # "a 1" failed once and went out on the next look: two sent, in three tries.
    assert await scheduler.deliver() == 2
    assert world.transport.texts() == ["a 2", "a 1"]
    assert len(world.transport.tried) == 3


# --- refusals, through the outbox ----------------------------------------------------------


async def test_a_refused_post_sent_by_the_scheduler_reaches_mod_setup_and_is_logged(
    community: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    # The command commits its post, then its process dies before delivering it.
    await community.run_undelivered("ana", '/win text:"Offer"')

    async def refusing(msg: Message) -> str | None:
        if msg.kind is Kind.POST:
            raise DeliveryProblem("not in channel: invite the app", channel_ref="wins")
        raise ConnectionError("direct messages are down too")

    restarted = community.restarted(refusing)
    caplog.set_level(logging.INFO)
    assert await restarted.deliver() == 1  # refused for good: settled
    setup = await community.reply("mo", "/mod setup")
    assert "cannot post in #wins: not in channel" in setup.plain_text()
    (untold,) = [r for r in scheduler_errors(caplog)]
    assert "could not tell a member" in untold.getMessage() and "refused" in untold.getMessage()
    assert untold.exc_info is not None


# --- running jobs: batches, failures, metrics -----------------------------------------


def job_count(kind: str, outcome: str) -> float:
    return (
        metrics.METRICS.get_sample_value("rebound_jobs_total", {"kind": kind, "outcome": outcome})
        or 0.0
    )


async def test_job_outcomes_are_counted_for_the_operator(world: World) -> None:
    ok, failed = job_count(POST, "ok"), job_count(BROKEN, "failed")
    scheduler = world.scheduler()
    await add_jobs(world.db, "console:a", [(POST, "alone", world.at(0), {})])
    assert await scheduler.run_due() == 1
    assert (job_count(POST, "ok"), job_count(BROKEN, "failed")) == (ok + 1, failed)
    # A batch with a failing job is run again job by job: each outcome is counted once.
    await add_jobs(
        world.db,
        "console:a",
        [(POST, "fine", world.at(0), {}), (BROKEN, "broken", world.at(0), {})],
    )
    assert await scheduler.run_due() == 2
    assert (job_count(POST, "ok"), job_count(BROKEN, "failed")) == (ok + 2, failed + 1)


async def test_a_failing_job_is_logged_with_what_the_operator_needs_and_backs_off(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    await add_jobs(world.db, "console:a", [(BROKEN, "always", world.at(0), {})])
    (job,) = (await job_rows(world.db)).values()
    caplog.set_level(logging.INFO)
    async with looping(world.scheduler(), interval=300) as (_stop, _task):
        await world.elapse(3600)
    # Tried again after 1, 2, 4 and 8 minutes, then given up.
    assert [(k, (t - START).total_seconds()) for k, t in ran] == [
        ("always", 0),
        ("always", 60),
        ("always", 180),
        ("always", 420),
        ("always", 900),
    ]
    row = (await job_rows(world.db))["always"]
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    assert row.last_error == "ValueError: always is broken"
    failures = [r for r in scheduler_errors(caplog) if "failed, attempt" in r.getMessage()]
    assert [r.getMessage() for r in failures[:1]] == [
        f"job {job.id} ({BROKEN}, key=always, community=console:a) failed, attempt 1"
    ]
    assert len(failures) == MAX_ATTEMPTS
    assert all(r.exc_info and r.exc_info[0] is ValueError for r in failures)


async def test_a_community_uninstalled_meanwhile_has_no_job_run_until_it_is_back(
    world: World,
) -> None:
    # One job per batch: the first batch's job uninstalls the other community (as another
    # process handling its uninstall would) after this process planned both.
    await add_jobs(
        world.db, "console:a", [(UNINSTALL, "uninstall-b", world.at(0), {"other": "console:b"})]
    )
    await add_jobs(world.db, "console:b", [(POST, "b-job", world.at(0), {})])
    scheduler = world.scheduler(batch=1)
    assert await scheduler.run_due() == 1
    assert [k for k, _ in ran] == ["uninstall-b"]
    assert (await job_rows(world.db))["b-job"].status == "pending"
    async with world.db.sessions() as session, session.begin():
        await session.execute(
            update(Community).where(Community.key == "console:b").values(uninstalled_at=None)
        )
    assert await scheduler.run_due() == 1
    assert [k for k, _ in ran] == ["uninstall-b", "b-job"]


# --- cancelling ---------------------------------------------------------------------------


async def test_cancel_stops_only_the_pending_jobs_asked_for(world: World) -> None:
    await add_jobs(
        world.db,
        "console:a",
        [
            (POST, "pair:1:mon", world.at(0), {}),
            (POST, "pair:1:tue", world.at(86400), {}),
            (POST, "pair:1:wed", world.at(2 * 86400), {}),
            (POST, "other", world.at(86400), {}),
        ],
    )
    assert await world.scheduler().run_due() == 1  # mon ran: done
    async with world.db.sessions() as session, session.begin():
        assert await jobs.cancel(session, key="pair:1:tue") == 1
        assert await jobs.cancel(session, key="pair:1:tue") == 0  # nothing left to cancel
        assert await jobs.cancel(session, key_prefix="pair:1:") == 1  # wed; mon already ran
        assert await jobs.cancel(session, key_prefix="nothing:") == 0
    statuses = {k: j.status for k, j in (await job_rows(world.db)).items()}
    assert statuses == {
        "pair:1:mon": "done",
        "pair:1:tue": "cancelled",
        "pair:1:wed": "cancelled",
        "other": "pending",
    }
