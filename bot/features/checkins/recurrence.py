"""Local-time recurrence for check-ins: which local dates a cadence runs on, and when.

A check-in runs at a wall-clock time in the community's timezone (`daily`, `weekdays`
Monday to Friday, or `weekly` on one weekday), so it stays at that local hour across
daylight-saving changes. Occurrences are identified by their local date, which makes a
repeated hour (clocks going back) run once, at its first instant. A time that does not
exist on the day clocks go forward runs at the next valid instant, when the gap ends.
Pure functions only: no database, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.i18n import Tr

CADENCES = ("daily", "weekdays", "weekly")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def local_instant(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of `hour:minute` on local `day`.

    A repeated wall time gives its first instant; a skipped one gives the instant the
    gap ends (02:30 on a spring-forward night in Berlin runs at 03:00 CEST).
    """
    wall = datetime(day.year, day.month, day.day, hour, minute)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # In a gap, fold=1 reads the wall time with the offset in force after the change
    # (an instant before the gap) and fold=0 with the one before it (after the gap).
    lo = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    hi = first
    if lo > hi:
        lo, hi = hi, lo
    lo_min, hi_min = 0, int((hi - lo).total_seconds() // 60)
    while lo_min < hi_min:
        mid = (lo_min + hi_min) // 2
        if (lo + timedelta(minutes=mid)).astimezone(zone).replace(tzinfo=None) >= wall:
            hi_min = mid
        else:
            lo_min = mid + 1
    return lo + timedelta(minutes=lo_min)


@dataclass(frozen=True)
class Recurrence:
    cadence: str
    hour: int
    minute: int
    weekday: int | None = None  # 0 = Monday, for weekly

    def weekdays(self) -> frozenset[int]:
        """The weekdays it runs on (0 = Monday)."""
        if self.cadence == "daily":
            return frozenset(range(7))
        if self.cadence == "weekdays":
            return frozenset(range(5))
        assert self.weekday is not None
        return frozenset({self.weekday})

    def clashes_with(self, other: Recurrence) -> bool:
        """Both run at the same local time on at least one weekday (two prompts at once)."""
        same_time = (self.hour, self.minute) == (other.hour, other.minute)
        return same_time and bool(self.weekdays() & other.weekdays())

    def occurs_on(self, day: date) -> bool:
        return day.weekday() in self.weekdays()

    def at(self, day: date, zone: ZoneInfo) -> datetime:
        return local_instant(day, self.hour, self.minute, zone)

    def first_due(self, now: datetime, zone: ZoneInfo) -> tuple[date, datetime]:
        """The first occurrence at or after `now`: its local date and instant."""
        day = now.astimezone(zone).date()
        while True:
            if self.occurs_on(day) and self.at(day, zone) >= now:
                return day, self.at(day, zone)
            day += timedelta(days=1)

    def following(self, day: date, zone: ZoneInfo) -> tuple[date, datetime]:
        """The occurrence after the one on local `day`."""
        day += timedelta(days=1)
        while not self.occurs_on(day):
            day += timedelta(days=1)
        return day, self.at(day, zone)

    @property
    def time_text(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    def describe(self, t: Tr) -> str:
        """`every Monday at 09:00`, in the reader's language."""
        if self.cadence == "weekly":
            assert self.weekday is not None
            # 2024-01-01 was a Monday: the weekday's name in the reader's language.
            day = t.date(date(2024, 1, 1 + self.weekday), "EEEE")
            return t("recurrence-weekly", day=day, time=self.time_text)
        return t(f"recurrence-{self.cadence}", time=self.time_text)


def close_time(opens: datetime, next_opens: datetime, summary_after_hours: int | None) -> datetime:
    """A period closes when the next one opens, or `summary_after_hours` after it opened."""
    if summary_after_hours is None:
        return next_opens
    return min(next_opens, opens + timedelta(hours=summary_after_hours))


def remind_time(opens: datetime, closes: datetime) -> datetime:
    """Reminders go out three hours before close, or halfway through a shorter period."""
    return closes - min(timedelta(hours=3), (closes - opens) / 2)
