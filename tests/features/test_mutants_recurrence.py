"""Check-in recurrence across UTC midnight: the local date decides, never the UTC one.

The recurrence tests in test_checkins_recurrence.py run at hours where UTC and the local
date agree. An American evening is already the next day in UTC (20:00 in New York is
01:00 UTC), and a Tokyo morning is still the previous day; a schedule created then must
keep its first run that same local evening. A hand-made mutant that took the first
occurrence from the UTC date lost it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.features.checkins.recurrence import Recurrence
from tests.features.test_checkins import community_at, prompts, setup

NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# (recurrence, zone, now in UTC, expected local date, expected instant in UTC)
ACROSS_MIDNIGHT = [
    # Monday 2 November, 20:00 in New York = Tuesday 01:00 UTC: tonight at 21:00 still runs.
    (Recurrence("daily", 21, 0), NEW_YORK, "2026-11-03T01:00", date(2026, 11, 2),
     "2026-11-03T02:00"),
    # A weekly Monday check-in created on Monday evening in New York runs that evening.
    (Recurrence("weekly", 21, 0, weekday=0), NEW_YORK, "2026-11-03T01:00", date(2026, 11, 2),
     "2026-11-03T02:00"),
    # Friday 6 November, 20:00 in New York = Saturday UTC: the weekday run is Friday's.
    (Recurrence("weekdays", 21, 0), NEW_YORK, "2026-11-07T01:00", date(2026, 11, 6),
     "2026-11-07T02:00"),
    # 23:30 on Sunday 8 November in Los Angeles is Monday 07:30 UTC.
    (Recurrence("weekly", 23, 45, weekday=6), LOS_ANGELES, "2026-11-09T07:30",
     date(2026, 11, 8), "2026-11-09T07:45"),
    # Past tonight's time in New York: the next local day, not the day after it.
    (Recurrence("daily", 19, 0), NEW_YORK, "2026-11-03T01:00", date(2026, 11, 3),
     "2026-11-04T00:00"),
    # Tuesday 3 November, 08:00 in Tokyo = Monday 23:00 UTC: today's 09:00 in Tokyo.
    (Recurrence("daily", 9, 0), TOKYO, "2026-11-02T23:00", date(2026, 11, 3),
     "2026-11-03T00:00"),
    # A weekly Monday check-in created on Tuesday morning in Tokyo (still Monday in UTC)
    # waits for next Monday.
    (Recurrence("weekly", 9, 0, weekday=0), TOKYO, "2026-11-02T23:00", date(2026, 11, 9),
     "2026-11-09T00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("rec", "zone", "now", "day", "at"), ACROSS_MIDNIGHT)
def test_first_due_across_utc_midnight(
    rec: Recurrence, zone: ZoneInfo, now: str, day: date, at: str
) -> None:
    assert rec.first_due(utc(now), zone) == (day, utc(at))


def test_following_across_utc_midnight() -> None:
    # 21:00 in New York is 02:00 UTC the next day: each occurrence keeps its local date.
    daily = Recurrence("daily", 21, 0)
    assert daily.following(date(2026, 11, 2), NEW_YORK) == (
        date(2026, 11, 3),
        utc("2026-11-04T02:00"),
    )
    weekdays = Recurrence("weekdays", 21, 0)
    assert weekdays.following(date(2026, 11, 6), NEW_YORK) == (
        date(2026, 11, 9),
        utc("2026-11-10T02:00"),
    )
    # Across the fall-back change in New York (1 November): 21:00 EDT, then 21:00 EST.
    assert daily.following(date(2026, 10, 31), NEW_YORK) == (
        date(2026, 11, 1),
        utc("2026-11-02T02:00"),
    )
    assert daily.at(date(2026, 10, 31), NEW_YORK) == utc("2026-11-01T01:00")


@pytest.mark.parametrize(
    ("start", "line", "first", "at"),
    [
        # Monday 2 November, 20:00 in New York.
        ("2026-11-03T01:00:00Z", "cadence:daily time:21:00", "Monday 2 November",
         "2026-11-03T02:00:00Z"),
        ("2026-11-03T01:00:00Z", "cadence:weekly day:mon time:21:00", "Monday 2 November",
         "2026-11-03T02:00:00Z"),
        # Friday 6 November, 20:00 in New York (Saturday in UTC).
        ("2026-11-07T01:00:00Z", "cadence:weekdays time:21:00", "Friday 6 November",
         "2026-11-07T02:00:00Z"),
    ],
    ids=["daily", "weekly", "weekdays"],
)  # fmt: skip
async def test_a_schedule_created_on_an_american_evening_runs_that_evening(
    db_url: str, start: str, line: str, first: str, at: str
) -> None:
    async with community_at(db_url, start) as c:
        await setup(c, "America/New_York")
        reply = await c.reply("mo", f"/mod checkin-schedule channel:#checkins {line}")
        assert not reply.error, reply.plain_text()
        assert f"First one: {first[:3]} {first.split()[1]} Nov 21:00 EST" in reply.plain_text()
        sent = await c.advance(at)
        assert prompts(sent, "checkins") == [f"Check-in · {first}, 21:00"]
