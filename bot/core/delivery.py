"""Delivery: sending an invocation's messages and settling what the platform answered.

Adapters send; this records the outcome in the store. A post's platform id is kept so
it can be withdrawn, a channel the platform refused is recorded as that channel's
problem (moderators see it in `/mod setup`), and a channel that works again is cleared.

A command's channel posts are written to the outbox in the command's own transaction
(`Scope.post`), like a job's messages: `deliver` sends such a post through its outbox row
(claimed with a lease, so the scheduler of this or another process never sends it too),
and a process that dies before it could leaves the row to the scheduler. Every outbox
send is settled in one transaction: delivered (with the post's id), retried later (a
transient failure: a 5xx, a rate limit, a network error) or refused for good (no access,
a deleted channel), which the member who posted is told. Leases follow real time
(`lease_clock`), never the simulated clock members see in the console.

While an outbox row is being sent, `DELIVERY_KEY` names it (`outbox:<id>`), an idempotency
key a transport may pass to a platform, and `RESUMING` is the real instant an earlier send
of the row started that was never settled (the process died while the platform answered):
a transport without idempotency keys looks for that message before posting it again.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import i18n
from bot.core.clock import Clock, SystemClock
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.store import identity as members_mod
from bot.store.db import Database
from bot.store.models import Channel, Community, Member, Outbox, Post

log = logging.getLogger(__name__)

# While an outbox row is being sent: `outbox:<id>`, an idempotency key a transport may pass
# to a platform that deduplicates (or record), so a re-sent row is recognisably the same.
DELIVERY_KEY: ContextVar[str | None] = ContextVar("rebound_delivery_key", default=None)
# While an outbox row is being sent again after a send that started (at this real instant)
# and was never settled: the message may already be on the platform.
RESUMING: ContextVar[datetime | None] = ContextVar("rebound_delivery_resuming", default=None)
# While a message is being sent: the community it is for, so a transport that speaks to each
# community with its own credential (Slack's distribution mode: each workspace's token)
# uses that community's (`sending_for`).
DELIVERY_COMMUNITY: ContextVar[str | None] = ContextVar("rebound_delivery_community", default=None)

Send = Callable[[Message], Awaitable[str | None]]

MAX_ATTEMPTS = 5
LEASE = timedelta(seconds=60)

# The scheduler's claim of one row (`Delivery.take`), built once: the row, if it is unsent
# and unleased (or its lease `expired`), and then the lease and the attempt.
_OUTBOX = cast(Table, Outbox.__table__)
_TAKE = select(_OUTBOX.c.message, _OUTBOX.c.attempt_at).where(
    _OUTBOX.c.id == bindparam("row"),
    _OUTBOX.c.sent_at.is_(None),
    _OUTBOX.c.attempts < MAX_ATTEMPTS,
    or_(_OUTBOX.c.claimed_at.is_(None), _OUTBOX.c.claimed_at < bindparam("expired")),
)
_TAKE_LOCKED = _TAKE.with_for_update(skip_locked=True)
_NOW = bindparam("now", type_=_OUTBOX.c.claimed_at.type)
_CLAIM = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row"))
    .values(
        claimed_by=bindparam("holder"),
        claimed_at=_NOW,
        attempt_at=func.coalesce(_OUTBOX.c.attempt_at, _NOW),
    )
)


def sending_for(community_key: str, send: Send) -> Send:
    """`send`, with `DELIVERY_COMMUNITY` naming `community_key` while it sends."""

    async def sending(msg: Message) -> str | None:
        token = DELIVERY_COMMUNITY.set(community_key)
        try:
            return await send(msg)
        finally:
            DELIVERY_COMMUNITY.reset(token)

    return sending


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class DeliveryProblem(Exception):
    """A platform refused a delivery (no access, deleted channel); shown to moderators.

    `problem` names it in the catalogue (`Msg`): it is kept with the channel as
    `Msg.dump()` before any reader is known, and read in each reader's language (the
    moderator in `/mod setup`, the member whose post it was). Plain text is shown as it
    is. The exception's own text, for logs and `last_error`, is English."""

    def __init__(self, problem: str | i18n.Msg, *, channel_ref: str | None = None) -> None:
        super().__init__(i18n.tr(i18n.ENGLISH).text(problem))
        self.problem = problem
        self.channel_ref = channel_ref

    @property
    def stored(self) -> str:
        """The problem as the channel keeps it (`Msg.load` reads it back)."""
        return self.problem if isinstance(self.problem, str) else self.problem.dump()


