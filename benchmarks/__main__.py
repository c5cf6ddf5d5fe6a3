"""`python -m benchmarks` (`make bench`): every measurement, a table, and results/latest.json.

Per backend (SQLite always; PostgreSQL when `REBOUND_TEST_PG_URL` is set, as under
`make bench`): one database is seeded with 10,000 members and one activity each,
`/streak` and `/stats` are timed, the history is grown to 1,000,000 activities in place,
they are timed again (history scaling), and then `/log`, `/streak` and the bare insert
floor are timed on the large history. Scheduler fan-out, the lag of small communities'
check-ins while a 10,000-member community's reminder fans out (`benchmarks/lag.py`), the
console transcript and resident memory each get a fresh database; scale-out runs 1, 2 and 4 processes against
the large PostgreSQL database. The crisis detector's recall, false-positive rate and
throughput need no database and are measured once (`benchmarks/crisis.py`).
`--quick` shrinks every size for a smoke run;
`--backend sqlite|postgres` picks one backend.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import commands, processes
from benchmarks.common import Latencies, Result, engine_for, new_database, pg_base_url
from benchmarks.crisis import crisis_benchmarks, summary
from benchmarks.fanout import fanout
from benchmarks.lag import DELIVERY_LANES, measure_lag
from benchmarks.seed import grow_history, seed_base
from benchmarks.transcript import run_transcript

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


@dataclass(frozen=True)
class Sizes:
    members: int = 10_000
    small_history: int = 10_000
    activities: int = 1_000_000
    log_calls: int = 2_000
    read_calls: int = 300
    communities: int = 10_000
    transcript_lines: int = 10_000
    memory_communities: int = 10_000
    scaleout_seconds: float = 8.0
    scaleout_processes: tuple[int, ...] = (1, 2, 4)
    lag_members: int = 10_000
    lag_smalls: int = 50
    lag_window: float = 10.0


QUICK = Sizes(
    members=500,
    small_history=500,
    activities=20_000,
    log_calls=500,
    read_calls=200,
    communities=500,
    transcript_lines=500,
    memory_communities=300,
    scaleout_seconds=2.0,
    lag_members=500,
    lag_smalls=10,
    lag_window=2.0,
)


def say(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


def latency_results(prefix: str, backend: str, lat: Latencies) -> list[Result]:
    return [
        Result(f"{prefix} throughput", backend, lat.per_second, "commands/s"),
        Result(f"{prefix} p50", backend, lat.pct(50), "ms"),
        Result(f"{prefix} p99", backend, lat.pct(99), "ms"),
        *work_results(prefix, backend, lat),
    ]


def work_results(prefix: str, backend: str, lat: Latencies) -> list[Result]:
    return [
        Result(f"{prefix} CPU per command", backend, lat.cpu_ms, "ms", note="all threads"),
        Result(
            f"{prefix} SQL statements per command", backend, lat.statements_per_call, "statements"
        ),
    ]


async def command_benchmarks(backend: str, sizes: Sizes, workdir: Path) -> tuple[list[Result], str]:
    sqlite = backend == "sqlite"
    url = await new_database(backend, workdir, "history")
    t0 = time.perf_counter()
    seeded = await seed_base(url, sizes.members)
    say(f"{backend}: seeded {sizes.members} members in {time.perf_counter() - t0:.1f}s")
    engine, _clock, db = engine_for(url)
    out: list[Result] = []
    try:
        await commands.check_seeded_streak(engine, seeded)
        small = {
            "/streak": await commands.streaks(engine, seeded, sizes.read_calls),
            "/stats": await commands.stats(engine, seeded, sizes.read_calls),
        }
        t0 = time.perf_counter()
        await grow_history(seeded, sizes.activities)
        say(
            f"{backend}: grew history to {seeded.activities} activities in {time.perf_counter() - t0:.1f}s"
        )
        await commands.check_seeded_streak(engine, seeded)
        large = {
            "/streak": await commands.streaks(engine, seeded, sizes.read_calls),
            "/stats": await commands.stats(engine, seeded, sizes.read_calls),
        }
        for name in small:
            s, big = small[name].pct(50), large[name].pct(50)
            out += [
                Result(f"{name} p50 at {sizes.small_history:,} activities", backend, s, "ms"),
                Result(f"{name} p50 at {seeded.activities:,} activities", backend, big, "ms"),
                Result(
                    f"{name} history ratio",
                    backend,
                    big / s,
                    "x",
                    floor=s,
                    ratio=big / s,
                    target="<= 1.5",
                    met=big / s <= 1.5,
                ),
            ]
        log = await commands.logs(engine, seeded, sizes.log_calls)
        floor = await commands.insert_floor(engine, seeded, sizes.log_calls)
        say(f"{backend}: /log {log.per_second:.0f}/s, floor {floor.per_second:.0f}/s")
        cps, p99 = log.per_second, log.pct(99)
        out += [
            Result(
                "/log throughput",
                backend,
                cps,
                "commands/s",
                target=">= 1000" if sqlite else None,
                met=cps >= 1000 if sqlite else None,
            ),
            Result("/log p50", backend, log.pct(50), "ms"),
            Result(
                "/log p99",
                backend,
                p99,
                "ms",
                target="< 10" if sqlite else None,
                met=p99 < 10 if sqlite else None,
            ),
            *work_results("/log", backend, log),
            Result("insert+commit floor throughput", backend, floor.per_second, "commands/s"),
            Result("insert+commit floor p50", backend, floor.pct(50), "ms"),
            Result(
                "/log mean latency vs floor",
                backend,
                log.mean_ms,
                "ms",
                floor=floor.mean_ms,
                ratio=log.mean_ms / floor.mean_ms,
                target="ratio <= 3" if sqlite else None,
                met=log.mean_ms / floor.mean_ms <= 3 if sqlite else None,
            ),
        ]
        out += latency_results("/streak", backend, large["/streak"])
        out += latency_results("/stats", backend, large["/stats"])
    finally:
        await db.dispose()
    return out, url


async def scaleout_benchmarks(url: str, sizes: Sizes) -> list[Result]:
    out: list[Result] = []
    base: float | None = None
    for n in sizes.scaleout_processes:
        total = await asyncio.to_thread(
            processes.measure_scaleout, url, n, sizes.scaleout_seconds, sizes.members
        )
        say(f"postgres: /log with {n} process(es): {total:.0f}/s")
        if base is None:
            base = total
            out.append(Result("/log total, 1 process", "postgres", total, "commands/s"))
        else:
            out.append(
                Result(
                    f"/log total, {n} processes",
                    "postgres",
                    total,
                    "commands/s",
                    floor=base,
                    ratio=total / base,
                    target="> 1 process",
                    met=total > base,
                )
            )
    return out


async def other_benchmarks(backend: str, sizes: Sizes, workdir: Path) -> list[Result]:
    out: list[Result] = []
    url = await new_database(backend, workdir, "fanout")
    f = await fanout(url, sizes.communities)
    say(f"{backend}: fan-out {f.runs_per_second:.0f} runs/s")
    out += [
        Result(
            f"scheduler fan-out ({sizes.communities:,} communities)",
            backend,
            f.runs_per_second,
            "runs/s",
            target=">= 2000",
            met=f.runs_per_second >= 2000,
            note="claim + run + deliver",
        ),
        Result("scheduler claim+run only", backend, f.jobs / f.run_seconds, "runs/s"),
        Result("scheduler outbox delivery only", backend, f.jobs / f.deliver_seconds, "messages/s"),
    ]
    out += await lag_benchmarks(backend, sizes, workdir)
    url = await new_database(backend, workdir, "transcript")
    seconds, printed = await run_transcript(url, sizes.transcript_lines)
    say(f"{backend}: transcript {sizes.transcript_lines} lines in {seconds:.1f}s")
    out += [
        Result(
            f"console transcript ({sizes.transcript_lines:,} lines)",
            backend,
            seconds,
            "s",
            note=f"{printed} messages printed",
        ),
        Result("console transcript rate", backend, sizes.transcript_lines / seconds, "lines/s"),
    ]
    url = await new_database(backend, workdir, "memory")
    mem = await asyncio.to_thread(processes.measure_memory, url, sizes.memory_communities)
    before, after = mem["before_kib"] / 1024, mem["after_kib"] / 1024
    out += [
        Result("RSS of a fresh engine process", backend, before, "MiB"),
        Result(
            f"RSS holding {sizes.memory_communities:,} communities",
            backend,
            after,
            "MiB",
            floor=before,
            ratio=after / before,
        ),
        Result(
            "RSS growth per community",
            backend,
            (mem["after_kib"] - mem["before_kib"]) * 1024 / sizes.memory_communities,
            "bytes",
        ),
    ]
    return out


async def lag_benchmarks(backend: str, sizes: Sizes, workdir: Path) -> list[Result]:
    url = await new_database(backend, workdir, "lag")
    lag = await measure_lag(url, sizes.lag_members, sizes.lag_smalls, sizes.lag_window)
    say(
        f"{backend}: small check-ins' lag p99 {lag.pct(99):.0f} ms while "
        f"{lag.reminders:,} reminders fanned out in {lag.fanout_seconds:.0f}s"
    )
    while_ = f"while a {sizes.lag_members:,}-member community's reminder fans out"
    return [
        Result(f"small check-in due-to-run lag p50 {while_}", backend, lag.pct(50), "ms"),
        Result(
            f"small check-in due-to-run lag p99 {while_}",
            backend,
            lag.pct(99),
            "ms",
            note=f"{sizes.lag_smalls} small communities due over {sizes.lag_window:.0f}s",
        ),
        Result(
            f"reminder fan-out delivered ({lag.reminders:,} direct messages)",
            backend,
            lag.fanout_seconds,
            "s",
            note=f"{lag.reminders / lag.fanout_seconds:.0f} messages/s, {DELIVERY_LANES} lanes",
        ),
    ]


def load_result(backend: str) -> Result:
    cores = os.cpu_count() or 1
    return Result(
        "machine load average (1 min)",
        backend,
        os.getloadavg()[0],
        "runnable tasks",
        note=f"{cores} cores: a load above that means other work slowed every figure",
    )


def table(results: list[Result]) -> str:
    rows = [("backend", "measurement", "value", "unit", "floor", "ratio", "target", "met")]
    for r in results:
        rows.append(
            (
                r.backend,
                r.name,
                f"{r.value:,.2f}",
                r.unit,
                "" if r.floor is None else f"{r.floor:,.2f}",
                "" if r.ratio is None else f"{r.ratio:.2f}",
                r.target or "",
                "" if r.met is None else ("yes" if r.met else "NO"),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> list[Result]:
    sizes = QUICK if args.quick else Sizes()
    backends = [args.backend] if args.backend else ["sqlite", "postgres"]
    if "postgres" in backends and not pg_base_url():
        say("REBOUND_TEST_PG_URL is not set: PostgreSQL skipped (run `make bench`)")
        backends.remove("postgres")
    results = crisis_benchmarks(rounds=10 if args.quick else 50)
    say(summary(results).replace("\n", "\n[bench] "))
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as tmp:
        for backend in backends:
            started = time.perf_counter()
            found, url = await command_benchmarks(backend, sizes, Path(tmp))
            results.append(load_result(backend))
            results += found
            if backend == "postgres":
                results += await scaleout_benchmarks(url, sizes)
            results += await other_benchmarks(backend, sizes, Path(tmp))
            say(f"{backend}: done in {time.perf_counter() - started:.0f}s")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--backend", choices=["sqlite", "postgres"])
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    options = parser.parse_args()
    found = asyncio.run(main(options))
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps([r.to_dict() for r in found], indent=2) + "\n")
    print(table(found))
    print(f"\nwritten to {options.out}")
