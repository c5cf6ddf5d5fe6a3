"""Check-in commands: members answer with `/checkin`; moderators run the `/mod checkin-*` rhythm.

`/checkin` answers the open check-in of the channel it is typed in; typed anywhere else it
answers the community's only open check-in (with several open, it asks the member to answer
in the check-in's channel). An answer counts for the streak and, unless private, is posted
under the period's prompt (a thread where the platform has them). Answering again in the
same period updates the stored answer instead of posting a duplicate. Muted members may
answer privately. The schedule commands keep times in the community's timezone and post in
the setup's check-in channel unless told another; `/mod checkin-now` never cuts a scheduled
check-in short. The runs themselves (prompts, reminders, summaries) live in `runs`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.core import jobs
from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, NoOptions, OptType, check_time, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import ChannelRef, Field, Kind, Message
from bot.features import cheers, mutes, streaks
from bot.features.checkins import runs as runs
from bot.features.checkins.recurrence import CADENCES, DAYS, Recurrence
from bot.store import numbers
from bot.store.models import CheckinAnswer, CheckinRun, CheckinSchedule, Job, Post

feature = Feature("checkins", includes=(runs.feature,))

ANSWER_FIELDS = ("did", "next", "blocker", "mood")


# --- /checkin ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinOptions:
    did: str | None = option(
        OptType.STRING, "what you did since the last check-in", max_length=NOTE_LIMIT
    )
    next: str | None = option(OptType.STRING, "what you will do next", max_length=NOTE_LIMIT)
    blocker: str | None = option(OptType.STRING, "anything in your way", max_length=NOTE_LIMIT)
    mood: int | None = option(OptType.INTEGER, "how you feel, 1 (rough) to 5 (great)", min=1, max=5)
    private: bool | None = option(OptType.BOOLEAN, "yes keeps your answer between you and the bot")


@feature.command(
    "checkin",
    "Answer the open check-in: what you did, what's next, anything in your way.",
    CheckinOptions,
    modal=True,
    details=(
        "Answer in the check-in's channel, or anywhere when only one check-in is open. "
        "Answering again before it closes updates your answer."
    ),
    examples=(
        '/checkin did:"2 applications" next:"Prep for Acme" mood:4',
        '/checkin blocker:"No replies from recruiters" private:yes',
    ),
)
async def checkin_cmd(ctx: Ctx, opts: CheckinOptions) -> None:
    run = await _open_run_for(ctx)
    answer = await ctx.session.scalar(
        select(CheckinAnswer).where(
            CheckinAnswer.run_id == run.id, CheckinAnswer.member_id == ctx.member.id
        )
    )
    given = _given(opts)
    if not given and not ctx.private_only and (answer is None or opts.private is None):
        raise UserError(Msg("checkin-nothing-given"), hint=Msg("checkin-nothing-given-hint"))
    private = _keep_private(ctx, opts, answer)
    if not private and await mutes.active_mute(ctx, ctx.member) is not None:
        raise UserError(Msg("checkin-muted"), hint=Msg("checkin-muted-hint"))
    updating = answer is not None
    if answer is None:
        answer = CheckinAnswer(
            community_id=ctx.community.id,
            run_id=run.id,
            member_id=ctx.member.id,
            created_at=ctx.now,
        )
        ctx.session.add(answer)
    for name, value in given.items():
        setattr(answer, name, value)
    answer.private = private
    answer.updated_at = ctx.now
    await ctx.session.flush()
    post = await ctx.session.get(Post, answer.post_id) if answer.post_id else None
    channel = await ctx.channel(run.channel_ref)
    where = await _share(ctx, run, answer, post, channel)
    await _reply_checked_in(ctx, run, channel, where, updating=updating)


def _given(opts: CheckinOptions) -> dict[str, str | int]:
    """The answer fields (`ANSWER_FIELDS`, in order) the member filled in."""
    values: dict[str, str | int | None] = {
        "did": opts.did,
        "next": opts.next,
        "blocker": opts.blocker,
        "mood": opts.mood,
    }
    return {name: value for name, value in values.items() if value is not None}


def _keep_private(ctx: Ctx, opts: CheckinOptions, answer: CheckinAnswer | None) -> bool:
    """Whether the answer stays private: forced, chosen now, or as it was before."""
    if ctx.private_only:
        return True
    if opts.private is not None:
        return opts.private
    return answer.private if answer is not None else False


async def _share(
    ctx: Ctx, run: CheckinRun, answer: CheckinAnswer, post: Post | None, channel: ChannelRef
) -> str:
    """Post, update or withdraw the answer in the channel; say what happened (in the
    member's language; the answer itself is posted in the community's)."""
    private = answer.private
    public = ctx.community_tr
    title = public("checkin-answer-title", name=ctx.member.display_name)
    if not private and post is None:
        await mutes.check_can_share(ctx, ctx.member)
        prompt = await ctx.session.get(Post, run.post_id) if run.post_id else None
        new_post = await ctx.post(
            run.channel_ref,
            _answer_text(answer, public),
            kind="answer",
            author=ctx.member,
            title=title,
            thread_of=prompt,
        )
        if new_post is None:
            return ""
        cheers.add_cheer_line(ctx.messages[-1], new_post, public)
        answer.post_id = new_post.id
        return ctx.tr("checkin-share-posted", channel=channel.label)
    if post is not None and post.removed_at is not None:
        return ctx.tr("checkin-share-removed")
    if not private and post is not None:
        post.text = _answer_text(answer, public)
        edit = await ctx.edit_post(post, post.text, title=title)
        if edit is not None:
            cheers.add_cheer_line(edit, post, public)
        return ctx.tr("checkin-share-edited", channel=channel.label)
    if post is not None:
        await _withdraw(ctx, post)
        answer.post_id = None
        return ctx.tr("checkin-share-withdrawn")
    return ctx.tr("checkin-share-private")


async def _reply_checked_in(
    ctx: Ctx, run: CheckinRun, channel: ChannelRef, where: str, *, updating: bool
) -> None:
    await streaks.mark_active(ctx, ctx.member)
    view = await streaks.current_view(ctx, ctx.member)
    tr = ctx.tr
    if updating:
        title, first = tr("checkin-updated-title"), tr("checkin-updated", channel=channel.label)
    else:
        title, first = tr("checkin-done-title"), tr("checkin-done", channel=channel.label)
    lines = [first, where, streaks.streak_line(view, tr)]
    if run.closes_at:
        lines.append(tr("checkin-update-until", closes=runs.when_text(ctx, run.closes_at, tr)))
    ctx.reply("\n".join(line for line in lines if line), title=title)


async def _withdraw(ctx: Ctx, post: Post) -> None:
    """Take the member's own answer out of the thread (the adapter deletes the message)."""
    post.text = None
    post.removed_at = ctx.now
    if post.platform_ref and post.channel_ref:
        ctx.messages.append(
            Message(
                kind=Kind.POST,
                text=ctx.community_tr("checkin-answer-withdrawn"),
                channel=await ctx.channel(post.channel_ref),
                withdraw_ref=post.platform_ref,
                post_id=post.id,
                post_number=post.number,
            )
        )


