"""Rebound's words in five languages: Fluent catalogues, Babel formatting, language choice.

Every user-facing sentence lives in a Fluent catalogue, `bot/locales/<language>/*.ftl`,
one file per feature (`settings.ftl`) plus the core's. Code asks a `Tr` (a translator
bound to one language) for a message by key: `tr("settings-updated", changes=...)`.
Fluent was chosen over gettext because its messages carry their own plural and gender
selection (`{ $count -> [one] … *[other] … }`), so a translator can say "1 día"/"2 días"
or German's case endings without code changes, and arguments are named, so a translation
cannot silently swap two of them. Numbers and dates inside messages are formatted for the
language by Babel (through Fluent's NUMBER and DATETIME and `Tr.date`).

Which language: `resolve` takes, in order, the member's own `/settings language:`, their
platform locale (Discord's interaction locale, Slack's user locale), the community's
`/mod setup language:`, the community's platform locale (Discord's preferred locale of
the guild), and English. Private replies and DMs use the member's language; channel
posts, check-in prompts and summaries use the community's (see `bot.core.context`).

A translated message that fails to format (a translation missing a key or a placeholder)
falls back to English and is logged by key, so a member's command never fails over a
translation; `tests/unit/test_catalogue.py` fails on it first. An English message that
fails is a bug in the code that asked for it: it raises, and the engine answers with its
apology like for any other bug. `PSEUDO` is a pseudo-locale generated
from English, every sentence marked and accented, for tests that prove no English is
left in code.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as ftl

log = logging.getLogger(__name__)

ENGLISH = "en"
# A pseudo-locale for tests: English, every catalogue sentence wrapped in ⟦ ⟧ with
# accented letters, so any English left outside the catalogue stands out.
PSEUDO = "en-XA"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
# The supported languages, as members type them (`/settings language:pt-BR`).
LANGUAGES: tuple[str, ...] = ("en", "es", "de", "fr", "pt-BR")
# Each language in its own words, for `/settings` and `/mod setup`.
NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt-BR": "Português (Brasil)",
    PSEUDO: "Ƥšéúđó",
}
# `/settings language:auto`: follow the platform's locale again.
AUTO = "auto"

LOCALES = Path(__file__).resolve().parents[1] / "locales"

# When true (tests), a message that cannot be formatted raises instead of falling back.
STRICT = False


def normalize(locale: str | None) -> str | None:
    """The supported language a platform locale means (`es-ES`, `es-419` → `es`;
    `pt-BR`, `pt_PT` → `pt-BR`; `en-GB` → `en`), or None for anything else."""
    if not locale:
        return None
    code = locale.strip().replace("_", "-")
    if code == PSEUDO:
        return PSEUDO
    base = code.split("-", 1)[0].casefold()
    if base == "pt":
        return "pt-BR"
    return base if base in LANGUAGES else None


# How much of an `Accept-Language` header is read (a browser sends a few dozen bytes).
ACCEPT_LANGUAGE_LIMIT = 512


def from_accept_language(header: str | None) -> str:
    """The language to answer a browser in (`Accept-Language: fr-CH;q=0.2, de-DE`): the
    supported one it prefers most (by `q`, then order), else English. Only the first
    `ACCEPT_LANGUAGE_LIMIT` characters are read; what cannot be read is skipped."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "")[:ACCEPT_LANGUAGE_LIMIT].split(",")):
        tag, *params = item.split(";")
        quality = 1.0
        for param in params:
            name, _, value = param.strip().partition("=")
            if name.strip().casefold() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        lang = normalize(tag) if tag.strip() != PSEUDO else None
        if lang is not None and quality > 0:
            ranked.append((-quality, position, lang))
    return min(ranked)[2] if ranked else ENGLISH


def chosen(value: str | None) -> str | None:
    """A language as a member typed it (`pt-br`, `ES`), exactly one of `LANGUAGES`, or
    None when it is not one of them."""
    if value is None:
        return None
    folded = value.strip().casefold()
    return next((code for code in LANGUAGES if code.casefold() == folded), None)


