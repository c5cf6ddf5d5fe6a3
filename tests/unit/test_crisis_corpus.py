"""The crisis detector against a labelled corpus, and its cost on hostile input.

`test_recall_and_false_positive_rate` prints recall and the false-positive rate (visible
with `-s`, and in the assertion message) and lists every miss and every false alarm.
The timing tests compare the detector with itself (a larger input against a smaller
one, hostile text against ordinary text of the same size), never with a clock budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from bot.core import safety
from tests.unit.crisis_corpus import CATCH, IGNORE

MIN_RECALL = 0.97
MAX_FALSE_POSITIVE_RATE = 0.02


def corpus_figures() -> tuple[float, float, list[str], list[str]]:
    """Recall on `CATCH`, false-positive rate on `IGNORE`, the misses, the false alarms."""
    misses = [t for t in CATCH if not safety.contains_crisis_language(t)]
    alarms = [t for t in IGNORE if safety.contains_crisis_language(t)]
    return 1 - len(misses) / len(CATCH), len(alarms) / len(IGNORE), misses, alarms


def test_the_corpus_is_large_enough_and_unambiguous() -> None:
    assert len(CATCH) >= 200 and len(IGNORE) >= 200
    assert len(set(CATCH)) == len(CATCH) and len(set(IGNORE)) == len(IGNORE)
    assert not set(CATCH) & set(IGNORE)


def test_recall_and_false_positive_rate() -> None:
    recall, fp_rate, misses, alarms = corpus_figures()
    summary = (
        f"crisis corpus: recall {recall:.3f} ({len(CATCH) - len(misses)}/{len(CATCH)}), "
        f"false positives {fp_rate:.3f} ({len(alarms)}/{len(IGNORE)})"
    )
    print(f"\n{summary}")
    details = "\n".join(
        [summary, "missed:", *(f"  {t!r}" for t in misses), "false alarms:"]
        + [f"  {t!r}" for t in alarms]
    )
    assert recall >= MIN_RECALL and fp_rate <= MAX_FALSE_POSITIVE_RATE, details


def test_every_english_family_is_exercised_by_the_corpus() -> None:
    """Each pattern family catches at least one corpus line: no family is dead data."""
    families = set(safety.PHRASEBOOKS["en"].families)
    caught = {m.family for m in map(safety.crisis_match, CATCH) if m is not None}
    assert families - caught == set()
    assert {m.language for m in map(safety.crisis_match, CATCH) if m is not None} == {"en"}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I wanna die", "wish to die"),
        ("I took a bunch of pills", "plan or means"),
        ("I feel like cutting myself", "self-harm"),
        ("nobody would miss me if I was gone", "burden"),
        ("I can't go on anymore", "hopelessness"),
        ("wanna kms", "slang"),
        ("go kill yourself", "aimed at others"),
    ],
)
def test_a_match_names_its_family(text: str, family: str) -> None:
    match = safety.crisis_match(text)
    assert match is not None and match.family == family and match.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die",
        "I'm not going to kill myself",
        "I would never hurt myself",
        "this search is killing me",
        "I'd die for a remote role",
        "die on this hill",
        "volunteered at a suicide hotline",
    ],
)
def test_negation_and_idioms_named_in_the_issue_are_not_crisis(text: str) -> None:
    assert safety.crisis_match(text) is None


# Each disguise depends on one normalising step; the corpus figures alone would let one
# step break unnoticed, within the thresholds.
DISGUISES = {
    "cyrillic": "I w\u0430nt to d\u0456e",
    "greek": "k\u03b9ll mys\u03b5lf",
    "small capitals": "\u1d0b\u026a\u029f\u029f \u1d0d\u028f\ua731\u1d07\u029f\ua730",
    "dotless i": "su\u0131c\u0131de",
    "leet as i": "k1ll myself",
    "leet as l": "ki11 myself",
    "leet symbols": "$u!c1d3",
    "hidden vowel": "I want to d*e",
    "stretched": "I want to diiiiie",
    "doubled": "kiil myself",
    "undoubled": "kil myself",
    "typo": "I'm suicdal",
    "swapped letters": "I wnat to die",
    "split word": "kill my self",
    "hyphenated": "un-alive myself",
    "spelled out": "s u i c i d e",
    "spelled out leet": "k 1 l l myself",
    "chat spelling": "i wanna kill urself",
    "no apostrophe": "i dont want to live anymore",
    "curly apostrophe": "I don\u2019t want to live anymore",
    "digit for a word": "i want 2 die",
    "underscores": "k_y_s",
}


@pytest.mark.parametrize("text", DISGUISES.values(), ids=DISGUISES.keys())
def test_disguised_spellings_are_read_as_meant(text: str) -> None:
    assert safety.contains_crisis_language(text)


def test_negation_does_not_hide_wanting_not_to_live() -> None:
    assert safety.contains_crisis_language("I don't want to live")
    assert safety.contains_crisis_language("I don't want to die, I don't want to live either")


# --- cost on hostile input -----------------------------------------------------------

# Text shaped to make a matcher backtrack or rescan: long runs of one letter, runs of
# single letters, phrases that almost match again and again, fillers, negations, gaps,
# invisible characters between letters, and lookalike or leetspeak characters.
HOSTILE: dict[str, Callable[[int], str]] = {
    "one long word": lambda n: "a" * n,
    "single letters": lambda n: ("k y " * n)[:n],
    "almost a phrase": lambda n: ("i want to want to " * n)[:n],
    "fillers": lambda n: ("i want just really so " * n)[:n],
    "negations": lambda n: ("not never no " * n)[:n],
    "gaps": lambda n: ("took a bunch of " * n)[:n],
    "invisibles": lambda n: ("k\u200by\u00ads " * n)[:n],
    "disguises": lambda n: ("k1ll mys3lf n0t \u0455u1c1d " * n)[:n],
    "punctuation": lambda n: ("'.!,?-*$@ " * n)[:n],
}
ORDINARY = "Applied to three roles at Acme today, then practised STAR stories. "
MEGABYTE = 1024 * 1024


def cpu_seconds(*texts: str, runs: int = 3) -> list[float]:
    """The detector's CPU time on each text, the least of `runs` runs taken in turn (so
    a busy machine slows every text alike)."""
    best = [float("inf")] * len(texts)
    for _ in range(runs):
        for i, text in enumerate(texts):
            start = time.process_time()
            safety.contains_crisis_language(text)
            best[i] = min(best[i], time.process_time() - start)
    return best


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_input_costs_time_proportional_to_its_length(kind: str) -> None:
    make = HOSTILE[kind]
    small, large = cpu_seconds(make(MEGABYTE // 32), make(MEGABYTE // 8))
    # Four times the text: linear work takes about four times as long, quadratic sixteen.
    assert large / small < 8, f"{kind}: 4x the input took {large / small:.1f}x the time"


def test_a_megabyte_of_hostile_text_costs_about_what_a_plain_megabyte_does() -> None:
    part = MEGABYTE // len(HOSTILE)
    hostile = "".join(make(part) for make in HOSTILE.values())[:MEGABYTE]
    plain = (ORDINARY * (MEGABYTE // len(ORDINARY) + 1))[:MEGABYTE]
    hostile_seconds, plain_seconds = cpu_seconds(hostile, plain, runs=2)
    ratio = hostile_seconds / plain_seconds
    assert ratio < 8, f"a megabyte of hostile text took {ratio:.1f}x a plain megabyte"
