"""Moderator tools: mute and unmute, active mutes, remove a shared post, the audit log,
stats and export.

Every command here is moderator-only (the engine refuses anyone else) and every action
that changes something writes an append-only audit entry, linked to members by id; mutes,
unmutes and removals are also echoed to the moderator log channel (`bot.features.modlog`).
`/mod audit` pages through the log, newest first, in community time, by member and by
action. `/mod remove` takes only what members share (a rejection, win, check-in answer or
cheer in a channel): it erases the post's text and the free text behind it, asks the
adapter to withdraw the platform message (a `Message` with `withdraw_ref`) and closes the
open reports on that post, telling their reporters. The community's own admins
(`bot.core.grants`) cannot be muted. Private replies show times in the reader's zone.
`/mod stats` and `/mod export` only ever show aggregates: counts per week and kind, never
names or notes.

Words come from `bot/locales/*/moderation.ftl`: replies in the moderator's language,
modlog echoes in the community's, DMs in each member's own. The audit log is the
community's record, so what an entry says beside its action code is written in the
community's language when it happens.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import false, func, or_, select, update

from bot.core import dates, grants, pictures
from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.kinds import KINDS, kind_name
from bot.core.messages import Attachment, Field, Kind, MemberRef, Message
from bot.features import modlog, mutes, streaks, wins
from bot.store import identity as members
from bot.store.models import (
    Activity,
    AuditEntry,
    CheckinAnswer,
    CheckinRun,
    Cheer,
    Community,
    Member,
    MemberDay,
    Outbox,
    Pause,
    Post,
    Reflection,
    Rejection,
    Report,
    Streak,
    Win,
)

feature = Feature("moderation", group_help={"mod": "Set up and moderate the community"})

AUDIT_SHOWN = 20
MAX_MUTE_DAYS = 365
CHART_WEEKS = 8
# The text a removed win keeps in the store: a marker `/undo` looks for, not shown as is
# (`/wins` shows `win-removed-by-moderator` in the reader's language).
REMOVED = wins.REMOVED_BY_MODERATOR
# Where an audit entry's target shows its member's current name (`AuditEntry.target_id`).
MEMBER = mutes.MEMBER_NAME
# Streak lengths `/mod stats` counts together (from, to); longer ones are "30+".
STREAK_BUCKETS = ((0, 0), (1, 2), (3, 6), (7, 13), (14, 29))
# Kinds that are not `/log` activity kinds, as they appear in stats and the export.
EXTRA_KINDS = ("rejection", "win", "checkin", "reflection", "cheer")


# --- mute ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MuteOptions:
    member: MemberRef = option(OptType.MEMBER, "who to mute", required=True)
    days: int | None = option(
        OptType.INTEGER,
        "lift it automatically after this many days",
        min=1,
        max=MAX_MUTE_DAYS,
    )
    reason: str | None = option(
        OptType.STRING,
        "why; the member is told",
        max_length=300,
        # Moderators describe what they saw here; that is not a personal disclosure.
        crisis_check=False,
    )


@feature.command(
    "mod mute",
    "Mute a member: they cannot share posts or cheer until the mute ends or is lifted.",
    MuteOptions,
    positional=("member", "days"),
    rest="reason",
    examples=('/mod mute member:@sam days:3 reason:"Repeated spam in #support"',),
)
async def mute_cmd(ctx: Ctx, opts: MuteOptions) -> None:
    target = await ctx.member_for(opts.member)
    if target.id == ctx.member.id:
        raise UserError(Msg("mod-mute-self"))
    if target.platform_admin:
        _refuse_muting_an_admin(ctx, target)
    days: int | None = opts.days
    reason: str | None = opts.reason
    replaced = await mutes.active_mute(ctx, target) is not None
    mute = await mutes.start_mute(ctx, target, by=ctx.member, days=days, reason=reason)
    span = Msg("mod-span-days", days=days) if days else Msg("mod-until-lifted")
    detail = Msg("mod-audit-mute-reason", span=span, reason=reason) if reason else span
    await audit_about(ctx, "mute", target, detail=ctx.community_tr.text(detail))
    _tell_muted(ctx, target, mute.until, reason)
    moderator, name = ctx.member.display_name, target.display_name
    await modlog.echo(
        ctx,
        Msg("mod-echo-muted-reason", moderator=moderator, member=name, span=span, reason=reason)
        if reason
        else Msg("mod-echo-muted", moderator=moderator, member=name, span=span),
        title=Msg("mod-muted-title"),
        label="mute",
    )
    tr = ctx.tr
    lines = [
        tr("mod-mute-done-until", member=name, span=span, until=_until(ctx, mute.until))
        if mute.until
        else tr("mod-mute-done", member=name, span=span)
    ]
    if replaced:
        lines.append(tr("mod-mute-replaces"))
    lines.append(tr("mod-mute-how-lift-timed" if days else "mod-mute-how-lift", member=name))
    ctx.reply("\n".join(lines), title=tr("mod-muted-title"))


def _until(ctx: Ctx, until: datetime | None) -> str:
    """When a mute ends, in the moderator's zone and language."""
    return mutes.until_text(ctx, until, ctx.member, ctx.tr)


