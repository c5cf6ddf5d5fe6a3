"""Member reports (`/report`), the moderators' queue (`/mod reports`) and one member's
moderation record (`/mod history`).

A report is private: the reporter gets a private reply, and the report goes to the
moderator log channel (`bot.features.modlog`) and to `/mod reports`. A report about a
moderator (the member, or the author of the post) stays out of that channel, which they
can read; it is only in `/mod reports`, and the reporter is told so. Moderators see who
reported; the reported member is never told, and their `/privacy export` leaves out the
reporter and the reporter's words. `/mod remove` of a reported post closes its reports
(`bot.features.moderation`). A muted member may still report. Reports are limited
per reporter (`HOURLY_LIMIT`, `DAILY_LIMIT`); the reporter's member row is locked while
counting, so concurrent reports on PostgreSQL cannot all pass the limit together.
Crisis words in a reason get the engine's support reply, and the report is not sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import INT_MAX, NOTE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Field, MemberRef
from bot.features import moderation, modlog, mutes
from bot.store import identity as members
from bot.store import numbers
from bot.store.models import AuditEntry, Member, Post, Report

__all__ = ["DAILY_LIMIT", "HOURLY_LIMIT", "feature"]

feature = Feature("reports")

# The community counter that numbers reports (`bot.store.numbers`).
COUNTER = "report"
HOURLY_LIMIT = 5
DAILY_LIMIT = 20
SHOWN = 20


# --- /report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportOptions:
    post: int | None = option(OptType.INTEGER, "the number shown with the post", min=1, max=INT_MAX)
    member: MemberRef | None = option(OptType.MEMBER, "the member to report")
    reason: str | None = option(
        OptType.STRING,
        "what happened (needed when you report a member)",
        max_length=NOTE_LIMIT,
    )


@feature.command(
    "report",
    "Tell the moderators privately about a post or a member; who reported stays private.",
    ReportOptions,
    rest="reason",
    examples=(
        '/report post:12 reason:"Mocking people who got rejected"',
        '/report member:@sam reason:"Rude messages after my interview"',
    ),
)
async def report_cmd(ctx: Ctx, opts: ReportOptions) -> None:
    if (opts.post is None) == (opts.member is None):
        raise UserError(Msg("report-either"), hint=Msg("report-either-hint"))
    post, target = await _subject(ctx, opts)
    if ctx.private_only:
        ctx.crisis_stopped = True
        ctx.reply(ctx.tr("report-crisis"), title=ctx.tr("report-crisis-title"))
        return
    if opts.member is not None and not opts.reason:
        raise UserError(
            Msg("report-reason-needed"),
            hint=Msg("report-reason-needed-hint", member=opts.member.label),
        )
    if post is not None:
        await _refuse_duplicate(ctx, post)
    await _check_limits(ctx)
    report = Report(
        community_id=ctx.community.id,
        number=await numbers.next_number(ctx.session, ctx.community.id, COUNTER),
        reporter_id=ctx.member.id,
        target_id=target.id if target else None,
        post_id=post.id if post else None,
        post_number=post.number if post else None,
        reason=opts.reason,
        created_at=ctx.now,
    )
    ctx.session.add(report)
    await ctx.session.flush()
    about_moderator = await _about_moderator(ctx, post, target)
    if not about_moderator:
        await _echo_report(ctx, report, target)
    ctx.reply(_sent_text(ctx, post, target, about_moderator), title=ctx.tr("report-sent-title"))


async def _echo_report(ctx: Ctx, report: Report, target: Member | None) -> None:
    """The new report in the moderator log channel, in the community's language."""
    public = ctx.community_tr
    names = {target.id: target.display_name} if target else {}
    subject = await _subject_text(ctx, report, names, public)
    number = str(report.number)
    lines = [public("report-echo", reporter=ctx.member.display_name, subject=subject)]
    if report.reason:
        lines.append(public("report-echo-reason", reason=report.reason))
    lines.append(public("report-echo-resolve", number=number))
    await modlog.echo(
        ctx,
        "\n".join(lines),
        title=public("report-echo-title", number=number),
        label=f"report {number}",
    )


