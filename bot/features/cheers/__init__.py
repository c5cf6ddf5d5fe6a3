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

from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, SHORT_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
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
    add_cheer_line(msg, post)
    return post


def add_cheer_line(msg: Message, post: Post) -> None:
    """The post's number and how to cheer it, under a shared post."""
    msg.text += f"\n\nPost {post.number} · cheer with the button or `/cheer post:{post.number}`"
    msg.buttons.append(Button("Cheer", "cheer", {"post": str(post.number)}))


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
        raise UserError(
            "Cheer either a member or a post.",
            hint="Like `/cheer member:@ana` or `/cheer post:12`.",
        )
    await mutes.check_can_share(ctx, ctx.member, "send cheers")
    post, receiver = await _receiver(ctx, opts)
    if receiver.id == ctx.member.id:
        raise UserError(
            "You cannot cheer yourself — though you deserve it.",
            hint="`/strengths add` keeps what you are proud of; `/win` records a win.",
        )
    anonymous = bool(post and post.anonymous)
    who = f"the author of post {post.number}" if anonymous and post else f"@{receiver.display_name}"
    if ctx.private_only:
        ctx.crisis_stopped = True
        ctx.reply(
            f"Your cheer to {who} was not sent: a message to another member never carries "
            "words about suicide or self-harm. If you meant to lift them up, a cheer in other "
            "words will reach them.",
            title="Cheer not sent",
        )
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
    left = DAILY_LIMIT - given - 1
    lines = [f"Your cheer is on its way to {who} {delivered}."]
    lines += _strength_lines(strength, outcome=outcome, anonymous=anonymous)
    lines.append(f"{left} cheer{'s' if left != 1 else ''} left today.")
    ctx.reply("\n".join(lines), title="Cheer sent")


async def _given_before(ctx: Ctx, post: Post | None, opts: CheerOptions, who: str) -> int | None:
    """How many cheers the member gave today before this one; None when this one is a
    second press of a cheer just sent (the member is told). Refuses past the daily limit."""
    # The giver's row lock makes one member's cheers count one at a time (PostgreSQL),
    # so concurrent cheers cannot all see the same count and pass the limit together,
    # nor two presses of one button both miss the other.
    await ctx.session.execute(select(Member.id).where(Member.id == ctx.member.id).with_for_update())
    given = await cheers_given_today(ctx)
    if post is not None and await _just_sent(ctx, post, opts):
        left = DAILY_LIMIT - given
        ctx.reply(
            f"Your cheer to {who} is already on its way, so it is not sent twice.\n"
            f"{left} cheer{'s' if left != 1 else ''} left today.",
            title="Cheer sent",
        )
        return None
    if given >= DAILY_LIMIT:
        raise UserError(
            f"You have given {DAILY_LIMIT} cheers today, the daily limit.",
            hint="Thank you for lifting so many people up! You can cheer again after midnight "
            "your time.",
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


def _strength_lines(strength: str | None, *, outcome: str | None, anonymous: bool) -> list[str]:
    """What the cheerer's reply says about anonymity and the strength they named."""
    lines: list[str] = []
    if anonymous:
        lines.append("They will not see your name, and their name stays private too.")
    if strength and anonymous:
        # Saying whether it was already on the list would let anyone test guesses about
        # who wrote an anonymous post; only the author learns that, in their DM.
        lines.append(f"“{strength}” goes with your cheer, as a strength noticed by peers.")
    elif strength and outcome == ADDED:
        lines.append(f"“{strength}” joins their strengths, noticed by peers.")
    elif strength and outcome == FULL:
        lines.append(
            f"Their strengths list is full, so “{strength}” goes with your cheer but is not "
            "added to it."
        )
    elif strength:
        lines.append(f"“{strength}” was already on their strengths list, so it is not added twice.")
    return lines


async def _post(ctx: Ctx, post_id: int) -> Post:
    """The post numbered `post_id` in this community."""
    post = await ctx.session.scalar(
        select(Post).where(Post.number == post_id, Post.community_id == ctx.community.id)
    )
    if post is None or post.removed_at is not None:
        raise UserError(
            f"There is no post {post_id} to cheer"
            + (" — it was removed." if post is not None else "."),
            hint="The post number is at the end of each shared post.",
        )
    if post.author_id is None:
        raise UserError(
            f"Post {post_id} was posted by Rebound itself, so there is nobody to cheer there.",
            hint="Cheer a shared rejection or win, or a member with `/cheer member:@name`.",
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
) -> str:
    """Send the cheer; returns how it went ("by direct message", "in #support")."""
    said = f"\n“{message}”" if message else ""
    listed = {
        ADDED: "it is on your `/strengths` list now",
        FULL: "your list is full, so it is not on it — `/strengths remove number:n` makes room",
    }.get(outcome or "", "it was already on your list")
    noticed = f"\nThey noticed a strength of yours: {strength} — {listed}." if strength else ""
    if anonymous:
        assert post is not None
        sent = ctx.dm(
            receiver,
            f"Someone in the community cheered your anonymous post {post.number}.{said}{noticed}\n"
            "They do not know it was you.",
            title="You got a cheer 💛",
        )
        return _by_dm(ctx, receiver, sent)
    giver = ctx.member.display_name
    about = f" on your post {post.number}" if post else ""
    channel = ctx.community.support_channel
    if receiver.cheers_via == "channel" and channel:
        shown = await ctx.post(
            channel,
            f"@{receiver.display_name}, a cheer from @{giver}{about}!{said}{noticed}",
            kind="cheer",
            author=ctx.member,
            title="💛 A cheer",
            stored_text=f"A cheer{said}",
        )
        if shown is not None:
            return f"in {(await ctx.channel(channel)).label}"
    sent = ctx.dm(
        receiver, f"@{giver} cheered you{about}!{said}{noticed}", title="You got a cheer 💛"
    )
    return _by_dm(ctx, receiver, sent)


def _by_dm(ctx: Ctx, receiver: Member, sent: Message | None) -> str:
    """How a cheer by direct message goes: now, or when the receiver's quiet hours end."""
    if sent is None or sent.hold_until is None:
        return "by direct message"
    at = ctx.local(sent.hold_until, receiver)
    return f"by direct message at {at:%H:%M} their time, when their quiet hours end"
