"""The local-time recurrence of check-ins, including 2026's daylight-saving changes."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.features.checkins.recurrence import Recurrence, close_time, local_instant, remind_time

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_same_local_hour_across_berlin_changes() -> None:
    daily = Recurrence("daily", 9, 0)
    assert daily.at(date(2026, 3, 28), BERLIN) == utc("2026-03-28T08:00")
    assert daily.at(date(2026, 3, 29), BERLIN) == utc("2026-03-29T07:00")
    assert daily.at(date(2026, 10, 24), BERLIN) == utc("2026-10-24T07:00")
    assert daily.at(date(2026, 10, 25), BERLIN) == utc("2026-10-25T08:00")


def test_same_local_hour_across_new_york_changes() -> None:
    daily = Recurrence("daily", 9, 0)
    assert daily.at(date(2026, 3, 7), NEW_YORK) == utc("2026-03-07T14:00")
    assert daily.at(date(2026, 3, 8), NEW_YORK) == utc("2026-03-08T13:00")
    assert daily.at(date(2026, 10, 31), NEW_YORK) == utc("2026-10-31T13:00")
    assert daily.at(date(2026, 11, 1), NEW_YORK) == utc("2026-11-01T14:00")


def test_skipped_time_runs_when_the_gap_ends() -> None:
    # 02:30 does not exist in Berlin on 29 March or in New York on 8 March 2026.
    assert local_instant(date(2026, 3, 29), 2, 30, BERLIN) == utc("2026-03-29T01:00")
    assert local_instant(date(2026, 3, 8), 2, 30, NEW_YORK) == utc("2026-03-08T07:00")
    assert utc("2026-03-29T01:00").astimezone(BERLIN).strftime("%H:%M") == "03:00"


def test_repeated_time_is_its_first_instant() -> None:
    assert local_instant(date(2026, 10, 25), 2, 30, BERLIN) == utc("2026-10-25T00:30")
    assert local_instant(date(2026, 11, 1), 1, 30, NEW_YORK) == utc("2026-11-01T05:30")


def test_cadences_pick_their_days() -> None:
    monday = date(2026, 11, 2)
    weekdays = Recurrence("weekdays", 9, 0)
    assert weekdays.following(date(2026, 11, 6), BERLIN)[0] == date(2026, 11, 9)  # Fri → Mon
    weekly = Recurrence("weekly", 17, 30, weekday=4)
    day, at = weekly.first_due(utc("2026-11-02T09:00"), BERLIN)
    assert day == monday + timedelta(days=4)
    assert at == utc("2026-11-06T16:30")
    assert weekly.following(day, BERLIN)[0] == date(2026, 11, 13)
    assert Recurrence("daily", 9, 0).first_due(utc("2026-11-02T08:00"), BERLIN)[0] == monday
    assert Recurrence("daily", 9, 0).first_due(utc("2026-11-02T08:01"), BERLIN)[0] == date(
        2026, 11, 3
    )


def test_close_and_reminder_times() -> None:
    opens, nxt = utc("2026-11-02T08:00"), utc("2026-11-03T08:00")
    assert close_time(opens, nxt, None) == nxt
    assert close_time(opens, nxt, 8) == utc("2026-11-02T16:00")
    assert close_time(opens, nxt, 48) == nxt
    assert remind_time(opens, nxt) == utc("2026-11-03T05:00")
    assert remind_time(opens, utc("2026-11-02T10:00")) == utc("2026-11-02T09:00")
