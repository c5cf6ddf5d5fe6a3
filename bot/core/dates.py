"""The house style for dates and times in replies, posts and DMs, in the reader's language.

One style everywhere: full names in sentences ("Monday 2 November", "Monday 2 November,
09:00"), abbreviated names in compact lists and titles of list rows ("Mon 2 Nov 09:00"),
never a zero-padded day, and 24-hour times. Each language's catalogue gives the patterns
(`date-long-day`: "EEEE d MMMM" in English, "EEEE, d 'de' MMMM" in Spanish) and Babel the
names of days and months in that language. Callers convert to the reader's local time first
(`ctx.local(...)`); these helpers only format what they are given.
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.i18n import Tr


def day_month(day: date, t: Tr) -> str:
    """`2 November`."""
    return t.date(day, t("date-day-month"))


def long_day(day: date, t: Tr) -> str:
    """`Monday 2 November`, for sentences."""
    return t.date(day, t("date-long-day"))


def long_day_year(day: date, t: Tr) -> str:
    """`Monday 2 November 2026`, when the year matters (dashboards, exports)."""
    return t.date(day, t("date-long-day-year"))


def short_day(day: date, t: Tr) -> str:
    """`Mon 2 Nov`, for compact lists."""
    return t.date(day, t("date-short-day"))


def clock(at: datetime) -> str:
    """`09:00` (24-hour)."""
    return f"{at.hour:02d}:{at.minute:02d}"


def long_when(at: datetime, t: Tr) -> str:
    """`Monday 2 November, 09:00`, for sentences."""
    return f"{long_day(at.date(), t)}, {clock(at)}"


def short_when(at: datetime, t: Tr) -> str:
    """`Mon 2 Nov 09:00`, for compact lists."""
    return f"{short_day(at.date(), t)} {clock(at)}"
