"""A community's lifecycle: uninstalled (nothing runs, nothing is sent, commands refused),
installed again within 30 days (everything kept), or erased completely after 30 days
(proved with the same completeness checks as `/privacy delete`); and the operator's
`rebound communities` and `rebound community purge`."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.core import lifecycle
from bot.core.grammar import parse_line
from bot.core.i18n import ENGLISH, tr
from bot.features.catalog import REGISTRY
from bot.store.communities import community_tables
from bot.store.db import Database
from bot.store.models import Base, Community, Job, Member, Outbox
from tests.features.test_privacy import MEMBER_TABLES, SCRIPT, member_rows
from tests.support.harness import Community as Driver
from tests.support.harness import make_engine, transcript

REBOUND = str(Path(sys.executable).with_name("rebound"))
DEMO = "console:demo"


@asynccontextmanager
async def driver(db_url: str, start: str, key: str = "console:test") -> AsyncIterator[Driver]:
    engine, clock, db = await make_engine(db_url, start)
    try:
        yield Driver(engine, clock, key=key)
    finally:
        await db.dispose()


def titles(sent: list[Any]) -> list[str]:
    return [m.title or "" for m in sent]


async def community_id(db: Database, key: str) -> int | None:
    async with db.sessions() as s:
        return await s.scalar(select(Community.id).where(Community.key == key))


async def rows_of(db: Database, cid: int) -> dict[str, int]:
    """Rows per table that belong to community `cid` (by `community_id`)."""
    counts: dict[str, int] = {}
    async with db.sessions() as s:
        for table in Base.metadata.sorted_tables:
            if "community_id" in table.columns:
                n = await s.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(table.columns["community_id"] == cid)
                )
                if n:
                    counts[table.name] = int(n)
    return counts


# --- uninstalled: nothing runs, nothing is sent, nothing is taken -----------------------------


async def test_an_uninstalled_community_gets_no_check_ins_until_it_comes_back(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T08:00:00Z") as c:
        c.moderators.add("mo")
        await c.reply("mo", "/mod checkin-schedule channel:#checkins cadence:daily time:09:00")
        first = await c.advance("2026-11-02T09:05:00Z")
        assert [t for t in titles(first) if t.startswith("Check-in ·")]

        await lifecycle.uninstall(c.engine.db, c.clock, c.key)
        quiet = await c.advance("2026-11-05T12:00:00Z")
        assert quiet == []

        assert await lifecycle.reinstall(c.engine.db, c.clock, c.key)
        back = await c.advance("2026-11-05T12:01:00Z")
        assert "Check-in · Thursday 5 November, 09:00 (posted late)" in titles(back)
        later = await c.advance("2026-11-06T09:05:00Z")
        friday = [t for t in titles(later) if t.startswith("Check-in · Friday 6 November")]
        assert friday, titles(later)


async def test_messages_waiting_when_uninstalled_are_never_sent(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z") as c:
        c.moderators.add("mo")
        await c.reply("mo", "/mod checkin-schedule channel:#checkins cadence:daily time:10:00")
        before = len(c.sent)
        c.clock.set(c.clock.now() + timedelta(hours=1, minutes=1))
        assert await c.scheduler.run_due()  # the prompt is in the outbox, not delivered yet
        await lifecycle.uninstall(c.engine.db, c.clock, c.key)
        assert await c.scheduler.deliver() == 0
        await lifecycle.reinstall(c.engine.db, c.clock, c.key)
        assert await c.scheduler.deliver() == 0 and c.sent[before:] == []
        async with c.engine.db.sessions() as s:
            errors = list(await s.scalars(select(Outbox.last_error)))
        assert errors == [lifecycle.NOT_SENT]


async def test_commands_of_an_uninstalled_community_are_refused_and_change_nothing(
    db_url: str,
) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z") as c:
        await c.reply("ana", "/log activity:applied")
        db = c.engine.db
        await lifecycle.uninstall(db, c.clock, c.key)
        cid = await community_id(db, c.key)
        assert cid is not None
        before = await rows_of(db, cid)
        for user, line in [
            ("ana", "/log activity:networked"),
            ("ana", "/streak"),  # read-only
            ("zed", "/log activity:applied"),  # never used Rebound here
        ]:
            refused = await c.reply(user, line)
            assert refused.error, refused.text
            assert refused.text == tr(ENGLISH).text(lifecycle.NOT_INSTALLED), refused.text
        assert await rows_of(db, cid) == before
        async with db.sessions() as s:
            assert await s.scalar(select(Member).where(Member.platform_id == "zed")) is None


async def test_uninstalling_twice_keeps_the_first_instant(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z") as c:
        await c.reply("ana", "/log activity:applied")
        db = c.engine.db
        await lifecycle.uninstall(db, c.clock, c.key)
        c.clock.set(c.clock.now() + timedelta(minutes=5))
        await lifecycle.uninstall(db, c.clock, c.key)  # tokens_revoked after app_uninstalled
        async with db.sessions() as s:
            community = await s.scalar(select(Community).where(Community.key == c.key))
            assert community is not None
            assert community.uninstalled_at == c.clock.now() - timedelta(minutes=5)
            erases = list(await s.scalars(select(Job).where(Job.kind == lifecycle.ERASE_JOB)))
        assert [j.due_at for j in erases] == [community.uninstalled_at + timedelta(days=30)]
        # Events about a community Rebound never served change nothing.
        await lifecycle.uninstall(db, c.clock, "console:unknown")
        assert await community_id(db, "console:unknown") is None


# --- kept 30 days, then erased -----------------------------------------------------------------


async def test_a_reinstall_within_30_days_keeps_streaks_and_cancels_the_erase(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z") as c:
        for day in ("2026-11-02", "2026-11-03", "2026-11-04"):
            await c.advance(f"{day}T12:00:00Z")
            await c.reply("ana", "/log activity:applied")
        await lifecycle.uninstall(c.engine.db, c.clock, c.key)
        await c.advance("2026-12-03T12:00:00Z")  # 29 days later
        assert await lifecycle.reinstall(c.engine.db, c.clock, c.key)
        await c.advance("2026-12-20T12:00:00Z")  # well past the first uninstall's 30 days
        streak = await c.reply("ana", "/streak")
        assert not streak.error
        assert "Active days in all: 3" in streak.plain_text(), streak.plain_text()
        # Installed already: nothing to bring back.
        assert not await lifecycle.reinstall(c.engine.db, c.clock, c.key)


async def test_only_30_days_after_the_last_uninstall_is_anything_erased(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z") as c:
        await c.reply("ana", "/log activity:applied")
        db = c.engine.db
        await lifecycle.uninstall(db, c.clock, c.key)
        await c.advance("2026-11-30T09:00:00Z")
        await lifecycle.reinstall(db, c.clock, c.key)
        await c.advance("2026-12-01T09:00:00Z")
        await lifecycle.uninstall(db, c.clock, c.key)
        await c.advance("2026-12-31T08:59:00Z")  # 59 days after the first uninstall
        assert await community_id(db, c.key) is not None
        await c.advance("2026-12-31T09:00:00Z")  # 30 days after the second
        assert await community_id(db, c.key) is None


async def test_after_30_days_the_community_is_erased_completely(
    db_url: str, tmp_path: Path
) -> None:
    await transcript(db_url, SCRIPT, files=tmp_path)  # console:demo, every kind of record
    async with driver(db_url, "2026-11-02T10:00:00Z", key="console:other") as other:
        await other.reply("bo", "/log activity:applied note:elsewhere")
        await other.reply("bo", "/win text:Offer")
        db = other.engine.db
        demo = await community_id(db, DEMO)
        assert demo is not None
        demo_rows = await rows_of(db, demo)
        # The script leaves rows in most tables: what is checked below is not vacuous.
        assert {"members", "activities", "cheers", "buddy_pairs", "posts", "jobs"} <= set(demo_rows)
        assert len(demo_rows) >= 15, demo_rows
        async with db.sessions() as s:
            members = list(await s.scalars(select(Member.id).where(Member.community_id == demo)))
        other_id = await community_id(db, "console:other")
        assert other_id is not None
        other_before = await rows_of(db, other_id)

        await lifecycle.uninstall(db, other.clock, DEMO)
        await other.advance(other.clock.now() + timedelta(days=30, minutes=-1))
        assert await rows_of(db, demo) == {**demo_rows, "jobs": demo_rows["jobs"] + 1}

        await other.advance(other.clock.now() + timedelta(minutes=1))
        assert await community_id(db, DEMO) is None
        assert await rows_of(db, demo) == {}
        for member in members:  # `/privacy delete`'s completeness check, for every member
            assert await member_rows(db, member) == {}
        assert await rows_of(db, other_id) == other_before
        async with db.sessions() as s:
            (record,) = await s.scalars(select(Job).where(Job.kind == lifecycle.ERASE_JOB))
        assert record.status == "done" and record.community_id is None
        assert record.payload["erased_rows"] > sum(demo_rows.values())

        # Back after that, the community starts afresh.
        assert not await lifecycle.reinstall(db, other.clock, DEMO, name="demo")
        again = await community_id(db, DEMO)
        assert again is not None and await rows_of(db, again) == {}


async def test_every_table_with_community_rows_is_erased() -> None:
    """The erase covers every table holding a community's rows: a table added later with a
    `community_id` or a member id is covered without touching the erase."""
    covered = {t.name for t in community_tables()}
    assert set(MEMBER_TABLES) <= covered
    assert {"members", "jobs", "outbox", "channels", "community_counters", "checkin_runs"} <= (
        covered
    )
    assert "communities" not in covered


# --- what a community reads when Rebound arrives ----------------------------------------------


def test_the_welcome_names_three_setup_steps_that_work() -> None:
    msg = lifecycle.welcome("Job Seekers", returning=False)
    assert msg.title == "Thanks for adding Rebound"
    assert "Job Seekers" in msg.text and "Three steps" in msg.text
    steps = [line for line in msg.text.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert len(steps) == 3
    for step in steps:
        for command in step.split("`")[1::2]:
            if command.startswith("/"):
                parse_line(command, REGISTRY)  # raises for a command or option that is not there
    back = lifecycle.welcome("Job Seekers", returning=True)
    assert back.title == "Rebound is back" and "where you left it" in back.text


# --- the operator's commands --------------------------------------------------------------


async def rebound(db_url: str, *args: str, stdin: str = "") -> tuple[int, str, str]:
    env = {**os.environ, "DATABASE_URL": db_url}
    env.pop("DISCORD_TOKEN", None)
    proc = await asyncio.create_subprocess_exec(
        REBOUND,
        *args,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate(stdin.encode())
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_communities_lists_platform_status_members_and_last_activity(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z", key="console:alpha") as c:
        await c.reply("ana", "/log activity:applied")
        await c.advance("2026-11-04T16:30:00Z")
        await c.reply("bo", "/log activity:applied")
        await lifecycle.reinstall(c.engine.db, c.clock, "discord:42", name="Job Seekers")
        await lifecycle.uninstall(c.engine.db, c.clock, "discord:42")
    code, out, err = await rebound(db_url, "communities")
    assert code == 0, err
    header, *lines = out.splitlines()
    assert header.split() == "ID PLATFORM NAME STATUS MEMBERS LAST ACTIVITY (UTC)".split()
    (alpha,) = [line for line in lines if "console:alpha" in line]
    assert alpha.split() == "1 console console:alpha installed 2 2026-11-04 16:30".split()
    (seekers,) = [line for line in lines if "Job Seekers" in line]
    assert seekers.startswith("2") and "discord" in seekers
    assert "uninstalled 2026-11-04, erased after 2026-12-04" in seekers
    assert seekers.rstrip().endswith(" 0  never")


async def test_communities_on_an_empty_store(db_url: str) -> None:
    code, out, _ = await rebound(db_url, "communities")
    assert code == 0 and "No communities yet" in out


async def test_purge_needs_the_typed_name_and_otherwise_changes_nothing(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z", key="console:alpha") as c:
        await c.reply("ana", "/log activity:applied")
        db = c.engine.db
        cid = await community_id(db, "console:alpha")
        assert cid is not None
        before = await rows_of(db, cid)
        for args, typed in [
            ((), ""),  # no confirmation at all (nothing typed, no terminal)
            ((), "console:beta\n"),
            (("--confirm", "alpha"), ""),
        ]:
            code, out, err = await rebound(
                db_url, "community", "purge", str(cid), *args, stdin=typed
            )
            assert code == 2, (args, out, err)
            assert "nothing was erased" in err, err
            assert await rows_of(db, cid) == before
        code, _, err = await rebound(db_url, "community", "purge", "999")
        assert code == 2 and "no community 999" in err
        assert await rows_of(db, cid) == before

        code, out, err = await rebound(
            db_url, "community", "purge", str(cid), stdin="console:alpha\n"
        )
        assert code == 0, err
        assert "Type the community's name" in out and "Erased console:alpha" in out
        assert await community_id(db, "console:alpha") is None and await rows_of(db, cid) == {}


async def test_purge_by_key_with_the_confirm_option(db_url: str) -> None:
    async with driver(db_url, "2026-11-02T09:00:00Z", key="console:alpha") as c:
        await c.reply("ana", "/log activity:applied")
        code, out, err = await rebound(
            db_url, "community", "purge", "console:alpha", "--confirm", "console:alpha"
        )
        assert code == 0, err
        assert "Type the community's name" not in out and "Erased console:alpha" in out
        assert await community_id(c.engine.db, "console:alpha") is None
