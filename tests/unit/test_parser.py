"""The text command line shared by the console and Slack: properties and examples."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.console.adapter import ConsoleResolver
from bot.core import grammar
from bot.core.errors import UserError
from bot.core.grammar import ParsedLine, coerce, quote, tokenize
from bot.core.i18n import ENGLISH, tr
from bot.core.messages import ChannelRef, MemberRef
from bot.features.catalog import REGISTRY

# Text with the characters that matter to the grammar over-represented.
GRAMMAR_CHARS = st.sampled_from([*' "\\:@#/\t\n_-', "log", "note", "applied", "mod"])
ARBITRARY = st.one_of(
    st.text(),
    st.lists(st.one_of(GRAMMAR_CHARS, st.text(max_size=3))).map("".join),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_line(text: str) -> ParsedLine:
    return grammar.parse_line(text, REGISTRY)


@dataclass(frozen=True)
class Refusal:
    """A `UserError` as an English reader sees it: its message and hint, translated."""

    message: str
    hint: str | None


def english(error: UserError) -> Refusal:
    en = tr(ENGLISH)
    return Refusal(en.text(error.message), en.text(error.hint) if error.hint else None)


@FAST
@given(ARBITRARY)
def test_parse_line_only_ever_rejects_with_a_user_error(text: str) -> None:
    try:
        parsed = parse_line(text)
    except UserError as exc:
        assert english(exc).message
    else:
        assert parsed.command.name in REGISTRY
        assert all(isinstance(v, str) for v in parsed.raw.values())


@FAST
@given(ARBITRARY)
def test_slash_prefixed_lines_never_crash(text: str) -> None:
    for line in ("/" + text, "/log " + text, "/mod setup " + text, "/help " + text):
        try:
            parse_line(line)
        except UserError:
            pass


@FAST
@given(st.text())
def test_quoted_values_round_trip_through_tokenize(value: str) -> None:
    tokens = tokenize(f"first {quote(value)} last")
    assert [t.text for t in tokens] == ["first", value, "last"]


@FAST
@given(st.text(), st.text(max_size=40))
def test_quoted_values_round_trip_through_parse_line(note: str, company: str) -> None:
    parsed = parse_line(f"/log activity:applied company:{quote(company)} note:{quote(note)}")
    assert parsed.command.name == "log"
    assert parsed.raw == {"activity": "applied", "company": company, "note": note}


def test_name_value_options() -> None:
    parsed = parse_line("/log activity:networked count:3 company:Acme")
    assert parsed.command.name == "log"
    assert parsed.raw == {"activity": "networked", "count": "3", "company": "Acme"}


def test_quotes_with_escapes() -> None:
    parsed = parse_line(r'/log activity:applied note:"She said \"call me\" twice" role:"QA \\ ops"')
    assert parsed.raw["note"] == 'She said "call me" twice'
    assert parsed.raw["role"] == "QA \\ ops"


def test_a_quoted_token_is_never_an_option() -> None:
    parsed = parse_line('/log applied "count:3 is what I wrote"')
    assert parsed.raw == {"activity": "applied", "note": "count:3 is what I wrote"}


def test_positional_shortcut_takes_the_rest_as_the_note() -> None:
    parsed = parse_line("/log applied Backend role at Acme")
    assert parsed.raw == {"activity": "applied", "note": "Backend role at Acme"}
    # Options may follow the free text's option too: the note keeps the words after it.
    parsed = parse_line("log networked count:2 note:coffee with Sam")
    assert parsed.raw == {"activity": "networked", "count": "2", "note": "coffee with Sam"}


def test_colons_inside_free_text_and_links_stay_text() -> None:
    parsed = parse_line('/log applied call at 10:30, "ask re:visa"')
    assert parsed.raw == {"activity": "applied", "note": "call at 10:30, ask re:visa"}
    with pytest.raises(UserError, match="`/log` has no option `re`"):
        parse_line("/log applied call at 10:30, ask re:visa")
    parsed = parse_line("/log applied https://acme.example/jobs/42")
    assert parsed.raw == {"activity": "applied", "note": "https://acme.example/jobs/42"}


def test_pause_off_is_a_flag_and_days_a_positional() -> None:
    assert parse_line("/pause off").raw == {"off": "yes"}
    assert parse_line("/pause 5").raw == {"days": "5"}
    assert parse_line("/pause days:5").raw == {"days": "5"}


async def test_members_and_channels_resolve() -> None:
    resolver = ConsoleResolver()
    parsed = parse_line("/streak @ana")
    values = await coerce(parsed.command, parsed.raw, resolver)
    assert values == {"member": MemberRef("ana", "ana")}
    parsed = parse_line("/mod setup support_channel:#support moderators:@ana,@bo")
    values = await coerce(parsed.command, parsed.raw, resolver)
    assert values["support_channel"] == ChannelRef("support", "support")
    assert values["moderators"] == [MemberRef("ana", "ana"), MemberRef("bo", "bo")]
    with pytest.raises(UserError, match="not a member"):
        await coerce(parsed.command, {"moderators": "@ana,@b!o"}, resolver)


def test_subcommands() -> None:
    assert parse_line("/mod setup").command.name == "mod setup"
    with pytest.raises(UserError, match="needs a subcommand"):
        parse_line("/mod")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("/dance", "There is no command `/dance`"),
        ("/log applied colour:blue", "`/log` has no option `colour`"),
        ("/pause days:3 mood:5", "`/pause` has no option `mood`"),
        ('/log applied note:"Backend role', "missing its closing"),
        ("/log activity:applied activity:learned", "`activity` is given twice"),
        ("/pause 3 4", "I did not understand `4`"),
        ("/Log applied Colour:blue", "`/log` has no option `Colour`"),
        ("/ log applied", "Type a command"),
    ],
)
def test_errors_say_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_line(line)
    assert message in str(caught.value)


def test_unknown_command_suggests_close_names() -> None:
    with pytest.raises(UserError) as caught:
        parse_line("/lo")
    assert "/log" in (english(caught.value).hint or "")


@pytest.mark.parametrize("line", ["", "   ", "/", " / "])
def test_an_empty_line_means_help(line: str) -> None:
    parsed = parse_line(line)
    assert parsed.command is REGISTRY["help"]
    assert parsed.raw == {}


def test_option_names_match_whatever_their_case() -> None:
    parsed = parse_line("/log Activity:applied NOTE:Backend role at Acme")
    assert parsed.command.name == "log"
    assert parsed.raw == {"activity": "applied", "note": "Backend role at Acme"}
    assert parse_line("/Mod Setup Weekly_Goal:5").raw == {"weekly_goal": "5"}
    with pytest.raises(UserError, match="`/log` has no option `Activty`"):
        parse_line("/log Activty:applied")
    # Even once the free text has begun, a word shaped like an option must be one.
    with pytest.raises(UserError, match="`/log` has no option `Re`"):
        parse_line("/log applied Call at 10:30, Re:visa")


def test_a_stray_word_after_a_group_root_lists_its_subcommands() -> None:
    with pytest.raises(UserError) as caught:
        parse_line("/strengths frob")
    assert english(caught.value).message == "`/strengths` has no subcommand `frob`."
    assert "Its subcommands are add, remove" in (english(caught.value).hint or "")


def test_a_value_that_starts_like_a_link_is_quoted_and_round_trips() -> None:
    """Found by Hypothesis: `company://` unquoted read as a link inside the text."""
    parsed = parse_line(f"/log activity:applied company:{quote('//')} note:{quote('')}")
    assert parsed.raw["company"] == "//"
