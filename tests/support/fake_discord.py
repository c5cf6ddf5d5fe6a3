"""A local fake of Discord for end-to-end tests: REST plus the gateway, on 127.0.0.1:0.

It speaks just enough of Discord's API v10 for discord.py's real client: login, the
gateway handshake (HELLO, IDENTIFY → READY, GUILD_CREATE with channels, roles and
members, heartbeats) for any number of shards, the bot joining and leaving servers
(`join`, `leave`: GUILD_CREATE and GUILD_DELETE), command sync, interaction callbacks and
webhook follow-ups, channel messages, threads, DMs and member look-ups. Tests inject
interactions (slash commands, autocomplete, button presses, modal submits) through the
gateway and await the REST calls they cause — nothing here sleeps. Every REST call is
recorded; a route the fake does not know answers 599 and is added to `errors`, which
tests assert is empty. `fail()` makes a route answer with a Discord error (403, 404...),
for good or for its next `times` calls; `hold()` makes matching calls wait, after they were
recorded and done, until the test releases them (a process killed while Discord answers).
Creating a message honours `nonce` with `enforce_nonce` as Discord documents: a nonce the
bot used before returns that earlier message instead of creating another.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

API = "/api/v10"
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
EVERYONE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16)  # view, send, read history
WAIT = 15.0  # seconds before an awaited event counts as never arriving (a failure, not a sleep)


DISCORD_EPOCH_MS = 1_420_070_400_000


def snowflake_time(snowflake: int) -> datetime:
    """The instant a Discord snowflake encodes."""
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, UTC)


def snowflakes(start: int) -> Callable[[], int]:
    counter = itertools.count(start)
    return lambda: next(counter)


@dataclass
class FakeMember:
    id: int
    name: str
    roles: list[int] = field(default_factory=list)
    dms_open: bool = True
    # The language of the member's Discord app (every interaction's `locale`).
    locale: str = "en-US"

    def user(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name.capitalize(),
            "discriminator": "0",
            "avatar": None,
        }


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    channels: dict[int, str] = field(default_factory=dict)
    roles: dict[int, tuple[str, int]] = field(default_factory=dict)  # id → (name, permissions)
    members: dict[int, FakeMember] = field(default_factory=dict)
    # Where Discord posts its own notices and the bot says hello (one of `channels`).
    system_channel: int | None = None
    # The server's preferred locale (interactions' `guild_locale`).
    locale: str = "en-US"

    def permissions(self, member: FakeMember) -> int:
        value = EVERYONE_PERMISSIONS
        for role in member.roles:
            value |= self.roles[role][1]
        if value & ADMINISTRATOR or member.id == self.owner_id:
            return (1 << 50) - 1
        return value


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[tuple[str, bytes]]
    status: int = 0


@dataclass
class Sent:
    """An interaction the test injected: await its callback with `FakeDiscord.callback`."""

    id: int
    token: str


@dataclass
class Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    code: int
    message: str
    times: int | None = None  # None: every matching call fails


@dataclass
class Hold:
    method: str
    pattern: re.Pattern[str]
    release: asyncio.Event


class FakeDiscord:
    def __init__(self, guilds: list[FakeGuild], *, app_id: int = 900000000000000001) -> None:
        self.guilds = {g.id: g for g in guilds}
        self.app_id = app_id
        self.bot = FakeMember(app_id, "rebound")
        self.token = base64.b64encode(str(app_id).encode()).decode().rstrip("=") + ".fake.token"
        self.calls: list[Call] = []
        self.errors: list[str] = []
        self.failures: list[Failure] = []
        self.holds: list[Hold] = []
        self.nonces: dict[str, int] = {}  # nonce (enforce_nonce) → the message it created
        self.messages: dict[int, dict[str, Any]] = {}
        self.threads: dict[int, int] = {}  # thread id → parent channel id
        self.dm_channels: dict[int, int] = {}  # channel id → user id
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.identified: list[list[int]] = []
        self.shards = 1
        self._next_id = snowflakes(1_200_000_000_000_000_000)
        self._changed = asyncio.Condition()
        self._sessions: dict[int, web.WebSocketResponse] = {}
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.base = ""

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for ws in list(self._sessions.values()):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return self.base + API

    @property
    def gateway_url(self) -> str:
        return self.base.replace("http://", "ws://") + "/gateway"

    # --- waiting on what the bot does ---------------------------------------------------
    async def notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def until(self, check: Callable[[], Any]) -> Any:
        """Wait until `check()` returns something truthy; return it."""

        async def wait() -> Any:
            async with self._changed:
                while not (result := check()):
                    await self._changed.wait()
                return result

        return await asyncio.wait_for(wait(), WAIT)

    def mark(self) -> int:
        return len(self.calls)

    def find(self, method: str, pattern: str, after: int = 0) -> list[Call]:
        rx = re.compile(pattern)
        return [c for c in self.calls[after:] if c.method == method and rx.fullmatch(c.path)]

    async def request(self, method: str, pattern: str, after: int = 0) -> Call:
        """The first call matching `method` and the path regex `pattern` since `after`."""
        found = await self.until(lambda: self.find(method, pattern, after))
        return found[0]

    async def callback(self, sent: Sent) -> Call:
        return await self.request("POST", rf"/interactions/{sent.id}/{sent.token}/callback")

    async def connected(self, shards: int = 1) -> None:
        await self.until(lambda: len(self.identified) >= shards)

    def fail(
        self,
        method: str,
        pattern: str,
        status: int,
        code: int,
        message: str,
        *,
        times: int | None = None,
    ) -> None:
        """Make calls matching `method` and the path regex `pattern` answer with a Discord
        error: all of them, or only the next `times`."""
        failure = Failure(method, re.compile(pattern), status, code, message, times)
        self.failures.append(failure)

    def hold(self, method: str, pattern: str) -> asyncio.Event:
        """Make calls matching `method` and `pattern` wait, after being recorded and done
        (a message is created), until the returned event is set."""
        release = asyncio.Event()
        self.holds.append(Hold(method, re.compile(pattern), release))
        return release

    # --- payloads ------------------------------------------------------------------------
    def _guild_of_channel(self, channel_id: int) -> FakeGuild | None:
        channel_id = self.threads.get(channel_id, channel_id)
        return next((g for g in self.guilds.values() if channel_id in g.channels), None)

    def member_payload(self, guild: FakeGuild, member: FakeMember) -> dict[str, Any]:
        return {
            "user": member.user(),
            "roles": [str(r) for r in member.roles],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "permissions": str(guild.permissions(member)),
        }

    def channel_payload(self, guild: FakeGuild, channel_id: int) -> dict[str, Any]:
        return {
            "id": str(channel_id),
            "type": 0,
            "name": guild.channels[channel_id],
            "position": 0,
            "guild_id": str(guild.id),
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }

    def guild_payload(self, guild: FakeGuild) -> dict[str, Any]:
        roles = [
            {
                "id": str(rid),
                "name": name,
                "permissions": str(perms),
                "position": 0 if rid == guild.id else 1,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
            for rid, (name, perms) in {
                guild.id: ("@everyone", EVERYONE_PERMISSIONS),
                **guild.roles,
            }.items()
        ]
        members = [*guild.members.values(), self.bot]
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "owner_id": str(guild.owner_id),
            "roles": roles,
            "channels": [self.channel_payload(guild, c) for c in guild.channels],
            "members": [self.member_payload(guild, m) for m in members],
            "member_count": len(members),
            "unavailable": False,
            "large": False,
            "features": [],
            "emojis": [],
            "stickers": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "premium_tier": 0,
            "preferred_locale": guild.locale,
            "nsfw_level": 0,
            "system_channel_flags": 0,
            "system_channel_id": str(guild.system_channel) if guild.system_channel else None,
        }

    def _message(
        self, channel_id: int, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> dict[str, Any]:
        message_id = self._next_id()
        guild = self._guild_of_channel(channel_id)
        data: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": {**self.bot.user(), "bot": True},
            "content": body.get("content") or "",
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {
                    "id": str(self._next_id()),
                    "filename": name,
                    "size": len(blob),
                    "url": f"{self.base}/files/{name}",
                    "proxy_url": f"{self.base}/files/{name}",
                }
                for name, blob in files
            ],
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags") or 0,
        }
        if guild is not None:
            data["guild_id"] = str(guild.id)
        self.messages[message_id] = data
        return data

    # --- REST ----------------------------------------------------------------------------
    @staticmethod
    def _json(data: Any, status: int = 200) -> web.Response:
        # discord.py only parses bodies whose Content-Type is exactly application/json.
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json"},
        )

    def _error(self, status: int, code: int, message: str) -> web.Response:
        return self._json({"code": code, "message": message}, status)

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        files: list[tuple[str, bytes]] = []
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                else:
                    files.append((part.filename or "", bytes(await part.read())))  # type: ignore[union-attr]
        elif request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        call = Call(request.method, path, dict(request.query), body, files)
        self.calls.append(call)
        response = self._respond(call)
        call.status = response.status
        await self.notify()
        for hold in self.holds:
            if hold.method == call.method and hold.pattern.fullmatch(call.path):
                await hold.release.wait()
        return response

    def _respond(self, call: Call) -> web.Response:
        for failure in self.failures:
            if failure.method == call.method and failure.pattern.fullmatch(call.path):
                if failure.times is not None:
                    failure.times -= 1
                    if failure.times <= 0:
                        self.failures.remove(failure)
                return self._error(failure.status, failure.code, failure.message)
        for method, pattern, handler in self._routes():
            if method == call.method and (m := re.fullmatch(pattern, call.path)):
                return handler(call, *m.groups())
        self.errors.append(f"unknown route {call.method} {call.path}")
        return self._error(599, 0, f"the fake does not know {call.method} {call.path}")

    def _routes(self) -> list[tuple[str, str, Callable[..., web.Response]]]:
        return [
            ("GET", r"/users/@me", lambda c: self._json({**self.bot.user(), "bot": True})),
            ("GET", r"/oauth2/applications/@me", self._application),
            ("GET", r"/gateway/bot", self._gateway_bot),
            ("PUT", r"/applications/(\d+)/commands", self._put_commands),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", self._put_commands),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._interaction_callback),
            ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/@original", self._edit_original),
            ("DELETE", r"/webhooks/(\d+)/([^/]+)/messages/@original", self._no_content),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("GET", r"/channels/(\d+)/messages", self._channel_history),
            ("GET", r"/channels/(\d+)/messages/(\d+)", self._get_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("DELETE", r"/channels/(\d+)/messages/(\d+)", self._delete_message),
            ("POST", r"/channels/(\d+)/messages/(\d+)/threads", self._start_thread),
            ("POST", r"/users/@me/channels", self._open_dm),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
        ]

    def _application(self, call: Call) -> web.Response:
        return self._json(
            {
                "id": str(self.app_id),
                "name": "Rebound",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.bot.user(),
                "verify_key": "0" * 64,
                "flags": 0,
                "team": None,
            }
        )

    def _gateway_bot(self, call: Call) -> web.Response:
        return self._json(
            {
                "url": self.gateway_url,
                "shards": self.shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    def _put_commands(self, call: Call, app_id: str, guild_id: str | None = None) -> web.Response:
        if int(app_id) != self.app_id:
            self.errors.append(f"commands synced for unknown application {app_id}")
        created = [
            {**cmd, "id": str(self._next_id()), "application_id": app_id, "version": "1"}
            for cmd in call.json
        ]
        self.commands[guild_id or "global"] = created
        return self._json(created)

    def _interaction_callback(self, call: Call, interaction_id: str, token: str) -> web.Response:
        kind = call.json["type"]
        data = call.json.get("data") or {}
        result: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64),
            },
            "resource": {"type": kind},
        }
        if kind == 4:
            message = self._message(0, data, call.files)
            result["interaction"]["response_message_id"] = message["id"]
            result["resource"]["message"] = message
        return self._json(result)

    def _followup(self, call: Call, app_id: str, token: str) -> web.Response:
        return self._json(self._message(0, call.json or {}, call.files))

    def _edit_original(self, call: Call, app_id: str, token: str) -> web.Response:
        return self._json(self._message(0, call.json or {}, call.files))

    def _no_content(self, call: Call, *args: str) -> web.Response:
        return web.Response(status=204)

    def _channel_exists(self, channel_id: int) -> bool:
        return (
            channel_id in self.threads
            or channel_id in self.dm_channels
            or self._guild_of_channel(channel_id) is not None
        )

    def _create_message(self, call: Call, channel: str) -> web.Response:
        channel_id = int(channel)
        if not self._channel_exists(channel_id):
            return self._error(404, 10003, "Unknown Channel")
        user = self.dm_channels.get(channel_id)
        if user is not None and not self._member(user).dms_open:
            return self._error(403, 50007, "Cannot send messages to this user")
        body = call.json or {}
        nonce = str(body["nonce"]) if body.get("enforce_nonce") and "nonce" in body else None
        earlier = self.messages.get(self.nonces.get(nonce, 0)) if nonce else None
        if earlier is not None:
            return self._json(earlier)
        message = self._message(channel_id, body, call.files)
        if nonce:
            self.nonces[nonce] = int(message["id"])
        return self._json(message)

    def forget_nonces(self) -> None:
        """Discord de-duplicates a nonce only for a few minutes: let that time pass."""
        self.nonces.clear()

    def _channel_history(self, call: Call, channel: str) -> web.Response:
        """GET /channels/{id}/messages: newest first, `after` a snowflake, `limit` ≤ 100.
        Like Discord, the listed messages carry no nonce."""
        if not self._channel_exists(int(channel)):
            return self._error(404, 10003, "Unknown Channel")
        # Snowflakes are time-ordered on Discord; this fake's ids are not, so `after`
        # compares the instant it encodes with each message's timestamp.
        after = snowflake_time(int(call.query.get("after", "0")))
        limit = int(call.query.get("limit", "50"))
        if not 1 <= limit <= 100:
            return self._error(400, 50035, "Invalid Form Body")
        found = [
            m
            for _, m in sorted(self.messages.items())
            if m["channel_id"] == channel and datetime.fromisoformat(m["timestamp"]) > after
        ]
        return self._json(list(reversed(found[:limit])))

    def _get_message(self, call: Call, channel: str, message: str) -> web.Response:
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            return self._error(404, 10008, "Unknown Message")
        return self._json(found)

    def _edit_message(self, call: Call, channel: str, message: str) -> web.Response:
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            return self._error(404, 10008, "Unknown Message")
        body = call.json or {}
        for key in ("content", "embeds", "components"):
            if key in body:
                found[key] = body[key] or ([] if key != "content" else "")
        found["edited_timestamp"] = datetime.now(UTC).isoformat()
        return self._json(found)

    def _delete_message(self, call: Call, channel: str, message: str) -> web.Response:
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            return self._error(404, 10008, "Unknown Message")
        del self.messages[int(message)]
        return web.Response(status=204)

    def _start_thread(self, call: Call, channel: str, message: str) -> web.Response:
        message_id = int(message)
        if message_id not in self.messages:
            return self._error(404, 10008, "Unknown Message")
        if message_id in self.threads:
            return self._error(400, 160004, "A thread has already been created for this message")
        self.threads[message_id] = int(channel)
        guild = self._guild_of_channel(int(channel))
        assert guild is not None
        return self._json(
            {
                "id": message, "type": 11, "name": call.json["name"], "guild_id": str(guild.id),
                "parent_id": channel, "owner_id": str(self.app_id), "message_count": 0,
                "member_count": 0, "rate_limit_per_user": 0, "flags": 0,
                "thread_metadata": {
                    "archived": False, "auto_archive_duration": call.json["auto_archive_duration"],
                    "archive_timestamp": datetime.now(UTC).isoformat(), "locked": False,
                },
            }
        )  # fmt: skip

    def _member(self, user_id: int) -> FakeMember:
        for guild in self.guilds.values():
            if user_id in guild.members:
                return guild.members[user_id]
        raise KeyError(user_id)

    def _open_dm(self, call: Call) -> web.Response:
        user_id = int(call.json["recipient_id"])
        channel_id = next((c for c, u in self.dm_channels.items() if u == user_id), None)
        if channel_id is None:
            channel_id = self._next_id()
            self.dm_channels[channel_id] = user_id
        return self._json(
            {"id": str(channel_id), "type": 1, "recipients": [self._member(user_id).user()]}
        )

    def dm_messages(self, user_id: int) -> list[dict[str, Any]]:
        channels = {str(c) for c, u in self.dm_channels.items() if u == user_id}
        return [m for m in self.messages.values() if m["channel_id"] in channels]

    def _get_member(self, call: Call, guild: str, user: str) -> web.Response:
        g = self.guilds[int(guild)]
        member = g.members.get(int(user))
        if member is None:
            return self._error(404, 10007, "Unknown Member")
        return self._json(self.member_payload(g, member))

    # --- gateway -------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            op = payload["op"]
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                await self._identify(ws, payload["d"])
        for shard, session in list(self._sessions.items()):
            if session is ws:
                del self._sessions[shard]
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            self.errors.append("IDENTIFY with a wrong token")
            await ws.close(code=4004)
            return
        shard, count = data.get("shard") or [0, 1]
        guilds = [g for g in self.guilds.values() if (g.id >> 22) % count == shard]
        ready = {
            "v": 10,
            "user": {**self.bot.user(), "bot": True},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": f"session-{shard}",
            "resume_gateway_url": self.gateway_url,
            "shard": [shard, count],
            "application": {"id": str(self.app_id), "flags": 0},
        }
        await self._dispatch(ws, "READY", ready)
        for guild in guilds:
            await self._dispatch(ws, "GUILD_CREATE", self.guild_payload(guild))
        self._sessions[shard] = ws
        self.identified.append([shard, count])
        await self.notify()

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    def _session_of(self, guild_id: int) -> web.WebSocketResponse:
        """The gateway session of the shard that serves `guild_id`."""
        if len(self._sessions) == 1:
            return next(iter(self._sessions.values()))
        return self._sessions[(guild_id >> 22) % self.identified[0][1]]

    # --- the bot joining and leaving servers -------------------------------------------------
    async def join(self, guild: FakeGuild) -> None:
        """Someone adds the bot to `guild`: GUILD_CREATE without `unavailable`, as Discord
        sends it for a server the bot just joined (discord.py's `on_guild_join`)."""
        self.guilds[guild.id] = guild
        payload = self.guild_payload(guild)
        del payload["unavailable"]
        await self._dispatch(self._session_of(guild.id), "GUILD_CREATE", payload)

    async def leave(self, guild_id: int) -> None:
        """The bot is removed from the server (kicked, or the server deleted): GUILD_DELETE
        without `unavailable` (discord.py's `on_guild_remove`; with it, it is an outage)."""
        session = self._session_of(guild_id)
        del self.guilds[guild_id]
        await self._dispatch(session, "GUILD_DELETE", {"id": str(guild_id)})

    # --- injecting interactions ------------------------------------------------------------
    async def _interact(
        self, guild_id: int, user_id: int, channel_id: int, kind: int, data: dict[str, Any],
        message: dict[str, Any] | None = None,
    ) -> Sent:  # fmt: skip
        guild = self.guilds[guild_id]
        member = guild.members[user_id]
        sent = Sent(self._next_id(), f"itoken-{self._next_id()}")
        payload: dict[str, Any] = {
            "id": str(sent.id),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "guild_id": str(guild_id),
            "guild": {"id": str(guild_id), "locale": guild.locale, "features": []},
            "channel_id": str(channel_id),
            "channel": self.channel_payload(guild, self.threads.get(channel_id, channel_id)),
            "member": self.member_payload(guild, member),
            "token": sent.token,
            "version": 1,
            "app_permissions": str((1 << 50) - 1),
            "locale": member.locale,
            "guild_locale": guild.locale,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if message is not None:
            payload["message"] = message
        shard = next(iter(self._sessions)) if len(self._sessions) == 1 else None
        if shard is None:
            shard = (guild_id >> 22) % self.identified[0][1]
        await self._dispatch(self._sessions[shard], "INTERACTION_CREATE", payload)
        return sent

    def _options(
        self, guild: FakeGuild, options: dict[str, Any], resolved: dict[str, dict[str, Any]]
    ) -> list[dict[str, Any]]:
        result = []
        for name, value in options.items():
            if isinstance(value, bool):
                result.append({"name": name, "type": 5, "value": value})
            elif isinstance(value, int):
                result.append({"name": name, "type": 4, "value": value})
            elif isinstance(value, UserOption):
                member = guild.members[value.id]
                resolved.setdefault("users", {})[str(value.id)] = member.user()
                resolved.setdefault("members", {})[str(value.id)] = {
                    k: v for k, v in self.member_payload(guild, member).items() if k != "user"
                }
                result.append({"name": name, "type": 6, "value": str(value.id)})
            elif isinstance(value, ChannelOption):
                resolved.setdefault("channels", {})[str(value.id)] = {
                    "id": str(value.id), "type": 0, "name": guild.channels[value.id],
                    "permissions": str((1 << 50) - 1),
                }  # fmt: skip
                result.append({"name": name, "type": 7, "value": str(value.id)})
            elif isinstance(value, RoleOption):
                result.append({"name": name, "type": 8, "value": str(value.id)})
            else:
                result.append({"name": name, "type": 3, "value": value})
        return result

    async def slash(
        self,
        guild_id: int,
        user_id: int,
        channel_id: int,
        path: str,
        options: dict[str, Any] | None = None,
        *,
        focused: str | None = None,
    ) -> Sent:
        """`/path` (e.g. "mod setup") with options; `focused` makes it an autocomplete."""
        guild = self.guilds[guild_id]
        resolved: dict[str, dict[str, Any]] = {}
        leaf = self._options(guild, options or {}, resolved)
        for opt in leaf:
            if opt["name"] == focused:
                opt["focused"] = True
                opt["type"] = 3
        names = path.split()
        nested: list[dict[str, Any]] = leaf
        for depth, name in reversed(list(enumerate(names[1:], start=1))):
            kind = 1 if depth == len(names) - 1 else 2
            nested = [{"name": name, "type": kind, "options": nested}]
        data: dict[str, Any] = {
            "id": str(self._next_id()),
            "name": names[0],
            "type": 1,
            "options": nested,
        }
        if resolved:
            data["resolved"] = resolved
        return await self._interact(guild_id, user_id, channel_id, 4 if focused else 2, data)

    async def press(self, guild_id: int, user_id: int, message_id: int, custom_id: str) -> Sent:
        """Press the button `custom_id` on a message the bot sent."""
        message = self.messages[message_id]
        channel_id = int(message["channel_id"])
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interact(guild_id, user_id, channel_id, 3, data, message=message)

    async def submit(
        self, guild_id: int, user_id: int, channel_id: int, custom_id: str, values: dict[str, str]
    ) -> Sent:
        """Submit the modal `custom_id` with text-input values, each in its Label."""
        rows = [
            {"type": 18, "component": {"type": 4, "custom_id": k, "value": v}}
            for k, v in values.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return await self._interact(guild_id, user_id, channel_id, 5, data)


@dataclass(frozen=True)
class UserOption:
    id: int


@dataclass(frozen=True)
class ChannelOption:
    id: int


@dataclass(frozen=True)
class RoleOption:
    id: int