def _tell_muted(ctx: Ctx, target: Member, until: datetime | None, reason: str | None) -> None:
    """The muted member's DM, in their language and zone."""
    tr = ctx.tr_for(target)
    lines = [tr("mod-muted-dm", until=mutes.until_text(ctx, until, target, tr))]
    if reason:
        lines.append(tr("mod-reason-given", reason=reason))
    lines.append(tr("mod-questions"))
    ctx.dm(target, "\n".join(lines), title=tr("mod-muted-dm-title"))


def _refuse_muting_an_admin(ctx: Ctx, target: Member) -> None:
    """The community's own admins (`bot.core.grants`) are its owners: nobody mutes them."""
    name, kind = target.display_name, grants.admin_kind(ctx.community)
    if ctx.member.platform_admin:
        raise UserError(
            Msg("mod-admin-by-admin", member=name, kind=kind),
            hint=Msg("mod-admin-by-admin-hint"),
        )
    raise UserError(
        Msg("mod-admin-by-mod", member=name, kind=kind), hint=Msg("mod-admin-by-mod-hint")
    )


@dataclass(frozen=True)
class UnmuteOptions:
    member: MemberRef = option(OptType.MEMBER, "who to unmute", required=True)


@feature.command(
    "mod unmute",
    "Lift a member's mute now.",
    UnmuteOptions,
    positional=("member",),
)
async def unmute_cmd(ctx: Ctx, opts: UnmuteOptions) -> None:
    # By platform id: the mute of a member who erased their data can be lifted too.
    mute = await mutes.active_mute_of(ctx, opts.member.ref)
    if mute is None:
        raise UserError(
            Msg("mod-not-muted", member=opts.member.label), hint=Msg("mod-not-muted-hint")
        )
    await mutes.lift_mute(ctx, mute)
    target = await members.find_member(ctx.session, ctx.community, opts.member)
    await audit_about(ctx, "unmute", target)
    who = f"@{target.display_name}" if target else opts.member.label
    await modlog.echo(
        ctx,
        Msg("mod-echo-unmuted", moderator=ctx.member.display_name, member=who),
        title=Msg("mod-unmuted-title"),
        label="unmute",
    )
    tr = ctx.tr
    if target is None:
        ctx.reply(
            tr("mod-unmute-done-gone", member=opts.member.label), title=tr("mod-unmuted-title")
        )
        return
    theirs = ctx.tr_for(target)
    ctx.dm(target, theirs("mod-unmuted-dm"), title=theirs("mod-unmuted-dm-title"))
    ctx.reply(tr("mod-unmute-done", member=target.display_name), title=tr("mod-unmuted-title"))


@feature.command(
    "mod mutes",
    "Members muted right now, and when each mute ends.",
    NoOptions,
    readonly=True,
)
async def mutes_cmd(ctx: Ctx, opts: NoOptions) -> None:
    tr = ctx.tr
    rows = await mutes.active_mutes(ctx)
    if not rows:
        ctx.reply(tr("mod-mutes-none"), title=tr("mod-mutes-title", count=0))
        return
    found = await ctx.session.scalars(
        select(Member).where(
            Member.community_id == ctx.community.id,
            Member.platform_id.in_({m.platform_id for m in rows}),
        )
    )
    people = {m.platform_id: m for m in found}
    names = await member_names(ctx, {m.by_id for m in rows if m.by_id})
    lines = []
    for mute in rows:
        member = people.get(mute.platform_id)
        line = {
            "member": f"@{member.display_name}" if member else tr("mod-former-member"),
            "until": tr("mod-mutes-until", when=when(ctx, mute.until))
            if mute.until
            else tr("mod-until-lifted"),
            "by": name_of(mute.by_id, names, tr),
            "since": dates.short_day(ctx.local(mute.created_at, ctx.member).date(), tr),
        }
        lines.append(
            tr("mod-mutes-line-reason", **line, reason=mute.reason)
            if mute.reason
            else tr("mod-mutes-line", **line)
        )
    ctx.reply(
        "\n".join(lines),
        title=tr("mod-mutes-title", count=len(rows)),
        fields=[Field(tr("mod-field-times"), tr("mod-mutes-times", zone=ctx.zone(ctx.member).key))],
    )


# --- remove a post --------------------------------------------------------------------------

# How replies name a post by its kind (catalogue keys); any other kind is a "post".
KIND_NAMES = {
    "rejection": "mod-kind-rejection",
    "win": "mod-kind-win",
    "answer": "mod-kind-answer",
    "cheer": "mod-kind-cheer",
    "checkin": "mod-kind-checkin",
    "summary": "mod-kind-summary",
    modlog.KIND: "mod-kind-modlog",
}
# What members share, and so what `/mod remove` takes; the rest Rebound posted itself.
MEMBER_KINDS = frozenset({"rejection", "win", "answer", "cheer"})


