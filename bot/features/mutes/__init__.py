"""Mutes and flood limits: whether a member may share right now, and the mute lifecycle.

`check_can_share` is what every feature calls before anything goes public (a shared
rejection, a win, a check-in answer, a cheer): a muted member is told clearly, and a
member who has just shared a burst of posts is asked to give the channel room. A timed
mute lifts itself through the `mute-expiry` job, which tells the member and the moderator
log channel (`bot.features.modlog`); `/mod mute` and `/mod unmute`
(`bot.features.moderation`) drive `start_mute` and `lift_mute`.

A mute belongs to the muted platform account (`Mute.platform_id`), not only to its member
row: it is the community's moderation record, kept under legitimate interest (GDPR
Art. 17(3)), so `/privacy delete` neither lifts it nor erases it, and it applies again if
the same account comes back. Expiry finds the member by that platform id.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from bot.core import dates, i18n, jobs
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.features import modlog
from bot.store.models import AuditEntry, Job, Member, Mute, Post

feature = Feature("mutes")

FLOOD_WINDOW = timedelta(minutes=10)
FLOOD_LIMIT = 5
EXPIRY_JOB = "mute-expiry"
SYSTEM_ACTOR = "Rebound (automatic)"
# Where an audit entry's target shows its member's current name (`AuditEntry.target_id`).
MEMBER_NAME = "{member}"
# What a muted member cannot do, for `check_can_share` (a `Msg` in the reader's language).
SHARE_CONTENT = Msg("mute-what-share")
POST_SUPPORT = Msg("mute-what-support")
POST_WINS = Msg("mute-what-wins")
SEND_CHEERS = Msg("mute-what-cheers")


async def active_mute(scope: Scope, member: Member) -> Mute | None:
    return await active_mute_of(scope, member.platform_id)


async def active_mute_of(scope: Scope, platform_id: str) -> Mute | None:
    """The mute in force for the platform account `platform_id`, whether or not its
    member row still exists (a mute outlives `/privacy delete`)."""
    return await scope.session.scalar(
        select(Mute)
        .where(
            Mute.community_id == scope.community.id,
            Mute.platform_id == platform_id,
            Mute.lifted_at.is_(None),
            or_(Mute.until.is_(None), Mute.until > scope.now),
        )
        .order_by(Mute.id.desc())
        .limit(1)
    )


async def active_mutes(scope: Scope) -> list[Mute]:
    """Every mute in force in the community, the soonest to end first (open-ended last)."""
    rows = await scope.session.scalars(
        select(Mute)
        .where(
            Mute.community_id == scope.community.id,
            Mute.lifted_at.is_(None),
            or_(Mute.until.is_(None), Mute.until > scope.now),
        )
        .order_by(Mute.until.is_(None), Mute.until, Mute.id)
    )
    return list(rows)


def until_text(
    scope: Scope, until: datetime | None, member: Member | None, tr: Tr | None = None
) -> str:
    """`until Thursday 5 November, 09:00 (Europe/Berlin)`, or `until a moderator lifts it`,
    in `member`'s zone (the community's for None) and the reader's language `tr`."""
    tr = tr or i18n.tr(i18n.ENGLISH)
    if until is None:
        return tr("mute-until-lifted")
    local = scope.local(until, member)
    return tr("mute-until", when=dates.long_when(local, tr), zone=str(local.tzinfo))


def _reader(scope: Scope, member: Member) -> Tr:
    """`member`'s language; the invoker's is the one this very command came in."""
    if isinstance(scope, Ctx) and scope.member.id == member.id:
        return scope.tr
    return scope.tr_for(member)


async def check_can_share(scope: Scope, member: Member, what: Msg | str = SHARE_CONTENT) -> None:
    """Raise a clear `UserError` when `member` is muted or has posted too much just now.
    `what` is what they cannot do, like `POST_WINS`."""
    mute = await active_mute(scope, member)
    if mute is not None:
        until = until_text(scope, mute.until, member, _reader(scope, member))
        raise UserError(
            Msg("mute-muted-reason", until=until, what=what, reason=mute.reason)
            if mute.reason
            else Msg("mute-muted", until=until, what=what),
            hint=Msg("mute-muted-hint"),
        )
    since = scope.now - FLOOD_WINDOW
    recent, oldest = (
        await scope.session.execute(
            select(func.count(), func.min(Post.created_at)).where(
                Post.community_id == scope.community.id,
                Post.author_id == member.id,
                Post.created_at > since,
                # A cheer shown in the channel is its receiver's choice (`cheers_via`),
                # not the sender's sharing; cheers have their own daily limit.
                Post.kind != "cheer",
            )
        )
    ).one()
    if recent >= FLOOD_LIMIT:
        free_at = scope.local(oldest + FLOOD_WINDOW, member)
        minutes = int(FLOOD_WINDOW.total_seconds() // 60)
        raise UserError(
            Msg("mute-flood", count=int(recent), minutes=minutes),
            hint=Msg("mute-flood-hint", time=dates.clock(free_at)),
        )


async def start_mute(
    scope: Scope, member: Member, *, by: Member, days: int | None, reason: str | None
) -> Mute:
    """Mute `member` (replacing any current mute); a timed mute schedules its own expiry."""
    current = await active_mute(scope, member)
    if current is not None:
        current.lifted_at = scope.now
    until = scope.now + timedelta(days=days) if days else None
    mute = Mute(
        community_id=scope.community.id,
        member_id=member.id,
        platform_id=member.platform_id,
        until=until,
        reason=reason,
        by_id=by.id,
        created_at=scope.now,
    )
    scope.session.add(mute)
    await scope.session.flush()
    if until is not None:
        await scope.schedule(
            EXPIRY_JOB, until, key=f"{EXPIRY_JOB}:{mute.id}", payload={"mute": mute.id}
        )
    return mute


async def lift_mute(scope: Scope, mute: Mute) -> None:
    mute.lifted_at = scope.now
    await jobs.cancel(scope.session, key=f"{EXPIRY_JOB}:{mute.id}")


@feature.job(EXPIRY_JOB)
async def expire_mute(scope: Scope, job: Job) -> None:
    """A timed mute ran out: lift it, note it in the audit log, and tell the member."""
    mute = await scope.session.get(Mute, int(job.payload["mute"]))
    if mute is None or mute.community_id != scope.community.id or mute.lifted_at is not None:
        return
    # By platform id: the member may have erased their data (and even come back since).
    member = await scope.session.scalar(
        select(Member).where(
            Member.community_id == scope.community.id, Member.platform_id == mute.platform_id
        )
    )
    mute.lifted_at = scope.now
    scope.session.add(
        AuditEntry(
            community_id=scope.community.id,
            actor_id=None,
            actor_name=SYSTEM_ACTOR,
            action="mute expired",
            target=MEMBER_NAME,
            target_id=member.id if member else None,
            detail=None,
            created_at=scope.now,
        )
    )
    public = scope.community_tr
    await modlog.echo(
        scope,
        public("mute-ended-echo", name=member.display_name)
        if member
        else public("mute-ended-echo-former"),
        title=public("mute-ended-echo-title"),
        label="mute ended",
    )
    if member is None:
        return
    tr = scope.tr_for(member)
    scope.dm(member, tr("mute-ended-dm"), title=tr("mute-ended-dm-title"))
