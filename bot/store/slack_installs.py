"""Slack installations, install states and org workspaces in Rebound's own database.

The Slack adapter's installation and state stores (bolt's interfaces) are thin layers over
these functions. An installation is keyed by its workspace (`T…`), or by its org (`E…`)
when installed org-wide on Enterprise Grid; its bot token and refresh token are sealed
with a `SecretBox` on the way in and opened on the way out, so the database never holds
them in plain text. Saving is one upsert on the key; `reseal_all` seals every stored
token still under an old key again under the current one, and says how many no key
opens (the start-up check). An install `state` is consumed with one conditional delete,
so two callbacks with the same state cannot both succeed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from bot.store.db import Database
from bot.store.identity import insert_for
from bot.store.models.slack import SlackInstallation, SlackOAuthState, SlackOrgWorkspace
from bot.store.secrets import SecretBox, SecretUnreadable

# Expired states removed at a time, when a new one is issued.
PRUNE_BATCH = 100


@dataclass(frozen=True)
class Install:
    """One installation, its tokens open (in memory only)."""

    key: str
    bot_token: str
    enterprise_id: str | None = None
    enterprise_name: str | None = None
    team_id: str | None = None
    team_name: str | None = None
    is_enterprise_install: bool = False
    app_id: str | None = None
    bot_id: str | None = None
    bot_user_id: str | None = None
    bot_scopes: str = ""
    bot_refresh_token: str | None = None
    bot_token_expires_at: datetime | None = None
    installer_user_id: str | None = None
    installed_at: datetime | None = None


@dataclass(frozen=True)
class Resealed:
    """What `reseal_all` found: stored installations, those sealed again, unreadable ones."""

    installations: int
    resealed: int
    unreadable: int


def install_key(
    enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
) -> str | None:
    """The key of an installation: the org's id when installed org-wide, else the workspace's."""
    return enterprise_id if is_enterprise_install else team_id


async def save_install(db: Database, box: SecretBox, install: Install, now: datetime) -> None:
    """Store `install` (replacing the key's previous one), its tokens sealed."""
    values = {
        "enterprise_id": install.enterprise_id,
        "enterprise_name": install.enterprise_name,
        "team_id": install.team_id,
        "team_name": install.team_name,
        "is_enterprise_install": install.is_enterprise_install,
        "app_id": install.app_id,
        "bot_id": install.bot_id,
        "bot_user_id": install.bot_user_id,
        "bot_scopes": install.bot_scopes,
        "bot_token": box.seal(install.bot_token),
        "bot_refresh_token": box.seal(install.bot_refresh_token)
        if install.bot_refresh_token
        else None,
        "bot_token_expires_at": install.bot_token_expires_at,
        "installer_user_id": install.installer_user_id,
        "updated_at": now,
    }
    async with db.sessions() as session, session.begin():
        stmt = insert_for(session, SlackInstallation).values(
            key=install.key, installed_at=install.installed_at or now, **values
        )
        await session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=values))


async def find_install(db: Database, box: SecretBox, key: str) -> Install | None:
    """The installation under `key`, its tokens open; `SecretUnreadable` if no key opens them."""
    async with db.read_sessions() as session, session.begin():
        row = await session.scalar(select(SlackInstallation).where(SlackInstallation.key == key))
    if row is None:
        return None
    return Install(
        key=row.key,
        bot_token=box.open(row.bot_token),
        enterprise_id=row.enterprise_id,
        enterprise_name=row.enterprise_name,
        team_id=row.team_id,
        team_name=row.team_name,
        is_enterprise_install=row.is_enterprise_install,
        app_id=row.app_id,
        bot_id=row.bot_id,
        bot_user_id=row.bot_user_id,
        bot_scopes=row.bot_scopes,
        bot_refresh_token=box.open(row.bot_refresh_token) if row.bot_refresh_token else None,
        bot_token_expires_at=row.bot_token_expires_at,
        installer_user_id=row.installer_user_id,
        installed_at=row.installed_at,
    )


