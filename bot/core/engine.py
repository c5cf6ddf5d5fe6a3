"""The engine: runs one command in one transaction and returns platform-neutral messages.

It validates options against the declaration, decides moderator rights, keeps crisis
text private, rolls back on a `UserError` and tells the member what to fix, logs any
other error with context and answers with a short apology, and passes every outgoing
message through the mention sanitizer. Adapters turn an event into a typed invocation
with `read_line` (the console/Slack text grammar) or `read_values` (buttons, forms,
native options), call `run` (or `run_line` for both steps), deliver the messages, and
report back the platform ids of posts through `deliver` (or `send_one` and `settle`).

The engine also makes the decisions every surface follows the same way: `form_for` (a
command declared with a form that arrived without answers opens its form on surfaces
that have forms), `defer_after` (how long a surface with an acknowledgement window waits
before deferring), and `view` (a read-only look such as a home tab, in the engine's
transaction, error handling and sanitizer, creating no member).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.core import grants, i18n, lifecycle, logs, metrics, safety, support
from bot.core.clock import Clock
from bot.core.completion import Completions
from bot.core.context import Ctx, Invocation, Scope, View, Visit
from bot.core.declarations import Command, validate
from bot.core.delivery import Delivery
from bot.core.errors import APOLOGY, NotModerator, UserError
from bot.core.grammar import Resolver, parse_line
from bot.core.intake import given, type_options
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.core.sanitizer import finish
from bot.store import identity as members_mod
from bot.store.db import Database
from bot.store.models import Community, Member

log = logging.getLogger(__name__)

RETRIES = 4
# Any command records that the member used Rebound (`Member.last_seen_at`, for check-in
# reminders); a read-only one then runs in a write transaction at most this often.
SEEN_EVERY = timedelta(hours=1)


class Refused(Exception):
    """An event that does not make an invocation (a line the grammar cannot read, a member
    who is not there): `messages` tell the member why; `inv` is who acted and where."""

    def __init__(self, messages: list[Message], inv: Invocation) -> None:
        super().__init__(messages[-1].text if messages else "refused")
        self.messages = messages
        self.inv = inv


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
        return True
    if isinstance(exc, DBAPIError):
        code = getattr(getattr(exc.orig, "__cause__", None), "sqlstate", None) or getattr(
            exc.orig, "sqlstate", None
        )
        return code in {"40001", "40P01"}
    return False


# What a surface that is shutting down answers to an event it will not run.
RESTARTING = i18n.Msg("error-restarting")


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
        """Run one command; its log lines name the community and the command, and it is
        counted in the metrics by command and outcome, with its latency."""
        started = time.perf_counter()
        cmd = self.registry.get(inv.command)
        # Only the registry's names: never one a member typed.
        with logs.about(inv.community_key, f"/{cmd.name}" if cmd else "an unknown command"):
            messages = await self._run(inv)
        if cmd is not None:
            metrics.observe_command(cmd.name, messages, time.perf_counter() - started)
        return messages

    async def _run(self, inv: Invocation) -> list[Message]:
        cmd = self.registry.get(inv.command)
        if cmd is None:
            tr = await self.reader_tr(inv)
            return [error_message(tr("error-no-command", command=inv.command), inv)]
        try:
            values = validate(cmd, inv.options)
        except UserError as exc:
            # Validation comes first; crisis text in a refused command still gets support,
            # whichever option it was typed in.
            refused = [refusal(exc, inv, cmd.name, await self.reader_tr(inv))]
            if _refused_crisis(cmd, inv.options):
                refused.insert(0, finish(await self._crisis_reply(inv, cmd.name)))
            return refused
        crisis = False
        for opt in cmd.options:
            if _screened_crisis(cmd, opt.name, values.get(opt.name)):
                values[opt.name] = None
                crisis = True
        messages = await self._guarded(
            f"command /{cmd.name}", inv, lambda: self._run_once(cmd, inv, values, crisis)
        )
        if crisis and messages[0].error:
            # A rejected command (muted, bad input) still owes the member the crisis reply.
            messages.insert(0, await self._crisis_reply(inv, cmd.name))
        form = self.form_for(inv)
        if form is not None:
            # What a surface without forms shows in the form's place (see `form_for`).
            for msg in messages:
                if msg.kind is Kind.REPLY:
                    msg.modal = form.name
                    break
        return [finish(m) for m in messages]

    async def _guarded(
        self, what: str, inv: Invocation, attempt: Callable[[], Awaitable[list[Message]]]
    ) -> list[Message]:
        """Run one transaction's work: retried when the database asks for it, a `UserError`
        told to the member, anything else logged with context and answered with an apology."""
        for n in range(RETRIES):
            try:
                return await attempt()
            except UserError as exc:
                return [error_message(exc.render(await self.reader_tr(inv)), inv)]
            except Exception as exc:
                if _retryable(exc) and n + 1 < RETRIES:
                    await asyncio.sleep(0.01 * (2**n))
                    continue
                log.exception(
                    "%s failed (community=%s member=%s channel=%s)",
                    what,
                    inv.community_key,
                    inv.actor.ref,
                    inv.channel.ref if inv.channel else None,
                )
                break
        return [error_message((await self.reader_tr(inv)).text(APOLOGY), inv)]

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
            _refuse_uninstalled(community)
            if readonly and (member is None or not _seen_lately(member, now)):
                return None
            if community is None or member is None:
                community = await members_mod.get_or_create_community(
                    session, inv.community_key, inv.community_name, now
                )
                member = await members_mod.get_or_create_member(session, community, inv.actor, now)
            elif not readonly:
                members_mod.rename(community, member, inv.community_name, inv.actor.name)
            if not readonly:
                grants.note_admin(community, member, inv.platform_moderator)
                member.last_seen_at = now
                members_mod.note_locales(community, member, inv.locale, inv.community_locale)
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
        # The command's posts are leased to this command's own delivery from the start.
        ctx.outbox_claim = self.delivery.command_claim()
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

    async def reader_tr(self, inv: Invocation) -> i18n.Tr:
        """The language of the member behind `inv`, for answers given outside a command's
        transaction (a refusal, an apology): looked up afresh, since the transaction that
        knew it rolled back."""
        async with self.db.read_sessions() as session, session.begin():
            found = await members_mod.languages(session, inv.community_key, inv.actor.ref)
        member, member_locale, community, community_locale = found
        return i18n.tr(
            i18n.resolve(
                member,
                inv.locale or member_locale,
                community,
                inv.community_locale or community_locale,
            )
        )

    async def delivery_tr(self, inv: Invocation, messages: list[Message]) -> i18n.Tr | None:
        """The member's language for what delivering `messages` may itself have to tell
        them (a direct message that could not arrive, a file sent to their direct
        messages); None, and no look-up, when none of them is a DM or carries a file."""
        if any(m.attachments or m.kind is Kind.DM for m in messages):
            return await self.reader_tr(inv)
        return None

    async def _crisis_reply(self, inv: Invocation, command: str) -> Message:
        """The support reply for a command that was refused (see `safety.CrisisOutcome`)."""
        async with self.db.read_sessions() as session, session.begin():
            resources = await session.scalar(
                select(Community.resources).where(Community.key == inv.community_key)
            )
        tr = await self.reader_tr(inv)
        title, text = support.crisis_reply(tr, resources, command, safety.CrisisOutcome.REJECTED)
        return Message(
            kind=Kind.REPLY,
            text=text,
            title=title,
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
        origin = Invocation(
            community_key=community_key,
            actor=actor,
            command="",
            channel=channel,
            community_name=community_name,
            platform_moderator=platform_moderator,
            roles=roles,
        )
        try:
            inv = await self.read_line(line, origin, resolver)
        except Refused as exc:
            return exc.messages
        return await self.run(inv)

    async def read_line(self, line: str, origin: Invocation, resolver: Resolver) -> Invocation:
        """The invocation a command line means for `origin` (who acted, where), its values
        typed as every surface types them (`intake.type_options`).

        Raises `Refused` with the messages for the member when the line cannot be read
        (crisis text in a refused line still gets the support reply first).
        """
        inv = replace(origin, command="", options={})
        try:
            parsed = parse_line(line, self.registry)
            inv.command = parsed.command.name
            inv.options = await type_options(parsed.command, parsed.raw, resolver)
        except UserError as exc:
            refused = [refusal(exc, inv, inv.command or "", await self.reader_tr(inv))]
            named = _crisis_in_refused_line(line, self.registry)
            if named is not None:
                refused.insert(0, finish(await self._crisis_reply(inv, named)))
            raise Refused(refused, inv) from None
        return inv

    async def read_values(
        self, command: str, raw: Mapping[str, Any], origin: Invocation, resolver: Resolver
    ) -> Invocation:
        """The invocation of `command` for `origin` with raw values from a button, a form or
        a platform's native options, typed as every surface types them.

        Raises `Refused` when a value names a member or a channel that cannot be found.
        """
        inv = replace(origin, command=command, options={})
        cmd = self.registry.get(command)
        try:
            if cmd is None:
                inv.options = {k: v for k, v in raw.items() if given(v)}
            else:
                inv.options = await type_options(cmd, raw, resolver)
        except UserError as exc:
            raise Refused([refusal(exc, inv, command, await self.reader_tr(inv))], inv) from None
        return inv

    # --- decisions every surface follows ---------------------------------------------
    def form_for(self, inv: Invocation) -> Command | None:
        """The form to open instead of running `inv`: its command is declared with a form
        (`modal=True`) and arrived without a single answer (a bare `/reflect`, the check-in
        prompt's **Check in** button). Only surfaces that have forms ask; the others run
        the command and show the engine's answer (what to fill in, or what is missing)."""
        cmd = self.registry.get(inv.command)
        if cmd is None or not cmd.modal:
            return None
        return None if any(given(v) for v in inv.options.values()) else cmd

    def defer_after(self, inv: Invocation, window: float | None) -> float | None:
        """How long a surface that must acknowledge within a short window waits for the
        answer before deferring it: not at all for a command declared `slow`, else
        `window` (None: never defer)."""
        cmd = self.registry.get(inv.command)
        if cmd is not None and cmd.slow:
            return 0.0
        return window

    # --- read-only views ------------------------------------------------------------
    async def view(
        self,
        show: View,
        *,
        community_key: str,
        actor: MemberRef,
        name: str = "view",
        locale: str | None = None,
    ) -> list[Message]:
        """A read-only look at the member's own data (a home tab) in one read transaction.

        Nothing is created: a member (or a community) that never used Rebound gets a
        `Visit` without scope or member. Errors are handled like a command's, and every
        message passes the sanitizer.
        """
        inv = Invocation(community_key=community_key, actor=actor, command=name, locale=locale)

        async def once() -> list[Message]:
            async with self.db.read_sessions() as session, session.begin():
                community, member = await members_mod.identify(session, community_key, actor)
                _refuse_uninstalled(community)
                scope = (
                    Scope(session, community, self.clock.now(), self.registry)
                    if community is not None
                    else None
                )
                visit = Visit(
                    self.registry, actor, scope, member if scope is not None else None, locale
                )
                await show(visit)
            return visit.messages

        return [finish(m) for m in await self._guarded(f"view {name}", inv, once)]


def _seen_lately(member: Member, now: datetime) -> bool:
    return member.last_seen_at is not None and now - member.last_seen_at < SEEN_EVERY


def _refuse_uninstalled(community: Community | None) -> None:
    """Nothing is taken from a community that uninstalled Rebound (see `bot.core.lifecycle`);
    raised inside the transaction, so nothing is created either."""
    if community is not None and community.uninstalled_at is not None:
        raise UserError(lifecycle.NOT_INSTALLED)


def is_moderator(community: Community, member: Member, inv: Invocation) -> bool:
    """The engine's decision: platform rights, the configured role, or the listed members."""
    if inv.platform_moderator or member.listed_moderator:
        return True
    return bool(community.moderator_role and community.moderator_role in inv.roles)


def refusal(exc: UserError, inv: Invocation, command: str, tr: i18n.Tr) -> Message:
    """The error for a refused command, which never repeats crisis text back."""
    text = exc.render(tr)
    if safety.contains_crisis_language(text):
        text = (
            tr("error-unusable-text-of", command=command) if command else tr("error-unusable-text")
        )
    return finish(error_message(text, inv))


def _refused_crisis(cmd: Command, options: Mapping[str, Any]) -> bool:
    """Whether any text given to a refused command, in an option of any type (a number
    or a choice too), speaks of a crisis; options exempt from screening are skipped."""
    exempt = any(not o.crisis_check for o in cmd.options)
    for name, value in options.items():
        opt = cmd.option(name)
        # A misspelt option of a command that names support services is not screened.
        if (opt is None and exempt) or (opt is not None and not opt.crisis_check):
            continue
        if isinstance(value, str) and safety.contains_crisis_language(value):
            return True
    return False


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
