"""Every word Rebound says comes from its catalogues, and each language has its transcript.

The pseudo-locale run replays the long console journey with every member's and the
community's platform language set to `en-XA`, a pseudo-locale generated from English
whose sentences are accented (`Ţĥàñķ ýóú`). Any plain English word left in the output,
outside backticks, that the script itself did not type (names, notes, companies) was
written in code instead of the catalogue.

Each language then has a short console transcript of its own, recorded like the long
journey: `REBOUND_RECORD_JOURNEY=1` rewrites the expected files.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from babel import Locale

from bot.core import i18n
from tests.system.test_journey import JOURNEYS, RECORD_ENV, SCRIPT, diff_report, run_journey

WORD = re.compile(r"[A-Za-z]{3,}")
CODE = re.compile(r"`[^`]*`")
LANGUAGE_SCRIPT = JOURNEYS / "languages.txt"
# Words that are data, not prose: the community's name, timezone names and abbreviations,
# and audit action codes (what `/mod audit action:` filters by, like `mute expired`).
DATA_WORDS = {"demo", "UTC", "GMT", "BST", "CET", "CEST", "EST", "EDT", "JST", "Europe", "Berlin"}
DATA_WORDS |= {"https", "expired"}


def _date_words() -> set[str]:
    """Day and month names: the pseudo-locale formats dates with English names (Babel)."""
    locale = Locale.parse("en")
    words: set[str] = set()
    for width in ("wide", "abbreviated"):
        words.update(locale.days["format"][width].values())
        words.update(locale.months["format"][width].values())
    return words


def _typed_words(script: Path) -> set[str]:
    words: set[str] = set()
    for line in script.read_text(encoding="utf-8").splitlines():
        words.update(w.casefold() for w in WORD.findall(line))
    return words


def _grammar_words() -> set[str]:
    """The command grammar, the same in every language: command, option and choice names,
    usage lines (`/mod audit [page:number]`) and the built-in templates' names."""
    from bot.features.catalog import REGISTRY
    from bot.features.templates import BUILTIN_NAMES

    words: set[str] = set(WORD.findall(" ".join(BUILTIN_NAMES)))
    for cmd in REGISTRY.values():
        words.update(WORD.findall(cmd.usage()))
        for example in cmd.examples:
            words.update(WORD.findall(example))
    return {w.casefold() for w in words}


def english_left(lines: list[str], script: Path) -> list[tuple[int, str, str]]:
    """(script line, word, text) for each plain English word not typed by the script."""
    data = {w.casefold() for w in DATA_WORDS | _date_words()}
    typed = _typed_words(script) | _grammar_words() | data
    found: list[tuple[int, str, str]] = []
    for raw in lines:
        record = json.loads(raw)
        if "attachment" in record:
            continue  # CSV and JSON exports: column names and data, not prose
        text = CODE.sub(" ", record.get("text", ""))
        for word in WORD.findall(text):
            if word.casefold() not in typed:
                found.append((record["line"], word, record["text"][:160]))
    return found


def test_the_pseudo_locale_journey_says_nothing_outside_the_catalogue(tmp_path: Path) -> None:
    lines = run_journey(tmp_path, locale=i18n.PSEUDO)
    assert len(lines) > 400
    left = english_left(lines, SCRIPT)
    shown = "\n".join(f"  line {n}: {word!r} in {text!r}" for n, word, text in left[:30])
    assert not left, f"{len(left)} English words did not come from the catalogue:\n{shown}"
    messages = [json.loads(raw) for raw in lines]
    messages = [m for m in messages if "attachment" not in m]
    unmarked = [m["text"][:80] for m in messages if i18n.PSEUDO_OPEN not in m["text"]]
    # Only a post that is all member text (a shared win's own words) may be unmarked.
    assert len(unmarked) <= 0.05 * len(messages), unmarked[:10]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_language_has_its_console_transcript(tmp_path: Path, lang: str) -> None:
    expected_path = JOURNEYS / f"languages.{lang}.expected.jsonl"
    actual = run_journey(tmp_path, script=LANGUAGE_SCRIPT, locale=lang)
    if os.environ.get(RECORD_ENV):
        expected_path.write_text("\n".join(actual) + "\n", encoding="utf-8")
        return
    expected = expected_path.read_text(encoding="utf-8").splitlines()
    assert actual == expected, diff_report(expected, actual)
    if lang != i18n.ENGLISH:
        # Until a member chooses German in the script, nothing reads as in English.
        chosen = next(
            n
            for n, line in enumerate(LANGUAGE_SCRIPT.read_text(encoding="utf-8").splitlines(), 1)
            if "language:de" in line
        )
        english = set((JOURNEYS / "languages.en.expected.jsonl").read_text("utf-8").splitlines())
        said = [json.loads(line) for line in actual]
        same = [
            r["text"][:80]
            for r, line in zip(said, actual, strict=True)
            if "attachment" not in r and r["line"] < chosen and line in english
        ]
        assert not same, f"{lang} says these exactly as English does: {same[:3]}"
