"""Durable jobs in the database, each claimed and run exactly once.

A job is a row with a unique `key`: scheduling the same key twice creates it once.
A run claims due jobs inside one transaction (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
SQLite: the write lock taken by `BEGIN IMMEDIATE`), runs each handler in a savepoint of
that transaction, writes the messages it produced to the outbox and marks the job done.
A process that dies mid-run rolls the whole transaction back, so another process runs
the job instead: never twice, never lost. Recurring work (check-ins) schedules its next
occurrence from inside its own run, under its own unique key.

Delivery happens after commit: outbox rows are claimed with a lease, sent through the
adapter's transport and marked sent. The console drives this with `advance_to`, which
steps the clock through every due job in order; live adapters run `loop`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock, ManualClock
from bot.core.context import Scope
from bot.core.delivery import DELIVERY_KEY, Delivery, Send
from bot.core.messages import Message
from bot.core.registry import Registry
from bot.core.sanitizer import finish
from bot.store.db import Database
from bot.store.models import Community, Job, Outbox

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LEASE = timedelta(seconds=60)


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


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
    ) -> None:
        self.db = db
        self.clock = clock
        self.registry = registry
        # The adapter's delivery bookkeeping, shared with its commands' replies.
        self.delivery = delivery or Delivery(db, clock)
        self.send = send
        self.platform = platform
        self.worker_id = worker_id or default_worker_id()
        self.batch = batch

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
            jobs = list(await session.scalars(query))
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
            rows, keys = await self._claim_outbox(self.clock.now())
            if not rows:
                return sent_count
            for row in rows:
                if await self._deliver_row(self.send, row, keys.get(row.community_id, "")):
                    sent_count += 1

    async def _claim_outbox(self, now: datetime) -> tuple[list[Outbox], dict[int, str]]:
        """Claim a batch of unsent rows with a lease; also the community key of each."""
        async with self.db.sessions() as session, session.begin():
            query = (
                select(Outbox)
                .where(
                    Outbox.platform == self.platform,
                    Outbox.sent_at.is_(None),
                    Outbox.attempts < MAX_ATTEMPTS,
                    or_(Outbox.claimed_at.is_(None), Outbox.claimed_at < now - LEASE),
                )
                .order_by(Outbox.id)
                .limit(self.batch)
            )
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            rows = list(await session.scalars(query))
            for row in rows:
                row.claimed_by = self.worker_id
                row.claimed_at = now
            ids = {r.community_id for r in rows}
            if not ids:
                return rows, {}
            found = await session.execute(
                select(Community.id, Community.key).where(Community.id.in_(ids))
            )
            return rows, {cid: key for cid, key in found.all()}

    async def _deliver_row(self, send: Send, row: Outbox, key: str) -> bool:
        """Send one claimed row and settle it in one transaction; True when it went out."""
        msg = Message.from_dict(row.message)
        error: str | None = None
        sent, ref = False, None
        token = DELIVERY_KEY.set(f"outbox:{row.id}")
        try:
            sent, ref = await self.delivery.send_one(msg, send, key)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            log.exception("outbox %s delivery failed", row.id)
        finally:
            DELIVERY_KEY.reset(token)
        # One transaction settles the row: sent (or why not), and the post's id.
        async with self.db.sessions() as session, session.begin():
            values: dict[str, Any] = {"attempts": Outbox.attempts + 1}
            if error is None:
                values["sent_at"] = self.clock.now()
            else:
                values["last_error"] = error
                values["claimed_at"] = None
            await session.execute(update(Outbox).where(Outbox.id == row.id).values(**values))
            if sent:
                await self.delivery.settle(session, key, msg, ref)
        return error is None

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
