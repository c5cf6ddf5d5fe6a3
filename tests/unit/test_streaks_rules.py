"""The humane streak rules on their own: freezes, breaks, weekdays mode, pauses, travel.

These drive `apply_day`/`view` from `bot.features.streaks.rules` directly, on a plain
state object (no store, no database), so long histories stay fast; the store-backed
behaviour through `/log` and `/streak` is in tests/features/test_streaks.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.i18n import tr
from bot.features.streaks.rules import (
    MAX_FREEZES,
    Rules,
    apply_day,
    close_days,
    freezes_kept,
    past_statuses,
    since_day,
    streak_line,
    travel_skipped,
    view,
)

MONDAY = date(2026, 11, 2)


@dataclass
class State:
    """A streak's state without the store: the fields of `StreakState`."""

    current: int = 0
    best: int = 0
    total_days: int = 0
    freezes: int = 0
    progress: int = 0
    last_day: date | None = None
    last_active_at: datetime | None = None


def fresh() -> State:
    return State()


def log_days(st: State, days: list[date], rules: Rules = Rules()) -> list[date]:
    frozen: list[date] = []
    for day in days:
        frozen += apply_day(st, day, rules, new_day=True)
    return frozen


def run(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def test_a_freeze_for_every_seven_days_at_most_two() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 6))
    assert st.freezes == 0
    log_days(st, [MONDAY + timedelta(days=6)])
    assert (st.current, st.freezes) == (7, 1)
    log_days(st, run(MONDAY + timedelta(days=7), 7))
    assert (st.current, st.freezes) == (14, 2)
    log_days(st, run(MONDAY + timedelta(days=14), 14))
    assert (st.current, st.freezes) == (28, MAX_FREEZES)


def test_missed_days_spend_freezes_then_break() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 14))  # two freezes
    day15 = MONDAY + timedelta(days=14)
    # Miss one day: one freeze covers it and the streak goes on.
    frozen = log_days(st, [day15 + timedelta(days=1)])
    assert frozen == [day15]
    assert (st.current, st.freezes) == (15, 1)
    # Miss two days with one freeze left: the freeze still covers the first missed day
    # (the heatmap keeps showing it), the second breaks the streak, the record stays.
    last = day15 + timedelta(days=1)
    frozen = log_days(st, [last + timedelta(days=3)])
    assert frozen == [last + timedelta(days=1)]
    assert (st.current, st.best, st.total_days, st.freezes) == (1, 15, 16, 0)


def test_two_misses_with_two_freezes_keep_the_streak() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 14))
    after = MONDAY + timedelta(days=16)
    assert log_days(st, [after]) == [MONDAY + timedelta(days=14), MONDAY + timedelta(days=15)]
    assert (st.current, st.freezes) == (15, 0)


def test_a_break_restarts_freeze_progress() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 6))
    restart = MONDAY + timedelta(days=10)
    log_days(st, run(restart, 6))
    assert (st.current, st.freezes) == (6, 0)
    log_days(st, [restart + timedelta(days=6)])
    assert (st.current, st.freezes) == (7, 1)


def test_same_day_twice_counts_once() -> None:
    st = fresh()
    apply_day(st, MONDAY, Rules(), new_day=True)
    apply_day(st, MONDAY, Rules(), new_day=False)
    assert (st.current, st.total_days) == (1, 1)


def test_weekdays_mode_weekends_neither_count_nor_break() -> None:
    rules = Rules(weekdays_only=True)
    st = fresh()
    friday = MONDAY + timedelta(days=4)
    log_days(st, run(MONDAY, 5), rules)
    # Nothing on Saturday and Sunday; Monday continues the streak without a freeze.
    assert log_days(st, [friday + timedelta(days=3)], rules) == []
    assert (st.current, st.freezes) == (6, 0)
    # Logging on a Saturday is an active day but does not lengthen the streak.
    log_days(st, run(friday + timedelta(days=4), 4), rules)  # Tue..Fri: 10 counted days
    saturday = friday + timedelta(days=8)
    log_days(st, [saturday], rules)
    assert (st.current, st.total_days) == (10, 11)
    # Seven counted weekdays earned a freeze even though weekends sat between them.
    assert st.freezes == 1


def test_paused_days_never_break() -> None:
    st = fresh()
    log_days(st, [MONDAY])
    pause = (MONDAY + timedelta(days=1), MONDAY + timedelta(days=30))
    rules = Rules(pauses=(pause,))
    assert log_days(st, [MONDAY + timedelta(days=31)], rules) == []
    assert (st.current, st.freezes) == (2, 0)
    # A day outside the pause is still required.
    assert log_days(st, [MONDAY + timedelta(days=33)], rules) == []
    assert st.current == 1


def test_view_shows_pending_freezes_and_breaks_without_writing() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 7))  # one freeze
    last = MONDAY + timedelta(days=6)
    pending = view(st, last + timedelta(days=2), Rules())
    assert (pending.current, pending.freezes, pending.pending_frozen) == (
        7,
        0,
        [last + timedelta(days=1)],
    )
    broken = view(st, last + timedelta(days=3), Rules())
    assert (broken.current, broken.best, broken.total_days, broken.broken) == (0, 7, 7, True)
    assert (st.current, st.freezes) == (7, 1)  # reading never changes the state


