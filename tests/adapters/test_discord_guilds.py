"""The bot joining and leaving Discord servers, over the gateway: a welcome with the setup
steps, service stopping for that server only, a rejoin keeping everything, and the
data erased 30 days after leaving, on the injected clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from sqlalchemy import func, select

from adapters.discord.adapter import Bridge, DiscordAdapter
from bot.core.clock import ManualClock, parse_instant
from bot.store.communities import CommunitySummary, community_tables, list_communities
from bot.store.db import open_database
from tests.adapters.test_discord import (
    ANA,
    CHECKINS,
    GENERAL,
    GUILD,
    MAYA,
    MOD_ROLE,
    OWNER,
    START,
    World,
    reply_of,
    text_of,
)
from tests.support.fake_discord import (
    MANAGE_GUILD,
    WAIT,
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    FakeMember,
)
from tests.support.harness import new_sqlite_database

OTHER = 1_100_000_000_000_000_601  # another server, served all along
OTHER_LOBBY = 1_100_000_000_000_000_602
ZOE = 1_100_000_000_000_000_603
NEW = 1_100_000_000_000_000_701  # a server that adds the bot during the test
NEW_LOBBY = 1_100_000_000_000_000_702
NEW_OWNER = 1_100_000_000_000_000_703


def job_seekers() -> FakeGuild:
    return FakeGuild(
        id=GUILD,
        name="Job Seekers",
        owner_id=OWNER,
        channels={GENERAL: "general", CHECKINS: "checkins"},
        roles={MOD_ROLE: ("Moderators", MANAGE_GUILD)},
        members={
            ANA: FakeMember(ANA, "ana"),
            MAYA: FakeMember(MAYA, "maya", roles=[MOD_ROLE]),
            OWNER: FakeMember(OWNER, "olga"),
        },
        system_channel=GENERAL,
    )


def new_server(*, system_channel: int | None = NEW_LOBBY) -> FakeGuild:
    return FakeGuild(
        id=NEW,
        name="Career Changers",
        owner_id=NEW_OWNER,
        channels={NEW_LOBBY: "lobby"},
        members={NEW_OWNER: FakeMember(NEW_OWNER, "nia")},
        system_channel=system_channel,
    )


# Bridge methods the tests wait for: each sets its event when a call returns.
OBSERVED = ("left", "present")


@pytest.fixture
async def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    other = FakeGuild(
        id=OTHER,
        name="Other Server",
        owner_id=ZOE,
        channels={OTHER_LOBBY: "lobby"},
        members={ZOE: FakeMember(ZOE, "zoe")},
    )
    fake = FakeDiscord([job_seekers(), other])
    await fake.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    w = World(fake, await new_sqlite_database(tmp_path), ManualClock(parse_instant(START)))
    _done.clear()
    for name in OBSERVED:
        monkeypatch.setattr(Bridge, name, _observed(getattr(Bridge, name), name))
    try:
        yield w
    finally:
        for service, _ in list(w.running):
            await w.stop(service.adapter)  # type: ignore[arg-type]
        await fake.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    assert fake.errors == []


_done: dict[str, asyncio.Event] = {}


def _observed(method: Callable[..., Awaitable[None]], name: str) -> Callable[..., Awaitable[None]]:
    async def wrapped(self: Bridge, *args: Any) -> None:
        try:
            await method(self, *args)
        finally:
            _done.setdefault(name, asyncio.Event()).set()

    return wrapped


async def handled(name: str) -> None:
    """Wait until the bridge finished handling the next `name` event."""
    await asyncio.wait_for(_done.setdefault(name, asyncio.Event()).wait(), WAIT)
    _done[name].clear()


async def ready(world: World) -> DiscordAdapter:
    """A bot connected and past its start-up burst of servers: from now on GUILD_CREATE
    for a server it was not in means it was just added there."""
    bot = await world.start()
    await bot.client.wait_until_ready()
    await handled("present")
    return bot


async def community(world: World, key: str) -> CommunitySummary | None:
    db = open_database(world.url)
    try:
        return next((c for c in await list_communities(db) if c.key == key), None)
    finally:
        await db.dispose()


async def slash_in(
    world: World, guild: int, user: int, channel: int, path: str, **opts: Any
) -> str:
    sent = await world.fake.slash(guild, user, channel, path, opts)
    return text_of(reply_of(await world.fake.callback(sent)))


async def test_joining_a_server_welcomes_it_in_the_system_channel(world: World) -> None:
    await ready(world)
    await world.fake.join(new_server())
    call = await world.fake.request("POST", rf"/channels/{NEW_LOBBY}/messages")
    welcome = text_of(call.json)
    assert "Thanks for adding Rebound" in welcome and "Career Changers" in welcome
    assert "Three steps" in welcome and "/mod setup" in welcome
    assert "/mod checkin-schedule" in welcome and "/log activity:applied" in welcome
    assert call.json["allowed_mentions"] == {"parse": []}
    found = await community(world, f"discord:{NEW}")
    assert found is not None and found.status == "installed" and found.name == "Career Changers"
    assert world.fake.dm_messages(NEW_OWNER) == []


async def test_a_server_rebound_cannot_post_in_gets_the_welcome_through_its_owner(
    world: World,
) -> None:
    await ready(world)
    world.fake.fail("POST", rf"/channels/{NEW_LOBBY}/messages", 403, 50013, "Missing Permissions")
    await world.fake.join(new_server())
    await world.fake.request("POST", r"/users/@me/channels")
    (dm,) = await world.fake.until(lambda: world.fake.dm_messages(NEW_OWNER))
    assert "Thanks for adding Rebound" in text_of(dm)
    assert "so it comes to you as its owner" in text_of(dm)


async def test_a_server_without_a_system_channel_gets_the_welcome_through_its_owner(
    world: World,
) -> None:
    await ready(world)
    await world.fake.join(new_server(system_channel=None))
    (dm,) = await world.fake.until(lambda: world.fake.dm_messages(NEW_OWNER))
    assert "Three steps" in text_of(dm)
    assert world.fake.find("POST", rf"/channels/{NEW_LOBBY}/messages") == []


async def test_leaving_stops_that_server_only_and_rejoining_keeps_everything(
    world: World,
) -> None:
    fake = world.fake
    bot = await ready(world)
    scheduler = world.service(bot).scheduler
    await world.command(
        MAYA,
        "mod checkin-schedule",
        {"channel": ChannelOption(CHECKINS), "cadence": "daily", "time": "09:30"},
    )
    assert "Streak: 1 day" in text_of(await world.command(ANA, "log", {"activity": "applied"}))

    await fake.leave(GUILD)
    await handled("left")
    gone = await community(world, f"discord:{GUILD}")
    assert gone is not None and gone.status == "uninstalled"
    assert gone.uninstalled_at == world.clock.now()
    world.clock.set(parse_instant("2026-11-02T09:45:00Z"))  # the check-in is due
    assert await scheduler.run_due() == 0
    assert await scheduler.deliver() == 0
    assert fake.find("POST", rf"/channels/{CHECKINS}/messages") == []
    # Another server is served as before.
    assert "Logged" in await slash_in(world, OTHER, ZOE, OTHER_LOBBY, "log", activity="applied")

    mark = fake.mark()
    await fake.join(job_seekers())
    back = await fake.request("POST", rf"/channels/{GENERAL}/messages", after=mark)
    assert "Rebound is back" in text_of(back.json) and "Job Seekers" in text_of(back.json)
    prompt = await fake.request("POST", rf"/channels/{CHECKINS}/messages", after=mark)
    assert "posted late" in text_of(prompt.json)
    streak = text_of(await world.command(ANA, "streak"))
    assert "Active days in all\n1" in streak, streak
    found = await community(world, f"discord:{GUILD}")
    assert found is not None and found.status == "installed"


async def test_a_server_that_added_rebound_back_while_it_was_down_is_served(
    world: World,
) -> None:
    bot = await ready(world)
    await world.command(ANA, "log", {"activity": "applied"})
    await world.fake.leave(GUILD)
    await handled("left")
    await world.stop(bot)
    world.fake.guilds[GUILD] = job_seekers()  # added back while Rebound was stopped

    await ready(world)
    found = await community(world, f"discord:{GUILD}")
    assert found is not None and found.status == "installed"
    assert "Streak: 1 day" in text_of(await world.command(ANA, "log", {"activity": "networked"}))


async def test_thirty_days_after_leaving_the_server_is_erased(world: World) -> None:
    fake = world.fake
    bot = await ready(world)
    scheduler = world.service(bot).scheduler
    await world.command(MAYA, "mod setup", {"checkin_channel": ChannelOption(CHECKINS)})
    await world.command(ANA, "log", {"activity": "applied", "company": "Acme"})
    await slash_in(world, OTHER, ZOE, OTHER_LOBBY, "log", activity="applied")
    await fake.leave(GUILD)
    await handled("left")
    left = await community(world, f"discord:{GUILD}")
    assert left is not None

    world.clock.set(world.clock.now() + timedelta(days=30, minutes=-1))
    await scheduler.run_due()
    assert await community(world, f"discord:{GUILD}") is not None
    world.clock.set(world.clock.now() + timedelta(minutes=1))
    await scheduler.run_due()  # the loop may have run it first: either way it is committed
    assert await community(world, f"discord:{GUILD}") is None
    db = open_database(world.url)
    try:
        async with db.sessions() as s:
            for table in community_tables():
                if "community_id" in table.columns:
                    where = table.columns["community_id"] == left.id
                    count = select(func.count()).select_from(table).where(where)
                    assert await s.scalar(count) == 0, table.name
    finally:
        await db.dispose()
    assert await community(world, f"discord:{OTHER}") is not None

    mark = fake.mark()
    await fake.join(job_seekers())
    again = await fake.request("POST", rf"/channels/{GENERAL}/messages", after=mark)
    assert "Thanks for adding Rebound" in text_of(again.json)
    fresh = text_of(await world.command(ANA, "streak"))
    assert "Active days in all\n1" not in fresh, fresh
