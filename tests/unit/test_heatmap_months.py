"""The streak heatmap's month labels name the months its columns show.

A label sits above the column (a Monday-to-Sunday week) in which its month begins; the
first column names its own month when no label follows right next to it.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.core import pictures
from bot.core.i18n import tr


def columns(today: date) -> list[list[date]]:
    first = today - timedelta(days=today.weekday() + 7 * (pictures.WEEKS - 1))
    return [[first + timedelta(days=7 * w + d) for d in range(7)] for w in range(pictures.WEEKS)]


def test_twelve_weeks_ending_10_october_end_with_october() -> None:
    today = date(2026, 10, 10)
    labels = pictures.month_labels(today, tr("en"))
    assert [name for _, name in labels] == ["Aug", "Sep", "Oct"]
    weeks = columns(today)
    for week, name in labels:
        assert any(d.day == 1 and f"{d:%b}" == name for d in weeks[week]), (week, name)


def test_a_month_that_has_not_begun_yet_is_not_named() -> None:
    # Tuesday 29 September: the last column runs to 4 October, but no October day is shown.
    labels = pictures.month_labels(date(2026, 9, 29), tr("en"))
    assert "Oct" not in [name for _, name in labels]
    assert labels[-1][1] == "Sep"


def test_the_first_column_names_its_month_when_there_is_room() -> None:
    labels = pictures.month_labels(date(2026, 11, 4), tr("en"))
    # Columns from Monday 17 August: August first, then September, October, November.
    assert labels[0] == (0, "Aug")
    assert [name for _, name in labels] == ["Aug", "Sep", "Oct", "Nov"]


def test_every_month_of_a_year_is_named_where_it_begins() -> None:
    day = date(2026, 1, 1)
    while day < date(2027, 1, 1):
        labels = pictures.month_labels(day, tr("en"))
        weeks = columns(day)
        named = [w for w, _ in labels]
        assert named == sorted(set(named))
        for week, name in labels[1:] if labels[0][0] == 0 else labels:
            assert any(d.day == 1 and d <= day and f"{d:%b}" == name for d in weeks[week])
        # The month of `day` itself is always named somewhere.
        assert f"{day:%b}" in [name for _, name in labels]
        day += timedelta(days=1)
