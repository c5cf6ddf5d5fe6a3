"""The injected clock. Nothing in Rebound reads the wall clock except `SystemClock`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...


class SystemClock:
    """Real time, for the live adapters."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """Simulated time for the console and tests. It only ever moves forward."""

    def __init__(self, start: datetime) -> None:
        self._now = as_utc(start)

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        instant = as_utc(instant)
        if instant < self._now:
            raise ValueError(
                f"the clock never moves backwards (it is {self._now.isoformat()}, "
                f"asked for {instant.isoformat()})"
            )
        self._now = instant


def as_utc(value: datetime) -> datetime:
    """Make `value` aware and in UTC; naive values are taken to be UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_instant(text: str) -> datetime:
    """Parse an ISO-8601 instant such as 2026-11-02T09:00:00Z."""
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    return as_utc(datetime.fromisoformat(cleaned))