@dataclass(frozen=True)
class RemoveOptions:
    post: int = option(
        OptType.INTEGER,
        "the post number shown with the post",
        required=True,
        min=1,
        max=2**31 - 1,
    )


@feature.command(
    "mod remove",
    "Remove a shared post: withdraw it from the channel and erase its text.",
    RemoveOptions,
    positional=("post",),
)
async def remove_cmd(ctx: Ctx, opts: RemoveOptions) -> None:
    post = await _removable_post(ctx, opts.post)
    await erase_post(ctx, post)
    author = await ctx.session.get(Member, post.author_id) if post.author_id else None
    named = author if not post.anonymous else None
    number = str(post.number)
    await audit_about(
        ctx,
        "remove post",
        named,
        target=ctx.community_tr(
            "mod-audit-post-by" if named else "mod-post-number", number=number, member=MEMBER
        ),
        detail=await describe_post(ctx, post, ctx.community_tr),
    )
    withdrawn = await withdrawal(ctx, post)
    if withdrawn is not None:
        ctx.messages.append(withdrawn)
    closed, told, count = await _close_reports(ctx, post)
    await _echo_removal(ctx, post, named, closed)
    if author is not None:
        await _tell_author(ctx, author, post)
    tr = ctx.tr
    said = [
        tr("mod-remove-done", number=number, post=await describe_post(ctx, post, tr)),
        *([tr("mod-remove-author-told")] if author else []),
        *([_closes(tr, closed, told, count)] if closed else []),
    ]
    ctx.reply(" ".join(said), title=tr("mod-removed-title"))


async def _echo_removal(ctx: Ctx, post: Post, named: Member | None, closed: list[int]) -> None:
    """`@mo removed post 12 by @sam (win in #wins).` in the moderator log channel."""
    tr = ctx.community_tr
    said = {
        "moderator": ctx.member.display_name,
        "number": str(post.number),
        "post": await describe_post(ctx, post, tr),
    }
    text = (
        tr("mod-echo-removed-by", **said, author=named.display_name)
        if named
        else tr("mod-echo-removed", **said)
    )
    if closed:
        text += " " + _closes(tr, closed, "", 0)
    await modlog.echo(ctx, text, title=Msg("mod-removed-title"), label="remove post")


async def _tell_author(ctx: Ctx, author: Member, post: Post) -> None:
    """The author's DM about their removed post, in their language."""
    tr = ctx.tr if author.id == ctx.member.id else ctx.tr_for(author)
    channel = await ctx.channel(post.channel_ref) if post.channel_ref else None
    what = tr(KIND_NAMES.get(post.kind, "mod-kind-post"))
    number = str(post.number)
    lines = [
        tr("mod-removed-dm-in", what=what, number=number, channel=channel.label)
        if channel
        else tr("mod-removed-dm", what=what, number=number),
        tr("mod-removed-dm-erased"),
        tr("mod-questions"),
    ]
    ctx.dm(author, " ".join(lines), title=tr("mod-removed-dm-title"))


def _closes(tr: Tr, closed: list[int], told: str, count: int) -> str:
    """`This closes report 3 about it; its reporter was told.` (`told`: all, others or
    nobody, empty)."""
    reports = _report_numbers(tr, closed)
    if told == "all":
        return tr("mod-closes-told-all", reports=reports, count=count)
    if told == "others":
        return tr("mod-closes-told-others", reports=reports, count=count)
    return tr("mod-closes", reports=reports)


async def _removable_post(ctx: Ctx, number: int) -> Post:
    """Post `number`, when it is a member's shared post still up; else a clear error."""
    post = await ctx.session.scalar(
        select(Post).where(Post.community_id == ctx.community.id, Post.number == number)
    )
    if post is None:
        raise UserError(Msg("mod-no-post", number=str(number)), hint=Msg("mod-no-post-hint"))
    if post.removed_at is not None:
        raise UserError(Msg("mod-already-removed", number=str(post.number)))
    if post.kind not in MEMBER_KINDS:
        raise UserError(
            Msg(
                "mod-not-member-post",
                number=str(post.number),
                what=Msg(KIND_NAMES.get(post.kind, "mod-kind-message")),
            ),
            hint=Msg("mod-not-member-post-hint"),
        )
    return post