def _sent_text(ctx: Ctx, post: Post | None, target: Member | None, about_moderator: bool) -> str:
    """The reporter's confirmation: who has it, and who will not learn who reported."""
    tr = ctx.tr
    if post is not None:
        thanks = tr("report-sent-post", number=str(post.number))
    else:
        thanks = tr("report-sent-member", name=target.display_name if target else "")
    if not about_moderator:
        if target is not None:
            return f"{thanks} {tr('report-sent-unaware', name=target.display_name)}"
        return f"{thanks} {tr('report-sent-unaware-author')}"
    if target is not None and ctx.community.modlog_channel:
        return f"{thanks} {tr('report-sent-moderator', name=target.display_name)}"
    return f"{thanks} {tr('report-sent-queue')}"


async def _about_moderator(ctx: Ctx, post: Post | None, target: Member | None) -> bool:
    """Whether the report is about a moderator (the member, or the author of the post, even
    an anonymous one): such a report stays out of the moderator log channel they can read."""
    about = target
    if post is not None and post.author_id is not None:
        about = await ctx.session.get(Member, post.author_id)
    return about is not None and (about.listed_moderator or about.platform_admin)


async def _subject(ctx: Ctx, opts: ReportOptions) -> tuple[Post | None, Member | None]:
    """The reported post (if any) and the reported member (none for an anonymous post)."""
    if opts.member is not None:
        target = await ctx.member_for(opts.member)
        if target.id == ctx.member.id:
            raise UserError(Msg("report-self"), hint=Msg("report-self-hint"))
        return None, target
    post = await ctx.session.scalar(
        select(Post).where(Post.community_id == ctx.community.id, Post.number == opts.post)
    )
    if post is None:
        raise UserError(
            Msg("report-no-post", number=str(opts.post)), hint=Msg("report-no-post-hint")
        )
    number = str(post.number)
    if post.removed_at is not None:
        raise UserError(Msg("report-post-removed", number=number))
    if post.author_id is None:
        raise UserError(
            Msg("report-post-by-rebound", number=number), hint=Msg("report-post-by-rebound-hint")
        )
    if post.author_id == ctx.member.id:
        raise UserError(Msg("report-post-own", number=number), hint=Msg("report-post-own-hint"))
    author = None if post.anonymous else await ctx.session.get(Member, post.author_id)
    return post, author


async def _refuse_duplicate(ctx: Ctx, post: Post) -> None:
    found = await ctx.session.scalar(
        select(Report.number).where(
            Report.community_id == ctx.community.id,
            Report.reporter_id == ctx.member.id,
            Report.post_id == post.id,
            Report.resolved_at.is_(None),
        )
    )
    if found is not None:
        raise UserError(
            Msg("report-duplicate", number=str(post.number)), hint=Msg("report-duplicate-hint")
        )


async def _check_limits(ctx: Ctx) -> None:
    """At most `HOURLY_LIMIT` reports an hour and `DAILY_LIMIT` a day per reporter."""
    # The reporter's row lock makes one member's reports count one at a time (PostgreSQL),
    # so concurrent reports cannot all see the same count and pass the limit together.
    await ctx.session.execute(select(Member.id).where(Member.id == ctx.member.id).with_for_update())
    for limit, span, period in (
        (HOURLY_LIMIT, timedelta(hours=1), "hour"),
        (DAILY_LIMIT, timedelta(days=1), "day"),
    ):
        made, oldest = (
            await ctx.session.execute(
                select(func.count(), func.min(Report.created_at)).where(
                    Report.community_id == ctx.community.id,
                    Report.reporter_id == ctx.member.id,
                    Report.created_at > ctx.now - span,
                )
            )
        ).one()
        if made >= limit:
            free = ctx.local(oldest + span, ctx.member)
            at = (
                dates.clock(free)
                if free.date() == ctx.today(ctx.member)
                else dates.short_when(free, ctx.tr)
            )
            raise UserError(
                Msg("report-limit", count=int(made), period=period),
                hint=Msg("report-limit-hint", when=at),
            )


