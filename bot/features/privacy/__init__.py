"""`/privacy export` and `/privacy delete`: everything Rebound stores about a member.

The export walks every table of `Base.metadata` that has a foreign key to `members`,
so tables added later are covered without touching this module. Other members' ids in
those rows are left out: the export is about you, never about who cheered you. Delete
erases the member row in the command's one transaction; the database cascades to every
linked row, and cheers the member gave stay with the giver set to NULL. Jobs that
concern one member use `member_job_key`, so deletion can remove them too. Both commands
count records by one rule (`record_counts`): delete reports how many of the records the
export lists it erased, and names the ones that stay without the member's name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, delete, func, or_, select, update

from bot.core.context import Ctx
from bot.core.declarations import Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.messages import Attachment, Field
from bot.features import moderation
from bot.store.models import AuditEntry, Base, Job, Member, Outbox, Post

feature = Feature(
    "privacy", group_help={"privacy": "Export everything Rebound stores about you, or erase it"}
)

CONFIRM_WORD = "DELETE"
FORMER_MEMBER = "a former member"

# Rows that outlive a deleted member, without their name: (one, several) by table.
_KEPT = {
    "cheers": (
        "the cheer you gave, with the person you cheered",
        "the {n} cheers you gave, with the people you cheered",
    ),
    "strengths": (
        "the strength you noticed in someone, on their list",
        "the {n} strengths you noticed in others, on their lists",
    ),
    "audit_log": (
        "your moderator action in the audit log",
        "your {n} moderator actions in the audit log",
    ),
    "mutes": ("the mute you gave as a moderator", "the {n} mutes you gave as a moderator"),
    "templates": ("the template you added", "the {n} templates you added"),
    "checkin_schedules": (
        "the check-in schedule you set up",
        "the {n} check-in schedules you set up",
    ),
}


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


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
    jobs = await _pending_jobs(ctx, member)
    await ctx.session.execute(delete(Job).where(Job.key.startswith(job_prefix(member.id) + ":")))
    await _delete_outbox(ctx, member)
    await ctx.session.execute(
        update(AuditEntry).where(AuditEntry.actor_id == member.id).values(actor_name=FORMER_MEMBER)
    )
    # Moderators' entries about the member (mutes, removals) keep what happened, not who.
    await ctx.session.execute(
        update(AuditEntry)
        .where(
            AuditEntry.community_id == ctx.community.id,
            AuditEntry.target == f"@{member.display_name}",
        )
        .values(target=FORMER_MEMBER, detail=None)
    )
    # What the member shared leaves the channels too.
    shared = await ctx.session.scalars(
        select(Post).where(
            Post.community_id == ctx.community.id,
            Post.author_id == member.id,
            Post.removed_at.is_(None),
        )
    )
    withdrawals = [w for post in shared if (w := await moderation.withdrawal(ctx, post))]
    await ctx.session.delete(member)
    await ctx.session.flush()
    erased = sum(e for e, _ in counts.values())
    kept = sum(k for _, k in counts.values())
    what = ["your settings", plural(erased, "record")]
    if jobs:
        what.append(plural(jobs, "scheduled message"))
    lines = [f"Done. Everything about you in this community is erased: {_and(what)}."]
    if kept:
        stays = []
        for name, (_, k) in sorted(counts.items()):
            if k:
                one, several = _KEPT.get(name, (f"1 {name} record", f"{{n}} {name} records"))
                stays.append(one if k == 1 else several.format(n=k))
        lines.append(
            f"{plural(kept, 'other record')} from `/privacy export` "
            f"{'stays' if kept == 1 else 'stay'} without your name: {'; '.join(stays)}."
        )
    lines.append("If you use Rebound here again, you start fresh. Take care of yourself.")
    ctx.reply(" ".join(lines), title="Your data is erased")
    ctx.messages.extend(withdrawals)


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
