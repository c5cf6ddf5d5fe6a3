"""The crisis detector: recall and false-positive rate on the labelled corpora, and speed.

The corpora are `tests/unit/crisis_corpus.py` (English) and `crisis_corpus_<lang>.py`
(Spanish, German, French, Brazilian Portuguese): phrasings that must be caught (`CATCH`)
and ordinary job-search sentences that must not (`IGNORE`), each language's figures
reported on their own. Throughput runs every corpus
line through `contains_crisis_language` again and again (lines per second), then
4,000-character messages, the longest text an option takes. `python -m benchmarks.crisis`
prints these figures alone; `make bench` adds them to the table and `results/latest.json`.
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import Result
from bot.core.safety import contains_crisis_language
from tests.unit import (
    crisis_corpus,
    crisis_corpus_de,
    crisis_corpus_es,
    crisis_corpus_fr,
    crisis_corpus_pt_br,
)

BACKEND = "-"  # no database: the same on every backend
LONG_MESSAGE = 4_000
# Each language's corpus, with the recall it aims at (English's corpus is the oldest and
# largest, and holds a higher bar).
CORPORA: dict[str, tuple[list[str], list[str], float]] = {
    "en": (crisis_corpus.CATCH, crisis_corpus.IGNORE, 97),
    "es": (crisis_corpus_es.CATCH, crisis_corpus_es.IGNORE, 95),
    "de": (crisis_corpus_de.CATCH, crisis_corpus_de.IGNORE, 95),
    "fr": (crisis_corpus_fr.CATCH, crisis_corpus_fr.IGNORE, 95),
    "pt-BR": (crisis_corpus_pt_br.CATCH, crisis_corpus_pt_br.IGNORE, 95),
}
CATCH = [line for catch, _ignore, _aim in CORPORA.values() for line in catch]
IGNORE = [line for _catch, ignore, _aim in CORPORA.values() for line in ignore]


def long_messages(count: int) -> list[str]:
    """`count` distinct 4,000-character messages made of ordinary corpus sentences."""
    out: list[str] = []
    for i in range(count):
        text, k = "", i
        while len(text) < LONG_MESSAGE:
            text += IGNORE[k % len(IGNORE)] + ". "
            k += 7
        out.append(text[:LONG_MESSAGE])
    return out


def per_second(texts: list[str], rounds: int) -> float:
    """How many of `texts` the detector reads per second, over `rounds` passes."""
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            contains_crisis_language(text)
    return len(texts) * rounds / (time.perf_counter() - start)


def corpus_results(language: str) -> list[Result]:
    """Recall and false-positive rate on one language's corpus (every phrasebook reads
    every line, as in production)."""
    catch, ignore, aim = CORPORA[language]
    caught = sum(contains_crisis_language(t) for t in catch)
    alarms = sum(contains_crisis_language(t) for t in ignore)
    recall, fp_rate = 100 * caught / len(catch), 100 * alarms / len(ignore)
    suffix = "" if language == "en" else f" ({language})"
    return [
        Result(
            f"crisis corpus recall{suffix}",
            BACKEND,
            recall,
            "%",
            target=f">= {aim:g}",
            met=recall >= aim,
            note=f"{caught} of {len(catch)} crisis phrasings caught",
        ),
        Result(
            f"crisis corpus false-positive rate{suffix}",
            BACKEND,
            fp_rate,
            "%",
            target="<= 2",
            met=fp_rate <= 2,
            note=f"{alarms} of {len(ignore)} ordinary sentences flagged",
        ),
    ]


def crisis_benchmarks(rounds: int = 50) -> list[Result]:
    """Recall and false-positive rate per language, and throughput of the crisis detector."""
    figures = [r for language in CORPORA for r in corpus_results(language)]
    lines = [*CATCH, *IGNORE]
    line_rate = per_second(lines, rounds)
    long_rate = per_second(long_messages(50), max(1, rounds // 10))
    return [
        *figures,
        Result(
            "crisis detector throughput",
            BACKEND,
            line_rate,
            "lines/s",
            note=f"{len(lines)} corpus lines, {rounds} passes",
        ),
        Result(
            f"crisis detector, {LONG_MESSAGE:,}-character messages",
            BACKEND,
            long_rate,
            "messages/s",
        ),
    ]


def summary(results: list[Result]) -> str:
    """One line per figure, as `make bench` logs them."""
    return "\n".join(f"{r.name}: {r.value:,.1f} {r.unit}" for r in results)


if __name__ == "__main__":
    print(summary(crisis_benchmarks(rounds=10 if "--quick" in sys.argv else 50)))
