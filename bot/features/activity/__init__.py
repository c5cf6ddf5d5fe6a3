"""`/log`: recording job-search activity, which feeds streaks, goals and the funnel.

An `applied` entry with a company opens an application (`bot.features.applications`);
the kinds themselves are the shared vocabulary in `bot.core.kinds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.kinds import KIND_LABELS, KINDS
from bot.features import applications, goals, streaks
from bot.store.models import Activity

__all__ = ["LogOptions", "complete_kinds", "feature", "log_cmd"]

feature = Feature("activity")

_CHEERS = {
    "applied": "Another application out there — that takes courage.",
    "networked": "Connections open doors. Nice work reaching out.",
    "learned": "Every skill you add compounds.",
    "practiced": "Practice turns nerves into confidence.",
    "interviewed": "You made it to an interview — that already says a lot about you.",
    "followed_up": "Following up is how good candidates stay top of mind.",
    "researched": "Research shows in interviews. Well done.",
    "resume": "A sharper CV works for you while you rest.",
    "selfcare": "Looking after yourself is part of the search, not a break from it.",
    "volunteered": "Giving time to others builds skills and perspective.",
}

_TITLES = {
    "applied": "Application logged ✓",
    "networked": "Networking logged ✓",
    "learned": "Learning logged ✓",
    "practiced": "Practice logged ✓",
    "interviewed": "Interview logged ✓",
    "followed_up": "Follow-up logged ✓",
    "researched": "Research logged ✓",
    "resume": "CV work logged ✓",
    "selfcare": "Self-care logged 💚",
    "volunteered": "Volunteering logged ✓",
}


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
    what = KIND_LABELS[kind] + (f" ×{count}" if count > 1 else "")
    where = ""
    if company:
        where = f" — {company}" + (f", {role}" if role else "")
    lines = [f"Logged: {what}{where}.", _CHEERS[kind], streaks.streak_line(v)]
    if app is not None and kind == "applied" and app.stage != "applied":
        lines.append(
            f"Your application to {app.company} is already tracked at the {app.stage} stage."
        )
    elif app is not None and kind == "applied":
        lines.append(f"Application to {app.company} is tracked (stage: {app.stage}).")
    elif app is not None and kind == "interviewed":
        lines.append(f"Application to {app.company} moved to the {app.stage} stage.")
    progress = await goals.week_progress_line(ctx, ctx.member)
    if progress:
        lines.append(progress)
    ctx.reply("\n".join(lines), title=_TITLES[kind])


@feature.completer("kinds")
async def complete_kinds(_session: Any, _community: Any, prefix: str) -> list[str]:
    return [k for k in KINDS if k.startswith(prefix.lower())]
