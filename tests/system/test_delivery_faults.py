"""Delivery exactly once under faults: a worker killed while Slack or Discord answers,
two clocks.

A scheduler process delivering to a fake Slack is SIGKILLed while the fake holds
`chat.postMessage` (the message is already in the channel, the answer never arrives);
a fresh process takes the outbox over and must find that message instead of posting it
again. The same on Discord, where the fake holds the message create: the fresh process
sends the row again with the row's nonce, which Discord answers with the message it
already created. Two schedulers whose simulated clocks are three months apart share one
store and must not both deliver a row.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from adapters.console.adapter import ConsoleResolver
from bot.core.clock import ManualClock
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef, Message
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.store.db import open_database
from bot.store.models import Outbox, Post
from tests.support.fake_discord import FakeDiscord, FakeGuild, FakeMember
from tests.support.fake_slack import FakeSlack
from tests.support.harness import new_pg_database, new_sqlite_database, pg_base_url

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CLOSE = START + timedelta(days=1)  # when the check-ins close and their summaries go out
TIMEOUT = 60  # seconds a worker may take to answer before the test gives up
WINS = ("Recruiter called back", "Second-round invite", "Offer from Acme")


# The Discord server of the Discord fault test: a wins channel and two check-in channels.
GUILD = 1_100_000_000_000_000_001
MODERATOR = 1_100_000_000_000_000_010
DISCORD_CHANNELS = (1_100_000_000_000_000_104, 1_100_000_000_000_000_103, 1_100_000_000_000_000_105)


async def populate(
    engine: Engine, key: str = "slack:T1", channels: tuple[str, str, str] = ("C1", "C2", "C3")
) -> None:
    """Wins and two check-in prompts whose commands committed before any delivery (a crash
    right after commit), and the check-ins' summaries due a day later: in `channels` (wins,
    then the two check-ins; Slack channels C1, C2 and C3 unless told)."""

    async def run(user: str, line: str) -> None:
        messages = await engine.run_line(
            line,
            community_key=key,
            actor=MemberRef(user, user),
            channel=ChannelRef("C9", "general"),
            resolver=ConsoleResolver(),
            platform_moderator=user == "UMO",
        )
        assert not any(m.error for m in messages), (line, messages[0].text)

    wins, first, second = channels
    await run("UMO", f"/mod setup wins_channel:#{wins}")
    await run("UMO", f"/mod checkin-now channel:#{first}")
    await run("UMO", f"/mod checkin-now channel:#{second}")
    for i, text in enumerate(WINS):
        await run(f"U{i}", f'/win text:"{text}"')


async def spawn(
    url: str,
    tmp: Path,
    name: str,
    start: datetime,
    *extra: str,
    platform: str = "slack",
    env: dict[str, str] | None = None,
) -> asyncio.subprocess.Process:
    args = ["--db", url, "--name", name, "--start", start.isoformat(), "--platform", platform]
    with (tmp / f"{name}.log").open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.support.scheduler_worker",
            *args,
            *extra,
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
    assert await line(proc, tmp) == "ready"
    return proc


async def line(proc: asyncio.subprocess.Process, tmp: Path) -> str:
    raw = await asyncio.wait_for(proc.stdout.readline(), TIMEOUT)  # type: ignore[union-attr]
    if not raw:
        logs = "\n".join(p.read_text() for p in tmp.glob("*.log"))  # noqa: ASYNC240
        raise AssertionError(f"a worker exited unexpectedly:\n{logs[-4000:]}")
    return raw.decode().strip()


async def tick(proc: asyncio.subprocess.Process, when: datetime) -> None:
    proc.stdin.write(f"tick {when.isoformat()}\n".encode())  # type: ignore[union-attr]


async def killed_while_slack_answers(url: str, tmp: Path) -> None:
    engine = Engine(open_database(url), ManualClock(START), REGISTRY)
    fake = await FakeSlack().start()
    try:
        await populate(engine)
        release = fake.hold("chat.postMessage")
        first = await spawn(url, tmp, "w1", CLOSE, "--slack", fake.api_url)
        await tick(first, CLOSE)
        await fake.wait_for("chat.postMessage")  # in the channel; the answer is held
        first.kill()  # SIGKILL while Slack is answering
        await first.wait()
        release.set()
        later = CLOSE + timedelta(minutes=2)
        second = await spawn(url, tmp, "w2", later, "--slack", fake.api_url, "--lease", "0")
        await tick(second, later)
        assert await line(second, tmp) == f"done {later.isoformat()}"
        second.stdin.write(b"quit\n")  # type: ignore[union-attr]
        await second.wait()
        await check_each_once(engine, fake)
    finally:
        await fake.close()
        await engine.db.dispose()


async def check_each_once(engine: Engine, fake: FakeSlack) -> None:
    """Every post is in its Slack channel exactly once, under the ts its post recorded."""
    in_slack = [(ch, m) for ch in ("C1", "C2", "C3") for m in fake.in_channel(ch)]
    seen = Counter((ch, m["text"]) for ch, m in in_slack)
    assert [k for k, n in seen.items() if n > 1] == [], "a message was posted twice"
    async with engine.db.read_sessions() as session, session.begin():
        posts = (await session.execute(select(Post.channel_ref, Post.platform_ref))).all()
        unsent = await session.scalar(
            select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_(None))
        )
    assert unsent == 0
    assert len(posts) == len(WINS) + 4  # the wins, two prompts and their summaries
    assert sorted(posts) == sorted((ch, m["ts"]) for ch, m in in_slack)
    wins = [m["text"] for m in fake.in_channel("C1")]
    assert all(any(w in t for t in wins) for w in WINS)


async def killed_while_discord_answers(url: str, tmp: Path, *, long_outage: bool = False) -> None:
    """A worker dies while Discord answers a post; another one delivers the rest. With
    `long_outage`, the restart comes after Discord's nonce window: Discord no longer
    de-duplicates, so the worker must find the message in the channel's history."""
    engine = Engine(open_database(url), ManualClock(START), REGISTRY)
    fake = FakeDiscord([discord_guild()])
    await fake.start()
    wins, first_checkin, second_checkin = (str(c) for c in DISCORD_CHANNELS)

    async def worker(name: str, start: datetime, *extra: str) -> asyncio.subprocess.Process:
        env = {"DISCORD_TOKEN": fake.token}
        options = ("--discord", fake.api_base, *extra)
        return await spawn(url, tmp, name, start, *options, platform="discord", env=env)

    try:
        await populate(engine, f"discord:{GUILD}", (wins, first_checkin, second_checkin))
        release = fake.hold("POST", r"/channels/\d+/messages")
        first = await worker("w1", CLOSE)
        await tick(first, CLOSE)
        # The message is created; its answer is held.
        held = await fake.request("POST", r"/channels/\d+/messages")
        first.kill()  # SIGKILL while Discord is answering
        await first.wait()
        release.set()
        if long_outage:
            fake.forget_nonces()
        else:  # no Read Message History permission: the nonce still de-duplicates the re-send
            fake.fail("GET", r"/channels/\d+/messages$", 403, 50001, "Missing Access")
        later = CLOSE + timedelta(minutes=2)
        second = await worker("w2", later, "--lease", "0")
        await tick(second, later)
        assert await line(second, tmp) == f"done {later.isoformat()}"
        second.stdin.write(b"quit\n")  # type: ignore[union-attr]
        await second.wait()
        await check_each_once_on_discord(engine, fake)
        again = [c for c in fake.find("POST", held.path) if c.json["nonce"] == held.json["nonce"]]
        if long_outage:
            assert len(again) == 1, "found in the channel's history, not posted again"
        else:
            assert len(again) == 2, "the row being sent when the worker died was not re-sent"
    finally:
        await fake.stop()
        await engine.db.dispose()
    assert fake.errors == []


