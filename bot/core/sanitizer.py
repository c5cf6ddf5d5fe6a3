"""The one sanitizer every outgoing message passes: no member text can mass-mention."""

from __future__ import annotations

from bot.core import safety
from bot.core.messages import Message


def finish(msg: Message) -> Message:
    """Every outgoing message passes here: no member text can mass-mention."""
    msg.text = safety.neutralise(msg.text)
    if msg.title:
        msg.title = safety.neutralise(msg.title)
    for f in msg.fields:
        f.name = safety.neutralise(f.name)
        f.value = safety.neutralise(f.value)
    return msg
