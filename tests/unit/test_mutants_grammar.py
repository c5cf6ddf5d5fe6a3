"""The grammar's error wording and quoting, pinned: mutants of these survived `make mutation`.

A small registry of its own keeps the expected text independent of Rebound's features.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from bot.core.declarations import Feature, OptType, option
from bot.core.errors import UserError
from bot.core.grammar import Token, coerce, parse_line, quote, tokenize
from bot.core.i18n import ENGLISH, tr
from bot.core.messages import ChannelRef, MemberRef
from bot.core.registry import Registry

feature = Feature("grammar-test")


@dataclass(frozen=True)
class LogOptions:
    activity: str = option(OptType.CHOICE, "what", required=True, choices=("applied", "networked"))
    note: str | None = option(OptType.STRING, "a note")


@dataclass(frozen=True)
class AddOptions:
    text: str = option(OptType.STRING, "it", required=True)


@dataclass(frozen=True)
class RemoveOptions:
    number: int = option(OptType.INTEGER, "which", required=True, min=1, max=50)


@dataclass(frozen=True)
class PauseOptions:
    days: int | None = option(OptType.INTEGER, "how long", min=1, max=30)
    off: bool | None = option(OptType.BOOLEAN, "end it")


@feature.command("log", "Log.", LogOptions, positional=("activity",), rest="note")
async def _log(ctx: Any, opts: Any) -> None: ...


@feature.command("lookup", "Look up.")
async def _lookup(ctx: Any, opts: Any) -> None: ...


@feature.command("strengths", "List.")
async def _strengths(ctx: Any, opts: Any) -> None: ...


@feature.command("strengths add", "Add.", AddOptions)
async def _add(ctx: Any, opts: Any) -> None: ...


@feature.command("strengths remove", "Remove.", RemoveOptions)
async def _remove(ctx: Any, opts: Any) -> None: ...


@feature.command("pause", "Pause.", PauseOptions, flags=("off",))
async def _pause(ctx: Any, opts: Any) -> None: ...


@feature.command("buddy join", "Join.")
async def _join(ctx: Any, opts: Any) -> None: ...


@feature.command("buddy leave", "Leave.")
async def _leave(ctx: Any, opts: Any) -> None: ...


REGISTRY = Registry([feature])


@dataclass(frozen=True)
class Refusal:
    """A `UserError` as an English reader sees it: its message and hint, translated."""

    message: str
    hint: str | None


def english(error: UserError) -> Refusal:
    en = tr(ENGLISH)
    return Refusal(en.text(error.message), en.text(error.hint) if error.hint else None)


def rejection(text: str) -> Refusal:
    with pytest.raises(UserError) as caught:
        parse_line(text, REGISTRY)
    return english(caught.value)


@pytest.mark.parametrize("value", ["XY", "plain", "a:b"])
def test_quote_leaves_a_plain_word_alone(value: str) -> None:
    assert quote(value) == value


@pytest.mark.parametrize("value", ["a\\", 'a\\"b', "\\\\"])
def test_quote_escapes_backslashes(value: str) -> None:
    quoted = quote(value)
    assert quoted == '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    assert [t.text for t in tokenize(quoted)] == [value]


def test_an_option_given_twice_shows_the_usage() -> None:
    error = rejection("log activity:applied activity:networked")
    assert error.message == "`activity` is given twice."
    assert error.hint == f"Usage: {REGISTRY['log'].usage()}"


def test_an_unknown_option_shows_the_usage() -> None:
    error = rejection("log activity:applied bogus:x")
    assert error.message == "`/log` has no option `bogus`."
    assert error.hint == (
        'If `bogus:x` is part of your text, put the text in quotes, like note:"… bogus:x". '
        f"Usage: {REGISTRY['log'].usage()}"
    )


def test_an_unknown_option_close_to_a_real_one_names_it() -> None:
    assert rejection("log activty:applied").message == (
        "`/log` has no option `activty`. Did you mean `activity`?"
    )
    assert rejection("lookup activty:applied").message == (
        "`/lookup` has no option `activty`; it takes no options."
    )
    # A word too long to quote back is cut; a value too long to quote drops the example.
    error = rejection("log applied " + "n" * 50 + ":x")
    assert error.message == f"`/log` has no option `{'n' * 40}…`."
    assert error.hint == f"Usage: {REGISTRY['log'].usage()}"


async def test_coerce_rejects_an_unknown_option_with_the_usage() -> None:
    class Resolver:
        async def member(self, text: str) -> MemberRef:
            raise AssertionError(text)

        async def channel(self, text: str) -> ChannelRef:
            raise AssertionError(text)

    with pytest.raises(UserError) as caught:
        await coerce(REGISTRY["log"], {"bogus": "x"}, Resolver())
    assert english(caught.value).message == "`/log` has no option `bogus`."
    assert english(caught.value).hint == f"Usage: {REGISTRY['log'].usage()}"


def test_a_stray_word_after_a_group_root_names_its_subcommands() -> None:
    error = rejection("strengths shiny")
    assert error.message == "`/strengths` has no subcommand `shiny`."
    assert error.hint == (
        "Its subcommands are add, remove; `/help command:strengths` explains each."
    )
    assert rejection("buddy jion").hint == (
        "Did you mean `/buddy join`? Its subcommands are join, leave; "
        "`/help command:buddy` explains each."
    )
    assert rejection("buddy " + "x" * 50).message == f"`/buddy` has no subcommand `{'x' * 40}…`."


def test_an_unknown_command_suggests_those_with_the_same_first_two_letters() -> None:
    error = rejection("lox")
    assert error.message == "There is no command `/lox`."
    assert error.hint == "Did you mean /log, /lookup? `/help` lists every command."


def test_an_unknown_command_with_nothing_close_points_to_help() -> None:
    assert rejection("zzz").hint == "`/help` lists every command."


def test_only_leading_slashes_are_dropped_from_the_command() -> None:
    assert rejection("/Xzz").message == "There is no command `/xzz`."


def test_a_slash_without_a_command_asks_for_one() -> None:
    assert rejection("/ log").message == "Type a command, like /help."


def test_a_group_alone_names_its_subcommands() -> None:
    error = rejection("buddy")
    assert error.message == "`/buddy` needs a subcommand: join, leave."
    assert error.hint == "Try `/help command:buddy`."


def test_words_after_a_flag_are_still_read() -> None:
    assert parse_line("pause off days:3", REGISTRY).raw == {"off": "yes", "days": "3"}


def test_a_positional_option_given_by_name_lets_the_next_word_start_the_free_text() -> None:
    raw = parse_line("log activity:applied hello there", REGISTRY).raw
    assert raw == {"activity": "applied", "note": "hello there"}


def test_tokens_record_where_they_began_and_how_they_were_typed() -> None:
    assert tokenize("a b") == [Token("a", "a"), Token("b", "b")]
    assert tokenize(' "a b" c') == [Token("a b", '"a b"', 0), Token("c", "c")]
    assert tokenize('note:"a b"') == [Token("note:a b", 'note:"a b"', 5)]
    assert tokenize("x “a” ‘b’") == [Token("x", "x"), Token("a", "“a”", 0), Token("b", "‘b’", 0)]


def test_only_a_backslash_before_a_quote_or_backslash_escapes() -> None:
    assert tokenize('"a\\Xb"')[0].text == "a\\Xb"


@pytest.mark.parametrize("text", ['"abc\\', '"\\"'])
def test_a_quote_left_open_by_a_trailing_backslash_is_a_user_error(text: str) -> None:
    with pytest.raises(UserError):
        tokenize(text)


def test_an_unclosed_quote_says_how_to_close_it() -> None:
    with pytest.raises(UserError) as caught:
        tokenize('note:"Backend role')
    assert english(caught.value).message == 'A quoted value is missing its closing `"`.'
    assert english(caught.value).hint == (
        'Close the quote, like note:"Backend role at Acme" (write \\" for a quote inside).'
    )


def test_a_spaced_typo_of_an_option_quotes_the_words_back_in_the_hint() -> None:
    error = rejection("log applied notee: called back")
    assert error.message == "`/log` has no option `notee`. Did you mean `note`?"
    assert error.hint == (
        'If `notee: called` is part of your text, put the text in quotes, like note:"… '
        f'notee: called". Usage: {REGISTRY["log"].usage()}'
    )
    last = rejection("log applied notee:")
    assert last.hint == (
        'If `notee:` is part of your text, put the text in quotes, like note:"… notee:". '
        f"Usage: {REGISTRY['log'].usage()}"
    )


def test_single_curly_marks_closed_at_once_quote_an_empty_word_even_first() -> None:
    assert tokenize("‘’ x") == [Token("", "‘’", 0), Token("x", "x")]
    assert tokenize('"" x') == [Token("", '""', 0), Token("x", "x")]  # as straight quotes do


def test_an_apostrophe_starting_a_line_with_nothing_to_close_it_is_text() -> None:
    assert tokenize("’til noon") == [Token("’til", "’til"), Token("noon", "noon")]