async def _close_reports(ctx: Ctx, post: Post) -> tuple[list[int], str, int]:
    """Resolve the open reports on `post`, now removed, and tell each reporter: the
    numbers of the reports closed, which reporters were told (`all`, `others` when the
    moderator reported it too, or empty) and how many."""
    rows = list(
        await ctx.session.scalars(
            select(Report)
            .where(
                Report.community_id == ctx.community.id,
                Report.post_id == post.id,
                Report.resolved_at.is_(None),
            )
            .order_by(Report.number)
        )
    )
    record = ctx.community_tr
    told = 0
    for report in rows:
        report.resolved_at = ctx.now
        report.resolved_by_id = ctx.member.id
        report.resolution = record("mod-resolution-post-removed")
        target = await ctx.session.get(Member, report.target_id) if report.target_id else None
        await audit_about(
            ctx,
            "resolve report",
            target,
            target=record(
                "mod-audit-report-about" if target else "mod-report-number",
                number=str(report.number),
                member=MEMBER,
            ),
            detail=report.resolution,
        )
        reporter = await ctx.session.get(Member, report.reporter_id) if report.reporter_id else None
        if reporter is not None and reporter.id != ctx.member.id:
            about = Msg("mod-post-number", number=str(post.number))
            tell_reporter(ctx, reporter, about, removed=True)
            told += 1
    which = "all" if told == len(rows) else "others" if told else ""
    return [r.number for r in rows], which, told


def _report_numbers(tr: Tr, numbers: list[int]) -> str:
    """`report 3`, `reports 1 and 2`, `reports 1, 2 and 5`."""
    if len(numbers) == 1:
        return tr("mod-report-number", number=str(numbers[0]))
    listed = ", ".join(str(n) for n in numbers[:-1])
    return tr("mod-reports-many", listed=listed, last=str(numbers[-1]))


def tell_reporter(scope: Scope, reporter: Member, about: str | Msg, removed: bool = False) -> None:
    """Tell `reporter` their report about `about` (`post 12`, `@sam`; a `Msg` is worded in
    their language) was handled, and whether the post was `removed`; never the
    moderator's note."""
    tr = scope.tr_for(reporter)
    key = "mod-report-handled-removed" if removed else "mod-report-handled"
    scope.dm(reporter, tr(key, about=about), title=tr("mod-report-handled-title"))


async def describe_post(scope: Scope, post: Post, tr: Tr) -> str:
    """`win in #wins`: what a post is and where it went, in the words of `tr`."""
    what = tr(KIND_NAMES.get(post.kind, "mod-kind-post"))
    channel = await scope.channel(post.channel_ref) if post.channel_ref else None
    return tr("mod-post-in", what=what, channel=channel.label) if channel else what


async def withdrawal(scope: Scope, post: Post) -> Message | None:
    """The message that makes adapters delete a delivered post from its channel."""
    if not post.platform_ref or not post.channel_ref:
        return None
    return Message(
        kind=Kind.POST,
        text=scope.community_tr("mod-removed"),
        channel=await scope.channel(post.channel_ref),
        withdraw_ref=post.platform_ref,
        thread_ref=post.thread_ref,
        post_id=post.id,
        post_number=post.number,
    )


async def erase_post(scope: Scope, post: Post) -> None:
    """Erase the post's text and the free text behind it; keep what aggregates count."""
    s, cid = scope.session, scope.community.id
    post.text = None
    post.removed_at = scope.now
    await s.execute(
        update(Rejection)
        .where(Rejection.community_id == cid, Rejection.post_id == post.id)
        .values(note=None)
    )
    await s.execute(
        update(Win).where(Win.community_id == cid, Win.post_id == post.id).values(text=REMOVED)
    )
    await s.execute(
        update(CheckinAnswer)
        .where(CheckinAnswer.community_id == cid, CheckinAnswer.post_id == post.id)
        .values(did=None, next=None, blocker=None)
    )
    # A post a scheduled job produced also sits in the outbox; erase it there too.
    rows = await s.scalars(
        select(Outbox).where(
            Outbox.community_id == cid, Outbox.message["post_id"].as_integer() == post.id
        )
    )
    shown = scope.community_tr("mod-removed")
    for row in rows:
        row.message = {**row.message, "text": shown, "title": None, "fields": []}


# --- audit --------------------------------------------------------------------------------


# Actions Rebound writes to the audit log; `/mod audit action:` also accepts any other
# action found in the community's log.
KNOWN_ACTIONS = (
    "mute",
    "unmute",
    "mute expired",
    "remove post",
    "moderators",
    "resolve report",
    "setup",
    "export",
    "checkin-schedule",
    "checkin-cancel",
    "checkin-now",
    "template-add",
    "template-replace",
    "template-remove",
    "pair",
    "pair-schedule",
)


@dataclass(frozen=True)
class AuditOptions:
    page: int | None = option(
        OptType.INTEGER, f"which page of {AUDIT_SHOWN}, newest first", min=1, max=100000
    )
    member: MemberRef | None = option(OptType.MEMBER, "only actions by or about this member")
    action: str | None = option(
        OptType.STRING,
        "only this action (mute, remove post, moderators...)",
        max_length=64,
        autocomplete="audit-actions",
    )


