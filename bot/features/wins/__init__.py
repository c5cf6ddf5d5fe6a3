"""`/win` and `/wins`: record the good news, big and small, and celebrate it together.

A win counts for the streak and is posted to the wins channel (with a Cheer button)
when one is configured and the member may share; `offer:yes` with a company moves that
application to offer. `/wins` lists the member's wins, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.messages import Field
from bot.features import applications, mutes, streaks
from bot.features.cheers import post_with_cheer
from bot.store.models import Win

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
        raise UserError(
            'Which company made the offer? Add `company:`, like `/win text:"Offer!" company:Acme offer:yes`.',
        )
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
    title = "An offer — congratulations! 🎉" if offer else "Win recorded 🎉"
    lines = [
        "Well done. Wins like this are worth noticing — they are proof the effort is working.",
    ]
    if offer:
        lines.append(f"Your application to {company} is now marked as an offer.")
    ctx.reply(
        "\n".join([*lines, shared]),
        title=title,
        fields=[Field("Showing up counts", streaks.streak_line(v, label="Your streak"))],
    )


async def _share(ctx: Ctx, win: Win) -> str:
    channel = ctx.community.wins_channel
    if not channel:
        return (
            "Kept private: this community has no wins channel yet. A moderator can set one "
            "with `/mod setup wins_channel:#channel`."
        )
    try:
        await mutes.check_can_share(ctx, ctx.member, "post to the wins channel")
    except UserError as exc:
        return f"Kept private: {exc}"
    name = ctx.member.display_name
    at = f" ({win.company})" if win.company else ""
    kind = "an offer" if win.offer else "a win"
    post = await post_with_cheer(
        ctx,
        channel,
        f"@{name} has {kind} to share{at}:\n“{win.text}”",
        kind="win",
        author=ctx.member,
        anonymous=False,
        title=f"🎉 {name} has good news",
    )
    if post is None:
        return "Kept private."
    win.post_id = post.id
    return f"Posting it to {(await ctx.channel(channel)).label} as post {post.number}."


@feature.command("wins", "Your wins so far, newest first.", NoOptions, readonly=True)
async def wins_cmd(ctx: Ctx, opts: NoOptions) -> None:
    total = int(
        await ctx.session.scalar(
            select(func.count()).select_from(Win).where(Win.member_id == ctx.member.id)
        )
        or 0
    )
    if total == 0:
        ctx.reply(
            "No wins recorded yet. They count even when small: a reply from a recruiter, a "
            "great networking chat, an interview invite. `/win text:...` records one.",
            title="Your wins",
        )
        return
    rows = await ctx.session.scalars(
        select(Win).where(Win.member_id == ctx.member.id).order_by(Win.id.desc()).limit(LIST_LIMIT)
    )
    lines = []
    for w in rows:
        day = ctx.local(w.created_at, ctx.member)
        at = f" ({w.company})" if w.company else ""
        lines.append(
            f"{dates.short_day(day.date())} — {w.text}{at}{' · offer 🎉' if w.offer else ''}"
        )
    more = f"\n…and {total - LIST_LIMIT} earlier." if total > LIST_LIMIT else ""
    ctx.reply(
        "\n".join(lines) + more + "\n\nRead these on the hard days.",
        title=f"Your wins ({total})",
    )
