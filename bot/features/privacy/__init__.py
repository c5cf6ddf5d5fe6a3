"""`/privacy export` and `/privacy delete`: everything Rebound stores about a member.

The export walks every table of `Base.metadata` that has a foreign key to `members`,
so tables added later are covered without touching this module. Other members' ids in
those rows are left out: the export is about you, never about who cheered you. Delete
erases the member row in the command's one transaction; the database cascades to every
linked row, and cheers the member gave stay with the giver set to NULL. Jobs that
concern one member use `member_job_key`, so deletion can remove them too. Both commands
count records by one rule (`record_counts`): delete reports how many of the records the
export lists it erased, and names the ones that stay without the member's name.

What the member shared leaves its channel (`withdraw_own_post`, which `/undo` uses too):
the withdrawal says the post was removed by its author, never by a moderator, and a post
still waiting in the outbox is dropped there, so it never goes out.

Delete goes by member id, never by display name (anyone can take a name). Moderation
records are the community's, kept under legitimate interest (GDPR Art. 17(3)): a mute
stays in force (it is keyed by the platform account, see `bot.features.mutes`) and the
reply says so; audit entries about the member stay, reading "a former member".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, delete, func, or_, select, update

from bot.core.context import Ctx, Scope
from bot.core.declarations import Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Attachment, Field, Message
from bot.features import moderation, mutes
from bot.store.models import AuditEntry, Base, Job, Member, Outbox, Post

feature = Feature(
    "privacy", group_help={"privacy": "Export everything Rebound stores about you, or erase it"}
)

CONFIRM_WORD = "DELETE"
# What a withdrawn post reads in its channel, in the community's language.
AUTHOR_REMOVED = "privacy-removed-by-author"
# The actor name the audit log keeps for a deleted member's own actions (stored data).
FORMER_MEMBER = "a former member"

# Rows that outlive a deleted member, without their name: the message that counts them,
# by the `table.column` that named them.
_KEPT = {
    "cheers.giver_id": "privacy-kept-cheers-giver",
    "strengths.noticed_by_id": "privacy-kept-strengths-noticer",
    "audit_log.actor_id": "privacy-kept-audit-actor",
    "audit_log.target_id": "privacy-kept-audit-target",
    "mutes.member_id": "privacy-kept-mutes-member",
    "mutes.by_id": "privacy-kept-mutes-by",
    "templates.created_by_id": "privacy-kept-templates",
    "checkin_schedules.created_by_id": "privacy-kept-checkin-schedules",
    "reports.reporter_id": "privacy-kept-reporter",
    "reports.target_id": "privacy-kept-reported",
    "reports.resolved_by_id": "privacy-kept-resolver",
}


# Columns holding the name (or the words) of the member another column names, by
# `table.column`: left out with that member's id. A reported member never learns who
# reported them, nor what the reporter or the resolving moderator wrote.
_NAMES_OF = {
    "audit_log.actor_id": "actor_name",
    "reports.reporter_id": "reason",
    "reports.resolved_by_id": "resolution",
}


def member_job_key(member: Member, *parts: str) -> str:
    """A job key that names its member, so `/privacy delete` can remove the job."""
    return ":".join([job_prefix(member.id), *parts])


def job_prefix(member_id: int) -> str:
    return f"member:{member_id}"


def member_columns(table: Table) -> list[Column[Any]]:
    """The columns of `table` that point at `members.id`."""
    return [
        col
        for col in table.columns
        if any(
            fk.column.table.name == "members" and fk.column.name == "id" for fk in col.foreign_keys
        )
    ]


def linked_tables() -> list[tuple[Table, list[Column[Any]]]]:
    """Every table with a member-id foreign key, with those columns."""
    found = []
    for table in Base.metadata.sorted_tables:
        cols = member_columns(table)
        if cols and table.name != "members":
            found.append((table, cols))
    return found


def _where(table: Table, cols: list[Column[Any]], member: Member) -> Any:
    cond = or_(*(c == member.id for c in cols))
    if "community_id" in table.columns:
        cond = cond & (table.columns["community_id"] == member.community_id)
    return cond


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


async def export_data(ctx: Ctx, member: Member) -> dict[str, Any]:
    """Everything stored about `member` in this community, as plain JSON-ready data."""
    me = {c.name: _plain(getattr(member, c.key)) for c in Member.__table__.columns}
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, cols in linked_tables():
        rows = await ctx.session.execute(select(table).where(_where(table, cols, member)))
        records = []
        for row in rows.mappings():
            record = {k: _plain(v) for k, v in row.items()}
            for col in cols:
                if record.get(col.name) not in (None, member.id):
                    record[col.name] = None  # another member: not yours to export
                    if named := _NAMES_OF.get(f"{table.name}.{col.name}"):
                        record[named] = None  # nor their name
            records.append(record)
        if records:
            tables[table.name] = records
    jobs = await ctx.session.scalars(
        select(Job).where(Job.key.startswith(job_prefix(member.id) + ":"), Job.status == "pending")
    )
    return {
        "community": ctx.community.name,
        "exported_at": ctx.now.isoformat(),
        "about": ctx.tr("privacy-export-about"),
        "member": me,
        "tables": tables,
        "scheduled_messages": [{"kind": j.kind, "due_at": _plain(j.due_at)} for j in jobs],
    }


async def record_counts(ctx: Ctx, member: Member) -> dict[str, tuple[int, int]]:
    """Per table, the rows about `member` that delete erases and that stay without them.

    Together they are exactly the rows `/privacy export` lists: the same `_where`.
    """
    counts: dict[str, tuple[int, int]] = {}
    for table, cols in linked_tables():
        owned = [c for c in cols if any(fk.ondelete == "CASCADE" for fk in c.foreign_keys)]
        total = await _count(ctx, table, _where(table, cols, member))
        erased = await _count(ctx, table, _where(table, owned, member)) if owned else 0
        if total:
            counts[table.name] = (erased, total - erased)
    return counts


async def kept_counts(ctx: Ctx, member: Member) -> dict[str, int]:
    """The rows delete keeps, by the `table.column` that names `member` (the first such
    column of a row that names them twice): they add up to `record_counts`' kept rows."""
    kept: dict[str, int] = {}
    for table, cols in linked_tables():
        owned = [c for c in cols if any(fk.ondelete == "CASCADE" for fk in c.foreign_keys)]
        seen = list(owned)
        for col in cols:
            if col in owned:
                continue
            where = _where(table, [col], member)
            if seen:
                where = where & ~or_(*(c == member.id for c in seen))
            if n := await _count(ctx, table, where):
                kept[f"{table.name}.{col.name}"] = n
            seen.append(col)
    return kept


