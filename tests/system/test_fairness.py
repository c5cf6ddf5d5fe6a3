"""Fairness under load: one very large community never delays a small one.

A large community's check-in reminder fans out to every participant at the instant a
small community's check-in prompt is due. Every assertion compares positions and
counts, never wall-clock time:

- the small community's prompt goes out in the first round of deliveries, not after the
  large community's fan-out;
- its job runs in the first batch, however many jobs the large community has due, and
  between the pages of the large community's reminder job;
- a rate limit in the large community holds that community only: its messages wait out
  the platform's Retry-After without using up their attempts, the small one's go out;
- a send stuck in the large community (a platform client waiting out a 429) does not
  stop the small community's delivery;
- posts to one channel are paced (Slack: about one a second per channel), posts to
  another community's channel are not delayed by them;
- on the wire: Slack's `ratelimited` with Retry-After, and Discord's 429s in one server,
  hold that community's message until the wait is over, use up none of its attempts, and
  never stop another server's post.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from sqlalchemy import func, select

from bot.core import jobs
from bot.core.clock import ManualClock, SystemClock, parse_instant
from bot.core.delivery import LEASE, RateLimited
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.features.checkins import runs
from bot.store.models import CheckinReminder, Community, Job, Outbox
from tests.adapters.test_discord import World as DiscordWorld
from tests.adapters.test_discord import reply_of as discord_reply
from tests.adapters.test_discord import text_of as discord_text
from tests.adapters.test_slack_adapter import slack_env
from tests.support.fake_discord import (
    MANAGE_GUILD,
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    FakeMember,
)
from tests.support.harness import Community as Driver
from tests.support.harness import ConsoleResolver, make_engine

# Members of the large community who are reminded (plus its moderator).
MEMBERS = 40
REMINDED = MEMBERS + 1
DUE = "2026-11-17T12:00:00Z"
# How long a test waits for something that must happen (a failure guard, not a timing).
WAIT = 15.0


@dataclass
class World:
    engine: Engine
    clock: ManualClock
    big: Driver
    small: Driver


@pytest.fixture
async def world(db_url: str) -> AsyncIterator[World]:
    """A large community whose reminder is due at 12:00, when a small one's prompt is."""
    engine, clock, db = await make_engine(db_url, "2026-11-17T08:00:00Z")
    big = Driver(engine, clock, key="console:big", moderators={"mo"})
    small = Driver(engine, clock, key="console:small", moderators={"mo"})
    try:
        await big.reply("mo", "/mod setup timezone:UTC")
        for i in range(MEMBERS):
            await big.reply(f"m{i:03}", "/log applied")
        await big.reply(
            "mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00 summary_after_hours:4"
        )
        # The prompt opens at 10:00; the reminder to everyone is planned for 12:00.
        await big.advance("2026-11-17T10:00:00Z")
        await small.reply("mo", "/mod setup timezone:UTC")
        await small.reply("mo", "/mod checkin-schedule channel:#s cadence:daily time:12:00")
        yield World(engine, clock, big, small)
    finally:
        await db.dispose()


@dataclass
class Transport:
    """A platform's transport: records what it sent, in order."""

    sent: list[Message] = field(default_factory=list)

    async def __call__(self, msg: Message) -> str | None:
        self.sent.append(msg)
        return f"ref-{len(self.sent)}"


def is_small_prompt(msg: Message) -> bool:
    return (
        msg.kind is Kind.POST
        and msg.channel is not None
        and msg.channel.ref == "s"
        and (msg.title or "").startswith("Check-in ·")
    )


def reminders(sent: list[Message]) -> list[str]:
    return [m.to.ref for m in sent if m.kind is Kind.DM and m.to is not None]


def scheduler(world: World, send: Transport | None, **kw: object) -> Scheduler:
    return Scheduler(
        world.engine.db,
        world.clock,
        REGISTRY,
        send,
        platform="console",
        **kw,  # type: ignore[arg-type]
    )


