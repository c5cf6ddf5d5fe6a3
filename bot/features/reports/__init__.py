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
        raise UserError(
            "Report either a post or a member.",
            hint='Like `/report post:12 reason:"..."` or `/report member:@sam reason:"..."`.',
        )
    post, target = await _subject(ctx, opts)
    if ctx.private_only:
        ctx.crisis_stopped = True
        ctx.reply(
            "Your report was not sent: a report never carries words about suicide or "
            "self-harm. If someone's words hurt or worried you, you can report again in "
            "other words, and a moderator will look into it.",
            title="Report not sent",
        )
        return
    if opts.member is not None and not opts.reason:
        raise UserError(
            "Please say what happened, so the moderators can look into it.",
            hint=f'Like `/report member:{opts.member.label} reason:"Rude messages after my '
            'interview"`.',
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
        subject = await _subject_text(
            ctx, report, {target.id: target.display_name} if target else {}
        )
        await modlog.echo(
            ctx,
            f"@{ctx.member.display_name} reported {subject}."
            + (f"\nReason: {report.reason}" if report.reason else "")
            + f"\n`/mod reports resolve:{report.number}` closes it once it is handled.",
            title=f"Report {report.number}",
            label=f"report {report.number}",
        )
    ctx.reply(_sent_text(ctx, post, target, about_moderator), title="Report sent")


def _sent_text(ctx: Ctx, post: Post | None, target: Member | None, about_moderator: bool) -> str:
    """The reporter's confirmation: who has it, and who will not learn who reported."""
    reported = f"post {post.number}" if post else f"@{target.display_name}" if target else ""
    text = (
        f"Thank you for telling us. The moderators have your report about {reported} and will "
        "look into it."
    )
    if not about_moderator:
        unaware = f"@{target.display_name}" if target else "Its author"
        return text + f" {unaware} will not learn who reported."
    if target is not None and ctx.community.modlog_channel:
        return text + (
            f" Because @{target.display_name} is a moderator, it was not posted in the "
            "moderator log channel; the moderators will see it in `/mod reports`."
        )
    return text + " The moderators will see it in `/mod reports`."


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
            raise UserError(
                "You cannot report yourself.",
                hint="If something is weighing on you, a moderator is there to talk to.",
            )
        return None, target
    post = await ctx.session.scalar(
        select(Post).where(Post.community_id == ctx.community.id, Post.number == opts.post)
    )
    if post is None:
        raise UserError(
            f"There is no post {opts.post} in this community.",
            hint="Each shared post shows its number (`post 12`); use that number.",
        )
    if post.removed_at is not None:
        raise UserError(f"Post {post.number} was already removed, so there is nothing to report.")
    if post.author_id is None:
        raise UserError(
            f"Post {post.number} was posted by Rebound itself, so there is no member to report.",
            hint="If something about it worries you, please tell a moderator.",
        )
    if post.author_id == ctx.member.id:
        raise UserError(
            f"Post {post.number} is your own post, so there is nothing to report.",
            hint="If you want it taken down, a moderator can remove it.",
        )
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
            f"You already reported post {post.number}, and the moderators have it.",
            hint="They will look into it. If something new happened, tell a moderator.",
        )


async def _check_limits(ctx: Ctx) -> None:
    """At most `HOURLY_LIMIT` reports an hour and `DAILY_LIMIT` a day per reporter."""
    # The reporter's row lock makes one member's reports count one at a time (PostgreSQL),
    # so concurrent reports cannot all see the same count and pass the limit together.
    await ctx.session.execute(select(Member.id).where(Member.id == ctx.member.id).with_for_update())
    for limit, span, words in (
        (HOURLY_LIMIT, timedelta(hours=1), "in the last hour"),
        (DAILY_LIMIT, timedelta(days=1), "in the last 24 hours"),
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
                else dates.short_when(free)
            )
            raise UserError(
                f"You have made {made} reports {words}, the limit for now.",
                hint=f"Thank you for looking out for the community. You can report again from "
                f"{at}; if something is urgent, please tell a moderator directly.",
            )


async def _subject_text(scope: Scope, report: Report, names: dict[int, str]) -> str:
    """`post 12 by @sam (win in #wins)`, `post 12 (shared rejection in #support)`, `@sam`."""
    target = moderation.name_of(report.target_id, names)
    if report.post_number is None:
        return target
    post = await scope.session.get(Post, report.post_id) if report.post_id else None
    what = f" ({await moderation.describe_post(scope, post)})" if post else ""
    by = f" by {target}" if report.target_id is not None else ""
    return f"post {report.post_number}{by}{what}"


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
        raise UserError(
            "A note goes with the report it closes.",
            hint='Like `/mod reports resolve:3 note:"Removed the post"`.',
        )
    await _show_open(ctx)


