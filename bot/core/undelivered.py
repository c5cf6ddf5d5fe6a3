"""What happens when a platform could not deliver a message the way it was meant.

A direct message can bounce (closed DMs on Discord, a disabled account on Slack) and a
file can only travel by direct message on some platforms. Adapters only say that a
platform refused a direct message, by raising `DMRefused` from their `send`; the one
fallback every adapter shares is `falling_back`: for a member's command, the member who
acted is told privately, in their language; for scheduled work, nobody is there to
tell, so the refusal is a `DeliveryProblem` (logged, not retried).
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import i18n
from bot.core.delivery import DeliveryProblem, Send
from bot.core.messages import Kind, MemberRef, Message

# The notes, by catalogue key, and in English.
FILES_IN_DM_KEY = "system-dm-files-here"
OWN_DMS_CLOSED_KEY = "system-dm-own-closed"
OTHER_DMS_CLOSED_KEY = "system-dm-other-closed"
_ENGLISH = i18n.tr(i18n.ENGLISH)
FILES_IN_DM = _ENGLISH(FILES_IN_DM_KEY)
OWN_DMS_CLOSED = _ENGLISH(OWN_DMS_CLOSED_KEY)
OTHER_DMS_CLOSED = _ENGLISH(OTHER_DMS_CLOSED_KEY)


class DMRefused(Exception):
    """The platform would not deliver a direct message to its receiver."""


def dm_fallback(msg: Message, actor: MemberRef, tr: i18n.Tr | None = None) -> Message:
    """The private reply that replaces a direct message `msg` that could not be delivered,
    in the language of `actor` (`tr`; English when not given).

    The member's own DM is shown to them privately instead; for someone else's, the
    member who acted is told it did not arrive, without naming the receiver (who may be
    the anonymous author of a post).
    """
    tr = tr or _ENGLISH
    if msg.to is not None and msg.to.ref == actor.ref:
        note = f"*{tr(OWN_DMS_CLOSED_KEY)}*"
        text = f"{msg.text}\n\n{note}" if msg.text else note
        return replace(msg, kind=Kind.REPLY, ephemeral=True, text=text, to=actor)
    return Message(kind=Kind.REPLY, ephemeral=True, text=tr(OTHER_DMS_CLOSED_KEY), to=actor)


def falling_back(send: Send, actor: MemberRef | None, tr: i18n.Tr | None = None) -> Send:
    """`send`, with the closed-DMs fallback: a direct message the platform refused
    (`DMRefused`) becomes `dm_fallback` for `actor`, in their language (`tr`), sent
    through the same `send`; with no actor (scheduled work) it is a `DeliveryProblem`."""

    async def sending(msg: Message) -> str | None:
        try:
            return await send(msg)
        except DMRefused:
            if msg.kind is not Kind.DM:
                raise
            if actor is None:
                name = msg.to.name if msg.to else "?"
                problem = i18n.Msg("delivery-problem-dms-closed", name=name)
                raise DeliveryProblem(problem) from None
            await send(dm_fallback(msg, actor, tr))
            return None

    return sending