class RateLimited(Exception):
    """The platform asked to wait `retry_after` seconds before sending more (a 429, Slack's
    `ratelimited`). Raised by a transport sending an outbox row: the row keeps its lease
    until the wait is over, without using up an attempt, and the scheduler sends nothing
    more for that community meanwhile; other communities are not held up."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"rate limited: retry after {retry_after:.1f}s")
        self.retry_after = max(0.0, retry_after)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # a transient failure: the outbox sends it again later
    REFUSED = "refused"  # the platform refused it for good: settled, not retried
    RATE_LIMITED = "rate_limited"  # sent again once the platform's Retry-After has passed


@dataclass(frozen=True)
class Claimed:
    """An outbox row this process holds the lease of, ready to send."""

    id: int
    message: Message
    community_key: str
    # The real instant an earlier send started that was never settled, if any.
    attempt_at: datetime | None


@dataclass(frozen=True)
class Author:
    """The member who made a post, and the language they read."""

    ref: MemberRef
    tr: i18n.Tr


@dataclass(frozen=True)
class Settled:
    outcome: Outcome
    # The member who posted a refused post (to tell them), when it has one.
    author: Author | None = None
    problem: str | i18n.Msg | None = None
    # How long the platform asked to wait (`Outcome.RATE_LIMITED`).
    retry_after: float = 0.0


def not_posted(msg: Message, author: Author, problem: str | i18n.Msg | None) -> Message:
    """The direct message the member who made a post gets, in their language, when the
    platform refused the post for good (closed DMs fall back to a private reply,
    `undelivered.falling_back`). `problem` is why (`DeliveryProblem.problem`)."""
    tr, post = author.tr, str(msg.post_number or msg.post_id)
    problem = tr.text(problem) if problem is not None else None
    if msg.channel is None:
        said = (
            tr("system-not-posted-why", post=post, problem=problem)
            if problem
            else tr("system-not-posted", post=post)
        )
    else:
        where = msg.channel.label
        said = (
            tr("system-not-posted-in-why", post=post, channel=where, problem=problem)
            if problem
            else tr("system-not-posted-in", post=post, channel=where)
        )
    text = f"{said} {tr('system-not-posted-saved')}"
    return Message(kind=Kind.DM, text=text, title=tr("system-not-posted-title"), to=author.ref)


class Delivery:
    """Sends messages through an adapter's `send` and settles the outcome in the store."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        lease_clock: Clock | None = None,
        worker_id: str | None = None,
        lease: timedelta = LEASE,
    ) -> None:
        self.db = db
        self.clock = clock
        # Real time for leases and send attempts, whatever `clock` simulates.
        self.lease_clock = lease_clock or SystemClock()
        self.worker_id = worker_id or default_worker_id()
        self.lease = lease

    async def deliver(
        self,
        messages: list[Message],
        send: Send,
        community_key: str,
    ) -> None:
        """Send messages in order, recording post ids and channel problems; a post with an
        outbox row goes through the outbox (see the module's docstring). A member whose
        post was refused is told after the rest of the messages."""
        send = sending_for(community_key, send)
        notices: list[Message] = []
        for msg in messages:
            if msg.outbox_id is not None:
                notices += await self._deliver_outboxed(msg, send, community_key)
                continue
            sent, ref = await self.send_one(msg, send, community_key)
            if sent and (msg.post_id is not None or msg.kind is Kind.POST):
                async with self.db.sessions() as session, session.begin():
                    await self.settle(session, community_key, msg, ref)
        for notice in notices:
            try:
                await send(notice)
            except Exception:
                log.exception("could not tell a member in %s a post was refused", community_key)

    async def _deliver_outboxed(
        self, msg: Message, send: Send, community_key: str
    ) -> list[Message]:
        """Send a command's post through its outbox row; the notice its refusal needs."""
        assert msg.outbox_id is not None
        claimed = await self.claim(msg.outbox_id, msg, community_key)
        if claimed is None:
            return []  # sent already, or being sent by a scheduler (here or elsewhere)
        settled = await self.send_claimed(claimed, send)
        if settled.outcome is Outcome.REFUSED and settled.author is not None:
            return [not_posted(msg, settled.author, settled.problem)]
        return []

    # --- the outbox ------------------------------------------------------------------
    @property
    def _command_holder(self) -> str:
        return f"{self.worker_id}/command"

    def command_claim(self) -> tuple[str, datetime]:
        """The lease a command's outbox rows are written with: held by this process's
        command delivery (`deliver`), so no scheduler sends them before the command does.
        After a crash the lease ends and a scheduler delivers them."""
        return self._command_holder, self.lease_clock.now()

    async def claim(self, row_id: int, msg: Message, community_key: str) -> Claimed | None:
        """Take the lease of one unsent row, or None when it is sent or leased elsewhere."""
        now = self.lease_clock.now()
        async with self.db.sessions() as session, session.begin():
            result = await session.execute(
                update(Outbox)
                .where(
                    Outbox.id == row_id,
                    Outbox.sent_at.is_(None),
                    Outbox.attempts < MAX_ATTEMPTS,
                    or_(
                        Outbox.claimed_at.is_(None),
                        Outbox.claimed_at < now - self.lease,
                        Outbox.claimed_by == self._command_holder,
                    ),
                )
                .values(claimed_by=self.worker_id, claimed_at=now)
                .returning(Outbox.attempt_at)
                .execution_options(synchronize_session=False)
            )
            row = result.first()
        return None if row is None else Claimed(row_id, msg, community_key, row[0])

    async def take(self, row_id: int, community_key: str) -> Claimed | None:
        """The scheduler's claim of one row it is about to send: the lease (unless another
        process holds it, or the row went out meanwhile) and the attempt, in one
        transaction; None when the row is not this process's to send."""
        now = self.lease_clock.now()
        async with self.db.engine.begin() as conn:
            query = _TAKE if self.db.is_sqlite else _TAKE_LOCKED
            found = (
                await conn.execute(query, {"row": row_id, "expired": now - self.lease})
            ).first()
            if found is None:
                return None
            await conn.execute(_CLAIM, {"row": row_id, "holder": self.worker_id, "now": now})
        return Claimed(row_id, Message.from_dict(found[0]), community_key, found[1])

    async def send_claimed(self, claimed: Claimed, send: Send) -> Settled:
        """Send one claimed row and settle it: the attempt is recorded before the call."""
        async with self.db.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.id == claimed.id)
                .values(attempt_at=func.coalesce(Outbox.attempt_at, self.lease_clock.now()))
            )
        return await self.send_taken(claimed, send)

    async def send_taken(self, claimed: Claimed, send: Send) -> Settled:
        """Send a row whose attempt is recorded (`take`, `send_claimed`) and settle it."""
        msg = claimed.message
        ref: str | None = None
        error: str | None = None
        problem: DeliveryProblem | None = None
        key = DELIVERY_KEY.set(f"outbox:{claimed.id}")
        resuming = RESUMING.set(claimed.attempt_at)
        try:
            ref = await send(msg)
        except DeliveryProblem as exc:
            problem = exc
        except RateLimited as exc:
            log.warning(
                "outbox %s to %s is rate limited; sent again in %.1fs",
                claimed.id,
                claimed.community_key,
                exc.retry_after,
            )
            return await self._wait_out(claimed, exc)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            log.exception("outbox %s delivery failed; it is retried", claimed.id)
        finally:
            RESUMING.reset(resuming)
            DELIVERY_KEY.reset(key)
        if problem is not None:
            await self._refused(claimed.community_key, msg, problem)
        return await self._settle_row(claimed, ref, error, problem)

    async def _wait_out(self, claimed: Claimed, exc: RateLimited) -> Settled:
        """Keep the row's lease until the platform's Retry-After has passed: no process
        sends it before then, and the rate limit does not count as a failed attempt."""
        until = self.lease_clock.now() + timedelta(seconds=exc.retry_after)
        async with self.db.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.id == claimed.id)
                .values(claimed_at=until - self.lease, last_error=str(exc))
            )
        return Settled(Outcome.RATE_LIMITED, retry_after=exc.retry_after)

    async def _settle_row(
        self,
        claimed: Claimed,
        ref: str | None,
        error: str | None,
        problem: DeliveryProblem | None,
    ) -> Settled:
        """One transaction settles the row: sent (and the post's id), retried or refused."""
        msg = claimed.message
        values: dict[str, Any] = {"attempts": _OUTBOX.c.attempts + 1}
        async with self.db.sessions() as session, session.begin():
            if error is not None:
                values.update(last_error=error, claimed_at=None)
                settled = Settled(Outcome.RETRY)
            elif problem is not None:
                values.update(sent_at=self.clock.now(), attempt_at=None)
                values["last_error"] = f"refused: {problem}"[:2000]
                author = await self._author(session, msg)
                settled = Settled(Outcome.REFUSED, author, problem.problem)
            else:
                values.update(sent_at=self.clock.now(), attempt_at=None, last_error=None)
                await self.settle(session, claimed.community_key, msg, ref)
                settled = Settled(Outcome.SENT)
            await session.execute(
                update(_OUTBOX).where(_OUTBOX.c.id == claimed.id).values(**values)
            )
        return settled

    async def _author(self, session: AsyncSession, msg: Message) -> Author | None:
        """The member who made post `msg` (a command's post), to tell them it was refused."""
        if msg.post_id is None or msg.kind is not Kind.POST or msg.withdraw_ref or msg.edit_ref:
            return None
        found = (
            await session.execute(
                select(
                    Member.platform_id,
                    Member.display_name,
                    Member.language,
                    Member.platform_locale,
                    Community.language,
                    Community.platform_locale,
                )
                .join(Post, Post.author_id == Member.id)
                .join(Community, Community.id == Member.community_id)
                .where(Post.id == msg.post_id)
            )
        ).first()
        if found is None:
            return None
        return Author(MemberRef(found[0], found[1]), i18n.tr(i18n.resolve(*found[2:])))

    async def _refused(self, community_key: str, msg: Message, exc: DeliveryProblem) -> None:
        log.warning("delivery to %s failed: %s", community_key, exc)
        channel_ref = exc.channel_ref or (msg.channel.ref if msg.channel else None)
        if channel_ref:
            await self.report_problem(community_key, channel_ref, exc.stored)

    async def send_one(
        self, msg: Message, send: Send, community_key: str
    ) -> tuple[bool, str | None]:
        """Send one message; a refusal is recorded as the channel's problem, not raised."""
        try:
            return True, await send(msg)
        except DeliveryProblem as exc:
            await self._refused(community_key, msg, exc)
            return False, None

    async def settle(
        self, session: AsyncSession, community_key: str, msg: Message, ref: str | None
    ) -> None:
        """In the caller's transaction: remember a post's platform id and clear the problem
        recorded for a channel the bot could post in again."""
        if msg.post_id is not None and ref and not msg.edit_ref:
            await session.execute(
                update(Post).where(Post.id == msg.post_id).values(platform_ref=ref)
            )
        if msg.kind is Kind.POST and msg.channel is not None:
            await session.execute(
                update(Channel)
                .where(
                    Channel.problem.is_not(None),
                    Channel.ref == msg.channel.ref,
                    Channel.community_id
                    == select(Community.id).where(Community.key == community_key).scalar_subquery(),
                )
                .values(problem=None, problem_at=None)
                .execution_options(synchronize_session=False)
            )

    async def report_problem(self, community_key: str, channel_ref: str, problem: str) -> None:
        """Record `problem` (`DeliveryProblem.stored`) as the channel's, for `/mod setup`."""
        async with self.db.sessions() as session, session.begin():
            community = await session.scalar(
                select(Community).where(Community.key == community_key)
            )
            if community is None:
                return
            known = await session.scalar(
                select(Channel.id).where(
                    Channel.community_id == community.id, Channel.ref == channel_ref
                )
            )
            if known is None:  # never rename a known channel to its id
                await members_mod.upsert_channel(
                    session, community, ChannelRef(channel_ref, channel_ref)
                )
            await session.execute(
                update(Channel)
                .where(Channel.community_id == community.id, Channel.ref == channel_ref)
                .values(problem=problem, problem_at=self.clock.now())
            )
