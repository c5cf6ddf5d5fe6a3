"""The Discord adapter end to end: discord.py's real client against the local fake Discord."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.base import Service
from adapters.discord.adapter import DiscordAdapter
from bot.core.clock import ManualClock, parse_instant
from bot.core.config import Config
from bot.core.engine import Engine
from bot.core.messages import Message
from bot.core.undelivered import OTHER_DMS_CLOSED
from bot.features.catalog import REGISTRY
from bot.store.db import Database, open_database
from tests.support.fake_discord import (
    MANAGE_GUILD,
    Call,
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    UserOption,
)
from tests.support.harness import new_sqlite_database

GUILD = 1_100_000_000_000_000_001
OWNER = 1_100_000_000_000_000_010
ANA = 1_100_000_000_000_000_011
BO = 1_100_000_000_000_000_012
MAYA = 1_100_000_000_000_000_013  # a moderator through her role
CY = 1_100_000_000_000_000_014  # DMs closed
GENERAL = 1_100_000_000_000_000_101
SUPPORT = 1_100_000_000_000_000_102
CHECKINS = 1_100_000_000_000_000_103
WINS = 1_100_000_000_000_000_104
ANNOUNCEMENTS = 1_100_000_000_000_000_105  # the bot may not post here
MOD_ROLE = 1_100_000_000_000_000_201
GUILD_ON_SHARD_0 = 1_100_000_000_004_194_306  # GUILD is on shard 1 of 2
OTHER_GENERAL = 1_100_000_000_000_000_301
START = "2026-11-02T09:00:00Z"


def text_of(payload: dict[str, Any]) -> str:
    """Everything a member reads in a message payload: content, embed titles, text, fields."""
    parts = [payload.get("content") or ""]
    for embed in payload.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        for f in embed.get("fields") or []:
            parts += [f["name"], f["value"]]
    return "\n".join(p for p in parts if p)


def reply_of(call: Call) -> dict[str, Any]:
    """The message data of an interaction callback."""
    assert call.json["type"] == 4, call.json
    return call.json["data"]


def buttons_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in payload.get("components") or [] for c in row.get("components", [])]


@dataclass
class World:
    fake: FakeDiscord
    url: str
    clock: ManualClock
    running: list[tuple[Service, Database]] = field(default_factory=list)
    # (engine post id, Discord ref) as the bots record deliveries.
    deliveries: list[tuple[int, str]] = field(default_factory=list)
    pending: set[asyncio.Task[None]] = field(default_factory=set)

    def config(self, **extra: Any) -> Config:
        return Config(
            database_url=self.url,
            discord_token=self.fake.token,
            discord_api_base=self.fake.api_base,
            discord_gateway_url=self.fake.gateway_url,
            **extra,
        )

    async def start(self, **extra: Any) -> DiscordAdapter:
        """A bot served as `rebound discord` serves it (the shared `Service`)."""
        before = len(self.fake.identified)
        db = open_database(self.url)
        engine = Engine(db, self.clock, REGISTRY)
        bot = DiscordAdapter(engine, self.config(**extra), defer_after=None)
        settled = engine.delivery.settle

        async def settle(session: AsyncSession, key: str, msg: Message, ref: str | None) -> None:
            await settled(session, key, msg, ref)
            if msg.post_id is None or not ref:
                return
            post_id, loop = msg.post_id, asyncio.get_running_loop()

            # Tell the test once the post's Discord id is committed, not before.
            @event.listens_for(session.sync_session, "after_commit", once=True)
            def committed(_session: object) -> None:
                self.deliveries.append((post_id, ref))
                notify = loop.create_task(self.fake.notify())
                self.pending.add(notify)
                notify.add_done_callback(self.pending.discard)

        engine.delivery.settle = settle  # type: ignore[method-assign]
        service = Service(engine, bot, scheduler_interval=0.05)
        await service.start()
        self.running.append((service, db))
        await self.fake.until(lambda: len(self.fake.identified) > before)
        return bot

    def service(self, bot: DiscordAdapter) -> Service:
        return next(s for s, _ in self.running if s.adapter is bot)

    async def stop(self, bot: DiscordAdapter) -> None:
        for entry in list(self.running):
            if entry[0].adapter is bot:
                self.running.remove(entry)
                await entry[0].stop()
                await entry[1].dispose()

    async def command(
        self, user: int, path: str, options: dict[str, Any] | None = None, channel: int = GENERAL
    ) -> dict[str, Any]:
        """Run a slash command and return the data of its interaction reply."""
        sent = await self.fake.slash(GUILD, user, channel, path, options)
        return reply_of(await self.fake.callback(sent))


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    guild = FakeGuild(
        id=GUILD,
        name="Job Seekers",
        owner_id=OWNER,
        channels={
            GENERAL: "general",
            SUPPORT: "support",
            CHECKINS: "checkins",
            WINS: "wins",
            ANNOUNCEMENTS: "announcements",
        },
        roles={MOD_ROLE: ("Moderators", MANAGE_GUILD)},
        members={
            ANA: FakeMember(ANA, "ana"),
            BO: FakeMember(BO, "bo"),
            MAYA: FakeMember(MAYA, "maya", roles=[MOD_ROLE]),
            CY: FakeMember(CY, "cy", dms_open=False),
            OWNER: FakeMember(OWNER, "olga"),
        },
    )
    fake = FakeDiscord([guild])
    await fake.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    w = World(fake, await new_sqlite_database(tmp_path), ManualClock(parse_instant(START)))
    try:
        yield w
    finally:
        for service, _ in list(w.running):
            await w.stop(service.adapter)  # type: ignore[arg-type]
        await fake.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    assert fake.errors == []


async def test_login_syncs_commands_once(world: World) -> None:
    client = await world.start()
    (sync,) = world.fake.find("PUT", rf"/applications/{world.fake.app_id}/commands")
    names = {c["name"] for c in sync.json}
    assert names == set(REGISTRY.top_level_names())
    mod = next(c for c in sync.json if c["name"] == "mod")
    assert mod["default_member_permissions"] == str(MANAGE_GUILD)
    assert {o["name"] for o in mod["options"]} >= {"setup", "checkin-schedule", "remove"}
    strengths = next(c for c in sync.json if c["name"] == "strengths")
    assert {o["name"] for o in strengths["options"]} >= {"list", "add", "remove"}
    await world.stop(client)

    mark = world.fake.mark()
    client = await world.start()
    assert world.fake.find("PUT", r"/applications/.*", after=mark) == []
    await world.stop(client)

    client = await world.start(discord_guild_id=str(GUILD))
    (guild_sync,) = world.fake.find(
        "PUT", rf"/applications/{world.fake.app_id}/guilds/{GUILD}/commands", after=mark
    )
    assert {c["name"] for c in guild_sync.json} == names


async def test_slash_command_reply_is_private_embed_without_mentions(world: World) -> None:
    await world.start()
    sent = await world.fake.slash(
        GUILD, ANA, GENERAL, "log", {"activity": "applied", "company": "Acme"}
    )
    call = await world.fake.callback(sent)
    reply = reply_of(call)
    assert reply["flags"] & 64  # ephemeral
    assert reply["allowed_mentions"] == {"parse": []}
    assert "Streak: 1 day" in text_of(reply)
    assert reply["embeds"][0]["title"]


async def test_member_without_manage_server_is_refused_on_mod(world: World) -> None:
    await world.start()
    refused = await world.command(ANA, "mod setup", {"support_channel": ChannelOption(SUPPORT)})
    assert "is for moderators" in text_of(refused)
    assert refused["flags"] & 64
    allowed = await world.command(MAYA, "mod setup", {"support_channel": ChannelOption(SUPPORT)})
    assert "#support" in text_of(allowed)
    assert "is for moderators" not in text_of(allowed)


def channel_posts(fake: FakeDiscord, channel: int) -> list[dict[str, Any]]:
    return [m for m in fake.messages.values() if m["channel_id"] == str(channel)]


async def test_member_journey(world: World) -> None:
    fake = world.fake
    client = await world.start()
    await world.command(MAYA, "mod setup", {"support_channel": ChannelOption(SUPPORT)})
    await world.command(
        MAYA,
        "mod checkin-schedule",
        {"channel": ChannelOption(CHECKINS), "cadence": "daily", "time": "09:30"},
    )

    logged = await world.command(ANA, "log", {"activity": "applied", "company": "Acme"})
    assert "Streak: 1 day" in text_of(logged)
    streak = await world.command(ANA, "streak")
    assert "Current streak" in text_of(streak)
    assert streak["flags"] & 64

    plan = await world.command(
        ANA, "rejection", {"company": "Acme", "stage": "final", "share": "anonymous"}
    )
    assert "recovery plan" in text_of(plan).lower()
    await fake.request("POST", rf"/channels/{SUPPORT}/messages")
    (shared,) = channel_posts(fake, SUPPORT)
    assert "Someone in our community" in text_of(shared)
    assert "ana" not in text_of(shared).lower()
    (cheer,) = buttons_of(shared)
    assert cheer["custom_id"].startswith("rb:cheer:post=")

    # The Cheer button is persistent: it still works after the bot restarts.
    await world.stop(client)
    client = await world.start()
    pressed = await fake.press(GUILD, BO, int(shared["id"]), cheer["custom_id"])
    thanks = reply_of(await fake.callback(pressed))
    assert thanks["flags"] & 64
    (dm,) = await fake.until(lambda: fake.dm_messages(ANA))
    assert "cheered your anonymous post" in text_of(dm)
    assert "bo" not in text_of(dm).lower()
    dm_call = fake.find("POST", rf"/channels/{dm['channel_id']}/messages")[0]
    assert dm_call.json["allowed_mentions"] == {"parse": []}

    # The scheduled check-in goes out on its own, and answers go in a thread under it.
    mark = fake.mark()
    world.clock.set(parse_instant("2026-11-02T09:30:00Z"))
    prompt_call = await fake.request("POST", rf"/channels/{CHECKINS}/messages", after=mark)
    assert prompt_call.json["allowed_mentions"] == {"parse": []}
    (prompt,) = channel_posts(fake, CHECKINS)
    await fake.until(lambda: any(ref == prompt["id"] for _, ref in world.deliveries))
    answered = await world.command(
        ANA, "checkin", {"did": "Two applications", "mood": 4}, channel=CHECKINS
    )
    assert "Thanks for checking in" in text_of(answered)
    await fake.request("POST", rf"/channels/{CHECKINS}/messages/{prompt['id']}/threads")
    (answer,) = await fake.until(lambda: channel_posts(fake, int(prompt["id"])))
    assert "Two applications" in text_of(answer)

    # Answering again edits that message in the thread.
    await fake.until(lambda: any(ref.endswith(answer["id"]) for _, ref in world.deliveries))
    await world.command(ANA, "checkin", {"did": "Three applications"}, channel=CHECKINS)
    edit = await fake.request("PATCH", rf"/channels/{prompt['id']}/messages/{answer['id']}")
    assert "Three applications" in text_of(edit.json)
    assert edit.json["components"], "the Cheer button stays"

    # A second answer reuses the thread.
    await world.command(BO, "checkin", {"did": "Mock interview"}, channel=CHECKINS)
    await fake.until(lambda: len(channel_posts(fake, int(prompt["id"]))) == 2)
    assert len(fake.find("POST", r"/channels/\d+/messages/\d+/threads")) == 1


async def test_reflect_opens_a_modal_and_stores_the_submission(world: World) -> None:
    from sqlalchemy import select

    from bot.store.models import Reflection

    await world.start()
    sent = await world.fake.slash(GUILD, ANA, GENERAL, "reflect")
    call = await world.fake.callback(sent)
    assert call.json["type"] == 9  # MODAL
    form = call.json["data"]
    assert form["custom_id"] == "rbm:reflect"
    inputs = [c["component"]["custom_id"] for c in form["components"]]
    # The declaration decides the questions: followed_up is asked, so "no" can be said.
    assert inputs == ["company", "went_well", "do_differently", "followed_up", "skill_gap"]

    submitted = await world.fake.submit(
        GUILD,
        ANA,
        GENERAL,
        "rbm:reflect",
        {
            "company": "Acme",
            "went_well": "Clear project stories",
            "do_differently": "",
            "clear_confident": "4",
            "followed_up": "no",
            "skill_gap": "SQL window functions",
        },
    )
    reply = reply_of(await world.fake.callback(submitted))
    assert reply["flags"] & 64
    assert "Clear project stories" in text_of(reply)
    assert "Send a thank-you" in text_of(reply)
    # An empty form stores nothing and says what to answer.
    empty = await world.fake.submit(GUILD, ANA, GENERAL, "rbm:reflect", {"company": " "})
    assert "Take five minutes" in text_of(reply_of(await world.fake.callback(empty)))
    db = open_database(world.url)
    try:
        async with db.sessions() as session:
            rows = list(await session.scalars(select(Reflection)))
    finally:
        await db.dispose()
    assert [(r.company, r.went_well, r.clear_confident, r.do_differently) for r in rows] == [
        ("Acme", "Clear project stories", 4, None)
    ]


async def test_shared_everyone_mention_is_neutralised(world: World) -> None:
    fake = world.fake
    await world.start()
    await world.command(MAYA, "mod setup", {"support_channel": ChannelOption(SUPPORT)})
    await world.command(
        ANA,
        "rejection",
        {"company": "Acme", "share": "public", "note": "@everyone @here <@&1234> so close"},
    )
    call = await fake.request("POST", rf"/channels/{SUPPORT}/messages")
    assert call.json["allowed_mentions"] == {"parse": []}
    shown = text_of(call.json)
    assert "so close" in shown
    assert "@everyone" not in shown and "@here" not in shown and "<@&" not in shown


async def test_channel_the_bot_cannot_post_in_is_reported_in_mod_setup(world: World) -> None:
    fake = world.fake
    fake.fail("POST", rf"/channels/{ANNOUNCEMENTS}/messages", 403, 50013, "Missing Permissions")
    client = await world.start()
    await world.command(MAYA, "mod setup", {"support_channel": ChannelOption(ANNOUNCEMENTS)})
    plan = await world.command(ANA, "rejection", {"company": "Acme", "share": "public"})
    assert "recovery plan" in text_of(plan).lower()
    await client.client.finish_inflight()
    assert fake.find("POST", rf"/channels/{ANNOUNCEMENTS}/messages")[0].status == 403
    setup = await world.command(MAYA, "mod setup")
    assert "cannot post in #announcements: missing permission to post" in text_of(setup)
    # The bot carries on.
    assert "Streak" in text_of(await world.command(ANA, "log", {"activity": "learned"}))


async def test_member_with_closed_dms_is_told_privately(world: World) -> None:
    fake = world.fake
    await world.start()
    reply = await world.command(CY, "cheer", {"member": UserOption(ANA), "message": "Go!"})
    assert reply["flags"] & 64
    # Ana's DMs are open: she gets the cheer.
    await fake.until(lambda: fake.dm_messages(ANA))
    mark = fake.mark()
    sent = await fake.slash(GUILD, ANA, GENERAL, "cheer", {"member": UserOption(CY)})
    await fake.callback(sent)
    follow = await fake.request("POST", rf"/webhooks/{fake.app_id}/{sent.token}", after=mark)
    assert follow.json["flags"] & 64
    assert OTHER_DMS_CLOSED in text_of(follow.json)
    assert fake.dm_messages(CY) == []


async def test_autocomplete_suggests_from_the_engine(world: World) -> None:
    await world.start()
    sent = await world.fake.slash(
        GUILD, ANA, GENERAL, "settings", {"timezone": "Europe/Ber"}, focused="timezone"
    )
    call = await world.fake.callback(sent)
    assert call.json["type"] == 8  # AUTOCOMPLETE_RESULT
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in call.json["data"]["choices"]


async def test_slow_work_is_deferred_then_the_original_response_is_edited(world: World) -> None:
    fake = world.fake
    client = await world.start()
    client.bridge.defer_after = 0.0  # anything not finished at once is deferred
    sent = await fake.slash(GUILD, ANA, GENERAL, "log", {"activity": "networked"})
    deferred = await fake.callback(sent)
    assert deferred.json["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    assert deferred.json["data"]["flags"] & 64
    # The answer edits the deferred response (PATCH @original), as Discord documents,
    # rather than coming as a first follow-up message.
    edited = await fake.request(
        "PATCH", rf"/webhooks/{fake.app_id}/{sent.token}/messages/@original"
    )
    assert "Streak: 1 day" in text_of(edited.json)
    assert fake.find("POST", rf"/webhooks/{fake.app_id}/{sent.token}") == []


async def test_template_form_opens_although_its_options_are_required(world: World) -> None:
    await world.start()
    sent = await world.fake.slash(GUILD, MAYA, GENERAL, "mod template-add")
    call = await world.fake.callback(sent)
    assert call.json["type"] == 9
    form = call.json["data"]
    # Each text input sits in a Label component (type 18), not in a deprecated action row.
    assert {c["type"] for c in form["components"]} == {18}
    inputs = {c["component"]["custom_id"]: c for c in form["components"]}
    assert set(inputs) == {"name", "body", "title", "replace", "language"}
    assert inputs["body"]["component"]["style"] == 2  # a paragraph box for the body
    assert inputs["body"]["component"]["max_length"] == 4000
    assert inputs["body"]["label"] == "Body" and inputs["body"]["description"]
    submitted = await world.fake.submit(
        GUILD,
        MAYA,
        GENERAL,
        form["custom_id"],
        {"name": "check-in-call", "body": "Hi {contact}, could we talk about {role}?"},
    )
    assert "check-in-call" in text_of(reply_of(await world.fake.callback(submitted)))
    # The form follows the command's rule: an existing name is replaced only on `replace`.
    again = {"name": "check-in-call", "body": "Hello {contact}"}
    refused = await world.fake.submit(GUILD, MAYA, GENERAL, form["custom_id"], again)
    assert "replace:yes" in text_of(reply_of(await world.fake.callback(refused)))
    replacing = {**again, "replace": "yes"}
    replaced = await world.fake.submit(GUILD, MAYA, GENERAL, form["custom_id"], replacing)
    assert "Template check-in-call replaced" in text_of(
        reply_of(await world.fake.callback(replaced))
    )


async def test_mod_stats_is_deferred_and_its_chart_attached(world: World) -> None:
    fake = world.fake
    await world.start()
    await world.command(ANA, "log", {"activity": "applied"})
    sent = await fake.slash(GUILD, MAYA, GENERAL, "mod stats")
    deferred = await fake.callback(sent)
    assert deferred.json["type"] == 5
    assert deferred.json["data"]["flags"] & 64
    follow = await fake.request(
        "PATCH", rf"/webhooks/{fake.app_id}/{sent.token}/messages/@original"
    )
    names = [name for name, _ in follow.files]
    assert names and all(n.endswith(".png") for n in names)
    assert follow.files[0][1].startswith(b"\x89PNG")


async def test_two_processes_each_serve_their_shard(world: World) -> None:
    fake = world.fake
    other = FakeGuild(
        id=GUILD_ON_SHARD_0,
        name="Career Changers",
        owner_id=OWNER,
        channels={OTHER_GENERAL: "general"},
        members={BO: FakeMember(BO, "bo")},
    )
    fake.guilds[other.id] = other
    fake.shards = 2
    await world.start(discord_shard_count=2, discord_shard_ids=(1,))
    await world.start(discord_shard_count=2, discord_shard_ids=(0,))
    assert sorted(fake.identified) == [[0, 2], [1, 2]]
    first = await world.command(ANA, "log", {"activity": "applied"})
    assert "Streak: 1 day" in text_of(first)
    sent = await fake.slash(other.id, BO, OTHER_GENERAL, "log", {"activity": "learned"})
    assert "Streak: 1 day" in text_of(reply_of(await fake.callback(sent)))


async def test_shutdown_finishes_the_command_in_flight(world: World) -> None:
    fake = world.fake
    bot = await world.start()
    service = world.service(bot)
    entered, release = asyncio.Event(), asyncio.Event()
    run = bot.engine.run

    async def held(inv: Any) -> Any:
        entered.set()
        await release.wait()
        return await run(inv)

    bot.engine.run = held  # type: ignore[method-assign]
    sent = await fake.slash(GUILD, ANA, GENERAL, "log", {"activity": "applied"})
    await entered.wait()
    stopping = asyncio.create_task(service.stop())
    await service.stopping.wait()
    # New interactions are not taken while draining: they are told to try again.
    late = await fake.slash(GUILD, BO, GENERAL, "log", {"activity": "learned"})
    assert "restarting" in text_of(reply_of(await fake.callback(late)))
    assert not stopping.done()
    release.set()
    await stopping
    assert "Streak: 1 day" in text_of(reply_of(await fake.callback(sent)))
    assert service.scheduler_task is not None and service.scheduler_task.done()
    assert bot.client.is_closed()


async def test_sigterm_stops_the_cli_process_cleanly(world: World) -> None:
    fake = world.fake
    env = {
        **os.environ,
        "DISCORD_TOKEN": fake.token,
        "DATABASE_URL": world.url,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        "discord",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.connected()
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()
    assert fake.token not in err.decode()
    assert "shutting down" in err.decode()


def test_invite_url_has_scopes_and_permissions(capsys: pytest.CaptureFixture[str]) -> None:
    from urllib.parse import parse_qs, urlparse

    from adapters.discord import adapter as discord_adapter

    fake = FakeDiscord([])
    assert discord_adapter.main(Config(discord_token=fake.token), invite_url=True) == 0
    query = parse_qs(urlparse(capsys.readouterr().out.strip()).query)
    assert query["client_id"] == [str(fake.app_id)]
    assert query["scope"] == ["bot applications.commands"]
    perms = discord.Permissions(int(query["permissions"][0]))
    assert perms.send_messages and perms.embed_links and perms.attach_files
    assert perms.create_public_threads and perms.send_messages_in_threads
    assert not perms.administrator


async def test_deferral_starts_before_member_lookups_and_the_answer_edits_the_original(
    world: World,
) -> None:
    fake = world.fake
    client = await world.start()
    client.bridge.defer_after = 0.0
    # Discord is slow to answer member look-ups: the 3-second window must not wait on it.
    release = fake.hold("GET", r"/guilds/\d+/members/\d+")
    sent = await fake.slash(GUILD, MAYA, GENERAL, "mod setup", {"moderators": f"<@{ANA}>, <@{BO}>"})
    deferred = await fake.callback(sent)
    assert deferred.json["type"] == 5  # deferred before any look-up was answered
    assert fake.find("GET", r"/guilds/\d+/members/\d+"), "a member was looked up"
    release.set()
    edited = await fake.request(
        "PATCH", rf"/webhooks/{fake.app_id}/{sent.token}/messages/@original"
    )
    assert "moderators" in text_of(edited.json).lower()
    assert fake.find("POST", rf"/webhooks/{fake.app_id}/{sent.token}") == []
