"""A community's own admins: who the platform says is always a moderator.

Admins are Discord members with Manage Server, Slack workspace admins and owners (both
reported by the adapter with every command, `Invocation.platform_moderator`) and the
console's `!mod` grantees. The engine records what the platform says on each command
(`note_admin`), so `/mod setup moderators:` keeps an admin on the list even when they
are not the one acting, and `/mod mute` refuses to mute one.
"""

from __future__ import annotations

from bot.core.clock import Clock
from bot.core.i18n import Msg
from bot.core.messages import MemberRef
from bot.store import identity as members_mod
from bot.store.db import Database
from bot.store.models import Community, Member

# Platforms whose adapters say with every command whether the actor is an admin; on the
# others (the console) only a grant makes one, and it lasts.
REPORTING_PLATFORMS = frozenset({"discord", "slack"})


def platform_of(community: Community) -> str:
    """`discord`, `slack` or `console`: the first part of the community's key."""
    return community.key.split(":", 1)[0]


# Who a community's own admins are, by platform, as the moderators' replies name them.
ADMIN_KINDS = {
    "discord": Msg("system-admin-discord"),
    "slack": Msg("system-admin-slack"),
}
CONSOLE_ADMIN = Msg("system-admin-console")


def admin_kind(community: Community) -> Msg:
    """`Manage Server on Discord`: what makes someone an admin of `community`, translated
    for its reader (a `Msg`, to pass as a message's argument)."""
    return ADMIN_KINDS.get(platform_of(community), CONSOLE_ADMIN)


def note_admin(community: Community, member: Member, reported: bool) -> None:
    """Remember whether the platform says `member`, acting now, is one of its admins."""
    if reported and not member.platform_admin:
        member.platform_admin = True
    elif not reported and member.platform_admin and platform_of(community) in REPORTING_PLATFORMS:
        member.platform_admin = False


async def grant_moderator(
    db: Database, clock: Clock, community_key: str, actor: MemberRef, name: str = ""
) -> None:
    """The platform made `actor` an admin, and so a moderator (the console's `!mod`)."""
    async with db.sessions() as session, session.begin():
        now = clock.now()
        community = await members_mod.get_or_create_community(session, community_key, name, now)
        member = await members_mod.get_or_create_member(session, community, actor, now)
        member.listed_moderator = True
        member.platform_admin = True
