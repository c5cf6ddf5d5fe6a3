"""What a member reads when a platform could not deliver a message the way it was meant.

A direct message can bounce (closed DMs on Discord, a disabled account on Slack) and a
file can only travel by direct message on some platforms. The wording lives here so
every adapter says the same thing; adapters only decide that a delivery failed.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.messages import Kind, MemberRef, Message

FILES_IN_DM = "The file is in your direct messages with Rebound."
OWN_DMS_CLOSED = "Your direct messages are closed, so here it is privately instead."
OTHER_DMS_CLOSED = (
    "I could not deliver the direct message: that member does not accept direct messages "
    "from Rebound. Your command itself went through."
)


def dm_fallback(msg: Message, actor: MemberRef) -> Message:
    """The private reply that replaces a direct message `msg` that could not be delivered.

    The member's own DM is shown to them privately instead; for someone else's, the
    member who acted is told it did not arrive, without naming the receiver (who may be
    the anonymous author of a post).
    """
    if msg.to is not None and msg.to.ref == actor.ref:
        text = f"{msg.text}\n\n*{OWN_DMS_CLOSED}*" if msg.text else f"*{OWN_DMS_CLOSED}*"
        return replace(msg, kind=Kind.REPLY, ephemeral=True, text=text, to=actor)
    return Message(kind=Kind.REPLY, ephemeral=True, text=OTHER_DMS_CLOSED, to=actor)