@feature.command(
    "mod audit",
    f"Moderator actions, newest first, {AUDIT_SHOWN} a page: who, what, target, when.",
    AuditOptions,
    positional=("page",),
    readonly=True,
    examples=("/mod audit page:2", "/mod audit member:@sam action:mute"),
)
async def audit_cmd(ctx: Ctx, opts: AuditOptions) -> None:
    tr = ctx.tr
    wanted = None
    if opts.action is not None:
        wanted = _wanted_actions(opts.action, await audit_actions(ctx))
    action = wanted[0] if wanted else None
    where = [AuditEntry.community_id == ctx.community.id]
    if wanted is not None:
        where.append(AuditEntry.action.in_(wanted))
    if opts.member is not None:
        target = await members.find_member(ctx.session, ctx.community, opts.member)
        where.append(
            or_(AuditEntry.actor_id == target.id, AuditEntry.target_id == target.id)
            if target is not None
            else false()
        )
    total = int(
        await ctx.session.scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0
    )
    what = _audit_filter_text(tr, action, opts.member)
    if not total:
        empty = tr("mod-audit-empty-of", what=what) if what else tr("mod-audit-empty")
        ctx.reply(empty, title=tr("mod-audit-title"))
        return
    pages = -(-total // AUDIT_SHOWN)
    page = opts.page or 1
    if page > pages:
        _no_such_page(page, pages, total, what, _audit_usage(pages, opts.member, action))
    rows = list(
        await ctx.session.scalars(
            select(AuditEntry)
            .where(*where)
            .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
            .offset((page - 1) * AUDIT_SHOWN)
            .limit(AUDIT_SHOWN)
        )
    )
    names = await member_names(ctx, {i for e in rows for i in (e.actor_id, e.target_id) if i})
    # The log is the community's record, so it keeps the community's time (and says so).
    lines = [f"{community_when(ctx, e.created_at, tr)} · {audit_line(e, names, tr)}" for e in rows]
    fields = [Field(tr("mod-field-times"), tr("mod-audit-times", zone=ctx.zone(None).key))]
    if page < pages:
        more = _audit_usage(page + 1, opts.member, action)
        fields.append(Field(tr("mod-audit-older"), tr("mod-audit-next", usage=more)))
    shown = {"page": str(page), "pages": pages}
    title = tr("mod-audit-page-of", what=what, **shown) if what else tr("mod-audit-page", **shown)
    ctx.reply("\n".join(lines), title=title, fields=fields)


def _no_such_page(page: int, pages: int, total: int, what: str, usage: str) -> None:
    """Refuse a page past the last one, naming the last one."""
    said = {"page": str(page), "pages": pages, "total": total}
    raise UserError(
        Msg("mod-audit-no-page-of", what=what, **said)
        if what
        else Msg("mod-audit-no-page", **said),
        hint=Msg(
            "mod-audit-no-page-hint" if pages > 1 else "mod-audit-no-page-hint-all", usage=usage
        ),
    )


def when(ctx: Ctx, at: datetime) -> str:
    """`Mon 2 Nov 09:00` in the moderator's own zone and language."""
    return dates.short_when(ctx.local(at, ctx.member), ctx.tr)


def community_when(scope: Scope, at: datetime, tr: Tr) -> str:
    """`Mon 2 Nov 09:00` in the community's zone, in the words of `tr`."""
    return dates.short_when(scope.local(at, None), tr)


def _action_key(action: str) -> str:
    """`remove-post`, `Remove_Post` and `remove post` are one action."""
    return re.sub(r"[\s_-]+", " ", action.strip().lower())


async def audit_actions(scope: Scope) -> list[str]:
    """Every action `/mod audit action:` accepts here: Rebound's, and any in the log."""
    return await _actions(scope.session, scope.community)


async def _actions(session: Any, community: Community | None) -> list[str]:
    found = []
    if community is not None:
        found = list(
            await session.scalars(
                select(AuditEntry.action).where(AuditEntry.community_id == community.id).distinct()
            )
        )
    return list(dict.fromkeys([*KNOWN_ACTIONS, *sorted(found)]))


def _wanted_actions(given: str, actions: list[str]) -> list[str]:
    """The stored spellings of the action `given` names, or a clear error."""
    key = _action_key(given)
    wanted = [a for a in actions if _action_key(a) == key]
    if wanted:
        return wanted
    close = difflib.get_close_matches(key, [_action_key(a) for a in actions], n=1)
    guess = next((a for a in actions if close and _action_key(a) == close[0]), None)
    raise UserError(
        Msg("mod-audit-bad-action-guess", action=given, guess=guess)
        if guess
        else Msg("mod-audit-bad-action", action=given),
        hint=Msg("mod-audit-actions", actions=", ".join(actions)),
    )


# How `/mod audit action:` names what it found: "No mutes yet.", "Audit log: setup changes"
# (catalogue keys); an action Rebound does not know is "`action` entries".
ACTION_NOUNS = {
    "mute": "mod-noun-mute",
    "unmute": "mod-noun-unmute",
    "mute expired": "mod-noun-mute-expired",
    "remove post": "mod-noun-remove-post",
    "moderators": "mod-noun-moderators",
    "resolve report": "mod-noun-resolve-report",
    "setup": "mod-noun-setup",
    "export": "mod-noun-export",
    "checkin-schedule": "mod-noun-checkin-schedule",
    "checkin-cancel": "mod-noun-checkin-cancel",
    "checkin-now": "mod-noun-checkin-now",
    "template-add": "mod-noun-template-add",
    "template-replace": "mod-noun-template-replace",
    "template-remove": "mod-noun-template-remove",
    "pair": "mod-noun-pair",
    "pair-schedule": "mod-noun-pair-schedule",
}


def _audit_filter_text(tr: Tr, action: str | None, member: MemberRef | None) -> str:
    """`mutes by or about @sam`, or empty without filters."""
    text = ""
    if action:
        noun = ACTION_NOUNS.get(action)
        text = tr(noun) if noun else tr("mod-noun-other", action=action)
    if member is not None:
        if text:
            return tr("mod-filter-by-or-about", what=text, member=member.label)
        return tr("mod-filter-any-by-or-about", member=member.label)
    return text


def _audit_usage(page: int, member: MemberRef | None, action: str | None) -> str:
    """The `/mod audit` line for `page` with the same filters."""
    line = f"/mod audit page:{page}"
    if member is not None:
        line += f" member:{member.label}"
    if action is not None:
        line += f' action:"{action}"' if " " in action else f" action:{action}"
    return line


@feature.completer("audit-actions")
async def complete_actions(session: Any, community: Community | None, prefix: str) -> list[str]:
    key = _action_key(prefix)
    return [a for a in await _actions(session, community) if _action_key(a).startswith(key)]


def audit_line(entry: AuditEntry, names: dict[int, str], tr: Tr) -> str:
    """`@mo · mute · @ana — for 2 days`: members by their current names, by id. The
    action code and what the entry says stay as stored."""
    if entry.actor_id is not None:
        actor = name_of(entry.actor_id, names, tr)
    elif entry.actor_name == mutes.SYSTEM_ACTOR:
        actor = tr("mod-system-actor")
    else:
        actor = tr("mod-former-member")
    line = f"{actor} · {entry.action}"
    target = entry.target
    if target is None and entry.target_id is not None:
        target = MEMBER
    if target:
        # `{member}` is replaced as a fixed token: no format string ever sees stored text.
        line += " · " + target.replace(MEMBER, name_of(entry.target_id, names, tr))
    if entry.detail:
        line += f" — {entry.detail}"
    return line


def name_of(member_id: int | None, names: dict[int, str], tr: Tr) -> str:
    """`@ana` by id from `member_names`, or "a former member" in the words of `tr`."""
    return f"@{names[member_id]}" if member_id in names else tr("mod-former-member")


async def member_names(scope: Scope, ids: set[int]) -> dict[int, str]:
    """Current display names of the members `ids` (erased members are not there)."""
    if not ids:
        return {}
    rows = await scope.session.execute(
        select(Member.id, Member.display_name).where(
            Member.community_id == scope.community.id, Member.id.in_(ids)
        )
    )
    return {mid: name for mid, name in rows}


async def audit_about(
    scope: Scope,
    action: str,
    member: Member | None,
    *,
    target: str | None = None,
    detail: str | None = None,
    actor: Member | None = None,
) -> None:
    """An audit entry about `member`, linked by id: `target` holds `{member}` where their
    (current) name is shown, or is just the member. `actor` defaults to the invoking
    member; a job passes none and is shown as Rebound itself."""
    if actor is None and isinstance(scope, Ctx):
        actor = scope.member
    scope.session.add(
        AuditEntry(
            community_id=scope.community.id,
            actor_id=actor.id if actor else None,
            actor_name=actor.display_name if actor else mutes.SYSTEM_ACTOR,
            action=action,
            target=target if target is not None else (MEMBER if member else None),
            target_id=member.id if member else None,
            detail=detail,
            created_at=scope.now,
        )
    )


# --- aggregates shared by stats and export ------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One counted thing: a day (community or member local), a kind, how many, by whom."""

    day: date
    kind: str
    count: int
    member_id: int | None


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def events(scope: Scope, since: date | None) -> list[Event]:
    """Everything the community counted from `since` (or ever): logs, rejections, wins..."""
    s, cid = scope.session, scope.community.id
    zone = scope.zone(None)
    start = datetime.combine(since - timedelta(days=1), time(), tzinfo=UTC) if since else None
    found: list[Event] = []

    logs = select(Activity.day, Activity.kind, Activity.count, Activity.member_id).where(
        Activity.community_id == cid
    )
    logs = logs.where(Activity.day >= since) if since else logs
    found += [Event(*row) for row in (await s.execute(logs)).all()]

    rejections = select(Rejection.day, Rejection.member_id).where(Rejection.community_id == cid)
    rejections = rejections.where(Rejection.day >= since) if since else rejections
    found += [Event(day, "rejection", 1, mid) for day, mid in (await s.execute(rejections)).all()]

    cheers = select(Cheer.giver_day, Cheer.giver_id).where(Cheer.community_id == cid)
    cheers = cheers.where(Cheer.giver_day >= since) if since else cheers
    found += [Event(day, "cheer", 1, mid) for day, mid in (await s.execute(cheers)).all()]

    for kind, table in (("win", Win), ("checkin", CheckinAnswer), ("reflection", Reflection)):
        q = select(table.created_at, table.member_id).where(table.community_id == cid)
        q = q.where(table.created_at >= start) if start else q
        for at, mid in (await s.execute(q)).all():
            day = at.astimezone(zone).date()
            if since is None or day >= since:
                found.append(Event(day, kind, 1, mid))
    return found


def kind_order(kinds: Iterable[str]) -> list[str]:
    order = [*KINDS, *EXTRA_KINDS]
    return sorted(set(kinds), key=lambda k: (order.index(k) if k in order else len(order), k))


# --- stats --------------------------------------------------------------------------------


@feature.command(
    "mod stats",
    "Community dashboard: active members, check-in rate, activity by kind, streaks, a chart.",
    NoOptions,
    readonly=True,
    slow=True,
)
async def stats_cmd(ctx: Ctx, opts: NoOptions) -> None:
    tr = ctx.tr
    cid = ctx.community.id
    today = ctx.today(None)
    members_total = int(
        await ctx.session.scalar(
            select(func.count()).select_from(Member).where(Member.community_id == cid)
        )
        or 0
    )
    active7 = await _active_members(ctx, today - timedelta(days=6))
    active30 = await _active_members(ctx, today - timedelta(days=29))
    chart_start = week_of(today) - timedelta(weeks=CHART_WEEKS - 1)
    month_start = today - timedelta(days=29)
    found = await events(ctx, min(chart_start, month_start))
    month: Counter[str] = Counter()
    for e in found:
        if e.day >= month_start:
            month[e.kind] += e.count
    by_kind = "\n".join(
        tr("mod-stats-count", label=_kind_shown(k, tr), count=month[k]) for k in kind_order(month)
    )
    fields = [
        Field(tr("mod-stats-members"), str(members_total), True),
        Field(tr("mod-stats-active-7"), str(active7), True),
        Field(tr("mod-stats-active-30"), str(active30), True),
        Field(tr("mod-stats-checkins"), await _checkin_rate(ctx, month_start, active30)),
        Field(tr("mod-stats-by-kind"), by_kind or tr("mod-stats-nothing")),
        Field(tr("mod-stats-streaks"), await _streak_distribution(ctx)),
    ]
    if ctx.community.weekly_goal:
        this_week = sum(
            e.count for e in found if e.kind == "applied" and week_of(e.day) == week_of(today)
        )
        progress = tr("mod-stats-goal-progress", done=this_week, goal=ctx.community.weekly_goal)
        fields.append(Field(tr("mod-stats-goal"), progress))
    weeks = [chart_start + timedelta(weeks=i) for i in range(CHART_WEEKS)]
    weekly: Counter[tuple[date, str]] = Counter()
    for e in found:
        weekly[week_of(e.day), e.kind] += e.count
    msg = ctx.reply(
        tr("mod-stats-intro", day=dates.long_day_year(today, tr), weeks=CHART_WEEKS),
        title=tr("mod-stats-title", community=ctx.community.name),
        fields=fields,
    )
    msg.attachments.append(pictures.activity_chart(ctx.community.name, weeks, weekly, tr))


def _kind_shown(kind: str, tr: Tr) -> str:
    """A counted kind's name: a `/log` kind as the kinds catalogue names it, else ours."""
    return kind_name(kind, tr) if kind in KINDS else tr("mod-stats-kind", kind=kind)


async def _active_members(ctx: Ctx, since: date) -> int:
    return int(
        await ctx.session.scalar(
            select(func.count(func.distinct(MemberDay.member_id))).where(
                MemberDay.community_id == ctx.community.id,
                MemberDay.status == "active",
                MemberDay.day >= since,
            )
        )
        or 0
    )


async def _checkin_rate(ctx: Ctx, since: date, active: int) -> str:
    start = datetime.combine(since, time(), tzinfo=ctx.zone(None))
    runs = int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(CheckinRun)
            .where(
                CheckinRun.community_id == ctx.community.id,
                CheckinRun.opened_at.is_not(None),
                CheckinRun.opened_at >= start,
            )
        )
        or 0
    )
    if not runs:
        return ctx.tr("mod-stats-no-runs")
    answers = int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(CheckinAnswer)
            .join(CheckinRun, CheckinRun.id == CheckinAnswer.run_id)
            .where(
                CheckinAnswer.community_id == ctx.community.id,
                CheckinRun.opened_at.is_not(None),
                CheckinRun.opened_at >= start,
            )
        )
        or 0
    )
    return _rate_text(ctx.tr, runs, answers, active)


