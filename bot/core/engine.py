"""The engine: runs one command in one transaction and returns platform-neutral messages.

It validates options against the declaration, decides moderator rights, keeps crisis
text private, rolls back on a `UserError` and tells the member what to fix, logs any
other error with context and answers with a short apology, and passes every outgoing
message through the mention sanitizer. Adapters call `run` (typed options) or
`run_line` (the console/Slack text grammar), deliver the messages, and report back
the platform ids of posts through `deliver` (or `send_one` and `settle`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.core import safety
from bot.core.clock import Clock
from bot.core.completion import Completions
from bot.core.context import Ctx, Invocation, Scope
from bot.core.declarations import Command, validate
from bot.core.delivery import Delivery
from bot.core.errors import APOLOGY, NotModerator, UserError
from bot.core.grammar import Resolver, coerce, parse_line
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.core.sanitizer import finish
from bot.store import identity as members_mod
from bot.store.db import Database
from bot.store.models import Community, Member

log = logging.getLogger(__name__)

RETRIES = 4


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
        return True
    if isinstance(exc, DBAPIError):
        code = getattr(getattr(exc.orig, "__cause__", None), "sqlstate", None) or getattr(
            exc.orig, "sqlstate", None
        )
        return code in {"40001", "40P01"}
    return False


def error_message(text: str, inv: Invocation | None = None) -> Message:
    return Message(
        kind=Kind.REPLY,
        text=text,
        ephemeral=True,
        error=True,
        to=inv.actor if inv else None,
        channel=inv.channel if inv else None,
    )


class Engine:
    def __init__(self, db: Database, clock: Clock, registry: Registry) -> None:
        self.db = db
        self.clock = clock
        self.registry = registry
        self.delivery = Delivery(db, clock)
        self.completions = Completions(db, registry)
        # Channels this process has recorded (community id, ref, name): skips a query a command.
        self._known_channels: set[tuple[int, str, str]] = set()

    # --- commands -------------------------------------------------------------------
    async def run(self, inv: Invocation) -> list[Message]:
        cmd = self.registry.get(inv.command)
        if cmd is None:
            return [error_message(f"There is no command `/{inv.command}`.", inv)]
        try:
            values = validate(cmd, inv.options)
        except UserError as exc:
            # Validation comes first; crisis text in a refused command still gets support.
            refused = [finish(error_message(str(exc), inv))]
            if any(_screened_crisis(cmd, o.name, inv.options.get(o.name)) for o in cmd.options):
                refused.insert(0, finish(await self._crisis_reply(inv, cmd.name)))
            return refused
        crisis = False
        for opt in cmd.options:
            if _screened_crisis(cmd, opt.name, values.get(opt.name)):
                values[opt.name] = None
                crisis = True
        for attempt in range(RETRIES):
            try:
                messages = await self._run_once(cmd, inv, values, crisis)
                break
            except UserError as exc:
                messages = [error_message(str(exc), inv)]
                break
            except Exception as exc:
                if _retryable(exc) and attempt + 1 < RETRIES:
                    await asyncio.sleep(0.01 * (2**attempt))
                    continue
                log.exception(
                    "command /%s failed (community=%s member=%s channel=%s)",
                    cmd.name,
                    inv.community_key,
                    inv.actor.ref,
                    inv.channel.ref if inv.channel else None,
                )
                messages = [error_message(APOLOGY, inv)]
                break
        if crisis and messages[0].error:
            # A rejected command (muted, bad input) still owes the member the crisis reply.
            messages.insert(0, await self._crisis_reply(inv, cmd.name))
        return [finish(m) for m in messages]

    async def _run_once(
        self, cmd: Command, inv: Invocation, values: dict[str, Any], crisis: bool
    ) -> list[Message]:
        if cmd.readonly and not crisis:
            messages = await self._attempt(cmd, inv, values, crisis, readonly=True)
            if messages is not None:
                return messages
        messages = await self._attempt(cmd, inv, values, crisis, readonly=False)
        assert messages is not None
        return messages

    async def _attempt(
        self, cmd: Command, inv: Invocation, values: dict[str, Any], crisis: bool, *, readonly: bool
    ) -> list[Message] | None:
        """Run the command in one transaction. A read-only attempt gives up (None) when the
        member or community does not exist yet, so the caller runs it again to create them."""
        sessions = self.db.read_sessions if readonly else self.db.sessions
        channel_key: tuple[int, str, str] | None = None
        async with sessions() as session, session.begin():
            now = self.clock.now()
            community, member = await members_mod.identify(session, inv.community_key, inv.actor)
            if readonly and member is None:
                return None
            if community is None or member is None:
                community = await members_mod.get_or_create_community(
                    session, inv.community_key, inv.community_name, now
                )
                member = await members_mod.get_or_create_member(session, community, inv.actor, now)
            elif not readonly:
                if inv.community_name and community.name != inv.community_name:
                    community.name = inv.community_name
                if inv.actor.name and member.display_name != inv.actor.name:
                    member.display_name = inv.actor.name
            if inv.channel is not None and not readonly:
                channel_key = (community.id, inv.channel.ref, inv.channel.name)
                if channel_key not in self._known_channels:
                    await members_mod.upsert_channel(session, community, inv.channel)
            scope = Scope(session, community, now, self.registry)
            messages = await self._handle(cmd, inv, values, crisis, scope, member)
        if channel_key is not None:
            self._known_channels.add(channel_key)
        return messages

    async def _handle(
        self,
        cmd: Command,
        inv: Invocation,
        values: dict[str, Any],
        crisis: bool,
        scope: Scope,
        member: Member,
    ) -> list[Message]:
        is_mod = is_moderator(scope.community, member, inv)
        if cmd.moderator and not is_mod:
            raise NotModerator(cmd.name)
        ctx = Ctx(scope, member, inv, is_mod)
        if crisis:
            ctx.private_only = True
            needed = next(
                (o.name for o in cmd.options if o.required and values[o.name] is None), None
            )
            # A required text is the command's substance (a win is its words): without
            # it the command cannot go ahead, privately or otherwise.
            if needed:
                ctx.crisis_reply(safety.CrisisOutcome.STOPPED, needed)
                return ctx.messages
        await cmd.handler(ctx, cmd.bind(values))
        if crisis:
            ctx.crisis_reply(
                safety.CrisisOutcome.STOPPED if ctx.crisis_stopped else safety.CrisisOutcome.PRIVATE
            )
        return ctx.messages

    async def _crisis_reply(self, inv: Invocation, command: str) -> Message:
        """The support reply for a command that was refused (see `safety.CrisisOutcome`)."""
        async with self.db.read_sessions() as session, session.begin():
            resources = await session.scalar(
                select(Community.resources).where(Community.key == inv.community_key)
            )
        return Message(
            kind=Kind.REPLY,
            text=safety.crisis_reply_text(resources, command, safety.CrisisOutcome.REJECTED),
            title=safety.CRISIS_TITLE,
            ephemeral=True,
            to=inv.actor,
            channel=inv.channel,
        )

    async def run_line(
        self,
        line: str,
        *,
        community_key: str,
        actor: MemberRef,
        resolver: Resolver,
        channel: ChannelRef | None = None,
        community_name: str = "",
        platform_moderator: bool = False,
        roles: tuple[str, ...] = (),
    ) -> list[Message]:
        """Parse the shared text grammar (console, Slack) and run the command."""
        inv = Invocation(
            community_key=community_key,
            actor=actor,
            command="",
            channel=channel,
            community_name=community_name,
            platform_moderator=platform_moderator,
            roles=roles,
        )
        try:
            parsed = parse_line(line, self.registry)
            inv.command = parsed.command.name
            inv.options = await coerce(parsed.command, parsed.raw, resolver)
        except UserError as exc:
            refused = [finish(error_message(str(exc), inv))]
            named = _crisis_in_refused_line(line, self.registry)
            if named is not None:
                refused.insert(0, finish(await self._crisis_reply(inv, named)))
            return refused
        return await self.run(inv)


def is_moderator(community: Community, member: Member, inv: Invocation) -> bool:
    """The engine's decision: platform rights, the configured role, or the listed members."""
    if inv.platform_moderator or member.listed_moderator:
        return True
    return bool(community.moderator_role and community.moderator_role in inv.roles)


def _screened_crisis(cmd: Command, name: str, value: Any) -> bool:
    """Whether `value`, given for option `name`, is screened text that speaks of a crisis."""
    opt = cmd.option(name)
    return (
        opt is not None
        and opt.is_free_text
        and opt.crisis_check
        and isinstance(value, str)
        and safety.contains_crisis_language(value)
    )


def _crisis_in_refused_line(line: str, registry: Registry) -> str | None:
    """A line the parser refused (an unknown option...) that speaks of a crisis: the
    command it named, or None. Commands whose text is exempt from screening (resources
    naming crisis lines) are not screened here either."""
    words = line.strip().lstrip("/").lower().split()
    if not words or not safety.contains_crisis_language(line):
        return None
    named = " ".join(words[:2]) if " ".join(words[:2]) in registry else words[0]
    family = [c for c in registry.values() if c.name == named or c.group == words[0]]
    if any(o.is_free_text and not o.crisis_check for c in family for o in c.options):
        return None
    return named