def _answer_text(answer: CheckinAnswer, tr: Tr) -> str:
    """The answer as posted in the channel, in the community's language `tr`."""
    lines: list[str] = []
    if answer.did:
        lines.append(tr("checkin-answer-did", text=answer.did))
    if answer.next:
        lines.append(tr("checkin-answer-next", text=answer.next))
    if answer.blocker:
        lines.append(tr("checkin-answer-blocker", text=answer.blocker))
    if answer.mood is not None:
        lines.append(tr("checkin-answer-mood", mood=answer.mood))
    return "\n".join(lines) or tr("checkin-answer-empty")


async def _open_run_for(ctx: Ctx) -> CheckinRun:
    """The open check-in of this channel, else the community's only open one."""
    rows = list(
        await ctx.session.scalars(
            select(CheckinRun)
            .where(
                CheckinRun.community_id == ctx.community.id,
                CheckinRun.opened_at.is_not(None),
                CheckinRun.closed_at.is_(None),
                CheckinRun.closes_at > ctx.now,
            )
            .order_by(CheckinRun.opened_at.desc(), CheckinRun.id.desc())
        )
    )
    here = ctx.inv.channel.ref if ctx.inv.channel else None
    for run in rows:
        if run.channel_ref == here:
            return run
    if len(rows) == 1:
        return rows[0]
    if rows:
        labels = sorted({(await ctx.channel(r.channel_ref)).label for r in rows})
        raise UserError(
            Msg("checkin-several-open", channels=", ".join(labels)),
            hint=Msg("checkin-several-open-hint"),
        )
    raise UserError(Msg("checkin-none-open"), hint=await _next_hint(ctx))


