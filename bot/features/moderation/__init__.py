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
from bot.core.kinds import KINDS
from bot.core.messages import Attachment, Field, Kind, MemberRef, Message
from bot.features import modlog, mutes, streaks
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
REMOVED = "(removed by a moderator)"
FORMER_MEMBER = "a former member"
# Where an audit entry's target shows its member's current name (`AuditEntry.target_id`).
MEMBER = mutes.MEMBER_NAME
STREAK_BUCKETS = (
    (0, 0, "0 days"),
    (1, 2, "1–2"),
    (3, 6, "3–6"),
    (7, 13, "7–13"),
    (14, 29, "14–29"),
)
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
        raise UserError("You cannot mute yourself.")
    if target.platform_admin:
        _refuse_muting_an_admin(ctx, target)
    days: int | None = opts.days
    reason: str | None = opts.reason
    replaced = await mutes.active_mute(ctx, target) is not None
    mute = await mutes.start_mute(ctx, target, by=ctx.member, days=days, reason=reason)
    span = f"for {days} day{'s' if days != 1 else ''}" if days else "until a moderator lifts it"
    await audit_about(ctx, "mute", target, detail=span + (f": {reason}" if reason else ""))
    ctx.dm(
        target,
        f"A moderator has muted you {mutes.until_text(ctx, mute.until, target)}. While muted "
        "you cannot share posts or cheer others; your private commands (logging, streaks, "
        "templates, reflections) keep working."
        + (f"\nReason given: {reason}" if reason else "")
        + "\nIf you have questions, please reach out to a moderator.",
        title="You have been muted",
    )
    await modlog.echo(
        ctx,
        f"@{ctx.member.display_name} muted @{target.display_name} {span}"
        + (f": {reason}" if reason else "")
        + ".",
        title="Member muted",
        label="mute",
    )
    lines = [
        f"Muted @{target.display_name} {span}"
        + (f", {mutes.until_text(ctx, mute.until, ctx.member)}" if mute.until else "")
        + "."
    ]
    if replaced:
        lines.append("This replaces their earlier mute.")
    lines.append(
        ("The mute lifts by itself; " if days else "")
        + f"`/mod unmute member:@{target.display_name}` lifts it now. They were told by DM."
    )
    ctx.reply("\n".join(lines), title="Member muted")


def _refuse_muting_an_admin(ctx: Ctx, target: Member) -> None:
    """The community's own admins (`bot.core.grants`) are its owners: nobody mutes them."""
    who = f"@{target.display_name} is one of this community's own admins"
    kind = grants.admin_kind(ctx.community)
    if ctx.member.platform_admin:
        raise UserError(
            f"{who} ({kind}), like you. Admins are the community's owners, so they cannot be "
            "muted, not even by another admin. Nothing was changed.",
            hint="If something worries you, please talk it through with them directly.",
        )
    raise UserError(
        f"{who} ({kind}), so moderators cannot mute them. Nothing was changed.",
        hint="If something about how they act worries you, please talk to them or another "
        "admin directly.",
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
            f"{opts.member.label} is not muted.",
            hint="`/mod audit` shows recent mutes and when they ended.",
        )
    await mutes.lift_mute(ctx, mute)
    target = await members.find_member(ctx.session, ctx.community, opts.member)
    await audit_about(ctx, "unmute", target)
    who = f"@{target.display_name}" if target else opts.member.label
    await modlog.echo(
        ctx,
        f"@{ctx.member.display_name} lifted {who}'s mute.",
        title="Mute lifted",
        label="unmute",
    )
    if target is None:
        ctx.reply(
            f"{opts.member.label} can share and cheer again when they come back.",
            title="Mute lifted",
        )
        return
    ctx.dm(
        target,
        "A moderator has lifted your mute, so you can share posts and cheer others again.",
        title="You can share again",
    )
    ctx.reply(
        f"@{target.display_name} can share and cheer again. They were told by DM.",
        title="Mute lifted",
    )


@feature.command(
    "mod mutes",
    "Members muted right now, and when each mute ends.",
    NoOptions,
    readonly=True,
)
async def mutes_cmd(ctx: Ctx, opts: NoOptions) -> None:
    rows = await mutes.active_mutes(ctx)
    if not rows:
        ctx.reply(
            "Nobody is muted right now. `/mod mute member:@name` mutes someone.",
            title="Active mutes: 0",
        )
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
        who = f"@{member.display_name}" if member else FORMER_MEMBER
        until = f"until {when(ctx, mute.until)}" if mute.until else "until a moderator lifts it"
        since = dates.short_day(ctx.local(mute.created_at, ctx.member).date())
        line = f"{who} · {until} · muted by {name_of(mute.by_id, names)} on {since}"
        lines.append(line + (f" — {mute.reason}" if mute.reason else ""))
    ctx.reply(
        "\n".join(lines),
        title=f"Active mutes: {len(rows)}",
        fields=[
            Field(
                "Times",
                f"your time ({ctx.zone(ctx.member).key}); "
                "`/mod unmute member:@name` lifts a mute now",
            )
        ],
    )


