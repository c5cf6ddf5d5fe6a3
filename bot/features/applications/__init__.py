"""Job applications and their funnel: applied → interview → rejected or offer.

The rows live here; the stage rules and company matching are pure, in `funnel.py`.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.core.context import Scope
from bot.features.applications.funnel import (
    STAGES,
    Funnel,
    FunnelCounts,
    advances,
    company_key,
    funnel_steps,
    reopens,
)
from bot.store.models import Application, Member

__all__ = [
    "STAGES",
    "Funnel",
    "FunnelCounts",
    "advances",
    "company_key",
    "find",
    "funnel_steps",
    "move",
    "reopens",
]

__all__ = ["STAGES", "company_key", "find", "move", "open_application"]


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
    """Record that the member applied to `company` (a new application each time they apply)."""
    existing = await find(scope, member, company)
    if existing is not None and existing.stage == "applied" and (not role or existing.role == role):
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
