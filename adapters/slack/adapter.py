"""The Slack adapter: `/rebound`, buttons, modals and App Home on slack-bolt (async).

`SlackApp` wires bolt listeners to the engine. Every request is acknowledged at once
and its work continues in a tracked task. Each event becomes a typed `Invocation`:
`/rebound <text>` through the shared command grammar (`Engine.read_line`), a button or
a submitted modal straight from its values (`Engine.read_values`), as the member in
their workspace (`slack:<team id>`, the workspace's own id also on Enterprise Grid).
What the engine decides, this follows: a command with a form that arrived without
answers opens its modal (`Engine.form_for`), a direct message Slack refuses falls back
to a private reply (`undelivered.falling_back`). Opening App Home publishes the engine's
home view (`Engine.view`). `SlackAdapter` is the `adapters.base.Adapter`: HTTP
(`/slack/events`, `/healthz`) or Socket Mode; `serve` runs it next to the scheduler loop
until SIGTERM.

What reaches `/slack/events` is attacker-controlled until its signature is checked, so
the signature is checked first, on the raw bytes, before anything is parsed: a request
that is not Slack's is a 401 (its body never logged), a signed one that cannot be read a
400 — neither a traceback. A signed request is taken on once across every process: its
key (`event_id`, else `trigger_id`, else a hash of the signed body and timestamp) is
noted in the database (`bot.store.requests`), and a replay or a retry Slack sends again
is acknowledged and does nothing. The access log shows request paths cut short.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import sys
from collections.abc import Coroutine, Mapping
from typing import Any

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import Clock as WallClock
from slack_sdk.web.async_client import AsyncWebClient

from adapters import base
from adapters.base import Capabilities
from adapters.slack.blocks import MODAL_CALLBACK, Blocks, submitted_values
from adapters.slack.delivery import SlackDelivery
from adapters.slack.directory import Directory
from bot.core.config import Config
from bot.core.context import Invocation
from bot.core.declarations import Command
from bot.core.delivery import Send
from bot.core.engine import Engine, Refused
from bot.core.messages import Button, ChannelRef, MemberRef, Message
from bot.core.undelivered import falling_back
from bot.features.home import show_home
from bot.store.db import DATABASE_ERRORS
from bot.store.requests import first_time

log = logging.getLogger(__name__)

SLASH_COMMAND = "/rebound"
EVENTS_PATH = "/slack/events"
SHUTDOWN_GRACE = 10.0
# Slack's own bound on a signed request's age (seconds), as bolt and Slack's docs use it.
SIGNATURE_MAX_AGE = 60 * 5
# How much of an attacker-controlled text (a request path) a log line may show.
LOGGED_TEXT = 100


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


def bounded(text: str, limit: int = LOGGED_TEXT) -> str:
    """`text` for a log line: at most `limit` characters, an ellipsis marking a cut."""
    return text if len(text) <= limit else text[:limit] + "…"


class BoundedAccessLog(AbstractAccessLogger):
    """aiohttp's access log without attacker-controlled text in full: the method and the
    path (with its query) are cut short; headers such as the user agent are left out."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %d %.3fs',
            request.remote,
            bounded(request.method, 16),
            bounded(request.raw_path),
            response.status,
            time,
        )

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)