async def _subject_text(scope: Scope, report: Report, names: dict[int, str], tr: Tr) -> str:
    """`post 12 by @sam (win in #wins)`, `post 12 (shared rejection in #support)`, `@sam`,
    in the reader's language `tr`."""
    target = moderation.name_of(report.target_id, names, tr)
    if report.post_number is None:
        return target
    post = await scope.session.get(Post, report.post_id) if report.post_id else None
    number = str(report.post_number)
    by = report.target_id is not None
    if post is None:
        key = "report-subject-post-by" if by else "report-subject-post"
        return tr(key, number=number, member=target)
    what = await moderation.describe_post(scope, post, tr)
    key = "report-subject-post-by-what" if by else "report-subject-post-what"
    return tr(key, number=number, member=target, what=what)


# --- /mod reports -------------------------------------------------------------------------


@dataclass(frozen=True)
class ModReportsOptions:
    resolve: int | None = option(
        OptType.INTEGER, "the number of a report you have handled", min=1, max=INT_MAX
    )
    note: str | None = option(
        OptType.STRING,
        "what was done about it (moderators only)",
        max_length=NOTE_LIMIT,
        # Moderators describe what they saw here; that is not a personal disclosure.
        crisis_check=False,
    )


@feature.command(
    "mod reports",
    "Open member reports, oldest first; `resolve:n` closes one once it is handled.",
    ModReportsOptions,
    positional=("resolve",),
    rest="note",
    examples=("/mod reports", '/mod reports resolve:3 note:"Removed the post, talked to them"'),
)
async def reports_cmd(ctx: Ctx, opts: ModReportsOptions) -> None:
    if opts.resolve is not None:
        await _resolve(ctx, opts.resolve, opts.note)
        return
    if opts.note is not None:
        raise UserError(Msg("report-note-alone"), hint=Msg("report-note-alone-hint"))
    await _show_open(ctx)


async def _show_open(ctx: Ctx) -> None:
    """The open reports, oldest first (the queue a moderator works through)."""
    cid, tr = ctx.community.id, ctx.tr
    rows = list(
        await ctx.session.scalars(
            select(Report)
            .where(Report.community_id == cid, Report.resolved_at.is_(None))
            .order_by(Report.created_at, Report.id)
        )
    )
    resolved = int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(Report)
            .where(Report.community_id == cid, Report.resolved_at.is_not(None))
        )
        or 0
    )
    earlier = [tr("report-resolved-earlier", count=resolved)] if resolved else []
    if not rows:
        text = " ".join([tr("report-none-open"), *earlier, tr("report-none-open-how")])
        ctx.reply(text, title=tr("report-queue-title-empty"))
        return
    lines = await _queue_lines(ctx, rows)
    fields = [
        Field(tr("report-field-times"), tr("report-times-oldest", zone=ctx.zone(ctx.member).key)),
        Field(tr("report-field-resolve"), " ".join([tr("report-resolve-how"), *earlier])),
    ]
    if not ctx.community.modlog_channel:
        fields.append(Field(tr("report-field-as-they-arrive"), tr("report-as-they-arrive")))
    ctx.reply("\n".join(lines), title=tr("report-queue-title", count=len(rows)), fields=fields)


