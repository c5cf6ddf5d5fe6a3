"""`rebound slack` as a process: HTTP mode on PORT, /healthz, a real command, clean SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from adapters.slack.adapter import serve
from bot.core.config import Config
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack, SlackClient

ROOT = Path(__file__).resolve().parents[2]
READY = "listens for Slack"
WAIT = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _read_until(stream: asyncio.StreamReader, marker: str, seen: list[str]) -> None:
    while True:
        line = (await stream.readline()).decode()
        if not line:
            raise AssertionError("the process ended early:\n" + "".join(seen))
        seen.append(line)
        if marker in line:
            return


async def test_rebound_slack_serves_http_and_stops_on_sigterm(db_url: str) -> None:
    fake = await FakeSlack().start()
    fake.add_user("U1", "ana")
    port = _free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "PORT": str(port),
        "DATABASE_URL": db_url,
    }
    env.pop("SLACK_APP_TOKEN", None)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        "slack",
        env=env,
        cwd=ROOT,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stderr is not None
    seen: list[str] = []
    try:
        await asyncio.wait_for(_read_until(proc.stderr, READY, seen), WAIT)
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                assert resp.status == 200
                assert await resp.json() == {"ok": True}
            slack = SlackClient(f"http://127.0.0.1:{port}", fake, session)
            resp, token = await slack.command("log applied Backend role at Acme")
            assert resp.status == 200
            (answer,) = await fake.wait_for("response_url", lambda c: c.args["token"] == token)
            assert "Streak: 1 day" in answer.text
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), WAIT) == 0
        seen.append((await proc.stderr.read()).decode())
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await fake.close()
    output = "".join(seen)
    assert "Rebound for Slack stopped" in output
    assert BOT_TOKEN not in output and SIGNING_SECRET not in output


async def test_socket_mode_takes_commands_and_stops_cleanly(db_url: str) -> None:
    fake = await FakeSlack().start()
    fake.add_user("U1", "ana")
    config = Config(
        database_url=db_url,
        slack_bot_token=BOT_TOKEN,
        slack_app_token="xapp-test-token",
        slack_api_url=fake.api_url,
    )
    stop, ready = asyncio.Event(), asyncio.Event()
    server = asyncio.create_task(serve(config, stop, ready=ready))
    try:
        await asyncio.wait_for(ready.wait(), WAIT)
        await fake.wait_for("socket_connect")
        (opened,) = fake.of("apps.connections.open")
        assert opened.token == "xapp-test-token"
        await fake.push(
            {
                "envelope_id": "env-1",
                "type": "slash_commands",
                "accepts_response_payload": True,
                "payload": {
                    "team_id": "T1",
                    "user_id": "U1",
                    "user_name": "ana",
                    "channel_id": "C1",
                    "channel_name": "general",
                    "command": "/rebound",
                    "text": "log networked",
                    "response_url": fake.response_url("socket"),
                    "trigger_id": "trigger-socket",
                },
            }
        )
        (ack,) = await fake.wait_for("socket_ack")
        assert ack.args["envelope_id"] == "env-1"
        (answer,) = await fake.wait_for("response_url")
        assert "Streak: 1 day" in answer.text
    finally:
        stop.set()
        await asyncio.wait_for(server, WAIT)
        await fake.close()