def discord_guild() -> FakeGuild:
    names = ("wins", "checkins", "standup")
    return FakeGuild(
        id=GUILD,
        name="Job Seekers",
        owner_id=MODERATOR,
        channels=dict(zip(DISCORD_CHANNELS, names, strict=True)),
        members={MODERATOR: FakeMember(MODERATOR, "olga")},
    )


async def check_each_once_on_discord(engine: Engine, fake: FakeDiscord) -> None:
    """Every post is in its Discord channel (or thread) exactly once, under the id its post
    recorded."""
    posted = [m for m in fake.messages.values() if m.get("guild_id") == str(GUILD)]
    seen = Counter((m["channel_id"], repr(m["content"]), repr(m["embeds"])) for m in posted)
    assert [k for k, n in seen.items() if n > 1] == [], "a message was posted twice"
    async with engine.db.read_sessions() as session, session.begin():
        refs = list(await session.scalars(select(Post.platform_ref)))
        unsent = await session.scalar(
            select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_(None))
        )
    assert unsent == 0
    assert len(refs) == len(WINS) + 4  # the wins, two prompts and their summaries
    in_threads = {str(t) for t in fake.threads}
    assert sorted(str(r) for r in refs) == sorted(
        f"{m['channel_id']}/{m['id']}" if m["channel_id"] in in_threads else m["id"] for m in posted
    )
    wins = [
        repr(m["embeds"]) + m["content"]
        for m in posted
        if m["channel_id"] == str(DISCORD_CHANNELS[0])
    ]
    assert all(any(w in t for t in wins) for w in WINS)


