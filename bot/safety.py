"""Safety: crisis-language detection, mass-mention neutralising, and support resources.

Every outgoing message passes through `neutralise` in the engine, so member text can
never ping `@everyone`, `@here`, a role or a Slack broadcast. Crisis language in any
free-text option makes the engine keep the command private and store none of that text.
"""

from __future__ import annotations

import re

DEFAULT_RESOURCES = (
    "If you are thinking about harming yourself or ending your life, please reach out now: "
    "call your local emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK), "
    "or find a free, confidential helpline in your country at https://findahelpline.com. "
    "You deserve support, and talking to someone can help."
)

_ZWSP = "\u200b"

# Mass mentions and platform mention syntax from member text.
_MENTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Slack special mentions: <!channel>, <!here>, <!everyone>, <!subteam^ID|name>, <!date...>
    (re.compile(r"<!([^>]*)>"), "<" + _ZWSP + r"!\1>"),
    # Discord role, user and channel mentions: <@&123>, <@!123>, <@123>; Slack users <@U123>
    (re.compile(r"<@"), "<" + _ZWSP + "@"),
    # Plain-text broadcasts: @everyone, @here, @channel, @all (Discord and Slack).
    (re.compile(r"@(everyone|here|channel|all)\b", re.IGNORECASE), "@" + _ZWSP + r"\1"),
]


def neutralise(text: str) -> str:
    """Make any mention syntax inert while keeping it readable."""
    if not text:
        return text
    for pattern, replacement in _MENTION_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# Phrases that signal a risk of self-harm or suicide. Matched on word boundaries after
# folding case and apostrophes; idioms like "this commute is killing me" do not match.
_CRISIS_PHRASES = [
    r"kill(ing)? myself",
    r"end(ing)? my life",
    r"end it all",
    r"take my (own )?life",
    r"taking my (own )?life",
    r"suicid(e|al)",
    r"want(ed)? to die",
    r"wish i (was|were) dead",
    r"better off dead",
    r"don'?t want to (live|be alive|exist)",
    r"no reason to live",
    r"hurt(ing)? myself",
    r"harm(ing)? myself",
    r"self[- ]?harm",
    r"cut(ting)? myself",
    r"overdose",
    r"can'?t go on (anymore|any more|like this)",
    r"not worth living",
]
_CRISIS_RE = re.compile(r"\b(" + "|".join(_CRISIS_PHRASES) + r")\b", re.IGNORECASE)


def contains_crisis_language(text: str | None) -> bool:
    if not text:
        return False
    folded = text.replace("’", "'").replace("‘", "'")
    return bool(_CRISIS_RE.search(folded))


def crisis_reply_text(resources: str | None) -> str:
    return (
        "Thank you for telling us how you are feeling. It sounds really hard right now, and "
        "you do not have to carry it alone. I have kept what you wrote private and did not "
        "post or store it.\n\n" + (resources or DEFAULT_RESOURCES)
    )
