"""The `/streak` day strip's cells, from the pure rule `strip_cell` (no store, no database).

The strip as a member sees it, through `/streak`, is covered in tests/features.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.i18n import tr
from bot.features.streaks.rules import Rules, strip_cell, strip_legend

MONDAY = date(2026, 11, 2)
TODAY = MONDAY + timedelta(days=9)  # a Wednesday
JOINED = MONDAY


def cell(
    day: date,
    status: str | None = None,
    *,
    rules: Rules = Rules(),
    pending: tuple[date, ...] = (),
) -> str:
    return strip_cell(day, status, today=TODAY, joined=JOINED, pending=list(pending), rules=rules)


def test_recorded_days() -> None:
    assert cell(MONDAY, "active") == "■"
    assert cell(MONDAY, "frozen") == "❄"
    assert cell(TODAY, "active") == "■"


def test_days_before_joining_are_not_counted_unless_recorded() -> None:
    before = JOINED - timedelta(days=1)
    assert cell(before) == "–"
    assert cell(before, "active") == "■"


def test_a_pending_freeze_shows_as_a_freeze() -> None:
    day = MONDAY + timedelta(days=1)
    assert cell(day, pending=(day,)) == "❄"
    assert cell(day) == "·"


def test_today_with_nothing_logged_is_still_open() -> None:
    assert cell(TODAY) == "○"
    assert cell(TODAY, rules=Rules(pauses=((TODAY, TODAY),))) == "○"


def test_paused_and_uncounted_days() -> None:
    tuesday = MONDAY + timedelta(days=1)
    saturday = MONDAY + timedelta(days=5)
    assert cell(tuesday, rules=Rules(pauses=((tuesday, tuesday),))) == "‖"
    assert cell(saturday, rules=Rules(weekdays_only=True)) == "–"
    assert cell(saturday) == "·"


def test_the_legend_names_every_symbol() -> None:
    for symbol in "■❄‖–·○":
        assert symbol in strip_legend(tr("en"))


def test_days_judged_under_earlier_rules_keep_that_judgement() -> None:
    saturday = MONDAY + timedelta(days=5)
    # A weekend that was off stays off after switching to every day, and a miss stays
    # a miss after switching to weekdays; a date a flight skipped is not counted.
    assert cell(saturday, "rest") == "–"
    assert cell(saturday, "missed", rules=Rules(weekdays_only=True)) == "·"
    assert cell(MONDAY + timedelta(days=1), "skipped") == "–"
    before = JOINED - timedelta(days=1)
    assert cell(before, "missed") == "·"