async def delete_install(db: Database, key: str) -> bool:
    """Forget the installation under `key` and its tokens; True if there was one."""
    async with db.sessions() as session, session.begin():
        gone = await session.scalar(
            delete(SlackInstallation)
            .where(SlackInstallation.key == key)
            .returning(SlackInstallation.id)
        )
    return gone is not None


async def reseal_all(db: Database, box: SecretBox) -> Resealed:
    """Seal every stored token still under an old key again under the current key. A row
    is rewritten only if it is unchanged since it was read (a token refreshed meanwhile
    wins). Rows no key opens are counted, not changed."""
    async with db.read_sessions() as session, session.begin():
        rows = (
            await session.execute(
                select(
                    SlackInstallation.id,
                    SlackInstallation.bot_token,
                    SlackInstallation.bot_refresh_token,
                )
            )
        ).all()
    resealed = unreadable = 0
    for row_id, token, refresh in rows:
        sealed = [s for s in (token, refresh) if s]
        try:
            if all(box.is_current(s) for s in sealed):
                continue
            new_token = box.reseal(token)
            new_refresh = box.reseal(refresh) if refresh else None
        except SecretUnreadable:
            unreadable += 1
            continue
        async with db.sessions() as session, session.begin():
            await session.execute(
                update(SlackInstallation)
                .where(
                    SlackInstallation.id == row_id,
                    SlackInstallation.bot_token == token,
                )
                .values(bot_token=new_token, bot_refresh_token=new_refresh)
            )
        resealed += 1
    return Resealed(len(rows), resealed, unreadable)


# --- install states -------------------------------------------------------------------


async def issue_state(db: Database, state: str, expires_at: datetime, now: datetime) -> None:
    """Note a new install `state`, good once until `expires_at`; forget a batch of expired ones."""
    async with db.sessions() as session, session.begin():
        session.add(SlackOAuthState(state=state, expires_at=expires_at))
        expired = (
            select(SlackOAuthState.id)
            .where(SlackOAuthState.expires_at <= now)
            .order_by(SlackOAuthState.id)
            .limit(PRUNE_BATCH)
        )
        await session.execute(delete(SlackOAuthState).where(SlackOAuthState.id.in_(expired)))


async def consume_state(db: Database, state: str, now: datetime) -> bool:
    """Use up `state`: True only the first time, and only before it expired."""
    async with db.sessions() as session, session.begin():
        used = await session.scalar(
            delete(SlackOAuthState)
            .where(SlackOAuthState.state == state)
            .returning(SlackOAuthState.expires_at)
        )
    return used is not None and used > now


# --- workspaces of org-wide installations ------------------------------------------------


async def note_org_workspace(db: Database, team_id: str, enterprise_id: str, now: datetime) -> None:
    """Remember that workspace `team_id` is served through org `enterprise_id`'s install."""
    async with db.sessions() as session, session.begin():
        stmt = insert_for(session, SlackOrgWorkspace).values(
            team_id=team_id, enterprise_id=enterprise_id, seen_at=now
        )
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["team_id"], set_={"enterprise_id": enterprise_id}
            )
        )


async def org_workspaces(db: Database, enterprise_id: str) -> list[str]:
    """The workspaces org `enterprise_id`'s org-wide installation has served."""
    async with db.read_sessions() as session, session.begin():
        found = await session.scalars(
            select(SlackOrgWorkspace.team_id)
            .where(SlackOrgWorkspace.enterprise_id == enterprise_id)
            .order_by(SlackOrgWorkspace.team_id)
        )
        return list(found)


async def org_of(db: Database, team_id: str) -> str | None:
    """The org whose org-wide installation serves workspace `team_id`, if any."""
    async with db.read_sessions() as session, session.begin():
        return await session.scalar(
            select(SlackOrgWorkspace.enterprise_id).where(SlackOrgWorkspace.team_id == team_id)
        )
