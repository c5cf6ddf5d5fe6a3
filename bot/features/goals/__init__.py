"""Weekly goals per activity kind and learning goals; weeks start Monday member-local."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, OptType, option
from bot.core.errors import UserError
from bot.core.kinds import KINDS
from bot.store.models import Activity, Goal, Member

feature = Feature("goals")

LEARNING = "learning"


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


async def week_progress_line(scope: Scope, member: Member) -> str:
    goals = await weekly_goals(scope, member)
    if not goals:
        return ""
    counts = await week_counts(scope, member)
    parts = [f"{g.kind} {counts.get(g.kind, 0)}/{g.per_week}" for g in goals]
    return "This week: " + ", ".join(parts)


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


@feature.command(
    "goal",
    "Set a weekly target for an activity (0 removes it); alone, shows this week's progress.",
    GoalOptions,
    positional=("activity", "per_week"),
)
async def goal_cmd(ctx: Ctx, opts: GoalOptions) -> None:
    kind, per_week = opts.activity, opts.per_week
    if kind is None and per_week is None:
        await _show(ctx)
        return
    if kind is None or per_week is None:
        raise UserError(
            "Give both `activity` and `per_week`, like `/goal activity:applied per_week:5`.",
            hint="`/goal` alone shows your progress.",
        )
    existing = await ctx.session.scalar(
        select(Goal).where(Goal.member_id == ctx.member.id, Goal.kind == kind)
    )
    if per_week == 0:
        if existing is None:
            raise UserError(f"You have no weekly goal for {kind} to remove.")
        await ctx.session.delete(existing)
        ctx.reply(f"Removed your weekly goal for {kind}.", title="Goal removed")
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
        f"Goal set: {kind} {per_week} a week. So far this week: {done}/{per_week}.",
        title="Goal set",
    )


async def _show(ctx: Ctx) -> None:
    goals = await weekly_goals(ctx, ctx.member)
    learning = await learning_goals(ctx, ctx.member)
    if not goals and not learning:
        ctx.reply(
            "You have no goals yet. Try `/goal activity:applied per_week:5` — small, steady "
            "targets beat big ones.",
            title="Your goals",
        )
        return
    counts = await week_counts(ctx, ctx.member)
    start = week_start(ctx.today(ctx.member))
    lines = []
    for g in goals:
        done = counts.get(g.kind, 0)
        tick = " ✓" if done >= g.per_week else ""
        lines.append(f"{g.kind}: {_bar(done, g.per_week)} {done}/{g.per_week}{tick}")
    for g in learning:
        lines.append(f"learning: {g.text}")
    ctx.reply("\n".join(lines), title=f"Your goals — week of {dates.day_month(start)}")
