"""What reaches the Slack endpoint before any work: signatures, bodies, replays, the log.

Signatures are checked first, on the raw body, so a request that is not Slack's is
refused (401) whatever its headers or body hold, and a signed one that cannot be read is
a 400 — never a 500 with a traceback. A signed request Slack sent once is handled once,
also when it comes back (a replay, or Slack's own retry) to another process: the apps
below are two `SlackApp`s with their own database engines on one database. Paths and
bodies are attacker-controlled and never logged in full; bodies of refused requests not
at all.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import func, select

from adapters.slack.adapter import SlackApp
from bot.store.models import Activity, SlackRequest
from bot.store.requests import KEEP, PRUNE_BATCH, first_time
from tests.adapters.test_slack_adapter import slack_env
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, Call, FakeSlack, SlackClient
from tests.support.harness import make_engine

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def _log_text(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records]


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert record.exc_info is None, f"a traceback was logged: {record.getMessage()[:200]}"
        assert "Traceback" not in record.getMessage()


# --- the log ------------------------------------------------------------------------------


async def test_huge_paths_and_bodies_never_reach_the_log_in_full(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_words = "I feel like ending it all tonight"
    async with slack_env(db_url) as env:
        long_path = "/slack/events?" + "p" * 4000
        unsigned_body = json.dumps(
            {
                "type": "event_callback",
                "event": {"type": "message", "text": secret_words + " " + "u" * 20_000},
            }
        )
        refused = await env.slack.post(unsigned_body, JSON, secret="not-the-secret", path=long_path)
        assert refused.status == 401
        missing = await env.slack.post("x", FORM, path="/" + "m" * 4000)
        assert missing.status == 404
        body, token = env.slack.command_body("log applied note:" + "n" * 3000)
        signed = await env.slack.post(body, FORM, path=long_path)
        assert signed.status == 200
        await env.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        await env.app.drain()
    logged = _log_text(caplog)
    assert any("/slack/events?ppp" in line and "…" in line for line in logged), (
        "the access log still notes the request, its path cut short"
    )
    for line in logged:
        for run in ("p" * 200, "m" * 200, "u" * 200, "n" * 200):
            assert run not in line, f"a long attacker-controlled text was logged: {line[:120]}"
        assert "ending it all" not in line, "the body of a refused request was logged"


# --- verification before parsing ----------------------------------------------------------


@pytest.mark.parametrize("timestamp", ["abc", "", "12.5e3", "9" * 40])
async def test_a_timestamp_that_is_not_a_number_is_refused(
    db_url: str, caplog: pytest.LogCaptureFixture, timestamp: str
) -> None:
    async with slack_env(db_url) as env:
        body, _ = env.slack.command_body("log applied")
        resp = await env.slack.post(body, FORM, headers={"X-Slack-Request-Timestamp": timestamp})
        assert resp.status == 401
        await env.app.drain()
        assert env.fake.of("response_url") == []
    _no_tracebacks(caplog)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", JSON),
        ("[1, 2, 3]", JSON),
        ('"just a string"', JSON),
        ("payload=%7Bnot+json", FORM),
        ("payload=%5B1%2C2%5D", FORM),
    ],
)
async def test_malformed_bodies_are_401_unsigned_and_400_signed(
    db_url: str, caplog: pytest.LogCaptureFixture, body: str, content_type: str
) -> None:
    async with slack_env(db_url) as env:
        unsigned = await env.slack.post(body, content_type, secret="not-the-secret")
        assert unsigned.status == 401
        no_signature = await env.slack.post(body, content_type, headers={"X-Slack-Signature": ""})
        assert no_signature.status == 401
        signed = await env.slack.post(body, content_type)
        assert signed.status == 400
        await env.app.drain()
        assert [c.method for c in env.fake.calls] == []
    _no_tracebacks(caplog)


async def test_a_body_that_is_not_utf8_is_refused_without_a_traceback(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with slack_env(db_url) as env:
        raw = b"payload=\xff\xfe"
        async with env.slack.session.post(
            f"{env.slack.app_url}/slack/events",
            data=raw,
            headers={"Content-Type": FORM, "X-Slack-Request-Timestamp": "1"},
        ) as resp:
            assert resp.status == 401
    _no_tracebacks(caplog)


# --- once, across processes ------------------------------------------------------------------


@asynccontextmanager
async def second_app(db_url: str, fake: FakeSlack) -> AsyncIterator[tuple[SlackApp, SlackClient]]:
    """Another Rebound process: its own engine and database connections, one database."""
    engine, _clock, db = await make_engine(db_url)
    app = SlackApp(engine, AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url), SIGNING_SECRET)
    runner = web.AppRunner(app.web_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    try:
        yield app, SlackClient(f"http://127.0.0.1:{port}", fake, session)
        await app.drain()
    finally:
        await session.close()
        await runner.cleanup()
        await db.dispose()


def _answering(token: str) -> Callable[[Call], bool]:
    return lambda c: c.args["token"] == token


async def _activities(db_url: str) -> int:
    _engine, _clock, db = await make_engine(db_url)
    try:
        async with db.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(Activity)) or 0)
    finally:
        await db.dispose()


async def test_a_replayed_command_runs_once_across_processes(db_url: str) -> None:
    async with slack_env(db_url) as env, second_app(db_url, env.fake) as (other, other_slack):
        body, token = env.slack.command_body("log applied")
        first = await env.slack.post(body, FORM)
        assert first.status == 200
        await env.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        # The same signed request again, inside Slack's five minutes: to the other
        # process and to the first one. Both acknowledge it; neither runs it.
        assert (await other_slack.post(body, FORM)).status == 200
        assert (await env.slack.post(body, FORM)).status == 200
        await other.drain()
        await env.app.drain()
        assert len(env.fake.of("response_url", lambda c: c.args["token"] == token)) == 1
        # A new command (its own trigger) still runs, on either process.
        again, again_token = other_slack.command_body("log applied")
        assert (await other_slack.post(again, FORM)).status == 200
        await env.fake.wait_for("response_url", lambda c: c.args["token"] == again_token)
        await other.drain()
    assert await _activities(db_url) == 2


async def test_a_replayed_button_press_runs_once_across_processes(db_url: str) -> None:
    async with slack_env(db_url) as env, second_app(db_url, env.fake) as (other, other_slack):
        payload = {
            "type": "block_actions",
            "team": {"id": "T1", "domain": "t1"},
            "user": {"id": "U1", "username": "ana", "team_id": "T1"},
            "api_app_id": "A1",
            "trigger_id": "trigger-once",
            "channel": {"id": "C1", "name": "general"},
            "response_url": env.fake.response_url("press"),
            "actions": [
                {
                    "type": "button",
                    "action_id": "rb:streak:",
                    "value": "rb:streak:",
                    "block_id": "b",
                }
            ],
        }
        assert (await env.slack.interactive(payload)).status == 200
        await env.fake.wait_for("response_url", lambda c: c.args["token"] == "press")
        assert (await other_slack.interactive(payload)).status == 200
        await other.drain()
        await env.app.drain()
        assert len(env.fake.of("response_url", lambda c: c.args["token"] == "press")) == 1


async def test_a_retried_event_is_not_run_again_by_another_process(db_url: str) -> None:
    async with slack_env(db_url) as env, second_app(db_url, env.fake) as (other, other_slack):
        event = {"type": "app_home_opened", "user": "U1", "channel": "DU1", "tab": "home"}
        assert (await env.slack.event(event, event_id="EvRetry")).status == 200
        await env.fake.wait_for("views.publish")
        retried = await other_slack.event(event, event_id="EvRetry", retry=1)
        assert retried.status == 200
        await other.drain()
        await env.app.drain()
        assert len(env.fake.of("views.publish")) == 1
        fresh = await other_slack.event(event, event_id="EvFresh")
        assert fresh.status == 200
        await env.fake.wait_for("views.publish", count=2)


async def test_the_same_request_at_two_processes_at_once_runs_once(db_url: str) -> None:
    async with slack_env(db_url) as env, second_app(db_url, env.fake) as (other, other_slack):
        for _ in range(3):
            body, token = env.slack.command_body("log applied")
            answers = await asyncio.gather(env.slack.post(body, FORM), other_slack.post(body, FORM))
            assert [a.status for a in answers] == [200, 200]
            answered = _answering(token)
            await env.fake.wait_for("response_url", answered)
            await other.drain()
            await env.app.drain()
            assert len(env.fake.of("response_url", answered)) == 1
    assert await _activities(db_url) == 3


async def test_requests_a_day_old_are_forgotten_a_bounded_batch_at_a_time(db_url: str) -> None:
    _engine, clock, db = await make_engine(db_url)
    start = clock.now()
    try:
        for n in range(PRUNE_BATCH + 20):
            assert await first_time(db, f"trigger:old-{n}", "T1", start)
        assert not await first_time(db, "trigger:old-0", "T1", start + timedelta(hours=1))
        later = start + KEEP + timedelta(minutes=1)
        assert await first_time(db, "trigger:new", "T1", later)
        async with db.sessions() as session:
            left = await session.scalar(select(func.count()).select_from(SlackRequest))
        assert left == 20 + 1, "one batch of old requests went, no more"
        # A key longer than the column is noted by its hash, and recognised again.
        long_key = "trigger:" + "x" * 5000
        assert await first_time(db, long_key, "T" + "9" * 500, later)
        assert not await first_time(db, long_key, "T1", later)
    finally:
        await db.dispose()
