"""Practice buddies: `/buddy join|leave|status`, running pairing rounds and `/mod pair`.

Pairing is a small minimum-cost matching, pure and in `bot.features.buddies.pairing`:
a greedy first pass, then pair swaps until no swap lowers the cost. Costs, largest
first: leaving out the member who sat out last time (they go first), repeating a pair
from the previous round, a different purpose, a recent (older) pair, and the distance
between UTC offsets. Because last round's pairs form a matching, one swap can always
undo a repeat when a third member exists, so a repeat happens only when nobody else is
available. With an odd number, one member sits out, is told kindly, and gets priority
next round. Every enrolled member hears back each round.
`/mod pair schedule:weekly day:mon time:09:00` schedules the pairing as a job that
reschedules itself, one unique key per occurrence. `/mod pair` within `REPEAT_WINDOW` of
the last round asks for `confirm:yes` first (a second press would give everyone a new
buddy days after the last); the check runs under the pairing lock, so two at once make
one round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, NoOptions, OptType, check_time, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.jobs import cancel
from bot.core.messages import Field
from bot.features.buddies.pairing import Candidate as Candidate
from bot.features.buddies.pairing import Matching as Matching
from bot.features.buddies.pairing import PastPair, partner_history
from bot.features.buddies.pairing import pair_members as pair_members
from bot.features.buddies.pairing import shared_purpose as shared_purpose
from bot.store import numbers
from bot.store.models import BuddyEnrollment, BuddyPair, Job, Member

feature = Feature(
    "buddies",
    group_help={
        "buddy": "Weekly practice-buddy pairing for mock interviews, résumé reviews or networking"
    },
)

PURPOSES = ("mock-interview", "resume-review", "networking")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PAIR_JOB = "buddy-pairing"
RECENT_ROUNDS = 4
# A new round this soon after the last one needs the moderator's `confirm:yes`.
REPEAT_WINDOW = timedelta(days=6)

# A member's purpose, or None (any practice), as the catalogue's selector.
NO_PURPOSE = "none"


def _purpose(purpose: str | None) -> Msg:
    """What a member joined for, in words (`mock interviews`)."""
    return Msg("buddy-purpose", purpose=purpose or NO_PURPOSE)


# --- running a round ---------------------------------------------------------------------


@dataclass
class Round:
    number: int
    pairs: list[tuple[Member, Member, str | None]]
    left_out: Member | None


async def pair_round(scope: Scope) -> Round | None:
    """Pair everyone enrolled in this community, DM each of them; None if nobody is."""
    session = scope.session
    # One pairing at a time per community (PostgreSQL row lock until commit): the next
    # round's number and everyone's priority are read, then written.
    await numbers.lock(session, scope.community.id, numbers.BUDDY_PAIRING)
    rows = (
        await session.execute(
            select(BuddyEnrollment, Member)
            .join(Member, Member.id == BuddyEnrollment.member_id)
            .where(BuddyEnrollment.community_id == scope.community.id)
            .order_by(Member.id)
        )
    ).all()
    if not rows:
        return None
    enrollments = {m.id: e for e, m in rows}
    members = {m.id: m for _, m in rows}
    last_round, last_partner, recent = await _history(scope)
    candidates = [
        Candidate(
            id=m.id,
            purpose=enrollments[m.id].purpose,
            offset_minutes=_offset(scope, m),
            priority=enrollments[m.id].priority,
        )
        for m in members.values()
    ]
    matching = pair_members(candidates, last_partner, recent)
    result = Round(last_round + 1, [], None)
    for a, b in matching.pairs:
        result.pairs.append(_record_pair(scope, result.number, a, b, enrollments, members))
    if matching.left_out is not None:
        enrollments[matching.left_out.id].priority = True
        result.left_out = members[matching.left_out.id]
        _tell_left_out(scope, result.left_out, alone=len(candidates) == 1)
    await session.flush()
    return result


async def _history(scope: Scope) -> tuple[int, dict[int, int], set[frozenset[int]]]:
    """The last round's number, who was paired with whom in it, and recent pairs."""
    session = scope.session
    last_round = int(
        await session.scalar(
            select(func.max(BuddyPair.round)).where(BuddyPair.community_id == scope.community.id)
        )
        or 0
    )
    history = await session.scalars(
        select(BuddyPair).where(
            BuddyPair.community_id == scope.community.id,
            BuddyPair.round > last_round - RECENT_ROUNDS,
        )
    )
    past = [PastPair(p.round, p.member_a_id, p.member_b_id) for p in history]
    last_partner, recent = partner_history(past, last_round)
    return last_round, last_partner, recent