def resolve(
    member_setting: str | None = None,
    member_locale: str | None = None,
    community_setting: str | None = None,
    community_locale: str | None = None,
) -> str:
    """The language to use: the first of these that names a supported language."""
    for candidate in (member_setting, member_locale, community_setting, community_locale):
        code = normalize(candidate)
        if code is not None:
            return code
    return ENGLISH


@dataclass(frozen=True)
class Msg:
    """A message named by key, translated later by whoever knows the reader's language
    (an error raised deep in a rule, a label chosen before the reader is known). Its
    arguments may be `Msg`s too; they are translated first."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)
    # What to say when no catalogue has `key` (a command declared outside the catalogue,
    # such as a test's): its English declaration.
    fallback: str | None = None

    def __init__(self, key: str, /, **args: Any) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "args", args)
        object.__setattr__(self, "fallback", None)

    @classmethod
    def or_else(cls, key: str, fallback: str) -> Msg:
        """A message without arguments that says `fallback` where no catalogue has it."""
        msg = cls(key)
        object.__setattr__(msg, "fallback", fallback)
        return msg

    def dump(self) -> str:
        """This message as text to store and translate once its reader is known (a
        channel's delivery problem): its key, then its arguments (strings and numbers) as
        JSON when it has any."""
        if not self.args:
            return self.key
        return f"{self.key} {json.dumps(dict(self.args), ensure_ascii=False, sort_keys=True)}"

    @classmethod
    def load(cls, stored: str) -> str | Msg:
        """A message `dump` stored, or `stored` itself when it is not one (text stored as
        words, such as a problem recorded before problems were messages)."""
        key, _, rest = stored.partition(" ")
        if _lookup(_bundle(ENGLISH), key) is None:
            return stored
        if not rest:
            return cls(key)
        try:
            args = json.loads(rest)
        except ValueError:
            return stored
        if not isinstance(args, dict):
            return stored
        return cls(key, **args)


class TranslationError(Exception):
    """A catalogue message could not be formatted (only raised when `STRICT`)."""


class Tr:
    """A translator bound to one language: `tr(key, **args)` and Babel formatting."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = Locale.parse((ENGLISH if lang == PSEUDO else lang).replace("-", "_"))
        self._bundle = _bundle(lang)
        self._fallback = None if lang == ENGLISH else _bundle(ENGLISH)

    def __call__(self, key: str, /, **args: Any) -> str:
        args = {k: self.text(v) if isinstance(v, Msg) else v for k, v in args.items()}
        text = _format(self._bundle, key, args)
        if text is not None:
            return text
        problem = f"message {key!r} cannot be formatted in {self.lang}"
        if STRICT or self._fallback is None:
            raise TranslationError(problem)
        log.error("%s; English used instead", problem)
        english = _format(self._fallback, key, args)
        if english is None:
            raise TranslationError(f"message {key!r} cannot be formatted in English either")
        return english

    def text(self, value: str | Msg) -> str:
        """A `Msg` translated, or a string as it is (text a member wrote, a name)."""
        if not isinstance(value, Msg):
            return value
        if value.fallback is not None and not self.has(value.key):
            return value.fallback
        return self(value.key, **value.args)

    def attr(self, key: str, attribute: str, /, **args: Any) -> str:
        """One attribute of a message (`.title`), falling back like `__call__`."""
        return self(f"{key}.{attribute}", **args)

    def has(self, key: str) -> bool:
        return _lookup(self._bundle, key) is not None

    def date(self, day: date | datetime, pattern: str) -> str:
        """A date in a CLDR pattern (`EEEE d MMMM`), with this language's names."""
        return format_date(day, pattern, locale=self.locale)

    def list(self, items: Iterable[str], style: Literal["standard", "or"] = "standard") -> str:
        """`a, b and c` in this language (`standard`), or `a, b or c` (`or`)."""
        return format_list(list(items), style=style, locale=self.locale)

    def __repr__(self) -> str:
        return f"Tr({self.lang!r})"


@cache
def tr(lang: str) -> Tr:
    """The translator of a supported language (or `PSEUDO`); anything else is English."""
    return Tr(lang if lang in LANGUAGES or lang == PSEUDO else ENGLISH)


def _lookup(bundle: FluentBundle, key: str) -> tuple[Any, str | None] | None:
    name, _, attribute = key.partition(".")
    if not bundle.has_message(name):
        return None
    message = bundle.get_message(name)
    if attribute:
        pattern = message.attributes.get(attribute)
        return None if pattern is None else (pattern, attribute)
    return None if message.value is None else (message.value, None)


def _format(bundle: FluentBundle, key: str, args: Mapping[str, Any]) -> str | None:
    found = _lookup(bundle, key)
    if found is None:
        return None
    text, errors = bundle.format_pattern(found[0], dict(args))
    if errors or not isinstance(text, str):
        log.error("message %r: %s", key, "; ".join(type(e).__name__ for e in errors))
        return None
    return text


def sources(lang: str) -> dict[str, str]:
    """The catalogue files of a language: file name → Fluent source."""
    folder = LOCALES / lang
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.ftl"))}


@cache
def _bundle(lang: str) -> FluentBundle:
    if lang == PSEUDO:
        texts = [pseudo_source(text) for text in sources(ENGLISH).values()]
        locales = [ENGLISH]
    else:
        texts = list(sources(lang).values()) or list(sources(ENGLISH).values())
        locales = [lang]
    bundle = FluentBundle(locales, use_isolating=False)
    for text in texts:
        bundle.add_resource(FluentResource(text))
    return bundle


# --- the pseudo-locale -----------------------------------------------------------------
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥíĵķĺɱñóƥǫŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ",
)


