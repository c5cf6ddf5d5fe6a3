"""Whether a member may share right now: not muted, and not flooding the channels."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select

from bot.context import Scope
from bot.errors import UserError
from bot.models import Member, Mute, Post

FLOOD_WINDOW = timedelta(minutes=10)
FLOOD_LIMIT = 5


async def active_mute(scope: Scope, member: Member) -> Mute | None:
    return await scope.session.scalar(
        select(Mute)
        .where(
            Mute.member_id == member.id,
            Mute.lifted_at.is_(None),
            or_(Mute.until.is_(None), Mute.until > scope.now),
        )
        .order_by(Mute.id.desc())
        .limit(1)
    )


async def check_can_share(scope: Scope, member: Member, what: str = "post shared content") -> None:
    """Raise a clear `UserError` when `member` is muted or has posted too much just now."""
    mute = await active_mute(scope, member)
    if mute is not None:
        until = f" until {scope.local(mute.until, member):%d %B %H:%M}" if mute.until else ""
        raise UserError(
            f"A moderator has muted you{until}, so you cannot {what} right now.",
            hint="Your private commands still work. Reach out to a moderator if you have questions.",
        )
    recent = await scope.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(Post.author_id == member.id, Post.created_at > scope.now - FLOOD_WINDOW)
    )
    if (recent or 0) >= FLOOD_LIMIT:
        raise UserError(
            f"You have shared {recent} posts in the last {FLOOD_WINDOW.seconds // 60} minutes.",
            hint="Please give the channel a little breathing room and try again soon.",
        )
