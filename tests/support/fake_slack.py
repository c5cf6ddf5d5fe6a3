"""A local fake of the Slack Web API for end-to-end tests of the Slack adapter.

An aiohttp server on 127.0.0.1 (port 0) that answers the methods the adapter uses
(`auth.test`, `chat.*`, `conversations.*`, `users.*`, `views.*`, the files upload v2
flow and its upload URL), records every call and every `response_url` post, can be told
to fail a method with a given Slack error (`ratelimited` with `Retry-After`), and
answers unknown methods and unknown paths with an error it also records (`unknown`), so
a test can fail loudly. Tests wait for calls with `await fake.wait_for("chat.postMessage")`,
never by sleeping. It also signs requests as Slack does and sends them to the app's endpoint.

Installing, as Slack does it for a distributed app: `GET /oauth/v2/authorize` is the page a
browser is sent to; the workspace signed in there (`installing`, see `add_workspace` and
`add_org`) approves (or `deny_install` cancels) and the browser is redirected back with a
one-time `code` and the `state`. `oauth.v2.access` (HTTP Basic auth with the client id and
secret) exchanges the code once, for a bot token of that workspace (or org), and with
`rotation` on also a refresh token and an expiry, and then refreshes tokens
(`grant_type=refresh_token`). Every call is made with a token (`Call.token`): a token the
fake never issued, or one revoked by `uninstall`, is answered `invalid_auth`, and
`users.*` only show the members of the token's own workspace (or org).
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
from aiohttp import BasicAuth, web
from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "test-client-secret"
WAIT = 10.0
# Methods called without a bot token: the app-level token, and the client credentials.
NO_BOT_TOKEN = {"apps.connections.open", "oauth.v2.access"}


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
class Workspace:
    """A Slack workspace (`T…`), or an Enterprise Grid org (`E…`) installing org-wide."""

    id: str
    name: str
    # The org a workspace belongs to (Enterprise Grid), or the org's own workspaces.
    enterprise: str | None = None
    workspaces: tuple[str, ...] = ()

    @property
    def is_org(self) -> bool:
        return self.id.startswith("E")


@dataclass
class Token:
    """A token the fake issued: whose it is, and until when it works (None: always)."""

    owner: Workspace
    kind: str  # "bot" or "refresh"
    expires_at: float | None = None
    revoked: bool = False


@dataclass
class Grant:
    """A one-time code the authorize page handed out."""

    owner: Workspace
    redirect_uri: str | None
    used: bool = False
    expired: bool = False


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
    # The OAuth side: workspaces and orgs, and who is signed in at the authorize page.
    workspaces: dict[str, Workspace] = field(default_factory=dict)
    installing: str = "T1"
    deny_install: bool = False
    # Where the authorize page sends the browser back when the URL names no redirect_uri
    # (the app's one configured redirect URL).
    redirect_url: str = ""
    # Token rotation: bot tokens then expire `token_lifetime` seconds after they are issued.
    rotation: bool = False
    token_lifetime: int = 43200
    tokens: dict[str, Token] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._failures: dict[str, list[Failure]] = {}
        self._ts = 0
        self._runner: web.AppRunner | None = None
        self._sockets: list[web.WebSocketResponse] = []
        self._holds: dict[str, asyncio.Event] = {}
        self._grants: dict[str, Grant] = {}
        self._issued = 0
        # The single-workspace token of a classic install: workspace T1's.
        self.tokens[BOT_TOKEN] = Token(self._workspace("T1"), "bot")

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
        locale: str = "en-US",
    ) -> None:
        """A member with user name `name`; the display and real names follow it unless given."""
        self.users[user_id] = {
            "id": user_id,
            "team_id": team,
            "name": name,
            "is_admin": admin,
            "is_owner": False,
            "locale": locale,
            "profile": {
                "display_name": name if display is None else display,
                "real_name": name.title() if real is None else real,
            },
        }

    def add_channel(self, channel_id: str, name: str) -> None:
        self.channels[channel_id] = name

    def add_workspace(self, team_id: str, name: str, *, enterprise: str | None = None) -> None:
        """A workspace that can install the app (and whose members `add_user` adds)."""
        self.workspaces[team_id] = Workspace(team_id, name, enterprise)

    def add_org(self, enterprise_id: str, name: str, workspaces: dict[str, str]) -> None:
        """An Enterprise Grid org with its workspaces (id → name); installing as
        `enterprise_id` installs the app org-wide."""
        self.workspaces[enterprise_id] = Workspace(enterprise_id, name, None, tuple(workspaces))
        for team_id, team_name in workspaces.items():
            self.add_workspace(team_id, team_name, enterprise=enterprise_id)

    def _workspace(self, team_id: str) -> Workspace:
        return self.workspaces.setdefault(team_id, Workspace(team_id, team_id))

    def uninstall(self, owner: str) -> None:
        """The app is removed from workspace (or org) `owner`: its tokens stop working."""
        for token in self.tokens.values():
            if token.owner.id == owner:
                token.revoked = True

    def expire_codes(self) -> None:
        """Every code handed out so far expires (Slack keeps them ten minutes)."""
        for grant in self._grants.values():
            grant.expired = True

    def tokens_of(self, owner: str, kind: str = "bot") -> list[str]:
        """Every token of `kind` issued to workspace (or org) `owner` by installing the app
        (and refreshing), oldest first."""
        return [
            t
            for t, info in self.tokens.items()
            if info.owner.id == owner and info.kind == kind and t != BOT_TOKEN
        ]

    def team_of(self, call: Call) -> str | None:
        """The workspace (or org) whose token `call` was made with."""
        token = self.tokens.get(call.token)
        return token.owner.id if token else None

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
        app.router.add_get("/oauth/v2/authorize", self._authorize)
        app.router.add_route("*", "/{anything:.*}", self._unknown_path)
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

    @property
    def authorize_url(self) -> str:
        return f"{self.url}/oauth/v2/authorize"

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
        authorization = request.headers.get("Authorization", "")
        token = authorization.removeprefix("Bearer ") if authorization.startswith("Bearer ") else ""
        if authorization.startswith("Basic "):
            credentials = BasicAuth.decode(authorization)
            args["client_id"], args["_secret_ok"] = (
                credentials.login,
                credentials.password == CLIENT_SECRET,
            )
        refused = self._refused_token(method, token)
        if refused is not None:
            await self._record(Call(method, {**args, "_failed": refused}, token=token))
            return web.json_response({"ok": False, "error": refused})
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
        body = {"ok": True, **handler({**args, "_token": token})}
        await self._record(Call(method, args, body, token))
        if method in self._holds:
            await self._holds[method].wait()
        return web.json_response(body)

    def _refused_token(self, method: str, token: str) -> str | None:
        """Slack's answer to a call with a token that does not work, else None."""
        if method in NO_BOT_TOKEN:
            return None
        if not token:
            return "not_authed"
        info = self.tokens.get(token)
        if info is None or info.kind != "bot" or info.revoked:
            return "invalid_auth"
        if info.expires_at is not None and info.expires_at <= time.time():
            return "token_expired"
        return None

    def _owner(self, args: dict[str, Any]) -> Workspace | None:
        info = self.tokens.get(args.get("_token", ""))
        return info.owner if info else None

    def _sees(self, args: dict[str, Any], user: dict[str, Any]) -> bool:
        """Whether the token of the call may see `user`: a member of its workspace (or org)."""
        owner = self._owner(args)
        if owner is None:
            return False
        return user.get("team_id") == owner.id or user.get("team_id") in owner.workspaces

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

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        owner = self._owner(args) or self._workspace("T1")
        return {
            "team_id": None if owner.is_org else owner.id,
            "team": owner.name,
            "enterprise_id": owner.id if owner.is_org else owner.enterprise,
            "is_enterprise_install": owner.is_org,
            "user_id": "UBOT",
            "bot_id": "BBOT",
            "user": "rebound",
        }

    def _m_oauth_v2_access(self, args: dict[str, Any]) -> dict[str, Any]:
        """A code for a token (once), or a refresh token for a new token."""
        if args.get("client_id") != CLIENT_ID:
            return {"ok": False, "error": "invalid_client_id"}
        if not args.get("_secret_ok"):
            return {"ok": False, "error": "bad_client_secret"}
        if args.get("grant_type") == "refresh_token":
            return self._refresh(str(args.get("refresh_token", "")))
        grant = self._grants.get(str(args.get("code", "")))
        if grant is None or grant.used or grant.expired:
            return {"ok": False, "error": "invalid_code"}
        if grant.redirect_uri is not None and args.get("redirect_uri") != grant.redirect_uri:
            return {"ok": False, "error": "bad_redirect_uri"}
        grant.used = True
        owner = grant.owner
        org = self.workspaces.get(owner.enterprise or "") if not owner.is_org else owner
        return {
            **self._issue(owner),
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": "UBOT",
            "app_id": "A1",
            "team": None if owner.is_org else {"id": owner.id, "name": owner.name},
            "enterprise": {"id": org.id, "name": org.name} if org else None,
            "is_enterprise_install": owner.is_org,
            "authed_user": {"id": "UINSTALLER"},
        }

    def _issue(self, owner: Workspace) -> dict[str, Any]:
        """A new bot token for `owner` (and, with rotation, a refresh token and expiry)."""
        self._issued += 1
        access = f"xoxb-{owner.id}-{self._issued:04d}-{_stable_id(owner.id, str(self._issued))}"
        if not self.rotation:
            self.tokens[access] = Token(owner, "bot")
            return {"access_token": access}
        expires_at = time.time() + self.token_lifetime
        refresh = f"xoxe-1-{owner.id}-{self._issued:04d}-{_stable_id('r', str(self._issued))}"
        self.tokens[access] = Token(owner, "bot", expires_at)
        self.tokens[refresh] = Token(owner, "refresh")
        return {"access_token": access, "refresh_token": refresh, "expires_in": self.token_lifetime}

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        info = self.tokens.get(refresh_token)
        if info is None or info.kind != "refresh" or info.revoked:
            return {"ok": False, "error": "invalid_refresh_token"}
        info.revoked = True  # a refresh token is used once
        return {**self._issue(info.owner), "token_type": "bot"}

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
        kept = self.messages.get(str(args.get("channel")), [])
        found = next((m for m in kept if m["ts"] == args.get("ts")), None)
        if found is None:
            return {"ok": False, "error": "message_not_found"}
        for key in ("text", "blocks"):
            if key in args:
                found[key] = args[key]
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
        if user is None or not self._sees(args, user):
            return {"ok": False, "error": "user_not_found"}
        if str(args.get("include_locale", "")).lower() not in ("1", "true"):
            # Slack sends a user's locale only when asked for it.
            user = {k: v for k, v in user.items() if k != "locale"}
        return {"user": user}

    def _m_users_list(self, args: dict[str, Any]) -> dict[str, Any]:
        members = [u for u in self.users.values() if self._sees(args, u)]
        return {"members": members, "response_metadata": {"next_cursor": ""}}

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

    async def _authorize(self, request: web.Request) -> web.Response:
        """Slack's authorize page: whoever is signed in (`installing`) approves at once (or,
        with `deny_install`, cancels), and the browser goes back to the redirect URL."""
        query = dict(request.query)
        await self._record(Call("oauth.authorize", query))
        redirect_uri = query.get("redirect_uri")
        target = redirect_uri or self.redirect_url
        if query.get("client_id") != CLIENT_ID or not target:
            return web.Response(status=400, text="invalid_client_id or no redirect URL")
        back: dict[str, str] = {"state": query.get("state", "")}
        if self.deny_install:
            back["error"] = "access_denied"
        else:
            code = (
                f"code-{len(self._grants) + 1}-{_stable_id(self.installing, str(len(self.calls)))}"
            )
            self._grants[code] = Grant(self._workspace(self.installing), redirect_uri)
            back["code"] = code
        raise web.HTTPFound(f"{target}?{urlencode(back)}")

    async def _unknown_path(self, request: web.Request) -> web.Response:
        self.unknown.append(f"{request.method} {request.path}")
        await self._record(Call("unknown_path", {"path": request.path}))
        return web.json_response({"ok": False, "error": "unknown_path"}, status=404)

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
        org_wide: bool = False,
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
        if org_wide:
            form["is_enterprise_install"] = "true"
        return urlencode(form), token

    async def interactive(self, payload: dict[str, Any], **kw: Any) -> aiohttp.ClientResponse:
        body = urlencode({"payload": json.dumps(payload)})
        return await self.post(body, "application/x-www-form-urlencoded", **kw)

    async def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str,
        team: str = "T1",
        retry: int | None = None,
        enterprise: str | None = None,
        org_wide: bool = False,
    ) -> aiohttp.ClientResponse:
        """An Events API envelope; `org_wide`: for an org-wide installation of `enterprise`
        (its authorization names the org and no workspace)."""
        authorization = {
            "enterprise_id": enterprise,
            "team_id": None if org_wide else team,
            "user_id": "UBOT",
            "is_bot": True,
            "is_enterprise_install": org_wide,
        }
        envelope = {
            "token": "legacy",
            "team_id": team,
            "enterprise_id": enterprise,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": event,
            "authorizations": [authorization],
        }
        headers = {}
        if retry is not None:
            headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(json.dumps(envelope), "application/json", headers=headers)
