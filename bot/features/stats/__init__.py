"""`/stats`: a member's own journey, and a line that normalises rejection with real numbers.

The applications → interviews → offers figures come from the pure `funnel_steps` rule
(bot/features/activity/funnel.py); this module only counts rows for it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Executable, func, select

from bot.core.context import Ctx
from bot.core.declarations import Feature, NoOptions
from bot.core.messages import Field
from bot.features import streaks
from bot.features.applications import FunnelCounts, funnel_steps
from bot.store.models import Activity, Application, Cheer, Reflection, Rejection, Win

feature = Feature("stats")


async def _count(ctx: Ctx, query: Executable) -> int:
    return int(await ctx.session.scalar(query) or 0)


async def _logged(ctx: Ctx, mid: int, kind: str) -> int:
    """How many of `kind` the member logged, summed over their `/log` counts."""
    return await _count(
        ctx,
        select(func.sum(Activity.count)).where(Activity.member_id == mid, Activity.kind == kind),
    )


async def _applications_at(ctx: Ctx, mid: int, stage: str) -> int:
    return await _count(
        ctx,
        select(func.count())
        .select_from(Application)
        .where(Application.member_id == mid, Application.stage == stage),
    )


async def funnel_counts(ctx: Ctx, mid: int) -> FunnelCounts:
    """The member's applications, logged and tracked, counted for the funnel."""
    return FunnelCounts(
        tracked=await _count(
            ctx, select(func.count()).select_from(Application).where(Application.member_id == mid)
        ),
        applied_logged=await _logged(ctx, mid, "applied"),
        interviews_logged=await _logged(ctx, mid, "interviewed"),
        interviewing=await _applications_at(ctx, mid, "interview"),
        rejected_after_interview=await _count(
            ctx,
            select(func.count())
            .select_from(Rejection)
            .where(Rejection.member_id == mid, Rejection.stage.in_(("interview", "final"))),
        ),
        offers=await _applications_at(ctx, mid, "offer"),
    )


@feature.command(
    "stats",
    "Your journey so far: applications, interviews, offers, cheers and more.",
    NoOptions,
    readonly=True,
)
async def stats_cmd(ctx: Ctx, opts: NoOptions) -> None:
    mid = ctx.member.id
    steps = funnel_steps(await funnel_counts(ctx, mid))
    rejections = await _count(
        ctx, select(func.count()).select_from(Rejection).where(Rejection.member_id == mid)
    )
    reflections = await _count(
        ctx, select(func.count()).select_from(Reflection).where(Reflection.member_id == mid)
    )
    wins = await _count(ctx, select(func.count()).select_from(Win).where(Win.member_id == mid))
    given = await _count(ctx, select(func.count()).select_from(Cheer).where(Cheer.giver_id == mid))
    received = await _count(
        ctx, select(func.count()).select_from(Cheer).where(Cheer.receiver_id == mid)
    )
    v = await streaks.current_view(ctx, ctx.member)
    fields = [
        Field("Applications", str(steps.applications), True),
        Field("Interviews", str(steps.interviews), True),
        Field("Offers", str(steps.offers), True),
        Field("Rejections", str(rejections), True),
        Field("Reflections", str(reflections), True),
        Field("Wins", str(wins), True),
        Field("Cheers given", str(given), True),
        Field("Cheers received", str(received), True),
        Field("Current streak", f"{v.current} day{'s' if v.current != 1 else ''}", True),
        Field("Best streak", f"{v.best} day{'s' if v.best != 1 else ''}", True),
        Field("Active days", str(v.total_days), True),
    ]
    ctx.reply(await normalising_line(ctx), title="Your journey", fields=fields)


async def normalising_line(ctx: Ctx) -> str:
    """E.g. "14 members logged a rejection this month — you are not alone"."""
    local = ctx.now.astimezone(ctx.zone(ctx.member))
    month_start = datetime(local.year, local.month, 1, tzinfo=local.tzinfo)
    this_month = Rejection.community_id == ctx.community.id, Rejection.created_at >= month_start
    members = await _count(
        ctx, select(func.count(func.distinct(Rejection.member_id))).where(*this_month)
    )
    mine = await _count(
        ctx,
        select(func.count())
        .select_from(Rejection)
        .where(*this_month, Rejection.member_id == ctx.member.id),
    )
    if members == 1 and mine:
        return (
            "You are the only one here who logged a rejection this month — and you kept going. "
            "Every job search is mostly rejections; they say little about your worth."
        )
    if members == 0:
        return (
            "Nobody here has logged a rejection this month yet — when it happens, remember that "
            "every job search is mostly rejections, and they say little about your worth."
        )
    who = "1 member" if members == 1 else f"{members} members"
    return f"{who} logged a rejection this month — you are not alone."