async def _count(ctx: Ctx, table: Table, where: Any) -> int:
    return int(await ctx.session.scalar(select(func.count()).select_from(table).where(where)) or 0)


async def _pending_jobs(ctx: Ctx, member: Member) -> int:
    return int(
        await ctx.session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.key.startswith(job_prefix(member.id) + ":"), Job.status == "pending")
        )
        or 0
    )


@feature.command(
    "privacy export", "Everything stored about you in this community, as a JSON file.", NoOptions
)
async def export_cmd(ctx: Ctx, opts: NoOptions) -> None:
    tr = ctx.tr
    payload = await export_data(ctx, ctx.member)
    blob = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True).encode()
    counts = [
        tr("privacy-records-table", table=name, count=len(rows))
        for name, rows in sorted(payload["tables"].items())
    ]
    total = sum(len(rows) for rows in payload["tables"].values())
    records = (
        tr("privacy-records", total=total, tables=", ".join(counts))
        if counts
        else tr("privacy-records-none")
    )
    fields = [Field(tr("privacy-field-records"), records)]
    if payload["scheduled_messages"]:
        fields.append(Field(tr("privacy-field-scheduled"), str(len(payload["scheduled_messages"]))))
    ctx.reply(
        tr("privacy-export"),
        title=tr("privacy-export-title"),
        fields=fields,
        attachments=[
            Attachment(
                f"rebound-export-{ctx.member.platform_id}.json",
                blob,
                "application/json",
                alt=tr("privacy-export-alt"),
            )
        ],
    )


@dataclass(frozen=True)
class PrivacyDeleteOptions:
    confirm: str = option(OptType.STRING, "type DELETE to confirm", required=True, max_length=20)


