"""`/cheer`: encouragement between members, and the Cheer button on shared posts.

A cheer goes to a member or to the author of a shared post (`post:<number>`, the post's
number in its community, which is also what the Cheer button runs). Anonymity: a cheer on an anonymous post reaches its author
by direct message only, and neither side learns who the other is — the cheerer's reply
says "the author of post 12", the author's DM says "someone". Cheers on other posts and
to members name the cheerer. A named `strength:` joins the receiver's strengths as
"noticed by peers". Nobody cheers themselves, muted members cannot cheer, and each
member may give 20 cheers per local day (the count resets at their own midnight).
Receivers who chose `cheers_via:channel` get theirs in the support channel (without a
support channel, by direct message); such a post is the receiver's choice, so it does not
count against the sender's sharing limit (`mutes.check_can_share`). A peer strength
already on the receiver's list is not added twice, and a full list (`MAX_STRENGTHS`)
takes no more. The same cheer on the same post from the same member within
`DOUBLE_PRESS` (a Cheer button pressed twice, or an event delivered twice) is sent once:
the giver's row lock makes the second one see the first. A cheer whose words speak of
suicide or self-harm is neither saved nor delivered: a message to another member is never
private, so the writer gets the support reply and is told the cheer was not sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, SHORT_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Button, MemberRef, Message
from bot.features import mutes
from bot.features.strengths import ADDED, FULL, add_strength
from bot.store import identity as members_mod
from bot.store.models import Cheer, Member, Post

feature = Feature("cheers")

DAILY_LIMIT = 20
# The same cheer on the same post again within this long is a second press of its button.
DOUBLE_PRESS = timedelta(minutes=1)


async def post_with_cheer(
    scope: Scope,
    channel_ref: str,
    text: str,
    *,
    kind: str,
    author: Member,
    anonymous: bool,
    title: str,
) -> Post | None:
    """Post shared content with its number and a Cheer button (`/cheer post:<number>`)."""
    post = await scope.post(
        channel_ref, text, kind=kind, author=author, anonymous=anonymous, title=title
    )
    if post is None:
        return None
    msg = next(m for m in scope.messages if m.post_id == post.id)
    add_cheer_line(msg, post, scope.community_tr)
    return post


def add_cheer_line(msg: Message, post: Post, tr: Tr) -> None:
    """The post's number and how to cheer it, under a shared post (in the community's
    language, `tr`)."""
    msg.text += "\n\n" + tr("cheer-post-line", post=str(post.number))
    msg.buttons.append(Button(tr("cheer-button"), "cheer", {"post": str(post.number)}))


async def cheers_given_today(ctx: Ctx) -> int:
    return int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(Cheer)
            .where(Cheer.giver_id == ctx.member.id, Cheer.giver_day == ctx.today(ctx.member))
        )
        or 0
    )


@dataclass(frozen=True)
class CheerOptions:
    member: MemberRef | None = option(OptType.MEMBER, "who to cheer")
    post: int | None = option(OptType.INTEGER, "a shared post's number, to cheer its author", min=1)
    message: str | None = option(OptType.STRING, "a few kind words", max_length=NOTE_LIMIT)
    strength: str | None = option(
        OptType.STRING, "a strength you noticed in them", max_length=SHORT_LIMIT
    )


@feature.command(
    "cheer",
    "Encourage a member or the author of a shared post.",
    CheerOptions,
    positional=("member",),
    examples=(
        '/cheer member:@ana message:"You have got this"',
        '/cheer post:12 strength:"Honest and brave"',
    ),
)
async def cheer_cmd(ctx: Ctx, opts: CheerOptions) -> None:
    if (opts.member is None) == (opts.post is None):
        raise UserError(Msg("cheer-member-or-post"), hint=Msg("cheer-member-or-post-hint"))
    await mutes.check_can_share(ctx, ctx.member, mutes.SEND_CHEERS)
    post, receiver = await _receiver(ctx, opts)
    if receiver.id == ctx.member.id:
        raise UserError(Msg("cheer-yourself"), hint=Msg("cheer-yourself-hint"))
    tr = ctx.tr
    anonymous = bool(post and post.anonymous)
    who = (
        tr("cheer-who-anonymous", post=str(post.number))
        if anonymous and post
        else f"@{receiver.display_name}"
    )
    if ctx.private_only:
        ctx.crisis_stopped = True
        ctx.reply(tr("cheer-not-sent", who=who), title=tr("cheer-not-sent-title"))
        return
    given = await _given_before(ctx, post, opts, who)
    if given is None:
        return
    message, strength = opts.message, opts.strength
    ctx.session.add(
        Cheer(
            community_id=ctx.community.id,
            giver_id=ctx.member.id,
            receiver_id=receiver.id,
            post_id=post.id if post else None,
            message=message,
            strength=strength,
            giver_day=ctx.today(ctx.member),
            created_at=ctx.now,
        )
    )
    outcome = (
        await add_strength(ctx, receiver, strength, source="peer", noticed_by=ctx.member)
        if strength
        else None
    )
    delivered = await _deliver(ctx, receiver, post, message, strength, outcome, anonymous)
    lines = [tr("cheer-sent", who=who, **delivered)]
    lines += _strength_lines(tr, strength, outcome=outcome, anonymous=anonymous)
    lines.append(tr("cheer-left", count=DAILY_LIMIT - given - 1))
    ctx.reply("\n".join(lines), title=tr("cheer-sent-title"))


async def _given_before(ctx: Ctx, post: Post | None, opts: CheerOptions, who: str) -> int | None:
    """How many cheers the member gave today before this one; None when this one is a
    second press of a cheer just sent (the member is told). Refuses past the daily limit."""
    # The giver's row lock makes one member's cheers count one at a time (PostgreSQL),
    # so concurrent cheers cannot all see the same count and pass the limit together,
    # nor two presses of one button both miss the other.
    await ctx.session.execute(select(Member.id).where(Member.id == ctx.member.id).with_for_update())
    given = await cheers_given_today(ctx)
    if post is not None and await _just_sent(ctx, post, opts):
        tr = ctx.tr
        ctx.reply(
            tr("cheer-already-sent", who=who) + "\n" + tr("cheer-left", count=DAILY_LIMIT - given),
            title=tr("cheer-sent-title"),
        )
        return None
    if given >= DAILY_LIMIT:
        raise UserError(
            Msg("cheer-daily-limit", limit=DAILY_LIMIT), hint=Msg("cheer-daily-limit-hint")
        )
    return given


async def _just_sent(ctx: Ctx, post: Post, opts: CheerOptions) -> bool:
    """Whether this member sent this very cheer on `post` moments ago (a double press)."""
    same_words = [
        column.is_(None) if value is None else column == value
        for column, value in ((Cheer.message, opts.message), (Cheer.strength, opts.strength))
    ]
    found = await ctx.session.scalar(
        select(Cheer.id)
        .where(
            Cheer.giver_id == ctx.member.id,
            Cheer.post_id == post.id,
            Cheer.created_at > ctx.now - DOUBLE_PRESS,
            *same_words,
        )
        .limit(1)
    )
    return found is not None


async def _receiver(ctx: Ctx, opts: CheerOptions) -> tuple[Post | None, Member]:
    """The post being cheered (if any) and the member the cheer goes to."""
    if opts.post is not None:
        post = await _post(ctx, opts.post)
        receiver = await ctx.session.get(Member, post.author_id)
        assert receiver is not None
        return post, receiver
    assert opts.member is not None
    member = await members_mod.get_or_create_member(
        ctx.session, ctx.community, opts.member, ctx.now
    )
    return None, member


def _strength_lines(
    tr: Tr, strength: str | None, *, outcome: str | None, anonymous: bool
) -> list[str]:
    """What the cheerer's reply says about anonymity and the strength they named."""
    lines: list[str] = []
    if anonymous:
        lines.append(tr("cheer-anonymous-both"))
    if strength and anonymous:
        # Saying whether it was already on the list would let anyone test guesses about
        # who wrote an anonymous post; only the author learns that, in their DM.
        lines.append(tr("cheer-strength-anonymous", strength=strength))
    elif strength and outcome == ADDED:
        lines.append(tr("cheer-strength-added", strength=strength))
    elif strength and outcome == FULL:
        lines.append(tr("cheer-strength-full", strength=strength))
    elif strength:
        lines.append(tr("cheer-strength-known", strength=strength))
    return lines


