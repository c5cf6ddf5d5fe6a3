"""The Discord adapter: `rebound discord` on discord.py, translating and nothing more.

Interactions (slash commands, autocomplete, Cheer-style buttons, modal submits) become
typed `Invocation`s (`adapters.discord.events`) for `Engine.run`; the engine's messages
come back as embeds, ephemeral replies, channel posts (threads under a prompt), direct
messages and file attachments, with mentions never allowed. What the engine decides,
this follows: a command with a form given no answers opens its modal (`form_for`), a
slow command is deferred at once (`defer_after`), a refused DM falls back to a private
reply (`falling_back`). Commands are derived from the engine's registry and synced only
when their payload changed. Joining a server installs its community and greets it with the
setup steps; leaving one uninstalls it (`bot.core.lifecycle`). Platform failures are logged with context and shown to
moderators in `/mod setup`; none of them stops the bot. `DiscordAdapter` is the
`adapters.base.Adapter`; `adapters.base.serve` runs it with the scheduler and drains it
on SIGTERM.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any, Literal, NoReturn

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.base import Capabilities, serve
from adapters.discord.commands import CommandMap, build_commands, command_path, modal_options
from adapters.discord.events import (
    MODAL_PREFIX,
    DiscordResolver,
    button_invocation,
    command_invocation,
    community_key,
    form_invocation,
)
from adapters.discord.render import NO_MENTIONS, CommandButton, Page, render, truncate
from bot.core import i18n, lifecycle
from bot.core.config import Config
from bot.core.context import Invocation
from bot.core.declarations import Command, OptType
from bot.core.delivery import DELIVERY_KEY, RESUMING, DeliveryProblem, RateLimited, Send
from bot.core.engine import RESTARTING, Engine, Refused
from bot.core.errors import APOLOGY
from bot.core.messages import Button, ChannelRef, Kind, MemberRef, Message
from bot.core.undelivered import DMRefused, falling_back
from bot.store.platform_state import read_state, write_state

log = logging.getLogger(__name__)

SCOPES = ("bot", "applications.commands")
PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
)
# Answer within Discord's 3 seconds: a command still running after this is deferred first.
DEFER_AFTER = 1.5
SHUTDOWN_GRACE = 20.0
THREAD_ARCHIVE_MINUTES: Literal[1440] = 1440
MODAL_TITLE = 45
MODAL_LABEL = 45
PLACEHOLDER = 100
LABEL_DESCRIPTION = 100
TEXT_INPUT_MAX = 4000
CHOICE_NAME = 100
# Discord error codes the adapter tells apart.
DMS_CLOSED = 50007
UNKNOWN_MESSAGE = 10008
THREAD_EXISTS = 160004
# The wait after a 429 that names none (a 429 from Discord's edge), in seconds.
RATE_LIMIT_WAIT = 1.0
# After a crash mid-send: how far before the first attempt, and how many messages, the
# channel's history is searched for pages already posted.
RESUME_LOOKBACK = timedelta(seconds=5)
HISTORY_LIMIT = 100


class TransientFailure(Exception):
    """Discord is rate-limiting or failing for now; the outbox tries again later."""


def application_id_from_token(token: str) -> int:
    """A bot token starts with the base64 of the bot's user id, which is its application id."""
    head = token.split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    if not decoded.isdigit():
        raise ValueError("DISCORD_TOKEN does not look like a Discord bot token")
    return int(decoded)


def install_link(config: Config) -> str:
    """The install link: scopes bot + applications.commands and the permissions Rebound uses."""
    if not config.discord_token:
        raise ValueError("set DISCORD_TOKEN to the bot token of your Discord application")
    app_id = application_id_from_token(config.discord_token)
    if config.discord_guild_id:
        return discord.utils.oauth_url(
            app_id,
            permissions=PERMISSIONS,
            scopes=SCOPES,
            guild=discord.Object(int(config.discord_guild_id)),
        )
    return discord.utils.oauth_url(app_id, permissions=PERMISSIONS, scopes=SCOPES)


def point_at(config: Config) -> None:
    """Send REST and gateway traffic to another Discord-compatible server when configured."""
    if config.discord_api_base:
        Route.BASE = config.discord_api_base.rstrip("/")
    if config.discord_gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord_gateway_url)


