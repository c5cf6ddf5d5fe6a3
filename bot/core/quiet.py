"""Quiet hours: the window of a member's local day in which no direct message reaches them
(22:00–08:00 unless they chose another, or `off`). A message due inside it is held until
the window ends. Pure rules: no database, no clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr

DEFAULT = (22, 8)
OFF = "off"


def parse_window(text: str) -> tuple[int, int] | None:
    """`22-08` → (22, 8); `off` → None. Anything else raises `UserError`."""
    value = text.strip().casefold()
    if value == OFF:
        return None
    start, sep, end = value.partition("-")
    if not sep or not (_is_hour(start) and _is_hour(end)):
        raise UserError(Msg("quiet-bad-window"))
    window = (int(start), int(end))
    if window[0] == window[1]:
        raise UserError(Msg("quiet-same-hours"))
    return window


def _is_hour(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 2 and int(text) < 24


def stored(value: str | None) -> tuple[int, int] | None:
    """The window a member's stored setting means (None stored: the default)."""
    if value is None:
        return DEFAULT
    return parse_window(value)


def describe(window: tuple[int, int] | None, tr: Tr) -> str:
    """`22:00–08:00`, or `off` in the reader's language."""
    if window is None:
        return tr("quiet-off")
    return f"{window[0]:02d}:00–{window[1]:02d}:00"


def held_until(window: tuple[int, int] | None, zone: ZoneInfo, at: datetime) -> datetime | None:
    """When a message due at `at` may arrive: None if now, else the window's end (aware,
    in `zone`), which may be the next day's."""
    if window is None:
        return None
    start, end = window
    local = at.astimezone(zone)
    hour = local.hour
    inside = start <= hour < end if start < end else (hour >= start or hour < end)
    if not inside:
        return None
    day = local.date()
    if start > end and hour >= start:  # before midnight: it ends tomorrow morning
        day += timedelta(days=1)
    return datetime.combine(day, time(end), tzinfo=zone)