async def _post(ctx: Ctx, post_id: int) -> Post:
    """The post numbered `post_id` in this community."""
    post = await ctx.session.scalar(
        select(Post).where(Post.number == post_id, Post.community_id == ctx.community.id)
    )
    if post is None or post.removed_at is not None:
        raise UserError(
            Msg("cheer-post-removed" if post is not None else "cheer-no-post", post=str(post_id)),
            hint=Msg("cheer-no-post-hint"),
        )
    if post.author_id is None:
        raise UserError(
            Msg("cheer-post-by-rebound", post=str(post_id)),
            hint=Msg("cheer-post-by-rebound-hint"),
        )
    return post


async def _deliver(
    ctx: Ctx,
    receiver: Member,
    post: Post | None,
    message: str | None,
    strength: str | None,
    outcome: str | None,
    anonymous: bool,
) -> dict[str, str]:
    """Send the cheer; returns how it went, as the arguments of `cheer-sent` (`via`: by
    direct message, held by quiet hours until `time`, or in the support `channel`)."""
    number = str(post.number) if post else None
    if anonymous:
        assert number is not None
        tr = ctx.tr_for(receiver)
        lines = [tr("cheer-dm-anonymous", post=number), *_said(tr, message, strength, outcome)]
        lines.append(tr("cheer-dm-anonymous-end"))
        sent = ctx.dm(receiver, "\n".join(lines), title=tr("cheer-got-title"))
        return _by_dm(ctx, receiver, sent)
    giver = ctx.member.display_name
    channel = ctx.community.support_channel
    if receiver.cheers_via == "channel" and channel:
        tr = ctx.community_tr
        args = {"receiver": receiver.display_name, "giver": giver}
        first = (
            tr("cheer-channel-post", post=number, **args) if number else tr("cheer-channel", **args)
        )
        shown = await ctx.post(
            channel,
            "\n".join([first, *_said(tr, message, strength, outcome)]),
            kind="cheer",
            author=ctx.member,
            title=tr("cheer-channel-title"),
            stored_text="\n".join([tr("cheer-stored"), *_said(tr, message, None, None)]),
        )
        if shown is not None:
            return {"via": "channel", "channel": (await ctx.channel(channel)).label}
    tr = ctx.tr_for(receiver)
    first = tr("cheer-dm-post", giver=giver, post=number) if number else tr("cheer-dm", giver=giver)
    sent = ctx.dm(
        receiver,
        "\n".join([first, *_said(tr, message, strength, outcome)]),
        title=tr("cheer-got-title"),
    )
    return _by_dm(ctx, receiver, sent)


def _said(tr: Tr, message: str | None, strength: str | None, outcome: str | None) -> list[str]:
    """The lines under a cheer its receiver reads: the cheerer's words, the strength."""
    lines = [tr("cheer-words", message=message)] if message else []
    if strength:
        known = {ADDED: "added", FULL: "full"}.get(outcome or "", "known")
        lines.append(tr("cheer-noticed", strength=strength, outcome=known))
    return lines


def _by_dm(ctx: Ctx, receiver: Member, sent: Message | None) -> dict[str, str]:
    """How a cheer by direct message goes: now, or when the receiver's quiet hours end."""
    if sent is None or sent.hold_until is None:
        return {"via": "dm"}
    at = ctx.local(sent.hold_until, receiver)
    return {"via": "held", "time": dates.clock(at)}
