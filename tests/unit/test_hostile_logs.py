"""Hostile log lines: every log filter runs in time linear in the line, on any shape.

A filter runs on every INFO line, in the event loop; a line an attacker shapes (a long run
of letters, of `a:`, of `://`) must not stall it. The guard compares sizes, never the
wall clock: the time a filter takes on a line ten times longer must grow about tenfold
(the budget allows 30×, a quadratic filter grows 100×). Sizes grow to a megabyte, and the
test stops at the first size whose growth is out of budget, so a quadratic filter fails
in seconds rather than running for hours.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import logging
import time
from collections.abc import Callable

import pytest

from bot.core import logs

SECRETS = ["xoxb-111-222-slacktokenvalue", "db-pass-Wd93"]
# Modules that define log filters (their filters are found, not listed by hand).
FILTER_MODULES = ["bot.core.logs", "adapters.slack.adapter", "adapters.discord.adapter"]

# Shapes that made the old URL-password pattern backtrack (one unit, repeated).
SHAPES = {
    "letters": "a",
    "digits": "7",
    "word-colon": "a:",
    "scheme-separator": "://",
    "at-signs": "@",
    "scheme": "a://",
    "user": "a://b:",
    "plus-scheme": "a+b",
    "no-at-password": "a://u:p/",
    "mixed": "x+y://u:p@",
}
GROWTH = 10
BUDGET = 30.0
SMALLEST = 1_000
ATTEMPTS = 5
LARGEST = 1_000_000


def _filters() -> list[logging.Filter]:
    """One instance of every logging.Filter the project defines."""
    for name in FILTER_MODULES:
        importlib.import_module(name)
    found: list[logging.Filter] = []
    pending = list(logging.Filter.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if not cls.__module__.startswith(("bot.", "adapters.")):
            continue
        if cls is logs.RedactSecrets:
            found.append(logs.RedactSecrets(SECRETS))
            continue
        required = [
            p
            for p in inspect.signature(cls).parameters.values()
            if p.default is inspect.Parameter.empty
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        assert not required, f"teach this test to build {cls.__qualname__}"
        found.append(cls())
    assert any(isinstance(f, logs.RedactSecrets) for f in found)
    return found


def _record(line: str, *, in_traceback: bool = False) -> logging.LogRecord:
    record = logging.LogRecord("rebound.test", logging.INFO, __file__, 1, "%s", (line,), None)
    if in_traceback:
        record.exc_text = line
    return record


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of a few runs (garbage collection paused: its pauses are not the filter's)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _growth_ok(check: Callable[[str], object], unit: str) -> list[str]:
    """Time `check` on lines of growing size; the sizes whose growth was out of budget.

    The machine is shared: a step out of budget is measured again (both sizes) before it
    counts, since a busy moment cannot make a quadratic filter linear five times over.
    """
    size = SMALLEST
    while size < LARGEST:
        short = unit * (size // len(unit))
        size *= GROWTH
        long = unit * (size // len(unit))
        ratios = []
        for _ in range(ATTEMPTS):
            before = _best(lambda line=short: check(line))  # type: ignore[misc]
            after = _best(lambda line=long: check(line))  # type: ignore[misc]
            # The floor keeps a timer tick on a tiny line from making the ratio meaningless.
            ratios.append(after / max(before, 1e-5))
            if ratios[-1] <= BUDGET:
                break
        else:
            return [f"{size} chars took {min(ratios):.0f}x the time of {size // GROWTH}"]
    return []


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_log_filter_is_linear_in_the_line(shape: str) -> None:
    unit = SHAPES[shape]
    for log_filter in _filters():
        for in_traceback in (False, True):

            def check(line: str, f: logging.Filter = log_filter, tb: bool = in_traceback) -> None:
                f.filter(_record(line, in_traceback=tb))

            problems = _growth_ok(check, unit)
            assert not problems, (type(log_filter).__name__, shape, in_traceback, problems)


@pytest.mark.timeout(120)
def test_a_megabyte_line_costs_about_what_a_plain_pass_over_it_costs() -> None:
    """Against a plain copy of the same line: a few dozen string passes, not a quadratic."""
    redact = logs.RedactSecrets(SECRETS)
    for unit in ("a", "a:", "://", "@"):
        line = unit * (LARGEST // len(unit))
        plain = _best(lambda line=line: line.replace("\0", "").upper())  # type: ignore[misc]
        filtered = _best(lambda line=line: redact.redact(line))  # type: ignore[misc]
        # `://` is the worst case: every third character starts a candidate URL.
        assert filtered / max(plain, 1e-5) < 2000, unit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("postgresql://rebound:s3cret@db/x", "postgresql://rebound:[redacted]@db/x"),
        ("postgresql+asyncpg://u:p@h/d and more", "postgresql+asyncpg://u:[redacted]@h/d and more"),
        ("a://u:p@h b://v:q@i", "a://u:[redacted]@h b://v:[redacted]@i"),
        ("x://u:pa://v:w@h", "x://u:[redacted]@h"),
        ("no url here: a://u:p then", "no url here: a://u:p then"),
        ("://u:p@h", "://u:p@h"),
        ("a://:p@h", "a://:p@h"),
        ("a://u/x:p@h", "a://u/x:p@h"),
        ("s://u:p@h " * 3, "s://u:[redacted]@h " * 3),
        ("ünï://ü:pä@h", "ünï://ü:[redacted]@h"),
    ],
)
def test_database_passwords_in_urls_are_blanked(line: str, expected: str) -> None:
    assert logs.RedactSecrets([]).redact(line) == expected


def test_a_url_at_the_end_of_a_megabyte_line_is_still_blanked() -> None:
    redact = logs.RedactSecrets(SECRETS)
    line = "a:" * 500_000 + " postgresql://rebound:hunter22@db/x " + "x" * 1000 + SECRETS[0]
    clean = redact.redact(line)
    assert "hunter22" not in clean and SECRETS[0] not in clean
    assert "postgresql://rebound:[redacted]@db/x" in clean
