"""What each past day of a member's streak was, kept so later changes never rewrite it.

A day's row in `member_days` says what it was: `active` or `frozen` (a freeze covered
it), and for days judged under rules that may change later, `rest` (not counted then,
like a weekend in weekdays mode), `skipped` (a date a move east skipped) or `missed`.
Days without a row are read under the member's current rules and pauses. The strip in
`/streak` and the heatmap picture both read `recorded_days`; `record_past` writes the
rows for the days behind a member just before their rules change. Only the days the
pictures show are recorded (`HISTORY_DAYS`).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from bot.core.context import Scope
from bot.core.pictures import WEEKS
from bot.features.streaks.rules import Rules, past_statuses, since_day, travel_skipped
from bot.store.models import Member, MemberDay, Streak

# The longest look back: the heatmap's weeks (the 14-day strip is shorter).
HISTORY_DAYS = 7 * WEEKS


async def recorded_days(scope: Scope, member: Member, start: date) -> dict[date, tuple[str, int]]:
    """Each recorded day from `start` on, as (status, count), with the dates a move east
    skipped since the last active day (not recorded until the member is next active)."""
    rows = await scope.session.execute(
        select(MemberDay.day, MemberDay.status, MemberDay.count).where(
            MemberDay.member_id == member.id, MemberDay.day >= start
        )
    )
    days = {day: (status, count) for day, status, count in rows.all()}
    st = await scope.session.get(Streak, member.id)
    if st is not None:
        since = since_day(st, scope.zone(member))
        for day in travel_skipped(st.last_day, since, scope.today(member)):
            days.setdefault(day, ("skipped", 0))
    return days


def add_days(scope: Scope, member: Member, statuses: dict[date, str]) -> None:
    """Record `statuses` (days that have no row yet) for `member`."""
    for day, status in sorted(statuses.items()):
        scope.session.add(
            MemberDay(
                member_id=member.id,
                day=day,
                community_id=member.community_id,
                status=status,
                count=0,
            )
        )


async def record_past(
    scope: Scope,
    member: Member,
    rules: Rules,
    *,
    frozen: list[date],
    skipped: list[date],
) -> None:
    """Record what the days behind `member` were under `rules` (their rules until now):
    every day the pictures show, since the member joined, that has no row yet."""
    today = scope.today(member)
    joined = scope.local(member.created_at, member).date()
    start = max(joined, today - timedelta(days=HISTORY_DAYS))
    existing = set(
        await scope.session.scalars(
            select(MemberDay.day).where(MemberDay.member_id == member.id, MemberDay.day >= start)
        )
    )
    statuses = past_statuses(start, today, rules, frozen=frozen, skipped=skipped)
    add_days(scope, member, {d: s for d, s in statuses.items() if d not in existing})
