"""Durable jobs in the database, each claimed and run exactly once.

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
`loop`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

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
)
from bot.core.messages import Message
from bot.core.registry import Registry
from bot.core.sanitizer import finish
from bot.store.db import Database
from bot.store.models import Community, Job, Outbox

log = logging.getLogger(__name__)

__all__ = ["DELIVERY_KEY", "LEASE", "MAX_ATTEMPTS", "Scheduler", "default_worker_id"]


class _BatchFailed(Exception):
    """A job of a batch run without savepoints failed; the batch is rolled back."""

    def __init__(self, job_id: int, error: Exception) -> None:
        super().__init__(job_id)
        self.job_id = job_id
        self.error = error


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

    # --- running jobs ---------------------------------------------------------------
    async def run_due(self, now: datetime | None = None, *, limit: int | None = None) -> int:
        """Run due jobs of this platform's communities, one transaction per batch."""
        total = 0
        while True:
            now_ = now or self.clock.now()
            take = self.batch if limit is None else min(self.batch, limit - total)
            if take <= 0:
                break
            ran = await self._run_batch(now_, take)
            total += ran
            if ran < take:
                break
        return total

    async def _run_batch(self, now: datetime, take: int) -> int:
        try:
            return await self._claim_and_run(now, take)
        except _BatchFailed as failed:
            # A job failed: run the batch again with a savepoint around each job; the
            # failed one is not run again but set to retry later, the others run now.
            return await self._claim_and_run(now, take, failed=failed)

    async def _claim_and_run(
        self, now: datetime, take: int, *, failed: _BatchFailed | None = None
    ) -> int:
        db = self.db
        async with db.sessions() as session, session.begin():
            query = (
                select(Job)
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.status == "pending",
                    Job.due_at <= now,
                    Community.key.startswith(self.platform + ":"),
                )
                .order_by(Job.due_at, Job.id)
                .limit(take)
            )
            if not db.is_sqlite:
                query = query.with_for_update(skip_locked=True, of=Job)
            # Jobs lock per-community rows (the numbering counter) until the batch commits;
            # running a batch community by community (due order within each) makes every
            # process take those locks in the same order, so two batches never deadlock.
            jobs = sorted(
                await session.scalars(query), key=lambda r: (r.community_id or 0, r.due_at, r.id)
            )
            ids = {row.community_id for row in jobs}
            communities = {
                c.id: c
                for c in await session.scalars(select(Community).where(Community.id.in_(ids)))
            }
            for row in jobs:
                assert row.community_id is not None
                community = communities[row.community_id]
                if failed is not None:
                    known = failed.error if row.id == failed.job_id else None
                    await self._run_careful(session, row, now, community, known)
                else:
                    try:
                        await self._run_one(session, row, now, community)
                    except Exception as exc:
                        raise _BatchFailed(row.id, exc) from exc
            return len(jobs)

    async def _run_one(
        self, session: AsyncSession, row: Job, now: datetime, community: Community
    ) -> None:
        handler = self.registry.jobs.get(row.kind)
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
    ) -> None:
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

    # --- delivering the outbox -----------------------------------------------------------
    async def deliver(self) -> int:
        """Send pending outbox messages in order; returns how many were sent."""
        if self.send is None:
            return 0
        sent_count = 0
        while True:
            rows = await self._claim_outbox(self.lease_clock.now())
            if not rows:
                return sent_count
            for claimed in rows:
                if await self._deliver_row(self.send, claimed):
                    sent_count += 1

    async def _claim_outbox(self, now: datetime) -> list[Claimed]:
        """Claim a batch of unsent rows with a lease (in real time, `now`)."""
        async with self.db.sessions() as session, session.begin():
            query = (
                select(Outbox, Community.key)
                .join(Community, Community.id == Outbox.community_id)
                .where(
                    Outbox.platform == self.platform,
                    Outbox.sent_at.is_(None),
                    Outbox.attempts < MAX_ATTEMPTS,
                    or_(Outbox.claimed_at.is_(None), Outbox.claimed_at < now - self.lease),
                )
                .order_by(Outbox.id)
                .limit(self.batch)
            )
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True, of=Outbox)
            found = (await session.execute(query)).all()
            for row, _ in found:
                row.claimed_by = self.worker_id
                row.claimed_at = now
            return [
                Claimed(row.id, Message.from_dict(row.message), key, row.attempt_at)
                for row, key in found
            ]

    async def _deliver_row(self, send: Send, claimed: Claimed) -> bool:
        """Send one claimed row and settle it; True when it went out (or was refused for
        good). The member whose post was refused hears it by direct message."""
        settled = await self.delivery.send_claimed(claimed, send)
        if settled.outcome is Outcome.REFUSED and settled.author is not None:
            notice = not_posted(claimed.message, settled.author, settled.problem)
            try:
                await send(notice)
            except Exception:
                log.exception("could not tell a member that outbox %s was refused", claimed.id)
        return settled.outcome is not Outcome.RETRY

    # --- drivers ---------------------------------------------------------------------
    async def next_due(self, until: datetime) -> datetime | None:
        async with self.db.read_sessions() as session, session.begin():
            return await session.scalar(
                select(Job.due_at)
                .join(Community, Community.id == Job.community_id)
                .where(
                    Job.status == "pending",
                    Job.due_at <= until,
                    Community.key.startswith(self.platform + ":"),
                )
                .order_by(Job.due_at, Job.id)
                .limit(1)
            )

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
        """Follow real time until `stop` is set: run due jobs, deliver, sleep."""
        while not stop.is_set():
            try:
                await self.run_due()
                await self.deliver()
            except Exception:
                log.exception("scheduler tick failed; trying again in %.0fs", interval)
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                pass
