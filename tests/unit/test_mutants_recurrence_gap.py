"""Local instants at the edges of a spring-forward gap: mutants of these survived `make mutation`.

The recurrence tests use 02:30, the middle of Berlin's gap; the binary search must also
land on the gap's end for its first and last minute, and return the instant in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.features.checkins.recurrence import local_instant

BERLIN = ZoneInfo("Europe/Berlin")
SPRING_FORWARD = date(2024, 3, 31)  # 02:00 CET becomes 03:00 CEST, at 01:00 UTC
GAP_ENDS = datetime(2024, 3, 31, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("minute", [0, 1, 30, 59])
def test_every_minute_of_the_gap_runs_when_it_ends(minute: int) -> None:
    assert local_instant(SPRING_FORWARD, 2, minute, BERLIN) == GAP_ENDS


@pytest.mark.parametrize("hour", [1, 2, 3])
def test_the_instant_is_in_utc(hour: int) -> None:
    assert local_instant(SPRING_FORWARD, hour, 0, BERLIN).tzinfo is UTC
