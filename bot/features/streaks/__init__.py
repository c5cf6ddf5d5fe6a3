"""Humane streaks: member-local days, freezes, weekdays mode, pauses; `/streak` and `/pause`.

State is kept incrementally in one `streaks` row per member, so recording a day and
reading a streak cost the same with ten or ten million rows of history. Every feature
that counts as showing up (a log, a check-in answer, a rejection, a reflection, a win)
calls `mark_active`.

Rules: a day is the member's local calendar day. One freeze is earned for every 7
consecutive counted days (at most 2 banked); a missed day spends a freeze instead of
breaking the streak, and more missed days than freezes break it (best streak and total
active days survive). In weekdays mode Saturdays and Sundays neither count nor break.
Paused days never break. Daylight-saving changes cannot skip or repeat a local date, and
a timezone change never costs a streak: missed days are counted from the last active
instant as seen in the member's current zone, so a date that travel skipped is no miss.

Past days keep the rule that applied to them: a weekdays-mode switch first settles the
days behind the member under the old rule and records what each of them was
(`history.py`), and the dates a move east skipped are recorded as skipped, so the strip
and the heatmap never turn them into misses later. Freezes spent on missed days are
announced with the member's next entry (`StreakView.kept`, in `streak_line`).

A pause starts today, or tomorrow when today already counts, so `/pause days:n` always
gives n days off.

The rules themselves are pure arithmetic in `rules.py` (re-exported here); this module
reads and writes the state, pauses and days in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Field, MemberRef
from bot.features.streaks import heatmap, history
from bot.features.streaks.rules import (
    FREEZE_EVERY,
    MAX_FREEZES,
    MAX_PAUSE_DAYS,
    STRIP_DAYS,
    Rules,
    StreakState,
    StreakView,
    apply_day,
    close_days,
    freezes_covering,
    freezes_kept,
    since_day,
    streak_line,
    strip_cell,
    strip_legend,
    travel_skipped,
    view,
)
from bot.store.identity import insert_for
from bot.store.models import Member, MemberDay, Pause, Streak

__all__ = [
    "FREEZE_EVERY",
    "MAX_FREEZES",
    "MAX_PAUSE_DAYS",
    "STRIP_DAYS",
    "Rules",
    "StreakState",
    "StreakView",
    "active_pause",
    "apply_day",
    "close_days",
    "current_view",
    "day_strip",
    "feature",
    "freezes_kept",
    "is_paused",
    "load",
    "mark_active",
    "rules_for",
    "since_day",
    "streak_fields",
    "streak_line",
    "strip_cell",
    "strip_legend",
    "switch_streak_days",
    "view",
]

feature = Feature("streaks")

# Where `mark_active` leaves the days freezes just covered, for this transaction's replies.
_KEPT = "streaks.kept"


async def rules_for(session: AsyncSession, member: Member, since: date) -> Rules:
    """The member's rules for judging the days after `since` (pauses that reach past it)."""
    rows = await session.execute(
        select(Pause.start_day, Pause.end_day).where(
            Pause.member_id == member.id, Pause.end_day >= since
        )
    )
    return Rules(
        weekdays_only=member.streak_days == "weekdays",
        pauses=tuple((a, b) for a, b in rows),
    )


async def load(session: AsyncSession, member: Member, *, lock: bool = False) -> Streak:
    """The member's streak row, created if missing; `lock` takes a row lock (PostgreSQL)."""
    query = select(Streak).where(Streak.member_id == member.id)
    if lock:
        query = query.with_for_update()
    st = await session.scalar(query)
    if st is None:
        stmt = insert_for(session, Streak).values(
            member_id=member.id,
            community_id=member.community_id,
            current=0,
            best=0,
            total_days=0,
            freezes=0,
            progress=0,
        )
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["member_id"]))
        st = await session.scalar(query)
        assert st is not None
    return st


async def mark_active(scope: Scope, member: Member, amount: int = 1) -> Streak:
    """Count today (member-local) as a day the member showed up."""
    session = scope.session
    zone = scope.zone(member)
    today = scope.today(member)
    st = await load(session, member, lock=True)
    since = since_day(st, zone)
    if since is not None and since < today - timedelta(days=1):
        rules = await rules_for(session, member, since)
    else:
        rules = Rules(weekdays_only=member.streak_days == "weekdays")  # no gap to judge
    skipped = travel_skipped(st.last_day, since, today)
    if st.last_day == today:
        # Already active today: only the count moves (the row exists; no need to read it).
        await session.execute(
            update(MemberDay)
            .where(MemberDay.member_id == member.id, MemberDay.day == today)
            .values(count=MemberDay.count + amount)
            .execution_options(synchronize_session=False)
        )
        st.last_active_at = scope.now
        return st
    # After the last active day no row exists yet (frozen rows are always earlier days,
    # and rows `history` records are up to the last judged day). Before a first active
    # day, rows may exist already: a weekdays switch records the days since joining.
    day_row = (
        None
        if st.last_day is not None and today > st.last_day
        else await session.get(MemberDay, (member.id, today))
    )
    new_day = day_row is None or day_row.status != "active"
    if day_row is None:
        session.add(
            MemberDay(
                member_id=member.id,
                day=today,
                community_id=member.community_id,
                status="active",
                count=amount,
            )
        )
    else:
        if day_row.status == "frozen":
            # A move west brought back a day a freeze covered: the member keeps the freeze.
            st.freezes = min(MAX_FREEZES, st.freezes + 1)
        day_row.status = "active"
        day_row.count += amount
    before = st.current
    frozen = apply_day(st, today, rules, new_day=new_day, since=since)
    history.add_days(
        scope, member, {d: "skipped" for d in skipped} | dict.fromkeys(frozen, "frozen")
    )
    if frozen and st.current >= before:
        session.info.setdefault(_KEPT, {})[member.id] = frozen
    st.last_active_at = scope.now
    return st