async def _next_hint(ctx: Ctx) -> Msg:
    job = await ctx.session.scalar(
        select(Job)
        .where(
            Job.community_id == ctx.community.id,
            Job.kind == runs.OPEN_KIND,
            Job.status == "pending",
        )
        .order_by(Job.due_at)
        .limit(1)
    )
    sched = await ctx.session.get(CheckinSchedule, job.payload["schedule_id"]) if job else None
    if job is None or sched is None:
        return Msg("checkin-none-scheduled")
    channel = await ctx.channel(sched.channel_ref)
    return Msg(
        "checkin-next-opens", when=runs.when_text(ctx, job.due_at, ctx.tr), channel=channel.label
    )


# --- /mod checkin-* ------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinScheduleOptions:
    channel: ChannelRef | None = option(
        OptType.CHANNEL,
        "where the prompt and summary are posted (default: the setup's check-in channel)",
    )
    cadence: str = option(OptType.CHOICE, "how often", required=True, choices=CADENCES)
    time: str = option(
        OptType.STRING,
        "local time of day, HH:MM",
        required=True,
        max_length=16,
        shape="HH:MM",
    )
    day: str | None = option(OptType.CHOICE, "the weekday, for weekly check-ins", choices=DAYS)
    prompt: str | None = option(OptType.STRING, "the question to ask", max_length=NOTE_LIMIT)
    summary_after_hours: int | None = option(
        OptType.INTEGER,
        "post the summary this many hours after opening (default: when the next one opens)",
        min=1,
        max=168,
    )


@feature.command(
    "mod checkin-schedule",
    "Schedule a recurring check-in in a channel, at the community's local time.",
    CheckinScheduleOptions,
    details=(
        "Times are in the community's timezone (`/mod setup timezone:`) and stay at that local "
        "hour across daylight-saving changes. Without `channel`, the check-in channel from "
        "`/mod setup checkin_channel:` is used."
    ),
    examples=(
        "/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00",
        '/mod checkin-schedule channel:#wins cadence:weekly day:fri time:16:00 prompt:"Best '
        'moment of your week?" summary_after_hours:6',
    ),
)
async def schedule_cmd(ctx: Ctx, opts: CheckinScheduleOptions) -> None:
    channel = await _channel_or_default(ctx, opts.channel)
    cadence: str = opts.cadence
    rec = _recurrence(opts)
    if ctx.private_only:
        # The prompt spoke of suicide or self-harm (the engine blanked it): a prompt is
        # posted to the whole channel, so nothing is scheduled rather than a stand-in.
        ctx.crisis_stopped = True
        ctx.reply(ctx.tr("checkin-schedule-crisis"), title=ctx.tr("checkin-schedule-crisis-title"))
        return
    await ctx.remember_channel(channel)
    neighbours = await _check_no_clash(ctx, channel, rec)
    sched = CheckinSchedule(
        community_id=ctx.community.id,
        number=await numbers.next_number(ctx.session, ctx.community.id, numbers.CHECKIN_SCHEDULE),
        channel_ref=channel.ref,
        cadence=cadence,
        time_local=rec.time_text,
        weekday=rec.weekday,
        prompt=opts.prompt,
        summary_after_hours=opts.summary_after_hours,
        created_by_id=ctx.member.id,
        created_at=ctx.now,
    )
    ctx.session.add(sched)
    await ctx.session.flush()
    first_day, first_at = rec.first_due(ctx.now, ctx.zone())
    await runs.schedule_occurrence(ctx, sched, first_day, first_at)
    zone = ctx.zone().key
    await ctx.audit(
        "checkin-schedule",
        target=channel.label,
        detail=ctx.community_tr(
            "checkin-audit-scheduled",
            number=str(sched.number),
            recurrence=rec.describe(ctx.community_tr),
            zone=zone,
        ),
    )
    _reply_scheduled(ctx, sched, channel, first_at, neighbours)


def _reply_scheduled(
    ctx: Ctx,
    sched: CheckinSchedule,
    channel: ChannelRef,
    first_at: datetime,
    neighbours: list[CheckinSchedule],
) -> None:
    """Tell the moderator when the new schedule runs, and of its neighbours in `channel`."""
    tr = ctx.tr
    lines = [
        tr(
            "checkin-scheduled",
            number=str(sched.number),
            channel=channel.label,
            recurrence=runs.recurrence_of(sched).describe(tr),
            zone=ctx.zone().key,
        ),
        tr("checkin-scheduled-first", when=runs.when_text(ctx, first_at, tr)),
        tr("checkin-scheduled-closes-after", hours=sched.summary_after_hours)
        if sched.summary_after_hours
        else tr("checkin-scheduled-closes-next"),
    ]
    for other in neighbours:
        lines.append(
            tr(
                "checkin-scheduled-neighbour",
                number=str(other.number),
                channel=channel.label,
                recurrence=runs.recurrence_of(other).describe(tr),
            )
        )
    ctx.reply("\n".join(lines), title=tr("checkin-scheduled-title"))


