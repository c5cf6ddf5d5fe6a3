"""A community's lifecycle: installed, uninstalled, erased.

Adapters report what the platform says: the bot left a Discord guild, a Slack workspace
uninstalled the app or revoked its tokens (`uninstall`); the bot joined a guild or a
workspace installed the app (`reinstall`). While a community is uninstalled nothing runs
or is sent for it: the scheduler claims none of its jobs and none of its outbox rows, the
engine answers any command that still arrives with `NOT_INSTALLED` and changes nothing,
and messages waiting in its outbox at the moment of uninstalling are settled unsent.

Its data is kept for `RETENTION` (30 days), so a reinstall within that time finds
everything as it was: streaks, check-ins, settings. Uninstalling schedules one job, due
when the time is up, under a key naming the community and the instant (`erase_key`);
a reinstall cancels it. The job erases the community completely through
`bot.store.communities.erase_community`; `purge` does the same at once (the operator's
`rebound community purge`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import i18n, jobs
from bot.core.clock import Clock
from bot.core.context import Scope
from bot.core.declarations import JobHandler
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.sanitizer import finish
from bot.store.communities import erase_community
from bot.store.db import Database
from bot.store.identity import community_name, get_or_create_community
from bot.store.models import Community, Job, Outbox

log = logging.getLogger(__name__)

RETENTION = timedelta(days=30)
_CHUNK = 500  # community keys per query in `reinstall_present`
ERASE_JOB = "community-erase"
NOT_SENT = "not sent: Rebound was uninstalled from the community"
NOT_INSTALLED = i18n.Msg("system-not-installed", days=RETENTION.days)
# The steps of the first welcome, by catalogue key.
SETUP_STEPS = (
    "system-welcome-step-channels",
    "system-welcome-step-checkin",
    "system-welcome-step-first",
)


def erase_key(community_id: int, since: datetime) -> str:
    """The erase job of one uninstall: a second uninstall event schedules nothing new."""
    return f"{_erase_prefix(community_id)}{since.isoformat()}"


def _erase_prefix(community_id: int) -> str:
    return f"community:{community_id}:erase:"


async def _locked(session: AsyncSession, community_key: str) -> Community | None:
    """The community row, locked until the transaction ends (PostgreSQL; SQLite's write
    transactions are serial anyway): uninstalling, reinstalling and erasing never interleave."""
    return await session.scalar(
        select(Community).where(Community.key == community_key).with_for_update()
    )


async def uninstall(db: Database, clock: Clock, community_key: str) -> None:
    """Mark the community uninstalled now: nothing runs or is sent for it from here on,
    and its data is erased after `RETENTION` unless it is installed again. Uninstalling
    again (Slack sends `app_uninstalled` and `tokens_revoked`) keeps the first instant."""
    async with db.sessions() as session, session.begin():
        community = await _locked(session, community_key)
        if community is None or community.uninstalled_at is not None:
            return
        now = clock.now()
        community.uninstalled_at = now
        await session.execute(
            update(Outbox)
            .where(Outbox.community_id == community.id, Outbox.sent_at.is_(None))
            .values(sent_at=now, last_error=NOT_SENT)
        )
        await jobs.schedule(
            session,
            kind=ERASE_JOB,
            due_at=now + RETENTION,
            key=erase_key(community.id, now),
            payload={},
            community_id=community.id,
            now=now,
        )
    log.info(
        "community %s uninstalled; its data is erased after %s", community_key, now + RETENTION
    )


async def reinstall(db: Database, clock: Clock, community_key: str, *, name: str = "") -> bool:
    """The community installed Rebound (again). Returns True when it comes back with the
    data it had; a community Rebound never served, or one already erased, starts fresh
    (its row is created, named `name`)."""
    async with db.sessions() as session, session.begin():
        now = clock.now()
        community = await _locked(session, community_key)
        if community is None or community.uninstalled_at is None:
            await get_or_create_community(session, community_key, name, now)
            return False
        community.name = community_name(name) or community.name
        community.uninstalled_at = None
        await jobs.cancel(session, key_prefix=_erase_prefix(community.id))
    log.info("community %s installed again, with its data", community_key)
    return True


async def reinstall_present(db: Database, clock: Clock, community_keys: Iterable[str]) -> list[str]:
    """`community_keys` are communities the platform shows Rebound is in (the servers a
    Discord shard reports when it connects): those marked uninstalled got Rebound back
    while it was not running, and are installed again with their data. Returns their keys."""
    keys = list(community_keys)
    back: list[str] = []
    for start in range(0, len(keys), _CHUNK):
        async with db.read_sessions() as session, session.begin():
            gone = list(
                await session.scalars(
                    select(Community.key).where(
                        Community.key.in_(keys[start : start + _CHUNK]),
                        Community.uninstalled_at.is_not(None),
                    )
                )
            )
        back += [key for key in gone if await reinstall(db, clock, key)]
    return back


async def erase_when_due(scope: Scope, row: Job) -> None:
    """The erase job: the community, still uninstalled after `RETENTION`, goes entirely.
    The job's own row stays, without its community, as the record that it ran."""
    community = scope.community
    # Locked, so a reinstall at this very moment waits and then finds it erased (or the
    # erase finds it installed again): never a community half erased after its return.
    await scope.session.refresh(community, with_for_update=True)
    since = community.uninstalled_at
    if since is None or scope.now < since + RETENTION:
        return
    row.community_id = None
    await scope.session.flush()
    erased = await erase_community(scope.session, community.id)
    row.payload = {"erased_rows": erased}
    log.info(
        "community %s erased, %d rows, %s after it was uninstalled",
        community.key,
        erased,
        RETENTION,
    )