async def switch_streak_days(scope: Scope, member: Member, mode: str) -> list[date]:
    """Change which days count (`all` or `weekdays`) without rewriting the past.

    The days behind the member are settled under the old rule first (freezes spent, or
    the streak broken, as the next entry would have) and recorded, so the strip keeps
    showing them as they were. Returns the days freezes covered, if the streak held.
    """
    st = await load(scope.session, member, lock=True)
    today = scope.today(member)
    since = since_day(st, scope.zone(member))
    start = today - timedelta(days=history.HISTORY_DAYS)
    old = await rules_for(scope.session, member, min(start, since or start))
    skipped = travel_skipped(st.last_day, since, today)
    before = st.current
    frozen = close_days(st, today, old, since)
    await history.record_past(scope, member, old, frozen=frozen, skipped=skipped)
    member.streak_days = mode
    return frozen if st.current >= before else []


async def current_view(scope: Scope, member: Member) -> StreakView:
    today = scope.today(member)
    # By primary key: no query when this transaction already loaded it (after mark_active).
    st = await scope.session.get(Streak, member.id)
    if st is None or st.last_day is None or st.last_day >= today:
        v = view(st, today, Rules())  # no missed days to judge, so no pauses to read
        v.kept = list(scope.session.info.get(_KEPT, {}).get(member.id, []))
        return v
    since = since_day(st, scope.zone(member))
    rules = await rules_for(scope.session, member, since or today)
    return view(st, today, rules, since)


async def day_strip(scope: Scope, member: Member, v: StreakView, days: int = STRIP_DAYS) -> str:
    """The last `days` days at a glance: ■ active, ❄ frozen, ‖ paused, · missed, ○ today;
    each past day as it was judged then (`history`), else under today's rules."""
    today = scope.today(member)
    start = today - timedelta(days=days - 1)
    status = {d: s for d, (s, _) in (await history.recorded_days(scope, member, start)).items()}
    rules = await rules_for(scope.session, member, start)
    joined = scope.local(member.created_at, member).date()
    span = [start + timedelta(days=i) for i in range(days)]
    return "".join(
        strip_cell(
            day, status.get(day), today=today, joined=joined, pending=v.pending_frozen, rules=rules
        )
        for day in span
    )


@dataclass(frozen=True)
class StreakOptions:
    member: MemberRef | None = option(OptType.MEMBER, "whose streak to show (default: yours)")


@feature.command(
    "streak",
    "Your current and best streak, active days, freezes and the last 14 days.",
    StreakOptions,
    positional=("member",),
    readonly=True,
)
async def streak_cmd(ctx: Ctx, opts: StreakOptions) -> None:
    tr = ctx.tr
    member = ctx.member
    if opts.member is not None:
        found = await _existing_member(ctx, opts.member.ref)
        if found is None:
            raise UserError(Msg("streak-not-found", name=opts.member.label))
        if found.id != ctx.member.id and not found.leaderboard:
            ctx.reply(
                tr("streak-private", name=found.display_name),
                title=tr("streak-title-other", name=found.display_name),
            )
            return
        member = found
    own = member.id == ctx.member.id
    v = await current_view(ctx, member)
    strip = await day_strip(ctx, member, v)
    fields = streak_fields(v, strip, tr)
    if member.streak_days == "weekdays":
        fields.append(Field(tr("streak-field-counting"), tr("streak-counting-weekdays")))
    text = _encouragement(v, tr) if own else _about(member, v, tr)
    title = tr("streak-title-own") if own else tr("streak-title-other", name=member.display_name)
    msg = ctx.reply(text, title=title, fields=fields)
    picture = await heatmap.streak_heatmap(ctx, member, v.pending_frozen, tr)
    if picture is not None:
        msg.attachments.append(picture)


def streak_fields(v: StreakView, strip: str, tr: Tr) -> list[Field]:
    """The streak at a glance, as `/streak` and the member's home show it."""
    return [
        Field(tr("streak-field-current"), tr("streak-days", count=v.current), True),
        Field(tr("streak-field-best"), tr("streak-days", count=v.best), True),
        Field(tr("streak-field-total"), str(v.total_days), True),
        Field(
            tr("streak-field-freezes"),
            tr("streak-freezes-of", count=v.freezes, max=MAX_FREEZES),
            True,
        ),
        Field(tr("streak-field-strip", count=STRIP_DAYS), f"{strip}\n{strip_legend(tr)}"),
    ]


