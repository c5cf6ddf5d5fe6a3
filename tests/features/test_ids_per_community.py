"""Member-facing ids are numbered per community: nothing shows how busy another community is.

Two communities share one database (SQLite and PostgreSQL). Each sees its own "post 1" and
check-in schedule 1 first, and an id typed in one community never reaches the other's
rows, however the global row ids interleave.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.core.messages import Message
from tests.support.harness import Community, make_engine, transcript


@pytest.fixture
async def two(db_url: str) -> AsyncIterator[tuple[Community, Community]]:
    engine, clock, db = await make_engine(db_url)
    try:
        a = Community(engine, clock, key="console:alpha", moderators={"mo"})
        b = Community(engine, clock, key="console:beta", moderators={"mo"})
        for c in (a, b):
            await c.reply("mo", "/mod setup wins_channel:#wins")
        yield a, b
    finally:
        await db.dispose()


def _posts(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.kind.value == "post" and not m.withdraw_ref]


async def test_each_community_sees_post_1_first(two: tuple[Community, Community]) -> None:
    a, b = two
    await a.reply("ana", '/win text:"Offer from Acme"')
    await a.reply("ana", '/win text:"Second round at Birch"')
    shared = await b.run("bo", '/win text:"Phone screen at Cedar"')
    reply = next(m for m in shared if m.kind.value == "reply")
    assert "as post 1." in reply.plain_text()
    [post] = _posts(shared)
    assert "Post 1 · cheer with the button or `/cheer post:1`" in post.text
    assert [btn.args for btn in post.buttons] == [{"post": "1"}]
    cheer = await b.reply("cy", "/cheer post:1")
    assert not cheer.error and "@bo" in cheer.plain_text()


async def test_removing_post_1_in_one_community_leaves_the_other_alone(
    two: tuple[Community, Community],
) -> None:
    a, b = two
    await a.reply("ana", '/win text:"Offer from Acme"')
    await b.reply("bo", '/win text:"Phone screen at Cedar"')
    removed = await b.reply("mo", "/mod remove post:1")
    assert not removed.error and "Removed post 1, a win in #wins" in removed.plain_text()
    again = await b.reply("mo", "/mod remove post:1")
    assert again.error and "Post 1 was already removed." in again.plain_text()
    # Alpha's post 1 is untouched: still there to cheer, and still removable once.
    cheer = await a.reply("cy", "/cheer post:1")
    assert not cheer.error and "@ana" in cheer.plain_text()
    mine = await a.reply("mo", "/mod remove post:1")
    assert not mine.error and "Removed post 1" in mine.plain_text()
    missing = await b.reply("mo", "/mod remove post:2")
    assert missing.error and "There is no post 2 in this community." in missing.plain_text()


async def test_each_community_numbers_its_own_check_in_schedules(
    two: tuple[Community, Community],
) -> None:
    a, b = two
    first = await a.reply("mo", "/mod checkin-schedule channel:#checkins cadence:daily time:09:00")
    assert "Check-in 1 will run in #checkins" in first.plain_text()
    await a.reply("mo", "/mod checkin-schedule channel:#other cadence:daily time:10:00")
    theirs = await b.reply("mo", "/mod checkin-schedule channel:#checkins cadence:daily time:09:00")
    assert "Check-in 1 will run in #checkins" in theirs.plain_text()
    listed = (await b.reply("mo", "/mod checkin-schedules")).plain_text()
    assert "Check-in 1:" in listed and "Check-in 2" not in listed
    cancelled = await b.reply("mo", "/mod checkin-cancel id:1")
    assert not cancelled.error and "Cancelled check-in 1" in cancelled.plain_text()
    kept = (await a.reply("mo", "/mod checkin-schedules")).plain_text()
    assert "Check-in 1:" in kept and "Check-in 2:" in kept
    nope = await b.reply("mo", "/mod checkin-cancel id:2")
    assert nope.error and "There is no check-in schedule 2 here." in nope.plain_text()
    audit = (await b.reply("mo", "/mod audit")).plain_text()
    assert "check-in 1" in audit and "check-in 3" not in audit


async def test_each_community_has_its_own_buddy_round_1(two: tuple[Community, Community]) -> None:
    for c in two:
        for who in ("ana", "bo"):
            await c.reply(who, "/buddy join")
        paired = await c.reply("mo", "/mod pair")
        assert paired.title == "Round 1: 1 pair"


async def test_console_transcripts_show_the_community_number(db_url: str) -> None:
    engine, clock, db = await make_engine(db_url)
    try:
        other = Community(engine, clock, key="console:elsewhere", moderators={"mo"})
        await other.reply("mo", "/mod setup wins_channel:#wins")
        for text in ("One", "Two", "Three"):
            await other.reply("ana", f'/win text:"{text}"')
    finally:
        await db.dispose()
    out = await transcript(
        db_url,
        '!mod mo\nmo: /mod setup wins_channel:#wins\nbo: /win text:"Offer!"\n'
        "mo: /mod remove post:1\n",
    )
    [post] = [o for o in out if o["type"] == "post" and not o.get("withdrawn")]
    assert post["post_id"] == 1 and "`/cheer post:1`" in post["text"]
    [gone] = [o for o in out if o.get("withdrawn")]
    assert gone["post_id"] == 1
