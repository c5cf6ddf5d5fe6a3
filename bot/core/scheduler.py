"""Durable jobs in the database, each claimed and run exactly once; their messages
delivered fairly across communities.

A job is a row with a unique `key`: scheduling the same key twice creates it once.
A run claims due jobs inside one transaction (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
SQLite: the write lock taken by `BEGIN IMMEDIATE`), runs each handler in a savepoint of
that transaction, writes the messages it produced to the outbox and marks the job done.
A process that dies mid-run rolls the whole transaction back, so another process runs
the job instead: never twice, never lost. Recurring work (check-ins) schedules its next
occurrence from inside its own run, under its own unique key.

Delivery happens after commit: outbox rows (a job's messages, and the channel posts of
commands no process delivered yet) are claimed with a lease in real time, so schedulers
with different simulated clocks (two consoles on one file) never share a row, then sent
and settled through `Delivery` (see `bot.core.delivery`). The console drives this with
`advance_to`, which steps the clock through every due job in order; live adapters run
`loop`, where jobs run when due and deliveries go on beside them. Nothing runs or is sent
for a community that uninstalled Rebound, except the job that erases it 30 days later
(`bot.core.lifecycle`).

Fairness (`bot.core.fairness`): due jobs are planned round-robin across communities (the
first due job of every community, then the second of each...) and claimed in batches of
`batch`; each batch runs community by community, so every process takes the
per-community counter locks in the same order and two batches never deadlock. The
outbox is served in turns of at most `turn` messages of one community, in order, with
up to `lanes` communities served at once: a 10,000-member community's reminders never
delay a small community's prompt. A transport that raises `RateLimited` (a 429, Slack's
`ratelimited`) holds that community until the platform's Retry-After has passed; a send
waiting inside the platform's client (discord.py waiting out a bucket) holds only its
own lane. Posts to one channel can be paced (`pace`: Slack asks for about one message a
second per channel).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import lifecycle, logs, metrics
from bot.core.clock import Clock, ManualClock
from bot.core.context import Scope
from bot.core.delivery import (
    DELIVERY_KEY,
    LEASE,
    MAX_ATTEMPTS,
    Claimed,
    Delivery,
    Outcome,
    Send,
    default_worker_id,
    not_posted,
    sending_for,
)
from bot.core.fairness import Row, Turns, round_robin
from bot.core.messages import Kind, Message
from bot.core.registry import Registry
from bot.core.sanitizer import finish
from bot.store.db import Database, lock_communities
from bot.store.models import Community, Job, Outbox

log = logging.getLogger(__name__)

__all__ = ["DELIVERY_KEY", "LEASE", "MAX_ATTEMPTS", "Scheduler", "default_worker_id"]

# Messages of one community sent in one turn of the outbox, before the next community's.
TURN = 5
# Due jobs, or waiting outbox rows, looked at in one plan (the rest wait for the next).
PLAN_LIMIT = 20_000
# How often an idle delivery lane looks for new messages while another lane is still
# busy (a platform making one community wait), in real seconds.
LOOK_AGAIN = 1.0
SETTLED = (Outcome.SENT, Outcome.REFUSED)
# The least step of a stored instant: a hold ends this long after the lease it follows.
PAST = timedelta(microseconds=1)


class _BatchFailed(Exception):
    """A job of a batch run without savepoints failed; the batch is rolled back."""

    def __init__(self, job_id: int, error: Exception) -> None:
        super().__init__(job_id)
        self.job_id = job_id
        self.error = error


# (job kind, whether it ran, seconds from due to run): recorded once the batch committed.
_Ran = list[tuple[str, bool, float]]


class Scheduler:
    """Claims due jobs and delivers their outbox through one platform's transport."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        registry: Registry,
        send: Send | None,
        *,
        platform: str,
        worker_id: str | None = None,
        batch: int = 50,
        delivery: Delivery | None = None,
        lease: timedelta = LEASE,
        lease_clock: Clock | None = None,
        lanes: int = 1,
        turn: int = TURN,
        pace: timedelta | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.db = db
        self.clock = clock
        self.registry = registry
        self.worker_id = worker_id or default_worker_id()
        # The adapter's delivery bookkeeping, shared with its commands' replies.
        self.delivery = delivery or Delivery(
            db, clock, lease_clock=lease_clock, worker_id=self.worker_id, lease=lease
        )
        # Leases follow real time, never the simulated clock members see.
        self.lease_clock = lease_clock or self.delivery.lease_clock
        self.send = send
        self.platform = platform
        self.batch = batch
        self.lease = lease
        # Communities served at once, and messages of one community per turn.
        self.lanes = max(1, lanes)
        self.turn = max(1, turn)
        # The least time between two messages to one channel (None: no pacing).
        self.pace = pace
        self.sleep = sleep
        # Communities the platform rate-limited, until when (real time).
        self._held: dict[int, datetime] = {}
        # When the last message went to each (community, channel), for pacing.
        self._last_sent: dict[tuple[str, str], datetime] = {}
        self._stop: asyncio.Event | None = None

    # --- running jobs ---------------------------------------------------------------
    async def run_due(self, now: datetime | None = None, *, limit: int | None = None) -> int:
        """Run due jobs of this platform's communities, round-robin across communities,
        one transaction per batch; returns how many ran."""
        total = 0
        while limit is None or total < limit:
            plan = await self._plan_jobs(now or self.clock.now())
            ran_now = 0
            for start in range(0, len(plan), self.batch):
                ids = plan[start : start + self.batch]
                if limit is not None:
                    ids = ids[: limit - total]
                if not ids:
                    break
                ran = await self._run_batch(now or self.clock.now(), ids)
                total += ran
                ran_now += ran
            if ran_now == 0:
                break
        return total

    async def _plan_jobs(self, now: datetime) -> list[int]:
        """The ids of the jobs due now, round-robin across their communities."""
        async with self.db.read_sessions() as session, session.begin():
            rows = await session.execute(
                select(Job.id, Job.community_id)
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.status == "pending",
                    Job.due_at <= now,
                    Community.key.startswith(self.platform + ":"),
                    lifecycle.runnable(),
                )
                .order_by(Job.due_at, Job.id)
                .limit(PLAN_LIMIT)
            )
            return round_robin((job_id, community_id or 0) for job_id, community_id in rows)

    async def _run_batch(self, now: datetime, ids: list[int]) -> int:
        ran: _Ran = []
        try:
            count = await self._claim_and_run(now, ids, ran)
        except _BatchFailed as failed:
            # A job failed: run the batch again with a savepoint around each job; the
            # failed one is not run again but set to retry later, the others run now.
            ran.clear()
            count = await self._claim_and_run(now, ids, ran, failed=failed)
        for kind, ok, lag in ran:
            metrics.observe_job(kind, ok, lag)
        return count

    async def _claim_and_run(
        self, now: datetime, ids: list[int], ran: _Ran, *, failed: _BatchFailed | None = None
    ) -> int:
        db = self.db
        async with db.sessions() as session, session.begin():
            query = (
                select(Job)
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.id.in_(ids),
                    Job.status == "pending",
                    Job.due_at <= now,
                    lifecycle.runnable(),
                )
            )
            if not db.is_sqlite:
                query = query.with_for_update(skip_locked=True, of=Job)
            # Jobs lock per-community rows (the numbering counter) until the batch commits;
            # running a batch community by community (due order within each) makes every
            # process take those locks in the same order, so two batches never deadlock.
            # Round-robin planning spreads one community's due jobs over batches that other
            # processes run at the same time, and its jobs take rows (counters, new job
            # keys, each other's rows) in different orders: so a batch first locks its
            # communities, in id order, and only then claims their jobs.
            await lock_communities(
                session,
                await session.scalars(select(Job.community_id).where(Job.id.in_(ids)).distinct()),
            )
            jobs = sorted(
                await session.scalars(query), key=lambda r: (r.community_id or 0, r.due_at, r.id)
            )
            communities = {
                c.id: c
                for c in await session.scalars(
                    select(Community).where(Community.id.in_({row.community_id for row in jobs}))
                )
            }
            for row in jobs:
                assert row.community_id is not None
                community = communities[row.community_id]
                lag = (self.clock.now() - row.due_at).total_seconds()
                with logs.about(community.key, f"job {row.kind}"):
                    ok = await self._run_in_batch(session, row, now, community, failed)
                ran.append((row.kind, ok, lag))
            return len(jobs)

    async def _run_in_batch(
        self,
        session: AsyncSession,
        row: Job,
        now: datetime,
        community: Community,
        failed: _BatchFailed | None,
    ) -> bool:
        """Run one job of a batch: plainly (a failure fails the batch), or in the batch's
        careful re-run, each job in a savepoint; False when it failed."""
        if failed is not None:
            known = failed.error if row.id == failed.job_id else None
            return await self._run_careful(session, row, now, community, known)
        try:
            await self._run_one(session, row, now, community)
        except Exception as exc:
            raise _BatchFailed(row.id, exc) from exc
        return True

    async def _run_one(
        self, session: AsyncSession, row: Job, now: datetime, community: Community
    ) -> None:
        handler = self.registry.jobs.get(row.kind) or lifecycle.JOBS.get(row.kind)
        if handler is None:
            raise LookupError(f"no handler for job kind {row.kind!r}")
        scope = Scope(session, community, now, self.registry)
        await handler(scope, row)
        for msg in scope.messages:
            session.add(
                Outbox(
                    community_id=community.id,
                    platform=self.platform,
                    job_id=row.id,
                    message=finish(msg).to_dict(),
                    created_at=now,
                    attempts=0,
                    not_before=msg.hold_until,
                )
            )
        row.status = "done"
        row.done_at = now

    async def _run_careful(
        self,
        session: AsyncSession,
        row: Job,
        now: datetime,
        community: Community,
        known_error: Exception | None,
    ) -> bool:
        """Run one job of a batch in its own savepoint; False when it failed (it is set to
        retry later, or given up after `MAX_ATTEMPTS`)."""
        try:
            if known_error is not None:
                raise known_error
            async with session.begin_nested():
                await self._run_one(session, row, now, community)
        except Exception as exc:
            row.attempts += 1
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
            else:
                row.due_at = now + timedelta(seconds=30 * 2**row.attempts)
            log.exception(
                "job %s (%s, key=%s, community=%s) failed, attempt %d",
                row.id,
                row.kind,
                row.key,
                community.key,
                row.attempts,
            )
            return False
        return True

    # --- delivering the outbox -----------------------------------------------------------
    async def deliver(self) -> int:
        """Send waiting outbox messages, the communities in turns; returns how many were
        settled (sent, or refused for good)."""
        if self.send is None:
            return 0
        settled = 0
        while not self._stopping():
            turns = Turns(self.turn)
            if not turns.add(await self._waiting()):
                break
            done, tried = await self._serve(turns)
            settled += done
            if not tried:  # every row went to another process meanwhile
                break
        return settled

    def _stopping(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    async def _waiting(self, after: int = 0) -> list[Row]:
        """Rows this process may send now, in id order (`after`: only newer ones), except
        those of communities the platform is rate-limiting."""
        now = self.lease_clock.now()
        self._held = {c: until for c, until in self._held.items() if until > now}
        if self.pace is not None and len(self._last_sent) > 1000:
            recent = now - self.pace
            self._last_sent = {k: t for k, t in self._last_sent.items() if t > recent}
        async with self.db.read_sessions() as session, session.begin():
            found = await session.execute(
                select(Outbox.id, Outbox.community_id, Community.key)
                .join(Community, Community.id == Outbox.community_id)
                .where(
                    Outbox.id > after,
                    Outbox.platform == self.platform,
                    Outbox.sent_at.is_(None),
                    Outbox.attempts < MAX_ATTEMPTS,
                    lifecycle.installed(),
                    or_(Outbox.claimed_at.is_(None), Outbox.claimed_at < now - self.lease),
                    or_(Outbox.not_before.is_(None), Outbox.not_before <= self.clock.now()),
                )
                .order_by(Outbox.id)
                .limit(PLAN_LIMIT)
            )
            return [Row(i, c, key) for i, c, key in found if c not in self._held]

    async def _serve(self, turns: Turns) -> tuple[int, int]:
        """Serve `turns` with up to `lanes` lanes; (settled, tried) counts of rows."""
        counts = [0, 0]
        looking = asyncio.Lock()

        async def look() -> None:
            """Messages written since the serve began (another job's, a new command's)."""
            if not looking.locked():
                async with looking:
                    turns.add(await self._waiting(after=turns.newest))

        async def lane() -> None:
            while not self._stopping():
                if turns.round_over:  # once a round
                    await look()
                taken = turns.take()
                if taken is None:
                    if turns.finished:
                        return
                    # Other lanes are busy: take what their turns leave, and look for new
                    # messages now and then while a platform keeps one of them waiting.
                    if not await turns.changed(LOOK_AGAIN):
                        await look()
                    continue
                community_id, rows = taken
                limited = False
                for row in rows:
                    outcome = await self._deliver_one(row)
                    if outcome is None:
                        continue  # another process took it
                    counts[1] += 1
                    counts[0] += outcome in SETTLED
                    if outcome is Outcome.RATE_LIMITED:
                        limited = True
                        break
                turns.done(community_id, drop=limited)

        await _together([lane() for _ in range(self.lanes)])
        return counts[0], counts[1]

    async def _deliver_one(self, row: Row) -> Outcome | None:
        """Claim, send and settle one row; None when it is not this process's to send.
        The member whose post was refused hears it by direct message."""
        assert self.send is not None
        with logs.about(row.community_key, "outbox"):
            return await self._deliver_taken(row, self.send)

    async def _deliver_taken(self, row: Row, transport: Send) -> Outcome | None:
        claimed = await self.delivery.take(row.id, row.community_key)
        if claimed is None:
            return None
        send = sending_for(row.community_key, transport)
        await self._pace(claimed)
        settled = await self.delivery.send_taken(claimed, send)
        metrics.observe_delivery(self.platform, settled.outcome.value)
        if settled.outcome is Outcome.RATE_LIMITED:
            # The row's lease lasts until Retry-After has passed, that instant included
            # (`_waiting`): hold the community just past it, or at that very instant its
            # next rows would go out before the held one.
            until = self.lease_clock.now() + timedelta(seconds=settled.retry_after)
            self._held[row.community_id] = until + PAST
        elif settled.outcome is Outcome.REFUSED and settled.author is not None:
            notice = not_posted(claimed.message, settled.author, settled.problem)
            try:
                await send(notice)
            except Exception:
                log.exception("could not tell a member that outbox %s was refused", claimed.id)
        return settled.outcome

    async def _pace(self, claimed: Claimed) -> None:
        """Wait until `pace` has passed since the last message to the same channel."""
        channel = _channel_of(claimed.message)
        if self.pace is None or channel is None:
            return
        key = (claimed.community_key, channel)
        last = self._last_sent.get(key)
        if last is not None:
            wait = (last + self.pace - self.lease_clock.now()).total_seconds()
            if wait > 0:
                await self.sleep(wait)
        self._last_sent[key] = self.lease_clock.now()

    # --- drivers ---------------------------------------------------------------------
    async def next_due(self, until: datetime) -> datetime | None:
        """The next instant up to `until` when a job falls due or a held message may go."""
        async with self.db.read_sessions() as session, session.begin():
            job = await session.scalar(
                select(Job.due_at)
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.status == "pending",
                    Job.due_at <= until,
                    Community.key.startswith(self.platform + ":"),
                    lifecycle.runnable(),
                )
                .order_by(Job.due_at, Job.id)
                .limit(1)
            )
            held = await session.scalar(
                select(func.min(Outbox.not_before)).where(
                    Outbox.platform == self.platform,
                    Outbox.sent_at.is_(None),
                    Outbox.not_before > self.clock.now(),
                    Outbox.not_before <= until,
                )
            )
        return min((t for t in (job, held) if t is not None), default=None)

    async def advance_to(self, clock: ManualClock, target: datetime) -> None:
        """Step the clock through every job due up to `target`, in order, each at its time."""
        while True:
            due = await self.next_due(target)
            if due is None:
                break
            if due > clock.now():
                clock.set(due)
            await self.run_due(clock.now(), limit=1)
            await self.deliver()
        if target > clock.now():
            clock.set(target)
        await self.deliver()

    async def loop(self, stop: asyncio.Event, interval: float = 5.0) -> None:
        """Follow real time until `stop` is set: run jobs as they fall due, and deliver
        beside them, so a long delivery never holds up the next job."""
        self._stop = stop
        delivered = asyncio.Event()
        try:
            await _together(
                [
                    self._jobs_loop(stop, interval, delivered),
                    self._outbox_loop(stop, interval, delivered),
                ]
            )
        finally:
            self._stop = None

    async def _jobs_loop(self, stop: asyncio.Event, interval: float, wake: asyncio.Event) -> None:
        while not stop.is_set():
            delay = interval
            try:
                if await self.run_due():
                    wake.set()  # their messages are waiting
                delay = await self._until_next_job(interval)
            except Exception:
                log.exception("running due jobs failed; trying again in %.0fs", interval)
            await _wait(stop, None, delay)

    async def _until_next_job(self, interval: float) -> float:
        """Seconds until the next job of this platform falls due, at most `interval`."""
        now = self.clock.now()
        async with self.db.read_sessions() as session, session.begin():
            due = await session.scalar(
                select(func.min(Job.due_at))
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.status == "pending",
                    Job.due_at > now,
                    Job.due_at <= now + timedelta(seconds=interval),
                    Community.key.startswith(self.platform + ":"),
                    lifecycle.runnable(),
                )
            )
        return interval if due is None else max(0.0, (due - now).total_seconds())

    async def _outbox_loop(self, stop: asyncio.Event, interval: float, wake: asyncio.Event) -> None:
        while not stop.is_set():
            wake.clear()
            try:
                await self.deliver()
            except Exception:
                log.exception("delivering the outbox failed; trying again in %.0fs", interval)
            delay = interval
            if self._held:  # a rate limit ends sooner
                first = min(self._held.values()) - self.lease_clock.now()
                delay = min(interval, max(0.0, first.total_seconds()))
            await _wait(stop, wake, delay)


def _channel_of(msg: Message) -> str | None:
    """What a platform paces messages by: the channel, or the receiver of a DM."""
    if msg.kind is Kind.DM and msg.to is not None:
        return f"dm:{msg.to.ref}"
    return msg.channel.ref if msg.channel is not None else None


async def _wait(stop: asyncio.Event, wake: asyncio.Event | None, seconds: float) -> None:
    """Wait `seconds`, or less when `stop` (or `wake`) is set."""
    events = [e for e in (stop, wake) if e is not None]
    if any(e.is_set() for e in events):
        return
    waits = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waits:
            w.cancel()


async def _together(work: list[Coroutine[Any, Any, None]]) -> None:
    """Run `work` at once; the first failure cancels the rest and is raised as it is."""
    if len(work) == 1:
        await work[0]
        return
    tasks = [asyncio.ensure_future(w) for w in work]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
