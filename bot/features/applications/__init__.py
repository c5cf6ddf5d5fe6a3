"""Job applications and their funnel: applied → interview → rejected or offer.

The rows live here, and `funnel` counts them for `/stats`; the stage rules, company
matching and the funnel's arithmetic are pure, in `funnel.py`. A stage is stored as its
code (`interview`); `stage_label` names it in the reader's language.
"""

from __future__ import annotations

from sqlalchemy import case, func, select

from bot.core.context import Scope
from bot.core.i18n import Msg, Tr
from bot.features.applications.funnel import (
    STAGES,
    Funnel,
    FunnelCounts,
    Tracked,
    advances,
    applying_again_keeps,
    company_key,
    funnel_steps,
    owner_of,
    reopens,
)
from bot.store.models import Activity, Application, Member, Rejection

__all__ = [
    "STAGES",
    "Funnel",
    "FunnelCounts",
    "advances",
    "applying_again_keeps",
    "company_key",
    "find",
    "funnel",
    "funnel_steps",
    "move",
    "open_application",
    "reopens",
    "stage_label",
    "stage_msg",
]

AFTER_INTERVIEW = ("interview", "final")  # rejection stages that imply an interview


def stage_msg(stage: str) -> Msg:
    """An application's stage as words, translated later (`interview`)."""
    return Msg("app-stage", stage=stage)


def stage_label(stage: str, tr: Tr) -> str:
    """An application's stage in the reader's language (`interview`)."""
    return tr.text(stage_msg(stage))


async def find(scope: Scope, member: Member, company: str) -> Application | None:
    """The member's most recent application to `company` (case- and space-insensitive)."""
    return await scope.session.scalar(
        select(Application)
        .where(Application.member_id == member.id, Application.company_key == company_key(company))
        .order_by(Application.id.desc())
        .limit(1)
    )


async def open_application(
    scope: Scope, member: Member, company: str, role: str | None
) -> Application:
    """Record that the member applied to `company`: their open application there (at its
    stage: an interview stays an interview) unless it is for another role, else a new one."""
    existing = await find(scope, member, company)
    if (
        existing is not None
        and applying_again_keeps(existing.stage)
        and (not role or existing.role == role)
    ):
        existing.updated_at = scope.now
        return existing
    return await _new(scope, member, company, role, "applied")


async def _new(
    scope: Scope, member: Member, company: str, role: str | None, stage: str
) -> Application:
    app = Application(
        community_id=member.community_id,
        member_id=member.id,
        company=company,
        company_key=company_key(company),
        role=role,
        stage=stage,
        created_at=scope.now,
        updated_at=scope.now,
    )
    scope.session.add(app)
    await scope.session.flush()
    return app


async def move(
    scope: Scope, member: Member, company: str, stage: str, role: str | None = None
) -> Application:
    """Move the member's application for `company` to `stage`, opening one if needed.

    Stages only move forward, except that a closed application (rejected or offer) for
    the same company is left alone and a new one is opened for a new interview.
    """
    app = await find(scope, member, company)
    if app is None or reopens(app.stage, stage):
        return await _new(scope, member, company, role, stage)
    if advances(app.stage, stage):
        app.stage = stage
        app.updated_at = scope.now
    if role and not app.role:
        app.role = role
    return app


async def funnel(scope: Scope, member: Member) -> Funnel:
    """The member's applications → interviews → offers, each application counted once."""
    return funnel_steps(await _funnel_counts(scope, member))


async def _funnel_counts(scope: Scope, member: Member) -> FunnelCounts:
    """What the store holds for the funnel: the tracked applications (with whether each
    had an interview) and the entries that named no company."""
    apps = (
        await scope.session.execute(
            select(
                Application.id, Application.company_key, Application.created_at, Application.stage
            )
            .where(Application.member_id == member.id)
            .order_by(Application.id)
        )
    ).all()
    interviewed = set(
        await scope.session.scalars(
            select(Activity.application_id).where(
                Activity.member_id == member.id,
                Activity.kind == "interviewed",
                Activity.application_id.is_not(None),
            )
        )
    )
    opened = [(a.id, a.company_key, a.created_at) for a in apps]
    for company, at in await scope.session.execute(
        select(Rejection.company, Rejection.created_at).where(
            Rejection.member_id == member.id,
            Rejection.company.is_not(None),
            Rejection.stage.in_(AFTER_INTERVIEW),
        )
    ):
        interviewed.add(owner_of(opened, company_key(company or ""), at))
    untracked = await _untracked(scope, member)
    return FunnelCounts(
        tracked=tuple(Tracked(a.stage, a.id in interviewed) for a in apps), **untracked
    )


async def _untracked(scope: Scope, member: Member) -> dict[str, int]:
    """Applications, interviews and rejections logged without a company."""
    rows = await scope.session.execute(
        select(Activity.kind, func.sum(Activity.count))
        .where(
            Activity.member_id == member.id,
            Activity.kind.in_(("applied", "interviewed")),
            Activity.application_id.is_(None),
        )
        .group_by(Activity.kind)
    )
    logged = {kind: int(total or 0) for kind, total in rows}
    rejections, after_interview = (
        await scope.session.execute(
            select(
                func.count(),
                func.sum(case((Rejection.stage.in_(AFTER_INTERVIEW), 1), else_=0)),
            ).where(Rejection.member_id == member.id, Rejection.company.is_(None))
        )
    ).one()
    return {
        "applied": logged.get("applied", 0),
        "interviewed": logged.get("interviewed", 0),
        "rejections": int(rejections or 0),
        "rejections_after_interview": int(after_interview or 0),
    }
