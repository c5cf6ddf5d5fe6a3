"""Delivery: sending an invocation's messages and settling what the platform answered.

Adapters send; this records the outcome in the store. A post's platform id is kept so
it can be withdrawn, a channel the platform refused is recorded as that channel's
problem (moderators see it in `/mod setup`), and a channel that works again is cleared.
`DELIVERY_KEY` names the outbox row being sent, an idempotency key a transport may pass
to a platform.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.messages import ChannelRef, Kind, Message
from bot.store import identity as members_mod
from bot.store.db import Database
from bot.store.models import Channel, Community, Post

log = logging.getLogger(__name__)

# While an outbox row is being sent: `outbox:<id>`, an idempotency key a transport may pass
# to a platform that deduplicates (or record), so a re-sent row is recognisably the same.
DELIVERY_KEY: ContextVar[str | None] = ContextVar("rebound_delivery_key", default=None)

Send = Callable[[Message], Awaitable[str | None]]


class DeliveryProblem(Exception):
    """A platform refused a delivery (no access, deleted channel); shown to moderators."""

    def __init__(self, problem: str, *, channel_ref: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.channel_ref = channel_ref


class Delivery:
    """Sends messages through an adapter's `send` and settles the outcome in the store."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def deliver(
        self,
        messages: list[Message],
        send: Send,
        community_key: str,
    ) -> None:
        """Send messages in order, recording post ids and channel problems."""
        for msg in messages:
            sent, ref = await self.send_one(msg, send, community_key)
            if sent and (msg.post_id is not None or msg.kind is Kind.POST):
                async with self.db.sessions() as session, session.begin():
                    await self.settle(session, community_key, msg, ref)

    async def send_one(
        self, msg: Message, send: Send, community_key: str
    ) -> tuple[bool, str | None]:
        """Send one message; a refusal is recorded as the channel's problem, not raised."""
        try:
            return True, await send(msg)
        except DeliveryProblem as exc:
            log.warning("delivery to %s failed: %s", community_key, exc.problem)
            channel_ref = exc.channel_ref or (msg.channel.ref if msg.channel else None)
            if channel_ref:
                await self.report_problem(community_key, channel_ref, exc.problem)
            return False, None

    async def settle(
        self, session: AsyncSession, community_key: str, msg: Message, ref: str | None
    ) -> None:
        """In the caller's transaction: remember a post's platform id and clear the problem
        recorded for a channel the bot could post in again."""
        if msg.post_id is not None and ref:
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
