"""Safety: crisis-language detection, mass-mention neutralising, and support resources.

Every outgoing message passes through `neutralise` in the engine, so member text can
never ping `@everyone`, `@here`, a role, a user or a Slack broadcast. Crisis language in
any screened free-text option makes the engine keep the command private and store none
of that text; `contains_crisis_language` decides, from a careful English phrase list,
and `crisis_reply_text` tells the member exactly what happened to their command.

How the phrase list decides (docs/safety.md explains it to moderators):
- First-person statements of wanting to die, self-harm or suicide match, also the
  idiomatic ones ("I could kill myself"): a false alarm costs a kind private reply and an
  unsaved note, a miss can cost far more.
- Words aimed at someone else match too, whether a worried friend's or a harasser's:
  "kill yourself" in any spelling ("kys", "kill urself", also "don't kill yourself over
  it"), "hang yourself", "unalive yourself", "go die", "you should die", "hope you die",
  "die in a fire", "the world is better off without you", and the third person ("she
  wants to kill herself"). Such text never reaches another member.
- Everyday hyperbole about things, not oneself, does not: "this commute is killing me",
  "I killed it in the interview", "you're killing it", "dead tired", "dying to hear
  back", "my laptop died", "I'd die of embarrassment", "knock yourself out".
- A few fixed expressions that contain a crisis word but speak of something else are set
  aside first: "career suicide" (and professional, social, political, financial),
  "Suicide Squad" (a film), suicide drills in sport ("suicide sprints"), "suicide
  prevention" (training, charities), "shoot yourself in the foot", "cut yourself some
  slack". Any other mention of suicide matches.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

DEFAULT_RESOURCES = (
    "If you are thinking about harming yourself or ending your life, please reach out now: "
    "call your local emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK), "
    "or find a free, confidential helpline in your country at https://findahelpline.com. "
    "You deserve support, and talking to someone can help."
)

CRISIS_TITLE = "You are not alone"

_ZWSP = "\u200b"

# Mass mentions and platform mention syntax from member text.
_MENTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Slack special mentions: <!channel>, <!here>, <!everyone>, <!subteam^ID|name>, <!date...>
    (re.compile(r"<!"), "<" + _ZWSP + "!"),
    # Discord role, user and channel mentions: <@&123>, <@!123>, <@123>; Slack users <@U123>
    (re.compile(r"<@"), "<" + _ZWSP + "@"),
    # Discord parses @everyone and @here anywhere, even glued to other letters.
    (re.compile(r"@(?=everyone|here)", re.IGNORECASE), "@" + _ZWSP),
    # Slack and Discord broadcasts spelled as words: @channel, @all.
    (re.compile(r"@(?=(?:channel|all)\b)", re.IGNORECASE), "@" + _ZWSP),
]


def neutralise(text: str) -> str:
    """Make any mention syntax inert (a zero-width space breaks it) while keeping it readable."""
    if not text:
        return text
    for pattern, replacement in _MENTION_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# Fixed expressions that contain a crisis word but speak of something else.
_BENIGN = re.compile(
    r"\b(?:career|professional|social|political|financial|commercial|corporate) suicide\b"
    r"|\bsuicide squad\b"
    r"|\bsuicide (?:sprints?|runs?|drills?|doors?)\b"
    r"|\bsuicide prevention\b"
    r"|\b(?:shoot|shooting|shot) (?:myself|yourself) in the foot\b"
    r"|\b(?:shoot|shooting|shot) (?:myself|yourself) (?:a|an) (?:reminder|e-?mail|note|message)\b"
    r"|\b(?:cut|cutting) (?:myself|yourself) (?:some )?slack\b"
    r"|\b(?:cut|cutting) (?:myself|yourself) off\b"
)

# Someone other than the writer, in the spellings people type.
_OTHERS = (
    r"(?:yourself|yourselves|your self|urself|ur self|yoself|yo self"
    r"|himself|herself|themselves|themself)"
)
# "die" in everyday idioms that wish nobody harm: "die laughing", "die of boredom".
_NOT_HARM = r"(?! (?:of|from|laughing|happy|old|rich|trying|a little|inside|down)\b)"

# Wording that signals a risk of suicide or self-harm, or wishes it on someone, matched on
# word boundaries in folded text (lower case, straight apostrophes, single spaces).
_CRISIS_PHRASES = [
    # suicide, in any other phrasing
    r"suicid(?:e|es|al|ally)",
    r"(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting) myself",
    r"(?:to|gonna|will|might|should|just) kms",
    r"unalive(?: myself)?",
    r"(?:end|ending|ended) my (?:own )?life",
    r"(?:end|ending) it all",
    r"(?:take|taking|took) my (?:own )?life",
    r"(?:want|wanted|wanting|wanna|ready|plan|planning) to die"
    r"(?! of (?:embarrassment|shame|laughter|boredom|cringe))",
    r"wish (?:i|i'd) (?:was|were|had been) dead",
    r"wish i (?:was|were|had) never (?:been )?born",
    r"better off dead",
    r"(?:everyone|everybody|we|they|people|the world|my family|the team)"
    r"(?: would be|'d be| is| are|'re| will be) better off without (?:me|you)",
    r"(?:don't|do not|dont|no longer) want to (?:live|be alive|exist|be here anymore|wake up)",
    r"(?:nothing|no reason|nobody|no one) (?:left )?to live for",
    r"no (?:point|reason) (?:in )?(?:living|to live|being alive)",
    r"(?:not|isn't|is not|no longer) worth living",
    r"(?:can't|cannot|can not) go on (?:anymore|any more|like this|living)",
    r"(?:can't|cannot|can not) keep living",
    r"(?:to|about|of) (?:hurt|hurting|harm|harming|cut|cutting) myself",
    r"(?:i|i've|i have|been|keep|started|stop) (?:hurting|cutting) myself",
    r"(?:harm|harming|harmed) myself",
    r"self[- ]?harm(?:ing|ed)?",
    r"self[- ]?injur(?:y|e|ed|ing)",
    r"slit (?:my|your) wrists?",
    r"(?:take|took|taking|taken) an overdose",
    r"overdos(?:e|ed|ing) on (?:my |the )?(?:pills|meds|medication|tablets|sleeping pills)",
    r"jump(?:ing)? (?:off|from) (?:a|the) (?:bridge|roof|building|cliff)",
    # aimed at someone else: a worried friend, or harassment
    r"(?:kill|killing|killed|hang|hanging|hanged) " + _OTHERS,
    r"(?:go|just|should|gonna|to) (?:off|neck) " + _OTHERS,
    r"kys",
    r"go (?:and )?(?:just )?die" + _NOT_HARM,
    r"(?:you|u|ya|he|she|they) (?:should|deserve to|ought to|need to) (?:just )?die" + _NOT_HARM,
    r"hope (?:you|u|ya|he|she|they) (?:just )?die" + _NOT_HARM,
    r"die in a (?:fire|hole|ditch)",
    r"(?:go|just|should|please) drop dead",
    r"(?:go|just|should) drink bleach",
]
_CRISIS_RE = re.compile(r"\b(?:" + "|".join(_CRISIS_PHRASES) + r")\b")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters that
# render as nothing, so they can hide inside words ("k\u00adys") or stand for a space.
DEFAULT_IGNORABLE: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_INVISIBLE = re.compile(
    "["
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in DEFAULT_IGNORABLE)
    + "]"
)
# Invisible characters that look like a blank, or used to be spaces: typed for a space.
_BLANK_LIKE = frozenset("\u115f\u1160\u3164\uffa0\u180e\u200b\u2060\ufeff")


def _fold(text: str, reading: str = "") -> str:
    """Text as the phrase list reads it: compatibility forms and case folded, accents and
    default-ignorable characters dropped (or read as spaces: `reading` says which)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if reading == "blanks":
        text = _INVISIBLE.sub(lambda m: " " if m.group() in _BLANK_LIKE else "", text)
    else:
        text = _INVISIBLE.sub(reading, text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def contains_crisis_language(text: str | None) -> bool:
    """Whether `text` speaks of suicide or self-harm (see the module docstring)."""
    if not text:
        return False
    # An invisible character can hide inside a word ("ki\u00adll myself") or stand where a
    # space was ("kill\u200bmyself"), or both at once: any reading that matches counts.
    readings = ("", " ", "blanks") if _INVISIBLE.search(text) else ("",)
    return any(_CRISIS_RE.search(_BENIGN.sub(" ", _fold(text, reading))) for reading in readings)


class CrisisOutcome(StrEnum):
    """What became of a command whose free text spoke of suicide or self-harm."""

    PRIVATE = "private"  # it went ahead without that text, and nothing was shared
    STOPPED = "stopped"  # it could not go ahead without that text: nothing was saved
    REJECTED = "rejected"  # it was refused for another reason (the next message says why)


def crisis_reply_text(
    resources: str | None,
    command: str,
    outcome: CrisisOutcome = CrisisOutcome.PRIVATE,
    needed: str | None = None,
) -> str:
    """The private support reply: what happened to what the member wrote, then resources.

    `needed` names the required option the command could not do without (`text`).
    """
    kept = (
        "If things feel really hard right now, you do not have to carry it alone. What you "
        "wrote speaks of suicide or self-harm, so I kept it private: it was not posted, sent "
        "to anyone or stored."
    )
    cmd = f"`/{command}`"
    if outcome is CrisisOutcome.STOPPED:
        why = f"{cmd} needs `{needed}`, so it" if needed else cmd
        rest = (
            f"{why} did not go ahead, and nothing else from it was saved. When you are "
            f"ready, you can try {cmd} again with different words."
        )
    elif outcome is CrisisOutcome.REJECTED:
        rest = (
            f"{cmd} did not go ahead for another reason (see below), so nothing from it was saved."
        )
    else:
        rest = f"The rest of {cmd} went ahead and stayed private: nothing from it was shared."
    return f"{kept} {rest}\n\n{resources or DEFAULT_RESOURCES}"