def describe_failure(exc: BaseException) -> tuple[i18n.Msg, bool]:
    """What a moderator should read about a failed delivery, and whether it is transient.
    A catalogue message: it is stored with the channel (`Channel.problem`) before any
    reader is known, and each reader reads it in their language."""
    if isinstance(exc, discord.Forbidden):
        return i18n.Msg("delivery-problem-discord-forbidden"), False
    if isinstance(exc, discord.NotFound):
        if exc.code == UNKNOWN_MESSAGE:
            return i18n.Msg("delivery-problem-discord-message-deleted"), False
        return i18n.Msg("delivery-problem-discord-channel-gone"), False
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            return i18n.Msg("delivery-problem-discord-rate-limited"), True
        if exc.status >= 500:
            return i18n.Msg("delivery-problem-discord-server-error", status=str(exc.status)), True
        detail = exc.text[:100]
        return i18n.Msg(
            "delivery-problem-discord-refused", status=str(exc.status), detail=detail
        ), False
    return i18n.Msg("delivery-problem-discord-unreachable"), True


def retry_after(exc: BaseException) -> float | None:
    """The seconds Discord asked to wait after a 429 that reached Rebound (discord.py waits
    out the ones it can itself), or None for any other failure."""
    if not isinstance(exc, discord.HTTPException) or exc.status != 429:
        return None
    headers = getattr(exc.response, "headers", None) or {}
    try:
        return float(headers.get("Retry-After", RATE_LIMIT_WAIT))
    except (TypeError, ValueError):
        return RATE_LIMIT_WAIT


# Turns an interaction's origin and its server's resolver into the invocation it means.
Translate = Callable[[Invocation, DiscordResolver], Awaitable[Invocation | None]]


