"""A command's post on Discord, on the wire (discord.py's real client against the fake):
posted once through the outbox with the row's nonce, its id kept so removal deletes it,
a server error retried by the outbox and posted once, a refusal told to the member and to
moderators, and a row sent again answered with the message its nonce already created."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from sqlalchemy import select

from bot.core.clock import ManualClock, SystemClock, parse_instant
from bot.core.delivery import DELIVERY_KEY, RESUMING
from bot.core.messages import ChannelRef, Kind, Message
from bot.store.db import open_database
from bot.store.models import Outbox, Post
from tests.adapters.test_discord import (
    ANA,
    GENERAL,
    GUILD,
    MAYA,
    MOD_ROLE,
    OWNER,
    START,
    WINS,
    World,
    channel_posts,
    text_of,
)
from tests.support.fake_discord import (
    MANAGE_GUILD,
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    FakeMember,
)

CREATE = rf"/channels/{WINS}/messages"


@pytest.fixture
async def world(db_url: str) -> AsyncIterator[World]:
    """The Discord world of `tests.adapters.test_discord`, on both backends."""
    guild = FakeGuild(
        id=GUILD,
        name="Job Seekers",
        owner_id=OWNER,
        channels={GENERAL: "general", WINS: "wins"},
        roles={MOD_ROLE: ("Moderators", MANAGE_GUILD)},
        members={
            ANA: FakeMember(ANA, "ana"),
            MAYA: FakeMember(MAYA, "maya", roles=[MOD_ROLE]),
            OWNER: FakeMember(OWNER, "olga"),
        },
    )
    fake = FakeDiscord([guild])
    await fake.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    w = World(fake, db_url, ManualClock(parse_instant(START)))
    try:
        yield w
    finally:
        for service, _ in list(w.running):
            await w.stop(service.adapter)  # type: ignore[arg-type]
        await fake.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    assert fake.errors == []


async def recorded(world: World, post_id: int) -> str:
    """Wait until the post's Discord id is committed; return it."""
    found = await world.fake.until(lambda: [r for p, r in world.deliveries if p == post_id])
    return str(found[0])


async def stored(world: World) -> tuple[list[tuple[int, str | None]], list[Outbox]]:
    """The posts (id, platform ref) and outbox rows as the store has them."""
    db = open_database(world.url)
    try:
        async with db.sessions() as session:
            posts = (await session.execute(select(Post.id, Post.platform_ref))).all()
            rows = list(await session.scalars(select(Outbox).order_by(Outbox.id)))
    finally:
        await db.dispose()
    return [(p, r) for p, r in posts], rows


async def set_wins_channel(world: World) -> None:
    setup = await world.command(MAYA, "mod setup", {"wins_channel": ChannelOption(WINS)})
    assert "#wins" in text_of(setup)


async def test_a_win_is_posted_once_its_id_kept_and_removal_deletes_it(world: World) -> None:
    fake = world.fake
    await world.start()
    await set_wins_channel(world)
    reply = await world.command(ANA, "win", {"text": "Recruiter called back"})
    assert "Posting it to #wins as post 1" in text_of(reply)
    ref = await recorded(world, 1)
    (message,) = channel_posts(fake, WINS)
    assert message["id"] == ref
    assert "Recruiter called back" in text_of(message)
    (create,) = fake.find("POST", CREATE)
    assert create.json["enforce_nonce"] is True
    posts, rows = await stored(world)
    assert posts == [(1, ref)]
    assert create.json["nonce"].startswith(f"outbox:{rows[0].id}.")

    removed = await world.command(MAYA, "mod remove", {"post": 1})
    assert "Removed post 1" in text_of(removed)
    await fake.request("DELETE", rf"/channels/{WINS}/messages/{ref}")
    assert channel_posts(fake, WINS) == []
    assert len(fake.find("POST", CREATE)) == 1


async def test_a_server_error_is_retried_by_the_outbox_and_posted_once(world: World) -> None:
    """A 503 reaches the outbox (discord.py itself retries 500/502/504 after sleeping)."""
    fake = world.fake
    await world.start()
    await set_wins_channel(world)
    fake.fail("POST", CREATE, 503, 0, "Service Unavailable", times=1)
    reply = await world.command(ANA, "win", {"text": "Second-round invite"})
    assert "Posting it to #wins as post 1" in text_of(reply)
    ref = await recorded(world, 1)
    failed, posted = fake.find("POST", CREATE)
    assert (failed.status, posted.status) == (503, 200)
    assert failed.json["nonce"] == posted.json["nonce"]  # the same row, sent again
    (message,) = channel_posts(fake, WINS)
    assert message["id"] == ref
    assert "Second-round invite" in text_of(message)
    posts, rows = await stored(world)
    assert posts == [(1, ref)]
    assert [(r.attempts, r.sent_at is not None) for r in rows] == [(2, True)]


async def test_missing_access_is_told_to_the_member_and_in_mod_setup(world: World) -> None:
    fake = world.fake
    fake.fail("POST", CREATE, 403, 50001, "Missing Access")
    await world.start()
    await set_wins_channel(world)
    reply = await world.command(ANA, "win", {"text": "Offer from Acme"})
    assert "Win recorded" in text_of(reply)
    (notice,) = await fake.until(lambda: fake.dm_messages(ANA))
    assert "could not be posted in #wins (missing permission to post)" in text_of(notice)
    assert notice["embeds"][0]["title"] == "Not posted"
    setup = await world.command(MAYA, "mod setup")
    assert "cannot post in #wins: missing permission to post" in text_of(setup)
    assert channel_posts(fake, WINS) == []
    posts, rows = await stored(world)
    assert posts == [(1, None)]
    # A refusal is final: the row is settled, so the outbox does not send it again.
    assert [(r.sent_at is not None, r.last_error) for r in rows] == [
        (True, "refused: missing permission to post")
    ]


async def _send_twice(world: World) -> tuple[str | None, str | None]:
    """Send a row, then send it again as a process resuming after a crash would."""
    bot = await world.start()
    msg = Message(kind=Kind.POST, text="Check in", channel=ChannelRef(str(WINS), "wins"))
    key = DELIVERY_KEY.set("outbox:7")
    try:
        first = await bot.send(msg)  # the process died before it could settle this
        resuming = RESUMING.set(SystemClock().now() - timedelta(seconds=5))
        again = await bot.send(msg)
        RESUMING.reset(resuming)
    finally:
        DELIVERY_KEY.reset(key)
    return first, again


async def test_a_row_sent_again_is_found_in_the_channel_history(world: World) -> None:
    """A process that died while Discord answered: the message is in the channel's
    history, so it is not posted again, whatever Discord's nonce window."""
    fake = world.fake
    fake.forget_nonces()
    first, again = await _send_twice(world)
    assert again == first
    assert [m["id"] for m in channel_posts(fake, WINS)] == [first]
    assert [c.json["nonce"] for c in fake.find("POST", CREATE)] == ["outbox:7.0"]


async def test_a_row_sent_again_gets_the_message_its_nonce_created(world: World) -> None:
    """Without Read Message History the row is sent again with its nonce, which Discord
    de-duplicates."""
    fake = world.fake
    fake.fail("GET", r"/channels/\d+/messages$", 403, 50001, "Missing Access")
    first, again = await _send_twice(world)
    assert again == first
    assert [m["id"] for m in channel_posts(fake, WINS)] == [first]
    nonces: list[Any] = [c.json["nonce"] for c in fake.find("POST", CREATE)]
    assert nonces == ["outbox:7.0", "outbox:7.0"]