async def test_a_small_communitys_prompt_goes_out_in_the_first_round(world: World) -> None:
    world.clock.set(parse_instant(DUE))
    transport = Transport()
    fair = scheduler(world, transport)
    assert await fair.run_due() == 2  # the large reminder and the small prompt
    assert await fair.deliver() == REMINDED + 1
    position = next(i for i, m in enumerate(transport.sent) if is_small_prompt(m))
    # The first round serves each community at most `turn` messages: the small prompt is
    # among them, not behind the large community's whole fan-out.
    assert position <= fair.turn, (position, fair.turn)
    assert len(set(reminders(transport.sent))) == len(reminders(transport.sent)) == REMINDED
    assert await fair.deliver() == 0


async def test_a_small_communitys_job_runs_in_the_first_batch(world: World) -> None:
    # The large community has many more jobs due, a minute earlier.
    async with world.engine.db.sessions() as session, session.begin():
        big_id = await session.scalar(select(Job.community_id).where(Job.kind == "checkin.remind"))
        for i in range(30):
            await jobs.schedule(
                session,
                kind="checkin.remind",
                due_at=parse_instant(DUE) - timedelta(minutes=1),
                key=f"busy-{i}",
                payload={"run_id": 0},
                community_id=big_id,
                now=world.clock.now(),
            )
    world.clock.set(parse_instant(DUE))
    fair = scheduler(world, Transport(), batch=5)
    assert await fair.run_due(limit=5) == 5  # one batch
    async with world.engine.db.sessions() as session:
        opened = await session.scalar(
            select(Job.status)
            .join(Community, Community.id == Job.community_id)
            .where(
                Job.kind == "checkin.open",
                Community.key == world.small.key,
                Job.due_at == parse_instant(DUE),
            )
        )
    assert opened == "done"
    assert await fair.run_due() == 27  # then the rest


async def test_a_large_reminder_goes_out_in_pages_with_other_jobs_between(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runs, "REMIND_PAGE", 10)
    world.clock.set(parse_instant(DUE))
    transport = Transport()
    fair = scheduler(world, transport)

    async def reminded() -> int:
        async with world.engine.db.sessions() as session:
            return await session.scalar(select(func.count()).select_from(CheckinReminder)) or 0

    assert await fair.run_due(limit=1) == 1  # the large reminder's first page
    assert await reminded() == 10
    assert await fair.run_due(limit=1) == 1  # the small prompt, before the next page
    assert await reminded() == 10
    assert await fair.deliver() == 11
    assert any(is_small_prompt(m) for m in transport.sent)
    assert await fair.run_due() == 4  # the rest, a page per job
    assert await fair.deliver() == REMINDED - 10
    assert len(set(reminders(transport.sent))) == len(reminders(transport.sent)) == REMINDED


@dataclass
class Limited(Transport):
    """The platform rate-limits every direct message (the large community's fan-out)."""

    limited: bool = True
    refused: int = 0

    async def __call__(self, msg: Message) -> str | None:
        if self.limited and msg.kind is Kind.DM:
            self.refused += 1
            raise RateLimited(30.0)
        return await super().__call__(msg)


async def test_a_rate_limit_holds_only_its_own_community(world: World) -> None:
    world.clock.set(parse_instant(DUE))
    lease_clock = ManualClock(SystemClock().now())
    transport = Limited()
    fair = scheduler(world, transport, lease_clock=lease_clock)
    assert await fair.run_due() == 2
    assert await fair.deliver() == 1
    assert [is_small_prompt(m) for m in transport.sent] == [True]
    assert transport.refused == 1  # the first reminder; the others wait without trying
    async with world.engine.db.sessions() as session:
        waiting = list(await session.scalars(select(Outbox).where(Outbox.sent_at.is_(None))))
    assert len(waiting) == REMINDED
    assert {row.attempts for row in waiting} == {0}  # a rate limit is not a failed attempt
    # Before Retry-After has passed, nothing of the large community is tried again.
    lease_clock.set(lease_clock.now() + timedelta(seconds=29))
    assert await fair.deliver() == 0
    assert transport.refused == 1
    # Afterwards every reminder goes out, once.
    transport.limited = False
    lease_clock.set(lease_clock.now() + timedelta(seconds=2))
    assert await fair.deliver() == REMINDED
    assert len(set(reminders(transport.sent))) == REMINDED
    # Another process sees the wait too: the held rows are not its to send before then.
    assert await fair.deliver() == 0


