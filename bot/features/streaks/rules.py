"""The humane streak rules as pure arithmetic: no database, no session, no clock.

`apply_day` records one active day in a streak's state and `view` reads the streak as of
a day without changing it; `close_days` judges the days up to yesterday without a new
active day (before the rules change, so past days keep the rule they had), and
`past_statuses` says what each past day was under a set of rules. `since_day` says where
missed days are counted from when the member's timezone changed, and `travel_skipped`
which dates that skipped. The state is anything shaped like `StreakState` (the store's
`Streak` row, or a plain object in tests), and `Rules` holds what the member's settings
and pauses make of each day. `streak_line`, `freezes_kept` and `strip_cell` put a view
and a day into words (in the reader's language, a `Tr`) and symbols. The package
(`bot.features.streaks`) loads and saves the state and re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.core import dates
from bot.core.i18n import Msg, Tr

# `streak_line`'s default label: "Streak".
LABEL = Msg("streak-label")

FREEZE_EVERY = 7
MAX_FREEZES = 2
MAX_PAUSE_DAYS = 30
STRIP_DAYS = 14


class StreakState(Protocol):
    """The incrementally kept state of one member's streak (the store's `Streak` row)."""

    current: int
    best: int
    total_days: int
    freezes: int
    # Counted days since the last freeze was earned (a freeze every `FREEZE_EVERY`).
    progress: int
    last_day: date | None
    last_active_at: datetime | None


@dataclass(frozen=True)
class Rules:
    weekdays_only: bool = False
    pauses: tuple[tuple[date, date], ...] = ()

    def counts(self, day: date) -> bool:
        """Whether activity on `day` extends the streak."""
        return not (self.weekdays_only and day.weekday() >= 5)

    def paused(self, day: date) -> bool:
        return any(start <= day <= end for start, end in self.pauses)

    def required(self, day: date) -> bool:
        """Whether missing `day` costs a freeze or the streak."""
        return self.counts(day) and not self.paused(day)

    def missed_between(self, last: date, upto: date, limit: int | None = None) -> list[date]:
        """Required days strictly between `last` and `upto`; stops after `limit` + 1 of them.

        The limit keeps the walk short: callers only need to know whether the misses
        exceed the banked freezes, so a member back after a year costs a few steps.
        """
        days: list[date] = []
        day = last + timedelta(days=1)
        while day < upto:
            if self.required(day):
                days.append(day)
                if limit is not None and len(days) > limit:
                    break
            day += timedelta(days=1)
        return days


def since_day(st: StreakState, zone: ZoneInfo | None) -> date | None:
    """The day misses are counted from: the last active day, or later if travel moved it.

    After a move east the last active instant already falls on a later date in the new
    zone; the dates in between were skipped by the clock, not by the member.
    """
    if st.last_day is None:
        return None
    if zone is None or st.last_active_at is None:
        return st.last_day
    return max(st.last_day, st.last_active_at.astimezone(zone).date())


def travel_skipped(last: date | None, since: date | None, today: date) -> list[date]:
    """The dates a move east skipped: after the last active day, up to the date the last
    active instant falls on in the new zone (never today, which is still open)."""
    if last is None or since is None:
        return []
    upto = min(since, today - timedelta(days=1))
    return [last + timedelta(days=i) for i in range(1, (upto - last).days + 1)]


def _judge_gap(st: StreakState, day: date, rules: Rules, since: date | None) -> list[date]:
    """Spend freezes on (or break the streak for) the days missed before `day`; returns
    the days a freeze covered."""
    if st.last_day is None:
        return []
    missed = rules.missed_between(max(since or st.last_day, st.last_day), day, st.freezes)
    if len(missed) <= st.freezes:
        st.freezes -= len(missed)
        return missed
    # The banked freezes still cover the first missed days; the next miss breaks.
    st.current = 0
    st.progress = 0
    frozen, st.freezes = missed[: st.freezes], 0
    return frozen


def apply_day(
    st: StreakState, day: date, rules: Rules, *, new_day: bool, since: date | None = None
) -> list[date]:
    """Record activity on `day` in the state; returns the past days a freeze was spent on.

    `new_day` says whether `day` had no activity recorded yet; `since` is where missed
    days are counted from (default: the last active day, see `since_day`).
    """
    if st.last_day is not None and day <= st.last_day:
        if new_day:
            st.total_days += 1
        return []
    frozen = _judge_gap(st, day, rules, since)
    st.total_days += 1
    if rules.counts(day):
        st.current += 1
        st.progress += 1
        if st.progress >= FREEZE_EVERY:
            st.progress = 0
            st.freezes = min(MAX_FREEZES, st.freezes + 1)
    st.best = max(st.best, st.current)
    st.last_day = day
    return frozen


def close_days(st: StreakState, today: date, rules: Rules, since: date | None = None) -> list[date]:
    """Judge the days before `today` under `rules` as the next active day would, without
    counting a day; returns the days a freeze was spent on.

    Called before the rules change (a weekdays-mode switch), so the days already behind
    the member keep the rule that applied to them. Afterwards the state counts from
    yesterday (`last_day`), so those days are never judged again.
    """
    yesterday = today - timedelta(days=1)
    if st.last_day is None or st.last_day >= yesterday:
        return []
    frozen = _judge_gap(st, today, rules, since)
    st.last_day = yesterday
    return frozen


def past_statuses(
    start: date, today: date, rules: Rules, *, frozen: list[date], skipped: list[date]
) -> dict[date, str]:
    """What each day from `start` to yesterday was under `rules`, for days with no record:
    frozen, skipped (a date travel skipped), rest (not counted) or missed. Paused days are
    left out: pauses keep their own history."""
    statuses: dict[date, str] = {}
    day = start
    while day < today:
        if day in frozen:
            statuses[day] = "frozen"
        elif day in skipped:
            statuses[day] = "skipped"
        elif not rules.paused(day):
            statuses[day] = "missed" if rules.counts(day) else "rest"
        day += timedelta(days=1)
    return statuses


@dataclass
class StreakView:
    current: int
    best: int
    total_days: int
    freezes: int
    # Past days that banked freezes cover (spent for good by the next activity).
    pending_frozen: list[date] = field(default_factory=list)
    active_today: bool = False
    broken: bool = False
    # Days freezes were just spent on, keeping the streak (announced once, with the entry).
    kept: list[date] = field(default_factory=list)


def view(
    st: StreakState | None, today: date, rules: Rules, since: date | None = None
) -> StreakView:
    """The streak as of `today`, without changing anything (today is still open)."""
    if st is None or st.last_day is None:
        return StreakView(0, 0, 0, 0)
    if st.last_day >= today:
        return StreakView(st.current, st.best, st.total_days, st.freezes, active_today=True)
    missed = rules.missed_between(max(since or st.last_day, st.last_day), today, st.freezes)
    if len(missed) > st.freezes:
        return StreakView(0, st.best, st.total_days, 0, missed[: st.freezes], broken=st.current > 0)
    return StreakView(st.current, st.best, st.total_days, st.freezes - len(missed), missed)


def streak_line(v: StreakView, tr: Tr, label: str | Msg = LABEL) -> str:
    """`Streak: 3 days (best 5)`; under a field that already names the topic, callers pass
    `label=Msg("streak-label-yours")` ("Your streak") so the line reads as a sentence of
    its own."""
    name = tr.text(label)
    if v.current == 0:
        if v.active_today:
            return tr("streak-line-uncounted", label=name, total=v.total_days)
        if v.broken:
            return tr("streak-line-broken", label=name, best=v.best)
        return tr("streak-line-none", label=name)
    if v.freezes:
        line = tr("streak-line-banked", label=name, count=v.current, best=v.best, freezes=v.freezes)
    else:
        line = tr("streak-line", label=name, count=v.current, best=v.best)
    return f"{line}\n❄ {freezes_kept(v.kept, tr)}" if v.kept else line


def _day_list(days: list[date], tr: Tr) -> str:
    """`Mon 16 Nov and Tue 17 Nov`."""
    return tr.list(dates.short_day(d, tr) for d in sorted(days))


def freezes_kept(days: list[date], tr: Tr) -> str:
    """`2 freezes kept your streak going through Mon 16 Nov and Tue 17 Nov.`"""
    return tr("streak-freezes-kept", count=len(days), days=_day_list(days, tr))


def freezes_covering(days: list[date], tr: Tr) -> str:
    """`2 freezes are covering Mon 16 Nov and Tue 17 Nov — your streak is safe. Log
    something today to keep it.` (before the member is back)."""
    return tr("streak-freezes-covering", count=len(days), days=_day_list(days, tr))


def strip_legend(tr: Tr) -> str:
    """What each symbol of the day strip means (`■ active   ❄ freeze used ...`)."""
    return tr("streak-strip-legend")


# The legend in English, for tests; replies use `strip_legend` in the reader's language.


def strip_cell(
    day: date,
    status: str | None,
    *,
    today: date,
    joined: date,
    pending: list[date],
    rules: Rules,
) -> str:
    """One day of the day strip; `status` is the day's recorded status: active, frozen,
    or, for a day judged under rules that have changed since, rest, skipped or missed."""
    if status == "active":
        return "■"
    if status == "frozen":
        return "❄"
    if status in ("rest", "skipped"):
        return "–"
    if status == "missed":
        return "·"
    if day < joined:
        return "–"  # before the member's first day here
    if day in pending:
        return "❄"
    if day == today:
        return "○"
    if rules.paused(day):
        return "‖"
    if not rules.counts(day):
        return "–"
    return "·"