async def _queue_lines(ctx: Ctx, rows: list[Report]) -> list[str]:
    """One line per open report (the first `SHOWN`), and how many more there are."""
    tr = ctx.tr
    names = await moderation.member_names(
        ctx, {i for r in rows for i in (r.reporter_id, r.target_id) if i}
    )
    lines = []
    for r in rows[:SHOWN]:
        args = {
            "number": str(r.number),
            "when": moderation.when(ctx, r.created_at),
            "reporter": moderation.name_of(r.reporter_id, names, tr),
            "subject": await _subject_text(ctx, r, names, tr),
        }
        if r.reason:
            lines.append(tr("report-queue-line-reason", reason=r.reason, **args))
        else:
            lines.append(tr("report-queue-line", **args))
    if len(rows) > SHOWN:
        lines.append(tr("report-queue-more", count=len(rows) - SHOWN))
    return lines


async def _resolve(ctx: Ctx, number: int, note: str | None) -> None:
    report = await ctx.session.scalar(
        select(Report).where(Report.community_id == ctx.community.id, Report.number == number)
    )
    if report is None:
        raise UserError(
            Msg("report-no-report", number=str(number)), hint=Msg("report-no-report-hint")
        )
    names = await moderation.member_names(
        ctx, {i for i in (report.reporter_id, report.target_id, report.resolved_by_id) if i}
    )
    if report.resolved_at is not None:
        raise UserError(
            Msg(
                "report-already-resolved",
                number=str(number),
                member=moderation.name_of(report.resolved_by_id, names, ctx.tr),
                when=moderation.when(ctx, report.resolved_at),
            ),
            hint=Msg("report-already-resolved-hint"),
        )
    report.resolved_at = ctx.now
    report.resolved_by_id = ctx.member.id
    report.resolution = note
    target = await ctx.session.get(Member, report.target_id) if report.target_id else None
    # The note stays out of the audit entry: the reported member's `/privacy export`
    # lists entries about them, and a note may say who reported.
    await moderation.audit_about(
        ctx,
        "resolve report",
        target,
        # The audit log is the community's record, in its language (`bot.features.moderation`).
        target=ctx.community_tr(
            "report-audit-about" if target else "report-audit",
            number=str(number),
            member=moderation.MEMBER,
        ),
    )
    await _echo_resolved(ctx, report, names, note)
    reporter = await ctx.session.get(Member, report.reporter_id) if report.reporter_id else None
    text = ctx.tr("report-resolved", number=str(number))
    if reporter is not None and reporter.id != ctx.member.id:
        theirs = ctx.tr_for(reporter)
        about = (
            theirs("report-subject-post", number=str(report.post_number))
            if report.post_number
            else await _subject_text(ctx, report, names, theirs)
        )
        moderation.tell_reporter(ctx, reporter, about)
        text += " " + ctx.tr("report-resolved-reporter-told")
    ctx.reply(text, title=ctx.tr("report-resolved-title"))


async def _echo_resolved(ctx: Ctx, report: Report, names: dict[int, str], note: str | None) -> None:
    """The resolution in the moderator log channel, in the community's language."""
    public = ctx.community_tr
    args = {
        "moderator": ctx.member.display_name,
        "number": str(report.number),
        "subject": await _subject_text(ctx, report, names, public),
    }
    await modlog.echo(
        ctx,
        public("report-echo-resolved-note", note=note, **args)
        if note
        else public("report-echo-resolved", **args),
        title=public("report-echo-resolved-title", number=str(report.number)),
        label=f"report {report.number} resolved",
    )


# --- /mod history -------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryOptions:
    member: MemberRef = option(OptType.MEMBER, "whose record to show", required=True)
    page: int | None = option(
        OptType.INTEGER, f"which page of {SHOWN}, newest first", min=1, max=100000
    )


