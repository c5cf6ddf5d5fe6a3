"""`/leaderboard`: the community's top current streaks and top encouragers.

Only members with `leaderboard:on` appear. Streaks are shown as of today in each
member's own timezone (a streak that lapsed is not shown), encouragers are ranked by
cheers given. Members with the same number share a rank (two first places, then third).
Rejections are never ranked.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bot.core.context import Ctx
from bot.core.declarations import Feature, NoOptions
from bot.core.i18n import Tr
from bot.core.messages import Field
from bot.features import streaks
from bot.store.models import Cheer, Member, Streak

feature = Feature("leaderboard")

TOP = 10
# Stored streaks read to find the top ones as of today (lapsed ones drop out).
CANDIDATES = 50


async def top_streaks(ctx: Ctx) -> list[tuple[Member, int]]:
    rows = (
        await ctx.session.execute(
            select(Member, Streak)
            .join(Streak, Streak.member_id == Member.id)
            .where(Member.community_id == ctx.community.id, Member.leaderboard, Streak.current > 0)
            .order_by(Streak.current.desc(), Member.id)
            .limit(CANDIDATES)
        )
    ).all()
    ranked: list[tuple[Member, int]] = []
    for member, _st in rows:
        v = await streaks.current_view(ctx, member)
        if v.current > 0:
            ranked.append((member, v.current))
    ranked.sort(key=lambda r: (-r[1], r[0].display_name.lower()))
    return ranked[:TOP]


async def top_encouragers(ctx: Ctx) -> list[tuple[Member, int]]:
    given = func.count(Cheer.id)
    rows = await ctx.session.execute(
        select(Member, given)
        .join(Cheer, Cheer.giver_id == Member.id)
        .where(Member.community_id == ctx.community.id, Member.leaderboard)
        .group_by(Member.id)
        .order_by(given.desc(), Member.display_name)
        .limit(TOP)
    )
    return [(m, int(n)) for m, n in rows.all()]


def ranks(numbers: list[int]) -> list[int]:
    """Competition ranks of a list sorted from highest down: ties share a rank and the
    next one skips (5, 5, 3 rank 1, 1, 3)."""
    return [1 + sum(1 for other in numbers if other > n) for n in numbers]


def _table(rows: list[tuple[Member, int]], row: str, tr: Tr) -> str:
    """The ranked rows, each in the message `row` (a streak's days, cheers given)."""
    medals = ("🥇", "🥈", "🥉")
    lines = []
    for rank, (member, n) in zip(ranks([n for _, n in rows]), rows, strict=True):
        mark = medals[rank - 1] if rank <= len(medals) else tr("leaderboard-rank", rank=str(rank))
        lines.append(tr(row, mark=mark, name=member.display_name, count=n))
    return "\n".join(lines)


@feature.command(
    "leaderboard",
    "Top current streaks and top encouragers (members who opted out never appear).",
    NoOptions,
    readonly=True,
)
async def leaderboard_cmd(ctx: Ctx, opts: NoOptions) -> None:
    tr = ctx.tr
    streak_rows = await top_streaks(ctx)
    cheer_rows = await top_encouragers(ctx)
    fields = [
        Field(
            tr("leaderboard-field-streaks"),
            _table(streak_rows, "leaderboard-row-streak", tr) or tr("leaderboard-no-streaks"),
        ),
        Field(
            tr("leaderboard-field-cheers"),
            _table(cheer_rows, "leaderboard-row-cheers", tr) or tr("leaderboard-no-cheers"),
        ),
    ]
    note = tr("leaderboard-shown" if ctx.member.leaderboard else "leaderboard-hidden")
    ctx.reply(note, title=tr("leaderboard-title"), fields=fields)
