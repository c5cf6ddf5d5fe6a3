"""Parsing never guesses, seen through console transcripts: a line the parser refuses says
what was wrong and records nothing (issue 13, items 6 and 7)."""

from __future__ import annotations

import re
from typing import Any

from tests.support.harness import transcript

Out = list[dict[str, Any]]
NO_WINS = "No wins recorded yet"


def at(out: Out, line: int) -> list[dict[str, Any]]:
    return [o for o in out if o["line"] == line]


def refusal(out: Out, line: int, to: str = "ana") -> str:
    """The one private error reply that script line `line` caused."""
    [reply] = at(out, line)
    assert reply["type"] == "reply" and reply["error"] and reply["ephemeral"], reply
    assert reply["to"] == to
    return str(reply["text"])


async def test_an_unknown_option_after_a_quoted_win_records_nothing(db_url: str) -> None:
    out = await transcript(
        db_url,
        'ana: /win text:"Offer!" compnay:Acme ofer:yes\n'
        "ana: /wins\n"
        "ana: /log applied ask re:visa\n"
        "ana: /streak\n",
    )
    text = refusal(out, 1)
    assert text.startswith("`/win` has no option `compnay`. Did you mean `company`?")
    assert "If `compnay:Acme` is part of your text, put the text in quotes" in text
    assert NO_WINS in at(out, 2)[0]["text"]
    assert refusal(out, 3).startswith("`/log` has no option `re`.")
    assert "Current streak: 0 days" in at(out, 4)[0]["text"]
    assert not [o for o in out if o["type"] in ("post", "dm")]


async def test_curly_quotes_and_a_spaced_colon_read_as_typed(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup wins_channel:#wins\n"
        "ana: /win text:“I’m through to the final round” company: ”Acme Corp”\n"
        "ana: /wins\n",
    )
    [post] = [o for o in at(out, 3) if o["type"] == "post"]
    assert "“I’m through to the final round”" in post["text"] and "(Acme Corp)" in post["text"]
    assert "I’m through to the final round (Acme Corp)" in at(out, 4)[0]["text"]


async def test_an_unknown_subcommand_is_named(db_url: str) -> None:
    out = await transcript(db_url, "!mod mo\nmo: /mod foo\nmo: /mod setpu weekly_goal:4\n")
    first = refusal(out, 2, to="mo")
    assert first.startswith("`/mod` has no subcommand `foo`.")
    assert "setup" in first and "checkin-schedule" in first
    second = refusal(out, 3, to="mo")
    assert second.startswith("`/mod` has no subcommand `setpu`. Did you mean `/mod setup`?")


async def test_invisible_text_is_no_win(db_url: str) -> None:
    out = await transcript(
        db_url, 'ana: /win text:"\u200b\u2060\ufeff"\nana: /win \u3164\nana: /wins\n'
    )
    for line in (1, 2):
        assert refusal(out, line).startswith("`/win` needs `text`")
    assert NO_WINS in at(out, 3)[0]["text"]


async def test_a_word_in_a_member_list_makes_no_moderator(db_url: str) -> None:
    out = await transcript(
        db_url,
        '!mod mo\nmo: /mod setup moderators:"@x y"\ny: /mod stats\nx: /mod stats\nmo: /mod setup\n',
    )
    assert refusal(out, 2, to="mo").startswith("`y` in `moderators` is not a member.")
    assert "is for moderators of this community" in refusal(out, 3, to="y")
    assert "is for moderators of this community" in refusal(out, 4, to="x")
    [listed] = [t for t in at(out, 5)[0]["text"].splitlines() if t.startswith("Listed moderators")]
    # Mentions in what the bot sends carry a zero-width space that keeps them inert.
    assert re.findall(r"@(\w+)", listed.replace("\u200b", "")) == ["mo"], listed
