"""A scheduler process for the fault tests, driven by a simulated clock the test controls.

Protocol, one line each way: the test writes `tick <ISO instant>`; the worker moves its
clock there, runs every due job, delivers the outbox and answers `done <ISO instant>`.
`quit` (or the end of stdin) stops it. The worker waits on stdin between ticks, so it never
polls or sleeps.

Its transport records each delivery in the test-only `fault_deliveries` table, keyed by
the outbox row being sent (`bot.core.delivery.DELIVERY_KEY`): a row sent again is counted in
`resent`, never as a second delivery, so the test can tell a duplicated job (two rows)
from a re-sent one.

With `--block-key KEY --marker PATH` the first worker to run job KEY (it claims the marker
file) does the job's work, prints `blocked` and then waits forever inside the still open
transaction, so the test can SIGKILL it in the middle of the run.

With `--slack API_URL` the transport is the Slack adapter's own delivery against a fake
Slack Web API at that address (the test holds `chat.postMessage` to kill a worker while
Slack is answering); `--lease SECONDS` shortens the outbox lease, so a fresh worker can
take over the rows a killed one had claimed without the test waiting out a minute.

With `--discord API_BASE` the transport is the Discord adapter's own (`DiscordAdapter.send`,
discord.py's REST client logged in with the token in `DISCORD_TOKEN`) against a fake
Discord at that address, which the test holds the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import timedelta

from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import text

from adapters.discord.adapter import DiscordAdapter
from adapters.slack.blocks import Blocks
from adapters.slack.delivery import SlackDelivery
from bot.core import scheduler
from bot.core.clock import ManualClock, parse_instant
from bot.core.config import Config
from bot.core.context import Scope
from bot.core.delivery import Send
from bot.core.engine import Engine
from bot.core.messages import Message
from bot.features.catalog import REGISTRY
from bot.store.db import Database, open_database
from bot.store.models import Job

RECORD = text(
    "INSERT INTO fault_deliveries (delivery_key, worker, kind, post_id, to_ref, channel_ref) "
    "VALUES (:key, :worker, :kind, :post_id, :to_ref, :channel_ref) "
    "ON CONFLICT (delivery_key) DO UPDATE SET resent = fault_deliveries.resent + 1"
)


def transport(db: Database, worker: str):  # type: ignore[no-untyped-def]
    async def send(msg: Message) -> str | None:
        async with db.sessions() as session, session.begin():
            await session.execute(
                RECORD,
                {
                    "key": scheduler.DELIVERY_KEY.get(),
                    "worker": worker,
                    "kind": msg.kind.value,
                    "post_id": msg.post_id,
                    "to_ref": msg.to.ref if msg.to else None,
                    "channel_ref": msg.channel.ref if msg.channel else None,
                },
            )
        return f"fault-{msg.post_id}" if msg.post_id is not None else None

    return send


def block_inside(key: str, marker: str) -> None:
    """Make the first run of job `key` hang after doing its work, before it commits."""
    for kind, handler in list(REGISTRY.jobs.items()):

        async def blocking(scope: Scope, job: Job, handler=handler) -> None:  # type: ignore[no-untyped-def]
            await handler(scope, job)
            if job.key == key and _claim(marker):
                print("blocked", flush=True)
                await asyncio.Event().wait()

        REGISTRY.jobs[kind] = blocking


def _claim(marker: str) -> bool:
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


async def discord_adapter(engine: Engine, url: str, api_base: str) -> DiscordAdapter:
    """The Discord adapter logged in over REST only (the worker needs no gateway)."""
    token = os.environ["DISCORD_TOKEN"]
    config = Config(database_url=url, discord_token=token, discord_api_base=api_base)
    adapter = DiscordAdapter(engine, config, defer_after=None)
    await adapter.client.login(token)
    return adapter


async def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--start", required=True)
    parser.add_argument("--platform", default="fault")
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--block-key")
    parser.add_argument("--marker")
    parser.add_argument("--slack")
    parser.add_argument("--discord")
    parser.add_argument("--lease", type=float)
    args = parser.parse_args(argv)
    db = open_database(args.db, pool_size=2)
    clock = ManualClock(parse_instant(args.start))
    engine = Engine(db, clock, REGISTRY)
    if args.block_key:
        block_inside(args.block_key, args.marker)
    send: Send = transport(db, args.name)
    if args.slack:
        client = AsyncWebClient(token="xoxb-test-token", base_url=args.slack)
        send = SlackDelivery(client, Blocks(REGISTRY)).send
    discord: DiscordAdapter | None = None
    if args.discord:
        discord = await discord_adapter(engine, args.db, args.discord)
        send = discord.send
    extra = {} if args.lease is None else {"lease": timedelta(seconds=args.lease)}
    worker = scheduler.Scheduler(
        engine.db,
        engine.clock,
        engine.registry,
        send,
        platform=args.platform,
        worker_id=args.name,
        batch=args.batch,
        **extra,  # type: ignore[arg-type]
    )
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    try:
        print("ready", flush=True)
        while line := (await reader.readline()).decode().strip():
            if line == "quit":
                break
            when = line.removeprefix("tick ").strip()
            instant = parse_instant(when)
            if instant > clock.now():
                clock.set(instant)
            await worker.run_due(clock.now())
            await worker.deliver()
            print(f"done {when}", flush=True)
    finally:
        if discord is not None:
            await discord.client.close()
        await db.dispose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
