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

One workspace, or many. With SLACK_BOT_TOKEN, one token answers everything, as a single
workspace's app. In distribution mode (`adapters.slack.oauth`) workspaces install the app
at `/slack/install`, bolt authorizes each request with its own workspace's token, and each
workspace has its own Web API client, directory and delivery (`Workspace`); what the
scheduler sends for a community goes out with that community's token
(`bot.core.delivery.DELIVERY_COMMUNITY`). A workspace without an installation is told to
install Rebound and sees nothing else. Slack's `app_uninstalled` and `tokens_revoked`
delete the installation at once and mark its community uninstalled (`bot.core.lifecycle`).

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
from dataclasses import dataclass
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
from adapters.ops import add_ops_routes
from adapters.slack.blocks import MODAL_CALLBACK, Blocks, submitted_values
from adapters.slack.delivery import SlackDelivery
from adapters.slack.directory import Directory
from adapters.slack.oauth import API_LOGGER, INSTALL_PATH, REDIRECT_PATH, Distribution
from adapters.slack.oauth import community_key as community_key
from bot.core import i18n
from bot.core.config import Config, ConfigError
from bot.core.context import Invocation
from bot.core.declarations import Command
from bot.core.delivery import DELIVERY_COMMUNITY, DeliveryProblem, Send
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
OAUTH_PATHS = (INSTALL_PATH, REDIRECT_PATH)


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
    path (with its query) are cut short; headers such as the user agent are left out. The
    install pages' queries (Slack's one-time code, the state) are never shown."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        path = request.path if request.path.startswith(OAUTH_PATHS) else request.raw_path
        self.logger.info(
            '%s "%s %s" %d %.3fs',
            request.remote,
            bounded(request.method, 16),
            bounded(path),
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


@dataclass
class Workspace:
    """One workspace's Web API client (with its token), directory and delivery."""

    client: AsyncWebClient
    directory: Directory
    delivery: SlackDelivery


class SlackApp:
    """Bolt listeners that hand every request to the engine and deliver what it returns.

    `client` speaks for the one workspace of SLACK_BOT_TOKEN; with `distribution` it only
    names the Web API, and each workspace gets a client of its own with its own token."""

    def __init__(
        self,
        engine: Engine,
        client: AsyncWebClient,
        signing_secret: str,
        *,
        distribution: Distribution | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        self.blocks = Blocks(engine.registry)
        self.distribution = distribution
        self._single = None if distribution else self._workspace_with(client)
        self._workspaces: dict[str, Workspace] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.signing_secret = signing_secret
        self.wall_clock = WallClock()  # Slack's timestamps are wall-clock seconds
        self.bolt = self._bolt_app(client, signing_secret)
        self.bolt.middleware(self._once)
        if distribution is not None:
            self.bolt.middleware(self._org_served)
        self.bolt.command(SLASH_COMMAND)(self._on_command)
        self.bolt.action(re.compile(r"^rb:"))(self._on_button)
        self.bolt.view(MODAL_CALLBACK)(self._on_submit)
        self.bolt.event("app_home_opened")(self._on_home)
        self.bolt.event("app_uninstalled")(self._on_uninstalled)
        self.bolt.event("tokens_revoked")(self._on_tokens_revoked)

    def _bolt_app(self, client: AsyncWebClient, signing_secret: str) -> AsyncApp:
        # `_http_events` checks every signature before bolt sees (or logs) a request.
        common: dict[str, Any] = {
            "name": "rebound",
            "client": client,
            "signing_secret": signing_secret,
            "logger": _bolt_logger(),
            "request_verification_enabled": False,
        }
        dist = self.distribution
        if dist is None:
            return AsyncApp(**common)
        return AsyncApp(
            **common,
            # Bolt takes its own `AsyncAuthorize` objects here (its hint names plain functions).
            authorize=dist.authorize,  # type: ignore[arg-type]
            installation_store=dist.store,
            installation_store_bot_only=True,
            oauth_settings=dist.settings,
            user_facing_authorize_error_message=dist.not_installed,
        )

    # --- workspaces ---------------------------------------------------------------------
    def _workspace_with(self, client: AsyncWebClient) -> Workspace:
        return Workspace(client, Directory(client), SlackDelivery(client, self.blocks))

    def workspace(self, team_id: str | None) -> Workspace:
        """The client, directory and delivery that speak for workspace `team_id`."""
        if self._single is not None:
            return self._single
        if not team_id:
            raise LookupError("a request from no workspace")
        found = self._workspaces.get(team_id)
        if found is None:
            client = AsyncWebClient(token=None, base_url=self.client.base_url, logger=API_LOGGER)
            found = self._workspaces[team_id] = self._workspace_with(client)
        return found

    @property
    def directory(self) -> Directory:
        return self.workspace(None).directory

    @property
    def delivery(self) -> SlackDelivery:
        return self.workspace(None).delivery

    def _authorized(self, body: dict[str, Any], context: Any) -> Workspace | None:
        """The workspace a request came from, its client holding the token bolt authorized
        the request with (distribution mode); None: the request names no workspace."""
        team_id = workspace_of(body)
        if self._single is not None:
            return self._single
        if team_id is None:
            return None
        found = self.workspace(team_id)
        token = context.get("token") if context is not None else None
        if token:
            found.client.token = token
        return found

    async def send(self, msg: Message) -> str | None:
        """Deliver a message outside any request (the scheduler's outbox) with the token of
        the community it is for."""
        if self._single is not None:
            return await falling_back(self._single.delivery.send, None)(msg)
        key = DELIVERY_COMMUNITY.get() or ""
        team_id = key.removeprefix("slack:") if key.startswith("slack:") else None
        if team_id is None or self.distribution is None:
            raise LookupError(f"a message for {bounded(key, 60) or 'no community'} on Slack")
        token = await self.distribution.bot_token(team_id)
        if token is None:
            raise DeliveryProblem(i18n.Msg("delivery-problem-slack-not-installed"))
        found = self.workspace(team_id)
        found.client.token = token
        return await falling_back(found.delivery.send, None)(msg)

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

    async def _org_served(self, context: Any, body: dict[str, Any], next: Any) -> Any:
        """Note each workspace an org-wide installation serves, for an org-wide uninstall."""
        if self.distribution is not None and context.is_enterprise_install:
            await self.distribution.served(context.enterprise_id, workspace_of(body))
        return await next()

    def web_app(self) -> web.Application:
        app = web.Application(handler_args={"access_log_class": BoundedAccessLog})
        app.router.add_post(EVENTS_PATH, self._http_events)
        add_ops_routes(app, self.engine.db)  # /metrics and /healthz
        if self.distribution is not None:
            app.router.add_get(INSTALL_PATH, self._install)
            app.router.add_get(REDIRECT_PATH, self._oauth_redirect)
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

    async def _install(self, request: web.Request) -> web.Response:
        """`GET /slack/install`: to Slack's authorize page, with a new state (and its cookie)."""
        flow = self.bolt.oauth_flow
        assert flow is not None
        return await to_aiohttp_response(await flow.handle_installation(_page_request(request)))

    async def _oauth_redirect(self, request: web.Request) -> web.Response:
        """`GET /slack/oauth_redirect`: bolt checks the state, exchanges the code, stores the
        installation; the page says what comes next, or why nothing was installed."""
        flow = self.bolt.oauth_flow
        assert flow is not None
        return await to_aiohttp_response(await flow.handle_callback(_page_request(request)))

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
        profile = await self.workspace(team_id).directory.profile(user_id, user_name)
        return Invocation(
            community_key=community_key(team_id),
            actor=MemberRef(user_id, profile.name),
            command="",
            channel=channel,
            community_name=team_name,
            platform_moderator=profile.moderator,
            locale=profile.locale,
        )

    async def command_invocation(self, body: dict[str, Any]) -> Invocation | None:
        """`/rebound <text>`: the grammar's reading of the text (None: no workspace)."""
        team_id = workspace_of(body)
        if team_id is None:
            log.warning("a /rebound request without a workspace was ignored")
            return None
        directory = self.workspace(team_id).directory
        channel_id, name = body.get("channel_id", ""), body.get("channel_name") or ""
        if name == "privategroup":  # Slack's placeholder for some private channels
            name = await directory.channel_name(channel_id) or name
        channel = ChannelRef(channel_id, name)
        directory.remember_channel(channel.ref, channel.name)
        origin = await self.origin(
            team_id,
            body["user_id"],
            user_name=body.get("user_name", ""),
            channel=channel if channel.ref else None,
            team_name=body.get("team_domain", ""),
        )
        resolver = directory.resolver(team_id)
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
        resolver = self.workspace(team_id).directory.resolver(team_id)
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
        resolver = self.workspace(team_id).directory.resolver(team_id)
        return await self.engine.read_values(cmd.name, values, origin, resolver)

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
        reader = await self.engine.delivery_tr(inv, messages)
        await self.deliver(messages, delivery, inv.actor, inv.community_key, reader)

    async def deliver(
        self,
        messages: list[Message],
        delivery: SlackDelivery,
        actor: MemberRef,
        key: str,
        reader: i18n.Tr | None = None,
    ) -> None:
        if reader is not None:
            delivery = delivery.for_reader(reader)
        send = falling_back(delivery.send, actor, reader)
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
        client = self.workspace(inv.community_key.removeprefix("slack:")).client
        view = self.blocks.modal_view(cmd, metadata, await self.engine.reader_tr(inv))
        try:
            await client.views_open(trigger_id=trigger_id, view=view)
        except SlackApiError as exc:
            log.warning("views.open for /%s failed: %s", cmd.name, exc.response.get("error"))
            return False  # the form could not open: the command runs as given
        return True

    # --- listeners ----------------------------------------------------------------------
    async def _on_command(self, ack: Any, body: dict[str, Any], context: Any) -> None:
        await ack()
        found = self._authorized(body, context)
        if found is None:
            log.warning("a /rebound request without a workspace was ignored")
            return
        self.spawn(
            self.handle(
                self.command_invocation(body),
                found.delivery.for_response_url(body.get("response_url")),
                trigger_id=body.get("trigger_id"),
            )
        )

    async def _on_button(
        self, ack: Any, body: dict[str, Any], action: dict[str, Any], context: Any
    ) -> None:
        await ack()
        found = self._authorized(body, context)
        if found is None:
            return
        self.spawn(
            self.handle(
                self.button_invocation(body, action),
                found.delivery.for_response_url(body.get("response_url")),
                trigger_id=body.get("trigger_id"),
            )
        )

    async def _on_submit(
        self, ack: Any, body: dict[str, Any], view: dict[str, Any], context: Any
    ) -> None:
        await ack()
        found = self._authorized(body, context)
        if found is None:
            return
        # A form's own submission never opens a form again: no trigger is passed on.
        self.spawn(self.handle(self.submission_invocation(body, view), found.delivery))

    async def _on_home(
        self, ack: Any, body: dict[str, Any], event: dict[str, Any], context: Any
    ) -> None:
        await ack()
        if event.get("tab", "home") == "home":
            self._authorized(body, context)
            self.spawn(self._home(body, event["user"]))

    async def _home(self, body: dict[str, Any], user_id: str) -> None:
        team_id = workspace_of(body)
        if team_id is None and self._single is None:
            return
        found = self.workspace(team_id)
        profile = await found.directory.profile(user_id)
        team_id = team_id or profile.team_id
        if team_id is None:
            return
        messages = await self.engine.view(
            show_home,
            community_key=community_key(team_id),
            actor=MemberRef(user_id, profile.name),
            name="home",
            locale=profile.locale,
        )
        try:
            await found.client.views_publish(user_id=user_id, view=self.blocks.home_view(messages))
        except SlackApiError as exc:
            log.warning("views.publish for App Home failed: %s", exc.response.get("error"))

    async def _on_uninstalled(self, ack: Any, context: Any) -> None:
        await ack()
        self.spawn(self._uninstalled(context, "the app was uninstalled"))

    async def _on_tokens_revoked(self, ack: Any, event: dict[str, Any], context: Any) -> None:
        await ack()
        if (event.get("tokens") or {}).get("bot"):
            self.spawn(self._uninstalled(context, "its bot token was revoked"))

    async def _uninstalled(self, context: Any, why: str) -> None:
        """The installation goes at once, and its communities are marked uninstalled: no
        job runs and nothing is sent for them until the app is installed again."""
        if self.distribution is None:
            log.warning("Slack says %s: install it again and set the new SLACK_BOT_TOKEN", why)
            return
        keys = await self.distribution.uninstalled(
            context.enterprise_id, context.team_id, bool(context.is_enterprise_install)
        )
        for key in keys:
            self._workspaces.pop(key.removeprefix("slack:"), None)
        log.info("Slack says %s: %s stopped", why, ", ".join(keys) or "no community")


def _page_request(request: web.Request) -> AsyncBoltRequest:
    """An install page's GET as bolt reads it: its query and headers (the state cookie)."""
    return AsyncBoltRequest(body="", query=request.query_string, headers=dict(request.headers))


# --- running the app ---------------------------------------------------------------------


def make_client(config: Config) -> AsyncWebClient:
    base_url = config.slack_api_url or AsyncWebClient.BASE_URL
    if not base_url.endswith("/"):
        base_url += "/"
    if config.slack_distribution:
        return AsyncWebClient(token=None, base_url=base_url, logger=API_LOGGER)
    return AsyncWebClient(token=config.slack_bot_token, base_url=base_url)


def build_app(engine: Engine, config: Config) -> SlackApp:
    """The Slack app `config` asks for: one workspace's, or distribution mode's."""
    client = make_client(config)
    distribution = (
        Distribution(config, engine.db, engine.clock, client) if config.slack_distribution else None
    )
    return SlackApp(engine, client, config.slack_signing_secret or "", distribution=distribution)


class SlackAdapter:
    """Rebound on Slack, as `adapters.base.Adapter`: HTTP on `PORT`, or Socket Mode when
    SLACK_APP_TOKEN is set."""

    platform = "slack"
    capabilities = Capabilities(
        modals=True, threads=True, ephemeral=True, buttons=True, pictures=True
    )

    def __init__(self, engine: Engine, config: Config) -> None:
        self.config = config
        self.app = build_app(engine, config)
        self._runner: web.AppRunner | None = None
        self._handler: Any = None
        self._closed = asyncio.Event()

    async def start(self) -> None:
        if self.app.distribution is not None:
            await self.app.distribution.check_keys()
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
        if self.app.distribution is not None:
            log.info("Workspaces install Rebound at %s", INSTALL_PATH)

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
        return await self.app.send(msg)


async def serve(
    config: Config, stop: asyncio.Event | None = None, *, ready: asyncio.Event | None = None
) -> None:
    """Run the Slack app and the scheduler until `stop` is set (default: SIGTERM/SIGINT)."""
    await base.serve(config, lambda engine: SlackAdapter(engine, config), stop=stop, ready=ready)


def missing_settings(config: Config) -> str | None:
    """What `rebound slack` lacks to start, in one sentence; None: nothing."""
    if config.slack_distribution:
        if config.slack_app_token:
            return (
                "distribution mode (SLACK_CLIENT_ID) serves the install pages over HTTP: "
                "unset SLACK_APP_TOKEN"
            )
        needed = [("SLACK_SIGNING_SECRET", config.slack_signing_secret)]
        needed.append(("REBOUND_SECRET_KEY", config.secret_key))
    elif bool(config.slack_client_id) != bool(config.slack_client_secret):
        needed = [
            ("SLACK_CLIENT_ID", config.slack_client_id),
            ("SLACK_CLIENT_SECRET", config.slack_client_secret),
        ]
    else:
        needed = [
            ("SLACK_BOT_TOKEN", config.slack_bot_token),
            ("SLACK_SIGNING_SECRET", config.slack_signing_secret or config.slack_app_token),
        ]
    missing = [name for name, value in needed if not value]
    if not missing:
        return None
    return (
        f"set {' and '.join(missing)} (see 'Run on Slack' in the README); SLACK_CLIENT_ID and "
        "SLACK_CLIENT_SECRET serve many workspaces, SLACK_APP_TOKEN switches to Socket Mode"
    )


def main(config: Config) -> int:
    problem = missing_settings(config)
    if problem:
        print(f"rebound slack: {problem}", file=sys.stderr)
        return 2
    try:
        asyncio.run(serve(config))
    except ConfigError as exc:
        # One line naming the setting, never its value.
        print(f"rebound: {exc.setting} {exc.problem}", file=sys.stderr)
        return 2
    return 0