def signed_by_slack(secret: str, raw: bytes, headers: Mapping[str, str], now: float) -> bool:
    """Whether `raw` carries Slack's signature made with `secret` within the last five
    minutes. Decides on the raw bytes alone: nothing is parsed, nothing can raise."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not secret or not signature or not (timestamp.isascii() and timestamp.isdigit()):
        return False
    if len(timestamp) > 12 or abs(now - int(timestamp)) > SIGNATURE_MAX_AGE:
        return False
    base = b"v0:" + timestamp.encode() + b":" + raw
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def read_request(raw: bytes, request: web.Request) -> AsyncBoltRequest | None:
    """A signed request as bolt reads it; None when its body cannot be read."""
    try:
        bolt_request = AsyncBoltRequest(
            body=raw.decode("utf-8"),
            query=request.query_string,
            headers=dict(request.headers),
        )
    except (ValueError, TypeError, AttributeError, KeyError):  # not UTF-8, JSON, or shape
        return None
    return bolt_request if isinstance(bolt_request.body, dict) else None


def request_key(body: dict[str, Any], req: AsyncBoltRequest) -> str | None:
    """What names a request however often it arrives: the event's id, the interaction's
    trigger, else (over HTTP) its signed body and timestamp. None: nothing to replay."""
    for field, kind in (("event_id", "event"), ("trigger_id", "trigger")):
        value = body.get(field)
        if isinstance(value, str) and value:
            return f"{kind}:{value}"
    if req.mode != "http":
        return None  # Socket Mode: an authenticated connection, not a replayable request
    timestamp = req.headers.get("x-slack-request-timestamp", [""])[0]
    signed = f"{timestamp}:{req.raw_body}".encode()
    return "body:" + hashlib.sha256(signed).hexdigest()


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
        self.blocks = Blocks(engine.registry)
        self.directory = Directory(client)
        self.delivery = SlackDelivery(client, self.blocks)
        self.tasks: set[asyncio.Task[None]] = set()
        self.signing_secret = signing_secret
        self.wall_clock = WallClock()  # Slack's timestamps are wall-clock seconds
        self.bolt = AsyncApp(
            name="rebound",
            client=client,
            signing_secret=signing_secret,
            logger=_bolt_logger(),
            # `_http_events` checks every signature before bolt sees (or logs) a request.
            request_verification_enabled=False,
        )
        self.bolt.middleware(self._once)
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

    async def _once(
        self, req: AsyncBoltRequest, body: dict[str, Any], next: Any
    ) -> BoltResponse | None:
        """Take each request on once, in every process: a replay, or an event Slack retries
        (`X-Slack-Retry-Num`), is acknowledged and does nothing."""
        key = request_key(body, req)
        if key is not None:
            try:
                first = await first_time(
                    self.engine.db, key, workspace_of(body), self.engine.clock.now()
                )
            except DATABASE_ERRORS:
                log.exception("noting Slack request %s failed; it was refused", bounded(key, 60))
                return BoltResponse(status=503, body="")
            if not first:
                retry = req.headers.get("x-slack-retry-num", [""])[0]
                log.info(
                    "Slack request %s came again%s; it was already handled",
                    bounded(key, 60),
                    f" (retry {bounded(retry, 8)})" if retry else "",
                )
                return BoltResponse(status=200, body="")
        response: BoltResponse | None = await next()
        return response

    def web_app(self) -> web.Application:
        app = web.Application(handler_args={"access_log_class": BoundedAccessLog})
        app.router.add_post(EVENTS_PATH, self._http_events)
        app.router.add_get("/healthz", self._healthz)
        return app

    async def _http_events(self, request: web.Request) -> web.Response:
        """The signature first, on the raw body; only then is the body read."""
        raw = await request.read()
        if not signed_by_slack(self.signing_secret, raw, request.headers, self.wall_clock.now()):
            log.info("a request without a valid Slack signature was refused (%d bytes)", len(raw))
            return web.json_response({"error": "invalid request"}, status=401)
        bolt_request = read_request(raw, request)
        if bolt_request is None:
            log.warning("a signed Slack request could not be read (%d bytes)", len(raw))
            return web.json_response({"error": "malformed request"}, status=400)
        return await to_aiohttp_response(await self.bolt.async_dispatch(bolt_request))

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    # --- Slack payloads as invocations ------------------------------------------------
    async def origin(
        self,
        team_id: str,
        user_id: str,
        *,
        user_name: str = "",
        channel: ChannelRef | None = None,
        team_name: str = "",
    ) -> Invocation:
        """Who acted and where: an invocation still without its command."""
        profile = await self.directory.profile(user_id, user_name)
        return Invocation(
            community_key=community_key(team_id),
            actor=MemberRef(user_id, profile.name),
            command="",
            channel=channel,
            community_name=team_name,
            platform_moderator=profile.moderator,
        )

    async def command_invocation(self, body: dict[str, Any]) -> Invocation | None:
        """`/rebound <text>`: the grammar's reading of the text (None: no workspace)."""
        team_id = workspace_of(body)
        if team_id is None:
            log.warning("a /rebound request without a workspace was ignored")
            return None
        channel_id, name = body.get("channel_id", ""), body.get("channel_name") or ""
        if name == "privategroup":  # Slack's placeholder for some private channels
            name = await self.directory.channel_name(channel_id) or name
        channel = ChannelRef(channel_id, name)
        self.directory.remember_channel(channel.ref, channel.name)
        origin = await self.origin(
            team_id,
            body["user_id"],
            user_name=body.get("user_name", ""),
            channel=channel if channel.ref else None,
            team_name=body.get("team_domain", ""),
        )
        resolver = self.directory.resolver(team_id)
        return await self.engine.read_line(body.get("text") or "", origin, resolver)

    async def button_invocation(
        self, body: dict[str, Any], action: dict[str, Any]
    ) -> Invocation | None:
        """A press of one of Rebound's buttons: its command with the values its id carries."""
        parsed = Button.parse_custom_id(action.get("value") or action.get("action_id", ""))
        team_id = workspace_of(body)
        if parsed is None or team_id is None:
            return None
        command, args = parsed
        where = body.get("channel") or {}
        channel = ChannelRef(where["id"], where.get("name") or where["id"]) if where else None
        user = body["user"]
        origin = await self.origin(
            team_id,
            user["id"],
            user_name=user.get("name") or user.get("username") or "",
            channel=channel,
        )
        resolver = self.directory.resolver(team_id)
        return await self.engine.read_values(command, args, origin, resolver)

    async def submission_invocation(
        self, body: dict[str, Any], view: dict[str, Any]
    ) -> Invocation | None:
        """A submitted modal: its command with the answers typed, not a text line."""
        meta = json.loads(view.get("private_metadata") or "{}")
        cmd = self.engine.registry.get(meta.get("command", ""))
        team_id = workspace_of(body)
        if cmd is None or team_id is None:
            command = bounded(str(meta.get("command")), 40)
            log.warning("a form for an unknown command was submitted: %s", command)
            return None
        channel = (
            ChannelRef(meta["channel_id"], meta.get("channel_name") or meta["channel_id"])
            if meta.get("channel_id")
            else None
        )
        user = body["user"]
        origin = await self.origin(
            team_id,
            user["id"],
            user_name=user.get("name") or user.get("username") or "",
            channel=channel,
        )
        values = submitted_values(cmd, (view.get("state") or {}).get("values") or {})
        return await self.engine.read_values(
            cmd.name, values, origin, self.directory.resolver(team_id)
        )

    # --- following the engine ----------------------------------------------------------
    async def handle(
        self,
        translate: Coroutine[Any, Any, Invocation | None],
        delivery: SlackDelivery,
        *,
        trigger_id: str | None = None,
    ) -> None:
        """Translate an event, then follow the engine: open the command's form when it
        says so (and Slack gave a trigger), else run the command and deliver."""
        try:
            inv = await translate
        except Refused as exc:
            await self.deliver(exc.messages, delivery, exc.inv.actor, exc.inv.community_key)
            return
        if inv is None:
            return
        form = self.engine.form_for(inv) if trigger_id else None
        if form is not None and trigger_id and await self._open_modal(form, trigger_id, inv):
            return
        messages = await self.engine.run(inv)
        await self.deliver(messages, delivery, inv.actor, inv.community_key)

    async def deliver(
        self,
        messages: list[Message],
        delivery: SlackDelivery,
        actor: MemberRef,
        key: str,
    ) -> None:
        send = falling_back(delivery.send, actor)
        for msg in messages:
            await self._send(msg, send, key)

    async def _send(self, msg: Message, send: Send, key: str) -> None:
        """Deliver one message; a message Slack refuses is logged and the rest go on."""
        try:
            await self.engine.delivery.deliver([msg], send, key)
        except SlackApiError as exc:
            log.warning(
                "Slack refused a %s in %s: %s", msg.kind.value, key, exc.response.get("error")
            )

    async def _open_modal(self, cmd: Command, trigger_id: str, inv: Invocation) -> bool:
        channel = inv.channel
        metadata = {"channel_id": channel.ref, "channel_name": channel.name} if channel else {}
        try:
            await self.client.views_open(
                trigger_id=trigger_id, view=self.blocks.modal_view(cmd, metadata)
            )
        except SlackApiError as exc:
            log.warning("views.open for /%s failed: %s", cmd.name, exc.response.get("error"))
            return False  # the form could not open: the command runs as given
        return True

    # --- listeners ----------------------------------------------------------------------
    async def _on_command(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        self.spawn(
            self.handle(
                self.command_invocation(body),
                self.delivery.for_response_url(body.get("response_url")),
                trigger_id=body.get("trigger_id"),
            )
        )

    async def _on_button(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.spawn(
            self.handle(
                self.button_invocation(body, action),
                self.delivery.for_response_url(body.get("response_url")),
                trigger_id=body.get("trigger_id"),
            )
        )

    async def _on_submit(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        # A form's own submission never opens a form again: no trigger is passed on.
        self.spawn(self.handle(self.submission_invocation(body, view), self.delivery))

    async def _on_home(self, ack: Any, body: dict[str, Any], event: dict[str, Any]) -> None:
        await ack()
        if event.get("tab", "home") == "home":
            self.spawn(self._home(body, event["user"]))

    async def _home(self, body: dict[str, Any], user_id: str) -> None:
        profile = await self.directory.profile(user_id)
        team_id = workspace_of(body) or profile.team_id
        if team_id is None:
            return
        messages = await self.engine.view(
            show_home,
            community_key=community_key(team_id),
            actor=MemberRef(user_id, profile.name),
            name="home",
        )
        try:
            await self.client.views_publish(user_id=user_id, view=self.blocks.home_view(messages))
        except SlackApiError as exc:
            log.warning("views.publish for App Home failed: %s", exc.response.get("error"))


# --- running the app ---------------------------------------------------------------------


def make_client(config: Config) -> AsyncWebClient:
    base_url = config.slack_api_url or AsyncWebClient.BASE_URL
    if not base_url.endswith("/"):
        base_url += "/"
    return AsyncWebClient(token=config.slack_bot_token, base_url=base_url)


class SlackAdapter:
    """Rebound on Slack, as `adapters.base.Adapter`: HTTP on `PORT`, or Socket Mode when
    SLACK_APP_TOKEN is set."""

    platform = "slack"
    capabilities = Capabilities(
        modals=True, threads=True, ephemeral=True, buttons=True, pictures=True
    )

    def __init__(self, engine: Engine, config: Config) -> None:
        self.config = config
        self.app = SlackApp(engine, make_client(config), config.slack_signing_secret or "")
        self._send: Send = falling_back(self.app.delivery.send, None)
        self._runner: web.AppRunner | None = None
        self._handler: Any = None
        self._closed = asyncio.Event()

    async def start(self) -> None:
        if self.config.slack_app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            self._handler = AsyncSocketModeHandler(self.app.bolt, self.config.slack_app_token)
            await self._handler.connect_async()
            log.info("Rebound is connected to Slack in Socket Mode")
            return
        self._runner = web.AppRunner(self.app.web_app())
        await self._runner.setup()
        await web.TCPSite(self._runner, "0.0.0.0", self.config.port).start()
        log.info("Rebound listens for Slack on port %d at %s", self.config.port, EVENTS_PATH)

    async def serving(self) -> None:
        await self._closed.wait()

    async def stop(self) -> None:
        """Stop taking requests, then finish the work they started."""
        if self._handler is not None:
            await self._handler.close_async()
        if self._runner is not None:
            await self._runner.cleanup()
        await self.app.drain()

    async def close(self) -> None:
        self._closed.set()

    async def send(self, msg: Message) -> str | None:
        return await self._send(msg)


async def serve(
    config: Config, stop: asyncio.Event | None = None, *, ready: asyncio.Event | None = None
) -> None:
    """Run the Slack app and the scheduler until `stop` is set (default: SIGTERM/SIGINT)."""
    await base.serve(config, lambda engine: SlackAdapter(engine, config), stop=stop, ready=ready)


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
    asyncio.run(serve(config))
    return 0