def _recurrence(opts: CheckinScheduleOptions) -> Recurrence:
    """The schedule's recurrence; a weekly one needs its `day`, and only it takes one."""
    hour, minute = check_time(opts.time)
    cadence, day = opts.cadence, opts.day
    if cadence == "weekly" and day is None:
        raise UserError(Msg("checkin-weekly-needs-day"), hint=Msg("checkin-weekly-needs-day-hint"))
    if cadence != "weekly" and day is not None:
        raise UserError(
            Msg("checkin-day-only-weekly", cadence=cadence),
            hint=Msg("checkin-day-only-weekly-hint"),
        )
    return Recurrence(cadence, hour, minute, DAYS.index(day) if day else None)


async def _check_no_clash(ctx: Ctx, channel: ChannelRef, rec: Recurrence) -> list[CheckinSchedule]:
    """Refuse a schedule that would post two prompts at once in `channel`.

    Two schedules in one channel at the same local time on a shared weekday would open
    two check-ins at the same instant, the second closing the first with an empty summary,
    so that is refused with the other schedule's id and how to cancel it. Returns the
    channel's other schedules that share a weekday at another time, to mention them.
    """
    neighbours: list[CheckinSchedule] = []
    for other in await _active_schedules(ctx, channel.ref):
        theirs = runs.recurrence_of(other)
        number = str(other.number)
        if theirs == rec:
            raise UserError(
                Msg(
                    "checkin-clash-same",
                    number=number,
                    channel=channel.label,
                    recurrence=rec.describe(ctx.tr),
                ),
                hint=Msg("checkin-clash-same-hint", number=number),
            )
        if theirs.clashes_with(rec):
            raise UserError(
                Msg(
                    "checkin-clash",
                    number=number,
                    channel=channel.label,
                    recurrence=theirs.describe(ctx.tr),
                    cadence=rec.cadence,
                ),
                hint=Msg("checkin-clash-hint", number=number),
            )
        if theirs.weekdays() & rec.weekdays():
            neighbours.append(other)
    return neighbours


@feature.command(
    "mod checkin-schedules",
    "The community's check-in schedules, with their ids and next runs.",
    NoOptions,
    readonly=True,
)
async def schedules_cmd(ctx: Ctx, opts: NoOptions) -> None:
    rows = list(
        await ctx.session.scalars(
            select(CheckinSchedule)
            .where(
                CheckinSchedule.community_id == ctx.community.id,
                CheckinSchedule.cancelled_at.is_(None),
            )
            .order_by(CheckinSchedule.number)
        )
    )
    tr = ctx.tr
    fields = [await _schedule_field(ctx, sched) for sched in rows]
    open_lines = await _open_lines(ctx)
    if open_lines:
        fields.append(Field(tr("checkin-list-open-title"), "\n".join(open_lines)))
    if not rows:
        text = tr("checkin-list-none")
    else:
        text = tr("checkin-list-how", zone=ctx.zone().key)
    ctx.reply(text, title=tr("checkin-list-title"), fields=fields)


async def _schedule_field(ctx: Ctx, sched: CheckinSchedule) -> Field:
    """One schedule in `/mod checkin-schedules`: where, when, its next run, its prompt."""
    tr = ctx.tr
    channel = await ctx.channel(sched.channel_ref)
    due = await runs.next_opening(ctx, sched.id)
    parts = [_where_when(tr, channel, sched)]
    if sched.summary_after_hours:
        parts.append(tr("checkin-list-summary-after", hours=sched.summary_after_hours))
    if due:
        parts.append(tr("checkin-list-next", when=runs.when_text(ctx, due, tr)))
    else:
        parts.append(tr("checkin-list-not-planned"))
    if sched.prompt:
        parts.append(tr("checkin-list-prompt", prompt=sched.prompt))
    return Field(tr("checkin-list-field", number=str(sched.number)), " · ".join(parts))