# --- remove a post --------------------------------------------------------------------------

KIND_NAMES = {
    "rejection": "shared rejection",
    "win": "win",
    "answer": "check-in answer",
    "cheer": "cheer",
    "checkin": "check-in prompt",
    "summary": "check-in summary",
    modlog.KIND: "moderator log entry",
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
    channel = await ctx.channel(post.channel_ref) if post.channel_ref else None
    what = KIND_NAMES.get(post.kind, "post")
    where = f" in {channel.label}" if channel else ""
    author = await ctx.session.get(Member, post.author_id) if post.author_id else None
    named = author if not post.anonymous else None
    await audit_about(
        ctx,
        "remove post",
        named,
        target=f"post {post.number}" + (f" by {MEMBER}" if named else ""),
        detail=f"{what}{where}",
    )
    withdrawn = await withdrawal(ctx, post)
    if withdrawn is not None:
        ctx.messages.append(withdrawn)
    closed, told = await _close_reports(ctx, post)
    closes = f" This closes {_report_numbers(closed)} about it" if closed else ""
    by = f" by @{named.display_name}" if named else ""
    await modlog.echo(
        ctx,
        f"@{ctx.member.display_name} removed post {post.number}{by} ({what}{where})."
        + (f"{closes}." if closed else ""),
        title="Post removed",
        label="remove post",
    )
    if author is not None:
        ctx.dm(
            author,
            f"A moderator removed your {what} (post {post.number}){where}. Its text is erased; "
            "the rest of your record (your streak, your counts) is unchanged. If you have "
            "questions, please reach out to a moderator.",
            title="A post of yours was removed",
        )
    ctx.reply(
        f"Removed post {post.number}, a {what}{where}: the message is withdrawn and its text "
        "erased from Rebound's store."
        + (" The author was told by DM." if author else "")
        + (f"{closes}{told}." if closed else ""),
        title="Post removed",
    )


async def _removable_post(ctx: Ctx, number: int) -> Post:
    """Post `number`, when it is a member's shared post still up; else a clear error."""
    post = await ctx.session.scalar(
        select(Post).where(Post.community_id == ctx.community.id, Post.number == number)
    )
    if post is None:
        raise UserError(
            f"There is no post {number} in this community.",
            hint="Each shared post shows its number (`post 12`); use that number.",
        )
    if post.removed_at is not None:
        raise UserError(f"Post {post.number} was already removed.")
    if post.kind not in MEMBER_KINDS:
        raise UserError(
            f"Post {post.number} is a {KIND_NAMES.get(post.kind, 'message')} that Rebound "
            "posted, not a member's shared post, so `/mod remove` leaves it alone.",
            hint="`/mod remove` takes what members share: rejections, wins, check-in answers "
            "and cheers shown in a channel.",
        )
    return post


# The note a report closed by removing its post keeps (`Report.resolution`).
POST_REMOVED = "post removed"


async def _close_reports(ctx: Ctx, post: Post) -> tuple[list[int], str]:
    """Resolve the open reports on `post`, now removed, and tell each reporter: the
    numbers of the reports closed, and what the moderator's reply says about telling."""
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
    told = 0
    for report in rows:
        report.resolved_at = ctx.now
        report.resolved_by_id = ctx.member.id
        report.resolution = POST_REMOVED
        target = await ctx.session.get(Member, report.target_id) if report.target_id else None
        await audit_about(
            ctx,
            "resolve report",
            target,
            target=f"report {report.number}" + (f" about {MEMBER}" if target else ""),
            detail=POST_REMOVED,
        )
        reporter = await ctx.session.get(Member, report.reporter_id) if report.reporter_id else None
        if reporter is not None and reporter.id != ctx.member.id:
            tell_reporter(ctx, reporter, f"post {post.number}", ": the post was removed")
            told += 1
    said = ""
    if told == len(rows):
        said = "; its reporter was told" if told == 1 else "; their reporters were told"
    elif told:  # the moderator reported it too
        said = "; the other reporter was told" if told == 1 else "; the other reporters were told"
    return [r.number for r in rows], said


def _report_numbers(numbers: list[int]) -> str:
    """`report 3`, `reports 1 and 2`, `reports 1, 2 and 5`."""
    if len(numbers) == 1:
        return f"report {numbers[0]}"
    listed = ", ".join(str(n) for n in numbers[:-1])
    return f"reports {listed} and {numbers[-1]}"


def tell_reporter(scope: Scope, reporter: Member, about: str, outcome: str = "") -> None:
    """Tell `reporter` their report about `about` was handled (never the moderator's note)."""
    scope.dm(
        reporter,
        f"A moderator looked into your report about {about} and closed it{outcome}. Thank you "
        "for helping keep this community kind and safe.",
        title="Your report was handled",
    )


async def describe_post(scope: Scope, post: Post) -> str:
    """`win in #wins`: what a post is and where it went."""
    what = KIND_NAMES.get(post.kind, "post")
    channel = await scope.channel(post.channel_ref) if post.channel_ref else None
    return f"{what} in {channel.label}" if channel else what


async def withdrawal(scope: Scope, post: Post) -> Message | None:
    """The message that makes adapters delete a delivered post from its channel."""
    if not post.platform_ref or not post.channel_ref:
        return None
    return Message(
        kind=Kind.POST,
        text=REMOVED,
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
    for row in rows:
        row.message = {**row.message, "text": REMOVED, "title": None, "fields": []}


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
    wanted = None
    if opts.action is not None:
        wanted = _wanted_actions(opts.action, await audit_actions(ctx))
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
    what = _audit_filter_text(wanted[0] if wanted else None, opts.member)
    if not total:
        ctx.reply(
            f"No {what} yet."
            if what
            else "No moderator actions yet. Mutes, removals, setup changes, exports and "
            "template edits will appear here.",
            title="Audit log",
        )
        return
    pages = -(-total // AUDIT_SHOWN)
    page = opts.page or 1
    if page > pages:
        has = f"the {what} fill" if what else "the audit log has"
        raise UserError(
            f"There is no page {page}: {has} {pages} page{'s' if pages != 1 else ''} "
            f"({total} action{'s' if total != 1 else ''}).",
            hint=f"`{_audit_usage(pages, opts.member, wanted[0] if wanted else None)}` "
            + ("shows the oldest." if pages > 1 else "shows them all."),
        )
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
    lines = [f"{community_when(ctx, e.created_at)} · {audit_line(e, names)}" for e in rows]
    fields = [Field("Times", f"community time ({ctx.zone(None).key}); newest first")]
    if page < pages:
        more = _audit_usage(page + 1, opts.member, wanted[0] if wanted else None)
        fields.append(Field("Older", f"`{more}` shows the next page."))
    title = "Audit log" + (f": {what}" if what else "") + f" — page {page} of {pages}"
    ctx.reply("\n".join(lines), title=title, fields=fields)


def when(ctx: Ctx, at: datetime) -> str:
    """`Mon 2 Nov 09:00` in the moderator's own zone."""
    return dates.short_when(ctx.local(at, ctx.member))


def community_when(scope: Scope, at: datetime) -> str:
    """`Mon 2 Nov 09:00` in the community's zone."""
    return dates.short_when(scope.local(at, None))


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
        f"`{given}` is not an audit action." + (f" Did you mean `{guess}`?" if guess else ""),
        hint="Actions: " + ", ".join(actions) + ".",
    )


# How `/mod audit action:` names what it found: "No mutes yet.", "Audit log: setup changes".
ACTION_NOUNS = {
    "mute": "mutes",
    "unmute": "unmutes",
    "mute expired": "expired mutes",
    "remove post": "removed posts",
    "moderators": "changes to the moderators",
    "resolve report": "resolved reports",
    "setup": "setup changes",
    "export": "exports",
    "checkin-schedule": "check-in schedules",
    "checkin-cancel": "cancelled check-ins",
    "checkin-now": "check-ins opened by hand",
    "template-add": "templates added",
    "template-replace": "templates replaced",
    "template-remove": "templates removed",
    "pair": "pairing runs",
    "pair-schedule": "pairing schedule changes",
}


def _audit_filter_text(action: str | None, member: MemberRef | None) -> str:
    """`mutes by or about @sam`, or empty without filters."""
    text = ACTION_NOUNS.get(action, f"`{action}` entries") if action else ""
    if member is not None:
        text = f"{text or 'actions'} by or about {member.label}"
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


def audit_line(entry: AuditEntry, names: dict[int, str]) -> str:
    """`@mo · mute · @ana — for 2 days`: members by their current names, by id."""
    if entry.actor_id is not None:
        actor = name_of(entry.actor_id, names)
    else:
        actor = entry.actor_name if entry.actor_name == mutes.SYSTEM_ACTOR else FORMER_MEMBER
    line = f"{actor} · {entry.action}"
    target = entry.target
    if target is None and entry.target_id is not None:
        target = MEMBER
    if target:
        # `{member}` is replaced as a fixed token: no format string ever sees stored text.
        line += " · " + target.replace(MEMBER, name_of(entry.target_id, names))
    if entry.detail:
        line += f" — {entry.detail}"
    return line


def name_of(member_id: int | None, names: dict[int, str]) -> str:
    """`@ana` by id from `member_names`, or "a former member"."""
    return f"@{names[member_id]}" if member_id in names else FORMER_MEMBER


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
    by_kind = "\n".join(f"{k}: {month[k]}" for k in kind_order(month)) or "nothing logged yet"
    fields = [
        Field("Members", str(members_total), True),
        Field("Active, last 7 days", str(active7), True),
        Field("Active, last 30 days", str(active30), True),
        Field("Check-ins, last 30 days", await _checkin_rate(ctx, month_start, active30)),
        Field("Activity by kind, last 30 days", by_kind),
        Field("Current streaks", await _streak_distribution(ctx)),
    ]
    if ctx.community.weekly_goal:
        this_week = sum(
            e.count for e in found if e.kind == "applied" and week_of(e.day) == week_of(today)
        )
        fields.append(
            Field(
                "Collective goal this week",
                f"{this_week} of {ctx.community.weekly_goal} applications",
            )
        )
    weeks = [chart_start + timedelta(weeks=i) for i in range(CHART_WEEKS)]
    weekly: Counter[tuple[date, str]] = Counter()
    for e in found:
        weekly[week_of(e.day), e.kind] += e.count
    msg = ctx.reply(
        f"As of {dates.long_day_year(today)}. Counts only — no names or notes. The chart "
        f"shows the last {CHART_WEEKS} weeks by kind; `/mod export` gives every week as a CSV.",
        title=f"Community dashboard · {ctx.community.name}",
        fields=fields,
    )
    msg.attachments.append(pictures.activity_chart(ctx.community.name, weeks, weekly))


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
        return "no check-ins ran (`/mod checkin-schedule` sets one up)"
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
    ran = f"{runs} check-in{'s' if runs != 1 else ''}"
    if not answers:
        return f"{ran}, no answers so far"
    per_run = answers / runs
    said = f"{answers} answer{'s' if answers != 1 else ''}"
    average = f", {per_run:.1f} per check-in" if runs > 1 else ""
    share = min(100, round(100 * per_run / active)) if active else None
    rate = f" — on average {share}% of active members answered" if share is not None else ""
    return f"{ran}, {said}{average}{rate}"


async def _streak_distribution(ctx: Ctx) -> str:
    cid = ctx.community.id
    rows = (
        await ctx.session.execute(
            select(Streak, Member)
            .join(Member, Member.id == Streak.member_id)
            .where(Streak.community_id == cid)
        )
    ).all()
    if not rows:
        return "nobody has logged anything yet"
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
    buckets: Counter[str] = Counter()
    for st, member in rows:
        rules = streaks.Rules(
            weekdays_only=member.streak_days == "weekdays", pauses=tuple(pauses[member.id])
        )
        current = streaks.view(st, ctx.today(member), rules).current
        label = next((lbl for lo, hi, lbl in STREAK_BUCKETS if lo <= current <= hi), "30+")
        buckets[label] += 1
    labels = [lbl for _, _, lbl in STREAK_BUCKETS] + ["30+"]
    return " · ".join(f"{lbl}: {buckets[lbl]}" for lbl in labels) + (
        f" (of {len(rows)} member{'s' if len(rows) != 1 else ''} who logged anything)"
    )


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
    await ctx.audit("export", detail=f"aggregate CSV, {len(keys)} rows")
    span = ""
    if keys:
        first, last = (dates.long_day_year(w) for w in (keys[0][0], keys[-1][0]))
        span = f", weeks from {first} to {last}" if first != last else f", the week of {first}"
    msg = ctx.reply(
        f"{len(keys)} row{'s' if len(keys) != 1 else ''}{span}: for each week (starting Monday) "
        "and kind, how many entries and how many members. No names, notes or other personal "
        "text are included.",
        title="Community export",
    )
    msg.attachments.append(
        Attachment(
            filename=f"rebound-activity-{today.isoformat()}.csv",
            data=buf.getvalue().encode("utf-8"),
            mime="text/csv",
            alt="Aggregate activity counts per week and kind",
        )
    )
