"""Slack distribution mode on the wire: workspaces install Rebound through bolt's OAuth flow.

A browser (an aiohttp session keeping cookies as a browser does, the state cookie being
`Secure` and `HttpOnly`) walks `/slack/install` → Slack's authorize page (the fake's,
where the workspace signed in approves) → `/slack/oauth_redirect`. The app runs on port 0
against the fake Web API, requests are signed as Slack signs them, and nothing waits by
sleeping: tests wait for the fake's calls and for the app's work in flight (`drain`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp import web
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import text
from sqlalchemy.engine import make_url

from adapters import cli
from adapters.slack.adapter import SlackApp, build_app
from adapters.slack.oauth import BOT_SCOPES
from bot.core.clock import ManualClock
from bot.core.config import Config, ConfigError
from bot.core.delivery import DELIVERY_COMMUNITY
from bot.core.engine import Engine
from bot.core.i18n import tr
from bot.core.messages import ChannelRef, Kind, Message
from bot.core.scheduler import Scheduler
from bot.store.db import Database
from bot.store.slack_installs import consume_state, issue_state
from tests.support.fake_slack import (
    CLIENT_ID,
    CLIENT_SECRET,
    SIGNING_SECRET,
    Call,
    FakeSlack,
    SlackClient,
)
from tests.support.harness import make_engine

ROOT = Path(__file__).resolve().parents[2]
KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()
WAIT = 60.0
NOT_INSTALLED = "Rebound is not installed in this workspace"
# Calls that carry no workspace's bot token: the browser's and the code exchange.
NOT_WEB_API = {"oauth.authorize", "oauth.v2.access", "response_url", "upload"}


DE, PT = tr("de"), tr("pt-BR")


@dataclass
class Page:
    status: int
    text: str
    url: str


@dataclass
class DistEnv:
    fake: FakeSlack
    app: SlackApp
    url: str
    slack: SlackClient
    engine: Engine
    clock: ManualClock
    db: Database
    sessions: list[aiohttp.ClientSession] = field(default_factory=list)

    def browser(self, languages: str | None = None) -> aiohttp.ClientSession:
        """A fresh browser: its own cookies, sent back as a browser sends them over HTTPS,
        and the languages its user reads (`Accept-Language`), if given."""
        jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=self.url)
        headers = {"Accept-Language": languages} if languages is not None else None
        session = aiohttp.ClientSession(
            cookie_jar=jar, timeout=aiohttp.ClientTimeout(total=10), headers=headers
        )
        self.sessions.append(session)
        return session

    async def get(
        self, browser: aiohttp.ClientSession, url: str, *, follow: bool = True
    ) -> tuple[Page, str | None]:
        async with browser.get(url, allow_redirects=follow) as resp:
            page = Page(resp.status, await resp.text(), str(resp.url))
            return page, resp.headers.get("Location")

    async def install(self, team: str, browser: aiohttp.ClientSession | None = None) -> Page:
        """Install the app as workspace (or org) `team`, following every redirect."""
        self.fake.installing = team
        page, _ = await self.get(browser or self.browser(), f"{self.url}/slack/install")
        return page

    async def to_redirect(self, team: str) -> tuple[aiohttp.ClientSession, str]:
        """Start an install and pass Slack's authorize page; stop before coming back.
        Returns the browser and the redirect URL Slack sent it to."""
        self.fake.installing = team
        browser = self.browser()
        _, authorize = await self.get(browser, f"{self.url}/slack/install", follow=False)
        assert authorize is not None and authorize.startswith(self.fake.authorize_url)
        _, back = await self.get(browser, authorize, follow=False)
        assert back is not None and back.startswith(f"{self.url}/slack/oauth_redirect")
        return browser, back

    async def ask(self, text: str, **kw: Any) -> Call:
        resp, token = await self.slack.command(text, **kw)
        assert resp.status == 200
        (answer,) = await self.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        await self.app.drain()
        return answer

    def web_api_since(self, start: int) -> list[Call]:
        return [c for c in self.fake.calls[start:] if c.method not in NOT_WEB_API]

    def scheduler(self) -> Scheduler:
        return Scheduler(self.db, self.clock, self.engine.registry, self.app.send, platform="slack")


def dist_config(db_url: str, fake: FakeSlack, **kw: Any) -> Config:
    settings: dict[str, Any] = {
        "database_url": db_url,
        "slack_client_id": CLIENT_ID,
        "slack_client_secret": CLIENT_SECRET,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": fake.api_url,
        "secret_key": KEY,
    }
    return Config(**(settings | kw))


def new_fake() -> FakeSlack:
    fake = FakeSlack()
    fake.add_workspace("T1", "Acme")
    fake.add_workspace("T2", "Globex")
    fake.add_workspace("T3", "Umbrella")
    fake.add_user("U1", "ana", team="T1")
    fake.add_user("UADMIN", "mia", team="T1", admin=True)
    fake.add_user("V1", "ben", team="T2")
    fake.add_user("VADMIN", "zoe", team="T2", admin=True)
    fake.add_user("W1", "cy", team="T3")
    fake.add_channel("C1", "general")
    fake.add_channel("C3", "wins")
    fake.add_channel("C4", "wins-globex")
    return fake


@asynccontextmanager
async def dist_env(
    db_url: str, *, fake: FakeSlack | None = None, **config: Any
) -> AsyncIterator[DistEnv]:
    engine, clock, db = await make_engine(db_url)
    own_fake = fake is None
    fake = fake or await new_fake().start()
    app = build_app(engine, dist_config(db_url, fake, **config))
    runner = web.AppRunner(app.web_app())
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    browsers: list[aiohttp.ClientSession] = []
    try:
        assert app.distribution is not None
        await app.distribution.check_keys()  # as `rebound slack` does before it listens
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}"
        fake.redirect_url = f"{url}/slack/oauth_redirect"
        slack = SlackClient(url, fake, session)
        yield DistEnv(fake, app, url, slack, engine, clock, db, browsers)
        await app.drain()
        assert fake.unknown == [], f"calls the fake does not know: {fake.unknown}"
    finally:
        for browser in browsers:
            await browser.close()
        await session.close()
        await runner.cleanup()
        if own_fake:
            await fake.close()
        await db.dispose()


async def installations(db: Database) -> dict[str, dict[str, Any]]:
    """The raw rows of the installations table, by key, as the database holds them."""
    async with db.sessions() as session:
        rows = (await session.execute(text("SELECT * FROM slack_installations"))).mappings()
        return {row["key"]: dict(row) for row in rows}


async def uninstalled_at(db: Database, key: str) -> Any:
    async with db.sessions() as session:
        return await session.scalar(
            text("SELECT uninstalled_at FROM communities WHERE key = :key"), {"key": key}
        )


async def community_keys(db: Database) -> set[str]:
    async with db.sessions() as session:
        return set(await session.scalars(text("SELECT key FROM communities")))


def state_cookie(browser: aiohttp.ClientSession) -> str | None:
    return next((c.value for c in browser.cookie_jar if c.key == "slack-app-oauth-state"), None)


# --- installing --------------------------------------------------------------------------


async def test_two_workspaces_install_in_the_browser_and_each_is_answered_with_its_own_token(
    db_url: str,
) -> None:
    async with dist_env(db_url) as env:
        acme = await env.install("T1")
        assert acme.status == 200
        assert acme.url.startswith(f"{env.url}/slack/oauth_redirect?")
        assert "Rebound is installed in Acme" in acme.text
        assert "/invite @Rebound" in acme.text and "/rebound mod setup" in acme.text
        (authorize,) = env.fake.of("oauth.authorize")
        assert authorize.args["client_id"] == CLIENT_ID
        assert authorize.args["scope"].split(",") == list(BOT_SCOPES)
        assert authorize.args["state"]
        (exchange,) = env.fake.of("oauth.v2.access")
        assert exchange.args["client_id"] == CLIENT_ID and exchange.args["_secret_ok"]
        globex = await env.install("T2")
        assert "Rebound is installed in Globex" in globex.text
        assert set(await installations(env.db)) == {"T1", "T2"}
        (acme_token,), (globex_token,) = env.fake.tokens_of("T1"), env.fake.tokens_of("T2")

        for user, team, token in (("U1", "T1", acme_token), ("V1", "T2", globex_token)):
            start = len(env.fake.calls)
            answer = await env.ask("log applied", user=user, team=team)
            assert "Streak: 1 day" in answer.text
            made = env.web_api_since(start)
            assert {c.method for c in made} >= {"auth.test", "users.info"}
            assert {c.token for c in made} == {token}, f"{team}'s calls used another token"
        assert {"slack:T1", "slack:T2"} <= await community_keys(env.db)


async def test_the_scheduler_sends_each_communitys_messages_with_its_own_token(
    db_url: str,
) -> None:
    async with dist_env(db_url) as env:
        await env.install("T1")
        await env.install("T2")
        for team, admin, channel in (
            ("T1", "UADMIN", "C3|wins"),
            ("T2", "VADMIN", "C4|wins-globex"),
        ):
            await env.ask(f"mod setup wins_channel:<#{channel}>", user=admin, team=team)
            env.fake.fail("chat.postMessage", "internal_error", status=500)
            await env.ask('win text:"Offer!"', user=admin, team=team)
        posted = await env.scheduler().deliver()
        assert posted == 2
        wins = env.fake.of("chat.postMessage", lambda c: "_failed" not in c.args)
        tokens = {c.args["channel"]: env.fake.team_of(c) for c in wins}
        assert tokens == {"C3": "T1", "C4": "T2"}


async def test_a_workspace_that_has_not_installed_is_asked_to_install_and_sees_nothing_else(
    db_url: str,
) -> None:
    async with dist_env(db_url) as env:
        await env.install("T1")
        await env.ask("log applied Backend role at Acme", user="U1", team="T1")
        start = len(env.fake.calls)
        answer = await env.ask("streak", user="W1", team="T3")
        assert NOT_INSTALLED in answer.text
        assert "Acme" not in answer.text and "Streak" not in answer.text
        assert env.web_api_since(start) == [], "nothing was looked up for a stranger"
        assert "slack:T3" not in await community_keys(env.db)


async def test_an_org_wide_install_serves_each_workspace_as_its_own_community(
    db_url: str,
) -> None:
    fake = new_fake()
    fake.add_org("E1", "Initech", {"T5": "Initech East", "T6": "Initech West"})
    fake.add_user("X5", "dee", team="T5")
    fake.add_user("X6", "eli", team="T6")
    await fake.start()
    try:
        async with dist_env(db_url, fake=fake) as env:
            page = await env.install("E1")
            assert "Rebound is installed in Initech" in page.text
            assert set(await installations(env.db)) == {"E1"}
            (org_token,) = fake.tokens_of("E1")
            for user, team in (("X5", "T5"), ("X6", "T6")):
                start = len(fake.calls)
                kw = {"user": user, "team": team, "enterprise": "E1", "org_wide": True}
                assert "Streak: 1 day" in (await env.ask("log applied", **kw)).text
                assert {c.token for c in env.web_api_since(start)} == {org_token}
            assert {"slack:T5", "slack:T6"} <= await community_keys(env.db)

            fake.uninstall("E1")
            event = {"type": "app_uninstalled"}
            resp = await env.slack.event(
                event, event_id="EvOrg", team="E1", enterprise="E1", org_wide=True
            )
            assert resp.status == 200
            await env.app.drain()
            assert await installations(env.db) == {}
            for key in ("slack:T5", "slack:T6"):
                assert await uninstalled_at(env.db, key) is not None
    finally:
        await fake.close()


# --- bad input: nothing changes ----------------------------------------------------------


async def test_a_forged_or_missing_state_is_refused_and_no_code_is_exchanged(
    db_url: str,
) -> None:
    async with dist_env(db_url) as env:
        attacker = env.browser()
        redirect = f"{env.url}/slack/oauth_redirect"
        forged, _ = await env.get(attacker, f"{redirect}?code=stolen&state=forged")
        assert forged.status == 400 and "did not start in this browser" in forged.text
        missing, _ = await env.get(attacker, f"{redirect}?code=stolen")
        assert missing.status == 400

        # A real install's state, replayed from another browser (without its cookie).
        victim, back = await env.to_redirect("T1")
        stolen, _ = await env.get(attacker, back)
        assert stolen.status == 400 and "did not start in this browser" in stolen.text
        # A browser with its own install under way, sent back with another state.
        other, other_back = await env.to_redirect("T2")
        code = parse_qs(urlsplit(other_back).query)["code"][0]
        swapped, _ = await env.get(other, f"{redirect}?code={code}&state=other")
        assert swapped.status == 400
        assert env.fake.of("oauth.v2.access") == []
        assert await installations(env.db) == {}

        # The install the attacker tried to hijack still finishes where it started.
        done, _ = await env.get(victim, back)
        assert "Rebound is installed in Acme" in done.text
        assert state_cookie(victim) in (None, "deleted"), "the state cookie is cleared"
        assert len(env.fake.of("oauth.v2.access")) == 1
        assert set(await installations(env.db)) == {"T1"}


async def test_a_state_used_once_or_expired_is_refused(db_url: str) -> None:
    async with dist_env(db_url) as env:
        browser, back = await env.to_redirect("T1")
        done, _ = await env.get(browser, back)
        assert done.status == 200
        # The same redirect again, cookie and all: the state was used up.
        again, _ = await env.get(browser, back, follow=True)
        assert again.status == 400
        assert "expired or was already used" in again.text or "did not start" in again.text

        late_browser, late = await env.to_redirect("T2")
        env.clock.set(env.clock.now() + timedelta(minutes=11))
        expired, _ = await env.get(late_browser, late)
        assert expired.status == 400 and "expired or was already used" in expired.text
        assert len(env.fake.of("oauth.v2.access")) == 1
        assert set(await installations(env.db)) == {"T1"}


async def test_a_state_is_used_once_even_by_two_processes_at_once(db_url: str) -> None:
    """Two callbacks with one state (a double click, or an attacker racing the installer)
    at two processes at once: exactly one of them may go on to exchange the code."""
    _engine, clock, first = await make_engine(db_url)
    _other, _clock, second = await make_engine(db_url)
    try:
        now = clock.now()
        for n in range(5):
            state = f"state-{n}"
            await issue_state(first, state, now + timedelta(minutes=10), now)
            used = await asyncio.gather(
                consume_state(first, state, now), consume_state(second, state, now)
            )
            assert sorted(used) == [False, True]
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_denied_install_changes_nothing(db_url: str) -> None:
    async with dist_env(db_url) as env:
        env.fake.deny_install = True
        page = await env.install("T1")
        assert page.status == 200
        assert "Rebound was not installed" in page.text and "cancelled" in page.text
        assert "/slack/install" in page.text, "it offers to start again"
        assert env.fake.of("oauth.v2.access") == []
        assert await installations(env.db) == {}
        assert await community_keys(env.db) == set()


async def test_the_install_pages_speak_the_installers_browser_language(db_url: str) -> None:
    """The page after an install is read in a browser, before Rebound knows anyone's
    settings: it follows the browser's `Accept-Language`, and falls back to English for a
    language Rebound does not speak or a header it cannot read."""
    async with dist_env(db_url) as env:
        german = await env.install("T1", env.browser("fr-CH;q=0.2, de-DE, en;q=0.5"))
        assert german.status == 200
        assert '<html lang="de">' in german.text
        assert DE("slack-oauth-installed-in", workspace="Acme") in german.text
        assert "Three steps" not in german.text and "/invite @Rebound" in german.text
        env.fake.deny_install = True
        brazil = await env.install("T2", env.browser("pt-BR,pt;q=0.9"))
        assert '<html lang="pt-BR">' in brazil.text
        assert PT("slack-oauth-denied-title") in brazil.text
        assert "/slack/install" in brazil.text
        for header in ("ja-JP,ja;q=0.9", "x" * 5000, ";;;,,q=,", "*"):
            english = await env.install("T2", env.browser(header))
            assert '<html lang="en">' in english.text
            assert "Rebound was not installed" in english.text, header[:20]


async def test_an_expired_or_reused_code_is_refused_and_changes_nothing(db_url: str) -> None:
    async with dist_env(db_url) as env:
        browser, back = await env.to_redirect("T1")
        env.fake.expire_codes()
        expired, _ = await env.get(browser, back)
        assert expired.status == 400 and "Slack did not confirm this install" in expired.text
        assert await installations(env.db) == {}

        await env.install("T1")
        before = await installations(env.db)
        used = env.fake.of("oauth.v2.access", lambda c: c.result.get("ok") is True)[-1]
        browser, back = await env.to_redirect("T1")
        query = parse_qs(urlsplit(back).query)
        replay = (
            f"{env.url}/slack/oauth_redirect?code={used.args['code']}&state={query['state'][0]}"
        )
        reused, _ = await env.get(browser, replay)
        assert reused.status == 400 and "Slack did not confirm this install" in reused.text
        assert await installations(env.db) == before


# --- secrets ------------------------------------------------------------------------------


async def test_no_token_is_stored_or_logged_in_plain_text(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with dist_env(db_url) as env:
        env.fake.rotation = True
        await env.install("T1")
        await env.install("T2")
        await env.ask("log applied", user="U1", team="T1")
        await env.ask("log applied", user="V1", team="T2")
        rows = await installations(env.db)
        tokens = list(env.fake.tokens)
    assert len(rows) == 2 and len(tokens) >= 4
    stored = repr(rows)
    for token in tokens:
        assert token not in stored, "a token is in the database in plain text"
    for row in rows.values():
        assert Fernet(KEY.encode()).decrypt(row["bot_token"].encode()).startswith(b"xoxb-")
    if db_url.startswith("sqlite"):
        path = Path(make_url(db_url).database or "")
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert not any(t.encode() in raw for t in tokens)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged, "the run was logged"
    for secret in [*tokens, CLIENT_SECRET, KEY]:
        assert secret not in logged, "a secret reached the log"


async def test_tokens_rotate_before_they_expire_in_requests_and_scheduled_sends(
    db_url: str,
) -> None:
    async with dist_env(db_url) as env:
        env.fake.rotation = True
        env.fake.token_lifetime = 60  # within bolt's two hours: refreshed on every use
        await env.install("T1")
        first = env.fake.tokens_of("T1")[0]
        for _ in range(2):
            start = len(env.fake.calls)
            await env.ask("log applied", user="U1", team="T1")
            (refresh,) = [c for c in env.fake.calls[start:] if c.method == "oauth.v2.access"]
            assert refresh.args["grant_type"] == "refresh_token"
            latest = env.fake.tokens_of("T1")[-1]
            assert {c.token for c in env.web_api_since(start)} == {latest}
        assert latest != first and len(env.fake.tokens_of("T1")) == 3

        message = Message(kind=Kind.POST, text="Hello", channel=ChannelRef("C1", "general"))
        token = DELIVERY_COMMUNITY.set("slack:T1")
        try:
            await env.app.send(message)
        finally:
            DELIVERY_COMMUNITY.reset(token)
        (post,) = env.fake.of("chat.postMessage")
        assert post.token == env.fake.tokens_of("T1")[-1] != latest


async def test_an_old_key_still_opens_and_the_new_key_seals_what_is_written(
    db_url: str,
) -> None:
    fake = await new_fake().start()
    try:
        async with dist_env(db_url, fake=fake) as env:
            await env.install("T1")
        async with dist_env(db_url, fake=fake, secret_key=NEW_KEY, old_secret_keys=(KEY,)) as env:
            # Start-up sealed the stored token again under the new key.
            row = (await installations(env.db))["T1"]
            assert Fernet(NEW_KEY.encode()).decrypt(row["bot_token"].encode())
            answer = await env.ask("log applied", user="U1", team="T1")
            assert "Streak: 1 day" in answer.text
            await env.install("T2")
            row = (await installations(env.db))["T2"]
            assert Fernet(NEW_KEY.encode()).decrypt(row["bot_token"].encode())
            with pytest.raises(InvalidToken):
                Fernet(KEY.encode()).decrypt(row["bot_token"].encode())
        with pytest.raises(ConfigError) as refused:
            async with dist_env(db_url, fake=fake):
                pass
        assert refused.value.setting == "REBOUND_SECRET_KEY"
        assert KEY not in str(refused.value) and NEW_KEY not in str(refused.value)
    finally:
        await fake.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_rebound_slack_refuses_to_start_with_a_wrong_secret_key(db_url: str) -> None:
    fake = await new_fake().start()
    try:
        async with dist_env(db_url, fake=fake) as env:
            await env.install("T1")
        wrong = Fernet.generate_key().decode()
        env_vars = {
            **os.environ,
            "DATABASE_URL": db_url,
            "SLACK_CLIENT_ID": CLIENT_ID,
            "SLACK_CLIENT_SECRET": CLIENT_SECRET,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url,
            "REBOUND_SECRET_KEY": wrong,
            "PORT": str(_free_port()),
        }
        for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "REBOUND_SECRET_KEYS_OLD"):
            env_vars.pop(name, None)
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "adapters.cli",
            "slack",
            env=env_vars,
            cwd=ROOT,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), WAIT)
    finally:
        await fake.close()
    output = err.decode()
    assert proc.returncode == 2, output
    last = output.strip().splitlines()[-1]
    assert last.startswith("rebound: REBOUND_SECRET_KEY does not open 1 of the 1 Slack")
    assert wrong not in output and KEY not in output and "Traceback" not in output
    assert "listens for Slack" not in output


@pytest.fixture
def keep_logging() -> Iterator[None]:
    """`rebound` sets up the root logger for the process; put it back for the next tests."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