def _record_pair(
    scope: Scope,
    number: int,
    a: Candidate,
    b: Candidate,
    enrollments: dict[int, BuddyEnrollment],
    members: dict[int, Member],
) -> tuple[Member, Member, str | None]:
    """Store one pair of round `number`, clear both priorities and DM both members."""
    purpose = shared_purpose(a, b)
    scope.session.add(
        BuddyPair(
            community_id=scope.community.id,
            round=number,
            member_a_id=a.id,
            member_b_id=b.id,
            purpose=purpose,
            created_at=scope.now,
        )
    )
    for me, other in ((a, b), (b, a)):
        enrollments[me.id].priority = False
        _tell_pair(scope, members[me.id], members[other.id], me, other, purpose)
    return members[a.id], members[b.id], purpose


async def run_pairing(scope: Scope) -> None:
    """One pairing round for the scheduler."""
    await pair_round(scope)


def _offset(scope: Scope, member: Member) -> int:
    delta = scope.now.astimezone(scope.zone(member)).utcoffset() or timedelta(0)
    return int(delta.total_seconds() // 60)


def _tell_pair(
    scope: Scope,
    member: Member,
    partner: Member,
    me: Candidate,
    other: Candidate,
    purpose: str | None,
) -> None:
    """Introduce `partner` to `member` by DM, in `member`'s language."""
    tr = scope.tr_for(member)
    diff = other.offset_minutes - me.offset_minutes
    if diff == 0:
        tz = tr("buddy-tz-same")
    else:
        hours = abs(diff) / 60
        tz = tr(
            "buddy-tz-ahead" if diff > 0 else "buddy-tz-behind",
            hours=int(hours) if hours.is_integer() else hours,
            zone=scope.zone(partner).key,
        )
    if purpose is None and me.purpose and other.purpose:
        what = tr("buddy-pair-mixed", mine=_purpose(me.purpose), theirs=_purpose(other.purpose))
        step = tr("buddy-first-step", purpose=me.purpose)
    else:
        what = tr("buddy-pair-purpose", purpose=_purpose(purpose))
        step = tr("buddy-first-step", purpose=purpose or NO_PURPOSE)
    name = partner.display_name
    scope.dm(
        member,
        f"{tr('buddy-meet', name=name)} {what} {tz}\n\n{tr('buddy-say-hello', name=name)} {step}",
        title=tr("buddy-pair-title"),
    )


def _tell_left_out(scope: Scope, member: Member, *, alone: bool) -> None:
    tr = scope.tr_for(member)
    why = tr("buddy-left-out-alone" if alone else "buddy-left-out-odd")
    scope.dm(
        member,
        f"{why} {tr('buddy-left-out-promise')}\n\n{tr('buddy-left-out-meanwhile')}",
        title=tr("buddy-left-out-title"),
    )


# --- member commands ---------------------------------------------------------------------


async def _enrollment(ctx: Ctx) -> BuddyEnrollment | None:
    return await ctx.session.get(BuddyEnrollment, ctx.member.id)


async def next_pairing(scope: Scope) -> datetime | None:
    return await scope.session.scalar(
        select(func.min(Job.due_at)).where(
            Job.community_id == scope.community.id,
            Job.kind == PAIR_JOB,
            Job.status == "pending",
        )
    )


async def _next_line(ctx: Ctx) -> str:
    due = await next_pairing(ctx)
    if due is None:
        return ctx.tr("buddy-next-manual")
    return ctx.tr("buddy-next", when=dates.long_when(ctx.local(due, ctx.member), ctx.tr))


@dataclass(frozen=True)
class BuddyJoinOptions:
    purpose: str | None = option(OptType.CHOICE, "what you want to practise", choices=PURPOSES)


@feature.command(
    "buddy join",
    "Join weekly practice-buddy pairing.",
    BuddyJoinOptions,
    positional=("purpose",),
)
async def buddy_join_cmd(ctx: Ctx, opts: BuddyJoinOptions) -> None:
    purpose = opts.purpose
    enrollment = await _enrollment(ctx)
    if enrollment is None:
        ctx.session.add(
            BuddyEnrollment(
                member_id=ctx.member.id,
                community_id=ctx.community.id,
                purpose=purpose,
                priority=False,
                joined_at=ctx.now,
            )
        )
        text = ctx.tr("buddy-joined", purpose=_purpose(purpose))
    else:
        enrollment.purpose = purpose
        text = ctx.tr("buddy-rejoined", purpose=_purpose(purpose))
    ctx.reply(
        f"{text} {await _next_line(ctx)} {ctx.tr('buddy-leave-any-time')}",
        title=ctx.tr("buddy-title"),
    )


@feature.command("buddy leave", "Stop being paired with a practice buddy.", NoOptions)
async def buddy_leave_cmd(ctx: Ctx, opts: NoOptions) -> None:
    enrollment = await _enrollment(ctx)
    if enrollment is None:
        raise UserError(Msg("buddy-not-joined"), hint=Msg("buddy-not-joined-hint"))
    await ctx.session.delete(enrollment)
    ctx.reply(ctx.tr("buddy-left"), title=ctx.tr("buddy-title"))


@feature.command(
    "buddy status", "Whether you are signed up, and your current buddy.", NoOptions, readonly=True
)
async def buddy_status_cmd(ctx: Ctx, opts: NoOptions) -> None:
    enrollment = await _enrollment(ctx)
    if enrollment is None:
        ctx.reply(ctx.tr("buddy-status-not-joined"), title=ctx.tr("buddy-title"))
        return
    tr = ctx.tr
    fields = [Field(tr("buddy-field-purpose"), tr.text(_purpose(enrollment.purpose)), True)]
    last_round = await ctx.session.scalar(
        select(func.max(BuddyPair.round)).where(BuddyPair.community_id == ctx.community.id)
    )
    pair = await ctx.session.scalar(
        select(BuddyPair).where(
            BuddyPair.community_id == ctx.community.id,
            BuddyPair.round == last_round,
            (BuddyPair.member_a_id == ctx.member.id) | (BuddyPair.member_b_id == ctx.member.id),
        )
    )
    if pair is not None:
        other_id = pair.member_b_id if pair.member_a_id == ctx.member.id else pair.member_a_id
        other = await ctx.session.get(Member, other_id)
        assert other is not None
        fields.append(Field(tr("buddy-field-current"), f"@{other.display_name}", True))
    elif enrollment.priority:
        fields.append(Field(tr("buddy-field-current"), tr("buddy-current-waiting"), True))
    else:
        fields.append(Field(tr("buddy-field-current"), tr("buddy-current-none"), True))
    ctx.reply(await _next_line(ctx), title=tr("buddy-title"), fields=fields)


# --- moderators ------------------------------------------------------------------------


def next_occurrence(scope: Scope, day: str, at: str) -> datetime:
    """The next `day` at `at` (HH:MM) in the community's timezone, strictly after now."""
    hour, minute = check_time(at)
    zone = scope.zone()
    local = scope.now.astimezone(zone)
    on = local.date() + timedelta(days=(DAYS.index(day) - local.weekday()) % 7)
    while True:
        candidate = datetime(on.year, on.month, on.day, hour, minute, tzinfo=zone)
        if candidate > local:
            return candidate.astimezone(scope.now.tzinfo)
        on += timedelta(days=7)


def _job_key(scope: Scope, due: datetime) -> str:
    return f"{PAIR_JOB}:{scope.community.id}:{due.isoformat()}"


async def _schedule_weekly(scope: Scope, day: str, at: str) -> datetime:
    due = next_occurrence(scope, day, at)
    payload = {"day": day, "time": at}
    key = _job_key(scope, due)
    if not await scope.schedule(PAIR_JOB, due, key=key, payload=payload):
        # The same occurrence was scheduled and then cancelled: bring it back.
        await scope.session.execute(
            update(Job).where(Job.key == key).values(status="pending", payload=payload)
        )
    return due


@feature.job(PAIR_JOB)
async def pairing_job(scope: Scope, row: Job) -> None:
    await run_pairing(scope)
    await _schedule_weekly(scope, row.payload.get("day", "mon"), row.payload.get("time", "09:00"))


@dataclass(frozen=True)
class PairOptions:
    schedule: str | None = option(
        OptType.CHOICE, "weekly pairing, or off", choices=("weekly", "off")
    )
    day: str | None = option(
        OptType.CHOICE, "weekday for weekly pairing (default mon)", choices=DAYS
    )
    time: str | None = option(
        OptType.STRING,
        "HH:MM in the community timezone (default 09:00)",
        max_length=5,
        shape="HH:MM",
    )
    confirm: bool | None = option(
        OptType.BOOLEAN, "pair again although a round ran in the last 6 days"
    )


@feature.command(
    "mod pair",
    "Run practice-buddy pairing now, or schedule it weekly.",
    PairOptions,
    examples=(
        "/mod pair",
        "/mod pair schedule:weekly day:mon time:09:00",
        "/mod pair schedule:off",
        "/mod pair confirm:yes",
    ),
)
async def mod_pair_cmd(ctx: Ctx, opts: PairOptions) -> None:
    schedule = opts.schedule
    if schedule is None:
        if opts.day or opts.time:
            raise UserError(Msg("buddy-day-time-alone"), hint=Msg("buddy-day-time-alone-hint"))
        await _pair_now(ctx, confirmed=bool(opts.confirm))
        return
    if opts.confirm is not None:
        raise UserError(
            Msg("buddy-confirm-with-schedule"),
            hint=Msg("buddy-confirm-with-schedule-hint", schedule=schedule),
        )
    prefix = f"{PAIR_JOB}:{ctx.community.id}:"
    if schedule == "off":
        cancelled = await cancel(ctx.session, key_prefix=prefix)
        await ctx.audit("pair-schedule", detail=ctx.community_tr("buddy-audit-off"))
        ctx.reply(
            ctx.tr("buddy-schedule-off" if cancelled else "buddy-schedule-was-off"),
            title=ctx.tr("buddy-pairing-title"),
        )
        return
    day, at = opts.day or "mon", opts.time or "09:00"
    check_time(at)
    await cancel(ctx.session, key_prefix=prefix)
    due = await _schedule_weekly(ctx, day, at)
    said = ctx.community_tr
    await ctx.audit(
        "pair-schedule", detail=said("buddy-audit-weekly", day=_weekday(said, day), time=at)
    )
    ctx.reply(
        ctx.tr(
            "buddy-scheduled",
            day=_weekday(ctx.tr, day),
            time=at,
            zone=ctx.zone().key,
            next=dates.long_when(ctx.local(due), ctx.tr),
        ),
        title=ctx.tr("buddy-scheduled-title"),
    )


def _weekday(tr: Tr, day: str) -> str:
    """`Monday` for `mon`, in `tr`'s language (1 January 2024 was a Monday)."""
    return tr.date(date(2024, 1, 1 + DAYS.index(day)), "EEEE")


async def _check_repeat(ctx: Ctx) -> None:
    """Refuse a round within `REPEAT_WINDOW` of the last one, saying how to confirm it."""
    last = (
        await ctx.session.execute(
            select(BuddyPair.round, BuddyPair.created_at)
            .where(BuddyPair.community_id == ctx.community.id)
            .order_by(BuddyPair.round.desc())
            .limit(1)
        )
    ).first()
    if last is None or last.created_at <= ctx.now - REPEAT_WINDOW:
        return
    when = dates.long_when(ctx.local(last.created_at, ctx.member), ctx.tr)
    raise UserError(
        Msg("buddy-repeat", round=str(last.round), when=when), hint=Msg("buddy-repeat-hint")
    )


async def _pair_now(ctx: Ctx, *, confirmed: bool) -> None:
    if not confirmed:
        # Under the pairing lock, so of two at once the second sees the first's round.
        await numbers.lock(ctx.session, ctx.community.id, numbers.BUDDY_PAIRING)
        await _check_repeat(ctx)
    result = await pair_round(ctx)
    said = ctx.community_tr
    detail = said("buddy-audit-round", round=str(result.number)) if result else None
    await ctx.audit("pair", detail=detail or said("buddy-audit-nobody"))
    if result is None:
        ctx.reply(ctx.tr("buddy-nobody"), title=ctx.tr("buddy-pairing-title"))
        return
    lines = [
        f"@{a.display_name} + @{b.display_name}" + (f" ({p})" if p else "")
        for a, b, p in result.pairs
    ]
    if result.left_out is not None:
        lines.append(ctx.tr("buddy-waits", name=result.left_out.display_name))
    ctx.reply(
        "\n".join(lines) + "\n\n" + ctx.tr("buddy-everyone-told"),
        title=ctx.tr("buddy-round-title", round=str(result.number), count=len(result.pairs)),
    )