def _rate_text(tr: Tr, runs: int, answers: int, active: int) -> str:
    """`6 check-ins, 14 answers, 2.3 per check-in — on average 40% of active members
    answered`."""
    ran = tr("mod-stats-runs", runs=runs)
    if not answers:
        return tr("mod-stats-runs-no-answers", runs=ran)
    per_run = answers / runs
    facts = [ran, tr("mod-stats-answers", answers=answers)]
    if runs > 1:
        facts.append(tr("mod-stats-per-run", average=round(per_run, 1)))
    said = ", ".join(facts)
    if not active:
        return said
    share = min(100, round(100 * per_run / active))
    return tr("mod-stats-share", facts=said, share=str(share))


async def _streak_distribution(ctx: Ctx) -> str:
    tr = ctx.tr
    cid = ctx.community.id
    rows = (
        await ctx.session.execute(
            select(Streak, Member)
            .join(Member, Member.id == Streak.member_id)
            .where(Streak.community_id == cid)
        )
    ).all()
    if not rows:
        return tr("mod-stats-streaks-none")
    pauses: defaultdict[int, list[tuple[date, date]]] = defaultdict(list)
    oldest = min((st.last_day for st, _ in rows if st.last_day), default=ctx.today(None))
    for mid, a, b in (
        await ctx.session.execute(
            select(Pause.member_id, Pause.start_day, Pause.end_day).where(
                Pause.community_id == cid, Pause.end_day >= oldest
            )
        )
    ).all():
        pauses[mid].append((a, b))
    buckets: Counter[int] = Counter()
    for st, member in rows:
        rules = streaks.Rules(
            weekdays_only=member.streak_days == "weekdays", pauses=tuple(pauses[member.id])
        )
        current = streaks.view(st, ctx.today(member), rules).current
        bucket = next(
            (i for i, (lo, hi) in enumerate(STREAK_BUCKETS) if lo <= current <= hi),
            len(STREAK_BUCKETS),
        )
        buckets[bucket] += 1
    shown = " · ".join(
        tr("mod-stats-count", label=label, count=buckets[i])
        for i, label in enumerate(_bucket_labels(tr))
    )
    return tr("mod-stats-streaks-of", buckets=shown, members=len(rows))