def _where_when(tr: Tr, channel: ChannelRef, sched: CheckinSchedule) -> str:
    """`#checkins, every weekday at 09:00`."""
    recurrence = runs.recurrence_of(sched).describe(tr)
    return tr("checkin-where-when", channel=channel.label, recurrence=recurrence)


async def _open_lines(ctx: Ctx) -> list[str]:
    """The check-ins open now: where, until when, how many answered."""
    open_rows = await ctx.session.scalars(
        select(CheckinRun)
        .where(
            CheckinRun.community_id == ctx.community.id,
            CheckinRun.opened_at.is_not(None),
            CheckinRun.closed_at.is_(None),
        )
        .order_by(CheckinRun.id)
    )
    lines = []
    for run in open_rows:
        answered = await ctx.session.scalar(
            select(func.count()).select_from(CheckinAnswer).where(CheckinAnswer.run_id == run.id)
        )
        label = (await ctx.channel(run.channel_ref)).label
        count = int(answered or 0)
        if run.closes_at:
            until = runs.when_text(ctx, run.closes_at, ctx.tr)
            lines.append(ctx.tr("checkin-list-open", channel=label, until=until, count=count))
        else:
            lines.append(ctx.tr("checkin-list-open-no-close", channel=label, count=count))
    return lines


@dataclass(frozen=True)
class CheckinCancelOptions:
    id: int = option(
        OptType.INTEGER,
        "the schedule's number (see /mod checkin-schedules)",
        required=True,
        min=1,
    )


@feature.command(
    "mod checkin-cancel",
    "Stop a check-in schedule; its open check-in closes now with a summary.",
    CheckinCancelOptions,
    positional=("id",),
)
async def cancel_cmd(ctx: Ctx, opts: CheckinCancelOptions) -> None:
    sched = await ctx.session.scalar(
        select(CheckinSchedule).where(
            CheckinSchedule.number == opts.id, CheckinSchedule.community_id == ctx.community.id
        )
    )
    if sched is None:
        raise UserError(
            Msg("checkin-cancel-unknown", id=str(opts.id)),
            hint=Msg("checkin-cancel-unknown-hint"),
        )
    if sched.cancelled_at is not None:
        raise UserError(Msg("checkin-cancel-already", number=str(sched.number)))
    sched.cancelled_at = ctx.now
    await jobs.cancel(ctx.session, key_prefix=runs.schedule_key_prefix(sched.id))
    open_runs = await ctx.session.scalars(
        select(CheckinRun).where(
            CheckinRun.schedule_id == sched.id,
            CheckinRun.opened_at.is_not(None),
            CheckinRun.closed_at.is_(None),
        )
    )
    closed = [run for run in list(open_runs) if await runs.close_run(ctx, run)]
    channel = await ctx.channel(sched.channel_ref)
    number, public, tr = str(sched.number), ctx.community_tr, ctx.tr
    await ctx.audit(
        "checkin-cancel",
        target=public("checkin-audit-target", number=number),
        detail=_where_when(public, channel, sched),
    )
    lines = [tr("checkin-cancelled", number=number, what=_where_when(tr, channel, sched))]
    if closed:
        lines.append(tr("checkin-cancelled-closed"))
    ctx.reply(" ".join(lines), title=tr("checkin-cancelled-title"))


@dataclass(frozen=True)
class CheckinNowOptions:
    channel: ChannelRef | None = option(
        OptType.CHANNEL, "where to post the prompt (default: the setup's check-in channel)"
    )


@feature.command(
    "mod checkin-now",
    "Open a check-in in a channel right now.",
    CheckinNowOptions,
    positional=("channel",),
    details=(
        "It closes when the channel's next scheduled check-in opens, or after 24 hours. A "
        "check-in still open in the channel is never cut short, so then there is nothing to "
        "open until it closes; another channel works right away."
    ),
)
async def now_cmd(ctx: Ctx, opts: CheckinNowOptions) -> None:
    channel = await _channel_or_default(ctx, opts.channel)
    await _refuse_if_open_in(ctx, channel)
    await ctx.remember_channel(channel)
    closes = ctx.now + runs.ADHOC_OPEN
    for sched in await _active_schedules(ctx, channel.ref):
        due = await runs.next_opening(ctx, sched.id)
        if due is not None and due > ctx.now:
            closes = min(closes, due)
    count = await ctx.session.scalar(
        select(func.count())
        .select_from(CheckinRun)
        .where(CheckinRun.community_id == ctx.community.id)
    )
    await runs.open_run(
        ctx,
        key=f"checkin:now:{ctx.community.id}:{count}:{_stamp(ctx.now)}",
        channel_ref=channel.ref,
        scheduled_for=ctx.now,
        closes_at=closes,
        prompt=None,
        schedule_id=None,
    )
    await ctx.audit("checkin-now", target=channel.label)
    ctx.reply(
        ctx.tr(
            "checkin-now-opened",
            channel=channel.label,
            closes=runs.when_text(ctx, closes, ctx.tr),
        ),
        title=ctx.tr("checkin-now-title"),
    )


