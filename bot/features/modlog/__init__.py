"""The moderator log channel (`/mod setup modlog_channel:#c`): reports and important
moderation actions (mutes, unmutes, removed posts, moderator changes) are echoed there,
except reports about a moderator, who can read the channel (`bot.features.reports`).
Rebound's own posts here are not members' posts: `/mod remove` refuses them.

The channel is for moderators only by convention; `/mod setup` says so when it is set.
What goes there names members, so the `Post` row Rebound keeps for it holds only a short
label without names or reasons: nothing about a member stays in the store through it
after their `/privacy delete`. Under crisis privacy (`Scope.private_only`) nothing is
posted, like every other post. An echo is a channel post, so it speaks the community's
language: a `Msg` given here is translated with `Scope.community_tr`.
"""

from __future__ import annotations

from bot.core.context import Scope
from bot.core.i18n import Msg

__all__ = ["KIND", "echo"]

KIND = "modlog"


async def echo(scope: Scope, text: str | Msg, *, title: str | Msg, label: str) -> None:
    """Post `text` to the community's moderator log channel, if one is set; the store
    keeps `label` (no names, no reasons) as the post's text. `Msg`s are worded in the
    community's language."""
    channel = scope.community.modlog_channel
    if channel:
        tr = scope.community_tr
        await scope.post(channel, tr.text(text), kind=KIND, title=tr.text(title), stored_text=label)