def pseudo(text: str, quoted: bool = False) -> tuple[str, bool]:
    """English made recognisable: letters accented, except inside backticks (commands
    and option names stay as members type them). `quoted`: whether `text` starts inside
    backticks; returned with the text, whether it ends inside them."""
    parts = text.split("`")
    shown = "`".join(
        p if (i % 2 == 0) == quoted else p.translate(_ACCENTED) for i, p in enumerate(parts)
    )
    return shown, quoted != (len(parts) % 2 == 0)


# Messages that are patterns for code, not prose: the pseudo-locale keeps them as they are.
NOT_PROSE = ("date-",)


def pseudo_source(source: str) -> str:
    """A Fluent file rewritten for `PSEUDO`: every message and attribute wrapped in ⟦ ⟧
    and its words accented; placeables (names, numbers, what members wrote) untouched."""
    resource = FluentParser(with_spans=False).parse(source)
    for entry in resource.body:
        if not isinstance(entry, ftl.Message) or entry.id.name.startswith(NOT_PROSE):
            continue
        patterns = [entry.value] if entry.value is not None else []
        patterns += [a.value for a in entry.attributes]
        for pattern in patterns:
            _pseudo_pattern(pattern, top=True)
    return str(FluentSerializer().serialize(resource))


def _pseudo_pattern(pattern: ftl.Pattern, *, top: bool, quoted: bool = False) -> None:
    for element in pattern.elements:
        if isinstance(element, ftl.TextElement):
            element.value, quoted = pseudo(element.value, quoted)
        elif isinstance(element.expression, ftl.SelectExpression):
            for variant in element.expression.variants:
                _pseudo_pattern(variant.value, top=False, quoted=quoted)
    if top:
        pattern.elements.insert(0, ftl.TextElement(PSEUDO_OPEN))
        pattern.elements.append(ftl.TextElement(PSEUDO_CLOSE))


def reload() -> None:
    """Read the catalogues again (after `make docs` rewrote the generated one)."""
    _bundle.cache_clear()
    tr.cache_clear()