def installed() -> ColumnElement[bool]:
    """The scheduler's condition on `Community`: only installed communities get messages."""
    return Community.uninstalled_at.is_(None)


def runnable() -> ColumnElement[bool]:
    """The scheduler's condition on `Job` and `Community`: an uninstalled community's jobs
    wait (a reinstall finds them due), except the one that erases it."""
    return or_(installed(), Job.kind == ERASE_JOB)


# Jobs of the core itself, beside the features' (`Registry.jobs`).
JOBS: dict[str, JobHandler] = {ERASE_JOB: erase_when_due}


async def purge(db: Database, community_id: int) -> int:
    """Erase one community now, installed or not; returns how many rows went."""
    async with db.sessions() as session, session.begin():
        erased = await erase_community(session, community_id)
    log.info("community %d purged, %d rows", community_id, erased)
    return erased


async def community_tr(
    db: Database, community_key: str, platform_locale: str | None = None
) -> i18n.Tr:
    """The language a community reads its welcome in: its `/mod setup language:`, else the
    platform's locale of it (`platform_locale`, as the platform says it now, first)."""
    async with db.read_sessions() as session, session.begin():
        found = (
            await session.execute(
                select(Community.language, Community.platform_locale).where(
                    Community.key == community_key
                )
            )
        ).first()
    language, known_locale = found if found is not None else (None, None)
    return i18n.tr(i18n.resolve(None, None, language, platform_locale or known_locale))


def welcome(
    community: str,
    *,
    returning: bool,
    channel: ChannelRef | None = None,
    to: MemberRef | None = None,
    tr: i18n.Tr | None = None,
) -> Message:
    """What a community reads when Rebound arrives: the three setup steps, or, back with
    its data, that everything is where it was. Posted in `channel`, or sent to `to` (the
    owner) when there is no channel Rebound may post in; in the community's language
    (`tr`, see `community_tr`; English when not given)."""
    tr = tr or i18n.tr(i18n.ENGLISH)
    name = community_name(community) or tr("system-welcome-your-community")
    if returning:
        title = tr("system-welcome-back-title")
        text = tr("system-welcome-back", name=name)
    else:
        title = tr("system-welcome-title")
        steps = "\n".join(f"{n}. {tr(step)}" for n, step in enumerate(SETUP_STEPS, start=1))
        text = f"{tr('system-welcome', name=name)}\n{steps}"
    if to is not None:
        text += "\n\n" + tr("system-welcome-to-owner", name=name)
    kind = Kind.DM if to is not None else Kind.POST
    return finish(Message(kind=kind, title=title, text=text, channel=channel, to=to))