async def test_a_send_stuck_in_one_community_does_not_stall_another(world: World) -> None:
    world.clock.set(parse_instant(DUE))
    release, small_sent = asyncio.Event(), asyncio.Event()
    transport = Transport()

    async def send(msg: Message) -> str | None:
        if msg.kind is Kind.DM:
            await release.wait()  # a platform client waiting out the large community's 429
        ref = await transport(msg)
        if is_small_prompt(msg):
            small_sent.set()
        return ref

    fair = Scheduler(world.engine.db, world.clock, REGISTRY, send, platform="console", lanes=4)
    assert await fair.run_due() == 2
    delivering = asyncio.create_task(fair.deliver())
    await asyncio.wait_for(small_sent.wait(), WAIT)
    assert reminders(transport.sent) == []  # the large community is still waiting
    release.set()
    assert await asyncio.wait_for(delivering, WAIT) == REMINDED + 1
    assert len(set(reminders(transport.sent))) == REMINDED


async def test_posts_to_one_channel_are_paced_and_others_are_not_delayed(world: World) -> None:
    """Three wins in one community's #wins, one in another's; their commands' deliveries
    were lost (a crash), so the outbox sends them, at most one a second per channel."""
    for who in (world.big, world.small):
        await who.reply("mo", "/mod setup wins_channel:#wins")
    for driver, texts in ((world.big, ["One", "Two", "Three"]), (world.small, ["Other"])):
        for text in texts:
            await driver.engine.run_line(
                f'/win text:"{text}"',
                community_key=driver.key,
                actor=MemberRef("ana", "ana"),
                channel=ChannelRef("general", "general"),
                resolver=ConsoleResolver(),
            )
    lease_clock = ManualClock(SystemClock().now() + LEASE + timedelta(seconds=1))
    start = lease_clock.now()
    sent: list[tuple[str, float]] = []
    slept: list[float] = []

    async def send(msg: Message) -> str | None:
        sent.append((msg.plain_text(), (lease_clock.now() - start).total_seconds()))
        return f"ref-{len(sent)}"

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        lease_clock.set(lease_clock.now() + timedelta(seconds=seconds))

    paced = Scheduler(
        world.engine.db,
        world.clock,
        REGISTRY,
        send,
        platform="console",
        lease_clock=lease_clock,
        pace=timedelta(seconds=1),
        sleep=sleep,
    )
    assert await paced.deliver() == 4
    at = {next(w for w in ("One", "Two", "Three", "Other") if w in text): t for text, t in sent}
    assert at["Two"] - at["One"] >= 1.0 and at["Three"] - at["Two"] >= 1.0
    # Only the second and third post to the same channel waited: the other community's
    # channel waits for no one.
    assert slept == [pytest.approx(1.0), pytest.approx(1.0)]


# --- on the wire: the platforms' rate limits ---------------------------------------------


