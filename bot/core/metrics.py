"""What operators see at `/metrics` (Prometheus' text format) and `/healthz`.

Counters and histograms are recorded where the work happens: commands by name and
outcome with their latency (`Engine.run`), jobs by kind and outcome with the lag from
their due instant to their run (`Scheduler`), outbox deliveries by platform and outcome
(`Scheduler.deliver`). What lives in the store — the outbox's depth, communities by
status — is read when `/metrics` is scraped (`refresh`). The series carry command names,
job kinds, platforms and outcomes only: never a community, a member or anything typed.
`adapters.ops` serves both pages.
"""

from __future__ import annotations

import asyncio
import logging

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from sqlalchemy import case, func, select, text

from bot.core import i18n
from bot.core.delivery import MAX_ATTEMPTS
from bot.core.errors import APOLOGY
from bot.core.messages import Message
from bot.store.db import DATABASE_ERRORS, Database
from bot.store.models import Community, Outbox

log = logging.getLogger(__name__)

# Rebound's own registry: what `/metrics` shows, whatever else the process registers.
METRICS = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST
# A health check answers within this many seconds, or the database counts as down.
HEALTH_TIMEOUT = 5.0

COMMANDS = Counter(
    "rebound_commands",
    "Commands run, by command and outcome (ok, refused: the member was told what to fix, "
    "failed: an unexpected error).",
    ["command", "outcome"],
    registry=METRICS,
)
COMMAND_SECONDS = Histogram(
    "rebound_command_seconds",
    "How long a command took in the engine, by command.",
    ["command"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=METRICS,
)
JOBS = Counter(
    "rebound_jobs",
    "Scheduled jobs run, by kind and outcome (ok, failed: retried later or given up).",
    ["kind", "outcome"],
    registry=METRICS,
)
SCHEDULER_LAG = Histogram(
    "rebound_scheduler_lag_seconds",
    "From the instant a job was due to the instant it ran, by kind.",
    ["kind"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0),
    registry=METRICS,
)
DELIVERIES = Counter(
    "rebound_deliveries",
    "Outbox deliveries, by platform and outcome (sent, retry, refused, rate_limited).",
    ["platform", "outcome"],
    registry=METRICS,
)
OUTBOX_DEPTH = Gauge(
    "rebound_outbox_depth",
    "Messages waiting in the outbox to be sent, by platform.",
    ["platform"],
    registry=METRICS,
)
COMMUNITIES = Gauge(
    "rebound_communities",
    "Communities by status (installed, uninstalled: kept 30 days, then erased).",
    ["status"],
    registry=METRICS,
)
STATUSES = ("installed", "uninstalled")


def command_outcome(messages: list[Message]) -> str:
    """How a command ended, from its messages: ok, refused (an error the member can fix)
    or failed (the apology for an unexpected error)."""
    errors = [m for m in messages if m.error]
    if not errors:
        return "ok"
    translators = [i18n.tr(lang) for lang in i18n.LANGUAGES]
    apologies = {tr.text(APOLOGY) for tr in translators if tr.has(APOLOGY.key)}
    return "failed" if any(m.text in apologies for m in errors) else "refused"


def observe_command(command: str, messages: list[Message], seconds: float) -> None:
    COMMANDS.labels(command, command_outcome(messages)).inc()
    COMMAND_SECONDS.labels(command).observe(seconds)


def observe_job(kind: str, ok: bool, lag_seconds: float | None = None) -> None:
    JOBS.labels(kind, "ok" if ok else "failed").inc()
    if lag_seconds is not None:
        SCHEDULER_LAG.labels(kind).observe(max(0.0, lag_seconds))


def observe_delivery(platform: str, outcome: str) -> None:
    DELIVERIES.labels(platform, outcome).inc()


async def refresh(db: Database) -> None:
    """Read the gauges that live in the store: the outbox's depth, communities by status."""
    status = case((Community.uninstalled_at.is_(None), "installed"), else_="uninstalled")
    async with db.read_sessions() as session, session.begin():
        depth = (
            await session.execute(
                select(Outbox.platform, func.count())
                # Rows given up on after their last attempt are not waiting any more.
                .where(Outbox.sent_at.is_(None), Outbox.attempts < MAX_ATTEMPTS)
                .group_by(Outbox.platform)
            )
        ).all()
        by_status = await session.execute(select(status, func.count()).group_by(status))
        communities: dict[str, int] = {name: count for name, count in by_status}
    OUTBOX_DEPTH.clear()
    for platform, count in depth:
        OUTBOX_DEPTH.labels(platform).set(count)
    for name in STATUSES:
        COMMUNITIES.labels(name).set(communities.get(name, 0))


def render() -> bytes:
    """Every metric, in Prometheus' text format (`CONTENT_TYPE`)."""
    return generate_latest(METRICS)


async def database_answers(db: Database, within: float = HEALTH_TIMEOUT) -> bool:
    """Whether the database answers a trivial query within `within` seconds."""

    async def ask() -> None:
        async with db.read_sessions() as session, session.begin():
            await session.execute(text("SELECT 1"))

    try:
        await asyncio.wait_for(ask(), within)
    except TimeoutError:
        log.warning("health check: the database did not answer within %.0fs", within)
        return False
    except DATABASE_ERRORS as exc:
        log.warning("health check: the database did not answer (%s)", type(exc).__name__)
        return False
    return True