async def _existing_member(ctx: Ctx, platform_id: str) -> Member | None:
    return await ctx.session.scalar(
        select(Member).where(
            Member.community_id == ctx.community.id, Member.platform_id == platform_id
        )
    )


def _about(member: Member, v: StreakView, tr: Tr) -> str:
    """What a member reads about someone else's streak: facts, and a nudge to cheer."""
    name = member.display_name
    if v.total_days == 0:
        return tr("streak-about-new", name=name)
    if v.current == 0:
        return tr("streak-about-restart", name=name, total=v.total_days)
    return tr("streak-about-going", name=name, count=v.current)


def _encouragement(v: StreakView, tr: Tr) -> str:
    if v.current == 0 and v.total_days == 0:
        return tr("streak-encourage-first")
    if v.current == 0:
        return tr("streak-encourage-break", total=v.total_days)
    if v.pending_frozen:
        return freezes_covering(v.pending_frozen, tr)
    if not v.active_today:
        return tr("streak-encourage-open")
    return tr("streak-encourage-done")


@dataclass(frozen=True)
class PauseOptions:
    days: int | None = option(
        OptType.INTEGER,
        "how many days off, from today (or tomorrow when today already counts)",
        min=1,
        max=MAX_PAUSE_DAYS,
    )
    off: bool | None = option(OptType.BOOLEAN, "end the current pause")


@feature.command(
    "pause",
    "Take a break: paused days neither break your streak nor get check-in reminders.",
    PauseOptions,
    positional=("days",),
    flags=("off",),
)
async def pause_cmd(ctx: Ctx, opts: PauseOptions) -> None:
    tr = ctx.tr
    today = ctx.today(ctx.member)
    current = await current_pause(ctx.session, ctx.member, today)
    if opts.off:
        if opts.days is not None:
            raise UserError(Msg("streak-pause-both"))
        await _pause_off(ctx, current, today)
        return
    if opts.days is None:
        ctx.reply(_pause_status(current, today, tr), title=tr("streak-pause-title"))
        return
    day_row = await ctx.session.get(MemberDay, (ctx.member.id, today))
    counted = day_row is not None and day_row.status == "active"
    start = today + timedelta(days=1) if counted else today
    end = start + timedelta(days=opts.days - 1)
    if current is not None:
        current.start_day = min(current.start_day, start)
        current.end_day = end
    else:
        ctx.session.add(
            Pause(
                community_id=ctx.community.id,
                member_id=ctx.member.id,
                start_day=start,
                end_day=end,
                created_at=ctx.now,
            )
        )
    when = (
        tr(
            "streak-pause-from-tomorrow",
            start=dates.long_day(start, tr),
            end=dates.long_day(end, tr),
        )
        if start > today and (current is None or current.start_day > today)
        else tr("streak-pause-through", end=dates.long_day(end, tr))
    )
    ctx.reply(f"{when} {tr('streak-pause-rest')}", title=tr("streak-pause-started-title"))


async def _pause_off(ctx: Ctx, current: Pause | None, today: date) -> None:
    tr = ctx.tr
    if current is None:
        raise UserError(Msg("streak-pause-none"), hint=Msg("streak-pause-none-hint"))
    if current.start_day > today:
        await ctx.session.delete(current)
        ctx.reply(
            tr("streak-pause-cancelled", start=dates.long_day(current.start_day, tr)),
            title=tr("streak-pause-cancelled-title"),
        )
        return
    if current.start_day == today:
        await ctx.session.delete(current)
    else:
        current.end_day = today - timedelta(days=1)
    ctx.reply(tr("streak-pause-ended"), title=tr("streak-pause-ended-title"))


def _pause_status(current: Pause | None, today: date, tr: Tr) -> str:
    if current is None:
        return tr("streak-pause-status-none", max=MAX_PAUSE_DAYS)
    if current.start_day > today:
        return tr(
            "streak-pause-status-upcoming",
            start=dates.long_day(current.start_day, tr),
            end=dates.long_day(current.end_day, tr),
        )
    return tr("streak-pause-status-active", end=dates.long_day(current.end_day, tr))


async def active_pause(session: AsyncSession, member: Member, today: date) -> Pause | None:
    return await session.scalar(
        select(Pause)
        .where(Pause.member_id == member.id, Pause.start_day <= today, Pause.end_day >= today)
        .order_by(Pause.id.desc())
        .limit(1)
    )


async def current_pause(session: AsyncSession, member: Member, today: date) -> Pause | None:
    """The pause in force today, else the next one to start (a pause taken after today
    already counted starts tomorrow)."""
    return await active_pause(session, member, today) or await session.scalar(
        select(Pause)
        .where(Pause.member_id == member.id, Pause.start_day > today)
        .order_by(Pause.start_day, Pause.id.desc())
        .limit(1)
    )


async def is_paused(session: AsyncSession, member: Member, today: date) -> bool:
    return await active_pause(session, member, today) is not None