@feature.command(
    "mod history",
    "Every moderation action and report about one member, newest first.",
    HistoryOptions,
    positional=("member", "page"),
    readonly=True,
)
async def history_cmd(ctx: Ctx, opts: HistoryOptions) -> None:
    tr = ctx.tr
    target = await members.find_member(ctx.session, ctx.community, opts.member)
    mute = await mutes.active_mute_of(ctx, opts.member.ref)
    muted = (
        tr("report-history-muted", until=mutes.until_text(ctx, mute.until, ctx.member, tr))
        if mute
        else tr("report-history-not-muted")
    )
    events = await _history(ctx, target) if target is not None else []
    if not events:
        ctx.reply(
            tr("report-history-empty", member=opts.member.label),
            title=tr("report-history-title", member=opts.member.label),
            fields=[Field(tr("report-field-now"), tr("report-history-now-alone", mute=muted))],
        )
        return
    pages = -(-len(events) // SHOWN)
    page = opts.page or 1
    if page > pages:
        raise UserError(
            Msg("report-history-no-page", page=str(page), count=pages),
            hint=Msg("report-history-no-page-hint", member=opts.member.label, last=str(pages)),
        )
    assert target is not None
    shown = events[(page - 1) * SHOWN : page * SHOWN]
    open_reports = sum(1 for _, _, is_open in events if is_open)
    reports = tr("report-history-open-reports", count=open_reports)
    fields = [
        Field(tr("report-field-now"), tr("report-history-now", mute=muted, reports=reports)),
        Field(tr("report-field-times"), tr("report-times-newest", zone=ctx.zone(ctx.member).key)),
    ]
    if page < pages:
        fields.append(
            Field(
                tr("report-field-older"),
                tr("report-history-older", member=opts.member.label, page=str(page + 1)),
            )
        )
    member = f"@{target.display_name}"
    title = (
        tr("report-history-title-page", member=member, page=str(page), count=pages)
        if pages > 1
        else tr("report-history-title", member=member)
    )
    ctx.reply("\n".join(line for _, line, _ in shown), title=title, fields=fields)


async def _history(ctx: Ctx, target: Member) -> list[tuple[datetime, str, bool]]:
    """(when, line, an open report) for every audit entry and report about `target`,
    by member id, newest first."""
    cid = ctx.community.id
    entries = list(
        await ctx.session.scalars(
            select(AuditEntry).where(
                AuditEntry.community_id == cid, AuditEntry.target_id == target.id
            )
        )
    )
    reports = list(
        await ctx.session.scalars(
            select(Report).where(Report.community_id == cid, Report.target_id == target.id)
        )
    )
    ids = {i for e in entries for i in (e.actor_id, e.target_id) if i}
    ids |= {i for r in reports for i in (r.reporter_id, r.target_id, r.resolved_by_id) if i}
    names = await moderation.member_names(ctx, ids)
    found: list[tuple[datetime, int, str, bool]] = []
    for e in entries:
        line = f"{moderation.when(ctx, e.created_at)} · {moderation.audit_line(e, names, ctx.tr)}"
        found.append((e.created_at, e.id, line, False))
    for r in reports:
        line = await _history_line(ctx, r, names)
        found.append((r.created_at, r.id, line, r.resolved_at is None))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [(at, line, is_open) for at, _, line, is_open in found]


async def _history_line(ctx: Ctx, r: Report, names: dict[int, str]) -> str:
    """`Mon 2 Nov 09:00 · @ana · report · @sam — report 3 (open)`: one report about them."""
    tr = ctx.tr
    status = tr("report-status-open")
    if r.resolved_at is not None:
        by = moderation.name_of(r.resolved_by_id, names, tr)
        status = (
            tr("report-status-resolved-note", member=by, note=r.resolution)
            if r.resolution
            else tr("report-status-resolved", member=by)
        )
    args = {
        "when": moderation.when(ctx, r.created_at),
        "reporter": moderation.name_of(r.reporter_id, names, tr),
        "subject": await _subject_text(ctx, r, names, tr),
        "number": str(r.number),
        "status": status,
    }
    if r.reason:
        return tr("report-history-line-reason", reason=r.reason, **args)
    return tr("report-history-line", **args)
