"""`/stats`: a member's own journey, and a line that normalises rejection with real numbers.

The applications → interviews → offers figures come from `applications.funnel`, which
counts each application once (the pure rules are in bot/features/applications/funnel.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Executable, func, select

from bot.core.context import Ctx
from bot.core.declarations import Feature, NoOptions
from bot.core.messages import Field
from bot.features import applications, streaks
from bot.store.models import Cheer, Reflection, Rejection, Win

feature = Feature("stats")


async def _count(ctx: Ctx, query: Executable) -> int:
    return int(await ctx.session.scalar(query) or 0)


@feature.command(
    "stats",
    "Your journey so far: applications, interviews, offers, cheers and more.",
    NoOptions,
    readonly=True,
)
async def stats_cmd(ctx: Ctx, opts: NoOptions) -> None:
    mid = ctx.member.id
    steps = await applications.funnel(ctx, ctx.member)
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
    tr = ctx.tr
    counts = [
        ("stats-applications", steps.applications),
        ("stats-interviews", steps.interviews),
        ("stats-offers", steps.offers),
        ("stats-rejections", rejections),
        ("stats-reflections", reflections),
        ("stats-wins", wins),
        ("stats-cheers-given", given),
        ("stats-cheers-received", received),
    ]
    fields = [Field(tr(key), str(count), True) for key, count in counts]
    fields += [
        Field(tr("stats-current-streak"), tr("stats-days", count=v.current), True),
        Field(tr("stats-best-streak"), tr("stats-days", count=v.best), True),
        Field(tr("stats-active-days"), str(v.total_days), True),
    ]
    ctx.reply(await normalising_line(ctx), title=tr("stats-title"), fields=fields)


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
        return ctx.tr("stats-rejections-only-you")
    if members == 0:
        return ctx.tr("stats-rejections-nobody")
    return ctx.tr("stats-rejections-members", count=members)
