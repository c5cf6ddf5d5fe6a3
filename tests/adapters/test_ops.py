"""Operability: `/metrics`, `/healthz` and what the log says.

- `/metrics` (Prometheus' text format) shows commands by name and outcome with a latency
  histogram, the scheduler's lag from due to run, the outbox's depth and deliveries by
  outcome, and communities by status; never a community, a member or what they typed.
- `/healthz` answers 200 while the database answers and 503 when it does not.
- Both are served on `METRICS_PORT` by the process around any live adapter (Discord's),
  and on the Slack HTTP port.
- Every log line of a command or a job names its community and the command or job, and no
  log line shows a token, also one Rebound never had in its configuration.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from adapters.base import Capabilities, serve
from adapters.ops import OpsServer
from bot.core import jobs, lifecycle, logs
from bot.core.config import Config, ConfigError
from bot.core.context import Scope
from bot.core.engine import Engine
from bot.core.messages import Message
from bot.core.metrics import METRICS
from bot.features.catalog import REGISTRY
from bot.store.db import open_database
from bot.store.models import Community as CommunityRow
from bot.store.models import Job
from tests.adapters.test_slack_adapter import slack_env
from tests.support.harness import Community
from tests.unit.test_hostile_logs import _growth_ok

WAIT = 15.0
# A Slack workspace's own token (distribution mode): never in Rebound's configuration.
WORKSPACE_TOKEN = "xoxb-2718281828-3141592653-WorkspaceOwnToken"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sample(name: str, **labels: str) -> float:
    return METRICS.get_sample_value(name, labels) or 0.0


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


def parsed(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }


@pytest.fixture
async def ops(community: Community) -> AsyncIterator[str]:
    """`/metrics` and `/healthz` for the community's database, on a port of their own."""
    server = OpsServer(community.engine.db, 0, host="127.0.0.1")
    port = await server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await server.stop()


async def test_metrics_show_commands_jobs_deliveries_outbox_and_communities(
    community: Community, ops: str
) -> None:
    before = {
        "ok": sample("rebound_commands_total", command="log", outcome="ok"),
        "refused": sample("rebound_commands_total", command="log", outcome="refused"),
        "timed": sample("rebound_command_seconds_count", command="log"),
        "lag": sample("rebound_scheduler_lag_seconds_count", kind="checkin.open"),
        "jobs": sample("rebound_jobs_total", kind="checkin.open", outcome="ok"),
        "sent": sample("rebound_deliveries_total", platform="console", outcome="sent"),
    }
    community.moderators.add("mo")
    await community.reply("ana", "/log activity:applied")
    assert (await community.reply("ana", "/log activity:sleeping")).error
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00")
    await community.advance("2026-11-02T10:00:00Z")  # the check-in opens, its prompt goes out
    # A post whose command's delivery never happened waits in the outbox.
    await community.run_undelivered("ana", '/win text:"Offer from Acme"')
    other = Community(community.engine, community.clock, key="console:gone")
    await other.reply("bo", "/log activity:applied")
    await lifecycle.uninstall(community.engine.db, community.clock, other.key)

    status, body = await get(f"{ops}/metrics")
    assert status == 200
    found = parsed(body)
    assert found[("rebound_commands_total", (("command", "log"), ("outcome", "ok")))] >= (
        before["ok"] + 2
    )
    assert (
        sample("rebound_commands_total", command="log", outcome="refused") == before["refused"] + 1
    )
    assert sample("rebound_command_seconds_count", command="log") == before["timed"] + 3
    assert ("rebound_command_seconds_bucket", (("command", "log"), ("le", "0.01"))) in found
    assert sample("rebound_scheduler_lag_seconds_count", kind="checkin.open") == before["lag"] + 1
    assert sample("rebound_jobs_total", kind="checkin.open", outcome="ok") == before["jobs"] + 1
    assert sample("rebound_deliveries_total", platform="console", outcome="sent") > before["sent"]
    assert found[("rebound_outbox_depth", (("platform", "console"),))] == 1
    assert found[("rebound_communities", (("status", "installed"),))] == 1
    assert found[("rebound_communities", (("status", "uninstalled"),))] == 1
    # Names of commands, kinds and platforms only: no community, member or typed text.
    for private in ("console:test", "console:gone", "ana", "Acme", "sleeping"):
        assert private not in body


async def test_healthz_says_whether_the_database_answers(ops: str, tmp_path: Path) -> None:
    assert await get(f"{ops}/healthz") == (200, '{"ok": true}')
    # A database that cannot be opened (its directory does not exist) does not answer.
    gone = open_database(f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'rebound.db'}")
    server = OpsServer(gone, 0, host="127.0.0.1")
    port = await server.start()
    try:
        status, body = await get(f"http://127.0.0.1:{port}/healthz")
        assert status == 503 and '"ok": false' in body
        # The counters still show, without the store's gauges.
        status, body = await get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200 and "rebound_commands_total" in body
    finally:
        await server.stop()
        await gone.dispose()


