"""A local fake of the Slack Web API for end-to-end tests of the Slack adapter.

An aiohttp server on 127.0.0.1 (port 0) that answers the methods the adapter uses
(`auth.test`, `chat.*`, `conversations.*`, `users.*`, `views.*`, the files upload v2
flow and its upload URL), records every call and every `response_url` post, can be told
to fail a method with a given Slack error (`ratelimited` with `Retry-After`), and
answers unknown methods with an error it also records, so a test can fail loudly.
Tests wait for calls with `await fake.wait_for("chat.postMessage")`, never by sleeping.
It also signs requests as Slack does and sends them to the app's endpoint.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
WAIT = 10.0


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    # What the fake answered (e.g. the `ts` of a posted message).
    result: dict[str, Any] = field(default_factory=dict)
    # The bearer token the call was made with.
    token: str = ""

    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.args.get("blocks") or (self.args.get("view") or {}).get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else list(blocks)

    @property
    def text(self) -> str:
        """Everything a person reads in the call: blocks, else the fallback text."""
        parts: list[str] = []
        for block in self.blocks():
            parts.extend(_texts(block))
        return "\n".join(parts) if parts else str(self.args.get("text", ""))


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        if node.get("type") in ("mrkdwn", "plain_text") and "text" in node:
            return [str(node["text"])]
        out: list[str] = []
        for value in node.values():
            out.extend(_texts(value))
        return out
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    return []


@dataclass
class Failure:
    error: str
    times: int
    retry_after: int | None = None
    # An HTTP status to answer with (a 500 from a Slack outage); 200 unless rate limited.
    status: int | None = None


@dataclass
class FakeSlack:
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)
    url: str = ""
    # Messages as Slack keeps them, per channel, in order: what `conversations.history`
    # and `conversations.replies` answer (with their `metadata`); `chat.delete` removes them.
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._failures: dict[str, list[Failure]] = {}
        self._ts = 0
        self._runner: web.AppRunner | None = None
        self._sockets: list[web.WebSocketResponse] = []
        self._holds: dict[str, asyncio.Event] = {}

    # --- set-up -----------------------------------------------------------------------
    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        team: str = "T1",
        admin: bool = False,
        display: str | None = None,
        real: str | None = None,
    ) -> None:
        """A member with user name `name`; the display and real names follow it unless given."""
        self.users[user_id] = {
            "id": user_id,
            "team_id": team,
            "name": name,
            "is_admin": admin,
            "is_owner": False,
            "profile": {
                "display_name": name if display is None else display,
                "real_name": name.title() if real is None else real,
            },
        }

    def add_channel(self, channel_id: str, name: str) -> None:
        self.channels[channel_id] = name

    def fail(
        self,
        method: str,
        error: str,
        *,
        times: int = 1,
        retry_after: int | None = None,
        status: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` fail with the Slack error `error` (and
        the HTTP `status`, e.g. 500, when given)."""
        self._failures.setdefault(method, []).append(Failure(error, times, retry_after, status))

    def hold(self, method: str) -> asyncio.Event:
        """Make calls of `method` wait (after being recorded) until the returned event is set."""
        self._holds[method] = asyncio.Event()
        return self._holds[method]

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/response/{token}", self._response)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def response_url(self, token: str) -> str:
        return f"{self.url}/response/{token}"

    # --- what happened ------------------------------------------------------------------
    def of(self, method: str, where: Callable[[Call], bool] | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (where is None or where(c))]

    async def wait_for(
        self, method: str, where: Callable[[Call], bool] | None = None, *, count: int = 1
    ) -> list[Call]:
        """Wait until `count` calls of `method` (matching `where`) were made; return them."""

        def done() -> bool:
            return len(self.of(method, where)) >= count

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(done), WAIT)
            except TimeoutError:
                seen = [f"{c.method}: {c.text[:80]!r}" for c in self.calls]
                raise AssertionError(f"no {count}× {method} call; calls were: {seen}") from None
        return self.of(method, where)

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # --- the API ------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                args.update(json.loads(raw or b"{}"))
            else:
                args.update(dict(parse_qsl(raw.decode())))
        failure = self._take_failure(method)
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            self.unknown.append(method)
            await self._record(Call(method, args))
            return web.json_response({"ok": False, "error": "unknown_method"}, status=404)
        if failure is not None:
            await self._record(Call(method, {**args, "_failed": failure.error}))
            headers = {}
            status = 200
            if failure.retry_after is not None:
                headers["Retry-After"] = str(failure.retry_after)
                status = 429
            status = failure.status or status
            return web.json_response(
                {"ok": False, "error": failure.error}, status=status, headers=headers
            )
        body = {"ok": True, **handler(args)}
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        await self._record(Call(method, args, body, token))
        if method in self._holds:
            await self._holds[method].wait()
        return web.json_response(body)

    def _take_failure(self, method: str) -> Failure | None:
        queue = self._failures.get(method) or []
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return failure

    def _next_ts(self) -> str:
        self._ts += 1
        return f"1700000000.{self._ts:06d}"

    def _m_auth_test(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {
            "team_id": "T1",
            "team": "Test",
            "user_id": "UBOT",
            "bot_id": "BBOT",
            "user": "rebound",
        }

    def _m_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        ts = self._next_ts()
        self._keep(args, ts)
        return {"channel": args.get("channel"), "ts": ts}

    def _keep(self, args: dict[str, Any], ts: str) -> None:
        """Keep a posted message as Slack does: its text, thread and metadata, and when
        it was posted (compared with `oldest`; the fake's own `ts` values are not times)."""
        metadata = args.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        kept = {
            "type": "message",
            "ts": ts,
            "text": Call("chat.postMessage", args).text,
            "thread_ts": args.get("thread_ts"),
            "metadata": metadata,
            "posted_at": time.time(),
        }
        self.messages.setdefault(str(args.get("channel")), []).append(kept)

    def in_channel(self, channel: str) -> list[dict[str, Any]]:
        """The messages in `channel` now, oldest first (thread replies included)."""
        return list(self.messages.get(channel, []))

    def _listing(self, found: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
        """One page of `found` (newest first), honouring `oldest`, `limit` and `cursor`."""
        oldest = float(args.get("oldest") or 0)
        found = [m for m in found if m["posted_at"] >= oldest]
        metadata = str(args.get("include_all_metadata", "")).lower() in ("true", "1")
        start = int(args.get("cursor") or 0)
        limit = int(args.get("limit") or 100)
        page = found[start : start + limit]
        more = start + limit < len(found)
        shown = [
            {k: v for k, v in m.items() if k != "posted_at" and (metadata or k != "metadata")}
            for m in page
        ]
        return {
            "messages": shown,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _m_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        kept = self.messages.get(str(args.get("channel")), [])
        top = [m for m in reversed(kept) if m["thread_ts"] in (None, m["ts"])]
        return self._listing(top, args)

    def _m_conversations_replies(self, args: dict[str, Any]) -> dict[str, Any]:
        kept = self.messages.get(str(args.get("channel")), [])
        parent = str(args.get("ts"))
        thread = [m for m in kept if m["ts"] == parent or m["thread_ts"] == parent]
        return self._listing(thread, args)

    def _m_chat_postEphemeral(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"message_ts": self._next_ts()}

    def _m_chat_delete(self, args: dict[str, Any]) -> dict[str, Any]:
        kept = self.messages.get(str(args.get("channel")), [])
        kept[:] = [m for m in kept if m["ts"] != args.get("ts")]
        return {"channel": args.get("channel"), "ts": args.get("ts")}

    def _m_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"channel": args.get("channel"), "ts": args.get("ts")}

    def _m_conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"channel": {"id": "D" + str(args.get("users", "")).split(",")[0]}}

    def _m_conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel", "")
        return {"channel": {"id": channel, "name": self.channels.get(channel, channel.lower())}}

    def _m_conversations_list(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {
            "channels": [{"id": cid, "name": name} for cid, name in self.channels.items()],
            "response_metadata": {"next_cursor": ""},
        }

    def _m_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(args.get("user", ""))
        return {"user": user} if user else {"ok": False, "error": "user_not_found"}

    def _m_users_list(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"members": list(self.users.values()), "response_metadata": {"next_cursor": ""}}

    def _m_apps_connections_open(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.url.replace("http://", "ws://") + "/socket"}

    def _m_views_open(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"view": {"id": "V" + self._next_ts().replace(".", "")}}

    def _m_views_publish(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"view": {"id": "VHOME"}}

    def _m_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        file_id = "F" + self._next_ts().replace(".", "")
        return {"upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        files = args.get("files")
        files = json.loads(files) if isinstance(files, str) else files or []
        if any(f["id"] not in self.uploads for f in files):
            return {"ok": False, "error": "file_not_found"}
        return {"files": [{"id": f["id"], "title": f.get("title", "")} for f in files]}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = await request.read()
        self.uploads[file_id] = data
        await self._record(Call("upload", {"file_id": file_id, "size": len(data)}))
        return web.Response(text=f"OK - {len(data)}")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: say hello, then record every envelope acknowledgement."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        await self._record(Call("socket_connect", {}))
        async for message in ws:
            if message.type is aiohttp.WSMsgType.TEXT:
                await self._record(Call("socket_ack", json.loads(message.data)))
        return ws

    async def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope to the connected app."""
        await self._sockets[-1].send_json(envelope)

    async def _response(self, request: web.Request) -> web.Response:
        payload = await request.json()
        await self._record(Call("response_url", {**payload, "token": request.match_info["token"]}))
        return web.Response(text="ok")


# --- signed requests to the app ------------------------------------------------------------


def sign(
    body: str, *, timestamp: int | None = None, secret: str = SIGNING_SECRET
) -> dict[str, str]:
    """Headers Slack would send with `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


def _stable_id(*parts: str) -> str:
    return hashlib.sha1("/".join(parts).encode()).hexdigest()[:10]


@dataclass
class SlackClient:
    """Sends signed requests, as Slack does, to the app's `/slack/events` endpoint."""

    app_url: str
    fake: FakeSlack
    session: aiohttp.ClientSession
    sent: int = 0

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        timestamp: int | None = None,
        secret: str = SIGNING_SECRET,
        path: str = "/slack/events",
    ) -> aiohttp.ClientResponse:
        all_headers = {
            "Content-Type": content_type,
            **sign(body, timestamp=timestamp, secret=secret),
        }
        all_headers.update(headers or {})
        async with self.session.post(
            f"{self.app_url}{path}", data=body, headers=all_headers
        ) as resp:
            await resp.read()
            return resp

    async def command(self, text: str, **kw: Any) -> tuple[aiohttp.ClientResponse, str]:
        """A `/rebound` slash command; returns the response and its response_url token."""
        post_kw = {k: kw.pop(k) for k in ("headers", "timestamp", "secret", "path") if k in kw}
        body, token = self.command_body(text, **kw)
        resp = await self.post(body, "application/x-www-form-urlencoded", **post_kw)
        return resp, token

    def command_body(
        self,
        text: str,
        *,
        user: str = "U1",
        team: str = "T1",
        channel: str = "C1",
        enterprise: str | None = None,
    ) -> tuple[str, str]:
        """The form body of a `/rebound` command (its own trigger id, as Slack gives every
        invocation) and its response_url token."""
        self.sent += 1
        token = _stable_id(team, user, text, str(len(self.fake.calls)), str(self.sent))
        form = {
            "token": "legacy",
            "team_id": team,
            "team_domain": team.lower(),
            "channel_id": channel,
            "channel_name": self.fake.channels.get(channel, channel.lower()),
            "user_id": user,
            "user_name": self.fake.users.get(user, {}).get("name", user.lower()),
            "command": "/rebound",
            "text": text,
            "response_url": self.fake.response_url(token),
            "trigger_id": f"trigger-{token}",
            "api_app_id": "A1",
        }
        if enterprise:
            form["enterprise_id"] = enterprise
        return urlencode(form), token

    async def interactive(self, payload: dict[str, Any], **kw: Any) -> aiohttp.ClientResponse:
        body = urlencode({"payload": json.dumps(payload)})
        return await self.post(body, "application/x-www-form-urlencoded", **kw)

    async def event(
        self, event: dict[str, Any], *, event_id: str, team: str = "T1", retry: int | None = None
    ) -> aiohttp.ClientResponse:
        envelope = {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": event,
            "authorizations": [{"team_id": team, "user_id": "UBOT", "is_bot": True}],
        }
        headers = {}
        if retry is not None:
            headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(json.dumps(envelope), "application/json", headers=headers)
