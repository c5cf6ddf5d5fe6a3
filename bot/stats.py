"""`/stats`: a member's own journey, and a line that normalises rejection with real numbers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from bot import streaks
from bot.commands import command
from bot.context import Ctx
from bot.models import Activity, Application, Cheer, Member, Reflection, Rejection, Win
from bot.replies import Field


async def _count(ctx: Ctx, query) -> int:  # type: ignore[no-untyped-def]
    return int(await ctx.session.scalar(query) or 0)


@command(
    "stats",
    "Your journey so far: applications, interviews, offers, cheers and more.",
    readonly=True,
)
async def stats_cmd(ctx: Ctx, opts: dict) -> None:
    m: Member = ctx.member
    mid = m.id
    applications = await _count(
        ctx, select(func.count()).select_from(Application).where(Application.member_id == mid)
    )
    applied_logged = await _count(
        ctx,
        select(func.sum(Activity.count)).where(
            Activity.member_id == mid, Activity.kind == "applied"
        ),
    )
    interviews = await _count(
        ctx,
        select(func.sum(Activity.count)).where(
            Activity.member_id == mid, Activity.kind == "interviewed"
        ),
    )
    offers = await _count(
        ctx,
        select(func.count())
        .select_from(Application)
        .where(Application.member_id == mid, Application.stage == "offer"),
    )
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
    v = await streaks.current_view(ctx, m)
    fields = [
        Field("Applications", str(max(applications, applied_logged)), True),
        Field("Interviews", str(interviews), True),
        Field("Offers", str(offers), True),
        Field("Rejections", str(rejections), True),
        Field("Reflections", str(reflections), True),
        Field("Wins", str(wins), True),
        Field("Cheers given", str(given), True),
        Field("Cheers received", str(received), True),
        Field("Best streak", f"{v.best} day{'s' if v.best != 1 else ''}", True),
        Field("Active days", str(v.total_days), True),
    ]
    ctx.reply(await normalising_line(ctx), title="Your journey", fields=fields)


async def normalising_line(ctx: Ctx) -> str:
    """E.g. "14 members logged a rejection this month — you are not alone"."""
    local = ctx.now.astimezone(ctx.zone(ctx.member))
    month_start = datetime(local.year, local.month, 1, tzinfo=local.tzinfo)
    others = await _count(
        ctx,
        select(func.count(func.distinct(Rejection.member_id))).where(
            Rejection.community_id == ctx.community.id, Rejection.created_at >= month_start
        ),
    )
    if others == 0:
        return (
            "Nobody here has logged a rejection this month yet — when it happens, remember that "
            "every job search is mostly rejections, and they say little about your worth."
        )
    who = "1 member" if others == 1 else f"{others} members"
    return f"{who} logged a rejection this month — you are not alone."
