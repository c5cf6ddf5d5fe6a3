"""Weekly goals per activity kind, and learning goals; weeks start Monday member-local.

A skill gap from `/reflect` becomes a learning goal (`add_learning_goal`); one that only
differs from an open goal in case, spacing, accents or punctuation ("SQL", " sql ",
"S.Q.L.") is that goal, not a second one. `/goal` lists the open learning goals by
number, and `/goal learning:done number:n` or `learning:remove number:n` completes or
removes one, as `/strengths remove number:n` does for strengths.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.kinds import KINDS, kind_name
from bot.core.messages import Field
from bot.store.models import Activity, Goal, Member

__all__ = [
    "LEARNING",
    "add_learning_goal",
    "feature",
    "learning_goals",
    "learning_key",
    "week_counts",
    "week_progress_line",
    "week_start",
    "weekly_goals",
]

feature = Feature("goals")

LEARNING = "learning"
LEARNING_ACTIONS = ("done", "remove")


def week_start(today: date) -> date:
    return today - timedelta(days=today.weekday())


async def week_counts(scope: Scope, member: Member) -> dict[str, int]:
    start = week_start(scope.today(member))
    rows = await scope.session.execute(
        select(Activity.kind, func.sum(Activity.count))
        .where(
            Activity.member_id == member.id,
            Activity.day >= start,
            Activity.day < start + timedelta(days=7),
        )
        .group_by(Activity.kind)
    )
    return {kind: int(total or 0) for kind, total in rows}


async def weekly_goals(scope: Scope, member: Member) -> list[Goal]:
    return list(
        await scope.session.scalars(
            select(Goal)
            .where(Goal.member_id == member.id, Goal.kind != LEARNING, Goal.per_week > 0)
            .order_by(Goal.kind)
        )
    )


async def learning_goals(scope: Scope, member: Member) -> list[Goal]:
    return list(
        await scope.session.scalars(
            select(Goal)
            .where(Goal.member_id == member.id, Goal.kind == LEARNING, Goal.done_at.is_(None))
            .order_by(Goal.id)
        )
    )


def learning_key(text: str) -> str:
    """How learning goals are matched: case, spacing, accents and punctuation aside, so
    "SQL", " sql " and "S.Q.L." are one goal; `+` and `#` count, so C, C++ and C# differ."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    key = "".join(ch for ch in folded if ch.isalnum() or ch in "+#")
    return key or " ".join(folded.split())


async def add_learning_goal(scope: Scope, member: Member, text: str) -> tuple[Goal, bool]:
    """Add a learning goal, unless an open one already says the same thing.

    Returns the goal and whether it is new. A goal marked done is not reopened: a new gap
    in the same skill is a new goal.
    """
    key = learning_key(text)
    for goal in await learning_goals(scope, member):
        if learning_key(goal.text or "") == key:
            return goal, False
    goal = Goal(
        community_id=scope.community.id,
        member_id=member.id,
        kind=LEARNING,
        per_week=0,
        text=text.strip(),
        created_at=scope.now,
    )
    scope.session.add(goal)
    await scope.session.flush()
    return goal, True


async def week_progress_line(scope: Scope, member: Member, tr: Tr) -> str:
    """`This week: applied 2/5, networked 1/3`, in `tr`'s language; empty without goals."""
    goals = await weekly_goals(scope, member)
    if not goals:
        return ""
    counts = await week_counts(scope, member)
    parts = [
        tr(
            "goal-week-progress-item",
            kind=kind_name(g.kind, tr),
            done=counts.get(g.kind, 0),
            target=g.per_week,
        )
        for g in goals
    ]
    return tr("goal-week-progress", goals=", ".join(parts))


def _bar(done: int, target: int, width: int = 10) -> str:
    filled = min(width, round(width * done / target)) if target else 0
    return "▰" * filled + "▱" * (width - filled)


@dataclass(frozen=True)
class GoalOptions:
    activity: str | None = option(
        OptType.CHOICE, "which activity", choices=KINDS, autocomplete="kinds"
    )
    per_week: int | None = option(
        OptType.INTEGER, "how many a week (0 removes the goal)", min=0, max=100
    )
    learning: str | None = option(
        OptType.CHOICE,
        "mark a learning goal done, or remove it (with its number)",
        choices=LEARNING_ACTIONS,
    )
    number: int | None = option(OptType.INTEGER, "the learning goal's number in `/goal`", min=1)


