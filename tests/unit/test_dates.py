"""The house date style: one way to write dates in every reply, never a zero-padded day."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core import dates
from bot.core.i18n import tr
from tests.support.harness import Community

EN = tr("en")


def test_long_and_short_forms() -> None:
    day = date(2026, 11, 2)
    assert dates.long_day(day, EN) == "Monday 2 November"
    assert dates.short_day(day, EN) == "Mon 2 Nov"
    assert dates.day_month(day, EN) == "2 November"
    assert dates.long_day_year(day, EN) == "Monday 2 November 2026"
    at = datetime(2026, 3, 9, 7, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert dates.long_when(at, EN) == "Monday 9 March, 07:05"
    assert dates.short_when(at, EN) == "Mon 9 Mar 07:05"


def test_every_day_of_a_year_reads_without_padding() -> None:
    day = date(2026, 1, 1)
    while day.year == 2026:
        long, short = dates.long_day(day, EN), dates.short_day(day, EN)
        assert re.fullmatch(r"[A-Z][a-z]+day [1-9]\d? [A-Z][a-z]+", long), long
        assert re.fullmatch(r"[A-Z][a-z]{2} [1-9]\d? [A-Z][a-z]{2}", short), short
        assert long.startswith(short[:3]) and day.strftime("%B") in long
        day = day.fromordinal(day.toordinal() + 1)


def test_owned_feature_modules_format_dates_only_through_the_helper() -> None:
    """No hand-rolled `%d`/`%A`/`%B` date formats left in the modules that use `bot.core.dates`."""
    root = Path(__file__).resolve().parents[2] / "bot" / "features"
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = str(path.relative_to(root))
        assert not re.search(r":%[aAbBd]|%[aAbBd][ ,}]", source), name


async def test_replies_use_the_house_style(community: Community) -> None:
    """Goals, buddy pairing and template reminders all say `Monday 9 November`."""
    community.moderators.add("mo")
    await community.advance("2026-11-09T09:00:00Z")
    await community.reply("ana", "/goal activity:applied per_week:3")
    goal = await community.reply("ana", "/goal")
    assert goal.title == "Your goals — week of 9 November"
    await community.reply("ana", "/buddy join")
    paired = await community.reply("mo", "/mod pair schedule:weekly day:tue time:09:30")
    assert "Next: Tuesday 10 November, 09:30." in paired.text
    remind = await community.reply("ana", "/template name:feedback-request remind_days:7")
    assert "on Monday 16 November to see" in remind.plain_text()
    for msg in (goal, paired, remind):
        assert not re.search(r"\b0\d (January|February|March|November)", msg.plain_text())
