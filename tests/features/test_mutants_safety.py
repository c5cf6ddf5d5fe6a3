"""Crisis matching sees through typography: curly apostrophes, zero-width characters and
compatibility forms (fullwidth letters) are folded before the phrase list is applied.

Each case depends on exactly one folding step of `bot.safety._fold`: leaving that step
out (a hand-made mutant) makes the detector miss it, and the words would reach another
member in a cheer.
"""

from __future__ import annotations

import pytest

from bot.core import safety, support
from bot.core.i18n import tr
from bot.core.messages import Kind
from tests.support.harness import Community

# (id, text): every text is crisis language only once folded.
FOLDED = [
    # The request's example, typed with U+2019 RIGHT SINGLE QUOTATION MARK.
    ("curly-apostrophe-example", "I can\u2019t go on, I want to kill myself"),
    # Only the apostrophe phrase matches here: "can't go on anymore", "don't want to live".
    ("curly-apostrophe-cant", "I can\u2019t go on anymore"),
    ("curly-apostrophe-dont", "honestly I don\u2019t want to live anymore"),
    ("modifier-apostrophe", "I can\u02bct keep living"),
    # A zero-width space where the space was, and zero-width characters inside words.
    ("zero-width-space", "kill\u200bmyself"),
    ("zero-width-inside-words", "ki\u200bll my\u200dself"),
    ("word-joiner", "I want to end\u2060 my li\u2060fe"),
    # Fullwidth letters, as some keyboards type them (NFKC makes them ASCII).
    ("fullwidth", "\uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46"),
    ("fullwidth-word", "\uff53\uff55\uff49\uff43\uff49\uff44\uff41\uff4c"),
    (
        "fullwidth-ideographic-space",
        "\uff4b\uff49\uff4c\uff4c\u3000\uff4d\uff59\uff53\uff45\uff4c\uff46",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in FOLDED], ids=[i for i, _ in FOLDED])
def test_folded_crisis_language_is_detected(text: str) -> None:
    assert safety.contains_crisis_language(text)


def test_the_three_requested_spellings() -> None:
    assert safety.contains_crisis_language("I can\u2019t go on, I want to kill myself")
    assert safety.contains_crisis_language("kill\u200bmyself")
    assert safety.contains_crisis_language(
        "\uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I can\u2019t go on the trip next week",
        "this commute is killing me\u200b",
        "\uff54\uff48\uff49\uff53 \uff44\uff45\uff41\uff44\uff4c\uff49\uff4e\uff45 is killing me",
        "career\u200bsuicide",
    ],
)
def test_folding_adds_no_false_alarm(text: str) -> None:
    assert not safety.contains_crisis_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can\u2019t go on anymore",
        "kill\u200bmyself",
        "\uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46",
    ],
    ids=["curly-apostrophe", "zero-width-space", "fullwidth"],
)
async def test_a_cheer_in_disguised_crisis_words_reaches_nobody(
    community: Community, text: str
) -> None:
    messages = await community.run("bo", f'/cheer member:@ana message:"{text}"')
    assert [m.kind for m in messages] == [Kind.REPLY, Kind.REPLY]
    assert all(m.to is not None and m.to.name == "bo" and m.ephemeral for m in messages)
    assert messages[0].plain_text().startswith(tr("en")(support.TITLE))
    assert "Cheer not sent" in messages[1].plain_text()
    stats = await community.reply("ana", "/stats")
    assert "Cheers received: 0" in stats.plain_text()