def _bucket_labels(tr: Tr) -> list[str]:
    """`0 days`, `1–2`, … `14–29`, `30+`: the names of `STREAK_BUCKETS` and the longest."""
    labels = [tr("mod-stats-streak-zero") if hi == 0 else f"{lo}–{hi}" for lo, hi in STREAK_BUCKETS]
    return [*labels, f"{STREAK_BUCKETS[-1][1] + 1}+"]


# --- export -------------------------------------------------------------------------------


@feature.command(
    "mod export",
    "Download aggregate activity per week and kind as a CSV (no names, no notes).",
    NoOptions,
    slow=True,
)
async def export_cmd(ctx: Ctx, opts: NoOptions) -> None:
    found = await events(ctx, None)
    entries: Counter[tuple[date, str]] = Counter()
    people: defaultdict[tuple[date, str], set[int]] = defaultdict(set)
    for e in found:
        key = (week_of(e.day), e.kind)
        entries[key] += e.count
        if e.member_id is not None:
            people[key].add(e.member_id)
    order = kind_order(k for _, k in entries)
    keys = sorted(entries, key=lambda k: (k[0], order.index(k[1])))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["week_start", "kind", "entries", "members"])
    for week, kind in keys:
        writer.writerow([week.isoformat(), kind, entries[week, kind], len(people[week, kind])])
    today = ctx.today(None)
    rows = len(keys)
    await ctx.audit("export", detail=ctx.community_tr("mod-audit-export", rows=rows))
    tr = ctx.tr
    if not keys:
        said = tr("mod-export-done", rows=rows)
    else:
        first, last = (dates.long_day_year(w, tr) for w in (keys[0][0], keys[-1][0]))
        said = (
            tr("mod-export-done-weeks", rows=rows, first=first, last=last)
            if first != last
            else tr("mod-export-done-week", rows=rows, first=first)
        )
    msg = ctx.reply(" ".join([said, tr("mod-export-private")]), title=tr("mod-export-title"))
    msg.attachments.append(
        Attachment(
            filename=f"rebound-activity-{today.isoformat()}.csv",
            data=buf.getvalue().encode("utf-8"),
            mime="text/csv",
            alt=tr("mod-export-alt"),
        )
    )
