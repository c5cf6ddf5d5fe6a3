"""Quiet hours as pure rules: inside or outside the window, and when it ends."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import quiet
from bot.core.errors import UserError
from bot.core.i18n import tr

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize("when", ["2026-11-02T20:59:00", "2026-11-02T07:00:00"])
def test_outside_the_window_nothing_is_held(when: str) -> None:
    # 21:59 and 08:00 in Berlin: the window is 22:00 to 08:00.
    assert quiet.held_until(quiet.DEFAULT, BERLIN, at(when)) is None


def test_the_first_minute_of_the_window_is_inside() -> None:
    assert quiet.held_until(quiet.DEFAULT, BERLIN, at("2026-11-02T21:00:00")) == datetime(
        2026, 11, 3, 8, tzinfo=BERLIN
    )


def test_before_midnight_it_ends_the_next_morning_after_it_the_same_morning() -> None:
    evening = quiet.held_until((22, 8), BERLIN, at("2026-11-02T22:30:00"))  # 23:30
    night = quiet.held_until((22, 8), BERLIN, at("2026-11-03T02:00:00"))  # 03:00
    assert evening == night == datetime(2026, 11, 3, 8, tzinfo=BERLIN)


def test_a_window_within_one_day() -> None:
    assert quiet.held_until((8, 12), BERLIN, at("2026-11-03T09:00:00")) == datetime(
        2026, 11, 3, 12, tzinfo=BERLIN
    )
    assert quiet.held_until((8, 12), BERLIN, at("2026-11-03T11:00:00")) is None  # 12:00


def test_the_end_is_local_across_a_clock_change() -> None:
    # The night Berlin leaves summer time (25 October 2026): 08:00 is UTC+1 again.
    until = quiet.held_until((22, 8), BERLIN, at("2026-10-24T21:00:00"))
    assert until is not None and until.astimezone(UTC) == at("2026-10-25T07:00:00")


def test_off_never_holds_and_windows_are_read_strictly() -> None:
    assert quiet.held_until(quiet.parse_window("off"), BERLIN, at("2026-11-03T02:00:00")) is None
    assert quiet.parse_window(" 23-7 ") == (23, 7)
    for bad in ("24-08", "22", "8-8", "22-08-01", "١٢-08", "-1-08"):
        with pytest.raises(UserError):
            quiet.parse_window(bad)
    en = tr("en")
    assert quiet.describe((9, 17), en) == "09:00–17:00" and quiet.describe(None, en) == "off"