class Bridge:
    """Translates between discord.py objects and the engine, and delivers its messages."""

    def __init__(
        self,
        client: discord.Client,
        engine: Engine,
        commands: CommandMap,
        *,
        defer_after: float | None,
    ) -> None:
        self.client = client
        self.engine = engine
        self.commands = commands
        self.defer_after = defer_after
        self.threads: set[int] = set()

    # --- interactions in -------------------------------------------------------------
    def origin(self, interaction: discord.Interaction) -> Invocation:
        """Who acted and where: an invocation still without its command."""
        assert interaction.guild_id is not None
        user = interaction.user
        channel = interaction.channel
        roles: tuple[str, ...] = ()
        manage_guild = interaction.permissions.manage_guild
        if isinstance(user, discord.Member):
            roles = tuple(str(r.id) for r in user.roles if not r.is_default())
            manage_guild = manage_guild or user.guild_permissions.manage_guild
        return Invocation(
            community_key=community_key(interaction.guild_id),
            actor=MemberRef(str(user.id), user.display_name),
            command="",
            channel=ChannelRef(str(channel.id), getattr(channel, "name", None) or str(channel.id))
            if channel is not None
            else None,
            community_name=interaction.guild.name
            if interaction.guild and interaction.guild.name
            else "",
            platform_moderator=manage_guild,
            roles=roles,
            locale=interaction.locale.value,
            community_locale=interaction.guild_locale.value if interaction.guild_locale else None,
        )

    def resolver(self, guild: discord.Guild | None) -> DiscordResolver:
        """Members and channels of the interaction's server, for the grammar's parser."""

        async def by_id(user_id: str) -> MemberRef | None:
            member = guild.get_member(int(user_id)) if guild else None
            if member is None and guild is not None:
                try:
                    member = await guild.fetch_member(int(user_id))
                except discord.NotFound:
                    return None
            if member is None:
                return MemberRef(user_id, user_id)
            return MemberRef(str(member.id), member.display_name)

        async def named(name: str) -> MemberRef | None:
            member = guild.get_member_named(name) if guild else None
            return MemberRef(str(member.id), member.display_name) if member else None

        def channel(channel_id: str) -> ChannelRef | None:
            found = guild.get_channel(int(channel_id)) if guild else None
            return ChannelRef(channel_id, found.name) if found is not None else None

        return DiscordResolver(by_id, named, channel)

    async def on_command(self, interaction: discord.Interaction) -> None:
        if await self.outside_a_server(interaction):
            return
        data: dict[str, Any] = dict(interaction.data or {})
        await self.respond(
            interaction,
            lambda origin, resolver: command_invocation(
                self.engine, self.commands, data, origin, resolver
            ),
            forms=True,
        )

    async def on_autocomplete(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        path, raw = command_path(dict(interaction.data or {}))
        cmd = self.engine.registry.get(self.commands.resolve(path) or "")
        focused = next((o for o in raw if o.get("focused")), None)
        opt = cmd.option(focused["name"]) if cmd and focused else None
        suggestions: list[str] = []
        if opt is not None and focused is not None:
            prefix = str(focused.get("value") or "")
            if opt.autocomplete:
                suggestions = await self.engine.completions.complete(
                    community_key(interaction.guild_id), opt.autocomplete, prefix
                )
            elif opt.choices:
                wanted = prefix.strip().lower()
                suggestions = [c for c in opt.choices if wanted in c]
        await interaction.response.autocomplete(
            [
                app_commands.Choice(name=truncate(s, CHOICE_NAME), value=s[:CHOICE_NAME])
                for s in suggestions[:25]
            ]
        )

    async def on_modal_submit(self, interaction: discord.Interaction) -> None:
        data: dict[str, Any] = dict(interaction.data or {})
        if not str(data.get("custom_id", "")).startswith(MODAL_PREFIX):
            return
        if await self.outside_a_server(interaction):
            return
        # A form's own submit never opens a form again: an empty one gets the engine's answer.
        await self.respond(
            interaction,
            lambda origin, resolver: form_invocation(self.engine, data, origin, resolver),
            forms=False,
        )

    async def on_button(self, interaction: discord.Interaction, button: Button) -> None:
        if await self.outside_a_server(interaction):
            return
        await self.respond(
            interaction,
            lambda origin, resolver: button_invocation(self.engine, button, origin, resolver),
            forms=True,
        )

    async def open_modal(self, interaction: discord.Interaction, cmd: Command) -> None:
        """The command's form, in the language of the member who opens it; what members
        type into it (numbers, `yes` or `no`, the choices) stays as they type it."""
        from bot.core.descriptions import Described

        tr = await self.engine.reader_tr(self.origin(interaction))
        said = Described(tr, self.engine.registry)
        about = said.help(cmd)
        title = about if len(about) <= MODAL_TITLE else f"/{cmd.name}"
        modal = discord.ui.Modal(title=title, custom_id=f"{MODAL_PREFIX}{cmd.name}")
        for opt in modal_options(cmd):
            label = opt.name.replace("_", " ").capitalize()
            limit = min(opt.max_length or TEXT_INPUT_MAX, TEXT_INPUT_MAX)
            hint = said.option(cmd, opt)
            if opt.type is OptType.INTEGER and opt.min is not None and opt.max is not None:
                hint = tr("discord-modal-range", help=hint, min=str(opt.min), max=str(opt.max))
            elif opt.type is OptType.BOOLEAN:
                hint = tr("discord-modal-yes-no", help=hint)
            elif opt.type is OptType.CHOICE:
                hint = tr("discord-modal-choices", help=hint, choices=", ".join(opt.choices))
            box: discord.ui.TextInput[Any] = discord.ui.TextInput(
                custom_id=opt.name,
                style=discord.TextStyle.paragraph
                if opt.type is OptType.STRING and limit > 200
                else discord.TextStyle.short,
                placeholder=truncate(hint, PLACEHOLDER),
                required=opt.required,
                max_length=limit if opt.type is OptType.STRING else None,
            )
            # A Label holds each input (Discord deprecates text inputs in action rows).
            modal.add_item(
                discord.ui.Label(
                    text=truncate(label, MODAL_LABEL),
                    description=truncate(hint, LABEL_DESCRIPTION),
                    component=box,
                )
            )
        # The submit is routed from the raw interaction like every other one (see
        # `on_modal_submit`), so a form opened before a restart still works: keep none open.
        modal.stop()
        await interaction.response.send_modal(modal)

    async def outside_a_server(self, interaction: discord.Interaction) -> bool:
        """Answer an interaction from outside a server (a DM with the bot); True if so."""
        if interaction.guild_id is not None:
            return False
        await interaction.response.send_message(
            _said(interaction, i18n.Msg("discord-outside-server")),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return True

    async def respond(
        self,
        interaction: discord.Interaction,
        translate: Translate,
        *,
        forms: bool,
    ) -> None:
        """Translate the interaction, then follow the engine: open the command's form when
        it says so, else run the command, deferring when it takes a while, and answer."""
        origin = self.origin(interaction)
        # Discord's 3-second window starts now: looking members up counts against it too.
        started = asyncio.get_running_loop().time()

        async def read() -> Invocation | None:
            return await translate(origin, self.resolver(interaction.guild))

        reading = asyncio.create_task(read())
        await self._defer_unless_done(interaction, reading, self.defer_after)
        try:
            inv: Invocation | None = await reading
        except Refused as exc:
            await self.answer(interaction, origin, exc.messages)
            return
        if inv is None:
            return
        form = self.engine.form_for(inv) if forms else None
        if form is not None and not interaction.response.is_done():
            await self.open_modal(interaction, form)
            return
        task = asyncio.create_task(self.engine.run(inv))
        wait = self.engine.defer_after(inv, self.defer_after)
        if wait is not None:
            left = max(0.0, wait - (asyncio.get_running_loop().time() - started))
            await self._defer_unless_done(interaction, task, left)
        messages = await task
        await self.answer(interaction, inv, messages)

    async def _defer_unless_done(
        self, interaction: discord.Interaction, task: asyncio.Task[Any], wait: float | None
    ) -> None:
        """Defer the interaction if `task` is not done within `wait` seconds (None: never)."""
        if wait is None or interaction.response.is_done():
            return
        done, _ = await asyncio.wait({task}, timeout=wait)
        if not done:
            await self._defer(interaction)

    async def _defer(self, interaction: discord.Interaction) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.HTTPException as exc:
            log.warning("could not defer interaction %s: %s", interaction.id, exc)

    async def answer(
        self, interaction: discord.Interaction, inv: Invocation, messages: list[Message]
    ) -> None:
        # Replies first: they answer the interaction inside Discord's window.
        ordered = sorted(messages, key=lambda m: m.kind is not Kind.REPLY)
        sender = InteractionSender(self, interaction, inv)
        reader = await self.engine.delivery_tr(inv, messages)
        send = falling_back(sender.send, inv.actor, reader)
        await self.engine.delivery.deliver(ordered, send, inv.community_key)
        await sender.acknowledge()

    # --- delivery out ------------------------------------------------------------------
    async def send_pages(self, channel: discord.abc.Messageable, msg: Message) -> int | None:
        """Send every page of `msg`; return the first page's message id."""
        first: int | None = None
        # An outbox row sent twice (a crash between send and commit) carries the same nonce,
        # which Discord deduplicates for a few minutes; after longer, the pages already in
        # the channel are found in its history.
        key = DELIVERY_KEY.get()
        pages = render(msg)
        channel_id: int | None = getattr(channel, "id", None)
        there = await self._already_posted(channel_id, pages) if key and channel_id else {}
        for i, page in enumerate(pages):
            if i in there:
                first = first or there[i]
                continue
            kwargs = page.kwargs()
            if key:
                kwargs["nonce"] = f"{key}.{i}"[:25]
            sent = await channel.send(**kwargs)
            first = first or sent.id
        return first

    async def _already_posted(self, channel_id: int, pages: list[Page]) -> dict[int, int]:
        """The pages (index → message id) this bot already posted in the channel since an
        earlier send of the same outbox row started; looked up only when one did."""
        since = RESUMING.get()
        if since is None or self.client.user is None:
            return {}
        after = discord.utils.time_snowflake(since - RESUME_LOOKBACK)
        try:
            history: list[dict[str, Any]] = list(
                await self.client.http.logs_from(channel_id, HISTORY_LIMIT, after=after)  # type: ignore[arg-type]
            )
        except discord.HTTPException as exc:
            log.warning("discord: could not read channel %s history (%s)", channel_id, exc)
            return {}
        bot_id = str(self.client.user.id)
        mine = [m for m in reversed(history) if (m.get("author") or {}).get("id") == bot_id]
        found: dict[int, int] = {}
        for i, page in enumerate(pages):
            wanted = _embeds_signature([dict(e.to_dict()) for e in page.embeds])
            match = next(
                (m for m in mine if _embeds_signature(m.get("embeds") or []) == wanted), None
            )
            if match is not None:
                mine.remove(match)
                found[i] = int(match["id"])
        if found:
            log.info(
                "discord: %d page(s) already in channel %s; not posted again",
                len(found),
                channel_id,
            )
        return found

    async def post(self, msg: Message, *, retry_later: bool = False) -> str | None:
        """Post to a channel (or the thread under `thread_ref`); return its platform ref.

        The ref is the message id, or `thread/message` for a message inside a thread, so a
        later withdrawal knows which channel to delete it from.
        """
        assert msg.channel is not None
        if msg.edit_ref:
            await self.edit(msg)
            return None
        channel_id = int(msg.channel.ref)
        try:
            target = channel_id
            if msg.thread_ref:
                target = await self.thread(channel_id, int(msg.thread_ref))
            sent = await self.send_pages(self.client.get_partial_messageable(target), msg)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            self.fail(
                exc, f"post {msg.post_id} to channel {channel_id}", msg.channel.ref, retry_later
            )
        if sent is None:
            return None
        return f"{target}/{sent}" if target != channel_id else str(sent)

    def fail(
        self, exc: BaseException, what: str, channel_ref: str | None, retry_later: bool
    ) -> NoReturn:
        problem, transient = describe_failure(exc)
        english = i18n.tr(i18n.ENGLISH).text(problem)
        log.warning("discord: %s failed: %s (%s)", what, english, exc)
        wait = retry_after(exc)
        if wait is not None and retry_later:
            raise RateLimited(wait) from exc  # the outbox holds only this server meanwhile
        if transient and retry_later:
            raise TransientFailure(english) from exc
        raise DeliveryProblem(problem, channel_ref=channel_ref) from exc

    async def thread(self, channel_id: int, message_id: int) -> int:
        """The thread under a message, created on the first answer (it shares the message id)."""
        if message_id in self.threads:
            return message_id
        try:
            parent = await self.client.http.get_message(channel_id, message_id)
            embeds = parent.get("embeds") or [{}]
            # A thread is named after its message; a speech balloon reads in any language.
            name = embeds[0].get("title") or parent.get("content") or "💬"
            await self.client.http.start_thread_with_message(
                channel_id,
                message_id,
                name=truncate(" ".join(name.split()), 100),
                auto_archive_duration=THREAD_ARCHIVE_MINUTES,
            )
        except discord.HTTPException as exc:
            if exc.code != THREAD_EXISTS:
                raise
        self.threads.add(message_id)
        return message_id

    async def send_dm(self, msg: Message, *, retry_later: bool = False) -> str | None:
        assert msg.to is not None
        try:
            channel = await self.client.create_dm(discord.Object(int(msg.to.ref)))
            await self.send_pages(channel, msg)
        except discord.Forbidden as exc:
            if exc.code == DMS_CLOSED:
                raise DMRefused(msg.to.ref) from exc
            self.fail(exc, f"direct message to {msg.to.ref}", None, retry_later)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            self.fail(exc, f"direct message to {msg.to.ref}", None, retry_later)
        return None

    async def edit(self, msg: Message) -> None:
        """Replace what a message the bot posted says (an updated answer), buttons too."""
        assert msg.channel is not None and msg.edit_ref
        channel, _, message = msg.edit_ref.rpartition("/")
        page = render(msg)[0]
        target = self.client.get_partial_messageable(int(channel or msg.channel.ref))
        try:
            await target.get_partial_message(int(message)).edit(**page.edit_kwargs())
        except discord.NotFound:
            log.info("discord: message %s to edit was gone", msg.edit_ref)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            self.fail(exc, f"editing message {msg.edit_ref}", msg.channel.ref, True)

    async def withdraw(self, msg: Message) -> None:
        """Delete a message the bot posted earlier (a moderator or its author removed it)."""
        if msg.channel is None or not msg.withdraw_ref:
            return
        channel, _, message = msg.withdraw_ref.rpartition("/")
        try:
            await self.client.http.delete_message(int(channel or msg.channel.ref), int(message))
        except discord.NotFound:
            log.info("discord: message %s was already gone", msg.withdraw_ref)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            self.fail(exc, f"removing message {msg.withdraw_ref}", msg.channel.ref, False)

    # --- the bot joining and leaving servers ---------------------------------------------
    async def joined(self, guild: discord.Guild) -> None:
        """Rebound was added to a server: its community is installed (again, with its data
        if it had any) and greeted in the system channel, or its owner by DM when Rebound
        cannot post there."""
        returning = await lifecycle.reinstall(
            self.engine.db, self.engine.clock, community_key(guild.id), name=guild.name or ""
        )
        log.info("discord: added to guild %s (%s)", guild.id, "back" if returning else "new")
        tr = await lifecycle.community_tr(
            self.engine.db, community_key(guild.id), guild.preferred_locale.value
        )
        channel = guild.system_channel
        if channel is not None:
            where = ChannelRef(str(channel.id), channel.name)
            try:
                await self.post(
                    lifecycle.welcome(guild.name, returning=returning, channel=where, tr=tr)
                )
                return
            except DeliveryProblem as exc:
                log.info("discord: no welcome in guild %s's system channel (%s)", guild.id, exc)
        if guild.owner_id is None:
            return
        owner = MemberRef(str(guild.owner_id), str(guild.owner_id))
        try:
            await self.send_dm(lifecycle.welcome(guild.name, returning=returning, to=owner, tr=tr))
        except (DeliveryProblem, DMRefused) as exc:
            log.warning("discord: could not welcome guild %s at all (%s)", guild.id, exc)

    async def left(self, guild: discord.Guild) -> None:
        """Rebound was removed from a server: nothing more runs or is sent there."""
        await lifecycle.uninstall(self.engine.db, self.engine.clock, community_key(guild.id))

    async def present(self, guilds: list[discord.Guild]) -> None:
        """The servers a shard reports on connecting: any added back while Rebound was not
        running is installed again (no greeting: nobody just added it)."""
        keys = [community_key(g.id) for g in guilds]
        back = await lifecycle.reinstall_present(self.engine.db, self.engine.clock, keys)
        if back:
            log.info("discord: %d guild(s) added back while offline: %s", len(back), back)

    async def scheduled_send(self, msg: Message) -> str | None:
        """The scheduler's transport: posts and DMs through REST; transient failures retry.
        A refused DM raises `DMRefused` (see `undelivered.falling_back`)."""
        if msg.withdraw_ref:
            await self.withdraw(msg)
            return None
        if msg.kind is Kind.POST and msg.channel is not None:
            return await self.post(msg, retry_later=True)
        if msg.to is not None:
            return await self.send_dm(msg, retry_later=True)
        log.warning("discord: scheduled %s message without a destination dropped", msg.kind.value)
        return None


class InteractionSender:
    """Delivers one interaction's messages: replies through the interaction, the rest by REST."""

    def __init__(self, bridge: Bridge, interaction: discord.Interaction, inv: Invocation) -> None:
        self.bridge = bridge
        self.interaction = interaction
        self.inv = inv
        self.replied = False

    async def send(self, msg: Message) -> str | None:
        if msg.withdraw_ref:
            await self.bridge.withdraw(msg)
            return None
        if msg.kind is Kind.REPLY:
            await self.reply(msg)
            return None
        if msg.kind is Kind.DM:
            return await self.bridge.send_dm(msg)
        # A post with an outbox row is retried by the outbox after a transient failure.
        return await self.bridge.post(msg, retry_later=msg.outbox_id is not None)

    async def reply(self, msg: Message) -> None:
        response = self.interaction.response
        for page in render(msg):
            try:
                if not response.is_done():
                    await response.send_message(ephemeral=msg.ephemeral, **page.kwargs())
                elif self._deferred() and not self.replied:
                    # A deferred answer edits the "thinking" response (PATCH @original).
                    await self.interaction.edit_original_response(**page.edit_kwargs())
                else:
                    await self.interaction.followup.send(ephemeral=msg.ephemeral, **page.kwargs())
            except discord.HTTPException as exc:
                log.warning(
                    "discord: reply to /%s failed (community=%s member=%s): %s",
                    self.inv.command,
                    self.inv.community_key,
                    self.inv.actor.ref,
                    exc,
                )
                return
            self.replied = True

    def _deferred(self) -> bool:
        kind = self.interaction.response.type
        return kind is discord.InteractionResponseType.deferred_channel_message

    async def acknowledge(self) -> None:
        """Close an interaction that produced no reply, so Discord shows no failure."""
        if self.replied:
            return
        response = self.interaction.response
        try:
            if self.interaction.type is discord.InteractionType.component:
                if not response.is_done():
                    await response.defer()
                return
            if response.type is discord.InteractionResponseType.modal:
                return
            if not response.is_done():
                await response.defer(ephemeral=True, thinking=True)
            await self.interaction.delete_original_response()
        except discord.HTTPException as exc:
            log.warning(
                "discord: acknowledging interaction %s failed: %s", self.interaction.id, exc
            )


class ReboundClient(discord.AutoShardedClient):
    """discord.py's client with Rebound's bridge and command sync."""

    def __init__(
        self,
        engine: Engine,
        config: Config,
        *,
        defer_after: float | None = DEFER_AFTER,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        shards: dict[str, Any] = {"shard_count": config.discord_shard_count}
        if config.discord_shard_ids:
            shards["shard_ids"] = list(config.discord_shard_ids)
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **shards)
        self.engine = engine
        self.config = config
        self.command_map = build_commands(engine.registry)
        self.bridge = Bridge(self, engine, self.command_map, defer_after=defer_after)
        # Set once logged in with the commands synced: REST (and the scheduler) may start.
        self.started = asyncio.Event()
        # Cleared when shutting down: interactions that arrive then are not run.
        self.accepting = True
        self.inflight: set[asyncio.Task[Any]] = set()
        self.synced: bool | None = None

    async def setup_hook(self) -> None:
        self.add_dynamic_items(CommandButton)
        if self.config.discord_gateway_url and self.shard_count is None:
            # Honour the configured gateway: with a known shard count discord.py uses it.
            self.shard_count, _, _ = await self.http.get_bot_gateway()
        self.synced = await self.sync_commands()
        self.started.set()

    async def sync_commands(self) -> bool:
        """Overwrite the app's commands when the derived payload changed; True if it did."""
        app_id = self.application_id
        assert app_id is not None
        guild_id = self.config.discord_guild_id
        key = f"discord.commands:{app_id}:{guild_id or 'global'}"
        digest = self.command_map.digest()
        if await read_state(self.engine.db, key) == digest:
            log.info("discord: %d commands unchanged, not syncing", len(self.command_map.payload))
            return False
        payload = self.command_map.payload
        if guild_id:
            await self.http.bulk_upsert_guild_commands(app_id, int(guild_id), payload)
        else:
            await self.http.bulk_upsert_global_commands(app_id, payload)
        await write_state(self.engine.db, key, digest, self.engine.clock.now())
        log.info(
            "discord: synced %d commands %s",
            len(payload),
            f"to guild {guild_id}" if guild_id else "globally",
        )
        return True

    @contextlib.asynccontextmanager
    async def _tracked(self, what: str, interaction: discord.Interaction) -> AsyncIterator[bool]:
        """Track the interaction as work in flight; yields False once shutting down (it was
        answered that Rebound is restarting)."""
        if not self.accepting:
            with contextlib.suppress(discord.HTTPException):
                if interaction.type is not discord.InteractionType.autocomplete:
                    await interaction.response.send_message(
                        _said(interaction, RESTARTING),
                        ephemeral=True,
                        allowed_mentions=NO_MENTIONS,
                    )
            yield False
            return
        task = asyncio.current_task()
        if task is not None:
            self.inflight.add(task)
        try:
            yield True
        except Exception:
            log.exception(
                "discord: %s failed (guild=%s user=%s interaction=%s)",
                what,
                interaction.guild_id,
                interaction.user.id if interaction.user else None,
                interaction.id,
            )
            with contextlib.suppress(discord.HTTPException):
                if not interaction.response.is_done():
                    await interaction.response.send_message(
                        _said(interaction, APOLOGY), ephemeral=True, allowed_mentions=NO_MENTIONS
                    )
        finally:
            if task is not None:
                self.inflight.discard(task)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        kind = interaction.type
        async with self._tracked(f"interaction {kind.name}", interaction) as taking:
            if not taking:
                return
            if kind is discord.InteractionType.application_command:
                await self.bridge.on_command(interaction)
            elif kind is discord.InteractionType.autocomplete:
                await self.bridge.on_autocomplete(interaction)
            elif kind is discord.InteractionType.modal_submit:
                await self.bridge.on_modal_submit(interaction)

    async def on_button_press(self, interaction: discord.Interaction, button: Button) -> None:
        async with self._tracked(f"button {button.command}", interaction) as taking:
            if taking:
                await self.bridge.on_button(interaction, button)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.bridge.joined(guild)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.bridge.left(guild)

    async def on_shard_ready(self, shard_id: int) -> None:
        await self.bridge.present([g for g in self.guilds if g.shard_id == shard_id])

    async def finish_inflight(self, grace: float | None = None) -> None:
        """Wait until the interactions being handled now are answered and delivered."""
        running = {t for t in self.inflight if not t.done() and t is not asyncio.current_task()}
        if running:
            await asyncio.wait(running, timeout=grace)


class DiscordAdapter:
    """Rebound on Discord, as `adapters.base.Adapter`: a client logged in with `token`."""

    platform = "discord"
    capabilities = Capabilities(
        modals=True, threads=True, ephemeral=True, buttons=True, pictures=True
    )

    def __init__(
        self,
        engine: Engine,
        config: Config,
        *,
        defer_after: float | None = DEFER_AFTER,
    ) -> None:
        point_at(config)
        self.engine = engine
        self.token = config.discord_token or ""
        self.client = ReboundClient(engine, config, defer_after=defer_after)
        self.bridge = self.client.bridge
        self._send: Send = falling_back(self.bridge.scheduled_send, None)
        self._runner: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        async with self.client:
            await self.client.start(self.token)

    async def start(self) -> None:
        """Log in and sync commands; the gateway connects in the background."""
        self._runner = asyncio.create_task(self._run())
        started = asyncio.create_task(self.client.started.wait())
        await asyncio.wait({self._runner, started}, return_when=asyncio.FIRST_COMPLETED)
        if not started.done():
            started.cancel()
            self._runner.result()  # raises what stopped it (discord.LoginFailure...)
            raise RuntimeError("the Discord client stopped before it started")

    async def serving(self) -> None:
        assert self._runner is not None
        await asyncio.shield(self._runner)

    async def stop(self) -> None:
        self.client.accepting = False
        await self.client.finish_inflight(SHUTDOWN_GRACE)

    async def close(self) -> None:
        await self.client.close()
        if self._runner is not None:
            with contextlib.suppress(Exception):
                await self._runner

    async def send(self, msg: Message) -> str | None:
        return await self._send(msg)


def main(config: Config, *, invite_url: bool = False) -> int:
    """`rebound discord [--invite-url]`."""
    if invite_url:
        try:
            print(install_link(config))
        except ValueError as exc:
            print(f"rebound: {exc}", file=sys.stderr)
            return 2
        return 0
    if not config.discord_token:
        print("rebound: set DISCORD_TOKEN to run the Discord bot", file=sys.stderr)
        return 2
    if config.discord_shard_ids and not config.discord_shard_count:
        print("rebound: DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT as well", file=sys.stderr)
        return 2
    try:
        asyncio.run(serve(config, lambda engine: DiscordAdapter(engine, config)))
    except discord.LoginFailure:
        print("rebound: Discord rejected DISCORD_TOKEN", file=sys.stderr)
        return 2
    return 0


def _embeds_signature(embeds: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What identifies a page among the bot's messages: its embeds' words."""
    return [
        (
            e.get("title"),
            e.get("description"),
            tuple((f.get("name"), f.get("value")) for f in e.get("fields") or []),
        )
        for e in embeds
    ]


def _said(interaction: discord.Interaction, message: i18n.Msg) -> str:
    """`message` in the language of the interaction's user (the engine is not asked: it
    may be what failed)."""
    return i18n.tr(i18n.resolve(None, interaction.locale.value)).text(message)
