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
from bot.core.messages import Attachment, Field, Message, plural
from bot.features import moderation, mutes
from bot.store.models import AuditEntry, Base, Job, Member, Outbox, Post

feature = Feature(
    "privacy", group_help={"privacy": "Export everything Rebound stores about you, or erase it"}
)

CONFIRM_WORD = "DELETE"
AUTHOR_REMOVED = "(removed by its author)"
FORMER_MEMBER = "a former member"

# Rows that outlive a deleted member, without their name: (one, several) by the
# `table.column` that named them.
_KEPT = {
    "cheers.giver_id": (
        "the cheer you gave, with the person you cheered",
        "the {n} cheers you gave, with the people you cheered",
    ),
    "strengths.noticed_by_id": (
        "the strength you noticed in someone, on their list",
        "the {n} strengths you noticed in others, on their lists",
    ),
    "audit_log.actor_id": (
        "your moderator action in the audit log",
        "your {n} moderator actions in the audit log",
    ),
    "audit_log.target_id": (
        "the moderation record about you in the audit log",
        "the {n} moderation records about you in the audit log",
    ),
    "mutes.member_id": ("the mute a moderator gave you", "the {n} mutes moderators gave you"),
    "mutes.by_id": ("the mute you gave as a moderator", "the {n} mutes you gave as a moderator"),
    "templates.created_by_id": ("the template you added", "the {n} templates you added"),
    "checkin_schedules.created_by_id": (
        "the check-in schedule you set up",
        "the {n} check-in schedules you set up",
    ),
    "reports.reporter_id": (
        "the report you made to the moderators",
        "the {n} reports you made to the moderators",
    ),
    "reports.target_id": (
        "the report about you, a moderation record",
        "the {n} reports about you, moderation records",
    ),
    "reports.resolved_by_id": (
        "the report you resolved as a moderator",
        "the {n} reports you resolved as a moderator",
    ),
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
        "about": (
            "Everything Rebound stores about you in this community. Ids of other members "
            "are left out (null)."
        ),
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
    payload = await export_data(ctx, ctx.member)
    blob = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True).encode()
    counts = [f"{name}: {len(rows)}" for name, rows in sorted(payload["tables"].items())]
    total = sum(len(rows) for rows in payload["tables"].values())
    fields = [
        Field("Records", f"{total} — " + ", ".join(counts) if counts else "only your settings")
    ]
    if payload["scheduled_messages"]:
        fields.append(Field("Scheduled messages", str(len(payload["scheduled_messages"]))))
    ctx.reply(
        "Here is everything Rebound stores about you in this community. "
        "`/privacy delete confirm:DELETE` erases it.",
        title="Your data",
        fields=fields,
        attachments=[
            Attachment(
                f"rebound-export-{ctx.member.platform_id}.json",
                blob,
                "application/json",
                alt="Your Rebound data as JSON",
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
            f"Nothing was deleted: the confirmation must be {CONFIRM_WORD}, in capitals.",
            hint="`/privacy delete confirm:DELETE` erases everything about you here. "
            "`/privacy export` gives you a copy first.",
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
    erased = sum(e for e, _ in counts.values())
    what = ["your settings", plural(erased, "record")]
    if jobs:
        what.append(plural(jobs, "scheduled message"))
    lines = [f"Done. Everything about you in this community is erased: {_and(what)}."]
    if kept:
        lines.append(_kept_line(kept))
    if mute is not None:
        lines.append(
            f"A moderator's mute on you stays in force {mutes.until_text(ctx, mute.until, None)}: "
            "a mute and the moderation record about it are the community's, kept under its "
            "legitimate interest (GDPR Art. 17(3)), so erasing your data does not lift it."
        )
    lines.append("If you use Rebound here again, you start fresh. Take care of yourself.")
    ctx.reply(" ".join(lines), title="Your data is erased")
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
        withdrawn.text = AUTHOR_REMOVED
    return withdrawn


def _kept_line(kept: dict[str, int]) -> str:
    total = sum(kept.values())
    stays = []
    for key, k in sorted(kept.items()):
        one, several = _KEPT.get(key, (f"1 {key} record", f"{{n}} {key} records"))
        stays.append(one if k == 1 else several.format(n=k))
    return (
        f"{plural(total, 'other record')} from `/privacy export` "
        f"{'stays' if total == 1 else 'stay'} without your name: {'; '.join(stays)}."
    )


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


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


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
