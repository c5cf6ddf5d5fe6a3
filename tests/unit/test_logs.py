"""Secrets and database passwords never reach the log, also not inside tracebacks."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core import logs
from bot.core.config import Config
from bot.features.catalog import REGISTRY
from tests.support.harness import Community

ENV = {
    "DISCORD_TOKEN": "MTA4.discord-token-value.xyz",
    "SLACK_BOT_TOKEN": "xoxb-111-222-slacktokenvalue",
    "SLACK_SIGNING_SECRET": "signing-secret-value-123",
    "SLACK_APP_TOKEN": "xapp-1-app-token-value",
    "DATABASE_URL": "postgresql://rebound:db-pass-Wd93@db.internal:5432/rebound",
}
SECRETS = [*(v for k, v in ENV.items() if k != "DATABASE_URL"), "db-pass-Wd93"]


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """Install the production logging set-up on a buffer; restore pytest's afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buf = io.StringIO()
    logs.setup(Config.from_env(ENV).secrets(), stream=buf)
    try:
        yield buf
    finally:
        root.handlers[:], root.level = saved


def test_config_knows_every_secret() -> None:
    assert sorted(Config.from_env(ENV).secrets()) == sorted(SECRETS)
    assert "db-pass" not in repr(Config.from_env(ENV))


def test_messages_arguments_and_tracebacks_are_redacted(log_output: io.StringIO) -> None:
    log = logging.getLogger("rebound.test")
    log.info("connecting with %s", ENV["DISCORD_TOKEN"])
    log.warning("database at %s", "postgresql+asyncpg://someone:other-pass-77@host/db")
    try:
        try:
            raise ConnectionError(f"refused for {ENV['SLACK_BOT_TOKEN']}")
        except ConnectionError as exc:
            raise RuntimeError(f"cannot open {ENV['DATABASE_URL']}") from exc
    except RuntimeError:
        log.exception("start-up failed (signing secret %s)", ENV["SLACK_SIGNING_SECRET"])
    log.error("where am I", stack_info=True, extra={"token": ENV["SLACK_APP_TOKEN"]})
    text = log_output.getvalue()
    for secret in [*SECRETS, "other-pass-77"]:
        assert secret not in text
    assert "Traceback" in text and "ConnectionError: refused for [redacted]" in text
    assert "postgresql://rebound:[redacted]@db.internal:5432/rebound" in text
    assert "connecting with [redacted]" in text


async def test_an_internal_error_with_secrets_in_it_logs_none_of_them(
    community: Community, monkeypatch: pytest.MonkeyPatch, log_output: io.StringIO
) -> None:
    async def leaky(ctx, opts) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError(f"token {ENV['DISCORD_TOKEN']} rejected by {ENV['DATABASE_URL']}")

    monkeypatch.setitem(
        REGISTRY.commands, "log", dataclasses.replace(REGISTRY["log"], handler=leaky)
    )
    reply = await community.reply("ana", "/log applied")
    assert reply.error
    text = log_output.getvalue()
    assert "command /log failed" in text and "RuntimeError: token [redacted]" in text
    for secret in SECRETS:
        assert secret not in text
        assert secret not in reply.plain_text()


async def test_an_unreachable_database_is_reported_without_its_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    proc = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).with_name("rebound")),
        "migrate",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        # Port 1 on the loopback refuses connections at once.
        env={**os.environ, "DATABASE_URL": "postgresql://rebound:db-pass-Wd93@127.0.0.1:1/x"},
    )
    out, err = await proc.communicate()
    assert proc.returncode == 1
    text = (out + err).decode()
    assert "cannot use the database postgresql+asyncpg://rebound:" in text
    assert "db-pass-Wd93" not in text
