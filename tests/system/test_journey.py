"""A long console journey, recorded once and replayed: proof that a restructure changes nothing.

`tests/system/journeys/long_journey.txt` is run through `rebound console --json` on a fresh SQLite
database with a fixed `--clock`; the output is normalised and compared line by line with
`tests/system/journeys/long_journey.expected.jsonl`.

The test talks to Rebound only through its command line (no import of `bot` or `adapters`),
so it keeps working however the packages are reorganised.

Normalisation — only what differs from run to run:
- attachment paths point into the per-run `--files` directory; they become
  `<files>/0001-streak.png` (the counter and file name are deterministic and kept);
- text attachments (the `/privacy export` JSON and the `/mod export` CSV) are deterministic
  under the fixed clock, so their contents are recorded as well: one JSON line per line of
  the file, `{"line": n, "attachment": name, "text": ...}`, right after the message that
  carried it. PNG bytes are not compared (they depend on the imaging library, not on Rebound).

Deliberate behaviour change? Re-record, then review the diff before committing:

    REBOUND_RECORD_JOURNEY=1 .venv/bin/python -m pytest tests/test_journey.py
    git diff tests/system/journeys/
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

JOURNEYS = Path(__file__).parent / "journeys"
SCRIPT = JOURNEYS / "long_journey.txt"
EXPECTED = JOURNEYS / "long_journey.expected.jsonl"
CLOCK = "2026-11-02T08:00:00Z"
RECORD_ENV = "REBOUND_RECORD_JOURNEY"  # set to 1 to rewrite EXPECTED instead of comparing
TEXT_ATTACHMENTS = (".json", ".csv")
APOLOGY = "something went wrong"  # the engine's answer to an unexpected error: never expected
SHOWN_DIFFERENCES = 5


def _rebound() -> list[str]:
    """The installed `rebound` command (the CLI is the only interface this test relies on)."""
    beside = Path(sys.executable).with_name("rebound")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("rebound")
    assert found, "the `rebound` command is not installed: pip install -e '.[dev]'"
    return [found]


def run_journey(workdir: Path, *, script: Path = SCRIPT, locale: str | None = None) -> list[str]:
    """Runs the journey on a fresh database in `workdir`; returns the normalised lines.
    `locale`: the platform language of every member and of the community."""
    files = workdir / "files"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    proc = subprocess.run(
        [
            *_rebound(),
            "console",
            "--json",
            "--script",
            str(script),
            "--db",
            f"sqlite:///{workdir / 'journey.db'}",
            "--clock",
            CLOCK,
            "--files",
            str(files),
            *(["--locale", locale] if locale else []),
        ],
        cwd=workdir,  # no stray .env or rebound.db from the developer's checkout
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert proc.returncode == 0, f"rebound console exited {proc.returncode}:\n{proc.stderr}"
    assert proc.stderr == "", f"rebound console wrote to stderr:\n{proc.stderr}"
    return normalise(proc.stdout, files)


def normalise(stdout: str, files: Path) -> list[str]:
    out: list[str] = []
    for raw in stdout.splitlines():
        record: dict[str, Any] = json.loads(raw)
        paths = [Path(p) for p in record.get("attachments", [])]
        for path in paths:
            assert path.parent == files, f"attachment outside --files: {path}"
        record["attachments"] = [f"<files>/{p.name}" for p in paths]
        out.append(json.dumps(record, ensure_ascii=False))
        for path in paths:
            if path.suffix in TEXT_ATTACHMENTS:
                for text in path.read_text(encoding="utf-8").splitlines():
                    row = {"line": record["line"], "attachment": path.name, "text": text}
                    out.append(json.dumps(row, ensure_ascii=False))
    return out


def _script_line(n: int) -> str:
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    return lines[n - 1] if 0 < n <= len(lines) else "(before the first line)"


def _describe(label: str, line: str | None) -> str:
    if line is None:
        return f"  {label}: (nothing)"
    record = json.loads(line)
    if "attachment" in record:
        return f"  {label}: {record['attachment']}: {record['text']!r}"
    head = {k: v for k, v in record.items() if k != "text"}
    text = "\n".join("      " + t for t in record.get("text", "").splitlines())
    return f"  {label}: {json.dumps(head, ensure_ascii=False)}\n{text}"


def diff_report(expected: list[str], actual: list[str]) -> str:
    report = [
        f"The journey's output changed ({len(expected)} lines expected, {len(actual)} produced).",
        f"If the change is deliberate: {RECORD_ENV}=1 pytest tests/test_journey.py, "
        "then review `git diff tests/system/journeys/`.",
    ]
    shown = 0
    for i in range(max(len(expected), len(actual))):
        want = expected[i] if i < len(expected) else None
        got = actual[i] if i < len(actual) else None
        if want == got:
            continue
        n = json.loads(want or got or "{}").get("line", 0)
        report.append(f"\noutput line {i + 1}, from script line {n}: {_script_line(n)}")
        report.append(_describe("expected", want))
        report.append(_describe("actual  ", got))
        shown += 1
        if shown == SHOWN_DIFFERENCES:
            report.append("\n(further differences not shown)")
            break
    return "\n".join(report)


def test_long_console_journey_is_unchanged(tmp_path: Path) -> None:
    actual = run_journey(tmp_path)
    apologies = [line for line in actual if APOLOGY in line.lower()]
    assert not apologies, "unexpected errors in the journey:\n" + "\n".join(apologies)
    if os.environ.get(RECORD_ENV) == "1":
        EXPECTED.write_text("\n".join(actual) + "\n", encoding="utf-8")
        return
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    if actual != expected:
        raise AssertionError(diff_report(expected, actual))
