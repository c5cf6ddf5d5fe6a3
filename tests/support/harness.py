"""Test helpers: per-test databases on SQLite and PostgreSQL, a community driver, transcripts."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from adapters.console.adapter import ConsoleResolver, run_console
from bot.core.clock import ManualClock, SystemClock, parse_instant
from bot.core.declarations import Feature
from bot.core.delivery import LEASE, Send
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef, Message
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.store.db import Database, migrate, open_database

PG_URL_ENV = "REBOUND_TEST_PG_URL"
_template_ready: dict[str, bool] = {}


def pg_base_url() -> str | None:
    return os.environ.get(PG_URL_ENV)


async def pg_admin_execute(sql: str) -> None:
    """Run one statement on the PostgreSQL server of `REBOUND_TEST_PG_URL` (CREATE DATABASE...)."""
    import asyncpg

    url = make_url(pg_base_url() or "")
    conn = await asyncpg.connect(
        user=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        password=url.password,
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def new_pg_database() -> str:
    """A fresh, migrated PostgreSQL database cloned from a template migrated once per run."""
    base = pg_base_url()
    assert base, f"{PG_URL_ENV} is not set"
    template = "rebound_template"
    if not _template_ready.get(template):
        await pg_admin_execute(f"DROP DATABASE IF EXISTS {template}")
        await pg_admin_execute(f"CREATE DATABASE {template}")
        url = make_url(base).set(database=template).render_as_string(hide_password=False)
        db = open_database(url, pool_size=1)
        await migrate(db)
        await db.dispose()
        _template_ready[template] = True
    name = "t_" + uuid.uuid4().hex[:16]
    await pg_admin_execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return make_url(base).set(database=name).render_as_string(hide_password=False)


_sqlite_template: Path | None = None
_scratch: tempfile.TemporaryDirectory[str] | None = None


def scratch() -> Path:
    """A directory for this test run's files, removed when the run ends."""
    global _scratch
    if _scratch is None:
        _scratch = tempfile.TemporaryDirectory(prefix="rebound-tests-")
    return Path(_scratch.name)


def _copy_sqlite_template(template: Path, path: Path) -> None:
    for suffix in ("", "-wal"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{path}{suffix}")


async def new_sqlite_database(tmp: Path) -> str:
    """A fresh, migrated SQLite file: a copy of a template migrated once per test run."""
    global _sqlite_template
    if _sqlite_template is None:
        template = scratch() / "template.db"
        db = open_database(f"sqlite+aiosqlite:///{template}")
        await migrate(db)
        await db.dispose()
        _sqlite_template = template
    path = tmp / f"rebound-{uuid.uuid4().hex[:8]}.db"
    _copy_sqlite_template(_sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@dataclass
class Sent:
    """A delivered message with the line or instant that caused it."""

    message: Message

    @property
    def text(self) -> str:
        return self.message.plain_text()


@dataclass
class Community:
    """Drives the engine like an adapter would, with a manual clock and recorded deliveries."""

    engine: Engine
    clock: ManualClock
    key: str = "console:test"
    sent: list[Message] = field(default_factory=list)
    moderators: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.scheduler = Scheduler(
            self.engine.db,
            self.engine.clock,
            self.engine.registry,
            self._send,
            platform=self.key.split(":")[0],
        )
        self._posts = 0

    async def _send(self, msg: Message) -> str | None:
        self.sent.append(msg)
        if msg.post_id is not None:
            self._posts += 1
            return f"msg-{msg.post_id}"
        return None

    async def run(self, user: str, line: str, channel: str = "general") -> list[Message]:
        """Run `line` as `user`; deliver and return the messages (replies, posts, DMs)."""
        messages = await self.run_undelivered(user, line, channel)
        await self.engine.delivery.deliver(messages, self._send, self.key)
        return messages

    async def run_undelivered(
        self, user: str, line: str, channel: str = "general"
    ) -> list[Message]:
        """Run `line` as `user` and commit it, then 'crash': this process delivers none of
        its messages (its posts wait in the outbox for a scheduler)."""
        return await self.engine.run_line(
            line,
            community_key=self.key,
            actor=MemberRef(user, user),
            channel=ChannelRef(channel, channel),
            resolver=ConsoleResolver(),
            platform_moderator=user in self.moderators,
        )

    def restarted(self, send: Send | None = None) -> Scheduler:
        """A scheduler in a process started after a dead command's lease ended, sending
        through `send` (default: this community's recording transport)."""
        return Scheduler(
            self.engine.db,
            self.engine.clock,
            self.engine.registry,
            send or self._send,
            platform="console",
            lease_clock=ManualClock(SystemClock().now() + LEASE + timedelta(seconds=1)),
        )

    async def reply(self, user: str, line: str, channel: str = "general") -> Message:
        """Run `line` and return the reply to `user` (asserting there is exactly one)."""
        replies = [m for m in await self.run(user, line, channel) if m.kind.value == "reply"]
        assert len(replies) == 1, [m.plain_text() for m in replies]
        return replies[0]

    async def advance(self, when: str | datetime) -> list[Message]:
        """Move the clock forward, running every job due on the way; return what was sent."""
        before = len(self.sent)
        target = parse_instant(when) if isinstance(when, str) else when
        await self.scheduler.advance_to(self.clock, target)
        return self.sent[before:]


async def make_engine(
    url: str, start: str = "2026-11-02T09:00:00Z"
) -> tuple[Engine, ManualClock, Database]:
    db = open_database(url)
    clock = ManualClock(parse_instant(start))
    return Engine(db, clock, REGISTRY), clock, db


async def transcript(
    db_url: str, script: str, *, clock: str = "2026-11-02T09:00:00Z", files: Path | None = None
) -> list[dict[str, Any]]:
    """Run a console transcript in --json mode and return the JSON objects it printed."""
    out = io.StringIO()
    work = files or scratch() / f"transcript-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True, exist_ok=True)
    path = work / "script.txt"
    path.write_text(script, encoding="utf-8")
    db = open_database(db_url)
    try:
        await run_console(
            db,
            script=str(path),
            json_mode=True,
            start=parse_instant(clock),
            files_dir=work / "files",
            stdout=out,
        )
    finally:
        await db.dispose()
        path.unlink()
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def register_jobs(monkeypatch: pytest.MonkeyPatch, feature: Feature) -> None:
    """Add the job kinds only some tests know (`feature`'s) to the app's registry, for the
    length of one test."""
    for kind, handler in feature.jobs.items():
        monkeypatch.setitem(REGISTRY.jobs, kind, handler)
