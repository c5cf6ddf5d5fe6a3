"""How a weekly check-in's day reads: mutants of `Recurrence.describe` survived `make mutation`.

Moderators see the description in `/mod checkin-schedules` and the scheduling replies;
the weekday is named in the reader's language, from the schedule's weekday (0 = Monday).
"""

from __future__ import annotations

import pytest

from bot.core.i18n import ENGLISH, tr
from bot.features.checkins.recurrence import DAYS, Recurrence

ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize(("weekday", "name"), list(enumerate(ENGLISH_DAYS)), ids=DAYS)
def test_a_weekly_check_in_names_its_own_weekday(weekday: int, name: str) -> None:
    weekly = Recurrence("weekly", 9, 5, weekday=weekday)
    assert weekly.describe(tr(ENGLISH)) == f"every {name} at 09:05"


def test_the_weekday_is_named_in_the_readers_language() -> None:
    friday = Recurrence("weekly", 16, 0, weekday=4)
    assert "Freitag" in friday.describe(tr("de"))
    assert "vendredi" in friday.describe(tr("fr"))


def test_daily_and_weekday_check_ins_need_no_day() -> None:
    en = tr(ENGLISH)
    assert Recurrence("daily", 20, 0).describe(en) == "every day at 20:00"
    assert Recurrence("weekdays", 9, 0).describe(en) == "every weekday at 09:00"