@pytest.mark.usefixtures("keep_logging")
@pytest.mark.parametrize(
    ("settings", "says"),
    [
        ({"REBOUND_SECRET_KEY": "not-a-key"}, "rebound: REBOUND_SECRET_KEY is not a key"),
        (
            {"REBOUND_SECRET_KEY": KEY, "REBOUND_SECRET_KEYS_OLD": f"{NEW_KEY}, short"},
            "rebound: REBOUND_SECRET_KEYS_OLD (key 2 of 2) is not a key",
        ),
        ({}, "rebound slack: set REBOUND_SECRET_KEY"),
    ],
)
def test_a_missing_or_unusable_key_is_named_in_one_line_without_its_value(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    settings: dict[str, str],
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "REBOUND_SECRET_KEY",
        "REBOUND_SECRET_KEYS_OLD",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'rebound.db'}")
    monkeypatch.setenv("SLACK_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SLACK_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    assert cli.main(["slack"]) == 2
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(says), err
    assert "Traceback" not in err
    for value in (KEY, NEW_KEY, "not-a-key", CLIENT_SECRET):
        assert value not in out + err


# --- uninstalling ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event",
    [
        {"type": "app_uninstalled"},
        {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}},
    ],
)
async def test_uninstalling_stops_service_for_that_workspace_only(
    db_url: str, event: dict[str, Any]
) -> None:
    async with dist_env(db_url) as env:
        await env.install("T1")
        await env.install("T2")
        for team, admin, channel in (
            ("T1", "UADMIN", "C3|wins"),
            ("T2", "VADMIN", "C4|wins-globex"),
        ):
            await env.ask(f"mod setup wins_channel:<#{channel}>", user=admin, team=team)
            env.fake.fail("chat.postMessage", "internal_error", status=500)
            await env.ask('win text:"Offer!"', user=admin, team=team)

        env.fake.uninstall("T1")
        resp = await env.slack.event(event, event_id="EvGone", team="T1")
        assert resp.status == 200
        await env.app.drain()
        assert set(await installations(env.db)) == {"T2"}
        assert await uninstalled_at(env.db, "slack:T1") is not None
        assert await uninstalled_at(env.db, "slack:T2") is None

        start = len(env.fake.calls)
        assert await env.scheduler().deliver() == 1
        sent = [c for c in env.fake.calls[start:] if c.method == "chat.postMessage"]
        assert [(c.args["channel"], env.fake.team_of(c)) for c in sent] == [("C4", "T2")]
        refused = await env.ask("log applied", user="U1", team="T1")
        assert NOT_INSTALLED in refused.text
        assert "Streak: 1 day" in (await env.ask("log applied", user="V1", team="T2")).text

        page = await env.install("T1")
        assert "Welcome back" in page.text
        assert await uninstalled_at(env.db, "slack:T1") is None
        again = await env.ask("log applied", user="U1", team="T1")
        assert "Streak: 1 day" in again.text
