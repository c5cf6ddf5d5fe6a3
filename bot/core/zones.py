"""Timezones: a member's or community's zone, and the IANA names members may choose."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.errors import UserError
from bot.core.i18n import Msg
from bot.store.models import Community, Member

UTC_ZONE = ZoneInfo("UTC")


def zone_for(member: Member | None, community: Community | None) -> ZoneInfo:
    """Member timezone, else community timezone, else UTC."""
    for name in (member.timezone if member else None, community.timezone if community else None):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return UTC_ZONE


_ZONES: list[str] | None = None


def all_zones() -> list[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = sorted(z for z in available_timezones() if "/" in z or z == "UTC")
    return _ZONES


def check_timezone(name: str) -> str:
    """Validate an IANA timezone name, case-insensitively; return its canonical spelling."""
    cleaned = name.strip()
    lookup = {z.lower(): z for z in all_zones()}
    canonical = lookup.get(cleaned.lower())
    if canonical is None:
        close = [z for z in all_zones() if cleaned.lower().split("/")[-1] in z.lower()][:5]
        message = (
            Msg("system-unknown-timezone-close", name=name, zones=", ".join(close))
            if close
            else Msg("system-unknown-timezone", name=name)
        )
        raise UserError(message, hint=Msg("system-unknown-timezone-hint"))
    return canonical
