"""The console adapter (PRODUCT.md section 5) and bad input, through `--json` transcripts.

Every store-backed test runs on SQLite and PostgreSQL; `rebound console` itself is run
as a subprocess, reading a script and standard input, and must exit 0 at end of input.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.core.declarations import Feature
from bot.core.jobs import schedule
from bot.store import identity as members
from bot.store.db import open_database
from bot.store.models import Activity, Application, Community, Goal, Member, Pause
from tests.support.harness import register_jobs, transcript

REBOUND = str(Path(sys.executable).with_name("rebound"))
START = "2026-11-02T09:00:00Z"
LONG_NOTE = "x" * 1001

BAD_INPUT = f"""\
ana: /log activity:applied company:Acme
ana: /dance
ana: /log applied colour:blue
ana: /log activity:dance
ana: /log applied count:0
ana: /log applied count:51
ana: /log applied note:"{LONG_NOTE}"
ana: /log applied note:"Backend role at Acme
ana: /settings timezone:Mars/Olympus
ana: /goal applied -1
ana: /goal activity:applied per_week:-1
ana: /pause days:31
ana: /stats
ana: /streak
ana: /settings
ana: /goal
"""


async def test_bad_input_is_explained_and_changes_nothing(db_url: str) -> None:
    out = await transcript(db_url, BAD_INPUT)
    by_line = {o["line"]: o for o in out}
    assert len(by_line) == len(out) == 16  # one reply per line: the console kept going
    assert by_line[1]["error"] is False
    expected = {
        2: "There is no command `/dance`",
        3: "`/log` has no option `colour`",
        4: "must be one of: applied, networked, learned, practiced, interviewed, "
        "followed_up, researched, resume, selfcare, volunteered (not `dance`)",
        5: "must be between 1 and 50, not 0",
        6: "must be between 1 and 50, not 51",
        7: "is 1001 characters long; the limit is 1000",
        8: 'missing its closing `"`',
        9: "`Mars/Olympus` is not a timezone I know",
        10: "must be between 0 and 100, not -1",
        11: "must be between 0 and 100, not -1",
        12: "must be between 1 and 30, not 31",
    }
    for line, message in expected.items():
        reply = by_line[line]
        assert reply["error"] is True, reply
        assert reply["type"] == "reply" and reply["ephemeral"] is True and reply["to"] == "ana"
        assert message in reply["text"], reply["text"]
        assert "Traceback" not in reply["text"]
    assert "Applications: 1" in by_line[13]["text"]
    assert "Active days in all: 1" in by_line[14]["text"]
    assert "Timezone: UTC" in by_line[15]["text"]
    assert "no goals yet" in by_line[16]["text"]
    db = open_database(db_url)
    try:
        async with db.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Activity)) == 1
            assert await session.scalar(select(func.count()).select_from(Application)) == 1
            assert await session.scalar(select(func.count()).select_from(Goal)) == 0
            assert await session.scalar(select(func.count()).select_from(Pause)) == 0
            assert await session.scalar(select(Member.timezone)) is None
    finally:
        await db.dispose()


async def test_a_rejected_first_command_creates_no_member(db_url: str) -> None:
    out = await transcript(db_url, "zed: /settings timezone:Nowhere/Land\nzed: /dance\n")
    assert [o["error"] for o in out] == [True, True]
    db = open_database(db_url)
    try:
        async with db.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Member)) == 0
    finally:
        await db.dispose()


async def test_transcript_lines_channels_comments_and_moderators(db_url: str) -> None:
    script = """\
# a comment, then a blank line

ana: /help
bo in #wins: /streak
/log learned
ana: /mod setup timezone:Europe/Berlin
!mod ana
ana: /mod setup timezone:Europe/Berlin
"""
    out = await transcript(db_url, script)
    assert [o["line"] for o in out] == [3, 4, 5, 6, 8]
    assert out[0]["channel"] == "#general" and out[0]["to"] == "ana"
    assert out[1]["channel"] == "#wins" and out[1]["to"] == "bo"
    assert out[2]["to"] == "you" and "Logged: learned something" in out[2]["text"]
    assert out[3]["error"] is True and "for moderators" in out[3]["text"]
    assert out[4]["error"] is False and "Europe/Berlin" in out[4]["text"]
    for o in out:
        assert set(o) >= {"line", "type", "channel", "to", "ephemeral", "error", "text"}
        assert isinstance(o["attachments"], list)


async def test_malformed_lines_get_an_error_and_the_console_goes_on(db_url: str) -> None:
    script = """\
