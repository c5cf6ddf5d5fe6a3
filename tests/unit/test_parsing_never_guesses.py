"""Parsing never guesses: unknown `name:value` words, curly quotes, `name: value`, unknown
subcommands, invisible text and member lists (issue 13, items 6 and 7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given as for_all
from hypothesis import settings
from hypothesis import strategies as st

from adapters.console.adapter import ConsoleResolver
from adapters.discord.events import DiscordResolver
from bot.core import grammar
from bot.core.declarations import validate
from bot.core.errors import UserError
from bot.core.grammar import ParsedLine, coerce, quote, tokenize
from bot.core.i18n import ENGLISH, tr
from bot.core.intake import given, type_options
from bot.core.messages import ChannelRef, MemberRef
from bot.features.catalog import REGISTRY


def parse(text: str) -> ParsedLine:
    return grammar.parse_line(text, REGISTRY)


def raw(text: str) -> dict[str, str]:
    return parse(text).raw


@dataclass(frozen=True)
class Refusal:
    """A `UserError` as an English reader sees it: its message and hint, translated."""

    message: str
    hint: str | None


def english(error: UserError) -> Refusal:
    en = tr(ENGLISH)
    return Refusal(en.text(error.message), en.text(error.hint) if error.hint else None)


def refused(text: str) -> Refusal:
    with pytest.raises(UserError) as caught:
        parse(text)
    return english(caught.value)


# --- an unknown `name:value` anywhere is an error naming the closest option ----------


def test_the_issue_line_is_refused_naming_the_closest_option() -> None:
    error = refused('/win text:"Offer!" compnay:Acme ofer:yes')
    assert error.message == "`/win` has no option `compnay`. Did you mean `company`?"
    hint = error.hint or ""
    assert "If `compnay:Acme` is part of your text, put the text in quotes" in hint
    assert REGISTRY["win"].usage() in hint
    assert refused('/win text:"Offer!" ofer:yes').message == (
        "`/win` has no option `ofer`. Did you mean `offer`?"
    )


@pytest.mark.parametrize(
    ("line", "name", "closest"),
    [
        ("/log applied Backend role at Acme compnay:Acme", "compnay", "company"),
        ("/log applied ask re:visa", "re", None),
        ("/log applied Call Re:visa", "Re", None),
        ("/log activity:applied Note:fine Rol:Backend", "Rol", "role"),
        ("/win Offer! Compnay:Acme", "Compnay", "company"),
        ("/log applied follow-up:friday", "follow-up", None),
        ("/help command:log verbose:yes", "verbose", None),
        ("/prep Acme colour:blue", "colour", None),
        ("/strengths add text:Listening extra:1", "extra", None),
    ],
)
def test_an_unknown_name_value_word_is_refused_even_inside_free_text(
    line: str, name: str, closest: str | None
) -> None:
    error = refused(line)
    command = parse_command(line)
    assert error.message.startswith(f"`/{command}` has no option `{name}`.")
    if closest:
        assert error.message.endswith(f"Did you mean `{closest}`?")
    else:
        assert error.message == f"`/{command}` has no option `{name}`."
    assert (error.hint or "").endswith(f"Usage: {REGISTRY[command].usage()}")


def parse_command(line: str) -> str:
    words = line.lstrip("/").split()
    return " ".join(words[:2]) if " ".join(words[:2]) in REGISTRY else words[0]


def test_a_command_without_options_says_it_takes_none() -> None:
    assert refused("/wins zzz:1").message == "`/wins` has no option `zzz`; it takes no options."


@pytest.mark.parametrize(
    "text",
    [
        "https://acme.example/jobs/42",
        "see http://acme.example?a=b:c",
        "call at 10:30, then 9:00",
        "interview 2026-11-02T09:00 confirmed",
        "ratio 3:1",
        "Update: they call back Friday",
        "Status: waiting",
        "Good news :tada: really",
        "yay:tada: an offer",
        "write to mailto:hr@acme.example",
        "call tel:+1555",
        "12h:30",
        "<@U123> said hi",
        ":) :-D",
        "ends with a colon:",
        "café: vu",
    ],
)
def test_colons_that_are_not_options_stay_in_the_text(text: str) -> None:
    assert raw(f"/log applied {text}") == {"activity": "applied", "note": text}
    assert raw(f"/win {text}") == {"text": text}


@pytest.mark.parametrize(
    "line",
    [
        '/log applied "ask re:visa"',
        '/log applied note:"ask re:visa"',
        "/log applied note:“ask re:visa”",
        '/win text:"Offer! compnay:Acme"',
    ],
)
def test_quoted_text_may_hold_anything_that_looks_like_an_option(line: str) -> None:
    values = raw(line)
    assert values.get("note", values.get("text", "")).endswith(("re:visa", "compnay:Acme"))


def test_a_quoted_value_may_start_like_a_link_and_options_may_be_hyphenated() -> None:
    assert raw('/log activity:applied company:"//x"')["company"] == "//x"
    assert raw("/log activity:applied company:https://acme.example")["company"] == (
        "https://acme.example"
    )
    assert raw("/goal applied per-week:3") == {"activity": "applied", "per_week": "3"}


def test_a_name_half_inside_quotes_is_not_an_option() -> None:
    assert raw('/log applied ab"c:d"') == {"activity": "applied", "note": "abc:d"}


def test_positional_shortcuts_keep_working() -> None:
    assert raw("log applied Backend role at Acme") == {
        "activity": "applied",
        "note": "Backend role at Acme",
    }
    assert raw("log networked count:2 note:coffee with Sam") == {
        "activity": "networked",
        "count": "2",
        "note": "coffee with Sam",
    }
    assert raw("pause 3") == {"days": "3"}
    assert raw("pause off") == {"off": "yes"}
    assert raw("strengths add Listening well") == {"text": "Listening well"}


# --- curly quotes are quotes ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "“Backend role at Acme”",
        "”Backend role at Acme”",
        "„Backend role at Acme“",
        "«Backend role at Acme»",
        "‘Backend role at Acme’",
        "’Backend role at Acme’",
        '"Backend role at Acme"',
    ],
)
def test_curly_quotes_are_quotes(typed: str) -> None:
    assert raw(f"/log activity:applied note:{typed} count:2") == {
        "activity": "applied",
        "note": "Backend role at Acme",
        "count": "2",
    }
    assert raw(f"/log applied {typed} count:2") == {
        "activity": "applied",
        "note": "Backend role at Acme",
        "count": "2",
    }


def test_apostrophes_stay_apostrophes() -> None:
    assert raw("/win text:I’m hired at Acme’s lab") == {"text": "I’m hired at Acme’s lab"}
    assert raw("/win text:‘I’m hired’ company:Acme") == {"text": "I’m hired", "company": "Acme"}
    assert raw("/log applied class of ’19 grads") == {
        "activity": "applied",
        "note": "class of ’19 grads",
    }
    assert raw("/log applied the Smiths’ firm") == {
        "activity": "applied",
        "note": "the Smiths’ firm",
    }


def test_a_quote_of_one_kind_holds_quotes_of_another() -> None:
    assert raw('/win text:“She said "call me"”') == {"text": 'She said "call me"'}
    assert raw('/win text:"She said “call me”"') == {"text": "She said “call me”"}


def test_a_curly_quoted_word_is_never_an_option() -> None:
    assert raw("/log applied “count:3 is what I wrote”") == {
        "activity": "applied",
        "note": "count:3 is what I wrote",
    }


def test_an_unclosed_curly_quote_names_its_closing_mark() -> None:
    error = refused("/log applied note:“Backend role")
    assert error.message == "A quoted value is missing its closing `”`."
    assert refused("/log applied note:«Backend role").message == (
        "A quoted value is missing its closing `»`."
    )


@settings(max_examples=300, deadline=None)
@for_all(st.text(alphabet=st.sampled_from(list("ab :\"'\\“”„‟‘’‚«»"))))
def test_quote_round_trips_any_mix_of_quote_marks(value: str) -> None:
    assert [t.text for t in tokenize(f"first {quote(value)} last")] == ["first", value, "last"]


# --- `name: value` -------------------------------------------------------------------


def test_a_space_after_the_colon_is_accepted() -> None:
    assert raw("/log activity: applied") == {"activity": "applied"}
    assert raw("/log activity: applied note: coffee with Sam count: 2") == {
        "activity": "applied",
        "note": "coffee with Sam",
        "count": "2",
    }
    assert raw("/win text: Offer! company: “Acme Corp”") == {
        "text": "Offer!",
        "company": "Acme Corp",
    }
    assert raw("/Log Activity: applied") == {"activity": "applied"}


def test_a_name_with_nothing_after_it_is_an_empty_value() -> None:
    assert raw("/log activity:") == {"activity": ""}
    assert raw("/log activity: count:2") == {"activity": "", "count": "2"}


def test_a_misspelt_name_before_a_space_is_refused_too() -> None:
    error = refused("/win text:Offer! compnay: Acme")
    assert error.message == "`/win` has no option `compnay`. Did you mean `company`?"


# --- unknown subcommands --------------------------------------------------------------


def test_an_unknown_subcommand_is_named_with_the_valid_ones() -> None:
    error = refused("/mod foo")
    assert error.message == "`/mod` has no subcommand `foo`."
    hint = error.hint or ""
    for sub in REGISTRY.subcommands("mod"):
        assert sub.leaf in hint
    assert "Did you mean" not in hint


@pytest.mark.parametrize(
    ("line", "suggestion"),
    [
        ("/mod setpu", "/mod setup"),
        ("/mod checkin_now", "/mod checkin-now"),
        ("/strengths ad", "/strengths add"),
        ("/buddy jion", "/buddy join"),
    ],
)
def test_an_unknown_subcommand_suggests_the_closest(line: str, suggestion: str) -> None:
    error = refused(line)
    group, word = line.lstrip("/").split()
    assert error.message == f"`/{group}` has no subcommand `{word}`."
    assert f"Did you mean `{suggestion}`?" in (error.hint or "")


def test_a_group_still_asks_for_a_subcommand_when_none_is_given() -> None:
    assert refused("/mod").message.startswith("`/mod` needs a subcommand:")
    assert refused("/mod weekly_goal:5").message.startswith("`/mod` needs a subcommand:")
    assert parse("/mod Setup weekly_goal:5").command.name == "mod setup"


# --- invisible text is no text ---------------------------------------------------------

INVISIBLE = [
    "\u200b",
    "\u200b\u200d\u2060",
    " \ufeff ",
    "\u3164",
    "\u115f\u1160",
    "\u2800",
    "\u00ad",
]


@pytest.mark.parametrize("text", INVISIBLE, ids=lambda t: "+".join(f"U{ord(c):04X}" for c in t))
def test_invisible_text_counts_as_empty(text: str) -> None:
    assert not given(text)
    with pytest.raises(UserError, match=r"`/win` needs `text`"):
        validate(REGISTRY["win"], {"text": text})


@pytest.mark.parametrize("text", INVISIBLE, ids=lambda t: "+".join(f"U{ord(c):04X}" for c in t))
async def test_an_invisible_required_value_asks_for_a_value(text: str) -> None:
    cmd = REGISTRY["win"]
    values = await type_options(cmd, raw(f'/win text:"{text}"'), ConsoleResolver())
    with pytest.raises(UserError, match=r"`/win` needs `text`"):
        validate(cmd, values)


def test_visible_text_with_invisible_characters_is_kept() -> None:
    assert given("a\u200b")
    assert validate(REGISTRY["win"], {"text": "Offer\u200b!"})["text"] == "Offer\u200b!"


# --- member lists hold members ----------------------------------------------------------


async def test_a_member_list_refuses_a_word_that_is_not_a_mention() -> None:
    cmd = REGISTRY["mod setup"]
    with pytest.raises(UserError) as caught:
        await coerce(cmd, raw('/mod setup moderators:"@x y"'), ConsoleResolver())
    assert str(caught.value) == (
        "`y` in `moderators` is not a member. Mention each member with @, like @ana,@bo."
    )
    values = await coerce(cmd, raw('/mod setup moderators:"@x, @y"'), ConsoleResolver())
    assert values["moderators"] == [MemberRef("x", "x"), MemberRef("y", "y")]


def discord_resolver() -> DiscordResolver:
    async def by_id(text: str) -> MemberRef | None:
        return MemberRef(text, f"user{text}")

    async def named(text: str) -> MemberRef | None:
        return MemberRef(f"id-{text}", text)

    def channel(text: str) -> ChannelRef | None:
        return None

    return DiscordResolver(by_id, named, channel)


async def test_discord_member_lists_follow_the_same_rule() -> None:
    cmd = REGISTRY["mod setup"]
    resolver = discord_resolver()
    values: dict[str, Any] = await type_options(cmd, {"moderators": "<@11> <@!12>,@bo"}, resolver)
    assert values["moderators"] == [
        MemberRef("11", "user11"),
        MemberRef("12", "user12"),
        MemberRef("id-bo", "bo"),
    ]
    with pytest.raises(UserError, match="`bo` in `moderators` is not a member"):
        await type_options(cmd, {"moderators": "<@11> bo"}, resolver)


async def test_a_slack_mention_with_a_label_is_one_member() -> None:
    seen: list[str] = []

    class Resolver:
        async def member(self, text: str) -> MemberRef:
            seen.append(text)
            return MemberRef(text, text)

        async def channel(self, text: str) -> ChannelRef:
            raise AssertionError(text)

    await coerce(REGISTRY["mod setup"], {"moderators": "<@U1|ana lopez>,<@U2>"}, Resolver())
    assert seen == ["<@U1|ana lopez>", "<@U2>"]
