"""The one contract every adapter follows, and the one way `rebound discord|slack` run.

An adapter translates and nothing more. A platform event (a command, a button press, a
form submission, an autocomplete request) becomes an `Invocation` with typed options —
through `Engine.read_line` for text and `Engine.read_values` for everything else — and
the engine's platform-neutral messages become the platform's own. The decisions it
follows are the engine's, made once for every surface: `Engine.form_for` (a command
declared with a form that arrived without answers opens the form where there are
forms), `Engine.defer_after` (a slow command is deferred at once) and
`undelivered.falling_back` (closed DMs). No adapter imports SQLAlchemy or writes SQL.

`serve` is the process around a live adapter: the schema check, the engine built with
the catalog's registry, the scheduler loop beside the adapter, `/metrics` and `/healthz`
on `METRICS_PORT` when it is set (`adapters.ops`), SIGTERM/SIGINT, and a graceful drain —
stop taking events, finish the work in flight, stop the scheduler, disconnect, dispose of
the database. The scheduler delivers to several communities at once (`DELIVERY_LANES`),
so one community's rate limits never stall another's, and paces posts per channel where
the platform asks for it (`CHANNEL_PACE`: Slack, about one message a second).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from adapters.ops import OpsServer
from bot.core.clock import Clock, SystemClock
from bot.core.config import Config
from bot.core.engine import Engine
from bot.core.messages import Message
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.store.db import Database, ensure_schema, open_database

log = logging.getLogger(__name__)

SCHEDULER_INTERVAL = 5.0
# Communities the scheduler delivers to at once.
DELIVERY_LANES = 8
# The least time between two messages to one channel, per platform (Slack's guideline:
# about one message a second per channel); discord.py keeps Discord's buckets itself.
CHANNEL_PACE = {"slack": timedelta(seconds=1)}


@dataclass(frozen=True)
class Capabilities:
    """What a surface can show; the engine's messages are the same everywhere."""

    # Forms: a command declared with one (`modal=True`) opens it when given no answers.
    modals: bool
    # Answers under a post (check-in answers under the prompt).
    threads: bool
    # Replies only the member who acted can see.
    ephemeral: bool
    # Buttons that run a command for whoever presses them (Cheer, Check in).
    buttons: bool
    # Pictures shown with a message (streak heatmaps, charts).
    pictures: bool


class Adapter(Protocol):
    """A platform surface around the engine."""

    # The platform's name: community keys start with it (`discord:<guild>`), the outbox
    # and the scheduler deliver per platform.
    platform: str
    capabilities: Capabilities

    async def start(self) -> None:
        """Connect and begin taking events; return once serving (raise if it cannot)."""

    async def serving(self) -> None:
        """Return (or raise) when the adapter stopped serving on its own."""

    async def stop(self) -> None:
        """Stop taking events and finish the work in flight; `send` still works."""

    async def close(self) -> None:
        """Disconnect from the platform (after `stop` and the scheduler's last tick)."""

    async def send(self, msg: Message) -> str | None:
        """Deliver one message outside any event (the scheduler's outbox); return the
        platform id of a channel post."""


def build_engine(db: Database, clock: Clock | None = None) -> Engine:
    """The app's engine: the catalog's registry, on `db`, following `clock`."""
    return Engine(db, clock or SystemClock(), REGISTRY)


@contextlib.asynccontextmanager
async def open_store(database_url: str) -> AsyncIterator[Database]:
    """The database at the newest schema (`SchemaOutdated` otherwise), disposed of after."""
    db = open_database(database_url)
    try:
        await ensure_schema(db)
        yield db
    finally:
        await db.dispose()


class Service:
    """An adapter at work: the scheduler loop beside it, and a graceful drain."""

    def __init__(
        self, engine: Engine, adapter: Adapter, *, scheduler_interval: float = SCHEDULER_INTERVAL
    ) -> None:
        self.engine = engine
        self.adapter = adapter
        self.scheduler = Scheduler(
            engine.db,
            engine.clock,
            engine.registry,
            adapter.send,
            delivery=engine.delivery,
            platform=adapter.platform,
            lanes=DELIVERY_LANES,
            pace=CHANNEL_PACE.get(adapter.platform),
        )
        self.scheduler_interval = scheduler_interval
        self.stopping = asyncio.Event()
        self.scheduler_task: asyncio.Task[None] | None = None
        self._stopped: asyncio.Future[None] | None = None

    @property
    def title(self) -> str:
        return self.adapter.platform.capitalize()

    async def start(self) -> None:
        """Start the adapter, then the scheduler loop (which sends through it)."""
        await self.adapter.start()
        self.scheduler_task = asyncio.create_task(
            self.scheduler.loop(self.stopping, interval=self.scheduler_interval)
        )

    async def run_until(self, stop: asyncio.Event) -> None:
        """Serve until `stop` is set or the adapter stops on its own, then drain."""
        waiting = asyncio.create_task(stop.wait())
        serving = asyncio.create_task(self.adapter.serving())
        try:
            await asyncio.wait({waiting, serving}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiting.cancel()
            if not serving.done():
                serving.cancel()
            await self.stop()
        if not serving.cancelled() and serving.exception() is not None:
            raise serving.exception()  # type: ignore[misc]

    async def stop(self) -> None:
        """The graceful drain; calling it again waits for the first one."""
        if self._stopped is None:
            self._stopped = asyncio.ensure_future(self._drain())
        await asyncio.shield(self._stopped)

    async def _drain(self) -> None:
        log.info("Rebound for %s is shutting down", self.title)
        self.stopping.set()  # the scheduler loop ends after the tick in progress
        try:
            await self.adapter.stop()
        finally:
            if self.scheduler_task is not None:
                await self.scheduler_task
            await self.adapter.close()


def _on_signals(stop: asyncio.Event) -> Callable[[], None]:
    """Set `stop` on SIGTERM and SIGINT; returns how to put the old handlers back."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread, or no signals
            continue
        installed.append(sig)

    def restore() -> None:
        for sig in installed:
            loop.remove_signal_handler(sig)

    return restore


async def serve(
    config: Config,
    build: Callable[[Engine], Adapter],
    *,
    stop: asyncio.Event | None = None,
    ready: asyncio.Event | None = None,
    clock: Clock | None = None,
    scheduler_interval: float = SCHEDULER_INTERVAL,
) -> None:
    """Run the adapter `build` makes until `stop` is set (by default: SIGTERM or SIGINT)."""
    restore: Callable[[], None] = lambda: None  # noqa: E731
    if stop is None:
        stop = asyncio.Event()
        restore = _on_signals(stop)
    try:
        async with open_store(config.database_url) as db:
            engine = build_engine(db, clock)
            service = Service(engine, build(engine), scheduler_interval=scheduler_interval)
            ops = OpsServer(db, config.metrics_port) if config.metrics_port else None
            if ops is not None:
                await ops.start()
            try:
                await service.start()
                if ready is not None:
                    ready.set()
                await service.run_until(stop)
            finally:
                if ops is not None:
                    await ops.stop()
            log.info("Rebound for %s stopped", service.title)
    finally:
        restore()
