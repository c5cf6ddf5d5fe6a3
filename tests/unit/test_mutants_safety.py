"""Crisis phrases the corpus tests leave to chance, each read one way only by the detector.

Every case here was written against a surviving mutant of `bot.core.safety` (docs/mutation.md):
a word spelled out letter by letter after other words, a spelled-out "1" meaning "l", a
doubled letter typed by mistake, and the checks that keep a phrasebook from holding a
phrase the detector could never match.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from bot.core import safety


def test_a_word_spelled_out_after_other_words_is_read_as_the_word() -> None:
    # The letters come after "i want to", not at the start of the message.
    match = safety.crisis_match("i want to k i l l myself")
    assert match is not None and match.phrase == "kill myself"
    assert safety.contains_crisis_language("honestly i just want to s u i c i d e")


def test_a_spelled_out_1_can_stand_for_an_l() -> None:
    # Read with "1" as "i" ("k i i i") these letters spell nothing; read as "l", "kill".
    match = safety.crisis_match("k i 1 1 myself")
    assert match is not None and match.phrase == "kill myself"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("i want to kiil myself", "kill myself"), ("i took all the piils", "took all the pills")],
)
def test_a_doubled_letter_typed_by_mistake_still_finds_the_word(text: str, phrase: str) -> None:
    match = safety.crisis_match(text)
    assert match is not None and match.phrase == phrase


# A phrasebook is data a maintainer edits; a phrase written in a form the detector never
# produces would silently never match, so compiling such a phrasebook fails loudly.
ENGLISH = safety.PHRASEBOOKS["en"]


def _phrasebook_with(pattern: str) -> safety.Phrasebook:
    return dataclasses.replace(ENGLISH, families={"test": safety.Family((pattern,))}, benign=())


@pytest.mark.parametrize(
    ("pattern", "word"),
    [
        ("wanna die", "wanna"),  # normalising reads "wanna" as "want to"
        ("kill myself at ten o'clock", "o'clock"),  # normalising drops apostrophes
    ],
)
def test_a_phrase_not_written_as_normalised_is_refused(pattern: str, word: str) -> None:
    with pytest.raises(ValueError, match=f"en: {re.escape(repr(word))} is not spelled"):
        safety._Compiled(_phrasebook_with(pattern))


def test_nested_groups_in_a_phrase_are_refused() -> None:
    with pytest.raises(ValueError, match="en: groups do not nest"):
        safety._Compiled(_phrasebook_with("{want {to|2}|need} die"))
