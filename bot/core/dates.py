"""The house style for dates and times in replies, posts and DMs.

One style everywhere: full names in sentences ("Monday 2 November", "Monday 2 November,
09:00"), abbreviated names in compact lists and titles of list rows ("Mon 2 Nov 09:00"),
never a zero-padded day, and 24-hour times. Callers convert to the reader's local time
first (`ctx.local(...)`); these helpers only format what they are given, and are
locale-independent so every platform and server says the same thing.
"""

from __future__ import annotations

from datetime import date, datetime

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_month(day: date) -> str:
    """`2 November`."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def long_day(day: date) -> str:
    """`Monday 2 November`, for sentences."""
    return f"{DAY_NAMES[day.weekday()]} {day_month(day)}"


def long_day_year(day: date) -> str:
    """`Monday 2 November 2026`, when the year matters (dashboards, exports)."""
    return f"{long_day(day)} {day.year}"


def short_day(day: date) -> str:
    """`Mon 2 Nov`, for compact lists."""
    return f"{DAY_NAMES[day.weekday()][:3]} {day.day} {MONTH_NAMES[day.month - 1][:3]}"


def clock(at: datetime) -> str:
    """`09:00` (24-hour)."""
    return f"{at.hour:02d}:{at.minute:02d}"


def long_when(at: datetime) -> str:
    """`Monday 2 November, 09:00`, for sentences."""
    return f"{long_day(at.date())}, {clock(at)}"


def short_when(at: datetime) -> str:
    """`Mon 2 Nov 09:00`, for compact lists."""
    return f"{short_day(at.date())} {clock(at)}"
