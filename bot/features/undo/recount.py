"""What `/undo` recounts once an entry's row is gone: its application and the streak.

Goals, `/stats` and the funnel count rows, so they follow by themselves. Two things are
kept as state instead and are recounted here:

- An application's stage. An entry made at the instant the application was opened or
  last moved may have done it, so the stage is replayed from what remains on record
  for it (`applied` and `interviewed` logs, rejections and offers for its company since
  it opened), forward only, as `applications.move` moves it. With nothing left, an
  application the entry opened is no longer tracked.
- The streak (`bot.features.streaks` keeps it incrementally). When the entry's day still
  holds another entry, only that day's count drops. When it held nothing else, the day is
  no longer active, the freezes spent after the last remaining active day are handed
  back, and the state is replayed from the active days with `streaks.apply_day`. The best
  streak only ever loses the day taken back: a longer run from before stays the best.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select

from bot.core.context import Scope
from bot.core.i18n import Msg
from bot.features import applications, streaks
from bot.features.undo.entries import Entry, latest
from bot.store.models import (
    Activity,
    Application,
    CheckinAnswer,
    Member,
    MemberDay,
    Reflection,
    Rejection,
    Win,
)

# What `streaks` records about past days judged under earlier rules: days it settled
# (not counted then, or missed), and of those, the ones that were never required.
_SETTLED = ("rest", "missed")
_NOT_REQUIRED = ("rest", "skipped")

# The stage each kind of logged activity puts an application at.
_LOGGED_STAGE = {"applied": "applied", "interviewed": "interview"}


async def application_of(scope: Scope, member: Member, entry: Entry) -> Application | None:
    """The application the entry may have opened or moved (look it up before deleting)."""
    row = entry.row
    if isinstance(row, Activity):
        if row.application_id is None or row.kind not in _LOGGED_STAGE:
            return None
        return await scope.session.get(Application, row.application_id)
    if isinstance(row, Win) and row.offer and row.company:
        return await applications.find(scope, member, row.company)
    if isinstance(row, Rejection) and row.company:
        return await applications.find(scope, member, row.company)
    return None


async def unwind_application(scope: Scope, app: Application, at: datetime) -> Msg | None:
    """Put `app` back where the remaining entries leave it, after the entry made `at`
    is gone; says what changed."""
    if at not in (app.created_at, app.updated_at):
        return None  # the entry did not touch it
    evidence = await _evidence(scope, app)
    if not evidence:
        if app.created_at != at:
            return None
        await scope.session.delete(app)
        return Msg("undo-app-untracked", company=app.company)
    stage = evidence[0][1]
    for _, step in evidence[1:]:
        if applications.advances(stage, step):
            stage = step
    app.updated_at = evidence[-1][0]
    if stage == app.stage:
        return None
    app.stage = stage
    return Msg("undo-app-back", company=app.company, stage=applications.stage_msg(stage))


async def _evidence(scope: Scope, app: Application) -> list[tuple[datetime, str]]:
    """(when, stage) of every remaining entry that moved `app`, oldest first."""
    s = scope.session
    found = [
        (at, _LOGGED_STAGE[kind])
        for kind, at in await s.execute(
            select(Activity.kind, Activity.created_at).where(
                Activity.application_id == app.id, Activity.kind.in_(tuple(_LOGGED_STAGE))
            )
        )
    ]
    closing = (
        (Rejection, "rejected", select(Rejection.company, Rejection.created_at)),
        (Win, "offer", select(Win.company, Win.created_at).where(Win.offer.is_(True))),
    )
    for model, stage, query in closing:
        rows = await s.execute(
            query.where(
                model.member_id == app.member_id,
                model.company.is_not(None),
                model.created_at >= app.created_at,
            )
        )
        found += [
            (at, stage)
            for company, at in rows
            if company and applications.company_key(company) == app.company_key
        ]
    return sorted(found)


async def forget_day(scope: Scope, member: Member, day: date, amount: int) -> None:
    """After an entry of `day` (which added `amount` to its count) is gone."""
    row = await scope.session.get(MemberDay, (member.id, day))
    if await _still_active(scope, member, day):
        if row is not None and row.status == "active":
            row.count = max(1, row.count - amount)
        return
    if row is not None and row.status == "active":
        await scope.session.delete(row)
        await scope.session.flush()
    await _replay(scope, member)


async def _still_active(scope: Scope, member: Member, day: date) -> bool:
    """Whether any entry of the member's still counts for `day`."""
    zone = scope.zone(member)
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    queries = [
        select(Activity.id).where(Activity.member_id == member.id, Activity.day == day),
        select(Rejection.id).where(Rejection.member_id == member.id, Rejection.day == day),
        *(
            select(model.id).where(
                model.member_id == member.id, model.created_at >= start, model.created_at < end
            )
            for model in (Win, Reflection, CheckinAnswer)
        ),
    ]
    for query in queries:
        if await scope.session.scalar(query.limit(1)) is not None:
            return True
    return False


async def _replay(scope: Scope, member: Member) -> None:
    """Recount the streak state from the member's remaining days, as they were judged."""
    s = scope.session
    st = await streaks.load(s, member, lock=True)
    rows = await s.execute(
        select(MemberDay.day, MemberDay.status).where(MemberDay.member_id == member.id)
    )
    recorded: dict[date, str] = {day: status for day, status in rows}
    active = sorted(day for day, status in recorded.items() if status == "active")
    last = active[-1] if active else None
    # Days a rules change settled after the last active day (`streaks.switch_streak_days`).
    closed = max(
        (d for d, status in recorded.items() if status in _SETTLED and (last is None or d > last)),
        default=None,
    )
    kept = max((d for d in (last, closed) if d is not None), default=None)
    # Freezes are spent by the active day after them: those after the last one go back.
    spent = delete(MemberDay).where(MemberDay.member_id == member.id, MemberDay.status == "frozen")
    if kept is not None:
        spent = spent.where(MemberDay.day > kept)
    await s.execute(spent.execution_options(synchronize_session=False))
    rules = await _as_judged(scope, member, recorded, active[0] if active else scope.today(member))
    best_before, current_before = st.best, st.current
    st.current = st.best = st.total_days = st.freezes = st.progress = 0
    st.last_day = None
    for day in active:
        streaks.apply_day(st, day, rules, new_day=True)
    if closed is not None:
        streaks.close_days(st, closed + timedelta(days=1), rules)
    if best_before > current_before:
        st.best = best_before  # an earlier run was the best: the day taken back was not in it
    else:
        st.best = min(max(st.best, best_before - 1), best_before)
    newest = await latest(scope, member)
    st.last_active_at = newest.at if newest is not None else None


async def _as_judged(
    scope: Scope, member: Member, recorded: dict[date, str], since: date
) -> streaks.Rules:
    """The member's rules, with the days recorded as not counted then (a weekend in
    weekdays mode, a date travel skipped) never required, as they were not at the time."""
    rules = await streaks.rules_for(scope.session, member, since)
    rest = tuple((day, day) for day, status in sorted(recorded.items()) if status in _NOT_REQUIRED)
    return replace(rules, pauses=rules.pauses + rest)
