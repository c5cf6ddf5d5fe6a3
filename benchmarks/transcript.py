"""A 10,000-line console transcript end to end: parser, engine, scheduler, JSON output.

The script is what a busy simulated community types: mostly `/log`, with `/streak`,
`/stats`, `/goal` and `/help` mixed in, and the clock moved a day forward every 500
lines. It runs through `adapters.console.run_console` in `--json` mode, printing to a
sink that only counts what it is given.
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from adapters.console.adapter import run_console
from benchmarks.common import NOW
from bot.core.kinds import KINDS
from bot.store.db import open_database


class CountingSink(io.TextIOBase):
    """Discards output; counts JSON lines and error replies."""

    def __init__(self) -> None:
        self.lines = 0
        self.error_replies = 0

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.lines += s.count("\n")
        self.error_replies += s.count('"error": true')
        return len(s)


def script(lines: int, users: int = 100) -> str:
    out: list[str] = []
    day = NOW
    for i in range(lines):
        user = f"member{i * 7 % users}"
        if i and i % 500 == 0:
            day += timedelta(days=1)
            out.append(f"!time {day:%Y-%m-%dT%H:%M:%SZ}")
        elif i % 20 == 3:
            out.append(f"{user}: /streak")
        elif i % 20 == 7:
            out.append(f"{user}: /stats")
        elif i % 50 == 11:
            out.append(f"{user}: /goal activity:applied per_week:5")
        elif i % 100 == 13:
            out.append(f"{user}: /help")
        else:
            kind = KINDS[i % len(KINDS)]
            out.append(f'{user}: /log activity:{kind} note:"step {i}"')
    return "\n".join(out) + "\n"


async def run_transcript(url: str, lines: int) -> tuple[float, int]:
    """Seconds to replay a `lines`-line transcript, and how many messages it printed."""
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as tmp:
        path = Path(tmp) / "script.txt"
        path.write_text(script(lines), encoding="utf-8")
        sink = CountingSink()
        db = open_database(url)
        try:
            t0 = time.perf_counter()
            await run_console(
                db,
                script=str(path),
                json_mode=True,
                start=NOW,
                community="bench-transcript",
                files_dir=Path(tmp) / "files",
                stdout=sink,  # type: ignore[arg-type]
            )
            elapsed = time.perf_counter() - t0
        finally:
            await db.dispose()
    if sink.error_replies:
        raise RuntimeError(f"the transcript produced {sink.error_replies} error replies")
    return elapsed, sink.lines
