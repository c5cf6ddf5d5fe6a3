"""The Discord adapter: `rebound discord` on discord.py, translating and nothing more.

Interactions (slash commands, autocomplete, Cheer-style buttons, modal submits) become
`bot.context.Invocation`s for `Engine.run`; the engine's messages come back as embeds,
ephemeral replies, channel posts (threads under a prompt), direct messages and file
attachments, with mentions never allowed. The scheduler loop runs alongside the client
and delivers through REST. Commands are derived from the engine's registry and synced
only when their payload changed. Platform failures are logged with context and shown to
moderators in `/mod setup`; none of them stops the bot. SIGTERM finishes the commands in
flight, stops the scheduler, closes the connection and the database.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import re
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NoReturn

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.commands import CommandMap, build_commands, command_path, modal_options
from adapters.discord.render import NO_MENTIONS, CommandButton, render, truncate
from bot.core.clock import Clock, SystemClock
from bot.core.config import Config
from bot.core.context import Invocation
from bot.core.declarations import Command, OptType
from bot.core.delivery import DELIVERY_KEY, DeliveryProblem
from bot.core.engine import Engine, error_message
from bot.core.errors import APOLOGY, UserError
from bot.core.messages import Button, ChannelRef, Kind, MemberRef, Message
from bot.core.sanitizer import finish
from bot.core.scheduler import Scheduler
from bot.core.undelivered import dm_fallback
from bot.features.catalog import REGISTRY
from bot.store.db import Database, ensure_schema, open_database
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
THREAD_ARCHIVE_MINUTES = 1440
MODAL_PREFIX = "rbm:"
MODAL_TITLE = 45
MODAL_LABEL = 45
PLACEHOLDER = 100
TEXT_INPUT_MAX = 4000
CHOICE_NAME = 100
# Discord error codes the adapter tells apart.
DMS_CLOSED = 50007
UNKNOWN_MESSAGE = 10008
THREAD_EXISTS = 160004
_MENTION = re.compile(r"<@!?(\d+)>|\b(\d{15,21})\b")


class DMsClosed(Exception):
    """The member does not accept direct messages from the bot."""


class TransientFailure(Exception):
    """Discord is rate-limiting or failing for now; the outbox tries again later."""


def community_key(guild_id: int) -> str:
    return f"discord:{guild_id}"


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
    guild = discord.Object(int(config.discord_guild_id)) if config.discord_guild_id else None
    return discord.utils.oauth_url(
        application_id_from_token(config.discord_token),
        permissions=PERMISSIONS,
        scopes=SCOPES,
        **({"guild": guild} if guild else {}),
    )


def point_at(config: Config) -> None:
    """Send REST and gateway traffic to another Discord-compatible server when configured."""
    if config.discord_api_base:
        Route.BASE = config.discord_api_base.rstrip("/")
    if config.discord_gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord_gateway_url)


def describe_failure(exc: BaseException) -> tuple[str, bool]:
    """What a moderator should read about a failed delivery, and whether it is transient."""
    if isinstance(exc, discord.Forbidden):
        return "missing permission to post", False
    if isinstance(exc, discord.NotFound):
        if exc.code == UNKNOWN_MESSAGE:
            return "the message to answer under was deleted", False
        return "the channel was deleted or the bot cannot see it", False
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            return "Discord is rate-limiting the bot", True
        if exc.status >= 500:
            return f"Discord had a server error ({exc.status})", True
        return f"Discord refused the message ({exc.status}: {exc.text[:100]})", False
    return "Discord could not be reached", True


def _text_inputs(components: list[dict[str, Any]]) -> dict[str, str]:
    """The values of a modal submit, whatever rows or labels wrap the text inputs."""
    values: dict[str, str] = {}
    for comp in components:
        if "value" in comp and "custom_id" in comp:
            values[comp["custom_id"]] = comp["value"]
        inner = list(comp.get("components") or [])
        if comp.get("component"):
            inner.append(comp["component"])
        values.update(_text_inputs(inner))
    return values


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
    def invocation(
        self, interaction: discord.Interaction, command: str, options: dict[str, Any]
    ) -> Invocation:
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
            command=command,
            options=options,
            channel=ChannelRef(str(channel.id), getattr(channel, "name", None) or str(channel.id))
            if channel is not None
            else None,
            community_name=interaction.guild.name
            if interaction.guild and interaction.guild.name
            else "",
            platform_moderator=manage_guild,
            roles=roles,
        )

    async def member_ref(self, guild: discord.Guild | None, user_id: int) -> MemberRef:
        member = guild.get_member(user_id) if guild else None
        if member is None and guild is not None:
            try:
                member = await guild.fetch_member(user_id)
            except discord.NotFound:
                raise UserError(
                    f"<@{user_id}> is not a member of this server.",
                    hint="Mention members of this server, like @ana @bo.",
                ) from None
        if member is None:
            return MemberRef(str(user_id), str(user_id))
        return MemberRef(str(member.id), member.display_name)

    async def options(
        self,
        interaction: discord.Interaction,
        cmd: Command | None,
        raw: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """Slash-command option values as the engine's typed values."""
        resolved: dict[str, Any] = (interaction.data or {}).get("resolved") or {}
        values: dict[str, Any] = {}
        for item in raw:
            name, value = item["name"], item.get("value")
            decl = cmd.option(name) if cmd else None
            kind = decl.type if decl else None
            if kind is OptType.MEMBER:
                member = (resolved.get("members") or {}).get(str(value)) or {}
                user = (resolved.get("users") or {}).get(str(value)) or {}
                shown = member.get("nick") or user.get("global_name") or user.get("username")
                values[name] = MemberRef(str(value), shown or str(value))
            elif kind is OptType.CHANNEL:
                channel = (resolved.get("channels") or {}).get(str(value)) or {}
                values[name] = ChannelRef(str(value), channel.get("name") or str(value))
            elif kind is OptType.MEMBERS:
                values[name] = [
                    await self.member_ref(interaction.guild, int(a or b))
                    for a, b in _MENTION.findall(str(value))
                ]
            elif kind is OptType.ROLE:
                values[name] = str(value)
            else:
                values[name] = value
        return values

    async def on_command(self, interaction: discord.Interaction) -> None:
        data: dict[str, Any] = dict(interaction.data or {})
        path, raw = command_path(data)
        name = self.commands.resolve(path) or " ".join(path)
        cmd = self.engine.registry.get(name)
        if cmd is not None and cmd.modal and not raw:
            await self.open_modal(interaction, cmd)
            return
        await self.run(interaction, name, lambda: self.options(interaction, cmd, raw), cmd)

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
        custom_id = str(data.get("custom_id", ""))
        if not custom_id.startswith(MODAL_PREFIX):
            return
        name = custom_id[len(MODAL_PREFIX) :]
        values = _text_inputs(list(data.get("components") or []))
        options = {k: v for k, v in values.items() if v.strip()}

        async def typed() -> dict[str, Any]:
            return options

        await self.run(interaction, name, typed, self.engine.registry.get(name))

    async def on_button(self, interaction: discord.Interaction, button: Button) -> None:
        cmd = self.engine.registry.get(button.command)

        async def typed() -> dict[str, Any]:
            values: dict[str, Any] = {}
            for key, value in button.args.items():
                decl = cmd.option(key) if cmd else None
                if decl is not None and decl.type is OptType.MEMBER:
                    values[key] = await self.member_ref(interaction.guild, int(value))
                elif decl is not None and decl.type is OptType.CHANNEL:
                    values[key] = ChannelRef(value, value)
                else:
                    values[key] = value
            return values

        await self.run(interaction, button.command, typed, cmd)

    async def open_modal(self, interaction: discord.Interaction, cmd: Command) -> None:
        title = cmd.help if len(cmd.help) <= MODAL_TITLE else f"/{cmd.name}"
        modal = discord.ui.Modal(title=title, custom_id=f"{MODAL_PREFIX}{cmd.name}")
        for opt in modal_options(cmd):
            label = opt.name.replace("_", " ").capitalize()
            limit = min(opt.max_length or TEXT_INPUT_MAX, TEXT_INPUT_MAX)
            if opt.type is OptType.INTEGER and opt.min is not None and opt.max is not None:
                hint = f"{opt.help} ({opt.min}-{opt.max})"
            elif opt.type is OptType.BOOLEAN:
                hint = f"{opt.help} (yes or no)"
            elif opt.type is OptType.CHOICE:
                hint = f"{opt.help}: {', '.join(opt.choices)}"
            else:
                hint = opt.help
            modal.add_item(
                discord.ui.TextInput(
                    label=truncate(label, MODAL_LABEL),
                    custom_id=opt.name,
                    style=discord.TextStyle.paragraph
                    if opt.type is OptType.STRING and limit > 200
                    else discord.TextStyle.short,
                    placeholder=truncate(hint, PLACEHOLDER),
                    required=opt.required,
                    max_length=limit if opt.type is OptType.STRING else None,
                )
            )
        # The submit is routed from the raw interaction like every other one (see
        # `on_modal_submit`), so a form opened before a restart still works: keep none open.
        modal.stop()
        await interaction.response.send_modal(modal)

    async def run(
        self,
        interaction: discord.Interaction,
        name: str,
        typed: Callable[[], Awaitable[dict[str, Any]]],
        cmd: Command | None,
    ) -> None:
        """Run a command for this interaction and answer it, deferring if it takes a while."""
        if interaction.guild_id is None:
            await interaction.response.send_message(
                "Rebound works inside a server, where your community is: "
                "use the command in one of its channels.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        try:
            options = await typed()
        except UserError as exc:
            inv = self.invocation(interaction, name, {})
            await self.answer(interaction, inv, [finish(error_message(str(exc), inv))])
            return
        inv = self.invocation(interaction, name, options)
        task = asyncio.create_task(self.engine.run(inv))
        wait = 0.0 if cmd is not None and cmd.slow else self.defer_after
        if wait is not None:
            done, _ = await asyncio.wait({task}, timeout=wait)
            if not done:
                await self._defer(interaction)
        messages = await task
        await self.answer(interaction, inv, messages)

    async def _defer(self, interaction: discord.Interaction) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.HTTPException as exc:
            log.warning("could not defer interaction %s: %s", interaction.id, exc)

    async def answer(
        self, interaction: discord.Interaction, inv: Invocation, messages: list[Message]
    ) -> None:
        form = next((m for m in messages if m.modal and self.engine.registry.get(m.modal)), None)
        # A form cannot answer a form's own submit, nor a deferred interaction: then the
        # engine's message is shown as it is.
        if (
            form is not None
            and not interaction.response.is_done()
            and interaction.type is not discord.InteractionType.modal_submit
        ):
            await self.open_modal(interaction, self.engine.registry[form.modal or ""])
            messages = [m for m in messages if m.kind is not Kind.REPLY]
        # Replies first: they answer the interaction inside Discord's window.
        ordered = sorted(messages, key=lambda m: m.kind is not Kind.REPLY)
        sender = InteractionSender(self, interaction, inv)
        await self.engine.delivery.deliver(ordered, sender.send, inv.community_key)
        await sender.acknowledge()

    # --- delivery out ------------------------------------------------------------------
    async def send_pages(self, channel: discord.abc.Messageable, msg: Message) -> int | None:
        """Send every page of `msg`; return the first page's message id."""
        first: int | None = None
        # An outbox row sent twice (a crash between send and commit) carries the same nonce,
        # which Discord deduplicates.
        key = DELIVERY_KEY.get()
        for i, page in enumerate(render(msg)):
            nonce = f"{key}.{i}"[:25] if key else None
            sent = await channel.send(**page.kwargs(), **({"nonce": nonce} if nonce else {}))
            first = first or sent.id
        return first

    async def post(self, msg: Message, *, retry_later: bool = False) -> str | None:
        """Post to a channel (or the thread under `thread_ref`); return its platform ref.

        The ref is the message id, or `thread/message` for a message inside a thread, so a
        later withdrawal knows which channel to delete it from.
        """
        assert msg.channel is not None
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
        log.warning("discord: %s failed: %s (%s)", what, problem, exc)
        if transient and retry_later:
            raise TransientFailure(problem) from exc
        raise DeliveryProblem(problem, channel_ref=channel_ref) from exc

    async def thread(self, channel_id: int, message_id: int) -> int:
        """The thread under a message, created on the first answer (it shares the message id)."""
        if message_id in self.threads:
            return message_id
        try:
            parent = await self.client.http.get_message(channel_id, message_id)
            embeds = parent.get("embeds") or [{}]
            name = embeds[0].get("title") or parent.get("content") or "Replies"
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
                raise DMsClosed from exc
            self.fail(exc, f"direct message to {msg.to.ref}", None, retry_later)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            self.fail(exc, f"direct message to {msg.to.ref}", None, retry_later)
        return None

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

    async def scheduled_send(self, msg: Message) -> str | None:
        """The scheduler's transport: posts and DMs through REST; transient failures retry."""
        if msg.withdraw_ref:
            await self.withdraw(msg)
            return None
        if msg.kind is Kind.POST and msg.channel is not None:
            return await self.post(msg, retry_later=True)
        if msg.to is not None:
            try:
                return await self.send_dm(msg, retry_later=True)
            except DMsClosed:
                raise DeliveryProblem(f"{msg.to.name} does not accept direct messages") from None
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
            try:
                return await self.bridge.send_dm(msg)
            except DMsClosed:
                await self.reply(dm_fallback(msg, self.inv.actor))
                return None
        return await self.bridge.post(msg)

    async def reply(self, msg: Message) -> None:
        response = self.interaction.response
        for page in render(msg):
            try:
                if not response.is_done():
                    await response.send_message(ephemeral=msg.ephemeral, **page.kwargs())
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
    """discord.py's client with Rebound's bridge, command sync and scheduler loop."""

    def __init__(
        self,
        engine: Engine,
        config: Config,
        *,
        scheduler_interval: float = 5.0,
        defer_after: float | None = DEFER_AFTER,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            shard_count=config.discord_shard_count,
            shard_ids=list(config.discord_shard_ids) if config.discord_shard_ids else None,
        )
        self.engine = engine
        self.config = config
        self.command_map = build_commands(engine.registry)
        self.bridge = Bridge(self, engine, self.command_map, defer_after=defer_after)
        self.scheduler = Scheduler(
            engine.db,
            engine.clock,
            engine.registry,
            self.bridge.scheduled_send,
            delivery=engine.delivery,
            platform="discord",
        )
        self.scheduler_interval = scheduler_interval
        self.stopping = asyncio.Event()
        self.scheduler_task: asyncio.Task[None] | None = None
        self.inflight: set[asyncio.Task[Any]] = set()
        self.synced: bool | None = None

    async def setup_hook(self) -> None:
        self.add_dynamic_items(CommandButton)
        if self.config.discord_gateway_url and self.shard_count is None:
            # Honour the configured gateway: with a known shard count discord.py uses it.
            self.shard_count, _, _ = await self.http.get_bot_gateway()
        self.synced = await self.sync_commands()
        self.scheduler_task = asyncio.create_task(
            self.scheduler.loop(self.stopping, interval=self.scheduler_interval)
        )

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
    async def _tracked(self, what: str, interaction: discord.Interaction) -> AsyncIterator[None]:
        task = asyncio.current_task()
        if task is not None:
            self.inflight.add(task)
        try:
            yield
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
                        APOLOGY, ephemeral=True, allowed_mentions=NO_MENTIONS
                    )
        finally:
            if task is not None:
                self.inflight.discard(task)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        kind = interaction.type
        async with self._tracked(f"interaction {kind.name}", interaction):
            if kind is discord.InteractionType.application_command:
                await self.bridge.on_command(interaction)
            elif kind is discord.InteractionType.autocomplete:
                await self.bridge.on_autocomplete(interaction)
            elif kind is discord.InteractionType.modal_submit:
                await self.bridge.on_modal_submit(interaction)

    async def on_button_press(self, interaction: discord.Interaction, button: Button) -> None:
        async with self._tracked(f"button {button.command}", interaction):
            await self.bridge.on_button(interaction, button)

    async def shutdown(self) -> None:
        """Finish commands in flight, stop the scheduler loop, then disconnect."""
        if self.stopping.is_set():
            return
        log.info("discord: shutting down")
        self.stopping.set()
        if self.scheduler_task is not None:
            await self.scheduler_task
        await self.finish_inflight(SHUTDOWN_GRACE)
        await self.close()

    async def finish_inflight(self, grace: float | None = None) -> None:
        """Wait until the interactions being handled now are answered and delivered."""
        running = {t for t in self.inflight if not t.done() and t is not asyncio.current_task()}
        if running:
            await asyncio.wait(running, timeout=grace)


def create_client(
    config: Config,
    db: Database,
    *,
    clock: Clock | None = None,
    scheduler_interval: float = 5.0,
    defer_after: float | None = DEFER_AFTER,
) -> ReboundClient:
    """The bot for this configuration; run it with `run_client`."""
    point_at(config)
    engine = Engine(db, clock or SystemClock(), REGISTRY)
    return ReboundClient(
        engine, config, scheduler_interval=scheduler_interval, defer_after=defer_after
    )


async def run_client(client: ReboundClient, token: str) -> None:
    """Log in, sync, connect and serve until `ReboundClient.shutdown` (or a fatal error)."""
    async with client:
        await client.start(token)


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
    return asyncio.run(_run(config, config.discord_token))


async def _run(config: Config, token: str) -> int:
    db = open_database(config.database_url)
    try:
        await ensure_schema(db)
        client = create_client(config, db)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.shutdown()))
        try:
            await run_client(client, token)
        except discord.LoginFailure:
            print("rebound: Discord rejected DISCORD_TOKEN", file=sys.stderr)
            return 2
    finally:
        await db.dispose()
    return 0
