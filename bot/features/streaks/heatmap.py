"""The `/streak` calendar heatmap: which days of the last weeks were active, frozen or paused.

Past days are drawn as they were judged then (`history.recorded_days`): a weekend that
was a rest day stays one after a switch to every day, and a date a flight skipped is a
rest day, not a miss.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select

from bot.core.context import Scope
from bot.core.i18n import Tr
from bot.core.messages import Attachment
from bot.core.pictures import WEEKS, render_heatmap
from bot.features.streaks.history import recorded_days
from bot.store.models import Member, Pause

# Recorded statuses the picture draws differently: a skipped date is a day off the clock.
_DRAWN_AS = {"skipped": "rest"}


async def heatmap_days(
    scope: Scope, member: Member, pending_frozen: Iterable[date]
) -> dict[date, tuple[str, int]]:
    """Each day of the heatmap's weeks: what the member's streak made of it (`pending_frozen`:
    missed days a freeze will cover, from the streak's current view)."""
    today = scope.today(member)
    first = today - timedelta(days=today.weekday() + 7 * (WEEKS - 1))
    recorded = {
        day: (_DRAWN_AS.get(status, status), count)
        for day, (status, count) in (await recorded_days(scope, member, first)).items()
    }
    pauses = (
        await scope.session.execute(
            select(Pause.start_day, Pause.end_day).where(
                Pause.member_id == member.id, Pause.end_day >= first
            )
        )
    ).all()
    pending = set(pending_frozen)
    joined = scope.local(member.created_at, member).date()
    days: dict[date, tuple[str, int]] = {}
    day = first
    while day <= today:
        if day < joined and day not in recorded:
            days[day] = ("before", 0)
        elif day in recorded:
            days[day] = recorded[day]
        elif day in pending:
            days[day] = ("frozen", 0)
        elif any(a <= day <= b for a, b in pauses):
            days[day] = ("paused", 0)
        elif member.streak_days == "weekdays" and day.weekday() >= 5:
            days[day] = ("rest", 0)
        day += timedelta(days=1)
    return days


async def streak_heatmap(
    scope: Scope, member: Member, pending_frozen: Iterable[date], tr: Tr
) -> Attachment:
    """A calendar of the member's last `WEEKS` weeks: Monday rows, one column a week, in
    the language of `tr` (whoever sees the picture)."""
    days = await heatmap_days(scope, member, pending_frozen)
    states = [state for state, _ in days.values()]
    name = member.display_name
    title = tr("streak-heatmap-title", name=name, weeks=WEEKS)
    return Attachment(
        filename="streak.png",
        data=render_heatmap(title, scope.today(member), days, tr),
        mime="image/png",
        alt=tr(
            "streak-heatmap-alt",
            weeks=WEEKS,
            name=name,
            active=states.count("active"),
            frozen=states.count("frozen"),
            paused=states.count("paused"),
        ),
    )