@feature.command(
    "goal",
    "Set a weekly target (0 removes it) or finish a learning goal; alone, shows this week's "
    "progress.",
    GoalOptions,
    positional=("activity", "per_week"),
    examples=(
        "/goal activity:applied per_week:5",
        "/goal learning:done number:1",
        "/goal learning:remove number:2",
    ),
)
async def goal_cmd(ctx: Ctx, opts: GoalOptions) -> None:
    weekly = opts.activity is not None or opts.per_week is not None
    learning = opts.learning is not None or opts.number is not None
    if weekly and learning:
        raise UserError(Msg("goal-one-at-a-time"), hint=Msg("goal-one-at-a-time-hint"))
    if learning:
        await _change_learning(ctx, opts.learning, opts.number)
    elif weekly:
        await _set_weekly(ctx, opts.activity, opts.per_week)
    else:
        await _show(ctx)


async def _set_weekly(ctx: Ctx, kind: str | None, per_week: int | None) -> None:
    if kind is None or per_week is None:
        raise UserError(Msg("goal-need-both"), hint=Msg("goal-need-both-hint"))
    existing = await ctx.session.scalar(
        select(Goal).where(Goal.member_id == ctx.member.id, Goal.kind == kind)
    )
    tr = ctx.tr
    if per_week == 0:
        if existing is None:
            raise UserError(Msg("goal-none-to-remove", kind=Msg("kind-name", kind=kind)))
        await ctx.session.delete(existing)
        ctx.reply(tr("goal-removed", kind=kind_name(kind, tr)), title=tr("goal-removed-title"))
        return
    if existing is None:
        ctx.session.add(
            Goal(
                community_id=ctx.community.id,
                member_id=ctx.member.id,
                kind=kind,
                per_week=per_week,
                created_at=ctx.now,
            )
        )
    else:
        existing.per_week = per_week
    await ctx.session.flush()
    counts = await week_counts(ctx, ctx.member)
    done = counts.get(kind, 0)
    ctx.reply(
        tr("goal-set", kind=kind_name(kind, tr), target=per_week, done=done),
        title=tr("goal-set-title"),
    )


async def _change_learning(ctx: Ctx, action: str | None, number: int | None) -> None:
    """`/goal learning:done|remove number:n`: finish or drop the n-th open learning goal."""
    if action is None:
        raise UserError(Msg("goal-learning-what", number=str(number)))
    if number is None:
        raise UserError(Msg("goal-learning-which", action=action))
    goals = await learning_goals(ctx, ctx.member)
    if not goals:
        raise UserError(Msg("goal-learning-none"), hint=Msg("goal-learning-none-hint"))
    if number > len(goals):
        raise UserError(
            Msg("goal-learning-no-number", number=str(number), count=len(goals)),
            hint=Msg("goal-learning-no-number-hint"),
        )
    goal = goals[number - 1]
    tr = ctx.tr
    if action == "done":
        goal.done_at = ctx.now
        ctx.reply(tr("goal-learning-done", text=goal.text), title=tr("goal-learning-done-title"))
        return
    await ctx.session.delete(goal)
    ctx.reply(tr("goal-learning-removed", text=goal.text), title=tr("goal-learning-removed-title"))


async def _completed(ctx: Ctx) -> int:
    return int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(Goal)
            .where(
                Goal.member_id == ctx.member.id, Goal.kind == LEARNING, Goal.done_at.is_not(None)
            )
        )
        or 0
    )


def _learning_fields(tr: Tr, learning: list[Goal], completed: int) -> list[Field]:
    fields = []
    if learning:
        numbered = "\n".join(f"{i}. {g.text}" for i, g in enumerate(learning, 1))
        fields.append(Field(tr("goal-field-learning"), f"{numbered}\n{tr('goal-learning-how')}"))
    if completed:
        fields.append(Field(tr("goal-field-learning-completed"), str(completed)))
    return fields


async def _show(ctx: Ctx) -> None:
    goals = await weekly_goals(ctx, ctx.member)
    learning = await learning_goals(ctx, ctx.member)
    tr = ctx.tr
    fields = _learning_fields(tr, learning, await _completed(ctx))
    if not goals and not learning:
        ctx.reply(tr("goal-none-yet"), title=tr("goal-title"), fields=fields)
        return
    counts = await week_counts(ctx, ctx.member)
    start = week_start(ctx.today(ctx.member))
    lines = []
    for g in goals:
        done = counts.get(g.kind, 0)
        lines.append(
            tr(
                "goal-line-met" if done >= g.per_week else "goal-line",
                kind=kind_name(g.kind, tr),
                bar=_bar(done, g.per_week),
                done=done,
                target=g.per_week,
            )
        )
    if not lines:
        lines.append(tr("goal-no-weekly"))
    title = tr("goal-title-week", day=dates.day_month(start, tr))
    ctx.reply("\n".join(lines), title=title, fields=fields)
