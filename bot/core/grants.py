"""Moderator grants a platform makes outside any command (the console's `!mod`)."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.core.messages import MemberRef
from bot.store import identity as members_mod
from bot.store.db import Database


async def grant_moderator(
    db: Database, clock: Clock, community_key: str, actor: MemberRef, name: str = ""
) -> None:
    """The platform made `actor` a moderator (the console's `!mod`)."""
    async with db.sessions() as session, session.begin():
        now = clock.now()
        community = await members_mod.get_or_create_community(session, community_key, name, now)
        member = await members_mod.get_or_create_member(session, community, actor, now)
        member.listed_moderator = True
