"""Operators' pages: `/metrics` (Prometheus' text format) and `/healthz`.

`add_ops_routes` adds both to an aiohttp application: the Slack adapter's, on its HTTP
port. `OpsServer` serves them on a port of their own (`METRICS_PORT`), for a process
without an HTTP server (Discord, Slack in Socket Mode). `/healthz` answers 200 when the
database answers, else 503; `/metrics` reads what lives in the store (the outbox's depth,
communities by status) when it is scraped, see `bot.core.metrics`. Neither page shows a
community, a member or a secret.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.core import metrics
from bot.store.db import DATABASE_ERRORS, Database

log = logging.getLogger(__name__)

METRICS_PATH = "/metrics"
HEALTH_PATH = "/healthz"


def add_ops_routes(app: web.Application, db: Database) -> None:
    """Serve `/metrics` and `/healthz` for `db` from `app`."""

    async def metrics_page(_request: web.Request) -> web.Response:
        try:
            await metrics.refresh(db)
        except DATABASE_ERRORS as exc:
            # The counters are still worth reading; the store's gauges keep their last values.
            log.warning("metrics: the database did not answer (%s)", type(exc).__name__)
        return web.Response(body=metrics.render(), headers={"Content-Type": metrics.CONTENT_TYPE})

    async def health(_request: web.Request) -> web.Response:
        if await metrics.database_answers(db):
            return web.json_response({"ok": True})
        return web.json_response({"ok": False, "database": "not answering"}, status=503)

    app.router.add_get(METRICS_PATH, metrics_page)
    app.router.add_get(HEALTH_PATH, health)


class OpsServer:
    """`/metrics` and `/healthz` on a port of their own."""

    def __init__(self, db: Database, port: int, host: str = "0.0.0.0") -> None:
        self.db = db
        self.port = port
        self.host = host
        self._runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Start listening; returns the port (the one the system chose for port 0)."""
        app = web.Application()
        add_ops_routes(app, self.db)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or ()
        if sockets:
            self.port = sockets[0].getsockname()[1]
        log.info(
            "metrics and health checks on port %d (%s, %s)", self.port, METRICS_PATH, HEALTH_PATH
        )
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
