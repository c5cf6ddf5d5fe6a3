"""The one sanitizer every outgoing message passes: member text can neither mass-mention,
nor reorder what readers see, nor hide a link, nor flood a channel with blank lines.

Every transformation here is a plain pass over the text (no regular expression that can
backtrack), and none changes text the bot writes itself: it writes no masked links, no
direction controls and no runs of blank lines.
"""

from __future__ import annotations

from bot.core import safety
from bot.core.messages import Message

# Direction controls: embeddings and overrides (U+202A-202E), isolates (U+2066-2069),
# the left-to-right and right-to-left marks and the Arabic letter mark. They make
# "gnp.exe" read as "exe.png" and reorder a post around them.
_BIDI = str.maketrans(
    dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])
)
# Line breaks other than "\n" that platforms also break lines on.
_BREAKS = str.maketrans(
    {"\u2028": "\n", "\u2029": "\n", "\u0085": "\n", "\x0b": "\n", "\x0c": "\n"}
)
# Discord renders `[text](url)` as a link that shows only `text`; a space between the two
# halves shows both and links nothing hidden.
_MASKED_LINK = "]("
_SHOWN_LINK = "] ("


def clean(text: str) -> str:
    """Member-visible text with no direction controls, no masked links and at most one
    empty line in a row (lines of spaces count as empty)."""
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS).translate(_BIDI)
    text = text.replace(_MASKED_LINK, _SHOWN_LINK)
    if "\n" not in text:
        return text
    lines: list[str] = []
    blank = False
    for line in text.split("\n"):
        if line.strip():
            lines.append(line)
            blank = False
        elif not blank:
            lines.append("")
            blank = True
    return "\n".join(lines)


def finish(msg: Message) -> Message:
    """Every outgoing message passes here: see the module docstring."""
    msg.text = safety.neutralise(clean(msg.text))
    if msg.title:
        msg.title = safety.neutralise(clean(msg.title))
    for f in msg.fields:
        f.name = safety.neutralise(clean(f.name))
        f.value = safety.neutralise(clean(f.value))
    return msg