def test_a_long_absence_is_judged_in_a_few_steps() -> None:
    st = fresh()
    log_days(st, [MONDAY])
    rules = Rules()
    # Three years away: the walk stops as soon as the misses exceed the freezes.
    assert len(rules.missed_between(MONDAY, MONDAY + timedelta(days=1100), st.freezes)) == 1
    log_days(st, [MONDAY + timedelta(days=1100)])
    assert (st.current, st.best, st.total_days) == (1, 1, 2)


def test_travel_east_counts_from_the_last_instant_in_the_new_zone() -> None:
    st = fresh()
    # Active on 2 November at 23:00 in Berlin (22:00 UTC)...
    apply_day(st, MONDAY, Rules(), new_day=True)
    st.last_active_at = datetime(2026, 11, 2, 22, 0, tzinfo=UTC)
    tokyo = ZoneInfo("Asia/Tokyo")
    # ...which is already 3 November in Tokyo, so 3 November is no miss there.
    assert since_day(st, tokyo) == MONDAY + timedelta(days=1)
    assert since_day(st, ZoneInfo("Europe/Berlin")) == MONDAY
    frozen = apply_day(
        st, MONDAY + timedelta(days=2), Rules(), new_day=True, since=since_day(st, tokyo)
    )
    assert frozen == []
    assert (st.current, st.freezes) == (2, 0)


# --- settling before the rules change, and what past days were -----------------------


def test_closing_the_days_judges_them_under_the_old_rules() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 5), Rules(weekdays_only=True))  # Mon..Fri
    monday = MONDAY + timedelta(days=7)
    # The weekend was off under weekdays mode: nothing spent, judged through Sunday.
    assert close_days(st, monday, Rules(weekdays_only=True)) == []
    assert (st.current, st.last_day) == (5, monday - timedelta(days=1))
    # Every day counts from now on: Monday continues the streak.
    assert log_days(st, [monday]) == [] and st.current == 6
    # Already judged through yesterday: closing again changes nothing.
    assert close_days(st, monday + timedelta(days=1), Rules()) == []
    assert st.current == 6


def test_closing_the_days_spends_freezes_or_breaks_like_an_entry_would() -> None:
    st = fresh()
    log_days(st, run(MONDAY, 7))  # a freeze
    kept = close_days(st, MONDAY + timedelta(days=8), Rules())
    assert kept == [MONDAY + timedelta(days=7)]
    assert (st.current, st.freezes, st.total_days) == (7, 0, 7)
    assert close_days(st, MONDAY + timedelta(days=11), Rules()) == []
    assert (st.current, st.best) == (0, 7)


def test_past_statuses_say_what_each_unrecorded_day_was() -> None:
    saturday, sunday = MONDAY + timedelta(days=5), MONDAY + timedelta(days=6)
    rules = Rules(weekdays_only=True, pauses=((MONDAY, MONDAY),))
    statuses = past_statuses(
        MONDAY,
        MONDAY + timedelta(days=8),
        rules,
        frozen=[MONDAY + timedelta(days=1)],
        skipped=[MONDAY + timedelta(days=2)],
    )
    assert MONDAY not in statuses  # paused days keep their own history
    assert statuses[MONDAY + timedelta(days=1)] == "frozen"
    assert statuses[MONDAY + timedelta(days=2)] == "skipped"
    assert statuses[MONDAY + timedelta(days=3)] == "missed"
    assert statuses[saturday] == statuses[sunday] == "rest"
    assert max(statuses) == MONDAY + timedelta(days=7)  # never today


def test_travel_skipped_dates_stop_before_today() -> None:
    assert travel_skipped(MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)) == [
        MONDAY + timedelta(days=1)
    ]
    assert travel_skipped(MONDAY, MONDAY + timedelta(days=2), MONDAY + timedelta(days=2)) == [
        MONDAY + timedelta(days=1)
    ]
    assert travel_skipped(MONDAY, MONDAY, MONDAY + timedelta(days=3)) == []
    assert travel_skipped(None, None, MONDAY) == []


def test_kept_freezes_are_named_in_the_streak_line() -> None:
    days = [MONDAY + timedelta(days=1), MONDAY]
    assert (
        freezes_kept(days, tr("en"))
        == "2 freezes kept your streak going through Mon 2 Nov and Tue 3 Nov."
    )
    assert freezes_kept(days[:1], tr("en")) == "1 freeze kept your streak going through Tue 3 Nov."
    v = view(None, MONDAY, Rules())
    v.current, v.best, v.kept = 9, 9, days
    assert streak_line(v, tr("en")).splitlines() == [
        "Streak: 9 days (best 9)",
        "❄ 2 freezes kept your streak going through Mon 2 Nov and Tue 3 Nov.",
    ]
