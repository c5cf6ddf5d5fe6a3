"""The message catalogues: every key in every language, with the same placeholders, and a
broken translation costs a member nothing (English is used and the problem logged)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.core import i18n

LANGUAGES = [lang for lang in i18n.LANGUAGES if lang != i18n.ENGLISH]


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(lang: str) -> dict[str, tuple[str, set[str]]]:
    """key (and `key.attribute`) → (file, variables it uses), for one language."""
    found: dict[str, tuple[str, set[str]]] = {}
    for name, source in i18n.sources(lang).items():
        resource = FluentParser().parse(source)
        junk = [e for e in resource.body if isinstance(e, ftl.Junk)]
        assert not junk, f"{lang}/{name} does not parse: {junk[0].content[:200]!r}"
        for entry in resource.body:
            if not isinstance(entry, ftl.Message):
                continue
            parts: list[tuple[str, ftl.Pattern | None]] = [(entry.id.name, entry.value)]
            parts += [(f"{entry.id.name}.{a.id.name}", a.value) for a in entry.attributes]
            for key, pattern in parts:
                if pattern is None:
                    continue
                assert key not in found, f"{key} is in both {found[key][0]} and {lang}/{name}"
                variables = _Variables()
                variables.visit(pattern)
                found[key] = (name, variables.names)
    return found


def test_english_parses_and_has_no_key_twice() -> None:
    assert len(messages(i18n.ENGLISH)) > 100


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_key_with_the_same_placeholders(lang: str) -> None:
    english = messages(i18n.ENGLISH)
    other = messages(lang)
    missing = sorted(set(english) - set(other))
    extra = sorted(set(other) - set(english))
    assert not missing, f"{lang} lacks {len(missing)} messages, e.g. {missing[:10]}"
    assert not extra, f"{lang} has messages English does not: {extra[:10]}"
    wrong = [
        f"{key}: {sorted(other[key][1])} instead of {sorted(variables)}"
        for key, (_, variables) in english.items()
        if other[key][1] != variables
    ]
    assert not wrong, f"{lang} placeholders differ:\n" + "\n".join(wrong[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_keeps_the_files_of_english(lang: str) -> None:
    assert set(i18n.sources(lang)) == set(i18n.sources(i18n.ENGLISH))


def _code_spans(text: str) -> Iterator[str]:
    yield from re.findall(r"`([^`\n]+)`", text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_commands_and_options_in_backticks_stay_english(lang: str) -> None:
    """Members type what is in backticks (`/settings timezone:`): a translation may move it
    but never translate it, so every command a translation shows exists in English too."""
    english_spans: set[str] = set()
    for source in i18n.sources(i18n.ENGLISH).values():
        english_spans.update(_code_spans(source))
    commands = {s.split()[0] for s in english_spans if s.startswith("/")}
    for name, source in i18n.sources(lang).items():
        for span in _code_spans(source):
            if span.startswith("/") and "{" not in span:
                assert span.split()[0] in commands, f"{lang}/{name}: `{span}` is not a command"


def test_a_translation_missing_a_placeholder_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for lang, text in {
        "en": "greeting = Hello { $name }, you have { $count } new cheers.\n",
        "es": "greeting = Hola { $nombre }.\n",
    }.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "test.ftl").write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALES", tmp_path)
    monkeypatch.setattr(i18n, "STRICT", False)
    i18n.reload()
    try:
        with caplog.at_level(logging.ERROR, logger="bot.core.i18n"):
            said = i18n.tr("es")("greeting", name="Ana", count=2)
        assert said == "Hello Ana, you have 2 new cheers."
        assert "greeting" in caplog.text and "Ana" not in caplog.text
        monkeypatch.setattr(i18n, "STRICT", True)
        with pytest.raises(i18n.TranslationError):
            i18n.tr("es")("greeting", name="Ana", count=2)
    finally:
        monkeypatch.undo()
        i18n.reload()


def test_the_pseudo_locale_marks_every_sentence_and_keeps_commands() -> None:
    source = "a = Type `/settings timezone:` to change { $what }.\nb = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n"
    pseudo = i18n.pseudo_source(source)
    resource = FluentParser().parse(pseudo)
    assert not [e for e in resource.body if isinstance(e, ftl.Junk)]
    assert "`/settings timezone:`" in pseudo
    assert "Type" not in pseudo and "days" not in pseudo
    assert pseudo.count(i18n.PSEUDO_OPEN) == 2


@pytest.mark.parametrize(
    ("setting", "platform", "community", "community_platform", "expected"),
    [
        ("de", "es-ES", "fr", "pt-BR", "de"),
        (None, "es-ES", "fr", "pt-BR", "es"),
        (None, "es-419", None, None, "es"),
        (None, "pt-PT", None, None, "pt-BR"),
        (None, "ja", "fr", "pt-BR", "fr"),
        (None, None, None, "pt-BR", "pt-BR"),
        (None, "zh-CN", None, "ko", "en"),
        (None, None, None, None, "en"),
        (None, "en-GB", "de", None, "en"),
    ],
)
def test_the_language_is_the_first_known_one_in_order(
    setting: str | None,
    platform: str | None,
    community: str | None,
    community_platform: str | None,
    expected: str,
) -> None:
    assert i18n.resolve(setting, platform, community, community_platform) == expected


def test_dates_and_lists_follow_the_language() -> None:
    from datetime import date

    from bot.core import dates

    day = date(2026, 11, 2)
    assert dates.long_day(day, i18n.tr("en")) == "Monday 2 November"
    assert "lunes" in dates.long_day(day, i18n.tr("es"))
    assert "noviembre" in dates.long_day(day, i18n.tr("es"))
    assert "Montag" in dates.long_day(day, i18n.tr("de"))
    assert "nov" in dates.short_day(day, i18n.tr("fr"))
    assert i18n.tr("pt-BR").list(["a", "b", "c"]) == "a, b e c"
    assert i18n.tr("en").list(["a", "b", "c"]) == "a, b, and c"


def test_a_stored_message_is_read_in_each_readers_language() -> None:
    """A delivery problem is stored before its reader is known (`Msg.dump`) and read later
    (`Msg.load`); words stored before problems were messages come back as they are."""
    refused = i18n.Msg("delivery-problem-discord-refused", status="403", detail="Missing Access")
    stored = refused.dump()
    back = i18n.Msg.load(stored)
    assert back == refused
    assert i18n.tr("de").text(back) == i18n.tr("de")(
        "delivery-problem-discord-refused", status="403", detail="Missing Access"
    )
    assert "Missing Access" in i18n.tr("fr").text(back)
    plain = i18n.Msg("delivery-problem-discord-forbidden")
    assert plain.dump() == "delivery-problem-discord-forbidden"
    assert i18n.tr("es").text(i18n.Msg.load(plain.dump())) == i18n.tr("es")(
        "delivery-problem-discord-forbidden"
    )
    for words in (
        "missing permission to post",
        "delivery-problem-discord-refused {not json",
        'delivery-problem-discord-refused ["a list"]',
        "",
    ):
        assert i18n.Msg.load(words) == words


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("fr-CH;q=0.2, es-419, en;q=0.5", "es"),
        ("ja-JP, pt-PT;q=0.7, fr;q=0.6", "pt-BR"),
        ("en-GB, de;q=0.9", "en"),
        ("de;q=0, fr;q=0.1", "fr"),
        ("fr;q=abc, de;q=0.5", "de"),
        ("ja, zh-CN", "en"),
        ("*", "en"),
        ("", "en"),
        (None, "en"),
        (";;;,,q=,", "en"),
        ("en-XA", "en"),
        ("x" * 600 + ", de", "en"),
    ],
)
def test_a_browser_is_answered_in_the_supported_language_it_prefers_most(
    header: str | None, lang: str
) -> None:
    assert i18n.from_accept_language(header) == lang
