"""The moderator log channel (`/mod setup modlog_channel:#c`): reports and important
moderation actions (mutes, unmutes, removed posts, moderator changes) are echoed there,
except reports about a moderator, who can read the channel (`bot.features.reports`).
Rebound's own posts here are not members' posts: `/mod remove` refuses them.

The channel is for moderators only by convention; `/mod setup` says so when it is set.
What goes there names members, so the `Post` row Rebound keeps for it holds only a short
label without names or reasons: nothing about a member stays in the store through it
after their `/privacy delete`. Under crisis privacy (`Scope.private_only`) nothing is
posted, like every other post.
"""

from __future__ import annotations

from bot.core.context import Scope

__all__ = ["KIND", "echo"]

KIND = "modlog"


async def echo(scope: Scope, text: str, *, title: str, label: str) -> None:
    """Post `text` to the community's moderator log channel, if one is set; the store
    keeps `label` (no names, no reasons) as the post's text."""
    channel = scope.community.modlog_channel
    if channel:
        await scope.post(channel, text, kind=KIND, title=title, stored_text=label)
