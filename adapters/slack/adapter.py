"""The Slack adapter: `/rebound`, buttons, modals and App Home on slack-bolt (async).

`SlackApp` wires bolt listeners to the engine. Every request is acknowledged at once
and its work continues in a tracked task: `/rebound <text>` runs the shared command
grammar as the member in their workspace (`slack:<team id>`, the workspace's own id
also on Enterprise Grid); a button runs the command its id carries as the member who
pressed it; a command declared with a form and given no options opens a modal whose
submission runs the command; opening App Home publishes the engine's home view (streak,
goals, recent wins). A direct message Slack refuses is explained to the member who acted,
in the engine's words. Bolt verifies every signature; an event Slack retries is handled
once. `serve` runs the app over HTTP (`/slack/events`, `/healthz`) or Socket Mode, next
to the scheduler loop, until SIGTERM.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import signal
import sys
from collections import OrderedDict
from collections.abc import Coroutine
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import MODAL_CALLBACK, home_view, modal_view, submission_line
from adapters.slack.delivery import SlackDelivery
from adapters.slack.directory import Directory
from bot.core.clock import SystemClock
from bot.core.config import Config
from bot.core.declarations import Command
from bot.core.engine import Engine
from bot.core.errors import UserError
from bot.core.grammar import parse_line, quote
from bot.core.messages import Button, ChannelRef, Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.core.scheduler import Scheduler
from bot.core.undelivered import dm_fallback
from bot.features.catalog import REGISTRY
from bot.features.home import home
from bot.store.db import ensure_schema, open_database

log = logging.getLogger(__name__)

SLASH_COMMAND = "/rebound"
EVENTS_PATH = "/slack/events"
SEEN_EVENTS = 10_000
# Slack's answers when a direct message cannot reach a member (conversations.open).
DM_REFUSED = {"user_disabled", "user_not_found", "user_not_visible", "cannot_dm_bot"}
SHUTDOWN_GRACE = 10.0


def community_key(team_id: str) -> str:
    return f"slack:{team_id}"


def workspace_of(body: dict[str, Any]) -> str | None:
    """The workspace (`T…`) a request came from — never the Enterprise Grid org (`E…`)."""
    team = body.get("team")
    user = body.get("user")
    view = body.get("view")
    event = body.get("event")
    candidates = [
        body.get("team_id"),
        team.get("id") if isinstance(team, dict) else team,
        user.get("team_id") if isinstance(user, dict) else None,
        view.get("team_id") if isinstance(view, dict) else None,
        (event.get("view") or {}).get("team_id") if isinstance(event, dict) else None,
        body.get("context_team_id"),
    ]
    return next((c for c in candidates if isinstance(c, str) and c.startswith("T")), None)


def _form_for(line: str, registry: Registry) -> Command | None:
    """The command to show as a form: one declared with a form, typed without options."""
    try:
        parsed = parse_line(line, registry)
    except UserError:
        return None
    return parsed.command if parsed.command.modal and not parsed.raw else None


class _ClientGiven(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused whenever a client is given; it is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("slack_bolt.rebound")
    if not any(isinstance(f, _ClientGiven) for f in logger.filters):
        logger.addFilter(_ClientGiven())
    return logger


class SlackApp:
    """Bolt listeners that hand every request to the engine and deliver what it returns."""

    def __init__(self, engine: Engine, client: AsyncWebClient, signing_secret: str) -> None:
        self.engine = engine
        self.client = client
        self.directory = Directory(client)
        self.delivery = SlackDelivery(client)
        self.tasks: set[asyncio.Task[None]] = set()
        self._seen: OrderedDict[str, None] = OrderedDict()
        self.bolt = AsyncApp(
            name="rebound",
            client=client,
            signing_secret=signing_secret,
            logger=_bolt_logger(),
        )
        self.bolt.middleware(self._once_per_event)
        self.bolt.command(SLASH_COMMAND)(self._on_command)
        self.bolt.action(re.compile(r"^rb:"))(self._on_button)
        self.bolt.view(MODAL_CALLBACK)(self._on_submit)
        self.bolt.event("app_home_opened")(self._on_home)

    # --- plumbing ---------------------------------------------------------------------
    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run work after the acknowledgement; keep it tracked for a clean shutdown."""
        task = asyncio.create_task(self._guarded(work))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception:
            log.exception("handling a Slack request failed")

    async def drain(self) -> None:
        """Wait for work in flight (at shutdown), at most `SHUTDOWN_GRACE` seconds."""
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=SHUTDOWN_GRACE)

    async def _once_per_event(self, body: dict[str, Any], next: Any) -> BoltResponse | None:
        """Slack retries events it thinks were lost (`X-Slack-Retry-Num`): handle each once."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if isinstance(event_id, str):
            if event_id in self._seen:
                log.info("Slack retried event %s; it was already handled", event_id)
                return BoltResponse(status=200, body="")
            self._seen[event_id] = None
            while len(self._seen) > SEEN_EVENTS:
                self._seen.popitem(last=False)
        return await next()  # type: ignore[no-any-return]

    def web_app(self) -> web.Application:
        app = web.Application()
        app.router.add_post(EVENTS_PATH, self._http_events)
        app.router.add_get("/healthz", self._healthz)
        return app

    async def _http_events(self, request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        return await to_aiohttp_response(await self.bolt.async_dispatch(bolt_request))

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    # --- running commands ---------------------------------------------------------------
    async def run_as(
        self,
        line: str,
        *,
        team_id: str,
        user_id: str,
        user_name: str = "",
        channel: ChannelRef | None,
        delivery: SlackDelivery,
        trigger_id: str | None = None,
        team_name: str = "",
    ) -> None:
        """Run a command line as a Slack member and deliver its messages."""
        form = _form_for(line, self.engine.registry)
        if form is not None and trigger_id:
            if await self._open_modal(form, trigger_id, channel):
                return
            trigger_id = None  # the form could not open: run the command as typed
        profile = await self.directory.profile(user_id, user_name)
        key = community_key(team_id)
        actor = MemberRef(user_id, profile.name)
        messages = await self.engine.run_line(
            line,
            community_key=key,
            community_name=team_name,
            actor=actor,
            channel=channel,
            resolver=self.directory.resolver(team_id),
            platform_moderator=profile.moderator,
        )
        await self.deliver(
            messages, delivery, key, actor=actor, trigger_id=trigger_id, channel=channel
        )

    async def deliver(
        self,
        messages: list[Message],
        delivery: SlackDelivery,
        key: str,
        *,
        actor: MemberRef,
        trigger_id: str | None = None,
        channel: ChannelRef | None = None,
    ) -> None:
        for msg in messages:
            form = self.engine.registry.get(msg.modal) if msg.modal else None
            if (
                form is not None
                and trigger_id
                and await self._open_modal(form, trigger_id, channel)
            ):
                trigger_id = None
                continue
            error = await self._send(msg, delivery, key)
            if msg.kind is Kind.DM and error in DM_REFUSED:
                # Tell the member who acted, in the engine's words, that the DM bounced.
                await self._send(dm_fallback(msg, actor), delivery, key)

    async def _send(self, msg: Message, delivery: SlackDelivery, key: str) -> str | None:
        """Deliver one message; return Slack's error code if Slack refused it."""
        try:
            await self.engine.delivery.deliver([msg], delivery.send, key)
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            log.warning("Slack refused a %s in %s: %s", msg.kind.value, key, error)
            return error
        return None

    async def _open_modal(self, cmd: Command, trigger_id: str, channel: ChannelRef | None) -> bool:
        metadata = {"channel_id": channel.ref, "channel_name": channel.name} if channel else {}
        try:
            await self.client.views_open(trigger_id=trigger_id, view=modal_view(cmd, metadata))
        except SlackApiError as exc:
            log.warning("views.open for /%s failed: %s", cmd.name, exc.response.get("error"))
            return False
        return True

    # --- listeners ----------------------------------------------------------------------
    async def _on_command(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        self.spawn(self._command(body))

    async def _command(self, body: dict[str, Any]) -> None:
        team_id = workspace_of(body)
        if team_id is None:
            log.warning("a /rebound request without a workspace was ignored")
            return
        channel_id, name = body.get("channel_id", ""), body.get("channel_name") or ""
        if name == "privategroup":  # Slack's placeholder for some private channels
            name = await self.directory.channel_name(channel_id) or name
        channel = ChannelRef(channel_id, name)
        self.directory.remember_channel(channel.ref, channel.name)
        text = body.get("text") or ""
        await self.run_as(
            text,
            team_id=team_id,
            user_id=body["user_id"],
            user_name=body.get("user_name", ""),
            channel=channel if channel.ref else None,
            delivery=self.delivery.for_response_url(body.get("response_url")),
            trigger_id=body.get("trigger_id"),
            team_name=body.get("team_domain", ""),
        )

    async def _on_button(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.spawn(self._button(body, action))

    async def _button(self, body: dict[str, Any], action: dict[str, Any]) -> None:
        parsed = Button.parse_custom_id(action.get("value") or action.get("action_id", ""))
        team_id = workspace_of(body)
        if parsed is None or team_id is None:
            return
        command, args = parsed
        line = " ".join([command, *(f"{k}:{quote(v)}" for k, v in args.items())])
        where = body.get("channel") or {}
        channel = ChannelRef(where["id"], where.get("name") or where["id"]) if where else None
        user = body["user"]
        await self.run_as(
            line,
            team_id=team_id,
            user_id=user["id"],
            user_name=user.get("name") or user.get("username") or "",
            channel=channel,
            delivery=self.delivery.for_response_url(body.get("response_url")),
            trigger_id=body.get("trigger_id"),
        )

    async def _on_submit(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        self.spawn(self._submit(body, view))

    async def _submit(self, body: dict[str, Any], view: dict[str, Any]) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        cmd = self.engine.registry.get(meta.get("command", ""))
        team_id = workspace_of(body)
        if cmd is None or team_id is None:
            log.warning("a form for an unknown command was submitted: %s", meta.get("command"))
            return
        channel = (
            ChannelRef(meta["channel_id"], meta.get("channel_name") or meta["channel_id"])
            if meta.get("channel_id")
            else None
        )
        user = body["user"]
        await self.run_as(
            submission_line(cmd, (view.get("state") or {}).get("values") or {}),
            team_id=team_id,
            user_id=user["id"],
            user_name=user.get("name") or user.get("username") or "",
            channel=channel,
            delivery=self.delivery,
        )

    async def _on_home(self, ack: Any, body: dict[str, Any], event: dict[str, Any]) -> None:
        await ack()
        if event.get("tab", "home") == "home":
            self.spawn(self._home(body, event["user"]))

    async def _home(self, body: dict[str, Any], user_id: str) -> None:
        profile = await self.directory.profile(user_id)
        team_id = workspace_of(body) or profile.team_id
        if team_id is None:
            return
        messages = await home(self.engine, community_key(team_id), MemberRef(user_id, profile.name))
        try:
            await self.client.views_publish(user_id=user_id, view=home_view(messages))
        except SlackApiError as exc:
            log.warning("views.publish for App Home failed: %s", exc.response.get("error"))


# --- running the app ---------------------------------------------------------------------


def make_client(config: Config) -> AsyncWebClient:
    base_url = config.slack_api_url or AsyncWebClient.BASE_URL
    if not base_url.endswith("/"):
        base_url += "/"
    return AsyncWebClient(token=config.slack_bot_token, base_url=base_url)


async def serve(config: Config, stop: asyncio.Event, *, ready: asyncio.Event | None = None) -> None:
    """Run the Slack app and the scheduler until `stop` is set."""
    db = open_database(config.database_url)
    try:
        await ensure_schema(db)
        engine = Engine(db, SystemClock(), REGISTRY)
        slack = SlackApp(engine, make_client(config), config.slack_signing_secret or "")
        scheduler = Scheduler(
            engine.db,
            engine.clock,
            engine.registry,
            slack.delivery.send,
            delivery=engine.delivery,
            platform="slack",
        )
        loop_task = asyncio.create_task(scheduler.loop(stop))
        if config.slack_app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            handler = AsyncSocketModeHandler(slack.bolt, config.slack_app_token)
            await handler.connect_async()
            log.info("Rebound is connected to Slack in Socket Mode")
            if ready:
                ready.set()
            await stop.wait()
            await handler.close_async()
        else:
            runner = web.AppRunner(slack.web_app())
            await runner.setup()
            await web.TCPSite(runner, "0.0.0.0", config.port).start()
            log.info("Rebound listens for Slack on port %d at %s", config.port, EVENTS_PATH)
            if ready:
                ready.set()
            await stop.wait()
            await runner.cleanup()
        await loop_task
        await slack.drain()
    finally:
        await db.dispose()
    log.info("Rebound for Slack stopped")


async def _main(config: Config) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await serve(config, stop)


def main(config: Config) -> int:
    missing = [
        name
        for name, value in (
            ("SLACK_BOT_TOKEN", config.slack_bot_token),
            ("SLACK_SIGNING_SECRET", config.slack_signing_secret or config.slack_app_token),
        )
        if not value
    ]
    if missing:
        print(
            f"rebound slack: set {' and '.join(missing)} (see docs/slack.md); "
            "SLACK_APP_TOKEN switches to Socket Mode",
            file=sys.stderr,
        )
        return 2
    asyncio.run(_main(config))
    return 0
