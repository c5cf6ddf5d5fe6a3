"""The console delivers every message exactly once, even when it is SIGKILLed between
printing a message and recording it as sent: a restarted console finds the message in
its JSON transcript (by the outbox row it names) instead of printing it again."""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.support.harness import new_sqlite_database

START = "2026-11-02T08:00:00Z"
SETUP = """\
!mod mia
mia: /mod setup checkin_channel:#checkins support_channel:#support wins_channel:#wins
mia: /mod checkin-schedule channel:#checkins cadence:daily time:09:00 summary_after_hours:6
ana: /settings reminders:on
bo: /log activity:applied company:Acme
ana: /win text:"Second round at Initech"
ana: /rejection company:Acme share:public
"""
LATER = "!time 2026-11-20T20:00:00Z\n"


async def _console(url: str, script: Path, out: Path, kill_after: int) -> int:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.console_crash_worker",
        url,
        str(script),
        str(out),
        START,
        str(kill_after),
    )
    return await proc.wait()


@pytest.mark.slow
async def test_a_console_killed_while_printing_prints_each_message_once(tmp_path: Path) -> None:
    url = await new_sqlite_database(tmp_path)
    out = tmp_path / "transcript.jsonl"
    first, rest = tmp_path / "first.txt", tmp_path / "rest.txt"
    first.write_text(SETUP + LATER, encoding="utf-8")
    rest.write_text(LATER, encoding="utf-8")
    kills = 0
    code = await _console(url, first, out, kill_after=3)
    while code == -9 and kills < 12:  # each restart dies again after three more messages
        kills += 1
        code = await _console(url, rest, out, kill_after=3)
    assert kills >= 4, "the journey should have been cut several times"
    if code == -9:
        code = await _console(url, rest, out, kill_after=0)
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    keys = Counter(r["delivery"] for r in records if "delivery" in r)
    assert [k for k, n in keys.items() if n > 1] == [], "a message was printed twice"
    prompts = [r for r in records if r["type"] == "post" and "Check-in" in r["text"][:40]]
    days = Counter(r["text"].splitlines()[0] for r in prompts)
    assert [d for d, n in days.items() if n > 1] == [], "a check-in was posted twice"
    assert len(keys) >= 30, f"only {len(keys)} deliveries: the schedule did not run"