@feature.command(
    "privacy delete",
    "Erase everything about you in this community; cheers you gave stay, without your name.",
    PrivacyDeleteOptions,
    positional=("confirm",),
    examples=("/privacy delete confirm:DELETE",),
)
async def delete_cmd(ctx: Ctx, opts: PrivacyDeleteOptions) -> None:
    if opts.confirm != CONFIRM_WORD:
        raise UserError(
            Msg("privacy-delete-unconfirmed", word=CONFIRM_WORD),
            hint=Msg("privacy-delete-unconfirmed-hint"),
        )
    member = ctx.member
    counts = await record_counts(ctx, member)
    kept = await kept_counts(ctx, member)
    jobs = await _pending_jobs(ctx, member)
    mute = await mutes.active_mute(ctx, member)
    await ctx.session.execute(delete(Job).where(Job.key.startswith(job_prefix(member.id) + ":")))
    await _delete_outbox(ctx, member)
    await _forget_in_audit_log(ctx, member)
    # What the member shared leaves the channels too.
    shared = await ctx.session.scalars(
        select(Post).where(
            Post.community_id == ctx.community.id,
            Post.author_id == member.id,
            Post.removed_at.is_(None),
        )
    )
    withdrawals = [w for post in shared if (w := await withdraw_own_post(ctx, post))]
    await ctx.session.delete(member)
    await ctx.session.flush()
    tr = ctx.tr
    erased = sum(e for e, _ in counts.values())
    lines = [
        tr("privacy-deleted-jobs", records=erased, jobs=jobs)
        if jobs
        else tr("privacy-deleted", records=erased)
    ]
    if kept:
        lines.append(_kept_line(kept, tr))
    if mute is not None:
        until = mutes.until_text(ctx, mute.until, None, tr)
        lines.append(tr("privacy-deleted-mute", until=until))
    lines.append(tr("privacy-deleted-end"))
    ctx.reply(" ".join(lines), title=tr("privacy-deleted-title"))
    ctx.messages.extend(withdrawals)


async def withdraw_own_post(scope: Scope, post: Post) -> Message | None:
    """Take a member's own post out of its channel: its text is erased, any copy of it in
    the outbox goes (so a post not delivered yet never is), and the message returned asks
    the adapter to delete it (None when nothing of it reached the platform)."""
    await scope.session.execute(
        delete(Outbox)
        .where(
            Outbox.community_id == scope.community.id,
            Outbox.message["post_id"].as_integer() == post.id,
        )
        .execution_options(synchronize_session=False)
    )
    post.text = None
    post.removed_at = scope.now
    withdrawn = await moderation.withdrawal(scope, post)
    if withdrawn is not None:
        withdrawn.text = scope.community_tr(AUTHOR_REMOVED)
    return withdrawn


def _kept_line(kept: dict[str, int], tr: Tr) -> str:
    stays = [
        tr(_KEPT[key], count=k) if key in _KEPT else tr("privacy-kept-other", record=key, count=k)
        for key, k in sorted(kept.items())
    ]
    return tr("privacy-kept", count=sum(kept.values()), records="; ".join(stays))


async def _forget_in_audit_log(ctx: Ctx, member: Member) -> None:
    """By member id, never by name: the member's own actions lose the name they were
    written with; entries about them keep what happened (their id becomes NULL, so they
    read "a former member") but lose free text, which might describe them."""
    await ctx.session.execute(
        update(AuditEntry).where(AuditEntry.actor_id == member.id).values(actor_name=FORMER_MEMBER)
    )
    await ctx.session.execute(
        update(AuditEntry)
        .where(AuditEntry.community_id == ctx.community.id, AuditEntry.target_id == member.id)
        .values(detail=None)
    )


async def _delete_outbox(ctx: Ctx, member: Member) -> None:
    """Messages addressed to the member, and every copy of what was already delivered
    here (sent messages are history the outbox no longer needs, and may quote the member)."""
    await ctx.session.execute(
        delete(Outbox).where(Outbox.community_id == ctx.community.id, Outbox.sent_at.is_not(None))
    )
    rows = await ctx.session.execute(
        select(Outbox.id, Outbox.message).where(Outbox.community_id == ctx.community.id)
    )
    ids = [
        oid
        for oid, message in rows
        if isinstance(message, dict)
        and isinstance(message.get("to"), dict)
        and message["to"].get("ref") == member.platform_id
    ]
    if ids:
        await ctx.session.execute(delete(Outbox).where(Outbox.id.in_(ids)))