def need_postgres() -> None:
    if not pg_base_url():
        if os.environ.get("CI"):
            pytest.fail("REBOUND_TEST_PG_URL is not set in CI: run the suite through `make test`")
        pytest.skip("PostgreSQL tests run under `make test`, which starts a server")


@pytest.mark.slow
async def test_a_worker_killed_while_slack_answers_posts_nothing_twice_on_sqlite(
    tmp_path: Path,
) -> None:
    await killed_while_slack_answers(await new_sqlite_database(tmp_path), tmp_path)


@pytest.mark.slow
async def test_a_worker_killed_while_slack_answers_posts_nothing_twice_on_postgres(
    tmp_path: Path,
) -> None:
    need_postgres()
    await killed_while_slack_answers(await new_pg_database(), tmp_path)


@pytest.mark.slow
async def test_a_worker_killed_while_discord_answers_posts_nothing_twice_on_sqlite(
    tmp_path: Path,
) -> None:
    await killed_while_discord_answers(await new_sqlite_database(tmp_path), tmp_path)


@pytest.mark.slow
async def test_a_worker_killed_while_discord_answers_posts_nothing_twice_on_postgres(
    tmp_path: Path,
) -> None:
    need_postgres()
    await killed_while_discord_answers(await new_pg_database(), tmp_path)


@pytest.mark.slow
async def test_a_worker_back_after_discords_nonce_window_posts_nothing_twice_on_sqlite(
    tmp_path: Path,
) -> None:
    await killed_while_discord_answers(
        await new_sqlite_database(tmp_path), tmp_path, long_outage=True
    )


@pytest.mark.slow
async def test_a_worker_back_after_discords_nonce_window_posts_nothing_twice_on_postgres(
    tmp_path: Path,
) -> None:
    need_postgres()
    await killed_while_discord_answers(await new_pg_database(), tmp_path, long_outage=True)


async def test_two_schedulers_with_different_simulated_clocks_deliver_a_row_once(
    db_url: str,
) -> None:
    """Two consoles on one store: one jumped three months ahead must not take over a row
    the other is sending (the lease follows real time, not either simulated clock)."""
    early = Engine(open_database(db_url), ManualClock(START), REGISTRY)
    late_clock = ManualClock(START + timedelta(days=90))
    late_db = open_database(db_url)
    sent: list[tuple[str, Message]] = []

    async def send_late(msg: Message) -> str | None:
        sent.append(("late", msg))
        return "late-ref"

    late = Scheduler(late_db, late_clock, REGISTRY, send_late, platform="console")

    async def send_early(msg: Message) -> str | None:
        sent.append(("early", msg))
        await late.deliver()  # the other console delivers while this one is sending
        return "early-ref"

    first = Scheduler(early.db, early.clock, REGISTRY, send_early, platform="console")
    try:
        messages = await early.run_line(
            "/mod checkin-now channel:#standup",
            community_key="console:shared",
            actor=MemberRef("mo", "mo"),
            channel=ChannelRef("general", "general"),
            resolver=ConsoleResolver(),
            platform_moderator=True,
        )
        assert not messages[0].error
        early.clock.set(CLOSE)  # type: ignore[attr-defined]
        await first.run_due(CLOSE)  # the check-in closes: its summary is written
        await first.deliver()
        await late.deliver()
        assert sent, "nothing was delivered"
        assert [who for who, _ in sent if who == "late"] == [], "delivered by both consoles"
        assert len({m.post_id for _, m in sent}) == len(sent)
    finally:
        await early.db.dispose()
        await late_db.dispose()