this is not a command
!time
!time yesterday
!frobnicate
ana /log applied
ana: /log applied
"""
    out = await transcript(db_url, script)
    assert [(o["line"], o["error"]) for o in out] == [
        (1, True),
        (2, True),
        (3, True),
        (4, True),
        (5, True),
        (6, False),
    ]
    assert "USER: /command" in out[0]["text"]
    assert "!time 2026-11-02T09:00:00Z" in out[1]["text"]
    assert "`yesterday` is not an instant" in out[2]["text"]
    assert "Logged: applied" in out[5]["text"]


# --- !time steps through scheduled jobs ------------------------------------------------

TICK = "test-console-tick"


# Job kinds only these tests know, added to the app's registry for each test.
TEST_JOBS = Feature("test-console")


@pytest.fixture(autouse=True)
def _test_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    register_jobs(monkeypatch, TEST_JOBS)


@TEST_JOBS.job(TICK)
async def _tick(scope, row) -> None:  # type: ignore[no-untyped-def]
    """Posts the instant it runs at; `again` schedules one more tick an hour later."""
    await scope.post("general", f"tick {row.payload['n']} at {scope.now:%d %H:%M}", kind="test")
    if row.payload.get("again"):
        n = row.payload["n"] + 1
        await scope.schedule(
            TICK, scope.now + timedelta(hours=1), key=f"{row.key}/{n}", payload={"n": n}
        )


async def _seed_ticks(db_url: str) -> None:
    db = open_database(db_url)
    try:
        async with db.sessions() as session, session.begin():
            from bot.core.clock import parse_instant

            now = parse_instant(START)
            c = await members.get_or_create_community(session, "console:demo", "demo", now)
            for n, hours, again in ((2, 30, False), (1, 26, True), (9, 90, False)):
                await schedule(
                    session,
                    kind=TICK,
                    due_at=now + timedelta(hours=hours),
                    key=f"tick-{n}",
                    payload={"n": n, "again": again},
                    community_id=c.id,
                    now=now,
                )
    finally:
        await db.dispose()


async def test_time_runs_due_jobs_in_order_each_at_its_own_time(db_url: str) -> None:
    await _seed_ticks(db_url)
    script = """\
!time 2026-11-03T09:00:00Z
!time 2026-11-04T09:00:00Z
!time 2026-11-03T10:00:00Z
ana: /log applied
"""
    out = await transcript(db_url, script)
    ticks = [(o["line"], o["text"]) for o in out if o["type"] == "post"]
    # tick 1 at +26h, its follow-up tick 2 at +27h, then the seeded tick 2 (+30h);
    # tick 9 is due after the target and waits.
    assert ticks == [
        (2, "tick 1 at 03 11:00"),
        (2, "tick 2 at 03 12:00"),
        (2, "tick 2 at 03 15:00"),
    ]
    backwards = [o for o in out if o["line"] == 3]
    assert backwards[0]["error"] and "never moves backwards" in backwards[0]["text"]
    # The clock stayed at the !time target: a log now lands on 4 November.
    assert "Streak: 1 day" in out[-1]["text"]


# --- the `rebound console` command --------------------------------------------------


async def _rebound(*args: str, stdin: str = "", env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    proc = await asyncio.create_subprocess_exec(
        REBOUND,
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    out, err = await proc.communicate(stdin.encode())
    return proc.returncode, out.decode(), err.decode()


async def test_rebound_console_script_json(db_url: str, tmp_path: Path) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(
        "ana: /log applied company:Acme\nana: /dance\nana in #wins: /streak\n", encoding="utf-8"
    )
    code, out, err = await _rebound(
        "console",
        "--json",
        "--script",
        str(script),
        "--db",
        db_url,
        "--clock",
        START,
        "--files",
        str(tmp_path / "files"),
    )
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(o["line"], o["error"]) for o in lines] == [(1, False), (2, True), (3, False)]
    assert lines[2]["channel"] == "#wins"
    pictures = [Path(p) for p in lines[2]["attachments"]]
    assert pictures and all(p.parent == tmp_path / "files" for p in pictures)


async def test_rebound_console_reads_stdin_for_people(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    code, out, err = await _rebound(
        "console",
        "--clock",
        START,
        "--files",
        str(tmp_path / "files"),
        stdin="ana: /log applied Backend role at Acme\nana: /log dance\n!time 2026-01-01T00:00:00Z\n",
        env={"DATABASE_URL": f"sqlite:///{db}"},
    )
    assert code == 0, err
    assert (
        "[1] reply to @ana (only they see it)\n    Application logged ✓\n    Logged: applied."
        in out
    )
    assert "[2] reply to @ana (only they see it) · error\n" in out
    assert "[3] console · error\n    The clock never moves backwards" in out
    # The embedded SQLite store migrated itself on start.
    check = open_database(f"sqlite:///{db}")
    try:
        async with check.sessions() as session:
            assert await session.scalar(select(Community.key)) == "console:demo"
    finally:
        await check.dispose()
