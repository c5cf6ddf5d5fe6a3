"""`/log`: recording job-search activity, which feeds streaks, goals and the funnel.

An `applied` entry with a company opens an application (`bot.features.applications`);
the kinds themselves are the shared vocabulary in `bot.core.kinds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.kinds import KINDS, kind_amount
from bot.features import applications, goals, streaks
from bot.store.models import Activity, Application

__all__ = ["LogOptions", "complete_kinds", "feature", "log_cmd"]

feature = Feature("activity")


@dataclass(frozen=True)
class LogOptions:
    activity: str = option(
        OptType.CHOICE, "what you did", required=True, choices=KINDS, autocomplete="kinds"
    )
    note: str | None = option(OptType.STRING, "a few words about it", max_length=NOTE_LIMIT)
    count: int | None = option(OptType.INTEGER, "how many (default 1)", min=1, max=50)
    company: str | None = option(
        OptType.STRING, "the company, to track the application", max_length=200
    )
    role: str | None = option(OptType.STRING, "the role", max_length=200)


@feature.command(
    "log",
    "Record job-search activity; it counts for your streak and weekly goals.",
    LogOptions,
    positional=("activity",),
    rest="note",
    examples=(
        '/log activity:applied company:Acme role:"Backend Engineer"',
        "/log applied Backend role at Acme",
        "/log activity:networked count:3",
    ),
)
async def log_cmd(ctx: Ctx, opts: LogOptions) -> None:
    kind: str = opts.activity
    count: int = opts.count or 1
    company: str | None = opts.company
    role: str | None = opts.role
    app = None
    if company and kind == "applied":
        app = await applications.open_application(ctx, ctx.member, company, role)
    elif company and kind == "interviewed":
        app = await applications.move(ctx, ctx.member, company, "interview", role)
    elif company:
        app = await applications.find(ctx, ctx.member, company)
    ctx.session.add(
        Activity(
            community_id=ctx.community.id,
            member_id=ctx.member.id,
            kind=kind,
            count=count,
            note=opts.note,
            company=company,
            role=role,
            application_id=app.id if app else None,
            day=ctx.today(ctx.member),
            created_at=ctx.now,
        )
    )
    await ctx.session.flush()
    await streaks.mark_active(ctx, ctx.member, count)
    v = await streaks.current_view(ctx, ctx.member)
    tr = ctx.tr
    lines = [
        _logged(ctx, kind, count, company, role),
        tr("log-cheer", kind=kind),
        streaks.streak_line(v, tr),
    ]
    if app is not None:
        lines += _tracked(ctx, kind, app)
    progress = await goals.week_progress_line(ctx, ctx.member, tr)
    if progress:
        lines.append(progress)
    ctx.reply("\n".join(lines), title=tr("log-title", kind=kind))


def _logged(ctx: Ctx, kind: str, count: int, company: str | None, role: str | None) -> str:
    """`Logged: networked ×3 — Acme, Engineer.`"""
    what = kind_amount(kind, count, ctx.tr)
    if company and role:
        return ctx.tr("log-logged-company-role", what=what, company=company, role=role)
    if company:
        return ctx.tr("log-logged-company", what=what, company=company)
    return ctx.tr("log-logged", what=what)


def _tracked(ctx: Ctx, kind: str, app: Application) -> list[str]:
    """What the entry did to the application it named."""
    stage = applications.stage_label(app.stage, ctx.tr)
    if kind == "applied" and app.stage != "applied":
        return [ctx.tr("log-app-already-tracked", company=app.company, stage=stage)]
    if kind == "applied":
        return [ctx.tr("log-app-tracked", company=app.company, stage=stage)]
    if kind == "interviewed":
        return [ctx.tr("log-app-moved", company=app.company, stage=stage)]
    return []


@feature.completer("kinds")
async def complete_kinds(_session: Any, _community: Any, prefix: str) -> list[str]:
    return [k for k in KINDS if k.startswith(prefix.lower())]
