"""A console process for the console's crash test: it runs a transcript in `--json` mode,
appending to a transcript file, and SIGKILLs itself right after printing its Nth message
from the outbox, before that delivery is recorded as sent.

    python -m tests.support.console_crash_worker DB_URL SCRIPT OUT START KILL_AFTER

`KILL_AFTER` 0 never kills. The outbox lease is zero, so a restarted console takes over
at once the rows a killed one held, instead of waiting out a minute of real time.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path
from typing import IO

from adapters.console import adapter
from bot.core.clock import parse_instant
from bot.core.delivery import DELIVERY_KEY
from bot.store.db import open_database


def _arm(kill_after: int) -> None:
    printed = {"n": 0}
    emit = adapter.Output.emit
    init = adapter.Console.__init__

    def emit_then_die(self: adapter.Output, line: int, msg: object, key: str | None = None) -> None:
        emit(self, line, msg, key)  # type: ignore[arg-type]
        if key and DELIVERY_KEY.get():
            printed["n"] += 1
            if printed["n"] == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)

    def no_lease(self: adapter.Console, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        self.scheduler.lease = timedelta(0)
        self.scheduler.delivery.lease = timedelta(0)

    adapter.Output.emit = emit_then_die  # type: ignore[method-assign]
    adapter.Console.__init__ = no_lease  # type: ignore[method-assign]


async def main(url: str, script: str, out: IO[str], files: Path, start: str) -> None:
    db = open_database(url)
    try:
        await adapter.run_console(
            db,
            script=script,
            json_mode=True,
            start=parse_instant(start),
            files_dir=files,
            stdout=out,
        )
    finally:
        await db.dispose()


if __name__ == "__main__":
    url, script, out, start, kill_after = sys.argv[1:6]
    _arm(int(kill_after))
    with Path(out).open("a", encoding="utf-8") as stream:
        asyncio.run(main(url, script, stream, Path(out).parent / "files", start))
