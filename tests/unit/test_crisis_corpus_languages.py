"""The crisis detector in Spanish, German, French and Brazilian Portuguese.

Each language has its labelled corpus (`tests/unit/crisis_corpus_<lang>.py`). Every
phrasebook is checked whatever a member's language, so each language's ordinary
sentences are read by all of them: a false alarm from any phrasebook counts.
`test_recall_and_false_positive_rate` prints the figures per language (visible with
`-s`, and in the assertion message) and lists every miss and every false alarm.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from bot.core import safety
from tests.unit import crisis_corpus_de, crisis_corpus_es, crisis_corpus_fr, crisis_corpus_pt_br

CORPORA: dict[str, ModuleType] = {
    "es": crisis_corpus_es,
    "de": crisis_corpus_de,
    "fr": crisis_corpus_fr,
    "pt-BR": crisis_corpus_pt_br,
}
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.02


def corpus_figures(language: str) -> tuple[float, float, list[str], list[str]]:
    """Recall on a language's `CATCH`, false-positive rate on its `IGNORE` (read by every
    phrasebook), the misses, and the false alarms with the phrasebook that raised them."""
    corpus = CORPORA[language]
    misses = [t for t in corpus.CATCH if not safety.contains_crisis_language(t)]
    alarms = [
        f"{t!r} ({m.language}: {m.phrase!r})"
        for t in corpus.IGNORE
        if (m := safety.crisis_match(t)) is not None
    ]
    recall = 1 - len(misses) / len(corpus.CATCH)
    return recall, len(alarms) / len(corpus.IGNORE), misses, alarms


@pytest.mark.parametrize("language", CORPORA)
def test_the_corpus_is_large_enough_and_unambiguous(language: str) -> None:
    catch, ignore = CORPORA[language].CATCH, CORPORA[language].IGNORE
    assert len(catch) >= 60 and len(ignore) >= 60
    assert len(set(catch)) == len(catch) and len(set(ignore)) == len(ignore)
    assert not set(catch) & set(ignore)


@pytest.mark.parametrize("language", CORPORA)
def test_recall_and_false_positive_rate(language: str) -> None:
    recall, fp_rate, misses, alarms = corpus_figures(language)
    corpus = CORPORA[language]
    summary = (
        f"crisis corpus {language}: recall {recall:.3f} "
        f"({len(corpus.CATCH) - len(misses)}/{len(corpus.CATCH)}), false positives "
        f"{fp_rate:.3f} ({len(alarms)}/{len(corpus.IGNORE)})"
    )
    print(f"\n{summary}")
    details = "\n".join(
        [summary, "missed:", *(f"  {t!r}" for t in misses), "false alarms:"]
        + [f"  {a}" for a in alarms]
    )
    assert recall >= MIN_RECALL and fp_rate <= MAX_FALSE_POSITIVE_RATE, details


def test_every_language_has_a_phrasebook() -> None:
    assert set(safety.PHRASEBOOKS) == {"en", *CORPORA}


@pytest.mark.parametrize("language", CORPORA)
def test_every_family_is_exercised_by_its_corpus(language: str) -> None:
    """Each family of the language's phrasebook catches a line of its corpus, and most of
    its lines are caught by its own phrasebook: no family is dead data."""
    matches = [m for m in map(safety.crisis_match, CORPORA[language].CATCH) if m is not None]
    own = [m for m in matches if m.language == language]
    assert set(safety.PHRASEBOOKS[language].families) - {m.family for m in own} == set()
    assert len(own) >= 0.9 * len(matches)


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        ("ya no quiero vivir", "es", "hopelessness"),
        ("quiero morirme", "es", "wish to die"),
        ("voy a suicidarme", "es", "suicide"),
        ("tengo ganas de cortarme", "es", "self-harm"),
        ("sería mejor para todos si no estuviera", "es", "burden"),
        ("ich will sterben", "de", "wish to die"),
        ("ich bringe mich um", "de", "suicide"),
        ("ich will mich ritzen", "de", "self-harm"),
        ("niemand würde mich vermissen", "de", "burden"),
        ("ich will nicht mehr leben", "de", "hopelessness"),
        ("j'ai envie de mourir", "fr", "wish to die"),
        ("je vais me tuer", "fr", "suicide"),
        ("je veux me scarifier", "fr", "self-harm"),
        ("personne ne me regretterait", "fr", "burden"),
        ("je n'ai plus envie de vivre", "fr", "hopelessness"),
        ("quero morrer", "pt-BR", "wish to die"),
        ("vou me matar", "pt-BR", "suicide"),
        ("vou me cortar", "pt-BR", "self-harm"),
        ("ninguém sentiria minha falta", "pt-BR", "burden"),
        ("não quero mais viver", "pt-BR", "hopelessness"),
    ],
)
def test_a_match_names_its_language_and_family(text: str, language: str, family: str) -> None:
    match = safety.crisis_match(text)
    assert match is not None and (match.language, match.family) == (language, family)


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morir",
        "ich will nicht sterben",
        "je ne veux pas mourir",
        "não quero morrer",
        "me muero de ganas de empezar",
        "me mata este proceso",
        "estoy muerto de cansancio",
        "das bringt mich um",
        "ich bin todmüde",
        "je meurs de faim",
        "ça me tue",
        "mourir de rire",
        "estou morrendo de vontade",
        "isso me mata",
        "morrendo de rir",
    ],
)
def test_negation_and_idioms_named_in_the_issue_are_not_crisis(text: str) -> None:
    assert safety.crisis_match(text) is None


# Each spelling depends on one normalising step; the corpus figures alone would let one
# step break unnoticed, within the thresholds.
SPELLINGS = {
    "es without accents": "me quiero suicidar, ya no aguanto mas, no quiero vivir mas",
    "es enclitic": "voy a matarme",
    "es enclitic with accent": "voy a matárme",
    "es proclitic": "me voy a matar",
    "de umlaut": "ich möchte sterben",
    "de umlaut as digraph": "ich moechte sterben",
    "de sharp s as ss": "ich hab Selbstmordgedanken, ich weiss nicht weiter",
    "de capitals": "ICH WILL STERBEN",
    "fr elision": "j'ai envie de mourir",
    "fr elision curly": "j\u2019ai envie de mourir",
    "fr elision dropped": "jai envie de mourir",
    "fr without accents": "je vais me suicider, personne ne me regretterait",
    "pt without tilde": "nao quero mais viver",
    "pt hyphenated enclitic": "penso em matar-me",
    "pt proclitic": "vou me matar",
    "leet": "qu13r0 m0r1r",
    "stretched": "quierooo moriiiir",
    "lookalike letters": "j'\u0430i envie de m\u043eurir",
}


@pytest.mark.parametrize("text", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_spellings_are_read_as_meant(text: str) -> None:
    assert safety.contains_crisis_language(text)
