"""`/win` and `/wins`: record the good news, big and small, and celebrate it together.

A win counts for the streak and is posted to the wins channel (with a Cheer button)
when one is configured and the member may share; `offer:yes` with a company moves that
application to offer. `/wins` lists the member's wins, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Field
from bot.features import applications, mutes, streaks
from bot.features.cheers import post_with_cheer
from bot.store.models import Win

# What a win a moderator removed keeps as its text (`bot.features.moderation`): shown
# in the reader's language as `win-removed-by-moderator`.
REMOVED_BY_MODERATOR = "(removed by a moderator)"

feature = Feature("wins")

LIST_LIMIT = 20


@dataclass(frozen=True)
class WinOptions:
    text: str = option(OptType.STRING, "what happened", required=True, max_length=NOTE_LIMIT)
    company: str | None = option(OptType.STRING, "the company", max_length=200)
    offer: bool | None = option(OptType.BOOLEAN, "it is a job offer")


@feature.command(
    "win",
    "Record a win — an interview invite, a reply, an offer — and celebrate it.",
    WinOptions,
    rest="text",
    examples=(
        "/win Invited to a second interview",
        '/win text:"Got the offer!" company:Acme offer:yes',
    ),
)
async def win_cmd(ctx: Ctx, opts: WinOptions) -> None:
    member = ctx.member
    company, offer = opts.company, bool(opts.offer)
    if offer and not company:
        raise UserError(Msg("win-offer-needs-company"))
    win = Win(
        community_id=ctx.community.id,
        member_id=member.id,
        text=opts.text,
        company=company,
        offer=offer,
        created_at=ctx.now,
    )
    ctx.session.add(win)
    if offer and company:  # an offer always names its company (checked above)
        await applications.move(ctx, member, company, "offer")
    await ctx.session.flush()
    await streaks.mark_active(ctx, member)
    shared = await _share(ctx, win)
    v = await streaks.current_view(ctx, member)
    tr = ctx.tr
    lines = [tr("win-well-done")]
    if offer:
        lines.append(tr("win-offer-marked", company=company))
    streak = streaks.streak_line(v, tr, label=Msg("streak-label-yours"))
    ctx.reply(
        "\n".join([*lines, shared]),
        title=tr("win-title-offer" if offer else "win-title"),
        fields=[Field(tr("win-field-showing-up"), streak)],
    )


async def _share(ctx: Ctx, win: Win) -> str:
    channel = ctx.community.wins_channel
    if not channel:
        return ctx.tr("win-kept-private-no-channel")
    try:
        await mutes.check_can_share(ctx, ctx.member, mutes.POST_WINS)
    except UserError as exc:
        return ctx.tr("win-kept-private-because", reason=exc.render(ctx.tr))
    name = ctx.member.display_name
    public = ctx.community_tr  # the wins channel speaks the community's language
    post = await post_with_cheer(
        ctx,
        channel,
        _post_text(win, name, public),
        kind="win",
        author=ctx.member,
        anonymous=False,
        title=public("win-post-title", name=name),
    )
    if post is None:
        return ctx.tr("win-kept-private")
    win.post_id = post.id
    where = (await ctx.channel(channel)).label
    return ctx.tr("win-posting", channel=where, number=str(post.number))


def _post_text(win: Win, name: str, tr: Tr) -> str:
    """The wins channel's post: who has good news, then the win in their words."""
    offer = "yes" if win.offer else "no"
    if win.company:
        head = tr("win-post-company", name=name, offer=offer, company=win.company)
    else:
        head = tr("win-post", name=name, offer=offer)
    return f"{head}\n{tr('win-post-quote', text=win.text)}"


@feature.command("wins", "Your wins so far, newest first.", NoOptions, readonly=True)
async def wins_cmd(ctx: Ctx, opts: NoOptions) -> None:
    total = int(
        await ctx.session.scalar(
            select(func.count()).select_from(Win).where(Win.member_id == ctx.member.id)
        )
        or 0
    )
    tr = ctx.tr
    if total == 0:
        ctx.reply(tr("win-none-yet"), title=tr("win-list-title-empty"))
        return
    rows = await ctx.session.scalars(
        select(Win).where(Win.member_id == ctx.member.id).order_by(Win.id.desc()).limit(LIST_LIMIT)
    )
    lines = [win_line(w, ctx.local(w.created_at, ctx.member).date(), tr) for w in rows]
    if total > LIST_LIMIT:
        lines.append(tr("win-list-more", count=total - LIST_LIMIT))
    ctx.reply(
        "\n".join(lines) + "\n\n" + tr("win-list-read"),
        title=tr("win-list-title", count=total),
    )


def win_line(win: Win, day: date, tr: Tr) -> str:
    """`Mon 2 Nov — Got the offer (Acme) · offer 🎉`: one win in a list."""
    short = dates.short_day(day, tr)
    if win.text == REMOVED_BY_MODERATOR:  # what a removed win keeps (bot.features.moderation)
        return tr("win-list-line", day=short, text=tr("win-removed-by-moderator"))
    if win.company:
        line = tr("win-list-line-company", day=short, text=win.text, company=win.company)
    else:
        line = tr("win-list-line", day=short, text=win.text)
    return tr("win-list-offer", line=line) if win.offer else line