async def _refuse_if_open_in(ctx: Ctx, channel: ChannelRef) -> None:
    """A check-in open in `channel`, scheduled or extra, is never cut short: members were
    told when it closes. So another one cannot open there until then."""
    rows = await ctx.session.scalars(
        select(CheckinRun)
        .where(
            CheckinRun.community_id == ctx.community.id,
            CheckinRun.channel_ref == channel.ref,
            CheckinRun.opened_at.is_not(None),
            CheckinRun.closed_at.is_(None),
            CheckinRun.closes_at > ctx.now,
        )
        .order_by(CheckinRun.id)
    )
    for run in rows:
        assert run.closes_at is not None  # selected by `closes_at > now`
        sched = await ctx.session.get(CheckinSchedule, run.schedule_id) if run.schedule_id else None
        raise UserError(
            Msg(
                "checkin-now-busy",
                which="extra" if sched is None else "scheduled",
                number=str(sched.number) if sched is not None else "",
                channel=channel.label,
                until=runs.when_text(ctx, run.closes_at, ctx.tr),
            ),
            hint=Msg("checkin-now-busy-hint"),
        )


async def _channel_or_default(ctx: Ctx, channel: ChannelRef | None) -> ChannelRef:
    """The channel given, else the community's check-in channel from `/mod setup`."""
    if channel is not None:
        return channel
    if ctx.community.checkin_channel:
        return await ctx.channel(ctx.community.checkin_channel)
    raise UserError(Msg("checkin-no-channel"), hint=Msg("checkin-no-channel-hint"))


# --- a new community timezone ----------------------------------------------------------------


async def follow_timezone(ctx: Ctx) -> str:
    """After `/mod setup timezone:`: every schedule runs at the same local time in the new
    timezone, its next run moved to match. Open check-ins keep the close they announced
    unless their channel's next one now opens sooner. Returns what changed, for the
    moderator in their language ('' when the community has no schedules)."""
    scheds = list(
        await ctx.session.scalars(
            select(CheckinSchedule)
            .where(
                CheckinSchedule.community_id == ctx.community.id,
                CheckinSchedule.cancelled_at.is_(None),
            )
            .order_by(CheckinSchedule.number)
        )
    )
    if not scheds:
        return ""
    firsts = [(await runs.move_to_zone(ctx, sched), sched.number, sched) for sched in scheds]
    sooner = await runs.fit_open_runs(ctx)
    times = sorted({sched.time_local for sched in scheds})
    at, _, first = min(firsts, key=lambda item: (item[0], item[1]))
    tr = ctx.tr
    lines = [
        tr("checkin-zone-moved", count=len(scheds), times=_joined(tr, times), zone=ctx.zone().key),
        tr(
            "checkin-next-opens",
            when=runs.when_text(ctx, at, tr),
            channel=(await ctx.channel(first.channel_ref)).label,
        ),
    ]
    for run in sooner:
        assert run.closes_at is not None
        lines.append(
            tr(
                "checkin-zone-sooner",
                channel=(await ctx.channel(run.channel_ref)).label,
                when=runs.when_text(ctx, run.closes_at, tr),
            )
        )
    return " ".join(lines)


def _joined(tr: Tr, items: list[str]) -> str:
    """`09:00`, `09:00 and 17:30`, `08:00, 09:00 and 17:30`."""
    if len(items) == 1:
        return items[0]
    return tr("checkin-zone-times", first=", ".join(items[:-1]), last=items[-1])


async def _active_schedules(ctx: Ctx, channel_ref: str) -> list[CheckinSchedule]:
    return list(
        await ctx.session.scalars(
            select(CheckinSchedule)
            .where(
                CheckinSchedule.community_id == ctx.community.id,
                CheckinSchedule.cancelled_at.is_(None),
                CheckinSchedule.channel_ref == channel_ref,
            )
            .order_by(CheckinSchedule.id)
        )
    )


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S%f")