class Quiet:
    """A live adapter that takes no events: the process around it is what is tested."""

    platform = "discord"
    capabilities = Capabilities(
        modals=False, threads=False, ephemeral=False, buttons=False, pictures=False
    )

    def __init__(self, _engine: Engine) -> None:
        self.closed = asyncio.Event()

    async def start(self) -> None:
        return None

    async def serving(self) -> None:
        await self.closed.wait()

    async def stop(self) -> None:
        return None

    async def close(self) -> None:
        self.closed.set()

    async def send(self, msg: Message) -> str | None:
        return None


async def test_a_live_process_serves_metrics_and_health_on_METRICS_PORT(db_url: str) -> None:
    port = _free_port()
    config = Config.from_env({"DATABASE_URL": db_url, "METRICS_PORT": str(port)})
    assert config.metrics_port == port
    stop, ready = asyncio.Event(), asyncio.Event()
    serving = asyncio.create_task(serve(config, Quiet, stop=stop, ready=ready))
    try:
        await asyncio.wait_for(ready.wait(), WAIT)
        assert await get(f"http://127.0.0.1:{port}/healthz") == (200, '{"ok": true}')
        status, body = await get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        assert ("rebound_communities", (("status", "installed"),)) in parsed(body)
    finally:
        stop.set()
        await asyncio.wait_for(serving, WAIT)
    with pytest.raises(aiohttp.ClientError):  # stopped with the process
        await get(f"http://127.0.0.1:{port}/healthz")


def test_a_bad_METRICS_PORT_is_named() -> None:
    with pytest.raises(ConfigError) as refused:
        Config.from_env({"METRICS_PORT": "ninety"})
    assert refused.value.setting == "METRICS_PORT"
    assert Config.from_env({}).metrics_port is None


async def test_the_slack_http_port_serves_metrics_and_health(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("log applied")
        status, body = await get(f"{env.slack.app_url}/metrics")
        assert status == 200
        assert parsed(body)[("rebound_communities", (("status", "installed"),))] == 1
        assert await get(f"{env.slack.app_url}/healthz") == (200, '{"ok": true}')


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """The production logging set-up on a buffer; pytest's is put back afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buf = io.StringIO()
    logs.setup(Config().secrets(), stream=buf)
    try:
        yield buf
    finally:
        root.handlers[:], root.level = saved


async def test_log_lines_name_the_community_and_the_command_and_no_token(
    community: Community, monkeypatch: pytest.MonkeyPatch, log_output: io.StringIO
) -> None:
    async def leaky(ctx, opts) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError(f"Slack refused {WORKSPACE_TOKEN}")

    monkeypatch.setitem(
        REGISTRY.commands, "log", dataclasses.replace(REGISTRY["log"], handler=leaky)
    )
    assert (await community.reply("ana", "/log applied")).error
    lines = [line for line in log_output.getvalue().splitlines() if "failed" in line]
    assert lines and all("[community=console:test /log]" in line for line in lines)
    text = log_output.getvalue()
    assert WORKSPACE_TOKEN not in text and "Slack refused [redacted]" in text


async def test_a_failing_jobs_log_lines_name_the_community_and_the_job(
    community: Community, monkeypatch: pytest.MonkeyPatch, log_output: io.StringIO
) -> None:
    async def broken(scope: Scope, row: Job) -> None:
        raise RuntimeError(f"the workspace token {WORKSPACE_TOKEN} was revoked")

    monkeypatch.setitem(REGISTRY.jobs, "test-ops-broken", broken)
    await community.reply("ana", "/log applied")
    async with community.engine.db.sessions() as session, session.begin():
        community_id = await session.scalar(
            select(CommunityRow.id).where(CommunityRow.key == community.key)
        )
        await jobs.schedule(
            session,
            kind="test-ops-broken",
            due_at=community.clock.now(),
            key="test-ops-broken",
            payload={},
            community_id=community_id,
            now=community.clock.now(),
        )
    await community.advance(community.clock.now())
    lines = [line for line in log_output.getvalue().splitlines() if "test-ops-broken" in line]
    assert lines and "[community=console:test job test-ops-broken]" in lines[0]
    assert WORKSPACE_TOKEN not in log_output.getvalue()


@pytest.mark.parametrize("unit", ["xoxb-", "xoxb-a ", "xox", "xapp-1"])
def test_token_redaction_is_linear_in_the_line(unit: str) -> None:
    redact = logs.RedactSecrets([])
    assert not _growth_ok(redact.redact, unit)