async def _show_open(ctx: Ctx) -> None:
    """The open reports, oldest first (the queue a moderator works through)."""
    cid = ctx.community.id
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
    earlier = f"{resolved} resolved earlier." if resolved else ""
    if not rows:
        ctx.reply(
            " ".join(p for p in ("No open reports.", earlier) if p)
            + " Members report posts and members privately with `/report`; new reports "
            "show up here.",
            title="Reports",
        )
        return
    names = await moderation.member_names(
        ctx, {i for r in rows for i in (r.reporter_id, r.target_id) if i}
    )
    lines = []
    for r in rows[:SHOWN]:
        line = f"Report {r.number} · {moderation.when(ctx, r.created_at)} · "
        line += f"{moderation.name_of(r.reporter_id, names)} reported "
        line += await _subject_text(ctx, r, names)
        lines.append(line + (f": {r.reason}" if r.reason else ""))
    if len(rows) > SHOWN:
        lines.append(f"…and {len(rows) - SHOWN} more; resolve these to see them.")
    resolve = '`/mod reports resolve:n note:"what was done"` closes one.'
    fields = [
        Field("Times", f"your time ({ctx.zone(ctx.member).key}); oldest first"),
        Field("Resolve", f"{resolve} {earlier}".strip()),
    ]
    if not ctx.community.modlog_channel:
        fields.append(
            Field("As they arrive", "`/mod setup modlog_channel:#channel` posts new reports there.")
        )
    ctx.reply(
        "\n".join(lines),
        title=f"{len(rows)} open report{'s' if len(rows) != 1 else ''}",
        fields=fields,
    )


async def _resolve(ctx: Ctx, number: int, note: str | None) -> None:
    report = await ctx.session.scalar(
        select(Report).where(Report.community_id == ctx.community.id, Report.number == number)
    )
    if report is None:
        raise UserError(
            f"There is no report {number} in this community.",
            hint="`/mod reports` lists the open ones with their numbers.",
        )
    names = await moderation.member_names(
        ctx, {i for i in (report.reporter_id, report.target_id, report.resolved_by_id) if i}
    )
    if report.resolved_at is not None:
        by = moderation.name_of(report.resolved_by_id, names)
        raise UserError(
            f"Report {number} was already resolved by {by} on "
            f"{moderation.when(ctx, report.resolved_at)}.",
            hint="`/mod reports` lists the open ones.",
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
        target=f"report {number}" + (f" about {moderation.MEMBER}" if target else ""),
    )
    subject = await _subject_text(ctx, report, names)
    await modlog.echo(
        ctx,
        f"@{ctx.member.display_name} resolved report {number}, about {subject}"
        + (f": {note}" if note else "."),
        title=f"Report {number} resolved",
        label=f"report {number} resolved",
    )
    reporter = await ctx.session.get(Member, report.reporter_id) if report.reporter_id else None
    told = ""
    if reporter is not None and reporter.id != ctx.member.id:
        about = f"post {report.post_number}" if report.post_number else subject
        moderation.tell_reporter(ctx, reporter, about)
        told = " The reporter was told by DM that it was handled (your note stays with the moderators)."
    ctx.reply(f"Report {number} is resolved.{told}", title="Report resolved")


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
    target = await members.find_member(ctx.session, ctx.community, opts.member)
    mute = await mutes.active_mute_of(ctx, opts.member.ref)
    muted = f"Muted {mutes.until_text(ctx, mute.until, ctx.member)}" if mute else "Not muted"
    events = await _history(ctx, target) if target is not None else []
    if not events:
        ctx.reply(
            f"No moderation actions or reports about {opts.member.label}.",
            title=f"Moderation history of {opts.member.label}",
            fields=[Field("Now", f"{muted}.")],
        )
        return
    pages = -(-len(events) // SHOWN)
    page = opts.page or 1
    if page > pages:
        raise UserError(
            f"There is no page {page}: the history has {pages} page{'s' if pages != 1 else ''}.",
            hint=f"`/mod history member:{opts.member.label} page:{pages}` shows the oldest.",
        )
    assert target is not None
    shown = events[(page - 1) * SHOWN : page * SHOWN]
    open_reports = sum(1 for _, _, is_open in events if is_open)
    reports = f"{open_reports} open report{'s' if open_reports != 1 else ''}"
    fields = [
        Field("Now", f"{muted}; {reports if open_reports else 'no open reports'}."),
        Field("Times", f"your time ({ctx.zone(ctx.member).key}); newest first"),
    ]
    if page < pages:
        fields.append(Field("Older", f"`/mod history member:{opts.member.label} page:{page + 1}`"))
    ctx.reply(
        "\n".join(line for _, line, _ in shown),
        title=f"Moderation history of @{target.display_name}"
        + (f" — page {page} of {pages}" if pages > 1 else ""),
        fields=fields,
    )


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
        line = f"{moderation.when(ctx, e.created_at)} · {moderation.audit_line(e, names)}"
        found.append((e.created_at, e.id, line, False))
    for r in reports:
        status = "open"
        if r.resolved_at is not None:
            status = f"resolved by {moderation.name_of(r.resolved_by_id, names)}"
            status += f": “{r.resolution}”" if r.resolution else ""
        line = (
            f"{moderation.when(ctx, r.created_at)} · {moderation.name_of(r.reporter_id, names)}"
            f" · report · {await _subject_text(ctx, r, names)} — report {r.number} ({status})"
            + (f": {r.reason}" if r.reason else "")
        )
        found.append((r.created_at, r.id, line, r.resolved_at is None))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [(at, line, is_open) for at, _, line, is_open in found]