async def test_slack_ratelimited_waits_out_retry_after_and_loses_no_attempt(
    db_url: str,
) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup wins_channel:#wins", user="UADMIN")
        env.fake.fail("chat.postMessage", "ratelimited", retry_after=30)
        await env.ask('win text:"Second round"')
        await env.app.drain()  # the command's own delivery met the rate limit
        (limited,) = env.fake.of("chat.postMessage")
        assert limited.args["_failed"] == "ratelimited"
        lease_clock = ManualClock(SystemClock().now())
        outbox = Scheduler(
            env.engine.db,
            env.engine.clock,
            env.engine.registry,
            env.app.delivery.send,
            platform="slack",
            lease_clock=lease_clock,
        )
        lease_clock.set(lease_clock.now() + timedelta(seconds=15))
        assert await outbox.deliver() == 0  # Retry-After has not passed: not tried again
        assert len(env.fake.of("chat.postMessage")) == 1
        lease_clock.set(lease_clock.now() + timedelta(seconds=30))
        assert await outbox.deliver() == 1
        posted = [c for c in env.fake.of("chat.postMessage") if "_failed" not in c.args]
        assert [c.args["channel"] for c in posted] == ["C3"]
        async with env.engine.db.sessions() as session:
            (row,) = await session.scalars(select(Outbox))
        assert row.sent_at is not None and row.attempts == 1  # the rate limit was no attempt


G1, G2 = 1_100_000_000_000_000_001, 1_100_000_000_000_000_002
MOD = 1_100_000_000_000_000_013
GENERAL1, WINS1 = 1_100_000_000_000_000_101, 1_100_000_000_000_000_104
GENERAL2, WINS2 = 1_100_000_000_000_000_301, 1_100_000_000_000_000_304
MODS = 1_100_000_000_000_000_201


async def test_discord_429s_in_one_server_never_stall_or_drop_anothers_posts(
    db_url: str,
) -> None:
    guilds = [
        FakeGuild(
            id=guild,
            name=name,
            owner_id=MOD,
            channels={general: "general", wins: "wins"},
            roles={MODS: ("Moderators", MANAGE_GUILD)},
            members={MOD: FakeMember(MOD, "maya", roles=[MODS])},
        )
        for guild, name, general, wins in (
            (G1, "Busy", GENERAL1, WINS1),
            (G2, "Small", GENERAL2, WINS2),
        )
    ]
    fake = FakeDiscord(guilds)
    await fake.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    world = DiscordWorld(fake, db_url, ManualClock(parse_instant("2026-11-02T09:00:00Z")))
    try:
        bot = await world.start()

        async def command(guild: int, general: int, path: str, **options: object) -> str:
            sent = await fake.slash(guild, MOD, general, path, dict(options))
            return discord_text(discord_reply(await fake.callback(sent)))

        for guild, general, wins in ((G1, GENERAL1, WINS1), (G2, GENERAL2, WINS2)):
            assert "#wins" in await command(
                guild, general, "mod setup", wins_channel=ChannelOption(wins)
            )
        busy = rf"/channels/{WINS1}/messages"
        fake.fail("POST", busy, 429, 0, "You are being rate limited.")  # until lifted
        assert "Posting it" in await command(G1, GENERAL1, "win", text="Busy server's win")
        assert "Posting it" in await command(G2, GENERAL2, "win", text="Small server's win")
        await fake.until(
            lambda: [
                c for c in fake.find("POST", rf"/channels/{WINS2}/messages") if c.status == 200
            ]
        )
        # The busy server's post is tried again once Discord's wait is over, and again,
        # without using up its attempts: a rate limit is not a failure.
        await fake.until(lambda: len(fake.find("POST", busy)) >= 3)
        async with bot.engine.db.sessions() as session:
            rows = list(await session.scalars(select(Outbox).order_by(Outbox.id)))
        waiting = [r for r in rows if r.sent_at is None]
        assert len(waiting) == 1 and waiting[0].attempts == 0
        fake.failures.clear()
        await fake.until(lambda: [c for c in fake.find("POST", busy) if c.status == 200])
        assert len([c for c in fake.find("POST", busy) if c.status == 200]) == 1
    finally:
        for service, _ in list(world.running):
            await world.stop(service.adapter)  # type: ignore[arg-type]
        await fake.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    assert fake.errors == []
