"""Hostile text: invisible characters, crisis words in any option, what the bot posts,
and values the database cannot store (huge numbers, NUL, lone surrogates, long names).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.core import safety, support
from bot.core.context import Invocation
from bot.core.errors import APOLOGY as APOLOGY_MSG
from bot.core.i18n import tr
from bot.core.messages import ChannelRef, Field, Kind, MemberRef, Message
from bot.core.sanitizer import finish
from bot.store.models import Channel, Member
from bot.store.models import Community as CommunityRow
from tests.features.test_authz import snapshot
from tests.support.harness import Community, transcript

APOLOGY = tr("en").text(APOLOGY_MSG)

SUPPORT = "You are not alone"


# --- invisible characters cannot hide crisis words ----------------------------------

# Every range of Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt).
DEFAULT_IGNORABLE = [
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
]
# Each range's ends and a few inside it.
SAMPLES = sorted(
    {c for lo, hi in DEFAULT_IGNORABLE for c in (lo, hi, (lo + hi) // 2)}
    | {0x2061, 0x2062, 0x2063, 0x2064, 0x180E, 0xE0041}
)


@pytest.mark.parametrize("point", SAMPLES, ids=lambda p: f"U+{p:04X}")
def test_no_invisible_character_hides_crisis_words(point: int) -> None:
    ch = chr(point)
    for text in (
        f"I want to ki{ch}ll myself",
        f"kill{ch}myself",
        f"just k{ch}ys",
        f"k{ch}y{ch}s",
        f"I want to d{ch}ie",
        f"{ch}suicide{ch}",
    ):
        assert safety.contains_crisis_language(text), repr(text)


@pytest.mark.parametrize("point", SAMPLES, ids=lambda p: f"U+{p:04X}")
def test_invisible_characters_do_not_make_hyperbole_a_crisis(point: int) -> None:
    ch = chr(point)
    for text in (f"this com{ch}mute is killing me", f"I kil{ch}led it in the interview"):
        assert not safety.contains_crisis_language(text), repr(text)


def test_crisis_words_are_matched_after_compatibility_folding_and_case_folding() -> None:
    for text in ("ＫＩＬＬ ＭＹＳＥＬＦ", "KILL MYSELF", "Kİll myself", "ｋｙｓ"):
        assert safety.contains_crisis_language(text), text
    # One invisible inside a word and another standing for the space, together.
    assert safety.contains_crisis_language("ki\u00adll\u200bmyself")


# --- crisis words in an option that is not free text -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '/pause days:"kill myself"',
        "/pause kys",
        '/settings streak_days:"I want to die"',
        '/pause off:"kill myself"',
        '/checkin mood:"kill myself"',
    ],
)
async def test_crisis_words_in_any_option_get_support_and_are_not_repeated(
    community: Community, line: str
) -> None:
    messages = await community.run("ana", line)
    assert messages[0].title == SUPPORT and messages[0].ephemeral
    assert "findahelpline.com" in messages[0].text
    error = messages[-1]
    assert error.error and error.ephemeral
    option = line.split()[1].split(":")[0] if ":" in line else "days"
    assert f"`{option}`" in error.text
    for m in messages:
        assert "kill" not in m.plain_text().lower() and "kys" not in m.plain_text().lower()
        assert "want to die" not in m.plain_text().lower()


async def test_crisis_words_in_a_typed_choice_get_support(community: Community) -> None:
    messages = await _invoke(community, "settings", {"streak_days": "kys"})
    assert messages[0].title == SUPPORT
    assert messages[1].error and "`streak_days`" in messages[1].text
    assert not any("kys" in m.plain_text() for m in messages)


# --- public text hygiene ------------------------------------------------------------

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_the_sanitizer_collapses_blank_lines_strips_bidi_and_breaks_masked_links() -> None:
    msg = finish(
        Message(
            kind=Kind.POST,
            text="Got it!\n\n\n \n\t\n\r\n\nreally\u202egnp.exe [click me](http://evil.example)",
            title="Win \u2067by\u2069 ana\n\n\n\nx",
            fields=[Field("[a](<https://evil>)", "one\n\n\n\ntwo\u200f")],
        )
    )
    assert msg.text.startswith("Got it!\n\nreally")
    assert "\n\n\n" not in msg.text and "\n \n" not in msg.text and "\r" not in msg.text
    assert not any(c in msg.plain_text() for c in BIDI)
    assert "](" not in msg.plain_text()
    assert "click me" in msg.text and "http://evil.example" in msg.text
    assert msg.fields[0].value == "one\n\ntwo"
    assert msg.title is not None and "\n\n\n" not in msg.title


def test_the_bots_own_text_is_unchanged() -> None:
    own = (
        "Answer with `/checkin did:... next:... blocker:... mood:1-5`.\n\n"
        f"{tr('en')(support.DEFAULT_RESOURCES)}\n- one\n- two [optional]\n```\ncode\n\nblock\n```"
    )
    assert finish(Message(kind=Kind.REPLY, text=own)).text == own


async def test_a_shared_win_keeps_no_bidi_no_blank_runs_and_no_masked_link(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    text = "Offer!\n\n\n\n\n\u202eRTL\u202c [free prize](http://evil.example) \u2066x\u2069"
    await community.engine.delivery.deliver(
        await _invoke(community, "win", {"text": text}), community._send, community.key
    )
    [post] = [m for m in community.sent if m.kind is Kind.POST]
    assert "Offer!" in post.text and "free prize" in post.text
    assert "\n\n\n" not in post.plain_text()
    assert not any(c in post.plain_text() for c in BIDI)
    assert "](" not in post.plain_text()


async def test_a_console_win_with_a_masked_link_and_bidi_is_posted_inert(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\nmo: /mod setup wins_channel:#wins\n"
        'ana: /win text:"Hired \u202e[docs](http://evil.example)\u202c \u200fyay"\n',
    )
    post = next(o for o in out if o["type"] == "post")
    assert "Hired" in post["text"] and "docs" in post["text"]
    assert "](" not in post["text"] and not any(c in post["text"] for c in BIDI)


# --- values the database cannot store ------------------------------------------------


async def _invoke(
    community: Community,
    command: str,
    options: dict[str, Any],
    *,
    actor: MemberRef | None = None,
    channel: ChannelRef | None = None,
    community_name: str = "",
    moderator: bool = False,
) -> list[Message]:
    return await community.engine.run(
        Invocation(
            community_key=community.key,
            actor=actor or MemberRef("ana", "ana"),
            command=command,
            options=options,
            channel=channel or ChannelRef("general", "general"),
            community_name=community_name,
            platform_moderator=moderator,
        )
    )


def _clear_refusal(messages: list[Message], option: str) -> str:
    [msg] = messages
    text = msg.plain_text()
    assert msg.error and msg.text != APOLOGY and f"`{option}`" in text, text
    assert "None" not in text and "Traceback" not in text
    return text


@pytest.mark.parametrize(
    ("line", "option", "says"),
    [
        ("/cheer post:99999999999999999999", "post", "at most 2147483647"),
        ("/cheer post:0", "post", "at least 1, not 0"),
        ("/cheer post:-5", "post", "at least 1"),
        ("/mod checkin-cancel id:99999999999", "id", "at most 2147483647"),
        ("/mod checkin-cancel id:0", "id", "at least 1, not 0"),
        ("/mod checkin-cancel id:" + "9" * 5000, "id", "whole number"),
        ("/log applied count:0", "count", "between 1 and 50, not 0"),
    ],
)
async def test_out_of_range_numbers_are_refused_clearly(
    community: Community, line: str, option: str, says: str
) -> None:
    community.moderators.add("ana")
    await community.reply("ana", "/help")
    before = await snapshot(community.engine)
    text = _clear_refusal(await community.run("ana", line), option)
    assert says in text and len(text) < 600
    assert await snapshot(community.engine) == before


async def test_typed_huge_numbers_are_refused_clearly(community: Community) -> None:
    text = _clear_refusal(await _invoke(community, "cheer", {"post": 2**63}), "post")
    assert "at most 2147483647" in text
    [msg] = await _invoke(community, "mod checkin-cancel", {"id": 2**40}, moderator=True)
    assert msg.error and "at most 2147483647" in msg.text


@pytest.mark.parametrize(
    ("command", "options", "option"),
    [
        ("win", {"text": "got\x00it"}, "text"),
        ("log", {"activity": "applied", "note": "zebra\x00note"}, "note"),
        ("log", {"activity": "applied", "note": "zebra \ud800 note"}, "note"),
        ("win", {"text": "tail \udfff"}, "text"),
        ("log", {"activity": "applied\x00", "note": "x"}, "activity"),
    ],
)
async def test_text_the_database_cannot_store_is_refused_and_changes_nothing(
    community: Community,
    command: str,
    options: dict[str, Any],
    option: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await community.reply("ana", "/help")
    before = await snapshot(community.engine)
    with caplog.at_level(logging.INFO):
        text = _clear_refusal(await _invoke(community, command, options), option)
    assert "\x00" not in text and "\ud800" not in text and "\udfff" not in text
    assert await snapshot(community.engine) == before
    assert not any("zebra" in r.getMessage() for r in caplog.records)
    assert "Active days in all: 0" in (await community.reply("ana", "/streak")).plain_text()


async def test_a_nul_in_a_command_line_is_refused(community: Community) -> None:
    await community.reply("ana", "/help")
    before = await snapshot(community.engine)
    _clear_refusal(await community.run("ana", '/win text:"go\x00od"'), "text")
    assert await snapshot(community.engine) == before


async def test_overlong_and_broken_names_from_the_platform_are_stored_safely(
    community: Community,
) -> None:
    long_name = "N" * 150
    for n, (name, channel_name, community_name) in enumerate(
        [
            (long_name, "c" * 150, "K" * 250),
            ("bad\x00name\ud800" + "x" * 200, "ch\x00an", "com\udc00munity"),
        ]
    ):
        messages = await _invoke(
            community,
            "log",
            {"activity": "applied"},
            actor=MemberRef(f"m{n}", name),
            channel=ChannelRef(f"chan{n}", channel_name),
            community_name=community_name,
        )
        assert not any(m.error for m in messages), [m.plain_text() for m in messages]
    # A known member whose name grows too long later, and a member named in an option.
    messages = await _invoke(
        community, "cheer", {"member": MemberRef("bo", "B" * 300), "message": "well done"}
    )
    assert not any(m.text == APOLOGY for m in messages)
    async with community.engine.db.read_sessions() as session, session.begin():
        names = list(await session.scalars(select(Member.display_name)))
        channels = list(await session.scalars(select(Channel.name)))
        communities = list(await session.scalars(select(CommunityRow.name)))
        longest = await session.scalar(select(func.max(func.length(Member.display_name))))
    assert longest is not None and longest <= 100
    assert all(len(n) <= 100 for n in channels) and all(len(n) <= 200 for n in communities)
    for text in (*names, *channels, *communities):
        assert "\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    assert {"N" * 100, "B" * 100, "badname" + "x" * 93} <= set(names)
    assert "c" * 100 in channels and "chan" in channels
